"""Tooltips (``docs/assets/javascripts/tooltips.js``): every element with a title shows it in the
theme's tooltip, on hover and on keyboard focus, below the element, in the page's language.

The theme's own ``content.tooltips`` feature is off: it set up listeners for each element with a
title when the page started. The glossary's hover tests are in ``tests/test_browser.py``.
"""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from test_site import LANGS

from hooks.accessibility import PERMALINK_TITLE

TOOLTIP = ".md-tooltip2--active"

# Where the tooltip's box is, and where the theme's stylesheet puts it: below its element, 8 px
# under it, centred on it and kept 0.8rem (16 px) inside the window (Material's .md-tooltip2 and
# [role=tooltip] > .md-tooltip2__inner rules).
GEOMETRY = """(host) => {
  const tip = document.querySelector(".md-tooltip2--active .md-tooltip2__inner");
  const box = tip.getBoundingClientRect(), at = host.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const left = Math.min(Math.max(16, at.x + at.width / 2 - box.width / 2), width - 16 - box.width);
  return {top: box.top, expectedTop: at.bottom + 8, left: box.left, expectedLeft: left};
}"""


def _settled(page):
    page.wait_for_timeout(600)  # the tooltip's fade and slide (0.4 s in the theme's stylesheet)


def test_the_theme_s_own_tooltips_are_off(mkdocs_config):
    assert "content.tooltips" not in mkdocs_config["theme"]["features"]
    assert "assets/javascripts/tooltips.js" in mkdocs_config["extra_javascript"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_glossary_tooltip_sits_below_its_term_and_goes_when_the_pointer_leaves(
    page, site_url, lang
):
    page.goto(urljoin(site_url, f"{LANGS[lang]}optimizers/"))
    term = page.locator("article abbr").nth(3)
    title = term.get_attribute("title")
    term.scroll_into_view_if_needed()
    term.hover()
    tooltip = page.locator(TOOLTIP)
    tooltip.wait_for(state="visible")
    _settled(page)
    assert tooltip.inner_text().strip() == title
    assert term.get_attribute("title") is None, "the browser would show its own tooltip too"
    assert term.get_attribute("aria-describedby") == tooltip.get_attribute("id")
    where = term.evaluate(GEOMETRY)
    assert abs(where["top"] - where["expectedTop"]) < 1, where
    assert abs(where["left"] - where["expectedLeft"]) < 1, where

    page.mouse.move(5, 450)
    page.wait_for_function("() => !document.querySelector('.md-tooltip2')")
    assert term.get_attribute("title") == title
    assert term.get_attribute("aria-describedby") is None


@pytest.mark.parametrize("lang", LANGS)
def test_a_permalink_s_tooltip_shows_on_keyboard_focus_and_escape_hides_it(page, site_url, lang):
    page.goto(urljoin(site_url, f"{LANGS[lang]}optimizers/"))
    link = page.locator("article h2 a.headerlink").first
    link.focus()
    tooltip = page.locator(TOOLTIP)
    tooltip.wait_for(state="visible")
    assert tooltip.inner_text().strip() == PERMALINK_TITLE[lang]
    page.keyboard.press("Escape")
    assert page.locator(".md-tooltip2").count() == 0
    # Until the focus leaves, the title stays out of the element: else the browser's own
    # tooltip would show instead.
    assert link.get_attribute("title") is None
    link.blur()
    assert link.get_attribute("title") == PERMALINK_TITLE[lang]
    link.focus()
    tooltip.wait_for(state="visible")
    assert tooltip.inner_text().strip() == PERMALINK_TITLE[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_a_button_the_theme_adds_after_start_up_has_its_tooltip(page, site_url, lang):
    """Material adds the copy buttons of code blocks once the page has started."""
    page.goto(urljoin(site_url, f"{LANGS[lang]}keras-tensorflow/keras-tensorflow/"))
    button = page.locator("button.md-clipboard").first
    title = button.get_attribute("title")
    assert title == {"es": "Copiar al portapapeles", "en": "Copy to clipboard"}[lang]
    button.scroll_into_view_if_needed()
    button.hover()
    tooltip = page.locator(TOOLTIP)
    tooltip.wait_for(state="visible")
    assert tooltip.inner_text().strip() == title
