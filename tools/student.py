"""A student's environment, made the way a student gets one, for tests and benchmarks.

A student never runs this checkout: they install the course package from the git repository
(what the notebooks' first cell and the home page do) and run one downloaded notebook alone.
This module reproduces that path:

- ``export_repository`` copies what a clone of the repository holds (tracked files, and
  untracked ones git does not ignore) into a fresh git repository on branch ``main``;
- ``build_distributions`` builds the sdist from that export and the wheel from the sdist,
  as pip does with a ``git+`` URL;
- ``student_env`` makes a new virtual environment that sees only the third-party packages of an
  existing one (a "stack": the project's ``.venv`` or the oldest supported ``.venv-oldest``)
  and not the checkout, and installs the course wheel into it.

The stack's packages are reached through a ``.pth`` path line, which Python appends to
``sys.path`` without running the stack's own ``.pth`` files, so the checkout's editable install
(a ``__editable__*.pth`` file) stays invisible and only the wheel provides ``snippets``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "snippets"
STACKS = {"pinned": ROOT / ".venv", "oldest": ROOT / ".venv-oldest"}
SETUP_HINT = {"pinned": "make setup", "oldest": "make setup-oldest"}


def _run(cmd: list, **kwargs) -> subprocess.CompletedProcess:
    """Run ``cmd``; on failure raise with its output, so a test says what went wrong."""
    env = clean_environment()
    result = subprocess.run(
        [str(c) for c in cmd], capture_output=True, text=True, env=env, **kwargs
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(map(str, cmd))} failed ({result.returncode}):\n"
            f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )
    return result


def clean_environment() -> dict[str, str]:
    """This process's environment without what would point a child at the checkout: Python's
    search path, and git's own variables (set when running from a git hook, they would make
    ``git`` in the export act on this repository instead)."""
    return {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONHOME") and not k.startswith("GIT_")
    }


def repository_files(root: Path = ROOT) -> list[str]:
    """The files a clone of ``root`` would hold once the work tree is committed."""
    git = ["git", "-c", f"safe.directory={root}"]  # a checkout owned by another user (CI as root)
    out = _run([*git, "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=root)
    return sorted(name for name in out.stdout.split("\0") if name and (root / name).is_file())


def export_repository(dest: Path, root: Path = ROOT) -> Path:
    """Copy the repository's files into ``dest`` and commit them there on branch ``main``."""
    for name in repository_files(root):
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / name, target)
    git = ["git", "-c", "user.name=course", "-c", "user.email=course@localhost"]
    _run([*git, "init", "-q", "-b", "main"], cwd=dest)
    _run([*git, "add", "-A"], cwd=dest)
    _run([*git, "commit", "-q", "-m", "export"], cwd=dest)
    return dest


def build_distributions(src: Path, out: Path) -> tuple[Path, Path]:
    """Build the sdist of ``src`` and the wheel from that sdist; return (sdist, wheel)."""
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", out, src])
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return sdist, wheel


def stack_python(stack: str) -> Path:
    """The interpreter of a stack's environment; a clear error if it was never set up."""
    if stack not in STACKS:
        raise ValueError(f"unknown stack {stack!r}: use one of {', '.join(STACKS)}")
    python = STACKS[stack] / "bin" / "python"
    if not python.is_file():
        raise FileNotFoundError(
            f"the {stack} stack is not set up ({python} is missing): run `{SETUP_HINT[stack]}`"
        )
    return python


def _paths(python: Path) -> dict:
    code = (
        "import json, sys, sysconfig; print(json.dumps({'base': sys._base_executable,"
        " 'purelib': sysconfig.get_path('purelib'), 'platlib': sysconfig.get_path('platlib')}))"
    )
    return json.loads(_run([python, "-c", code]).stdout)


def student_env(dest: Path, stack_interpreter: Path, wheel: Path | None = None) -> Path:
    """A fresh environment at ``dest`` over the stack's third-party packages; return its python.

    With ``wheel``, the course package is installed from it. A ``python3`` kernel spec that
    points at the new interpreter is written into the environment; run notebooks with
    ``JUPYTER_PATH`` set to :func:`jupyter_path` so that no other kernel spec wins.
    """
    stack = _paths(stack_interpreter)
    _run([stack["base"], "-m", "venv", "--without-pip", dest])
    python = dest / "bin" / "python"
    own = _paths(python)
    layers = dict.fromkeys([stack["purelib"], stack["platlib"]])  # ordered, no duplicates
    Path(own["purelib"], "_course_stack.pth").write_text("\n".join(layers) + "\n")
    spec = dest / "share" / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    argv = [str(python), "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    kernel = {"argv": argv, "display_name": "Python 3 (student)", "language": "python"}
    (spec / "kernel.json").write_text(json.dumps(kernel))
    if wheel is not None:
        _run([python, "-m", "pip", "install", "-q", "--no-deps", "--no-index", wheel])
    return python


def jupyter_path(python: Path) -> str:
    """The ``JUPYTER_PATH`` under which ``python3`` is the student environment's kernel."""
    return str(python.parent.parent / "share" / "jupyter")


def copy_alone(notebook: Path, folder: Path) -> Path:
    """Copy ``notebook`` into the empty ``folder``, as a student's download; return the copy."""
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        raise ValueError(f"{folder} is not empty")
    return Path(shutil.copy2(notebook, folder / notebook.name))
