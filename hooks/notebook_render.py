"""MkDocs hook: notebooks render fast, with the same HTML as mkdocs-jupyter's.

mkdocs-jupyter builds two new nbconvert exporters for every notebook (one for the page, one
for its table of contents), and each new exporter compiles every Jinja template of its
template tree again: 486 compilations for 26 notebooks, a fifth of the build. Then nbconvert's
``HTMLExporter`` parses the whole page with BeautifulSoup only to add ``tabindex="0"`` to the
input and output areas and a placeholder ``alt`` to images (another sixth of the build).

1. Jinja's own bytecode cache, kept in memory, lets every exporter reuse the code of a
   template already compiled from the same source (Jinja checks the source's checksum, so a
   changed template is compiled again). The theme's templates get one too (``on_env``): the
   second language's build and every rebuild of ``make serve`` reuse them. Nothing is written
   to disk: each process starts from nothing.
2. :class:`FastHTMLExporter` does what ``HTMLExporter.from_notebook_node`` does (nbconvert
   7.17), with two regular expressions instead of the parse. Images need no placeholder: the
   figures hook gives each one its text alternative, and the strict build fails without one.

3. Both exporters (the page's, and the Markdown one for its table of contents) check the
   notebook against its schema once, after their preprocessors, instead of after each of the
   twelve: nbconvert's own ``optimistic_validation`` setting. An invalid notebook still fails,
   and a valid one renders the same; the checks were a fifth of the rendering time.

``tests/test_notebook_render.py`` checks that every notebook renders to the same document as
with the stock exporter.
"""

from __future__ import annotations

import re

import mkdocs_jupyter.nbconvert2 as mkdocs_nbconvert
from jinja2.bccache import BytecodeCache
from nbconvert.exporters.html import HTMLExporter
from nbconvert.exporters.markdown import MarkdownExporter
from nbconvert.exporters.templateexporter import TemplateExporter
from nbconvert.filters.highlight import Highlight2HTML
from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter
from traitlets import default


class MemoryBytecodeCache(BytecodeCache):
    """Compiled templates by name and source checksum, for the life of the process."""

    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self._store:
            bucket.bytecode_from_string(self._store[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self._store[bucket.key] = bucket.bytecode_to_string()


# MkDocs 1.6 executes a hook's file once per process; should it execute it again (a rebuild
# of ``make serve``), keep the stock method and the caches where the next execution finds them.
_create_environment = getattr(
    TemplateExporter._create_environment, "course_original", TemplateExporter._create_environment
)
BYTECODE = getattr(_create_environment, "course_bytecode", None) or MemoryBytecodeCache()
THEME_BYTECODE = (
    getattr(_create_environment, "course_theme_bytecode", None) or MemoryBytecodeCache()
)
_create_environment.course_bytecode = BYTECODE
_create_environment.course_theme_bytecode = THEME_BYTECODE


def _create_environment_with_cache(self):
    environment = _create_environment(self)
    environment.bytecode_cache = BYTECODE
    return environment


_create_environment_with_cache.course_original = _create_environment
TemplateExporter._create_environment = _create_environment_with_cache

# The opening tag of a <div> whose class list holds ``name`` (nbconvert's CSS selectors
# ``.jp-Notebook div.jp-Cell-inputWrapper`` and ``.jp-Notebook div.jp-OutputArea-output``:
# the template puts every cell inside the ``jp-Notebook`` element).
_FOCUSABLE = re.compile(
    r'<div(?=[^>]*\sclass="(?:[^"]*\s)?(?:jp-Cell-inputWrapper|jp-OutputArea-output)(?:\s[^"]*)?")'
    r"(?![^>]*\stabindex=)"
)


def make_focusable(html: str) -> str:
    """``tabindex="0"`` on every input wrapper and output area, as nbconvert sets it."""
    return _FOCUSABLE.sub('<div tabindex="0"', html)


class FastHTMLExporter(HTMLExporter):
    """``HTMLExporter`` without its BeautifulSoup pass, validating once."""

    @default("optimistic_validation")
    def _validate_once(self):
        return True

    def from_notebook_node(self, nb, resources=None, **kw):
        langinfo = nb.metadata.get("language_info", {})
        lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
        highlight_code = self.filters.get(
            "highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)
        )
        resources = self._init_resources(resources)
        filter_data_type = WidgetsDataTypeFilter(
            notebook_metadata=self._nb_metadata, parent=self, resources=resources
        )
        self.register_filter("highlight_code", highlight_code)
        self.register_filter("filter_data_type", filter_data_type)
        html, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
        return make_focusable(html), resources


class OnceValidatedMarkdownExporter(MarkdownExporter):
    """``MarkdownExporter`` (the table of contents' export), validating once."""

    @default("optimistic_validation")
    def _validate_once(self):
        return True


mkdocs_nbconvert.HTMLExporter = FastHTMLExporter
mkdocs_nbconvert.MarkdownExporter = OnceValidatedMarkdownExporter


def on_env(env, config, files):
    """The theme's templates too: compiled once for both languages and every serve rebuild."""
    env.bytecode_cache = THEME_BYTECODE
    return env
