"""MkDocs hook: the course status page, generated from the benchmark records.

``docs/status/index.<lang>.md`` holds the marker ``<!-- course-status -->``; this hook replaces it
with a table built from ``benchmarks/cpu.json`` (required) and ``benchmarks/gpu.json`` (optional),
the records that ``make bench`` writes (``tools/notebooks.py bench``). For every lesson with a
notebook it shows what the notebook of the page's language asserts (result, bar, value, met or
not), its CPU time, peak memory and budget, its GPU time where one was measured, and when, on
which machine and with which versions it was measured. Nothing on the page is typed by hand.

A notebook under ``docs/`` without an entry in ``benchmarks/cpu.json`` fails the build, with the
command that fixes it. ``tests/test_status.py`` checks the page and these functions.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

MARKER = "<!-- course-status -->"
CPU_RECORD = "benchmarks/cpu.json"
GPU_RECORD = "benchmarks/gpu.json"
NONE = "—"
NBSP = "\u00a0"  # keeps "37,3 s", "≥ 0,91" and "2,38 × 10⁻⁷" on one line

LABELS = {
    "es": {
        # One per column; the GPU and date columns show only where they are needed.
        "header": "Lección|Resultado|Umbral|Valor|Supera|Tiempo en CPU|Memoria máx."
        "|Presupuesto ≤ {budget} s|Tiempo en GPU|Medido",
        "and": " y ",
        "no_result": "ningún resultado comprobado",
        "summary": (
            "Superan todos sus umbrales: **{met} de {n}** lecciones. "
            "Dentro del presupuesto de {budget} s en CPU: **{within} de {n}**."
        ),
        "measured": "Medido {when} con {environment}.",
        "on": "el {date}",
        "environments": "Entornos de medida:",
        "backend": "motor",
        "cpus": "{n} CPU",
        "dates": "del {first} al {last}",
    },
    "en": {
        "header": "Lesson|Result|Bar|Value|Met|CPU time|Peak memory|Budget ≤ {budget} s"
        "|GPU time|Measured",
        "and": " and ",
        "no_result": "no checked result",
        "summary": (
            "Meet all their bars: **{met} of {n}** lessons. "
            "Within the {budget} s CPU budget: **{within} of {n}**."
        ),
        "measured": "Measured {when} with {environment}.",
        "on": "on {date}",
        "environments": "Measurement environments:",
        "backend": "backend",
        "cpus": "{n} CPUs",
        "dates": "from {first} to {last}",
    },
}

_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?")


def _decimal(text: str, lang: str) -> str:
    return text.replace(".", ",") if lang == "es" else text


def format_number(value: float, lang: str) -> str:
    """A value for readers: 4 significant digits, or a power of ten when very small or large."""
    if value == 0 or 1e-4 <= abs(value) < 1e6:
        text = f"{value:.4g}" if abs(value) < 9999.5 else f"{value:.0f}"
    else:
        mantissa, exponent = f"{value:.3g}".split("e")
        power = "10" + str(int(exponent)).translate(_SUPERSCRIPT)
        sign, digits = ("-", mantissa[1:]) if mantissa.startswith("-") else ("", mantissa)
        text = sign + (power if digits == "1" else f"{digits}{NBSP}×{NBSP}{power}")
    return _decimal(text, lang)


def format_bar(bar: str, lang: str) -> str:
    """A bar as ``check_result`` wrote it (``≥ 0.91``, ``19 ± 0.5``), in the page's language."""
    text = _NUMBER.sub(lambda m: format_number(float(m.group()), lang), bar)
    text = re.sub(r"([≥≤±]) ", rf"\1{NBSP}", text).replace(" ±", f"{NBSP}±")
    return text.replace(" and ", LABELS[lang]["and"])


def format_seconds(seconds: float | None, lang: str) -> str:
    return NONE if seconds is None else _decimal(f"{seconds:.1f}{NBSP}s", lang)


def _mib(value: float | None) -> str:
    return NONE if value is None else f"{value:.0f}{NBSP}MiB"


def _cell(text: str) -> str:
    """Text that stays literal inside a Markdown table cell."""
    return re.sub(r"([\\|*_`\[\]])", r"\\\1", html.escape(text, quote=False))


def entries(report: dict) -> dict[str, dict]:
    """A record's entries by notebook, each with its own date, machine and versions."""
    shared = {key: report[key] for key in ("date", "machine", "versions") if key in report}
    return {entry["notebook"]: {**shared, **entry} for entry in report.get("notebooks", [])}


def fix_command(notebooks: list[str]) -> str:
    names = " ".join(notebooks)
    return f'make bench NB="{names}"' if len(notebooks) > 1 else f"make bench NB={names}"


def check_records(notebooks: list[str], cpu: dict[str, dict], gpu: dict[str, dict]) -> None:
    """Raise ``PluginError`` (one line: what is wrong, how to fix it) unless every notebook
    has a CPU measurement and each record holds only what its name says."""
    missing = [n for n in notebooks if n not in cpu]
    if missing:
        raise PluginError(
            f"status page: {CPU_RECORD} has no measurement of {', '.join(missing)}; "
            f"run `{fix_command(missing)}` and commit {CPU_RECORD}"
        )
    on_gpu = [n for n in notebooks if (cpu[n].get("machine") or {}).get("gpu")]
    if on_gpu:
        raise PluginError(
            f"status page: {CPU_RECORD} has GPU timings of {', '.join(on_gpu)}; re-measure "
            f"without a GPU: `CUDA_VISIBLE_DEVICES= {fix_command(on_gpu)}`"
        )
    no_gpu = [n for n, entry in gpu.items() if not (entry.get("machine") or {}).get("gpu")]
    if no_gpu:
        raise PluginError(
            f"status page: {GPU_RECORD} has measurements made without a GPU "
            f"({', '.join(no_gpu)}); re-measure them on a GPU machine: `{fix_command(no_gpu)}`"
        )


def describe_environment(entry: dict, lang: str) -> str:
    """Python, Keras (and backend), TensorFlow, NumPy, and the machine of a measurement."""
    labels = LABELS[lang]
    machine, versions = entry.get("machine") or {}, entry.get("versions") or {}
    parts = [f"Python {machine['python']}" if machine.get("python") else ""]
    if versions.get("keras"):
        backend = versions.get("backend")
        parts.append(
            f"Keras {versions['keras']}" + (f" ({labels['backend']} {backend})" if backend else "")
        )
    parts += [
        f"TensorFlow {versions['tensorflow']}" if versions.get("tensorflow") else "",
        f"NumPy {versions['numpy']}" if versions.get("numpy") else "",
        f"GPU {machine['gpu']}" if machine.get("gpu") else "",
        labels["cpus"].format(n=machine["cpus"]) if machine.get("cpus") else "",
        machine.get("platform", ""),
    ]
    return " · ".join(part for part in parts if part)


def _environment_key(entry: dict) -> str:
    return json.dumps([entry.get("machine"), entry.get("versions")], sort_keys=True)


def _met(entry: dict) -> bool:
    return entry.get("error") is None and all(r["passed"] for r in entry.get("results", []))


def render_status(lessons: list[dict], lang: str, budget: float) -> str:
    """The status tables in Markdown. ``lessons``: dicts with ``title``, ``href`` (or None),
    ``cpu`` (the notebook's entry in the CPU record) and ``gpu`` (its GPU entry, or None)."""
    labels = LABELS[lang]
    show_gpu = any(lesson["gpu"] for lesson in lessons)
    environments: dict[str, list[dict]] = {}
    for lesson in lessons:
        for entry in (lesson["cpu"], lesson["gpu"]):
            if entry:
                environments.setdefault(_environment_key(entry), []).append(entry)
    letters = {key: chr(ord("A") + i) for i, key in enumerate(environments)}
    # A column for the date only where dates differ: otherwise the footer gives the one date.
    show_date = (
        len(letters) > 1 or len({lesson["cpu"].get("date", "")[:10] for lesson in lessons}) > 1
    )
    hidden = {i for i, shown in ((_GPU_COLUMN, show_gpu), (_DATE_COLUMN, show_date)) if not shown}

    def tag(entry: dict) -> str:
        return f" ({letters[_environment_key(entry)]})" if len(letters) > 1 else ""

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c for i, c in enumerate(cells) if i not in hidden) + " |"

    header = labels["header"].format(budget=f"{budget:g}").split("|")
    lines = [line(header), line(list(_ALIGN)).replace(" ", "")]
    for lesson in lessons:
        cpu, gpu = lesson["cpu"], lesson["gpu"]
        title = lesson["title"].replace("|", "\\|")  # the page's own Markdown: keep it
        results = [
            (_cell(r["name"]), format_bar(r["bar"], lang), format_number(r["value"], lang), r)
            for r in cpu.get("results", [])
        ]
        rows = [(name, bar, value, "✓" if r["passed"] else "✗") for name, bar, value, r in results]
        if cpu.get("error"):
            rows.append((_cell(f"error: {cpu['error']}"), NONE, NONE, "✗"))
        if not rows:
            rows.append((labels["no_result"], NONE, NONE, NONE))
        within = cpu.get("wall_s") is not None and cpu.get("within_budget")
        lines.append(
            line(
                [
                    f"[{title}]({lesson['href']})" if lesson["href"] else title,
                    *rows[0],
                    format_seconds(cpu.get("wall_s"), lang),
                    _mib(cpu.get("peak_mem_mib")),
                    "✓" if within else "✗",
                    (format_seconds(gpu.get("wall_s"), lang) + tag(gpu)) if gpu else NONE,
                    cpu.get("date", "")[:10] + tag(cpu),
                ]
            )
        )
        lines += [line(["", *row, *[""] * (len(_ALIGN) - 5)]) for row in rows[1:]]

    n = len(lessons)
    summary = labels["summary"].format(
        met=sum(_met(lesson["cpu"]) for lesson in lessons),
        within=sum(bool(lesson["cpu"].get("within_budget")) for lesson in lessons),
        n=n,
        budget=f"{budget:g}",
    )
    described = []
    for key, measured in environments.items():
        dates = sorted(entry.get("date", "")[:10] for entry in measured)
        first, last = dates[0], dates[-1]
        when = (
            labels["on"].format(date=first)
            if first == last
            else labels["dates"].format(first=first, last=last)
        )
        described.append((letters[key], when, describe_environment(measured[0], lang)))
    if len(described) <= 1:
        footer = "".join(
            labels["measured"].format(when=when, environment=text) for _, when, text in described
        )
    else:
        footer = (
            labels["environments"]
            + "\n\n"
            + "\n".join(f"- **{letter}**: {text}; {when}." for letter, when, text in described)
        )
    return "\n".join([summary, "", *lines, "", footer, ""])


# One per column of LABELS[lang]["header"].
_ALIGN = ("---", "---", "---", "--:", ":-:", "--:", "--:", ":-:", "--:", "---")
_GPU_COLUMN, _DATE_COLUMN = 8, 9


def _nav_positions(nav) -> dict[str, tuple[int, str | None]]:
    """Each lesson folder's position in ``nav`` and the number its title starts with."""

    def paths(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, list):
            for item in value:
                yield from paths(item)
        elif isinstance(value, dict):
            for item in value.values():
                yield from paths(item)

    positions: dict[str, tuple[int, str | None]] = {}
    for position, item in enumerate(nav or []):
        title = next(iter(item)) if isinstance(item, dict) else ""
        number = re.match(r"(\d+)\.\s", title)
        for path in paths(item):
            if "/" in path:
                positions.setdefault(path.split("/")[0], (position, number and number.group(1)))
    return positions


def _title(index: Path, fallback: str) -> str:
    if index.is_file():
        match = re.search(r"^#\s+(.+?)\s*$", index.read_text(encoding="utf-8"), re.MULTILINE)
        if match:
            return match.group(1)
    return fallback


def _notebooks(docs: Path) -> list[Path]:
    return sorted(p for p in docs.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def _load(path: Path) -> tuple[dict[str, dict], float]:
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise PluginError(f"status page: {path.name} is not valid JSON ({exc})") from None
    return entries(report), report.get("budget_s", 120)


def on_page_markdown(markdown: str, page, config, files) -> str:
    if MARKER not in markdown:
        return markdown
    lang = config["theme"]["language"] if config["theme"]["language"] in LABELS else "en"
    root = Path(config["config_file_path"]).parent
    docs = Path(config["docs_dir"])
    if not (root / CPU_RECORD).is_file():
        raise PluginError(
            f"status page: {CPU_RECORD} is missing; run `make bench` and commit {CPU_RECORD}"
        )
    cpu, budget = _load(root / CPU_RECORD)
    gpu = _load(root / GPU_RECORD)[0] if (root / GPU_RECORD).is_file() else {}
    notebooks = _notebooks(docs)
    key = {nb: nb.resolve().relative_to(root.resolve()).as_posix() for nb in notebooks}
    check_records([key[nb] for nb in notebooks], cpu, gpu)

    positions = _nav_positions(config["nav"])
    here = posixpath.dirname(page.file.src_uri)
    lessons = []
    for notebook in (nb for nb in notebooks if nb.name.endswith(f".{lang}.ipynb")):
        folder = notebook.parent.relative_to(docs).as_posix()
        position, number = positions.get(folder.split("/")[0], (float("inf"), None))
        index = notebook.parent / f"index.{lang}.md"
        title = _title(index, folder)
        lessons.append(
            {
                "order": (position, folder, notebook.name),
                "title": f"{number}. {title}" if number else title,
                "href": posixpath.relpath(f"{folder}/index.md", here) if index.is_file() else None,
                "cpu": cpu[key[notebook]],
                "gpu": gpu.get(key[notebook]),
            }
        )
    lessons.sort(key=lambda lesson: lesson["order"])
    return markdown.replace(MARKER, render_status(lessons, lang, budget))


def on_serve(server, config, builder):
    """``mkdocs serve`` rebuilds when a benchmark record changes."""
    records = Path(config["config_file_path"]).parent / "benchmarks"
    if records.is_dir():
        server.watch(str(records))
    return server
