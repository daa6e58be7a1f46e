"""Notebook pages on a phone: cells not yet shown must not make the page end too soon.

Notebook cells have ``content-visibility: auto`` (course.css): until a cell comes near the
screen it is laid out as a placeholder of ``contain-intrinsic-size``. With a placeholder
shorter than the cells, the page's footer sat above where the last cells really are, and
Lighthouse's axe, measuring those cells unshown, found their text on the footer's dark
background (color-contrast). This checks the longest notebook pages of each language.
"""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.site

LONGEST = 3  # notebook pages per language, by number of cells

BOXES = """() => {
  const texts = [...document.querySelectorAll('article .jp-Cell p, article .jp-Cell li')];
  const last = texts[texts.length - 1];
  const top = (e) => e.getBoundingClientRect().top + scrollY;
  return {last: top(last) + last.getBoundingClientRect().height,
          footer: top(document.querySelector('footer.md-footer'))};
}"""


def longest_notebook_pages(site) -> list[str]:
    sizes = []
    for path in site.rglob("index.html"):
        text = path.read_text(encoding="utf-8")
        cells = len(re.findall(r'class="jp-Cell\b', text))
        if cells:
            sizes.append((cells, path.parent.relative_to(site).as_posix() + "/"))
    chosen = []
    for english in (False, True):
        own = [s for s in sizes if s[1].startswith("en/") == english]
        chosen += [url for _, url in sorted(own, reverse=True)[:LONGEST]]
    return chosen


def test_the_last_cells_end_above_the_footer_before_they_are_shown(browser, built_site, site_url):
    context = browser.new_context(viewport={"width": 412, "height": 823}, is_mobile=True)
    tab = context.new_page()
    pages = longest_notebook_pages(built_site[0])
    assert len(pages) == 2 * LONGEST and any("gan" in p for p in pages)
    try:
        for url in pages:
            tab.goto(site_url + url, wait_until="load")
            boxes = tab.evaluate(BOXES)
            assert boxes["last"] <= boxes["footer"], (url, boxes)
    finally:
        context.close()
