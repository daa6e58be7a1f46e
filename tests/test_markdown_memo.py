"""hooks/markdown_memo.py: a rebuild converts a Markdown page again whenever anything it reads
has changed, and reuses nothing else; what a conversion logs is logged at every build."""

from __future__ import annotations

import logging
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


def test_an_extension_without_a_memo_key_turns_the_memo_off(project, conversions, caplog):
    from hooks import markdown_memo

    class Stateful(markdown.Extension):
        pass

    config = {"markdown_extensions": ["toc", Stateful()]}
    assert markdown_memo.key(None, config, None) is None
