# newswatch: `make run` and `make test` work as the first command on a fresh machine
# with Python 3.11+ and make: they create .venv and install what they need.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ARGS   ?=

.PHONY: run test test-compose faults bench lint format clean native

# pip 23 (what a new venv of Python 3.11 brings) fails to resolve lxml's extras spelled two
# ways (readability-lxml's lxml[html_clean] beside trafilatura's): upgrade it first.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade 'pip>=24'

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[native]'
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,native]'
	touch $(VENV)/.installed $@

# The query engine (workers/query, names included) compiled with mypyc (about a minute and
# a half, again after an edit of workers/query); without a C compiler the build fails and it
# runs as Python, with the same results (see workers/query/native.py).
NATIVE := workers/query/_native/manifest.json
$(NATIVE): $(shell find workers/query -name '*.py') | $(VENV)/.installed
	-$(BIN)/python -m workers.query.native_build --if-stale

native: $(NATIVE)

run: $(VENV)/.installed $(NATIVE)
	$(BIN)/newswatch run $(ARGS)

test: $(VENV)/.installed-dev $(NATIVE)
	$(BIN)/python -m pytest $(ARGS)

# The docker compose topology end to end: builds the image, needs a Docker engine (~3-5 min).
test-compose: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -m compose -s -v tests/compose $(ARGS)

# The fault suite: real processes killed, Valkey restarted; about 10 minutes.
faults: $(VENV)/.installed-dev $(NATIVE)
	$(BIN)/python -m pytest -m faults tests/faults $(ARGS)

bench: $(VENV)/.installed-dev $(NATIVE)
	$(BIN)/python -m benchmarks.harness $(ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check services workers tests benchmarks
	$(BIN)/ruff format --check services workers tests benchmarks
	$(BIN)/mypy

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix services workers tests benchmarks
	$(BIN)/ruff format services workers tests benchmarks

clean:
	rm -rf $(VENV) var drops .pytest_cache .mypy_cache .ruff_cache workers/query/_native
