"""Each built page loads only the scripts and styles it uses, and none of them blocks paint."""

from __future__ import annotations

import re

import pytest

from hooks import page_assets

SCRIPT = re.compile(r"<script\b([^>]*)>")
MODULE = re.compile(r'src="[^"]*assets/javascripts/figures/([a-z-]+)\.js"')

PAGE = """<html><head>
<link rel="stylesheet" href="../assets/katex/katex.min.css">
<script>__md_scope=1</script></head><body><article>{content}</article>
<script>inline()</script>
<script src="../assets/javascripts/bundle.123.min.js"></script>
<script src="../assets/javascripts/questions.js"></script>
<script src="../assets/javascripts/print.js"></script>
<script src="../assets/javascripts/figures/common.js"></script>
<script src="../assets/javascripts/figures/perceptron.js"></script>
<script src="../assets/javascripts/figures/fashion-samples.js"></script>
<script src="../assets/javascripts/figures/convolution.js"></script>
</body></html>"""


def sources(html_text: str) -> list[str]:
    return re.findall(r'<script src="[^"]*/([^/"]+)" defer></script>', html_text)


def test_a_plain_page_keeps_the_theme_and_defers_it():
    out = page_assets.rewrite(PAGE.format(content="<p>texto</p>"))
    assert sources(out) == ["bundle.123.min.js"]
    assert "katex.min.css" not in out
    assert "<script>__md_scope=1</script>" in out and "<script>inline()</script>" in out


def test_a_figure_brings_its_module_its_data_and_the_common_code():
    out = page_assets.rewrite(
        PAGE.format(content='<div class="course-figure" data-figure="convolution">')
    )
    assert sources(out) == [
        "bundle.123.min.js", "common.js", "fashion-samples.js", "convolution.js",
    ]  # fmt: skip


def test_questions_and_formulas_bring_their_script_and_stylesheet():
    content = '<form class="course-quiz"></form><span class="katex">x</span>'
    out = page_assets.rewrite(PAGE.format(content=content))
    assert sources(out) == ["bundle.123.min.js", "questions.js"]
    assert "katex.min.css" in out


def test_only_the_printable_course_brings_its_script():
    content = '<div class="print-course" data-sections="course.json"></div>'
    assert sources(page_assets.rewrite(PAGE.format(content=content))) == [
        "bundle.123.min.js", "print.js",
    ]  # fmt: skip


def test_scripts_quoted_inside_the_article_are_left_alone():
    content = '<script src="../assets/javascripts/figures/perceptron.js"></script>'
    out = page_assets.rewrite(PAGE.format(content=content))
    assert f"<article>{content}</article>" in out


@pytest.mark.site
def test_built_pages_load_what_they_use_and_defer_every_script(built_site):
    site, _ = built_site
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 40
    seen_figures = set()
    for path in pages:
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(site)
        tail = text.rpartition("</article>")[2]
        for attrs in SCRIPT.findall(tail):
            if "src=" in attrs:
                assert " defer" in attrs, f"{name}: a script blocks paint: <script{attrs}>"
        loaded = set(MODULE.findall(tail))
        figures = set(re.findall(r'data-figure="([a-z-]+)"', text))
        seen_figures |= figures
        assert loaded == page_assets.needed_figure_modules(text), name
        assert ("questions.js" in tail) == ("course-quiz" in text), name
        assert ("print.js" in tail) == ('class="print-course" data-sections=' in text), name
        assert ("katex.min.css" in text) == ('class="katex' in text), name
    assert {"perceptron", "convolution", "optimizers", "playground"} <= seen_figures
