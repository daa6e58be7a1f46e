import math

import pytest

from snippets import check_result
from snippets.numbers import format_number
from snippets.results import ResultMissedError


def test_result_inside_its_bar_passes_and_is_shown(capsys):
    check_result("accuracy", 0.95, at_least=0.93, lang="en")
    assert "✔ accuracy = 0.95 (required: ≥ 0.93)" in capsys.readouterr().out


def test_check_result_speaks_the_language_the_notebook_set(capsys):
    from snippets import set_language

    set_language("en")
    check_result("accuracy", 0.95, at_least=0.93)
    set_language("es")
    check_result("exactitud", 0.95, at_least=0.93)
    out = capsys.readouterr().out
    assert "accuracy = 0.95 (required: ≥ 0.93)" in out
    assert "exactitud = 0,95 (listón: ≥ 0,93)" in out


def test_result_within_tolerance_passes():
    check_result("prediction", 18.7, target=19, tol=0.5)


@pytest.mark.parametrize(
    ("value", "bar"),
    [(0.80, {"at_least": 0.88}), (20.0, {"target": 19, "tol": 0.5}), (math.nan, {"at_least": 0})],
)
def test_result_outside_its_bar_fails(value, bar):
    with pytest.raises(AssertionError, match="falls short of what was expected"):
        check_result("result", value, lang="en", **bar)


def test_a_spanish_notebook_shows_its_result_in_spanish_with_a_decimal_comma(capsys):
    check_result("exactitud en prueba", 0.9172, at_least=0.91, lang="es")
    check_result("predicción", 18.98, target=19, tol=0.5, lang="es")
    out = capsys.readouterr().out
    assert "✔ exactitud en prueba = 0,9172 (listón: ≥ 0,91)" in out
    assert "✔ predicción = 18,98 (listón: 19 ± 0,5)" in out


@pytest.mark.parametrize(
    ("lang", "expected", "varies", "advice"),
    [
        ("es", "el listón es ≥ 0,91", "varían un poco de una máquina a otra", "Reinicia el núcleo"),
        (
            "en",
            "the required value is ≥ 0.91",
            "vary a little between machines",
            "Restart the kernel",
        ),
    ],
)
def test_a_missed_bar_says_what_was_expected_what_came_out_and_what_to_try(
    lang, expected, varies, advice
):
    with pytest.raises(ResultMissedError) as missed:
        check_result("acc", 0.8712, at_least=0.91, lang=lang)
    message = str(missed.value)
    assert isinstance(missed.value, AssertionError)  # nbval still fails the notebook
    assert expected in message and format_number(0.8712, lang=lang) in message
    assert varies in message and advice in message and "Keras 3." in message


def test_bars_are_written_in_the_notation_of_each_language():
    from snippets.results import _bar

    assert _bar(0.91, None, None, None, "en") == "≥ 0.91"
    assert _bar(0.91, None, None, None, "es") == "≥ 0,91"
    assert _bar(None, 1e-05, None, None, "es") == "≤ 1e-05"


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="Unknown language 'fr'"):
        check_result("acc", 0.95, at_least=0.9, lang="fr")


@pytest.mark.parametrize("bar", [{}, {"target": 19}, {"target": 19, "tol": 1, "at_least": 0}])
def test_a_bar_must_be_given_once(bar):
    with pytest.raises(ValueError):
        check_result("result", 1.0, **bar)


def test_result_must_be_a_number():
    with pytest.raises(TypeError, match="expected a number"):
        check_result("result", "high", at_least=0, lang="en")
    with pytest.raises(TypeError, match="se esperaba un número"):
        check_result("resultado", "alto", at_least=0, lang="es")


def test_numpy_bars_and_values_are_accepted():
    import numpy as np

    check_result("mean", np.float32(1.0), target=np.float64(1.0), tol=np.float32(0.01))
