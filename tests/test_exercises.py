"""Every exercise checker accepts its right answers, rejects its wrong ones, in both languages."""

import pytest

from snippets.exercises import Exercise, Spec, available_lessons, is_unanswered, load_exercises

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


def test_spec_needs_both_languages_and_examples():
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


def test_unknown_lesson_lists_the_available_ones():
    with pytest.raises(ValueError, match="No exercises for lesson 'nope'"):
        load_exercises("nope")
