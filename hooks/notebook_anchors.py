"""MkDocs hook: a notebook's section ids sit on empty markers between cells, not inside them.

The browser skips laying out notebook cells far from the screen (``content-visibility: auto``
in ``course.css``). Material's table of contents reads the position of every section it lists
when the page starts, and again each time the page's height changes; reading the position of a
heading inside a skipped cell makes the browser lay out that cell there and then, one cell at
a time. On the GAN notebook's page that was the largest single cost of a load on a slow phone.

So each markdown cell that opens with a heading gets an empty ``<div class="nb-anchor">``
just before it, which takes the heading's ``id``: the table of contents, links to
``page/#section`` and the heading's own ``¶`` link all land on the cell's top edge, and the
position of a marker between cells is known without laying out any cell. A notebook cell must
therefore open with its heading, if it has one (``tests/test_notebook_anchors.py`` checks the
notebooks, so a later edit cannot quietly bring back the cost). The search index and the
printable course are built from the page before this hook runs, and keep the headings' ids.

``course.css`` makes each marker 1 px high (its space taken back by a negative margin): the
browser's scroll anchoring holds only a box with an area, and it is what keeps a section where
a link put it while the skipped cells just above are laid out at their real heights.
"""

from __future__ import annotations

import re

if __name__.startswith("hooks."):  # imported by the tests
    from hooks.site_context import is_notebook
else:  # loaded by MkDocs, which puts hooks/ on sys.path
    from site_context import is_notebook

ANCHOR = '<div class="nb-anchor" id="{}"></div>'
# A markdown cell's opening markup up to its first element, when that element is a heading.
_OPENING_HEADING = re.compile(
    r'(<div id="cell-id=[^"]*" class="jp-Cell jp-MarkdownCell[^"]*">'
    r'(?:(?!<div id="cell-id=)(?!</h[1-6]>).){0,1000}?data-mime-type="text/markdown">\s*'
    r'<h[1-6]) id="([^"]+)"',
    re.DOTALL,
)


def anchor_sections(html_text: str) -> str:
    """Move the id of each heading that opens a markdown cell onto a marker before the cell."""
    return _OPENING_HEADING.sub(lambda m: ANCHOR.format(m.group(2)) + m.group(1), html_text)


def on_post_page(output, page, config):
    return anchor_sections(output) if is_notebook(page.file) else output
