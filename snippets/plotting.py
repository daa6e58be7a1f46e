"""Figures the lessons share: training curves and labelled image grids.

Used in: keras-tensorflow, fashion-mnist (and later lessons).
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np

from snippets.languages import check_language

_TEXT = {
    "es": {"epoch": "época", "train": "entrenamiento", "val": "validación", "loss": "pérdida",
           "accuracy": "exactitud", "mae": "error absoluto medio", "mse": "error cuadrático medio"},
    "en": {"epoch": "epoch", "train": "training", "val": "validation", "loss": "loss",
           "accuracy": "accuracy", "mae": "mean absolute error", "mse": "mean squared error"},
}  # fmt: skip


def plot_history(history, metrics=None, lang: str = "es", log_scale: bool = False):
    """Plot training (and validation) curves from a Keras ``History``; return the figure.

    ``metrics`` lists the quantities to plot, one panel each (default: every metric
    recorded, without its ``val_`` twin, which is drawn in the same panel).
    """
    text = _TEXT[check_language(lang)]
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
