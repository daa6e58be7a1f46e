import random

import keras
import numpy as np
import pytest

from snippets import languages, seed_everything, set_language


@pytest.fixture
def language():
    """``language("en")`` sets the helpers' language for one test; it is restored afterwards."""
    saved = languages._current
    yield set_language
    languages._current = saved


def _draws():
    layer = keras.layers.Dense(3)
    layer.build((None, 2))
    return random.random(), np.random.rand(), layer.get_weights()[0]


def test_same_seed_gives_same_python_numpy_and_keras_draws():
    seed_everything(7)
    first = _draws()
    seed_everything(7)
    second = _draws()
    assert first[0] == second[0] and first[1] == second[1]
    np.testing.assert_array_equal(first[2], second[2])


def test_different_seeds_give_different_weights():
    seed_everything(1)
    a = _draws()[2]
    seed_everything(2)
    b = _draws()[2]
    assert not np.array_equal(a, b)


@pytest.mark.parametrize("bad", [-1, 1.5, "42", True])
@pytest.mark.parametrize(
    ("lang", "message"), [("en", "non-negative integer"), ("es", "entero no negativo")]
)
def test_seed_must_be_a_non_negative_integer(language, bad, lang, message):
    language(lang)
    with pytest.raises(ValueError, match=message):
        seed_everything(bad)
