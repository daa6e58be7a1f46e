# The few tasks everybody needs. `make help` lists them.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# TensorFlow build: tensorflow-cpu for CI and laptops; TF="tensorflow[and-cuda]" for an NVIDIA GPU.
TF     ?= tensorflow-cpu
NB     ?=
PIP    := $(BIN)/python -m pip install -q -c constraints.txt
export NO_MKDOCS_2_WARNING := 1
export TF_CPP_MIN_LOG_LEVEL := 3

.PHONY: help setup setup-docs serve build test test-unit notebooks bench lint format lock clean lighthouse

help:
	@echo "make serve      set up and serve the site at http://127.0.0.1:8000"
	@echo "make test       set up and run every test (unit, notebooks, site, workflows)"
	@echo "make test-unit  only the fast tests in tests/ (no notebook execution)"
	@echo "make notebooks  re-execute notebooks and store their outputs (NB=path for one)"
	@echo "make bench      time every notebook (NB=path for one) into benchmarks/cpu.json (gpu.json on a GPU)"
	@echo "make build      build the site into site/ (strict)"
	@echo "make lighthouse Lighthouse scores of the home page and the heaviest lesson (>= 95)"
	@echo "make lint       ruff check and format check (notebooks included)"
	@echo "make lock       re-pin constraints.txt from the current environment"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.docs-installed: $(BIN)/python requirements-docs.txt constraints.txt
	$(PIP) -r requirements-docs.txt
	touch $@

$(VENV)/.installed: $(VENV)/.docs-installed requirements.txt constraints.txt pyproject.toml package-lock.json
	$(PIP) -r requirements.txt "$(TF)" -e .
	npm ci --no-audit --no-fund --silent  # axe-core, for the accessibility tests
	touch $@

setup-docs: $(VENV)/.docs-installed
setup: $(VENV)/.installed

serve: setup-docs
	$(BIN)/mkdocs serve --strict -a 127.0.0.1:8000

build: setup-docs
	$(BIN)/mkdocs build --strict

test: setup
	$(BIN)/python -m pytest

test-unit: setup
	$(BIN)/python -m pytest tests

notebooks: setup
	$(BIN)/python tools/notebooks.py refresh $(NB)

bench: setup
	$(BIN)/python tools/notebooks.py bench $(NB)

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
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e' >> constraints.txt.new
	mv constraints.txt.new constraints.txt

clean:
	rm -rf site build .cache
