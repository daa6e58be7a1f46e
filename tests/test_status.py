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
    LABELS,
    NBSP,
    check_records,
    describe_environment,
    entries,
    format_bar,
    format_number,
    format_seconds,
    format_spread,
    format_time,
    render_status,
    worst_seed,
)

CPU_RECORD = ROOT / "benchmarks" / "cpu.json"
OLDEST_RECORD = ROOT / "benchmarks" / "cpu-oldest.json"
GPU_RECORD = ROOT / "benchmarks" / "gpu.json"
LANGS = {"es": "", "en": "en/"}
MACHINE = {"cpus": 2, "platform": "Linux-x86_64", "python": "3.11.7"}
VERSIONS = {"keras": "3.15.1", "backend": "tensorflow", "tensorflow": "2.21.0", "numpy": "2.4.6"}
OLDEST = {"keras": "3.10.0", "backend": "tensorflow", "tensorflow": "2.19.0", "numpy": "1.26.0"}


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


def _measured(notebook="docs/a/a.es.ipynb", wall=37.3, units=6.48, seeds=None, **extra) -> dict:
    """An entry as ``make bench`` writes it now: the time in reference units, the stack and,
    with ``seeds``, the spread of each result over that many seeds."""
    entry = _entry(notebook, wall, stack="pinned", reference_s=5.76, **extra)
    entry |= {"wall_units": units, "within_budget": units <= 16, "within_budget_s": wall <= 120}
    if seeds:
        entry["seeds"] = [
            {"name": r["name"], "bar": r["bar"], "seeds": seeds, "passed_all": True}
            | {"min": r["value"] - 0.0044, "median": r["value"], "max": r["value"] + 0.003}
            for r in entry["results"]
        ]
    return entry


def _oldest(notebook="docs/a/a.en.ipynb", wall=41.0, units=7.12, **extra) -> dict:
    extra = {"machine": {**MACHINE, "python": "3.11.9"}, "versions": OLDEST} | extra
    entry = _measured(notebook, wall, units, **extra)
    return entry | {"stack": "oldest"}


def _lesson(cpu: dict, gpu: dict | None = None, title="12. Redes convolucionales", **oldest):
    """A lesson for ``render_status``; ``oldest=entry_or_None`` where the oldest record exists."""
    return {"title": title, "href": "../a/index.md", "cpu": cpu, "gpu": gpu, **oldest}


def _rows(markdown: str) -> list[list[str]]:
    return [
        [cell.strip() for cell in line.strip("|").split(" | ")]
        for line in markdown.splitlines()
        if line.startswith("|")
    ]


def _column(header: list[str], lang: str, name: str) -> int:
    """The index of a column in a rendered header, by its name in ``LABELS[lang]``."""
    label = LABELS[lang]["columns"][name].split("{")[0].strip()
    return next(i for i, text in enumerate(header) if text.startswith(label))


def _cells(markdown: str, lang: str, name: str) -> list[str]:
    """One column's cells, row by row (the lessons' rows and their results' rows)."""
    rows = _rows(markdown)
    i = _column(rows[0], lang, name)
    return [row[i] for row in rows[2:]]


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


def test_times_are_written_in_seconds_and_in_reference_units():
    assert format_time(_measured(), "es") == f"37,3{NBSP}s · 6,5{NBSP}u."
    assert format_time(_measured(), "en") == f"37.3{NBSP}s · 6.5{NBSP}units"
    assert format_time(_entry(), "es") == f"37,3{NBSP}s · —"  # measured before the unit
    assert format_time(_entry(), "es", units=False) == f"37,3{NBSP}s"
    assert format_time(_entry(wall=None), "en") == "—"


def test_a_seed_spread_is_its_worst_seed_and_median_in_the_pages_notation():
    spread = {"name": "acc", "bar": "≥ 0.91", "seeds": 5, "min": 0.9128, "median": 0.9172}
    spread |= {"max": 0.92, "passed_all": True}
    assert format_spread(spread, "es") == "0,9128 / 0,9172 (5 semillas)"
    assert format_spread(spread, "en") == "0.9128 / 0.9172 (5 seeds)"
    missed = spread | {"min": 0.905, "passed_all": False}
    assert format_spread(missed, "en") == "0.905 / 0.9172 (5 seeds; some miss the bar)"
    assert format_spread(None, "es") == "—"


def test_the_worst_seed_is_the_one_nearest_to_failing_its_bar():
    spread = {"name": "x", "seeds": 5, "min": 0.2, "median": 0.5, "max": 0.7, "passed_all": True}
    assert worst_seed(spread | {"bar": "≥ 0.1"}) == 0.2  # a lower bar: the minimum
    assert worst_seed(spread | {"bar": "≤ 0.75"}) == 0.7  # an upper bar: the maximum
    assert worst_seed(spread | {"bar": "0.4 ± 0.35"}) == 0.7  # 0.05 below 0.75, 0.15 above 0.05
    assert worst_seed(spread | {"bar": "≥ 0.19 and ≤ 0.9"}) == 0.2
    tiny = spread | {"bar": "≤ 1e-06", "min": 3e-9, "median": 9e-9, "max": 2.5e-8}
    assert format_spread(tiny, "es") == f"2,5{NBSP}×{NBSP}10⁻⁸ / 9{NBSP}×{NBSP}10⁻⁹ (5 semillas)"


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
    rows = _rows(render_status([_lesson(_measured(results=results))], "es", 120, 16))
    header, first, second = rows[0], rows[2], rows[3]
    assert header == ["Lección", "Resultado", "Umbral", "Valor", "Supera"] + [
        "Tiempo en CPU",
        f"Presupuesto ≤{NBSP}16{NBSP}u. (≈{NBSP}120{NBSP}s)",
        "Memoria máx.",
    ]
    assert first == [
        "[12. Redes convolucionales](../a/index.md)",
        "diferencia máxima",
        f"≤{NBSP}10⁻⁵",
        f"2,4{NBSP}×{NBSP}10⁻⁷",
        "✓",
        f"37,3{NBSP}s · 6,5{NBSP}u.",
        "✓",
        f"1495{NBSP}MiB",
    ]
    assert second == ["", "exactitud en test", f"≥{NBSP}0,91", "0,87", "✗", "", "", ""]


def test_the_budget_is_stated_in_units_and_seconds_with_its_calibration():
    markdown = render_status([_lesson(_measured())], "en", 120, 16)
    assert f"Within the CPU budget, ≤{NBSP}16{NBSP}units (≈{NBSP}120{NBSP}s): **1 of 1**." in (
        markdown
    )
    assert f"Calibration: 16{NBSP}units = 120{NBSP}s ÷ 7.5{NBSP}s, the reference" in markdown
    spanish = render_status([_lesson(_measured())], "es", 120, 12.5)
    assert f"Calibración: 12,5{NBSP}u. = 120{NBSP}s ÷ 9,6{NBSP}s, el tiempo de" in spanish


def test_the_budget_mark_follows_the_units_not_the_seconds():
    slow_day = _measured(wall=131.0, units=15.2)  # over 120 s, but a slow machine that day
    too_long = _measured(wall=60.0, units=17.1)  # under 120 s, but a fast machine that day
    markdown = render_status([_lesson(slow_day), _lesson(too_long)], "en", 120, 16)
    assert _cells(markdown, "en", "budget") == ["✓", "✗"]
    assert _cells(markdown, "en", "cpu") == [
        f"131.0{NBSP}s · 15.2{NBSP}units",
        f"60.0{NBSP}s · 17.1{NBSP}units",
    ]
    assert "Within the CPU budget" in markdown and "**1 of 2**." in markdown


def test_summary_counts_lessons_that_meet_their_bars_and_budget():
    slow = _entry(wall=130.2)
    failed = _entry(results=[{"name": "acc", "value": 0.5, "bar": "≥ 0.9", "passed": False}])
    markdown = render_status([_lesson(_entry()), _lesson(slow), _lesson(failed)], "en", 120)
    assert "Meet all their bars: **2 of 3** lessons." in markdown
    assert f"Within the CPU budget, ≤{NBSP}120{NBSP}s: **2 of 3**." in markdown
    assert _rows(markdown)[3][5:8] == [f"130.2{NBSP}s", "✗", f"1495{NBSP}MiB"]


def test_a_record_from_before_the_reference_unit_is_judged_and_shown_in_seconds():
    markdown = render_status([_lesson(_entry())], "es", 120)  # no budget_units, no wall_units
    header, row = _rows(markdown)[0], _rows(markdown)[2]
    assert f"Presupuesto ≤{NBSP}120{NBSP}s" in header and "u." not in " ".join(header)
    assert row[5:7] == [f"37,3{NBSP}s", "✓"]
    assert "Calibración" not in markdown


def test_entries_without_the_new_fields_show_a_dash_where_a_figure_is_missing():
    old = _entry("docs/b/b.es.ipynb", wall=20.0)  # no wall_units, no seeds, no stack
    markdown = render_status(
        [_lesson(_measured(seeds=5)), _lesson(old, title="13. B")], "es", 120, 16
    )
    assert _cells(markdown, "es", "cpu")[1] == f"20,0{NBSP}s · —"
    assert _cells(markdown, "es", "budget")[1] == "✓"  # as recorded, in seconds
    assert _cells(markdown, "es", "seeds") == ["0,9128 / 0,9172 (5 semillas)", "—"]


def test_a_notebook_that_crashed_shows_its_error():
    crashed = _entry(wall=None, results=[], peak_mem_mib=None)
    crashed.update(error="CellExecutionError: boom", results=[])
    row = _rows(render_status([_lesson(crashed)], "en", 120))[2]
    assert row[1:5] == ["error: CellExecutionError: boom", "—", "—", "✗"]
    assert row[5:8] == ["—", "✗", "—"]


def test_result_names_stay_literal_in_the_table():
    weird = _entry(results=[{"name": "a | b *c*", "value": 1, "bar": "≥ 1", "passed": True}])
    assert r"a \| b \*c\*" in render_status([_lesson(weird)], "en", 120)


def test_no_gpu_column_without_gpu_data_and_one_with_it():
    cpu_only = render_status([_lesson(_entry())], "en", 120)
    assert "GPU" not in " ".join(_rows(cpu_only)[0])
    gpu = _entry(wall=8.25, machine={**MACHINE, "gpu": "NVIDIA H100"})
    both = render_status([_lesson(_entry()), _lesson(_entry(), gpu)], "en", 120)
    header, rows = _rows(both)[0], _rows(both)[2:]
    assert header[8] == "GPU time"
    assert [row[8] for row in rows] == ["—", f"8.2{NBSP}s (B)"]  # two environments: A and B
    assert "- **B** (GPU time): Python 3.11.7" in both


def test_each_asserted_result_shows_its_spread_over_seeds():
    results = [
        {"name": "accuracy", "value": 0.9172, "bar": "≥ 0.91", "passed": True},
        {"name": "loss", "value": 0.31, "bar": "≤ 0.4", "passed": True},
    ]
    markdown = render_status([_lesson(_measured(results=results, seeds=5))], "en", 120, 16)
    header = _rows(markdown)[0]
    assert header[4:6] == ["Met", "Across seeds: worst / median"]
    assert _cells(markdown, "en", "seeds") == [
        "0.9128 / 0.9172 (5 seeds)",  # ≥ 0.91: the lowest seed
        "0.313 / 0.31 (5 seeds)",  # ≤ 0.4: the highest
    ]
    spanish = render_status([_lesson(_measured(results=results, seeds=5))], "es", 120, 16)
    assert _cells(spanish, "es", "seeds")[0] == "0,9128 / 0,9172 (5 semillas)"
    assert "Entre semillas: peor / mediana" in _rows(spanish)[0]


def test_a_lesson_whose_worst_seed_misses_a_bar_does_not_count_as_met():
    entry = _measured(seeds=5)
    entry["seeds"][0] |= {"min": 0.905, "passed_all": False}
    markdown = render_status([_lesson(entry)], "es", 120, 16)
    assert _cells(markdown, "es", "seeds") == ["0,905 / 0,9172 (5 semillas; alguna no lo supera)"]
    assert "Superan todos sus umbrales: **0 de 1** lecciones." in markdown


def test_no_seeds_column_when_no_entry_was_run_with_several_seeds():
    markdown = render_status([_lesson(_measured())], "en", 120, 16)
    assert "seeds" not in " ".join(_rows(markdown)[0])


def test_the_oldest_stack_column_shows_time_units_and_bars_of_the_english_notebook():
    missed = [{"name": "accuracy", "value": 0.90, "bar": "≥ 0.91", "passed": False}]
    lessons = [
        _lesson(_measured(), oldest=_oldest()),
        _lesson(_measured(), oldest=_oldest(results=missed)),
        _lesson(_measured(), oldest=None),  # not measured on the oldest stack yet
    ]
    markdown = render_status(lessons, "es", 120, 16)
    assert _rows(markdown)[0][_column(_rows(markdown)[0], "es", "oldest")] == (
        "Versiones mínimas: tiempo · umbrales"
    )
    assert _cells(markdown, "es", "oldest") == [
        f"41,0{NBSP}s · 7,1{NBSP}u. · ✓ (B)",
        f"41,0{NBSP}s · 7,1{NBSP}u. · ✗ (B)",
        "—",
    ]
    assert "- **B** (versiones mínimas): Python 3.11.9 · Keras 3.10.0" in markdown
    assert "- **A** (tiempo en CPU): Python 3.11.7 · Keras 3.15.1" in markdown


def test_no_oldest_stack_column_without_its_record():
    markdown = render_status([_lesson(_measured())], "en", 120, 16)
    assert "Oldest" not in " ".join(_rows(markdown)[0])


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
    assert "- **B** (tiempo en CPU): Python 3.11.7 · Keras 3.14.0 (motor tensorflow)" in markdown


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


def test_the_oldest_stack_record_holds_only_cpu_timings_of_the_oldest_stack():
    cpu = {"docs/a/a.es.ipynb": _measured()}
    check_records(["docs/a/a.es.ipynb"], cpu, {}, {"docs/a/a.en.ipynb": _oldest()})
    on_gpu = _oldest(machine={**MACHINE, "gpu": "NVIDIA H100"})
    with pytest.raises(PluginError, match="cpu-oldest.json has GPU timings") as error:
        check_records(["docs/a/a.es.ipynb"], cpu, {}, {"docs/a/a.en.ipynb": on_gpu})
    assert "`CUDA_VISIBLE_DEVICES= make bench STACK=oldest NB=docs/a/a.en.ipynb`" in str(
        error.value
    )
    pinned = {"docs/a/a.en.ipynb": _measured("docs/a/a.en.ipynb"), "docs/b/b.en.ipynb": _entry()}
    with pytest.raises(PluginError, match="not measured on the oldest stack") as error:
        check_records(["docs/a/a.es.ipynb"], cpu, {}, pinned)
    assert "\n" not in str(error.value)
    assert 'make bench STACK=oldest NB="docs/a/a.en.ipynb docs/b/b.en.ipynb"`' in str(error.value)


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

    def build(record: dict | None, oldest: dict | None = None) -> str:
        for name, written in (("cpu.json", record), ("cpu-oldest.json", oldest)):
            if written is not None:
                (tmp_path / "benchmarks").mkdir(exist_ok=True)
                (tmp_path / "benchmarks" / name).write_text(json.dumps(written))
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


def _pinned_record() -> dict:
    notebooks = [_measured("docs/a/a.es.ipynb", seeds=5), _measured("docs/a/a.en.ipynb")]
    return {"budget_s": 120, "budget_units": 16, "notebooks": notebooks}


def test_the_spanish_page_shows_the_oldest_stack_time_of_the_english_notebook(course):
    oldest = {"budget_s": 120, "budget_units": 16, "notebooks": [_oldest("docs/a/a.en.ipynb")]}
    markdown = course(_pinned_record(), oldest)
    assert _cells(markdown, "es", "oldest") == [f"41,0{NBSP}s · 7,1{NBSP}u. · ✓ (B)"]
    assert _cells(markdown, "es", "seeds") == ["0,9128 / 0,9172 (5 semillas)"]
    assert f"Calibración: 16{NBSP}u. = 120{NBSP}s ÷ 7,5{NBSP}s" in markdown


def test_the_build_works_without_the_oldest_stack_record_and_hides_its_column(course):
    markdown = course(_pinned_record())
    assert "Versiones mínimas" not in markdown
    assert _cells(markdown, "es", "cpu") == [f"37,3{NBSP}s · 6,5{NBSP}u."]


def test_the_build_fails_when_the_oldest_stack_record_holds_another_stack(course):
    oldest = {"budget_s": 120, "notebooks": [_measured("docs/a/a.en.ipynb")]}  # stack: pinned
    with pytest.raises(PluginError, match=r"cpu-oldest\.json has entries not measured on the"):
        course(_pinned_record(), oldest)


# --- the repository's record and the built site -----------------------------------------------


def _report() -> dict:
    assert CPU_RECORD.is_file(), "benchmarks/cpu.json is missing: run `make bench`"
    return json.loads(CPU_RECORD.read_text(encoding="utf-8"))


def _record() -> dict[str, dict]:
    return entries(_report())


def _oldest_record() -> dict[str, dict]:
    """The oldest stack's entries; none where the record is not there (it is optional)."""
    if not OLDEST_RECORD.is_file():
        return {}
    return entries(json.loads(OLDEST_RECORD.read_text(encoding="utf-8")))


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


SITE_SECTION = {"es": '<h2 id="la-web"', "en": '<h2 id="the-site"'}


def _status_page(site, lang: str) -> Tables:
    """The lessons' part of the status page (the site's tables follow: test_site_status.py)."""
    html = (site / LANGS[lang] / "status" / "index.html").read_text(encoding="utf-8")
    assert SITE_SECTION[lang] in html
    page = Tables()
    page.feed(html.split(SITE_SECTION[lang], 1)[0])
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
    record, oldest = _record(), _oldest_record()
    units = _report().get("budget_units") is not None
    cpu, budget = _column(header, lang, "cpu"), _column(header, lang, "budget")
    memory = _column(header, lang, "memory")
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
        assert rows[0][cpu] == format_time(entry, lang, units)
        assert rows[0][memory] == f"{entry['peak_mem_mib']:.0f}{NBSP}MiB"
        assert rows[0][budget] == "✓✗"[not entry["within_budget"]]
        if entry.get("seeds"):
            seeds = _column(header, lang, "seeds")
            assert [row[seeds] for row in rows][: len(entry["seeds"])] == [
                format_spread(spread, lang) for spread in entry["seeds"]
            ]
        if OLDEST_RECORD.is_file():
            english = _key(notebook).removesuffix(f".{lang}.ipynb") + ".en.ipynb"
            expected = format_time(oldest[english], lang) if english in oldest else "—"
            assert rows[0][_column(header, lang, "oldest")].startswith(expected), notebook.name
    assert ("GPU" in " ".join(header)) == GPU_RECORD.is_file()
    assert (LABELS[lang]["columns"]["oldest"] in header) == OLDEST_RECORD.is_file()


@pytest.mark.parametrize("lang", LANGS)
def test_status_page_names_the_versions_and_machine_it_was_measured_with(built_site, lang):
    """Each page lists its own language's notebooks (and the oldest stack's English twins), so
    it names the machines those were measured on; the other language may have run elsewhere."""
    text = "".join(_status_page(built_site[0], lang).text)
    own = [entry for key, entry in _record().items() if key.endswith(f".{lang}.ipynb")]
    for entry in [*own, *_oldest_record().values()]:
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


def test_a_notebook_measured_with_one_seed_shows_its_twins_seed_spread():
    from hooks.status import with_twin_seeds

    result = {"name": "test accuracy", "bar": "≥ 0.91", "value": 0.915, "passed": True}
    spread = {
        "name": "exactitud en test",
        "bar": "≥ 0.91",
        "seeds": 5,
        "min": 0.913,
        "median": 0.915,
        "max": 0.917,
        "passed_all": True,
    }
    entry = {"results": [result]}
    shown = with_twin_seeds(entry, {"seeds": [spread]})
    assert shown["seeds"] == [{**spread, "name": "test accuracy"}]
    assert with_twin_seeds(entry, {"seeds": [{**spread, "bar": "≥ 0.9"}]}) == entry
    assert with_twin_seeds(entry, None) == entry
