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
