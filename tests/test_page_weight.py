"""Light pages: an HTML budget per page, a total budget per notebook page, figures as files."""

from __future__ import annotations

import gzip
import re
from urllib.parse import urljoin

import pytest
from conftest import notebooks
from test_site import html_pages, nb_page, page_url, target_file

# Bytes of HTML per page: as sent (gzip, as static hosts serve it) and as the browser parses it.
# Formulas come typeset in the HTML (KaTeX's markup is about twice the size of the raw LaTeX,
# but compresses well), which replaced a 270 KB script that typeset them in the browser.
HTML_BUDGET = 64 * 1024
HTML_PARSED_BUDGET = 400 * 1024
NOTEBOOK_PAGE_BUDGET = 1.5 * 1024 * 1024  # a notebook page's HTML plus its figures
IMG = re.compile(r"<img\b[^>]*>")
SRC = re.compile(r'\ssrc="([^"]*)"')
ALT = re.compile(r'\salt="([^"]*)"')


@pytest.fixture(scope="module")
def site(built_site):
    return built_site[0]


def images(html: str) -> list[tuple[str, str | None]]:
    """``(src, alt)`` of every ``<img>`` in a page (alt is None when absent)."""
    found = []
    for tag in IMG.findall(html):
        src, alt = SRC.search(tag), ALT.search(tag)
        found.append((src.group(1) if src else "", alt.group(1) if alt else None))
    return found


def test_every_page_html_is_within_budget(site):
    pages = html_pages(site)  # the printable course too: its parts arrive after it (print.js)
    assert len(pages) > 30
    sizes = {p.relative_to(site).as_posix(): p.read_bytes() for p in pages}
    sent = {page: len(gzip.compress(html)) for page, html in sizes.items()}
    heavy = {page: size for page, size in sent.items() if size > HTML_BUDGET}
    assert not heavy, f"pages over {HTML_BUDGET // 1024} KB of compressed HTML: {heavy}"
    parsed = {page: len(html) for page, html in sizes.items() if len(html) > HTML_PARSED_BUDGET}
    assert not parsed, f"pages over {HTML_PARSED_BUDGET // 1024} KB of HTML: {parsed}"


NOTEBOOKS = notebooks()


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_page_with_its_figures_is_within_budget(site, notebook):
    page = nb_page(site, notebook, notebook.name.split(".")[-2])
    html = page.read_text(encoding="utf-8")
    assert "data:image/" not in html, "figures must be files, not inline data: URIs"
    figures = images(html)
    assert figures, f"{page.relative_to(site)} shows no figure"
    files = {target_file(site, urljoin(page_url(site, page), src)) for src, _ in figures}
    missing = [f for f in files if f is None or not f.is_file()]
    assert not missing, f"figures not found in the site: {missing}"
    total = page.stat().st_size + sum(f.stat().st_size for f in files)
    assert total <= NOTEBOOK_PAGE_BUDGET, f"{page.relative_to(site)}: {total / 2**20:.2f} MiB"


def test_every_image_has_a_text_alternative(site):
    missing = [
        f"{page.relative_to(site)}: {src[:60]}"
        for page in html_pages(site)
        for src, alt in images(page.read_text(encoding="utf-8"))
        if not (alt or "").strip()
    ]
    assert not missing, "images without alt text:\n" + "\n".join(missing)


def test_figures_in_both_languages_have_different_alt_texts(site):
    es = nb_page(site, NOTEBOOKS[0], "es").read_text(encoding="utf-8")
    en = nb_page(site, NOTEBOOKS[0], "en").read_text(encoding="utf-8")
    es_alts = {alt for _, alt in images(es)}
    en_alts = {alt for _, alt in images(en)}
    assert es_alts and en_alts and not es_alts & en_alts
