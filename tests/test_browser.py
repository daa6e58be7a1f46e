"""The site as a person meets it: Debian's Chromium, driven by Playwright, on the served site.

Every page is opened once (both languages) and audited: typeset math, loaded figures, the
``lang`` attribute and axe-core's accessibility rules. Other tests click through the
language switch, search, the notebook buttons, the phone menu, dark mode and the glossary's
hover definitions. Synthetic pages check that each audit can fail.
"""

from __future__ import annotations

import json
from urllib.parse import urljoin, urlparse

import pytest
from conftest import AXE, DOCS, ROOT, notebooks
from test_glossary import definitions
from test_site import LANGS, html_pages
from test_site import nb_page as nb_page_file

from hooks.notebook_buttons import github_parts

# The audit that runs in every page: raw formulas, figures, language; then axe-core.
AUDIT = """async () => {
  const skip = "pre, code, script, style, textarea, .katex, .highlight-ipynb, .jp-OutputArea";
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const raw = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent;
    if (/\\$[^$\\s][^$]*\\$|\\\\\\(|\\\\\\[|\\\\frac|\\\\mathbf/.test(text)
        && !node.parentElement.closest(skip)) raw.push(text.trim().slice(0, 80));
  }
  const untyped = [...document.querySelectorAll(".arithmatex")]
    .filter((el) => !el.querySelector(".katex")).map((el) => el.textContent.slice(0, 80));
  const images = [];
  for (const img of document.querySelectorAll("article img")) {
    img.loading = "eager";
    try { await img.decode(); } catch (e) {}
    const box = img.getBoundingClientRect();
    images.push({src: img.getAttribute("src"), alt: img.getAttribute("alt"),
                 loaded: img.complete && img.naturalWidth > 0, shown: box.width > 0});
  }
  return {lang: document.documentElement.lang, raw, untyped, images};
}"""
AXE_RUN = """async (skipped) => {
  const rules = Object.fromEntries(skipped.map((id) => [id, {enabled: false}]));
  const result = await axe.run(document, {resultTypes: ["violations"], rules});
  return result.violations.filter((v) => ["serious", "critical"].includes(v.impact))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target).join(" ")}`);
}"""


def audit(page, skipped_rules: tuple[str, ...] = ()) -> dict:
    """Run the audit, and axe-core (less ``skipped_rules``), on the page open in ``page``."""
    # Off-screen notebook cells are not rendered (content-visibility: auto), which hides
    # their colours from axe: render everything for the audit.
    page.add_style_tag(content=".jp-Cell { content-visibility: visible !important; }")
    report = page.evaluate(AUDIT)
    assert AXE.is_file(), f"{AXE} is missing: run `make setup` (it runs `npm ci`)"
    page.add_script_tag(path=str(AXE))
    report["axe"] = page.evaluate(AXE_RUN, list(skipped_rules))
    return report


# The printable course repeats every page in one: its colours are the pages' own, already
# checked one by one, and axe's contrast rule takes about a minute on it.
PRINT_PAGES = {"print/index.html", "en/print/index.html"}


@pytest.fixture(scope="module")
def site(built_site):
    return built_site[0]


@pytest.fixture(scope="module")
def reports(built_site, site_url, browser) -> dict[str, dict]:
    """Open every page of the site once and audit it: ``{path: report}``."""
    site = built_site[0]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    found = {}
    for path in html_pages(site):
        rel = path.relative_to(site).as_posix()
        if rel.endswith("404.html"):
            continue
        url = urljoin(site_url, rel.removesuffix("index.html"))
        tab.goto(url, wait_until="load")  # formulas come typeset in the HTML
        if rel in PRINT_PAGES:  # audit the whole course, as it prints (print.js fills it)
            tab.wait_for_selector('.print-status[data-state="ready"]')
            tab.evaluate("window.dispatchEvent(new Event('beforeprint'))")
            assert not tab.locator("[data-print-pending]").count(), "print.js left parts out"
        found[rel] = audit(tab, ("color-contrast",) if rel in PRINT_PAGES else ())
    context.close()
    assert len(found) > 30
    return found


def expected_lang(rel: str) -> str:
    return "en" if rel.startswith("en/") else "es"


def test_every_page_declares_its_language(reports):
    wrong = {rel: r["lang"] for rel, r in reports.items() if r["lang"] != expected_lang(rel)}
    assert not wrong, f"<html lang> does not match the page's language: {wrong}"


def test_no_page_shows_a_raw_formula(reports):
    raw = {rel: r["raw"] + r["untyped"] for rel, r in reports.items() if r["raw"] or r["untyped"]}
    assert not raw, f"formulas left as LaTeX source: {raw}"


def test_every_figure_loads_and_is_shown(reports):
    broken = {
        rel: [i["src"] for i in r["images"] if not (i["loaded"] and i["shown"])]
        for rel, r in reports.items()
    }
    broken = {rel: srcs for rel, srcs in broken.items() if srcs}
    assert not broken, f"figures that did not load or are not shown: {broken}"
    notebook_pages = [rel for rel in reports if rel.count("/") >= 2 + rel.startswith("en/")]
    assert notebook_pages and all(reports[rel]["images"] for rel in notebook_pages)


def test_no_serious_or_critical_accessibility_violation(reports):
    violations = {rel: r["axe"] for rel, r in reports.items() if r["axe"]}
    assert not violations, "axe-core: " + json.dumps(violations, indent=1, ensure_ascii=False)


# --- The audits can fail: synthetic pages with the faults they look for ---------------


def test_the_audit_catches_raw_math_missing_figures_and_axe_violations(page):
    page.set_content(
        '<html lang="en"><body><article><p>Let $x^2$ be the loss.</p>'
        '<span class="arithmatex">\\(y\\)</span><img src="missing.png">'
        "<button></button></article></body></html>"
    )
    report = audit(page)
    assert report["raw"] and report["untyped"]
    assert report["images"] and not report["images"][0]["loaded"]
    assert any(v.startswith(("image-alt", "button-name")) for v in report["axe"])


# --- Language switch and search ---------------------------------------------------------

LESSON_PAGES = sorted(p.parent.name for p in DOCS.glob("*/index.es.md"))


def switch_language(page, lang: str) -> None:
    page.locator(".md-select").first.hover()
    page.locator(f'.md-select a[hreflang="{lang}"]').first.click()
    page.wait_for_load_state("load")


@pytest.mark.parametrize("lesson", LESSON_PAGES)
def test_language_switch_lands_on_the_same_lesson(page, site_url, lesson):
    page.goto(urljoin(site_url, f"{lesson}/"))
    switch_language(page, "en")
    assert urlparse(page.url).path == f"/en/{lesson}/"
    assert page.evaluate("document.documentElement.lang") == "en"
    switch_language(page, "es")
    assert urlparse(page.url).path == f"/{lesson}/"


def test_language_switch_from_a_notebook_page(page, site_url):
    page.goto(urljoin(site_url, "cnn/cnn/"))
    switch_language(page, "en")
    assert urlparse(page.url).path == "/en/cnn/cnn/"


SEARCHES = {
    "es": ("retropropagación", "/backpropagation/"),
    "en": ("backpropagation", "/en/backpropagation/"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_search_returns_the_lesson_in_the_page_language(page, site_url, lang):
    query, lesson = SEARCHES[lang]
    page.goto(urljoin(site_url, LANGS[lang]))
    page.keyboard.press("s")  # Material's shortcut opens the search box
    page.locator("input.md-search__input").fill(query)
    page.wait_for_selector(".md-search-result__item a")
    paths = [
        urlparse(href).path
        for href in page.eval_on_selector_all(
            ".md-search-result__item a", "as => as.map(a => a.href)"
        )
    ]
    assert any(path.startswith(lesson) for path in paths), f"{query!r} gave {paths}"
    other_language = [p for p in paths if p.startswith("/en/") != (lang == "en")]
    assert not other_language, f"results in the other language: {other_language}"


# --- Notebook buttons --------------------------------------------------------------------

NOTEBOOKS = notebooks()


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_open_in_colab_points_at_this_notebook_and_branch(
    page, site, site_url, mkdocs_config, notebook
):
    owner, repo = github_parts(mkdocs_config["repo_url"])
    branch = mkdocs_config["extra"]["branch"]
    rel = nb_page_file(site, notebook, notebook.name.split(".")[-2]).relative_to(site).as_posix()
    page.goto(urljoin(site_url, rel.removesuffix("index.html")))
    href = page.locator("a.nb-colab").first.get_attribute("href")
    path = notebook.relative_to(ROOT).as_posix()
    assert href == f"https://colab.research.google.com/github/{owner}/{repo}/blob/{branch}/{path}"
    assert page.locator("a.nb-colab").first.is_visible()


@pytest.mark.parametrize("lang", LANGS)
def test_download_gives_the_notebook_itself(page, site_url, tmp_path, lang):
    page.goto(urljoin(site_url, f"{LANGS[lang]}gan/gan/"))
    with page.expect_download() as download:
        page.locator("a.nb-download").first.click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == f"gan.{lang}.ipynb"
    notebook = json.loads(saved.read_text(encoding="utf-8"))
    assert notebook["nbformat"] == 4 and notebook["cells"]
    assert saved.read_bytes() == (DOCS / "gan" / saved.name).read_bytes()


def test_lesson_page_download_button_too(page, site_url):
    page.goto(urljoin(site_url, "en/cnn/"))
    with page.expect_download() as download:
        page.locator("a.nb-download").first.click()
    assert download.value.suggested_filename == "cnn.en.ipynb"


# --- Phone, dark mode, glossary ------------------------------------------------------------


# What a finger can tap in the phone menu: items on top at their own centre.
TAPPABLE = """() => [...document.querySelectorAll(
    ".md-sidebar--primary label.md-nav__title, .md-sidebar--primary .md-nav__link")]
  .filter((e) => {
    const b = e.getBoundingClientRect();
    if (b.width === 0 || b.right <= 0 || b.left >= innerWidth) return false;
    const top = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
    return !!top && (top === e || e.contains(top));
  }).map((e) => {
    const b = e.getBoundingClientRect();
    return [e.textContent.trim(), b.x + b.width / 2, b.y + b.height / 2];
  })"""


def tap_menu_item(tab, text: str) -> None:
    """Tap the visible phone-menu item whose text starts with ``text``."""
    tab.wait_for_timeout(400)  # the menu panels slide
    items = tab.evaluate(TAPPABLE)
    match = next((item for item in items if item[0].startswith(text)), None)
    assert match, f"{text!r} is not among the menu items a reader sees: {[i[0] for i in items]}"
    tab.touchscreen.tap(match[1], match[2])


PHONE_STEPS = {
    "es": ("12. Redes convolucionales", "10. Dropout"),
    "en": ("12. Convolutional", "10. Dropout"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_navigation_works_on_a_phone(browser, site_url, lang):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    tab = context.new_page()
    tab.goto(urljoin(site_url, f"{LANGS[lang]}cnn/"))
    assert not tab.evaluate(TAPPABLE), "the menu should be closed on a phone"
    tab.locator('label.md-header__button[for="__drawer"]').click()
    back, lesson = PHONE_STEPS[lang]
    tap_menu_item(tab, back)  # the menu opens on this lesson's section: back to the list
    tap_menu_item(tab, lesson)  # the section's title links to the lesson's page
    tab.wait_for_url(f"**/{LANGS[lang]}dropout/")
    width = tab.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert width <= 390, f"the page scrolls sideways on a phone ({width} px)"


def test_dark_mode_toggles(page, site_url):
    page.goto(site_url)
    scheme = lambda: page.evaluate("document.body.getAttribute('data-md-color-scheme')")  # noqa: E731
    seen = [scheme()]
    for _ in range(3):  # auto -> light -> dark -> auto
        page.locator("form[data-md-component=palette] label:visible").first.click()
        seen.append(scheme())
    assert "slate" in seen and "default" in seen, f"colour schemes seen: {seen}"


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_definition_appears_on_hover(page, site_url, lang):
    page.goto(urljoin(site_url, f"{LANGS[lang]}cnn/"))
    term = page.locator("article abbr").first
    word = term.inner_text()
    term.scroll_into_view_if_needed()
    term.hover()
    tooltip = page.locator(".md-tooltip2--active")
    tooltip.wait_for(state="visible")
    assert tooltip.inner_text().strip() == definitions(lang)[word]


# Where a word of a phrase is on screen, and whether it sits inside an <abbr>.
WORD_AT = """([phrase, word]) => {
  const walker = document.createTreeWalker(document.querySelector("article"), NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = "";
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push([node, text.length]);
    text += node.textContent;
  }
  const found = new RegExp(phrase.split(" ").join("\\\\s+")).exec(text);
  if (!found) return null;
  const at = found.index + found[0].indexOf(word);
  const [node, offset] = nodes.filter(([, start]) => start <= at).pop();
  node.parentElement.scrollIntoView({block: "center", behavior: "instant"});
  const range = document.createRange();
  range.setStart(node, at - offset);
  range.setEnd(node, at - offset + word.length);
  const box = range.getBoundingClientRect();
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  return {x, y, abbr: !!node.parentElement.closest("abbr"),
          under: document.elementFromPoint(x, y) === node.parentElement};
}"""
# (page, phrase and its word with another sense, a term with its glossary sense on the same page)
SENSES = {
    "es": ("optimizers/", "corrección del sesgo", "sesgo", "RMSprop"),
    "en": ("optimizers/", "bias correction", "bias", "momentum"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_hover_shows_a_definition_only_where_the_term_has_that_sense(page, site_url, lang):
    lesson, phrase, word, term = SENSES[lang]
    page.goto(urljoin(site_url, f"{LANGS[lang]}{lesson}"))
    tooltip = page.locator(".md-tooltip2--active")
    assert page.evaluate(WORD_AT, [phrase, word]), f"{phrase!r} is not on the page"
    page.wait_for_timeout(500)  # the theme sets up the tooltips of what has scrolled into view
    spot = page.evaluate(WORD_AT, [phrase, word])
    assert spot["under"], f"{word!r} is not where the mouse would go"
    assert not spot["abbr"], f"{word!r} in {phrase!r} has a definition"
    page.mouse.move(spot["x"], spot["y"])
    page.wait_for_timeout(1000)
    assert tooltip.count() == 0, f"hovering {word!r} in {phrase!r} shows a tooltip"
    right = page.locator("article abbr").filter(has_text=term).first
    right.scroll_into_view_if_needed()
    right.hover()
    tooltip.wait_for(state="visible")
    assert tooltip.inner_text().strip() == definitions(lang)[term]
