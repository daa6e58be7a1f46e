"""Every exercise checker accepts its right answers, rejects its wrong ones, in both languages."""

import pytest

from snippets import languages, set_language
from snippets.exercises import (
    AnswerFormError,
    Exercise,
    Spec,
    answer_form_error,
    available_lessons,
    is_unanswered,
    load_exercises,
)

CASES = [
    (lesson, number, spec)
    for lesson in available_lessons()
    for number, spec in enumerate(
        __import__(
            f"snippets.exercises.{lesson.replace('-', '_')}", fromlist=["EXERCISES"]
        ).EXERCISES,
        start=1,
    )
]
IDS = [f"{lesson}-q{number}" for lesson, number, _ in CASES]


@pytest.fixture
def language():
    """``language("en")`` sets the helpers' language for one test; it is restored afterwards."""
    saved = languages._current
    yield set_language
    languages._current = saved


@pytest.mark.parametrize(("lesson", "number", "spec"), CASES, ids=IDS)
@pytest.mark.parametrize("lang", ["es", "en"])
def test_checker_accepts_right_and_rejects_wrong_answers(lesson, number, spec, lang):
    exercise = Exercise(number, spec, lang)
    for answer in spec.right:
        message, passed = exercise.feedback(answer)
        assert passed is True, f"right answer {answer!r} rejected: {message}"
    for answer in spec.wrong:
        message, passed = exercise.feedback(answer)
        assert passed is False, f"wrong answer {answer!r} accepted"
        assert len(message) > 20


@pytest.mark.parametrize(("lesson", "number", "spec"), CASES, ids=IDS)
def test_unanswered_exercise_says_so(lesson, number, spec, capsys):
    exercise = load_exercises(lesson, "es").__dict__[f"q{number}"]
    exercise.check(...)
    assert "Sin responder" in capsys.readouterr().out and exercise.passed is None


def _demo():
    return Spec(
        check=lambda a: None if a == 4 else {"es": f"{a} no es 2 + 2.", "en": f"{a} is not 2 + 2."},
        hint={"es": "Suma.", "en": "Add."},
        solution={"es": "answer = 4", "en": "answer = 4"},
        right=(4,),
        wrong=(5,),
    )


def test_messages_are_in_the_exercise_language(capsys):
    Exercise(1, _demo(), "en").check(5)
    out = capsys.readouterr().out
    assert "Not yet. 5 is not 2 + 2." in out and "Hint: Add." in out
    Exercise(1, _demo(), "es").check(4)
    assert "¡Correcto!" in capsys.readouterr().out
    assert repr(Exercise(1, _demo(), "es")).startswith("<ejercicio 1 (es): .check(respuesta)")
    assert repr(Exercise(1, _demo(), "en")).startswith("<exercise 1 (en): .check(answer)")


def test_solution_is_shown_only_when_asked(capsys):
    exercise = Exercise(1, _demo(), "es")
    exercise.check(5)
    assert "answer = 4" not in capsys.readouterr().out
    exercise.solution()
    assert "answer = 4" in capsys.readouterr().out


def test_an_answer_that_crashes_is_reported_not_raised():
    spec = Spec(
        check=lambda f: None if f(2) == 4 else "no",
        hint={"es": "-", "en": "-"},
        solution={"es": "-", "en": "-"},
        right=(lambda x: x * 2,),
        wrong=(lambda x: 1,),
    )
    message, passed = Exercise(1, spec, "en").feedback(lambda x: 1 / 0)
    assert passed is False and "ZeroDivisionError" in message


def stub(z): ...


def written(z):
    return z


def test_unwritten_functions_and_placeholders_count_as_unanswered():
    assert is_unanswered(...) and is_unanswered(None) and is_unanswered(stub)
    assert not is_unanswered(written) and not is_unanswered(0)


def test_spec_needs_both_languages_and_examples(language):
    language("en")
    with pytest.raises(ValueError, match="lacks languages"):
        Spec(
            check=lambda a: None,
            hint={"es": "x"},
            solution={"es": "", "en": ""},
            right=(1,),
            wrong=(2,),
        )
    with pytest.raises(ValueError, match="right and wrong"):
        Spec(check=lambda a: None, hint={"es": "", "en": ""}, solution={"es": "", "en": ""})

    language("es")
    with pytest.raises(ValueError, match="no está en todos los idiomas; faltan: \\['en'\\]"):
        Spec(
            check=lambda a: None,
            hint={"es": "x"},
            solution={"es": "", "en": ""},
            right=(1,),
            wrong=(2,),
        )
    with pytest.raises(ValueError, match="respuestas correctas e incorrectas"):
        Spec(check=lambda a: None, hint={"es": "", "en": ""}, solution={"es": "", "en": ""})


def test_unknown_lesson_lists_the_available_ones():
    with pytest.raises(
        ValueError, match="No exercises for lesson 'nope'. Lessons with exercises: .*perceptron"
    ):
        load_exercises("nope", "en")
    with pytest.raises(ValueError, match="No hay ejercicios para la lección 'nope'"):
        load_exercises("nope", "es")


def _as_number(answer):
    try:
        return float(answer)
    except (TypeError, ValueError):
        raise answer_form_error("number", example="10") from None


def test_an_answer_in_the_wrong_form_is_told_how_to_write_it_in_the_exercise_language():
    spec = Spec(
        check=lambda a: None if _as_number(a) == 4 else "no",
        hint={"es": "-", "en": "-"},
        solution={"es": "-", "en": "-"},
        right=(4,),
        wrong=(5,),
    )
    message, passed = Exercise(1, spec, "es").feedback("cuatro")
    assert passed is False
    assert (
        message == "❌ Tu respuesta no tiene la forma esperada. Escribe un número, por ejemplo 10."
    )
    message, passed = Exercise(1, spec, "en").feedback("four")
    assert passed is False
    assert message == "❌ Your answer is not in the expected form. Write a number, e.g. 10."


@pytest.mark.parametrize(
    ("lesson", "answer"),
    [("history", "mil"), ("perceptron", [0.1]), ("training", "D"), ("cnn", (7, 8))],
)
def test_lessons_form_errors_speak_both_languages(lesson, answer):
    spanish = load_exercises(lesson, "es")
    english = load_exercises(lesson, "en")
    for number in range(1, len(vars(spanish)) + 1):
        es, _ = vars(spanish)[f"q{number}"].feedback(answer)
        en, _ = vars(english)[f"q{number}"].feedback(answer)
        if es.startswith("❌ Tu respuesta no tiene la forma esperada."):
            assert en.startswith("❌ Your answer is not in the expected form.")
            assert "Write" not in es and "Answer" not in es and "TypeError" not in es
            break
    else:
        pytest.fail(f"no exercise of {lesson} rejected {answer!r} for its form")


def test_a_form_error_is_a_type_error_that_reads_in_the_current_language(language):
    language("en")
    error = answer_form_error("shape", example="(2, 3)")
    assert isinstance(error, TypeError) and isinstance(error, AnswerFormError)
    assert str(error) == "Write the shape as a tuple, e.g. (2, 3)."
    assert error.message["es"] == "Escribe la forma como una tupla, por ejemplo (2, 3)."
