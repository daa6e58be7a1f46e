"""One word per idea: lessons use the glossary's terms and one English spelling.

Each glossary page ends with a list of the words the course does not use
(``docs/glossary/index.<lang>.md``, its last section): ``«replaced» → «course term»`` in Spanish,
``"replaced" → "course term"`` in English; a word written with ``…`` stands for every ending
(``"normalise…"``: normalise, normalised, normalisation…). No page, notebook text or hover
definition may use a word of that list.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import DOCS

SECTION = {"es": "## Términos que el curso no usa", "en": "## Spelling and words the course"}
_QUOTED = re.compile(r"«([^»]+)»|\"([^\"]+)\"")
# Cited titles are quoted as published: the References section is left out.
_REFERENCES = re.compile(r"^## (?:Referencias|References)\b.*?(?=^## |\Z)", re.S | re.M)
# What is not prose: code blocks and spans, link targets, addresses, HTML tags, math.
_NOT_PROSE = re.compile(
    r"```.*?```|`[^`\n]*`|\]\([^)]*\)|https?://\S+|<[^>\n]+>|\$\$.*?\$\$|\$[^$\n]+\$", re.S
)


def without_references(text: str) -> str:
    return _REFERENCES.sub(" ", text)


def replaced_terms(lang: str) -> list[str]:
    """The words the glossary of ``lang`` lists as not used (left of each arrow)."""
    text = (DOCS / "glossary" / f"index.{lang}.md").read_text(encoding="utf-8")
    start = text.index(SECTION[lang])
    items = re.split(r"\n- ", text[start:])[1:]
    terms = []
    for item in items:
        left = item.split("→", 1)[0]
        terms += [a or b for a, b in _QUOTED.findall(left)]
    return terms


def pattern(terms: list[str]) -> re.Pattern:
    alternatives = [
        re.escape(t[:-1]) + r"\w*" if t.endswith("…") else re.escape(t) + r"\b" for t in terms
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


def prose(path: Path) -> list[tuple[str, str]]:
    """(where, text) of a page, an include, or a notebook's Markdown cells and comments."""
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        found = []
        for index, cell in enumerate(cells):
            source = "".join(cell["source"])
            if cell["cell_type"] == "code":
                source = "\n".join(re.findall(r"#\s*(.*)$", source, re.M))
            found.append((f"cell {index}", source))
        return found
    return [("", path.read_text(encoding="utf-8"))]


def texts(lang: str) -> list[Path]:
    glossary = DOCS / "glossary" / f"index.{lang}.md"
    pages = [p for p in DOCS.rglob(f"*.{lang}.md") if p != glossary]
    return sorted(pages + list(DOCS.rglob(f"*.{lang}.ipynb")))


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_glossary_lists_the_words_the_course_does_not_use(lang):
    terms = replaced_terms(lang)
    assert len(terms) >= 5, terms
    glossary = (DOCS / "glossary" / f"index.{lang}.md").read_text(encoding="utf-8")
    table = glossary[: glossary.index(SECTION[lang])]
    # the dictionary itself uses its own words, not the replaced ones
    assert not pattern(terms).findall(_NOT_PROSE.sub(" ", table))


@pytest.mark.parametrize("lang", ["es", "en"])
def test_lessons_use_one_word_per_idea(lang):
    banned = pattern(replaced_terms(lang))
    found = []
    for path in texts(lang):
        for where, text in prose(path):
            for hit in banned.findall(_NOT_PROSE.sub(" ", without_references(text))):
                found.append(f"{path.relative_to(DOCS)} {where}: «{hit}»")
    assert not found, "words the glossary replaces:\n" + "\n".join(found[:40])


def test_the_audit_sees_replaced_words_and_ignores_code():
    banned = pattern(["normalise…", "learnt", "calendario de la tasa de aprendizaje"])
    text = "We normalised it; `normalise()` and [x](a/normalise) stay; learnt; learnt's"
    hits = banned.findall(_NOT_PROSE.sub(" ", text))
    assert hits == ["normalised", "learnt", "learnt"]
    assert banned.findall("un Calendario de la tasa de aprendizaje") == [
        "Calendario de la tasa de aprendizaje"
    ]
    banned = pattern(["behavior…", "learnt"])
    references = "Texto.\n\n## References\n\n- *Behavioral Sciences*.\n\n## Exercises\n\nlearnt"
    assert banned.findall(without_references(references)) == ["learnt"]
