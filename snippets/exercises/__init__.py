"""Exercises that check themselves, in the notebook's language.

Used in: every lesson's "Exercises" section. In a notebook::

    from snippets.exercises import load_exercises
    ex = load_exercises("perceptron", lang="es")

    answer = ...          # the learner replaces ... with an answer
    ex.q1.check(answer)   # correct, or what is wrong and a hint; "not answered yet" for ...
    ex.q1.hint()
    ex.q1.solution()      # hidden until asked for

Each lesson defines its exercises in ``snippets/exercises/<lesson>.py`` as a list
``EXERCISES`` of ``Spec``: a ``check`` function that returns ``None`` for a right answer
or a ``{"es": ..., "en": ...}`` message saying what is wrong, a hint and a solution in
both languages, and examples of right and wrong answers, which tests/test_exercises.py
runs through the checker (so a checker that accepts a wrong answer fails the tests).
A check that cannot read the answer at all (a string where a number goes) raises
``answer_form_error(key, ...)``: the learner sees, in the exercise's language, what form
the answer should take.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from snippets.languages import LANGUAGES, check_language, resolve, say

Feedback = dict[str, str]

MESSAGES = {
    "es": {
        "correct": "✅ ¡Correcto!",
        "wrong": "❌ Todavía no.",
        "unanswered": "✏️ Sin responder todavía: cambia ... por tu respuesta y vuelve a ejecutar.",
        "hint": "💡 Pista:",
        "solution": "🔑 Solución:",
        "crashed": "❌ Tu respuesta produjo un error al comprobarla:",
        "form": "❌ Tu respuesta no tiene la forma esperada.",
        "repr": "<ejercicio {number} ({code}): .check(respuesta), .hint(), .solution()>",
    },
    "en": {
        "correct": "✅ Correct!",
        "wrong": "❌ Not yet.",
        "unanswered": "✏️ Not answered yet: replace ... with your answer and run the cell again.",
        "hint": "💡 Hint:",
        "solution": "🔑 Solution:",
        "crashed": "❌ Your answer raised an error while being checked:",
        "form": "❌ Your answer is not in the expected form.",
        "repr": "<exercise {number} ({code}): .check(answer), .hint(), .solution()>",
    },
}

# Error messages, and the forms of answer that several lessons ask for (answer_form_error).
_MESSAGES = {
    "es": {
        "lacks_languages": (
            "El campo {name} del ejercicio no está en todos los idiomas; faltan: {missing}. "
            'Escríbelo como {{"es": "...", "en": "..."}}.'
        ),
        "no_examples": (
            "Da ejemplos de respuestas correctas e incorrectas (right=..., wrong=...): "
            "tests/test_exercises.py los pasa por el corrector."
        ),
        "no_lesson": (
            "No hay ejercicios para la lección {lesson!r}. Lecciones con ejercicios: {available}."
        ),
        "number": "Escribe un número, por ejemplo {example}.",
        "not_bool": "Escribe un número, no True ni False.",
        "finite": "Escribe un número finito (ni inf ni nan).",
        "shape": "Escribe la forma como una tupla, por ejemplo {example}.",
        "count": "Se esperaban {expected} números, pero tu respuesta tiene {got}.",
    },
    "en": {
        "lacks_languages": (
            "The exercise's {name} lacks languages: {missing}. Write it as "
            '{{"es": "...", "en": "..."}}.'
        ),
        "no_examples": (
            "Give examples of right and wrong answers (right=..., wrong=...): "
            "tests/test_exercises.py runs them through the checker."
        ),
        "no_lesson": ("No exercises for lesson {lesson!r}. Lessons with exercises: {available}."),
        "number": "Write a number, e.g. {example}.",
        "not_bool": "Write a number, not True or False.",
        "finite": "Write a finite number (not inf or nan).",
        "shape": "Write the shape as a tuple, e.g. {example}.",
        "count": "Expected {expected} numbers, but your answer has {got}.",
    },
}


class NotAnswered(Exception):
    """Raised by a check when the learner has not written an answer yet."""


class AnswerFormError(TypeError):
    """Raised by a check that cannot read the answer; ``message`` says, in both languages, how
    to write it. ``str(error)`` is the message in the notebook's language."""

    def __init__(self, message: Feedback):
        self.message = message
        super().__init__(text(message, resolve(None)))


def answer_form_error(key: str, messages: dict | None = None, **fields) -> AnswerFormError:
    """An ``AnswerFormError`` with the message ``key`` of ``messages`` (by default the forms
    shared by every lesson: number, not_bool, finite, shape, count) in both languages.

    >>> raise answer_form_error("number", example="10")  # doctest: +SKIP
    """
    messages = _MESSAGES if messages is None else messages
    return AnswerFormError({lang: say(messages, key, lang, **fields) for lang in LANGUAGES})


def text(message: Feedback | str, lang: str) -> str:
    """A message in ``lang`` (a plain string is the same in both languages)."""
    return message if isinstance(message, str) else message[lang]


@dataclass(frozen=True)
class Spec:
    """One exercise: how to check it, a hint and a solution, in both languages."""

    check: Callable[[Any], Feedback | str | None]
    hint: Feedback
    solution: Feedback
    right: tuple = ()
    wrong: tuple = ()

    def __post_init__(self):
        for name in ("hint", "solution"):
            missing = set(LANGUAGES) - set(getattr(self, name))
            if missing:
                raise ValueError(
                    say(_MESSAGES, "lacks_languages", name=name, missing=sorted(missing))
                )
        if not self.right or not self.wrong:
            raise ValueError(say(_MESSAGES, "no_examples"))


def is_unanswered(answer) -> bool:
    """True for the placeholder ``...``, for ``None``, and for a function whose body is ``...``."""
    if answer is Ellipsis or answer is None:
        return True
    if inspect.isfunction(answer):
        try:
            source = textwrap.dedent(inspect.getsource(answer))
        except (OSError, TypeError):
            return False
        try:
            node = ast.parse(source).body[0]
        except SyntaxError:  # e.g. a lambda in the middle of a line
            return False
        if not isinstance(node, ast.FunctionDef):
            return False
        body = node.body
        # Only a docstring, `...` or `pass`: the learner has not written the function yet.
        return all(
            isinstance(stmt, ast.Pass)
            or (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant))
            for stmt in body
        )
    return False


class Exercise:
    """An exercise bound to a language: ``check(answer)``, ``hint()``, ``solution()``."""

    def __init__(self, number: int, spec: Spec, lang: str):
        self.number, self.spec, self.lang = number, spec, check_language(lang)
        self.passed: bool | None = None

    def feedback(self, answer) -> tuple[str, bool | None]:
        """``(message, passed)``; ``passed`` is ``None`` when there is no answer yet."""
        words = MESSAGES[self.lang]
        if is_unanswered(answer):
            return words["unanswered"], None
        try:
            problem = self.spec.check(answer)
        except NotAnswered:
            return words["unanswered"], None
        except AnswerFormError as error:  # the answer is not written in the expected form
            return f"{words['form']} {text(error.message, self.lang)}", False
        except Exception as error:  # the learner's code failed: say so, do not crash
            return f"{words['crashed']} {type(error).__name__}: {error}", False
        if problem is None:
            return words["correct"], True
        return (
            f"{words['wrong']} {text(problem, self.lang)}\n"
            f"{words['hint']} {text(self.spec.hint, self.lang)}",
            False,
        )

    def check(self, answer) -> None:
        """Print whether ``answer`` is right; remember it in ``self.passed``."""
        message, self.passed = self.feedback(answer)
        print(message)

    def hint(self) -> None:
        print(MESSAGES[self.lang]["hint"], text(self.spec.hint, self.lang))

    def solution(self) -> None:
        print(MESSAGES[self.lang]["solution"])
        print(text(self.spec.solution, self.lang))

    def __repr__(self) -> str:
        return say(MESSAGES, "repr", self.lang, number=self.number, code=self.lang)


def load_exercises(lesson: str, lang: str | None = None) -> SimpleNamespace:
    """The exercises of ``lesson`` as ``q1``, ``q2``, ... in ``lang`` (default: the notebook's)."""
    lang = resolve(lang)
    module_name = lesson.replace("-", "_")
    try:
        module = importlib.import_module(f"snippets.exercises.{module_name}")
    except ModuleNotFoundError:
        available = ", ".join(available_lessons())
        raise ValueError(
            say(_MESSAGES, "no_lesson", lang, lesson=lesson, available=available)
        ) from None
    return SimpleNamespace(
        **{f"q{i}": Exercise(i, spec, lang) for i, spec in enumerate(module.EXERCISES, start=1)}
    )


def available_lessons() -> list[str]:
    """Lessons that have exercises (module names, with - for _)."""
    import pkgutil

    return sorted(m.name.replace("_", "-") for m in pkgutil.iter_modules(__path__) if not m.ispkg)
