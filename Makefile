# The few tasks everybody needs. `make help` lists them.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# TensorFlow build: empty = the one requirements.txt picks for this system (tensorflow-cpu on
# Linux x86-64 and Windows, tensorflow elsewhere); TF="tensorflow[and-cuda]" for an NVIDIA GPU.
TF     ?=
NB     ?=
# make bench: STACK=pinned (.venv) or oldest (.venv-oldest); SEEDS=5 also records seed spreads.
STACK  ?= pinned
SEEDS  ?= 1
OLDEST ?= .venv-oldest
# The interpreter of the oldest stack (the GitHub workflow uses Colab's, python3.12).
OLDEST_PYTHON ?= $(PYTHON)
# make test: how many processes run the tests (pytest-xdist); see the README. With 2, the suite
# takes 28 minutes instead of 42 on CI's two cores.
JOBS   ?= 2
XDIST  := -n $(JOBS) --dist worksteal
PIP    := $(BIN)/python -m pip install -q -c constraints.txt
export NO_MKDOCS_2_WARNING := 1
export TF_CPP_MIN_LOG_LEVEL := 3

.PHONY: help setup setup-docs setup-notebooks serve build test test-unit notebooks bench bench-site setup-oldest lint format lock lock-oldest clean lighthouse

help:
	@echo "make serve      set up and serve the site at http://127.0.0.1:8000"
	@echo "make test       set up and run every test (unit, notebooks, site, workflows)"
	@echo "make test-unit  every test but the notebook runs (no notebook execution)"
	@echo "make setup-notebooks  only what running the notebooks needs, in .venv (no Node, no test tools)"
	@echo "make notebooks  re-execute notebooks and store their outputs (NB=path for one)"
	@echo "make bench      time every notebook as a student runs it (NB=path for one; STACK=oldest; SEEDS=5)"
	@echo "make setup-oldest  the oldest supported stack in .venv-oldest (the tests run it too)"
	@echo "make build      build the site into site/ (strict)"
	@echo "make bench-site time a clean build and an edit in make serve (benchmarks/site.json)"
	@echo "make lighthouse Lighthouse scores, heaviest page of each kind, median of 3 (benchmarks/site.json)"
	@echo "make lint       ruff check and format check (notebooks included)"
	@echo "make lock       re-pin constraints.txt from the current environment"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.docs-installed: $(BIN)/python requirements-docs.txt constraints.txt
	$(PIP) -r requirements-docs.txt
	touch $@

$(VENV)/.installed: $(VENV)/.docs-installed requirements.txt requirements-without-tensorflow.txt constraints.txt pyproject.toml package-lock.json
	$(PIP) $(if $(TF),-r requirements-without-tensorflow.txt "$(TF)",-r requirements.txt) -e .
	npm ci --no-audit --no-fund --silent  # axe-core, for the accessibility tests
	touch $@

setup-docs: $(VENV)/.docs-installed
setup: $(VENV)/.installed

# The oldest supported stack (requirements-oldest.txt), for the tests and `make bench STACK=oldest`.
$(OLDEST)/.installed: requirements-oldest.txt constraints-oldest.txt
	$(OLDEST_PYTHON) -m venv --clear $(OLDEST)
	$(OLDEST)/bin/python -m pip install -q --upgrade pip
	$(OLDEST)/bin/python -m pip install -q -c constraints-oldest.txt -r requirements-oldest.txt
	touch $@

setup-oldest: $(OLDEST)/.installed

# A student's environment: the course package (editable), TensorFlow for this system, JupyterLab.
setup-notebooks: $(BIN)/python
	$(PIP) -e ".[notebooks]"
	@echo "Start JupyterLab: $(BIN)/jupyter lab"

serve: setup-docs
	$(BIN)/mkdocs serve --strict -a 127.0.0.1:8000

build: setup-docs
	$(BIN)/mkdocs build --strict

test: setup setup-oldest
	$(BIN)/python -m pytest $(XDIST)

test-unit: setup
	$(BIN)/python -m pytest $(XDIST) -m "not notebooks"

notebooks: setup
	$(BIN)/python tools/notebooks.py refresh $(NB)

bench: setup $(if $(filter oldest,$(STACK)),setup-oldest)
	$(BIN)/python tools/notebooks.py bench --stack $(STACK) --seeds $(SEEDS) $(NB)

bench-site: setup
	$(BIN)/python tools/site_timing.py

lighthouse: build
	$(BIN)/python tools/lighthouse.py site

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

lock: setup
	@echo "# The exact versions CI tested (Python 3.11, Linux x86-64). Regenerate: make lock." > constraints.txt.new
	@echo "# Used as a pip constraints file: it pins versions, it does not install anything by itself." >> constraints.txt.new
	@echo "tensorflow==$$($(BIN)/python -c 'import tensorflow as tf; print(tf.__version__)')  # the GPU build for 'make setup TF=\"tensorflow[and-cuda]\"'" >> constraints.txt.new
	$(BIN)/python -m pip freeze --all --exclude-editable | grep -v -e '^-e' -e '^pip==' | sed 's/^torch==\(.*\)+cpu$$/torch==\1  # the CPU build (+cpu) where one is offered/' >> constraints.txt.new
	mv constraints.txt.new constraints.txt

lock-oldest: setup-oldest
	@echo "# The exact versions of the oldest supported stack (pinned with Python 3.11, Linux x86-64; the GitHub workflow installs them on 3.12): .venv-oldest." > constraints-oldest.txt.new
	@echo "# Regenerate: make lock-oldest. Used as a pip constraints file." >> constraints-oldest.txt.new
	$(OLDEST)/bin/python -m pip freeze >> constraints-oldest.txt.new  # no setuptools/wheel pins: the venv's own, per Python
	mv constraints-oldest.txt.new constraints-oldest.txt

clean:
	rm -rf site build .cache
