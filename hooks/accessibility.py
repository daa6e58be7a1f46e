"""MkDocs hook: small accessibility fixes to the generated markup, checked by axe in the tests.

1. Material's search box is a ``role="dialog"`` without a name (axe: aria-dialog-name); we
   name it with the label of its own input, which Material already translates.
2. Regions that may scroll sideways must be reachable with the keyboard (axe:
   scrollable-region-focusable): display formulas, long preformatted lines and Keras's
   model summaries (rich HTML that scrolls by itself) get ``tabindex="0"``. Decided here
   from the markup, not measured in the browser, because measuring forces a layout of the
   whole page (hundreds of ms on a long notebook). Tables come in a focusable scrolling
   container from ``hooks/tables.py``.
3. The permalink after each heading (the ¶) is titled in the page's language. Python-Markdown's
   ``toc`` writes one ``permalink_title`` for every language ("Permanent link"), and that title
   is what the tooltip shows and what a screen reader reads after the link's name.
"""

from __future__ import annotations

import html
import re

if __name__.startswith("hooks."):  # imported by the tests
    from hooks.site_context import language
else:  # loaded by MkDocs, which puts hooks/ on sys.path
    from site_context import language

_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
_LABEL = re.compile(
    r'<input type="text" class="md-search__input" name="query" aria-label="([^"]*)"'
)
_SCROLLERS = re.compile(r'<div class="(arithmatex)">')
_PRE = re.compile(r"<pre(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</pre>", re.S)
_TAG = re.compile(r"<[^>]+>")
_PERMALINK = re.compile(r'(<a class="headerlink" href="[^"]*") title="[^"]*"')
PERMALINK_TITLE = {"es": "Enlace permanente", "en": "Permanent link"}
LONG_LINE = 90  # characters of monospace text: wider than the content column on a desktop


def name_search_dialog(html_text: str) -> str:
    """Give Material's search dialog the accessible name of its input."""
    label = _LABEL.search(html_text)
    if _DIALOG not in html_text or label is None:
        return html_text
    named = _DIALOG.replace('role="dialog"', f'role="dialog" aria-label="{label.group(1)}"')
    return html_text.replace(_DIALOG, named, 1)


def _focusable_pre(match: re.Match) -> str:
    if "tabindex" in match["attrs"]:
        return match.group(0)
    if "overflow-x:auto" in match["attrs"]:  # rich's model summaries scroll by design
        return f'<pre{match["attrs"]} tabindex="0">{match["body"]}</pre>'

    text = html.unescape(_TAG.sub("", match["body"]))
    if max((len(line) for line in text.splitlines()), default=0) <= LONG_LINE:
        return match.group(0)
    return f'<pre{match["attrs"]} tabindex="0">{match["body"]}</pre>'


def focusable_scrollers(html_text: str) -> str:
    """Make display formulas and long preformatted lines keyboard-focusable."""
    html_text = _SCROLLERS.sub(lambda m: f'<div class="{m.group(1)}" tabindex="0">', html_text)
    return _PRE.sub(_focusable_pre, html_text)


def permalinks_in(html_text: str, lang: str) -> str:
    """Title every heading's permalink in ``lang``."""
    title = html.escape(PERMALINK_TITLE[lang])
    return _PERMALINK.sub(lambda m: f'{m.group(1)} title="{title}"', html_text)


def on_post_page(output, page, config):
    output = permalinks_in(output, language(config))
    return focusable_scrollers(name_search_dialog(output))
