"""MkDocs hook: the status page's section on the site itself, from ``benchmarks/site.json``.

``tools/site_timing.py`` records how long a clean build takes and how long an edited page takes
to come back in ``make serve``; ``tools/lighthouse.py`` records Lighthouse's performance and
accessibility scores (median of its runs) with Lighthouse's CPU ``benchmarkIndex`` for the
heaviest page of each kind. This hook writes both as tables where the status page has
``<!-- site-status -->``, with their dates and machines; a part not yet measured says so. No
numbers are written here by hand: the tables come from the record on every build.
"""

from __future__ import annotations

import json
from pathlib import Path

if __name__.startswith("hooks."):  # imported by the tests
    from hooks.status import NBSP, NONE, format_number
else:  # loaded by MkDocs, which puts hooks/ on sys.path
    from status import NBSP, NONE, format_number

MARKER = "<!-- site-status -->"
RECORD = "benchmarks/site.json"

LABELS = {
    "es": {
        "build": "Construcción completa (`make build`, dos idiomas, sin caché)",
        "reload": "De guardar una página Markdown a verla en `make serve`",
        "measure": "Medida",
        "median": "Mediana",
        "runs": "Ejecuciones",
        "bar": "Presupuesto",
        "met": "¿Cabe?",
        "yes": "sí",
        "no": "no",
        "machine": "Medido el {date} en una máquina de {cpus} CPU ({cpu}); la tarea de referencia "
        "de los cuadernos tardó {reference} ese día.",
        "no_build": "Aún no se ha medido: `make bench-site`.",
        "page": "Página",
        "kind": "Tipo",
        "performance": "Rendimiento",
        "accessibility": "Accesibilidad",
        "index": "Índice de CPU",
        "audits": "Fallos de accesibilidad",
        "lighthouse": "Lighthouse {version} (emulación de móvil), mediana de {runs} ejecuciones "
        "por página, el {date}. El índice de CPU (`benchmarkIndex`) es la medida de Lighthouse de "
        "lo rápida que iba la máquina: cuanto más alto, más rápida.",
        "no_lighthouse": "Aún no se ha medido: `make lighthouse`.",
        "kinds": {
            "home": "inicio",
            "notebook page": "cuaderno",
            "lesson page": "lección",
            "playground page": "lección con la red interactiva",
            "glossary": "glosario",
            "status page": "estado del curso",
            "printable course": "curso para imprimir",
        },
    },
    "en": {
        "build": "Full build (`make build`, both languages, nothing cached)",
        "reload": "From saving a Markdown page to seeing it in `make serve`",
        "measure": "Measurement",
        "median": "Median",
        "runs": "Runs",
        "bar": "Budget",
        "met": "Fits?",
        "yes": "yes",
        "no": "no",
        "machine": "Measured on {date} on a machine with {cpus} CPUs ({cpu}); the notebooks' "
        "reference workload took {reference} that day.",
        "no_build": "Not measured yet: `make bench-site`.",
        "page": "Page",
        "kind": "Kind",
        "performance": "Performance",
        "accessibility": "Accessibility",
        "index": "CPU index",
        "audits": "Accessibility failures",
        "lighthouse": "Lighthouse {version} (mobile emulation), median of {runs} runs per page, "
        "on {date}. The CPU index (`benchmarkIndex`) is Lighthouse's measure of how fast the "
        "machine was: higher is faster.",
        "no_lighthouse": "Not measured yet: `make lighthouse`.",
        "kinds": {
            "home": "home page",
            "notebook page": "notebook",
            "lesson page": "lesson",
            "playground page": "lesson with the network playground",
            "glossary": "glossary",
            "status page": "course status",
            "printable course": "printable course",
        },
    },
}


def _seconds(value: float | None, lang: str) -> str:
    return NONE if value is None else f"{format_number(round(value, 1), lang)}{NBSP}s"


def _met(passed: bool, lang: str) -> str:
    return LABELS[lang]["yes" if passed else "no"]


def render_build(build: dict | None, lang: str) -> str:
    labels = LABELS[lang]
    if not build:
        return labels["no_build"]
    bars = build["bars_s"]
    rows = [
        f"| {labels['measure']} | {labels['median']} | {labels['runs']} | {labels['bar']} "
        f"| {labels['met']} |",
        "|:--|--:|--:|--:|:-:|",
    ]
    for name, key, bar in (
        ("build", "full_build", bars["full_build"]),
        ("reload", "edit_to_page", bars["edit_to_page"]),
    ):
        median = build[f"{key}_s"]
        runs = " · ".join(_seconds(run, lang) for run in build[f"{key}_runs_s"])
        rows.append(
            f"| {labels[name]} | {_seconds(median, lang)} | {runs} | ≤{NBSP}{_seconds(bar, lang)} "
            f"| {_met(median <= bar, lang)} |"
        )
    machine = build["machine"]
    note = labels["machine"].format(
        date=build["date"][:10],
        cpus=machine.get("cpus", NONE),
        cpu=machine.get("cpu") or NONE,
        reference=_seconds(machine.get("reference_s"), lang),
    )
    return "\n".join(rows) + "\n\n" + note


def render_lighthouse(lighthouse: dict | None, lang: str) -> str:
    labels = LABELS[lang]
    if not lighthouse:
        return labels["no_lighthouse"]
    bars = lighthouse["bars"]
    rows = [
        f"| {labels['page']} | {labels['kind']} | {labels['performance']} "
        f"| {labels['accessibility']} | {labels['index']} | {labels['audits']} |",
        "|:--|:--|--:|--:|--:|:--|",
    ]
    for row in lighthouse["pages"]:
        perf, access = row["performance"], row["accessibility"]
        rows.append(
            f"| `{row['page']}` | {labels['kinds'].get(row['kind'], row['kind'])} "
            f"| {format_number(perf, lang)}{'' if perf >= bars['performance'] else ' ✗'} "
            f"| {format_number(access, lang)}{'' if access >= bars['accessibility'] else ' ✗'} "
            f"| {format_number(row['benchmark_index'], lang)} "
            f"| {', '.join(f'`{a}`' for a in row['accessibility_failures']) or NONE} |"
        )
    note = labels["lighthouse"].format(
        version=lighthouse["lighthouse"].split("@")[-1],
        runs=lighthouse["runs"],
        date=lighthouse["date"][:10],
    )
    return "\n".join(rows) + "\n\n" + note


def render_site_status(record: dict, lang: str) -> str:
    return (
        render_build(record.get("build"), lang)
        + "\n\n"
        + render_lighthouse(record.get("lighthouse"), lang)
    )


def on_page_markdown(markdown: str, page, config, files) -> str:
    if MARKER not in markdown:
        return markdown
    lang = config["theme"]["language"] if config["theme"]["language"] in LABELS else "en"
    path = Path(config["config_file_path"]).parent / RECORD
    record = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return markdown.replace(MARKER, render_site_status(record, lang))
