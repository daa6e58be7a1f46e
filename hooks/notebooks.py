"""MkDocs hook: notebooks as bilingual pages, with Colab / download / source buttons.

1. mkdocs-static-i18n (<= 1.3.1) only treats Markdown files as pages, so a
   ``name.en.ipynb`` came out as raw notebook JSON (ultrabug/mkdocs-static-i18n#198).
   Registering ``.ipynb`` as a page extension, before any plugin sees the files,
   makes i18n localise notebooks like pages and lets mkdocs-jupyter render them.
   ``tests/test_site.py`` fails if a notebook page is not rendered.
2. Every notebook page, and every lesson page that has a notebook, gets three
   buttons built from ``repo_url`` and ``extra.branch`` in ``mkdocs.yml``.
3. mkdocs-jupyter emits a MathJax ``<script src="">``; we drop it, because the
   site typesets math itself with a vendored KaTeX (no third-party requests).
4. mkdocs-jupyter inlines ~600 KB of Jupyter CSS in every notebook page; we move it
   to one shared, content-hashed stylesheet that browsers cache. We also drop the cell
   tags it prints above code cells (they are for nbval), its copy-to-clipboard widget
   (an SVG and a second copy of the code in every cell, plus its script) in favour of
   Material's own copy button, the Mermaid loader (it would fetch from a CDN; no lesson
   uses Mermaid) and the indentation of the generated markup and
   the highlighting spans that add no colour (names, whitespace) or little (punctuation,
   shown in the text colour as in Material's code blocks), and the terminal
   colours of model summaries (too light on a white page).
5. Figures come inlined as base64 ``data:`` URIs without ``alt``; we write each one to
   ``assets/figures/<hash>.png`` (small pages, cacheable, lazily loaded) and give it the
   text alternative stored in its cell's metadata (``"alt"``: a string, or a list with
   one text per figure of the cell). A figure without one fails the strict build.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import logging
import os
import re
from pathlib import Path

import mkdocs.plugins
import mkdocs.utils
from mkdocs.exceptions import PluginError

if ".ipynb" not in mkdocs.utils.markdown_extensions:
    mkdocs.utils.markdown_extensions = (*mkdocs.utils.markdown_extensions, ".ipynb")

ROOT = Path(__file__).resolve().parent.parent

LABELS = {
    "es": {
        "colab": "Abrir en Colab",
        "download": "Descargar el cuaderno",
        "source": "Ver el código fuente",
        "page": "Leer el cuaderno aquí",
        "toolbar": "Cuaderno de la lección",
    },
    "en": {
        "colab": "Open in Colab",
        "download": "Download the notebook",
        "source": "View source",
        "page": "Read the notebook here",
        "toolbar": "Lesson notebook",
    },
}

_EMPTY_MATHJAX = re.compile(
    r'<script[^>]*src=""[^>]*>\s*</script>|<script type="text/x-mathjax-config">.*?</script>',
    re.DOTALL,
)


def github_parts(repo_url: str) -> tuple[str, str]:
    """Return ``(owner, repo)`` from a GitHub ``repo_url``."""
    match = re.match(r"https://github\.com/([^/]+)/([^/]+?)/?$", repo_url or "")
    if not match:
        raise ValueError(f"repo_url must look like https://github.com/OWNER/REPO, got {repo_url!r}")
    return match.group(1), match.group(2)


def notebook_links(repo_url: str, branch: str, repo_path: str) -> dict[str, str]:
    """Colab and source URLs for a notebook at ``repo_path`` in the repository."""
    owner, repo = github_parts(repo_url)
    return {
        "colab": f"https://colab.research.google.com/github/{owner}/{repo}/blob/{branch}/{repo_path}",
        "source": f"https://github.com/{owner}/{repo}/blob/{branch}/{repo_path}",
    }


def install_command(repo_url: str, branch: str) -> str:
    """The pip requirement the notebooks' first cell installs in Colab."""
    return f"git+{repo_url.rstrip('/')}.git@{branch}"


def on_config(config):
    branch = config["extra"].get("branch", "main")
    config["edit_uri"] = f"blob/{branch}/docs/"
    return config


def _language(config) -> str:
    lang = config["theme"]["language"]
    return lang if lang in LABELS else "en"


def _is_notebook(file) -> bool:
    return file.abs_src_path is not None and file.abs_src_path.endswith(".ipynb")


def _buttons(config, notebook_file, download_href: str, page_href: str | None) -> str:
    labels = LABELS[_language(config)]
    repo_path = Path(notebook_file.abs_src_path).resolve().relative_to(ROOT).as_posix()
    links = notebook_links(config["repo_url"], config["extra"].get("branch", "main"), repo_path)
    name = html.escape(Path(notebook_file.abs_src_path).name)
    items = []
    if page_href is not None:
        items.append(
            f'<a class="md-button md-button--primary" href="{html.escape(page_href)}">'
            f"{labels['page']}</a>"
        )
    items += [
        f'<a class="md-button nb-colab" href="{html.escape(links["colab"])}" '
        f'rel="noopener">{labels["colab"]}</a>',
        f'<a class="md-button nb-download" href="{html.escape(download_href)}" '
        f'download="{name}">{labels["download"]}</a>',
        f'<a class="md-button nb-source" href="{html.escape(links["source"])}" '
        f'rel="noopener">{labels["source"]}</a>',
    ]
    return f'<nav class="nb-buttons" aria-label="{labels["toolbar"]}">' + " ".join(items) + "</nav>"


def _sibling_notebook(page, files):
    """The notebook that lives in the same folder as a lesson's ``index`` page."""
    if Path(page.file.src_uri).stem.split(".")[0] != "index":
        return None
    folder = Path(page.file.abs_src_path).parent
    for file in files.documentation_pages():
        if _is_notebook(file) and Path(file.abs_src_path).parent == folder:
            return file
    return None


_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.DOTALL)
# mkdocs-jupyter shows each cell's tags above its code; they are for nbval, not readers.
_CELL_TAGS = re.compile(
    r'<div class="celltoolbar">\s*<div class="button_container tags_button_container">\s*'
    r'<span class="tag-container">(?:\s*<span class="cell-tag">[^<]*</span>)*\s*</span>\s*'
    r"</div>\s*</div>",
)


def _share_styles(html_text: str, page, config) -> str:
    """Replace inline ``<style>`` blocks by a link to one shared stylesheet."""
    css = "\n".join(m.group(1).strip() for m in _STYLE.finditer(html_text))
    if not css:
        return html_text
    digest = hashlib.sha256(css.encode()).hexdigest()[:10]
    target = Path(config["site_dir"]) / "assets" / "stylesheets" / f"jupyter.{digest}.css"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(css, encoding="utf-8")
    href = os.path.relpath(target, Path(page.file.abs_dest_path).parent).replace(os.sep, "/")
    html_text = _STYLE.sub("", html_text)
    return f'<link rel="stylesheet" href="{href}">' + html_text


_INLINE_PNG = re.compile(r'<img\b([^>]*?)\ssrc="data:image/png;base64,([A-Za-z0-9+/=\s]+)"([^>]*)>')
_ALT = re.compile(r'\salt="[^"]*"')
log = logging.getLogger("mkdocs.hooks.notebooks")


def figure_alts(notebook_path: str | Path) -> list[str | None]:
    """The text alternative of every PNG output of a notebook, in order (None where missing)."""
    nb = json.loads(Path(notebook_path).read_text(encoding="utf-8"))
    alts: list[str | None] = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        count = sum("image/png" in out.get("data", {}) for out in cell.get("outputs", []))
        if not count:
            continue
        alt = cell.get("metadata", {}).get("alt")
        texts = [alt] if isinstance(alt, str) else list(alt or [])
        texts = [t.strip() if isinstance(t, str) and t.strip() else None for t in texts]
        alts += (texts + [None] * count)[:count]
    return alts


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG, read from its IHDR chunk."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def _extract_figures(html_text: str, page, config) -> str:
    """Write inlined PNG figures to shared files and give each its ``alt`` text."""
    source = Path(page.file.abs_src_path)
    alts = figure_alts(source)
    found = _INLINE_PNG.findall(html_text)
    if len(found) != len(alts):
        raise PluginError(
            f"{page.file.src_uri}: {len(alts)} PNG outputs in the notebook but {len(found)} "
            "inline figures in its page; re-run `make notebooks NB=...` and rebuild."
        )
    folder = Path(config["site_dir"]) / "assets" / "figures"
    folder.mkdir(parents=True, exist_ok=True)
    page_dir = Path(page.file.abs_dest_path).parent
    figures = iter(range(len(alts)))

    def replace(match: re.Match) -> str:
        index = next(figures)
        data = base64.b64decode(re.sub(r"\s", "", match.group(2)))
        target = folder / f"{hashlib.sha256(data).hexdigest()[:16]}.png"
        if not target.exists():
            target.write_bytes(data)
        alt = alts[index]
        if alt is None:
            log.warning(
                "%s: figure %d has no text alternative; add it to its cell's metadata "
                '("alt": "...", or a list with one text per figure)',
                page.file.src_uri,
                index + 1,
            )
            alt = ""
        width, height = png_size(data)
        src = os.path.relpath(target, page_dir).replace(os.sep, "/")
        others = _ALT.sub("", match.group(1) + match.group(3)).strip()
        return (
            f'<img src="{src}" alt="{html.escape(alt)}" width="{width}" height="{height}" '
            f'loading="lazy" decoding="async" {others}>'
        )

    return _INLINE_PNG.sub(replace, html_text)


_WIDGET_SCRIPT = re.compile(
    r"<script[^>]*>(?:(?!</script>).)*?(?:clipboard|mermaid).*?</script>", re.S
)
_COPY_WIDGET = re.compile(
    r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>'
    r'|<div\b[^>]*\bclass="clipboard-copy-txt"[^>]*>.*?</div>',
    re.S,
)
_CODE = re.compile(r'(<div class="highlight-ipynb[^"]*">)<pre>')
_VERBATIM = re.compile(r"(<pre\b.*?</pre>|<textarea\b.*?</textarea>|<script\b.*?</script>)", re.S)
_PLAIN_TOKEN = re.compile(r'<span class="(?:n|w|p)">([^<]*)</span>')
_RICH_COLOUR = re.compile(
    r'<span style="color: #[0-9a-f]{6}; text-decoration-color: #[0-9a-f]{6}">([^<]*)</span>'
)
COPY_TITLE = {"es": "Copiar al portapapeles", "en": "Copy to clipboard"}


def slim_notebook_html(html_text: str, lang: str) -> str:
    """Drop mkdocs-jupyter's copy widget and unused scripts; use Material's copy button."""
    html_text = _WIDGET_SCRIPT.sub("", _COPY_WIDGET.sub("", html_text))
    counter = iter(range(1, 10**6))

    def button(match: re.Match) -> str:
        n = next(counter)
        return (
            f'{match.group(1)}<button class="md-clipboard md-icon" type="button" '
            f'title="{COPY_TITLE.get(lang, COPY_TITLE["en"])}" '
            f'data-clipboard-target="#nb-code-{n}"></button><pre id="nb-code-{n}">'
        )

    html_text = _CODE.sub(button, html_text)
    # Names and whitespace get no colour of their own in the Jupyter theme; punctuation is
    # left in the text colour, as in Material's own code blocks (a third fewer elements); and
    # the terminal colours of Keras's model summaries (rich) fail contrast on a white page.
    html_text = _RICH_COLOUR.sub(r"\1", _PLAIN_TOKEN.sub(r"\1", html_text))
    parts = _VERBATIM.split(html_text)  # odd items: markup whose whitespace matters
    return "".join(part if i % 2 else re.sub(r"\n\s+", "\n", part) for i, part in enumerate(parts))


# --- Trim the shared Jupyter stylesheet --------------------------------------------------
# JupyterLab's CSS is ~600 KB (widgets, editors, icons as data: URIs), render-blocking on
# every notebook page. After the build we keep only the rules whose classes appear in the
# site's pages, drop selectors that can never match (mkdocs-jupyter prefixes ``:root`` with
# ``.jupyter-wrapper``) and custom properties nothing reads: ~20 KB remain.

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_CLASS_NAME = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")


def _blocks(css: str):
    """Top-level ``(prelude, body)`` pairs of a stylesheet (``@charset`` lines dropped)."""
    i = 0
    while (start := css.find("{", i)) != -1:
        depth, end = 0, start
        for end in range(start, len(css)):
            depth += {"{": 1, "}": -1}.get(css[end], 0)
            if depth == 0:
                break
        prelude = re.sub(r"@charset[^;]*;", "", css[i:start]).strip()
        yield prelude, css[start + 1 : end]
        i = end + 1


def _split(text: str, separator: str) -> list[str]:
    """Split at ``separator`` where it is outside parentheses and quotes."""
    parts, depth, quote, current = [], 0, "", []
    for char in text:
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == separator and depth == 0:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    parts.append("".join(current).strip())
    return [part for part in parts if part]


def _keep_rules(css: str, classes: set[str]) -> list[tuple[str, object]]:
    kept: list[tuple[str, object]] = []
    for prelude, body in _blocks(css):
        if prelude.startswith(("@media", "@supports", "@layer")):
            inner = _keep_rules(body, classes)
            if inner:
                kept.append((prelude, inner))
        elif prelude.startswith("@"):
            kept.append((prelude, body.strip()))
        else:
            selectors = [
                sel.strip()
                for sel in _split(prelude, ",")
                if not re.search(r"\s:root", sel)
                and set(_CLASS_NAME.findall(re.sub(r":not\([^)]*\)", "", sel))) <= classes
            ]
            if selectors:
                kept.append((",".join(selectors), _split(body, ";")))
    return kept


def _render(rules, read: set[str]) -> str:
    out = []
    for prelude, body in rules:
        if isinstance(body, str):  # @font-face, @keyframes...: as they were
            out.append(f"{prelude}{{{body}}}")
            continue
        if prelude.startswith("@"):
            inner = _render(body, read)
            if inner:
                out.append(f"{prelude}{{{inner}}}")
            continue
        decls = [d for d in body if not d.startswith("--") or d.split(":", 1)[0].strip() in read]
        if decls:
            out.append(f"{prelude}{{{';'.join(decls)}}}")
    return "\n".join(out)


def purge_css(css: str, classes: set[str]) -> str:
    """Keep the rules of ``css`` that can apply to markup using only ``classes``."""
    rules = _keep_rules(_COMMENT.sub("", css), classes)
    text, previous = _render(rules, set()), None
    while text != previous:  # custom properties read by what is kept, transitively
        previous = text
        text = _render(rules, set(re.findall(r"var\(\s*(--[\w-]+)", text)))
    return text


def _purge_jupyter_css(site: Path) -> None:
    classes: set[str] = set()
    for page in site.rglob("*.html"):
        for attr in re.findall(r'class="([^"]*)"', page.read_text(encoding="utf-8")):
            classes.update(attr.split())
    for sheet in (site / "assets" / "stylesheets").glob("jupyter.*.css"):
        sheet.write_text(purge_css(sheet.read_text(encoding="utf-8"), classes), encoding="utf-8")


def on_page_content(html_text, page, config, files):
    if _is_notebook(page.file):
        html_text = _CELL_TAGS.sub("", _EMPTY_MATHJAX.sub("", html_text))
        html_text = slim_notebook_html(html_text, _language(config))
        html_text = _share_styles(html_text, page, config)
        html_text = _extract_figures(html_text, page, config)
        bar = _buttons(config, page.file, Path(page.file.abs_src_path).name, None)
        return _after_title(html_text, bar)
    notebook = _sibling_notebook(page, files)
    if notebook is None:
        return html_text
    page_href = notebook.url_relative_to(page.file)
    download_href = page_href.rstrip("/") + "/" + Path(notebook.abs_src_path).name
    return _after_title(html_text, _buttons(config, notebook, download_href, page_href))


def _after_title(html_text: str, bar: str) -> str:
    """Insert ``bar`` right after the first ``<h1>``, so the buttons sit under the title."""
    end = html_text.find("</h1>")
    if end == -1:
        return bar + html_text
    cut = end + len("</h1>")
    return html_text[:cut] + bar + html_text[cut:]


# --- One search index per language -------------------------------------------------
# mkdocs-static-i18n 1.3 writes a single index with every language in it, and English
# pages search it too. We split it: /search/ holds the default language, /en/search/
# English; English pages get their language root as Material's ``base`` (only search
# resolves against it here), so a search on a Spanish page returns Spanish pages.

_BASE = re.compile(r'("base":\s*")([^"]*)(")')


def _i18n(config):
    return config["plugins"].get("i18n")


def _languages(config) -> tuple[str, list[str]]:
    plugin = _i18n(config)
    default = plugin.default_language
    others = [lang for lang in plugin.all_languages if lang != default]
    return default, others


def on_post_page(output, page, config):
    if _i18n(config) is None:
        return output
    default, _ = _languages(config)
    lang = config["theme"]["language"]
    if lang == default:
        return output
    return _BASE.sub(lambda m: f"{m.group(1)}{m.group(2)}/{lang}/{m.group(3)}", output, count=1)


_NOT_FOUND: dict[str, str] = {}


def on_post_template(output, template_name, config):
    """Keep each language's 404 page: every build writes it to the same root file."""
    if template_name == "404.html" and _i18n(config) is not None:
        _NOT_FOUND[config["theme"]["language"]] = output
    return output


def on_post_build(config):
    plugin = _i18n(config)
    if plugin is None or plugin.building:
        return  # a nested per-language build: wait for the last one
    site = Path(config["site_dir"])
    _purge_jupyter_css(site)
    default, _ = _languages(config)
    for lang, page in _NOT_FOUND.items():
        target = site / "404.html" if lang == default else site / lang / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
    index_path = site / "search" / "search_index.json"
    if not index_path.exists():
        return

    index = json.loads(index_path.read_text(encoding="utf-8"))
    _, others = _languages(config)
    per_lang = {lang: [] for lang in [default, *others]}
    for doc in index["docs"]:
        lang = next((o for o in others if doc["location"].startswith(f"{o}/")), default)
        if lang != default:
            doc = {**doc, "location": doc["location"][len(lang) + 1 :]}
        per_lang[lang].append(doc)
    for lang, docs in per_lang.items():
        target = index_path if lang == default else site / lang / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        data = {**index, "config": {**index["config"], "lang": [lang]}, "docs": docs}
        target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


on_post_build = mkdocs.plugins.event_priority(-200)(on_post_build)
