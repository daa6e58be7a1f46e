"""hooks/notebook_cache.py and hooks/search_cache.py: what a rebuild reuses is never stale."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

from hooks import notebook_cache, search_cache

NOTEBOOK = ROOT / "docs" / "perceptron" / "perceptron.en.ipynb"
PAGE = Path("en") / "perceptron" / "perceptron" / "index.html"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    directory = tmp_path / "cache"
    monkeypatch.setenv("COURSE_CACHE_DIR", str(directory))
    monkeypatch.delenv("COURSE_CACHE", raising=False)
    yield directory
    notebook_cache._stop(list(notebook_cache.CHILDREN))  # no child outlives its test
    notebook_cache.PENDING.clear()


def _counting(value):
    calls = []

    def render():
        calls.append(1)
        return value

    return render, calls


def _render_often(notebook, rounds):
    """A build's calls to ``cached``, in a child process; what went wrong, or None."""
    try:
        for i in range(rounds):
            Path(notebook).write_text(json.dumps({"cells": [i % 3]}), encoding="utf-8")
            value = notebook_cache.cached("html", notebook, {}, lambda: "x" * 50_000)
            assert value == "x" * 50_000
    except Exception as error:  # noqa: BLE001 - reported to the parent
        return repr(error)
    return None


def test_two_builds_at_once_share_the_cache_without_failing(cache, tmp_path):
    """As under ``make test`` (two pytest processes, each building the site): entries written,
    replaced and read by two processes at once never raise nor return a partial value."""
    import multiprocessing

    notebook = tmp_path / "lesson.en.ipynb"
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        errors = pool.starmap(_render_often, [(str(notebook), 200)] * 2)
    assert errors == [None, None]
    assert not list(cache.glob("*.tmp")), "a temporary file was left behind"


def test_an_entry_is_reused_until_the_notebook_changes(cache, tmp_path):
    notebook = tmp_path / "lesson.en.ipynb"
    notebook.write_text('{"cells": []}', encoding="utf-8")
    render, calls = _counting("<p>one</p>")
    assert notebook_cache.cached("html", notebook, {"theme": "light"}, render) == "<p>one</p>"
    assert notebook_cache.cached("html", notebook, {"theme": "light"}, render) == "<p>one</p>"
    assert len(calls) == 1
    notebook.write_text('{"cells": [1]}', encoding="utf-8")
    render, calls = _counting("<p>two</p>")
    assert notebook_cache.cached("html", notebook, {"theme": "light"}, render) == "<p>two</p>"
    assert len(calls) == 1
    assert len(list(cache.glob("*.json"))) == 1, "the old entry of the notebook stays behind"


def test_every_part_of_the_key_counts(tmp_path, monkeypatch):
    notebook = tmp_path / "lesson.es.ipynb"
    notebook.write_text('{"cells": []}', encoding="utf-8")
    hook = tmp_path / "hook.py"
    hook.write_text("x = 1\n", encoding="utf-8")
    monkeypatch.setattr(notebook_cache, "HOOKS", (hook,))
    keys = {notebook_cache.key("html", notebook, {"no_prompt": False})}
    keys.add(notebook_cache.key("toc", notebook, {"no_prompt": False}))
    keys.add(notebook_cache.key("html", notebook, {"no_prompt": True}))
    hook.write_text("x = 2\n", encoding="utf-8")
    keys.add(notebook_cache.key("html", notebook, {"no_prompt": False}))
    monkeypatch.setattr(notebook_cache, "VERSIONS", notebook_cache.VERSIONS + "nbconvert=99\n")
    keys.add(notebook_cache.key("html", notebook, {"no_prompt": False}))
    notebook.write_text('{"cells": [ ]}', encoding="utf-8")
    keys.add(notebook_cache.key("html", notebook, {"no_prompt": False}))
    assert len(keys) == 6


def test_the_key_covers_the_rendering_hooks_and_libraries():
    assert set(notebook_cache.HOOKS) == {
        ROOT / "hooks" / "notebook_cache.py",
        ROOT / "hooks" / "notebook_render.py",
    }
    assert {"mkdocs-jupyter", "nbconvert", "pygments"} <= set(notebook_cache.LIBRARIES)


def test_turned_off_and_executed_notebooks_are_never_cached(cache, tmp_path, monkeypatch):
    notebook = tmp_path / "lesson.en.ipynb"
    notebook.write_text('{"cells": []}', encoding="utf-8")
    render, calls = _counting("<p>x</p>")
    monkeypatch.setenv("COURSE_CACHE", "0")
    notebook_cache.cached("html", notebook, {}, render)
    notebook_cache.cached("html", notebook, {}, render)
    assert len(calls) == 2 and not cache.exists()
    monkeypatch.setenv("COURSE_CACHE", "1")
    seen = []
    monkeypatch.setattr(notebook_cache, "_original_nb2html", lambda path, **kw: seen.append(kw))
    notebook_cache.nb2html(notebook, execute=True)
    notebook_cache.nb2html(notebook, execute=True)
    assert len(seen) == 2 and not cache.exists()


def _child(notebook: Path, value: str | None, delay: float) -> int:
    """A process that, like one of prefetch's, writes ``notebook``'s entry after ``delay`` s
    (or, with ``value`` None, exits without writing it), registered as rendering it."""
    pid = os.fork()
    if pid == 0:
        status = 1
        try:
            time.sleep(delay)
            if value is not None:
                notebook_cache.cached("html", notebook, {}, lambda: value)
            status = 0
        finally:
            os._exit(status)
    notebook_cache.CHILDREN.add(pid)
    notebook_cache.PENDING[str(notebook.resolve())] = pid
    return pid


@pytest.mark.skipif(not hasattr(os, "fork"), reason="prefetch needs POSIX fork")
def test_the_build_waits_for_a_child_rendering_the_notebook(cache, tmp_path):
    """The build reaches a notebook that a child is still rendering: it takes the child's
    HTML when it is written, and does not render the notebook a second time."""
    notebook = tmp_path / "lesson.es.ipynb"
    notebook.write_text('{"cells": []}', encoding="utf-8")
    _child(notebook, "<p>from the child</p>", delay=0.3)
    render, calls = _counting("<p>from the build</p>")
    assert notebook_cache.cached("html", notebook, {}, render) == "<p>from the child</p>"
    assert calls == []
    notebook_cache._finish(60)
    assert not notebook_cache.PENDING and not notebook_cache.CHILDREN


@pytest.mark.skipif(not hasattr(os, "fork"), reason="prefetch needs POSIX fork")
def test_the_build_renders_what_a_failed_child_left(cache, tmp_path):
    notebook = tmp_path / "lesson.es.ipynb"
    notebook.write_text('{"cells": []}', encoding="utf-8")
    start = time.monotonic()
    _child(notebook, None, delay=0.2)
    render, calls = _counting("<p>from the build</p>")
    assert notebook_cache.cached("html", notebook, {}, render) == "<p>from the build</p>"
    assert time.monotonic() - start >= 0.2, "the build did not wait for the child"
    assert len(calls) == 1
    assert not notebook_cache.PENDING and not notebook_cache.CHILDREN


@pytest.mark.skipif(not hasattr(os, "fork"), reason="prefetch needs POSIX fork")
def test_a_child_that_gives_nothing_is_stopped(cache, tmp_path, monkeypatch, caplog):
    """Only that child: a sibling still rendering goes on, and the build does not wait for it."""
    monkeypatch.setattr(notebook_cache, "AWAIT_S", 0.2)
    notebook = tmp_path / "lesson.es.ipynb"
    notebook.write_text('{"cells": []}', encoding="utf-8")
    sibling_notebook = tmp_path / "other.es.ipynb"
    sibling_notebook.write_text('{"cells": [1]}', encoding="utf-8")
    pid = _child(notebook, None, delay=60)
    sibling = _child(sibling_notebook, "<p>late</p>", delay=60)
    render, calls = _counting("<p>from the build</p>")
    start = time.monotonic()
    with caplog.at_level("INFO"):
        assert notebook_cache.cached("html", notebook, {}, render) == "<p>from the build</p>"
    assert time.monotonic() - start < 30, "the build waited for the sibling too"
    assert len(calls) == 1 and "no page from a child" in caplog.text
    assert notebook_cache.CHILDREN == {sibling}
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # stopped and waited for
    notebook_cache._finish(0.1)  # the end of the build: the sibling is stopped too
    assert not notebook_cache.CHILDREN
    with pytest.raises(ProcessLookupError):
        os.kill(sibling, 0)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="prefetch needs POSIX fork")
def test_a_failed_build_leaves_no_child(cache, tmp_path):
    notebook = tmp_path / "lesson.es.ipynb"
    notebook.write_text('{"cells": []}', encoding="utf-8")
    pid = _child(notebook, "<p>late</p>", delay=60)
    notebook_cache.on_build_error(RuntimeError("a strict warning"))
    assert not notebook_cache.CHILDREN and not notebook_cache.PENDING
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_old_temporary_files_of_gone_processes_are_removed(tmp_path):
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    orphan = tmp_path / f"nb.html-abc.{gone.pid}.tmp"
    young = tmp_path / f"nb.html-ghi.{gone.pid}.tmp"
    mine = tmp_path / f"nb.html-def.{os.getpid()}.tmp"
    for temporary in (orphan, young, mine):
        temporary.write_text("{", encoding="utf-8")
    an_hour_ago = time.time() - 3600
    for temporary in (orphan, mine):
        os.utime(temporary, (an_hour_ago, an_hour_ago))
    notebook_cache._remove_orphans(tmp_path)
    assert not orphan.exists() and young.exists() and mine.exists()


def _plugin_config() -> dict:
    from mkdocs_jupyter.plugin import Plugin

    plugin = Plugin()
    plugin.load_config({})
    return plugin.config


@pytest.mark.skipif(
    not hasattr(os, "fork") or notebook_cache._workers() < 2, reason="prefetch needs fork, 2 CPUs"
)
def test_prefetch_renders_in_children_except_under_the_server(cache, monkeypatch):
    config = _plugin_config()
    html, _ = notebook_cache.plugin_arguments(config)
    notebooks = [str(NOTEBOOK), str(NOTEBOOK.with_name("perceptron.es.ipynb"))]
    monkeypatch.setitem(notebook_cache.SERVING, "now", True)
    assert notebook_cache.prefetch(notebooks, config) == 0 and not notebook_cache.CHILDREN
    monkeypatch.setitem(notebook_cache.SERVING, "now", False)
    assert notebook_cache.prefetch(notebooks, config) == 2
    assert set(notebook_cache.PENDING) == set(notebooks)
    for path in notebooks:
        assert "jp-Notebook" in notebook_cache.cached("html", path, html, lambda: "not here")
    notebook_cache._finish(60)
    assert notebook_cache.prefetch(notebooks, config) == 0  # all in the cache now


def test_the_language_built_first_is_rendered_first():
    paths = ["a/a.en.ipynb", "a/a.es.ipynb", "b/b.en.ipynb", "b/b.es.ipynb"]
    config = {"theme": {"language": "es"}, "plugins": {}}
    assert notebook_cache._build_order(paths, config) == [
        "a/a.es.ipynb",
        "b/b.es.ipynb",
        "a/a.en.ipynb",
        "b/b.en.ipynb",
    ]


def test_the_plugin_renders_through_the_cache():
    import mkdocs_jupyter.plugin as jupyter_plugin

    assert jupyter_plugin.convert.nb2html is notebook_cache.nb2html
    assert jupyter_plugin._get_nb_toc_tokens is notebook_cache.toc_tokens
    assert jupyter_plugin.convert.nb2md is jupyter_plugin.convert.course_original.nb2md


SEARCH_HTML = [
    "<h1 id='a'>Title</h1><p>Some <code>text</code></p><h2 id='b'>Two</h2><ul><li>x</li></ul>",
    "<p>Before any heading</p><h2 id='c'>C</h2><script>skip()</script><p>after</p>",
]


def _sections(parser_class, html: str) -> list[tuple]:
    parser = parser_class()
    parser.feed(html)
    parser.close()
    return [(s.id, list(s.title), list(s.text), s.is_excluded()) for s in parser.data]


@pytest.mark.parametrize("html", SEARCH_HTML)
def test_search_sections_are_the_stock_parser_s(html):
    stock = _sections(search_cache.StockParser, html)
    assert _sections(search_cache.RememberingParser, html) == stock
    assert _sections(search_cache.RememberingParser, html) == stock


def test_a_remembered_section_is_a_copy():
    """The search plugin sets a section's title to the page's title when it has none."""
    first = search_cache.RememberingParser()
    first.feed(SEARCH_HTML[1])
    first.data[0].title = ["Page title"]
    again = search_cache.RememberingParser()
    again.feed(SEARCH_HTML[1])
    assert again.data[0].title == []


def _project_copy(tmp_path: Path) -> Path:
    ignore = shutil.ignore_patterns(
        ".git", ".venv*", "site", ".cache", "node_modules", "build", "*.egg-info", "__pycache__"
    )
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=ignore)
    return project


def _build(project: Path, cache: Path, name: str) -> Path:
    site = project.parent / name
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "COURSE_CACHE_DIR": str(cache)},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    BUILD_LOGS[site] = result.stderr
    return site


BUILD_LOGS: dict[Path, str] = {}


def _pages(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*.html")}


def test_a_warm_build_is_the_cold_build_and_follows_every_change(tmp_path):
    project = _project_copy(tmp_path)
    cache = tmp_path / "cache"
    cold = _build(project, cache, "cold")
    assert len(list(cache.glob("*.json"))) == 2 * len(list((project / "docs").rglob("*.ipynb")))
    # Rendered in parallel with the plugin's own arguments: the build itself renders none.
    assert "notebooks rendered in parallel" in BUILD_LOGS[cold]
    assert BUILD_LOGS[cold].count("notebook cache: 0 renders in the build's own process") == 2
    warm = _build(project, cache, "warm")
    assert _pages(warm) == _pages(cold)
    page = (warm / PAGE).read_text(encoding="utf-8")

    notebook = project / NOTEBOOK.relative_to(ROOT)
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    markdown = next(cell for cell in nb["cells"] if cell["cell_type"] == "markdown")
    markdown["source"] = [*markdown["source"], "\n\nA sentence added to the notebook."]
    notebook.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    edited = (_build(project, cache, "notebook") / PAGE).read_text(encoding="utf-8")
    assert "A sentence added to the notebook." in edited

    settings = project / "mkdocs.yml"
    text = settings.read_text(encoding="utf-8")
    assert "      include_source: true\n" in text
    settings.write_text(text.replace("      include_source: true\n", "      no_prompt: true\n"))
    no_prompt = (_build(project, cache, "setting") / PAGE).read_text(encoding="utf-8")
    assert "jp-InputPrompt" in page and "jp-InputPrompt" not in no_prompt
    settings.write_text(text, encoding="utf-8")

    hook = project / "hooks" / "notebook_render.py"
    source = hook.read_text(encoding="utf-8")
    assert "_FOCUSABLE.sub('<div tabindex=\"0\"', html)" in source
    hook.write_text(source.replace('<div tabindex="0"', '<div tabindex="0" data-edited'))
    rerendered = (_build(project, cache, "hook") / PAGE).read_text(encoding="utf-8")
    assert "data-edited" in rerendered and "data-edited" not in page
