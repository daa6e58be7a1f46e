"""MkDocs hook: ``make serve`` converts a Markdown page again only when its inputs change.

MkDocs rebuilds the whole site, both languages, after every save, and Python-Markdown's
conversion of the 36 Markdown pages was a third of that rebuild, although one save changes
one page. Here ``Page.render`` keeps, for the life of the process, the last conversion of each
page and language (one per page, so memory stays bounded), with a SHA-256 of everything the
conversion reads:

- the page's Markdown, after every ``on_page_markdown`` hook;
- the page's place: its source file, its destination and its URL;
- every file of the build with its URL (links are checked and rewritten against them);
- the Markdown extensions and their settings, and the link validation settings;
- the state of an extension that ``mkdocs.yml`` does not hold, such as the glossary's entries
  for the page: an extension object in ``markdown_extensions`` declares it with a
  ``memo_key()`` method, and a page is not remembered while one does not.

What the conversion gives is restored as MkDocs sets it: the HTML, the table of contents
(a copy, which a hook may change), the title, the anchors of the page and its links to other
pages' anchors (bound to this build's files). What it logged (a broken link) is logged again,
so ``--strict`` fails on every rebuild, not only on the first one.

A new process (``mkdocs build``, a new ``make serve``) starts with nothing remembered.
Notebook pages are rendered by mkdocs-jupyter, which replaces ``render`` on the page itself,
and never come here. ``tests/test_markdown_memo.py`` checks that each part of the key counts,
that a restored page can be changed without changing what is remembered, and what is logged.
"""

from __future__ import annotations

import copy
import hashlib
import logging
import threading

from mkdocs.structure.pages import Page

# MkDocs 1.6 executes a hook's file once per process; should it ever execute it again, wrap
# the stock method, not a wrapper, and keep what was remembered.
_stock_render = getattr(Page.render, "course_stock", Page.render)
REMEMBERED: dict[tuple[str, str], tuple[str, dict]] = getattr(_stock_render, "course_memo", {})
_stock_render.course_memo = REMEMBERED


def _files_digest(files) -> str:
    """Every file of the build with its destination and URL, once per build's ``Files``."""
    digest = getattr(files, "course_digest", None)
    if digest is None:
        lines = sorted(f"{f.src_uri}\t{f.dest_uri}\t{f.url}\t{f.inclusion}" for f in files)
        digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
        files.course_digest = digest
    return digest


def key(page, config, files) -> str | None:
    """The SHA-256 of what converting ``page`` reads, or ``None`` when an extension holds
    state it does not declare."""
    extensions = []
    for extension in config["markdown_extensions"]:
        if isinstance(extension, str):
            extensions.append(extension)
        elif callable(getattr(extension, "memo_key", None)):
            extensions.append(f"{type(extension).__qualname__}:{extension.memo_key()}")
        else:
            return None
    parts = (
        page.markdown,
        page.file.abs_src_path or "",
        page.file.src_uri,
        page.file.dest_uri,
        page.file.url,
        _files_digest(files),
        repr(extensions),
        repr(config["mdx_configs"]),
        repr(config["validation"]),
        repr(config["use_directory_urls"]),
    )
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


class _Recorder(logging.Handler):
    """The records (information and up) that the conversion of a page logs, each once: those
    of the converting thread only (``make serve``'s server logs its requests from others)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.thread = threading.get_ident()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        mine = record.thread in (self.thread, None)  # None: ``logging.logThreads`` is off
        if mine and all(seen is not record for seen in self.records):
            self.records.append(record)


# MkDocs's own records stop at the ``mkdocs`` logger on the command line (it does not
# propagate there); an extension's go up to the root.
_LOGGERS = ("mkdocs", "")


def _convert(page, config, files) -> dict:
    recorder = _Recorder()
    for name in _LOGGERS:
        logging.getLogger(name).addHandler(recorder)
    try:
        _stock_render(page, config, files)
    finally:
        for name in _LOGGERS:
            logging.getLogger(name).removeHandler(recorder)
    links = page.links_to_anchors
    return {
        "content": page.content,
        "toc": copy.deepcopy(page.toc),
        "title": page._title_from_render,
        "anchors": set(page.present_anchor_ids),
        "links": None if links is None else {f.src_uri: dict(v) for f, v in links.items()},
        "records": recorder.records,
    }


def render(self, config, files) -> None:
    """``Page.render``, or what it gave last time for the same page and inputs."""
    if self.markdown is None:
        _stock_render(self, config, files)  # the stock error
        return
    digest = key(self, config, files)
    if digest is None:
        _stock_render(self, config, files)
        return
    slot = (self.file.src_uri, self.file.dest_uri)
    seen = REMEMBERED.get(slot)
    if seen is not None and seen[0] == digest:
        result = seen[1]
        self.content = result["content"]
        self.toc = copy.deepcopy(result["toc"])
        self._title_from_render = result["title"]
        self.present_anchor_ids = set(result["anchors"])
        if result["links"] is not None:
            by_uri = files.src_uris  # the key holds every file: each one is there
            self.links_to_anchors = {
                by_uri[uri]: dict(links) for uri, links in result["links"].items() if uri in by_uri
            }
        for record in result["records"]:
            logging.getLogger(record.name).handle(record)
        return
    REMEMBERED[slot] = (digest, _convert(self, config, files))


render.course_stock = _stock_render
Page.render = render
