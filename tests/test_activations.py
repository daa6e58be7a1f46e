"""NumPy activations against keras.activations, derivatives against finite differences."""

import keras
import numpy as np
import pytest

from snippets import activations, languages, set_language


@pytest.fixture
def language():
    """``language("en")`` sets the helpers' language for one test; it is restored afterwards."""
    saved = languages._current
    yield set_language
    languages._current = saved


Z = np.linspace(-6, 6, 121).reshape(11, 11)
Z_SMOOTH = Z[np.abs(Z) > 1e-3]  # away from the kinks of relu and friends

KERAS = {
    "sigmoid": keras.activations.sigmoid,
    "tanh": keras.activations.tanh,
    "relu": keras.activations.relu,
    "leaky_relu": lambda z: keras.activations.leaky_relu(z, negative_slope=0.2),
    "elu": keras.activations.elu,
    "exponential": keras.activations.exponential,
    "softmax": keras.activations.softmax,
    "linear": keras.activations.linear,
}


@pytest.mark.parametrize("name", KERAS)
def test_activation_matches_keras(name):
    ours = activations.get(name)(Z)
    theirs = keras.ops.convert_to_numpy(KERAS[name](keras.ops.convert_to_tensor(Z, "float64")))
    np.testing.assert_allclose(ours, theirs, rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize(
    "name", ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "exponential", "linear", "step"]
)
def test_derivative_matches_finite_differences(name):
    f, df = activations.get(name), activations.derivative(name)
    h = 1e-6
    numeric = (f(Z_SMOOTH + h) - f(Z_SMOOTH - h)) / (2 * h)
    np.testing.assert_allclose(df(Z_SMOOTH), numeric, rtol=1e-5, atol=1e-7)


def test_softmax_jacobian_matches_finite_differences():
    z = np.array([0.5, -1.0, 2.0, 0.0])
    h = 1e-6
    numeric = np.stack(
        [
            (activations.softmax(z + h * e) - activations.softmax(z - h * e)) / (2 * h)
            for e in np.eye(4)
        ],
        axis=1,
    )
    np.testing.assert_allclose(activations.softmax_jacobian(z), numeric, atol=1e-8)


def test_softmax_outputs_are_probabilities_even_for_large_inputs():
    p = activations.softmax(np.array([[1000.0, 1001.0, 1002.0], [-5.0, 0.0, 5.0]]))
    assert np.all(p > 0) and np.allclose(p.sum(axis=1), 1)


def test_sigmoid_does_not_overflow():
    with np.errstate(over="raise"):
        assert activations.sigmoid(np.array([-1000.0, 1000.0])).tolist() == [0.0, 1.0]


def test_step_is_one_from_zero_on():
    assert activations.step(np.array([-0.1, 0.0, 0.1])).tolist() == [0, 1, 1]


def test_a_wrong_derivative_would_be_caught():
    """The finite-difference check is sharp enough to reject σ(z) used as σ'(z)."""
    h = 1e-6
    numeric = (activations.sigmoid(Z_SMOOTH + h) - activations.sigmoid(Z_SMOOTH - h)) / (2 * h)
    assert not np.allclose(activations.sigmoid(Z_SMOOTH), numeric, rtol=1e-5, atol=1e-7)


def test_unknown_activation_lists_the_known_ones(language):
    language("en")
    with pytest.raises(ValueError, match="use one of step, sigmoid"):
        activations.get("swishy")
    language("es")
    with pytest.raises(ValueError, match="usa una de estas: step, sigmoid"):
        activations.get("swishy")


@pytest.mark.parametrize(("lang", "words"), [("en", "Jacobian"), ("es", "jacobiana")])
def test_softmax_derivative_points_to_the_jacobian(language, lang, words):
    language(lang)
    with pytest.raises(ValueError, match=f"{words}.*softmax_jacobian"):
        activations.derivative("softmax")
