"""Lighthouse scores of the built site: the heaviest page of each kind, in both languages.

    python tools/lighthouse.py [SITE_DIR] [--runs 3] [--no-record]   # default: site/

Serves SITE_DIR on 127.0.0.1 with gzip (as static hosts such as GitHub Pages do) and runs
Lighthouse (npm, pinned below, mobile emulation: a slow phone on a slow network) with Debian's
Chromium on one page of each kind (:func:`pages`): the home page, the heaviest notebook page,
the heaviest lesson page, the network playground's lesson, the glossary, the status page and the
printable course, Spanish and English. Each page is measured ``--runs`` times and the median
counts; Lighthouse's own CPU ``benchmarkIndex`` is recorded next to each score, so that runs on a
slow day and on a fast one can be compared. Prints the table (with the audits that cost
accessibility points), writes it to ``benchmarks/site.json`` and exits 1 if a median is below
the bar. Not part of ``make test``: Lighthouse's performance score depends on how busy the
machine is.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import io
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
from datetime import UTC, datetime
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import site_timing

LIGHTHOUSE = "lighthouse@13.5.0"
BAR = 95  # performance
ACCESSIBILITY_BAR = 100
RECORD = site_timing.RECORD
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


class GzipHandler(SimpleHTTPRequestHandler):
    """A static file server that compresses text, as production static hosts do."""

    TEXT = (".html", ".css", ".js", ".json", ".svg", ".xml", ".map")

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        gzipped = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (gzipped and path.is_file() and path.suffix in self.TEXT):
            return super().send_head()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args):
        pass


def page_weight(site: Path, page: Path) -> int:
    """Bytes of a page's HTML plus the figures it shows."""
    html = page.read_text(encoding="utf-8")
    figures = {page.parent / src for src in re.findall(r'<img src="([^"]+)"', html)}
    return page.stat().st_size + sum(f.stat().st_size for f in figures if f.is_file())


def _heaviest(site: Path, pattern: str) -> str:
    """The Spanish page matching ``pattern`` with the most bytes (HTML + figures)."""
    found = [p for p in site.glob(pattern) if p.relative_to(site).parts[0] not in {"en", "assets"}]
    found = [p for p in found if p.parent.name not in {"glossary", "status", "print", "search"}]
    heaviest = max(found, key=lambda p: page_weight(site, p))
    return heaviest.parent.relative_to(site).as_posix() + "/"


def heaviest_lesson(site: Path) -> str:
    """The (Spanish) notebook page with the most bytes (HTML + figures), as a site path."""
    return _heaviest(site, "*/*/index.html")


def pages(site: Path) -> dict[str, str]:
    """``{kind: site path}`` of the Spanish page measured for each kind."""
    return {
        "home": "",
        "notebook page": heaviest_lesson(site),
        "lesson page": _heaviest(site, "*/index.html"),
        "playground page": "mlp/",  # the network playground, the heaviest interactive figure
        "glossary": "glossary/",
        "status page": "status/",
        "printable course": "print/",
    }


def measure(url: str) -> dict:
    """One Lighthouse run: scores, CPU benchmark index and what cost accessibility points."""
    for _attempt in (1, 2):  # Chromium under Lighthouse now and then fails to start: once more
        with tempfile.TemporaryDirectory() as tmp:
            report = Path(tmp) / "report.json"
            run = subprocess.run(
                [
                    "npx", "--yes", LIGHTHOUSE, url,
                    "--only-categories=performance,accessibility",
                    "--output=json", f"--output-path={report}", "--quiet",
                    "--chrome-flags=--headless=new --no-sandbox",
                ],
                env={**os.environ, "CHROME_PATH": CHROMIUM},
                stderr=subprocess.PIPE,
                text=True,
            )  # fmt: skip
            if run.returncode == 0:
                data = json.loads(report.read_text(encoding="utf-8"))
                break
    else:
        raise RuntimeError(f"Lighthouse failed twice on {url}:\n{run.stderr[-2000:]}")
    audits = data["audits"]
    failed = [
        ref["id"]
        for ref in data["categories"]["accessibility"]["auditRefs"]
        if ref["weight"] and audits[ref["id"]]["score"] not in (None, 1)
    ]
    return {
        **{name: round(100 * c["score"]) for name, c in data["categories"].items()},
        "benchmark_index": round(data["environment"]["benchmarkIndex"]),
        "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
        "lcp_ms": round(audits["largest-contentful-paint"]["numericValue"]),
        "accessibility_failures": failed,
    }


def summarize(runs: list[dict]) -> dict:
    """The median of each number over the runs (and every failing audit seen)."""
    row = {
        key: statistics.median(run[key] for run in runs)
        for key in ("performance", "accessibility", "benchmark_index", "tbt_ms", "lcp_ms")
    }
    row["runs"] = runs
    row["accessibility_failures"] = sorted(
        {f for run in runs for f in run["accessibility_failures"]}
    )
    return row


def record(entry: dict, path: Path = RECORD) -> None:
    """Write ``entry`` as the ``lighthouse`` part of the record, keeping the other parts."""
    site_timing.record(entry, path, part="lighthouse")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", default="site")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args(argv)
    site = Path(args.site).resolve()
    if not (site / "index.html").is_file():
        sys.exit(f"no built site in {site}: run `make build` first")
    handler = functools.partial(GzipHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    rows = []
    print(f"{'page':<34} {'kind':<17} {'performance':>11} {'accessibility':>13} {'CPU index':>9}")
    for kind, path in pages(site).items():
        for prefix in ("", "en/"):
            row = {"kind": kind, "page": f"/{prefix}{path}"}
            row.update(summarize([measure(base + prefix + path) for _ in range(args.runs)]))
            rows.append(row)
            scores = " ".join(str(run["performance"]) for run in row["runs"])
            print(
                f"{row['page']:<34} {kind:<17} {row['performance']:>11g} "
                f"{row['accessibility']:>13g} {row['benchmark_index']:>9g}  (runs: {scores})"
                + (f"  accessibility: {', '.join(row['accessibility_failures'])}"
                   if row["accessibility_failures"] else ""),
                flush=True,
            )  # fmt: skip
    server.shutdown()
    entry = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "lighthouse": LIGHTHOUSE,
        "runs": args.runs,
        "bars": {"performance": BAR, "accessibility": ACCESSIBILITY_BAR},
        "pages": rows,
    }
    if not args.no_record:
        record(entry)
    failed = [r for r in rows if r["performance"] < BAR or r["accessibility"] < ACCESSIBILITY_BAR]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
