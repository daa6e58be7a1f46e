"""Lesson 4's network playground (docs/assets/javascripts/figures/playground.js): its arithmetic
run in V8 against snippets.mlp.MLP and Keras, its data sets, the Keras code it writes, the page's
numbers, and the figure in Chromium in both languages."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
from test_figures import axe_violations, run_in_v8
from test_site import LANGS

from snippets.mlp import MLP

# (hidden layers, their activation): the notebook's 2-4-1 tanh, deeper ones, and none at all
ARCHITECTURES = [([4], "tanh"), ([3, 2], "relu"), ([5], "sigmoid"), ([2, 3, 2], "linear")]
ARCHITECTURES += [([], "tanh")]


@pytest.fixture(scope="module")
def js():
    evaluate = run_in_v8("playground.js")
    return lambda name, *args: evaluate(f"CoursePlayground.{name}(...{json.dumps(args)})")


@pytest.fixture
def float64():
    """Keras in float64 for the test (so 1e-6 is a fair tolerance), float32 again afterwards."""
    import keras

    before = keras.config.floatx(), keras.config.dtype_policy().name
    keras.config.set_floatx("float64")
    keras.config.set_dtype_policy("float64")  # layers follow the policy, which stays once made
    yield keras
    keras.config.set_floatx(before[0])
    keras.config.set_dtype_policy(before[1])


def random_net(hidden, activation, seed=0) -> dict:
    """A network as the script writes it, with random kernels and non-zero biases."""
    rng = np.random.default_rng(seed)
    sizes = [2, *hidden, 1]
    layers = [
        {"W": rng.normal(0, 0.8, (m, n)).tolist(), "b": rng.normal(0, 0.3, n).tolist()}
        for m, n in zip(sizes[:-1], sizes[1:], strict=True)
    ]
    return {"activation": activation, "layers": layers}


def numpy_mlp(net: dict) -> MLP:
    hidden = [len(layer["b"]) for layer in net["layers"][:-1]]
    mlp = MLP([2, *hidden, 1], [net["activation"]] * len(hidden) + ["sigmoid"])
    mlp.W = [np.array(layer["W"]) for layer in net["layers"]]
    mlp.b = [np.array(layer["b"]) for layer in net["layers"]]
    return mlp


def keras_model(keras, net: dict, l2: float = 0.0):
    hidden = [len(layer["b"]) for layer in net["layers"][:-1]]
    regularizer = {"kernel_regularizer": keras.regularizers.L2(l2)} if l2 else {}
    model = keras.Sequential(
        [keras.Input(shape=(2,))]
        + [keras.layers.Dense(n, activation=net["activation"], **regularizer) for n in hidden]
        + [keras.layers.Dense(1, activation="sigmoid", **regularizer)]
    )
    model.set_weights([np.array(v) for layer in net["layers"] for v in (layer["W"], layer["b"])])
    return model


def flat(net: dict) -> list[np.ndarray]:
    return [np.array(v) for layer in net["layers"] for v in (layer["W"], layer["b"])]


# ---- The arithmetic, in V8 ------------------------------------------------------------------


@pytest.mark.parametrize(("hidden", "activation"), ARCHITECTURES)
def test_the_forward_pass_is_the_numpy_mlp_s_and_keras_s(js, float64, hidden, activation):
    net = random_net(hidden, activation)
    X = np.random.default_rng(1).uniform(-1.6, 1.6, (9, 2))
    ours = np.array(js("predict", net, X.tolist()))
    np.testing.assert_allclose(ours, numpy_mlp(net).forward(X)[:, 0], atol=1e-6)
    expected = float64.ops.convert_to_numpy(keras_model(float64, net)(X))[:, 0]
    np.testing.assert_allclose(ours, expected, atol=1e-6)
    # every hidden layer's output too: the small maps of the figure
    A = js("forward", net, X.tolist())["A"]
    mlp = numpy_mlp(net)
    mlp.forward(X)
    for ours_l, (_, theirs) in zip(A[1:], mlp._cache[1:], strict=True):
        np.testing.assert_allclose(np.array(ours_l), theirs, atol=1e-12)


@pytest.mark.parametrize("l2", [0.0, 0.01])
@pytest.mark.parametrize(("hidden", "activation"), ARCHITECTURES[:-1])
def test_one_sgd_step_is_keras_train_on_batch(js, float64, hidden, activation, l2):
    """Same loss before the step (cross-entropy + l2·Σw² over the kernels) and the same weights
    after it as keras.optimizers.SGD with binary_crossentropy and L2 kernel regularizers."""
    keras = float64
    net = random_net(hidden, activation, seed=2)
    rng = np.random.default_rng(3)
    X = rng.uniform(-1, 1, (8, 2))
    y = np.array([0, 1, 1, 0, 1, 0, 0, 1])
    lr = 0.3
    out = js("sgdStep", net, X.tolist(), y.tolist(), lr, l2)
    model = keras_model(keras, net, l2)
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=lr), loss="binary_crossentropy")
    loss = model.train_on_batch(X, y[:, None].astype("float64"))
    assert out["loss"] == pytest.approx(float(loss), abs=1e-6)
    for ours, theirs in zip(flat(out["net"]), model.get_weights(), strict=True):
        np.testing.assert_allclose(ours, theirs, atol=1e-6)
    if l2 == 0:  # and the course's NumPy MLP takes the same step
        mlp = numpy_mlp(net)
        before = mlp.train_step(X, y[:, None], "binary_crossentropy", lr)
        assert out["loss"] == pytest.approx(before, abs=1e-12)
        for ours, W, b in zip(out["net"]["layers"], mlp.W, mlp.b, strict=True):
            np.testing.assert_allclose(ours["W"], W, atol=1e-12)
            np.testing.assert_allclose(ours["b"], b, atol=1e-12)


def test_an_epoch_is_one_step_per_batch_of_the_shuffled_training_set(js):
    """20 points in batches of 7: steps on 7, 7 and 6 points, in the order the seeded generator
    shuffles them, as MLP.train_step takes them one after another."""
    evaluate = run_in_v8("playground.js")
    net = random_net([3], "tanh", seed=4)
    rng = np.random.default_rng(5)
    X, y = rng.uniform(-1, 1, (20, 2)), rng.integers(0, 2, 20)
    data = json.dumps({"X": X.tolist(), "y": y.tolist()})
    ours = evaluate(
        f"CoursePlayground.trainEpoch({json.dumps(net)}, {data}, {{lr: 0.5, batchSize: 7}}, "
        "CoursePlayground.random(9))"
    )
    order = evaluate("CoursePlayground.shuffle([...Array(20).keys()], CoursePlayground.random(9))")
    assert sorted(order) == list(range(20)) and order != list(range(20))
    mlp = numpy_mlp(net)
    for start in range(0, 20, 7):
        batch = order[start : start + 7]
        mlp.train_step(X[batch], y[batch, None], "binary_crossentropy", 0.5)
    for layer, W, b in zip(ours["layers"], mlp.W, mlp.b, strict=True):
        np.testing.assert_allclose(layer["W"], W, atol=1e-12)
        np.testing.assert_allclose(layer["b"], b, atol=1e-12)


def test_loss_and_accuracy_are_keras_evaluate_s(js, float64):
    keras = float64
    net = random_net([4], "tanh", seed=6)
    rng = np.random.default_rng(7)
    X, y = rng.uniform(-1.5, 1.5, (30, 2)), rng.integers(0, 2, 30)
    ours = js("evaluate", net, {"X": X.tolist(), "y": y.tolist()})
    model = keras_model(keras, net)
    model.compile(loss="binary_crossentropy", metrics=["accuracy"])
    loss, accuracy = model.evaluate(X, y[:, None].astype("float64"), batch_size=30, verbose=0)
    assert ours["loss"] == pytest.approx(loss, abs=1e-6)
    assert ours["accuracy"] == pytest.approx(accuracy, abs=1e-12)


def test_weights_start_glorot_uniform_and_biases_at_zero(js):
    for hidden in ([4], [8, 8, 8, 8], [1], []):
        net = js("init", hidden, "relu", 1)
        sizes = [2, *hidden, 1]
        assert net == js("init", hidden, "relu", 1)  # the same seed, the same weights
        shapes = zip(sizes[:-1], sizes[1:], strict=True)
        for layer, (fan_in, fan_out) in zip(net["layers"], shapes, strict=True):
            W = np.array(layer["W"])
            assert W.shape == (fan_in, fan_out) and layer["b"] == [0] * fan_out
            assert np.abs(W).max() <= np.sqrt(6 / (fan_in + fan_out))
    W = np.concatenate([np.ravel(layer["W"]) for layer in js("init", [8] * 4, "relu", 3)["layers"]])
    assert len(W) == 16 + 3 * 64 + 8 and abs(W.mean()) < 0.05  # centred, and spread over the range
    assert js("init", [4], "relu", 2) != js("init", [4], "relu", 1)


@pytest.mark.parametrize("name", ["xor", "circle", "gauss", "spiral"])
@pytest.mark.parametrize("train", [0.2, 0.5, 0.8])
def test_data_sets_are_deterministic_and_balanced(js, name, train):
    settings = {"noise": 0.1, "train": train}
    data = js("dataset", name, settings)
    assert data == js("dataset", name, settings)
    assert data != js("dataset", name, {**settings, "seed": 2})
    per_class = round(100 * train)
    assert len(data["train"]["X"]) == 2 * per_class
    assert len(data["test"]["X"]) == 200 - 2 * per_class
    for part, size in (("train", per_class), ("test", 100 - per_class)):
        assert data[part]["y"].count(1) == data[part]["y"].count(0) == size
        assert data[part]["y"][:size] != [0] * size  # the classes come shuffled
        assert np.isfinite(data[part]["X"]).all()


def test_without_noise_each_class_is_where_the_shape_puts_it(js):
    def points(name, noise=0):
        data = js("dataset", name, {"noise": noise, "train": 1})["train"]
        return np.array(data["X"]), np.array(data["y"])

    X, y = points("xor")
    assert ((X[:, 0] * X[:, 1] < 0) == (y == 1)).all() and (np.abs(X) >= 0.1).all()
    X, y = points("circle")
    r = np.hypot(X[:, 0], X[:, 1])
    assert (r[y == 1] <= 0.5).all() and (r[y == 0] >= 0.7).all()
    noisy_X, noisy_y = points("circle", noise=0.2)
    assert (noisy_y == y).all() and not np.allclose(noisy_X, X)


@pytest.mark.parametrize(
    ("hidden", "activation", "l2"),
    [([4], "tanh", 0), ([3, 2], "relu", 0.001), ([], "linear", 0.0001), ([8] * 4, "sigmoid", 0.1)],
)
@pytest.mark.parametrize("lang", LANGS)
def test_the_keras_code_builds_the_figure_s_model(js, hidden, activation, l2, lang):
    """The panel's text, run as it is (epochs=1 on a few points), builds a model with the
    parameter count the figure shows, the layers, regularizers and optimizer it says."""
    settings = {"hidden": hidden, "activation": activation, "lr": 0.03, "batchSize": 5, "l2": l2}
    code = js("kerasCode", {**settings, "epochs": 1}, lang)
    model = run_keras_code(code)
    assert model.count_params() == js("paramCount", hidden)
    dense = model.layers
    assert [layer.units for layer in dense] == [*hidden, 1]
    names = [layer.activation.__name__ for layer in dense]
    assert names == [activation] * len(hidden) + ["sigmoid"]
    for layer in dense:
        if l2:
            assert layer.kernel_regularizer.l2 == pytest.approx(l2)
        else:
            assert layer.kernel_regularizer is None
    assert float(model.optimizer.learning_rate) == pytest.approx(0.03)
    assert "batch_size=5" in code and "import keras" in code


def run_keras_code(code: str):
    """Run the panel's code with a few points as X_train, y_train, X_test, y_test; its model."""
    rng = np.random.default_rng(0)
    scope = {
        "X_train": rng.uniform(-1, 1, (10, 2)).astype("float32"),
        "y_train": rng.integers(0, 2, 10).astype("float32"),
        "X_test": rng.uniform(-1, 1, (6, 2)).astype("float32"),
        "y_test": rng.integers(0, 2, 6).astype("float32"),
    }
    exec(compile(code, "<playground>", "exec"), scope)  # noqa: S102 (the figure's own text)
    model = scope["model"]
    assert model.optimizer.iterations.numpy() > 0  # fit ran
    return model


def test_parameter_counts(js):
    assert [js("paramCount", h) for h in ([], [4], [4, 4], [8] * 4)] == [3, 17, 37, 249]


# ---- What the page says about it ------------------------------------------------------------

TRAIN = """(settings, epochs) => {
  const P = CoursePlayground;
  const s = {...P.DEFAULTS, ...settings};
  let {data, net, rand} = P.start(s);
  const out = [];
  for (let e = 1; e <= epochs; e++) {
    net = P.trainEpoch(net, data.train, s, rand);
    const train = P.evaluate(net, data.train), test = P.evaluate(net, data.test);
    out.push([train.loss, test.loss, test.accuracy]);
  }
  return out;
}"""


@pytest.fixture(scope="module")
def train():
    """Epochs of the figure's own run for some settings: (training loss, test loss, accuracy)."""
    evaluate = run_in_v8("playground.js")
    return lambda epochs, **settings: np.array(
        evaluate(f"({TRAIN})({json.dumps(settings)}, {epochs})")
    )


def test_the_page_s_starting_network_learns_xor_before_epoch_200(train):
    runs = train(200)
    assert runs[-1, 2] >= 0.95 and runs[:, 2].argmax() < 200
    assert train(300, dataset="circle")[:, 2].max() >= 0.95


def test_without_hidden_layers_or_with_linear_ones_xor_stays_around_one_half(train):
    for settings in ({"hidden": []}, {"hidden": [4, 4], "activation": "linear"}):
        accuracy = train(300, **settings)[:, 2]
        assert accuracy.max() < 0.7 and abs(accuracy.mean() - 0.5) < 0.05, settings


def test_the_spiral_needs_three_relu_layers_and_about_900_epochs(train):
    accuracy = train(1000, dataset="spiral", hidden=[8, 8, 8], activation="relu", lr=0.03)[:, 2]
    first = int(np.argmax(accuracy >= 0.95)) + 1
    assert accuracy.max() >= 0.95 and 800 <= first <= 1000
    assert train(1000, dataset="spiral")[:, 2].max() < 0.8  # the starting network does not


def test_the_noisy_circle_overfits_and_l2_holds_the_test_loss(train):
    settings = {"dataset": "circle", "noise": 0.15, "hidden": [8, 8]}
    runs = train(1000, **settings)
    assert round(runs[-1, 0], 3) == 0.035
    assert (round(runs[199, 1], 2), round(runs[-1, 1], 2)) == (0.50, 0.94)
    assert round(train(1000, l2=0.003, **settings)[-1, 1], 2) == 0.29


# ---- In the browser -------------------------------------------------------------------------

NAMES = {
    "es": {
        "play": "Reproducir",
        "pause": "Pausa",
        "step": "Una época",
        "add": "Añadir una capa",
        "more": "Añadir una neurona a la capa oculta 1",
        "fewer": "Quitar una neurona de la capa oculta 1",
        "epoch": "Época {}.",
        "accuracy": r"exactitud en prueba: (\d(?:,\d+)?)",
        "params": "Parámetros: {}",
        "layers": "Capas ocultas: {}",
        "layer": "Capa oculta 1: {} neuronas",
    },
    "en": {
        "play": "Play",
        "pause": "Pause",
        "step": "One epoch",
        "add": "Add a layer",
        "more": "Add a neuron to hidden layer 1",
        "fewer": "Remove a neuron from hidden layer 1",
        "epoch": "Epoch {}.",
        "accuracy": r"test accuracy: (\d(?:\.\d+)?)",
        "params": "Parameters: {}",
        "layers": "Hidden layers: {}",
        "layer": "Hidden layer 1: {} neurons",
    },
}
FIGURE = '.course-figure[data-figure="playground"]'


def _open(page, site_url, prefix, width=1280):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_url}{prefix}mlp/", wait_until="load")
    figure = page.locator(FIGURE)
    figure.scroll_into_view_if_needed()
    page.wait_for_selector(f"{FIGURE}.course-figure--ready canvas")
    return figure


def _status(figure) -> str:
    return figure.locator(".course-figure__status").first.inner_text()


def _train_until_095(page, figure, lang, start):
    """Start training (start() clicks or presses a key), wait for ≥ 0.95 test accuracy in the
    status (at most 60 s), pause; return the accuracy read."""
    pattern = NAMES[lang]["accuracy"]
    start()
    status = f"document.querySelector('{FIGURE} .course-figure__status')"
    page.wait_for_function(
        f"() => {{ const m = {status}.textContent.match(/{pattern}/);"
        " return m && Number(m[1].replace(',', '.')) >= 0.95; }",
        timeout=60_000,
    )
    figure.get_by_role("button", name=NAMES[lang]["pause"]).click()
    return float(re.search(pattern, _status(figure)).group(1).replace(",", "."))


@pytest.mark.parametrize("lang", LANGS)
def test_the_playground_learns_xor_and_the_circle(page, site_url, lang):
    figure = _open(page, site_url, LANGS[lang])
    names = NAMES[lang]
    assert names["epoch"].format(0) in _status(figure)
    play = figure.get_by_role("button", name=names["play"])
    assert _train_until_095(page, figure, lang, play.click) >= 0.95  # XOR, with the mouse
    figure.locator("select").first.select_option("circle")
    assert names["epoch"].format(0) in _status(figure)

    def press_play():
        play.focus()
        page.keyboard.press("Enter")

    assert _train_until_095(page, figure, lang, press_play) >= 0.95  # the circle, from the keyboard


@pytest.mark.parametrize("lang", LANGS)
def test_the_playground_responds_to_its_controls(page, site_url, lang):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    figure = _open(page, site_url, LANGS[lang])
    names = NAMES[lang]
    code = figure.locator("pre code")
    figure.get_by_role("button", name=names["step"]).click()
    assert names["epoch"].format(1) in _status(figure)
    figure.get_by_role("button", name=names["step"]).focus()
    page.keyboard.press("Space")
    assert names["epoch"].format(2) in _status(figure) and "epochs=2" in code.inner_text()
    assert names["params"].format(17) in figure.inner_text()
    before = code.inner_text()
    figure.get_by_role("button", name=names["add"]).click()
    assert names["layers"].format(2) in figure.inner_text()
    assert names["epoch"].format(0) in _status(figure)  # a new network starts again
    assert names["params"].format(37) in figure.inner_text()
    assert code.inner_text() != before and code.inner_text().count("Dense(4, ") == 2
    more = figure.get_by_role("button", name=names["more"])
    more.focus()
    page.keyboard.press("Enter")
    assert names["layer"].format(5) in figure.inner_text()
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == names["more"]
    assert figure.locator('[data-layer="0"] canvas').count() == 5  # one map per neuron
    assert names["params"].format(15 + 24 + 5) in figure.inner_text()
    selects = {s.get_attribute("id").rsplit("-", 1)[1]: s for s in figure.locator("select").all()}
    selects["activation"].select_option("relu")
    selects["l2"].select_option("0.001")
    text = code.inner_text()
    assert 'Dense(5, activation="relu", kernel_regularizer=keras.regularizers.L2(0.001))' in text
    shown = int(re.search(r"\d+", figure.locator(".course-figure__params").inner_text()).group())
    assert run_keras_code(text).count_params() == shown == 44
    for _ in range(3):  # up to 8 neurons: "+" is disabled and hands the focus to "−"
        page.keyboard.press("Enter")
    assert names["layer"].format(8) in figure.inner_text() and more.is_disabled()
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == names["fewer"]
    assert all(url.startswith(site_url) for url in requests)  # nothing from another host
    assert page.evaluate("document.cookie") == ""


def test_training_stops_out_of_view_and_goes_on_in_view(page, site_url):
    figure = _open(page, site_url, "")
    legend = figure.locator(".course-figure__legend").first  # under the chart, every frame

    def epochs():
        return int(re.search(r"épocas de 0 a (\d+)", legend.inner_text()).group(1))

    figure.get_by_role("button", name="Reproducir").click()
    page.wait_for_timeout(500)
    assert epochs() > 0
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(500)
    stopped = epochs()
    page.wait_for_timeout(1000)
    assert epochs() == stopped
    figure.scroll_into_view_if_needed()
    page.wait_for_timeout(1000)
    assert epochs() > stopped


@pytest.mark.parametrize("lang", LANGS)
def test_the_playground_fits_a_phone_and_passes_axe(page, site_url, lang):
    figure = _open(page, site_url, LANGS[lang], width=360)
    figure.get_by_role("button", name=NAMES[lang]["add"]).click()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert figure.bounding_box()["width"] <= 360
    assert not axe_violations(page, FIGURE)


def test_with_reduced_motion_play_runs_100_epochs_at_once(browser, site_url):
    context = browser.new_context(reduced_motion="reduce")
    tab = context.new_page()
    figure = _open(tab, site_url, "en/")
    figure.get_by_role("button", name="Play").click()
    assert "Epoch 100." in _status(figure)
    assert figure.get_by_role("button", name="Play").is_visible()  # nothing keeps playing
    context.close()


def test_without_javascript_or_in_print_the_page_describes_the_playground(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    for prefix in LANGS.values():
        tab.goto(f"{site_url}{prefix}mlp/", wait_until="load")
        fallback = tab.locator(f"{FIGURE} .course-figure__fallback")
        assert fallback.is_visible() and len(fallback.inner_text()) > 80
    context.close()
    context = browser.new_context()
    tab = context.new_page()
    _open(tab, site_url, "")
    tab.emulate_media(media="print")
    assert tab.locator(f"{FIGURE} .course-figure__fallback").is_visible()
    assert not tab.locator(f"{FIGURE} .course-figure__live").is_visible()
    context.close()
