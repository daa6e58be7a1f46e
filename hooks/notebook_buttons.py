"""MkDocs hook: Colab / download / source buttons under the title of every lesson notebook.

Every notebook page, and every lesson page that has a notebook in its folder, gets three
buttons (and the lesson page a fourth, to the notebook's page) built from ``repo_url`` and
``extra.branch`` in ``mkdocs.yml``; the same two settings give the "edit this page" links and
the requirement that the notebooks' first cell installs in Colab (:func:`install_command`).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

if __name__.startswith("hooks."):  # imported by the tests
    from hooks.site_context import is_notebook, language
else:  # loaded by MkDocs, which puts hooks/ on sys.path
    from site_context import is_notebook, language

ROOT = Path(__file__).resolve().parent.parent

LABELS = {
    "es": {
        "colab": "Abrir en Colab",
        "download": "Descargar el cuaderno",
        "source": "Ver el código fuente",
        "page": "Leer el cuaderno aquí",
        "toolbar": "Cuaderno de la lección",
    },
    "en": {
        "colab": "Open in Colab",
        "download": "Download the notebook",
        "source": "View source",
        "page": "Read the notebook here",
        "toolbar": "Lesson notebook",
    },
}


def github_parts(repo_url: str) -> tuple[str, str]:
    """Return ``(owner, repo)`` from a GitHub ``repo_url``."""
    match = re.match(r"https://github\.com/([^/]+)/([^/]+?)/?$", repo_url or "")
    if not match:
        raise ValueError(f"repo_url must look like https://github.com/OWNER/REPO, got {repo_url!r}")
    return match.group(1), match.group(2)


def notebook_links(repo_url: str, branch: str, repo_path: str) -> dict[str, str]:
    """Colab and source URLs for a notebook at ``repo_path`` in the repository."""
    owner, repo = github_parts(repo_url)
    return {
        "colab": f"https://colab.research.google.com/github/{owner}/{repo}/blob/{branch}/{repo_path}",
        "source": f"https://github.com/{owner}/{repo}/blob/{branch}/{repo_path}",
    }


def install_command(repo_url: str, branch: str) -> str:
    """The pip requirement the notebooks' first cell installs in Colab."""
    return f"git+{repo_url.rstrip('/')}.git@{branch}"


def on_config(config):
    branch = config["extra"].get("branch", "main")
    config["edit_uri"] = f"blob/{branch}/docs/"
    return config


def _buttons(config, notebook_file, download_href: str, page_href: str | None) -> str:
    labels = LABELS[language(config)]
    repo_path = Path(notebook_file.abs_src_path).resolve().relative_to(ROOT).as_posix()
    links = notebook_links(config["repo_url"], config["extra"].get("branch", "main"), repo_path)
    name = html.escape(Path(notebook_file.abs_src_path).name)
    items = []
    if page_href is not None:
        items.append(
            f'<a class="md-button md-button--primary" href="{html.escape(page_href)}">'
            f"{labels['page']}</a>"
        )
    items += [
        f'<a class="md-button nb-colab" href="{html.escape(links["colab"])}" '
        f'rel="noopener">{labels["colab"]}</a>',
        f'<a class="md-button nb-download" href="{html.escape(download_href)}" '
        f'download="{name}">{labels["download"]}</a>',
        f'<a class="md-button nb-source" href="{html.escape(links["source"])}" '
        f'rel="noopener">{labels["source"]}</a>',
    ]
    return f'<nav class="nb-buttons" aria-label="{labels["toolbar"]}">' + " ".join(items) + "</nav>"


def _sibling_notebook(page, files):
    """The notebook that lives in the same folder as a lesson's ``index`` page."""
    if Path(page.file.src_uri).stem.split(".")[0] != "index":
        return None
    folder = Path(page.file.abs_src_path).parent
    for file in files.documentation_pages():
        if is_notebook(file) and Path(file.abs_src_path).parent == folder:
            return file
    return None


def _after_title(html_text: str, bar: str) -> str:
    """Insert ``bar`` right after the first ``<h1>``, so the buttons sit under the title."""
    end = html_text.find("</h1>")
    if end == -1:
        return bar + html_text
    cut = end + len("</h1>")
    return html_text[:cut] + bar + html_text[cut:]


def on_page_content(html_text, page, config, files):
    if is_notebook(page.file):
        bar = _buttons(config, page.file, Path(page.file.abs_src_path).name, None)
        return _after_title(html_text, bar)
    notebook = _sibling_notebook(page, files)
    if notebook is None:
        return html_text
    page_href = notebook.url_relative_to(page.file)
    download_href = page_href.rstrip("/") + "/" + Path(notebook.abs_src_path).name
    return _after_title(html_text, _buttons(config, notebook, download_href, page_href))
