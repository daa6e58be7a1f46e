"""Rosenblatt's perceptron in NumPy. Used in: perceptron, mlp.

A single neuron z = w·x + b with a step activation, trained with the perceptron learning
rule: for each example, w ← w + lr·(y − ŷ)·x and b ← b + lr·(y − ŷ). The rule converges
when the two classes are linearly separable (AND, OR) and never does otherwise (XOR).
"""

from __future__ import annotations

import numpy as np

from snippets.activations import step

LOGIC_GATES = {
    "AND": np.array([0, 0, 0, 1]),
    "OR": np.array([0, 1, 1, 1]),
    "XOR": np.array([0, 1, 1, 0]),
    "NAND": np.array([1, 1, 1, 0]),
}
LOGIC_INPUTS = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)


def logic_gate(name: str):
    """The truth table of a two-input gate as ``(X, y)``: X has shape (4, 2)."""
    key = name.upper()
    if key not in LOGIC_GATES:
        raise ValueError(f"Unknown gate {name!r}: use one of {', '.join(LOGIC_GATES)}.")
    return LOGIC_INPUTS.copy(), LOGIC_GATES[key].copy()


class Perceptron:
    """A perceptron with weights ``w`` (one per input) and its own bias ``b``."""

    def __init__(self, n_inputs: int, lr: float = 0.1, seed: int | None = 0):
        if n_inputs < 1:
            raise ValueError(f"n_inputs must be at least 1, got {n_inputs}.")
        rng = np.random.default_rng(seed)
        self.w = rng.normal(0, 0.1, size=n_inputs)
        self.b = 0.0
        self.lr = lr
        self.errors_per_epoch: list[int] = []

    def _check(self, X):
        X = np.asarray(X, dtype=float)
        if X.ndim != 2 or X.shape[1] != len(self.w):
            raise ValueError(
                f"X must have shape (n_examples, {len(self.w)}), got {X.shape}. "
                "For one example x, pass x[None] (or x.reshape(1, -1))."
            )
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
            raise ValueError(f"Got {len(X)} examples but {len(y)} labels.")
        if not np.isin(y, (0, 1)).all():
            raise ValueError("Labels must be 0 or 1.")
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
