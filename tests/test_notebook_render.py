"""hooks/notebook_render.py: the fast notebook rendering gives the stock rendering's document."""

from __future__ import annotations

import jinja2
import mkdocs_jupyter.nbconvert2 as mkdocs_nbconvert
import nbformat
import pytest
from bs4 import BeautifulSoup
from conftest import notebooks
from nbconvert.exporters.html import HTMLExporter
from nbconvert.exporters.markdown import MarkdownExporter
from nbconvert.exporters.templateexporter import TemplateExporter
from nbconvert.preprocessors import Preprocessor

from hooks import notebook_render
from hooks.notebook_slim import _CELL_TAGS, _EMPTY_MATHJAX, slim_notebook_html

PLACEHOLDER = "No description has been provided for this image"


def _render(notebook) -> str:
    return mkdocs_nbconvert.nb2html(
        str(notebook), remove_tag_config={"remove_input_tags": ["hide-input"]}
    )


def _document(html: str) -> str:
    """The page as a parser reads it once the notebook_slim hook's text edits are made (they match
    the markup as the exporter writes it), without nbconvert's placeholder ``alt`` (the figures
    hook writes the real one)."""
    html = slim_notebook_html(_CELL_TAGS.sub("", _EMPTY_MATHJAX.sub("", html)), "en")
    soup = BeautifulSoup(html, "html.parser")
    for img in soup.select("img"):
        if img.get("alt") == PLACEHOLDER:
            del img["alt"]
    return str(soup)


@pytest.mark.parametrize("notebook", notebooks(), ids=[nb.name for nb in notebooks()])
def test_fast_rendering_gives_the_stock_document(notebook, monkeypatch):
    fast = _render(notebook)
    assert mkdocs_nbconvert.HTMLExporter is notebook_render.FastHTMLExporter
    monkeypatch.setattr(mkdocs_nbconvert, "HTMLExporter", HTMLExporter)
    monkeypatch.setattr(
        TemplateExporter, "_create_environment", notebook_render._create_environment
    )
    stock = _render(notebook)
    assert 'tabindex="0"' in fast
    assert _document(fast) == _document(stock)


@pytest.mark.parametrize("notebook", notebooks(), ids=[nb.name for nb in notebooks()])
def test_the_table_of_contents_export_is_the_stock_one(notebook, monkeypatch):
    fast = mkdocs_nbconvert.nb2md(str(notebook))
    assert mkdocs_nbconvert.MarkdownExporter is notebook_render.OnceValidatedMarkdownExporter
    monkeypatch.setattr(mkdocs_nbconvert, "MarkdownExporter", MarkdownExporter)
    assert fast == mkdocs_nbconvert.nb2md(str(notebook))


class _Breaks(Preprocessor):
    """Leaves the notebook invalid: a cell's metadata that is not an object."""

    def preprocess(self, nb, resources):
        nb.cells[0]["metadata"] = ["not", "an", "object"]
        return nb, resources


@pytest.mark.parametrize(
    "exporter", [notebook_render.FastHTMLExporter, notebook_render.OnceValidatedMarkdownExporter]
)
def test_a_notebook_left_invalid_still_fails(exporter):
    """Validated once, after the preprocessors, as nbconvert's ``optimistic_validation``
    does: not never."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Title")])
    assert exporter().from_notebook_node(nb)[0]
    broken = exporter(preprocessors=[_Breaks])
    assert broken.optimistic_validation
    with pytest.raises(nbformat.ValidationError):
        broken.from_notebook_node(nb)


def test_focusable_areas_are_marked_once():
    html = (
        '<div class="jp-Cell-inputWrapper x">a</div><div class="jp-OutputArea-output">b</div>'
        '<div class="jp-OutputArea-output" tabindex="-1">c</div><div class="jp-Cell">d</div>'
        '<div class="my-jp-OutputArea-output-x">e</div>'
    )
    assert notebook_render.make_focusable(html) == (
        '<div tabindex="0" class="jp-Cell-inputWrapper x">a</div>'
        '<div tabindex="0" class="jp-OutputArea-output">b</div>'
        '<div class="jp-OutputArea-output" tabindex="-1">c</div><div class="jp-Cell">d</div>'
        '<div class="my-jp-OutputArea-output-x">e</div>'
    )


def test_a_changed_template_is_compiled_again():
    """The memory cache is keyed by the template's source: an edit is never served stale."""
    cache = notebook_render.MemoryBytecodeCache()
    sources = {"page": "old {{ x }}"}

    def render() -> str:
        env = jinja2.Environment(loader=jinja2.DictLoader(sources), bytecode_cache=cache)
        return env.get_template("page").render(x=1)

    assert render() == "old 1"
    assert render() == "old 1"
    sources["page"] = "new {{ x }}"
    assert render() == "new 1"
