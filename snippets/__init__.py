"""Code shared by the notebooks of *Redes neuronales con Keras y TensorFlow*.

Small modules, one concern each. What a lesson teaches stays in its notebook;
what several lessons need, or what would distract from the lesson, lives here.

The names below are imported when first used (``from snippets import seed_everything``
imports Keras then), so that code needing only a light module, such as the site's build
reading the self-check questions, does not pay for Keras, TensorFlow and matplotlib.
"""

from __future__ import annotations

import importlib

_WHERE = {
    "DataUnavailableError": "data",
    "class_names": "data",
    "load_fashion_mnist": "data",
    "load_iris": "data",
    "current_language": "languages",
    "set_language": "languages",
    "format_number": "numbers",
    "plot_history": "plotting",
    "show_images": "plotting",
    "seed_everything": "reproducibility",
    "check_result": "results",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'snippets' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"snippets.{_WHERE[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])
