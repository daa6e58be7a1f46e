import math

import pytest

from snippets import check_result


def test_result_inside_its_bar_passes_and_is_shown(capsys):
    check_result("accuracy", 0.95, at_least=0.93)
    assert "✔ accuracy = 0.95 (bar: ≥ 0.93)" in capsys.readouterr().out


def test_result_within_tolerance_passes():
    check_result("prediction", 18.7, target=19, tol=0.5)


@pytest.mark.parametrize(
    ("value", "bar"),
    [(0.80, {"at_least": 0.88}), (20.0, {"target": 19, "tol": 0.5}), (math.nan, {"at_least": 0})],
)
def test_result_outside_its_bar_fails(value, bar):
    with pytest.raises(AssertionError, match="misses its bar"):
        check_result("result", value, **bar)


@pytest.mark.parametrize("bar", [{}, {"target": 19}, {"target": 19, "tol": 1, "at_least": 0}])
def test_a_bar_must_be_given_once(bar):
    with pytest.raises(ValueError):
        check_result("result", 1.0, **bar)


def test_result_must_be_a_number():
    with pytest.raises(TypeError, match="expected a number"):
        check_result("result", "high", at_least=0)


def test_numpy_bars_and_values_are_accepted():
    import numpy as np

    check_result("mean", np.float32(1.0), target=np.float64(1.0), tol=np.float32(0.01))
