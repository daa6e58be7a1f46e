"""What the course's hooks ask of the build they run in: its language, i18n, notebook pages;
the one way they write a script into a page, and what they remember between rebuilds.

Not a hook itself: the hooks import it. MkDocs 1.6 loads a hook by its path (the module is
named ``hooks/<name>.py``, not ``hooks.<name>``) with ``hooks/`` put first on ``sys.path``
while the file runs, so a hook imports this module as ``site_context``; the tests import
the hooks as the package ``hooks``, and so this module as ``hooks.site_context``. It keeps no
state, so the two copies that a test run may hold can never disagree.
"""

from __future__ import annotations

import hashlib

LANGUAGES = ("es", "en")  # the languages the hooks write their own texts in


def language(config) -> str:
    """The language of the build running now: English for one the hooks have no texts in."""
    lang = config["theme"]["language"]
    return lang if lang in LANGUAGES else "en"


def i18n_plugin(config):
    """The mkdocs-static-i18n plugin, or ``None`` where the site does not use it."""
    return config["plugins"].get("i18n")


def languages(config) -> tuple[str, list[str]]:
    """The default language and the others, as mkdocs-static-i18n builds them."""
    plugin = i18n_plugin(config)
    default = plugin.default_language
    others = [lang for lang in plugin.all_languages if lang != default]
    return default, others


def last_build(config) -> bool:
    """Whether this is the end of the whole build, after i18n's last per-language build.

    mkdocs-static-i18n runs one nested build per other language from its own
    ``on_post_build``; the site is complete only when the outer build's event comes back.
    Never true without the plugin.
    """
    plugin = i18n_plugin(config)
    return plugin is not None and not plugin.building


def is_notebook(file) -> bool:
    """Whether a MkDocs file is a notebook (a page that mkdocs-jupyter renders)."""
    return file.abs_src_path is not None and file.abs_src_path.endswith(".ipynb")


def inline_script(js: str) -> str:
    """``js`` (readable in the hook, one statement per line) as one ``<script>`` line."""
    return "<script>" + "".join(line.strip() for line in js.splitlines()) + "</script>"


def latest(store: dict, key, source: str, make):
    """``make(source)``, or what it gave last time for ``key`` if ``source`` is the same
    (compared by SHA-256). One result per key, for the life of the process: ``make serve``
    rebuilds every page at each save, and most pages have not changed."""
    digest = hashlib.sha256(source.encode()).hexdigest()
    seen = store.get(key)
    if seen is None or seen[0] != digest:
        seen = store[key] = (digest, make(source))
    return seen[1]
