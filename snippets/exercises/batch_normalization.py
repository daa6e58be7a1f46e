"""Exercises of lesson 11, batch normalization: normalize by hand, parameters, moving mean."""

import numpy as np

from snippets.exercises import Spec, answer_form_error

# The forms of answer this lesson asks for (see answer_form_error).
_MESSAGES = {
    "es": {
        "four_numbers": "Escribe una lista o un array de 4 números.",
        "two_integers": "Responde con una tupla de dos enteros, por ejemplo (10, 20).",
    },
    "en": {
        "four_numbers": "Write a list or an array of 4 numbers.",
        "two_integers": "Answer with a tuple of two integers, e.g. (10, 20).",
    },
}


_VALUES = np.array([2.0, 4.0, 6.0, 8.0])
_NORMALISED = (_VALUES - _VALUES.mean()) / _VALUES.std()  # [-1.342, -0.447, 0.447, 1.342]


def _check_normalised(answer):
    if isinstance(answer, str):
        return {
            "es": "Escribe una lista o un array de 4 números, no un texto.",
            "en": "Write a list or an array of 4 numbers, not a string.",
        }
    try:
        got = np.asarray(answer, dtype=float).ravel()
    except (TypeError, ValueError):
        raise answer_form_error("four_numbers", _MESSAGES) from None
    if got.shape != (4,):
        return {
            "es": f"Esperaba 4 valores, uno por ejemplo del lote, y has escrito {got.size}.",
            "en": f"Expected 4 values, one per example in the batch, and you wrote {got.size}.",
        }
    # ε = 1e-3 (Keras's default) instead of 0 changes the values by less than 1e-3: accept it.
    if np.allclose(got, _NORMALISED, atol=2e-3):
        return None
    centred = _VALUES - _VALUES.mean()
    if np.allclose(got, centred / _VALUES.std(ddof=1), atol=2e-3):
        return {
            "es": "Has usado la varianza que divide entre m − 1; la normalización por lotes divide "
            "entre m (np.var o np.std por defecto).",
            "en": "You used the variance that divides by m − 1; batch normalization divides by m "
            "(np.var or np.std by default).",
        }
    if np.allclose(got, centred / _VALUES.var(), atol=2e-3):
        return {
            "es": "Has dividido entre la varianza: se divide entre su raíz, la desviación típica.",
            "en": "You divided by the variance: divide by its square root, the standard deviation.",
        }
    if np.allclose(got, centred, atol=2e-3):
        return {
            "es": "Has restado la media, pero falta dividir entre la desviación típica.",
            "en": "You subtracted the mean, but you still need to divide by the standard "
            "deviation.",
        }
    if np.allclose(got, _VALUES / _VALUES.std(), atol=2e-3):
        return {
            "es": "Falta restar la media antes de dividir.",
            "en": "You need to subtract the mean before dividing.",
        }
    return {
        "es": f"{np.round(got, 3).tolist()} no tiene media 0 y desviación típica 1, o no conserva "
        "el orden de los valores.",
        "en": f"{np.round(got, 3).tolist()} does not have mean 0 and standard deviation 1, or does "
        "not keep the order of the values.",
    }


def _check_parameters(answer):
    try:
        trainable, non_trainable = (int(v) for v in answer)
    except (TypeError, ValueError):
        raise answer_form_error("two_integers", _MESSAGES) from None
    if (trainable, non_trainable) == (128, 128):
        return None
    if (trainable, non_trainable) == (256, 0):
        return {
            "es": "moving_mean y moving_variance no se entrenan con el gradiente: son no "
            "entrenables.",
            "en": "moving_mean and moving_variance are not trained by the gradient: they are "
            "non-trainable.",
        }
    if (trainable, non_trainable) == (64, 64):
        return {
            "es": "Cada uno de los cuatro vectores (gamma, beta, moving_mean, moving_variance) "
            "tiene 64 valores, uno por característica.",
            "en": "Each of the four vectors (gamma, beta, moving_mean, moving_variance) has 64 "
            "values, one per feature.",
        }
    if trainable == 128 and non_trainable != 128:
        return {
            "es": "Los entrenables están bien (gamma y beta); cuenta también moving_mean y "
            "moving_variance.",
            "en": "The trainable ones are right (gamma and beta); count moving_mean and "
            "moving_variance too.",
        }
    return {
        "es": f"{(trainable, non_trainable)} no es lo que tiene BatchNormalization sobre 64 "
        "características.",
        "en": f"{(trainable, non_trainable)} is not what BatchNormalization has over 64 features.",
    }


_AFTER_100 = 10 * (1 - 0.99**100)  # 6.339...


def _check_moving_mean(answer):
    try:
        value = float(answer)
    except (TypeError, ValueError):
        raise answer_form_error("number", example="3.5") from None
    if abs(value - _AFTER_100) < 0.01:
        return None
    if abs(value - 10) < 0.01:
        return {
            "es": "Con momento 0,99 cada paso solo recorre un 1 % de la distancia que falta: aún "
            "no ha llegado a 10.",
            "en": "With momentum 0.99 each step only covers 1 % of the remaining distance: it has "
            "not reached 10 yet.",
        }
    if abs(value - 10 * 0.99**100) < 0.01:
        return {
            "es": "Eso es lo que falta por recorrer, 10 · 0,99¹⁰⁰; la media móvil es 10 menos eso.",
            "en": "That is the distance left, 10 · 0.99¹⁰⁰; the moving mean is 10 minus that.",
        }
    if abs(value - 0.1) < 0.01:
        return {
            "es": "0,1 es el valor tras un solo paso; repite moving_mean = 0,99 · moving_mean + "
            "0,01 · 10 cien veces.",
            "en": "0.1 is the value after a single step; repeat moving_mean = 0.99 · moving_mean + "
            "0.01 · 10 a hundred times.",
        }
    return {
        "es": f"{answer} no es el valor tras 100 pasos de moving_mean = 0,99 · moving_mean + "
        "0,01 · 10.",
        "en": f"{answer} is not the value after 100 steps of moving_mean = 0.99 · moving_mean + "
        "0.01 · 10.",
    }


EXERCISES = [
    Spec(
        check=_check_normalised,
        hint={
            "es": "Media 5; varianza ((−3)² + (−1)² + 1² + 3²) / 4 = 5; divide x − 5 entre √5.",
            "en": "Mean 5; variance ((−3)² + (−1)² + 1² + 3²) / 4 = 5; divide x − 5 by √5.",
        },
        solution={
            "es": "x = np.array([2.0, 4.0, 6.0, 8.0])\n"
            "answer_1 = (x - x.mean()) / np.sqrt(x.var())  # [-1.342, -0.447, 0.447, 1.342]",
            "en": "x = np.array([2.0, 4.0, 6.0, 8.0])\n"
            "answer_1 = (x - x.mean()) / np.sqrt(x.var())  # [-1.342, -0.447, 0.447, 1.342]",
        },
        right=(
            _NORMALISED,
            [-1.342, -0.447, 0.447, 1.342],
            (_VALUES - 5) / np.sqrt(5 + 1e-3),
        ),
        wrong=(
            [-3, -1, 1, 3],
            [-0.6, -0.2, 0.2, 0.6],
            (_VALUES - 5) / _VALUES.std(ddof=1),
            _VALUES / _VALUES.std(),
            [-1.342, -0.447, 0.447],
            "-1.342, -0.447, 0.447, 1.342",
        ),
    ),
    Spec(
        check=_check_parameters,
        hint={
            "es": "Cuatro vectores de 64 valores: gamma y beta se entrenan; moving_mean y "
            "moving_variance, no.",
            "en": "Four vectors of 64 values: gamma and beta are trained; moving_mean and "
            "moving_variance are not.",
        },
        solution={
            "es": "answer_2 = (128, 128)  # gamma + beta = 2 · 64; moving_mean + moving_variance "
            "= 2 · 64",
            "en": "answer_2 = (128, 128)  # gamma + beta = 2 · 64; moving_mean + moving_variance "
            "= 2 · 64",
        },
        right=((128, 128), [128, 128]),
        wrong=((256, 0), (64, 64), (128, 0), (128, 64), (0, 256)),
    ),
    Spec(
        check=_check_moving_mean,
        hint={
            "es": "Tras t pasos queda 0,99ᵗ de la distancia inicial a 10: moving_mean = "
            "10 · (1 − 0,99ᵗ).",
            "en": "After t steps 0.99ᵗ of the initial distance to 10 is left: moving_mean = "
            "10 · (1 − 0.99ᵗ).",
        },
        solution={
            "es": "answer_3 = 10 * (1 - 0.99**100)  # ≈ 6,34: tras 100 pasos aún falta más de un "
            "tercio",
            "en": "answer_3 = 10 * (1 - 0.99**100)  # ≈ 6.34: after 100 steps over a third is "
            "still missing",
        },
        right=(10 * (1 - 0.99**100), 6.34, "6.34"),
        wrong=(10, 0.1, 3.66, 9.9, 6.0),
    ),
]
