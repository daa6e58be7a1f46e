"""The course status page: generated from benchmarks/*.json, complete, in the page's language."""

from __future__ import annotations

import json
import math
from html.parser import HTMLParser
from types import SimpleNamespace

import nbformat
import pytest
from conftest import DOCS, ROOT, notebooks
from mkdocs.exceptions import PluginError

from hooks import status
from hooks.status import (
    NBSP,
    check_records,
    describe_environment,
    entries,
    format_bar,
    format_number,
    format_seconds,
    render_status,
)

CPU_RECORD = ROOT / "benchmarks" / "cpu.json"
GPU_RECORD = ROOT / "benchmarks" / "gpu.json"
LANGS = {"es": "", "en": "en/"}
MACHINE = {"cpus": 2, "platform": "Linux-x86_64", "python": "3.11.7"}
VERSIONS = {"keras": "3.15.1", "backend": "tensorflow", "tensorflow": "2.21.0", "numpy": "2.4.6"}


def _entry(notebook="docs/a/a.es.ipynb", wall=37.3, results=None, **extra) -> dict:
    results = results or [{"name": "exactitud", "value": 0.9172, "bar": "≥ 0.91", "passed": True}]
    return {
        "notebook": notebook,
        "date": "2026-11-23T11:05:35+00:00",
        "machine": MACHINE,
        "versions": VERSIONS,
        "wall_s": wall,
        "peak_mem_mib": 1495.0,
        "results": results,
        "error": None,
        "within_budget": wall is not None and wall <= 120,
        "passed": all(r["passed"] for r in results) and wall is not None and wall <= 120,
        **extra,
    }


def _lesson(cpu: dict, gpu: dict | None = None, title="12. Redes convolucionales") -> dict:
    return {"title": title, "href": "../a/index.md", "cpu": cpu, "gpu": gpu}


def _rows(markdown: str) -> list[list[str]]:
    return [
        [cell.strip() for cell in line.strip("|").split(" | ")]
        for line in markdown.splitlines()
        if line.startswith("|")
    ]


# --- formatting -------------------------------------------------------------------------------


def test_numbers_use_a_decimal_comma_in_spanish_and_a_point_in_english():
    assert format_seconds(37.3, "es") == f"37,3{NBSP}s"
    assert format_seconds(37.3, "en") == f"37.3{NBSP}s"
    assert format_number(0.9172000288963318, "es") == "0,9172"
    assert format_number(0.9172000288963318, "en") == "0.9172"
    assert format_number(-1.0355916023254395, "es") == "-1,036"
    assert format_number(2916.6666666666665, "es") == "2917"
    assert format_number(1.0, "en") == "1" and format_number(0.0, "es") == "0"


def test_tiny_values_are_written_as_powers_of_ten():
    assert format_number(9.118615196257451e-09, "es") == f"9,12{NBSP}×{NBSP}10⁻⁹"
    assert format_number(5.551115123125783e-17, "en") == f"5.55{NBSP}×{NBSP}10⁻¹⁷"
    assert format_number(1e-06, "en") == "10⁻⁶"
    assert format_seconds(None, "es") == "—"


def test_bars_are_written_in_the_pages_language():
    assert format_bar("≥ 0.91", "es") == f"≥{NBSP}0,91"
    assert format_bar("≥ 0.91", "en") == f"≥{NBSP}0.91"
    assert format_bar("19 ± 0.5", "es") == f"19{NBSP}±{NBSP}0,5"
    assert format_bar("≤ 1e-06", "en") == f"≤{NBSP}10⁻⁶"
    assert format_bar("≥ 0.1 and ≤ 0.9", "es") == f"≥{NBSP}0,1 y ≤{NBSP}0,9"


# --- rendering --------------------------------------------------------------------------------


def test_each_result_is_a_row_with_its_bar_value_and_mark():
    results = [
        {"name": "diferencia máxima", "value": 2.4e-07, "bar": "≤ 1e-05", "passed": True},
        {"name": "exactitud en test", "value": 0.87, "bar": "≥ 0.91", "passed": False},
    ]
    rows = _rows(render_status([_lesson(_entry(results=results))], "es", 120))
    header, first, second = rows[0], rows[2], rows[3]
    assert header == ["Lección", "Resultado", "Umbral", "Valor", "Supera"] + [
        "Tiempo en CPU",
        "Memoria máx.",
        "Presupuesto ≤ 120 s",
    ]
    assert first == [
        "[12. Redes convolucionales](../a/index.md)",
        "diferencia máxima",
        f"≤{NBSP}10⁻⁵",
        f"2,4{NBSP}×{NBSP}10⁻⁷",
        "✓",
        f"37,3{NBSP}s",
        f"1495{NBSP}MiB",
        "✓",
    ]
    assert second[:5] == ["", "exactitud en test", f"≥{NBSP}0,91", "0,87", "✗"]


def test_summary_counts_lessons_that_meet_their_bars_and_budget():
    slow = _entry(wall=130.2)
    failed = _entry(results=[{"name": "acc", "value": 0.5, "bar": "≥ 0.9", "passed": False}])
    markdown = render_status([_lesson(_entry()), _lesson(slow), _lesson(failed)], "en", 120)
    assert "Meet all their bars: **2 of 3** lessons." in markdown
    assert "Within the 120 s CPU budget: **2 of 3**." in markdown
    assert _rows(markdown)[3][5:8] == [f"130.2{NBSP}s", f"1495{NBSP}MiB", "✗"]


def test_a_notebook_that_crashed_shows_its_error():
    crashed = _entry(wall=None, results=[], peak_mem_mib=None)
    crashed.update(error="CellExecutionError: boom", results=[])
    row = _rows(render_status([_lesson(crashed)], "en", 120))[2]
    assert row[1:5] == ["error: CellExecutionError: boom", "—", "—", "✗"]
    assert row[5:8] == ["—", "—", "✗"]


def test_result_names_stay_literal_in_the_table():
    weird = _entry(results=[{"name": "a | b *c*", "value": 1, "bar": "≥ 1", "passed": True}])
    assert r"a \| b \*c\*" in render_status([_lesson(weird)], "en", 120)


def test_no_gpu_column_without_gpu_data_and_one_with_it():
    cpu_only = render_status([_lesson(_entry())], "en", 120)
    assert "GPU" not in _rows(cpu_only)[0]
    gpu = _entry(wall=8.25, machine={**MACHINE, "gpu": "NVIDIA H100"})
    both = render_status([_lesson(_entry()), _lesson(_entry(), gpu)], "en", 120)
    header, rows = _rows(both)[0], _rows(both)[2:]
    assert header[8] == "GPU time"
    assert [row[8] for row in rows] == ["—", f"8.2{NBSP}s (B)"]  # two environments: A and B


def test_one_environment_is_named_once_below_the_table():
    markdown = render_status([_lesson(_entry()), _lesson(_entry())], "en", 120)
    assert "Measured" not in _rows(markdown)[0]  # one date for all: no date column
    assert markdown.rstrip().endswith(
        "Measured on 2026-11-23 with Python 3.11.7 · Keras 3.15.1 (backend tensorflow) · "
        "TensorFlow 2.21.0 · NumPy 2.4.6 · 2 CPUs · Linux-x86_64."
    )


def test_entries_measured_apart_show_their_own_date_and_environment():
    old = _entry(date="2026-10-01T09:00:00+00:00", versions={**VERSIONS, "keras": "3.14.0"})
    markdown = render_status([_lesson(_entry()), _lesson(old)], "es", 120)
    header, rows = _rows(markdown)[0], _rows(markdown)[2:]
    assert header[-1] == "Medido"
    assert [row[-1] for row in rows] == ["2026-11-23 (A)", "2026-10-01 (B)"]
    assert "- **B**: Python 3.11.7 · Keras 3.14.0 (motor tensorflow)" in markdown


def test_entries_take_the_reports_top_level_date_and_versions_when_they_have_none():
    report = {"date": "2026-01-01", "machine": MACHINE, "versions": VERSIONS, "notebooks": []}
    report["notebooks"] = [{"notebook": "docs/a/a.es.ipynb", "wall_s": 1.0, "date": "2026-02-02"}]
    entry = entries(report)["docs/a/a.es.ipynb"]
    assert entry["date"] == "2026-02-02" and entry["versions"] == VERSIONS
    assert describe_environment(entry, "es").startswith("Python 3.11.7 · Keras 3.15.1")


# --- failing loudly ---------------------------------------------------------------------------


def test_a_notebook_without_a_measurement_fails_with_the_command_that_fixes_it():
    cpu = {"docs/a/a.es.ipynb": _entry()}
    with pytest.raises(PluginError, match=r"make bench NB=docs/b/b\.en\.ipynb`") as error:
        check_records(["docs/a/a.es.ipynb", "docs/b/b.en.ipynb"], cpu, {})
    assert "\n" not in str(error.value) and "benchmarks/cpu.json" in str(error.value)
    with pytest.raises(PluginError, match=r'make bench NB="docs/b/b\.es\.ipynb docs/c/c\.es'):
        check_records(["docs/b/b.es.ipynb", "docs/c/c.es.ipynb"], cpu, {})


def test_records_hold_only_what_their_name_says():
    on_gpu = _entry(machine={**MACHINE, "gpu": "NVIDIA H100"})
    with pytest.raises(PluginError, match="cpu.json has GPU timings"):
        check_records(["docs/a/a.es.ipynb"], {"docs/a/a.es.ipynb": on_gpu}, {})
    with pytest.raises(PluginError, match="gpu.json has measurements made without a GPU"):
        check_records(["docs/a/a.es.ipynb"], {"docs/a/a.es.ipynb": _entry()}, {"x": _entry()})


@pytest.fixture
def course(tmp_path):
    """A one-lesson course: mkdocs.yml's folder, docs/ and the arguments the hook gets."""
    (tmp_path / "docs" / "a").mkdir(parents=True)
    (tmp_path / "docs" / "a" / "index.es.md").write_text("# Lección A\n\nTexto.\n")
    for lang in ("es", "en"):
        (tmp_path / "docs" / "a" / f"a.{lang}.ipynb").write_text("{}")
    config = {
        "theme": {"language": "es"},
        "config_file_path": str(tmp_path / "mkdocs.yml"),
        "docs_dir": str(tmp_path / "docs"),
        "nav": [{"Inicio": "index.md"}, {"7. Lección A": ["a/index.md", "a/a.ipynb"]}],
    }
    page = SimpleNamespace(file=SimpleNamespace(src_uri="status/index.es.md"))

    def build(record: dict | None) -> str:
        if record is not None:
            (tmp_path / "benchmarks").mkdir(exist_ok=True)
            (tmp_path / "benchmarks" / "cpu.json").write_text(json.dumps(record))
        return status.on_page_markdown(f"intro\n\n{status.MARKER}\n", page, config, None)

    return build


def test_the_build_fails_without_the_record(course):
    with pytest.raises(PluginError, match=r"benchmarks/cpu.json is missing; run `make bench`"):
        course(None)


def test_the_build_fails_when_a_notebook_has_no_entry(course):
    record = {"budget_s": 120, "notebooks": [_entry("docs/a/a.es.ipynb")]}
    with pytest.raises(PluginError, match=r"no measurement of docs/a/a\.en\.ipynb"):
        course(record)


def test_the_marker_becomes_the_lessons_table(course):
    record = {
        "budget_s": 120,
        "notebooks": [_entry("docs/a/a.es.ipynb"), _entry("docs/a/a.en.ipynb")],
    }
    markdown = course(record)
    assert status.MARKER not in markdown and markdown.startswith("intro\n")
    assert _rows(markdown)[2][:4] == [
        "[7. Lección A](../a/index.md)",
        "exactitud",
        f"≥{NBSP}0,91",
        "0,9172",
    ]


# --- the repository's record and the built site -----------------------------------------------


def _record() -> dict[str, dict]:
    assert CPU_RECORD.is_file(), "benchmarks/cpu.json is missing: run `make bench`"
    return entries(json.loads(CPU_RECORD.read_text(encoding="utf-8")))


def _key(notebook) -> str:
    return notebook.relative_to(ROOT).as_posix()


def test_every_notebook_under_docs_has_a_cpu_measurement():
    record = _record()
    missing = [_key(nb) for nb in notebooks() if _key(nb) not in record]
    assert not missing, f'run: make bench NB="{" ".join(missing)}"'


@pytest.mark.parametrize("notebook", notebooks(), ids=[nb.name for nb in notebooks()])
def test_recorded_results_are_the_ones_the_notebook_stores(notebook):
    """The record was measured on the notebook as it is: same results, same bars, same verdicts.
    Values agree to 1 % (or 1e-6: round-off measures such as 1e-17 are noise)."""
    entry = _record().get(_key(notebook))
    if entry is None:
        pytest.skip("no entry: test_every_notebook_under_docs_has_a_cpu_measurement fails")
    nb = nbformat.read(notebook, as_version=4)
    stored = [
        output["data"]["application/vnd.course.result+json"]
        for cell in nb.cells
        for output in cell.get("outputs", [])
        if "application/vnd.course.result+json" in output.get("data", {})
    ]
    recorded = entry["results"]
    fix = f"re-measure: make bench NB={_key(notebook)}"
    assert [(r["name"], r["bar"], r["passed"]) for r in recorded] == [
        (r["name"], r["bar"], r["passed"]) for r in stored
    ], fix
    for mine, theirs in zip(recorded, stored, strict=True):
        assert math.isclose(mine["value"], theirs["value"], rel_tol=1e-2, abs_tol=1e-6), fix


class Tables(HTMLParser):
    """The rows of a page's tables: each cell's text and links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows: list[list[dict]] = []
        self.text: list[str] = []
        self._cell: dict | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = {"text": "", "links": [], "header": tag == "th"}
            self.rows[-1].append(self._cell)
        elif tag == "a" and self._cell is not None:
            self._cell["links"].append(dict(attrs).get("href"))

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self._cell["text"] = self._cell["text"].strip()
            self._cell = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell["text"] += data


def _status_page(site, lang: str) -> Tables:
    page = Tables()
    page.feed((site / LANGS[lang] / "status" / "index.html").read_text(encoding="utf-8"))
    return page


def _lesson_rows(page: Tables) -> dict[str, list[list[str]]]:
    """Rows by the lesson folder their first row links to."""
    lessons: dict[str, list[list[str]]] = {}
    current = None
    for row in page.rows:
        if not row or row[0]["header"]:
            continue
        if row[0]["links"]:
            current = lessons.setdefault(row[0]["links"][0].strip("./").split("/")[0], [])
        current.append([cell["text"] for cell in row])
    return lessons


@pytest.mark.parametrize("lang", LANGS)
def test_status_page_lists_every_notebook_with_its_recorded_values(built_site, lang):
    site = built_site[0]
    page = _status_page(site, lang)
    header = [cell["text"] for cell in page.rows[0]]
    lessons = _lesson_rows(page)
    record = _record()
    mine = [nb for nb in notebooks() if nb.name.endswith(f".{lang}.ipynb")]
    assert sorted(lessons) == sorted(nb.parent.name for nb in mine)
    for notebook in mine:
        entry, rows = record[_key(notebook)], lessons[notebook.parent.name]
        assert [row[1:5] for row in rows] == [
            [
                r["name"],
                format_bar(r["bar"], lang),
                format_number(r["value"], lang),
                "✓✗"[not r["passed"]],
            ]
            for r in entry["results"]
        ], notebook.name
        assert rows[0][5] == format_seconds(entry["wall_s"], lang)
        assert rows[0][6] == f"{entry['peak_mem_mib']:.0f}{NBSP}MiB"
        assert rows[0][7] == "✓✗"[not entry["within_budget"]]
    assert ("GPU" in " ".join(header)) == GPU_RECORD.is_file()


@pytest.mark.parametrize("lang", LANGS)
def test_status_page_names_the_versions_and_machine_it_was_measured_with(built_site, lang):
    text = "".join(_status_page(built_site[0], lang).text)
    for entry in _record().values():
        assert describe_environment(entry, lang) in text
        assert entry["date"][:10] in text


def test_status_page_links_lessons_in_the_pages_language(built_site):
    site = built_site[0]
    for lang in LANGS:
        page = _status_page(site, lang)
        titles = {
            cells[0]["links"][0]: cells[0]["text"]
            for cells in page.rows
            if cells and cells[0]["links"]
        }
        assert titles["../history/"].endswith(
            {"es": "Historia de las redes neuronales", "en": "The history of neural networks"}[lang]
        )
        for href in titles:
            assert (site / LANGS[lang] / "status" / href / "index.html").resolve().is_file(), href


@pytest.mark.parametrize("lang", LANGS)
def test_home_page_links_to_the_status_page(built_site, lang):
    home = (built_site[0] / LANGS[lang] / "index.html").read_text(encoding="utf-8")
    assert 'href="status/"' in home


def test_status_pages_exist_in_both_languages():
    for lang in LANGS:
        text = (DOCS / "status" / f"index.{lang}.md").read_text(encoding="utf-8")
        assert status.MARKER in text and "make bench" in text
