"""The search index is requested when the reader goes to search, not at start-up
(``hooks/search_on_demand.py``)."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from test_site import LANGS, html_pages

from hooks.search_on_demand import INDEX, SCRIPT, hold_the_index

PAGE = "<html><head><title>t</title></head><body></body></html>"
QUERY = {"es": ("momento", "optimizers/"), "en": ("momentum", "optimizers/")}


def test_the_script_goes_once_at_the_end_of_the_head():
    once = hold_the_index(PAGE)
    assert once == PAGE.replace("</head>", SCRIPT + "</head>")
    assert hold_the_index(once) == once
    assert hold_the_index("<p>no head</p>") == "<p>no head</p>"


def test_every_built_page_holds_the_index_before_the_theme_s_bundle_runs(built_site):
    site = built_site[0]
    for path in html_pages(site):
        html = path.read_text(encoding="utf-8")
        if "bundle." not in html:
            continue
        assert html.count(SCRIPT) == 1, path.relative_to(site)
        assert html.index(SCRIPT) < html.index("</head>") < html.index("bundle."), path


def _index_requests(page) -> list[str]:
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    return requests


@pytest.mark.parametrize("lang", LANGS)
def test_a_page_loads_without_the_index_and_search_still_finds_the_lesson(page, site_url, lang):
    requests = _index_requests(page)
    page.goto(urljoin(site_url, f"{LANGS[lang]}mlp/"), wait_until="load")
    page.wait_for_timeout(1500)
    assert not [url for url in requests if url.endswith(INDEX)], "the index came at start-up"
    assert any(url.endswith("search.js") or "/workers/search." in url for url in requests)

    query, lesson = QUERY[lang]
    page.keyboard.press("s")  # the theme's key: the focus goes to the search box
    page.locator("input.md-search__input").fill(query)
    page.wait_for_selector(".md-search-result__item a")
    found = page.eval_on_selector_all(".md-search-result__item a", "as => as.map(a => a.href)")
    assert any(urljoin(site_url, f"{LANGS[lang]}{lesson}") in url for url in found), found
    assert [url for url in requests if url.endswith(INDEX)] == [
        urljoin(site_url, f"{LANGS[lang]}search/search_index.json")
    ]


def test_the_pointer_over_the_search_box_fetches_the_index_before_the_click(page, site_url):
    requests = _index_requests(page)
    page.goto(urljoin(site_url, "optimizers/"), wait_until="load")
    page.locator(".md-search__form").hover()
    page.wait_for_timeout(500)
    assert [url for url in requests if url.endswith(INDEX)], "hovering the box asked for nothing"


@pytest.mark.parametrize("lang", LANGS)
def test_a_page_opened_from_a_search_result_still_marks_the_words(page, site_url, lang):
    query, lesson = QUERY[lang]
    page.goto(urljoin(site_url, f"{LANGS[lang]}{lesson}?h={query}"), wait_until="load")
    page.wait_for_selector("article mark[data-md-highlight]", state="attached")
    marked = page.eval_on_selector_all(
        "article mark[data-md-highlight]", "ms => ms.map(m => m.textContent.toLowerCase())"
    )
    assert query in marked, marked
