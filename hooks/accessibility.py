"""MkDocs hook: small accessibility fixes to Material's markup, checked by axe in the tests.

Material's search box is a ``role="dialog"`` without a name (axe: aria-dialog-name); we
name it with the label of its own input, which Material already translates.
"""

from __future__ import annotations

import re

_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
_LABEL = re.compile(
    r'<input type="text" class="md-search__input" name="query" aria-label="([^"]*)"'
)


def name_search_dialog(html_text: str) -> str:
    """Give Material's search dialog the accessible name of its input."""
    label = _LABEL.search(html_text)
    if _DIALOG not in html_text or label is None:
        return html_text
    named = _DIALOG.replace('role="dialog"', f'role="dialog" aria-label="{label.group(1)}"')
    return html_text.replace(_DIALOG, named, 1)


def on_post_page(output, page, config):
    return name_search_dialog(output)
