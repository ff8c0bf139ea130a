"""The tools a user would otherwise reach for, run in their own environment (bench/.venv-baselines).

Each runs as a subprocess per document (bench/baselines/worker.py, JSON out), so img2table's
opencv-contrib never meets our opencv-python-headless; its raw output is turned into scored rows here.
Recipes and their reasons: bench/BASELINES.md.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pypdfium2

from bench.baselines.adapt import grid_rows, table_rows, tsv_words
from bench.corpus import truth_of

HERE = Path(__file__).parent
VENV_PYTHON = HERE.parent / ".venv-baselines" / "bin" / "python"
WORKER = HERE / "worker.py"
NAMES = ("tesseract", "camelot", "img2table")


def _rows(tool: str, raw: dict, pdf: Path) -> list[dict]:
    if tool == "tesseract":
        words = {p["page"]: tsv_words(p["tsv"]) for p in raw["pages"]}
        return grid_rows(truth_of(pdf), words)
    return table_rows(raw["tables"])


def _page_count(pdf: Path) -> int:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def run_baseline(tool: str, pdf: Path) -> dict:
    """Scored rows of one baseline on one PDF, with its time and the peak memory of its process tree.

    A tool that fails on a document yields no rows for it (scored as all missed), and says why.
    """
    proc = subprocess.run([str(VENV_PYTHON), str(WORKER), tool, str(pdf)], capture_output=True, text=True,
                          check=False)
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["no message"]
        print(f"{tool} failed on {pdf.name}: {tail[0]}")
        return {"actions": [], "seconds": 0.0, "pages": 0, "peak_mb": 0.0, "failed": True}
    raw = json.loads(proc.stdout)
    pages = _page_count(pdf)
    try:
        actions = _rows(tool, raw, pdf)
    except (ValueError, KeyError, IndexError, ZeroDivisionError) as exc:  # one odd table ends no run
        print(f"{tool} output on {pdf.name} could not be scored: {exc!r}")
        return {"actions": [], "seconds": raw["seconds"], "pages": pages, "peak_mb": raw["peak_mb"],
                "failed": True}
    return {"actions": actions, "seconds": raw["seconds"], "pages": pages,
            "ocr_pages": raw.get("ocr_pages", pages), "peak_mb": raw["peak_mb"]}


def available() -> dict[str, Callable[[Path], dict]]:
    """The baselines, if their environment exists (`make bench-env`)."""
    if not VENV_PYTHON.exists():
        return {}
    return {name: partial(run_baseline, name) for name in NAMES}
