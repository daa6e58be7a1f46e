"""The course's two languages, and the one check every localised helper uses."""

LANGUAGES = ("es", "en")


def check_language(lang: str) -> str:
    """Return ``lang`` if the course speaks it, else raise a ``ValueError`` that says which do."""
    if lang not in LANGUAGES:
        raise ValueError(
            f"Unknown language {lang!r}: use one of {', '.join(map(repr, LANGUAGES))} "
            "(Spanish or English)."
        )
    return lang
