# The developer interface. `make help` lists the targets.
# Everything is set up on first use: a fresh machine needs only python3
# (3.11+), make and access to the package registries.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
HOST   := 127.0.0.1
PORT   ?= 8000
ONLY   ?=
QUICK  ?=
SPHINX_OPTS ?=
# pytest's workers (pytest-xdist): each checks only the snippets of its own
# share (see engine/snipcheck/pytest_plugin.py). 0 runs in one process.
WORKERS ?= 2
SPHINX := $(PY) -m sphinx -W -n --keep-going -b html -c . $(SPHINX_OPTS) docs _build/html

.DEFAULT_GOAL := help
.PHONY: help setup targets cpython history cpython-lock npm sandbox chromium serve html test lint types pytest verify record measure plots claims new bench clean distclean lock

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 14

# The engine (engine/, the package snipcheck) is installed editable, so its
# console script and pytest plugin are registered as for any user of it.
# Two steps: what building and serving the site need (.site: Sphinx, its
# extensions, the engine), then the tools of the tests and measurements
# (.ready: pytest, ruff, mypy, Playwright, matplotlib). `make serve` and
# `make html` wait for the first step only.
$(VENV)/.site: requirements/site.txt engine/pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed for the host side" if sys.version_info < (3, 11) else 0)'
	@echo "setting up $(VENV): Sphinx and its extensions (requirements/site.txt)"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/site.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e ./engine
	touch $@

$(VENV)/.ready: $(VENV)/.site requirements/host.txt
	@echo "setting up $(VENV): the tools of the tests (requirements/host.txt)"
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/host.txt
	touch $@

.targets/.ready: $(VENV)/.ready .interpreters/.ready requirements/targets.txt engine/snipcheck/targets.py
	$(PY) -m snipcheck targets --requirements requirements/targets.txt
	touch $@

# Debian sid's CPython 3.13-3.15, unpacked under ~/.cache with their own glibc;
# .interpreters/debian-sid points at them. Needs dpkg-deb, nothing else.
# Set up again when the cache it points into is gone.
.interpreters/.ready: requirements/cpython-sid.lock tools/cpython_sid.py $(if $(wildcard .interpreters/debian-sid/usr/bin/python3.*),,FORCE)
	$(PYTHON) tools/cpython_sid.py install
	touch $@

FORCE:

cpython: .interpreters/.ready ## set up Debian's CPython 3.13-3.15 builds (cached outside the repository)

# CPython 2.7, 3.6 and 3.7 for the history scripts, built from python.org's
# sources into .interpreters/history (CI on GitHub; pyenv has them here).
HISTORY ?=
history: $(VENV)/.ready ## build CPython 2.7, 3.6 and 3.7 from source, for the history scripts (HISTORY=2.7: one)
	$(PY) tools/cpython_history.py $(HISTORY)

cpython-lock: ## pin the Debian sid packages to what sid has now
	$(PYTHON) tools/cpython_sid.py lock

# Wheels of the engine's build backend, Sphinx and pytest at the versions
# pinned in requirements/host.txt: the packaging test builds the engine and
# installs it with them into a fresh virtual environment, offline.
.wheelhouse/.ready: $(VENV)/.ready requirements/host.txt
	$(PY) -m pip download --quiet --disable-pip-version-check --only-binary=:all: \
	  -d .wheelhouse -c requirements/host.txt flit_core sphinx pytest
	touch $@

node_modules/.ready: package.json package-lock.json
	@echo "installing the npm packages: two Pyodide runtimes for the Run button, axe-core"
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

npm: node_modules/.ready ## install the pinned npm packages (Pyodide runtimes, axe-core)

# Every snippet runs sealed by bubblewrap; install it when it is missing.
sandbox:
	@command -v bwrap >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends bubblewrap; }

# Browser tests drive Debian's chromium; install it when it is missing.
chromium:
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium; }

setup: $(VENV)/.ready .targets/.ready node_modules/.ready .wheelhouse/.ready ## create the environments (done on first use)

targets: .targets/.ready ## give every CPython found a venv with numpy

# Only what building needs is set up first (no interpreters, no test tools).
serve: $(VENV)/.site node_modules/.ready ## build, serve on 127.0.0.1:$(PORT) and rebuild on every change
	@echo "building the site, then serving it on http://$(HOST):$(PORT)/"
	$(PY) -m sphinx_autobuild -n -b html -c . docs _build/html \
	  --host $(HOST) --port $(PORT) --watch snippets --watch conf.py --watch _static \
	  --watch engine/snipcheck

html: $(VENV)/.site node_modules/.ready ## build the site into _build/html (warnings are errors)
	$(SPHINX)

lint: $(VENV)/.ready ## ruff: lint and format check
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

types: $(VENV)/.ready ## mypy on the engine
	$(PY) -m mypy

pytest: setup sandbox chromium html ## the test suite: every snippet on every interpreter, engine, browser (WORKERS=2)
	$(PY) -m pytest -n $(WORKERS) --dist loadgroup

test: lint types html pytest ## everything CI checks

verify: setup sandbox ## run every snippet and compare with its recording
	$(PY) -m snipcheck verify $(ONLY)

record: setup sandbox ## re-run snippets and rewrite their recordings (ONLY=path to narrow)
	$(PY) -m snipcheck record $(ONLY)

measure: setup sandbox ## re-measure the performance snippets and redraw their plots (ONLY=, QUICK=1)
	$(PY) -m snipcheck measure $(if $(QUICK),--quick) $(ONLY)

plots: $(VENV)/.ready ## redraw the plots from the measurement recordings (runs nothing)
	$(PY) -m snipcheck plot $(ONLY)

claims: $(VENV)/.ready ## check the claims on pages against their evidence, count the sentences without one (ONLY=)
	$(PY) -m snipcheck claims $(ONLY)

new: setup sandbox ## create a snippet and record it: make new NAME=topic/name
	$(PY) -m snipcheck new $(NAME)

bench: setup sandbox chromium html ## performance figures, measured side by side
	$(PY) tools/bench.py

lock: ## re-resolve requirements/site.in and host.in into site.txt and host.txt
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -r requirements/site.in
	{ echo "# What building and serving the site need, pinned (a subset of host.txt)."; \
	  echo "# Regenerate with \`make lock\` after changing requirements/site.in."; \
	  .lock-venv/bin/pip freeze; } > requirements/site.txt
	.lock-venv/bin/pip install --quiet -r requirements/host.in -c requirements/site.txt
	{ echo "# Every package the host side uses, pinned. Regenerate with \`make lock\`"; \
	  echo "# after changing requirements/host.in."; .lock-venv/bin/pip freeze; } > requirements/host.txt
	rm -rf .lock-venv

clean: ## remove the built site and caches
	rm -rf _build .pytest_cache .mypy_cache .ruff_cache

distclean: clean ## also remove the virtual environments
	rm -rf $(VENV) .targets .interpreters .wheelhouse
