"""Rosenblatt's perceptron in NumPy. Used in: perceptron, mlp.

A single neuron z = w·x + b with a step activation, trained with the perceptron learning
rule: for each example, w ← w + lr·(y − ŷ)·x and b ← b + lr·(y − ŷ). The rule converges
when the two classes are linearly separable (AND, OR) and never does otherwise (XOR).
"""

from __future__ import annotations

import numpy as np

from snippets.activations import step
from snippets.languages import say

LOGIC_GATES = {
    "AND": np.array([0, 0, 0, 1]),
    "OR": np.array([0, 1, 1, 1]),
    "XOR": np.array([0, 1, 1, 0]),
    "NAND": np.array([1, 1, 1, 0]),
}
LOGIC_INPUTS = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)

_MESSAGES = {
    "es": {
        "unknown_gate": (
            "No hay ninguna puerta lógica llamada {name!r}: usa una de estas: {choices}."
        ),
        "n_inputs": "n_inputs debe ser al menos 1, pero has pasado {n}.",
        "x_shape": (
            "X debe tener forma (n_ejemplos, {n}), pero tiene forma {shape}. "
            "Para un solo ejemplo x, pasa x[None] (o x.reshape(1, -1))."
        ),
        "counts": "len(X) = {n_x}, pero len(y) = {n_y}: hace falta una etiqueta para cada ejemplo.",
        "labels": (
            "Las etiquetas deben ser 0 o 1 (las dos clases del perceptrón), pero y contiene "
            "{values}."
        ),
    },
    "en": {
        "unknown_gate": "Unknown gate {name!r}: use one of {choices}.",
        "n_inputs": "n_inputs must be at least 1, got {n}.",
        "x_shape": (
            "X must have shape (n_examples, {n}), got {shape}. "
            "For one example x, pass x[None] (or x.reshape(1, -1))."
        ),
        "counts": "len(X) = {n_x} but len(y) = {n_y}: give one label per example.",
        "labels": "Labels must be 0 or 1 (the perceptron's two classes), but y contains {values}.",
    },
}


def logic_gate(name: str):
    """The truth table of a two-input gate as ``(X, y)``: X has shape (4, 2)."""
    key = name.upper()
    if key not in LOGIC_GATES:
        raise ValueError(say(_MESSAGES, "unknown_gate", name=name, choices=", ".join(LOGIC_GATES)))
    return LOGIC_INPUTS.copy(), LOGIC_GATES[key].copy()


class Perceptron:
    """A perceptron with weights ``w`` (one per input) and its own bias ``b``."""

    def __init__(self, n_inputs: int, lr: float = 0.1, seed: int | None = 0):
        if n_inputs < 1:
            raise ValueError(say(_MESSAGES, "n_inputs", n=n_inputs))
        rng = np.random.default_rng(seed)
        self.w = rng.normal(0, 0.1, size=n_inputs)
        self.b = 0.0
        self.lr = lr
        self.errors_per_epoch: list[int] = []

    def _check(self, X):
        X = np.asarray(X, dtype=float)
        if X.ndim != 2 or X.shape[1] != len(self.w):
            raise ValueError(say(_MESSAGES, "x_shape", n=len(self.w), shape=X.shape))
        return X

    def net_input(self, X):
        """z = X·w + b for each row of X."""
        return self._check(X) @ self.w + self.b

    def predict(self, X):
        """Class 0 or 1 for each row of X."""
        return step(self.net_input(X)).astype(int)

    def fit(self, X, y, epochs: int = 20):
        """Apply the perceptron rule example by example; stop early after an error-free epoch."""
        X = self._check(X)
        y = np.asarray(y)
        if len(y) != len(X):
            raise ValueError(say(_MESSAGES, "counts", n_x=len(X), n_y=len(y)))
        if not np.isin(y, (0, 1)).all():
            values = np.unique(y[~np.isin(y, (0, 1))])[:5].tolist()
            raise ValueError(say(_MESSAGES, "labels", values=values))
        for _ in range(epochs):
            errors = 0
            for xi, target in zip(X, y, strict=True):
                update = self.lr * (target - self.predict(xi[None])[0])
                self.w += update * xi
                self.b += update
                errors += int(update != 0)
            self.errors_per_epoch.append(errors)
            if errors == 0:
                break
        return self

    def accuracy(self, X, y) -> float:
        """Fraction of rows of X classified as y."""
        return float(np.mean(self.predict(X) == np.asarray(y)))
