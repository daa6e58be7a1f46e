"""Exercises of lesson 8, optimizers: one momentum step, Adam's first step, a schedule."""

import math

from snippets.exercises import Spec, answer_form_error


def _as_number(answer):
    try:
        value = float(answer)
    except (TypeError, ValueError):
        raise answer_form_error("number", example="0.5") from None
    if math.isnan(value):
        raise answer_form_error("number", example="0.5")
    return value


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _check_momentum(answer):
    value = _as_number(answer)
    if _close(value, 0.98):
        return None
    if _close(value, 0.8):
        return {
            "es": "Ese es el paso de SGD sin momento (w − ηg): falta sumar βv a la velocidad.",
            "en": "That is the plain SGD step (w − ηg): the velocity must also include βv.",
        }
    if _close(value, -0.02):
        return {
            "es": "−0,02 es la nueva velocidad v; el peso es w + v.",
            "en": "−0.02 is the new velocity v; the weight is w + v.",
        }
    if _close(value, 1.38):
        return {
            "es": "El gradiente se resta: v ← βv − ηg.",
            "en": "The gradient is subtracted: v ← βv − ηg.",
        }
    if _close(value, 1.0):
        return {
            "es": "El peso sí cambia, aunque poco: la velocidad nueva no es cero.",
            "en": "The weight does change, if only a little: the new velocity is not zero.",
        }
    return {
        "es": f"{answer} no es w + (βv − ηg).",
        "en": f"{answer} is not w + (βv − ηg).",
    }


def _check_adam(answer):
    value = _as_number(answer)
    if math.isclose(value, -0.001, rel_tol=1e-3):
        return None
    if math.isclose(value, 0.001, rel_tol=1e-3):
        return {
            "es": "El signo está al revés: Adam, como SGD, se mueve en contra del gradiente.",
            "en": "The sign is the wrong way round: like SGD, Adam moves against the gradient.",
        }
    if math.isclose(abs(value), 0.001 * 5 / math.sqrt(2.5), rel_tol=1e-2):
        return {
            "es": "Has usado m y v sin corregir el sesgo: divide m por 1 − β₁ y v por 1 − β₂.",
            "en": "You used m and v without the bias correction: divide m by 1 − β₁ and v by "
            "1 − β₂.",
        }
    if math.isclose(abs(value), 0.05, rel_tol=1e-3):
        return {
            "es": "Ese sería el paso de SGD (αg). En Adam, m̂₁ = g y v̂₁ = g², así que el "
            "gradiente se cancela.",
            "en": "That would be SGD's step (αg). In Adam, m̂₁ = g and v̂₁ = g², so the gradient "
            "cancels out.",
        }
    return {
        "es": f"{answer} no es −α · m̂₁ / √v̂₁.",
        "en": f"{answer} is not −α · m̂₁ / √v̂₁.",
    }


def _check_schedule(answer):
    value = _as_number(answer)
    if _close(value, 0.0125):
        return None
    if _close(value, 0.05):
        return {
            "es": "Esa es la tasa en el paso 1000: en el paso 3000 se ha dividido por 2 "
            "tres veces.",
            "en": "That is the rate at step 1000: by step 3000 it has been halved three times.",
        }
    if _close(value, 0.025):
        return {
            "es": "Esa es la tasa en el paso 2000: en el paso 3000 se ha dividido por 2 "
            "tres veces.",
            "en": "That is the rate at step 2000: by step 3000 it has been halved three times.",
        }
    if _close(value, 0.1 * 0.5 * 3) or _close(value, 0.1 - 0.5 * 3):
        return {
            "es": "El decaimiento es multiplicativo: η₀ · r^(t/T), no una resta ni un "
            "producto por t.",
            "en": "The decay is multiplicative: η₀ · r^(t/T), not a subtraction or a product by t.",
        }
    return {
        "es": f"{answer} no es 0,1 · 0,5^(3000/1000).",
        "en": f"{answer} is not 0.1 · 0.5^(3000/1000).",
    }


EXERCISES = [
    Spec(
        check=_check_momentum,
        hint={
            "es": "Primero la velocidad: v = 0,9 · 0,2 − 0,1 · 2. Después w = 1 + v.",
            "en": "First the velocity: v = 0.9 · 0.2 − 0.1 · 2. Then w = 1 + v.",
        },
        solution={
            "es": "v = 0.9 * 0.2 - 0.1 * 2  # -0,02: la inercia casi compensa el gradiente\n"
            "answer_1 = 1 + v  # 0,98",
            "en": "v = 0.9 * 0.2 - 0.1 * 2  # -0.02: the inertia almost offsets the gradient\n"
            "answer_1 = 1 + v  # 0.98",
        },
        right=(0.98, 1 + 0.9 * 0.2 - 0.1 * 2),
        wrong=(0.8, -0.02, 1.38, 1, 1.18),
    ),
    Spec(
        check=_check_adam,
        hint={
            "es": "Con t = 1: m₁ = (1 − β₁)g y v₁ = (1 − β₂)g². Tras corregir el sesgo, "
            "m̂₁ = g y v̂₁ = g².",
            "en": "With t = 1: m₁ = (1 − β₁)g and v₁ = (1 − β₂)g². After the bias correction, "
            "m̂₁ = g and v̂₁ = g².",
        },
        solution={
            "es": "answer_2 = -0.001  # −α · g / √(g²) = −α: el primer paso mide α, sea cual sea g",
            "en": "answer_2 = -0.001  # −α · g / √(g²) = −α: the first step is α long, "
            "whatever g is",
        },
        right=(-0.001, -1e-3),
        wrong=(0.001, -0.05, -0.0031623, 50, 0),
    ),
    Spec(
        check=_check_schedule,
        hint={
            "es": "ExponentialDecay calcula η₀ · r^(t / decay_steps).",
            "en": "ExponentialDecay computes η₀ · r^(t / decay_steps).",
        },
        solution={
            "es": "answer_3 = 0.1 * 0.5 ** (3000 / 1000)  # 0,0125",
            "en": "answer_3 = 0.1 * 0.5 ** (3000 / 1000)  # 0.0125",
        },
        right=(0.0125, 0.1 * 0.5**3),
        wrong=(0.05, 0.025, 0.15, 0.1, 0),
    ),
]
