"""MkDocs hook: Jupyter's CSS as one shared, trimmed stylesheet instead of ~600 KB per page.

mkdocs-jupyter inlines JupyterLab's CSS (widgets, editors, icons as data: URIs) in every
notebook page, render-blocking. Each page's ``<style>`` blocks become a link to one
content-hashed stylesheet that browsers cache; listed after ``notebook_slim.py``, this hook
hashes the CSS as that one leaves it. After the build we keep only the rules whose classes
appear in the site's pages, drop selectors that can never match (mkdocs-jupyter prefixes
``:root`` with ``.jupyter-wrapper``) and custom properties nothing reads: ~20 KB remain.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import mkdocs.plugins

if __name__.startswith("hooks."):  # imported by the tests
    from hooks.site_context import is_notebook, last_build, latest
else:  # loaded by MkDocs, which puts hooks/ on sys.path
    from site_context import is_notebook, last_build, latest

_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.DOTALL)


# Each page's last inline styles and the page without them.
_SPLIT: dict = {}


def _split_styles(html_text: str) -> tuple[str, str]:
    """The page's inline ``<style>`` blocks (joined) and the page without them."""
    css = "\n".join(m.group(1).strip() for m in _STYLE.finditer(html_text))
    return css, _STYLE.sub("", html_text) if css else ""


def _share_styles(html_text: str, page, config) -> str:
    """Replace inline ``<style>`` blocks by a link to one shared stylesheet."""
    css, without = latest(_SPLIT, page.file.src_uri, html_text, _split_styles)
    if not css:
        return html_text
    digest = hashlib.sha256(css.encode()).hexdigest()[:10]
    target = Path(config["site_dir"]) / "assets" / "stylesheets" / f"jupyter.{digest}.css"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(css, encoding="utf-8")
    href = os.path.relpath(target, Path(page.file.abs_dest_path).parent).replace(os.sep, "/")
    return f'<link rel="stylesheet" href="{href}">' + without


def on_page_content(html_text, page, config, files):
    if not is_notebook(page.file):
        return html_text
    return _share_styles(html_text, page, config)


# --- Trim the shared stylesheet -----------------------------------------------------------

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


# Purged sheets by the digest of the sheet and the classes, for the life of the process: a
# rebuild of ``make serve`` whose edit added no class reuses the last one.
_PURGED: dict[str, str] = {}


def _purge_jupyter_css(site: Path) -> None:
    classes: set[str] = set()
    for page in site.rglob("*.html"):
        for attr in re.findall(r'class="([^"]*)"', page.read_text(encoding="utf-8")):
            classes.update(attr.split())
    for sheet in (site / "assets" / "stylesheets").glob("jupyter.*.css"):
        css = sheet.read_text(encoding="utf-8")
        key = hashlib.sha256("\n".join([css, *sorted(classes)]).encode()).hexdigest()
        if key not in _PURGED:
            _PURGED.clear()
            _PURGED[key] = purge_css(css, classes)
        sheet.write_text(_PURGED[key], encoding="utf-8")


@mkdocs.plugins.event_priority(-200)  # after mkdocs-static-i18n (-100) built every language
def on_post_build(config):
    if last_build(config):
        _purge_jupyter_css(Path(config["site_dir"]))
