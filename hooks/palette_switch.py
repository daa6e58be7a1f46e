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

- Three more changes the bundle makes at start-up each restyled the whole page, and a script
  at the top of ``<head>`` (:data:`HEAD`), run before there is any page to restyle, makes them
  change nothing. Chromium restyles every element when ``<html>`` gains a class that rules
  such as ``.js .md-sidebar`` or ``.js-focus-visible :focus:not(.focus-visible)`` depend on,
  and when a ``color-scheme`` meta tag is added or edited, even if the scheme stays the same.
  The script swaps ``no-js`` for ``js`` (what the bundle does first) and sets the
  focus-visible polyfill's class and attribute on ``<html>``; the bundle's own
  ``classList.add`` then changes nothing. The page ships its own ``color-scheme`` tag (the
  first one is the one that counts), which the script after the inline palette script sets to
  the scheme the page is styled in, and ``palette.js`` keeps current when the reader switches;
  the tag the bundle creates is left out of ``<head>`` (it only ever writes to it). In a
  Chromium trace of the GAN notebook's page (mobile, 4x CPU throttle), a load restyles the
  whole page twice instead of five times.

``tests/test_palette_switch.py`` checks the rewrites, the built site and both cases in a browser.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

if __name__.startswith("hooks."):  # imported by the tests
    from hooks.site_context import inline_script
else:  # loaded by MkDocs, which puts hooks/ on sys.path
    from site_context import inline_script

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
  var meta = document.querySelector("meta[name=color-scheme]");
  var scheme = function () {
    var slate = document.body.getAttribute("data-md-color-scheme") === "slate";
    meta.content = slate ? "dark" : "light";
  };
  if (__md_get("__palette")) return scheme();
  var attr = function (e, k) { return e.getAttribute("data-md-color-" + k); };
  var inputs = [].slice.call(document.querySelectorAll("[data-md-component=palette] input"));
  var first = inputs.find(function (e) { return matchMedia(attr(e, "media")).matches; });
  first = first || inputs[0];
  if (first && attr(first, "media") === "(prefers-color-scheme)") {
    var system = matchMedia("(prefers-color-scheme: light)").matches ? "light" : "dark";
    var media = "(prefers-color-scheme: " + system + ")";
    first = inputs.find(function (e) { return attr(e, "media") === media; });
  }
  if (first) {
    ["scheme", "primary", "accent"].forEach(function (k) {
      document.body.setAttribute("data-md-color-" + k, attr(first, k));
    });
  }
  scheme();
})();
"""
# Before anything in <body> exists: what the bundle will set on <html>, this page's own
# color-scheme tag, and document.head.appendChild leaving out the bundle's one (once; then the
# browser's own method again).
_HEAD_JS = """
(function () {
  var root = document.documentElement, head = document.head;
  root.classList.replace("no-js", "js");
  root.classList.add("js-focus-visible");
  root.setAttribute("data-js-focus-visible", "");
  head.appendChild = function (node) {
    if (!(node instanceof HTMLMetaElement && node.name === "color-scheme")) {
      return Node.prototype.appendChild.call(head, node);
    }
    delete head.appendChild;
    return node;
  };
})();
"""


FIRST_VISIT = inline_script(_FIRST_VISIT_JS)
HEAD = '<meta name="color-scheme" content="light">' + inline_script(_HEAD_JS)
_CHARSET = '<meta charset="utf-8">'


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
    """The page with :data:`HEAD` first in ``<head>`` and :data:`FIRST_VISIT` after Material's
    inline palette script."""
    if 'data-md-component="palette"' not in html_text or FIRST_VISIT in html_text:
        return html_text
    match = _MATERIAL_PALETTE.search(html_text)
    if not match:
        raise PluginError(
            f"{name}: Material's inline palette script was not found (did a theme upgrade "
            "change it?); update hooks/palette_switch.py"
        )
    head = html_text.find(_CHARSET)
    if not 0 <= head < match.start() or 'name="color-scheme"' in html_text:
        raise PluginError(
            f"{name}: expected {_CHARSET!r} at the top of <head> and no color-scheme meta tag "
            "(did a theme upgrade change the template?); update hooks/palette_switch.py"
        )
    head += len(_CHARSET)
    return (
        html_text[:head]
        + HEAD
        + html_text[head : match.end()]
        + FIRST_VISIT
        + html_text[match.end() :]
    )


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
