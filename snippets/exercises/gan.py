"""Exercises of lesson 13, GANs: optimal discriminator, transposed convolutions, tanh, losses."""

import numpy as np

from snippets.exercises import Spec, answer_form_error
from snippets.numbers import format_number

# The forms of answer this lesson asks for (see answer_form_error).
_MESSAGES = {
    "es": {
        "activation_name": (
            "Escribe el nombre de la activación como una cadena, entre comillas: "
            "por ejemplo 'relu'."
        ),
    },
    "en": {
        "activation_name": "Write the activation's name as a string, e.g. 'relu'.",
    },
}


def _check_optimal_d(answer):
    try:
        value = float(answer)
    except (TypeError, ValueError):
        raise answer_form_error("number", example="0.25") from None
    if abs(value - 0.5) < 1e-9:
        return None
    if value in (0.0, 1.0):
        return {
            "es": "Si p_g = p_datos, una imagen falsa y una real son igual de probables: "
            "el discriminador no puede estar seguro de ninguna de las dos.",
            "en": "If p_g = p_data, a fake and a real image are equally likely: "
            "the discriminator cannot be sure about either.",
        }
    return {
        "es": f"{answer} no es D*(x) = p_datos / (p_datos + p_g) cuando p_g = p_datos.",
        "en": f"{answer} is not D*(x) = p_data / (p_data + p_g) when p_g = p_data.",
    }


def _check_transposed_shape(answer):
    try:
        shape = tuple(None if d is None else int(d) for d in answer)
    except TypeError:
        raise answer_form_error("shape", example="(5, 5, 8)") from None
    if len(shape) == 4:
        shape = shape[1:]  # the learner included the batch axis
    if shape == (14, 14, 32):
        return None
    if shape[:2] in ((4, 4), (3, 3)):
        return {
            "es": "Eso haría una Conv2D de paso 2, que reduce la imagen; la traspuesta la agranda.",
            "en": "That is what a stride-2 Conv2D would do, shrinking the image; "
            "the transposed one enlarges it.",
        }
    if shape[:2] == (16, 16):
        return {
            "es": 'Eso sería con padding="valid"; con "same" la salida mide entrada × paso.',
            "en": 'That would be with padding="valid"; with "same" the output is input × stride.',
        }
    if shape[:2] == (14, 14):
        return {
            "es": "El alto y el ancho están bien; el número de canales lo fija el número "
            "de filtros.",
            "en": "Height and width are right; the number of channels is set by the number "
            "of filters.",
        }
    return {
        "es": f"{shape} no es la salida de Conv2DTranspose(32, 4, strides=2, padding='same') "
        "para (7, 7, 64).",
        "en": f"{shape} is not the output of Conv2DTranspose(32, 4, strides=2, padding='same') "
        "for (7, 7, 64).",
    }


def _check_output_activation(answer):
    if not isinstance(answer, str):
        name = getattr(answer, "__name__", None)
        if name is None:
            raise answer_form_error("activation_name", _MESSAGES)
        answer = name
    key = answer.strip().lower().replace("keras.activations.", "").replace("()", "")
    if key == "tanh":
        return None
    if key in ("sigmoid", "softmax"):
        return {
            "es": f"{key} da valores en (0, 1), nunca negativos: el generador nunca podría "
            "producir un fondo de −1.",
            "en": f"{key} gives values in (0, 1), never negative: the generator could never "
            "produce a background of −1.",
        }
    if key in ("relu", "leaky_relu", "elu"):
        return {
            "es": f"{key} no está acotada: sus salidas pueden pasar de 1 (y ReLU no da negativos).",
            "en": f"{key} is unbounded: its outputs can exceed 1 (and ReLU gives no negatives).",
        }
    if key in ("linear", "none", ""):
        return {
            "es": "Sin activación la salida no está acotada al intervalo de los píxeles.",
            "en": "With no activation the output is not bounded to the pixels' interval.",
        }
    return {
        "es": f"{answer!r} no es la activación que da valores en (−1, 1).",
        "en": f"{answer!r} is not the activation whose values lie in (−1, 1).",
    }


_D_FAKE = np.array([0.01, 0.2, 0.5, 0.9])


def _check_non_saturating(f):
    result = f(_D_FAKE.copy())
    try:
        value = float(np.asarray(result))
    except (TypeError, ValueError):
        return {
            "es": f"Devuelve un solo número (la media); tu función devolvió {result!r}.",
            "en": f"Return a single number (the mean); your function returned {result!r}.",
        }
    expected = float(-np.mean(np.log(_D_FAKE)))
    if np.isclose(value, expected, rtol=1e-6):
        return None
    if np.isclose(value, float(np.mean(np.log(1 - _D_FAKE))), rtol=1e-6):
        return {
            "es": "Esa es la pérdida minimax, log(1 − D(G(z))), la que satura cuando D(G(z)) ≈ 0.",
            "en": "That is the minimax loss, log(1 − D(G(z))), which saturates when D(G(z)) ≈ 0.",
        }
    if np.isclose(value, -expected, rtol=1e-6):
        return {
            "es": "Falta el signo: la pérdida a minimizar es −log D(G(z)), que es positiva.",
            "en": "The sign is missing: the loss to minimize is −log D(G(z)), which is positive.",
        }
    if np.isclose(value, -float(np.sum(np.log(_D_FAKE))), rtol=1e-6):
        return {
            "es": "Has sumado sobre el lote; devuelve la media.",
            "en": "You summed over the batch; return the mean.",
        }
    shown = {
        lang: [format_number(v, 4, lang=lang) for v in (expected, value)] for lang in ("es", "en")
    }
    return {
        "es": f"Para d_fake = {_D_FAKE.tolist()} esperaba {shown['es'][0]}; "
        f"tu función devolvió {shown['es'][1]}.",
        "en": f"For d_fake = {_D_FAKE.tolist()} I expected {shown['en'][0]}; "
        f"your function returned {shown['en'][1]}.",
    }


EXERCISES = [
    Spec(
        check=_check_optimal_d,
        hint={
            "es": "Sustituye p_g = p_datos en D*(x) = p_datos / (p_datos + p_g).",
            "en": "Substitute p_g = p_data in D*(x) = p_data / (p_data + p_g).",
        },
        solution={
            "es": "answer_1 = 0.5  # p / (p + p) = 1/2: el discriminador solo puede adivinar",
            "en": "answer_1 = 0.5  # p / (p + p) = 1/2: the discriminator can only guess",
        },
        right=(0.5, 1 / 2),
        wrong=(0, 1, 0.25, 0.9),
    ),
    Spec(
        check=_check_transposed_shape,
        hint={
            "es": 'Con padding="same", la convolución traspuesta multiplica alto y ancho por el '
            "paso; los canales de salida son los filtros.",
            "en": 'With padding="same", the transposed convolution multiplies height and width by '
            "the stride; the output channels are the filters.",
        },
        solution={
            "es": "answer_2 = (14, 14, 32)  # 7 × 2 = 14; 32 filtros",
            "en": "answer_2 = (14, 14, 32)  # 7 × 2 = 14; 32 filters",
        },
        right=((14, 14, 32), [14, 14, 32], (None, 14, 14, 32)),
        wrong=((14, 14, 64), (4, 4, 32), (16, 16, 32), (28, 28, 32), (7, 7, 32)),
    ),
    Spec(
        check=_check_output_activation,
        hint={
            "es": "Busca la activación de la lección de activaciones cuyo recorrido es (−1, 1).",
            "en": "Look for the activation in the activations lesson whose range is (−1, 1).",
        },
        solution={
            "es": 'answer_3 = "tanh"  # tangente hiperbólica: valores en (−1, 1)',
            "en": 'answer_3 = "tanh"  # hyperbolic tangent: values in (−1, 1)',
        },
        right=("tanh", "Tanh", np.tanh),
        wrong=("sigmoid", "relu", "linear", "softmax"),
    ),
    Spec(
        check=_check_non_saturating,
        hint={
            "es": "El generador quiere que D(G(z)) se acerque a 1: minimiza la media de "
            "−log D(G(z)).",
            "en": "The generator wants D(G(z)) close to 1: it minimizes the mean of −log D(G(z)).",
        },
        solution={
            "es": "def generator_loss_np(d_fake):\n    return -np.mean(np.log(d_fake))",
            "en": "def generator_loss_np(d_fake):\n    return -np.mean(np.log(d_fake))",
        },
        right=(lambda d: -np.mean(np.log(d)), lambda d: float(np.mean(-np.log(d)))),
        wrong=(
            lambda d: np.mean(np.log(1 - d)),
            lambda d: np.mean(np.log(d)),
            lambda d: -np.sum(np.log(d)),
            lambda d: -np.log(d),
            lambda d: -np.mean(np.log(1 - d)),
        ),
    ),
]
