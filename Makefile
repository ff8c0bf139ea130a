# Two commands do the whole set-up on a fresh machine:
#   make extract   installs what is missing, then extracts data/raw into data/clean
#   make test      installs what is missing, then runs the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
SYSTEM := $(VENV)/.system-ok
WORKERS ?= $(shell nproc 2>/dev/null || echo 1)

.PHONY: setup extract test bench bench-env lint samples clean

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

# The baselines (Tesseract, OCRmyPDF + camelot, img2table) live in a virtualenv of their own: img2table's
# opencv-contrib must not meet our opencv-python-headless. BENCH_ARGS picks tools, layouts, noises...
BENCH_VENV  := bench/.venv-baselines
BENCH_STAMP := $(BENCH_VENV)/.installed-$(shell cat bench/requirements-baselines.txt | cksum | cut -d' ' -f1)
BENCH_ARGS  ?=

bench-env: $(BENCH_STAMP)

$(BENCH_STAMP): bench/requirements-baselines.txt scripts/ensure-bench-deps.sh
	@bash scripts/ensure-bench-deps.sh
	@test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	@$(BENCH_VENV)/bin/python -m pip install -q --upgrade pip
	@$(BENCH_VENV)/bin/python -m pip install -q -r bench/requirements-baselines.txt
	@# camelot's opencv-python-headless and img2table's opencv-contrib share cv2/: keep contrib's
	@$(BENCH_VENV)/bin/python -c "import cv2; cv2.ximgproc" 2>/dev/null || \
	  $(BENCH_VENV)/bin/python -m pip install -q --force-reinstall --no-deps \
	    "opencv-contrib-python==$$($(BENCH_VENV)/bin/python -c 'import importlib.metadata as m; print(m.version("opencv-contrib-python"))')"
	@rm -f $(BENCH_VENV)/.installed-* && touch $@

bench: setup bench-env
	$(BIN)/python -m bench --workers $(WORKERS) $(BENCH_ARGS)
	$(BIN)/python bench/bench_normalize.py

samples: setup  # regenerate the bundled sample scans
	$(BIN)/python -c "from pathlib import Path; from tests.synth import generate_document as g; [g(Path('data/raw'), layout=l, noise='mild', seed=s, max_rows=8) for l, s in (('lotim', 21), ('mesuji', 22), ('mataram', 23))]"
	rm -f data/raw/*.json

clean:
	rm -rf data/clean/documents data/clean/actions data/clean/_runs data/clean/_manifest.sqlite*
