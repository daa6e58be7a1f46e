"""MkDocs hook: a page's search sections are parsed once per content, not on every rebuild.

Material's search plugin reads every built page with ``html.parser`` to cut it into sections
(a third of a rebuild once the notebooks come from their cache: the notebook pages are long).
A section list depends only on the page's HTML, so :class:`RememberingParser` keeps the result
by a SHA-256 of that HTML for the life of the process: ``make serve`` parses again only the
pages an edit changed. Each use gets copies of the sections, since the plugin sets a section's
title to the page's when it has none. The search index is the same as without it
(``tests/test_search_cache.py``).
"""

from __future__ import annotations

import copy
import hashlib

import material.plugins.search.plugin as search_plugin

# MkDocs executes this file again for every build of ``make serve``: keep the stock parser
# and the remembered sections where the next execution finds them.
StockParser = getattr(search_plugin.Parser, "course_stock", search_plugin.Parser)
SECTIONS: dict[str, list] = getattr(search_plugin.Parser, "course_sections", {})
LIMIT = 500  # pages remembered; the site has 62


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
            parser.feed(html)
            parser.close()
            sections = SECTIONS[digest] = parser.data
            while len(SECTIONS) > LIMIT:
                del SECTIONS[next(iter(SECTIONS))]
        self.data = [copy.copy(section) for section in sections]

    def close(self) -> None:
        pass


search_plugin.Parser = RememberingParser
