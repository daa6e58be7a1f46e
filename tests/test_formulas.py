"""hooks/formulas.py: formulas typeset at build time are the ones the browser used to typeset."""

from __future__ import annotations

import logging
import re

import markdown
import mkdocs_jupyter.nbconvert2 as mkdocs_nbconvert
import pytest
from conftest import DOCS, ROOT
from test_site import LANGS, html_pages

from hooks import formulas

KATEX_JS = ROOT / "docs" / "assets" / "katex" / "katex.min.js"
# KaTeX's auto-render extension (same version as katex.min.js), which typeset the pages in the
# browser until formulas were typeset at build time; kept here only to compare with it.
AUTO_RENDER = ROOT / "tests" / "katex-auto-render.min.js"
# The options of the old docs/assets/javascripts/math.js.
OLD_OPTIONS = {
    "delimiters": [
        {"left": "$$", "right": "$$", "display": True},
        {"left": "\\[", "right": "\\]", "display": True},
        {"left": "$", "right": "$", "display": False},
        {"left": "\\(", "right": "\\)", "display": False},
    ],
    "ignoredTags": ["script", "noscript", "style", "textarea", "pre", "code", "option"],
    "ignoredClasses": ["jp-OutputArea", "highlight-ipynb"],
    "throwOnError": False,
}
MATH_NOTEBOOKS = ["backpropagation/backpropagation.es.ipynb", "optimizers/optimizers.en.ipynb"]
MATH_PAGES = ["backpropagation/index.es.md", "optimizers/index.en.md", "cnn/index.es.md"]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("no math", [("no math", None)]),
        ("a $x$ b", [("a ", None), ("x", False), (" b", None)]),
        ("$$x$$ and $y$", [("x", True), (" and ", None), ("y", False)]),
        ("\\[x\\] \\(y\\)", [("x", True), (" ", None), ("y", False)]),
        ("$a \\$ b$", [("a \\$ b", False)]),  # an escaped dollar does not close
        ("$\\text{{$}}$ z", [("\\text{{$}}", False), (" z", None)]),  # nor one inside braces
        ("costs 5 $ only", [("costs 5 ", None), ("$ only", None)]),  # unclosed: left as text
    ],
)
def test_delimiters_follow_auto_render(text, pieces):
    assert formulas.split_math(text) == pieces


def test_code_and_preformatted_text_are_left_alone():
    html = "<p>$x$</p><pre>$y$</pre><p><code>$z$</code> $w$</p>"
    out = formulas.typeset_markup(html, "test")
    assert "<pre>$y$</pre>" in out and "<code>$z$</code>" in out
    assert out.count('class="katex"') == 2


def test_a_formula_katex_cannot_parse_is_a_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.formulas"):
        out = formulas.TYPESET("\\frac{1", False, "lesson/index.es.md")
    assert "katex-error" in out
    assert "lesson/index.es.md" in caplog.text and "\\\\frac{1" in caplog.text


def _notebook_fragments(notebook: str) -> list[str]:
    page = mkdocs_nbconvert.nb2html(str(DOCS / notebook))
    return [page[start:end] for start, end in formulas._markdown_cells(page)]


def _page_fragment(page: str) -> str:
    md = markdown.Markdown(
        extensions=["pymdownx.arithmatex", "tables", "attr_list", "md_in_html"],
        extension_configs={"pymdownx.arithmatex": {"generic": True}},
    )
    return md.convert((DOCS / page).read_text(encoding="utf-8"))


COMPARE = """([old, ours, options]) => {
  const a = document.createElement("div"), b = document.createElement("div");
  a.innerHTML = old;
  renderMathInElement(a, options);
  b.innerHTML = ours;
  // auto-render puts each formula in a <span> of its own: the only difference it makes.
  for (const span of [...a.querySelectorAll("span:not([class])")]) {
    const only = span.childNodes.length === 1 && span.firstElementChild;
    if (only && only.matches(".katex, .katex-display")) span.replaceWith(only);
  }
  // KaTeX's DOM builder (render, which auto-render uses) and its string builder
  // (renderToString) differ in serialization only: an empty class attribute, inline styles
  // as the CSS object model writes them, an SVG's xmlns (implied in HTML), and spaces in the
  // MathML as text or as <mtext>.
  for (const el of a.querySelectorAll('[class=""]')) el.removeAttribute("class");
  for (const svg of b.querySelectorAll("svg")) {
    svg.removeAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns");
  }
  for (const el of [...a.querySelectorAll("[style]"), ...b.querySelectorAll("[style]")]) {
    el.setAttribute("style", el.style.cssText);
  }
  const read = (root) => {
    const found = [...root.querySelectorAll(".katex")].map((k) => [
      k.querySelector("annotation").textContent,
      Boolean(k.closest(".katex-display")),
      k.querySelector(".katex-html").innerHTML,
    ]);
    for (const k of [...root.querySelectorAll(".katex-mathml")]) k.remove();
    for (const k of [...root.querySelectorAll(".katex-html")]) k.replaceWith("[formula]");
    return [found, root.innerHTML];
  };
  return [read(a), read(b)];
}"""


@pytest.mark.parametrize("source", MATH_NOTEBOOKS + MATH_PAGES)
def test_build_time_formulas_are_the_browser_s(source, page):
    """The old path (auto-render in Chromium, math.js's options) and the new one find the same
    formulas (LaTeX source, display or inline), lay each out the same (KaTeX's HTML) and leave
    the same text around them, in the math-heaviest notebooks and pages."""
    if source.endswith(".ipynb"):
        fragments = _notebook_fragments(source)
        ours = [formulas.typeset_markup(f, source) for f in fragments]
    else:
        fragments = [_page_fragment(source)]
        ours = [formulas.typeset_page(f, source) for f in fragments]
    page.set_content("<!doctype html><html><body></body></html>")
    page.add_script_tag(path=str(KATEX_JS))
    page.add_script_tag(path=str(AUTO_RENDER))
    count = 0
    for old, new in zip(fragments, ours, strict=True):
        (browser_formulas, browser_text), (build_formulas, build_text) = page.evaluate(
            COMPARE, [old, new, OLD_OPTIONS]
        )
        assert build_text == browser_text
        assert build_formulas == browser_formulas
        count += len(build_formulas)
    assert count > 20, f"{source}: too few formulas to compare ({count})"


@pytest.fixture(scope="module")
def site(built_site):
    return built_site[0]


def test_pages_ship_katex_css_and_fonts_but_no_script(site):
    for lang, prefix in LANGS.items():
        html = (site / prefix / "backpropagation" / "index.html").read_text(encoding="utf-8")
        assert "katex.min.css" in html, lang
        assert "katex.min.js" not in html and "auto-render" not in html, lang
        assert 'class="katex"' in html, lang
    css = (site / "assets" / "katex" / "katex.min.css").read_text(encoding="utf-8")
    for font in re.findall(r"url\((fonts/[^)]+)\)", css):
        assert (site / "assets" / "katex" / font).exists(), font
    assert not (site / "assets" / "katex" / "katex.min.js").exists()


def test_no_page_keeps_a_formula_untypeset(site):
    untypeset = {}
    for path in html_pages(site):
        html = path.read_text(encoding="utf-8")
        found = re.findall(r'class="arithmatex"[^>]*>\s*(\\[(\[][^<]{0,60})', html)
        for start, end in formulas._markdown_cells(html):
            text = re.sub(r"<(pre|code)\b.*?</\1>|<[^>]+>", "", html[start:end], flags=re.S)
            found += [tex for tex, display in formulas.split_math(text) if display is not None]
        if found:
            untypeset[path.relative_to(site).as_posix()] = found[:3]
    assert not untypeset


def test_search_indexes_a_formula_by_its_source(site):
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "\\\\hat{y}" in index
    assert "katex" not in index and "\u200b" not in index
