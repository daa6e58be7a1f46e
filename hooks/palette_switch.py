"""MkDocs hook: the rule that makes a scheme switch instant stops restyling each page at load.

Material's palette stylesheet turns every transition off while ``<body>`` carries
``data-md-color-switching``, so that switching between light and dark is instant. The bundle
sets that attribute at start-up too, and removes it a task later: because the rule's selectors
reach every element (``[data-md-color-switching] *``), Chromium recalculates the style of the
whole page twice per load, which Lighthouse counts as blocking time on the long pages.

- After the build the rule is keyed on the class ``course-switching`` instead, which Material
  never sets; ``docs/assets/javascripts/palette.js`` puts it on ``<body>`` only while the
  reader switches the scheme. A palette stylesheet already rewritten (``mkdocs serve --dirty``
  keeps it) is left as it is; one without the rule means the theme changed it, and the build
  stops rather than let every page pay for it again.
- The one start-up switch the attribute still served: on a first visit (no palette stored
  yet) Material's inline script in the header leaves the HTML's light scheme, and the bundle
  picks the system's one once the page is styled; without the rule, a reader whose system is
  dark would see the colours fade. Each page gets a few lines after that inline script that
  pick the scheme as the bundle will (the first option whose media matches, the system's
  scheme for "follow the system"), so the page is styled in it from the start and the bundle
  changes nothing.

``tests/test_palette_switch.py`` checks the rewrites, the built site and both cases in a browser.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

CLASS = "course-switching"
ATTRIBUTE = "data-md-color-switching"
_SELECTORS = "{0} *,{0} :after,{0} :before{{transition-duration:0s!important}}"
RULE = _SELECTORS.format(f"[{ATTRIBUTE}]")
REWRITTEN = _SELECTORS.format(f".{CLASS}")

_MATERIAL_PALETTE = re.compile(r'<script>var palette=__md_get\("__palette"\);.*?</script>')
# What the bundle will pick on a first visit, as its own palette code does (readable here; one
# line in the page).
_FIRST_VISIT_JS = """
(function () {
  if (__md_get("__palette")) return;
  var attr = function (e, k) { return e.getAttribute("data-md-color-" + k); };
  var inputs = [].slice.call(document.querySelectorAll("[data-md-component=palette] input"));
  var first = inputs.find(function (e) { return matchMedia(attr(e, "media")).matches; });
  first = first || inputs[0];
  if (first && attr(first, "media") === "(prefers-color-scheme)") {
    var system = matchMedia("(prefers-color-scheme: light)").matches ? "light" : "dark";
    var media = "(prefers-color-scheme: " + system + ")";
    first = inputs.find(function (e) { return attr(e, "media") === media; });
  }
  if (!first) return;
  ["scheme", "primary", "accent"].forEach(function (k) {
    document.body.setAttribute("data-md-color-" + k, attr(first, k));
  });
})();
"""
FIRST_VISIT = (
    "<script>" + "".join(line.strip() for line in _FIRST_VISIT_JS.splitlines()) + "</script>"
)


def rewrite(css: str, name: str = "palette stylesheet") -> str:
    """The stylesheet with Material's switching rule keyed on ``.course-switching``."""
    if RULE in css:
        return css.replace(RULE, REWRITTEN)
    if REWRITTEN in css and ATTRIBUTE not in css:
        return css  # rewritten by an earlier build
    raise PluginError(
        f"{name}: Material's rule {RULE!r} was not found (did a theme upgrade change it?); "
        "update hooks/palette_switch.py so the rule no longer restyles every page at load"
    )


def first_visit_scheme(html_text: str, name: str = "page") -> str:
    """The page with :data:`FIRST_VISIT` after Material's inline palette script."""
    if 'data-md-component="palette"' not in html_text or FIRST_VISIT in html_text:
        return html_text
    match = _MATERIAL_PALETTE.search(html_text)
    if not match:
        raise PluginError(
            f"{name}: Material's inline palette script was not found (did a theme upgrade "
            "change it?); update hooks/palette_switch.py"
        )
    return html_text[: match.end()] + FIRST_VISIT + html_text[match.end() :]


def on_post_page(output, page, config):
    return first_visit_scheme(output, page.file.src_uri)


def on_post_template(output, template_name, config):
    """The same for pages built from a template alone (``404.html``)."""
    return first_visit_scheme(output, template_name) if template_name.endswith(".html") else output


def on_post_build(config):
    stylesheets = Path(config["site_dir"]) / "assets" / "stylesheets"
    paths = sorted(stylesheets.glob("palette.*.min.css"))
    if not paths:
        raise PluginError(f"no palette.*.min.css in {stylesheets}: did a theme upgrade rename it?")
    for path in paths:
        css = path.read_text(encoding="utf-8")
        new = rewrite(css, path.name)
        if new != css:
            path.write_text(new, encoding="utf-8")
