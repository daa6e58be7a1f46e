"""Data sets of the course, loaded the way Keras and scikit-learn load them.

Used in: fashion-mnist, cnn, gan (Fashion-MNIST); mlp (Iris).

Fashion-MNIST comes from Keras's own ``keras.datasets.fashion_mnist.load_data()``,
which reads a cache in ``$KERAS_HOME/datasets/fashion-mnist/`` (``~/.keras`` by
default) and downloads the four files when they are missing. Without network, we
fill that cache from a local copy first: the Debian/Ubuntu package
``dataset-fashion-mnist`` installs the original files in
``/usr/share/datasets/fashion-mnist/``, and ``$FASHION_MNIST_DIR`` can name another
folder. With neither network nor files, the learner gets one clear message.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np

from snippets.languages import resolve, say

FASHION_MNIST_FILES = (
    "train-labels-idx1-ubyte.gz",
    "train-images-idx3-ubyte.gz",
    "t10k-labels-idx1-ubyte.gz",
    "t10k-images-idx3-ubyte.gz",
)
SYSTEM_FASHION_MNIST_DIR = Path("/usr/share/datasets/fashion-mnist")

CLASS_NAMES = {
    "fashion_mnist": {
        "en": [
            "T-shirt/top",
            "Trouser",
            "Pullover",
            "Dress",
            "Coat",
            "Sandal",
            "Shirt",
            "Sneaker",
            "Bag",
            "Ankle boot",
        ],
        "es": [
            "Camiseta/top",
            "Pantalón",
            "Jersey",
            "Vestido",
            "Abrigo",
            "Sandalia",
            "Camisa",
            "Zapatilla",
            "Bolso",
            "Botín",
        ],
    },
    "iris": {
        "en": ["setosa", "versicolor", "virginica"],
        "es": ["setosa", "versicolor", "virginica"],
    },
}

IRIS_FEATURE_NAMES = {
    "en": ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"],
    "es": [
        "longitud del sépalo (cm)",
        "anchura del sépalo (cm)",
        "longitud del pétalo (cm)",
        "anchura del pétalo (cm)",
    ],
}


_MESSAGES = {
    "es": {
        "unknown_dataset": (
            "No hay ningún conjunto de datos llamado {dataset!r}: usa uno de estos: {choices}."
        ),
        "unavailable": (
            "Fashion-MNIST no está disponible: falta en la caché de Keras ({cache}), no se ha "
            "encontrado ninguna copia local (se ha buscado en {dirs}) y la descarga ha fallado "
            "({error}). Para solucionarlo, conéctate a internet y vuelve a ejecutar la celda, o "
            "instala los archivos en tu equipo: en Debian/Ubuntu, ejecuta "
            "`sudo apt-get install dataset-fashion-mnist`, o copia {files} en {cache} "
            "(o en la carpeta que indique $FASHION_MNIST_DIR)."
        ),
        "test_size": (
            "test_size debe ser una fracción entre 0 y 1 (por ejemplo 0.2), "
            "pero has pasado {value!r}."
        ),
    },
    "en": {
        "unknown_dataset": "Unknown data set {dataset!r}: use one of {choices}.",
        "unavailable": (
            "Fashion-MNIST is not available: it is not in the Keras cache ({cache}), no local "
            "copy was found (looked in {dirs}), and the download failed ({error}). To fix it, "
            "either connect to the internet and run this again, or install the files locally: "
            "on Debian/Ubuntu run `sudo apt-get install dataset-fashion-mnist`, or copy {files} "
            "into {cache} (or into a folder named by $FASHION_MNIST_DIR)."
        ),
        "test_size": "test_size must be a fraction between 0 and 1 (e.g. 0.2), got {value!r}.",
    },
}


class DataUnavailableError(RuntimeError):
    """A data set is neither cached, nor available locally, nor downloadable."""


def class_names(dataset: str = "fashion_mnist", lang: str | None = None) -> list[str]:
    """The class names of ``dataset`` ("fashion_mnist" or "iris") in ``lang`` ("es" or "en")."""
    lang = resolve(lang)
    if dataset not in CLASS_NAMES:
        choices = ", ".join(map(repr, CLASS_NAMES))
        raise ValueError(say(_MESSAGES, "unknown_dataset", lang, dataset=dataset, choices=choices))
    return list(CLASS_NAMES[dataset][lang])


def keras_cache_dir() -> Path:
    """The folder where Keras caches Fashion-MNIST (``$KERAS_HOME/datasets/fashion-mnist``).

    Keras reads ``$KERAS_HOME`` once, when it is imported, and falls back to
    ``/tmp/.keras`` when the folder is not writable; we ask Keras itself.
    """
    from keras.src.backend import config

    base = Path(os.path.expanduser(config.keras_home()))
    if not os.access(base, os.W_OK) and base.exists():
        base = Path("/tmp/.keras")
    return base / "datasets" / "fashion-mnist"


def _local_fashion_mnist_dirs() -> list[Path]:
    dirs = []
    if os.environ.get("FASHION_MNIST_DIR"):
        dirs.append(Path(os.environ["FASHION_MNIST_DIR"]))
    dirs.append(SYSTEM_FASHION_MNIST_DIR)
    return dirs


def _fill_cache_from_local_copy(cache: Path) -> Path | None:
    """Copy the four files from the first local folder that has them all; return it."""
    missing = [name for name in FASHION_MNIST_FILES if not (cache / name).exists()]
    if not missing:
        return cache
    for folder in _local_fashion_mnist_dirs():
        if all((folder / name).is_file() for name in missing):
            cache.mkdir(parents=True, exist_ok=True)
            for name in missing:
                shutil.copyfile(folder / name, cache / name)
            return folder
    return None


def load_fashion_mnist(normalize: bool = False):
    """Load Fashion-MNIST as ``(x_train, y_train), (x_test, y_test)``.

    ``x_*`` are ``uint8`` arrays of shape ``(n, 28, 28)`` (60,000 train, 10,000 test);
    ``y_*`` are labels 0–9 (see ``class_names("fashion_mnist")``). With
    ``normalize=True`` the images come back as ``float32`` in [0, 1].
    """
    import keras

    cache = keras_cache_dir()
    _fill_cache_from_local_copy(cache)
    try:
        (x_train, y_train), (x_test, y_test) = keras.datasets.fashion_mnist.load_data()
    except Exception as error:  # Keras wraps URLError / HTTPError in a bare Exception
        # Keras may leave a partial download behind; remove what is not a whole file.
        for name in FASHION_MNIST_FILES:
            partial = cache / name
            if partial.exists() and partial.stat().st_size == 0:
                partial.unlink()
        raise DataUnavailableError(
            say(
                _MESSAGES,
                "unavailable",
                cache=cache,
                dirs=", ".join(str(d) for d in _local_fashion_mnist_dirs()),
                error=error,
                files=", ".join(FASHION_MNIST_FILES),
            )
        ) from None
    if normalize:
        x_train = x_train.astype("float32") / 255.0
        x_test = x_test.astype("float32") / 255.0
    return (x_train, y_train), (x_test, y_test)


def load_iris(test_size: float = 0.2, seed: int = 42):
    """Iris from scikit-learn's bundled copy, split into ``(x_train, y_train), (x_test, y_test)``.

    The split is stratified (each species keeps its share in both parts) and seeded.
    ``x_*`` are ``float32`` arrays of shape ``(n, 4)``; ``y_*`` are labels 0–2
    (see ``class_names("iris")`` and ``IRIS_FEATURE_NAMES``).
    """
    from sklearn.datasets import load_iris as sklearn_load_iris
    from sklearn.model_selection import train_test_split

    if not 0 < test_size < 1:
        raise ValueError(say(_MESSAGES, "test_size", value=test_size))
    x, y = sklearn_load_iris(return_X_y=True)
    x_train, x_test, y_train, y_test = train_test_split(
        x.astype(np.float32), y, test_size=test_size, random_state=seed, stratify=y
    )
    return (x_train, y_train), (x_test, y_test)
