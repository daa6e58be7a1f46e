"""The glossary: a bilingual term table linked to its lessons, and hover definitions on the pages.

Hover definitions come from ``docs/includes/glossary.<lang>.md`` (``*[term]: definition`` lines,
Python-Markdown's ``abbr``), appended to every Markdown page by ``hooks/glossary.py``.
"""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest
from conftest import DOCS

LANGS = {"es": "", "en": "en/"}  # language -> path prefix in the site
ABBREVIATION = re.compile(r"^\*\[(?P<term>[^\]]+)\]: (?P<definition>\S.*)$")
MIN_TERMS = 60


def definitions(lang: str) -> dict[str, str]:
    """Term -> definition, as written in ``docs/includes/glossary.<lang>.md``."""
    text = (DOCS / "includes" / f"glossary.{lang}.md").read_text(encoding="utf-8")
    return {m["term"]: m["definition"] for m in map(ABBREVIATION.match, text.splitlines()) if m}


class Article(HTMLParser):
    """The table rows (cell texts and links) and the ``<abbr>`` elements of a page's article."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[list[str], list[str]]] = []
        self.abbrs: list[tuple[str, str]] = []
        self._in_article = self._in_abbr = False
        self._cells: list[str] | None = None
        self._links: list[str] = []
        self._abbr_title = ""
        self._abbr_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article":
            self._in_article = True
        if not self._in_article:
            return
        if tag == "tr":
            self._cells, self._links = [], []
        elif tag == "td" and self._cells is not None:
            self._cells.append("")
        elif tag == "a" and self._cells is not None and a.get("href"):
            self._links.append(a["href"])
        elif tag == "abbr":
            self._in_abbr, self._abbr_title, self._abbr_text = True, a.get("title", ""), []

    def handle_endtag(self, tag):
        if tag == "article":
            self._in_article = False
        elif tag == "tr" and self._cells is not None:
            if self._cells:  # header rows have <th>, not <td>
                self.rows.append(([c.strip() for c in self._cells], self._links))
            self._cells = None
        elif tag == "abbr" and self._in_abbr:
            self.abbrs.append((self._abbr_title, "".join(self._abbr_text)))
            self._in_abbr = False

    def handle_data(self, data):
        if self._cells:
            self._cells[-1] += data
        if self._in_abbr:
            self._abbr_text.append(data)


def article(path: Path) -> Article:
    parser = Article()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def collate(term: str) -> str:
    """Dictionary order: case and accents ignored, ñ after n."""
    term = term.lower().replace("ñ", "n\x7f")
    return "".join(c for c in unicodedata.normalize("NFD", term) if not unicodedata.combining(c))


@pytest.fixture(scope="module")
def site(built_site):
    return built_site[0]


def glossary_page(site: Path, lang: str) -> Path:
    return site / LANGS[lang] / "glossary" / "index.html"


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_has_at_least_60_terms_sorted_alphabetically(site, lang):
    rows = article(glossary_page(site, lang)).rows
    assert len(rows) >= MIN_TERMS, f"{lang}: only {len(rows)} terms"
    assert all(len(cells) == 4 and all(cells) for cells, _ in rows), "every row: 4 filled cells"
    terms = [cells[0] for cells, _ in rows]
    assert terms == sorted(terms, key=collate), f"{lang}: terms are not in alphabetical order"


def test_both_glossaries_pair_the_same_terms(site):
    es = {(cells[0], cells[1]) for cells, _ in article(glossary_page(site, "es")).rows}
    en = {(cells[1], cells[0]) for cells, _ in article(glossary_page(site, "en")).rows}
    assert es == en, f"only in es: {sorted(es - en)}; only in en: {sorted(en - es)}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_glossary_term_links_to_an_existing_lesson_page(site, lang):
    page = glossary_page(site, lang)
    base = f"http://site/{LANGS[lang]}glossary/"
    for cells, links in article(page).rows:
        assert len(links) == 1, f"{cells[0]}: expected one lesson link, got {links}"
        url = urlparse(urljoin(base, links[0]))
        assert url.netloc == "site", f"{cells[0]}: {links[0]} is not a page of the site"
        target = site / unquote(url.path).lstrip("/")
        target = target / "index.html" if url.path.endswith("/") else target
        assert target.is_file(), f"{cells[0]}: {links[0]} does not exist"
        assert target.parent.parent == site / LANGS[lang].rstrip("/"), f"{links[0]}: not a lesson"


@pytest.mark.parametrize("lang", LANGS)
def test_hover_definitions_are_one_per_term_and_differ_between_languages(lang):
    text = (DOCS / "includes" / f"glossary.{lang}.md").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    assert all(ABBREVIATION.match(line) for line in lines), "every line is *[term]: definition"
    assert len(definitions(lang)) == len(lines), "a term is defined twice"
    assert len(set(definitions(lang).values())) >= 40
    other = "en" if lang == "es" else "es"
    assert not set(definitions(lang).values()) & set(definitions(other).values())


@pytest.mark.parametrize("lang", LANGS)
def test_lesson_pages_show_definitions_on_hover_in_their_language(site, lang):
    abbrs = article(site / LANGS[lang] / "backpropagation" / "index.html").abbrs
    own = definitions(lang)
    other = set(definitions("en" if lang == "es" else "es").values())
    assert len({term for _, term in abbrs}) >= 10, f"{lang}: too few terms with a definition"
    for title, term in abbrs:
        assert own.get(term) == title, f"{lang}: <abbr>{term}</abbr> has title {title!r}"
        assert title not in other


@pytest.mark.parametrize("lang", LANGS)
def test_abbreviation_syntax_never_reaches_the_reader(site, lang):
    for page in ("index.html", "backpropagation/index.html", "glossary/index.html"):
        html = (site / LANGS[lang] / page).read_text(encoding="utf-8")
        assert "*[" not in html, f"{lang}/{page}: raw *[term]: line in the output"


def test_glossary_files_are_not_published_as_pages(site):
    for prefix in LANGS.values():
        assert not (site / prefix / "includes").exists()
    assert not list(site.rglob("glossary.*.md"))
