"""Crops of the page image each action was read from, so a person can check a row by looking.

The page is prepared again exactly as the reader prepared it (same rendering,
rotation and deskew), so the fractional boxes stored in the dataset land on the
row they came from.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from ocr.reader import prepared_page
from ocr.settings import OcrSettings
from pipeline.document import file_sha256
from schemas.errors import ZiError
from schemas.records import FracBox

MARGIN_X = 0.004  # of the page width, either side of the table
MARGIN_Y = 0.006  # of the page height, above and below the row
MAX_WIDTH = 1400  # px of an embedded crop; wider rows are scaled down


@dataclass(frozen=True)
class Crop:
    """One row's image, and where its month grid lies in it."""

    uri: str  # data:image/png;base64,...
    month_left: float | None  # % of the crop width where the month grid starts
    month_width: float | None  # % of the crop width the month grid spans


@dataclass(frozen=True)
class Source:
    """The source PDF of a document, or why its pages cannot be shown."""

    path: Path | None
    problem: str | None


def locate_source(recorded: str | None, sha256: str) -> Source:
    """The file the manifest names, if it is still there with the same content."""
    if not recorded:
        return Source(None, "the manifest does not record this document's source file: no crops")
    path = Path(recorded)
    if not path.is_file():
        return Source(None, f"source file not found at {recorded} (moved or deleted since extraction): "
                            "no crops")
    try:
        same = file_sha256(path) == sha256
    except OSError as exc:
        return Source(None, f"source file {recorded} cannot be read ({exc}): no crops")
    if not same:
        return Source(None, f"source file {recorded} has changed since extraction: no crops")
    return Source(path, None)


class PageImages:
    """Prepared pages of one source, the last one kept (rows come sorted by page)."""

    def __init__(self, path: Path, settings: OcrSettings) -> None:
        self.path = path
        self.settings = settings
        self._page: int | None = None
        self._image: NDArray[np.uint8] | None = None

    def get(self, page: int) -> NDArray[np.uint8]:
        """The prepared page; raises a ZiError (or ValueError/cv2.error) when it cannot be rendered."""
        if page != self._page or self._image is None:
            self._image = prepared_page(self.path, page, self.settings).gray
            self._page = page
        return self._image


def row_crop(image: NDArray[np.uint8], bbox: FracBox, month_x: tuple[float, float] | None) -> Crop:
    """The row's strip across the whole table, as an embeddable PNG."""
    h, w = image.shape[:2]
    fx0, fy0 = max(0.0, bbox[0] - MARGIN_X), max(0.0, bbox[1] - MARGIN_Y)
    fx1, fy1 = min(1.0, bbox[2] + MARGIN_X), min(1.0, bbox[3] + MARGIN_Y)
    x0, x1 = _pixels(fx0, fx1, w)
    y0, y1 = _pixels(fy0, fy1, h)
    strip: NDArray[Any] = image[y0:y1, x0:x1]
    if strip.shape[1] > MAX_WIDTH:
        height = max(1, round(strip.shape[0] * MAX_WIDTH / strip.shape[1]))
        strip = cv2.resize(strip, (MAX_WIDTH, height), interpolation=cv2.INTER_AREA)
    ok, png = cv2.imencode(".png", strip, [cv2.IMWRITE_PNG_COMPRESSION, 9])
    if not ok:
        raise ValueError("the crop could not be encoded as PNG")
    uri = "data:image/png;base64," + base64.b64encode(png.tobytes()).decode("ascii")
    if month_x is None:
        return Crop(uri, None, None)
    span = fx1 - fx0
    return Crop(uri, 100 * (month_x[0] - fx0) / span, 100 * (month_x[1] - month_x[0]) / span)


def _pixels(start: float, end: float, size: int) -> tuple[int, int]:
    first = min(size - 1, int(start * size))
    return first, max(first + 1, round(end * size))


def crop_or_note(pages: PageImages, page: int, bbox: FracBox | None,
                 month_x: tuple[float, float] | None) -> tuple[Crop | None, str | None]:
    """A row's crop, or the reason there is none (which goes in the report instead)."""
    if bbox is None:
        return None, "no row box recorded (extracted by an older version, or the row was not in a ruled grid)"
    try:
        return row_crop(pages.get(page), bbox, month_x), None
    except (ZiError, ValueError, cv2.error) as exc:
        return None, f"page {page} could not be rendered again: {exc}"
