"""Read one page: find the table, name its columns, read text cells and month marks.

The page is OCR'd in few calls: one for every text line of every cell that
may hold text (re-laid into one strip), and one each for the bands above and
below the table where they hold text (titles, signatures, footers). Month
cells below the header band are never OCR'd; they are read from their ink.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

import cv2
import numpy as np
import pandas as pd
from numpy.typing import NDArray

from ocr.celltext import cell_text, lines_of, words_in_box
from ocr.columns import assign_roles, month_run, role_from_header
from ocr.fills import faint_fills
from ocr.grid import GridCell, Lattice, LineMasks, build_lattice, faint_line_masks, line_masks, merge_cells
from ocr.header import count_header_rows
from ocr.image import CleanPage
from ocr.layout import map_back, restack
from ocr.marks import bar_or_nothing, faint_copies, one_mark_style, read_mark
from ocr.settings import OcrSettings
from ocr.stamps import Stamp, find_stamps, text_ink, without_stamps
from ocr.tesseract import page_text
from schemas.records import BBox, Cell, ColumnSpec, PageTable, Role

log = logging.getLogger(__name__)

Gray = NDArray[np.uint8]


class WordSource(Protocol):
    """(text image, region, psm) -> words in page coordinates; Tesseract or a text layer."""

    @property
    def reads_pixels(self) -> bool:
        """False for a text layer, whose words need no image."""

    def __call__(self, image: Gray, bbox: BBox, psm: int) -> pd.DataFrame: ...


@dataclass(frozen=True)
class PageReading:
    """What one page yields: its table (if any) and its free text (titles, body, footers)."""

    page: int
    table: PageTable | None
    text: str
    skew_deg: float
    rotation: int


def remove_lines(clean: CleanPage, masks: LineMasks) -> Gray:
    """The grey page with its rulings painted over with paper, for OCR and for the marks."""
    lines = cv2.bitwise_or(masks.horizontal, masks.vertical)
    lines = cv2.dilate(lines, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
    text_img = clean.gray.copy()
    text_img[lines > 0] = 255
    return text_img


def find_table(clean: CleanPage, settings: OcrSettings) -> tuple[LineMasks, Lattice | None]:
    """The ruled grid, from rulings in the ink and rulings too faint for it, together.

    A scan often shows some rulings crisp and others faded (a shaded header,
    a light copy of the body); either finder alone would miss part of the grid.
    """
    ink = line_masks(clean.ink, settings)
    faint = faint_line_masks(clean.gray, settings)
    masks = LineMasks(
        horizontal=cv2.bitwise_or(ink.horizontal, faint.horizontal),
        vertical=cv2.bitwise_or(ink.vertical, faint.vertical),
    )
    lattice = build_lattice(masks, settings, clean.gray)
    return masks, lattice if _usable(lattice) else None


def _usable(lattice: Lattice | None) -> bool:
    return lattice is not None and len(lattice.rows) >= 3 and len(lattice.cols) >= 3


def read_page(
    clean: CleanPage,
    page: int,
    settings: OcrSettings,
    words_of: WordSource,
    previous_columns: tuple[ColumnSpec, ...] | None = None,
) -> PageReading:
    """Read a cleaned page into a :class:`PageReading`."""
    masks, lattice = find_table(clean, settings)
    if lattice is None:
        h, w = clean.gray.shape
        # the margins hold no text for Tesseract to read, and a page without letters (a blank back) none
        box = _text_extent(clean.ink, (0, 0, w, h), settings)
        text = _plain_text(_prose_words(clean.gray, box, words_of, settings)) if box is not None else ""
        return PageReading(page, None, text, clean.skew_deg, clean.rotation)
    text_img = remove_lines(clean, masks)
    stamps = find_stamps(text_img, settings)
    ocr_img = without_stamps(text_img, stamps)
    grid = merge_cells(lattice)
    widths = [b - a for a, b in zip(lattice.cols, lattice.cols[1:], strict=False)]
    start = month_run(widths)
    month_cols = list(range(start, start + 12)) if start is not None else None
    n_cols = len(widths)

    words = _read_text_cells(grid, month_cols, ocr_img, words_of, settings)
    sheet = _Sheet(grid, lattice, month_cols, text_img, ocr_img, stamps, words_of, settings, words,
                   _words_by_cell(words, grid, lattice))
    header_rows, row_texts, top_texts = _read_header(sheet)
    columns = _columns(row_texts, header_rows, widths, previous_columns)
    cells = _read_body(sheet, columns, header_rows)
    header_cells = [
        Cell(
            row=g.row, col=g.col, rowspan=g.rowspan, colspan=g.colspan, bbox=g.bbox, text=top_texts.get(g, "")
        )
        for g in grid
        if g.row < header_rows
    ]
    table = PageTable(
        page=page,
        n_rows=len(lattice.rows) - 1,
        n_cols=n_cols,
        columns=columns,
        header_rows=header_rows,
        cells=tuple(header_cells + cells),
        row_bounds=lattice.rows,
        col_bounds=lattice.cols,
        repeated_header=header_rows > 0,
    )
    free = _outside_text(clean, without_stamps(clean.gray, stamps), lattice.rows[0], lattice.rows[-1],
                         words_of, settings)
    return PageReading(page, table, free, clean.skew_deg, clean.rotation)


PROSE_PSM = 6
"""A decree's own page is read as one block of lines: Tesseract's page layout analysis (psm 3) broke
the centred title into blocks and cut the tentang short on 8 of 30 mild and medium documents (psm 6:
none), and on 35 heavy ones lost 11 dates and 19 places of signing (psm 6: 4 and 5)."""
PALE_STAMP = 40  # grey levels by which a stamp's ink must be paler than the type to be set apart
HEADER_BAND_ROWS = 5
"""Lattice rows searched for the header: title rows, month titles and column numbers, with room to spare."""


def _read_text_cells(
    grid: list[GridCell], month_cols: list[int] | None, text_img: Gray, words_of: WordSource,
    settings: OcrSettings,
) -> pd.DataFrame:
    """Words of every cell that may hold text, header and body alike, in one OCR call.

    Starting Tesseract costs about a tenth of a second, as much as reading a
    column; every text line of every such cell goes into one re-laid strip
    (column by column), and the header band is read with the body, so no row
    is read twice. Month cells below the band are left to their ink.
    """
    months = set(month_cols or ())
    boxes = sorted(((g.col, g.bbox[1]), _text_box(g, settings)) for g in grid if _holds_text(g, months))
    return _ocr_boxes(text_img, [box for _, box in boxes], words_of, settings)


def _holds_text(g: GridCell, months: set[int]) -> bool:
    """Any cell outside the month grid, and month cells high enough to be month titles."""
    in_months = all(c in months for c in range(g.col, g.col + g.colspan))
    return not in_months or g.row < HEADER_BAND_ROWS


@dataclass(frozen=True)
class _Sheet:
    """A table page as its header and body readers see it: the grid, the de-ruled image, its words."""

    grid: list[GridCell]
    lattice: Lattice
    month_cols: list[int] | None
    text_img: Gray  # the page without its rulings: what month cells are read from
    ocr_img: Gray  # and without its stamps' ink too: what Tesseract reads
    stamps: list[Stamp]
    words_of: WordSource
    settings: OcrSettings
    words: pd.DataFrame
    by_cell: dict[GridCell, pd.DataFrame]


def _read_header(sheet: _Sheet) -> tuple[int, dict[int, list[str]], dict[GridCell, str]]:
    """Header rows, the header text above each column per row, and the header cells' text.

    The cells' text is empty when the header was read slot by slot instead.
    """
    grid, lattice, month_cols, words = sheet.grid, sheet.lattice, sheet.month_cols, sheet.words
    settings = sheet.settings
    n_cols = len(lattice.cols) - 1
    band_rows = min(len(lattice.rows) - 1, HEADER_BAND_ROWS)
    band_cells = [g for g in grid if g.row < band_rows]
    inset = settings.px(3)
    top_texts = {c: cell_text(sheet.by_cell.get(c, words.iloc[0:0]))[0] for c in band_cells}
    row_texts = {r: [_text_at(grid, top_texts, r, col) for col in range(n_cols)] for r in range(band_rows)}
    header_rows = count_header_rows(row_texts, month_cols)
    if header_rows == 0:
        # a header whose inner rulings faded (often under shading) reads as one merged cell:
        # read it slot by slot instead
        slot_boxes = [
            _inset(_slot_box(lattice, r, c), inset) for r in range(min(band_rows, 3)) for c in range(n_cols)
        ]
        slot_words = _ocr_boxes(sheet.ocr_img, slot_boxes, sheet.words_of, settings)
        slots = _slot_texts(slot_words, lattice, min(band_rows, 3))
        if (slot_rows := count_header_rows(slots, month_cols)) > 0:
            return slot_rows, slots, {}
    elif _merged_text_header(grid, header_rows, month_cols):
        # a faded inner ruling joined two column titles: give each column the words above it
        return header_rows, _slot_texts(words, lattice, header_rows), {}
    return header_rows, row_texts, top_texts


def _merged_text_header(grid: list[GridCell], header_rows: int, month_cols: list[int] | None) -> bool:
    """Whether a header cell spans two or more text columns (months may share a title)."""
    months = set(month_cols or ())
    return any(
        g.row < header_rows and sum(c not in months for c in range(g.col, g.col + g.colspan)) >= 2
        for g in grid
    )


def _slot_texts(words: pd.DataFrame, lattice: Lattice, n_rows: int) -> dict[int, list[str]]:
    """Text per lattice slot (row, column) of the top rows, whatever the merges."""
    n_cols = len(lattice.cols) - 1
    return {
        r: [cell_text(words_in_box(words, _slot_box(lattice, r, c)))[0] for c in range(n_cols)]
        for r in range(n_rows)
    }


def _slot_box(lattice: Lattice, r: int, c: int) -> BBox:
    return (lattice.cols[c], lattice.rows[r], lattice.cols[c + 1], lattice.rows[r + 1])


def _text_at(grid: list[GridCell], texts: dict[GridCell, str], row: int, col: int) -> str:
    for g in grid:
        if g.row <= row < g.row + g.rowspan and g.col <= col < g.col + g.colspan:
            return texts.get(g, "")
    return ""


def _columns(
    row_texts: dict[int, list[str]],
    header_rows: int,
    widths: list[int],
    previous: tuple[ColumnSpec, ...] | None,
) -> tuple[ColumnSpec, ...]:
    """Roles from the header text above each column (``row_texts[r][col]``, r < ``header_rows``)."""
    if header_rows == 0 and previous is not None and len(previous) == len(widths):
        return previous
    headers = []
    for col in range(len(widths)):
        parts = [row_texts[r][col] for r in range(header_rows) if row_texts[r][col]]
        headers.append(" ".join(dict.fromkeys(parts)))
    columns = assign_roles(headers, widths)
    if previous is None or len(previous) != len(widths):
        return columns
    return keep_previous_roles(columns, previous)


def keep_previous_roles(
    columns: tuple[ColumnSpec, ...], previous: tuple[ColumnSpec, ...]
) -> tuple[ColumnSpec, ...]:
    """A repeated header whose title of some column could not be read keeps that column's role from
    another page of the table, rather than a guess from where it stands (which may swap two text columns)."""
    named = {c.role for c in columns if role_from_header(c.header) is not Role.UNKNOWN}
    out = []
    for col, before in zip(columns, previous, strict=True):
        guessed = role_from_header(col.header) is Role.UNKNOWN and col.role is not Role.MONTH
        if guessed and before.role is not Role.MONTH and before.role not in named:
            col = replace(col, role=before.role)
        out.append(col)
    return tuple(out)


def _read_body(sheet: _Sheet, columns: tuple[ColumnSpec, ...], header_rows: int) -> list[Cell]:
    text_img, settings, words, by_cell = sheet.text_img, sheet.settings, sheet.words, sheet.by_cell
    body = [g for g in sheet.grid if g.row >= header_rows]
    is_month = [c.role is Role.MONTH for c in columns]
    in_months = {g: all(is_month[g.col : g.col + g.colspan]) for g in body}
    months = set(sheet.month_cols or ())
    # a column the header names as text although its width made it a month: read it now
    unread = [_text_box(g, settings) for g in body if not in_months[g] and not _holds_text(g, months)]
    if unread:
        extra = _ocr_boxes(sheet.ocr_img, unread, sheet.words_of, settings)
        if not extra.empty:
            words = pd.concat([words, extra], ignore_index=True)
            by_cell = _words_by_cell(words, sheet.grid, sheet.lattice)
    paper = float(np.median(text_img))
    ringed = [s for s in sheet.stamps if s.rings]
    pale = _pale_stamps(text_img, ringed, [g.bbox for g in body if not in_months[g]])
    month_cells = [g for g in body if in_months[g]]
    readings = [
        read_mark(text_img, g.bbox, settings, paper, _stamp_ink(pale, g.bbox),
                  [s for s in ringed if s.touches(g.bbox)])
        for g in month_cells
    ]
    readings = [bar_or_nothing(r) if g.colspan > 1 else r for g, r in zip(month_cells, readings, strict=True)]
    # a cell merged across months or under a stamp is not searched for a faint tick
    skip = [g.colspan > 1 or any(s.touches(g.bbox) for s in sheet.stamps) for g in month_cells]
    boxes = [g.bbox for g in month_cells]
    readings = faint_fills(text_img, sheet.grid, month_cells, one_mark_style(readings), settings)
    readings = faint_copies(text_img, boxes, readings, settings, skip)
    marks = dict(zip(month_cells, readings, strict=True))
    cells = []
    for g in body:
        if g in marks:
            cells.append(Cell(g.row, g.col, g.rowspan, g.colspan, g.bbox, mark=marks[g]))
            continue
        own = by_cell.get(g, words.iloc[0:0])
        pieces = _listed_rows(g, own, sheet.lattice.rows) or [(g.row, g.rowspan, g.bbox, own)]
        for row, rowspan, bbox, part in pieces:
            text, conf = cell_text(part)
            cells.append(Cell(row, g.col, rowspan, g.colspan, bbox, text=text, confidence=conf))
    return cells


_ITEM_START = re.compile(r"^\(?(?:[a-z]|\d{1,2})[.),]", re.IGNORECASE)  # "b.", "2)", a blurred stop "d,"


def _listed_rows(
    g: GridCell, words: pd.DataFrame, rows: Sequence[int]
) -> list[tuple[int, int, BBox, pd.DataFrame]] | None:
    """The rows of a cell merged over rulings too faint to be found, told apart by the list it holds.

    A plan lists one action a row ("a. ...", "b. ...", "c. ..."); on a faded
    scan the rulings between them can be lost in the text column alone, and
    each row would take the whole list. When every row the cell spans opens
    with the next item, each row keeps its own. A heading over several rows
    opens only the first.
    """
    if g.rowspan < 2 or words.empty:
        return None
    band = np.searchsorted(np.asarray(rows), ((words["y0"] + words["y1"]) / 2).to_numpy(), side="right") - 1
    x0, _, x1, _ = g.bbox
    parts = []
    for row in range(g.row, g.row + g.rowspan):
        part = words[band == row]
        lines = lines_of(part)
        if not lines or not _ITEM_START.match(lines[0]):
            return None
        parts.append((row, 1, (x0, int(rows[row]), x1, int(rows[row + 1])), part))
    return parts


def _stamp_ink(stamps: list[Stamp], bbox: BBox) -> float | None:
    """The palest ink of the stamps over a cell: strokes that pale are a stamp's."""
    under = [s.ink for s in stamps if s.touches(bbox)]
    return min(under) if under else None


def _pale_stamps(text_img: Gray, ringed: list[Stamp], text_boxes: list[BBox]) -> list[Stamp]:
    """The stamps printed clearly paler than the typed text: all their strokes can be told from ticks.

    Only circles with a stamp's rings are given: one fitted to a plan's grid of
    shaded months has none, and its grey is the fills', which it would read as
    a stamp's strokes and unmark (23 months of one mild document were lost so).
    """
    typed = text_ink(text_img, text_boxes) if ringed else None
    return [s for s in ringed if typed is not None and s.ink - typed >= PALE_STAMP]


def _ocr_boxes(image: Gray, boxes: list[BBox], words_of: WordSource, settings: OcrSettings) -> pd.DataFrame:
    """Words of a group of cells: one OCR call over their re-laid lines, or the text layer."""
    if not words_of.reads_pixels:
        return (
            pd.concat([words_of(image, b, 6) for b in boxes]) if boxes else words_of(image, (0, 0, 1, 1), 6)
        )
    strip, placements = restack(image, boxes, gap=settings.px(16), min_line=settings.px(7))
    if not placements:
        return words_of(strip, (0, 0, 1, 1), 6).iloc[0:0]
    words = words_of(strip, (0, 0, strip.shape[1], strip.shape[0]), 6)
    return map_back(words, placements)


def _words_by_cell(
    words: pd.DataFrame, grid: list[GridCell], lattice: Lattice
) -> dict[GridCell, pd.DataFrame]:
    """Each cell's words (those whose centre lies in it), sorted out in one pass over the words."""
    if words.empty:
        return {}
    owner = np.full((len(lattice.rows) - 1, len(lattice.cols) - 1), -1)
    for i, g in enumerate(grid):
        owner[g.row : g.row + g.rowspan, g.col : g.col + g.colspan] = i
    row = np.searchsorted(lattice.rows, ((words["y0"] + words["y1"]) / 2).to_numpy(), side="right") - 1
    col = np.searchsorted(lattice.cols, ((words["x0"] + words["x1"]) / 2).to_numpy(), side="right") - 1
    inside = (row >= 0) & (row < owner.shape[0]) & (col >= 0) & (col < owner.shape[1])
    which = np.where(inside, owner[row.clip(0, owner.shape[0] - 1), col.clip(0, owner.shape[1] - 1)], -1)
    return {grid[int(i)]: words[which == i] for i in np.unique(which) if i >= 0}


def _text_box(cell: GridCell, settings: OcrSettings) -> BBox:
    """The part of a cell OCR'd for its text: clear of its rulings, a little less so in the tighter header."""
    return _inset(cell.bbox, settings.px(3) if cell.row < HEADER_BAND_ROWS else settings.px(4))


def _inset(bbox: BBox, d: int) -> BBox:
    x0, y0, x1, y1 = bbox
    return (x0 + d, y0 + d, max(x0 + d + 1, x1 - d), max(y0 + d + 1, y1 - d))


def _prose_words(gray: Gray, box: BBox, words_of: WordSource, settings: OcrSettings) -> pd.DataFrame:
    """Words of a decree page; its signature block read again with the stamp pressed over it painted out.

    A stamp's rings and letters cut the chair's title and name into pieces
    Tesseract cannot read. Stamps are sought only from the "Ditetapkan" line
    down, where the block is: over a whole page of dense type, the circles the
    search fits to the letters cost 0.07-0.2 s a page to rule out. A block
    whose "Ditetapkan" line ends the page before is not searched.
    """
    words = words_of(gray, box, PROSE_PSM)
    top = _signature_top(words)
    if top is None or not words_of.reads_pixels:
        return words
    x0, _, x1, y1 = box
    top = max(0, top - settings.px(SIGNATURE_REACH_PX))
    if y1 - top < settings.px(72):
        return words
    stamps = [s for s in find_stamps(gray[top:y1], settings) if s.rings]
    if not stamps:
        return words
    page = gray.copy()
    page[top:y1] = without_stamps(gray[top:y1], stamps)
    block = words_of(page, (x0, top, x1, y1), PROSE_PSM)
    block["block"] += int(words["block"].max()) + 1
    above = words[(words["y0"] + words["y1"]) / 2 < top]
    return pd.concat([above, block], ignore_index=True)


SIGNATURE_REACH_PX = 120  # (at 200 dpi) a stamp may rise this far above the "Ditetapkan" line
_DITETAPKAN = re.compile(r"^di-?tetapkan\b", re.IGNORECASE)


def _signature_top(words: pd.DataFrame) -> int | None:
    """The top of the last "Ditetapkan" word on a page: the signature block lies below it."""
    hits = words[words["text"].str.match(_DITETAPKAN)] if not words.empty else words
    return int(hits["y0"].max()) if not hits.empty else None


def _outside_text(
    clean: CleanPage, unstamped: Gray, top: int, bottom: int, words_of: WordSource, settings: OcrSettings
) -> str:
    """Text above and below the table (the LAMPIRAN heading, signatures, footers), where there is any."""
    h, w = clean.gray.shape
    parts = []
    for y0, y1 in ((0, top), (bottom, h)):
        if (box := _text_extent(clean.ink, (0, y0, w, y1), settings)) is not None:
            parts.append(_plain_text(words_of(unstamped, box, 6)))
    return "\n".join(p for p in parts if p)


def _text_extent(ink: Gray, region: BBox, settings: OcrSettings) -> BBox | None:
    """The box round the letter-sized ink of ``region``, or None when it holds no word.

    Grain, specks and the ends of rulings are not letters; OCR'ing a band of
    them costs as much as a band of text and yields nothing.
    """
    x0, y0, x1, y1 = region
    if y1 - y0 < settings.px(12):
        return None
    stats = cv2.connectedComponentsWithStats(ink[y0:y1, x0:x1], connectivity=8)[2][1:]
    heights, widths = stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_WIDTH]
    letters = stats[(heights >= settings.px(7)) & (heights <= settings.px(80)) & (widths <= settings.px(120))]
    if len(letters) < 3:
        return None
    pad = settings.px(12)
    left, upper = letters[:, 0].min(), letters[:, 1].min()
    right = (letters[:, 0] + letters[:, 2]).max()
    lower = (letters[:, 1] + letters[:, 3]).max()
    return (max(x0, x0 + int(left) - pad), max(y0, y0 + int(upper) - pad),
            min(x1, x0 + int(right) + pad), min(y1, y0 + int(lower) + pad))


def _plain_text(words: pd.DataFrame) -> str:
    return page_text(words)
