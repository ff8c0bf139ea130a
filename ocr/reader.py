"""A whole document: pages rendered one at a time, cleaned, read; failures kept per page."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import cv2
import numpy as np
import pandas as pd
import pytesseract

from ocr.celltext import words_in_box
from ocr.image import SHARPEN_SIGMA_PX, CleanPage, clean_page, settled_upright, sharpened, turned_over
from ocr.marks import one_mark_style
from ocr.raster import PageImage, render_page, render_pages
from ocr.settings import OcrSettings
from ocr.table import PageReading, WordSource, keep_previous_roles, read_page
from ocr.tesseract import check_tesseract, ocr_words
from ocr.textlayer import text_layer_words
from schemas.errors import OcrError, PageError
from schemas.records import BBox, ColumnSpec, MarkReading, PageTable, Role

log = logging.getLogger(__name__)

SAME_WIDTH_SHARE = 0.015  # of the table's width: columns this close in width on two pages are the same column


@dataclass(frozen=True)
class DocumentReading:
    n_pages: int
    pages: tuple[PageReading, ...]
    page_errors: tuple[str, ...]
    text_layer_pages: tuple[int, ...] = ()


@dataclass(frozen=True)
class PageDeadline:
    """When the work on one page is given up.

    Checked before every Tesseract call and passed to it as its timeout (so a
    slow Tesseract process is killed), which bounds a page in any worker, a
    process or a thread, without signals and without losing the worker.
    """

    page: int
    seconds: float
    clock: Callable[[], float] = time.monotonic
    started: float = field(default=-1.0)

    def __post_init__(self) -> None:
        if self.started < 0:
            object.__setattr__(self, "started", self.clock())

    def remaining(self) -> float:
        """Seconds left; raises :class:`OcrError` naming the page once none are."""
        left = self.started + self.seconds - self.clock()
        if left <= 0:
            raise OcrError(f"page {self.page}: given up after the page timeout of {self.seconds:g} s")
        return left


class TesseractSource:
    """Words of a region read by Tesseract, each call bounded by the page's deadline."""

    reads_pixels = True

    def __init__(self, page: int, settings: OcrSettings, deadline: PageDeadline | None = None) -> None:
        self.page, self.settings = page, settings
        self.deadline = deadline or page_deadline(page, settings)

    def __call__(self, image: np.ndarray, bbox: BBox, psm: int) -> pd.DataFrame:
        x0, y0, x1, y1 = bbox
        padded = cv2.copyMakeBorder(image[y0:y1, x0:x1], 10, 10, 10, 10, cv2.BORDER_CONSTANT, value=255)
        padded = sharpened(padded, SHARPEN_SIGMA_PX * self.settings.dpi / 200)
        budget = min(self.settings.tesseract_timeout_s, self.deadline.remaining())
        try:
            return ocr_words(padded, page=self.page,
                             languages=self.settings.languages, psm=psm,
                             offset=(x0 - 10, y0 - 10), timeout_s=budget)
        except OcrError:
            self.deadline.remaining()  # a timeout cut short by the page deadline is reported as such
            raise


class LayerSource:
    """Words of a region taken from the page's own text layer (a born-digital page)."""

    reads_pixels = False

    def __init__(self, words: pd.DataFrame, deadline: PageDeadline) -> None:
        self.words, self.deadline = words, deadline

    def __call__(self, image: np.ndarray, bbox: BBox, psm: int) -> pd.DataFrame:
        self.deadline.remaining()
        return words_in_box(self.words, bbox)


def _upright(image: np.ndarray, settings: OcrSettings, deadline: PageDeadline) -> CleanPage:
    """Clean the page; a sideways page whose text lines leave its way up in doubt goes to Tesseract OSD."""
    clean = clean_page(image, max_skew_deg=settings.max_skew_deg)
    if clean.rotation in (0, 180) or settled_upright(clean):
        return clean
    small = cv2.resize(clean.gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    try:
        osd = pytesseract.image_to_osd(small, config="--psm 0", output_type=pytesseract.Output.DICT,
                                       timeout=min(settings.tesseract_timeout_s, deadline.remaining()))
    except (pytesseract.TesseractError, RuntimeError):
        deadline.remaining()
        return clean
    return turned_over(clean) if int(osd.get("rotate", 0)) == 180 else clean


def read_document(
    path: Path,
    settings: OcrSettings,
    on_page: Callable[[int], None] | None = None,
) -> DocumentReading:
    """Read every page of ``path``; a page that fails or runs out of time is recorded and skipped.

    Pages are rendered and read one at a time; only their readings are kept.
    """
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
            deadline = page_deadline(item.page, settings)
            reading, used_layer = _read_one(path, item, settings, previous, deadline)
        except (PageError, OcrError, cv2.error, ValueError) as exc:
            message = str(exc) if str(exc).startswith(f"page {item.page}:") else f"page {item.page}: {exc}"
            log.warning("%s %s", path.name, message)
            errors.append(message)
            continue
        finally:
            if on_page:
                on_page(1)
        log.debug("%s page %d read in %.1f s (%s)", path.name, item.page, deadline.clock() - deadline.started,
                  "text layer" if used_layer else "OCR")
        if used_layer:
            layer_pages.append(item.page)
        if reading.table is not None and reading.table.columns:
            previous = reading.table.columns
        pages.append(reading)
    readings = roles_of_most_pages(roles_from_later_pages(pages))
    return DocumentReading(n_pages=n_pages, pages=marks_in_one_style(readings),
                           page_errors=tuple(errors), text_layer_pages=tuple(layer_pages))


def roles_from_later_pages(pages: list[PageReading]) -> tuple[PageReading, ...]:
    """Pages whose header left a column's title unreadable take its role from a later page of the table.

    Roles pass forward while reading; the first table page has no page before
    it, and a stamp or the emblem over its header would leave a guess there.
    """
    out = list(pages)
    following: tuple[ColumnSpec, ...] | None = None
    for i in range(len(out) - 1, -1, -1):
        table = out[i].table
        if table is None or not table.columns:
            continue
        if following is not None and len(following) == len(table.columns):
            columns = keep_previous_roles(table.columns, following)
            if columns != table.columns:
                table = replace(table, columns=columns)
                out[i] = replace(out[i], table=table)
        following = table.columns
    return tuple(out)


def roles_of_most_pages(pages: tuple[PageReading, ...]) -> tuple[PageReading, ...]:
    """A page whose header names the columns otherwise than most pages of the same table takes theirs.

    Every page of a plan repeats its header; one whose header a stamp or a
    faded band garbled can read a title as another's ("SE KEGIATAN" for the
    sub-activities, noise for the evidence column) and swap two text columns.
    Pages count as the same table when their columns have the same widths;
    a page is outvoted only by more pages than agree with it, at least two.
    """
    tables = [(i, p.table) for i, p in enumerate(pages) if p.table is not None and p.table.columns]
    out = list(pages)
    for i, table in tables:
        same = [t.columns for j, t in tables if j != i and _same_columns(t, table)]
        votes = Counter(tuple(c.role for c in columns) for columns in same)
        own = tuple(c.role for c in table.columns)
        if not votes:
            continue
        roles, n = votes.most_common(1)[0]
        if roles == own or n < 2 or n <= votes[own] + 1:
            continue
        if any((a is Role.MONTH) != (b is Role.MONTH) for a, b in zip(roles, own, strict=True)):
            continue
        columns = tuple(replace(c, role=r) for c, r in zip(table.columns, roles, strict=True))
        out[i] = replace(pages[i], table=replace(table, columns=columns))
    return tuple(out)


def _same_columns(a: PageTable, b: PageTable) -> bool:
    """Whether two pages' tables have as many columns, each taking the same share of the width."""
    if len(a.col_bounds) != len(b.col_bounds) or len(a.col_bounds) < 3 or len(a.columns) != len(b.columns):
        return False
    wa, wb = np.diff(a.col_bounds), np.diff(b.col_bounds)
    if wa.sum() <= 0 or wb.sum() <= 0:
        return False
    return bool(np.abs(wa / wa.sum() - wb / wb.sum()).max() <= SAME_WIDTH_SHARE)


def marks_in_one_style(pages: tuple[PageReading, ...]) -> tuple[PageReading, ...]:
    """Month cells judged by the marking style of the whole plan, not only of their page.

    A plan ticks or shades its months on every page; a page with few marks, or
    with as many grey blotches as ticks, cannot tell on its own which its tints
    are (see :func:`~ocr.marks.one_mark_style`), but the rest of the plan can.
    """
    spots = [(i, j, c.mark) for i, p in enumerate(pages) if p.table is not None
             for j, c in enumerate(p.table.cells) if c.mark is not None]
    changed: dict[int, dict[int, MarkReading]] = {}
    for (i, j, before), after in zip(spots, one_mark_style([m for *_, m in spots]), strict=True):
        if after is not before:
            changed.setdefault(i, {})[j] = after
    out = list(pages)
    for i, new in changed.items():
        table = pages[i].table
        assert table is not None
        cells = tuple(replace(c, mark=new[j]) if j in new else c for j, c in enumerate(table.cells))
        out[i] = replace(pages[i], table=replace(table, cells=cells))
    return tuple(out)


def page_deadline(page: int, settings: OcrSettings) -> PageDeadline:
    return PageDeadline(page, settings.page_timeout_s)


def _read_one(
    path: Path, item: PageImage, settings: OcrSettings, previous: tuple[ColumnSpec, ...] | None,
    deadline: PageDeadline,
) -> tuple[PageReading, bool]:
    clean, layer = _prepare(path, item, settings, deadline)
    if layer is not None:
        source: WordSource = LayerSource(layer, deadline)
    else:
        source = TesseractSource(item.page, settings, deadline)
    reading = read_page(clean, item.page, settings, source, previous)
    if reading.table is not None:
        height, width = clean.gray.shape
        reading = replace(reading, table=replace(reading.table, image_size=(width, height)))
    return reading, layer is not None


def _prepare(
    path: Path, item: PageImage, settings: OcrSettings, deadline: PageDeadline
) -> tuple[CleanPage, pd.DataFrame | None]:
    """The cleaned page and, for a born-digital page, its text-layer words."""
    layer = None
    if settings.use_text_layer and item.text_layer_chars >= 40:
        layer = text_layer_words(path, item.page, item.dpi)
    if layer is not None:
        return clean_page(item.image, max_skew_deg=0.0), layer
    return _upright(item.image, settings, deadline), None


def prepared_page(path: Path, page: int, settings: OcrSettings) -> CleanPage:
    """Page ``page`` prepared exactly as the reader prepared it, so the boxes in the dataset land on it."""
    return _prepare(path, render_page(path, page, settings.dpi), settings, page_deadline(page, settings))[0]
