"""One call to make a run repeatable. Used in: every lesson."""

import keras

from snippets.languages import say

DEFAULT_SEED = 42

_MESSAGES = {
    "es": {
        "seed": "seed debe ser un entero no negativo (por ejemplo 42), pero has pasado {seed!r}.",
    },
    "en": {
        "seed": "seed must be a non-negative integer (e.g. 42), got {seed!r}.",
    },
}


def seed_everything(seed: int = DEFAULT_SEED) -> int:
    """Seed Python's ``random``, NumPy and the Keras backend with ``seed``; return it.

    With the same seed, a notebook draws the same initial weights, shuffles and dropout
    masks. Its results are not exactly the same everywhere: TensorFlow's operations are
    not deterministic by default (threads sum in different orders), so a trained model's
    figures can move by a few hundredths from one machine or run to another, more on a GPU.
    The asserted bars allow for that.
    """
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ValueError(say(_MESSAGES, "seed", seed=seed))
    keras.utils.set_random_seed(seed)
    return seed
