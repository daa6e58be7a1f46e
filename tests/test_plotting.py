import matplotlib
import numpy as np
import pytest

from snippets import languages, plot_history, set_language, show_images

matplotlib.use("Agg")


@pytest.fixture
def language():
    """``language("en")`` sets the helpers' language for one test; it is restored afterwards."""
    saved = languages._current
    yield set_language
    languages._current = saved


class FakeHistory:
    history = {"loss": [1.0, 0.5, 0.25], "val_loss": [1.1, 0.7, 0.5], "accuracy": [0.5, 0.7, 0.8]}


def test_history_has_one_panel_per_metric_with_validation_in_the_same_panel():
    fig = plot_history(FakeHistory(), lang="en")
    loss_ax, acc_ax = fig.axes
    assert len(loss_ax.lines) == 2 and len(acc_ax.lines) == 1
    assert loss_ax.get_xlabel() == "epoch" and loss_ax.get_ylabel() == "loss"


def test_history_labels_are_spanish_by_default():
    fig = plot_history(FakeHistory(), metrics=["loss"])
    assert fig.axes[0].get_xlabel() == "época"
    assert [t.get_text() for t in fig.axes[0].get_legend().get_texts()] == [
        "entrenamiento",
        "validación",
    ]


def test_history_names_the_metrics_it_has_when_asked_for_another():
    with pytest.raises(ValueError, match="Recorded: loss, val_loss, accuracy"):
        plot_history(FakeHistory(), metrics=["mae"], lang="en")
    with pytest.raises(ValueError, match="registrado mae; sí ha registrado loss, val_loss"):
        plot_history(FakeHistory(), metrics=["mae"], lang="es")


@pytest.mark.parametrize(("lang", "words"), [("en", "expects the History"), ("es", "espera el")])
def test_history_rejects_something_that_is_not_a_history(language, lang, words):
    language(lang)
    with pytest.raises(TypeError, match=f"{words}.*model.fit"):
        plot_history([0.3, 0.2])


def test_image_grid_titles_each_image_with_its_class_name():
    images = np.zeros((5, 28, 28))
    fig = show_images(images, labels=[0, 1, 2, 3, 4], class_names=list("abcde"), ncols=3)
    titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
    assert titles == list("abcde")
    assert len(fig.axes) == 6  # 2 rows × 3 columns, the last one empty


def test_image_grid_marks_wrong_predictions():
    fig = show_images(
        np.zeros((2, 8, 8, 1)), labels=[0, 1], predictions=[0, 0], class_names=["cat", "dog"]
    )
    assert fig.axes[1].get_title() == "cat\n(dog)"


def test_single_image_gets_a_hint_to_add_the_batch_axis():
    with pytest.raises(ValueError, match=r"image\[None\]"):
        show_images(np.zeros((28, 28)))


def test_label_count_must_match_image_count(language):
    language("en")
    with pytest.raises(ValueError, match=r"len\(images\) = 3 but len\(labels\) = 2"):
        show_images(np.zeros((3, 28, 28)), labels=[0, 1])
    language("es")
    with pytest.raises(ValueError, match="un valor para cada imagen"):
        show_images(np.zeros((3, 28, 28)), labels=[0, 1])


def test_labels_must_index_the_class_names(language):
    language("en")
    with pytest.raises(ValueError, match="not valid indices.*from 0 to 1"):
        show_images(np.zeros((2, 28, 28)), labels=[0, 10], class_names=["a", "b"])
    language("es")
    with pytest.raises(ValueError, match="no son índices válidos.*de 0 a 1"):
        show_images(np.zeros((2, 28, 28)), labels=[0, 10], class_names=["a", "b"])


def test_unknown_language_is_rejected():
    with pytest.raises(ValueError, match="Unknown language"):
        plot_history(FakeHistory(), lang="de")


def test_decision_boundary_colours_the_plane_by_the_predicted_class():
    from snippets.plotting import plot_decision_boundary

    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    y = np.array([0, 0, 0, 1])
    ax = plot_decision_boundary(lambda G: (G.sum(axis=1) > 1.5).astype(int), X, y, title="AND")
    assert ax.get_title() == "AND" and len(ax.collections) >= 3  # regions + 2 classes


def test_decision_boundary_needs_two_features(language):
    from snippets.plotting import plot_decision_boundary

    language("en")
    with pytest.raises(ValueError, match=r"\(n_examples, 2\)"):
        plot_decision_boundary(lambda G: G[:, 0], np.zeros((4, 3)), np.zeros(4))


def test_confusion_matrix_counts_and_labels():
    from snippets.plotting import plot_confusion_matrix

    fig = plot_confusion_matrix([0, 1, 1, 2], [0, 1, 2, 2], ["a", "b", "c"], lang="en")
    ax = fig.axes[0]
    assert ax.get_xlabel() == "predicted class" and ax.get_ylabel() == "true class"
    counts = [t.get_text() for t in ax.texts]
    assert counts == ["1", "0", "0", "0", "1", "1", "0", "0", "1"]


@pytest.mark.parametrize(
    ("lang", "words"), [("en", "one class index"), ("es", "un índice de clase")]
)
def test_confusion_matrix_rejects_probabilities_with_a_hint(lang, words):
    from snippets.plotting import plot_confusion_matrix

    with pytest.raises(ValueError, match=rf"{words}.*argmax\(axis=1\)"):
        plot_confusion_matrix([0, 1], np.array([[0.9, 0.1], [0.2, 0.8]]), ["a", "b"], lang=lang)


def test_normalized_confusion_matrix_writes_the_decimal_comma_in_spanish():
    from snippets.plotting import plot_confusion_matrix

    fig = plot_confusion_matrix([0, 0, 1], [0, 1, 1], ["a", "b"], lang="es", normalize=True)
    assert [t.get_text() for t in fig.axes[0].texts] == ["0,50", "0,50", "0,00", "1,00"]
