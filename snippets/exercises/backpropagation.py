"""Exercises of lesson 7, backpropagation: iterations per epoch, one update, dL/dŷ, the loss."""

import numpy as np

from snippets.exercises import Spec, answer_form_error


def _as_number(answer):
    try:
        return float(answer)
    except (TypeError, ValueError):
        raise answer_form_error("number", example="10") from None


def _check_iterations(answer):
    value = _as_number(answer)
    if value == 16:
        return None
    if value == 15:
        return {
            "es": "Te falta el último lote: 1000 = 15 · 64 + 40, y esos 40 ejemplos también "
            "forman un lote.",
            "en": "You are missing the last batch: 1000 = 15 · 64 + 40, and those 40 examples "
            "also make a batch.",
        }
    if value == 1000 / 64:
        return {
            "es": "Las iteraciones son un número entero: redondea hacia arriba.",
            "en": "Iterations are a whole number: round up.",
        }
    return {
        "es": f"{answer} no es ⌈1000 / 64⌉.",
        "en": f"{answer} is not ⌈1000 / 64⌉.",
    }


def _check_update(answer):
    value = _as_number(answer)
    if abs(value - 1.4) < 1e-9:
        return None
    if abs(value - 0.6) < 1e-9:
        return {
            "es": "Has sumado el gradiente: el descenso va en contra del gradiente, w − η·L'(w).",
            "en": "You added the gradient: descent goes against the gradient, w − η·L'(w).",
        }
    if abs(value - 1.2) < 1e-9 or abs(value - 0.8) < 1e-9:
        return {
            "es": "La derivada de (w − 3)² es 2(w − 3): no olvides el 2.",
            "en": "The derivative of (w − 3)² is 2(w − 3): do not forget the 2.",
        }
    return {
        "es": f"{answer} no es 1 − 0,1 · L'(1).",
        "en": f"{answer} is not 1 − 0.1 · L'(1).",
    }


def _mse(y_hat, y):
    return np.mean((y_hat - y) ** 2)


def _check_mse_gradient(f):
    rng = np.random.default_rng(0)
    for shape in ((5, 1), (7,)):
        y_hat, y = rng.normal(size=shape), rng.normal(size=shape)
        got = np.asarray(f(y_hat.copy(), y.copy()), dtype=float)
        if got.shape != shape:
            return {
                "es": f"Para y_hat de forma {shape} tu función devuelve la forma {got.shape}: "
                "debe ser la misma.",
                "en": f"For y_hat of shape {shape} your function returns shape {got.shape}: "
                "it must be the same.",
            }
        h = 1e-6
        numeric = np.zeros(shape)
        for i in np.ndindex(shape):
            plus, minus = y_hat.copy(), y_hat.copy()
            plus[i] += h
            minus[i] -= h
            numeric[i] = (_mse(plus, y) - _mse(minus, y)) / (2 * h)
        if np.allclose(got, numeric, atol=1e-6):
            continue
        n = y.size
        if np.allclose(got, -numeric, atol=1e-6):
            return {
                "es": "El signo está al revés: es ŷ − y, no y − ŷ.",
                "en": "The sign is the wrong way round: it is ŷ − y, not y − ŷ.",
            }
        if np.allclose(got, numeric * n, atol=1e-6):
            return {
                "es": "Falta dividir por n: la pérdida es una media.",
                "en": "You need to divide by n: the loss is a mean.",
            }
        if np.allclose(got, numeric / 2, atol=1e-6):
            return {
                "es": "Falta el 2 que baja del cuadrado.",
                "en": "The 2 that comes down from the square is missing.",
            }
        return {
            "es": "No coincide con las diferencias finitas de la pérdida MSE.",
            "en": "It does not match the finite differences of the MSE loss.",
        }
    return None


_LOSS_ALIASES = {
    "categorical_crossentropy": "categorical_crossentropy",
    "categoricalcrossentropy": "categorical_crossentropy",
}


def _check_loss(answer):
    if not isinstance(answer, str):
        return {
            "es": 'Escribe el nombre como texto, p. ej. "mean_squared_error".',
            "en": 'Write the name as a string, e.g. "mean_squared_error".',
        }
    name = answer.strip().lower().replace("keras.losses.", "")
    if _LOSS_ALIASES.get(name) == "categorical_crossentropy":
        return None
    if "sparse" in name:
        return {
            "es": "La versión sparse es para etiquetas enteras (0, 1, …, 9), no one-hot.",
            "en": "The sparse version is for integer labels (0, 1, ..., 9), not one-hot.",
        }
    if "binary" in name:
        return {
            "es": "La entropía cruzada binaria trata cada salida como un problema sí/no "
            "independiente: no es la pérdida de una softmax de 10 clases.",
            "en": "Binary cross-entropy treats each output as an independent yes/no problem: "
            "it is not the loss for a 10-class softmax.",
        }
    return {
        "es": f"{answer!r} no es la pérdida adecuada para una softmax con etiquetas one-hot.",
        "en": f"{answer!r} is not the right loss for a softmax with one-hot labels.",
    }


def _mse_gradient(y_hat, y):
    return 2 * (y_hat - y) / y_hat.size


def _mse_gradient_len(y_hat, y):
    return 2 * (y_hat - y) / len(y)


def _forgot_n(y_hat, y):
    return 2 * (y_hat - y)


def _wrong_sign(y_hat, y):
    return 2 * (y - y_hat) / y.size


def _forgot_two(y_hat, y):
    return (y_hat - y) / y.size


EXERCISES = [
    Spec(
        check=_check_iterations,
        hint={
            "es": "Iteraciones por época = ⌈n / batch_size⌉ (math.ceil).",
            "en": "Iterations per epoch = ⌈n / batch_size⌉ (math.ceil).",
        },
        solution={
            "es": "answer_1 = math.ceil(1000 / 64)  # 16: 15 lotes de 64 y uno de 40",
            "en": "answer_1 = math.ceil(1000 / 64)  # 16: 15 batches of 64 and one of 40",
        },
        right=(16, 16.0),
        wrong=(15, 15.625, 1000, 64),
    ),
    Spec(
        check=_check_update,
        hint={
            "es": "L'(w) = 2(w − 3), así que L'(1) = −4; después aplica w − η·L'(w).",
            "en": "L'(w) = 2(w − 3), so L'(1) = −4; then apply w − η·L'(w).",
        },
        solution={
            "es": "answer_2 = 1 - 0.1 * 2 * (1 - 3)  # 1,4: se acerca al mínimo, w = 3",
            "en": "answer_2 = 1 - 0.1 * 2 * (1 - 3)  # 1.4: closer to the minimum, w = 3",
        },
        right=(1.4, 1 - 0.1 * 2 * (1 - 3)),
        wrong=(0.6, 1.2, 3, -4),
    ),
    Spec(
        check=_check_mse_gradient,
        hint={
            "es": "Deriva (ŷ_i − y_i)² respecto a ŷ_i y no olvides el 1/n de la media.",
            "en": "Differentiate (ŷ_i − y_i)² with respect to ŷ_i and do not forget the 1/n of "
            "the mean.",
        },
        solution={
            "es": "def mse_gradient(y_hat, y):\n    return 2 * (y_hat - y) / y.size",
            "en": "def mse_gradient(y_hat, y):\n    return 2 * (y_hat - y) / y.size",
        },
        right=(_mse_gradient, _mse_gradient_len),
        wrong=(_forgot_n, _wrong_sign, _forgot_two),
    ),
    Spec(
        check=_check_loss,
        hint={
            "es": "Softmax con etiquetas one-hot: la entropía cruzada de varias clases.",
            "en": "Softmax with one-hot labels: the cross-entropy over several classes.",
        },
        solution={
            "es": 'answer_4 = "categorical_crossentropy"  # "sparse_categorical_crossentropy" '
            "si las etiquetas fueran enteros",
            "en": 'answer_4 = "categorical_crossentropy"  # "sparse_categorical_crossentropy" '
            "if the labels were integers",
        },
        right=("categorical_crossentropy", "CategoricalCrossentropy"),
        wrong=("binary_crossentropy", "sparse_categorical_crossentropy", "mse", 3),
    ),
]
