"""Execute the course notebooks: refresh their stored outputs, or benchmark them.

    python tools/notebooks.py refresh [NOTEBOOK ...]   # all of docs/ when none given
    python tools/notebooks.py bench [NOTEBOOK ...] [--json PATH] [--out PATH]
    python tools/notebooks.py merge REPORT ... [--out PATH]

``refresh`` runs each notebook from a clean kernel, in its own folder, and stores
clean outputs in place: coalesced streams, no progress-bar frames or terminal
colour codes, no absolute paths or user names, no timing metadata, compact PNGs.
``bench`` runs each notebook in a fresh process without touching it and reports
wall seconds, the kernel's peak memory and the key results that the notebook
asserts with ``snippets.check_result``, as a table and as JSON (``--json``, this run only).
It also merges the run into the committed record that the site's status page is generated
from: ``benchmarks/cpu.json``, or ``benchmarks/gpu.json`` when TensorFlow sees a GPU
(``--out`` chooses another file). The run's notebooks replace their old entries; the others
stay, and each entry carries its own date, machine and versions. ``merge`` folds saved
reports into a record the same way.
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import os
import platform
import re
import resource
import subprocess
import sys
import time
from collections.abc import Collection
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
BENCHMARKS = ROOT / "benchmarks"  # the committed records: cpu.json, gpu.json
TIMEOUT_S = 600
BUDGET_S = 120
RESULT_MIME = "application/vnd.course.result+json"

# Quiet TensorFlow's C++ start-up chatter, which would otherwise be stored as stderr.
KERNEL_ENV = {
    "TF_CPP_MIN_LOG_LEVEL": "3",
    "PYTHONHASHSEED": "0",
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",
}

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
# TensorFlow's C++ (absl) log lines, which ipykernel captures from the kernel's stderr:
# start-up notices that differ from machine to machine and teach nothing.
_ABSL_LOG = re.compile(
    r"^(?:WARNING: All log messages before absl::InitializeLog\(\) is called are written to STDERR"
    r"|[IWEF]\d{4} [\d:.]+\s+\d+ [\w.]+:\d+\] .*)\n?",
    re.MULTILINE,
)
_SITE_PACKAGES = re.compile(r"(?:[A-Za-z]:)?[\w./\\~-]*?[/\\]site-packages[/\\]")


def all_notebooks() -> list[Path]:
    """Every notebook under docs/, sorted."""
    return sorted(p for p in DOCS.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def _private_paths() -> list[tuple[str, str]]:
    home = str(Path.home())
    pairs = [(str(ROOT), "."), (sys.prefix, "<venv>")]
    if home not in ("/", ""):
        pairs.append((home, "~"))
    return sorted(pairs, key=lambda pair: -len(pair[0]))


def clean_text(text: str) -> str:
    """Drop terminal control codes and progress-bar frames; hide local paths."""
    text = _ANSI.sub("", text)
    lines = []
    for line in text.split("\n"):
        line = line.rsplit("\r", 1)[-1]  # a progress bar redraws the line: keep the last frame
        while "\b" in line:  # a backspace erases the character before it
            line = re.sub(r"[^\b]?\b", "", line, count=1)
        lines.append(line)
    text = "\n".join(lines)
    text = _SITE_PACKAGES.sub("site-packages/", text)
    for private, public in _private_paths():
        text = text.replace(private, public)
    return text


def _compact_png(data: str) -> str:
    """Re-encode a base64 PNG as an optimised palette PNG when that is smaller."""
    from PIL import Image

    raw = base64.b64decode(data)
    image = Image.open(io.BytesIO(raw))
    out = io.BytesIO()
    image.convert("RGB").quantize(colors=256).save(out, format="PNG", optimize=True)
    smaller = out.getvalue()
    return base64.b64encode(smaller if len(smaller) < len(raw) else raw).decode("ascii")


def clean_outputs(nb) -> None:
    """Make a freshly executed notebook's outputs clean and reproducible (in place)."""
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type != "code":
            continue
        merged = []
        for output in cell.outputs:
            if output.output_type == "stream":
                output.text = clean_text(output.text)
                if output.name == "stderr":
                    output.text = _ABSL_LOG.sub("", output.text)
                if merged and merged[-1].output_type == "stream" and merged[-1].name == output.name:
                    merged[-1].text += output.text
                    continue
            elif output.output_type == "error":
                output.traceback = [clean_text(line) for line in output.traceback]
                output.evalue = clean_text(output.evalue)
            elif "data" in output:
                for mime, value in list(output.data.items()):
                    if mime == "image/png":
                        output.data[mime] = _compact_png(value)
                    elif mime.startswith("text/") and isinstance(value, str):
                        output.data[mime] = clean_text(value)
            merged.append(output)
        cell.outputs = [o for o in merged if not (o.output_type == "stream" and not o.text)]
    nb.metadata.pop("widgets", None)


def execute(path: Path):
    """Execute the notebook at ``path`` from a clean kernel; return the executed notebook."""
    import nbformat
    from nbclient import NotebookClient

    os.environ.update(KERNEL_ENV)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=TIMEOUT_S,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
        record_timing=False,
    )
    client.execute()
    return nb


def _refresh_one(path: Path) -> None:
    """Run in a child process: execute ``path`` and store its clean outputs in place."""
    import nbformat

    start = time.perf_counter()
    nb = execute(path)
    clean_outputs(nb)
    nbformat.validate(nb)
    nbformat.write(nb, path)
    print(f"refreshed {path.relative_to(ROOT)} in {time.perf_counter() - start:.1f} s")


def _in_child(command: str, path: Path, **kwargs) -> subprocess.CompletedProcess:
    """Run one notebook in a fresh process: a clean kernel and clean Jupyter state each time."""
    return subprocess.run(
        [sys.executable, __file__, command, str(path)],
        env={**os.environ, **KERNEL_ENV},
        **kwargs,
    )


def refresh(paths: list[Path]) -> int:
    failed = [p for p in paths if _in_child("_refresh_one", p).returncode != 0]
    for path in failed:
        print(f"FAILED: {path.relative_to(ROOT)} (its outputs were left as they were)")
    return 1 if failed else 0


def results_of(nb) -> list[dict]:
    """The key results a notebook published with ``snippets.check_result``."""
    found = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            record = output.get("data", {}).get(RESULT_MIME)
            if record:
                found.append(dict(record))
    return found


def _bench_one(path: Path) -> dict:
    """Run in a child process: execute ``path`` and measure it."""
    start = time.perf_counter()
    error = None
    results = []
    try:
        nb = execute(path)
        results = results_of(nb)
    except Exception as exc:  # reported in the table, not raised
        error = f"{type(exc).__name__}: {clean_text(str(exc)).splitlines()[-1] if str(exc) else ''}"
    wall = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the (reaped) kernel
    return {
        "notebook": path.relative_to(ROOT).as_posix(),
        "wall_s": round(wall, 1),
        "peak_mem_mib": round(peak_kib / 1024, 0),
        "results": results,
        "error": error,
        "within_budget": wall <= BUDGET_S,
        "passed": error is None and all(r["passed"] for r in results) and wall <= BUDGET_S,
    }


def _environment() -> tuple[dict, list[str]]:
    """The library versions the notebooks run with, and the GPUs TensorFlow sees."""
    code = (
        "import json, keras, numpy;\n"
        "try:\n import tensorflow as tf; tfv = tf.__version__\n"
        " gpus = [tf.config.experimental.get_device_details(d).get('device_name', d.name)"
        " for d in tf.config.list_physical_devices('GPU')]\n"
        "except ImportError:\n tfv, gpus = None, []\n"
        "print(json.dumps({'keras': keras.__version__, 'backend': keras.backend.backend(),"
        " 'tensorflow': tfv, 'numpy': numpy.__version__, 'gpus': gpus}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **KERNEL_ENV},
    )
    versions = json.loads(out.stdout.strip().splitlines()[-1])
    return versions, versions.pop("gpus")


def default_record(gpus: list[str]) -> Path:
    """Where a run is recorded: GPU timings never mix with the CPU ones."""
    return BENCHMARKS / ("gpu.json" if gpus else "cpu.json")


def entries_of(report: dict) -> list[dict]:
    """A report's notebook entries, each with its own ``date``, ``machine`` and ``versions``.

    Reports written before entries carried them have them once, at the top: copy them down.
    """
    shared = {key: report[key] for key in ("date", "machine", "versions") if key in report}
    return [{"notebook": entry["notebook"], **shared, **entry} for entry in report["notebooks"]]


def merge_reports(reports: list[dict], keep: Collection[str] | None = None) -> dict:
    """One record from benchmark reports: an entry from a later report replaces an earlier
    entry of the same notebook. With ``keep``, only those notebooks stay (drops deleted ones)."""
    entries: dict[str, dict] = {}
    budget = BUDGET_S
    for report in reports:
        budget = report.get("budget_s", budget)
        entries.update((entry["notebook"], entry) for entry in entries_of(report))
    return {
        "budget_s": budget,
        "notebooks": [entries[n] for n in sorted(entries) if keep is None or n in keep],
    }


def _read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def record(reports: list[dict], out_path: Path) -> None:
    """Merge ``reports`` into the record at ``out_path`` (created if missing)."""
    old = [_read_json(out_path)] if out_path.is_file() else []
    known = {p.relative_to(ROOT).as_posix() for p in all_notebooks()}
    _write_json(out_path, merge_reports(old + reports, keep=known))


def bench(paths: list[Path], json_path: Path, out_path: Path | None = None) -> int:
    versions, gpus = _environment()
    machine = {
        "cpus": os.cpu_count(),
        "platform": platform.platform(terse=True),
        "python": platform.python_version(),
        "gpu": ", ".join(gpus) or None,
    }
    out_path = out_path or default_record(gpus)
    rows = []
    for path in paths:
        out = _in_child("_bench_one", path, capture_output=True, text=True)
        if out.returncode != 0:
            rows.append(
                {
                    "notebook": path.relative_to(ROOT).as_posix(),
                    "wall_s": None,
                    "peak_mem_mib": None,
                    "results": [],
                    "passed": False,
                    "within_budget": False,
                    "error": clean_text(out.stderr.strip())[-300:],
                }
            )
        else:
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        rows[-1] = {
            "notebook": rows[-1]["notebook"],
            "date": _now(),
            **rows[-1],
            "machine": machine,
            "versions": versions,
        }
        print(f"  {rows[-1]['notebook']}: {rows[-1]['wall_s']} s", file=sys.stderr)
    report = {
        "date": _now(),
        "machine": machine,
        "versions": versions,
        "budget_s": BUDGET_S,
        "notebooks": rows,
    }
    _write_json(json_path, report)
    record([report], out_path)
    print(format_table(report))
    print(f"\nJSON: {json_path}\nrecorded in: {out_path}")
    return 0 if all(row["passed"] for row in rows) else 1


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def format_table(report: dict) -> str:
    """A Markdown table of a benchmark report."""
    lines = [
        f"Benchmark {report['date']} · {report['machine']['cpus']} CPUs · "
        f"Keras {report['versions']['keras']} ({report['versions']['backend']}) · "
        f"TensorFlow {report['versions']['tensorflow']} · "
        f"{'GPU ' + report['machine']['gpu'] + ' · ' if report['machine'].get('gpu') else ''}"
        f"budget {report['budget_s']} s",
        "",
        "| notebook | wall (s) | peak memory (MiB) | key result | status |",
        "|---|---:|---:|---|---|",
    ]
    for row in report["notebooks"]:
        result = (
            "; ".join(f"{r['name']} = {r['value']:.4g} (bar {r['bar']})" for r in row["results"])
            or "—"
        )
        status = "ok" if row["passed"] else (row["error"] or "over budget or bar missed")
        lines.append(
            f"| {row['notebook']} | {row['wall_s']} | {row['peak_mem_mib']} | {result} | {status} |"
        )
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("refresh", "bench"):
        cmd = sub.add_parser(name)
        cmd.add_argument("notebooks", nargs="*", type=Path)
        if name == "bench":
            cmd.add_argument("--json", type=Path, default=ROOT / "build" / "benchmark.json")
            cmd.add_argument(
                "--out",
                type=Path,
                help="record to merge the run into (default: benchmarks/cpu.json, "
                "or benchmarks/gpu.json when TensorFlow sees a GPU)",
            )
    merge = sub.add_parser("merge", help="merge saved reports into a record (later ones win)")
    merge.add_argument("reports", nargs="+", type=Path)
    merge.add_argument("--out", type=Path, default=BENCHMARKS / "cpu.json")
    for name in ("_bench_one", "_refresh_one"):
        sub.add_parser(name).add_argument("notebook", type=Path)
    args = parser.parse_args(argv)

    if args.command == "_bench_one":
        print(json.dumps(_bench_one(args.notebook.resolve())))
        return 0
    if args.command == "_refresh_one":
        _refresh_one(args.notebook.resolve())
        return 0
    if args.command == "merge":
        reports = [_read_json(path) for path in args.reports]
        bad = [str(p) for p, r in zip(args.reports, reports, strict=True) if "notebooks" not in r]
        if bad:
            parser.error(f"not a benchmark report: {', '.join(bad)}")
        record(reports, args.out.resolve())
        print(f"recorded in: {args.out}")
        return 0
    paths = [p.resolve() for p in args.notebooks] or all_notebooks()
    missing = [str(p) for p in paths if not p.is_file() or p.suffix != ".ipynb"]
    if missing:
        parser.error(f"not a notebook: {', '.join(missing)}")
    if args.command == "refresh":
        return refresh(paths)
    return bench(paths, args.json.resolve(), args.out and args.out.resolve())


if __name__ == "__main__":
    sys.exit(main())
