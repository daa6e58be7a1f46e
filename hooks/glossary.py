"""MkDocs hook: the course's terms show their definition on hover, in the page's language.

``docs/includes/glossary.<lang>.md`` holds Python-Markdown ``abbr`` definitions, one per line
(``*[época]: Una pasada completa por todos los ejemplos de entrenamiento.``). This hook appends
the file of the language being built to every Markdown page, so the ``abbr`` extension wraps each
exact occurrence of a term in ``<abbr title="definition">`` and Material shows it as a tooltip
(theme feature ``content.tooltips``). Matching is case-sensitive and whole-word; code and math
are left alone. The glossary page, which already lists the definitions, and the include files
are skipped; notebooks are rendered by mkdocs-jupyter and are not touched.

``includes/`` is excluded from the site with ``exclude_docs`` in ``mkdocs.yml``.
``tests/test_glossary.py`` checks the result.
"""

from __future__ import annotations

from pathlib import Path

INCLUDES = "includes"
SKIP = (f"{INCLUDES}/", "glossary/")


def glossary_file(config, lang: str) -> Path:
    """The abbreviation file for ``lang`` (``docs_dir`` is resolved against mkdocs.yml's folder)."""
    return Path(config["docs_dir"]) / INCLUDES / f"glossary.{lang}.md"


def on_page_markdown(markdown: str, page, config, files) -> str:
    src = page.file.src_uri
    if not src.endswith(".md") or src.startswith(SKIP):
        return markdown
    path = glossary_file(config, config["theme"]["language"])
    if not path.is_file():
        return markdown
    return markdown.rstrip("\n") + "\n\n" + path.read_text(encoding="utf-8")
