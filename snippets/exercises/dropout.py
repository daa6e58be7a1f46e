"""Exercises of lesson 10, dropout: the scale factor, inference, inverted dropout, placement."""

import numpy as np

from snippets.exercises import Spec, answer_form_error
from snippets.numbers import format_number

# The forms of answer this lesson asks for (see answer_form_error).
_MESSAGES = {
    "es": {
        "three_numbers": "Escribe una lista de tres números, por ejemplo [0.0, 1.0, 2.0].",
    },
    "en": {
        "three_numbers": "Write a list of three numbers, e.g. [0.0, 1.0, 2.0].",
    },
}


def _as_number(answer):
    try:
        return float(answer)
    except (TypeError, ValueError):
        raise answer_form_error("number", example="2.5") from None


def _check_scale(answer):
    value = _as_number(answer)
    if abs(value - 1.25) < 1e-9:
        return None
    if abs(value - 0.8) < 1e-9:
        return {
            "es": "0,8 es la probabilidad de conservar un valor, 1 − 0,2; el factor es su inverso.",
            "en": "0.8 is the probability of keeping a value, 1 − 0.2; the factor is its inverse.",
        }
    if abs(value - 5) < 1e-9:
        return {
            "es": "Has dividido entre la tasa de dropout (0,2), no entre la probabilidad de "
            "conservar (1 − 0,2).",
            "en": "You divided by the dropout rate (0.2), not by the probability of keeping "
            "(1 − 0.2).",
        }
    return {
        "es": f"{answer} no es 1 / (1 − 0,2).",
        "en": f"{answer} is not 1 / (1 − 0.2).",
    }


def _check_inference(answer):
    if isinstance(answer, str):
        return {
            "es": "Escribe una lista de tres números, p. ej. [0.0, 1.0, 2.0].",
            "en": "Write a list of three numbers, e.g. [0.0, 1.0, 2.0].",
        }
    try:
        got = np.asarray(answer, dtype=float).ravel()
    except (TypeError, ValueError):
        raise answer_form_error("three_numbers", _MESSAGES) from None
    if got.shape != (3,):
        return {
            "es": f"Esperaba tres valores y has escrito {got.size}.",
            "en": f"Expected three values, you wrote {got.size}.",
        }
    if np.allclose(got, [2, 4, 6]):
        return None
    if np.allclose(got, [1, 2, 3]):
        return {
            "es": "Multiplicar por 1 − p en inferencia es lo que hacía el dropout original; Keras "
            "usa dropout invertido y ya ha escalado durante el entrenamiento.",
            "en": "Multiplying by 1 − p at inference is what the original dropout did; Keras uses "
            "inverted dropout and has already scaled during training.",
        }
    if np.allclose(got, [4, 8, 12]):
        return {
            "es": "El factor 1/(1 − p) solo se aplica en entrenamiento, a los valores conservados.",
            "en": "The factor 1/(1 − p) is applied only in training, to the kept values.",
        }
    if np.any(got == 0):
        return {
            "es": "Con training=False no se apaga ningún valor.",
            "en": "With training=False no value is dropped.",
        }
    return {
        "es": f"{list(got)} no es lo que devuelve la capa en inferencia.",
        "en": f"{list(got)} is not what the layer returns at inference.",
    }


def _check_dropout_function(f):
    for rate in (0.3, 0.6):
        x = np.ones((400, 500))
        out = np.asarray(f(x.copy(), rate, np.random.default_rng(0)), dtype=float)
        if out.shape != x.shape:
            return {
                "es": f"Para x de forma {x.shape} tu función devuelve la forma {out.shape}.",
                "en": f"For x of shape {x.shape} your function returns shape {out.shape}.",
            }
        kept = out != 0
        fraction = kept.mean()
        shown = {lang: format_number(fraction, 3, lang=lang) for lang in ("es", "en")}
        expected = {lang: format_number(1 - rate, 2, lang=lang) for lang in ("es", "en")}
        if abs(fraction - rate) < 0.01 and abs(rate - 0.5) > 0.05:
            return {
                "es": f"Conservas una fracción {shown['es']} ≈ rate: la máscara está al revés "
                "(rate es la probabilidad de apagar).",
                "en": f"You keep a fraction {shown['en']} ≈ rate: the mask is the wrong way round "
                "(rate is the probability of dropping).",
            }
        if abs(fraction - (1 - rate)) > 0.01:
            return {
                "es": f"Con rate={rate} conservas una fracción {shown['es']} "
                f"de los valores; debería ser ≈ {expected['es']}.",
                "en": f"With rate={rate} you keep a fraction {shown['en']} "
                f"of the values; it should be ≈ {expected['en']}.",
            }
        values = np.unique(out[kept])
        factor = {lang: format_number(1 / (1 - rate), 4, lang=lang) for lang in ("es", "en")}
        if np.allclose(values, 1.0):
            return {
                "es": "Falta dividir los valores conservados entre 1 − rate: la media baja.",
                "en": "You need to divide the kept values by 1 − rate: the mean drops.",
            }
        if not np.allclose(values, 1 / (1 - rate)):
            return {
                "es": f"Con x = 1 y rate={rate}, los valores conservados deberían valer "
                f"1/(1 − rate) = {factor['es']}, no {values[:3]}.",
                "en": f"With x = 1 and rate={rate}, the kept values should be "
                f"1/(1 − rate) = {factor['en']}, not {values[:3]}.",
            }
    x = np.arange(1.0, 7.0)
    out = np.asarray(f(x.copy(), 0.0, np.random.default_rng(0)), dtype=float)
    if not np.allclose(out, x):
        return {
            "es": "Con rate=0 la salida debería ser igual a la entrada.",
            "en": "With rate=0 the output should equal the input.",
        }
    return None


_PLACEMENT = {
    "A": {
        "es": "En A el dropout va detrás de softmax: apagaría probabilidades de la salida, que "
        "dejarían de sumar 1. Nunca en la salida.",
        "en": "In A dropout comes after softmax: it would zero output probabilities, which would "
        "no longer sum to 1. Never on the output.",
    },
    "C": {
        "es": "En C se apaga el 90 % de los píxeles de entrada: demasiado ruido. En la entrada, "
        "como mucho una tasa de 0,2.",
        "en": "In C 90 % of the input pixels are dropped: far too much noise. On the input, a "
        "rate of 0.2 at most.",
    },
}


def _check_placement(answer):
    if not isinstance(answer, str) or answer.strip().upper() not in ("A", "B", "C"):
        return {
            "es": 'Responde con una letra: "A", "B" o "C".',
            "en": 'Answer with one letter: "A", "B" or "C".',
        }
    letter = answer.strip().upper()
    return None if letter == "B" else _PLACEMENT[letter]


def _inverted_dropout(x, rate, rng):
    keep = rng.random(x.shape) >= rate
    return x * keep / (1 - rate)


def _inverted_dropout_binomial(x, rate, rng):
    return x * rng.binomial(1, 1 - rate, size=x.shape) / (1 - rate)


def _no_scaling(x, rate, rng):
    return x * (rng.random(x.shape) >= rate)


def _mask_reversed(x, rate, rng):
    return x * (rng.random(x.shape) < rate) / (1 - rate)


def _scaled_by_keep(x, rate, rng):
    return x * (rng.random(x.shape) >= rate) * (1 - rate)


EXERCISES = [
    Spec(
        check=_check_scale,
        hint={
            "es": "Los valores conservados se dividen entre la probabilidad de conservarse, 1 − p.",
            "en": "The kept values are divided by the probability of being kept, 1 − p.",
        },
        solution={
            "es": "answer_1 = 1 / (1 - 0.2)  # 1,25: se conserva el 80 % y cada valor vale 1,25 "
            "veces más",
            "en": "answer_1 = 1 / (1 - 0.2)  # 1.25: 80 % is kept and each value is worth 1.25 "
            "times more",
        },
        right=(1.25, 1 / (1 - 0.2), "1.25"),
        wrong=(0.8, 5, 0.2, 2),
    ),
    Spec(
        check=_check_inference,
        hint={
            "es": "En inferencia (training=False), Keras no apaga ni reescala nada.",
            "en": "At inference (training=False), Keras neither drops nor rescales anything.",
        },
        solution={
            "es": "answer_2 = [2.0, 4.0, 6.0]  # la entrada tal cual: en inferencia la capa es "
            "la identidad",
            "en": "answer_2 = [2.0, 4.0, 6.0]  # the input unchanged: at inference the layer is "
            "the identity",
        },
        right=([2.0, 4.0, 6.0], (2, 4, 6), np.array([2.0, 4.0, 6.0])),
        wrong=([1.0, 2.0, 3.0], [4.0, 8.0, 12.0], [2.0, 0.0, 6.0], "2, 4, 6", [2.0, 4.0]),
    ),
    Spec(
        check=_check_dropout_function,
        hint={
            "es": "keep = rng.random(x.shape) >= rate da True con probabilidad 1 − rate; después "
            "multiplica x por keep y divide entre 1 − rate.",
            "en": "keep = rng.random(x.shape) >= rate is True with probability 1 − rate; then "
            "multiply x by keep and divide by 1 − rate.",
        },
        solution={
            "es": "def my_dropout(x, rate, rng):\n"
            "    keep = rng.random(x.shape) >= rate  # True con probabilidad 1 − rate\n"
            "    return x * keep / (1 - rate)",
            "en": "def my_dropout(x, rate, rng):\n"
            "    keep = rng.random(x.shape) >= rate  # True with probability 1 − rate\n"
            "    return x * keep / (1 - rate)",
        },
        right=(_inverted_dropout, _inverted_dropout_binomial),
        wrong=(_no_scaling, _mask_reversed, _scaled_by_keep, lambda x, rate, rng: x),
    ),
    Spec(
        check=_check_placement,
        hint={
            "es": "El dropout va detrás de las capas ocultas; en la salida, nunca; en la entrada, "
            "con una tasa baja.",
            "en": "Dropout goes after the hidden layers; on the output, never; on the input, with "
            "a low rate.",
        },
        solution={
            "es": 'answer_4 = "B"  # detrás de la capa oculta y antes de la salida',
            "en": 'answer_4 = "B"  # after the hidden layer and before the output',
        },
        right=("B", "b", " B "),
        wrong=("A", "C", "D", 2),
    ),
]
