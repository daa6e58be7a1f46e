"""Activation functions and their derivatives, in NumPy. Used in: activations, backpropagation.

Each function takes an array ``z`` (pre-activations) and returns an array of the same shape.
``derivative(name)(z)`` is the element-wise derivative dA/dz, except for softmax, whose
derivative is a Jacobian (see ``softmax_jacobian``). The tests compare every function with
``keras.activations`` and every derivative with finite differences.
"""

from __future__ import annotations

import numpy as np

from snippets.languages import say

_MESSAGES = {
    "es": {
        "unknown": "No hay ninguna activación llamada {name!r}: usa una de estas: {choices}.",
        "softmax": (
            "La derivada de softmax es una matriz jacobiana, no se calcula elemento a elemento: "
            "usa softmax_jacobian(z), o softmax(z) - y si a la softmax le sigue la entropía "
            "cruzada categórica."
        ),
    },
    "en": {
        "unknown": "Unknown activation {name!r}: use one of {choices}.",
        "softmax": (
            "softmax's derivative is a Jacobian, not element-wise: use softmax_jacobian(z), "
            "or softmax(z) - y for softmax followed by categorical cross-entropy."
        ),
    },
}


def step(z):
    """Heaviside step: 1 where z ≥ 0, else 0 (the perceptron's activation)."""
    return (np.asarray(z) >= 0).astype(float)


def sigmoid(z):
    """Logistic sigmoid 1 / (1 + e^(−z)), in (0, 1); computed without overflow."""
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


def tanh(z):
    """Hyperbolic tangent, in (−1, 1)."""
    return np.tanh(np.asarray(z, dtype=float))


def relu(z):
    """Rectified linear unit max(0, z)."""
    return np.maximum(0.0, np.asarray(z, dtype=float))


def leaky_relu(z, alpha: float = 0.2):
    """z where z > 0, alpha·z elsewhere (Keras's default alpha is 0.2)."""
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, alpha * z)


def elu(z, alpha: float = 1.0):
    """Exponential linear unit: z where z > 0, alpha·(e^z − 1) elsewhere."""
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, alpha * np.expm1(np.minimum(z, 0)))


def exponential(z):
    """e^z (Keras's ``exponential`` activation)."""
    return np.exp(np.asarray(z, dtype=float))


def softmax(z, axis: int = -1):
    """e^z_i / Σ_j e^z_j along ``axis``: positive outputs that sum to 1."""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=axis, keepdims=True))  # shifting does not change the result
    return e / e.sum(axis=axis, keepdims=True)


def softmax_jacobian(z):
    """Jacobian ∂softmax(z)_i/∂z_j = s_i(δ_ij − s_j) of a 1-D ``z``."""
    s = softmax(np.asarray(z, dtype=float).ravel())
    return np.diag(s) - np.outer(s, s)


_DERIVATIVES = {
    "step": lambda z: np.zeros_like(np.asarray(z, dtype=float)),  # 0 almost everywhere
    "sigmoid": lambda z: sigmoid(z) * (1 - sigmoid(z)),
    "tanh": lambda z: 1 - np.tanh(np.asarray(z, dtype=float)) ** 2,
    "relu": lambda z: (np.asarray(z) > 0).astype(float),  # 0 at z = 0 by convention
    "leaky_relu": lambda z, alpha=0.2: np.where(np.asarray(z) > 0, 1.0, alpha),
    "elu": lambda z, alpha=1.0: np.where(np.asarray(z) > 0, 1.0, alpha * np.exp(np.minimum(z, 0))),
    "exponential": exponential,
    "linear": lambda z: np.ones_like(np.asarray(z, dtype=float)),
}

ACTIVATIONS = {
    "step": step,
    "sigmoid": sigmoid,
    "tanh": tanh,
    "relu": relu,
    "leaky_relu": leaky_relu,
    "elu": elu,
    "exponential": exponential,
    "softmax": softmax,
    "linear": lambda z: np.asarray(z, dtype=float),
}


def get(name: str):
    """The activation function called ``name`` (one of ``ACTIVATIONS``)."""
    if name not in ACTIVATIONS:
        raise ValueError(say(_MESSAGES, "unknown", name=name, choices=", ".join(ACTIVATIONS)))
    return ACTIVATIONS[name]


def derivative(name: str):
    """The element-wise derivative of the activation ``name``.

    Softmax has no element-wise derivative: use ``softmax_jacobian``, or, with the
    cross-entropy loss, the combined gradient ``softmax(z) − y``.
    """
    if name == "softmax":
        raise ValueError(say(_MESSAGES, "softmax"))
    if name not in _DERIVATIVES:
        raise ValueError(say(_MESSAGES, "unknown", name=name, choices=", ".join(_DERIVATIVES)))
    return _DERIVATIVES[name]
