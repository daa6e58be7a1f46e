"""What the hooks remember between the rebuilds of ``make serve`` is keyed by all they read:
an edited page, or the same page in the other language, is never served from an earlier build."""

from __future__ import annotations

from types import SimpleNamespace

from hooks import notebook_slim, notebook_styles, questions

CELL = '<div class="highlight-ipynb hl-python"><pre><span class="n">x</span> = 1</pre></div>'


def _notebook_page(tmp_path, lang="es"):
    file = SimpleNamespace(src_uri="l/l.es.ipynb", abs_dest_path=str(tmp_path / "l" / "index.html"))
    config = {"site_dir": str(tmp_path), "theme": {"language": lang}}
    return SimpleNamespace(file=file), config


def test_a_slimmed_notebook_page_follows_its_html_and_its_language(tmp_path, monkeypatch):
    monkeypatch.setattr(notebook_slim, "is_notebook", lambda file: True)
    page, es = _notebook_page(tmp_path, "es")
    _, en = _notebook_page(tmp_path, "en")
    first = notebook_slim.on_page_content(CELL, page, es, None)
    assert notebook_slim.on_page_content(CELL, page, es, None) == first
    assert "Copiar al portapapeles" in first
    assert "Copy to clipboard" in notebook_slim.on_page_content(CELL, page, en, None)
    edited = notebook_slim.on_page_content(CELL.replace("1", "2"), page, es, None)
    assert "= 2" in edited and edited != first


def test_a_notebook_page_s_styles_follow_its_html(tmp_path, monkeypatch):
    monkeypatch.setattr(notebook_styles, "is_notebook", lambda file: True)
    page, config = _notebook_page(tmp_path)
    one = notebook_styles.on_page_content("<style>.a{}</style>" + CELL, page, config, None)
    two = notebook_styles.on_page_content("<style>.b{}</style>" + CELL, page, config, None)
    assert one != two and "<style" not in one + two  # two stylesheets, one per content
    assert notebook_styles.on_page_content(CELL, page, config, None) == CELL


def test_a_question_s_text_is_converted_from_its_own_source():
    assert questions.fragment("*a*", "q1", inline=True) == "<em>a</em>"
    assert questions.fragment("*b*", "q1", inline=True) == "<em>b</em>"
    assert questions.fragment("*a*", "q1") == "<p><em>a</em></p>"
