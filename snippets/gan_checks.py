"""Checks of a GAN's samples that collapse and copying cannot pass, in NumPy. Used in: gan.

A classifier's confidence alone gives top marks to a generator that repeats one perfect image
or copies its training set. ``quality_report`` measures three things, from the classifier's
probabilities and the pixels:

- ``confident``: the fraction of samples whose top probability reaches the threshold;
- ``min_share``: among those confident samples, the share of the rarer of the trained
  classes (0 when a class is missing: mode collapse between classes);
- ``distance_ratio``: the median distance from a sample to its nearest training image,
  divided by the same median for held-out real images (0 for copies of the training set).

``inception_score`` is Salimans et al.'s (2016) score, exp(E_x KL(p(y|x) ‖ p(y))), computed
with whatever classifier gave the probabilities.
"""

from __future__ import annotations

import numpy as np

from snippets.languages import resolve, say
from snippets.numbers import format_number

BAR_NAMES = ("confident", "min_share", "distance_ratio")

_MESSAGES = {
    "es": {
        "images": (
            "{name}: se esperaba un lote con al menos una imagen, de forma (n, alto, ancho) o "
            "(n, alto, ancho, canales); ha llegado la forma {shape}."
        ),
        "not_finite": "{name} contiene valores que no son números finitos (NaN o infinito).",
        "pixels": (
            "Las imágenes de {name} tienen {left} píxeles y las de {other}, {right}: solo se "
            "pueden comparar imágenes del mismo tamaño."
        ),
        "probs": (
            "probs: se esperaba una matriz (n, clases) de probabilidades, como la que devuelve "
            "model.predict con una softmax al final; ha llegado la forma {shape}."
        ),
        "not_probs": (
            "probs: cada fila debe tener valores entre 0 y 1 que sumen 1 (¿son logits en vez "
            "de probabilidades?); la fila {row} suma {total}."
        ),
        "lengths": (
            "Hay {probs} filas de probabilidades y {images} imágenes: deben ser las mismas "
            "muestras, en el mismo orden."
        ),
        "classes": (
            "classes: se esperaba una lista no vacía de índices de clase distintos entre 0 y "
            "{last}; ha llegado {classes}."
        ),
        "threshold": "threshold debe ser mayor que 0 y no mayor que 1; ha llegado {value}.",
        "reference": (
            "reference_distance debe ser un número positivo (la mediana de las distancias de "
            "las imágenes reales de prueba a su vecina más cercana); ha llegado {value}."
        ),
        "bars": "bars debe dar un listón a cada medida: {names}; faltan {missing}.",
    },
    "en": {
        "images": (
            "{name}: expected a batch of at least one image, shaped (n, height, width) or "
            "(n, height, width, channels); got shape {shape}."
        ),
        "not_finite": "{name} contains values that are not finite numbers (NaN or infinity).",
        "pixels": (
            "The images of {name} have {left} pixels and those of {other}, {right}: only "
            "images of the same size can be compared."
        ),
        "probs": (
            "probs: expected an (n, classes) matrix of probabilities, like the one model.predict "
            "returns with a softmax at the end; got shape {shape}."
        ),
        "not_probs": (
            "probs: each row must hold values between 0 and 1 that add up to 1 (are these "
            "logits instead of probabilities?); row {row} adds up to {total}."
        ),
        "lengths": (
            "There are {probs} rows of probabilities and {images} images: they must be the "
            "same samples, in the same order."
        ),
        "classes": (
            "classes: expected a non-empty list of distinct class indices between 0 and "
            "{last}; got {classes}."
        ),
        "threshold": "threshold must be a number above 0 and at most 1; got {value}.",
        "reference": (
            "reference_distance must be a positive number (the median distance from the real "
            "test images to their nearest neighbour); got {value}."
        ),
        "bars": "bars must give each measure a bar: {names}; missing {missing}.",
    },
}


def _images(images, name: str, lang: str) -> np.ndarray:
    """``images`` as an (n, pixels) float64 matrix, or a ``ValueError`` that says why not."""
    try:
        array = np.asarray(images, dtype=float)
    except (TypeError, ValueError):
        array = np.empty(0)
    if array.ndim not in (3, 4) or array.shape[0] == 0 or array[0].size == 0:
        raise ValueError(say(_MESSAGES, "images", lang, name=name, shape=array.shape))
    if not np.all(np.isfinite(array)):
        raise ValueError(say(_MESSAGES, "not_finite", lang, name=name))
    return array.reshape(len(array), -1)


def _probs(probs, lang: str) -> np.ndarray:
    """``probs`` as an (n, classes) float64 matrix whose rows are probability distributions."""
    try:
        array = np.asarray(probs, dtype=float)
    except (TypeError, ValueError):
        array = np.empty(0)
    if array.ndim != 2 or array.shape[0] == 0 or array.shape[1] < 2:
        raise ValueError(say(_MESSAGES, "probs", lang, shape=array.shape))
    if not np.all(np.isfinite(array)):
        raise ValueError(say(_MESSAGES, "not_finite", lang, name="probs"))
    totals = array.sum(axis=1)
    bad = (array < 0).any(axis=1) | (array > 1).any(axis=1) | (np.abs(totals - 1) > 1e-3)
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        total = format_number(totals[row], digits=4, lang=lang)
        raise ValueError(say(_MESSAGES, "not_probs", lang, row=row, total=total))
    return array


def _classes(classes, n_classes: int, lang: str) -> list[int]:
    try:
        chosen = [int(c) for c in classes]
        ok = all(float(c) == int(c) for c in classes)
    except (TypeError, ValueError):
        chosen, ok = [], False
    if not (ok and chosen and len(set(chosen)) == len(chosen)) or not all(
        0 <= c < n_classes for c in chosen
    ):
        raise ValueError(say(_MESSAGES, "classes", lang, last=n_classes - 1, classes=classes))
    return chosen


def _threshold(threshold, lang: str) -> float:
    try:
        value = float(threshold)
    except (TypeError, ValueError):
        value = float("nan")
    if not 0 < value <= 1:
        raise ValueError(say(_MESSAGES, "threshold", lang, value=threshold))
    return value


def _check_same_size(q, r, names, lang) -> None:
    if q.shape[1] != r.shape[1]:
        left, right = names
        raise ValueError(
            say(
                _MESSAGES,
                "pixels",
                lang,
                name=left,
                left=q.shape[1],
                other=right,
                right=r.shape[1],
            )
        )


def _nearest(q: np.ndarray, r: np.ndarray, chunk_size: int) -> np.ndarray:
    r_squared = np.einsum("ij,ij->i", r, r)
    nearest = np.empty(len(q))
    step = max(1, int(chunk_size))
    for start in range(0, len(q), step):
        block = q[start : start + step]
        squared = np.einsum("ij,ij->i", block, block)[:, None] + r_squared - 2.0 * block @ r.T
        nearest[start : start + len(block)] = squared.min(axis=1)
    return np.sqrt(np.maximum(nearest, 0.0))  # rounding can leave tiny negatives


def nearest_neighbour_distances(queries, references, *, chunk_size: int = 256, lang=None):
    """L2 distance from each query image to its nearest reference image (an array of n floats).

    ``‖q − r‖² = ‖q‖² + ‖r‖² − 2 q·r``: one matrix product per chunk of ``chunk_size`` queries,
    so 500 queries against 12 000 images of 784 pixels take a fraction of a second.
    """
    lang = resolve(lang)
    q = _images(queries, "queries", lang)
    r = _images(references, "references", lang)
    _check_same_size(q, r, ("queries", "references"), lang)
    return _nearest(q, r, chunk_size)


def confident_shares(probs, classes, *, threshold: float = 0.9, lang=None):
    """For each class of ``classes``, its share of the confident samples (top prob ≥ threshold).

    Only confident predictions of that class count; the shares of a generator that draws
    nothing but confident trousers are 1 and 0. With no confident sample, every share is 0.
    """
    lang = resolve(lang)
    p = _probs(probs, lang)
    chosen = _classes(classes, p.shape[1], lang)
    threshold = _threshold(threshold, lang)
    confident = p.max(axis=1) >= threshold
    top = p.argmax(axis=1)
    total = int(confident.sum())
    counts = np.array([np.sum(confident & (top == c)) for c in chosen], dtype=float)
    return counts / total if total else counts


def inception_score(probs, *, lang=None) -> float:
    """exp(mean over x of KL(p(y|x) ‖ p(y))), with p(y) the mean of the rows (Salimans et al.).

    It is 1 when every sample gets the same distribution (one image repeated), and at most
    the number of classes, reached by confident predictions spread evenly over all of them.
    """
    p = _probs(probs, resolve(lang))
    marginal = p.mean(axis=0)
    # 0 · log 0 = 0; wherever p > 0 the marginal is positive too
    terms = np.zeros_like(p)
    positive = p > 0
    terms[positive] = p[positive] * (
        np.log(p[positive]) - np.log(np.broadcast_to(marginal, p.shape)[positive])
    )
    return float(np.exp(terms.sum(axis=1).mean()))


def quality_report(
    probs, images, train_images, reference_distance, classes, *, bars, threshold=0.9, lang=None
) -> dict:
    """The three measures of the samples ``images`` and whether each meets its bar.

    ``probs`` are the classifier's probabilities for ``images``; ``reference_distance`` is the
    median nearest-neighbour distance of held-out real images to ``train_images``; ``bars`` maps
    ``confident``, ``min_share`` and ``distance_ratio`` to their minimum values. The report
    also gives the median distance itself and the Inception Score; ``passed`` is True only
    if all three measures meet their bars.
    """
    lang = resolve(lang)
    missing = [name for name in BAR_NAMES if name not in bars]
    if missing:
        raise ValueError(
            say(_MESSAGES, "bars", lang, names=", ".join(BAR_NAMES), missing=", ".join(missing))
        )
    p = _probs(probs, lang)
    pixels = _images(images, "images", lang)
    if len(p) != len(pixels):
        raise ValueError(say(_MESSAGES, "lengths", lang, probs=len(p), images=len(pixels)))
    try:
        reference = float(reference_distance)
    except (TypeError, ValueError):
        reference = float("nan")
    if not (np.isfinite(reference) and reference > 0):
        raise ValueError(say(_MESSAGES, "reference", lang, value=reference_distance))
    threshold = _threshold(threshold, lang)
    shares = confident_shares(p, classes, threshold=threshold, lang=lang)
    train = _images(train_images, "train_images", lang)
    _check_same_size(pixels, train, ("images", "train_images"), lang)
    distance = float(np.median(_nearest(pixels, train, chunk_size=256)))
    report = {
        "confident": float(np.mean(p.max(axis=1) >= threshold)),
        "min_share": float(shares.min()),
        "median_distance": distance,
        "distance_ratio": distance / reference,
        "inception_score": inception_score(p, lang=lang),
    }
    report["passed"] = all(report[name] >= float(bars[name]) for name in BAR_NAMES)
    return report
