"""MkDocs hook: each page loads only the scripts and styles it uses, and no script blocks paint.

Material writes its bundle and every ``extra_javascript`` entry at the end of ``<body>`` as
plain ``<script src>``: parser-blocking, so the browser paints nothing until all of them have
been fetched and run (Lighthouse lists them as render-blocking). This hook, on every built
page:

- gives those scripts ``defer``: they still run in their order, after the document is
  parsed and before ``DOMContentLoaded``, so Material's ``document$`` exists when ours
  subscribe to it;
- drops the figure modules a page has no figure for (``figures/<name>.js`` is kept only
  where a ``data-figure="<name>"`` host is, ``figures/common.js`` wherever any figure is,
  plus each figure's data modules in ``FIGURE_DATA``), the questions script where there
  is no question, and the printable course's script everywhere but on that page;
- drops KaTeX's stylesheet where no formula was typeset (``hooks/formulas.py`` typesets at
  build time, so a page without ``class="katex"`` needs none of it).

``tests/test_page_assets.py`` checks the built pages; the browser tests check that the
figures and questions still work.
"""

from __future__ import annotations

import re

# figure -> the other modules it reads (convolution shows Fashion-MNIST images)
FIGURE_DATA = {"convolution": ["fashion-samples"]}

_SCRIPT = re.compile(r'<script src="(?P<src>[^"]+)"></script>')
_KATEX_CSS = re.compile(r'<link rel="stylesheet" href="[^"]*assets/katex/katex\.min\.css">\n?')
_FIGURE = re.compile(r'data-figure="([a-z-]+)"')
_MODULE = re.compile(r"assets/javascripts/figures/([a-z-]+)\.js$")


def needed_figure_modules(html_text: str) -> set[str]:
    """The figure modules (names under ``figures/``) a page needs."""
    figures = set(_FIGURE.findall(html_text))
    needed = set(figures)
    for name in figures:
        needed.update(FIGURE_DATA.get(name, []))
    if figures:
        needed.add("common")
    return needed


def _keep(src: str, html_text: str, figures: set[str]) -> bool:
    module = _MODULE.search(src)
    if module:
        return module.group(1) in figures
    if src.endswith("assets/javascripts/questions.js"):
        return "course-quiz" in html_text
    if src.endswith("assets/javascripts/print.js"):
        return 'class="print-course" data-sections=' in html_text
    return True


def rewrite(html_text: str) -> str:
    """The page with deferred scripts, unused modules dropped, KaTeX CSS only if used."""
    head, sep, body = html_text.rpartition("</article>")
    if not sep:  # not a content page of the theme (e.g. a redirect)
        head, body = "", html_text
    figures = needed_figure_modules(html_text)

    def script(match: re.Match) -> str:
        src = match.group("src")
        if not _keep(src, html_text, figures):
            return ""
        return f'<script src="{src}" defer></script>'

    body = _SCRIPT.sub(script, body)
    html_text = head + sep + body
    if 'class="katex' not in html_text:
        html_text = _KATEX_CSS.sub("", html_text)
    return html_text


def on_post_page(output, page, config):
    return rewrite(output)


def on_post_template(output, template_name, config):
    """The same for pages built from a template alone (``404.html``)."""
    return rewrite(output) if template_name.endswith(".html") else output
