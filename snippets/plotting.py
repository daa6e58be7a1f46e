"""Figures the lessons share: training curves, image grids, decision regions, confusion matrices.

Used in: keras-tensorflow, perceptron, mlp, fashion-mnist (and later lessons).
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np

from snippets.languages import resolve

_TEXT = {
    "es": {"epoch": "época", "train": "entrenamiento", "val": "validación", "loss": "pérdida",
           "accuracy": "exactitud", "mae": "error absoluto medio", "mse": "error cuadrático medio"},
    "en": {"epoch": "epoch", "train": "training", "val": "validation", "loss": "loss",
           "accuracy": "accuracy", "mae": "mean absolute error", "mse": "mean squared error"},
}  # fmt: skip


def plot_history(history, metrics=None, lang: str | None = None, log_scale: bool = False):
    """Plot training (and validation) curves from a Keras ``History``; return the figure.

    ``metrics`` lists the quantities to plot, one panel each (default: every metric
    recorded, without its ``val_`` twin, which is drawn in the same panel).
    """
    text = _TEXT[resolve(lang)]
    logs = getattr(history, "history", history)
    if not isinstance(logs, dict) or not logs:
        raise TypeError(
            "plot_history expects the History returned by model.fit(...) (or its .history "
            f"dict), got {type(history).__name__}."
        )
    available = [k for k in logs if not k.startswith("val_")]
    metrics = available if metrics is None else list(metrics)
    unknown = [m for m in metrics if m not in logs]
    if unknown:
        raise ValueError(
            f"Not recorded in this history: {', '.join(unknown)}. Recorded: {', '.join(logs)}."
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
        raise ValueError(
            "show_images expects a batch of images shaped (n, height, width) or "
            f"(n, height, width, 1 or 3), got shape {images.shape}. "
            "For a single image, pass image[None] (or np.expand_dims(image, 0))."
        )
    n = len(images)
    for name, values in (("labels", labels), ("predictions", predictions)):
        if values is not None and len(values) != n:
            raise ValueError(f"Got {n} images but {len(values)} {name}: give one per image.")
        if values is not None and class_names is not None:
            bad = [int(v) for v in np.asarray(values) if not 0 <= int(v) < len(class_names)]
            if bad:
                raise ValueError(
                    f"{name} {bad[:5]} are not valid indices into the "
                    f"{len(class_names)} class names."
                )
    if ncols < 1:
        raise ValueError(f"ncols must be at least 1, got {ncols}.")

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
        raise ValueError(
            f"X must have shape (n_examples, 2) to be drawn on a plane, got {X.shape}."
        )
    if len(y) != len(X):
        raise ValueError(f"Got {len(X)} points but {len(y)} labels.")
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


def plot_confusion_matrix(y_true, y_pred, class_names, lang: str | None = None, normalize: bool = False):
    """Confusion matrix (rows: true class, columns: predicted) as a labelled figure.

    Used in: fashion-mnist, cnn.
    """
    from sklearn.metrics import confusion_matrix

    text = {"es": ("clase real", "clase predicha"), "en": ("true class", "predicted class")}
    true_label, pred_label = text[resolve(lang)]
    y_true, y_pred = np.asarray(y_true).ravel(), np.asarray(y_pred)
    if y_pred.ndim != 1:
        raise ValueError(
            f"y_pred must be one class index per example, got shape {y_pred.shape}; "
            "for probabilities use probs.argmax(axis=1)."
        )
    if len(y_true) != len(y_pred):
        raise ValueError(f"Got {len(y_true)} true labels but {len(y_pred)} predictions.")
    if not np.issubdtype(y_pred.dtype, np.integer):
        raise ValueError("y_pred must be integer class indices, e.g. probs.argmax(axis=1).")
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
            value = f"{shown[i, j]:.2f}" if normalize else str(cm[i, j])
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
