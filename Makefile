# Two commands do the whole set-up on a fresh machine:
#   make extract   installs what is missing, then extracts data/raw into data/clean
#   make test      installs what is missing, then runs the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
SYSTEM := $(VENV)/.system-ok
WORKERS ?= $(shell nproc 2>/dev/null || echo 1)

.PHONY: setup extract test bench lint samples clean

setup: $(SYSTEM) $(STAMP)

$(SYSTEM): scripts/ensure-system-deps.sh
	@bash scripts/ensure-system-deps.sh
	@mkdir -p $(VENV) && touch $@

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -m pip install -q -e '.[dev]'
	@rm -f $(VENV)/.installed-* && touch $@

extract: setup
	$(BIN)/zi extract data/raw --out data/clean --workers $(WORKERS)

test: setup
	$(BIN)/python -m pytest -q -n $(WORKERS)

lint: setup
	$(BIN)/ruff check pipeline ocr normalize schemas tests bench
	$(BIN)/mypy

bench: setup
	$(BIN)/python -m bench
	$(BIN)/python bench/bench_normalize.py

samples: setup  # regenerate the bundled sample scans
	$(BIN)/python -c "from pathlib import Path; from tests.synth import generate_document as g; [g(Path('data/raw'), layout=l, noise='mild', seed=s, max_rows=8) for l, s in (('lotim', 21), ('mesuji', 22), ('mataram', 23))]"
	rm -f data/raw/*.json

clean:
	rm -rf data/clean/documents data/clean/actions data/clean/_runs data/clean/_manifest.sqlite*
