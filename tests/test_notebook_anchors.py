"""A notebook's section ids are on markers between cells (``hooks/notebook_anchors.py``).

Material's table of contents reads the position of every section when the page starts; a
heading inside a cell the browser has not laid out yet (``content-visibility: auto``) made it
lay that cell out there and then. This checks the rule the hook needs (a cell's heading opens
the cell), the built pages, and, in a browser slowed to a phone's pace, that a link, the table
of contents or a scroll to a section lands on it and stays there while the cells around it are
laid out, and that the table of contents marks it.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import nbformat
import pytest
from conftest import notebooks

from hooks import notebook_anchors

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^#{1,6} ")

CELL = (
    '<div id="cell-id={id}" class="jp-Cell jp-MarkdownCell jp-Notebook-cell">\n'
    '<div tabindex="0" class="jp-Cell-inputWrapper">\n'
    '<div class="jp-Collapser jp-InputCollapser jp-Cell-inputCollapser">\n</div>\n'
    '<div class="jp-InputArea jp-Cell-inputArea"><div class="jp-InputPrompt jp-InputArea-prompt">'
    '\n</div><div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput " '
    'data-mime-type="text/markdown">\n{body}\n</div></div></div></div>\n'
)


def headings_inside_cells(source: str) -> list[str]:
    """Markdown headings of a cell that are not its first line (outside code and $$ math)."""
    found, fence, math = [], False, False
    for number, line in enumerate(source.strip().split("\n")):
        if _FENCE.match(line):
            fence = not fence
        if line.strip() == "$$":
            math = not math
        if number and _HEADING.match(line) and not (fence or math):
            found.append(line)
    return found


def test_a_heading_that_opens_a_markdown_cell_gives_its_id_to_a_marker_before_the_cell():
    opening = CELL.format(
        id="a1", body='<h2 id="el-generador">El generador<a href="#el-generador">¶</a></h2><p>x</p>'
    )
    middle = CELL.format(id="b2", body='<p>Antes.</p><h3 id="despues">Después</h3>')
    page = notebook_anchors.anchor_sections(opening + middle)
    assert page.startswith('<div class="nb-anchor" id="el-generador"></div><div id="cell-id=a1"')
    assert '<h2>El generador<a href="#el-generador">¶</a></h2>' in page
    assert middle in page  # a heading inside a cell is left as it is (the notebooks have none)
    assert notebook_anchors.anchor_sections(page) == page


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: p.name)
def test_each_heading_of_a_notebook_opens_its_cell(path):
    """So that the hook can move every section id out of the cells."""
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "markdown":
            inside = headings_inside_cells(cell.source)
            assert not inside, (
                f"{path.name}, cell {cell.id}: the heading {inside[0]!r} is not at the top of "
                "its cell; split the cell there, so that it opens the next one "
                "(hooks/notebook_anchors.py explains why)"
            )


def test_the_rule_sees_headings_inside_a_cell_but_not_in_code_or_math():
    assert headings_inside_cells("## Título\n\nTexto\n\n### Otro") == ["### Otro"]
    assert headings_inside_cells("Texto\n```python\n# comentario\n```\n$$\n# x\n$$") == []


@pytest.mark.site
def test_every_section_of_a_built_notebook_page_is_a_marker_between_cells(built_site):
    site, _ = built_site
    pages = [p for p in site.rglob("index.html") if 'class="jp-Cell' in p.read_text("utf-8")]
    assert len(pages) >= 2 * 13
    for path in pages:
        text = path.read_text(encoding="utf-8")
        notebook = text[text.index('class="jp-Cell') :]
        assert re.findall(r"<h[1-6] id=", notebook) == [], path
        markers = set(
            re.findall(r'<div class="nb-anchor" id="([^"]+)"></div><div id="cell-id=', text)
        )
        linked = set(re.findall(r'<a href="#([^"]+)" class="md-nav__link">', text))
        assert linked and linked <= markers, (path, linked - markers)


def _slow_tab(browser, **options):
    """A tab whose CPU runs four times slower, as on a phone or a busy 2-core machine."""
    context = browser.new_context(**options)
    tab = context.new_page()
    context.new_cdp_session(tab).send("Emulation.setCPUThrottlingRate", {"rate": 4})
    return context, tab


_WHERE = """(id) => {
  const marker = document.getElementById(id);
  const heading = marker.nextElementSibling.querySelector('h1, h2, h3, h4, h5, h6');
  return {marker: marker.getBoundingClientRect().top,
          heading: heading.getBoundingClientRect().top, text: heading.textContent,
          header: document.querySelector('header').getBoundingClientRect().bottom,
          active: document.querySelector('.md-sidebar--secondary .md-nav__link--active')?.hash};
}"""


def _settle(tab, section):
    """Wait until the table of contents marks the section, then for the cells around it."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    toc = ".md-sidebar--secondary .md-nav__link--active"
    try:
        tab.wait_for_function(
            f"document.querySelector({toc!r})?.hash === '#{section}'", timeout=10_000
        )
    except PlaywrightTimeout:
        pass  # the assertions below say where the section is and what is marked
    tab.wait_for_timeout(300)
    return tab.evaluate(_WHERE, section)


# One section far down, one whose cells above are shorter than their placeholders (the page
# grew above it and it slid up under the header) and one where they are taller (it slid down).
_SECTIONS = {
    "es": ("las-muestras-durante-el-entrenamiento", "el-generador"),
    "en": ("samples-during-training", "the-generator"),
}


@pytest.mark.site
@pytest.mark.parametrize("section", _SECTIONS["es"])
def test_a_link_to_a_section_lands_on_its_heading_below_the_header(browser, site_url, section):
    # Going to page/#section lays out the cells just above the section, which change height
    # from their placeholders; the section must stay where the browser put it (1 px markers
    # that scroll anchoring can hold), not slide away by hundreds of pixels.
    context, tab = _slow_tab(browser, viewport={"width": 412, "height": 823}, is_mobile=True)
    try:
        tab.goto(urljoin(site_url, f"gan/gan/#{section}"), wait_until="load")
        where = _settle(tab, section)
        assert where["header"] <= where["marker"] <= where["header"] + 24, where
        assert where["heading"] < 823 / 4, where
        assert where["active"] == f"#{section}", where
    finally:
        context.close()


# How a reader on a desktop reaches a section, and how far below the top of the screen its
# marker ends: a click in the table of contents leaves it just under the header (its scroll
# margin), a scroll to it leaves it at the top.
_WAYS = {
    "table of contents": (
        lambda tab, section: tab.click(f".md-sidebar--secondary a[href='#{section}']"),
        "header",
    ),
    "scroll": (
        lambda tab, section: tab.evaluate(
            "(id) => document.getElementById(id).scrollIntoView()", section
        ),
        "top",
    ),
}


@pytest.mark.site
@pytest.mark.parametrize("way", _WAYS)
def test_a_section_reached_on_a_desktop_stays_in_place_and_is_marked(browser, site_url, way):
    go, place = _WAYS[way]
    context, tab = _slow_tab(browser, viewport={"width": 1280, "height": 800})
    try:
        tab.goto(urljoin(site_url, "en/gan/gan/"), wait_until="load")
        for section in _SECTIONS["en"]:
            go(tab, section)
            where = _settle(tab, section)
            if place == "header":
                assert where["header"] <= where["marker"] <= where["header"] + 24, where
            else:
                assert abs(where["marker"]) <= 1, where  # it stayed at the top of the screen
            assert where["active"] == f"#{section}", where
    finally:
        context.close()
