"""MkDocs hook: one 404 page per language, where mkdocs-static-i18n 1.3 leaves only the last.

Each language's build writes its ``404.html`` to the same file at the site's root, so the
last language built wins. We keep each language's page as it is rendered and, once every
language is built, write the default language's to ``404.html`` and each other's to
``<lang>/404.html``.
"""

from __future__ import annotations

from pathlib import Path

import mkdocs.plugins

if __name__.startswith("hooks."):  # imported by the tests
    from hooks.site_context import i18n_plugin, languages, last_build
else:  # loaded by MkDocs, which puts hooks/ on sys.path
    from site_context import i18n_plugin, languages, last_build

_NOT_FOUND: dict[str, str] = {}


def on_post_template(output, template_name, config):
    """Keep each language's 404 page: every build writes it to the same root file."""
    if template_name == "404.html" and i18n_plugin(config) is not None:
        _NOT_FOUND[config["theme"]["language"]] = output
    return output


@mkdocs.plugins.event_priority(-200)  # after mkdocs-static-i18n (-100) built every language
def on_post_build(config):
    if not last_build(config):
        return
    site = Path(config["site_dir"])
    default, _ = languages(config)
    for lang, page in _NOT_FOUND.items():
        target = site / "404.html" if lang == default else site / lang / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
