"""Checks on the stored notebooks and pages, without executing anything."""

from __future__ import annotations

import base64
import io
import json
import re
import tokenize
from pathlib import Path

import nbformat
import pytest
from conftest import DOCS, ROOT, notebooks

from hooks.notebook_buttons import install_command
from snippets.results import RESULT_MIME

NOTEBOOKS = notebooks()
LANGS = ("es", "en")
ALLOWED_TAGS = {
    "nbval-check-output",
    "nbval-ignore-output",
    "nbval-skip",
    "hide-input",
    "raises-exception",
}
TEMPLATE_HEADINGS = {
    "es": ["## Resumen", "## Ejercicios", "## Referencias"],
    "en": ["## Summary", "## Exercises", "## References"],
}
PRIVATE = re.compile(r"(/home/|/root/|/work/|/tmp/|/Users/|C:\\\\Users)")


def _ids(paths):
    return [p.relative_to(DOCS).as_posix() for p in paths]


def _lang(path: Path) -> str:
    return path.name.split(".")[-2]


def _twin(path: Path, lang: str) -> Path:
    parts = path.name.split(".")
    parts[-2] = lang
    return path.with_name(".".join(parts))


def _content_files():
    return sorted(
        p
        for p in DOCS.rglob("*")
        if p.suffix in (".md", ".ipynb") and "assets" not in p.relative_to(DOCS).parts
    )


def test_there_are_notebooks():
    assert NOTEBOOKS, "no notebooks found under docs/"


@pytest.mark.parametrize("path", _content_files(), ids=_ids(_content_files()))
def test_every_page_and_notebook_has_its_twin(path):
    assert _lang(path) in LANGS, f"{path.name}: name it NAME.es{path.suffix} / NAME.en{path.suffix}"
    other = "en" if _lang(path) == "es" else "es"
    assert _twin(path, other).exists(), f"{path.relative_to(ROOT)} has no {other} twin"


def code_without_comments_and_strings(source: str) -> list[str]:
    """Tokens of a code cell with comments, strings and blank lines set aside."""
    # IPython magics (%pip, !ls) are not Python: compare them as a plain marker.
    lines = [
        "pass  # magic" if line.lstrip().startswith(("%", "!")) else line
        for line in source.splitlines()
    ]
    tokens = tokenize.generate_tokens(io.StringIO("\n".join(lines) + "\n").readline)
    skip = {
        tokenize.COMMENT,
        tokenize.NL,
        tokenize.NEWLINE,
        tokenize.INDENT,
        tokenize.DEDENT,
        tokenize.STRING,
    }
    # Python 3.12+ splits f-strings: skip their literal parts, keep the {expressions}.
    skip |= {
        getattr(tokenize, name)
        for name in ("FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END")
        if hasattr(tokenize, name)
    }
    kept = [tok.string for tok in tokens if tok.type not in skip]
    # A trailing comma is the formatter's choice (ruff adds one where a translated string
    # makes a call wrap): it is not a difference in code.
    # Strings are set aside, so a separator comma may now stand before a bracket too.
    out: list[str] = []
    for token in reversed(kept):
        if token == "," and out and out[-1] in CLOSING:
            continue
        out.append(token)
    return out[::-1]


CLOSING = {")", "]", "}"}


def test_the_code_comparison_ignores_only_comments_and_strings():
    a = 'x = f(1, "uno")  # comentario\nprint(f"{x} veces")\n'
    b = 'x = f(1, "one")  # comment\nprint(f"{x} times")\n'
    assert code_without_comments_and_strings(a) == code_without_comments_and_strings(b)
    assert code_without_comments_and_strings(a) != code_without_comments_and_strings(
        a.replace("f(1", "f(2")
    )
    wrapped = 'x = f(\n    1,\n    "uno",\n)\nprint(f"{x} veces")\n'
    assert code_without_comments_and_strings(wrapped) == code_without_comments_and_strings(b)


SPANISH = [p for p in NOTEBOOKS if _lang(p) == "es"]


@pytest.mark.parametrize("path", SPANISH, ids=_ids(SPANISH))
def test_twin_notebooks_have_the_same_cells_and_code(path):
    es = nbformat.read(path, as_version=4)
    en = nbformat.read(_twin(path, "en"), as_version=4)
    assert [c.cell_type for c in es.cells] == [c.cell_type for c in en.cells], (
        "twins must have the same sequence of Markdown and code cells"
    )
    for i, (a, b) in enumerate(zip(es.cells, en.cells, strict=True)):
        if a.cell_type == "code":
            assert code_without_comments_and_strings(a.source) == (
                code_without_comments_and_strings(b.source)
            ), f"code cell {i} differs between the twins"
            assert a.metadata.get("tags", []) == b.metadata.get("tags", []), f"cell {i} tags"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
class TestNotebook:
    def nb(self, path):
        return nbformat.read(path, as_version=4)

    def test_follows_the_lesson_template(self, path):
        nb = self.nb(path)
        assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# "), (
            "the first cell is the H1 title and a one-line summary"
        )
        markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
        for heading in TEMPLATE_HEADINGS[_lang(path)]:
            assert re.search(rf"^{re.escape(heading)}\s*$", markdown, re.M), f"missing {heading}"

    def test_first_code_cell_installs_the_course_package_in_colab(self, path, mkdocs_config):
        first = next(c for c in self.nb(path).cells if c.cell_type == "code")
        requirement = install_command(mkdocs_config["repo_url"], mkdocs_config["extra"]["branch"])
        assert "import snippets" in first.source and "%pip install" in first.source
        assert requirement in first.source, (
            f"the install cell must install {requirement} (from mkdocs.yml repo_url and branch)"
        )

    def test_was_run_top_to_bottom_in_a_clean_kernel(self, path):
        code = [c for c in self.nb(path).cells if c.cell_type == "code" and c.source.strip()]
        counts = [c.execution_count for c in code]
        assert counts == list(range(1, len(code) + 1)), (
            f"execution counts {counts}: run `make notebooks NB={path.relative_to(ROOT)}`"
        )

    def test_asserts_its_key_result_and_stored_it_passing(self, path):
        nb = self.nb(path)
        assert any("check_result(" in c.source for c in nb.cells if c.cell_type == "code")
        records = [
            o.data[RESULT_MIME]
            for c in nb.cells
            if c.cell_type == "code"
            for o in c.outputs
            if RESULT_MIME in o.get("data", {})
        ]
        assert records and all(r["passed"] for r in records)

    def test_outputs_are_clean(self, path):
        nb = self.nb(path)
        for i, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            assert set(cell.metadata.get("tags", [])) <= ALLOWED_TAGS, f"cell {i}: unknown tag"
            assert "execution" not in cell.metadata, f"cell {i}: timing metadata"
            for out in cell.outputs:
                assert out.output_type != "error", f"cell {i} stored an error"
                text = json.dumps(out)
                assert "\\u001b[" not in text and "\\r" not in text and "\\b" not in text, (
                    f"cell {i}: terminal control characters (use verbose=2 / refresh)"
                )
                assert not PRIVATE.search(text), f"cell {i}: a local path in the output"
                if out.output_type == "stream" and out.name == "stderr":
                    assert "absl::InitializeLog" not in out.text

    def test_has_two_to_four_self_checking_exercises_stored_unsolved(self, path):
        nb = self.nb(path)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert any("load_exercises(" in c.source for c in code), "no exercises loaded"
        checks = [c for c in code if re.search(r"\bex\.q\d+\.check\(", c.source)]
        assert 2 <= len(checks) <= 4, f"{len(checks)} exercises (2 to 4 expected)"
        for cell in checks:
            text = "".join(o.get("text", "") for o in cell.outputs)
            assert "✏️" in text, "store the exercises unanswered (the learner fills them in)"

    def test_figures_are_small(self, path):
        for cell in self.nb(path).cells:
            for out in cell.get("outputs", []):
                png = out.get("data", {}).get("image/png")
                if png:
                    assert len(base64.b64decode(png)) <= 150_000, "figure over 150 KB"
