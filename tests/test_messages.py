"""Every message catalogue of snippets says the same things in Spanish and English.

Each localized module keeps its messages in a module-level ``_MESSAGES`` (or ``MESSAGES``)
``{"es": {...}, "en": {...}}`` dict, filled with ``snippets.languages.say``: both languages
must have the same keys, and each message the same ``{placeholders}``, or ``say`` would
raise a ``KeyError`` (or drop a value) in one language only.
"""

import importlib
import string

import pytest

from snippets.exercises import available_lessons
from snippets.languages import LANGUAGES

LOCALIZED = [
    "snippets.activations",
    "snippets.data",
    "snippets.exercises",
    "snippets.gan_checks",
    "snippets.mlp",
    "snippets.numbers",
    "snippets.perceptron",
    "snippets.plotting",
    "snippets.reproducibility",
    "snippets.results",
]
LESSONS = [f"snippets.exercises.{lesson.replace('-', '_')}" for lesson in available_lessons()]
MODULES = LOCALIZED + LESSONS  # a lesson's exercises have a catalogue if they need one

CATALOGUES = [
    (module, name)
    for module in MODULES
    for name in ("_MESSAGES", "MESSAGES")
    if hasattr(importlib.import_module(module), name)
]


def _placeholders(message: str) -> list[tuple[str, str | None, str | None]]:
    """The ``{field!conversion:spec}`` of a format string, in order."""
    return [
        (field, conversion, spec)
        for _, field, spec, conversion in string.Formatter().parse(message)
        if field is not None
    ]


def test_every_localized_module_has_a_catalogue():
    have = {module for module, _ in CATALOGUES}
    assert not [module for module in LOCALIZED if module not in have]


@pytest.mark.parametrize(("module", "name"), CATALOGUES, ids=[f"{m}.{n}" for m, n in CATALOGUES])
def test_catalogue_has_the_same_keys_and_placeholders_in_both_languages(module, name):
    catalogue = getattr(importlib.import_module(module), name)
    assert sorted(catalogue) == sorted(LANGUAGES)
    es, en = catalogue["es"], catalogue["en"]
    assert sorted(es) == sorted(en), f"keys only in one language: {set(es) ^ set(en)}"
    for key in es:
        assert sorted(_placeholders(es[key])) == sorted(_placeholders(en[key])), key
        fields = {field for field, _, _ in _placeholders(es[key])}
        assert not fields & {"messages", "key", "lang"}, f"{key}: say() takes these names itself"
        assert es[key] != en[key] or not any(c.isalpha() for c in es[key]), (
            f"{key}: the Spanish message is the English one"
        )
