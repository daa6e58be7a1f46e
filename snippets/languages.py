"""The course's two languages: which one a notebook speaks, and its messages.

A notebook says its language once, ``set_language("es")`` (or ``"en"``), in its set-up cell;
the helpers of ``snippets`` then print, label figures and raise errors in that language.
Spanish is the default, as on the site.
"""

from __future__ import annotations

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"

_current = DEFAULT_LANGUAGE


def check_language(lang: str) -> str:
    """Return ``lang`` if the course speaks it, else raise a ``ValueError`` that says which do."""
    if lang not in LANGUAGES:
        raise ValueError(
            f"Unknown language {lang!r}: use one of {', '.join(map(repr, LANGUAGES))} "
            "(Spanish or English) / usa 'es' (español) o 'en' (inglés)."
        )
    return lang


def set_language(lang: str) -> str:
    """Make ``lang`` ("es" or "en") the language of every helper's text; return it.

    It also makes the numbers on new matplotlib figures follow the language (decimal comma
    in Spanish), see :mod:`snippets.numbers`.
    """
    global _current
    _current = check_language(lang)
    from snippets.numbers import install_figure_hook

    install_figure_hook()
    return _current


def current_language() -> str:
    """The language set with ``set_language`` (Spanish until a notebook says otherwise)."""
    return _current


def resolve(lang: str | None) -> str:
    """``lang`` if given (checked), else the current language."""
    return _current if lang is None else check_language(lang)


def say(messages: dict[str, dict[str, str]], key: str, lang: str | None = None, **fields) -> str:
    """The message ``key`` of a ``{"es": {...}, "en": {...}}`` catalogue, filled with ``fields``."""
    return messages[resolve(lang)][key].format(**fields)
