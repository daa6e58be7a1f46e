"""Assert a lesson's key result and record it for the benchmark. Used in: every lesson.

``check_result`` raises ``ResultMissedError`` (an ``AssertionError``) when a result misses its
bar, so nbval fails and CI goes red; its message, in the notebook's language, says what was
expected, what came out, that results vary between machines, and what to try. It also publishes
the value as display data with the media type ``RESULT_MIME``; ``tools/notebooks.py bench``
reads it back from the executed notebook.
"""

from __future__ import annotations

import math

from snippets.languages import resolve, say
from snippets.numbers import format_number

RESULT_MIME = "application/vnd.course.result+json"
ISSUES_URL = "https://github.com/cursos-abiertos/redes-neuronales-keras/issues"

MESSAGES = {
    "es": {
        "bar": "listón",
        "pair": "Indica target y tol a la vez, por ejemplo target=19, tol=0.5.",
        "no_bar": "Indica un listón: at_least=..., at_most=..., o target=... con tol=....",
        "two_bars": "Indica target/tol o at_least/at_most, no ambos.",
        "not_number": "{name}: se esperaba un número, pero ha llegado {kind}.",
        "missed": (
            "{name} = {value}, y el listón es {bar}: el resultado no llega a lo esperado.\n"
            "Los resultados varían un poco de una máquina a otra (otro procesador, una GPU, "
            "otras versiones de Keras o TensorFlow), y el listón deja margen para esa variación: "
            "un resultado tan lejos suele indicar que algo más ha cambiado. Prueba esto:\n"
            "  1. Reinicia el núcleo y ejecuta todo el cuaderno desde el principio, sin saltarte "
            "celdas (así se siembra el azar y se carga cada dato como toca).\n"
            "  2. Si has cambiado alguna celda, vuelve a la versión original y compara.\n"
            "  3. Comprueba las versiones ({versions}): el curso necesita Keras ≥ 3.10 y "
            "TensorFlow ≥ 2.19.\n"
            "Si aun así falla, abre una incidencia en {issues} con este mensaje."
        ),
    },
    "en": {
        "bar": "required",
        "pair": "Give target and tol together, e.g. target=19, tol=0.5.",
        "no_bar": "Give a bar: at_least=..., at_most=..., or target=... with tol=....",
        "two_bars": "Give either target/tol or at_least/at_most, not both.",
        "not_number": "{name}: expected a number, got {kind}.",
        "missed": (
            "{name} = {value}, and the required value is {bar}: the result falls short of what was "
            "expected.\n"
            "Results vary a little between machines (another processor, a GPU, other versions "
            "of Keras or TensorFlow), and the requirement leaves room for that variation: "
            "a result this far off usually means something else has changed. Try this:\n"
            "  1. Restart the kernel and run the whole notebook from the top, without skipping "
            "cells (that seeds the randomness and loads every piece of data as intended).\n"
            "  2. If you changed a cell, go back to the original and compare.\n"
            "  3. Check the versions ({versions}): the course needs Keras ≥ 3.10 and "
            "TensorFlow ≥ 2.19.\n"
            "If it still fails, open an issue at {issues} with this message."
        ),
    },
}


class ResultMissedError(AssertionError):
    """A lesson's key result missed its bar (an ``AssertionError``, so nbval fails)."""


def check_result(
    name: str,
    value: float,
    *,
    at_least: float | None = None,
    at_most: float | None = None,
    target: float | None = None,
    tol: float | None = None,
    lang: str | None = None,
) -> None:
    """Check that ``value`` meets its bar and show it; raise ``ResultMissedError`` if it misses.

    Give either ``at_least`` and/or ``at_most``, or ``target`` with ``tol``
    (``|value - target| <= tol``); ``lang`` is the notebook's language ("es" or "en"; by default
    the one ``set_language`` set).

    >>> check_result("exactitud", 0.95, at_least=0.93, lang="es")  # doctest: +SKIP
    ✔ exactitud = 0,95 (listón: ≥ 0,93)
    """
    lang = resolve(lang)
    if (target is None) != (tol is None):
        raise ValueError(say(MESSAGES, "pair", lang))
    if target is None and at_least is None and at_most is None:
        raise ValueError(say(MESSAGES, "no_bar", lang))
    if target is not None and (at_least is not None or at_most is not None):
        raise ValueError(say(MESSAGES, "two_bars", lang))
    try:
        value = float(value)
    except (TypeError, ValueError):
        kind = type(value).__name__
        raise TypeError(say(MESSAGES, "not_number", lang, name=name, kind=kind)) from None
    # Plain floats: NumPy scalars would not serialise into the notebook's JSON.
    at_least, at_most, target, tol = (
        None if v is None else float(v) for v in (at_least, at_most, target, tol)
    )
    if target is not None:
        at_least, at_most = target - tol, target + tol
    bar = _bar(at_least, at_most, target, tol, "en")  # the record's, language-neutral
    ok = bool(
        not math.isnan(value)
        and (at_least is None or value >= at_least)
        and (at_most is None or value <= at_most)
    )
    shown = _bar(at_least, at_most, target, tol, lang)
    number = format_number(value, digits=4, lang=lang)
    text = f"{'✔' if ok else '✘'} {name} = {number} ({MESSAGES[lang]['bar']}: {shown})"
    _publish(text, name, value, bar, ok, at_least, at_most)
    if not ok:
        raise ResultMissedError(
            MESSAGES[lang]["missed"].format(
                name=name, value=number, bar=shown, versions=_versions(), issues=ISSUES_URL
            )
        )


def _bar(at_least, at_most, target, tol, lang) -> str:
    def num(x):
        return format_number(x, digits=6, lang=lang)

    if target is not None:
        return f"{num(target)} ± {num(tol)}"
    parts = [f"≥ {num(at_least)}" if at_least is not None else ""]
    parts.append(f"≤ {num(at_most)}" if at_most is not None else "")
    return (" y " if lang == "es" else " and ").join(p for p in parts if p)


def _versions() -> str:
    import keras

    return f"Keras {keras.__version__}, backend {keras.backend.backend()}"


def _publish(text, name, value, bar, ok, at_least, at_most) -> None:
    record = {
        "name": name,
        "value": value,
        "bar": bar,
        "passed": ok,
        "at_least": at_least,
        "at_most": at_most,
    }
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:  # plain Python: just print
        print(text)
        return
    if get_ipython() is None:
        print(text)
        return
    display({"text/plain": text, RESULT_MIME: record}, raw=True)
