# Two commands: `make demo` (set up and run the demo) and `make test` (run the whole suite).
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install dev bench eval clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.dev: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/eventcoder demo --db demo.duckdb
	$(BIN)/eventcoder code ../shared/seed/article.txt 2>/dev/null | head -3 || true

test: $(VENV)/.dev
	$(BIN)/python -m pytest

eval: $(VENV)/.installed
	$(BIN)/eventcoder eval data/gold/events_dev.jsonl

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) demo.duckdb build *.egg-info
