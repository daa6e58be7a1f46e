"""MkDocs hook: a notebook's figures as files, each with the text alternative of its cell.

mkdocs-jupyter inlines figures as base64 ``data:`` URIs without ``alt``. We write each one to
``assets/figures/<hash>.png`` (small pages, cacheable, lazily loaded) and give it the text
alternative stored in its cell's metadata (``"alt"``: a string, or a list with one text per
figure of the cell). A figure without one fails the strict build.
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

from mkdocs.exceptions import PluginError

if __name__.startswith("hooks."):  # imported by the tests
    from hooks.site_context import is_notebook
else:  # loaded by MkDocs, which puts hooks/ on sys.path
    from site_context import is_notebook

_INLINE_PNG = re.compile(r'<img\b([^>]*?)\ssrc="data:image/png;base64,([A-Za-z0-9+/=\s]+)"([^>]*)>')
_ALT = re.compile(r'\salt="[^"]*"')
log = logging.getLogger("mkdocs.hooks.notebook_figures")


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


def on_page_content(html_text, page, config, files):
    if not is_notebook(page.file):
        return html_text
    return _extract_figures(html_text, page, config)
