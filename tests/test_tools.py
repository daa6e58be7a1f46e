"""The notebook tool's cleaning and reporting, and the site hook's URL helpers."""

import json
import subprocess
import sys

import nbformat
import pytest
from conftest import ROOT

from hooks.notebook_buttons import install_command, notebook_links

sys.path.insert(0, str(ROOT / "tools"))
import notebooks as nbtool  # noqa: E402


def test_clean_text_keeps_the_last_progress_frame_and_drops_colour_codes():
    raw = "\x1b[1mEpoch 1\x1b[0m\n 1/9 [==\r 9/9 [======] - loss: 0.3\n"
    assert nbtool.clean_text(raw) == "Epoch 1\n 9/9 [======] - loss: 0.3\n"


def test_clean_text_hides_local_paths():
    text = f"{ROOT}/docs/x.py and {nbtool.Path.home()}/y and /opt/venv/lib/site-packages/k.py"
    cleaned = nbtool.clean_text(text)
    assert str(ROOT) not in cleaned and "./docs/x.py" in cleaned
    assert "site-packages/k.py" in cleaned and "/opt/venv" not in cleaned


def _cell_with(*outputs):
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = list(outputs)
    cell.metadata["execution"] = {"iopub.status.busy": "2026-01-01"}
    nb = nbformat.v4.new_notebook()
    nb.cells = [cell]
    return nb


def test_clean_outputs_coalesces_streams_and_drops_tensorflow_log_lines():
    nb = _cell_with(
        nbformat.v4.new_output("stream", name="stdout", text="a\n"),
        nbformat.v4.new_output("stream", name="stdout", text="b\n"),
        nbformat.v4.new_output(
            "stream",
            name="stderr",
            text="I0000 00:00:1795.348164    6302 port.cc:153] oneDNN custom operations\n",
        ),
    )
    nbtool.clean_outputs(nb)
    outputs = nb.cells[0].outputs
    assert [(o.name, o.text) for o in outputs] == [("stdout", "a\nb\n")]
    assert "execution" not in nb.cells[0].metadata


def test_results_are_read_back_from_the_outputs():
    record = {"name": "acc", "value": 0.9, "bar": "≥ 0.88", "passed": True}
    nb = _cell_with(nbformat.v4.new_output("display_data", data={nbtool.RESULT_MIME: record}))
    assert nbtool.results_of(nb) == [record]


def test_benchmark_table_lists_each_notebook_with_seconds_units_result_and_seeds():
    report = {
        "date": "2026-01-01",
        "machine": {"cpus": 2, "python": "3.11.7"},
        "budget_s": 120,
        "budget_units": 20,
        "stack": "oldest",
        "versions": {"keras": "3", "backend": "tensorflow", "tensorflow": "2", "numpy": "1.26"},
        "notebooks": [
            {
                "notebook": "docs/a.es.ipynb",
                "wall_s": 10.0,
                "reference_s": 5.0,
                "wall_units": 2.0,
                "peak_mem_mib": 600,
                "passed": True,
                "error": None,
                "results": [{"name": "acc", "value": 0.91, "bar": "≥ 0.88"}],
                "seeds": [{"name": "acc", "min": 0.9, "median": 0.91, "seeds": 5}],
            }
        ],
    }
    table = nbtool.format_table(report)
    assert "stack oldest" in table and "reference workload 5.0 s" in table
    assert "budget 20 units (120 s)" in table
    assert (
        "| docs/a.es.ipynb | 10.0 | 2.0 | 600 | acc = 0.91 (bar ≥ 0.88) | "
        "acc: min 0.9, median 0.91 over 5 seeds | ok |"
    ) in table


def test_reseeding_adds_the_offset_to_every_seed_everything_call():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("seed_everything(42)\nx = 1"),
        nbformat.v4.new_markdown_cell("seed_everything(42) in prose stays"),
        nbformat.v4.new_code_cell("    seed_everything(3)  # same weights"),
    ]
    assert nbtool.reseed(nb, 2) == 2
    assert nb.cells[0].source == "seed_everything(44)\nx = 1"
    assert nb.cells[1].source == "seed_everything(42) in prose stays"
    assert nb.cells[2].source == "    seed_everything(5)  # same weights"


def test_a_notebook_without_seed_everything_cannot_be_reseeded():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("x = 1")]
    with pytest.raises(ValueError, match="never calls seed_everything"):
        nbtool.reseed(nb, 1)


def test_seed_spread_gives_min_median_max_and_whether_every_seed_met_the_bar():
    def run(value, passed=True):
        return [{"name": "acc", "bar": "≥ 0.88", "value": value, "passed": passed}]

    spread = nbtool.seed_spread([run(0.89), run(0.87, passed=False), run(0.90)])
    assert spread == [
        {
            "name": "acc",
            "bar": "≥ 0.88",
            "seeds": 3,
            "min": 0.87,
            "median": 0.89,
            "max": 0.90,
            "passed_all": False,
        }
    ]


def test_the_budget_is_judged_in_reference_units_not_seconds():
    def row(wall):
        return {"wall_s": wall, "results": [], "error": None}

    slow_day = row(150.0)  # over 120 s, but only 15 units of a 10 s reference
    nbtool._judge(slow_day, reference_s=10.0)
    assert slow_day["wall_units"] == 15.0 and slow_day["passed"]
    assert slow_day["within_budget"] and not slow_day["within_budget_s"]
    heavy = row(60.0)  # under 120 s, but 30 units of a 2 s reference (a fast day)
    nbtool._judge(heavy, reference_s=2.0)
    assert heavy["wall_units"] > nbtool.BUDGET_UNITS and not heavy["passed"]


def test_a_seed_that_misses_a_bar_fails_the_benchmark():
    row = {"wall_s": 10.0, "results": [{"passed": True}], "error": None}
    row["seeds"] = [{"passed_all": False}]
    nbtool._judge(row, reference_s=5.0)
    assert not row["passed"]


def test_tool_rejects_paths_that_are_not_notebooks(capsys):
    with pytest.raises(SystemExit):
        nbtool.main(["refresh", "README.md"])
    assert "not a notebook" in capsys.readouterr().err


def test_buttons_are_built_from_repo_url_and_branch():
    links = notebook_links("https://github.com/me/course", "dev", "docs/a/a.es.ipynb")
    assert links["colab"] == (
        "https://colab.research.google.com/github/me/course/blob/dev/docs/a/a.es.ipynb"
    )
    assert links["source"] == "https://github.com/me/course/blob/dev/docs/a/a.es.ipynb"
    assert install_command("https://github.com/me/course", "dev") == (
        "git+https://github.com/me/course.git@dev"
    )


def test_a_repo_url_that_is_not_github_is_reported():
    with pytest.raises(ValueError, match="OWNER/REPO"):
        notebook_links("https://gitlab.com/me", "main", "x.ipynb")


# --- benchmark records: benchmarks/cpu.json, benchmarks/gpu.json ---------------------------------

HISTORY = "docs/history/history.es.ipynb"
PERCEPTRON = "docs/perceptron/perceptron.es.ipynb"
VERSIONS = {"keras": "3.15.1", "backend": "tensorflow", "tensorflow": "2.21.0", "numpy": "2.4.6"}


def _report(*notebooks, date="2026-01-01T00:00:00+00:00", keras="3.15.1"):
    return {
        "date": date,
        "machine": {"cpus": 2, "platform": "Linux", "python": "3.11.7"},
        "versions": {**VERSIONS, "keras": keras},
        "budget_s": 120,
        "notebooks": [
            {"notebook": n, "wall_s": 10.0, "peak_mem_mib": 600.0, "results": [], "passed": True}
            for n in notebooks
        ],
    }


def _by_notebook(record):
    return {entry["notebook"]: entry for entry in record["notebooks"]}


def test_merging_a_run_keeps_the_other_notebooks_and_dates_each_entry():
    old = _report("docs/a.es.ipynb", "docs/b.es.ipynb", date="2026-01-01", keras="3.14.0")
    new = _report("docs/b.es.ipynb", date="2026-02-02")
    merged = nbtool.merge_reports([old, new])
    assert set(merged) == {"budget_s", "budget_units", "notebooks"}
    entries = _by_notebook(merged)
    assert list(entries) == ["docs/a.es.ipynb", "docs/b.es.ipynb"]
    assert entries["docs/a.es.ipynb"]["date"] == "2026-01-01"
    assert entries["docs/a.es.ipynb"]["versions"]["keras"] == "3.14.0"
    assert entries["docs/b.es.ipynb"]["date"] == "2026-02-02"
    assert entries["docs/b.es.ipynb"]["versions"]["keras"] == "3.15.1"
    assert entries["docs/b.es.ipynb"]["machine"]["python"] == "3.11.7"


def test_merging_drops_notebooks_that_no_longer_exist():
    merged = nbtool.merge_reports(
        [_report("docs/a.es.ipynb", "docs/gone.es.ipynb")], keep={"docs/a.es.ipynb"}
    )
    assert list(_by_notebook(merged)) == ["docs/a.es.ipynb"]


def test_bench_merges_its_run_into_the_record(tmp_path, monkeypatch):
    out = tmp_path / "cpu.json"
    gone = "docs/gone/gone.es.ipynb"
    out.write_text(
        json.dumps(nbtool.merge_reports([_report(PERCEPTRON, HISTORY, gone, date="old")]))
    )
    row = {
        "notebook": HISTORY,
        "wall_s": 12.5,
        "peak_mem_mib": 616.0,
        "results": [{"name": "growth", "value": 2917.0, "bar": "2917 ± 1", "passed": True}],
        "error": None,
        "within_budget": True,
        "passed": True,
    }
    monkeypatch.setattr(
        nbtool, "_environment", lambda python: ({**VERSIONS, "python": "3.11.7"}, [])
    )
    monkeypatch.setattr(nbtool, "_measure_reference", lambda python: 5.0)
    monkeypatch.setattr(
        nbtool,
        "_in_child",
        lambda command, path, *a, **kw: subprocess.CompletedProcess([], 0, json.dumps(row), ""),
    )
    student = tmp_path / "env" / "bin" / "python"
    assert nbtool._bench_in(student, [ROOT / HISTORY], tmp_path / "run.json", out, "pinned", 1) == 0
    entries = _by_notebook(json.loads(out.read_text(encoding="utf-8")))
    assert list(entries) == [HISTORY, PERCEPTRON]  # the run's notebook replaced, the other kept
    assert entries[HISTORY]["wall_s"] == 12.5 and entries[HISTORY]["date"] != "old"
    assert entries[HISTORY]["wall_units"] == 2.5 and entries[HISTORY]["stack"] == "pinned"
    assert entries[HISTORY]["versions"] == VERSIONS and entries[HISTORY]["machine"]["gpu"] is None
    assert entries[PERCEPTRON]["date"] == "old"
    run = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert [entry["notebook"] for entry in run["notebooks"]] == [HISTORY]  # --json: this run


def test_a_run_on_a_gpu_is_recorded_apart_from_the_cpu_ones():
    assert nbtool.default_record([]) == ROOT / "benchmarks" / "cpu.json"
    assert nbtool.default_record(["NVIDIA H100 80GB HBM3"]) == ROOT / "benchmarks" / "gpu.json"
    assert nbtool.default_record([], "oldest") == ROOT / "benchmarks" / "cpu-oldest.json"
    # another Keras backend: apart on a CPU; on a GPU, gpu.json (its entries name the backend)
    assert nbtool.default_record([], "pinned", "jax") == ROOT / "benchmarks" / "cpu-jax.json"
    on_gpu = nbtool.default_record(["NVIDIA H200"], "pinned", "jax")
    assert on_gpu == ROOT / "benchmarks" / "gpu.json"


@pytest.mark.parametrize("backend", ["tensorflow", "jax", "torch"])
def test_the_benchmark_records_the_backend_keras_runs_and_its_version(backend, monkeypatch):
    """The recording path of a GPU run, on this CPU: the same code, no GPU found."""
    monkeypatch.setenv("KERAS_BACKEND", backend)
    versions, gpus = nbtool._environment(ROOT / ".venv" / "bin" / "python")
    assert versions["backend"] == backend and gpus == []
    library = {"tensorflow": "tensorflow", "jax": "jax", "torch": "torch"}[backend]
    assert versions[library], versions
    assert versions["keras"] and versions["numpy"] and versions["python"]


def test_bench_command_keeps_json_and_takes_out(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(nbtool, "bench", lambda *args: calls.append(args) or 0)
    assert nbtool.main(["bench", str(ROOT / HISTORY), "--json", str(tmp_path / "b.json")]) == 0
    assert nbtool.main(["bench", str(ROOT / HISTORY), "--out", str(tmp_path / "gpu.json")]) == 0
    assert calls[0] == ([ROOT / HISTORY], tmp_path / "b.json", None, "pinned", 1)  # None: default
    assert calls[1][2] == tmp_path / "gpu.json"
    assert nbtool.main(["bench", "--stack", "oldest", "--seeds", "5"]) == 0
    paths, _, _, stack, seeds = calls[2]
    assert stack == "oldest" and seeds == 5
    assert paths and all(p.name.endswith(".en.ipynb") for p in paths)  # one language there


def test_merge_command_folds_saved_reports_into_a_record(tmp_path):
    first, second, out = tmp_path / "1.json", tmp_path / "2.json", tmp_path / "cpu.json"
    first.write_text(json.dumps(_report(HISTORY, date="first")))
    second.write_text(json.dumps(_report(HISTORY, PERCEPTRON, date="second")))
    assert nbtool.main(["merge", str(first), str(second), "--out", str(out)]) == 0
    entries = _by_notebook(json.loads(out.read_text(encoding="utf-8")))
    assert {n: e["date"] for n, e in entries.items()} == {HISTORY: "second", PERCEPTRON: "second"}


def test_merge_command_rejects_files_that_are_not_reports(tmp_path, capsys):
    bad = tmp_path / "x.json"
    bad.write_text("{}")
    with pytest.raises(SystemExit):
        nbtool.main(["merge", str(bad), "--out", str(tmp_path / "cpu.json")])
    assert "not a benchmark report" in capsys.readouterr().err
