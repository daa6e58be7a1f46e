"""The GAN lesson's quality check: it passes real-looking new samples and fails collapse and copies.

Small fixed inputs stand in for the notebook's: random 6×6 "images" in two groups, and
probabilities built by hand. The counter-examples are the reviewer's: one training image
repeated (total mode collapse) and copied training images (memorization).
"""

import re

import nbformat
import numpy as np
import pytest
from conftest import DOCS

from snippets import gan_checks
from snippets.gan_checks import (
    confident_shares,
    inception_score,
    nearest_neighbour_distances,
    quality_report,
)

BARS = {"confident": 0.5, "min_share": 0.3, "distance_ratio": 0.9}
CLASSES = [1, 7]


def confident_probs(labels, n_classes=10, top=0.95):
    """One row per label: ``top`` on that class, the rest spread evenly over the others."""
    probs = np.full((len(labels), n_classes), (1 - top) / (n_classes - 1))
    probs[np.arange(len(labels)), labels] = top
    return probs


@pytest.fixture
def data():
    """Training and test images from one distribution, and new samples near the test ones."""
    rng = np.random.default_rng(0)
    train = rng.uniform(0, 1, size=(60, 6, 6))
    test = rng.uniform(0, 1, size=(20, 6, 6))
    generated = np.clip(rng.uniform(0, 1, size=(20, 6, 6)) + rng.normal(0, 0.1, (20, 6, 6)), 0, 1)
    reference = float(np.median(nearest_neighbour_distances(test, train)))
    return train, test, generated, reference


def test_nearest_neighbour_distances_match_a_loop_over_every_pair():
    rng = np.random.default_rng(1)
    queries, references = rng.normal(size=(7, 3, 4)), rng.normal(size=(11, 3, 4))
    by_loop = [min(np.linalg.norm(q.ravel() - r.ravel()) for r in references) for q in queries]
    for chunk_size in (1, 3, 7, 100):
        found = nearest_neighbour_distances(queries, references, chunk_size=chunk_size)
        np.testing.assert_allclose(found, by_loop, rtol=1e-10)


def test_a_copy_of_a_training_image_is_at_distance_zero():
    rng = np.random.default_rng(2)
    train = rng.uniform(0, 1, size=(30, 28, 28, 1))
    found = nearest_neighbour_distances(train[[3, 3, 17]], train)
    np.testing.assert_allclose(found, 0, atol=1e-6)


def test_shares_count_only_confident_predictions_of_each_trained_class():
    probs = confident_probs([1, 1, 1, 7, 3])  # four in the trained classes, one bag-like
    probs = np.vstack([probs, np.full((1, 10), 0.1)])  # and one unsure sample
    np.testing.assert_allclose(confident_shares(probs, CLASSES), [3 / 5, 1 / 5])


def test_shares_are_zero_when_no_sample_is_confident():
    np.testing.assert_array_equal(confident_shares(np.full((4, 10), 0.1), CLASSES), [0, 0])


def test_inception_score_follows_its_definition():
    rng = np.random.default_rng(3)
    probs = rng.dirichlet(np.ones(5), size=40)
    marginal = probs.mean(axis=0)
    kl = [np.sum(p * np.log(p / marginal)) for p in probs]
    assert inception_score(probs) == pytest.approx(np.exp(np.mean(kl)))


def test_inception_score_is_one_for_a_repeated_image_and_k_for_k_balanced_sure_classes():
    assert inception_score(np.tile(confident_probs([1]), (50, 1))) == pytest.approx(1)
    one_hot = np.eye(10)[[1, 7] * 25]
    assert inception_score(one_hot) == pytest.approx(2)
    assert inception_score(np.eye(10)[list(range(10)) * 3]) == pytest.approx(10)


def test_new_samples_of_both_classes_pass_the_combined_check(data):
    train, _, generated, reference = data
    probs = confident_probs([1, 7] * 10)
    report = quality_report(probs, generated, train, reference, CLASSES, bars=BARS)
    assert report["confident"] == 1 and report["min_share"] == 0.5
    assert report["distance_ratio"] >= 0.9
    assert report["passed"]


def test_one_training_image_repeated_fails_on_balance_and_distance(data):
    train, _, _, reference = data
    repeated = np.repeat(train[:1], 20, axis=0)
    probs = np.tile(confident_probs([1]), (20, 1))
    report = quality_report(probs, repeated, train, reference, CLASSES, bars=BARS)
    assert report["confident"] == 1  # the confidence alone gives it top marks
    assert report["min_share"] == 0 and report["distance_ratio"] == pytest.approx(0, abs=1e-6)
    assert report["inception_score"] == pytest.approx(1)
    assert not report["passed"]


def test_copied_training_images_fail_on_distance_alone(data):
    train, _, _, reference = data
    copies = train[:20]
    probs = confident_probs([1, 7] * 10)
    report = quality_report(probs, copies, train, reference, CLASSES, bars=BARS)
    assert report["confident"] == 1 and report["min_share"] == 0.5
    assert report["inception_score"] == pytest.approx(inception_score(probs))
    assert report["distance_ratio"] == pytest.approx(0, abs=1e-6)
    assert not report["passed"]


def test_a_generator_that_only_draws_trousers_fails_however_new_its_images(data):
    train, _, generated, reference = data
    probs = confident_probs([1] * 20)
    report = quality_report(probs, generated, train, reference, CLASSES, bars=BARS)
    assert report["distance_ratio"] >= 0.9 and report["min_share"] == 0
    assert not report["passed"]


@pytest.mark.parametrize(
    ("call", "spanish", "english"),
    [
        (lambda: nearest_neighbour_distances(np.zeros(5), np.zeros((3, 2, 2))), "lote", "batch"),
        (
            lambda: nearest_neighbour_distances(np.zeros((2, 3, 3)), np.zeros((3, 2, 2))),
            "mismo tamaño",
            "same size",
        ),
        (
            lambda: nearest_neighbour_distances(np.full((1, 2, 2), np.nan), np.zeros((3, 2, 2))),
            "finitos",
            "finite",
        ),
        (lambda: inception_score(np.zeros(10)), "matriz (n, clases)", "(n, classes) matrix"),
        (lambda: inception_score(np.ones((2, 3))), "logits", "logits"),
        (lambda: confident_shares(np.eye(3), [1, 7]), "entre 0 y 2", "between 0 and 2"),
        (lambda: confident_shares(np.eye(3), []), "no vacía", "non-empty"),
        (lambda: confident_shares(np.eye(3), [1], threshold=90), "threshold", "threshold"),
    ],
)
def test_bad_input_is_explained_in_the_notebook_language(call, spanish, english):
    from snippets import languages

    saved = languages._current
    try:
        for lang, expected in (("es", spanish), ("en", english)):
            languages._current = lang
            with pytest.raises(ValueError, match=expected.replace("(", r"\(").replace(")", r"\)")):
                call()
    finally:
        languages._current = saved


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_report_checks_its_own_arguments(data, lang):
    train, _, generated, reference = data
    probs = confident_probs([1, 7] * 10)
    with pytest.raises(ValueError, match="20"):  # 19 rows of probabilities for 20 images
        quality_report(probs[:19], generated, train, reference, CLASSES, bars=BARS, lang=lang)
    with pytest.raises(ValueError, match="reference_distance"):
        quality_report(probs, generated, train, 0.0, CLASSES, bars=BARS, lang=lang)
    with pytest.raises(ValueError, match="distance_ratio"):
        bars = {"confident": 0.5, "min_share": 0.3}
        quality_report(probs, generated, train, reference, CLASSES, bars=bars, lang=lang)
    with pytest.raises(ValueError, match="train_images"):
        quality_report(probs, generated, train[:, :5], reference, CLASSES, bars=BARS, lang=lang)


def test_the_spanish_messages_write_numbers_with_a_decimal_comma():
    with pytest.raises(ValueError, match="suma 1,5"):
        inception_score(np.array([[0.75, 0.75], [0.5, 0.5]]), lang="es")
    assert gan_checks.BAR_NAMES == ("confident", "min_share", "distance_ratio")


@pytest.mark.parametrize(
    ("lang", "real", "generated", "noise"),
    [
        ("es", "reales (prueba, mismas clases)", "generadas, paso  1200", "ruido uniforme"),
        ("en", "real (test, same classes)", "generated, step  1200", "uniform noise"),
    ],
)
def test_the_lesson_page_quotes_the_confidence_shares_its_notebook_printed(
    lang, real, generated, noise
):
    """The page's table (real, generated, noise) holds the notebook's stored outputs, rounded
    as the page writes them: both languages quote the same run, so the same figures."""
    nb = nbformat.read(DOCS / "gan" / f"gan.{lang}.ipynb", as_version=4)
    printed = "".join(
        o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
    )

    def stored(label):
        (value,) = re.findall(rf"^{re.escape(label)}: ([0-9]+[.,][0-9]+)$", printed, re.M)
        return float(value.replace(",", "."))

    page = (DOCS / "gan" / f"index.{lang}.md").read_text(encoding="utf-8")
    table = [
        float(v.replace(",", "."))
        for v in re.findall(r"^\| [^|]+\| \**([0-9]+[.,][0-9]+)", page, re.M)
    ]
    expected = [round(stored(real), 2), round(stored(generated), 2), round(stored(noise), 3)]
    assert table == expected, f"gan/index.{lang}.md quotes {table}; its notebook printed {expected}"
