"""MkDocs hook: one search index per language, so a search returns pages in the page's language.

mkdocs-static-i18n 1.3 writes a single index with every language in it, and English pages
search it too. We split it: /search/ holds the default language, /en/search/ English; English
pages get their language root as Material's ``base`` (only search resolves against it here),
so a search on a Spanish page returns Spanish pages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import mkdocs.plugins

if __name__.startswith("hooks."):  # imported by the tests
    from hooks.site_context import i18n_plugin, languages, last_build
else:  # loaded by MkDocs, which puts hooks/ on sys.path
    from site_context import i18n_plugin, languages, last_build

_BASE = re.compile(r'("base":\s*")([^"]*)(")')


def on_post_page(output, page, config):
    if i18n_plugin(config) is None:
        return output
    default, _ = languages(config)
    lang = config["theme"]["language"]
    if lang == default:
        return output
    return _BASE.sub(lambda m: f"{m.group(1)}{m.group(2)}/{lang}/{m.group(3)}", output, count=1)


@mkdocs.plugins.event_priority(-200)  # after mkdocs-static-i18n (-100) built every language
def on_post_build(config):
    if not last_build(config):
        return
    site = Path(config["site_dir"])
    index_path = site / "search" / "search_index.json"
    if not index_path.exists():
        return

    index = json.loads(index_path.read_text(encoding="utf-8"))
    default, others = languages(config)
    per_lang = {lang: [] for lang in [default, *others]}
    for doc in index["docs"]:
        lang = next((o for o in others if doc["location"].startswith(f"{o}/")), default)
        if lang != default:
            doc = {**doc, "location": doc["location"][len(lang) + 1 :]}
        per_lang[lang].append(doc)
    for lang, docs in per_lang.items():
        target = index_path if lang == default else site / lang / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        data = {**index, "config": {**index["config"], "lang": [lang]}, "docs": docs}
        target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
