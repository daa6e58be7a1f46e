"""Keras 3 on TensorFlow, JAX and PyTorch (snippets.backends and the notebooks).

A notebook is *TensorFlow-only* when its subject is TensorFlow itself: it calls
``require_backend("tensorflow")`` in its imports cell and says so in its set-up text. Every other
notebook is backend-agnostic: no ``tensorflow`` in its code, and it must run unchanged, with its
``check_result`` bars met, under ``KERAS_BACKEND=jax`` and ``KERAS_BACKEND=torch``, in an
environment where ``import tensorflow`` fails (a module on ``PYTHONPATH`` shadows it), from the
course wheel, alone in an empty folder, like the student path of tests/test_student.py.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import nbformat
import pytest
import student
from conftest import DOCS, ROOT, notebooks
from notebooks import KERNEL_ENV
from test_notebooks_static import code_without_comments_and_strings

from snippets import backends

TOOL = ROOT / "tools" / "notebooks.py"
NOTEBOOKS = notebooks()
TENSORFLOW_ONLY = {"keras-tensorflow", "backpropagation", "gan"}
OTHER_BACKENDS = ("jax", "torch")


def _code(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "code")


def _lesson(path) -> str:
    return path.name.split(".")[0]


def _is_tensorflow_only(nb) -> bool:
    return re.search(r'require_backend\("tensorflow"\)', _code(nb)) is not None


def agnostic_notebooks(lang: str = "en") -> list:
    """The backend-agnostic notebooks of one language (all of them run on JAX and PyTorch)."""
    return [
        p
        for p in NOTEBOOKS
        if p.name.endswith(f".{lang}.ipynb") and _lesson(p) not in TENSORFLOW_ONLY
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.relative_to(DOCS).as_posix() for p in NOTEBOOKS])
def test_a_notebook_is_either_tensorflow_only_and_says_so_or_free_of_tensorflow(path):
    nb = nbformat.read(path, as_version=4)
    code = _code(nb)
    if _lesson(path) in TENSORFLOW_ONLY:
        assert _is_tensorflow_only(nb), f"{path.name}: call require_backend('tensorflow')"
        setup = next(
            i
            for i, c in enumerate(nb.cells)
            if c.cell_type == "markdown" and c.source.startswith(("## Preparación", "## Setup"))
        )
        said = " ".join(c.source for c in nb.cells[setup : setup + 4] if c.cell_type == "markdown")
        needs = "necesita el motor" if path.name.endswith(".es.ipynb") else "needs"
        assert needs in said and "TensorFlow" in said, (
            f"{path.name}: its set-up text must say that it needs the TensorFlow backend"
        )
    else:
        assert not _is_tensorflow_only(nb)
        tokens = code_without_comments_and_strings(code)  # "tf.keras" in a string is fine
        found = [
            f"{t}{tokens[i + 1] if t == 'tf' else ''}"
            for i, t in enumerate(tokens)
            if t == "tensorflow" or (t == "tf" and tokens[i + 1 : i + 2] == ["."])
        ]
        assert not found, f"{path.name} is meant to run on any backend but uses {found}"


def test_both_kinds_exist_and_every_lesson_is_one_of_them():
    lessons = {_lesson(p) for p in NOTEBOOKS}
    assert TENSORFLOW_ONLY <= lessons
    assert len(lessons - TENSORFLOW_ONLY) >= 9


_BACKEND_CHECK = r"""
import json, keras, numpy as np
from snippets.backends import gradient, variable_gradients

out = {"backend": keras.backend.backend()}
(g,) = gradient(lambda x: keras.ops.sum(x**3 + 2 * x), np.array([3.0, 1.0, -2.0]))
out["cubic"] = g.tolist()  # 3x² + 2
gx, gy = gradient(lambda x, y: keras.ops.sum(x * y), np.ones((2, 3)), np.full((2, 3), 4.0))
out["product"] = [gx.tolist(), gy.tolist()]

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [keras.Input((3,)), keras.layers.Dense(4, activation="tanh"), keras.layers.Dense(2)]
)
x = np.random.default_rng(0).normal(size=(5, 3)).astype("float32")
kernels = [layer.kernel for layer in model.layers]
before = [keras.ops.convert_to_numpy(k).copy() for k in kernels]
loss = lambda: keras.ops.mean(model(x) ** 2)
grads = variable_gradients(loss, kernels)
# central differences on every element of the first kernel, in float64 through NumPy
w1, b1 = [keras.ops.convert_to_numpy(v).astype("float64") for v in model.layers[0].weights]
w2, b2 = [keras.ops.convert_to_numpy(v).astype("float64") for v in model.layers[1].weights]
f = lambda w: np.mean((np.tanh(x @ w + b1) @ w2 + b2) ** 2)
numeric = np.zeros_like(w1)
for i in np.ndindex(w1.shape):
    e = np.zeros_like(w1); e[i] = 1e-6
    numeric[i] = (f(w1 + e) - f(w1 - e)) / 2e-6
out["kernel_error"] = float(np.abs(grads[0] - numeric).max())
out["unchanged"] = all(
    np.array_equal(keras.ops.convert_to_numpy(k), b) for k, b in zip(kernels, before)
)
out["shapes"] = [list(g.shape) for g in grads]

# the gradient with respect to a hidden activation, through a zero offset
h = np.tanh(x @ w1 + b1)
(gh,) = gradient(lambda o: keras.ops.mean(model.layers[1](model.layers[0](x) + o) ** 2),
                 np.zeros((5, 4)))
out["hidden_error"] = float(np.abs(gh - 2 * (h @ w2 + b2) @ w2.T / 10).max())

try:
    gradient(lambda x: x * 2, np.ones(3))
except ValueError as error:
    out["not_scalar"] = str(error)
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def backend_checks(tmp_path_factory) -> dict:
    """The check script above, run once on each installed backend (one process each)."""
    script = tmp_path_factory.mktemp("backends") / "check.py"
    script.write_text(_BACKEND_CHECK, encoding="utf-8")
    return {row["backend"]: row["result"] for row in backends.run_on_backends(script)}


def test_every_backend_the_course_tests_is_installed():
    assert backends.installed_backends() == list(backends.BACKENDS), (
        "make setup installs TensorFlow, JAX and PyTorch (CPU builds, constraints.txt)"
    )


@pytest.mark.parametrize("name", backends.BACKENDS)
def test_gradient_is_right_on_every_backend(backend_checks, name):
    out = backend_checks[name]
    assert out["backend"] == name
    assert out["cubic"] == pytest.approx([29.0, 5.0, 14.0])
    assert out["product"] == [[[4.0] * 3] * 2, [[1.0] * 3] * 2]
    assert out["kernel_error"] < 1e-5, "variable_gradients disagrees with finite differences"
    assert out["unchanged"], "variable_gradients changed the variables"
    assert out["shapes"] == [[3, 4], [4, 2]]
    assert out["hidden_error"] < 1e-5
    assert "(5, 3)" in out["not_scalar"] or "(3,)" in out["not_scalar"]
    assert "keras.ops.sum" in out["not_scalar"]


def test_run_on_backends_reports_each_backend_with_its_version(backend_checks):
    assert list(backend_checks) == list(backends.BACKENDS)
    for name in backends.BACKENDS:
        assert backends.backend_version(name)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_helpers_say_what_is_wrong_in_the_notebooks_language(lang, tmp_path):
    from snippets import set_language

    set_language(lang)
    try:
        with pytest.raises(RuntimeError, match="KERAS_BACKEND") as error:
            backends.require_backend("jax")  # the tests run on TensorFlow
        assert ("necesita" if lang == "es" else "needs") in str(error.value)
        assert backends.require_backend("tensorflow") == "tensorflow"
        with pytest.raises(ValueError, match="'tensorflow', 'jax' (o|or) 'torch'"):
            backends.require_backend("theano")
        with pytest.raises(FileNotFoundError, match="%%writefile"):
            backends.run_on_backends(tmp_path / "missing.py")
        quiet = tmp_path / "quiet.py"
        quiet.write_text("print('hola')\n")
        with pytest.raises(ValueError, match="JSON"):
            backends.run_on_backends(quiet, backends=["tensorflow"])
        broken = tmp_path / "broken.py"
        broken.write_text("raise SystemExit('roto / broken')\n")
        with pytest.raises(RuntimeError, match="roto / broken"):
            backends.run_on_backends(broken, backends=["tensorflow"])
    finally:
        set_language("es")


@pytest.fixture(scope="module")
def no_tensorflow(tmp_path_factory):
    """A folder whose ``tensorflow`` module fails to import, to put first on ``PYTHONPATH``."""
    folder = tmp_path_factory.mktemp("no-tensorflow")
    (folder / "tensorflow.py").write_text(
        "raise ImportError('this notebook must run without TensorFlow')\n"
    )
    return folder


def test_the_shadow_module_really_hides_tensorflow(no_tensorflow):
    env = {**student.clean_environment(), "PYTHONPATH": str(no_tensorflow), "KERAS_BACKEND": "jax"}
    code = "import keras\ntry:\n import tensorflow\nexcept ImportError as e:\n print('hidden', e)\n"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert "hidden this notebook must run without TensorFlow" in out.stdout, out.stderr[-2000:]


AGNOSTIC = agnostic_notebooks("en")
CASES = [(backend, path) for backend in OTHER_BACKENDS for path in AGNOSTIC]


@pytest.mark.notebooks
@pytest.mark.parametrize(
    ("backend", "path"), CASES, ids=[f"{b}-{p.relative_to(DOCS).as_posix()}" for b, p in CASES]
)
def test_agnostic_notebook_runs_unchanged_on_jax_and_pytorch(
    backend, path, pinned_student, no_tensorflow
):
    env = {
        **student.clean_environment(),
        **KERNEL_ENV,
        "MPLBACKEND": "Agg",
        "JUPYTER_PATH": student.jupyter_path(pinned_student),
        "KERAS_BACKEND": backend,
        "PYTHONPATH": str(no_tensorflow),
    }
    out = subprocess.run(
        [pinned_student, TOOL, "_bench_one", path], env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr[-3000:]
    row = json.loads(out.stdout.strip().splitlines()[-1])
    assert row["error"] is None, f"{path.name} on {backend}: {row['error']}"
    assert row["results"], f"{path.name} published no check_result on {backend}"
    missed = [r for r in row["results"] if not r["passed"]]
    assert not missed, f"{path.name} on {backend} missed: {missed}"
