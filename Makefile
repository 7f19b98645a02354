# newslit: `make lab` to open the workbook, `make test` to run every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
CODE := $(wildcard src tests bench setup.py)
# Open a browser only where there is a screen to show it on.
BROWSER_FLAG := $(if $(DISPLAY)$(WAYLAND_DISPLAY)$(filter Darwin,$(shell uname -s)),,--no-browser)

.PHONY: setup lab test test-fast lint format strip bench bench-quick eval handouts dist clean axe

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newslit needs Python 3.11 or newer; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

lab: setup
	$(BIN)/jupyter lab notebooks/00_start_here.ipynb $(BROWSER_FLAG)

lint: setup
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)

format: setup
	$(BIN)/ruff format $(CODE)
	$(BIN)/ruff check --fix $(CODE)

# Notebooks are committed without outputs: clear them before a commit.
strip: setup
	$(BIN)/jupyter nbconvert --clear-output --inplace notebooks/*.ipynb notebooks/teacher/*.ipynb

# axe-core and configurable-http-proxy come from npm into the project before the tests run.
test: lint axe hub-proxy
	$(BIN)/python -m pytest

# axe-core (npm, pinned in package.json and package-lock.json) for tests/browser/test_axe.py,
# installed into ./node_modules/ (git-ignored), never globally. Without npm the axe test is
# skipped on a developer's machine and fails in CI.
AXE := node_modules/axe-core/axe.min.js
axe: $(AXE)

$(AXE): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --silent && touch $@; \
	else \
		echo "npm not found: the accessibility test needs it (apt-get install nodejs npm)"; \
	fi

# Everything but the notebooks, the browser, the hub and the install test: for a quick loop while coding.
test-fast: setup
	$(BIN)/python -m pytest -m "not notebook and not browser and not install and not hub"

# The sdist and the wheel (carrying the seed case and the lessons) in dist/.
dist: setup
	rm -rf dist
	$(BIN)/python -m build --outdir dist .

bench: setup
	$(BIN)/python bench/run.py

# The engines against every case's blind key, the frozen validation cases last, each marked.
eval: setup
	$(BIN)/python bench/eval.py

bench-quick: setup
	$(BIN)/python bench/run.py --quick

handouts: setup
	$(BIN)/python -m newslit.handouts build

clean:
	rm -rf build dist .pytest_cache

# configurable-http-proxy for tests/hub/, from the npm registry into tests/hub/node_modules
# (never globally). Without npm the hub test skips with the reason (and fails in CI).
HUB_PROXY := tests/hub/node_modules/.bin/configurable-http-proxy
.PHONY: hub-proxy
hub-proxy: $(HUB_PROXY)
$(HUB_PROXY): tests/hub/package.json tests/hub/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --prefix tests/hub --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: tests/hub will be skipped (apt-get install nodejs npm)"; fi
