"""One baseline tool on one PDF, run inside bench/.venv-baselines; prints the tool's raw output as JSON.

    bench/.venv-baselines/bin/python bench/baselines/worker.py {tesseract|camelot|img2table} PDF

Run by path, never imported by the benchmark: this environment has img2table's opencv-contrib and
none of our packages. Turning the raw output into scored rows happens in bench/baselines/adapt.py.
Timing starts after the imports (as for our pipeline, whose workers import once).
"""

from __future__ import annotations

import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

LANG = "ind+eng"
DPI = 200  # the scans' own resolution; the ground-truth grid is in these pixels


def run_tesseract(pdf: Path) -> dict[str, Any]:
    """Every page rendered with pdftoppm, then `tesseract page.png - -l ind+eng tsv` on the whole page."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), f"{tmp}/page"], check=True)
        pages = []
        for png in sorted(Path(tmp).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
            tsv = subprocess.run(["tesseract", str(png), "-", "-l", LANG, "tsv"], check=True,
                                 capture_output=True, text=True).stdout
            pages.append({"page": int(png.stem.rsplit("-", 1)[1]), "tsv": tsv})
    return {"pages": pages}


def run_camelot(pdf: Path) -> dict[str, Any]:
    """OCRmyPDF adds a text layer (pages turned upright, deskewed), then camelot lattice on every page."""
    import camelot

    with tempfile.TemporaryDirectory() as tmp:
        searchable = Path(tmp) / "ocr.pdf"
        subprocess.run([sys.executable, "-m", "ocrmypdf", "-q", "-l", LANG, "--jobs", "1", "--rotate-pages",
                        "--deskew", "--output-type", "pdf", "--optimize", "0", str(pdf), str(searchable)],
                       check=True)
        found = camelot.read_pdf(str(searchable), pages="all", flavor="lattice", copy_text=["v"],
                                 suppress_stdout=True)
        tables = [{"page": int(t.page), "rows": [[str(v) for v in row] for row in t.df.values.tolist()],
                   "widths": [round(x2 - x1, 1) for x1, x2 in t.cols]} for t in found]
    return {"tables": tables}


def run_img2table(pdf: Path) -> dict[str, Any]:
    """img2table on the PDF with its Tesseract OCR, page rotation fixed (implicit rows: see BASELINES.md)."""
    from img2table.document import PDF
    from img2table.ocr import TesseractOCR

    ocr = TesseractOCR(n_threads=1, lang=LANG)
    found = PDF(src=str(pdf), detect_rotation=True).extract_tables(ocr=ocr, implicit_rows=False)
    tables = []
    for page, page_tables in sorted(found.items()):
        for table in page_tables:
            grid = list(table.content.values())
            rows = [_left_cell_keeps_text(cells) for cells in grid]
            widths = [min(int(row[i].bbox.x2 - row[i].bbox.x1) for row in grid) for i in range(len(grid[0]))]
            tables.append({"page": page + 1, "rows": rows, "widths": widths})
    # img2table runs its OCR only on the pages where it detected a table
    return {"tables": tables, "ocr_pages": sum(1 for page_tables in found.values() if page_tables)}


def _left_cell_keeps_text(cells: list[Any]) -> list[str]:
    """img2table repeats a merged cell in every column it spans; like camelot, keep it in the first only."""
    out: list[str] = []
    for i, cell in enumerate(cells):
        spanned = i > 0 and cells[i - 1].bbox == cell.bbox
        out.append("" if spanned or cell.value is None else str(cell.value))
    return out


TOOLS = {"tesseract": run_tesseract, "camelot": run_camelot, "img2table": run_img2table}
PRELOAD = {"tesseract": (), "camelot": ("camelot",), "img2table": ("img2table.document", "img2table.ocr")}


def main(tool: str, pdf: str) -> None:
    result = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)  # the tools' own chatter (img2table lets `tesseract --version` print) goes to stderr
    for module in PRELOAD[tool]:
        importlib.import_module(module)
    start = time.perf_counter()
    out = TOOLS[tool](Path(pdf))
    out["seconds"] = time.perf_counter() - start
    rss_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                 resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    out["peak_mb"] = rss_kb / 1024
    json.dump(out, result)
    result.close()


if __name__ == "__main__":
    main(*sys.argv[1:3])
