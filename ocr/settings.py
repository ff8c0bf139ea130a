"""Settings of the reading stages, validated once, with defaults that work on real scans."""

from __future__ import annotations

from dataclasses import dataclass

from schemas.errors import UsageError


@dataclass(frozen=True)
class OcrSettings:
    """How pages are rasterised, cleaned, gridded and read.

    Lengths are given at 200 dpi and scaled to the actual resolution, so one
    setting works whatever the scan's resolution.
    """

    dpi: int = 200
    # Indonesian with English terms (E-Office, reward, monitoring). On the decree's own pages "ind"
    # alone is 10-25% faster, but read "167/PP.01-Kpt/71/2024" as "167I/..." on one of 45 test documents.
    languages: str = "ind+eng"
    max_skew_deg: float = 5.0
    min_line_px: int = 40  # shortest ruling-line run kept (at 200 dpi)
    faint_line_contrast: float = 5.0  # grey levels a faint ruling lies below its surroundings
    faint_line_rough: float = 12.0  # grey-level spread beside a faint ruling above which it is text
    faint_line_run_px: int = 90  # shortest faint ruling kept (at 200 dpi); longer than a speck's smear
    min_table_width: float = 0.3  # share of the page width a table must span
    # share of a cell edge that must be ruled to separate two cells: a row edge asks more, as the foot of a
    # line of faded type or a stamp's arc can pass for part of one; nothing on a page stacks like a column's
    boundary_coverage: float = 0.45
    column_boundary_coverage: float = 0.3
    mark_min_extent: float = 0.3  # a mark spans at least this share of the cell's smaller side...
    mark_min_extent_px: int = 14  # ...or this many px (at 200 dpi), a small letter's size, if less
    mark_min_area_px: int = 10  # ink pixels (at 200 dpi) below which a blob is a speck
    shade_darkness: float = 0.08  # median darkness above which a tinted cell counts as shaded
    review_confidence: float = 0.6  # below this a cell's reading needs review
    tesseract_timeout_s: float = 120.0
    page_timeout_s: float = 120.0  # a page still unread after this is given up and reported
    use_text_layer: bool = True

    def __post_init__(self) -> None:
        if not 72 <= self.dpi <= 600:
            raise UsageError(f"dpi must be within 72..600, got {self.dpi}")
        if not (0 < self.boundary_coverage < 1 and 0 < self.column_boundary_coverage < 1):
            raise UsageError("boundary_coverage and column_boundary_coverage must be within 0..1")
        if self.page_timeout_s <= 0:
            raise UsageError(f"page timeout must be positive, got {self.page_timeout_s}")
        if not 0 < self.mark_min_extent < 1:
            raise UsageError("mark_min_extent must be within 0..1")

    def px(self, length_at_200dpi: float) -> int:
        """A length given at 200 dpi, in pixels at this resolution."""
        return max(1, round(length_at_200dpi * self.dpi / 200))
