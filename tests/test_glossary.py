"""The glossary: a bilingual term table linked to its lessons, and hover definitions on the pages.

Hover definitions come from ``docs/includes/glossary.<lang>.md`` (``*[term]: definition`` lines,
Python-Markdown's ``abbr``), given to every Markdown page by ``hooks/glossary.py``; an entry
``*[phrase]: ""`` keeps a phrase, and the terms inside it, without a definition, where a term
has another sense.
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import markdown
import pytest
from conftest import DOCS
from mkdocs.exceptions import PluginError

from hooks import glossary as hook

LANGS = {"es": "", "en": "en/"}  # language -> path prefix in the site
MIN_TERMS = 60


def entries(lang: str) -> dict[str, str]:
    """Term -> definition as the hook reads them (``""``: a phrase without a definition)."""
    return hook.read_entries(DOCS / "includes" / f"glossary.{lang}.md")


def definitions(lang: str) -> dict[str, str]:
    """Term -> definition, for the terms of ``docs/includes/glossary.<lang>.md`` that have one."""
    return {term: text for term, text in entries(lang).items() if text}


def excluded(lang: str) -> list[str]:
    return [term for term, text in entries(lang).items() if not text]


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
            self.abbrs.append((self._abbr_title, " ".join("".join(self._abbr_text).split())))
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


_ARTICLE = re.compile(r"<article\b.*?</article>", re.S)
# A lesson page's heading, or a notebook's section marker (hooks/notebook_anchors.py).
_REFERENCES = re.compile(r'<(?:h2|div class="nb-anchor") id="(?:referencias|references)".*', re.S)
_CODE = re.compile(r"<(pre|code|script)\b.*?</\1>", re.S)
_ABBR = re.compile(r"<abbr\b[^>]*>(.*?)</abbr>", re.S)


def article_text(path: Path, *, references: bool = True, marked: bool = False) -> str:
    """The article's text on one line, without code; with ``marked``, each ``<abbr>`` in ⟦ ⟧."""
    found = _ARTICLE.search(path.read_text(encoding="utf-8")).group(0)
    if not references:
        found = _REFERENCES.sub(" ", found)
    found = _CODE.sub(" ", found)
    found = _ABBR.sub(r"⟦\1⟧" if marked else r"\1", found)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", found)).split())


def phrase_pattern(phrase: str) -> re.Pattern:
    """``phrase`` in a marked text: any whitespace between words, each word maybe marked."""
    words = (r"⟦?" + re.escape(word) + r"⟧?" for word in phrase.split())
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")


def collate(term: str) -> str:
    """Dictionary order: case and accents ignored, ñ after n."""
    term = term.lower().replace("ñ", "n\x7f")
    return "".join(c for c in unicodedata.normalize("NFD", term) if not unicodedata.combining(c))


@pytest.fixture(scope="module")
def site(built_site):
    return built_site[0]


def glossary_page(site: Path, lang: str) -> Path:
    return site / LANGS[lang] / "glossary" / "index.html"


def lesson_pages(site: Path, lang: str) -> list[Path]:
    """The built pages of ``lang`` made from Markdown (no notebooks, no glossary, no print)."""
    root = site / LANGS[lang]
    sources = sorted(DOCS.glob(f"*/index.{lang}.md")) + [DOCS / f"index.{lang}.md"]
    pages = [root / src.parent.relative_to(DOCS) / "index.html" for src in sources]
    return [p for p in pages if p.parent.name not in ("glossary", "print")]


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


def names(term: str, hover_forms: list[str]) -> list[str]:
    """How a row's term may be written: ``lote (minilote)`` -> lote, minilote, its hover forms."""
    main = re.sub(r"\s*\(.*?\)", "", term)
    inside = [n.strip() for group in re.findall(r"\((.*?)\)", term) for n in group.split(",")]
    return [main, *inside, *hover_forms]


@pytest.mark.parametrize("lang", LANGS)
def test_every_glossary_term_appears_in_the_lesson_it_links_to(site, lang):
    """One word per idea: the lesson a row links to uses the row's word (or its plural)."""
    forms: dict[str, list[str]] = {}
    for term, text in definitions(lang).items():
        forms.setdefault(text, []).append(term)
    missing = []
    for (term, _, text, _), links in article(glossary_page(site, lang)).rows:
        url = urlparse(urljoin(f"http://site/{LANGS[lang]}glossary/", links[0]))
        page = site / unquote(url.path).lstrip("/") / "index.html"
        prose = article_text(page, references=False)
        written = names(term, forms.get(text, []))
        found = [
            n for n in written if re.search(rf"(?<!\w){re.escape(n)}(?:s|es)?(?!\w)", prose, re.I)
        ]
        if not found:
            missing.append(f"{term!r} ({' / '.join(written)}) not in {links[0]}")
    assert not missing, f"{lang}:\n" + "\n".join(missing)


@pytest.mark.parametrize("lang", LANGS)
def test_hover_definitions_are_the_glossary_definitions(site, lang):
    table = {cells[2] for cells, _ in article(glossary_page(site, lang)).rows}
    stray = {term: text for term, text in definitions(lang).items() if text not in table}
    assert not stray, f"{lang}: hover definitions that no glossary row has: {stray}"


@pytest.mark.parametrize("lang", LANGS)
def test_hover_definitions_are_one_per_term_and_differ_between_languages(lang):
    text = (DOCS / "includes" / f"glossary.{lang}.md").read_text(encoding="utf-8")
    lines = [line for line in hook._COMMENT.sub("", text).splitlines() if line.strip()]
    assert all(hook.ENTRY.match(line) for line in lines), "every line is *[term]: definition"
    assert len(entries(lang)) == len(lines), "a term is defined twice"
    assert len(set(definitions(lang).values())) >= 40
    other = "en" if lang == "es" else "es"
    assert not set(definitions(lang).values()) & set(definitions(other).values())


@pytest.mark.parametrize("lang", LANGS)
def test_every_hover_term_shows_its_definition_on_some_page(site, lang):
    """Each term is a tooltip on some page, or is on a page with its definition as a tooltip
    (one tooltip per definition and section: "deepfakes" may come first, and "deepfake" gets
    none)."""
    pages = [(article(page), article_text(page)) for page in lesson_pages(site, lang)]
    shown = {text for found, _ in pages for _, text in found.abbrs}
    shown |= {
        term
        for term, definition in definitions(lang).items()
        for found, text in pages
        if definition in {title for title, _ in found.abbrs} and phrase_pattern(term).search(text)
    }
    never = sorted(set(definitions(lang)) - shown)
    assert not never, f"{lang}: no page shows these terms (fix the term or drop it): {never}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_phrase_without_definition_is_still_on_some_page(site, lang):
    texts = " ".join(article_text(page) for page in lesson_pages(site, lang))
    gone = [p for p in excluded(lang) if not re.search(phrase_pattern(p).pattern, texts)]
    assert not gone, f"{lang}: phrases no page uses any more (drop them): {gone}"


@pytest.mark.parametrize("lang", LANGS)
def test_lesson_pages_show_definitions_on_hover_in_their_language(site, lang):
    own = definitions(lang)
    other = set(definitions("en" if lang == "es" else "es").values())
    abbrs = article(site / LANGS[lang] / "backpropagation" / "index.html").abbrs
    assert len({term for _, term in abbrs}) >= 10, f"{lang}: too few terms with a definition"
    for page in lesson_pages(site, lang):
        for title, term in article(page).abbrs:
            assert own.get(term) == title, f"{page}: <abbr>{term}</abbr> has title {title!r}"
            assert title not in other


# Where a term has another sense (lesson, phrase): no tooltip on any of the phrase's words.
WRONG_SENSE = {
    "es": [
        ("optimizers", "corrección del sesgo"),  # Adam's statistical bias, not a neuron's
        ("optimizers", "corregir el sesgo"),
        ("optimizers", "sesgo inicial"),
        ("dropout", "generador de números aleatorios"),  # NumPy's, not a GAN's
    ],
    "en": [
        ("optimizers", "bias correction"),
        ("optimizers", "initial bias"),
        ("dropout", "random number generator"),
        ("batch-normalization", "momentum"),  # the moving averages' coefficient
    ],
}
# ... while the same page shows the right sense: (lesson, term).
RIGHT_SENSE = {
    "es": [("optimizers", "RMSprop"), ("perceptron", "sesgo"), ("gan", "generador")],
    "en": [("optimizers", "momentum"), ("perceptron", "bias"), ("gan", "generator")],
}


@pytest.mark.parametrize(
    "lang, lesson, phrase", [(lang, *case) for lang, cases in WRONG_SENSE.items() for case in cases]
)
def test_a_term_has_no_tooltip_where_it_has_another_sense(site, lang, lesson, phrase):
    text = article_text(site / LANGS[lang] / lesson / "index.html", marked=True)
    found = phrase_pattern(phrase).findall(text)
    assert found, f"{lang}/{lesson}: {phrase!r} is not on the page any more"
    assert not [f for f in found if "⟦" in f], f"{lang}/{lesson}: tooltip inside {phrase!r}"


@pytest.mark.parametrize(
    "lang, lesson, term", [(lang, *case) for lang, cases in RIGHT_SENSE.items() for case in cases]
)
def test_a_term_keeps_its_tooltip_where_it_has_its_sense(site, lang, lesson, term):
    abbrs = article(site / LANGS[lang] / lesson / "index.html").abbrs
    assert (definitions(lang)[term], term) in abbrs


def render(text: str, terms: dict[str, str]) -> str:
    """``text`` converted as a page is, with ``terms`` as the hover glossary."""
    hook.GLOSSARY.glossary = terms
    try:
        return markdown.Markdown(extensions=["abbr", hook.GLOSSARY]).convert(text)
    finally:
        hook.GLOSSARY.glossary = {}


def test_the_hook_matches_terms_across_lines_and_keeps_phrases_without_definition():
    terms = {"tasa de aprendizaje": "eta", "sesgo": "b", "corrección del sesgo": ""}
    out = render(
        "La tasa de\naprendizaje y el sesgo. Gracias a la corrección del\nsesgo, nada.", terms
    )
    assert out.count('<abbr title="eta">tasa de\naprendizaje</abbr>') == 1
    assert out.count("<abbr") == 2 and '<abbr title="b">sesgo</abbr>' in out
    assert "corrección del\nsesgo, nada" in out
    # a page drops a term for itself with Python-Markdown's own syntax; the next page has it again
    assert "<abbr" not in render('El sesgo.\n\n*[sesgo]: ""\n', terms)
    assert "<abbr" in render("El sesgo.", terms)


def test_the_hook_stops_at_a_line_that_is_not_an_entry(tmp_path):
    path = tmp_path / "glossary.es.md"
    path.write_text('<!-- comment\nover two lines -->\n*[época]: Una pasada.\n\n*[sesgo]: ""\n')
    assert hook.read_entries(path) == {"época": "Una pasada.", "sesgo": ""}
    path.write_text("*[época]: Una pasada.\népoca: otra\n")
    with pytest.raises(PluginError, match="line 2"):
        hook.read_entries(path)


@pytest.mark.parametrize("lang", LANGS)
def test_abbreviation_syntax_never_reaches_the_reader(site, lang):
    for page in ("index.html", "backpropagation/index.html", "glossary/index.html"):
        html_text = (site / LANGS[lang] / page).read_text(encoding="utf-8")
        assert "*[" not in html_text, f"{lang}/{page}: raw *[term]: line in the output"
    for page in lesson_pages(site, lang):
        assert "*[" not in article_text(page), f"{page}: raw *[term]: line in the output"


def test_glossary_files_are_not_published_as_pages(site):
    for prefix in LANGS.values():
        assert not (site / prefix / "includes").exists()
    assert not list(site.rglob("glossary.*.md"))


COLUMNS = """() => [...document.querySelectorAll("article table th")].map((cell) => {
  const box = cell.getBoundingClientRect();
  return [Math.round(box.x), Math.round(box.width)];
})"""


@pytest.mark.parametrize("lang", LANGS)
def test_the_glossary_columns_do_not_move_as_the_table_arrives_or_material_runs(
    browser, site_url, lang
):
    """On a phone the browser paints the long table before all its rows have arrived, and
    Material's script used to wrap it for sideways scrolling after the first paint; with
    automatic column widths both moved the rows (Lighthouse's layout shift). The table now comes
    wrapped from the build (hooks/tables.py), and the columns are the same with the first rows
    only, with the whole table, and before and after Material's script has run."""

    def columns(block_material):
        context = browser.new_context(viewport={"width": 412, "height": 823})
        tab = context.new_page()
        if block_material:  # the page as painted before Material's bundle has run
            tab.route("**/assets/javascripts/bundle.*.js", lambda route: route.abort())
        tab.goto(f"{site_url}{LANGS[lang]}glossary/", wait_until="load")
        wrapped = tab.locator(".md-typeset__scrollwrap").count()
        whole = tab.evaluate(COLUMNS)
        tab.evaluate("""() => document.querySelectorAll("article table tbody tr:nth-child(n+4)")
            .forEach((row) => row.remove())""")
        first_rows = tab.evaluate(COLUMNS)
        context.close()
        return wrapped, whole, first_rows

    wrapped_before, whole_before, first_before = columns(block_material=True)
    wrapped_after, whole_after, first_after = columns(block_material=False)
    assert wrapped_before == wrapped_after == 1
    assert len(whole_before) == 4
    assert whole_before == first_before == whole_after == first_after


def test_a_definition_shows_where_its_term_first_appears_in_each_section():
    terms = {"época": "una pasada", "épocas": "una pasada", "lote": "unos ejemplos"}
    text = "Una época y otra época.\n\n## Lotes\n\nDos épocas por lote, y otro lote.\n"
    out = hook.first_in_each_section(render(text, terms))
    first, second = out.split("<h2")
    assert first.count('<abbr title="una pasada">') == 1 and "otra época" in first
    assert second.count('<abbr title="una pasada">épocas</abbr>') == 1  # again in a new section
    assert second.count('<abbr title="unos ejemplos">lote</abbr>') == 1 and "otro lote" in second


@pytest.mark.parametrize("lang", LANGS)
def test_no_section_of_a_lesson_shows_a_definition_twice(site, lang):
    for page in lesson_pages(site, lang):
        article_html = _ARTICLE.search(page.read_text(encoding="utf-8")).group(0)
        for section in re.split(r"(?=<h2[\s>])", article_html):
            titles = re.findall(r'<abbr title="([^"]*)"', section)
            assert len(titles) == len(set(titles)), f"{page}: a definition twice in a section"
