import numpy as np
import pytest

from snippets import languages, set_language
from snippets.perceptron import Perceptron, logic_gate


@pytest.fixture
def language():
    """``language("en")`` sets the helpers' language for one test; it is restored afterwards."""
    saved = languages._current
    yield set_language
    languages._current = saved


@pytest.mark.parametrize("gate", ["AND", "OR", "NAND"])
def test_perceptron_learns_linearly_separable_gates(gate):
    X, y = logic_gate(gate)
    p = Perceptron(2, lr=0.1, seed=0).fit(X, y, epochs=50)
    assert p.accuracy(X, y) == 1.0
    assert p.errors_per_epoch[-1] == 0


@pytest.mark.parametrize("seed", range(5))
def test_perceptron_does_not_learn_xor(seed):
    X, y = logic_gate("XOR")
    p = Perceptron(2, lr=0.1, seed=seed).fit(X, y, epochs=200)
    assert p.accuracy(X, y) <= 0.75
    assert min(p.errors_per_epoch) > 0


def test_each_update_follows_the_perceptron_rule():
    p = Perceptron(2, lr=0.5, seed=0)
    p.w[:] = [0.0, 0.0]
    p.b = -1.0  # predicts 0 for x = (1, 1)
    p.fit(np.array([[1.0, 1.0]]), np.array([1]), epochs=1)
    np.testing.assert_allclose(p.w, [0.5, 0.5])
    assert p.b == pytest.approx(-0.5)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_wrong_input_shape_gets_a_hint(language, lang):
    language(lang)
    with pytest.raises(ValueError, match=r"x\[None\]"):
        Perceptron(2).predict(np.array([1.0, 0.0]))


def test_unknown_gate_lists_the_known_ones(language):
    language("en")
    with pytest.raises(ValueError, match="Unknown gate 'XNOR': use one of AND, OR, XOR"):
        logic_gate("XNOR")
    language("es")
    with pytest.raises(ValueError, match="puerta lógica llamada 'XNOR': usa una de estas: AND"):
        logic_gate("XNOR")


def test_labels_must_be_zero_or_one_in_both_languages(language):
    X, _ = logic_gate("AND")
    language("en")
    with pytest.raises(ValueError, match=r"must be 0 or 1.*contains \[-1\]"):
        Perceptron(2).fit(X, [-1, 0, 0, 1])
    with pytest.raises(ValueError, match="one label per example"):
        Perceptron(2).fit(X, [0, 1])
    language("es")
    with pytest.raises(ValueError, match=r"deben ser 0 o 1.*contiene \[-1\]"):
        Perceptron(2).fit(X, [-1, 0, 0, 1])
    with pytest.raises(ValueError, match="una etiqueta para cada ejemplo"):
        Perceptron(2).fit(X, [0, 1])
