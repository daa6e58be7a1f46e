"""Assert a lesson's key result and record it for the benchmark. Used in: every lesson.

``check_result`` raises ``AssertionError`` when a result misses its bar, so nbval fails
and CI goes red. It also publishes the value as display data with the media type
``RESULT_MIME``; ``tools/notebooks.py bench`` reads it back from the executed notebook.
"""

from __future__ import annotations

import math

RESULT_MIME = "application/vnd.course.result+json"


def check_result(
    name: str,
    value: float,
    *,
    at_least: float | None = None,
    at_most: float | None = None,
    target: float | None = None,
    tol: float | None = None,
) -> None:
    """Check that ``value`` meets its bar and show it; raise ``AssertionError`` if it misses.

    Give either ``at_least`` and/or ``at_most``, or ``target`` with ``tol``
    (``|value - target| <= tol``).

    >>> check_result("accuracy", 0.95, at_least=0.93)  # doctest: +SKIP
    ✔ accuracy = 0.95 (bar: ≥ 0.93)
    """
    if (target is None) != (tol is None):
        raise ValueError("Give target and tol together, e.g. target=19, tol=0.5.")
    if target is None and at_least is None and at_most is None:
        raise ValueError("Give a bar: at_least=..., at_most=..., or target=... with tol=....")
    if target is not None and (at_least is not None or at_most is not None):
        raise ValueError("Give either target/tol or at_least/at_most, not both.")
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise TypeError(f"{name}: expected a number, got {type(value).__name__}.") from None
    # Plain floats: NumPy scalars would not serialise into the notebook's JSON.
    at_least, at_most, target, tol = (
        None if v is None else float(v) for v in (at_least, at_most, target, tol)
    )
    if target is not None:
        at_least, at_most = target - tol, target + tol
        bar = f"{target:g} ± {tol:g}"
    else:
        bar = " and ".join(
            part
            for part in (
                f"≥ {at_least:g}" if at_least is not None else "",
                f"≤ {at_most:g}" if at_most is not None else "",
            )
            if part
        )
    ok = bool(
        not math.isnan(value)
        and (at_least is None or value >= at_least)
        and (at_most is None or value <= at_most)
    )
    _publish(name, value, bar, ok, at_least, at_most)
    if not ok:
        raise AssertionError(f"{name} = {value:.4g} misses its bar ({bar}).")


def _publish(name, value, bar, ok, at_least, at_most) -> None:
    text = f"{'✔' if ok else '✘'} {name} = {value:.4g} (bar: {bar})"
    record = {
        "name": name,
        "value": value,
        "bar": bar,
        "passed": ok,
        "at_least": at_least,
        "at_most": at_most,
    }
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:  # plain Python: just print
        print(text)
        return
    if get_ipython() is None:
        print(text)
        return
    display({"text/plain": text, RESULT_MIME: record}, raw=True)
