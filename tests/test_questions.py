"""Self-check questions on the lesson pages (snippets/questions/, hooks/questions.py,
docs/assets/javascripts/questions.js): well formed in both languages, one answer key with the
notebook exercises they share, the browser's judge the same as Python's, and in Chromium."""

from __future__ import annotations

import importlib
import itertools
import json
import re

import py_mini_racer
import pytest
from conftest import AXE, ROOT
from test_figures import AXE_IN
from test_site import LANGS

from snippets.exercises import AnswerFormError
from snippets.questions import (
    MESSAGES,
    Choice,
    Question,
    available_lessons,
    judge,
    load_questions,
    parse_number,
)

# Lessons 1-14: every lesson page has questions (the glossary and the status page do not).
LESSONS = (
    "history", "keras-tensorflow", "perceptron", "mlp", "fashion-mnist", "activations",
    "backpropagation", "optimizers", "training", "dropout", "batch-normalization", "cnn", "gan",
    "network-zoo",
)  # fmt: skip
SCRIPT = ROOT / "docs" / "assets" / "javascripts" / "questions.js"


def questions_of(lesson):
    return load_questions(lesson)


def test_every_lesson_page_has_three_to_five_questions():
    assert available_lessons() == sorted(LESSONS)
    for lesson in LESSONS:
        assert 3 <= len(questions_of(lesson)) <= 5, lesson
        for lang, head in (("es", "## Compruébalo"), ("en", "## Check yourself")):
            page = (ROOT / "docs" / lesson / f"index.{lang}.md").read_text(encoding="utf-8")
            assert page.count("<!-- questions -->") == 1, (lesson, lang)
            assert head in page.split("<!-- questions -->")[0], (lesson, lang)


def test_a_malformed_question_says_what_is_wrong():
    cases = [
        (Question(prompt="?", choices=(Choice("a"), Choice("b"))), "right choices"),
        (Question(prompt="?", choices=(Choice("a", correct=True, why="x"),), answer=1), "not both"),
        (Question(prompt="?", choices=(Choice("a", correct=True),)), "does not say why"),
        (Question(prompt={"es": "?"}, answer=1, explanation="x", hint="y"), "lacks languages"),
        (Question(prompt="?", answer=1, explanation="x"), "hint"),
        (Question(prompt="?", answer=1, tolerance=-1, explanation="x", hint="y"), "tolerance"),
    ]
    for question, message in cases:
        with pytest.raises(ValueError, match=message):
            question.check(1)


def _exercise(lesson, number):
    module = importlib.import_module(f"snippets.exercises.{lesson.replace('-', '_')}")
    return module.EXERCISES[number - 1]


def _accepts(spec, value) -> bool:
    try:
        return spec.check(value) is None
    except AnswerFormError:
        return False


LINKED = [
    (lesson, number, question)
    for lesson in LESSONS
    if lesson in available_lessons()
    for number, question in enumerate(questions_of(lesson), start=1)
    if question.exercise is not None
]


def test_some_questions_share_an_answer_key_with_a_notebook_exercise():
    assert len(LINKED) >= 5


@pytest.mark.parametrize(
    ("lesson", "number", "question"), LINKED, ids=[f"{x[0]}-{x[1]}" for x in LINKED]
)
def test_the_notebook_exercise_accepts_exactly_the_page_s_right_answers(lesson, number, question):
    spec = _exercise(lesson, question.exercise)
    if question.choices and question.multiple:
        right = {c.value for c in question.choices if c.correct}
        assert _accepts(spec, set(right))
        for choice in question.choices:  # one choice more or less is wrong for both
            assert not _accepts(spec, right ^ {choice.value}), choice.value
    elif question.choices:
        for choice in question.choices:
            assert choice.value is not None, "a linked question gives each choice's value"
            assert _accepts(spec, choice.value) == choice.correct, choice.value
    else:
        assert _accepts(spec, question.answer)
        for mistake, _why in question.mistakes:
            assert not _accepts(spec, mistake), mistake


@pytest.fixture(scope="module")
def js_judge():
    context = py_mini_racer.MiniRacer()
    context.eval(SCRIPT.read_text(encoding="utf-8"))

    def run(name, *args):
        return json.loads(
            context.eval(f"JSON.stringify(CourseQuestions.{name}(...{json.dumps(args)}))")
        )

    return run


TYPED = [
    "0,25", "0.25", " 0 , 25 ", "−3", "-3", "+2", "1e-3", "1E3", ".5", "5.", "16", "1,5,2",
    "", "abc", "1/2", "--1", "0x10", "1.000", "3 4", "∞", "nan", "1e", "12.5%",
]  # fmt: skip


def test_numbers_are_read_the_same_in_the_browser_and_in_python(js_judge):
    for typed in TYPED:
        assert js_judge("parseNumber", typed) == parse_number(typed), typed
    assert parse_number("0,25") == parse_number("0.25") == 0.25
    assert parse_number("−3") == -3 and parse_number("abc") is None


def _as_js(question):
    if question.choices:
        return {
            "kind": "multiple" if question.multiple else "choice",
            "right": [i for i, c in enumerate(question.choices) if c.correct],
        }
    return {
        "kind": "number",
        "answer": question.answer,
        "tolerance": question.tolerance,
        "mistakes": [value for value, _why in question.mistakes],
    }


def _answers(question):
    if question.choices and question.multiple:
        n = len(question.choices)
        return [list(s) for k in range(n + 1) for s in itertools.combinations(range(n), k)]
    if question.choices:
        return [None, *range(len(question.choices))]
    values = [question.answer, *(value for value, _ in question.mistakes)]
    typed = [f"{v:g}" for v in values] + [f"{v:g}".replace(".", ",") for v in values]
    near = [f"{v + question.tolerance * 0.5:.10g}" for v in values]
    far = [f"{v + question.tolerance * 2 + 1:.10g}" for v in values]
    return typed + near + far + ["", "x", "1/2"]


ALL = [
    (lesson, number, question)
    for lesson in LESSONS
    if lesson in available_lessons()
    for number, question in enumerate(questions_of(lesson), start=1)
]


@pytest.mark.parametrize(("lesson", "number", "question"), ALL, ids=[f"{x[0]}-{x[1]}" for x in ALL])
def test_the_browser_judges_every_answer_as_python_does(js_judge, lesson, number, question):
    data = _as_js(question)
    for answer in _answers(question):
        expected = judge(question, set(answer) if isinstance(answer, list) else answer)
        assert tuple(js_judge("judge", data, answer)) == expected, answer
    if question.choices:  # and the right answer is right
        right = [i for i, c in enumerate(question.choices) if c.correct]
        assert judge(question, set(right) if question.multiple else right[0])[0] == "correct"
    else:
        assert judge(question, f"{question.answer:g}")[0] == "correct"


# ---- The built pages --------------------------------------------------------------------------


def _page(built_site, lang, lesson):
    prefix = LANGS[lang]
    return (built_site[0] / prefix / lesson / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_each_lesson_page_carries_its_questions_and_their_answers(built_site, lang):
    for lesson in available_lessons():
        page = _page(built_site, lang, lesson)
        questions = questions_of(lesson)
        assert "<!-- questions -->" not in page
        assert page.count('class="course-quiz__question"') == len(questions), lesson
        assert page.count('<details class="course-quiz__answer">') == len(questions)
        assert f'data-check="{MESSAGES[lang]["check"]}"' in page
        for number in range(1, len(questions) + 1):  # each explanation is in the page once
            block = page.split(f'id="quiz-{lesson}-{number}"')[1].split(
                'class="course-quiz__question"'
            )[0]
            keys = re.findall(r'data-why="([^"]+)"', block)
            assert len(keys) == len(set(keys)), (lesson, number, keys)
        quiz = page[page.index('class="course-quiz"') :].split("</details></div></div>")[0]
        quiz = re.sub(r"<annotation[^>]*>.*?</annotation>", "", quiz, flags=re.DOTALL)
        assert "$" not in quiz, f"{lesson}: a formula left untypeset"


def test_a_lesson_page_without_its_marker_fails_the_strict_build(tmp_path):
    from types import SimpleNamespace

    from hooks import questions as hook

    page = SimpleNamespace(file=SimpleNamespace(src_uri="perceptron/index.es.md"))
    config = {"theme": {"language": "es"}}
    with _logs(hook.log) as records:
        assert hook.on_page_content("<p>x</p>", page, config, None) == "<p>x</p>"
    assert any("add <!-- questions -->" in r for r in records)
    other = SimpleNamespace(file=SimpleNamespace(src_uri="glossary/index.es.md"))
    with _logs(hook.log) as records:
        hook.on_page_content("<p>x <!-- questions --></p>", other, config, None)
    assert any("No questions for lesson 'glossary'" in r for r in records)


class _logs:
    """The warnings a logger writes inside a ``with`` block."""

    def __init__(self, logger):
        self.logger, self.records = logger, []

    def __enter__(self):
        import logging

        class Keep(logging.Handler):
            def emit(handler, record):
                self.records.append(record.getMessage())

        self.handler = Keep(level=logging.WARNING)
        self.logger.addHandler(self.handler)
        return self.records

    def __exit__(self, *exc):
        self.logger.removeHandler(self.handler)


# ---- In the browser ---------------------------------------------------------------------------


def _open(page, site_url, lang, lesson, width=1280):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_url}{LANGS[lang]}{lesson}/", wait_until="load")
    page.wait_for_selector(".course-quiz--ready .course-quiz__check")
    return page.locator(".course-quiz")


def _feedback(question):
    return question.locator(".course-quiz__feedback").inner_text()


@pytest.mark.parametrize("lang", LANGS)
def test_every_question_answers_wrong_and_right_in_the_page_s_language(page, site_url, lang):
    words = MESSAGES[lang]
    for lesson in available_lessons():
        quiz = _open(page, site_url, lang, lesson)
        for number, question in enumerate(questions_of(lesson), start=1):
            box = quiz.locator(f"#quiz-{lesson}-{number}")
            check = box.get_by_role("button", name=words["check"])
            check.click()  # nothing answered yet
            assert words["choose_some" if question.multiple else "choose"] in _feedback(box) or (
                not question.choices and words["number"].split("{")[0] in _feedback(box)
            )
            if question.choices:
                inputs = box.locator("input")
                wrong = next(i for i, c in enumerate(question.choices) if not c.correct)
                inputs.nth(wrong).check()
                check.click()
                assert _feedback(box).startswith(words["wrong"]), (lesson, number)
                assert len(_feedback(box)) > len(words["wrong"]) + 10
                if question.multiple:
                    for i, choice in enumerate(question.choices):
                        inputs.nth(i).set_checked(choice.correct)
                else:  # choosing a radio button unchecks the others
                    inputs.nth(next(i for i, c in enumerate(question.choices) if c.correct)).check()
            else:
                field = box.locator("input")
                field.fill("12345678")
                check.click()
                assert _feedback(box).startswith(words["wrong"])
                written = f"{question.answer:g}"
                field.fill(written.replace(".", ",") if lang == "es" else written)
            check.click()
            assert _feedback(box).startswith(words["correct"]), (lesson, number)
        page.add_script_tag(path=str(AXE))
        assert not page.evaluate(AXE_IN, ".course-quiz"), lesson  # with its feedback shown


@pytest.mark.parametrize("lang", LANGS)
def test_questions_answer_from_the_keyboard_and_pass_axe_on_a_phone(page, site_url, lang):
    lesson = "perceptron"
    quiz = _open(page, site_url, lang, lesson, width=360)
    first = quiz.locator(f"#quiz-{lesson}-1")
    right = next(i for i, c in enumerate(questions_of(lesson)[0].choices) if c.correct)
    first.locator("input").nth(right).focus()
    page.keyboard.press("Space")  # the right choice
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert _feedback(first).startswith(MESSAGES[lang]["correct"])
    number = quiz.locator(f"#quiz-{lesson}-3")
    number.locator("input").fill("12")
    number.locator("input").press("Enter")  # Enter in the box checks it
    assert _feedback(number).startswith(MESSAGES[lang]["wrong"])
    assert "sesgo" in _feedback(number) or "bias" in _feedback(number)
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    page.add_script_tag(path=str(AXE))
    assert not page.evaluate(AXE_IN, ".course-quiz")


def test_without_javascript_or_on_paper_the_answers_are_in_closed_details(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    for prefix in LANGS.values():
        tab.goto(f"{site_url}{prefix}perceptron/", wait_until="load")
        assert tab.locator(".course-quiz__question").first.is_visible()
        assert tab.locator(".course-quiz__check").count() == 0
        answer = tab.locator(".course-quiz__answer").first
        answer.locator("summary").click()
        assert "0,3" in answer.inner_text() or "0.3" in answer.inner_text()
    context.close()


def test_writing_the_questions_imports_neither_keras_nor_matplotlib():
    """The site's build reads every lesson's questions (and the exercises they share a key
    with): importing Keras there cost the build seconds and printed TensorFlow's log."""
    import subprocess
    import sys

    code = (
        "import sys, hooks.questions as h\n"
        "from snippets.questions import available_lessons\n"
        "for lesson in available_lessons():\n"
        "    h.render(lesson, 'es'); h.render(lesson, 'en')\n"
        "print(sorted(m for m in ('keras', 'tensorflow', 'matplotlib') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
