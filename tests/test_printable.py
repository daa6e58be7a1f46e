"""The printable course: every page of the navigation, in order, on one page per language."""

from __future__ import annotations

import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

HOST = "http://127.0.0.1:8000/"
LANGS = {"es": "", "en": "en/"}  # language -> path prefix in the site
PRINT = "print/index.md"
FIGURE_LINK = r'(?s)<div class="course-figure course-figure--print">.*?<a href="([^"]+)">'


class Html(HTMLParser):
    """Ids, H1 titles, URLs and sections of one page; ``inside`` marks what the copies hold."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang, self.ids, self.h1, self.sections = None, [], [], []
        self.urls: list[tuple[str, str, bool]] = []  # (attribute, url, inside a copied page)
        self.scripts_inside, self.classes_inside = 0, Counter()
        self._depth, self._in_h1 = 0, False

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        inside = self._depth > 0
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "section":
            if self._depth or "print-section" in a.get("class", "").split():
                self._depth += 1
                if self._depth == 1:
                    self.sections.append(a.get("id"))
                    inside = True
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "h1":
            self._in_h1 = True
            self.h1.append("")
        for name in ("href", "src", "data-clipboard-target"):
            if a.get(name):
                self.urls.append((name, a[name], inside))
        for part in a.get("srcset", "").split(","):
            if part.strip():
                self.urls.append(("srcset", part.split()[0], inside))
        if inside:
            self.scripts_inside += tag == "script"
            self.classes_inside.update(a.get("class", "").split())
            self.classes_inside.update(["loading=lazy"] if a.get("loading") == "lazy" else [])

    def handle_endtag(self, tag):
        if tag == "section" and self._depth:
            self._depth -= 1
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        if self._in_h1:
            self.h1[-1] += data


def parse(path: Path | str, article_only: bool = False) -> Html:
    """Parse a built page, or HTML text (the assembled print page: :func:`course`)."""
    text = path if isinstance(path, str) else path.read_text(encoding="utf-8")
    if article_only:
        text = text.split("<article", 1)[1].split("</article>", 1)[0]
    page = Html()
    page.feed(text)
    return page


def title(h1: str) -> str:
    return " ".join(h1.replace("¶", "").split())


def nav_sources(nav) -> list[str]:
    """The source paths in ``nav``, in order."""
    found = []
    for item in nav:
        for value in item.values() if isinstance(item, dict) else [item]:
            found += nav_sources(value) if isinstance(value, list) else [value]
    return found


def built(site: Path, lang: str, source: str) -> Path:
    """Where a nav entry is built: ``x/index.md`` -> ``x/index.html``; ``x/y.ipynb`` -> ``x/y/``."""
    path = Path(source)
    folder = path.parent if path.stem == "index" else path.parent / path.stem
    return site / LANGS[lang] / folder / "index.html"


def url_of(site: Path, path: Path) -> str:
    return HOST + path.relative_to(site).as_posix().removesuffix("index.html")


def resolve(site: Path, base: str, href: str) -> tuple[Path | None, str]:
    """The site file a URL points to (None for another host) and its fragment."""
    parts = urlsplit(urljoin(base, href))
    if f"{parts.scheme}://{parts.netloc}/" != HOST:
        return None, ""
    path = site / unquote(parts.path).lstrip("/")
    return (path / "index.html" if parts.path.endswith("/") else path), unquote(parts.fragment)


@pytest.fixture(scope="module")
def site(built_site):
    return built_site[0]


@pytest.fixture(scope="module")
def copied(mkdocs_config) -> list[str]:
    """What the print page must hold: the pages of every numbered chapter of ``nav``, in order."""
    nav = mkdocs_config["nav"]
    assert PRINT in nav_sources(nav), "the printable course is not in the navigation"
    chapters = [
        item for item in nav if isinstance(item, dict) and re.match(r"\d+\. ", next(iter(item)))
    ]
    sources = nav_sources(chapters)
    assert "glossary/index.md" in sources and "mlp/mlp.ipynb" in sources
    return sources


def print_page(site: Path, lang: str) -> Path:
    path = built(site, lang, PRINT)
    assert path.exists(), f"no printable course at {path.relative_to(site)}"
    return path


PENDING = re.compile(
    r'<section class="print-section" id="([^"]+)" data-print-pending>(.*?)</section>', re.S
)


def sections(site: Path, lang: str) -> dict[str, str]:
    """The parts of the course that the print page's script fills in: ``{section id: HTML}``."""
    path = print_page(site, lang).parent / "course.json"
    assert path.is_file(), f"no {path.relative_to(site)} next to the print page"
    return json.loads(path.read_text(encoding="utf-8"))


def course(site: Path, lang: str) -> str:
    """The print page as the reader's browser holds it once print.js has filled every part."""
    parts = sections(site, lang)
    text = print_page(site, lang).read_text(encoding="utf-8")
    filled = PENDING.sub(
        lambda m: f'<section class="print-section" id="{m[1]}">{parts.pop(m[1])}</section>', text
    )
    assert not parts, f"course.json holds parts that the page has no place for: {list(parts)}"
    return filled


@pytest.mark.parametrize("lang", LANGS)
def test_print_page_arrives_light_and_links_each_part_until_it_is_filled(site, lang):
    """The page itself holds a link per part (what a reader without JavaScript gets); the
    parts come from course.json, in the page's order."""
    text = print_page(site, lang).read_text(encoding="utf-8")
    placeholders = PENDING.findall(text)
    assert list(sections(site, lang)) == [sid for sid, _ in placeholders]
    base = url_of(site, print_page(site, lang))
    for sid, body in placeholders:
        href = re.fullmatch(r'\s*<p><a href="([^"]+)">[^<]+</a></p>\s*', body)
        assert href, f"{sid}: {body[:200]}"
        target, _ = resolve(site, base, href[1])
        assert target is not None and target.is_file(), href[1]
    assert "<noscript>" in text and 'role="status"' in text
    assert re.search(r'<script src="[^"]*assets/javascripts/print\.js" defer>', text)


@pytest.mark.parametrize("lang", LANGS)
def test_print_page_is_in_its_language(site, lang):
    assert parse(print_page(site, lang)).lang == lang


@pytest.mark.parametrize("lang", LANGS)
def test_print_page_holds_every_page_in_navigation_order(site, lang, copied):
    expected = [title(parse(built(site, lang, source)).h1[0]) for source in copied]
    page = parse(course(site, lang))
    assert [title(h) for h in page.h1[1:]] == expected
    assert len(page.sections) == len(copied)


@pytest.mark.parametrize("lang", LANGS)
def test_print_page_table_of_contents_links_every_section_in_order(site, lang):
    html = course(site, lang)
    page = parse(html)
    toc = html.split('<nav class="print-toc"', 1)[1].split("</nav>", 1)[0]
    assert re.findall(r'href="#([^"]+)"', toc) == page.sections


@pytest.mark.parametrize("lang", LANGS)
def test_print_page_ids_are_unique(site, lang):
    ids = parse(course(site, lang)).ids
    assert not [i for i, n in Counter(ids).items() if n > 1]


@pytest.mark.parametrize("lang", LANGS)
def test_print_page_links_and_images_resolve(site, lang):
    path = print_page(site, lang)
    page, base, broken = parse(course(site, lang)), url_of(site, path), []
    for attr, url, _ in page.urls:
        if url.startswith(("data:", "mailto:", "javascript:")):
            continue
        target, fragment = resolve(site, base, url)
        if target is None:
            continue
        if not target.is_file():
            broken.append(f"{attr}={url} (no file)")
        elif fragment and target.suffix == ".html":
            ids = page.ids if target == path else parse(target).ids
            if fragment not in ids:
                broken.append(f"{attr}={url} (no anchor)")
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize("lang", LANGS)
def test_links_between_pages_of_the_course_stay_on_the_print_page(site, lang, copied):
    path = print_page(site, lang)
    pages = {built(site, lang, source) for source in copied}
    # the one exception: an interactive figure links to the lesson page that runs it
    text = course(site, lang)
    figures = set(re.findall(FIGURE_LINK, text))
    leaving = [
        url
        for attr, url, inside in parse(text).urls
        if inside
        and attr == "href"
        and url not in figures
        and resolve(site, url_of(site, path), url)[0] in pages
    ]
    assert not leaving, leaving


@pytest.mark.parametrize("lang", LANGS)
def test_print_page_keeps_notebook_styles_and_drops_screen_chrome(site, lang):
    page = parse(course(site, lang))
    styles = [url for attr, url, _ in page.urls if re.search(r"jupyter\.[0-9a-f]+\.css$", url)]
    assert len(styles) == 1, "link the notebooks' shared stylesheet once"
    assert page.classes_inside["jp-CodeCell"], "no notebook was copied"
    for chrome in ("nb-buttons", "md-content__button", "loading=lazy"):
        assert not page.classes_inside[chrome], chrome
    assert not page.scripts_inside


@pytest.mark.parametrize("lang", LANGS)
def test_home_page_links_to_the_print_page(site, lang):
    home = site / LANGS[lang] / "index.html"
    links = parse(home, article_only=True).urls  # the navigation lists it anyway: not enough
    targets = [resolve(site, url_of(site, home), url)[0] for _, url, _ in links]
    assert print_page(site, lang) in targets


@pytest.mark.parametrize("lang", LANGS)
def test_print_page_is_left_out_of_search(site, lang):
    index = json.loads((site / LANGS[lang] / "search" / "search_index.json").read_text("utf-8"))
    assert index["docs"], "empty search index"
    assert not [d["location"] for d in index["docs"] if d["location"].startswith("print/")]


@pytest.mark.parametrize("lang", LANGS)
def test_interactive_figures_become_their_description_and_a_link_to_the_lesson(site, lang):
    """Paper cannot run a figure: the print page keeps its description, links to its lesson
    page (not to the copy on the print page) and loads no figure script."""
    path = print_page(site, lang)
    text = course(site, lang)
    assert "data-figure=" not in text and "javascripts/figures/" not in text
    figures = re.findall(
        r'<div class="course-figure course-figure--print">\s*'
        r'<p class="course-figure__fallback">(.*?)</p>\s*<p><a href="([^"]+)">',
        text,
        re.S,
    )
    lessons = {
        p.parent.relative_to(site / LANGS[lang]).as_posix()
        for p in (site / LANGS[lang]).glob("*/index.html")
        if 'data-figure="' in p.read_text(encoding="utf-8")
    }
    assert len(lessons) >= 4
    linked = set()
    for description, href in figures:
        assert len(description.split()) > 20
        target, fragment = resolve(site, url_of(site, path), href)
        assert target is not None and target.is_file() and not fragment, href
        linked.add(target.parent.relative_to(site / LANGS[lang]).as_posix())
    assert linked == lessons
