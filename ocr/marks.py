"""Read a month cell from its ink, never from OCR text.

Borders and lines bleeding in from neighbours are removed first; what is left
is split into connected components. A tick, a typed v/V/✓/√, a cross or a
scribble is one or two sizeable strokes; noise is specks. A shaded cell is dark
all over.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from ocr.settings import OcrSettings
from schemas.records import BBox, MarkReading

Gray = NDArray[np.uint8]


def read_mark(ink: Gray, gray: Gray, bbox: BBox, settings: OcrSettings) -> MarkReading:
    """Decide whether the cell at ``bbox`` is marked.

    ``ink`` must already have the ruling lines removed; ``gray`` is the
    background-normalised page (for shading).
    """
    x0, y0, x1, y1 = bbox
    w, h = x1 - x0, y1 - y0
    margin_x = max(settings.px(3), int(0.1 * w))
    margin_y = max(settings.px(3), int(0.1 * h))
    crop = ink[y0 + margin_y : y1 - margin_y, x0 + margin_x : x1 - margin_x]
    shade = gray[y0 + margin_y : y1 - margin_y, x0 + margin_x : x1 - margin_x]
    if crop.size == 0 or min(crop.shape) < 3:
        return MarkReading(marked=False, confidence=0.0, ink=0.0)
    darkness = 1.0 - float(np.median(shade)) / 255.0
    if darkness >= settings.shade_darkness:
        conf = min(1.0, 0.5 + (darkness - settings.shade_darkness) * 4)
        return MarkReading(marked=True, confidence=conf, ink=darkness)
    extent, ink_share = _stroke_evidence(crop, settings)
    side = min(w, h)
    ratio = extent / max(1, side)
    threshold = settings.mark_min_extent
    marked = ratio >= threshold
    # distance from the boundary, in units of the threshold, mapped to 0.5..1
    margin = abs(ratio - threshold) / threshold
    confidence = float(min(1.0, 0.5 + margin))
    if not marked and extent == 0:
        confidence = 1.0
    return MarkReading(marked=marked, confidence=confidence, ink=ink_share)


def _stroke_evidence(crop: Gray, settings: OcrSettings) -> tuple[int, float]:
    """Extent (px) of the largest mark-like blob and the share of the crop it covers."""
    n, _, stats, _ = cv2.connectedComponentsWithStats(crop, connectivity=8)
    ch, cw = crop.shape
    min_area = settings.px(settings.mark_min_area_px) * settings.dpi / 200
    best_extent = 0
    total = 0
    for i in range(1, n):
        x, y, w, h, area = (int(v) for v in stats[i])
        if area < min_area:
            continue
        if _is_line_remnant(x, y, w, h, cw, ch):
            continue
        total += area
        best_extent = max(best_extent, int(np.hypot(w, h)))
    return best_extent, total / float(ch * cw)


def _is_line_remnant(x: int, y: int, w: int, h: int, cw: int, ch: int) -> bool:
    """A thin piece along the crop's edge is a border or a neighbour's line, not a mark."""
    thin_h = h <= max(3, ch // 10) and w >= 0.6 * cw
    thin_v = w <= max(3, cw // 10) and h >= 0.6 * ch
    at_edge = x == 0 or y == 0 or x + w >= cw or y + h >= ch
    return (thin_h or thin_v) and at_edge
