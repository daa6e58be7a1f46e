"""One call to make a run repeatable. Used in: every lesson."""

import keras

DEFAULT_SEED = 42


def seed_everything(seed: int = DEFAULT_SEED) -> int:
    """Seed Python's ``random``, NumPy and the Keras backend with ``seed``; return it.

    With the same seed, a notebook re-run on the same machine and library versions
    draws the same initial weights, shuffles and dropout masks. (Different hardware
    or library versions may still differ in the last decimals.)
    """
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ValueError(f"seed must be a non-negative integer, got {seed!r}.")
    keras.utils.set_random_seed(seed)
    return seed
