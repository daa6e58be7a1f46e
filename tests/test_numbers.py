"""snippets.numbers: numbers as each language writes them, in text and on figures."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from snippets import format_number, set_language  # noqa: E402
from snippets.numbers import THIN_SPACE  # noqa: E402


@pytest.mark.parametrize(
    ("value", "kwargs", "es", "en"),
    [
        (203530, {}, f"203{THIN_SPACE}530", "203,530"),
        (2570, {}, "2570", "2,570"),  # Spanish groups only from 10 000 on
        (10000, {}, f"10{THIN_SPACE}000", "10,000"),
        (0.89264, {}, "0,8926", "0.8926"),
        (18.986, {"decimals": 2}, "18,99", "18.99"),
        (-1234567.891, {"decimals": 1}, f"-1{THIN_SPACE}234{THIN_SPACE}567,9", "-1,234,567.9"),
        (2.26e-5, {"digits": 3}, "2,26e-05", "2.26e-05"),
        (np.int64(101770), {}, f"101{THIN_SPACE}770", "101,770"),
        (np.float32(0.5), {}, "0,5", "0.5"),
        (np.array(3.25), {}, "3,25", "3.25"),
    ],
)
def test_numbers_are_written_as_each_language_writes_them(value, kwargs, es, en):
    assert format_number(value, lang="es", **kwargs) == es
    assert format_number(value, lang="en", **kwargs) == en


def test_the_notebook_language_is_the_default():
    set_language("en")
    assert format_number(0.25) == "0.25"
    set_language("es")
    assert format_number(0.25) == "0,25"


@pytest.mark.parametrize(
    ("value", "kwargs", "message"),
    [
        ("0.5", {}, "espera un número"),
        ([1, 2], {}, "espera un número"),
        (0.5, {"decimals": 2, "digits": 3}, "no ambos"),
        (0.5, {"decimals": -1}, "entero no negativo"),
    ],
)
def test_bad_input_gets_one_message_in_the_notebook_language(value, kwargs, message):
    with pytest.raises((TypeError, ValueError), match=message):
        format_number(value, **kwargs)
    set_language("en")
    with pytest.raises((TypeError, ValueError), match="expects a number|not both|non-negative"):
        format_number(value, **kwargs)


def _tick_labels(fig):
    fig.canvas.draw()
    return [t.get_text() for ax in fig.axes for t in ax.get_xticklabels() + ax.get_yticklabels()]


def test_spanish_figures_get_decimal_commas_on_their_ticks():
    set_language("es")
    fig, ax = plt.subplots()
    ax.plot([0, 0.5, 1], [0.1, 0.2, 0.3])
    ax.set_xticks([0, 0.5, 1])
    labels = _tick_labels(fig)
    plt.close(fig)
    assert "0,5" in labels and not any("." in label for label in labels)


def test_english_figures_keep_the_decimal_point():
    set_language("en")
    fig, ax = plt.subplots()
    ax.plot([0, 0.5, 1], [0.1, 0.2, 0.3])
    ax.set_xticks([0, 0.5, 1])
    labels = _tick_labels(fig)
    plt.close(fig)
    assert "0.5" in labels and not any("," in label for label in labels)


def test_a_formatter_the_lesson_chose_is_left_alone():
    from matplotlib.ticker import StrMethodFormatter

    set_language("es")
    fig, ax = plt.subplots()
    ax.plot([0, 0.5, 1], [0, 1, 2])
    ax.set_xticks([0, 0.5, 1])
    ax.xaxis.set_major_formatter(StrMethodFormatter("{x:.2f} s"))
    labels = _tick_labels(fig)
    plt.close(fig)
    assert "0.50 s" in labels
