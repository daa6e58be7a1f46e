"""The notebook tool's cleaning and reporting, and the site hook's URL helpers."""

import sys

import nbformat
import pytest
from conftest import ROOT

from hooks.notebooks import install_command, notebook_links

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


def test_benchmark_table_lists_each_notebook_with_its_result():
    report = {
        "date": "2026-01-01",
        "machine": {"cpus": 2},
        "budget_s": 120,
        "versions": {"keras": "3", "backend": "tensorflow", "tensorflow": "2"},
        "notebooks": [
            {
                "notebook": "docs/a.es.ipynb",
                "wall_s": 10.0,
                "peak_mem_mib": 600,
                "passed": True,
                "error": None,
                "results": [{"name": "acc", "value": 0.91, "bar": "≥ 0.88"}],
            }
        ],
    }
    table = nbtool.format_table(report)
    assert "| docs/a.es.ipynb | 10.0 | 600 | acc = 0.91 (bar ≥ 0.88) | ok |" in table


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
