"""The benchmark's pool hands out documents longest first, as `zi extract` does, and keeps their order."""

from pathlib import Path

import pypdfium2 as pdfium

from bench.scaling import run_tool


def _named(pdf: Path) -> dict:
    return {"name": pdf.name}


def _blank_pdf(path: Path, pages: int) -> Path:
    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    pdf.save(str(path))
    return path


def test_outputs_come_back_in_the_order_of_the_inputs(tmp_path: Path) -> None:
    pdfs = [_blank_pdf(tmp_path / f"{name}.pdf", pages) for name, pages in (("a", 1), ("b", 4), ("c", 2))]
    outs, wall = run_tool(_named, pdfs, workers=2)
    assert [o["name"] for o in outs] == ["a.pdf", "b.pdf", "c.pdf"]
    assert wall >= 0
