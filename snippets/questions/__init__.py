"""Self-check questions at the end of each lesson page, answered in the page itself.

Used in: every lesson page's section "Compruébalo" / "Check yourself" (lessons 1–14).
``hooks/questions.py`` writes them into the page where it says ``<!-- questions -->``, and
``docs/assets/javascripts/questions.js`` judges an answer in the reader's browser exactly as
:func:`judge` does here (tests/test_questions.py runs both on the same answers).

Each lesson defines ``QUESTIONS`` in ``snippets/questions/<lesson>.py``: a list of
:class:`Question`, each with its text in both languages and either choices (one right, or
several with ``multiple=True``) or a numeric answer with a tolerance. Every choice says why it
is right or wrong; a numeric question says why its answer is right, gives a hint for a wrong
one and may name common mistakes with their own explanation.

Where a question asks what a notebook exercise asks, it gives the exercise's number
(``exercise=2``) and each choice the ``value`` a learner would pass to ``ex.q2.check``; the
tests then check that the exercise's checker accepts exactly the right choices (one answer
key). A wrong choice of such a question may leave ``why`` out: the page then shows what the
exercise's checker says about that answer.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass, field
from typing import Any

from snippets.languages import LANGUAGES, check_language, say

Text = "str | dict[str, str]"  # one string for both languages, or {"es": ..., "en": ...}

# What the page says around the questions; the hook writes these into the page, so the
# browser's judge and this one speak with the same words.
MESSAGES = {
    "es": {
        "check": "Comprobar",
        "correct": "✅ ¡Correcto!",
        "wrong": "❌ Todavía no.",
        "choose": "Elige una respuesta.",
        "choose_some": "Marca al menos una respuesta.",
        "missing": "Lo que has marcado es correcto, pero falta al menos una respuesta.",
        "number": "Escribe un número, por ejemplo {example}.",
        "answer": "Respuesta",
        "answer_is": "La respuesta es {answer}.",
        "your_answer": "Tu respuesta",
        "all_that_apply": "(marca todas las correctas)",
    },
    "en": {
        "check": "Check",
        "correct": "✅ Correct!",
        "wrong": "❌ Not yet.",
        "choose": "Choose an answer.",
        "choose_some": "Tick at least one answer.",
        "missing": "What you ticked is right, but at least one answer is missing.",
        "number": "Write a number, e.g. {example}.",
        "answer": "Answer",
        "answer_is": "The answer is {answer}.",
        "your_answer": "Your answer",
        "all_that_apply": "(tick all that apply)",
    },
}

_ERRORS = {
    "es": {
        "languages": "{what} no está en todos los idiomas; faltan: {missing}. "
        'Escríbelo como {{"es": "...", "en": "..."}}.',
        "kind": "La pregunta {number} necesita opciones (choices=...) o una respuesta numérica "
        "(answer=...), no las dos ni ninguna.",
        "one_right": "La pregunta {number} tiene {right} opciones correctas: con una sola "
        "respuesta debe tener exactamente una (o usa multiple=True).",
        "some_right": "La pregunta {number} (multiple=True) no tiene ninguna opción correcta.",
        "why": "La opción {choice} de la pregunta {number} no dice por qué es {verdict} (why=...).",
        "tolerance": "La tolerancia de la pregunta {number} debe ser un número ≥ 0, no {value!r}.",
        "needs": "A la pregunta {number} le falta {what} (en los dos idiomas).",
        "no_lesson": "No hay preguntas para la lección {lesson!r}. Lecciones con preguntas: "
        "{available}.",
    },
    "en": {
        "languages": '{what} lacks languages: {missing}. Write it as {{"es": "...", "en": "..."}}.',
        "kind": "Question {number} needs choices (choices=...) or a numeric answer (answer=...), "
        "not both and not neither.",
        "one_right": "Question {number} has {right} right choices: a single-answer question "
        "needs exactly one (or use multiple=True).",
        "some_right": "Question {number} (multiple=True) has no right choice.",
        "why": "Choice {choice} of question {number} does not say why it is {verdict} (why=...).",
        "tolerance": "The tolerance of question {number} must be a number ≥ 0, not {value!r}.",
        "needs": "Question {number} lacks its {what} (in both languages).",
        "no_lesson": "No questions for lesson {lesson!r}. Lessons with questions: {available}.",
    },
}


def text(value, lang: str) -> str:
    """``value`` in ``lang`` (a plain string is the same in both languages)."""
    return value if isinstance(value, str) else value[check_language(lang)]


def _check_languages(value, what: str) -> None:
    if value is None or isinstance(value, str):
        return
    missing = sorted(set(LANGUAGES) - set(value))
    if missing:
        raise ValueError(say(_ERRORS, "languages", "en", what=what, missing=missing))


@dataclass(frozen=True)
class Choice:
    """One choice: its text, whether it is right, and why (shown when the reader picks it)."""

    text: Any
    correct: bool = False
    why: Any = None
    value: Any = None  # the same answer written for the notebook exercise's checker


@dataclass(frozen=True)
class Question:
    """A question with ``choices`` or a numeric ``answer`` (within ``tolerance``)."""

    prompt: Any
    choices: tuple = ()
    multiple: bool = False
    answer: float | None = None
    tolerance: float = 0.0
    explanation: Any = None  # why the answer is right: shown when right, and under "Answer"
    hint: Any = None  # for a wrong number that is not one of the mistakes
    mistakes: tuple = ()  # ((value, why), ...): wrong numbers a reader is likely to give
    exercise: int | None = None  # the notebook exercise that asks the same thing
    example: str = field(default="0.5")  # how a number is written, for the form message

    def check(self, number: int) -> None:
        """Raise a ``ValueError`` that says what is missing from question ``number``."""
        _check_languages(self.prompt, f"question {number}")
        _check_languages(self.explanation, f"explanation of question {number}")
        _check_languages(self.hint, f"hint of question {number}")
        if bool(self.choices) == (self.answer is not None):
            raise ValueError(say(_ERRORS, "kind", "en", number=number))
        if self.choices:
            right = sum(choice.correct for choice in self.choices)
            if not self.multiple and right != 1:
                raise ValueError(say(_ERRORS, "one_right", "en", number=number, right=right))
            if self.multiple and right == 0:
                raise ValueError(say(_ERRORS, "some_right", "en", number=number))
            for i, choice in enumerate(self.choices, start=1):
                _check_languages(choice.text, f"choice {i} of question {number}")
                _check_languages(choice.why, f"why of choice {i} of question {number}")
                linked = (
                    self.exercise is not None and choice.value is not None and not self.multiple
                )
                if choice.why is None and (choice.correct or not linked):
                    verdict = "right" if choice.correct else "wrong"
                    raise ValueError(
                        say(_ERRORS, "why", "en", choice=i, number=number, verdict=verdict)
                    )
        else:
            tolerance = self.tolerance
            if isinstance(tolerance, bool) or not isinstance(tolerance, int | float):
                raise ValueError(say(_ERRORS, "tolerance", "en", number=number, value=tolerance))
            if not tolerance >= 0:
                raise ValueError(say(_ERRORS, "tolerance", "en", number=number, value=tolerance))
            for what in ("explanation", "hint"):
                if getattr(self, what) is None:
                    raise ValueError(say(_ERRORS, "needs", "en", number=number, what=what))
            for value, why in self.mistakes:
                _check_languages(why, f"mistake {value} of question {number}")


_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$", re.IGNORECASE)


def parse_number(answer: str) -> float | None:
    """A number as a reader types it in either language (``0,25``, ``0.25``, ``−3``, ``1e-3``),
    or ``None``. Spaces are ignored; one decimal sign, a comma or a point, is allowed."""
    cleaned = re.sub(r"\s+", "", answer).replace("\u2212", "-").replace(",", ".")
    return float(cleaned) if _NUMBER.match(cleaned) else None


def judge(question: Question, answer) -> tuple[str, int | None]:
    """How the page answers ``answer``: ``(verdict, detail)``.

    ``answer`` is the index of the chosen choice, a set of indices (``multiple``) or the text
    typed for a numeric question. ``verdict`` is ``"correct"``, ``"wrong"`` or a form message
    key (``"choose"``, ``"choose_some"``, ``"number"``); ``detail`` is the index of the choice
    or mistake whose explanation is shown, ``-1`` for "missing" (multiple) or the hint
    (numeric), and ``None`` when there is none.
    """
    if question.choices:
        right = {i for i, choice in enumerate(question.choices) if choice.correct}
        if question.multiple:
            chosen = set(answer or ())
            if not chosen:
                return "choose_some", None
            if chosen == right:
                return "correct", None
            wrong = sorted(chosen - right)
            return "wrong", (wrong[0] if wrong else -1)
        if answer is None:
            return "choose", None
        return ("correct" if answer in right else "wrong"), answer
    value = parse_number(answer or "")
    if value is None:
        return "number", None
    if abs(value - question.answer) <= question.tolerance:
        return "correct", None
    for i, (mistake, _why) in enumerate(question.mistakes):
        if abs(value - mistake) <= question.tolerance:
            return "wrong", i
    return "wrong", -1


def load_questions(lesson: str) -> list[Question]:
    """The questions of ``lesson`` (its page folder, e.g. ``"network-zoo"``), checked."""
    name = lesson.replace("-", "_")
    try:
        module = importlib.import_module(f"snippets.questions.{name}")
    except ModuleNotFoundError:
        available = ", ".join(available_lessons())
        raise ValueError(
            say(_ERRORS, "no_lesson", "en", lesson=lesson, available=available)
        ) from None
    for number, question in enumerate(module.QUESTIONS, start=1):
        question.check(number)
    return list(module.QUESTIONS)


def available_lessons() -> list[str]:
    """Lessons that have questions (page folder names)."""
    return sorted(m.name.replace("_", "-") for m in pkgutil.iter_modules(__path__) if not m.ispkg)
