"""A small multilayer perceptron in NumPy, with backpropagation written by hand.

Used in: mlp (forward pass, weight shapes), backpropagation (gradients, training).

Layer l computes Z_l = A_{l-1}·W_l + b_l and A_l = g_l(Z_l), for a batch A_0 = X of shape
(n, inputs). W_l has shape (inputs of l, units of l), like a Keras ``Dense`` kernel. The
losses follow Keras's conventions (mean over the batch), so the gradients can be checked
against ``tf.GradientTape`` (tests/test_mlp.py does, to 1e-5).
"""

from __future__ import annotations

import numpy as np

from snippets import activations
from snippets.languages import say

LOSSES = ("mse", "binary_crossentropy", "categorical_crossentropy")
_EPS = 1e-12

_MESSAGES = {
    "es": {
        "loss_shapes": "y_hat tiene forma {y_hat}, pero y tiene forma {y}: deben coincidir.",
        "unknown_loss": "No hay ninguna pérdida llamada {loss!r}: usa una de estas: {choices}.",
        "sizes": (
            "sizes debe indicar al menos dos tamaños de capa positivos, empezando por el de la "
            "entrada (por ejemplo [3, 5, 2]), pero has pasado {sizes}."
        ),
        "n_activations": (
            "activations necesita un nombre por capa: {layers} para sizes={sizes} (la entrada "
            "no es una capa), pero has pasado {got}."
        ),
        "x_shape": (
            "X debe tener forma (n_ejemplos, {n}), pero tiene forma {shape}. "
            "Para un solo ejemplo x, pasa x[None]."
        ),
        "forward_first": "Llama a forward(X) antes de backward(y, loss).",
        "y_shape": (
            "y tiene forma {y}, pero la salida tiene forma {output}: y debe tener la misma forma "
            "que la salida (una fila por cada ejemplo y una columna por cada neurona de salida)."
        ),
        "softmax_mse": (
            "Una salida softmax con la pérdida mse no está implementada: "
            "usa categorical_crossentropy."
        ),
        "unsupported": (
            "La salida {last!r} con la pérdida {loss!r} no está implementada: usa mse, "
            "sigmoid + binary_crossentropy o softmax + categorical_crossentropy."
        ),
    },
    "en": {
        "loss_shapes": "y_hat has shape {y_hat} but y has shape {y}: they must match.",
        "unknown_loss": "Unknown loss {loss!r}: use one of {choices}.",
        "sizes": (
            "sizes must list at least two positive layer sizes, the inputs first "
            "(e.g. [3, 5, 2]), got {sizes}."
        ),
        "n_activations": (
            "activations needs one name per layer: {layers} for sizes={sizes} (the inputs are "
            "not a layer), got {got}."
        ),
        "x_shape": (
            "X must have shape (n_examples, {n}), got {shape}. For one example x, pass x[None]."
        ),
        "forward_first": "Call forward(X) before backward(y, loss).",
        "y_shape": (
            "y has shape {y} but the output has shape {output}: give y the same shape as the "
            "output (one row per example, one column per output unit)."
        ),
        "softmax_mse": ("softmax output with mse is not supported: use categorical_crossentropy."),
        "unsupported": (
            "Output {last!r} with loss {loss!r} is not supported: use mse, sigmoid + "
            "binary_crossentropy, or softmax + categorical_crossentropy."
        ),
    },
}


def loss_value(y_hat, y, loss: str) -> float:
    """Mean loss over the batch (``mse``, ``binary_crossentropy``, ``categorical_crossentropy``)."""
    y_hat, y = np.asarray(y_hat, dtype=float), np.asarray(y, dtype=float)
    if y_hat.shape != y.shape:
        raise ValueError(say(_MESSAGES, "loss_shapes", y_hat=y_hat.shape, y=y.shape))
    if loss == "mse":
        return float(np.mean((y_hat - y) ** 2))
    p = np.clip(y_hat, _EPS, 1 - _EPS)
    if loss == "binary_crossentropy":
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
    if loss == "categorical_crossentropy":
        return float(-np.mean(np.sum(y * np.log(p), axis=-1)))
    raise ValueError(say(_MESSAGES, "unknown_loss", loss=loss, choices=", ".join(LOSSES)))


class MLP:
    """Fully connected layers ``sizes[0] → sizes[1] → … → sizes[-1]``.

    ``activations`` names one activation per layer (``len(sizes) - 1`` of them).
    Weights start Glorot-uniform (Keras's default for ``Dense``); biases at zero.
    """

    def __init__(self, sizes, activations_, seed: int | None = 0):
        sizes = list(sizes)
        activations_ = list(activations_)
        if len(sizes) < 2 or any(int(s) < 1 for s in sizes):
            raise ValueError(say(_MESSAGES, "sizes", sizes=sizes))
        if len(activations_) != len(sizes) - 1:
            raise ValueError(
                say(
                    _MESSAGES,
                    "n_activations",
                    layers=len(sizes) - 1,
                    sizes=sizes,
                    got=len(activations_),
                )
            )
        for name in activations_:
            activations.get(name)  # raises a clear error for an unknown name
        rng = np.random.default_rng(seed)
        self.sizes, self.activations = sizes, activations_
        self.W, self.b = [], []
        for fan_in, fan_out in zip(sizes[:-1], sizes[1:], strict=True):
            limit = np.sqrt(6 / (fan_in + fan_out))
            self.W.append(rng.uniform(-limit, limit, size=(fan_in, fan_out)))
            self.b.append(np.zeros(fan_out))
        self._cache = None

    @property
    def n_params(self) -> int:
        """Number of trainable parameters: Σ (inputs·units + units)."""
        return sum(W.size + b.size for W, b in zip(self.W, self.b, strict=True))

    def forward(self, X):
        """Output of the network for the batch X, shape (n, sizes[0]); keeps what backward needs."""
        X = np.asarray(X, dtype=float)
        if X.ndim != 2 or X.shape[1] != self.sizes[0]:
            raise ValueError(say(_MESSAGES, "x_shape", n=self.sizes[0], shape=X.shape))
        A, cache = X, [(None, X)]
        for W, b, name in zip(self.W, self.b, self.activations, strict=True):
            Z = A @ W + b
            A = activations.get(name)(Z)
            cache.append((Z, A))
        self._cache = cache
        return A

    def backward(self, y, loss: str):
        """Gradients of the mean ``loss`` for the last ``forward`` batch: [(dW_l, db_l), ...]."""
        if self._cache is None:
            raise RuntimeError(say(_MESSAGES, "forward_first"))
        Z_out, y_hat = self._cache[-1]
        y = np.asarray(y, dtype=float)
        if y.shape != y_hat.shape:
            raise ValueError(say(_MESSAGES, "y_shape", y=y.shape, output=y_hat.shape))
        n = len(y)
        last = self.activations[-1]
        # dL/dZ of the output layer. With sigmoid + binary cross-entropy, or softmax +
        # categorical cross-entropy, the chain rule simplifies to (ŷ − y) / n.
        if (last, loss) in (
            ("sigmoid", "binary_crossentropy"),
            ("softmax", "categorical_crossentropy"),
        ):
            dZ = (y_hat - y) / n
            if loss == "binary_crossentropy":
                dZ = dZ / y.shape[1]  # Keras averages over the output units too
        elif loss == "mse":
            if last == "softmax":
                raise ValueError(say(_MESSAGES, "softmax_mse"))
            dA = 2 * (y_hat - y) / y.size
            dZ = dA * activations.derivative(last)(Z_out)
        else:
            raise ValueError(say(_MESSAGES, "unsupported", last=last, loss=loss))
        grads = []
        for layer in range(len(self.W) - 1, -1, -1):
            A_prev = self._cache[layer][1]
            grads.append((A_prev.T @ dZ, dZ.sum(axis=0)))
            if layer > 0:
                Z_prev = self._cache[layer][0]
                dZ = (dZ @ self.W[layer].T) * activations.derivative(self.activations[layer - 1])(
                    Z_prev
                )
        return grads[::-1]

    def train_step(self, X, y, loss: str, lr: float) -> float:
        """One step of gradient descent on the batch; return the loss before the step."""
        value = loss_value(self.forward(X), y, loss)
        for layer, (dW, db) in enumerate(self.backward(y, loss)):
            self.W[layer] -= lr * dW
            self.b[layer] -= lr * db
        return value

    def fit(
        self,
        X,
        y,
        loss: str,
        lr: float = 0.1,
        epochs: int = 100,
        batch_size: int | None = None,
        seed: int | None = 0,
    ) -> list[float]:
        """Mini-batch gradient descent; return the mean loss of each epoch."""
        X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
        n = len(X)
        batch_size = batch_size or n
        rng = np.random.default_rng(seed)
        history = []
        for _ in range(epochs):
            order = rng.permutation(n)
            losses = [
                self.train_step(
                    X[order[i : i + batch_size]], y[order[i : i + batch_size]], loss, lr
                )
                for i in range(0, n, batch_size)
            ]
            history.append(float(np.mean(losses)))
        return history
