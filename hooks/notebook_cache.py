"""MkDocs hook: a notebook's rendered HTML is kept on disk, keyed by everything it depends on.

Rendering the 26 notebooks is most of a build, and ``make serve`` rebuilds the whole site after
every save, although a notebook's HTML depends only on its bytes, the rendering settings and
the code that renders it. mkdocs-jupyter has a cache of its own, but it never hits on this
site: each language's build evicts the entries the other language's build just wrote, and its
key leaves out the versions of the rendering libraries and our own rendering hook.

Here the HTML of a page (``nb2html``) and its table of contents (``_get_nb_toc_tokens``) are
stored under ``.cache/notebooks/`` (``COURSE_CACHE_DIR`` to move it, ``COURSE_CACHE=0`` to turn
it off) as one JSON file per notebook, named by a SHA-256 of

- the notebook's bytes,
- every argument of the call (theme, tags to remove, ...), from ``mkdocs.yml``,
- the installed versions of the libraries that render it (:data:`LIBRARIES`),
- the source of the hooks that change how it renders (:data:`HOOKS`).

Any change to one of them gives a new key, so a stale page is never served; the file of the
old key is removed when the new one is written. A build that finds notebooks missing from the
cache has them rendered in parallel, one process per CPU (``on_files``; POSIX ``fork``, so
only where there is one), with the arguments mkdocs-jupyter will pass, in the order the
build reaches them (the language built first, first). The build does not wait for them: it
goes on with the Markdown pages, and waits only when it reaches a notebook that a child has
not rendered yet (:func:`_await`). Should a child fail, or the build wait two minutes for
one notebook, the child is stopped and the build renders what it left. ``make serve`` forks
only for its first build: later its server runs threads, and a child could inherit a lock
one of them holds. A notebook that would be executed while rendering is never cached.
Everything the other hooks do to the page (buttons, figures as files, trimmed CSS) runs on
every build, after this. ``tests/test_notebook_cache.py`` checks each part of the key, that
the build waits for a child, stops one that hangs or renders what it left, and that a warm
build writes the same site as a cold one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import signal
import time
from importlib import metadata
from pathlib import Path

import mkdocs.plugins
import mkdocs_jupyter.plugin as jupyter_plugin

if __name__.startswith("hooks."):  # imported by the tests
    from hooks.site_context import i18n_plugin, language, last_build
else:  # loaded by MkDocs, which puts hooks/ on sys.path
    from site_context import i18n_plugin, language, last_build

log = logging.getLogger("mkdocs.plugins.notebook_cache")
RENDERED = {"count": 0}  # renders by this process (not by prefetch's children), per build
# Notebooks that a child process is rendering now: path -> the child's pid; and the children
# that have not been waited for. Filled by :func:`prefetch`, emptied as the children finish.
PENDING: dict[str, int] = {}
CHILDREN: set[int] = set()
WAIT_S = 0.005  # how often the build looks for a notebook that a child is rendering
AWAIT_S = 120  # after this long the child is stopped and the build renders the notebook
SERVING = {"now": False}  # ``make serve`` is running its server: rebuilds do not fork

ROOT = Path(__file__).resolve().parent.parent
LIBRARIES = ("mkdocs-jupyter", "nbconvert", "nbformat", "mistune", "pygments", "jinja2", "jupytext")
HOOKS = (Path(__file__), ROOT / "hooks" / "notebook_render.py")

# MkDocs 1.6 executes a hook's file once per process; should it ever execute it again (a
# rebuild of ``make serve``), take the originals from where the first execution left them, so
# that wrappers never wrap wrappers.
_module = getattr(jupyter_plugin.convert, "course_original", jupyter_plugin.convert)
_original_nb2html = _module.nb2html
_original_toc = getattr(
    jupyter_plugin._get_nb_toc_tokens, "course_original", jupyter_plugin._get_nb_toc_tokens
)


def cache_dir() -> Path | None:
    """Where entries live, or ``None`` when caching is turned off."""
    if os.environ.get("COURSE_CACHE", "1") == "0":
        return None
    return Path(os.environ.get("COURSE_CACHE_DIR", ROOT / ".cache" / "notebooks"))


# Read once per process (MkDocs executes a hook's file once).
VERSIONS = "".join(f"{name}={metadata.version(name)}\n" for name in LIBRARIES)


def fingerprint() -> str:
    """The part of every key that does not depend on the notebook: libraries and hooks."""
    digest = hashlib.sha256(VERSIONS.encode())
    for hook in HOOKS:
        digest.update(hook.read_bytes())
    return digest.hexdigest()


def key(kind: str, nb_path: str | Path, arguments: dict) -> str:
    digest = hashlib.sha256()
    digest.update(f"{kind}\n{fingerprint()}\n".encode())
    digest.update(repr(sorted(arguments.items())).encode())
    digest.update(Path(nb_path).read_bytes())
    return digest.hexdigest()


def _entry_name(nb_path: str | Path, kind: str) -> str:
    """One file per notebook and kind: ``docs/mlp/mlp.en.ipynb`` -> ``mlp-mlp.en.html-``."""
    relative = Path(os.path.abspath(nb_path))
    try:
        relative = relative.relative_to(ROOT / "docs")
    except ValueError:
        pass
    return re.sub(r"[^\w.]+", "-", relative.as_posix()) + f".{kind}-"


def cached(kind: str, nb_path, arguments: dict, render):
    """``render()``'s value from the cache, or computed and stored."""
    directory = cache_dir()
    if directory is None:
        return render()
    prefix = _entry_name(nb_path, kind)
    path = directory / f"{prefix}{key(kind, nb_path, arguments)}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))["value"]
    except FileNotFoundError:  # not yet rendered (or replaced by a parallel build just now)
        pass
    if _await(path, os.path.abspath(nb_path)):  # a child has just written it
        try:
            return json.loads(path.read_text(encoding="utf-8"))["value"]
        except FileNotFoundError:
            pass
    value = render()
    RENDERED["count"] += 1
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob(f"{prefix}*.json"):
        if old != path:
            old.unlink(missing_ok=True)
    # One temporary file per process: two builds at once (pytest -n 2) never share one.
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(json.dumps({"value": value}), encoding="utf-8")
    temporary.replace(path)
    return value


def _path(kind: str, nb_path, arguments: dict) -> Path | None:
    directory = cache_dir()
    if directory is None:
        return None
    return directory / f"{_entry_name(nb_path, kind)}{key(kind, nb_path, arguments)}.json"


def plugin_arguments(plugin_config) -> tuple[dict, dict]:
    """The arguments mkdocs-jupyter's ``on_pre_page`` passes to ``nb2html`` and to the table of
    contents, from its configuration (``execute_ignore`` aside: see :func:`prefetch`)."""
    html = {
        "execute": plugin_config["execute"],
        "kernel_name": plugin_config["kernel_name"],
        "theme": plugin_config["theme"],
        "allow_errors": plugin_config["allow_errors"],
        "show_input": plugin_config["show_input"],
        "no_input": plugin_config["no_input"],
        "no_prompt": plugin_config["no_prompt"],
        "remove_tag_config": plugin_config["remove_tag_config"],
        "highlight_extra_classes": plugin_config["highlight_extra_classes"],
        "include_requirejs": plugin_config["include_requirejs"],
        "custom_mathjax_url": plugin_config["custom_mathjax_url"],
    }
    return html, {"toc_depth": plugin_config["toc_depth"]}


def _render_all(paths: list[str], html: dict, toc: dict) -> None:
    for path in paths:
        nb2html(path, **html)
        toc_tokens(path, toc["toc_depth"])


def _reap() -> None:
    """Forget the children that have finished, and the notebooks they were rendering."""
    for pid in list(CHILDREN):
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:  # already waited for
            done = pid
        if done:
            CHILDREN.discard(pid)
    for path, pid in list(PENDING.items()):
        if pid not in CHILDREN:
            del PENDING[path]


def _stop(pids) -> None:
    """Stop the children ``pids`` at once, and wait for them (only them)."""
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:  # already waited for
            pass
        CHILDREN.discard(pid)
    _reap()


def _finish(limit: float) -> None:
    """Wait up to ``limit`` seconds for the children, then stop those still running."""
    start = time.monotonic()
    _reap()
    while CHILDREN and time.monotonic() - start < limit:
        time.sleep(WAIT_S)
        _reap()
    _stop(list(CHILDREN))


def _await(entry: Path, nb_path: str) -> bool:
    """Wait while a child renders ``nb_path``, until ``entry`` is written or the child has
    finished without writing it, or stop the child after :data:`AWAIT_S`; whether ``entry``
    is there now."""
    start = time.monotonic()
    while not entry.is_file():
        _reap()
        if nb_path not in PENDING:
            return entry.is_file()
        if time.monotonic() - start > AWAIT_S:
            log.info("notebook cache: no page from a child for %s; rendering it here", nb_path)
            _stop([PENDING[nb_path]])
            return entry.is_file()
        time.sleep(WAIT_S)
    return True


def _workers() -> int:
    """The CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _remove_orphans(directory: Path, age_s: float = 600) -> None:
    """Temporary files (``<entry>.<pid>.tmp``) older than ``age_s`` of processes that are
    gone: a child stopped while it wrote. (A file that young may be another machine's, or
    another container's, sharing the folder: its pid means nothing here.)"""
    now = time.time()
    for temporary in directory.glob("*.tmp"):
        try:
            if now - temporary.stat().st_mtime < age_s:
                continue
            os.kill(int(temporary.suffixes[-2][1:]), 0)
        except (IndexError, ValueError, ProcessLookupError):
            temporary.unlink(missing_ok=True)
        except (PermissionError, FileNotFoundError):  # another user's process; gone already
            pass


def _build_order(paths: list[str], config) -> list[str]:
    """``paths`` with the notebooks of the language built now first (mkdocs-static-i18n
    builds one language after the other; ``name.<lang>.ipynb``), the rest in their order."""
    lang = language(config) if config is not None else None
    first = [p for p in paths if lang and p.endswith(f".{lang}.ipynb")]
    return first + [p for p in paths if p not in first]


def prefetch(paths: list[str], plugin_config, config=None) -> int:
    """Start rendering the notebooks of ``paths`` missing from the cache, in parallel, one
    child process per CPU; how many. Returns at once: the build waits for a notebook only
    when it needs it (:func:`cached`)."""
    html, toc = plugin_arguments(plugin_config)
    workers = _workers()
    if html["execute"] or cache_dir() is None or workers < 2 or not hasattr(os, "fork"):
        return 0
    if SERVING["now"]:  # other threads run: a child could inherit a lock one of them holds
        return 0
    _reap()
    if cache_dir().is_dir():
        _remove_orphans(cache_dir())
    missing = [
        p
        for p in _build_order(paths, config)
        if os.path.abspath(p) not in PENDING
        and not (_path("html", p, html).is_file() and _path("toc", p, toc).is_file())
    ]
    if len(missing) < 2:
        return 0
    for share in (missing[k::workers] for k in range(min(workers, len(missing)))):
        pid = os.fork()
        if pid == 0:  # the child renders its share into the cache, and nothing else
            status = 1
            try:
                PENDING.clear()  # its siblings are not its children: it waits for none
                CHILDREN.clear()
                _render_all(share, html, toc)
                status = 0
            finally:
                os._exit(status)
        CHILDREN.add(pid)
        PENDING.update((os.path.abspath(p), pid) for p in share)
    return len(missing)


def on_files(files, config):
    plugin = config["plugins"].get("mkdocs-jupyter")
    if plugin is None:
        return files
    paths = [f.abs_src_path for f in files if f.abs_src_path and plugin.should_include(f)]
    RENDERED["count"] = 0
    prefetched = prefetch(paths, plugin.config, config)
    if prefetched:
        log.info("notebook cache: %d notebooks rendered in parallel", prefetched)
    return files


@mkdocs.plugins.event_priority(-300)  # after mkdocs-static-i18n (-100) built every language
def on_post_build(config):
    log.info("notebook cache: %d renders in the build's own process", RENDERED["count"])
    if last_build(config) or i18n_plugin(config) is None:
        _finish(AWAIT_S)  # every notebook the build needs is written: the children are done


def on_build_error(error):
    """A failed build leaves no child behind: they stop, and are waited for."""
    _stop(list(CHILDREN))


def on_serve(server, config, builder):
    """From now on the server's threads run: rebuilds render in the build's own process."""
    SERVING["now"] = True
    return server


def on_shutdown():
    SERVING["now"] = False


def nb2html(nb_path, **arguments):
    if arguments.get("execute"):
        return _original_nb2html(nb_path, **arguments)
    return cached("html", nb_path, arguments, lambda: _original_nb2html(nb_path, **arguments))


def toc_tokens(fpath, toc_depth):
    value = cached("toc", fpath, {"toc_depth": toc_depth}, lambda: _original_toc(fpath, toc_depth))
    return value[0], value[1]


toc_tokens.course_original = _original_toc


class _Convert:
    """mkdocs-jupyter's ``convert`` module as its plugin sees it, with the cached ``nb2html``."""

    course_original = _module
    nb2html = staticmethod(nb2html)

    def __getattr__(self, name):
        return getattr(_module, name)


jupyter_plugin.convert = _Convert()
jupyter_plugin._get_nb_toc_tokens = toc_tokens
