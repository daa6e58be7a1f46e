"""The built site: strict build, rendered notebooks, links, languages, search, no third parties."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest
from conftest import DOCS, ROOT, notebooks

from hooks.notebook_buttons import notebook_links

SITE_HOST = "127.0.0.1:8000"
LANGS = {"es": "", "en": "en/"}  # language -> path prefix in the site


class Page(HTMLParser):
    """What the tests need from one HTML page: links, resources, ids, lang."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.resources, self.ids, self.lang = [], [], set(), None
        self.alternates, self.text = [], []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
            if a.get("hreflang"):
                self.alternates.append((a["hreflang"], a["href"]))
        if tag == "link" and a.get("href"):
            rel = set((a.get("rel") or "").split())
            if rel & {
                "stylesheet",
                "preload",
                "prefetch",
                "preconnect",
                "dns-prefetch",
                "icon",
                "modulepreload",
                "manifest",
                "apple-touch-icon",
            }:
                self.resources.append(a["href"])
            else:
                self.links.append(a["href"])
        for attr in ("src", "data", "poster"):
            if tag in (
                "script",
                "img",
                "iframe",
                "source",
                "video",
                "audio",
                "embed",
                "object",
                "track",
                "input",
            ) and a.get(attr):
                self.resources.append(a[attr])
        if a.get("srcset"):
            self.resources += [part.split()[0] for part in a["srcset"].split(",") if part.strip()]
        if a.get("style"):
            self.resources += re.findall(r"url\(['\"]?([^'\")]+)", a["style"])
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.relative_to(site).parts)


def page_url(site: Path, path: Path) -> str:
    rel = path.relative_to(site).as_posix()
    return f"http://{SITE_HOST}/" + (
        rel[: -len("index.html")] if rel.endswith("index.html") else rel
    )


def target_file(site: Path, url: str) -> Path | None:
    parsed = urlparse(url)
    if parsed.netloc != SITE_HOST:
        return None
    path = site / unquote(parsed.path).lstrip("/")
    return path / "index.html" if path.is_dir() or parsed.path.endswith("/") else path


def nb_page(site: Path, notebook: Path, lang: str) -> Path:
    """Where a notebook is rendered: docs/x/name.LANG.ipynb -> site/[en/]x/name/index.html."""
    rel = notebook.relative_to(DOCS)
    stem = rel.name.split(".")[0]
    return site / LANGS[lang] / rel.parent / stem / "index.html"


@pytest.fixture(scope="module")
def site(built_site):
    return built_site[0]


def test_build_is_strict_and_warning_free(built_site):
    _, log = built_site
    problems = [line for line in log.splitlines() if re.search(r"\b(WARNING|ERROR)\b", line)]
    assert not problems, "\n".join(problems)


NOTEBOOKS = notebooks()


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_every_notebook_page_is_rendered_not_raw_json(site, notebook):
    page = nb_page(site, notebook, notebook.name.split(".")[-2])
    assert page.exists(), f"{notebook.name} has no page at {page.relative_to(site)}"
    html = page.read_text(encoding="utf-8")
    assert "jp-Notebook" in html and "jp-CodeCell" in html, "notebook was not rendered"
    assert '"cell_type"' not in html and "nbformat_minor" not in html, "raw notebook JSON"
    if '"image/png"' in notebook.read_text(encoding="utf-8"):
        assert "/assets/figures/" in html, "the notebook's figures are missing"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_pages_have_colab_download_and_source_buttons(site, notebook, mkdocs_config):
    lang = notebook.name.split(".")[-2]
    page_path = nb_page(site, notebook, lang)
    page = parse(page_path)
    repo_path = notebook.relative_to(ROOT).as_posix()
    expected = notebook_links(
        mkdocs_config["repo_url"], mkdocs_config["extra"]["branch"], repo_path
    )
    assert expected["colab"] in page.links
    assert (
        expected["colab"].startswith(
            "https://colab.research.google.com/github/cursos-abiertos/redes-neuronales-keras/blob/main/docs/"
        )
        or "cursos-abiertos" not in mkdocs_config["repo_url"]
    )
    assert expected["source"] in page.links
    download = page_path.parent / notebook.name
    assert notebook.name in page.links and download.exists(), "download link or file missing"
    assert json.loads(download.read_text(encoding="utf-8"))["nbformat"] == 4


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_lesson_page_links_to_its_notebook(site, notebook):
    lang = notebook.name.split(".")[-2]
    lesson = site / LANGS[lang] / notebook.relative_to(DOCS).parent / "index.html"
    if not lesson.exists():
        pytest.fail(f"no lesson page next to {notebook.name}")
    links = parse(lesson).links
    stem = notebook.name.split(".")[0]
    assert f"{stem}/" in links and f"{stem}/{notebook.name}" in links


def test_internal_links_and_anchors_resolve(site):
    broken = []
    cache: dict[Path, Page] = {}
    for path in html_pages(site):
        page = cache[path] if path in cache else cache.setdefault(path, parse(path))
        base = page_url(site, path)
        for href in page.links + page.resources:
            if href.startswith(("mailto:", "javascript:", "data:")):
                continue
            url = urljoin(base, href)
            target = target_file(site, url)
            if target is None:
                continue  # another host: checked by test_no_third_party_requests
            if not target.exists():
                broken.append(f"{path.relative_to(site)}: {href} (no file)")
                continue
            fragment = urlparse(url).fragment
            if fragment and target.suffix == ".html":
                if target not in cache:
                    cache[target] = parse(target)
                ids = cache[target].ids
                if unquote(fragment) not in ids:
                    broken.append(f"{path.relative_to(site)}: {href} (no anchor)")
    assert not broken, "\n".join(broken)


def test_no_third_party_requests(site):
    """Nothing the browser loads by itself (scripts, styles, fonts, images) is on another host."""
    offenders = []
    for path in html_pages(site):
        base = page_url(site, path)
        for ref in parse(path).resources:
            host = urlparse(urljoin(base, ref)).netloc
            if ref.startswith("data:"):
                continue
            if host != SITE_HOST:
                offenders.append(f"{path.relative_to(site)}: {ref}")
    for css in site.rglob("*.css"):
        text = css.read_text(encoding="utf-8", errors="replace")
        for ref in re.findall(r"(?:url\(|@import\s+)['\"]?(https?:)?//([^/'\")]+)", text):
            offenders.append(f"{css.relative_to(site)}: //{ref[1]}")
    assert not offenders, "\n".join(offenders)


def test_every_page_exists_in_both_languages_at_the_same_path(site):
    spanish = {
        p.relative_to(site).as_posix()
        for p in html_pages(site)
        if not p.relative_to(site).as_posix().startswith("en/")
    }
    english = {
        p.relative_to(site).as_posix()[3:]
        for p in html_pages(site)
        if p.relative_to(site).as_posix().startswith("en/")
    }
    assert spanish == english
    assert "index.html" in spanish and "keras-tensorflow/index.html" in spanish


def test_pages_declare_their_language(site):
    for path in html_pages(site):
        lang = "en" if path.relative_to(site).as_posix().startswith("en/") else "es"
        assert parse(path).lang == lang, path.relative_to(site)


_TITLE = re.compile(r'<(?!abbr\b)[a-z]+\b[^>]*\stitle="([^"]+)"')  # not the glossary's terms


def test_the_interface_s_titles_are_in_the_page_s_language(site):
    """A button's or link's title (its tooltip, and what a screen reader adds to its name) is in
    the page's language: no title on a Spanish page is also on an English one."""
    titles = {lang: {} for lang in LANGS}
    for path in html_pages(site):
        lang = "en" if path.relative_to(site).as_posix().startswith("en/") else "es"
        for title in _TITLE.findall(path.read_text(encoding="utf-8")):
            titles[lang].setdefault(title, path.relative_to(site).as_posix())
    both = {title: titles["es"][title] for title in titles["es"].keys() & titles["en"].keys()}
    assert not both, f"titles in both languages (first Spanish page with each): {both}"
    assert len(titles["es"]) >= 5  # the header's, the permalinks', the code buttons'...


def test_language_switch_keeps_the_reader_on_the_same_page(site):
    for path in html_pages(site):
        rel = path.relative_to(site).as_posix()
        if rel == "404.html" or rel == "en/404.html":
            continue
        same = rel[3:] if rel.startswith("en/") else rel
        page = parse(path)
        switch = dict(page.alternates)
        assert set(switch) == {"es", "en"}, f"{rel}: language switch missing"
        for lang, href in switch.items():
            target = target_file(site, urljoin(page_url(site, path), href))
            assert target == site / LANGS[lang] / same, f"{rel}: {lang} -> {href}"


def test_search_index_is_per_language(site):
    for lang, prefix in LANGS.items():
        index = json.loads((site / prefix / "search" / "search_index.json").read_text("utf-8"))
        assert index["config"]["lang"] == [lang]
        titles = {doc["location"].split("#")[0]: doc["title"] for doc in index["docs"]}
        assert "keras-tensorflow/" in titles and not any(loc.startswith("en/") for loc in titles)
        lesson_title = parse(site / prefix / "keras-tensorflow" / "index.html").text
        assert titles["keras-tensorflow/"] in " ".join(lesson_title)
    es = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    en = json.loads((site / "en" / "search" / "search_index.json").read_text("utf-8"))
    assert es["docs"][0]["title"] != en["docs"][0]["title"]


def test_english_pages_search_the_english_index(site):
    html = (site / "en" / "keras-tensorflow" / "index.html").read_text(encoding="utf-8")
    base = json.loads(re.search(r'<script id="__config"[^>]*>(.*?)</script>', html, re.S)[1])[
        "base"
    ]
    resolved = urljoin(f"http://{SITE_HOST}/en/keras-tensorflow/", base)
    assert resolved == f"http://{SITE_HOST}/en/"


def test_notebook_pages_share_the_jupyter_stylesheet(site):
    for notebook in NOTEBOOKS:
        html = nb_page(site, notebook, notebook.name.split(".")[-2]).read_text(encoding="utf-8")
        assert "<style" not in html.split("<article", 1)[-1].split("</article>", 1)[0]
        assert re.search(r'href="[./]*assets/stylesheets/jupyter\.[0-9a-f]+\.css"', html)


def _nav_titles(nav):
    for item in nav:
        if isinstance(item, dict):
            for title, value in item.items():
                yield title
                if isinstance(value, list):
                    yield from _nav_titles(value)


def test_every_navigation_title_is_translated(mkdocs_config):
    i18n = next(p["i18n"] for p in mkdocs_config["plugins"] if isinstance(p, dict) and "i18n" in p)
    english = next(lang for lang in i18n["languages"] if lang["locale"] == "en")
    missing = set(_nav_titles(mkdocs_config["nav"])) - set(english["nav_translations"])
    assert not missing, f"add to nav_translations: {sorted(missing)}"


def test_english_navigation_is_in_english(site):
    html = (site / "en" / "keras-tensorflow" / "index.html").read_text(encoding="utf-8")
    nav = html.split('<nav class="md-nav md-nav--primary"', 1)[1].split("</nav>", 1)[0]
    assert "Keras and TensorFlow" in nav and "Keras y TensorFlow" not in nav


def test_every_lesson_is_in_the_navigation(mkdocs_config):
    in_nav = set()

    def walk(items):
        for item in items:
            values = item.values() if isinstance(item, dict) else [item]
            for value in values:
                if isinstance(value, list):
                    walk(value)
                else:
                    in_nav.add(value)

    walk(mkdocs_config["nav"])
    for page in DOCS.glob("*/index.es.md"):
        folder = page.parent.name
        assert f"{folder}/index.md" in in_nav, f"{folder}/ is not in nav"
        for notebook in page.parent.glob("*.es.ipynb"):
            assert f"{folder}/{notebook.name.split('.')[0]}.ipynb" in in_nav


def test_notebook_pages_do_not_show_cell_tags(site):
    for notebook in NOTEBOOKS:
        html = nb_page(site, notebook, notebook.name.split(".")[-2]).read_text(encoding="utf-8")
        assert "celltoolbar" not in html and "cell-tag" not in html
