"""Frozen records that cross stage boundaries.

PDF -> :class:`PageImage` -> :class:`PageTable` (cells with roles, text, marks)
-> :class:`Action` (logical rows) -> parquet. Decree-level facts travel as
:class:`DecreeMeta`, :class:`SatkerResolution` and :class:`IndicatorMatch`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

BBox = tuple[int, int, int, int]
"""x0, y0, x1, y1 in page pixels, x1/y1 exclusive."""

FracBox = tuple[float, float, float, float]
"""x0, y0, x1, y1 as fractions of the prepared page image (after rotation and deskew)."""


class Role(str, Enum):
    """What a table column holds, whatever its header calls it."""

    NO = "no"
    AREA = "area"
    KOMPONEN = "komponen"
    INDIKATOR = "indikator"
    LANGKAH_AKSI = "langkah_aksi"
    BUKTI = "bukti"
    MONTH = "month"
    SCHEDULE = "schedule"
    PENANGGUNG_JAWAB = "penanggung_jawab"
    KETERANGAN = "keterangan"
    UNKNOWN = "unknown"


TEXT_ROLES = (Role.AREA, Role.KOMPONEN, Role.INDIKATOR, Role.LANGKAH_AKSI, Role.BUKTI,
              Role.PENANGGUNG_JAWAB, Role.KETERANGAN, Role.SCHEDULE)


@dataclass(frozen=True)
class MarkReading:
    """The verdict on one month cell, read from its ink."""

    marked: bool
    confidence: float  # 0..1, how far the ink evidence is from the decision boundary
    ink: float  # fraction of the cell's inner area covered by mark components
    filled: bool = False  # the mark fills the cell (a tint, a bar) rather than being strokes
    strokes: bool = False  # strokes of a mark's size lie in the cell, tinted or not


@dataclass(frozen=True)
class Cell:
    """One lattice cell (possibly spanning several grid rows/columns)."""

    row: int
    col: int
    rowspan: int
    colspan: int
    bbox: BBox
    text: str = ""
    confidence: float = 1.0  # mean word confidence 0..1; 1.0 for empty cells
    mark: MarkReading | None = None


@dataclass(frozen=True)
class ColumnSpec:
    """A column of the table's body with its role (and month number for month columns)."""

    index: int
    role: Role
    month: int | None = None
    header: str = ""


@dataclass(frozen=True)
class PageTable:
    """The table found on one page, read into cells."""

    page: int  # 1-based
    n_rows: int
    n_cols: int
    columns: tuple[ColumnSpec, ...]
    header_rows: int  # grid rows taken by the header (incl. a column-number row)
    cells: tuple[Cell, ...]
    row_bounds: tuple[int, ...] = ()  # y of each horizontal grid line, top to bottom
    col_bounds: tuple[int, ...] = ()  # x of each vertical grid line, left to right
    repeated_header: bool = True  # False when the page continues a table without a header
    warnings: tuple[str, ...] = ()
    image_size: tuple[int, int] = (0, 0)  # width, height of the prepared page image the boxes refer to

    def body_rows(self) -> range:
        return range(self.header_rows, self.n_rows)

    def row_box(self, row: int) -> FracBox | None:
        """Where grid row ``row`` lies across the whole table, so a person can find it on the page."""
        width, height = self.image_size
        if width <= 0 or height <= 0 or row + 1 >= len(self.row_bounds) or len(self.col_bounds) < 2:
            return None
        return (self.col_bounds[0] / width, self.row_bounds[row] / height,
                self.col_bounds[-1] / width, self.row_bounds[row + 1] / height)

    def month_span(self) -> tuple[float, float] | None:
        """The x-range of the twelve month columns, as fractions of the page width."""
        cols = [c.index for c in self.columns if c.role is Role.MONTH]
        width = self.image_size[0]
        if not cols or width <= 0 or max(cols) + 1 >= len(self.col_bounds):
            return None
        return self.col_bounds[min(cols)] / width, self.col_bounds[max(cols) + 1] / width

    def cell_at(self, row: int, col: int) -> Cell | None:
        for c in self.cells:
            if c.row <= row < c.row + c.rowspan and c.col <= col < c.col + c.colspan:
                return c
        return None


@dataclass(frozen=True)
class Action:
    """One logical table row: an action of the plan."""

    row_index: int
    page: int
    page_end: int
    texts: dict[Role, str]
    months: tuple[int, ...]
    schedule_raw: str | None
    section: str | None  # the section row above it ("II PENATAAN TATA LAKSANA"), if any
    nomor_raw: str | None
    text_confidence: float
    month_confidence: float
    review_reasons: tuple[str, ...] = ()
    bbox: FracBox | None = None  # the row on its start page
    month_x: tuple[float, float] | None = None  # the month grid's x-range on that page


@dataclass(frozen=True)
class DecreeMeta:
    """What the decree says about itself."""

    nomor: str | None
    tahun: int | None
    tanggal_ditetapkan: dt.date | None
    tempat_ditetapkan: str | None
    tentang: str | None
    jenis: str  # rencana_aksi_zi | rencana_kerja_zi | rencana_aksi_rb | lainnya
    ketua: str | None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Satker:
    """A KPU office: KPU RI, a KPU Provinsi or a KPU Kabupaten/Kota."""

    code: str  # Kemendagri code: "00", "52", "52.03"
    name: str  # canonical: "KPU Kabupaten Lombok Timur"
    level: str  # "pusat" | "provinsi" | "kabupaten" | "kota"


@dataclass(frozen=True)
class SatkerResolution:
    """The satker a document belongs to, and how sure we are."""

    satker: Satker | None
    score: float  # 0..100
    mentions: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class IndicatorMatch:
    """The catalogue indicator an action matches, if any."""

    indicator_id: str | None  # "ZI.PW.4"
    sub_indicator_id: str | None  # "ZI.PW.4.a"
    area_code: str | None  # "PW"
    score: float  # 0..100
    needs_review: bool
    candidates: tuple[tuple[str, float], ...] = field(default=())
