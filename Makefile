# Two commands on a fresh machine: `make demo` and `make test`.
# Both create .venv when missing and install what they need: the demo only the core
# (pydantic, diff-match-patch, rapidfuzz), the tests and benchmarks every extra on top.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CORE   := $(VENV)/.installed-core
FULL   := $(VENV)/.installed-full

.PHONY: demo test lint typecheck bench clean browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The pip that python3 -m venv brings installs an editable pyproject package (PEP 660)
# from Python 3.11 on; upgrading it would only cost the demo time.
$(CORE): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $(CORE)

$(FULL): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,bench]'
	touch $(CORE) $(FULL)

# The browser test drives the system Chromium with Playwright, and the Word test converts
# the .docx with LibreOffice. Install them where missing and possible (root with apt-get);
# elsewhere those tests skip and say why.
SYSTEM_TOOLS := chromium:chromium soffice:libreoffice-writer-nogui pdftotext:poppler-utils
browser:
	@missing=""; for pair in $(SYSTEM_TOOLS); do \
	  command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair##*:}"; done; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    echo "installing$$missing (apt-get)"; \
	    (apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null) \
	      || echo "note: could not install$$missing; the tests that need them will be skipped"; \
	  else echo "note:$$missing missing and not installable here; those tests will be skipped"; fi; \
	fi

demo: $(CORE)
	$(BIN)/python examples/demo.py

lint: $(FULL)
	$(BIN)/python -m ruff check resdiff tests examples benchmarks

typecheck: $(FULL)
	$(BIN)/python -m mypy resdiff

# The suite on every core, a test file to a worker (its module fixtures built once, its
# tests in their order); `make test PYTEST_PARALLEL=` runs it in one process.
PYTEST_PARALLEL ?= -n auto --dist loadfile

test: lint typecheck browser
	$(BIN)/python -m pytest $(PYTEST_PARALLEL) tests examples/test_negotiation.py

bench: $(FULL)
	$(BIN)/python benchmarks/accuracy.py
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
