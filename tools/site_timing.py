"""How long the site takes to build, and to show an edited page in ``make serve``.

    python tools/site_timing.py [--runs 3] [--no-record]

1. **Full build**: ``mkdocs build --strict`` (both languages) with an empty notebook cache, as a
   fresh clone builds, ``--runs`` times; the median counts.
2. **Edit to page**: ``mkdocs serve`` is started (its first build warms the cache, as the
   author's first ``make serve`` does), then a sentence is appended to a Markdown lesson page
   and the clock runs until the server returns the page with that sentence, ``--runs`` times;
   the page is restored afterwards whatever happens.

The medians, the runs, the date and the machine (with the notebooks' reference workload, so
that a slow day can be told from a slow build) go to ``benchmarks/site.json``, which the
status page shows. Not part of ``make test``: times depend on how busy the machine is.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "benchmarks" / "site.json"
BUILD_BAR_S = 10
RELOAD_BAR_S = 3
EDITED_PAGE = ("docs/perceptron/index.es.md", "perceptron/")
MKDOCS = [sys.executable, "-m", "mkdocs"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def full_build(cache_dir: Path, site_dir: Path) -> float:
    """Seconds of one strict build with the notebook cache in ``cache_dir`` (emptied first)."""
    shutil.rmtree(cache_dir, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run(
        [*MKDOCS, "build", "--strict", "--quiet", "--site-dir", str(site_dir)],
        cwd=ROOT,
        check=True,
        env={**ENV, "COURSE_CACHE_DIR": str(cache_dir)},
    )
    return time.perf_counter() - start


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(url: str, text: str, timeout: float) -> float:
    """Seconds until ``url`` returns a page containing ``text``."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        page = _get(url)
        if page is not None and text in page:
            return time.perf_counter() - start
        time.sleep(0.05)
    raise TimeoutError(f"{url} did not show {text!r} within {timeout} s")


def edit_to_page(runs: int, cache_dir: Path) -> list[float]:
    """Seconds from saving an edited Markdown page to ``mkdocs serve`` returning it, per run."""
    source = ROOT / EDITED_PAGE[0]
    original = source.read_bytes()
    port = _free_port()
    url = f"http://127.0.0.1:{port}/{EDITED_PAGE[1]}"
    server = subprocess.Popen(
        [*MKDOCS, "serve", "--strict", "-a", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env={**ENV, "COURSE_CACHE_DIR": str(cache_dir)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    times = []
    try:
        _wait_for(url, "</html>", timeout=120)
        for run in range(runs):
            marker = f"Timing sentence {run} {time.time_ns()}."
            time.sleep(1)  # let the watcher settle after the previous build
            start = time.perf_counter()
            source.write_bytes(original + f"\n\n{marker}\n".encode())
            times.append(time.perf_counter() - start + _wait_for(url, marker, timeout=60))
            source.write_bytes(original)
            _wait_for_absent(url, marker)
    finally:
        source.write_bytes(original)
        server.terminate()
        server.wait(timeout=30)
    return times


def _wait_for_absent(url: str, text: str, timeout: float = 60) -> None:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        page = _get(url)
        if page is not None and text not in page and "</html>" in page:
            return
        time.sleep(0.05)


def _reference_s() -> float | None:
    """The notebooks' reference workload on this machine now, when Keras is installed."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import notebooks
    except ImportError:
        return None
    try:
        return notebooks._measure_reference(Path(sys.executable))
    except (RuntimeError, OSError):
        return None


def machine() -> dict:
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpu": _cpu_model(),
    }


def _cpu_model() -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None


def record(entry: dict, path: Path = RECORD, part: str = "build") -> None:
    """Write ``entry`` as one part of the record (``build`` here, ``lighthouse`` for
    tools/lighthouse.py), keeping the other parts."""
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data[part] = entry
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args(argv)
    from datetime import UTC, datetime

    with tempfile.TemporaryDirectory(prefix="site-timing-") as tmp:
        cache = Path(tmp) / "cache"
        builds = [round(full_build(cache, Path(tmp) / "site"), 2) for _ in range(args.runs)]
        print(f"full build: {builds} s, median {statistics.median(builds):.2f} s", flush=True)
        reloads = [round(t, 2) for t in edit_to_page(args.runs, Path(tmp) / "serve-cache")]
        print(f"edit to page: {reloads} s, median {statistics.median(reloads):.2f} s", flush=True)
    entry = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {**machine(), "reference_s": _reference_s()},
        "full_build_s": statistics.median(builds),
        "full_build_runs_s": builds,
        "edit_to_page_s": statistics.median(reloads),
        "edit_to_page_runs_s": reloads,
        "bars_s": {"full_build": BUILD_BAR_S, "edit_to_page": RELOAD_BAR_S},
    }
    print(f"reference workload: {entry['machine']['reference_s']} s")
    if not args.no_record:
        record(entry)
    ok = entry["full_build_s"] <= BUILD_BAR_S and entry["edit_to_page_s"] <= RELOAD_BAR_S
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
