"""The site's own measurements: tools/site_timing.py, tools/lighthouse.py and the status page."""

from __future__ import annotations

import json

import lighthouse
import site_timing
from conftest import ROOT

from hooks import site_status

BUILD = {
    "date": "2026-12-02T15:00:00+00:00",
    "machine": {"cpus": 2, "cpu": "Test CPU", "reference_s": 4.07},
    "full_build_s": 7.18,
    "full_build_runs_s": [7.17, 7.18, 7.22],
    "edit_to_page_s": 3.01,
    "edit_to_page_runs_s": [3.37, 3.01, 2.54],
    "bars_s": {"full_build": 10, "edit_to_page": 3},
}
RUNS = [
    {"performance": 93, "accessibility": 97, "benchmark_index": 2440, "tbt_ms": 200,
     "lcp_ms": 2000, "accessibility_failures": ["color-contrast"]},
    {"performance": 97, "accessibility": 100, "benchmark_index": 2400, "tbt_ms": 100,
     "lcp_ms": 1800, "accessibility_failures": []},
    {"performance": 95, "accessibility": 100, "benchmark_index": 2300, "tbt_ms": 150,
     "lcp_ms": 1900, "accessibility_failures": []},
]  # fmt: skip


def test_lighthouse_takes_the_median_of_its_runs():
    row = lighthouse.summarize(RUNS)
    assert (row["performance"], row["accessibility"], row["benchmark_index"]) == (95, 100, 2400)
    assert row["accessibility_failures"] == ["color-contrast"]
    assert row["runs"] == RUNS


def test_lighthouse_measures_the_heaviest_page_of_each_kind(built_site):
    pages = lighthouse.pages(built_site[0])
    assert set(pages) == {
        "home", "notebook page", "lesson page", "playground page", "glossary", "status page",
        "printable course",
    }  # fmt: skip
    assert 'data-figure="playground"' in (
        built_site[0] / pages["playground page"] / "index.html"
    ).read_text(encoding="utf-8")
    assert pages["notebook page"].count("/") == 2 and pages["lesson page"].count("/") == 1
    for path in pages.values():
        assert (built_site[0] / path / "index.html").is_file(), path


def test_both_tools_keep_each_other_s_part_of_the_record(tmp_path):
    record = tmp_path / "site.json"
    site_timing.record(BUILD, record)
    lighthouse.record({"pages": []}, record)
    site_timing.record({**BUILD, "full_build_s": 6.0}, record)
    data = json.loads(record.read_text(encoding="utf-8"))
    assert data["lighthouse"] == {"pages": []} and data["build"]["full_build_s"] == 6.0


def _lighthouse_record() -> dict:
    rows = [
        {"kind": "home", "page": "/", **lighthouse.summarize(RUNS)},
        {"kind": "printable course", "page": "/en/print/", **lighthouse.summarize(RUNS[:1])},
    ]
    bars = {"performance": 95, "accessibility": 100}
    date = "2026-12-02T15:10:00+00:00"
    return {
        "date": date,
        "lighthouse": lighthouse.LIGHTHOUSE,
        "runs": 3,
        "bars": bars,
        "pages": rows,
    }


def test_the_status_page_shows_build_times_in_each_language():
    es = site_status.render_site_status({"build": BUILD}, "es")
    assert "7,2\u00a0s" in es and "3,4\u00a0s · 3\u00a0s · 2,5\u00a0s" in es and "| sí |" in es
    assert "4,1\u00a0s" in es and "Test CPU" in es and "2026-12-02" in es
    en = site_status.render_site_status({"build": {**BUILD, "edit_to_page_s": 3.5}}, "en")
    assert "7.2\u00a0s" in en and "| no |" in en and "Not measured yet: `make lighthouse`" in en


def test_the_status_page_shows_lighthouse_scores_and_marks_those_below_the_bar():
    es = site_status.render_site_status({"lighthouse": _lighthouse_record()}, "es")
    assert "| `/` | inicio | 95 | 100 | 2400 | `color-contrast` |" in es
    assert "| `/en/print/` | curso para imprimir | 93 ✗ | 97 ✗ |" in es
    assert "Aún no se ha medido: `make bench-site`" in es
    en = site_status.render_site_status({"lighthouse": _lighthouse_record()}, "en")
    assert "| printable course | 93 ✗ |" in en and "median of 3 runs" in en


def test_the_status_page_renders_the_committed_record(built_site):
    record = ROOT / site_status.RECORD
    assert record.is_file(), f"{site_status.RECORD} is missing: run `make bench-site lighthouse`"
    data = json.loads(record.read_text(encoding="utf-8"))
    page = (built_site[0] / "status" / "index.html").read_text(encoding="utf-8")
    assert data["build"] and data["lighthouse"]["pages"]
    assert site_status.LABELS["es"]["no_build"].split(":")[0] not in page
    for row in data["lighthouse"]["pages"]:
        assert f"<code>{row['page']}</code>" in page, row["page"]
