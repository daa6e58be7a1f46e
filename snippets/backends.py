"""Keras 3 on its three engines: which are installed, a gradient on whichever one runs, and one
script run on each. Used in: lesson 2 (Keras and TensorFlow: ``run_on_backends``), lessons 8 and 9
(optimizers, training: ``gradient``, ``variable_gradients``) and the lessons about TensorFlow
itself (``require_backend``).

Keras picks its backend once, when it is imported, from the ``KERAS_BACKEND`` environment
variable or ``~/.keras/keras.json`` (TensorFlow if neither says), see
https://keras.io/getting_started/#configuring-your-backend. A notebook that uses only ``keras``,
``keras.ops`` and these helpers runs unchanged on TensorFlow, JAX and PyTorch.

Keras 3 has no backend-independent gradient function: each engine computes gradients its own
way (``tf.GradientTape``, ``jax.grad``, ``torch.autograd.grad``). ``gradient`` calls the one of
the running backend, so a lesson can show a gradient without tying itself to one engine.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from snippets.languages import say

BACKENDS = ("tensorflow", "jax", "torch")
# The package that provides each backend, and the name it installs under.
_MODULE = {"tensorflow": "tensorflow", "jax": "jax", "torch": "torch"}

_MESSAGES = {
    "es": {
        "backend": (
            "{name!r} no es uno de los motores (backends) de Keras que usa el curso: elige "
            "'tensorflow', 'jax' o 'torch'."
        ),
        "missing": (
            "El motor {name!r} no está instalado en este entorno: instálalo "
            "(pip install {name}) o elige uno de los instalados: {installed}."
        ),
        "needs": (
            "Este cuaderno necesita el motor {needed!r} de Keras, pero Keras usa {running!r}. "
            "Reinicia el núcleo y, antes de importar keras, ejecuta "
            "import os; os.environ['KERAS_BACKEND'] = {needed!r} (o, si no usas la variable "
            'KERAS_BACKEND, pon "backend": "{needed}" en ~/.keras/keras.json).'
        ),
        "scalar": (
            "La función debe devolver un solo número (un escalar), pero ha devuelto un tensor de "
            "forma {shape}: súmalo o promédialo (keras.ops.sum, keras.ops.mean)."
        ),
        "script": (
            "No encuentro el script {path!r}: escríbelo primero (por ejemplo con %%writefile)."
        ),
        "failed": "El script {path} ha fallado con el motor {name!r}:\n{error}",
        "no_json": (
            "El script {path} no ha impreso su resultado: su última línea debe ser un diccionario "
            "en JSON (print(json.dumps({{...}}))), pero es {line!r}."
        ),
    },
    "en": {
        "backend": (
            "{name!r} is not one of the Keras backends this course uses: choose 'tensorflow', "
            "'jax' or 'torch'."
        ),
        "missing": (
            "The backend {name!r} is not installed in this environment: install it "
            "(pip install {name}) or choose one of the installed ones: {installed}."
        ),
        "needs": (
            "This notebook needs Keras's {needed!r} backend, but Keras is running {running!r}. "
            "Restart the kernel and, before importing keras, run "
            "import os; os.environ['KERAS_BACKEND'] = {needed!r} (or, if you do not use the "
            'KERAS_BACKEND variable, put "backend": "{needed}" in ~/.keras/keras.json).'
        ),
        "scalar": (
            "The function must return a single number (a scalar), but it returned a tensor of "
            "shape {shape}: sum or average it (keras.ops.sum, keras.ops.mean)."
        ),
        "script": (
            "Cannot find the script {path!r}: write it first (for example with %%writefile)."
        ),
        "failed": "The script {path} failed on the {name!r} backend:\n{error}",
        "no_json": (
            "The script {path} did not print its result: its last line must be a dictionary in "
            "JSON (print(json.dumps({{...}}))), but it is {line!r}."
        ),
    },
}


def _check_backend(name: str) -> str:
    if name not in BACKENDS:
        raise ValueError(say(_MESSAGES, "backend", name=name))
    return name


def installed_backends() -> list[str]:
    """The Keras backends whose library is installed here, in the order TensorFlow, JAX,
    PyTorch (Colab has all three)."""
    return [name for name in BACKENDS if importlib.util.find_spec(_MODULE[name]) is not None]


def backend_version(name: str) -> str | None:
    """The version of the library behind backend ``name``, or ``None`` if it is not installed."""
    from importlib import metadata

    _check_backend(name)
    for dist in {"tensorflow": ("tensorflow", "tensorflow-cpu"), "jax": ("jax",)}.get(
        name, (name,)
    ):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return None


def require_backend(name: str) -> str:
    """Raise a ``RuntimeError`` that says how to fix it unless Keras runs backend ``name``."""
    import keras

    running = keras.backend.backend()
    if running != _check_backend(name):
        raise RuntimeError(say(_MESSAGES, "needs", needed=name, running=running))
    return running


def gradient(fn, *args):
    """The gradient of the scalar ``fn(*args)`` with respect to each argument, computed by the
    running backend (``tf.GradientTape``, ``jax.grad`` or ``torch.autograd.grad``).

    ``args`` are arrays or tensors (``float32``); ``fn`` uses ``keras.ops`` or Keras layers and
    returns one number. Returns a list with one NumPy array per argument, of its shape.
    """
    import keras
    import numpy as np

    backend = keras.backend.backend()
    tensors = [keras.ops.convert_to_tensor(np.asarray(a, dtype="float32")) for a in args]

    def scalar(value):
        shape = tuple(keras.ops.shape(value))
        if shape not in ((), (1,)):
            raise ValueError(say(_MESSAGES, "scalar", shape=shape))
        return keras.ops.reshape(value, ())

    if backend == "tensorflow":
        import tensorflow as tf

        with tf.GradientTape() as tape:
            for t in tensors:
                tape.watch(t)
            value = scalar(fn(*tensors))
        grads = tape.gradient(value, tensors)
    elif backend == "jax":
        import jax

        grads = jax.grad(lambda *xs: scalar(fn(*xs)), argnums=tuple(range(len(tensors))))(*tensors)
    elif backend == "torch":
        import torch

        tensors = [t.detach().requires_grad_(True) for t in tensors]
        grads = torch.autograd.grad(scalar(fn(*tensors)), tensors, allow_unused=True)
    else:  # pragma: no cover - Keras has only these three plus "numpy", which has no gradients
        raise RuntimeError(say(_MESSAGES, "backend", name=backend))
    return [
        np.zeros(keras.ops.shape(t), "float32") if g is None else keras.ops.convert_to_numpy(g)
        for g, t in zip(grads, tensors, strict=True)
    ]


def variable_gradients(loss_fn, variables):
    """The gradient of the scalar ``loss_fn()`` with respect to each of ``variables`` (Keras
    variables, such as ``layer.kernel`` or ``model.trainable_variables``), on any backend.

    ``loss_fn`` takes no argument and reads the variables as usual (``model(x)``); for the
    computation each variable is replaced by a tensor with its value (``keras.StatelessScope``),
    which the backend differentiates. The variables themselves are not changed.
    """
    import keras

    variables = list(variables)

    def of_values(*values):
        with keras.StatelessScope(state_mapping=list(zip(variables, values, strict=True))):
            return loss_fn()

    return gradient(of_values, *[keras.ops.convert_to_numpy(v.value) for v in variables])


def run_on_backends(script, backends=None, timeout: float = 600) -> list[dict]:
    """Run the Python file ``script`` once per backend, each in a fresh interpreter with
    ``KERAS_BACKEND`` set, and return what each run printed and how long it took.

    The script's last printed line must be a JSON dictionary (its result). ``backends``:
    the installed ones by default. Returns one dictionary per backend: ``backend``,
    ``version`` (of the library behind it), ``seconds`` (the whole run, start-up included)
    and ``result``.
    """
    path = Path(script)
    if not path.is_file():
        raise FileNotFoundError(say(_MESSAGES, "script", path=str(script)))
    installed = installed_backends()
    names = installed if backends is None else [_check_backend(b) for b in backends]
    for name in names:
        if name not in installed:
            raise ValueError(say(_MESSAGES, "missing", name=name, installed=", ".join(installed)))
    rows = []
    for name in names:
        env = {**os.environ, "KERAS_BACKEND": name, "TF_CPP_MIN_LOG_LEVEL": "3"}
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, str(path)],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        seconds = time.perf_counter() - start
        if out.returncode != 0:
            error = "\n".join(out.stderr.strip().splitlines()[-8:])
            raise RuntimeError(say(_MESSAGES, "failed", path=path.name, name=name, error=error))
        lines = out.stdout.strip().splitlines() or [""]
        try:
            result = json.loads(lines[-1])
        except json.JSONDecodeError:
            result = None
        if not isinstance(result, dict):
            raise ValueError(say(_MESSAGES, "no_json", path=path.name, line=lines[-1][:200]))
        rows.append(
            {
                "backend": name,
                "version": backend_version(name),
                "seconds": seconds,
                "result": result,
            }
        )
    return rows
