"""Exercises of lesson 1, History: chronology, the XOR limit and the scale of models and brains."""

import math

from snippets.exercises import Spec, answer_form_error

# The forms of answer this lesson asks for (see answer_form_error).
_MESSAGES = {
    "es": {
        "number": "Escribe un número, por ejemplo 1500 o 1.5e3.",
        "letters": 'Escribe las letras como una lista, por ejemplo ["A", "B", ...].',
        "letter": 'Responde con una letra: "a", "b", "c" o "d".',
    },
    "en": {
        "number": "Write a number, e.g. 1500 or 1.5e3.",
        "letters": 'Write the letters as a list, e.g. ["A", "B", ...].',
        "letter": 'Answer with one letter: "a", "b", "c" or "d".',
    },
}


# Exercise 1: the letters of the milestones, in chronological order.
# E 1943 McCulloch-Pitts, B 1958 perceptron, F 1969 Perceptrons, A 1986 backprop,
# C 1997 LSTM, D 2012 AlexNet.
CHRONOLOGY = ("E", "B", "F", "A", "C", "D")
GROWTH_ALEXNET_TO_GPT3 = 175e9 / 60e6  # 2,916.7: parameters, from the papers
HUMAN_NEURONS = 86e9  # Azevedo et al. (2009): 86.1 ± 8.1 billion


def _as_number(answer):
    if isinstance(answer, bool):
        raise answer_form_error("not_bool")
    try:
        value = float(answer)
    except (TypeError, ValueError):
        raise answer_form_error("number", _MESSAGES) from None
    if not math.isfinite(value):
        raise answer_form_error("finite")
    return value


def _as_letters(answer):
    if isinstance(answer, str):
        letters = [c for c in answer.upper() if c.isalpha()]
    else:
        try:
            letters = [str(item).strip().upper() for item in answer]
        except TypeError:
            raise answer_form_error("letters", _MESSAGES) from None
    return letters


def _check_chronology(answer):
    letters = _as_letters(answer)
    if sorted(letters) != sorted(CHRONOLOGY):
        return {
            "es": "Usa cada una de las seis letras (A a F) exactamente una vez.",
            "en": "Use each of the six letters (A to F) exactly once.",
        }
    if tuple(letters) == CHRONOLOGY:
        return None
    if tuple(letters) == CHRONOLOGY[::-1]:
        return {
            "es": "Las has ordenado del más reciente al más antiguo: dales la vuelta.",
            "en": "You ordered them from newest to oldest: reverse them.",
        }
    first = next(i for i, (a, b) in enumerate(zip(letters, CHRONOLOGY, strict=True)) if a != b)
    return {
        "es": f"Las {first} primeras están bien; la posición {first + 1} no.",
        "en": f"The first {first} are right; position {first + 1} is not.",
    }


def _check_xor(answer):
    if not isinstance(answer, str) or answer.strip().lower() not in {"a", "b", "c", "d"}:
        raise answer_form_error("letter", _MESSAGES)
    choice = answer.strip().lower()
    if choice == "b":
        return None
    return {
        "a": {
            "es": "Con cualquier tasa de aprendizaje fallaría: no existe una recta que sirva.",
            "en": "It would fail with any learning rate: no suitable line exists.",
        },
        "c": {
            "es": "XOR solo tiene cuatro casos y ya los conoce todos; más datos no ayudan.",
            "en": "XOR has only four cases and it already sees all of them; more data won't help.",
        },
        "d": {
            "es": "La regla del perceptrón no usa derivadas; y una sola neurona sigmoide "
            "tampoco resuelve XOR.",
            "en": "The perceptron rule uses no derivatives; and a single sigmoid neuron "
            "cannot solve XOR either.",
        },
    }[choice]


def _check_growth(answer):
    value = _as_number(answer)
    if abs(value / GROWTH_ALEXNET_TO_GPT3 - 1) <= 0.03:
        return None
    if value > 0 and abs(value * 1000 / GROWTH_ALEXNET_TO_GPT3 - 1) <= 0.03:
        return {
            "es": "Te sale mil veces menos: 175 000 millones no son 175 millones.",
            "en": "That is a thousand times too small: 175 billion is not 175 million.",
        }
    if value > 0 and abs(1 / (value * GROWTH_ALEXNET_TO_GPT3) - 1) <= 0.03:
        return {
            "es": "Has dividido al revés: AlexNet entre GPT-3.",
            "en": "You divided the other way round: AlexNet over GPT-3.",
        }
    if abs(value / (175e9 - 60e6) - 1) <= 0.03:
        return {
            "es": "Esa es la diferencia; la pregunta pide cuántas veces (el cociente).",
            "en": "That is the difference; the question asks how many times (the ratio).",
        }
    return {
        "es": f"{value:.4g} no es el cociente entre los parámetros de GPT-3 y los de AlexNet.",
        "en": f"{value:.4g} is not the ratio of GPT-3's parameters to AlexNet's.",
    }


def _check_neurons(answer):
    value = _as_number(answer)
    if 6e10 <= value <= 1.2e11:
        return None
    if 5e7 <= value <= 1.5e8:
        return {
            "es": "Ese es el error de la fuente original: son miles de millones, no millones.",
            "en": "That is the original source's error: it is billions, not millions.",
        }
    if 1.5e11 <= value <= 2e11:
        return {
            "es": "Ese número se parece a los parámetros de GPT-3, no a las neuronas del cerebro.",
            "en": "That looks like GPT-3's parameter count, not the brain's neurons.",
        }
    if 1e13 <= value <= 1e16:
        return {
            "es": "Ese es el orden de magnitud de las sinapsis, no de las neuronas.",
            "en": "That is the order of magnitude of the synapses, not of the neurons.",
        }
    return {
        "es": f"{value:.3g} está lejos: revisa el orden de magnitud (la potencia de 10).",
        "en": f"{value:.3g} is far off: check the order of magnitude (the power of 10).",
    }


EXERCISES = [
    Spec(
        check=_check_chronology,
        hint={
            "es": "Dos son de los años cuarenta y cincuenta, dos de los ochenta y noventa, "
            "y uno de este siglo; el libro de Minsky y Papert es de 1969.",
            "en": "Two are from the 1940s and 1950s, two from the 1980s and 1990s, and one from "
            "this century; Minsky and Papert's book is from 1969.",
        },
        solution={
            "es": 'answer_1 = ["E", "B", "F", "A", "C", "D"]  # 1943, 1958, 1969, 1986, 1997, 2012',
            "en": 'answer_1 = ["E", "B", "F", "A", "C", "D"]  # 1943, 1958, 1969, 1986, 1997, 2012',
        },
        right=(["E", "B", "F", "A", "C", "D"], "EBFACD", "e, b, f, a, c, d"),
        wrong=(["B", "E", "F", "A", "C", "D"], "DCAFBE", ["E", "B", "F", "A", "C"], "EBFACDD"),
    ),
    Spec(
        check=_check_xor,
        hint={
            "es": "Dibuja los cuatro puntos de XOR en el plano e intenta separar los 1 de los 0 "
            "con una sola recta.",
            "en": "Draw XOR's four points on the plane and try to separate the 1s from the 0s "
            "with a single straight line.",
        },
        solution={
            "es": 'answer_2 = "b"  # XOR no es linealmente separable',
            "en": 'answer_2 = "b"  # XOR is not linearly separable',
        },
        right=("b", "B", " b "),
        wrong=("a", "c", "d"),
    ),
    Spec(
        check=_check_growth,
        hint={
            "es": "Divide 175 000 millones (175e9) entre 60 millones (60e6).",
            "en": "Divide 175 billion (175e9) by 60 million (60e6).",
        },
        solution={
            "es": "answer_3 = 175e9 / 60e6  # ≈ 2917 veces",
            "en": "answer_3 = 175e9 / 60e6  # ≈ 2917 times",
        },
        right=(175e9 / 60e6, 2917, 2900, 3000),
        wrong=(175 / 60, 60e6 / 175e9, 175e9 - 60e6, 1000, 175),
    ),
    Spec(
        check=_check_neurons,
        hint={
            "es": "Son unos 86 000 millones; en notación científica, 8.6e10.",
            "en": "About 86 billion; in scientific notation, 8.6e10.",
        },
        solution={
            "es": "answer_4 = 86e9  # Azevedo et al. (2009): 86 100 ± 8100 millones",
            "en": "answer_4 = 86e9  # Azevedo et al. (2009): 86.1 ± 8.1 billion",
        },
        right=(86e9, 8.6e10, 1e11, 86_000_000_000),
        wrong=(80e6, 175e9, 1e14, 1e9, 1e12),
    ),
]
