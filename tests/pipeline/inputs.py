"""Inputs for run tests: small generated decrees, and every kind of bad input a real archive holds."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

from tests.synth import generate_document


def decree(folder: Path, seed: int, layout: str = "mesuji", name: str | None = None) -> Path:
    """A small clean scanned decree (body page and a four-row LAMPIRAN table)."""
    pdf, truth = generate_document(folder, layout=layout, noise="clean", seed=seed, max_rows=4, name=name)
    truth.unlink()
    return pdf


def zero_byte(folder: Path) -> Path:
    path = folder / "zero_byte.pdf"
    path.write_bytes(b"")
    return path


def not_a_pdf(folder: Path) -> Path:
    path = folder / "notes.pdf"
    path.write_text("Daftar hadir rapat, bukan PDF.\n" * 20)
    return path


def truncated(folder: Path, source: Path) -> Path:
    path = folder / "truncated.pdf"
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def corrupt(folder: Path) -> Path:
    path = folder / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    return path


def encrypted(folder: Path, source: Path) -> Path:
    path = folder / "encrypted.pdf"
    with pikepdf.open(source) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="owner", user="secret"))
    return path


def unrelated_text(folder: Path) -> Path:
    """A readable one-page PDF that is no decree: a library notice."""
    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=36)
    lines = ["PENGUMUMAN PERPUSTAKAAN", "Jam buka layanan baca:", "Senin sampai Jumat pukul 08.00",
             "Buku dikembalikan paling lambat tujuh hari.", "Terima kasih atas kunjungan Anda."]
    for i, line in enumerate(lines):
        draw.text((120, 200 + 80 * i), line, fill=0, font=font)
    path = folder / "notice.pdf"
    page.save(path, resolution=150)
    return path


def decree_without_table(folder: Path, source: Path) -> Path:
    """The body page of a real-looking decree alone: a decree whose LAMPIRAN is missing."""
    path = folder / "no_table.pdf"
    src = pdfium.PdfDocument(str(source))
    out = pdfium.PdfDocument.new()
    out.import_pages(src, [0])
    out.save(str(path))
    out.close()
    src.close()
    return path
