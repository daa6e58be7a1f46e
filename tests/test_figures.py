"""Interactive figures (docs/assets/javascripts/figures/): their arithmetic against the course's
own NumPy code, run in V8 on fixed inputs; their behaviour in Chromium, in both languages."""

from __future__ import annotations

import itertools
import json

import numpy as np
import py_mini_racer
import pytest
from conftest import AXE, ROOT
from test_site import LANGS

from snippets.activations import step
from snippets.perceptron import LOGIC_GATES, Perceptron, logic_gate

FIGURES = ROOT / "docs" / "assets" / "javascripts" / "figures"


def run_in_v8(*scripts: str):
    """The figure scripts loaded in V8 (no DOM: only their arithmetic runs), and a function that
    evaluates a JavaScript expression there and returns its value through JSON."""
    context = py_mini_racer.MiniRacer()
    for script in scripts:
        context.eval((FIGURES / script).read_text(encoding="utf-8"))
    return lambda expression: json.loads(context.eval(f"JSON.stringify({expression})"))


@pytest.fixture(scope="module")
def perceptron_js():
    evaluate = run_in_v8("perceptron.js")
    return lambda name, *args: evaluate(f"CoursePerceptron.{name}(...{json.dumps(args)})")


WEIGHTS = [(w1, w2, b) for w1, w2, b in itertools.product((-1.3, 0.0, 0.7, 2.0), repeat=3)]


@pytest.mark.parametrize("gate", sorted(LOGIC_GATES))
def test_predictions_and_accuracy_are_the_numpy_perceptron_s(perceptron_js, gate):
    X, y = logic_gate(gate)
    for w1, w2, b in WEIGHTS:
        neuron = Perceptron(n_inputs=2)
        neuron.w, neuron.b = np.array([w1, w2]), b
        assert perceptron_js("predictions", [w1, w2], b) == neuron.predict(X).tolist()
        assert perceptron_js("accuracy", [w1, w2], b, gate) == pytest.approx(
            neuron.accuracy(X, y), abs=1e-12
        )


@pytest.mark.parametrize("gate", sorted(LOGIC_GATES))
@pytest.mark.parametrize(("w0", "b0", "lr"), [((0.0, 0.0), 0.0, 1.0), ((0.3, -0.2), 0.1, 0.1)])
def test_training_is_the_numpy_perceptron_rule(perceptron_js, gate, w0, b0, lr):
    """Same updates, example by example, and the same stop as Perceptron.fit, to 1e-12."""
    X, y = logic_gate(gate)
    neuron = Perceptron(n_inputs=2, lr=lr)
    neuron.w, neuron.b = np.array(w0), b0
    neuron.fit(X, y, epochs=20)
    out = perceptron_js("train", gate, list(w0), b0, lr, 20)
    assert out["errorsPerEpoch"] == neuron.errors_per_epoch
    assert out["w"] == pytest.approx(neuron.w.tolist(), abs=1e-12)
    assert out["b"] == pytest.approx(neuron.b, abs=1e-12)
    # Each row of the trace, computed again with the notebook's loop (snippets' step).
    w, b = np.array(w0), b0
    for row, (x_i, y_i) in zip(out["rows"], itertools.cycle(zip(X, y, strict=True))):
        z = w @ x_i + b
        error = y_i - step(z)
        w, b = w + lr * error * x_i, b + lr * error
        assert row["z"] == pytest.approx(z, abs=1e-12) and row["error"] == error
        assert row["w"] == pytest.approx(w.tolist(), abs=1e-12) and row["b"] == pytest.approx(b)


def test_the_notebook_s_trace_from_zero_on_and(perceptron_js):
    """The figure's "back to w = (0, 0), b = 0" start gives the notebook's numbers: epoch 1 as in
    its table, no errors in epoch 6, 2·x1 + x2 − 3."""
    out = perceptron_js("train", "AND", [0, 0], 0, 1.0, 20)
    first = [(r["z"], r["yHat"], r["error"], r["w"], r["b"]) for r in out["rows"][:4]]
    assert first == [
        (0, 1, -1, [0, 0], -1),
        (-1, 0, 0, [0, 0], -1),
        (-1, 0, 0, [0, 0], -1),
        (-1, 0, 1, [1, 1], 0),
    ]
    assert out["errorsPerEpoch"] == [2, 3, 3, 2, 1, 0]
    assert (out["w"], out["b"]) == ([2, 1], -3)


def test_the_boundary_is_drawn_where_z_is_zero(perceptron_js):
    for w1, w2, b in WEIGHTS:
        shape = perceptron_js("halfPlane", [w1, w2], b, -0.5, 1.5)
        for x1, x2 in shape["polygon"]:
            assert w1 * x1 + w2 * x2 + b >= -1e-9
            assert -0.5 - 1e-12 <= x1 <= 1.5 + 1e-12 and -0.5 - 1e-12 <= x2 <= 1.5 + 1e-12
        for x1, x2 in shape["segment"] or []:
            assert abs(w1 * x1 + w2 * x2 + b) < 1e-9


# ---- In the browser -------------------------------------------------------------------------

AXE_IN = """async (selector) => {
  const result = await axe.run(selector, {resultTypes: ["violations"]});
  return result.violations.filter((v) => ["serious", "critical"].includes(v.impact))
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target).join(" ")}`);
}"""


def axe_violations(page, selector: str) -> list[str]:
    page.add_script_tag(path=str(AXE))
    return page.evaluate(AXE_IN, selector)


def _open(page, site_url, prefix, width=1280):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_url}{prefix}perceptron/", wait_until="load")
    figure = page.locator('.course-figure[data-figure="perceptron"]')
    figure.scroll_into_view_if_needed()
    page.wait_for_selector(".course-figure--ready .course-figure__plot")
    return figure


STATUS = {"es": "Clasifica bien {} de 4 puntos", "en": "Classifies {} of 4 points correctly"}
BUTTONS = {
    "es": ("Volver a w = (0, 0), b = 0", "Un ejemplo", "Hasta una época sin errores"),
    "en": ("Back to w = (0, 0), b = 0", "One example", "Until an epoch without errors"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_perceptron_responds_to_its_controls(page, site_url, lang):
    figure = _open(page, site_url, LANGS[lang])
    status = figure.locator(".course-figure__status").first
    assert STATUS[lang].format(4) in status.inner_text()  # the notebook's hand-picked AND line
    figure.get_by_label("w₁", exact=True).first.fill("3")
    figure.get_by_label("w₁", exact=True).first.dispatch_event("input")
    assert STATUS[lang].format(3) in status.inner_text()  # (1, 0) now lands on the wrong side
    box = figure.locator('input[type="number"][aria-label="b"]')
    box.fill("-3.5")
    box.dispatch_event("change")
    assert STATUS[lang].format(4) in status.inner_text()
    slider = figure.locator('input[type="range"]').nth(1)  # w2, from the keyboard
    slider.focus()
    page.keyboard.press("ArrowRight")
    assert figure.locator('input[type="number"][aria-label="w₂"]').input_value() == "1.1"
    figure.locator("select").select_option("XOR")
    assert STATUS[lang].format(4) not in status.inner_text()


@pytest.mark.parametrize("lang", LANGS)
def test_learning_reproduces_the_notebook_s_trace(page, site_url, lang):
    figure = _open(page, site_url, LANGS[lang])
    reset, one, done = BUTTONS[lang]
    figure.get_by_role("button", name=reset).click()
    for _ in range(4):
        figure.get_by_role("button", name=one).click()
    rows = figure.locator(".course-figure__trace tbody tr:not(.course-figure__epoch)")
    cells = [rows.nth(i).locator("td").all_inner_texts() for i in range(4)]
    assert [c[3:] for c in cells] == [
        ["+0", "1", "-1", "0", "0", "-1"],  # as the notebook prints them
        ["-1", "0", "+0", "0", "0", "-1"],
        ["-1", "0", "+0", "0", "0", "-1"],
        ["-1", "0", "+1", "1", "1", "0"],
    ]
    figure.get_by_role("button", name=done).click()
    assert rows.count() == 24  # six epochs of four examples
    last = rows.nth(23).locator("td").all_inner_texts()
    assert last[6:] == ["2", "1", "-3"]
    assert STATUS[lang].format(4) in figure.locator(".course-figure__status").first.inner_text()


@pytest.mark.parametrize("lang", LANGS)
def test_the_perceptron_fits_a_phone_and_passes_axe(page, site_url, lang):
    figure = _open(page, site_url, LANGS[lang], width=360)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    assert figure.bounding_box()["width"] <= 360
    assert not axe_violations(page, ".course-figure")


def test_without_javascript_the_page_describes_the_figure(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    for prefix, lesson in itertools.product(LANGS.values(), ("perceptron", "cnn", "optimizers")):
        tab.goto(f"{site_url}{prefix}{lesson}/", wait_until="load")
        fallback = tab.locator(".course-figure__fallback")
        assert fallback.is_visible() and len(fallback.inner_text()) > 80
    context.close()


def test_the_printable_course_shows_the_description_not_the_controls(page, site_url):
    _open(page, site_url, "")
    page.emulate_media(media="print")
    figure = page.locator('.course-figure[data-figure="perceptron"]')
    assert figure.locator(".course-figure__fallback").is_visible()
    assert not figure.locator(".course-figure__live").is_visible()


# ---- Convolution explorer (lesson 12) -------------------------------------------------------


@pytest.fixture(scope="module")
def convolution_js():
    return run_in_v8("convolution.js", "fashion-samples.js")


def _keras_conv(image: np.ndarray, kernel: np.ndarray, stride: int, padding: str) -> np.ndarray:
    import keras

    layer = keras.layers.Conv2D(1, kernel.shape, strides=stride, padding=padding, use_bias=False)
    layer.build((None, *image.shape, 1))
    layer.set_weights([kernel[:, :, None, None].astype("float32")])
    return keras.ops.convert_to_numpy(layer(image[None, :, :, None].astype("float32")))[0, :, :, 0]


@pytest.mark.parametrize("padding", ["valid", "same"])
@pytest.mark.parametrize("stride", [1, 2, 3])
def test_the_convolution_is_keras_conv2d(convolution_js, padding, stride):
    """Same values as keras.layers.Conv2D (cross-correlation, Keras's "same" padding with the odd
    pixel after), on a non-square random image and on a Fashion-MNIST sample, to 1e-6."""
    rng = np.random.default_rng(0)
    images = [rng.random((9, 8))]
    hex_pixels = convolution_js("CourseFashionSamples[2].pixels")
    images.append(np.frombuffer(bytes.fromhex(hex_pixels), dtype=np.uint8).reshape(28, 28) / 255)
    for image in images:
        for kernel in [rng.normal(size=(3, 3)), rng.normal(size=(2, 2)), rng.normal(size=(4, 4))]:
            call = f"CourseConvolution.conv2d({json.dumps(image.tolist())}, "
            call += f"{json.dumps(kernel.tolist())}, {stride}, {json.dumps(padding)})"
            ours = np.array(convolution_js(call))
            expected = _keras_conv(image, kernel, stride, padding)
            assert ours.shape == expected.shape
            np.testing.assert_allclose(ours, expected, atol=1e-6)


def test_the_output_size_is_keras_s_and_the_lesson_s(convolution_js):
    for i, k, s, padding in itertools.product(
        range(3, 12), (1, 2, 3, 5), (1, 2, 3), ("valid", "same")
    ):
        if k > i:
            continue
        o = convolution_js(f"CourseConvolution.geometry({i}, {k}, {s}, {json.dumps(padding)}).o")
        expected = _keras_conv(np.zeros((i, i)), np.ones((k, k)), s, padding).shape[0]
        assert o == expected, (i, k, s, padding)
    # The lesson's table: 28 × 28 with 3 × 3 gives 26, 28, 13 and 14.
    sizes = [
        convolution_js(f"CourseConvolution.geometry(28, 3, {s}, {json.dumps(p)}).o")
        for p, s in [("valid", 1), ("same", 1), ("valid", 2), ("same", 2)]
    ]
    assert sizes == [26, 28, 13, 14]


def test_the_shipped_images_are_fashion_mnist_s(convolution_js):
    from figure_data import CLASSES, samples

    shipped = convolution_js("CourseFashionSamples")
    assert [s["label"] for s in shipped] == list(CLASSES)
    assert [(s["label"], s["index"], s["pixels"]) for s in shipped] == samples()


def test_the_lesson_s_edge_kernel_is_the_preset(convolution_js):
    assert convolution_js("CourseConvolution.PRESETS.vertical") == [[-1, 0, 1]] * 3


SUMMARY = {"es": "Salida de {0} × {0}", "en": "Output of {0} × {0}"}


def _open_convolution(page, site_url, prefix, width=1280):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_url}{prefix}cnn/", wait_until="load")
    figure = page.locator('.course-figure[data-figure="convolution"]')
    figure.scroll_into_view_if_needed()
    page.wait_for_selector('.course-figure--ready[data-figure="convolution"] canvas')
    return figure


@pytest.mark.parametrize("lang", LANGS)
def test_the_convolution_explorer_responds_to_its_controls(page, site_url, lang):
    figure = _open_convolution(page, site_url, LANGS[lang])
    status = figure.locator(".course-figure__status")
    formula = figure.locator(".course-figure__formula")
    assert SUMMARY[lang].format(26) in status.inner_text()
    assert "= 26" in formula.inner_text()
    selects = figure.locator("select")
    selects.nth(2).select_option("same")
    assert SUMMARY[lang].format(28) in status.inner_text()
    selects.nth(3).select_option("2")
    assert SUMMARY[lang].format(14) in status.inner_text() and "⌈28 / 2⌉" in formula.inner_text()
    selects.nth(1).select_option("identity")
    cells = figure.locator(".course-figure__kernel input")
    assert [cells.nth(i).input_value() for i in range(9)] == ["0"] * 4 + ["1"] + ["0"] * 4
    before = status.inner_text()
    cells.nth(4).focus()
    page.keyboard.press("Control+a")
    page.keyboard.type("2")
    page.keyboard.press("Tab")  # the change applies when the box loses focus
    assert status.inner_text() != before  # the values doubled
    shown = figure.locator("canvas").nth(1).evaluate("c => [c.width, c.height]")
    assert shown == [14 * 6, 14 * 6]


@pytest.mark.parametrize("lang", LANGS)
def test_the_convolution_explorer_fits_a_phone_and_passes_axe(page, site_url, lang):
    figure = _open_convolution(page, site_url, LANGS[lang], width=360)
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert figure.bounding_box()["width"] <= 360
    assert not axe_violations(page, '.course-figure[data-figure="convolution"]')


# ---- Optimizer race (lesson 8) --------------------------------------------------------------


@pytest.fixture(scope="module")
def optimizers_js():
    return run_in_v8("optimizers.js")


def _gradient(w: np.ndarray) -> np.ndarray:
    x, y = w
    return np.array([4 * x * (x**2 - 1) + 0.3, y])


KERAS_OPTIMIZERS = {
    "sgd": lambda s: ("SGD", {"learning_rate": s["lr"]}),
    "momentum": lambda s: ("SGD", {"learning_rate": s["lr"], "momentum": s["momentum"]}),
    "rmsprop": lambda s: ("RMSprop", {"learning_rate": s["lr"], "rho": s["rho"]}),
    "adam": lambda s: (
        "Adam", {"learning_rate": s["lr"], "beta_1": s["beta1"], "beta_2": s["beta2"]},
    ),
}  # fmt: skip


def _keras_path(kind: str, settings: dict, start, steps: int) -> np.ndarray:
    """The path keras.optimizers takes on the lesson's surface (float64, the same gradient)."""
    import keras

    name, arguments = KERAS_OPTIMIZERS[kind](settings)
    optimizer = getattr(keras.optimizers, name)(**arguments)
    w = keras.Variable(np.array(start, dtype="float64"), dtype="float64")
    points = [np.array(start, dtype="float64")]
    for _ in range(steps):
        optimizer.apply_gradients([(_gradient(keras.ops.convert_to_numpy(w)), w)])
        points.append(keras.ops.convert_to_numpy(w).copy())
    return np.array(points)


@pytest.mark.parametrize("kind", ["sgd", "momentum", "rmsprop", "adam"])
@pytest.mark.parametrize("start", [(2.0, 1.5), (-0.3, -1.2)])
def test_each_optimizer_steps_as_keras_does(optimizers_js, kind, start):
    defaults = optimizers_js("CourseOptimizers.DEFAULTS")[kind]
    for settings in (defaults, {**defaults, "lr": defaults["lr"] * 3}):
        ours = np.array(
            optimizers_js(
                f"CourseOptimizers.path({json.dumps(kind)}, {json.dumps(settings)}, "
                f"{json.dumps(list(start))}, 60)"
            )
        )
        np.testing.assert_allclose(ours, _keras_path(kind, settings, start, 60), atol=1e-6)


def test_200_steps_give_the_lesson_s_table(optimizers_js):
    """From (2, 1.5) with the figure's defaults: x = 0.960, −1.036, 0.960, 0.960 as in the page."""
    finals = [
        optimizers_js(
            f"CourseOptimizers.path({json.dumps(kind)}, "
            f"CourseOptimizers.DEFAULTS[{json.dumps(kind)}], [2, 1.5], 200).at(-1)[0]"
        )
        for kind in ["sgd", "momentum", "rmsprop", "adam"]
    ]
    assert [round(x, 3) for x in finals] == [0.960, -1.036, 0.960, 0.960]


@pytest.mark.parametrize("lang", LANGS)
def test_the_optimizer_race_responds_to_its_controls(page, site_url, lang):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site_url}{LANGS[lang]}optimizers/", wait_until="load")
    figure = page.locator('.course-figure[data-figure="optimizers"]')
    figure.scroll_into_view_if_needed()
    page.wait_for_selector('.course-figure--ready[data-figure="optimizers"] svg')
    step = {"es": "Un paso", "en": "One step"}[lang]
    for _ in range(3):
        figure.get_by_role("button", name=step).click()
    assert {"es": "Paso 3.", "en": "Step 3."}[lang] in figure.locator(
        ".course-figure__status"
    ).inner_text()
    assert figure.locator(".course-figure__points li").count() == 4
    points = figure.locator(".course-figure__path--adam").get_attribute("points")
    assert len(points.split()) == 4  # the start and three steps
    # A click on the surface picks a new start and starts again.
    figure.locator(".course-figure__paths").click(position={"x": 20, "y": 20})
    assert {"es": "Paso 0.", "en": "Step 0."}[lang] in figure.locator(
        ".course-figure__status"
    ).inner_text()
    assert float(figure.locator('input[id$="-x0"]').input_value()) < -1.5
    # Keyboard: hide SGD with the space bar.
    figure.locator('input[type="checkbox"]').first.focus()
    page.keyboard.press("Space")
    assert figure.locator(".course-figure__points li").count() == 3
    play = {"es": "Reproducir", "en": "Play"}[lang]
    figure.get_by_role("button", name=play).click()
    status = "document.querySelector('[data-figure=optimizers] .course-figure__status')"
    page.wait_for_function(f"() => /\\d{{2,}}/.test({status}.textContent)")


@pytest.mark.parametrize("lang", LANGS)
def test_the_optimizer_race_fits_a_phone_and_passes_axe(page, site_url, lang):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{site_url}{LANGS[lang]}optimizers/", wait_until="load")
    figure = page.locator('.course-figure[data-figure="optimizers"]')
    figure.scroll_into_view_if_needed()
    page.wait_for_selector('.course-figure--ready[data-figure="optimizers"] svg')
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert not axe_violations(page, '.course-figure[data-figure="optimizers"]')


def test_the_optimizer_race_paints_the_lesson_s_loss_surface(page, site_url):
    """Every pixel of the canvas is the lesson's f(x, y) in the figure's bands, computed here
    with NumPy at the pixel's centre (the canvas is 420 x 320 over x in [-2, 2.2], y in
    [-1.6, 1.6])."""
    page.goto(f"{site_url}optimizers/", wait_until="load")
    figure = page.locator('.course-figure[data-figure="optimizers"]')
    figure.scroll_into_view_if_needed()
    page.wait_for_selector('.course-figure--ready[data-figure="optimizers"] canvas')
    width, height, *shown = figure.locator("canvas").evaluate(
        "c => [c.width, c.height, ...c.getContext('2d').getImageData(0, 0, c.width, c.height).data]"
    )
    shown = np.array(shown, dtype=float).reshape(height, width, 4)
    x = -2 + (np.arange(width) + 0.5) / width * 4.2
    y = 1.6 - (np.arange(height) + 0.5) / height * 3.2
    x, y = np.meshgrid(x, y)
    f = np.log1p((x**2 - 1) ** 2 + 0.3 * x + 0.5 * y**2 + 0.3)
    band = np.where(np.floor(f * 6) % 2 == 0, 0, 14)
    level = np.clip(250 - f * 70 - band, 0, 255)
    expected = np.stack([level, level, np.minimum(255, level + 25), np.full_like(level, 255)], -1)
    # Uint8ClampedArray rounds half to even; a pixel on a band's edge may fall either side.
    assert np.mean(np.abs(shown - expected) <= 0.5 + 1e-9) > 0.999
    assert np.abs(shown - expected).max() <= 14.5


def test_with_reduced_motion_play_jumps_ahead(browser, site_url):
    context = browser.new_context(reduced_motion="reduce")
    tab = context.new_page()
    tab.goto(f"{site_url}optimizers/", wait_until="load")
    figure = tab.locator('.course-figure[data-figure="optimizers"]')
    figure.scroll_into_view_if_needed()
    tab.wait_for_selector('.course-figure--ready[data-figure="optimizers"] svg')
    figure.get_by_role("button", name="Reproducir").click()
    assert "Paso 200." in figure.locator(".course-figure__status").inner_text()
    context.close()
