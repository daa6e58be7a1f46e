import gzip
import struct

import keras
import numpy as np
import pytest
from keras.src.backend import config as keras_config

from snippets import data, languages, set_language
from snippets.data import DataUnavailableError, class_names, load_fashion_mnist, load_iris


@pytest.fixture
def language():
    """``language("en")`` sets the helpers' language for one test; it is restored afterwards."""
    saved = languages._current
    yield set_language
    languages._current = saved


def test_fashion_mnist_class_names_are_localised():
    es, en = class_names("fashion_mnist", "es"), class_names("fashion_mnist", "en")
    assert len(es) == len(en) == 10
    assert en[0] == "T-shirt/top" and en[9] == "Ankle boot"
    assert es[1] == "Pantalón" and es[9] == "Botín"


def test_class_names_are_a_copy():
    class_names("fashion_mnist", "es").append("x")
    assert len(class_names("fashion_mnist", "es")) == 10


def test_unknown_language_says_which_ones_exist():
    with pytest.raises(ValueError, match="'es', 'en'"):
        class_names("fashion_mnist", "fr")


def test_unknown_dataset_says_which_ones_exist():
    with pytest.raises(ValueError, match="'fashion_mnist', 'iris'"):
        class_names("mnist")


def test_iris_split_is_stratified_and_seeded():
    (x_train, y_train), (x_test, y_test) = load_iris(test_size=0.2, seed=0)
    assert x_train.shape == (120, 4) and x_test.shape == (30, 4)
    assert x_train.dtype == np.float32
    assert np.bincount(y_test).tolist() == [10, 10, 10]
    (x_again, _), _ = load_iris(test_size=0.2, seed=0)
    np.testing.assert_array_equal(x_train, x_again)


@pytest.mark.parametrize(("lang", "message"), [("en", "between 0 and 1"), ("es", "entre 0 y 1")])
def test_iris_rejects_a_test_size_that_is_not_a_fraction(language, lang, message):
    language(lang)
    with pytest.raises(ValueError, match=message):
        load_iris(test_size=30)


def test_unknown_dataset_message_follows_the_language(language):
    language("en")
    with pytest.raises(ValueError, match="Unknown data set 'mnist'"):
        class_names("mnist")
    with pytest.raises(ValueError, match="ningún conjunto de datos llamado 'mnist'"):
        class_names("mnist", lang="es")


def _write_idx(folder, n_train=3, n_test=2):
    """Tiny but well-formed Fashion-MNIST files (IDX format, gzipped)."""
    folder.mkdir(parents=True, exist_ok=True)
    for prefix, n in (("train", n_train), ("t10k", n_test)):
        labels = bytes(range(n))
        with gzip.open(folder / f"{prefix}-labels-idx1-ubyte.gz", "wb") as f:
            f.write(struct.pack(">II", 2049, n) + labels)
        with gzip.open(folder / f"{prefix}-images-idx3-ubyte.gz", "wb") as f:
            f.write(struct.pack(">IIII", 2051, n, 28, 28) + bytes(n * 28 * 28))


@pytest.fixture
def empty_keras_home(tmp_path, monkeypatch):
    """Point Keras's cache at an empty folder and hide the system copy."""
    monkeypatch.setattr(keras_config, "_KERAS_DIR", str(tmp_path / "keras-home"))
    monkeypatch.setattr(data, "SYSTEM_FASHION_MNIST_DIR", tmp_path / "no-system-copy")
    monkeypatch.delenv("FASHION_MNIST_DIR", raising=False)
    return tmp_path / "keras-home" / "datasets" / "fashion-mnist"


def test_fashion_mnist_offline_is_read_from_a_local_copy(
    empty_keras_home, tmp_path, monkeypatch, no_network
):
    _write_idx(tmp_path / "local")
    monkeypatch.setenv("FASHION_MNIST_DIR", str(tmp_path / "local"))
    (x_train, y_train), (x_test, y_test) = load_fashion_mnist()
    assert x_train.shape == (3, 28, 28) and x_test.shape == (2, 28, 28)
    assert y_train.tolist() == [0, 1, 2]
    assert (empty_keras_home / "train-images-idx3-ubyte.gz").exists(), "cache was not filled"


@pytest.mark.parametrize(
    ("lang", "words"), [("en", "is not available"), ("es", "no está disponible")]
)
def test_fashion_mnist_without_data_or_network_says_how_to_get_it(
    empty_keras_home, no_network, language, lang, words
):
    language(lang)
    with pytest.raises(DataUnavailableError) as excinfo:
        load_fashion_mnist()
    message = str(excinfo.value)
    assert words in message
    assert "apt-get install dataset-fashion-mnist" in message
    assert str(empty_keras_home) in message
    assert "internet" in message
    assert excinfo.value.__suppress_context__, "the urllib traceback should not be chained"


def test_fashion_mnist_real_data_has_the_documented_shapes():
    (x_train, y_train), (x_test, y_test) = load_fashion_mnist(normalize=True)
    assert x_train.shape == (60_000, 28, 28) and x_test.shape == (10_000, 28, 28)
    assert x_train.dtype == np.float32 and 0.0 <= x_train.min() and x_train.max() <= 1.0
    assert sorted(np.unique(y_test).tolist()) == list(range(10))
    assert keras.backend.backend() == "tensorflow"
