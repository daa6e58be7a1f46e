"""Exercises of lesson 4, the multilayer perceptron: parameters, weight shapes, forward pass."""

import numpy as np

from snippets.activations import relu, softmax
from snippets.exercises import Spec, answer_form_error


def _check_params(answer):
    if answer == 32:
        return None
    if answer == 25:
        return {
            "es": "Has contado los pesos (3·5 + 5·2), pero cada neurona tiene además su sesgo.",
            "en": "You counted the weights (3·5 + 5·2), but each neuron also has its own bias.",
        }
    if answer == 35:
        return {
            "es": "Las 3 entradas no son neuronas: no tienen pesos ni sesgo propios.",
            "en": "The 3 inputs are not neurons: they have no weights or bias of their own.",
        }
    return {
        "es": f"{answer} no es el número de parámetros de la red 3 → 5 → 2.",
        "en": f"{answer} is not the parameter count of the 3 → 5 → 2 network.",
    }


def _check_shape(answer):
    try:
        shape = tuple(int(d) for d in answer)
    except TypeError:
        raise answer_form_error("shape", example="(2, 3)") from None
    if shape == (5, 8):
        return None
    if shape == (8, 5):
        return {
            "es": "Esa es la matriz traspuesta (unidades, entradas), la que usan muchos libros "
            "con z = W·x; Keras guarda el kernel como (entradas, unidades).",
            "en": "That is the transposed matrix (units, inputs), the one many textbooks use "
            "with z = W·x; Keras stores the kernel as (inputs, units).",
        }
    return {
        "es": f"{shape} no es la forma del kernel de Dense(8) con 5 entradas.",
        "en": f"{shape} is not the kernel shape of Dense(8) with 5 inputs.",
    }


def _reference_forward(X, W1, b1, W2, b2):
    return softmax(relu(X @ W1 + b1) @ W2 + b2)


def _check_forward(forward):
    rng = np.random.default_rng(7)
    X = rng.normal(size=(6, 4))
    W1, b1 = rng.normal(size=(4, 5)), rng.normal(size=5)
    W2, b2 = rng.normal(size=(5, 3)), rng.normal(size=3)
    expected = _reference_forward(X, W1, b1, W2, b2)
    result = forward(X, W1, b1, W2, b2)
    if result is None:
        return {
            "es": "La función no devuelve nada: falta el return.",
            "en": "The function returns nothing: the return is missing.",
        }
    result = np.asarray(result, dtype=float)
    if result.shape != expected.shape:
        return {
            "es": f"Con X de forma (6, 4) la salida debe tener forma (6, 3), no {result.shape}.",
            "en": f"With X shaped (6, 4) the output must have shape (6, 3), not {result.shape}.",
        }
    if np.allclose(result, expected):
        return None
    if not np.allclose(result.sum(axis=1), 1):
        return {
            "es": "Las filas de la salida no suman 1: falta la softmax de la capa de salida.",
            "en": "The output rows do not add up to 1: the output layer's softmax is missing.",
        }
    if np.allclose(result, softmax((X @ W1 + b1) @ W2 + b2)):
        return {
            "es": "Falta la ReLU de la capa oculta: sin ella, dos capas equivalen a una.",
            "en": "The hidden layer's ReLU is missing: without it, two layers equal one.",
        }
    return {
        "es": "La salida no coincide con softmax(relu(X·W1 + b1)·W2 + b2): revisa cada paso "
        "(¿están los dos sesgos?).",
        "en": "The output does not match softmax(relu(X·W1 + b1)·W2 + b2): check each step "
        "(are both biases there?).",
    }


def _right_forward(X, W1, b1, W2, b2):
    A1 = np.maximum(0, X @ W1 + b1)
    Z2 = A1 @ W2 + b2
    E = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def _forward_without_relu(X, W1, b1, W2, b2):
    return softmax((X @ W1 + b1) @ W2 + b2)


def _forward_without_biases(X, W1, b1, W2, b2):
    return softmax(relu(X @ W1) @ W2)


def _forward_without_softmax(X, W1, b1, W2, b2):
    return relu(X @ W1 + b1) @ W2 + b2


EXERCISES = [
    Spec(
        check=_check_params,
        hint={
            "es": "Cada capa aporta entradas·unidades pesos más unidades sesgos.",
            "en": "Each layer brings inputs·units weights plus units biases.",
        },
        solution={
            "es": "answer_1 = (3 * 5 + 5) + (5 * 2 + 2)  # 20 + 12 = 32",
            "en": "answer_1 = (3 * 5 + 5) + (5 * 2 + 2)  # 20 + 12 = 32",
        },
        right=(32,),
        wrong=(25, 35, 30, 10),
    ),
    Spec(
        check=_check_shape,
        hint={
            "es": "En Keras, Z = X·W + b con X de forma (n, entradas): ¿qué forma debe "
            "tener W para que Z sea (n, unidades)?",
            "en": "In Keras, Z = X·W + b with X shaped (n, inputs): what shape must W have "
            "for Z to be (n, units)?",
        },
        solution={
            "es": "answer_2 = (5, 8)  # (entradas, unidades); el sesgo tiene forma (8,)",
            "en": "answer_2 = (5, 8)  # (inputs, units); the bias has shape (8,)",
        },
        right=((5, 8), [5, 8]),
        wrong=((8, 5), (5,), (8,), (5, 8, 1)),
    ),
    Spec(
        check=_check_forward,
        hint={
            "es": "Tres líneas: Z1 = X @ W1 + b1, A1 = relu(Z1), return softmax(A1 @ W2 + b2).",
            "en": "Three lines: Z1 = X @ W1 + b1, A1 = relu(Z1), return softmax(A1 @ W2 + b2).",
        },
        solution={
            "es": "def forward(X, W1, b1, W2, b2):\n"
            "    A1 = relu(X @ W1 + b1)  # capa oculta\n"
            "    return softmax(A1 @ W2 + b2)  # capa de salida",
            "en": "def forward(X, W1, b1, W2, b2):\n"
            "    A1 = relu(X @ W1 + b1)  # hidden layer\n"
            "    return softmax(A1 @ W2 + b2)  # output layer",
        },
        right=(_right_forward, _reference_forward),
        wrong=(_forward_without_relu, _forward_without_biases, _forward_without_softmax),
    ),
]
