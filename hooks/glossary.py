"""MkDocs hook: the course's terms show their definition on hover, in the page's language.

``docs/includes/glossary.<lang>.md`` holds one entry per line, in Python-Markdown's ``abbr``
syntax:

- ``*[época]: Una pasada completa por todos los ejemplos de entrenamiento.`` gives the term
  the definition as a tooltip (an ``<abbr title="...">``, shown in the theme's tooltip by
  ``docs/assets/javascripts/tooltips.js``) where it first appears in each section of a page
  (from one ``##`` heading to the next; forms with the same definition, such as a plural,
  count as one term);
- ``*[corrección del sesgo]: ""`` (an empty definition) marks a phrase in which a term has
  another sense: the phrase gets no tooltip, and neither do the terms inside it (here Adam's
  statistical bias is not a neuron's bias). An entry of its own, with its own definition, does
  the same and shows that definition instead;
- blank lines and ``<!-- comments -->`` are ignored; any other line stops the build.

Where a term has another sense all through one page, the page itself says so with the same
syntax, as Python-Markdown allows: ``*[momentum]: ""`` at the end of
``batch-normalization/index.en.md`` (there it is the coefficient of the moving averages) drops
the term on that page, and ``*[term]: definition`` would give it a definition of its own.

Matching is Python-Markdown's: case-sensitive (a term at the start of a sentence or a title,
capitalized, has no tooltip), whole words, outside code and math, and the longest entry wins,
which is what lets a phrase hide the terms it contains. This hook adds one thing: a space in an
entry matches any run of whitespace, so a term broken across two lines of the Markdown source
still matches.

Once per section, not at every occurrence: a lesson used the same few terms up to twenty times,
which underlined half its sentences. A reader who jumps to a section still finds its terms
explained there.

The hook registers a subclass of the ``abbr`` extension after the one in ``mkdocs.yml`` (it takes
over its processors) and gives it the entries of the language being built before each Markdown
page is converted. The glossary page, which already lists the definitions, the include files
and the notebooks (rendered by mkdocs-jupyter) get none. ``includes/`` is excluded from the site
with ``exclude_docs`` in ``mkdocs.yml``. ``tests/test_glossary.py`` checks the result.
"""

from __future__ import annotations

import re
from pathlib import Path

from markdown.extensions.abbr import AbbrExtension, AbbrTreeprocessor
from mkdocs.exceptions import PluginError

INCLUDES = "includes"
SKIP = (f"{INCLUDES}/", "glossary/")
ENTRY = re.compile(r"^\*\[(?P<term>[^\]]+)\]: (?P<definition>\S.*)$")
NO_DEFINITION = '""'
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SECTION = re.compile(r"(?=<h2[\s>])")  # a page's HTML splits before each of its h2 headings
_ABBR = re.compile(r'<abbr title="(?P<title>[^"]*)">(?P<text>.*?)</abbr>', re.S)


def glossary_file(config, lang: str) -> Path:
    """The entries file for ``lang`` (``docs_dir`` is resolved against mkdocs.yml's folder)."""
    return Path(config["docs_dir"]) / INCLUDES / f"glossary.{lang}.md"


def read_entries(path: Path) -> dict[str, str]:
    """Term -> definition (``""`` for a phrase that gets no tooltip), as written in ``path``."""
    entries = {}
    for number, line in enumerate(_COMMENT.sub("", path.read_text(encoding="utf-8")).splitlines()):
        if not line.strip():
            continue
        match = ENTRY.match(line)
        if not match:
            raise PluginError(f"{path}, line {number + 1}: not '*[term]: definition': {line!r}")
        definition = match["definition"].strip()
        entries[match["term"]] = "" if definition == NO_DEFINITION else definition
    return entries


class _Entries(dict):
    """Term -> definition; a match that spans a line break is looked up with single spaces."""

    def __missing__(self, key):
        single = " ".join(key.split())
        if single == key:
            raise KeyError(key)
        return self[single]


class _HoverTreeprocessor(AbbrTreeprocessor):
    """``abbr``'s tree processor, with any whitespace between the words of an entry."""

    def run(self, root):
        if not self.abbrs:
            return
        terms = sorted(self.abbrs, key=len, reverse=True)
        words = (r"\s+".join(map(re.escape, term.split())) for term in terms)
        self.RE = re.compile(r"\b(?:" + "|".join(words) + r")\b")
        self.iter_element(root)


class Glossary(AbbrExtension):
    """The ``abbr`` extension with the hover rules above; ``glossary`` is set for each page."""

    def __init__(self):
        super().__init__()
        self.abbrs = _Entries()

    def memo_key(self) -> str:
        """All that a page's conversion reads from here (``hooks/markdown_memo.py``): the
        entries set for the page and the settings."""
        return repr((sorted(self.glossary.items()), sorted(self.getConfigs().items())))

    def extendMarkdown(self, md):
        self.reset()  # start from the glossary: nothing is left over from the previous page
        super().extendMarkdown(md)
        md.treeprocessors.register(_HoverTreeprocessor(md, self.abbrs), "abbr", 7)


GLOSSARY = Glossary()


def on_config(config):
    # The i18n plugin builds each language with the same config, so this runs more than once.
    if not any(extension is GLOSSARY for extension in config["markdown_extensions"]):
        config["markdown_extensions"].append(GLOSSARY)
    return config


def on_page_markdown(markdown: str, page, config, files) -> str:
    src = page.file.src_uri
    path = glossary_file(config, config["theme"]["language"])
    skipped = not src.endswith(".md") or src.startswith(SKIP) or not path.is_file()
    GLOSSARY.glossary = {} if skipped else read_entries(path)
    return markdown


def first_in_each_section(html_text: str) -> str:
    """Keep the tooltip of a definition only where it first appears in each ``h2`` section."""

    def section(text: str) -> str:
        seen = set()

        def first(match: re.Match) -> str:
            if match["title"] in seen:
                return match["text"]
            seen.add(match["title"])
            return match[0]

        return _ABBR.sub(first, text)

    return "".join(section(part) for part in _SECTION.split(html_text))


def on_page_content(html_text: str, page, config, files) -> str:
    return first_in_each_section(html_text)
