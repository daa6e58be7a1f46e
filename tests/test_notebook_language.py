"""Spanish notebooks speak Spanish in their outputs too: messages, numbers and figures.

Reads the stored outputs (and the figure text that ``tools/notebooks.py refresh`` records in
each image's metadata, see ``tools/figure_text.py``); executes nothing.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import string

import nbformat
import pytest
from conftest import DOCS, notebooks
from figure_text import KEY, image_outputs

import snippets

SPANISH = [p for p in notebooks() if p.name.endswith(".es.ipynb")]
CATALOGUES = ("MESSAGES", "_MESSAGES", "_TEXT", "TEXT")

# What stays as Python and Keras print it (see the lessons): reprs of lists, tuples, arrays,
# dicts and objects, version numbers, and Keras's own training logs and model summaries.
_BRACKETED = re.compile(r"\[[^\[\]]*\]|\([^()]*\)|\{[^{}]*\}|<[^<>]*>")
_VERSION = re.compile(
    r"\b\d+\.\d+\.\d+\b|\b(?:TensorFlow|Keras|Python|NumPy|TF|GPT|CUDA)[- ]\d+(?:\.\d+)+"
)
_KERAS_LINE = re.compile(r"^\s*(?:Epoch \d+/\d+|\d+/\d+ .*(?:step|ETA)|.*[│┃━┏┗┡└┌─]).*$")
_DECIMAL_POINT = re.compile(r"(?<![\w.])[-−]?\d+\.\d+(?:e[-+]?\d+)?(?![\w.])")


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _fragments(text: str) -> list[str]:
    """The literal parts of a message template, between its ``{placeholders}``."""
    parts = [literal for literal, *_ in string.Formatter().parse(text)]
    return [p.strip(" .,:;\n") for p in parts if p and p.strip(" .,:;\n")]


def english_ui_strings() -> tuple[set[str], set[str]]:
    """English texts of snippets' catalogues that Spanish ones do not share.

    Returns (phrases, labels): phrases of two or more words, to find anywhere in an output;
    one-word labels (axis labels, legend entries), to match a whole figure text.
    """
    phrases, labels = set(), set()
    modules = [snippets] + [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(snippets.__path__, "snippets.")
    ]
    for module in modules:
        for name in CATALOGUES:
            catalogue = getattr(module, name, None)
            if not (isinstance(catalogue, dict) and {"es", "en"} <= set(catalogue)):
                continue
            spanish = {f for s in _strings(catalogue["es"]) for f in _fragments(s)}
            for text in _strings(catalogue["en"]):
                for fragment in _fragments(text):
                    if fragment in spanish or not re.search(r"[A-Za-z]{3}", fragment):
                        continue
                    (phrases if len(fragment.split()) >= 2 else labels).add(fragment)
    from snippets.data import CLASS_NAMES

    for names in CLASS_NAMES.values():
        labels |= set(names["en"]) - set(names["es"])
    return phrases, labels


def printed_text(nb) -> list[tuple[int, str]]:
    """(cell index, text) of what the notebook printed or displayed (not code values)."""
    found = []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.output_type == "stream" and output.name == "stdout":
                found.append((index, output.text))
            elif output.output_type == "display_data" and "text/plain" in output.data:
                if "image/png" not in output.data:
                    found.append((index, output.data["text/plain"]))
    return found


def english_numbers(text: str) -> list[str]:
    """Numbers written with a decimal point, outside the reprs and Keras lines that keep it."""
    text = "\n".join(line for line in text.splitlines() if not _KERAS_LINE.match(line))
    text = _VERSION.sub("", text)
    while _BRACKETED.search(text):  # a NumPy array may span several lines
        text = _BRACKETED.sub("", text)
    return _DECIMAL_POINT.findall(text)


def problems(nb) -> list[str]:
    """Everything English a Spanish notebook shows: messages of snippets, figure words, numbers."""
    phrases, labels = english_ui_strings()
    found = []
    for index, text in printed_text(nb):
        found += [f"cell {index}: «{p}» (English message)" for p in phrases if p in text]
        found += [f"cell {index}: {n} (decimal point)" for n in english_numbers(text)]
    for number, output in enumerate(image_outputs(nb), start=1):
        texts = output.get("metadata", {}).get(KEY)
        if texts is None:
            found.append(f"figure {number}: no recorded text (refresh the notebook)")
            continue
        for text in texts:
            if text.strip() in labels or any(p in text for p in phrases):
                found.append(f"figure {number}: «{text}» (English label)")
            found += [f"figure {number}: «{text}» (decimal point)" for _ in english_numbers(text)]
    return found


def test_snippets_english_ui_strings_are_collected():
    phrases, labels = english_ui_strings()
    assert "training" in labels and "validation" in labels  # plot_history's legend
    assert any("falls short of what was expected" in p for p in phrases)  # check_result


@pytest.mark.parametrize("path", SPANISH, ids=lambda p: p.name)
def test_spanish_notebook_shows_no_english_message_label_or_number(path):
    nb = nbformat.read(path, as_version=4)
    found = problems(nb)
    assert not found, f"{path.relative_to(DOCS)} shows English:\n" + "\n".join(found[:30])


def test_the_audit_catches_english_in_a_spanish_notebook():
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("")
    cell.outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="exactitud 0.8926\nforma (32, 0.5)\n"),
        nbformat.v4.new_output(
            "display_data", data={"text/plain": "✔ acc = 0.9 (required: ≥ 0.88)"}
        ),
        nbformat.v4.new_output(
            "display_data", data={"image/png": "iVBORw0KGgo="}, metadata={KEY: ["epoch", "0,5"]}
        ),
        nbformat.v4.new_output("display_data", data={"image/png": "iVBORw0KGgo="}),
    ]
    nb.cells = [cell]
    found = "\n".join(problems(nb))
    assert "0.8926 (decimal point)" in found and "0.5" not in found.replace("0.5 ", "")
    assert "0.9 (decimal point)" in found or "(required" in found
    assert "«epoch» (English label)" in found
    assert "figure 2: no recorded text" in found


def test_keras_logs_versions_and_reprs_keep_their_decimal_point():
    text = (
        "Keras 3.15.1 (motor: tensorflow), tf.keras entra en TensorFlow 1.4\n"
        "422/422 - 3s - 7ms/step - accuracy: 0.8123 - loss: 0.5\n"
        "Epoch 1/15\n"
        "pesos: [0.5, -1.25] y forma (2, 3)\n"
    )
    assert english_numbers(text) == []
    assert english_numbers("media 0.893, sesgo -0.5") == ["0.893", "-0.5"]
    assert english_numbers("relu [2.022e-06 3.005e-06\n 1.055e-05]\nfin 0.5") == ["0.5"]
