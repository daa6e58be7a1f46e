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

from snippets.languages import LANGUAGES, check_language, resolve

Feedback = dict[str, str]

MESSAGES = {
    "es": {
        "correct": "✅ ¡Correcto!",
        "wrong": "❌ Todavía no.",
        "unanswered": "✏️ Sin responder todavía: cambia ... por tu respuesta y vuelve a ejecutar.",
        "hint": "💡 Pista:",
        "solution": "🔑 Solución:",
        "crashed": "❌ Tu respuesta produjo un error al comprobarla:",
    },
    "en": {
        "correct": "✅ Correct!",
        "wrong": "❌ Not yet.",
        "unanswered": "✏️ Not answered yet: replace ... with your answer and run the cell again.",
        "hint": "💡 Hint:",
        "solution": "🔑 Solution:",
        "crashed": "❌ Your answer raised an error while being checked:",
    },
}


class NotAnswered(Exception):
    """Raised by a check when the learner has not written an answer yet."""


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
                raise ValueError(f"exercise {name} lacks languages: {sorted(missing)}")
        if not self.right or not self.wrong:
            raise ValueError("give examples of right and wrong answers (right=..., wrong=...)")


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
        return f"<exercise {self.number} ({self.lang}): .check(answer), .hint(), .solution()>"


def load_exercises(lesson: str, lang: str | None = None) -> SimpleNamespace:
    """The exercises of ``lesson`` as ``q1``, ``q2``, ... in ``lang`` (default: the notebook's)."""
    lang = resolve(lang)
    module_name = lesson.replace("-", "_")
    try:
        module = importlib.import_module(f"snippets.exercises.{module_name}")
    except ModuleNotFoundError:
        raise ValueError(
            f"No exercises for lesson {lesson!r}: available: {', '.join(available_lessons())}."
        ) from None
    return SimpleNamespace(
        **{f"q{i}": Exercise(i, spec, lang) for i, spec in enumerate(module.EXERCISES, start=1)}
    )


def available_lessons() -> list[str]:
    """Lessons that have exercises (module names, with - for _)."""
    import pkgutil

    return sorted(m.name.replace("_", "-") for m in pkgutil.iter_modules(__path__) if not m.ispkg)
