"""Exercises of lesson 6, activation functions: a derivative, output layers, linear collapse."""

import numpy as np

from snippets.exercises import Spec, answer_form_error

_Z = np.linspace(-4, 4, 81)


def _check_tanh_derivative(f):
    h = 1e-6
    numeric = (np.tanh(_Z + h) - np.tanh(_Z - h)) / (2 * h)
    got = np.asarray(f(_Z), dtype=float)
    if got.shape != _Z.shape:
        return {
            "es": f"Para un array de forma {_Z.shape} tu función devuelve la forma {got.shape}; "
            "debe actuar elemento a elemento.",
            "en": f"For an array of shape {_Z.shape} your function returns shape {got.shape}; "
            "it must act element by element.",
        }
    error = np.abs(got - numeric).max()
    if error <= 1e-6:
        return None
    if np.allclose(got, 1 - np.tanh(_Z), atol=1e-6):
        return {
            "es": "Falta elevar al cuadrado: 1 − tanh(z) no es la derivada.",
            "en": "The square is missing: 1 − tanh(z) is not the derivative.",
        }
    return {
        "es": f"Se aleja de las diferencias finitas hasta {error:.2g}; en z = 0 debería valer 1.",
        "en": f"It differs from finite differences by up to {error:.2g}; at z = 0 it should be 1.",
    }


_OUTPUTS = ("sigmoid", "softmax", "linear")
_NAMES = {
    "es": ("multietiqueta", "multiclase", "regresión"),
    "en": ("multi-label", "multiclass", "regression"),
}


def _normalise(name):
    name = str(name).strip().lower()
    return "linear" if name in ("none", "identity", "lineal") else name


def _check_outputs(answer):
    if isinstance(answer, str) or len(answer) != 3:
        return {
            "es": 'Responde con una tupla de tres nombres, p. ej. ("relu", "relu", "relu").',
            "en": 'Answer with a tuple of three names, e.g. ("relu", "relu", "relu").',
        }
    got = tuple(_normalise(a) for a in answer)
    if got == _OUTPUTS:
        return None
    for i, (mine, right) in enumerate(zip(got, _OUTPUTS, strict=True)):
        if mine != right:
            es, en = _NAMES["es"][i], _NAMES["en"][i]
            if i == 0 and mine == "softmax":
                return {
                    "es": f"En {es}, softmax obliga a que las probabilidades sumen 1, como si solo "
                    "una clase pudiera ser cierta.",
                    "en": f"For {en}, softmax forces the probabilities to sum to 1, as if only one "
                    "class could be true.",
                }
            if i == 2 and mine == "relu":
                return {
                    "es": f"En {es}, 'relu' no da valores negativos (su recorrido es [0, ∞)) y, "
                    "si z < 0, su derivada es 0: esos ejemplos no corrigen los pesos. La salida "
                    "habitual es lineal (sin activación).",
                    "en": f"For {en}, 'relu' gives no negative values (its range is [0, ∞)) and, "
                    "when z < 0, its derivative is 0: those examples do not correct the weights. "
                    "The usual output is linear (no activation).",
                }
            if i == 2 and mine in ("sigmoid", "tanh"):
                bounds = "(0, 1)" if mine == "sigmoid" else "(−1, 1)"
                return {
                    "es": f"En {es}, {mine!r} encierra la salida en {bounds}; en una regresión, "
                    "la salida habitual es lineal (sin activación).",
                    "en": f"For {en}, {mine!r} squeezes the output into {bounds}; in a regression "
                    "the usual output is linear (no activation).",
                }
            return {
                "es": f"{mine!r} no es la mejor salida para el problema {es}.",
                "en": f"{mine!r} is not the best output for the {en} problem.",
            }
    return None  # pragma: no cover


def _as_shape(answer):
    try:
        return tuple(int(d) for d in answer)
    except TypeError:
        raise answer_form_error("shape", example="(2, 3)") from None


def _check_collapsed_shape(answer):
    shape = _as_shape(answer)
    if shape == (5, 3):
        return None
    if shape == (3, 5):
        return {
            "es": "Al revés: en Keras el kernel tiene forma (entradas, unidades).",
            "en": "The other way round: in Keras the kernel is shaped (inputs, units).",
        }
    return {
        "es": f"{shape} no es la forma de W1 · W2 · W3 con W1 (5, 16), W2 (16, 8) y W3 (8, 3).",
        "en": f"{shape} is not the shape of W1 · W2 · W3 with W1 (5, 16), W2 (16, 8), W3 (8, 3).",
    }


def _tanh_derivative(z):
    return 1 - np.tanh(z) ** 2


def _forgot_square(z):
    return 1 - np.tanh(z)


def _sigmoid_derivative(z):
    s = 1 / (1 + np.exp(-z))
    return s * (1 - s)


EXERCISES = [
    Spec(
        check=_check_tanh_derivative,
        hint={
            "es": "La derivada de tanh se escribe con la propia tanh: 1 − tanh²(z).",
            "en": "The derivative of tanh is written in terms of tanh itself: 1 − tanh²(z).",
        },
        solution={
            "es": "def tanh_derivative(z):\n    return 1 - np.tanh(z) ** 2",
            "en": "def tanh_derivative(z):\n    return 1 - np.tanh(z) ** 2",
        },
        right=(_tanh_derivative, lambda z: 1 / np.cosh(z) ** 2),
        wrong=(_forgot_square, _sigmoid_derivative, np.tanh),
    ),
    Spec(
        check=_check_outputs,
        hint={
            "es": "¿Pueden ser ciertas varias clases a la vez? ¿Deben sumar 1? ¿Está acotada la "
            "salida?",
            "en": "Can several classes be true at once? Must they sum to 1? Is the output bounded?",
        },
        solution={
            "es": 'answer_2 = ("sigmoid", "softmax", "linear")  # una sigmoide por etiqueta; '
            "softmax; sin activación",
            "en": 'answer_2 = ("sigmoid", "softmax", "linear")  # one sigmoid per label; '
            "softmax; no activation",
        },
        right=(("sigmoid", "softmax", "linear"), ["Sigmoid", "softmax", None]),
        wrong=(
            ("softmax", "softmax", "linear"),
            ("sigmoid", "softmax", "relu"),
            ("sigmoid", "sigmoid", "linear"),
            "sigmoid",
        ),
    ),
    Spec(
        check=_check_collapsed_shape,
        hint={
            "es": "W = W1 · W2 · W3: el producto tiene las filas de W1 y las columnas de W3.",
            "en": "W = W1 · W2 · W3: the product has the rows of W1 and the columns of W3.",
        },
        solution={
            "es": "answer_3 = (5, 3)  # (5, 16) · (16, 8) · (8, 3)",
            "en": "answer_3 = (5, 3)  # (5, 16) · (16, 8) · (8, 3)",
        },
        right=((5, 3), [5, 3]),
        wrong=((3, 5), (5, 16), (16, 8)),
    ),
]
