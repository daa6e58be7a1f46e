"""Ruff lint and format, notebooks included (STYLE.md), as part of the README's test command."""

import subprocess
import sys

import pytest
from conftest import ROOT


@pytest.mark.parametrize(
    "command", [["check", "."], ["format", "--check", "."]], ids=["lint", "format"]
)
def test_ruff_passes_on_the_whole_repository(command):
    run = subprocess.run(
        [sys.executable, "-m", "ruff", *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, f"ruff {' '.join(command)} (fix: make format)\n{run.stdout}"
