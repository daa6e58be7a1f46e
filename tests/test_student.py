"""Notebooks run the way a student runs them: downloaded alone, with the course package
installed from the repository (a wheel built from a clean export, or the Colab cell's git URL),
in an environment that does not see this checkout, on the pinned and the oldest supported stack.

Each notebook is copied alone into an empty folder and executed from a clean kernel:
on the pinned stack under nbval (cells tagged ``nbval-check-output`` must reproduce their stored
outputs); on the oldest stack with the benchmark's runner (it must run to the end and meet every
``check_result`` bar; printed reprs may differ between library versions, so outputs are not
compared there). One language is enough on the oldest stack: twins' code is tested identical.
"""

from __future__ import annotations

import json
import subprocess

import nbformat
import pytest
import student
from conftest import DOCS, ROOT, notebooks
from notebooks import KERNEL_ENV

from hooks.notebook_buttons import install_command

NOTEBOOKS = notebooks()
ENGLISH = [p for p in NOTEBOOKS if p.name.endswith(".en.ipynb")]
TOOL = ROOT / "tools" / "notebooks.py"


def _ids(paths):
    return [p.relative_to(DOCS).as_posix() for p in paths]


def _env(python) -> dict:
    env = {**student.clean_environment(), **KERNEL_ENV, "MPLBACKEND": "Agg"}
    return {**env, "JUPYTER_PATH": student.jupyter_path(python)}


@pytest.fixture(scope="session")
def oldest_student(course_distributions, tmp_path_factory):
    """The same over the oldest supported stack (``make setup-oldest``)."""
    dest = tmp_path_factory.mktemp("student-oldest") / "env"
    return student.student_env(dest, student.stack_python("oldest"), course_distributions["wheel"])


def test_the_student_environment_does_not_see_the_checkout(pinned_student, tmp_path):
    code = "import snippets, snippets.exercises; print(snippets.exercises.__file__)"
    out = subprocess.run(
        [pinned_student, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    where = out.stdout.strip()
    assert where.startswith(str(pinned_student.parent.parent)), where  # the wheel, not ROOT


@pytest.mark.notebooks
@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_notebook_runs_alone_with_the_course_wheel(path, pinned_student, tmp_path):
    copy = student.copy_alone(path, tmp_path / "download")
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    cmd = [pinned_student, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c"]
    cmd += [tmp_path / "pytest.ini", "--rootdir", tmp_path, "--nbval-lax", "--nbval-current-env"]
    cmd += ["--nbval-cell-timeout=300", copy]
    out = subprocess.run(
        cmd, cwd=copy.parent, env=_env(pinned_student), capture_output=True, text=True
    )
    assert out.returncode == 0, (
        f"{path.name} failed alone in an empty folder:\n{out.stdout[-6000:]}"
    )


@pytest.mark.notebooks
@pytest.mark.parametrize("path", ENGLISH, ids=_ids(ENGLISH))
def test_notebook_runs_alone_on_the_oldest_supported_stack(path, oldest_student):
    out = subprocess.run(
        [oldest_student, TOOL, "_bench_one", path],
        env=_env(oldest_student),
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    row = json.loads(out.stdout.strip().splitlines()[-1])
    assert row["error"] is None, f"{path.name} on the oldest stack: {row['error']}"
    assert row["results"], f"{path.name} published no check_result on the oldest stack"
    missed = [r for r in row["results"] if not r["passed"]]
    assert not missed, f"{path.name} on the oldest stack missed: {missed}"


@pytest.mark.notebooks
def test_the_colab_cell_installs_the_package_from_git_and_the_imports_then_work(
    course_distributions, mkdocs_config, tmp_path
):
    """The notebook's own first code cell, with its URL pointed at a local clone, in an
    environment without the course package; then the notebook's imports cell."""
    python = student.student_env(tmp_path / "env", student.stack_python("oldest"))
    source = DOCS / "keras-tensorflow" / "keras-tensorflow.es.ipynb"
    nb = nbformat.read(source, as_version=4)
    setup, imports = [c for c in nb.cells if c.cell_type == "code"][:2]
    published = install_command(mkdocs_config["repo_url"], mkdocs_config["extra"]["branch"])
    local = f"git+file://{course_distributions['export']}@main"
    assert published in setup.source, "the first code cell does not install the published URL"
    setup.source = setup.source.replace(published, local)
    where = nbformat.v4.new_code_cell(
        "import snippets, snippets.exercises\nprint(snippets.__file__)"
    )
    nb.cells = [setup, imports, where]
    copy = tmp_path / "download" / source.name
    copy.parent.mkdir()
    nbformat.write(nb, copy)
    out = subprocess.run(
        [python, TOOL, "_execute", copy], env=_env(python), capture_output=True, text=True
    )
    assert out.returncode == 0, f"the Colab cell or the imports failed:\n{out.stderr[-4000:]}"
    ran = nbformat.read(copy, as_version=4)
    printed = "".join(o.get("text", "") for o in ran.cells[2].outputs)
    assert printed.strip().startswith(str(tmp_path / "env")), printed
