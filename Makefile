# Two commands on a fresh machine: `make demo` and `make test`.
# Both create .venv when missing and install what they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck bench clean browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

# The browser test drives the system Chromium with Playwright. Install it where missing
# and possible (root with apt-get); elsewhere that one test skips and says why.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null) \
	      || echo "note: could not install Chromium; the browser test will be skipped"; \
	  else echo "note: Chromium missing and not installable here; the browser test will be skipped"; fi; }

demo: $(STAMP)
	$(BIN)/python examples/demo.py

lint: $(STAMP)
	$(BIN)/python -m ruff check resdiff tests examples benchmarks

typecheck: $(STAMP)
	$(BIN)/python -m mypy resdiff

test: lint typecheck browser
	$(BIN)/python -m pytest tests examples/test_negotiation.py

bench: $(STAMP)
	$(BIN)/python benchmarks/accuracy.py
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
