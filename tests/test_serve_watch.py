"""hooks/serve_watch.py: every watch of ``mkdocs serve`` polls every tenth of a second."""

from __future__ import annotations

from mkdocs.livereload import LiveReloadServer

from hooks import serve_watch


def test_every_watch_polls_every_tenth_of_a_second(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "later").mkdir()
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    server.watch(str(tmp_path / "docs"))  # as mkdocs serve does before the event
    assert {e.timeout for e in server.observer.emitters} == {0.5}
    assert serve_watch.on_serve(server, {}, None) is server
    server.watch(str(tmp_path / "later"))  # as ``watch:`` in mkdocs.yml, after it
    assert len(server.observer.emitters) == 2
    assert {e.timeout for e in server.observer.emitters} == {serve_watch.POLL_S}
    assert server.observer.timeout == serve_watch.POLL_S
