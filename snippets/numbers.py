"""Numbers as a reader of each language writes them. Used in: every lesson, ``check_result``.

Spanish writes the decimal comma and groups thousands with a thin space only from 10 000 on
(RAE, *Ortografía* 2010, and ISO 80000-1): ``0,8926``, ``2570``, ``203 530``. English writes
``0.8926``, ``2,570``, ``203,530``. ``format_number`` writes both; after ``set_language("es")``,
the tick labels of new matplotlib figures get the decimal comma too (``install_figure_hook``),
so a notebook only formats the numbers it writes itself (titles, legends, annotations).
"""

from __future__ import annotations

import numbers

from snippets.languages import current_language, resolve, say

# U+202F NARROW NO-BREAK SPACE: the thin space of the RAE and ISO 80000-1, which never breaks a
# number across two lines.
THIN_SPACE = "\u202f"
FIGURE_HOOK = "snippets.numbers:localize_figure"

_MESSAGES = {
    "es": {
        "not_number": "format_number espera un número, pero ha recibido {kind}.",
        "both": "Indica decimals (cifras tras la coma) o digits (cifras significativas), no ambos.",
        "negative": "{name} debe ser un entero no negativo; ha recibido {value!r}.",
    },
    "en": {
        "not_number": "format_number expects a number, got {kind}.",
        "both": "Give decimals (digits after the point) or digits (significant digits), not both.",
        "negative": "{name} must be a non-negative integer, got {value!r}.",
    },
}


def format_number(
    value, decimals: int | None = None, *, digits: int | None = None, lang: str | None = None
) -> str:
    """``value`` written for a reader of ``lang`` (default: the notebook's language).

    - an integer, as is with thousands grouped: ``203 530`` (es) / ``203,530`` (en);
    - ``decimals=k``: ``k`` digits after the decimal sign: ``format_number(18.986, 2)`` is
      ``18,99`` / ``18.99``;
    - otherwise ``digits`` significant digits (4 by default), as Python's ``g`` format:
      ``0,8926``, ``2,26e-05``.

    >>> format_number(203530, lang="es"), format_number(0.89264, lang="en")
    ('203\u202f530', '0.8926')
    """
    lang = resolve(lang)
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        try:  # 0-d arrays and tensors convert; lists and strings do not
            value = value.item() if hasattr(value, "item") else value
        except (TypeError, ValueError):
            pass
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise TypeError(say(_MESSAGES, "not_number", lang, kind=type(value).__name__))
    if decimals is not None and digits is not None:
        raise ValueError(say(_MESSAGES, "both", lang))
    for name, count in (("decimals", decimals), ("digits", digits)):
        if count is not None and (
            isinstance(count, bool) or not isinstance(count, int) or count < 0
        ):
            raise ValueError(say(_MESSAGES, "negative", lang, name=name, value=count))
    if isinstance(value, numbers.Integral) and decimals is None and digits is None:
        text = f"{int(value):,}"
    elif decimals is not None:
        text = f"{float(value):,.{decimals}f}"
    else:
        text = f"{float(value):.{digits or 4}g}"
    return text if lang == "en" else to_spanish(text)


def to_spanish(text: str) -> str:
    """An English-formatted number (``12,345.6``, ``2,570``) in Spanish (``12 345,6``, ``2570``)."""
    sign = text[:1] if text[:1] in "+-−" else ""
    body = text[len(sign) :]
    whole, dot, rest = body.partition(".")
    if "e" in whole:  # 1e-05: no decimal sign, nothing to group
        return text
    digits_only = whole.replace(",", "")
    if digits_only.isdigit():
        grouped = f"{int(digits_only):,}".replace(",", THIN_SPACE)
        whole = grouped if len(digits_only) > 4 else digits_only
    return sign + whole + ("," if dot else "") + rest


def _spanish_label(text: str) -> str:
    """A tick label in Spanish: plain text, or matplotlib mathtext (``$...$``)."""
    if "$" in text:  # in mathtext a bare comma adds a space after it: write {,}
        return text.replace(".", "{,}")
    return text.replace(".", ",")


class _SpanishTicks:
    """Mixin for a matplotlib tick formatter: the same labels, with the decimal comma."""

    def __call__(self, x, pos=None):
        return _spanish_label(super().__call__(x, pos))

    def get_offset(self):
        return _spanish_label(super().get_offset())

    def format_data_short(self, value):
        return _spanish_label(super().format_data_short(value))


_spanish_classes: dict[type, type] = {}


def _localize_formatter(formatter) -> None:
    from matplotlib import ticker

    cls = type(formatter)
    if cls in _spanish_classes.values() or not issubclass(
        cls, (ticker.ScalarFormatter, ticker.LogFormatter)
    ):
        return  # already Spanish, or a formatter the lesson chose (it writes its own labels)
    if cls not in _spanish_classes:
        _spanish_classes[cls] = type(f"Spanish{cls.__name__}", (_SpanishTicks, cls), {})
    formatter.__class__ = _spanish_classes[cls]


def localize_figure(fig) -> None:
    """Make ``fig``'s default tick labels follow the notebook's language at every draw.

    matplotlib calls it for every figure pyplot creates once ``install_figure_hook`` has run
    (the ``figure.hooks`` setting, matplotlib ≥ 3.7).
    """
    draw = fig.draw

    def draw_localized(renderer):
        if current_language() == "es":
            for ax in fig.axes:
                for axis in (ax.xaxis, ax.yaxis, getattr(ax, "zaxis", None)):
                    if axis is None:
                        continue
                    _localize_formatter(axis.get_major_formatter())
                    _localize_formatter(axis.get_minor_formatter())
        return draw(renderer)

    fig.draw = draw_localized


def install_figure_hook() -> None:
    """Register ``localize_figure`` with matplotlib (once)."""
    import matplotlib as mpl

    hooks = list(mpl.rcParams["figure.hooks"])
    if FIGURE_HOOK not in hooks:
        mpl.rcParams["figure.hooks"] = [*hooks, FIGURE_HOOK]
