"""Shared fixtures: a built site (once per session), the repository's paths and config."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
# Under pytest-xdist (`make test JOBS=...`) the notebooks that one worker runs get their share of
# the cores. PyTorch's OpenMP threads (and OpenBLAS's) spin while they wait, so two kernels that
# each take every core run a PyTorch notebook about four times slower instead of twice.
_WORKERS = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
if _WORKERS > 1:
    for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(_name, str(max(1, (os.cpu_count() or 1) // _WORKERS)))

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))


class _IgnoreTags(yaml.SafeLoader):
    """Read mkdocs.yml without resolving MkDocs's own tags (such as ``!ENV``)."""


_IgnoreTags.add_multi_constructor("!", lambda loader, suffix, node: None)


@pytest.fixture(scope="session")
def mkdocs_config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoreTags)


def notebooks() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> tuple[Path, str]:
    """Build the site once, strictly; return its folder and the build log."""
    site = tmp_path_factory.mktemp("site")
    env = {**os.environ, "SITE_URL": "http://127.0.0.1:8000/"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{log}"
    return site, log


@pytest.fixture
def no_network(monkeypatch):
    """Make every connection attempt fail, as on a machine without network."""

    def refuse(*args, **kwargs):
        raise OSError("network disabled for this test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    """The built site served over HTTP on 127.0.0.1 (a free port), for the browser tests."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(built_site[0]))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (Playwright's own browser download is not used)."""
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.is_file(), (
        f"no Chromium at {CHROMIUM}: install Debian's package (apt-get install chromium) "
        "or set CHROMIUM=/path/to/chromium"
    )
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab (desktop size, light colour scheme, Spanish and English accepted)."""
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, color_scheme="light", accept_downloads=True
    )
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


@pytest.fixture(scope="session")
def course_distributions(tmp_path_factory) -> dict[str, Path]:
    """The course package built as pip builds it from the git URL: a clean export of the
    repository, its sdist, and the wheel built from that sdist."""
    import student

    work = tmp_path_factory.mktemp("dist")
    export = student.export_repository(work / "export")
    sdist, wheel = student.build_distributions(export, work / "dist")
    return {"export": export, "sdist": sdist, "wheel": wheel}


@pytest.fixture(scope="session")
def pinned_student(course_distributions, tmp_path_factory):
    """A new environment over the project's third-party packages, with the course wheel
    (tests/test_student.py and tests/test_backends.py run notebooks in it)."""
    import student

    dest = tmp_path_factory.mktemp("student-pinned") / "env"
    return student.student_env(dest, student.stack_python("pinned"), course_distributions["wheel"])


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in the course's default language (Spanish) and leaves it so."""
    from snippets import languages

    languages._current = languages.DEFAULT_LANGUAGE
    yield
    languages._current = languages.DEFAULT_LANGUAGE
