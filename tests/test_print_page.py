"""The printable course in the browser: print.js fills the parts as the reader nears them, all
of them when the reader prints, and the status line says whether the course has arrived."""

from __future__ import annotations

import json
import re

import pytest
from test_site import LANGS

READY = '.print-status[data-state="ready"]'
PENDING = "[data-print-pending]"
LABELS = {  # what the status line says, from hooks/printable.py
    "es": ("Cargando el curso", "listo para imprimir", "No se pudo cargar el curso"),
    "en": ("Loading the course", "ready to print", "The course could not be loaded"),
}


def _open(page, site_url: str, prefix: str, fragment: str = "") -> None:
    page.goto(f"{site_url}{prefix}print/{fragment}", wait_until="load")
    page.wait_for_selector(READY)


def _pending(page) -> int:
    return page.locator(PENDING).count()


@pytest.mark.parametrize("lang", LANGS)
def test_parts_are_filled_as_the_reader_scrolls_to_them(page, site_url, lang):
    _open(page, site_url, LANGS[lang])
    assert LABELS[lang][1] in page.locator(".print-status").inner_text()
    total = page.locator(".print-section").count()
    first = page.locator(".print-section").first
    page.mouse.wheel(0, 200)  # the reader scrolls: the parts two screens ahead are filled
    page.wait_for_function(f"!document.querySelector('.print-section').matches('{PENDING}')")
    assert first.locator("h1").count() == 1
    left = _pending(page)
    assert 0 < left < total, "every part filled at once: the page is busy for seconds on a phone"
    page.evaluate("location.hash = document.querySelector('.print-section:last-child').id")
    page.wait_for_function(
        f"!document.querySelector('.print-section:last-child').matches('{PENDING}')"
    )
    assert page.locator(".print-section").last.locator("h1").is_visible()
    assert _pending(page) < left


def test_at_load_no_part_is_filled_below_the_screen_and_scrolling_fills_ahead(browser, site_url):
    """On a phone the first part starts below the screen: laying it out at load held the page
    up, so it waits for the reader to scroll. Then a part filled first pushes the next ones
    away, and those wait for the reader too."""
    context = browser.new_context(viewport={"width": 412, "height": 823}, is_mobile=True)
    try:
        tab = context.new_page()
        _open(tab, site_url, "")
        tab.wait_for_timeout(500)  # frames enough for print.js to fill a part
        first_top = tab.evaluate(
            "document.querySelector('.print-section').getBoundingClientRect().top"
        )
        assert first_top > 823, "the first part is on the screen: this test needs a longer contents"
        assert _pending(tab) == tab.locator(".print-section").count()
        tab.evaluate("window.scrollBy(0, 100)")
        tab.wait_for_function(f"!document.querySelector('.print-section').matches('{PENDING}')")
        tab.wait_for_timeout(500)  # frames enough for print.js to fill any other part
        tops = tab.evaluate(
            f"""[...document.querySelectorAll('.print-section:not({PENDING})')]
                .map((s) => s.getBoundingClientRect().top)"""
        )
        assert tops and all(top < 3 * 823 for top in tops), tops
    finally:
        context.close()


def test_a_link_to_a_heading_inside_a_part_lands_on_it(page, site_url, built_site):
    parts = json.loads((built_site[0] / "en" / "print" / "course.json").read_text("utf-8"))
    sid = list(parts)[-2]  # far from the top: it is not filled until the link asks for it
    anchor = re.findall(r'<h2 id="([^"]+)"', parts[sid])[-1]
    _open(page, site_url, LANGS["en"], f"#{anchor}")
    heading = page.locator(f"#{anchor}")
    page.wait_for_function(
        "(id) => { const el = document.getElementById(id); if (!el) return false;"
        " const box = el.getBoundingClientRect(); return box.top > -2 && box.top < innerHeight; }",
        arg=anchor,
    )
    assert heading.is_visible()


def test_printing_fills_every_part(page, site_url):
    """Chromium's own print path (page.pdf fires beforeprint, as the print dialog does)."""
    _open(page, site_url, LANGS["es"])
    assert _pending(page) > 10
    pdf = page.pdf()
    assert _pending(page) == 0
    sheets = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert sheets > 150, f"the whole course printed on {sheets} sheets"


@pytest.mark.parametrize("lang", LANGS)
def test_the_status_line_says_when_the_course_has_not_arrived(page, site_url, lang):
    held = []
    page.route("**/print/course.json", lambda route: held.append(route))
    page.goto(f"{site_url}{LANGS[lang]}print/", wait_until="load")
    status = page.locator(".print-status[role=status]")
    assert LABELS[lang][0] in status.inner_text()
    page.emulate_media(media="print")
    assert status.is_visible(), "an incomplete printout must say so"
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")  # nothing to fill yet
    page.emulate_media(media="screen")
    page.wait_for_function("(n) => n > 0", arg=len(held))
    held[0].fulfill(status=404, body="")
    page.wait_for_selector('.print-status[data-state="failed"]')
    assert LABELS[lang][2] in status.inner_text()
    assert _pending(page) == page.locator(".print-section").count()


@pytest.mark.parametrize("lang", LANGS)
def test_in_print_the_ready_notice_is_hidden_and_every_part_is_rendered(page, site_url, lang):
    _open(page, site_url, LANGS[lang])
    page.emulate_media(media="print")
    assert not page.locator(".print-status").is_visible()
    visibility = page.evaluate(
        "[...document.querySelectorAll('.print-section')]"
        ".map((s) => getComputedStyle(s).contentVisibility)"
    )
    assert set(visibility) == {"visible"}


@pytest.mark.parametrize("lang", LANGS)
def test_without_javascript_each_part_links_to_its_page(browser, site_url, lang):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(f"{site_url}{LANGS[lang]}print/", wait_until="load")
    links = tab.locator(f".print-section{PENDING} a")
    assert links.count() == tab.locator(".print-section").count() > 20
    assert links.first.is_visible()
    assert tab.locator(".print-status[role=status]").is_hidden()  # no "Loading…" for ever
    notice = tab.locator("noscript .print-status")
    assert notice.is_visible()
    assert notice.inner_text().startswith(
        {"es": "Sin JavaScript", "en": "Without JavaScript"}[lang]
    )
    context.close()
