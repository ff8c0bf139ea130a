"""A whole document: pages rendered one at a time, cleaned, read; failures kept per page."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import cv2
import numpy as np
import pandas as pd
import pytesseract

from ocr.celltext import words_in_box
from ocr.image import CleanPage, clean_page
from ocr.raster import PageImage, render_page, render_pages
from ocr.settings import OcrSettings
from ocr.table import PageReading, WordSource, read_page
from ocr.tesseract import check_tesseract, ocr_words
from ocr.textlayer import text_layer_words
from schemas.errors import OcrError, PageError
from schemas.records import BBox, ColumnSpec

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocumentReading:
    n_pages: int
    pages: tuple[PageReading, ...]
    page_errors: tuple[str, ...]
    text_layer_pages: tuple[int, ...] = ()


def tesseract_source(page: int, settings: OcrSettings) -> WordSource:
    def words_of(image: np.ndarray, bbox: BBox, psm: int) -> pd.DataFrame:
        x0, y0, x1, y1 = bbox
        border = cv2.copyMakeBorder(image[y0:y1, x0:x1], 10, 10, 10, 10, cv2.BORDER_CONSTANT, value=255)
        padded = np.asarray(border, dtype=np.uint8)
        return ocr_words(padded, page=page, languages=settings.languages, psm=psm,
                         offset=(x0 - 10, y0 - 10), timeout_s=settings.tesseract_timeout_s)

    words_of.reads_pixels = True  # type: ignore[attr-defined]
    return words_of


def layer_source(words: pd.DataFrame) -> WordSource:
    def words_of(image: np.ndarray, bbox: BBox, psm: int) -> pd.DataFrame:
        return words_in_box(words, bbox)

    words_of.reads_pixels = False  # type: ignore[attr-defined]
    return words_of


def _upright(image: np.ndarray, settings: OcrSettings) -> CleanPage:
    """Clean the page; a page turned sideways is checked with Tesseract OSD for which way."""
    clean = clean_page(image, max_skew_deg=settings.max_skew_deg)
    if clean.rotation == 0:
        return clean
    small = cv2.resize(clean.gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    try:
        osd = pytesseract.image_to_osd(small, config="--psm 0", output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError:
        return clean
    if int(osd.get("rotate", 0)) == 180:
        return clean_page(image, max_skew_deg=settings.max_skew_deg, upside=1)
    return clean


def read_document(
    path: Path,
    settings: OcrSettings,
    on_page: Callable[[int], None] | None = None,
) -> DocumentReading:
    """Read every page of ``path``; a page that fails is recorded and skipped."""
    check_tesseract(settings.languages)
    pages: list[PageReading] = []
    errors: list[str] = []
    layer_pages: list[int] = []
    previous: tuple[ColumnSpec, ...] | None = None
    n_pages = 0
    for item in render_pages(path, settings.dpi):
        n_pages += 1
        if isinstance(item, PageError):
            errors.append(str(item))
            continue
        try:
            reading, used_layer = _read_one(path, item, settings, previous)
        except (PageError, OcrError, cv2.error, ValueError) as exc:
            log.warning("%s page %d: %s", path.name, item.page, exc)
            errors.append(f"page {item.page}: {exc}")
            continue
        finally:
            if on_page:
                on_page(1)
        if used_layer:
            layer_pages.append(item.page)
        if reading.table is not None and reading.table.columns:
            previous = reading.table.columns
        pages.append(reading)
    return DocumentReading(n_pages=n_pages, pages=tuple(pages), page_errors=tuple(errors),
                           text_layer_pages=tuple(layer_pages))


def _read_one(
    path: Path, item: PageImage, settings: OcrSettings, previous: tuple[ColumnSpec, ...] | None
) -> tuple[PageReading, bool]:
    clean, layer = _prepare(path, item, settings)
    source = layer_source(layer) if layer is not None else tesseract_source(item.page, settings)
    reading = read_page(clean, item.page, settings, source, previous)
    if reading.table is not None:
        height, width = clean.gray.shape
        reading = replace(reading, table=replace(reading.table, image_size=(width, height)))
    return reading, layer is not None


def _prepare(path: Path, item: PageImage, settings: OcrSettings) -> tuple[CleanPage, pd.DataFrame | None]:
    """The cleaned page and, for a born-digital page, its text-layer words."""
    layer = None
    if settings.use_text_layer and item.text_layer_chars >= 40:
        layer = text_layer_words(path, item.page, item.dpi)
    if layer is not None:
        return clean_page(item.image, max_skew_deg=0.0), layer
    return _upright(item.image, settings), None


def prepared_page(path: Path, page: int, settings: OcrSettings) -> CleanPage:
    """Page ``page`` prepared exactly as the reader prepared it, so the boxes in the dataset land on it."""
    return _prepare(path, render_page(path, page, settings.dpi), settings)[0]
