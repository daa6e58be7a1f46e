import numpy as np
import pytest

from snippets.perceptron import Perceptron, logic_gate


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


def test_wrong_input_shape_gets_a_hint():
    with pytest.raises(ValueError, match=r"x\[None\]"):
        Perceptron(2).predict(np.array([1.0, 0.0]))


def test_unknown_gate_lists_the_known_ones():
    with pytest.raises(ValueError, match="AND, OR, XOR"):
        logic_gate("XNOR")
