"""Open a PDF and render its pages, with clear errors for what is not a readable PDF."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from numpy.typing import NDArray

from ocr.image import to_gray
from schemas.errors import CorruptPdfError, EncryptedPdfError, NotAPdfError, PageError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageImage:
    page: int  # 1-based
    image: NDArray[np.uint8]  # grayscale
    dpi: int
    text_layer_chars: int  # characters in the page's text layer (0 for a pure scan)


def check_pdf(path: Path) -> None:
    """Reject what is plainly not a PDF before handing it to the parser."""
    size = path.stat().st_size
    if size == 0:
        raise NotAPdfError(f"{path.name}: empty file (0 bytes)")
    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise NotAPdfError(f"{path.name}: not a PDF (no %PDF- header)")


def open_pdf(path: Path) -> pdfium.PdfDocument:
    check_pdf(path)
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise EncryptedPdfError(f"{path.name}: the PDF is encrypted and needs a password") from exc
        raise CorruptPdfError(f"{path.name}: damaged or truncated PDF ({exc})") from exc


def page_count(path: Path) -> int:
    pdf = open_pdf(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def render_pages(path: Path, dpi: int) -> Iterator[PageImage | PageError]:
    """Render each page in turn (one page in memory at a time).

    A page that fails to render is yielded as a :class:`PageError` so the
    caller can record it and go on with the others.
    """
    pdf = open_pdf(path)
    try:
        for index in range(len(pdf)):
            try:
                yield _render(pdf, index, dpi)
            except (pdfium.PdfiumError, ValueError, MemoryError) as exc:
                yield PageError(f"{path.name}: page {index + 1} cannot be rendered ({exc})")
    finally:
        pdf.close()


def render_page(path: Path, page: int, dpi: int) -> PageImage:
    """One page (1-based), rendered exactly as :func:`render_pages` renders it."""
    pdf = open_pdf(path)
    try:
        if not 1 <= page <= len(pdf):
            raise PageError(f"{path.name}: no page {page} (the PDF has {len(pdf)})")
        try:
            return _render(pdf, page - 1, dpi)
        except (pdfium.PdfiumError, ValueError, MemoryError) as exc:
            raise PageError(f"{path.name}: page {page} cannot be rendered ({exc})") from exc
    finally:
        pdf.close()


def _render(pdf: pdfium.PdfDocument, index: int, dpi: int) -> PageImage:
    page = pdf[index]
    try:
        text_chars = _text_chars(page)
        # in colour, so that a pale colour fill can be told from the paper (see to_gray)
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
        image = to_gray(np.asarray(bitmap.to_numpy(), dtype=np.uint8)[:, :, :3])
    finally:
        page.close()
    return PageImage(page=index + 1, image=image, dpi=dpi, text_layer_chars=text_chars)


def _text_chars(page: pdfium.PdfPage) -> int:
    try:
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        textpage.close()
    except pdfium.PdfiumError:
        return 0
    return sum(1 for ch in text if ch.isalnum())
