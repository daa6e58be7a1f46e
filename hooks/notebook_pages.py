"""MkDocs hook: notebooks are pages, which mkdocs-static-i18n localises like Markdown.

mkdocs-static-i18n (<= 1.3.1) only treats Markdown files as pages, so a ``name.en.ipynb`` came
out as raw notebook JSON (ultrabug/mkdocs-static-i18n#198). Registering ``.ipynb`` as a page
extension, before any plugin sees the files, makes i18n localise notebooks like pages and lets
mkdocs-jupyter render them. MkDocs runs this file while it reads ``mkdocs.yml``, which is
early enough. ``tests/test_site.py`` fails if a notebook page is not rendered.
"""

from __future__ import annotations

import mkdocs.utils

if ".ipynb" not in mkdocs.utils.markdown_extensions:
    mkdocs.utils.markdown_extensions = (*mkdocs.utils.markdown_extensions, ".ipynb")
