"""MkDocs hook: a page's search sections are parsed once per content, not on every rebuild.

Material's search plugin reads every built page with ``html.parser`` to cut it into sections
(a third of a rebuild once the notebooks come from their cache: the notebook pages are long).
A section list depends only on the page's HTML, so :class:`RememberingParser` keeps the result
by a SHA-256 of that HTML for the life of the process: ``make serve`` parses again only the
pages an edit changed. Each use gets copies of the sections, since the plugin sets a section's
title to the page's when it has none.

Formulas, typeset at build time (``hooks/formulas.py``), are indexed by their LaTeX source, as
when the browser typeset them: KaTeX's glyphs, in the order it lays them out ("n1​i=1∑n​"),
would be noise in the results. (The
plugin's own ``data-search-exclude`` cannot do it: its parser matches an end tag to any open
element of the same name, so the first inner ``</span>`` ends the exclusion.)
"""

from __future__ import annotations

import copy
import hashlib
import re

import material.plugins.search.plugin as search_plugin

# MkDocs 1.6 executes a hook's file once per process; should it execute it again, keep the
# stock parser and the remembered sections where the next execution finds them.
StockParser = getattr(search_plugin.Parser, "course_stock", search_plugin.Parser)
SECTIONS: dict[str, list] = getattr(search_plugin.Parser, "course_sections", {})
LIMIT = 500  # pages remembered; the site has 62


_FORMULA = re.compile(r'<span class="katex">')
_SPAN = re.compile(r"<span\b|</span>")


_SOURCE = re.compile(r'<annotation encoding="application/x-tex">(.*?)</annotation>', re.DOTALL)


def without_formulas(html: str) -> str:
    """``html`` with each KaTeX formula (a ``<span class="katex">`` and what it holds) replaced
    by its LaTeX source."""
    out, position = [], 0
    while start := _FORMULA.search(html, position):
        out.append(html[position : start.start()])
        depth, position = 0, len(html)
        for tag in _SPAN.finditer(html, start.start()):
            depth += 1 if tag.group() == "<span" else -1
            if depth == 0:
                position = tag.end()
                break
        source = _SOURCE.search(html, start.start(), position)
        out.append(source.group(1) if source else "")
    out.append(html[position:])
    return "".join(out)


class RememberingParser:
    """The plugin's ``Parser`` as the plugin uses it (``feed``, ``close``, ``data``)."""

    course_stock = StockParser
    course_sections = SECTIONS

    def __init__(self) -> None:
        self.data: list = []

    def feed(self, html: str) -> None:
        digest = hashlib.sha256(html.encode("utf-8")).hexdigest()
        sections = SECTIONS.get(digest)
        if sections is None:
            parser = StockParser()
            parser.feed(without_formulas(html))
            parser.close()
            sections = SECTIONS[digest] = parser.data
            while len(SECTIONS) > LIMIT:
                del SECTIONS[next(iter(SECTIONS))]
        self.data = [copy.copy(section) for section in sections]

    def close(self) -> None:
        pass


search_plugin.Parser = RememberingParser
