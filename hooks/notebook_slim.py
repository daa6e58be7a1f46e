"""MkDocs hook: a notebook page without the markup mkdocs-jupyter adds that readers do not need.

- The MathJax ``<script src="">`` (and its config): the site typesets math itself with a
  vendored KaTeX (no third-party requests).
- The cell tags printed above code cells: they are for nbval, not readers.
- The copy-to-clipboard widget (an SVG and a second copy of the code in every cell, plus its
  script), in favour of Material's own copy button, and the Mermaid loader (it would fetch
  from a CDN; no lesson uses Mermaid).
- The highlighting spans that add no colour (names, whitespace) or little (punctuation, shown
  in the text colour as in Material's code blocks), the terminal colours of model summaries
  (too light on a white page), and the indentation of the generated markup.

``tests/test_notebook_render.py`` makes the same edits to compare renderings.
"""

from __future__ import annotations

import re

if __name__.startswith("hooks."):  # imported by the tests
    from hooks.site_context import is_notebook, language, latest
else:  # loaded by MkDocs, which puts hooks/ on sys.path
    from site_context import is_notebook, language, latest

_EMPTY_MATHJAX = re.compile(
    r'<script[^>]*src=""[^>]*>\s*</script>|<script type="text/x-mathjax-config">.*?</script>',
    re.DOTALL,
)
# mkdocs-jupyter shows each cell's tags above its code; they are for nbval, not readers.
_CELL_TAGS = re.compile(
    r'<div class="celltoolbar">\s*<div class="button_container tags_button_container">\s*'
    r'<span class="tag-container">(?:\s*<span class="cell-tag">[^<]*</span>)*\s*</span>\s*'
    r"</div>\s*</div>",
)
_WIDGET_SCRIPT = re.compile(
    r"<script[^>]*>(?:(?!</script>).)*?(?:clipboard|mermaid).*?</script>", re.S
)
_COPY_WIDGET = re.compile(
    r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>'
    r'|<div\b[^>]*\bclass="clipboard-copy-txt"[^>]*>.*?</div>',
    re.S,
)
_CODE = re.compile(r'(<div class="highlight-ipynb[^"]*">)<pre>')
_VERBATIM = re.compile(r"(<pre\b.*?</pre>|<textarea\b.*?</textarea>|<script\b.*?</script>)", re.S)
_PLAIN_TOKEN = re.compile(r'<span class="(?:n|w|p)">([^<]*)</span>')
_RICH_COLOUR = re.compile(
    r'<span style="color: #[0-9a-f]{6}; text-decoration-color: #[0-9a-f]{6}">([^<]*)</span>'
)
COPY_TITLE = {"es": "Copiar al portapapeles", "en": "Copy to clipboard"}


def slim_notebook_html(html_text: str, lang: str) -> str:
    """Drop mkdocs-jupyter's copy widget and unused scripts; use Material's copy button."""
    html_text = _WIDGET_SCRIPT.sub("", _COPY_WIDGET.sub("", html_text))
    counter = iter(range(1, 10**6))

    def button(match: re.Match) -> str:
        n = next(counter)
        return (
            f'{match.group(1)}<button class="md-clipboard md-icon" type="button" '
            f'title="{COPY_TITLE.get(lang, COPY_TITLE["en"])}" '
            f'data-clipboard-target="#nb-code-{n}"></button><pre id="nb-code-{n}">'
        )

    html_text = _CODE.sub(button, html_text)
    # Names and whitespace get no colour of their own in the Jupyter theme; punctuation is
    # left in the text colour, as in Material's own code blocks (a third fewer elements); and
    # the terminal colours of Keras's model summaries (rich) fail contrast on a white page.
    html_text = _RICH_COLOUR.sub(r"\1", _PLAIN_TOKEN.sub(r"\1", html_text))
    parts = _VERBATIM.split(html_text)  # odd items: markup whose whitespace matters
    return "".join(part if i % 2 else re.sub(r"\n\s+", "\n", part) for i, part in enumerate(parts))


# Each notebook page's last slimmed markup (a notebook's page changes only with the notebook).
SLIMMED: dict = {}


def _slim(html_text: str, lang: str) -> str:
    return slim_notebook_html(_CELL_TAGS.sub("", _EMPTY_MATHJAX.sub("", html_text)), lang)


def on_page_content(html_text, page, config, files):
    if not is_notebook(page.file):
        return html_text
    lang = language(config)
    return latest(SLIMMED, (page.file.src_uri, lang), html_text, lambda text: _slim(text, lang))
