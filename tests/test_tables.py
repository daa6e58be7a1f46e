"""Markdown tables come wrapped for scrolling from the build, styled as Material styles them."""

from __future__ import annotations

import re

from hooks import tables

MATERIAL_TABLE = "table:not([class])"
OUR_TABLE = f"table.{tables.CLASS}"
LEADING_ZERO = re.compile(r"(?<![\w.])\.(\d)")


def test_a_markdown_table_is_wrapped_and_marked():
    out = tables.wrap_tables(
        "<p>a</p><table>\n<thead><tr><th>x</th></tr></thead>\n</table><p>b</p>"
    )
    assert out == (
        '<p>a</p><div class="md-typeset__scrollwrap" tabindex="0"><div class="md-typeset__table">'
        '<table class="course-table">\n<thead><tr><th>x</th></tr></thead>\n</table>'
        "</div></div><p>b</p>"
    )


def test_a_table_with_a_class_is_left_alone_and_other_attributes_are_kept():
    styled = '<table class="dataframe"><tr><td>1</td></tr></table>'
    assert tables.wrap_tables(styled) == styled
    out = tables.wrap_tables('<table id="t"><tr><td>1</td></tr></table>')
    assert '<table class="course-table" id="t">' in out and out.startswith(tables.WRAP_OPEN)


RULES = """([wanted, replacement]) => {
    // "sheet: @media ... rule" for each rule of the page's stylesheets that names `wanted`, as
    // the browser writes it (it spells numbers, quotes and spaces one way)
    const found = [];
    const walk = (rules, where) => {
        for (const rule of rules) {
            if (rule.selectorText?.includes(wanted)) {
                found.push(where + rule.cssText.replaceAll(wanted, replacement));
            } else if (rule.media) {
                walk(rule.cssRules, `${where}@media ${rule.media.mediaText} `);
            }
        }
    };
    for (const sheet of document.styleSheets) {
        walk(sheet.cssRules, `${sheet.href?.split("/").pop()}: `);
    }
    return found;
}"""


def test_course_css_repeats_materials_table_rules_for_our_tables(page, site_url):
    """If Material changes how it styles tables, this says which rule course.css must follow."""
    page.goto(f"{site_url}optimizers/")
    material = page.evaluate(RULES, [MATERIAL_TABLE, OUR_TABLE])
    ours = page.evaluate(RULES, [OUR_TABLE, OUR_TABLE])
    assert len(material) >= 10 and all(rule.startswith("main.") for rule in material)
    # the browser keeps a value with var() as written: ".05rem" and "0.05rem" are the same
    material = {LEADING_ZERO.sub(r"0.\1", rule.split(": ", 1)[1]) for rule in material}
    ours = {LEADING_ZERO.sub(r"0.\1", rule.split(": ", 1)[1]) for rule in ours}
    ours = {rule for rule in ours if "course-glossary" not in rule}  # the glossary's own
    assert material - ours == set(), "rules of Material's that course.css lacks"
    assert ours - material == set(), "rules in course.css that Material does not have"


def test_no_built_page_has_a_table_that_materials_script_would_move(built_site):
    site, _ = built_site
    pages = [*site.rglob("index.html"), *site.rglob("course.json")]
    wrapped = 0
    for path in pages:
        text = path.read_text(encoding="utf-8").replace('\\"', '"')
        bare = re.findall(r"<table(?![^>]*\sclass=)[^>]*>", text)
        assert not bare, f"{path.relative_to(site)}: a table without a class"
        marked = text.count(f'<table class="{tables.CLASS}"')
        assert text.count(f'{tables.WRAP_OPEN}<table class="{tables.CLASS}"') == marked, path
        wrapped += marked
    assert wrapped >= 80  # the course's Markdown tables, in both languages


def test_materials_script_leaves_the_tables_in_place(browser, site_url):
    """Nothing takes a table out of the page at load, and no table is wrapped twice."""
    context = browser.new_context(viewport={"width": 412, "height": 823})
    tab = context.new_page()
    tab.add_init_script("""
        window.__movedTables = 0;
        new MutationObserver((records) => {
            for (const r of records) for (const n of r.removedNodes)
                if (n.nodeName === "TABLE" || n.querySelector?.("table")) window.__movedTables++;
        }).observe(document, { childList: true, subtree: true });""")
    for path in ("en/optimizers/", "optimizers/", "en/training/training/"):
        tab.goto(f"{site_url}{path}", wait_until="load")
        assert tab.evaluate("() => typeof window.document$") == "object"  # Material's bundle ran
        assert tab.evaluate("() => window.__movedTables") == 0, path
        assert tab.locator("article table").count() >= 1
        assert tab.locator(".md-typeset__scrollwrap .md-typeset__scrollwrap").count() == 0, path
        assert (
            tab.locator(
                "article .md-typeset__scrollwrap[tabindex='0'] > .md-typeset__table > table"
            ).count()
            == tab.locator("article table").count()
        )
    context.close()
