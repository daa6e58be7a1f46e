"""Exercises of lesson 3, the neuron and the perceptron: the learning rule and separability."""

import numpy as np

from snippets.exercises import Spec, answer_form_error

# The forms of answer this lesson asks for (see answer_form_error).
_MESSAGES = {
    "es": {
        "numbers": "Escribe la respuesta como números, por ejemplo (0.1, 0.2, 0.3).",
        "gates": 'Escribe un conjunto de nombres de puertas lógicas, por ejemplo {{"AND", "OR"}}.',
    },
    "en": {
        "numbers": "Write the answer as numbers, e.g. (0.1, 0.2, 0.3).",
        "gates": 'Write a set of gate names, e.g. {{"AND", "OR"}}.',
    },
}


# Exercise 1: w = (0.2, -0.4), b = 0.1, lr = 0.1, example x = (1, 1) with label y = 1.
# z = 0.2 - 0.4 + 0.1 = -0.1 < 0, so y_hat = 0 and the error y - y_hat = 1.
_Q1 = (0.3, -0.3, 0.2)

GATES = ("AND", "OR", "NAND", "NOR", "XOR", "XNOR")
SEPARABLE = {"AND", "OR", "NAND", "NOR"}


def _as_numbers(answer, n):
    try:
        values = np.asarray(answer, dtype=float).ravel()
    except (TypeError, ValueError):
        raise answer_form_error("numbers", _MESSAGES) from None
    if values.size != n:
        raise answer_form_error("count", expected=n, got=values.size)
    return values


def _check_update(answer):
    w1, w2, b = _as_numbers(answer, 3)
    if np.allclose((w1, w2, b), _Q1):
        return None
    if np.allclose((w1, w2, b), (0.2, -0.4, 0.1)):
        return {
            "es": "Has dejado los pesos igual, pero z = −0,1 < 0, así que ŷ = 0 y la neurona "
            "se equivoca (y = 1): la regla sí actualiza.",
            "en": "You left the weights unchanged, but z = −0.1 < 0, so ŷ = 0 and the neuron "
            "is wrong (y = 1): the rule does update.",
        }
    if np.allclose((w1, w2, b), (0.1, -0.5, 0.0)):
        return {
            "es": "El signo está al revés: el error es y − ŷ = 1 − 0 = +1, así que se suma η·x.",
            "en": "The sign is reversed: the error is y − ŷ = 1 − 0 = +1, so η·x is added.",
        }
    if np.allclose((w1, w2), _Q1[:2]) and not np.isclose(b, _Q1[2]):
        return {
            "es": "Los pesos están bien; revisa el sesgo: b ← b + η·(y − ŷ).",
            "en": "The weights are right; check the bias: b ← b + η·(y − ŷ).",
        }
    return {
        "es": f"({w1:g}, {w2:g}, {b:g}) no es el resultado de aplicar la regla una vez.",
        "en": f"({w1:g}, {w2:g}, {b:g}) is not the result of applying the rule once.",
    }


def _check_separable(answer):
    if isinstance(answer, str):
        answer = answer.replace(",", " ").split()
    try:
        names = {str(name).strip().upper() for name in answer}
    except TypeError:
        raise answer_form_error("gates", _MESSAGES) from None
    unknown = names - set(GATES)
    if unknown:
        return {
            "es": f"No conozco {sorted(unknown)}: usa nombres de {', '.join(GATES)}.",
            "en": f"Unknown {sorted(unknown)}: use names from {', '.join(GATES)}.",
        }
    extra = names - SEPARABLE
    if extra:
        return {
            "es": f"{', '.join(sorted(extra))} no es linealmente separable: ninguna recta deja "
            "(0, 1) y (1, 0) a un lado y (0, 0) y (1, 1) al otro.",
            "en": f"{', '.join(sorted(extra))} is not linearly separable: no line puts (0, 1) "
            "and (1, 0) on one side and (0, 0) and (1, 1) on the other.",
        }
    missing = SEPARABLE - names
    if missing:
        return {
            "es": f"Te falta algo: {', '.join(sorted(missing))} también es linealmente separable.",
            "en": f"Something is missing: {', '.join(sorted(missing))} is linearly separable too.",
        }
    return None


def _reference_update(w, b, x, y, lr):
    w, x = np.asarray(w, dtype=float), np.asarray(x, dtype=float)
    error = y - float(w @ x + b >= 0)
    return w + lr * error * x, b + lr * error


_CASES = [  # (w, b, x, y, lr): wrong with y = 1, wrong with y = 0, right (no update), 3 inputs
    ([0.2, -0.4], 0.1, [1.0, 1.0], 1, 0.1),
    ([0.5, 0.5], 0.0, [1.0, 0.0], 0, 0.1),
    ([1.0, 1.0], -1.5, [1.0, 1.0], 1, 0.5),
    ([0.3, -0.2, 0.1], -0.4, [1.0, 2.0, -1.0], 1, 0.2),
]


def _check_function(update):
    for w, b, x, y, lr in _CASES:
        w_ref, b_ref = _reference_update(w, b, x, y, lr)
        result = update(np.array(w), b, np.array(x), y, lr)
        try:
            new_w, new_b = result
        except (TypeError, ValueError):
            return {
                "es": "La función debe devolver dos cosas: return w_nuevo, b_nuevo.",
                "en": "The function must return two things: return new_w, new_b.",
            }
        case = f"w={w}, b={b}, x={x}, y={y}, lr={lr}"
        if np.shape(new_w) != np.shape(w_ref) or not np.allclose(new_w, w_ref):
            return {
                "es": f"Con {case} los pesos deberían quedar {w_ref.tolist()}, "
                f"no {np.asarray(new_w).tolist()}.",
                "en": f"With {case} the weights should become {w_ref.tolist()}, "
                f"not {np.asarray(new_w).tolist()}.",
            }
        if not np.isclose(float(new_b), b_ref):
            return {
                "es": f"Con {case} el sesgo debería quedar {b_ref:g}, no {float(new_b):g}.",
                "en": f"With {case} the bias should become {b_ref:g}, not {float(new_b):g}.",
            }
    return None


def _right_update(w, b, x, y, lr):
    y_hat = 1.0 if np.dot(w, x) + b >= 0 else 0.0
    return w + lr * (y - y_hat) * x, b + lr * (y - y_hat)


def _update_without_step(w, b, x, y, lr):
    error = y - (np.dot(w, x) + b)  # the error of z, not of the step's output
    return w + lr * error * x, b + lr * error


def _update_reversed(w, b, x, y, lr):
    y_hat = 1.0 if np.dot(w, x) + b >= 0 else 0.0
    return w - lr * (y - y_hat) * x, b - lr * (y - y_hat)


def _update_forgets_bias(w, b, x, y, lr):
    y_hat = 1.0 if np.dot(w, x) + b >= 0 else 0.0
    return w + lr * (y - y_hat) * x, b


EXERCISES = [
    Spec(
        check=_check_update,
        hint={
            "es": "Calcula z = w·x + b, luego ŷ = escalón(z) y el error y − ŷ; después "
            "w ← w + η·(y − ŷ)·x y b ← b + η·(y − ŷ).",
            "en": "Compute z = w·x + b, then ŷ = step(z) and the error y − ŷ; then "
            "w ← w + η·(y − ŷ)·x and b ← b + η·(y − ŷ).",
        },
        solution={
            "es": "z = 0,2 − 0,4 + 0,1 = −0,1 → ŷ = 0, error = 1 − 0 = 1.\n"
            "w = (0,2 + 0,1, −0,4 + 0,1) = (0,3, −0,3);  b = 0,1 + 0,1 = 0,2.\n"
            "answer_1 = (0.3, -0.3, 0.2)",
            "en": "z = 0.2 − 0.4 + 0.1 = −0.1 → ŷ = 0, error = 1 − 0 = 1.\n"
            "w = (0.2 + 0.1, −0.4 + 0.1) = (0.3, −0.3);  b = 0.1 + 0.1 = 0.2.\n"
            "answer_1 = (0.3, -0.3, 0.2)",
        },
        right=((0.3, -0.3, 0.2), [0.3, -0.3, 0.2], np.array([0.3, -0.3, 0.2])),
        wrong=((0.2, -0.4, 0.1), (0.1, -0.5, 0.0), (0.3, -0.3, 0.1), (0.4, -0.2, 0.3)),
    ),
    Spec(
        check=_check_separable,
        hint={
            "es": "Dibuja los cuatro puntos de cada tabla de verdad y busca una recta que "
            "separe los 1 de los 0. Una puerta y su negación (AND y NAND) se separan igual.",
            "en": "Draw the four points of each truth table and look for a line that separates "
            "the 1s from the 0s. A gate and its negation (AND and NAND) separate alike.",
        },
        solution={
            "es": 'answer_2 = {"AND", "OR", "NAND", "NOR"}  # XOR y XNOR no lo son',
            "en": 'answer_2 = {"AND", "OR", "NAND", "NOR"}  # XOR and XNOR are not',
        },
        right=({"AND", "OR", "NAND", "NOR"}, ["nor", "nand", "or", "and"]),
        wrong=({"AND", "OR"}, {"AND", "OR", "NAND", "NOR", "XOR"}, {"XOR"}, {"AND", "NOT"}),
    ),
    Spec(
        check=_check_function,
        hint={
            "es": "Primero ŷ = 1 si w·x + b ≥ 0 y 0 si no (np.dot(w, x)); luego "
            "error = y − ŷ; devuelve w + lr·error·x y b + lr·error.",
            "en": "First ŷ = 1 if w·x + b ≥ 0 else 0 (np.dot(w, x)); then error = y − ŷ; "
            "return w + lr·error·x and b + lr·error.",
        },
        solution={
            "es": "def update(w, b, x, y, lr):\n"
            "    y_hat = step(np.dot(w, x) + b)  # 0 o 1\n"
            "    error = y - y_hat\n"
            "    return w + lr * error * x, b + lr * error",
            "en": "def update(w, b, x, y, lr):\n"
            "    y_hat = step(np.dot(w, x) + b)  # 0 or 1\n"
            "    error = y - y_hat\n"
            "    return w + lr * error * x, b + lr * error",
        },
        right=(_right_update,),
        wrong=(_update_without_step, _update_reversed, _update_forgets_bias),
    ),
]
