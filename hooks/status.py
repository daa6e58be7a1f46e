"""MkDocs hook: the course status page, generated from the benchmark records.

``docs/status/index.<lang>.md`` holds the marker ``<!-- course-status -->``; this hook replaces it
with a table built from the records that ``make bench`` writes (``tools/notebooks.py bench``):
``benchmarks/cpu.json`` (the pinned stack, required), ``benchmarks/cpu-oldest.json`` (the oldest
supported stack, optional) and ``benchmarks/gpu.json`` (optional). For every lesson with a
notebook it shows what the notebook of the page's language asserts (result, bar, value, met or
not, and the spread over seeds where several were run), its CPU time in seconds and in units of
the reference workload, its budget (set in those units), its peak memory, the time and verdict
of its English notebook on the oldest stack, its GPU time where one was measured, and when, on
which machine and with which versions it was measured. Nothing on the page is typed by hand.

A notebook under ``docs/`` without an entry in ``benchmarks/cpu.json`` fails the build, with the
command that fixes it; so does a record that holds what its name says it does not (GPU timings
in a CPU record, another stack in the oldest-stack record). Records written before the reference
unit and the seeds existed are shown with ``—`` where a figure is missing.
``tests/test_status.py`` checks the page and these functions.
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
OLDEST_RECORD = "benchmarks/cpu-oldest.json"
GPU_RECORD = "benchmarks/gpu.json"
NONE = "—"
NBSP = "\u00a0"  # keeps "37,3 s", "≥ 0,91" and "2,38 × 10⁻⁷" on one line

# The table's columns, in order, with their alignment. The first five after the lesson are
# per result (one row each); the others are per lesson, on its first row. The seeds, oldest,
# GPU and date columns show only where they have something to show.
COLUMNS = {
    "lesson": "---",
    "result": "---",
    "bar": "---",
    "value": "--:",
    "met": ":-:",
    "seeds": "--:",
    "cpu": "--:",
    "budget": ":-:",
    "memory": "--:",
    "oldest": "--:",
    "gpu": "--:",
    "date": "---",
}

LABELS = {
    "es": {
        "columns": {
            "lesson": "Lección",
            "result": "Resultado",
            "bar": "Umbral",
            "value": "Valor",
            "met": "Supera",
            "seeds": "Entre semillas: peor / mediana",
            "cpu": "Tiempo en CPU",
            "budget": "Presupuesto {budget}",
            "memory": "Memoria máx.",
            "oldest": "Versiones mínimas: tiempo · umbrales",
            "gpu": "Tiempo en GPU",
            "date": "Medido",
        },
        "units": "u.",
        "budget_units": "≤ {units} u. (≈ {seconds} s)",
        "budget_seconds": "≤ {seconds} s",
        "seeds": "{worst} / {median} ({n} semillas)",
        "seeds_missed": "{worst} / {median} ({n} semillas; alguna no lo supera)",
        "and": " y ",
        "no_result": "ningún resultado comprobado",
        "summary": (
            "Superan todos sus umbrales: **{met} de {n}** lecciones. "
            "Dentro del presupuesto en CPU, {budget}: **{within} de {n}**."
        ),
        "calibration": (
            " Calibración: {units} u. = {seconds} s ÷ {reference} s, el tiempo de la tarea de "
            "referencia el día de la calibración."
        ),
        "measured": "Medido {when} con {environment}.",
        "on": "el {date}",
        "environments": "Entornos de medida:",
        "roles": {"cpu": "tiempo en CPU", "oldest": "versiones mínimas", "gpu": "tiempo en GPU"},
        "backend": "motor",
        "cpus": "{n} CPU",
        "dates": "del {first} al {last}",
    },
    "en": {
        "columns": {
            "lesson": "Lesson",
            "result": "Result",
            "bar": "Bar",
            "value": "Value",
            "met": "Met",
            "seeds": "Across seeds: worst / median",
            "cpu": "CPU time",
            "budget": "Budget {budget}",
            "memory": "Peak memory",
            "oldest": "Oldest stack: time · bars",
            "gpu": "GPU time",
            "date": "Measured",
        },
        "units": "units",
        "budget_units": "≤ {units} units (≈ {seconds} s)",
        "budget_seconds": "≤ {seconds} s",
        "seeds": "{worst} / {median} ({n} seeds)",
        "seeds_missed": "{worst} / {median} ({n} seeds; some miss the bar)",
        "and": " and ",
        "no_result": "no checked result",
        "summary": (
            "Meet all their bars: **{met} of {n}** lessons. "
            "Within the CPU budget, {budget}: **{within} of {n}**."
        ),
        "calibration": (
            " Calibration: {units} units = {seconds} s ÷ {reference} s, the reference workload's "
            "time on the calibration day."
        ),
        "measured": "Measured {when} with {environment}.",
        "on": "on {date}",
        "environments": "Measurement environments:",
        "roles": {"cpu": "CPU time", "oldest": "oldest stack", "gpu": "GPU time"},
        "backend": "backend",
        "cpus": "{n} CPUs",
        "dates": "from {first} to {last}",
    },
}

_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?")
_NUM = r"(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)"


def _decimal(text: str, lang: str) -> str:
    return text.replace(".", ",") if lang == "es" else text


def _nbsp(text: str) -> str:
    """No line break after ``≤``, ``≥``, ``≈`` or ``±``, nor before a unit."""
    text = re.sub(r"([≥≤≈±]) ", rf"\1{NBSP}", text).replace(" ±", f"{NBSP}±")
    return re.sub(r"(\d) (s|u\.|units)(?!\w)", rf"\1{NBSP}\2", text)


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


def format_units(units: float | None, lang: str) -> str:
    """A time in units of the reference workload: ``6,5 u.``, ``6.5 units``."""
    if units is None:
        return NONE
    return _decimal(f"{units:.1f}", lang) + NBSP + LABELS[lang]["units"]


def format_time(entry: dict, lang: str, units: bool = True) -> str:
    """A notebook's wall time, ``37,3 s · 6,5 u.``; ``37,3 s · —`` for an entry measured before
    the reference unit existed, or ``37,3 s`` when the table has no units (``units=False``)."""
    if entry.get("wall_s") is None:
        return NONE
    text = format_seconds(entry["wall_s"], lang)
    if units or entry.get("wall_units") is not None:
        text += " · " + format_units(entry.get("wall_units"), lang)
    return text


def format_budget(budget_s: float, budget_units: float | None, lang: str) -> str:
    """``≤ 16 u. (≈ 120 s)``; ``≤ 120 s`` for a record from before the reference unit."""
    seconds = format_number(budget_s, lang)
    if budget_units is None:
        return _nbsp(LABELS[lang]["budget_seconds"].format(seconds=seconds))
    units = format_number(budget_units, lang)
    return _nbsp(LABELS[lang]["budget_units"].format(units=units, seconds=seconds))


def bounds(bar: str) -> tuple[float | None, float | None]:
    """The lowest and highest values a bar as ``check_result`` wrote it accepts
    (``≥ 0.91``, ``≤ 1e-06``, ``19 ± 0.5``, ``≥ 0.1 and ≤ 0.9``); None where it has none."""
    target = re.fullmatch(rf"{_NUM} ± {_NUM}", bar)
    if target:
        value, tol = float(target.group(1)), float(target.group(2))
        return value - tol, value + tol
    low, high = re.search(rf"≥ {_NUM}", bar), re.search(rf"≤ {_NUM}", bar)
    return (low and float(low.group(1))), (high and float(high.group(1)))


def worst_seed(spread: dict) -> float:
    """The seed's value nearest to failing: the minimum under a lower bar (``≥``), the maximum
    under an upper one (``≤``), and whichever is closer to its end of a range."""
    low, high = bounds(spread["bar"])
    if high is None:
        return spread["min"]
    if low is None:
        return spread["max"]
    return spread["min"] if spread["min"] - low <= high - spread["max"] else spread["max"]


def format_spread(spread: dict | None, lang: str) -> str:
    """A result's worst seed and median over seeds: ``0,9128 / 0,9172 (5 semillas)``."""
    if not spread:
        return NONE
    key = "seeds" if spread.get("passed_all", True) else "seeds_missed"
    return LABELS[lang][key].format(
        worst=format_number(worst_seed(spread), lang),
        median=format_number(spread["median"], lang),
        n=spread["seeds"],
    )


def _mib(value: float | None) -> str:
    return NONE if value is None else f"{value:.0f}{NBSP}MiB"


def _cell(text: str) -> str:
    """Text that stays literal inside a Markdown table cell."""
    return re.sub(r"([\\|*_`\[\]])", r"\\\1", html.escape(text, quote=False))


def entries(report: dict) -> dict[str, dict]:
    """A record's entries by notebook, each with its own date, machine, versions and stack."""
    shared = {k: report[k] for k in ("date", "machine", "versions", "stack") if k in report}
    return {entry["notebook"]: {**shared, **entry} for entry in report.get("notebooks", [])}


def fix_command(notebooks: list[str], stack: str | None = None) -> str:
    names = " ".join(notebooks)
    option = f"STACK={stack} " if stack else ""
    return (
        f'make bench {option}NB="{names}"'
        if len(notebooks) > 1
        else f"make bench {option}NB={names}"
    )


def _on_gpu(record: dict[str, dict]) -> list[str]:
    return [n for n, entry in record.items() if (entry.get("machine") or {}).get("gpu")]


def check_records(
    notebooks: list[str],
    cpu: dict[str, dict],
    gpu: dict[str, dict],
    oldest: dict[str, dict] | None = None,
) -> None:
    """Raise ``PluginError`` (one line: what is wrong, how to fix it) unless every notebook
    has a CPU measurement and each record holds only what its name says."""
    missing = [n for n in notebooks if n not in cpu]
    if missing:
        raise PluginError(
            f"status page: {CPU_RECORD} has no measurement of {', '.join(missing)}; "
            f"run `{fix_command(missing)}` and commit {CPU_RECORD}"
        )
    on_gpu = [n for n in notebooks if n in _on_gpu(cpu)]
    if on_gpu:
        raise PluginError(
            f"status page: {CPU_RECORD} has GPU timings of {', '.join(on_gpu)}; re-measure "
            f"without a GPU: `CUDA_VISIBLE_DEVICES= {fix_command(on_gpu)}`"
        )
    no_gpu = [n for n in gpu if n not in _on_gpu(gpu)]
    if no_gpu:
        raise PluginError(
            f"status page: {GPU_RECORD} has measurements made without a GPU "
            f"({', '.join(no_gpu)}); re-measure them on a GPU machine: `{fix_command(no_gpu)}`"
        )
    oldest = oldest or {}
    on_gpu = _on_gpu(oldest)
    if on_gpu:
        raise PluginError(
            f"status page: {OLDEST_RECORD} has GPU timings of {', '.join(on_gpu)}; re-measure "
            f"without a GPU: `CUDA_VISIBLE_DEVICES= {fix_command(on_gpu, 'oldest')}`"
        )
    other = [n for n, entry in oldest.items() if entry.get("stack") != "oldest"]
    if other:
        raise PluginError(
            f"status page: {OLDEST_RECORD} has entries not measured on the oldest stack "
            f"({', '.join(other)}); re-measure them: `{fix_command(other, 'oldest')}`"
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
        f"JAX {versions['jax']}" if versions.get("jax") else "",
        f"PyTorch {versions['torch']}" if versions.get("torch") else "",
        f"NumPy {versions['numpy']}" if versions.get("numpy") else "",
        f"GPU {machine['gpu']}" if machine.get("gpu") else "",
        labels["cpus"].format(n=machine["cpus"]) if machine.get("cpus") else "",
        machine.get("platform", ""),
    ]
    return " · ".join(part for part in parts if part)


def _environment_key(entry: dict) -> str:
    return json.dumps([entry.get("machine"), entry.get("versions")], sort_keys=True)


def _met(entry: dict) -> bool:
    """No error, every bar met, and met with every seed where several were run."""
    return (
        entry.get("error") is None
        and all(r["passed"] for r in entry.get("results", []))
        and all(spread.get("passed_all", True) for spread in entry.get("seeds") or [])
    )


def _within(entry: dict, budget_units: float | None) -> bool:
    """Within the budget: in reference units where both are known, else as recorded (records
    from before the unit judged seconds)."""
    if entry.get("wall_s") is None:
        return False
    if budget_units is not None and entry.get("wall_units") is not None:
        return entry["wall_units"] <= budget_units
    return bool(entry.get("within_budget"))


def _mark(passed: bool) -> str:
    return "✓" if passed else "✗"


def _footer(environments: dict[str, dict], letters: dict[str, str], lang: str) -> str:
    """The environments below the table: one sentence, or a list by letter naming the column
    (CPU time, oldest stack, GPU time) each one measured."""
    labels = LABELS[lang]
    described = []
    for key, found in environments.items():
        dates = sorted(entry.get("date", "")[:10] for entry in found["entries"])
        first, last = dates[0], dates[-1]
        when = (
            labels["on"].format(date=first)
            if first == last
            else labels["dates"].format(first=first, last=last)
        )
        roles = ", ".join(labels["roles"][role] for role in found["roles"])
        text = describe_environment(found["entries"][0], lang)
        described.append((letters[key], roles, when, text))
    if len(described) <= 1:
        return "".join(
            labels["measured"].format(when=when, environment=text) for _, _, when, text in described
        )
    items = (
        f"- **{letter}** ({roles}): {text}; {when}." for letter, roles, when, text in described
    )
    return labels["environments"] + "\n\n" + "\n".join(items)


def render_status(
    lessons: list[dict], lang: str, budget: float, budget_units: float | None = None
) -> str:
    """The status tables in Markdown. ``lessons``: dicts with ``title``, ``href`` (or None),
    ``cpu`` (the notebook's entry in the CPU record), ``gpu`` (its GPU entry, or None) and,
    where the oldest-stack record exists, ``oldest`` (its English twin's entry there, or None).
    ``budget``: seconds; ``budget_units``: the same budget in reference units (None in records
    from before the unit)."""
    labels = LABELS[lang]
    units = budget_units is not None
    shown = {
        "seeds": any(lesson["cpu"].get("seeds") for lesson in lessons),
        "oldest": any("oldest" in lesson for lesson in lessons),
        "gpu": any(lesson["gpu"] for lesson in lessons),
        # The date column only where CPU entries were measured apart; otherwise the footer
        # gives the one date.
        "date": len({_environment_key(lesson["cpu"]) for lesson in lessons}) > 1
        or len({lesson["cpu"].get("date", "")[:10] for lesson in lessons}) > 1,
    }
    environments: dict[str, dict] = {}
    for lesson in lessons:
        for role in ("cpu", "oldest", "gpu"):
            entry = lesson.get(role)
            if entry:
                found = environments.setdefault(
                    _environment_key(entry), {"entries": [], "roles": []}
                )
                found["entries"].append(entry)
                if role not in found["roles"]:
                    found["roles"].append(role)
    letters = {key: chr(ord("A") + i) for i, key in enumerate(environments)}

    def tag(entry: dict) -> str:
        return f" ({letters[_environment_key(entry)]})" if len(letters) > 1 else ""

    def line(cells: dict[str, str]) -> str:
        return "| " + " | ".join(cells.get(c, "") for c in COLUMNS if shown.get(c, True)) + " |"

    budget_text = format_budget(budget, budget_units, lang)
    header = {c: text.format(budget=budget_text) for c, text in labels["columns"].items()}
    lines = [line(header), line(COLUMNS).replace(" ", "")]
    for lesson in lessons:
        cpu, gpu, oldest = lesson["cpu"], lesson["gpu"], lesson.get("oldest")
        title = lesson["title"].replace("|", "\\|")  # the page's own Markdown: keep it
        spreads = {spread["name"]: spread for spread in cpu.get("seeds") or []}
        rows = [
            {
                "result": _cell(r["name"]),
                "bar": format_bar(r["bar"], lang),
                "value": format_number(r["value"], lang),
                "met": _mark(r["passed"]),
                "seeds": format_spread(spreads.get(r["name"]), lang),
            }
            for r in cpu.get("results", [])
        ]
        if cpu.get("error"):
            rows.append({"result": _cell(f"error: {cpu['error']}"), "met": "✗"})
        if not rows:
            rows.append({"result": labels["no_result"], "met": NONE})
        rows = [{c: NONE for c in ("bar", "value", "seeds")} | row for row in rows]
        rows[0] |= {
            "lesson": f"[{title}]({lesson['href']})" if lesson["href"] else title,
            "cpu": format_time(cpu, lang, units),
            "budget": _mark(_within(cpu, budget_units)),
            "memory": _mib(cpu.get("peak_mem_mib")),
            "oldest": (
                f"{format_time(oldest, lang, units)} · {_mark(_met(oldest))}{tag(oldest)}"
                if oldest
                else NONE
            ),
            "gpu": (format_seconds(gpu.get("wall_s"), lang) + tag(gpu)) if gpu else NONE,
            "date": cpu.get("date", "")[:10] + tag(cpu),
        }
        lines += [line(row) for row in rows]

    n = len(lessons)
    summary = labels["summary"].format(
        met=sum(_met(lesson["cpu"]) for lesson in lessons),
        within=sum(_within(lesson["cpu"], budget_units) for lesson in lessons),
        n=n,
        budget=budget_text,
    )
    if budget_units:
        summary += _nbsp(
            labels["calibration"].format(
                units=format_number(budget_units, lang),
                seconds=format_number(budget, lang),
                reference=format_number(budget / budget_units, lang),
            )
        )
    return "\n".join([summary, "", *lines, "", _footer(environments, letters, lang), ""])


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


def _load(path: Path) -> tuple[dict[str, dict], dict]:
    """A record's entries by notebook, and the record itself."""
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise PluginError(f"status page: {path.name} is not valid JSON ({exc})") from None
    return entries(report), report


def _english(notebook: str, lang: str) -> str:
    """``docs/a/a.es.ipynb`` -> ``docs/a/a.en.ipynb``: the oldest stack measures English only."""
    return notebook.removesuffix(f".{lang}.ipynb") + ".en.ipynb"


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
    cpu, report = _load(root / CPU_RECORD)
    gpu = _load(root / GPU_RECORD)[0] if (root / GPU_RECORD).is_file() else {}
    has_oldest = (root / OLDEST_RECORD).is_file()  # optional: no column without it
    oldest = _load(root / OLDEST_RECORD)[0] if has_oldest else {}
    notebooks = _notebooks(docs)
    key = {nb: nb.resolve().relative_to(root.resolve()).as_posix() for nb in notebooks}
    check_records([key[nb] for nb in notebooks], cpu, gpu, oldest)

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
                "cpu": with_twin_seeds(cpu[key[notebook]], cpu.get(_twin(key[notebook]))),
                "gpu": gpu.get(key[notebook]),
                **({"oldest": oldest.get(_english(key[notebook], lang))} if has_oldest else {}),
            }
        )
    lessons.sort(key=lambda lesson: lesson["order"])
    budget, budget_units = report.get("budget_s", 120), report.get("budget_units")
    return markdown.replace(MARKER, render_status(lessons, lang, budget, budget_units))


def _twin(notebook: str) -> str:
    """``docs/x/x.es.ipynb`` ↔ ``docs/x/x.en.ipynb``."""
    stem, lang, suffix = notebook.rsplit(".", 2)
    return f"{stem}.{'en' if lang == 'es' else 'es'}.{suffix}"


def with_twin_seeds(entry: dict, twin: dict | None) -> dict:
    """Twins run the same code (tests check it), so where only one twin was run over several
    seeds, its spread stands for the other's, result by result, when their bars agree."""
    results, spreads = entry.get("results", []), (twin or {}).get("seeds") or []
    if entry.get("seeds") or len(spreads) != len(results):
        return entry
    if any(spread["bar"] != result["bar"] for spread, result in zip(spreads, results, strict=True)):
        return entry
    named = [{**spread, "name": r["name"]} for spread, r in zip(spreads, results, strict=True)]
    return {**entry, "seeds": named}


def on_serve(server, config, builder):
    """``mkdocs serve`` rebuilds when a benchmark record changes."""
    records = Path(config["config_file_path"]).parent / "benchmarks"
    if records.is_dir():
        server.watch(str(records))
    return server
