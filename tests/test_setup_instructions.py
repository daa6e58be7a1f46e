"""A student's set-up: the TensorFlow build each system gets, and the one install line the
README and the home page show. Fast and offline: what PyPI had is recorded in WHEELS below.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib

import pytest
from conftest import DOCS, ROOT
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from hooks.notebook_buttons import install_command

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SET_UP_PAGES = [ROOT / "README.md", DOCS / "index.es.md", DOCS / "index.en.md"]
TENSORFLOW_BUILDS = {"tensorflow", "tensorflow-cpu"}

# Each system's marker environment: sys_platform, platform_system, os_name, platform_machine.
SYSTEMS = {
    "linux-x86_64": ("linux", "Linux", "posix", "x86_64"),
    "linux-aarch64": ("linux", "Linux", "posix", "aarch64"),
    "macos-arm64": ("darwin", "Darwin", "posix", "arm64"),
    "macos-x86_64": ("darwin", "Darwin", "posix", "x86_64"),
    "windows-amd64": ("win32", "Windows", "nt", "AMD64"),
}
# Systems the course does not document, to check that the markers still cover every machine.
OTHER_SYSTEMS = {
    "windows-arm64": ("win32", "Windows", "nt", "ARM64"),
    "linux-ppc64le": ("linux", "Linux", "posix", "ppc64le"),
    "freebsd-amd64": ("freebsd14", "FreeBSD", "posix", "amd64"),
}
PYTHONS = ["3.11", "3.12"]

# What PyPI had on 2026-12-01, for Python 3.11 and 3.12 (pip index versions --platform ...
# --python-version ... --only-binary=:all:, and uv pip compile --python-platform for the whole
# `notebooks` extra): the systems with a wheel of each build.
WHEELS = {
    ("tensorflow-cpu", "2.19.0"): {"linux-x86_64", "windows-amd64"},
    ("tensorflow-cpu", "2.21.0"): {"linux-x86_64", "windows-amd64"},
    ("tensorflow", "2.19.0"): {"linux-x86_64", "linux-aarch64", "macos-arm64", "windows-amd64"},
    ("tensorflow", "2.21.0"): {"linux-x86_64", "linux-aarch64", "macos-arm64", "windows-amd64"},
}
# The newest TensorFlow with a macOS x86-64 wheel (either build), on the same date.
LAST_INTEL_MAC_WHEEL = "2.16.2"
# The build each documented system gets: the CPU-only one wherever it has a wheel (smaller).
EXPECTED = {
    "linux-x86_64": "tensorflow-cpu",
    "linux-aarch64": "tensorflow",
    "macos-arm64": "tensorflow",
    "macos-x86_64": "tensorflow",  # no wheel: pip stops, and the docs say so
    "windows-amd64": "tensorflow-cpu",
}
SUPPORTED = [system for system in SYSTEMS if system != "macos-x86_64"]
# How the pages name each dependency when they state the oldest supported version.
DISPLAY_NAMES = {
    "keras": "Keras",
    "numpy": "NumPy",
    "matplotlib": "matplotlib",
    "scikit-learn": "scikit-learn",
}


def _environment(system: tuple[str, str, str, str], python: str) -> dict[str, str]:
    sys_platform, platform_system, os_name, machine = system
    return {
        **default_environment(),
        "sys_platform": sys_platform,
        "platform_system": platform_system,
        "os_name": os_name,
        "platform_machine": machine,
        "python_version": python,
        "python_full_version": f"{python}.0",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "extra": "",
    }


def _extra(name: str) -> list[Requirement]:
    return [Requirement(line) for line in PYPROJECT["project"]["optional-dependencies"][name]]


def _builds_for(requirements: list[Requirement], environment: dict[str, str]) -> list[str]:
    return [
        canonicalize_name(r.name)
        for r in requirements
        if canonicalize_name(r.name) in TENSORFLOW_BUILDS and r.marker.evaluate(environment)
    ]


def _requirements_file(name: str) -> list[Requirement]:
    lines = (ROOT / name).read_text(encoding="utf-8").splitlines()
    lines = [re.sub(r"\s+#.*", "", line).strip() for line in lines]
    return [Requirement(line) for line in lines if line and not line.startswith(("#", "-"))]


def _pins(name: str) -> dict[str, str]:
    requirements = _requirements_file(name)
    return {canonicalize_name(r.name): str(r.specifier).removeprefix("==") for r in requirements}


@pytest.mark.parametrize("python", PYTHONS)
@pytest.mark.parametrize("system", {**SYSTEMS, **OTHER_SYSTEMS})
def test_every_system_gets_exactly_one_tensorflow_build(system, python):
    environment = _environment({**SYSTEMS, **OTHER_SYSTEMS}[system], python)
    assert len(_builds_for(_extra("tensorflow"), environment)) == 1


@pytest.mark.parametrize("python", PYTHONS)
@pytest.mark.parametrize("system", SYSTEMS)
def test_each_system_gets_the_build_recorded_for_it(system, python):
    assert _builds_for(_extra("tensorflow"), _environment(SYSTEMS[system], python)) == [
        EXPECTED[system]
    ]


@pytest.mark.parametrize("system", SUPPORTED)
def test_each_supported_system_gets_a_build_with_wheels_for_the_oldest_and_newest_tensorflow(
    system,
):
    build = EXPECTED[system]
    for version in ("2.19.0", "2.21.0"):
        assert system in WHEELS[(build, version)], f"no {build} {version} wheel for {system}"


def test_the_cpu_only_build_is_chosen_wherever_it_has_a_wheel():
    for system in SUPPORTED:
        has_cpu_wheel = all(system in WHEELS[("tensorflow-cpu", v)] for v in ("2.19.0", "2.21.0"))
        assert (EXPECTED[system] == "tensorflow-cpu") == has_cpu_wheel, system


def test_intel_macs_get_a_requirement_that_pypi_cannot_meet_rather_than_an_old_tensorflow():
    environment = _environment(SYSTEMS["macos-x86_64"], "3.12")
    (requirement,) = [r for r in _extra("tensorflow") if r.marker.evaluate(environment)]
    assert not any("macos-x86_64" in systems for systems in WHEELS.values())
    assert not requirement.specifier.contains(LAST_INTEL_MAC_WHEEL)


def test_every_tensorflow_requirement_starts_at_the_oldest_supported_version():
    for requirement in _extra("tensorflow"):
        assert requirement.specifier.contains("2.19.0"), requirement
        assert not requirement.specifier.contains("2.18.1"), requirement


def test_notebooks_extra_is_tensorflow_plus_jupyterlab():
    names = {str(r) for r in _extra("notebooks")}
    assert f"{PYPROJECT['project']['name']}[tensorflow]" in names
    assert any(Requirement(n).name == "jupyterlab" for n in names)


def test_requirements_txt_picks_tensorflow_with_the_same_markers_as_the_extra():
    requirements = _requirements_file("requirements.txt")
    in_file = {str(r) for r in requirements if canonicalize_name(r.name) in TENSORFLOW_BUILDS}
    assert in_file == {str(r) for r in _extra("tensorflow")}


def test_requirements_txt_is_the_list_without_tensorflow_plus_tensorflow():
    text = (ROOT / "requirements.txt").read_text(encoding="utf-8")
    assert re.search(r"^-r requirements-without-tensorflow\.txt$", text, re.MULTILINE)
    without = _requirements_file("requirements-without-tensorflow.txt")
    assert not [r for r in without if canonicalize_name(r.name) in TENSORFLOW_BUILDS]


def test_constraints_pin_the_build_linux_x86_64_installs_and_the_gpu_build():
    pins = _pins("constraints.txt")
    (build,) = _builds_for(_extra("tensorflow"), _environment(SYSTEMS["linux-x86_64"], "3.11"))
    assert build in pins
    assert pins["tensorflow"] == pins[build]


def _install_lines(path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    pattern = r'^\s*(.*\bpip install "curso-redes-neuronales-keras\[.*?)\s*$'
    return re.findall(pattern, text, re.MULTILINE)


def test_readme_and_both_home_pages_show_the_same_one_line_install(mkdocs_config):
    name = PYPROJECT["project"]["name"]
    url = install_command(mkdocs_config["repo_url"], mkdocs_config["extra"]["branch"])
    expected = f'python -m pip install "{name}[notebooks] @ {url}"'
    for page in SET_UP_PAGES:
        lines = _install_lines(page)
        assert lines, f"{page.relative_to(ROOT)} shows no student's install line"
        assert set(lines) == {expected}, f"{page.relative_to(ROOT)}: {lines}"


@pytest.mark.parametrize("page", SET_UP_PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_set_up_pages_state_the_oldest_supported_versions_pyproject_declares(page):
    text = page.read_text(encoding="utf-8")
    python = PYPROJECT["project"]["requires-python"].removeprefix(">=")
    stated = [f"Python {python}"]
    for requirement in map(Requirement, PYPROJECT["project"]["dependencies"]):
        (floor,) = [s.version for s in requirement.specifier if s.operator == ">="]
        stated.append(f"{DISPLAY_NAMES[requirement.name]} {floor}")
    (tf_floor,) = {s.version for r in _extra("tensorflow") for s in r.specifier}
    stated.append(f"TensorFlow {tf_floor}")
    missing = [s for s in stated if s not in text]
    assert not missing, f"{page.relative_to(ROOT)} does not state {missing}"


@pytest.mark.parametrize("page", SET_UP_PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_set_up_pages_state_the_newest_tested_versions_constraints_pin(page):
    text = page.read_text(encoding="utf-8")
    pins = _pins("constraints.txt")
    stated = [f"TensorFlow {pins['tensorflow']}", f"Keras {pins['keras']}"]
    stated.append(f"NumPy {pins['numpy']}")
    missing = [s for s in stated if s not in text]
    assert not missing, f"{page.relative_to(ROOT)} does not state {missing} (constraints.txt)"


def _make_dry_run(tmp_path, *args) -> str:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    venv = tmp_path / "venv"  # does not exist: make prints every step of the set-up
    result = subprocess.run(
        ["make", "-n", f"VENV={venv}", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def test_setup_notebooks_installs_the_notebooks_extra_and_nothing_from_npm(tmp_path):
    commands = _make_dry_run(tmp_path, "setup-notebooks")
    assert '-e ".[notebooks]"' in commands
    assert "-c constraints.txt" in commands
    assert "npm" not in commands
    assert "requirements" not in commands  # no docs, test or lint tools


def test_setup_notebooks_is_listed_by_make_help():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^\.PHONY:.*\bsetup-notebooks\b", makefile, re.MULTILINE)
    assert re.search(r'@echo "make setup-notebooks\b', makefile)


def test_make_setup_lets_the_markers_pick_tensorflow_by_default(tmp_path):
    commands = _make_dry_run(tmp_path, "setup")
    assert "-r requirements.txt" in commands
    assert "requirements-without-tensorflow.txt" not in commands


def test_a_tf_override_replaces_the_build_the_markers_pick(tmp_path):
    commands = _make_dry_run(tmp_path, "setup", "TF=tensorflow[and-cuda]")
    assert '-r requirements-without-tensorflow.txt "tensorflow[and-cuda]"' in commands
    assert "-r requirements.txt" not in commands
