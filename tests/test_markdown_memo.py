"""hooks/markdown_memo.py: a rebuild converts a Markdown page again whenever anything it reads
has changed, and reuses nothing else; what a conversion logs is logged at every build."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import markdown
import pytest
from conftest import ROOT
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

SETTINGS = f"""site_name: Memo
theme:
  name: material
  language: en
validation:
  anchors: warn
markdown_extensions:
  - toc
  - abbr
hooks:
  - {ROOT / "hooks" / "glossary.py"}
  - {ROOT / "hooks" / "markdown_memo.py"}
"""


@pytest.fixture
def project(tmp_path) -> Path:
    docs = tmp_path / "docs"
    (docs / "includes").mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text(SETTINGS, encoding="utf-8")
    (docs / "index.md").write_text(
        "# Home\n\nAn epoch, and [the other page](other.md#part).\n", encoding="utf-8"
    )
    (docs / "other.md").write_text("# Other\n\n## Part\n\nText.\n", encoding="utf-8")
    (docs / "includes" / "glossary.en.md").write_text("*[epoch]: One pass.\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def conversions(monkeypatch) -> list[int]:
    """One item per Markdown page converted by MkDocs (not counting other conversions), from
    a memo that remembers nothing yet."""
    from hooks import markdown_memo

    markdown_memo.REMEMBERED.clear()
    calls: list[int] = []
    stock = markdown.Markdown.convert

    def convert(self, source):
        if "Home" in source or "Other" in source:
            calls.append(1)
        return stock(self, source)

    monkeypatch.setattr(markdown.Markdown, "convert", convert)
    return calls


def _build(project: Path, caplog, strict: bool = False) -> tuple[str, list[str]]:
    """The home page's HTML and the warnings of one build, in this process."""
    caplog.clear()
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    config["strict"] = strict
    with caplog.at_level(logging.INFO):
        try:
            build(config)
        except Abort:
            return "", [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    page = (project / "site" / "index.html").read_text(encoding="utf-8")
    return page, [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_rebuild_reuses_the_conversions_and_writes_the_same_site(project, conversions, caplog):
    first, warnings = _build(project, caplog)
    assert len(conversions) == 2 and warnings == []
    assert '<abbr title="One pass.">epoch</abbr>' in first
    again, _ = _build(project, caplog)
    assert again == first
    assert len(conversions) == 2, "a page was converted again though nothing changed"


def test_an_edited_page_is_converted_again(project, conversions, caplog):
    _build(project, caplog)
    index = project / "docs" / "index.md"
    index.write_text(index.read_text(encoding="utf-8") + "\nA new sentence.\n", encoding="utf-8")
    page, _ = _build(project, caplog)
    assert "A new sentence." in page
    assert len(conversions) == 3  # only the edited page


def test_the_glossary_of_the_page_counts(project, conversions, caplog):
    _build(project, caplog)
    glossary = project / "docs" / "includes" / "glossary.en.md"
    glossary.write_text("*[epoch]: A full pass.\n", encoding="utf-8")
    page, _ = _build(project, caplog)
    assert '<abbr title="A full pass.">epoch</abbr>' in page


def test_the_files_of_the_build_count(project, conversions, caplog):
    """A link is rewritten against the build's files: a page that appears changes it."""
    index = project / "docs" / "index.md"
    index.write_text("# Home\n\n[Later](later.md)\n", encoding="utf-8")
    _, warnings = _build(project, caplog)
    assert any("later.md" in w for w in warnings)
    (project / "docs" / "later.md").write_text("# Later\n", encoding="utf-8")
    page, warnings = _build(project, caplog)
    assert 'href="later/"' in page and warnings == []


def test_a_broken_link_fails_every_strict_build(project, conversions, caplog):
    index = project / "docs" / "index.md"
    index.write_text("# Home\n\n[Gone](gone.md)\n", encoding="utf-8")
    for _ in range(2):
        page, warnings = _build(project, caplog, strict=True)
        assert page == "", "the strict build did not fail"
        assert sum("gone.md" in w for w in warnings) == 1
    assert len(conversions) == 2  # each page once: the second build fails from the memo


def test_a_link_to_a_missing_anchor_warns_at_every_build(project, conversions, caplog):
    """Anchor links are checked after every page is built, against this build's files."""
    index = project / "docs" / "index.md"
    index.write_text("# Home\n\n[Nowhere](other.md#nope)\n", encoding="utf-8")
    for _ in range(2):
        _, warnings = _build(project, caplog)
        assert sum("'#nope'" in w for w in warnings) == 1
    assert len(conversions) == 2


def test_a_record_of_another_thread_is_not_logged_again(project, conversions, caplog, monkeypatch):
    """``make serve``'s server logs its requests from its own threads, even while a page
    converts: those records are not the page's."""
    stock = markdown.Markdown.convert

    def convert(self, source):
        other = threading.Thread(
            target=logging.getLogger("mkdocs.livereload").warning, args=("404",)
        )
        other.start()
        other.join()
        return stock(self, source)

    monkeypatch.setattr(markdown.Markdown, "convert", convert)
    _, warnings = _build(project, caplog)
    assert "404" in warnings
    _, warnings = _build(project, caplog)
    assert warnings == []


def test_a_settings_change_converts_again(project, conversions, caplog):
    settings = project / "mkdocs.yml"
    _build(project, caplog)
    settings.write_text(
        settings.read_text(encoding="utf-8").replace(
            "  - toc\n", "  - toc:\n      permalink: true\n"
        ),
        encoding="utf-8",
    )
    page, _ = _build(project, caplog)
    assert 'class="headerlink"' in page


def _config(project: Path):
    """The project's configuration after the hooks' ``on_config`` (the glossary's extension)."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    return config.plugins.on_config(config)


def _page(config, src: str, text: str):
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page

    file = File(src, config["docs_dir"], config["site_dir"], config["use_directory_urls"])
    page = Page(None, file, config)
    page.markdown = text
    return page, Files([file])


def test_every_part_of_the_key_counts(project):
    from hooks import markdown_memo

    config = _config(project)
    page, files = _page(config, "index.md", "# Home")
    keys = {markdown_memo.key(page, config, files)}
    keys.add(markdown_memo.key(_page(config, "index.md", "# Home!")[0], config, files))
    keys.add(markdown_memo.key(_page(config, "other.md", "# Home")[0], config, files))
    keys.add(markdown_memo.key(page, config, _page(config, "other.md", "")[1]))
    for name, value in [
        ("mdx_configs", {"toc": {"permalink": True}}),
        ("validation", {**config["validation"], "links": {"not_found": 10}}),
        ("use_directory_urls", False),
        ("markdown_extensions", [*config["markdown_extensions"], "tables"]),
    ]:
        changed = _config(project)
        changed[name] = value
        keys.add(markdown_memo.key(page, changed, files))
    glossary = next(e for e in config["markdown_extensions"] if hasattr(e, "memo_key"))
    glossary.glossary = {"epoch": "Something else."}
    keys.add(markdown_memo.key(page, config, files))
    assert None not in keys and len(keys) == 9


def test_a_restored_page_can_be_changed_without_changing_the_memo(project, conversions):
    config = _config(project)
    _, files = _page(config, "index.md", "")
    for _ in range(3):  # converted, then restored twice
        page, _ = _page(config, "index.md", "# Home\n\n## Part\n")
        page.render(config, files)
        assert page.toc.items[0].title == "Home" and "changed" not in page.present_anchor_ids
        page.toc.items[0].title = "Changed by a hook"
        page.present_anchor_ids.add("changed")
    assert len(conversions) == 1, "not restored from the memo"


def test_an_extension_without_a_memo_key_turns_the_memo_off(project, conversions):
    from hooks import markdown_memo

    class Stateful(markdown.Extension):
        def extendMarkdown(self, md):
            pass

    config = _config(project)
    config["markdown_extensions"] = [*config["markdown_extensions"], Stateful()]
    page, files = _page(config, "index.md", "# Home")
    assert markdown_memo.key(page, config, files) is None
    for _ in range(2):
        _page(config, "index.md", "# Home")[0].render(config, files)
    assert len(conversions) == 2, "remembered without the extension's state"
