"""Switching the colour scheme is instant, and loading a page no longer restyles it twice for it.

``hooks/palette_switch.py`` keys Material's "no transitions while switching" rule on the class
``course-switching``, and picks a first visitor's scheme before the page is styled;
``docs/assets/javascripts/palette.js`` sets that class for two frames when the reader switches
the scheme.
"""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from mkdocs.exceptions import PluginError

from hooks import palette_switch

MATERIAL_CSS = (
    "@media screen{[data-md-color-scheme=slate]{color-scheme:dark}"
    "[data-md-color-switching] *,[data-md-color-switching] :after,"
    "[data-md-color-switching] :before{transition-duration:0s!important}}"
    "[data-md-color-accent=red]{--md-accent-fg-color:#ff1a47}"
)
COURSE_RULE = (
    ".course-switching *,.course-switching :after,.course-switching :before"
    "{transition-duration:0s!important}"
)


def test_the_switching_rule_is_keyed_on_the_course_class():
    css = palette_switch.rewrite(MATERIAL_CSS)
    assert "data-md-color-switching" not in css
    assert f"{{color-scheme:dark}}{COURSE_RULE}}}" in css  # still inside @media screen
    assert css.endswith("[data-md-color-accent=red]{--md-accent-fg-color:#ff1a47}")


def test_a_rewritten_stylesheet_is_left_as_it_is():
    once = palette_switch.rewrite(MATERIAL_CSS)
    assert palette_switch.rewrite(once) == once


def test_a_palette_stylesheet_without_the_rule_stops_the_build():
    changed = MATERIAL_CSS.replace("transition-duration:0s", "transition:none")
    with pytest.raises(PluginError, match="palette.abc.min.css: Material's rule"):
        palette_switch.rewrite(changed, "palette.abc.min.css")
    with pytest.raises(PluginError):
        palette_switch.rewrite("[data-md-color-accent=red]{--md-accent-fg-color:#ff1a47}")


MATERIAL_PAGE = (
    '<html class="no-js"><head><meta charset="utf-8"><title>t</title></head>'
    '<body data-md-color-scheme="default"><header><form data-md-component="palette">'
    '<input data-md-color-media="(prefers-color-scheme)"></form>'
    '<script>var palette=__md_get("__palette");if(palette&&palette.color){}</script>'
    "</header><main></main></body></html>"
)


def test_the_head_script_comes_first_and_the_scheme_right_after_material_s_palette_script():
    page = palette_switch.first_visit_scheme(MATERIAL_PAGE)
    assert f'<head><meta charset="utf-8">{palette_switch.HEAD}<title>' in page
    inline = "if(palette&&palette.color){}</script>"
    assert inline + palette_switch.FIRST_VISIT + "</header>" in page
    assert palette_switch.first_visit_scheme(page) == page
    assert palette_switch.first_visit_scheme("<p>no palette</p>") == "<p>no palette</p>"


def test_a_page_whose_palette_script_changed_stops_the_build():
    changed = MATERIAL_PAGE.replace("var palette=", "const palette=")
    with pytest.raises(PluginError, match="404.html: Material's inline palette script"):
        palette_switch.first_visit_scheme(changed, "404.html")


@pytest.mark.parametrize(
    "changed",
    [
        MATERIAL_PAGE.replace('<meta charset="utf-8">', "<meta charset=utf-8>"),
        MATERIAL_PAGE.replace("<title>", '<meta name="color-scheme" content="dark"><title>'),
    ],
    ids=["no charset tag", "a color-scheme tag already"],
)
def test_a_page_whose_head_changed_stops_the_build(changed):
    with pytest.raises(PluginError, match="page: expected '<meta charset=\"utf-8\">'"):
        palette_switch.first_visit_scheme(changed)


@pytest.mark.site
def test_no_built_stylesheet_restyles_the_page_when_material_starts(built_site):
    site, _ = built_site
    stylesheets = sorted(site.rglob("*.css"))
    assert stylesheets
    for path in stylesheets:
        text = path.read_text(encoding="utf-8")
        assert "data-md-color-switching" not in text, path.relative_to(site)
    (palette,) = (site / "assets" / "stylesheets").glob("palette.*.min.css")
    assert COURSE_RULE in palette.read_text(encoding="utf-8")
    for path in (site / "optimizers" / "index.html", site / "en" / "404.html"):
        text = path.read_text(encoding="utf-8")
        assert palette_switch.FIRST_VISIT in text, path
        assert text.count('name="color-scheme"') == 1, path
        assert '<meta charset="utf-8">' + palette_switch.HEAD in text, path


# In the page: each `change` of the palette records the header buttons' transition durations
# at once (palette.js has already run, in the capture phase) and in the next frame, the first
# one styled with the new scheme.
PROBE = """() => {
  const durations = () =>
    getComputedStyle(document.querySelector(".md-header__button")).transitionDuration;
  window.seen = [];
  document.addEventListener("change", () => {
    window.seen.push(durations());
    requestAnimationFrame(() => window.seen.push(durations()));
  }, true);
  return durations();
}"""


def all_zero(durations: str) -> bool:
    return all(value.strip() == "0s" for value in durations.split(","))


def test_switching_the_scheme_turns_transitions_off_for_two_frames(page, site_url):
    page.goto(urljoin(site_url, "perceptron/"))
    toggle = page.locator("form[data-md-component=palette] label:visible").first
    scheme = lambda: page.evaluate("document.body.getAttribute('data-md-color-scheme')")  # noqa: E731
    resting = page.evaluate(PROBE)
    assert not all_zero(resting), resting
    for expected in ("default", "slate"):  # system preference (light) -> light -> dark
        page.evaluate("window.seen = []")
        toggle.click()
        page.wait_for_function(
            "window.seen.length >= 2 && !document.body.classList.contains('course-switching')"
        )
        assert scheme() == expected
        seen = page.evaluate("window.seen")
        assert all(all_zero(durations) for durations in seen), seen
        after = page.evaluate(
            "getComputedStyle(document.querySelector('.md-header__button')).transitionDuration"
        )
        assert after == resting


# Transitions running whose keyframes change a value: a fade the reader would see. (Chromium
# also starts some from a colour to the same colour when the bundle adds its color-scheme meta.)
VISIBLE_TRANSITIONS = """() => document.getAnimations()
  .filter((a) => a instanceof CSSTransition)
  .filter((a) => {
    const [from, to] = a.effect.getKeyframes();
    const key = a.transitionProperty.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
    return from[key] !== to[key];
  })
  .map((a) => `${a.transitionProperty} of .${a.effect.target.className}`)"""
NEXT_FRAMES = "() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))"


@pytest.mark.parametrize(("system", "scheme"), [("dark", "slate"), ("light", "default")])
def test_a_first_visit_is_styled_in_the_system_s_scheme_from_the_start(
    browser, site_url, system, scheme
):
    context = browser.new_context(color_scheme=system)  # nothing stored: a first visit
    try:
        tab = context.new_page()
        tab.route("**/bundle.*.min.js", lambda route: route.abort())  # the page alone
        tab.goto(urljoin(site_url, "optimizers/"))
        assert tab.evaluate("document.body.dataset.mdColorScheme") == scheme
        tab.unroute("**/bundle.*.min.js")
        tab.evaluate("localStorage.clear()")
        tab.goto(urljoin(site_url, "optimizers/"), wait_until="domcontentloaded")
        tab.evaluate(NEXT_FRAMES)
        assert tab.evaluate("document.body.dataset.mdColorScheme") == scheme
        assert tab.evaluate(VISIBLE_TRANSITIONS) == []
    finally:
        context.close()


# From before the page's first script: each change of <html>'s attributes and of a color-scheme
# meta tag (added, or its content edited), with whether <main> had been parsed by then (a
# MutationObserver's callback runs right after the script that made the change).
RECORD_CHANGES = """
window.changes = [];
new MutationObserver((records) => {
  const late = !!document.querySelector("main");
  for (const r of records) {
    const meta = (n) => n instanceof HTMLMetaElement && n.name === "color-scheme";
    if (r.type === "childList") {
      for (const n of r.addedNodes) if (meta(n)) changes.push({late, what: "meta added"});
    } else if (r.target === document.documentElement || meta(r.target)) {
      changes.push({late, target: r.target.nodeName, name: r.attributeName,
                    old: r.oldValue, now: r.target.getAttribute(r.attributeName)});
    }
  }
}).observe(document, {subtree: true, childList: true, attributes: true, attributeOldValue: true});
"""
# What the page says its scheme is, and what Material's bundle would write in its own tag.
SCHEMES = """() => [
  [...document.querySelectorAll("meta[name=color-scheme]")].map((m) => m.content),
  getComputedStyle(document.querySelector("header")).colorScheme,
]"""


@pytest.mark.parametrize("system", ["dark", "light"])
def test_once_the_page_exists_material_s_start_up_changes_nothing_that_restyles_all_of_it(
    browser, site_url, system
):
    """No change to <html>'s classes, and no color-scheme tag added or edited, after <main>."""
    context = browser.new_context(color_scheme=system)
    try:
        tab = context.new_page()
        tab.add_init_script(RECORD_CHANGES)
        errors = []
        tab.on("pageerror", lambda error: errors.append(str(error)))
        url = urljoin(site_url, "optimizers/")
        for visit in ("first", "stored palette"):
            tab.goto(url)
            tab.wait_for_function("document.querySelector('meta[name=theme-color]')")
            tab.evaluate(NEXT_FRAMES)
            changes = tab.evaluate("changes")
            assert [c for c in changes if c["late"] and c.get("old") != c.get("now")] == [], visit
            assert {"late": True, "what": "meta added"} not in changes, visit
            early = {(c["target"], c["name"]) for c in changes if not c["late"] and "name" in c}
            assert ("HTML", "class") in early, changes  # so the test sees the head script's work
            classes = tab.evaluate("[...document.documentElement.classList]")
            assert sorted(classes) == ["js", "js-focus-visible"], visit
            dark = "dark" if system == "dark" else "light"
            assert tab.evaluate(SCHEMES) == [[dark], dark], visit
        toggle = tab.locator("form[data-md-component=palette] label:visible").first
        seen = set()
        for _ in range(3):  # the system's scheme -> light -> dark, or dark -> system, light
            toggle.click()
            tab.evaluate(NEXT_FRAMES)
            metas, scheme = tab.evaluate(SCHEMES)
            assert metas == [scheme]
            seen.add(scheme)
        assert seen == {"dark", "light"}
        tab.keyboard.press("Tab")  # the focus-visible polyfill still marks keyboard focus
        assert tab.evaluate("document.activeElement.classList.contains('focus-visible')")
        assert errors == []
    finally:
        context.close()
