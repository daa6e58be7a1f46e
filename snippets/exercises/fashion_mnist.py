"""Exercises of lesson 5, Fashion-MNIST with an MLP: parameters, predict, losses, argmax."""

import numpy as np

from snippets.exercises import Spec, answer_form_error

# The forms of answer this lesson asks for (see answer_form_error).
_MESSAGES = {
    "es": {
        "loss_name": (
            "Escribe el nombre de la pérdida como una cadena, entre comillas: "
            "por ejemplo 'mean_squared_error'."
        ),
    },
    "en": {
        "loss_name": "Write the loss's name as a string, e.g. 'mean_squared_error'.",
    },
}


def _check_dense_params(answer):
    if answer == 784 * 512 + 512:
        return None
    if answer == 784 * 512:
        return {
            "es": "Has contado los pesos, pero cada una de las 512 neuronas tiene además su sesgo.",
            "en": "You counted the weights, but each of the 512 neurons also has its own bias.",
        }
    if answer == 784 + 512 or answer == 784 * 512 + 784:
        return {
            "es": "Hay un peso por cada par (entrada, neurona) y un sesgo por neurona.",
            "en": "There is one weight per (input, neuron) pair and one bias per neuron.",
        }
    return {
        "es": f"{answer} no es el número de parámetros de Dense(512) sobre 784 entradas.",
        "en": f"{answer} is not the parameter count of Dense(512) on 784 inputs.",
    }


def _check_predict_shape(answer):
    try:
        shape = tuple(int(d) for d in answer)
    except TypeError:
        raise answer_form_error("shape", example="(2, 3)") from None
    if shape == (5, 10):
        return None
    if shape == (10, 5):
        return {
            "es": "El primer eje es el lote (una fila por imagen); el segundo, las clases.",
            "en": "The first axis is the batch (one row per image); the second, the classes.",
        }
    if shape in ((5,), (10,)):
        return {
            "es": "predict da una probabilidad por clase para cada imagen, no un solo número.",
            "en": "predict gives one probability per class for each image, not a single number.",
        }
    if shape in ((5, 28, 28), (5, 784)):
        return {
            "es": "Esa es la forma de la entrada; la salida la fija la última capa, Dense(10).",
            "en": "That is the shape of the input; the output is set by the last layer, Dense(10).",
        }
    return {
        "es": f"{shape} no es la forma de la salida del modelo para 5 imágenes.",
        "en": f"{shape} is not the shape of the model's output for 5 images.",
    }


def _loss_key(answer):
    if isinstance(answer, type) or callable(answer):
        answer = getattr(answer, "__name__", type(answer).__name__)
    if not isinstance(answer, str):
        raise answer_form_error("loss_name", _MESSAGES)
    return answer.split(".")[-1].replace("_", "").replace("()", "").replace(" ", "").lower()


def _check_onehot_loss(answer):
    key = _loss_key(answer)
    if key == "categoricalcrossentropy":
        return None
    if key == "sparsecategoricalcrossentropy":
        return {
            "es": "Esa pérdida espera etiquetas enteras (0–9), no vectores one-hot.",
            "en": "That loss expects integer labels (0–9), not one-hot vectors.",
        }
    if key == "binarycrossentropy":
        return {
            "es": "La binaria trata cada salida como un problema sí/no independiente; "
            "aquí las 10 clases son excluyentes.",
            "en": "Binary cross-entropy treats each output as an independent yes/no problem; "
            "here the 10 classes are mutually exclusive.",
        }
    return {
        "es": f"{answer!r} no es una entropía cruzada para 10 clases excluyentes.",
        "en": f"{answer!r} is not a cross-entropy for 10 mutually exclusive classes.",
    }


_PROBS = np.array(
    [
        [0.01, 0.00, 0.02, 0.01, 0.05, 0.01, 0.08, 0.02, 0.02, 0.78],
        [0.10, 0.05, 0.40, 0.05, 0.30, 0.00, 0.10, 0.00, 0.00, 0.00],
        [0.60, 0.00, 0.05, 0.05, 0.00, 0.00, 0.30, 0.00, 0.00, 0.00],
    ]
)


def _check_predicted_class(f):
    result = np.asarray(f(_PROBS.copy()))
    expected = _PROBS.argmax(axis=1)
    if result.shape != expected.shape:
        return {
            "es": f"Para 3 filas de probabilidades esperaba 3 clases, forma (3,); "
            f"tu función devolvió forma {result.shape}.",
            "en": f"For 3 rows of probabilities I expected 3 classes, shape (3,); "
            f"your function returned shape {result.shape}.",
        }
    if not np.issubdtype(result.dtype, np.integer):
        return {
            "es": "Devuelve el índice de la clase (un entero), no su probabilidad.",
            "en": "Return the index of the class (an integer), not its probability.",
        }
    if not np.array_equal(result, expected):
        return {
            "es": f"Para {_PROBS.tolist()} esperaba {expected.tolist()}; "
            f"tu función devolvió {result.tolist()}.",
            "en": f"For {_PROBS.tolist()} I expected {expected.tolist()}; "
            f"your function returned {result.tolist()}.",
        }
    return None


EXERCISES = [
    Spec(
        check=_check_dense_params,
        hint={
            "es": "Cada una de las 512 neuronas tiene un peso por entrada (784) y un sesgo.",
            "en": "Each of the 512 neurons has one weight per input (784) and one bias.",
        },
        solution={
            "es": "answer_1 = 784 * 512 + 512  # pesos + sesgos = 401920",
            "en": "answer_1 = 784 * 512 + 512  # weights + biases = 401920",
        },
        right=(401_920,),
        wrong=(401_408, 512, 1_296, 402_192),
    ),
    Spec(
        check=_check_predict_shape,
        hint={
            "es": "Una fila por imagen y una columna por cada neurona de la capa de salida.",
            "en": "One row per image and one column per neuron of the output layer.",
        },
        solution={
            "es": "answer_2 = (5, 10)  # 5 imágenes × 10 probabilidades",
            "en": "answer_2 = (5, 10)  # 5 images × 10 probabilities",
        },
        right=((5, 10), [5, 10]),
        wrong=((10, 5), (5,), (10,), (5, 28, 28), (1, 10)),
    ),
    Spec(
        check=_check_onehot_loss,
        hint={
            "es": "Es la misma entropía cruzada de la lección, sin el prefijo que indica "
            "etiquetas enteras.",
            "en": "It is the lesson's cross-entropy, without the prefix that means integer labels.",
        },
        solution={
            "es": 'answer_3 = "categorical_crossentropy"  # etiquetas one-hot',
            "en": 'answer_3 = "categorical_crossentropy"  # one-hot labels',
        },
        right=(
            "categorical_crossentropy",
            "CategoricalCrossentropy",
            "keras.losses.CategoricalCrossentropy()",
        ),
        wrong=("sparse_categorical_crossentropy", "binary_crossentropy", "mse"),
    ),
    Spec(
        check=_check_predicted_class,
        hint={
            "es": "NumPy tiene una función que da la posición del máximo a lo largo de un eje; "
            "aquí, el eje de las clases (axis=1).",
            "en": "NumPy has a function that gives the position of the maximum along an axis; "
            "here, the classes axis (axis=1).",
        },
        solution={
            "es": "def predicted_class(probs):\n    return np.argmax(probs, axis=1)",
            "en": "def predicted_class(probs):\n    return np.argmax(probs, axis=1)",
        },
        right=(lambda p: np.argmax(p, axis=1), lambda p: p.argmax(-1)),
        wrong=(
            lambda p: p.max(axis=1),
            lambda p: np.argmax(p),
            lambda p: p.argmax(axis=0),
            lambda p: np.argmin(p, axis=1),
        ),
    ),
]
