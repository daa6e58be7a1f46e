"""The course package as pip builds it from the repository: every module, nothing missing."""

from __future__ import annotations

import tarfile
import zipfile

from conftest import ROOT

SOURCE = ROOT / "snippets"


def source_files() -> set[str]:
    """Every file of the package's source tree (modules and data), relative to the repo."""
    return {
        p.relative_to(ROOT).as_posix()
        for p in SOURCE.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo")
    }


def test_the_source_tree_has_subpackages_so_this_check_means_something():
    assert any(name.count("/") > 1 for name in source_files()), "no subpackage under snippets/"


def test_the_wheel_holds_every_file_of_the_package(course_distributions):
    with zipfile.ZipFile(course_distributions["wheel"]) as wheel:
        packed = set(wheel.namelist())
    missing = sorted(source_files() - packed)
    assert not missing, f"the wheel built from a clean export lacks: {', '.join(missing)}"


def test_the_sdist_holds_every_file_of_the_package(course_distributions):
    with tarfile.open(course_distributions["sdist"]) as sdist:
        # members are "<name>-<version>/snippets/..."
        packed = {
            member.name.split("/", 1)[1] for member in sdist.getmembers() if "/" in member.name
        }
    missing = sorted(source_files() - packed)
    assert not missing, f"the sdist built from a clean export lacks: {', '.join(missing)}"


def test_the_export_holds_only_what_a_clone_would(course_distributions):
    export = course_distributions["export"]
    assert (export / "snippets" / "exercises" / "__init__.py").is_file()
    assert not (export / ".venv").exists() and not (export / "site").exists()
