"""Lighthouse scores of the built site: the home page and the heaviest lesson, both languages.

    python tools/lighthouse.py [SITE_DIR]      # default: site/ (run `make build` first)

Serves SITE_DIR on 127.0.0.1 with gzip (as static hosts such as GitHub Pages do), runs
Lighthouse (npm, pinned below) with Debian's Chromium, prints performance and accessibility
per page and exits 1 if any is below 95. Not part of `make test`: Lighthouse's performance
score depends on how busy the machine is.
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

LIGHTHOUSE = "lighthouse@13.5.0"
BAR = 95
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


def heaviest_lesson(site: Path) -> str:
    """The (Spanish) notebook page with the most bytes (HTML + figures), as a site path."""
    pages = [p for p in site.glob("*/*/index.html")]
    pages = [p for p in pages if p.relative_to(site).parts[0] not in {"en", "assets"}]
    heaviest = max(pages, key=lambda p: page_weight(site, p))
    return heaviest.parent.relative_to(site).as_posix() + "/"


def scores(url: str) -> dict[str, int]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run(
            [
                "npx", "--yes", LIGHTHOUSE, url,
                "--only-categories=performance,accessibility",
                "--output=json", f"--output-path={report}", "--quiet",
                "--chrome-flags=--headless=new --no-sandbox",
            ],
            check=True,
            env={**os.environ, "CHROME_PATH": CHROMIUM},
        )  # fmt: skip
        data = json.loads(report.read_text(encoding="utf-8"))
    return {name: round(100 * c["score"]) for name, c in data["categories"].items()}


def main(site_dir: str = "site") -> int:
    site = Path(site_dir).resolve()
    if not (site / "index.html").is_file():
        sys.exit(f"no built site in {site}: run `make build` first")
    handler = functools.partial(GzipHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    heavy = heaviest_lesson(site)
    paths = ["", heavy, "en/", f"en/{heavy}"]
    failed = False
    print(f"{'page':<40} {'performance':>12} {'accessibility':>14}")
    for path in paths:
        result = scores(base + path)
        failed |= any(value < BAR for value in result.values())
        print(f"/{path:<39} {result['performance']:>12} {result['accessibility']:>14}")
    server.shutdown()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
