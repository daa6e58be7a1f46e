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

``bench`` runs notebooks as a student does: the course package is built into a wheel from a
clean export of the repository and installed in a fresh environment over the chosen stack
(``--stack pinned``, the project's ``.venv``, or ``--stack oldest``, ``.venv-oldest``, the
oldest supported versions), and each notebook is copied alone into an empty folder.
In the same run it times a fixed reference workload (``reference_workload``) and records each
notebook's time as a multiple of it: the budget is set in those units, so that a notebook
passes or fails the same way on a fast or a slow day. ``--seeds N`` also runs each notebook
with N seeds (every ``seed_everything(s)`` call becomes ``seed_everything(s + k)``,
k = 0 … N-1) and records, per key result, its minimum, median and maximum.
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
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Collection
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
BENCHMARKS = ROOT / "benchmarks"  # the committed records: cpu.json, cpu-oldest.json, gpu.json
TIMEOUT_S = 600
# The budget, in seconds on a 2-core CPU and in units of the reference workload (a notebook's
# wall time divided by the reference's time in the same run). Calibration: on 2026-12-01, a
# day reported as 2.1-2.6 times slower than 2026-11-23, the reference took 5.3-5.8 s in four
# runs on the 2-core CI machine kind: BUDGET_UNITS = 120 s / 6 s, so a notebook within budget
# runs in about 120 s or less on such a day (see README, "Benchmark").
BUDGET_S = 120
BUDGET_UNITS = 20
RECORDS = {"pinned": "cpu.json", "oldest": "cpu-oldest.json"}
SEED_CALL = re.compile(r"\bseed_everything\((\d+)\)")
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


def execute(path: Path, seed_offset: int = 0, figure_text: bool = False):
    """Execute the notebook at ``path`` from a clean kernel, in its folder; return it executed.

    With ``seed_offset``, every ``seed_everything(s)`` call runs as ``seed_everything(s + k)``
    (in memory: the file is not changed). With ``figure_text``, each image output's metadata
    gets the text of its figure (``figure_text.KEY``).
    """
    import nbformat
    from nbclient import NotebookClient

    os.environ.update(KERNEL_ENV)
    nb = nbformat.read(path, as_version=4)
    if seed_offset:
        reseed(nb, seed_offset)
    client = NotebookClient(
        nb,
        timeout=TIMEOUT_S,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
        record_timing=False,
    )
    if not figure_text:
        client.execute()
        return nb
    import figure_text as figures

    with tempfile.TemporaryDirectory() as tmp, figures.recording(Path(tmp)) as records:
        client.execute()
        figures.attach(nb, records)
    return nb


def reseed(nb, offset: int) -> int:
    """Add ``offset`` to every ``seed_everything(s)`` call of ``nb``; return how many changed."""
    count = 0
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.source, n = SEED_CALL.subn(
                lambda m: f"seed_everything({int(m.group(1)) + offset})", cell.source
            )
            count += n
    if not count:
        raise ValueError("the notebook never calls seed_everything(<number>): nothing to reseed")
    return count


def _refresh_one(path: Path) -> None:
    """Run in a child process: execute ``path`` alone in an empty folder, as a student's
    download (a file a notebook writes, such as lesson 2's script, is new every time and never
    lands in ``docs/``), and store its clean outputs in place."""
    import nbformat
    from student import copy_alone

    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="refresh-") as folder:
        nb = execute(copy_alone(path, Path(folder) / "download"), figure_text=True)
    clean_outputs(nb)
    nbformat.validate(nb)
    nbformat.write(nb, path)
    print(f"refreshed {path.relative_to(ROOT)} in {time.perf_counter() - start:.1f} s")


def _in_child(command: str, path: Path, *args: str, python: Path | None = None, **kwargs):
    """Run one notebook in a fresh process: a clean kernel and clean Jupyter state each time.

    ``python`` chooses the interpreter (a student environment); its kernel spec is then the
    one notebooks run with.
    """
    from student import clean_environment, jupyter_path

    env = {**clean_environment(), **KERNEL_ENV}
    if python is not None:
        env["JUPYTER_PATH"] = jupyter_path(python)
    return subprocess.run(
        [str(python or sys.executable), __file__, command, str(path), *args], env=env, **kwargs
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


def _bench_one(path: Path, seed_offset: int = 0) -> dict:
    """Run in a child process: copy ``path`` alone into an empty folder, execute and measure it."""
    from student import copy_alone

    start = time.perf_counter()
    error = None
    results = []
    folder = Path(tempfile.mkdtemp(prefix="notebook-"))
    try:
        nb = execute(copy_alone(path, folder / "download"), seed_offset)
        results = results_of(nb)
    except Exception as exc:  # reported in the table, not raised
        error = f"{type(exc).__name__}: {clean_text(str(exc)).splitlines()[-1] if str(exc) else ''}"
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    wall = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the (reaped) kernel
    return {
        "notebook": path.relative_to(ROOT).as_posix(),
        "wall_s": round(wall, 1),
        "peak_mem_mib": round(peak_kib / 1024, 0),
        "results": results,
        "error": error,
    }


def reference_workload() -> float:
    """Seconds of the fixed reference workload: the best of two one-epoch fits of the source
    notes' Flatten-128-10 MLP on Fashion-MNIST (60,000 images, batch 32, Adam)."""
    import keras

    from snippets import load_fashion_mnist, seed_everything

    (x, y), _ = load_fashion_mnist()
    x = x.astype("float32") / 255
    times = []
    for _ in range(2):
        seed_everything(0)
        model = keras.Sequential(
            [
                keras.Input((28, 28)),
                keras.layers.Flatten(),
                keras.layers.Dense(128, activation="relu"),
                keras.layers.Dense(10, activation="softmax"),
            ]
        )
        model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
        start = time.perf_counter()
        model.fit(x, y, epochs=1, batch_size=32, verbose=0)
        times.append(time.perf_counter() - start)
    return round(min(times), 2)


_ENVIRONMENT_CODE = """
import json, platform, keras, numpy
backend = keras.backend.backend()
versions = {"keras": keras.__version__, "backend": backend, "tensorflow": None}
try:
    import tensorflow as tf
    versions["tensorflow"] = tf.__version__
except ImportError:
    tf = None
gpus = []
if backend == "tensorflow":
    gpus = [tf.config.experimental.get_device_details(d).get("device_name", d.name)
            for d in tf.config.list_physical_devices("GPU")]
elif backend == "jax":
    import jax
    versions["jax"] = jax.__version__
    gpus = [d.device_kind for d in jax.devices() if d.platform != "cpu"]
elif backend == "torch":
    import torch
    versions["torch"] = torch.__version__
    gpus = [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())]
versions |= {"numpy": numpy.__version__, "python": platform.python_version(), "gpus": gpus}
print(json.dumps(versions))
"""


def _environment(python: Path) -> tuple[dict, list[str]]:
    """The library versions the notebooks run with, and the GPUs the Keras backend sees.

    The backend is Keras's own choice, so ``KERAS_BACKEND=jax make bench`` measures on JAX:
    a GPU that JAX or PyTorch sees counts as one, as does one TensorFlow sees.
    """
    out = subprocess.run(
        [str(python), "-c", _ENVIRONMENT_CODE],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **KERNEL_ENV},
    )
    versions = json.loads(out.stdout.strip().splitlines()[-1])
    return versions, versions.pop("gpus")


def default_record(gpus: list[str], stack: str = "pinned", backend: str = "tensorflow") -> Path:
    """Where a run is recorded: GPU timings never mix with the CPU ones, nor stacks, nor a CPU
    run on another Keras backend with the TensorFlow ones (``cpu-jax.json``)."""
    if gpus:
        return BENCHMARKS / "gpu.json"
    if backend != "tensorflow":
        return BENCHMARKS / RECORDS[stack].replace(".json", f"-{backend}.json")
    return BENCHMARKS / RECORDS[stack]


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
    budget, units = BUDGET_S, BUDGET_UNITS
    for report in reports:
        budget = report.get("budget_s", budget)
        units = report.get("budget_units", units)
        entries.update((entry["notebook"], entry) for entry in entries_of(report))
    return {
        "budget_s": budget,
        "budget_units": units,
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


def seed_spread(runs: list[list[dict]]) -> list[dict]:
    """Per key result, its minimum, median and maximum over runs with different seeds."""
    spread = []
    for i, first in enumerate(runs[0]):
        values = [run[i]["value"] for run in runs if i < len(run)]
        spread.append(
            {
                "name": first["name"],
                "bar": first["bar"],
                "seeds": len(values),
                "min": min(values),
                "median": statistics.median(values),
                "max": max(values),
                "passed_all": all(run[i]["passed"] for run in runs if i < len(run))
                and len(values) == len(runs),
            }
        )
    return spread


def _child_json(out: subprocess.CompletedProcess, notebook: str) -> dict:
    if out.returncode == 0:
        return json.loads(out.stdout.strip().splitlines()[-1])
    error = clean_text(out.stderr.strip())[-300:]
    return {
        "notebook": notebook,
        "wall_s": None,
        "peak_mem_mib": None,
        "results": [],
        "error": error,
    }


def _measure_reference(python: Path) -> float:
    out = _in_child("_reference", ROOT, python=python, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"the reference workload failed:\n{out.stderr[-2000:]}")
    return float(out.stdout.strip().splitlines()[-1])


def bench(
    paths: list[Path],
    json_path: Path,
    out_path: Path | None = None,
    stack: str = "pinned",
    seeds: int = 1,
) -> int:
    import student

    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        export = student.export_repository(work / "export")
        _, wheel = student.build_distributions(export, work / "dist")
        python = student.student_env(work / "env", student.stack_python(stack), wheel)
        return _bench_in(python, paths, json_path, out_path, stack, seeds)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _bench_in(python, paths, json_path, out_path, stack, seeds) -> int:
    versions, gpus = _environment(python)
    machine = {
        "cpus": os.cpu_count(),
        "platform": platform.platform(terse=True),
        "python": versions.pop("python"),
        "gpu": ", ".join(gpus) or None,
    }
    out_path = out_path or default_record(gpus, stack, versions.get("backend", "tensorflow"))
    reference = [_measure_reference(python)]
    print(f"  reference workload: {reference[0]} s", file=sys.stderr)
    rows = []
    for path in paths:
        name = path.relative_to(ROOT).as_posix()
        runs = []
        for offset in range(seeds):
            out = _in_child(
                "_bench_one", path, str(offset), python=python, capture_output=True, text=True
            )
            runs.append(_child_json(out, name))
            print(f"  {name} (seed +{offset}): {runs[-1]['wall_s']} s", file=sys.stderr)
        row = {"notebook": name, "date": _now(), **runs[0]}
        if seeds > 1 and all(run["error"] is None for run in runs):
            row["seeds"] = seed_spread([run["results"] for run in runs])
        elif seeds > 1:
            row["error"] = row["error"] or next(run["error"] for run in runs if run["error"])
        rows.append({**row, "machine": machine, "versions": versions, "stack": stack})
    reference.append(_measure_reference(python))
    ref_s = min(reference)
    print(f"  reference workload: {reference[1]} s (using {ref_s} s)", file=sys.stderr)
    for row in rows:
        _judge(row, ref_s)
    report = {
        "date": _now(),
        "machine": machine,
        "versions": versions,
        "stack": stack,
        "budget_s": BUDGET_S,
        "budget_units": BUDGET_UNITS,
        "notebooks": rows,
    }
    _write_json(json_path, report)
    record([report], out_path)
    print(format_table(report))
    print(f"\nJSON: {json_path}\nrecorded in: {out_path}")
    return 0 if all(row["passed"] for row in rows) else 1


def _judge(row: dict, reference_s: float) -> None:
    """Add a row's time in reference units and whether it meets its bars and its budget."""
    wall = row["wall_s"]
    row["reference_s"] = reference_s
    row["wall_units"] = None if wall is None else round(wall / reference_s, 2)
    row["within_budget"] = wall is not None and row["wall_units"] <= BUDGET_UNITS
    row["within_budget_s"] = wall is not None and wall <= BUDGET_S
    bars = all(r["passed"] for r in row["results"]) and all(
        spread["passed_all"] for spread in row.get("seeds", [])
    )
    row["passed"] = row["error"] is None and bars and row["within_budget"]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _spread_text(row: dict) -> str:
    return "; ".join(
        f"{x['name']}: min {x['min']:.4g}, median {x['median']:.4g} over {x['seeds']} seeds"
        for x in row.get("seeds", [])
    )


def format_table(report: dict) -> str:
    """A Markdown table of a benchmark report."""
    ref = report["notebooks"][0].get("reference_s") if report["notebooks"] else None
    lines = [
        f"Benchmark {report['date']} · {report['machine']['cpus']} CPUs · "
        f"Python {report['machine']['python']} · "
        f"Keras {report['versions']['keras']} ({report['versions']['backend']}) · "
        + "".join(
            f"{label} {report['versions'][key]} · "
            for key, label in (("tensorflow", "TensorFlow"), ("jax", "JAX"), ("torch", "PyTorch"))
            if report["versions"].get(key)
        )
        + f"NumPy {report['versions']['numpy']} · stack {report.get('stack', 'pinned')} · "
        f"{'GPU ' + report['machine']['gpu'] + ' · ' if report['machine'].get('gpu') else ''}"
        f"reference workload {ref} s · "
        f"budget {report.get('budget_units', BUDGET_UNITS)} units ({report['budget_s']} s)",
        "",
        "| notebook | wall (s) | wall (units) | peak memory (MiB) | key result | seeds | status |",
        "|---|---:|---:|---:|---|---|---|",
    ]
    for row in report["notebooks"]:
        result = (
            "; ".join(f"{r['name']} = {r['value']:.4g} (bar {r['bar']})" for r in row["results"])
            or "—"
        )
        status = "ok" if row["passed"] else (row["error"] or "over budget or bar missed")
        if row["passed"] and not row.get("within_budget_s", True):
            status = f"ok (over {report['budget_s']} s on this machine today)"
        lines.append(
            f"| {row['notebook']} | {row['wall_s']} | {row.get('wall_units')} | "
            f"{row['peak_mem_mib']} | {result} | {_spread_text(row) or '—'} | {status} |"
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
                help="record to merge the run into (default: benchmarks/cpu.json for the "
                "pinned stack, benchmarks/cpu-oldest.json for the oldest, "
                "benchmarks/gpu.json when TensorFlow sees a GPU)",
            )
            cmd.add_argument(
                "--stack",
                choices=sorted(RECORDS),
                default="pinned",
                help="pinned: the project's .venv; oldest: .venv-oldest (make setup-oldest)",
            )
            cmd.add_argument(
                "--seeds",
                type=int,
                default=1,
                help="run each notebook with this many seeds and record each result's spread",
            )
    merge = sub.add_parser("merge", help="merge saved reports into a record (later ones win)")
    merge.add_argument("reports", nargs="+", type=Path)
    merge.add_argument("--out", type=Path, default=BENCHMARKS / "cpu.json")
    for name in ("_bench_one", "_refresh_one", "_execute", "_reference"):
        child = sub.add_parser(name)
        child.add_argument("notebook", type=Path)
        child.add_argument("seed_offset", type=int, nargs="?", default=0)
    args = parser.parse_args(argv)

    if args.command == "_bench_one":
        print(json.dumps(_bench_one(args.notebook.resolve(), args.seed_offset)))
        return 0
    if args.command == "_reference":
        print(reference_workload())
        return 0
    if args.command == "_execute":  # in place, outputs kept as they come (for the tests)
        import nbformat

        path = args.notebook.resolve()
        nbformat.write(execute(path), path)
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
    if args.command == "bench" and args.stack == "oldest" and not args.notebooks:
        # One language is enough there: twins' code is tested identical.
        paths = [p for p in paths if p.name.endswith(".en.ipynb")]
    missing = [str(p) for p in paths if not p.is_file() or p.suffix != ".ipynb"]
    if missing:
        parser.error(f"not a notebook: {', '.join(missing)}")
    if args.command == "refresh":
        return refresh(paths)
    if args.seeds < 1:
        parser.error("--seeds must be at least 1")
    out = args.out and args.out.resolve()
    return bench(paths, args.json.resolve(), out, args.stack, args.seeds)


if __name__ == "__main__":
    sys.exit(main())
