"""Figures the lessons share: training curves, image grids, decision regions, confusion matrices.

Used in: keras-tensorflow, perceptron, mlp, fashion-mnist (and later lessons).
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np

from snippets.languages import resolve, say
from snippets.numbers import format_number

# Labels drawn on the figures (axis names, legends), by metric or role.
_TEXT = {
    "es": {"epoch": "época", "train": "entrenamiento", "val": "validación", "loss": "pérdida",
           "accuracy": "exactitud", "mae": "error absoluto medio", "mse": "error cuadrático medio",
           "true_class": "clase real", "predicted_class": "clase predicha"},
    "en": {"epoch": "epoch", "train": "training", "val": "validation", "loss": "loss",
           "accuracy": "accuracy", "mae": "mean absolute error", "mse": "mean squared error",
           "true_class": "true class", "predicted_class": "predicted class"},
}  # fmt: skip

# Error messages.
_MESSAGES = {
    "es": {
        "not_history": (
            "plot_history espera el History que devuelve model.fit(...) (o su diccionario "
            ".history), pero ha recibido {kind}. Por ejemplo: history = model.fit(...) y "
            "después plot_history(history)."
        ),
        "not_recorded": (
            "Este historial no ha registrado {unknown}; sí ha registrado {recorded}. Para "
            "registrar otra métrica, añádela en model.compile(metrics=[...])."
        ),
        "images_shape": (
            "show_images espera un lote de imágenes con forma (n, alto, ancho) o "
            "(n, alto, ancho, 1 o 3), pero ha recibido la forma {shape}. Para una sola imagen, "
            "pasa image[None] (o np.expand_dims(image, 0))."
        ),
        "counts": (
            "len(images) = {n}, pero len({name}) = {got}: hace falta un valor para cada imagen."
        ),
        "bad_indices": (
            "{name} contiene {bad}, que no son índices válidos de los {k} nombres de clase: "
            "usa valores de 0 a {last}."
        ),
        "ncols": "ncols debe ser al menos 1, pero has pasado {ncols}.",
        "plane_shape": (
            "X debe tener forma (n_ejemplos, 2) para dibujarse en un plano, pero tiene forma "
            "{shape}: quédate con dos características, por ejemplo X[:, :2]."
        ),
        "points": "len(X) = {n}, pero len(y) = {got}: hace falta una etiqueta para cada punto.",
        "y_pred_shape": (
            "y_pred debe tener un índice de clase para cada ejemplo, pero tiene forma {shape}; "
            "si son probabilidades, usa probs.argmax(axis=1)."
        ),
        "predictions": (
            "len(y_true) = {n}, pero len(y_pred) = {got}: "
            "hace falta una predicción para cada ejemplo."
        ),
        "y_pred_int": (
            "y_pred debe contener índices de clase enteros, por ejemplo probs.argmax(axis=1)."
        ),
    },
    "en": {
        "not_history": (
            "plot_history expects the History returned by model.fit(...) (or its .history "
            "dict), got {kind}. For example: history = model.fit(...), then "
            "plot_history(history)."
        ),
        "not_recorded": (
            "Not recorded in this history: {unknown}. Recorded: {recorded}. To record another "
            "metric, add it to model.compile(metrics=[...])."
        ),
        "images_shape": (
            "show_images expects a batch of images shaped (n, height, width) or "
            "(n, height, width, 1 or 3), got shape {shape}. For a single image, pass "
            "image[None] (or np.expand_dims(image, 0))."
        ),
        "counts": "len(images) = {n} but len({name}) = {got}: give one value per image.",
        "bad_indices": (
            "{name} {bad} are not valid indices into the {k} class names: "
            "use values from 0 to {last}."
        ),
        "ncols": "ncols must be at least 1, got {ncols}.",
        "plane_shape": (
            "X must have shape (n_examples, 2) to be drawn on a plane, got {shape}: keep two "
            "features, e.g. X[:, :2]."
        ),
        "points": "len(X) = {n} but len(y) = {got}: give one label per point.",
        "y_pred_shape": (
            "y_pred must be one class index per example, got shape {shape}; for probabilities "
            "use probs.argmax(axis=1)."
        ),
        "predictions": (
            "len(y_true) = {n} but len(y_pred) = {got}: give one prediction per example."
        ),
        "y_pred_int": "y_pred must be integer class indices, e.g. probs.argmax(axis=1).",
    },
}


def plot_history(history, metrics=None, lang: str | None = None, log_scale: bool = False):
    """Plot training (and validation) curves from a Keras ``History``; return the figure.

    ``metrics`` lists the quantities to plot, one panel each (default: every metric
    recorded, without its ``val_`` twin, which is drawn in the same panel).
    """
    lang = resolve(lang)
    text = _TEXT[lang]
    logs = getattr(history, "history", history)
    if not isinstance(logs, dict) or not logs:
        raise TypeError(say(_MESSAGES, "not_history", lang, kind=type(history).__name__))
    available = [k for k in logs if not k.startswith("val_")]
    metrics = available if metrics is None else list(metrics)
    unknown = [m for m in metrics if m not in logs]
    if unknown:
        raise ValueError(
            say(
                _MESSAGES,
                "not_recorded",
                lang,
                unknown=", ".join(unknown),
                recorded=", ".join(logs),
            )
        )
    fig, axes = plt.subplots(1, len(metrics), figsize=(4.5 * len(metrics), 3.2), squeeze=False)
    for ax, metric in zip(axes[0], metrics, strict=False):
        epochs = np.arange(1, len(logs[metric]) + 1)
        ax.plot(epochs, logs[metric], label=text["train"])
        if f"val_{metric}" in logs:
            ax.plot(epochs, logs[f"val_{metric}"], label=text["val"], linestyle="--")
            ax.legend()
        ax.set_xlabel(text["epoch"])
        ax.set_ylabel(text.get(metric, metric))
        if log_scale:
            ax.set_yscale("log")
        ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig


def show_images(images, labels=None, class_names=None, predictions=None, ncols: int = 8):
    """Show images in a grid, titled with their labels (and predictions); return the figure.

    ``images``: ``(n, height, width)`` grayscale or ``(n, height, width, 1|3)`` colour.
    ``labels`` / ``predictions``: ``n`` integer classes, named by ``class_names`` if given.
    A wrong prediction is titled in red, as "predicted (true)".
    """
    images = np.asarray(images)
    if images.ndim == 4 and images.shape[-1] == 1:
        images = images[..., 0]
    if images.ndim not in (3, 4) or (images.ndim == 4 and images.shape[-1] != 3):
        raise ValueError(say(_MESSAGES, "images_shape", shape=images.shape))
    n = len(images)
    for name, values in (("labels", labels), ("predictions", predictions)):
        if values is not None and len(values) != n:
            raise ValueError(say(_MESSAGES, "counts", n=n, name=name, got=len(values)))
        if values is not None and class_names is not None:
            bad = [int(v) for v in np.asarray(values) if not 0 <= int(v) < len(class_names)]
            if bad:
                k = len(class_names)
                raise ValueError(
                    say(_MESSAGES, "bad_indices", name=name, bad=bad[:5], k=k, last=k - 1)
                )
    if ncols < 1:
        raise ValueError(say(_MESSAGES, "ncols", ncols=ncols))

    def name(value):
        return class_names[int(value)] if class_names is not None else str(int(value))

    ncols = min(ncols, n)
    nrows = math.ceil(n / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(1.4 * ncols, 1.6 * nrows), squeeze=False)
    for i, ax in enumerate(axes.flat):
        ax.axis("off")
        if i >= n:
            continue
        ax.imshow(images[i], cmap="gray_r" if images.ndim == 3 else None)
        if predictions is not None:
            wrong = labels is not None and int(predictions[i]) != int(labels[i])
            title = name(predictions[i]) + (f"\n({name(labels[i])})" if wrong else "")
            ax.set_title(title, fontsize=8, color="tab:red" if wrong else "black")
        elif labels is not None:
            ax.set_title(name(labels[i]), fontsize=8)
    fig.tight_layout()
    return fig


def plot_decision_boundary(
    predict,
    X,
    y,
    ax=None,
    title=None,
    resolution: int = 200,
    padding: float = 0.5,
    class_names=None,
):
    """Colour the plane by ``predict``'s class and draw the points ``X`` (2 features), ``y``.

    ``predict`` maps an (n, 2) array to n class labels (for example a perceptron's
    ``predict``, or ``lambda X: model.predict(X, verbose=0).argmax(1)``). Returns the axes.
    Used in: perceptron, mlp.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if X.ndim != 2 or X.shape[1] != 2:
        raise ValueError(say(_MESSAGES, "plane_shape", shape=X.shape))
    if len(y) != len(X):
        raise ValueError(say(_MESSAGES, "points", n=len(X), got=len(y)))
    if ax is None:
        _, ax = plt.subplots(figsize=(3.6, 3.2))
    (xmin, ymin), (xmax, ymax) = X.min(0) - padding, X.max(0) + padding
    gx, gy = np.meshgrid(np.linspace(xmin, xmax, resolution), np.linspace(ymin, ymax, resolution))
    grid = np.c_[gx.ravel(), gy.ravel()]
    zz = np.asarray(predict(grid)).reshape(gx.shape)
    classes = np.unique(np.concatenate([np.unique(y), np.unique(zz)]))
    ax.contourf(
        gx, gy, zz, levels=np.append(classes - 0.5, classes[-1] + 0.5), cmap="coolwarm", alpha=0.25
    )
    for label in np.unique(y):
        name = class_names[int(label)] if class_names is not None else str(label)
        ax.scatter(*X[y == label].T, label=name, edgecolor="k", s=40)
    ax.legend(fontsize=8, loc="best")
    if title:
        ax.set_title(title, fontsize=10)
    return ax


def plot_confusion_matrix(
    y_true, y_pred, class_names, lang: str | None = None, normalize: bool = False
):
    """Confusion matrix (rows: true class, columns: predicted) as a labelled figure.

    Used in: fashion-mnist, cnn.
    """
    from sklearn.metrics import confusion_matrix

    lang = resolve(lang)
    true_label, pred_label = _TEXT[lang]["true_class"], _TEXT[lang]["predicted_class"]
    y_true, y_pred = np.asarray(y_true).ravel(), np.asarray(y_pred)
    if y_pred.ndim != 1:
        raise ValueError(say(_MESSAGES, "y_pred_shape", lang, shape=y_pred.shape))
    if len(y_true) != len(y_pred):
        raise ValueError(say(_MESSAGES, "predictions", lang, n=len(y_true), got=len(y_pred)))
    if not np.issubdtype(y_pred.dtype, np.integer):
        raise ValueError(say(_MESSAGES, "y_pred_int", lang))
    k = len(class_names)
    cm = confusion_matrix(y_true, y_pred, labels=range(k))
    shown = cm / cm.sum(axis=1, keepdims=True).clip(min=1) if normalize else cm
    fig, ax = plt.subplots(figsize=(0.55 * k + 2.5, 0.55 * k + 1.8))
    ax.imshow(shown, cmap="Blues")
    ax.set_xticks(range(k), class_names, rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(k), class_names, fontsize=8)
    ax.set_xlabel(pred_label)
    ax.set_ylabel(true_label)
    threshold = shown.max() / 2
    for i in range(k):
        for j in range(k):
            value = format_number(shown[i, j], 2, lang=lang) if normalize else str(cm[i, j])
            ax.text(
                j,
                i,
                value,
                ha="center",
                va="center",
                fontsize=7,
                color="white" if shown[i, j] > threshold else "black",
            )
    fig.tight_layout()
    return fig
