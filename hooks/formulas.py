"""MkDocs hook: formulas are typeset when the site is built, by the site's own KaTeX.

The pages used to ship KaTeX's script and its auto-render extension and typeset every formula
in the reader's browser: on a slow phone, the notebook pages' hundreds of formulas kept the
main thread busy for seconds after the page appeared (Lighthouse's "total blocking time").
Now the same KaTeX (``docs/assets/katex/katex.min.js``, run in V8 through ``mini-racer``, no
Node needed) writes the HTML at build time, with the options the browser used; the page only
needs KaTeX's stylesheet and fonts, so formulas look as before, in both colour schemes and in
print, and the page ships no script for them. (``hooks/search_cache.py`` keeps the typeset
formulas out of the search index.)

What is typeset, as auto-render found it in the browser:

- Markdown pages: ``pymdownx.arithmatex`` (``generic: true``) leaves ``\\(…\\)`` in a
  ``<span class="arithmatex">`` and ``\\[…\\]`` in a ``<div class="arithmatex">``.
- Notebook pages: the text of Markdown cells holds ``$…$`` and ``$$…$$`` (nbconvert protects
  them from Markdown); code, outputs, ``<pre>`` and ``<code>`` are left alone.

A formula KaTeX cannot parse is a warning, so the strict build fails and names it.
``tests/test_formulas.py`` checks the delimiters against auto-render's rules and that no page
keeps raw LaTeX; the browser tests check that no formula is left untypeset.
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path

import py_mini_racer

log = logging.getLogger("mkdocs.plugins.formulas")
ROOT = Path(__file__).resolve().parent.parent
KATEX = ROOT / "docs" / "assets" / "katex" / "katex.min.js"

# The delimiters of the old math.js, in its order (auto-render tries them in this order).
DELIMITERS = (("$$", "$$", True), ("\\[", "\\]", True), ("$", "$", False), ("\\(", "\\)", False))
_LEFT = re.compile("|".join(re.escape(left) for left, _, _ in DELIMITERS))
_ARITHMATEX = re.compile(
    r'<(span|div) class="arithmatex"([^>]*)>(\\\(|\\\[)(.*?)(?:\\\)|\\\])</\1>', re.DOTALL
)
_MARKDOWN_CELL = re.compile(r'<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown[^"]*"[^>]*>')
_TAG = re.compile(r"(<[^>]*>)")
_DIV = re.compile(r"<div\b|</div>")
# auto-render's ignoredTags: text inside them is never math.
_IGNORED = re.compile(r"<(/?)(script|noscript|style|textarea|pre|code|option)\b", re.IGNORECASE)


class Typesetter:
    """KaTeX in a V8 context, with every formula remembered once typeset."""

    def __init__(self) -> None:
        self.context = py_mini_racer.MiniRacer()
        self.context.eval(KATEX.read_text(encoding="utf-8"))
        self.version = self.context.eval("katex.version")
        self.typeset: dict[tuple[str, bool], str] = {}

    def __call__(self, tex: str, display: bool, where: str = "") -> str:
        if (tex, display) not in self.typeset:
            options = {"displayMode": display, "throwOnError": True}
            try:
                out = self.context.call("katex.renderToString", tex, options)
            except py_mini_racer.JSEvalException as error:
                message = str(error).splitlines()[0].split("ParseError: ", 1)[-1]
                log.warning("%s: KaTeX cannot typeset %r: %s", where, tex, message)
                out = self.context.call(
                    "katex.renderToString", tex, {**options, "throwOnError": False}
                )
            self.typeset[(tex, display)] = out
        return self.typeset[(tex, display)]


# One typesetter (and the formulas it has typeset) for the life of the process, even should
# MkDocs execute this file again.
TYPESET: Typesetter = getattr(py_mini_racer, "course_typesetter", None) or Typesetter()
py_mini_racer.course_typesetter = TYPESET


def end_of_math(delimiter: str, text: str, start: int) -> int:
    """auto-render's ``findEndOfMath``: the closing delimiter outside braces, not escaped."""
    index, braces = start, 0
    while index < len(text):
        if braces <= 0 and text.startswith(delimiter, index):
            return index
        character = text[index]
        if character == "\\":
            index += 1
        elif character == "{":
            braces += 1
        elif character == "}":
            braces -= 1
        index += 1
    return -1


def split_math(text: str) -> list[tuple[str, bool | None]]:
    """auto-render's ``splitAtDelimiters``: ``(text, None)`` and ``(tex, display)`` pieces."""
    pieces: list[tuple[str, bool | None]] = []
    while match := _LEFT.search(text):
        if match.start() > 0:
            pieces.append((text[: match.start()], None))
            text = text[match.start() :]
        left, right, display = next(d for d in DELIMITERS if text.startswith(d[0]))
        end = end_of_math(right, text, len(left))
        if end == -1:
            break
        pieces.append((text[len(left) : end], display))
        text = text[end + len(right) :]
    if text:
        pieces.append((text, None))
    return pieces


def typeset_text(escaped: str, where: str) -> str:
    """HTML text (entities escaped) with each formula in it typeset."""
    out = []
    for piece, display in split_math(escaped):
        out.append(piece if display is None else TYPESET(html.unescape(piece), display, where))
    return "".join(out)


def _markdown_cells(page_html: str):
    """``(start, end)`` of the content of each rendered Markdown cell of a notebook page."""
    for opening in _MARKDOWN_CELL.finditer(page_html):
        depth, position = 1, opening.end()
        for tag in _DIV.finditer(page_html, position):
            depth += 1 if tag.group() == "<div" else -1
            if depth == 0:
                yield opening.end(), tag.start()
                break


def typeset_markup(fragment: str, where: str) -> str:
    """Typeset the formulas in the text of an HTML fragment, outside auto-render's ignored tags."""
    out, ignored = [], 0
    for part in _TAG.split(fragment):
        if part.startswith("<"):
            tag = _IGNORED.match(part)
            if tag and not part.endswith("/>"):
                ignored += -1 if tag.group(1) else 1
            out.append(part)
        elif ignored > 0 or not part:
            out.append(part)
        else:
            out.append(typeset_text(part, where))
    return "".join(out)


def typeset_page(page_html: str, where: str = "") -> str:
    """The page with its arithmatex formulas and notebook Markdown formulas typeset."""

    def arithmatex(match: re.Match) -> str:
        tag, attributes, opening, tex = match.groups()
        typeset = TYPESET(html.unescape(tex), opening == "\\[", where)
        return f'<{tag} class="arithmatex"{attributes}>{typeset}</{tag}>'

    page_html = _ARITHMATEX.sub(arithmatex, page_html)
    out, last = [], 0
    for start, end in _markdown_cells(page_html):
        out.append(page_html[last:start])
        out.append(typeset_markup(page_html[start:end], where))
        last = end
    out.append(page_html[last:])
    return "".join(out)


def on_page_content(html_text, page, config, files):
    return typeset_page(html_text, page.file.src_uri)
