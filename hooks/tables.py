"""MkDocs hook: Markdown tables come already in the scrolling container Material gives them.

When a page loads, Material's script takes every ``<table>`` without a ``class`` out of the
page and puts it back inside ``<div class="md-typeset__scrollwrap"><div
class="md-typeset__table">`` (``mountDataTable``), so that a wide table scrolls sideways on a
phone. Taking an element out and putting it back makes the browser compute the style of
everything inside it again; the lessons' tables are full of formulas, thousands of KaTeX
spans, and on the optimizers lesson this was the largest restyle of a load on a slow phone
(3 200 elements, 220 ms at a 4x slower CPU), after the page had been styled once.

So this hook writes that container at build time, around every table of a page's content,
and gives the table ``class="course-table"``: Material's script leaves a table with a class
alone. Material styles tables as ``.md-typeset table:not([class])``; ``course.css`` repeats
those rules for ``table.course-table`` (``tests/test_tables.py`` checks that they are the same
rules as in the installed Material). The container is keyboard-focusable (axe:
scrollable-region-focusable), as Material's own container was made in the browser before.
The search index and the printable course are built from the page after this hook.
"""

from __future__ import annotations

import re

CLASS = "course-table"
WRAP_OPEN = '<div class="md-typeset__scrollwrap" tabindex="0"><div class="md-typeset__table">'
WRAP_CLOSE = "</div></div>"
# A table without a class (what Material wraps): Markdown's tables have no attributes at all.
_TABLE = re.compile(r"<table(?![^>]*\sclass=)(?P<attrs>\s[^>]*)?>(?P<body>.*?)</table>", re.S)


def wrap_tables(html_text: str) -> str:
    """Every table without a class, in Material's scrolling container and with our class."""
    return _TABLE.sub(
        lambda m: (
            f'{WRAP_OPEN}<table class="{CLASS}"{m["attrs"] or ""}>{m["body"]}</table>{WRAP_CLOSE}'
        ),
        html_text,
    )


def on_page_content(html_text, page, config, files):
    return wrap_tables(html_text)
