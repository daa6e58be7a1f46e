"""Code shared by the notebooks of *Redes neuronales con Keras y TensorFlow*.

Small modules, one concern each. What a lesson teaches stays in its notebook;
what several lessons need, or what would distract from the lesson, lives here.
"""

from snippets.data import (
    DataUnavailableError,
    class_names,
    load_fashion_mnist,
    load_iris,
)
from snippets.languages import current_language, set_language
from snippets.numbers import format_number
from snippets.plotting import plot_history, show_images
from snippets.reproducibility import seed_everything
from snippets.results import check_result

__all__ = [
    "DataUnavailableError",
    "check_result",
    "class_names",
    "current_language",
    "format_number",
    "load_fashion_mnist",
    "load_iris",
    "plot_history",
    "seed_everything",
    "set_language",
    "show_images",
]
