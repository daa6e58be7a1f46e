"""Record the text of every figure a notebook shows, for the language tests.

While ``tools/notebooks.py refresh`` runs a notebook, the kernel loads ``STARTUP`` as an IPython
start-up file: every figure the inline backend renders appends its visible text (titles, axis
and tick labels, legends, annotations) to a JSON-lines file. ``attach`` then stores each
figure's text in the metadata of its image output, under ``KEY``, where
``tests/test_notebook_language.py`` reads it: a PNG's words cannot be tested, its metadata can.
"""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path

KEY = "course_figure_text"
ENV = "COURSE_FIGURE_TEXT"

STARTUP = """\
import io as _io
import json as _json
import os as _os

from matplotlib.backend_bases import FigureCanvasBase as _Canvas
from matplotlib.text import Text as _Text

_print_figure = _Canvas.print_figure


def _print_and_record(self, filename, *args, **kwargs):
    result = _print_figure(self, filename, *args, **kwargs)
    if isinstance(filename, _io.BytesIO):  # the inline backend's rendering, not a savefig
        texts = [
            t.get_text()
            for t in self.figure.findobj(_Text)
            if t.get_visible() and t.get_text().strip()
        ]
        with open(_os.environ["COURSE_FIGURE_TEXT"], "a", encoding="utf-8") as out:
            out.write(_json.dumps(texts, ensure_ascii=False) + "\\n")
    return result


_Canvas.print_figure = _print_and_record
"""


@contextmanager
def recording(folder: Path):
    """Make kernels started inside the ``with`` record their figures' text under ``folder``."""
    startup = folder / "ipython" / "profile_default" / "startup"
    startup.mkdir(parents=True)
    (startup / "00-course-figure-text.py").write_text(STARTUP, encoding="utf-8")
    records = folder / "figures.jsonl"
    records.touch()
    saved = {name: os.environ.get(name) for name in ("IPYTHONDIR", ENV)}
    os.environ.update({"IPYTHONDIR": str(folder / "ipython"), ENV: str(records)})
    try:
        yield records
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def image_outputs(nb) -> list:
    """The notebook's PNG outputs, in order."""
    return [
        output
        for cell in nb.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if "image/png" in output.get("data", {})
    ]


def attach(nb, records: Path) -> None:
    """Store each recorded figure's text in the metadata of its PNG output (in order)."""
    lines = records.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line) for line in lines]
    images = image_outputs(nb)
    if len(texts) != len(images):
        raise RuntimeError(
            f"recorded the text of {len(texts)} figures but the notebook shows {len(images)} "
            "images: every figure must be shown once, by the inline backend"
        )
    for output, text in zip(images, texts, strict=True):
        output.setdefault("metadata", {})[KEY] = text
