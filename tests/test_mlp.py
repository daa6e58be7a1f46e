"""The hand-written backpropagation against TensorFlow's automatic differentiation."""

import keras
import numpy as np
import pytest
import tensorflow as tf

from snippets import languages, set_language
from snippets.mlp import MLP, loss_value

KERAS_LOSS = {
    "mse": keras.losses.MeanSquaredError(dtype="float64"),
    "binary_crossentropy": keras.losses.BinaryCrossentropy(dtype="float64"),
    "categorical_crossentropy": keras.losses.CategoricalCrossentropy(dtype="float64"),
}


@pytest.fixture
def language():
    """``language("en")`` sets the helpers' language for one test; it is restored afterwards."""
    saved = languages._current
    yield set_language
    languages._current = saved


TF_ACT = {
    "sigmoid": tf.sigmoid,
    "tanh": tf.tanh,
    "relu": tf.nn.relu,
    "softmax": tf.nn.softmax,
    "linear": tf.identity,
    "elu": tf.nn.elu,
}


def tape_gradients(net, X, y, loss):
    W = [tf.Variable(w, dtype=tf.float64) for w in net.W]
    b = [tf.Variable(v, dtype=tf.float64) for v in net.b]
    with tf.GradientTape() as tape:
        A = tf.constant(X, dtype=tf.float64)
        for Wl, bl, name in zip(W, b, net.activations, strict=True):
            A = TF_ACT[name](A @ Wl + bl)
        value = KERAS_LOSS[loss](tf.constant(y, dtype=tf.float64), A)
    grads = tape.gradient(value, [*W, *b])
    return float(value), grads[: len(W)], grads[len(W) :]


CASES = [
    ([3, 5, 1], ["tanh", "linear"], "mse"),
    ([3, 4, 4, 2], ["relu", "elu", "sigmoid"], "mse"),
    ([3, 6, 1], ["tanh", "sigmoid"], "binary_crossentropy"),
    ([3, 5, 2], ["relu", "sigmoid"], "binary_crossentropy"),
    ([3, 5, 4, 3], ["sigmoid", "tanh", "softmax"], "categorical_crossentropy"),
]


@pytest.mark.parametrize(("sizes", "acts", "loss"), CASES)
def test_backprop_matches_gradient_tape(sizes, acts, loss):
    rng = np.random.default_rng(1)
    X = rng.normal(size=(8, sizes[0]))
    if loss == "categorical_crossentropy":
        y = np.eye(sizes[-1])[rng.integers(0, sizes[-1], size=8)]
    elif loss == "binary_crossentropy":
        y = rng.integers(0, 2, size=(8, sizes[-1])).astype(float)
    else:
        y = rng.normal(size=(8, sizes[-1]))
    net = MLP(sizes, acts, seed=3)
    value, dW_tape, db_tape = tape_gradients(net, X, y, loss)
    assert loss_value(net.forward(X), y, loss) == pytest.approx(value, abs=1e-7)
    for (dW, db), dW_t, db_t in zip(net.backward(y, loss), dW_tape, db_tape, strict=True):
        np.testing.assert_allclose(dW, dW_t.numpy(), atol=1e-5, rtol=1e-5)
        np.testing.assert_allclose(db, db_t.numpy(), atol=1e-5, rtol=1e-5)


def test_a_wrong_derivative_breaks_the_gradient_check(monkeypatch):
    from snippets import activations

    monkeypatch.setitem(activations._DERIVATIVES, "tanh", lambda z: 1 - np.tanh(z))  # wrong
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(8, 3)), rng.normal(size=(8, 1))
    net = MLP([3, 5, 1], ["tanh", "linear"], seed=0)
    net.forward(X)
    _, dW_tape, _ = tape_gradients(net, X, y, "mse")
    assert not np.allclose(net.backward(y, "mse")[0][0], dW_tape[0].numpy(), atol=1e-5)


def test_weight_shapes_and_parameter_count_match_keras_dense():
    net = MLP([4, 16, 3], ["relu", "softmax"])
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(16), keras.layers.Dense(3)])
    assert [w.shape for w in net.W] == [tuple(layer.kernel.shape) for layer in model.layers]
    assert net.n_params == model.count_params() == 4 * 16 + 16 + 16 * 3 + 3


def test_mlp_learns_xor():
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    y = np.array([[0], [1], [1], [0]], dtype=float)
    net = MLP([2, 4, 1], ["tanh", "sigmoid"], seed=0)
    history = net.fit(X, y, "binary_crossentropy", lr=1.0, epochs=2000)
    assert history[-1] < 0.05
    assert ((net.forward(X) > 0.5) == y).all()


def test_bad_configuration_errors_are_clear(language):
    language("en")
    with pytest.raises(ValueError, match=r"one name per layer: 2 for sizes=\[2, 3, 1\]"):
        MLP([2, 3, 1], ["relu"])
    with pytest.raises(ValueError, match="Unknown activation"):
        MLP([2, 1], ["sigmoidal"])
    with pytest.raises(ValueError, match=r"shape \(n_examples, 2\)"):
        MLP([2, 1], ["sigmoid"]).forward(np.zeros(2))
    with pytest.raises(ValueError, match="Unknown loss"):
        loss_value(np.zeros((2, 1)), np.zeros((2, 1)), "hinge")
    with pytest.raises(RuntimeError, match=r"Call forward\(X\) before"):
        MLP([2, 1], ["sigmoid"]).backward(np.zeros((1, 1)), "mse")


def test_configuration_errors_speak_spanish_by_default(language):
    language("es")
    with pytest.raises(ValueError, match=r"un nombre por capa: 2 para sizes=\[2, 3, 1\]"):
        MLP([2, 3, 1], ["relu"])
    with pytest.raises(ValueError, match="No hay ninguna activación llamada 'sigmoidal'"):
        MLP([2, 1], ["sigmoidal"])
    with pytest.raises(ValueError, match=r"forma \(n_ejemplos, 2\).*x\[None\]"):
        MLP([2, 1], ["sigmoid"]).forward(np.zeros(2))
    with pytest.raises(ValueError, match="No hay ninguna pérdida llamada 'hinge'"):
        loss_value(np.zeros((2, 1)), np.zeros((2, 1)), "hinge")
    with pytest.raises(RuntimeError, match=r"Llama a forward\(X\) antes"):
        MLP([2, 1], ["sigmoid"]).backward(np.zeros((1, 1)), "mse")
