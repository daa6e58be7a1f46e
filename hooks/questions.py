"""MkDocs hook: a lesson page's self-check questions, written where it says ``<!-- questions -->``.

The questions live in ``snippets/questions/<lesson>.py`` (``<lesson>`` is the page's folder),
beside the notebook exercises they share an answer key with. Each becomes a ``fieldset`` with
real radio buttons, check boxes or a text box, the answer with why it is right in a closed
``<details>`` (what a reader without JavaScript, or on paper, gets), and why each wrong answer is
wrong in inert ``<template>``s: every explanation is in the page once (typeset formulas are
heavy).
``docs/assets/javascripts/questions.js`` adds the "Check" button and judges the answer as
``snippets.questions.judge`` does, with the words this hook writes into the page.

A page with the marker and no questions, or a lesson with questions whose page has no marker,
is a warning, so the strict build fails. Runs before ``formulas.py``, which typesets the
questions' formulas with the rest of the page.
"""

from __future__ import annotations

import functools
import html
import importlib
import json
import logging
import re

import markdown

if __name__.startswith("hooks."):
    from hooks.site_context import language
else:
    from site_context import language

from snippets.exercises import AnswerFormError
from snippets.numbers import to_spanish
from snippets.questions import MESSAGES, available_lessons, load_questions, say, text

log = logging.getLogger("mkdocs.plugins.questions")
MARKER = "<!-- questions -->"
_MARKDOWN = markdown.Markdown(
    extensions=["pymdownx.arithmatex", "pymdownx.inlinehilite"],
    extension_configs={"pymdownx.arithmatex": {"generic": True}},
)
_ONE_PARAGRAPH = re.compile(r"^<p>(.*)</p>$", re.DOTALL)


@functools.lru_cache(maxsize=4096)
def _html(source: str) -> str:
    """Markdown ``source`` as HTML, converted once per process (``make serve`` rebuilds every
    page at each save; the questions' texts change only with their modules)."""
    _MARKDOWN.reset()
    return _MARKDOWN.convert(source)


def fragment(source: str, where: str, inline: bool = False) -> str:
    """Markdown ``source`` as HTML; ``inline``: one paragraph's content, without the ``<p>``."""
    out = _html(source)
    if not inline:
        return out
    match = _ONE_PARAGRAPH.match(out)
    if not match or "<p>" in match.group(1):
        raise ValueError(f"{where}: write it as one paragraph (no blank line, list or block)")
    return match.group(1)


def number_text(value: float, lang: str) -> str:
    written = f"{value:.6g}"
    return written if lang == "en" else to_spanish(written)


def exercise_feedback(lesson: str, number: int, value, lang: str) -> str:
    """What the notebook exercise ``number`` of ``lesson`` says about the answer ``value``."""
    module = importlib.import_module(f"snippets.exercises.{lesson.replace('-', '_')}")
    spec = module.EXERCISES[number - 1]
    try:
        message = spec.check(value)
    except AnswerFormError as error:
        message = error.message
    if message is None:
        raise ValueError(
            f"{lesson}: exercise {number} accepts {value!r}, which the page calls wrong"
        )
    return text(message, lang)


def render_question(lesson: str, number: int, question, lang: str) -> str:
    qid = f"quiz-{lesson}-{number}"
    where = f"{lesson}, question {number}"
    prompt = fragment(text(question.prompt, lang), where, inline=True)
    templates, answer = [], []

    def template(key, source_html: str) -> None:
        templates.append(f'<template data-why="{key}">{source_html}</template>')

    if question.choices:
        kind = "multiple" if question.multiple else "choice"
        kind_input = "checkbox" if question.multiple else "radio"
        note = f' <span class="course-quiz__note">{MESSAGES[lang]["all_that_apply"]}</span>'
        rows, right = [], []
        for i, choice in enumerate(question.choices):
            label = fragment(text(choice.text, lang), f"{where}, choice {i + 1}", inline=True)
            rows.append(
                f'<label class="course-quiz__choice"><input type="{kind_input}" '
                f'name="{qid}" value="{i}"> <span>{label}</span></label>'
            )
            if choice.why is not None:
                why = fragment(text(choice.why, lang), f"{where}, why {i + 1}")
            else:
                why = html.escape(exercise_feedback(lesson, question.exercise, choice.value, lang))
                why = f"<p>{why}</p>"
            if choice.correct:  # its explanation is shown from the answer below
                right.append(i)
                answer.append(f'<p><strong>{label}</strong></p><div data-why="{i}">{why}</div>')
            else:
                template(i, why)
        if question.explanation is not None:
            explanation = fragment(text(question.explanation, lang), f"{where}, explanation")
            answer.append(f'<div data-why="explanation">{explanation}</div>')
        data = f'data-kind="{kind}" data-right="{json.dumps(right)}"'
        body = "".join(rows)
        legend_note = note if question.multiple else ""
    else:
        kind, legend_note = "number", ""
        explanation = fragment(text(question.explanation, lang), f"{where}, explanation")
        template("hint", fragment(text(question.hint, lang), f"{where}, hint"))
        for i, (_value, why) in enumerate(question.mistakes):
            template(i, fragment(text(why, lang), f"{where}, mistake {i + 1}"))
        mistakes = [value for value, _why in question.mistakes]
        signed = question.answer < 0 or any(value < 0 for value in mistakes)
        mode = "" if signed else ' inputmode="decimal"'
        data = (
            f'data-kind="number" data-answer="{question.answer!r}" '
            f'data-tolerance="{question.tolerance!r}" data-mistakes="{json.dumps(mistakes)}"'
        )
        body = (
            f'<label class="course-quiz__number">{MESSAGES[lang]["your_answer"]} '
            f'<input type="text" name="{qid}"{mode} autocomplete="off" spellcheck="false"></label>'
        )
        answer_is = say(MESSAGES, "answer_is", lang, answer=number_text(question.answer, lang))
        answer = [
            f"<p><strong>{answer_is}</strong></p>",
            f'<div data-why="explanation">{explanation}</div>',
        ]
    example = question.example if lang == "en" else question.example.replace(".", ",")
    return (
        f'<div class="course-quiz__question" id="{qid}" {data} '
        f'data-example="{html.escape(example)}">'
        f'<fieldset><legend><span class="course-quiz__index">{number}.</span> {prompt}'
        f"{legend_note}</legend>{body}</fieldset>"
        f'<p class="course-quiz__feedback" role="status"></p>'
        f"{''.join(templates)}"
        f'<details class="course-quiz__answer"><summary>{MESSAGES[lang]["answer"]}</summary>'
        f"{''.join(answer)}</details></div>"
    )


def render(lesson: str, lang: str) -> str:
    """The HTML of ``lesson``'s questions in ``lang``."""
    words = MESSAGES[lang]
    attributes = " ".join(
        f'data-{key.replace("_", "-")}="{html.escape(value)}"'
        for key, value in words.items()
        if key in ("check", "correct", "wrong", "choose", "choose_some", "missing", "number")
    )
    questions = load_questions(lesson)
    items = "".join(
        render_question(lesson, number, question, lang)
        for number, question in enumerate(questions, start=1)
    )
    return f'<div class="course-quiz" data-lesson="{lesson}" {attributes}>{items}</div>'


def lesson_of(page) -> str:
    return page.file.src_uri.split("/")[0]


def on_page_content(html_text, page, config, files):
    lesson = lesson_of(page)
    has_marker = MARKER in html_text
    if not has_marker:
        if page.file.src_uri.endswith(".md") and lesson in available_lessons():
            log.warning(f"{page.file.src_uri}: lesson {lesson!r} has questions; add {MARKER}")
        return html_text
    try:
        return html_text.replace(MARKER, render(lesson, language(config)), 1)
    except ValueError as error:
        log.warning(f"{page.file.src_uri}: {error}")
        return html_text
