"""MkDocs hook: the whole course on one printable page per language (``docs/print/``).

``print/index.<lang>.md`` holds a short introduction and the marker
``<div class="print-course"></div>``. MkDocs converts every page before it renders any
template, so when the print page reaches its template this hook replaces the marker with a
linked table of contents and one ``<section>`` per page of the course. Each section's content,
that page's converted HTML after every other hook has run on it, goes to ``course.json`` next
to the print page, and ``docs/assets/javascripts/print.js`` fills a section from it when it
comes near the screen, and every section when the reader prints. The whole course inline was
4.3 MB of HTML (500 KB compressed): a phone on a slow network waited seconds for the first
paint, and the browser laid it all out at once (Lighthouse 31). Until it is filled, a section
holds a link to its page: that is what a reader without JavaScript gets.

The course is the numbered top-level entries of ``nav`` ("1. Historia" ... "15. Glosario"), in
order: home, the status page and the print page itself are not numbered. The theme's chrome
(header, sidebars, "edit" button) comes from the template, so it is not in the copies.

The copies are made to work from the print page's URL:

- relative ``href``, ``src`` and ``srcset`` are resolved against the source page and made
  relative to the print page; links to a page of the course point to its section instead;
- every id, and the anchors, labels, ARIA references and copy buttons that name one, get the
  section's id as a prefix, so ids stay unique on the long page;
- the notebook button bar, scripts, heading permalinks and "back to home" paragraphs are
  dropped; an interactive figure becomes its description and a link to the lesson page
  (paper cannot run it, and its scripts would cost every reader of the long page seconds);
  the notebooks' shared Jupyter stylesheet is linked once; lazy images load at once, so
  that they print.

The copies also get what ``hooks/accessibility.py`` gives every page after it is rendered
(focusable scrolling regions). Print styles are in ``docs/assets/stylesheets/course.css``;
``tests/test_printable.py`` checks the built pages, ``tests/test_print_page.py`` the page in
the browser.
"""

from __future__ import annotations

import hashlib
import html
import json
import posixpath
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

if __name__.startswith("hooks."):  # imported by the tests
    from hooks.accessibility import focusable_scrollers
else:  # loaded by MkDocs, which puts hooks/ on sys.path
    from accessibility import focusable_scrollers

MARKER = '<div class="print-course"></div>'
SECTIONS_FILE = "course.json"  # next to the print page: {section id: its HTML}
HOST = "http://site.invalid/"  # a base to resolve site URLs against; never requested

LABELS = {
    "es": {
        "contents": "Contenido",
        "notebook": "cuaderno",
        "figure": "La figura interactiva está en la página de la lección",
        "loading": "Cargando el curso en esta página. Espera a que termine antes de imprimir.",
        "ready": "El curso entero está listo para imprimir.",
        "failed": "No se pudo cargar el curso. Recarga la página para intentarlo otra vez.",
        "noscript": "Sin JavaScript, esta página solo enlaza cada parte del curso. "
        "Cada página del curso se puede imprimir por separado.",
    },
    "en": {
        "contents": "Contents",
        "notebook": "notebook",
        "figure": "The interactive figure is on the lesson page",
        "loading": "Loading the course into this page. Wait until it has finished before printing.",
        "ready": "The whole course is ready to print.",
        "failed": "The course could not be loaded. Reload the page to try again.",
        "noscript": "Without JavaScript this page only links each part of the course. "
        "Every page of the course can be printed on its own.",
    },
}
CHAPTER = re.compile(r"\d+\.\s")  # "3. La neurona…": the numbered nav entries are the course

_DROP = re.compile(
    r'<nav class="nb-buttons"[^>]*>.*?</nav>|<script\b[^>]*>.*?</script>'
    r'|<a class="(?:headerlink|anchor-link)"[^>]*>[^<]*</a>',
    re.S,
)
_FIGURE = re.compile(r'<div class="course-figure" data-figure="[a-z-]+">(.*?)</div>', re.S)
_STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]*)"\s*/?>')
_LINK_ONLY_PARAGRAPH = re.compile(r'<p>\s*<a href="([^"]*)">[^<]*</a>\s*</p>')
_TAG = re.compile(r"<([a-zA-Z][\w:-]*)(\s[^<>]*)>")
_ATTR = re.compile(r"""([\w:-]+)=(?:"([^"]*)"|'([^']*)')""")
URL_ATTRS = {"href", "src", "poster", "data", "xlink:href"}
ID_ATTRS = {"id", "for", "aria-labelledby", "aria-describedby", "aria-controls"}
# A tag with none of the attributes that _rewrite_tag changes is copied as it is (most tags
# of a page: KaTeX's formulas alone are thousands of spans with a class and a style).
_REWRITTEN = re.compile(
    r"(?<![\w:-])(?:"
    + "|".join(re.escape(a) for a in sorted({*URL_ATTRS, *ID_ATTRS, "srcset", "name", "loading"}))
    + r"|data-clipboard-target)=",
    re.IGNORECASE,
)


def _key(url: str) -> str:
    """A page's site path without ``index.html``: ``/mlp/``, ``/en/mlp/``."""
    path = urlsplit(urljoin(HOST, url)).path
    return path[: -len("index.html")] if path.endswith("/index.html") else path


def _section_id(page_url: str, root: str) -> str:
    rel = _key(page_url)[len(root) :].strip("/").removesuffix(".html")
    return "sec-" + rel.replace("/", "-")


class _Course:
    """The print page's URL, its language root and the section id of every copied page."""

    def __init__(self, page, pages):
        self.dir = _key(urljoin(HOST + page.url, "."))
        self.root = _key(urljoin(HOST + page.url, ".."))
        self.ids = {_key(p.url): _section_id(p.url, self.root) for p in pages}

    def relative(self, path: str) -> str:
        """``path`` (from the site root) as a URL relative to the print page."""
        rel = posixpath.relpath(path, self.dir)
        if path.endswith("/"):
            return "./" if rel == "." else rel + "/"
        return rel

    def url_for(self, value: str, source_url: str, sid: str) -> str:
        """Rewrite one URL found in the page at ``source_url`` (section ``sid``)."""
        if value.startswith("#"):
            return f"#{sid}--{value[1:]}" if value[1:] else f"#{sid}"
        parts = urlsplit(urljoin(HOST + source_url, value))
        if value.startswith(("/", "//")) or f"{parts.scheme}://{parts.netloc}/" != HOST:
            return value  # another host, a scheme such as data: or mailto:, or site-absolute
        target = self.ids.get(_key(parts.path))
        if target is not None and not parts.query:
            return f"#{target}--{parts.fragment}" if parts.fragment else f"#{target}"
        query = f"?{parts.query}" if parts.query else ""
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        return self.relative(parts.path) + query + fragment


def _rewrite_tag(match: re.Match, course: _Course, source_url: str, sid: str) -> str:
    if not _REWRITTEN.search(match.group(2)):
        return match.group(0)
    tag = match.group(1).lower()

    def attr(m: re.Match) -> str:
        name, value = m.group(1).lower(), html.unescape(m.group(2) or m.group(3) or "")
        if name in URL_ATTRS or (name == "data-clipboard-target" and value.startswith("#")):
            value = course.url_for(value, source_url, sid)
        elif name == "srcset":
            candidates = [c.strip().split(maxsplit=1) for c in value.split(",") if c.strip()]
            value = ", ".join(
                " ".join([course.url_for(c[0], source_url, sid), *c[1:]]) for c in candidates
            )
        elif name in ID_ATTRS or (name == "name" and tag in ("a", "input")):
            value = " ".join(f"{sid}--{token}" for token in value.split())
        elif name == "loading":
            return ""
        else:
            return m.group(0)
        return f'{m.group(1)}="{html.escape(value)}"'

    return f"<{match.group(1)}{_ATTR.sub(attr, match.group(2))}>"


# Sections by page URL, page content and course, for the life of the process: a rebuild of
# ``make serve`` copies again only the pages an edit changed.
_SECTIONS: dict[tuple, tuple[str, list[str]]] = {}


def _copy(page, course: _Course, stylesheets: dict[str, None], label: str) -> str:
    """One page's HTML as the content of its print section (remembered: see ``_SECTIONS``)."""
    signature = (course.dir, course.root, tuple(sorted(course.ids.items())))
    key = (page.url, hashlib.sha256(page.content.encode()).hexdigest(), hash(signature), label)
    if key not in _SECTIONS:
        found: dict[str, None] = {}
        _SECTIONS[key] = (_copy_now(page, course, found, label), list(found))
        while len(_SECTIONS) > 200:  # the site has 58 pages to copy; old edits go
            del _SECTIONS[next(iter(_SECTIONS))]
    section, sheets = _SECTIONS[key]
    stylesheets.update(dict.fromkeys(sheets))
    return section


def _copy_now(page, course: _Course, stylesheets: dict[str, None], label: str) -> str:
    sid = course.ids[_key(page.url)]
    text = _DROP.sub("", page.content)
    for href in _STYLESHEET.findall(text):
        stylesheets[course.url_for(html.unescape(href), page.url, sid)] = None
    text = _STYLESHEET.sub("", text)

    def unless_home(m: re.Match) -> str:
        """Drop a paragraph that only links back to the home page: no use on paper."""
        return "" if _key(urljoin(HOST + page.url, html.unescape(m[1]))) == course.root else m[0]

    text = _LINK_ONLY_PARAGRAPH.sub(unless_home, text)
    text = _TAG.sub(lambda m: _rewrite_tag(m, course, page.url, sid), text)
    lesson = html.escape(course.relative(_key(page.url)))  # the page itself, not its section
    text = _FIGURE.sub(
        lambda m: (
            f'<div class="course-figure course-figure--print">{m[1]}'
            f'<p><a href="{lesson}">{label}</a></p></div>'
        ),
        text,
    )
    return focusable_scrollers(text)


def _pages(item):
    """The pages under a navigation item, in order."""
    children = getattr(item, "children", None)
    if children is not None:
        for child in children:
            yield from _pages(child)
    elif getattr(item, "is_page", False):
        yield item


def _chapters(nav) -> list[tuple[str, list]]:
    """The course's chapters: the numbered top-level navigation entries and their pages."""
    return [(item.title, list(_pages(item))) for item in nav.items if CHAPTER.match(item.title)]


def _toc(chapters, course: _Course, labels: dict[str, str]) -> str:
    """One line per chapter; a lesson's notebook is linked next to its title."""
    rows = []
    for title, pages in chapters:
        links = [f'<a href="#{course.ids[_key(pages[0].url)]}">{html.escape(title)}</a>']
        for extra in pages[1:]:
            label = labels["notebook"] if extra.file.src_uri.endswith(".ipynb") else extra.title
            links.append(f'<a href="#{course.ids[_key(extra.url)]}">{html.escape(label)}</a>')
        rows.append(f"<li>{' · '.join(links)}</li>")
    return (
        f'<nav class="print-toc" aria-labelledby="print-toc-title">'
        f'<h2 id="print-toc-title">{labels["contents"]}</h2><ul>{"".join(rows)}</ul></nav>'
    )


def _placeholder(page, course: _Course) -> str:
    """A section as the page holds it until the script fills it: a link to the page."""
    sid = course.ids[_key(page.url)]
    href = html.escape(course.relative(_key(page.url)))
    return (
        f'<section class="print-section" id="{sid}" data-print-pending>'
        f'<p><a href="{href}">{html.escape(page.title or "")}</a></p></section>'
    )


def _status(labels: dict[str, str]) -> str:
    """The line that tells the reader whether the course is all on the page yet (print.js
    shows it; without JavaScript, the ``<noscript>`` line says what the page holds)."""
    attrs = " ".join(
        f'data-{state}="{html.escape(labels[state])}"' for state in ("loading", "ready", "failed")
    )
    return (
        f'<p class="print-status" role="status" hidden {attrs}>{labels["loading"]}</p>'
        f'<noscript><p class="print-status">{labels["noscript"]}</p></noscript>'
    )


# The sections of each print page being built, by the page's output path, for on_post_page.
_PENDING: dict[str, dict[str, str]] = {}


def on_page_context(context, page, config, nav):
    if MARKER not in (page.content or ""):
        return context
    chapters = [(title, pages) for title, pages in _chapters(nav) if pages]
    pages = [p for _, chapter in chapters for p in chapter]
    course = _Course(page, pages)
    labels = LABELS.get(config["theme"]["language"], LABELS["en"])
    stylesheets: dict[str, None] = {}
    sections = {
        course.ids[_key(p.url)]: _copy(p, course, stylesheets, labels["figure"]) for p in pages
    }
    _PENDING[page.file.abs_dest_path] = sections
    links = "".join(f'<link rel="stylesheet" href="{html.escape(s)}">' for s in stylesheets)
    placeholders = "\n".join(_placeholder(p, course) for p in pages)
    body = (
        f"{links}{_toc(chapters, course, labels)}{_status(labels)}"
        f'<div class="print-course" data-sections="{SECTIONS_FILE}">\n{placeholders}\n</div>'
    )
    page.content = page.content.replace(MARKER, body, 1)
    return context


def on_post_page(output, page, config):
    sections = _PENDING.pop(page.file.abs_dest_path, None)
    if sections is not None:
        target = Path(page.file.abs_dest_path).parent / SECTIONS_FILE
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(sections, ensure_ascii=False), encoding="utf-8")
    return output
