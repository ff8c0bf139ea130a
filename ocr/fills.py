"""Month cells filled flush to their rulings, found by the step in grey at each ruling.

A spreadsheet fill (an Office yellow, a pale green, a 15% grey) printed and
scanned in grey can end a dozen grey levels below the paper, while the scan's
blotches move the paper itself by as much over a few cells: no threshold on a
cell's own darkness tells a faded fill from a blotch. But a fill stops at the
ruling and a blotch does not: the grey steps across the ruling between a
filled and an empty cell, and barely at all between two cells of the same
kind. Every ruling a month cell shares with a neighbour gives one such step;
the cells beside the month grid (the text columns, never filled) anchor the
steps to the paper. Solved together by least squares, the steps give each
cell's fill depth below the paper with the blotches left out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from ocr.grid import GridCell
from ocr.marks import UNSURE, plan_style
from ocr.settings import OcrSettings
from schemas.records import BBox, MarkReading

Gray = NDArray[np.uint8]
Vector = NDArray[np.float64]
STRIP_GAP_PX = 7  # (at 200 dpi) a strip starts this far inside its cell: past the painted-out ruling
STRIP_PX = 6  # (at 200 dpi) and is this wide
LEVEL_RANK = 0.75  # rank of a strip's grey taken for its level: strokes may darken three quarters of it
ANCHOR_PRIOR = 0.05  # weight pulling every depth towards the paper: settles cells no step reaches
CG_ITERATIONS = 500  # enough for a page's grid to settle to CG_TOLERANCE
CG_TOLERANCE = 1e-3  # grey levels of imbalance left in the normal equations
HUBER_K = 5.0  # grey levels beyond which a step is down-weighted (a stamp's stroke, a letter in a strip)
FILL_FLOOR = 8.0  # grey levels: a fill shallower than this is not told from the paper's grain
SEPARATION = 3.0  # spreads of their depths by which a page's fills and empty cells stand apart
MIN_FILLS = 6  # fills a page needs before it is read as a plan that fills its months


@dataclass(frozen=True)
class _Step:
    """One ruling: depth[cell] - depth[other] = grey[other side] - grey[cell side]; other -1: the paper."""

    cell: int
    other: int
    step: float


def fill_depths(gray: Gray, grid: Sequence[GridCell], months: Sequence[GridCell], settings: OcrSettings
                ) -> Vector:
    """How far each of ``months`` (single-month cells) is filled below the paper, in grey levels.

    ``grid`` is the page's whole lattice. Its cells beside the month grid, in
    the text columns, anchor the depths to the paper; those above and below
    the grid (a header, a section row: either may be shaded) do not.
    """
    index = {g: i for i, g in enumerate(months)}
    owner: dict[tuple[int, int], GridCell] = {}
    for g in grid:
        for r in range(g.row, g.row + g.rowspan):
            for c in range(g.col, g.col + g.colspan):
                owner[(r, c)] = g
    strip = _Strips(gray, settings)
    month_cols = {g.col for g in months}
    slopes = {g: _slopes(strip, g.bbox) for g in months}
    steps = []
    for g in months:
        for side in ("right", "left", "bottom"):
            for other, mine, theirs in _neighbours(g, side, owner):
                j = index.get(other, -1)
                if j >= 0 and side == "left":
                    continue  # each pair of month cells once, from the cell on the left
                if j < 0 and (side == "bottom" or other.col in month_cols):
                    continue  # only the text columns beside the grid anchor it
                a, b = strip(mine, side), strip(theirs, _facing(side))
                if a is None or b is None:
                    continue
                axis = 1 if side == "bottom" else 0
                # the paper's own slope (a blotch's flank) between the two strips is no step
                known = [slopes[c][axis] for c in (g, other) if c in slopes]
                slope = sum(known) / len(known)
                if side == "right":
                    apart = other.bbox[0] - g.bbox[2] + 2 * strip.inset
                elif side == "left":
                    apart = other.bbox[2] - g.bbox[0] - 2 * strip.inset
                else:
                    apart = other.bbox[1] - g.bbox[3] + 2 * strip.inset
                steps.append(_Step(index[g], j, b - a - slope * apart))
    return _solve(steps, len(months))


def _slopes(strip: _Strips, bbox: BBox) -> tuple[float, float]:
    """The cell's change of grey per pixel, across and down: a fill is even, so it is the paper's."""
    x0, y0, x1, y1 = bbox
    out = []
    for near, far, span in (("left", "right", x1 - x0), ("top", "bottom", y1 - y0)):
        apart = span - 2 * strip.inset
        a, b = strip(bbox, near), strip(bbox, far)
        out.append((b - a) / apart if a is not None and b is not None and apart >= strip.width else 0.0)
    return out[0], out[1]


def _facing(side: str) -> str:
    return {"right": "left", "left": "right", "bottom": "top"}[side]


def _neighbours(g: GridCell, side: str, owner: dict[tuple[int, int], GridCell]
                ) -> list[tuple[GridCell, BBox, BBox]]:
    """The cells across one side of ``g``, each with the stretch of ``g`` and of it facing the other."""
    x0, y0, x1, y1 = g.bbox
    if side == "bottom":
        other = owner.get((g.row + g.rowspan, g.col))
        return [(other, g.bbox, (x0, other.bbox[1], x1, other.bbox[3]))] if other is not None else []
    col = g.col + g.colspan if side == "right" else g.col - 1
    out, seen = [], set()
    for r in range(g.row, g.row + g.rowspan):
        other = owner.get((r, col))
        if other is None or other in seen:
            continue
        seen.add(other)
        top, bottom = max(y0, other.bbox[1]), min(y1, other.bbox[3])
        if bottom > top:
            out.append((other, (x0, top, x1, bottom), (other.bbox[0], top, other.bbox[2], bottom)))
    return out


class _Strips:
    """Levels of the strips just clear of a cell's rulings, each worked out once."""

    def __init__(self, gray: Gray, settings: OcrSettings) -> None:
        self.gray, self.gap, self.width = gray, settings.px(STRIP_GAP_PX), settings.px(STRIP_PX)
        self.inset = self.gap + self.width / 2  # from a ruling to the middle of the strip beside it
        self._known: dict[tuple[BBox, str], float | None] = {}

    def __call__(self, box: BBox, side: str) -> float | None:
        """The strip of ``box`` running along its ``side``; None when the box is too small to hold one."""
        key = (box, side)
        if key not in self._known:
            x0, y0, x1, y1 = box
            g, w = self.gap, self.width
            region = {
                "right": self.gray[y0 + g : y1 - g, x1 - g - w : x1 - g],
                "left": self.gray[y0 + g : y1 - g, x0 + g : x0 + g + w],
                "bottom": self.gray[y1 - g - w : y1 - g, x0 + g : x1 - g],
                "top": self.gray[y0 + g : y0 + g + w, x0 + g : x1 - g],
            }[side]
            self._known[key] = _level(region) if region.size else None
        return self._known[key]


def _level(region: Gray) -> float:
    """The grey of a strip's paper or fill: its lighter part, as strokes crossing it (a tick, a cross, a
    letter of the text beside it) are darker; without np.percentile's overhead, for thousands a page."""
    values = region.ravel().copy()
    k = int(LEVEL_RANK * (values.size - 1))
    return float(np.partition(values, k)[k])


def _solve(steps: list[_Step], n: int) -> Vector:
    """Depths that best agree with the steps, by least squares robust to a few wild steps.

    Each step ties one or two cells, so the normal equations are sparse: solved
    by conjugate gradients in a few hundred vector operations, no dense matrix
    (whose solver would start threads of its own beside the pipeline's workers).
    """
    if n == 0:
        return np.zeros(0)
    cell = np.array([s.cell for s in steps], dtype=np.int64)
    other = np.array([s.other for s in steps], dtype=np.int64)
    value = np.array([s.step for s in steps], dtype=np.float64)
    paired = other >= 0
    far = np.where(paired, other, 0)
    weight = np.ones(len(steps))
    depth: Vector = np.zeros(n)

    def gather(per_step: Vector) -> Vector:
        """Sum each step's term into its cell, and its negative into the other cell of a pair."""
        return np.asarray(np.bincount(cell, per_step, n) - np.bincount(far, paired * per_step, n), np.float64)

    for _ in range(4):  # iteratively reweighted: Huber's weights from the last fit's residuals
        def normal(x: Vector, w: Vector = weight) -> Vector:
            return ANCHOR_PRIOR**2 * x + gather(w * (x[cell] - np.where(paired, x[far], 0.0)))

        diagonal = np.asarray(ANCHOR_PRIOR**2 + np.bincount(cell, weight, n)
                              + np.bincount(far, paired * weight, n))
        depth = _conjugate_gradients(normal, gather(weight * value), diagonal, depth)
        residual = np.abs(depth[cell] - np.where(paired, depth[far], 0.0) - value)
        weight = np.where(residual <= HUBER_K, 1.0, HUBER_K / np.maximum(residual, 1e-9))
    return depth


def _conjugate_gradients(apply: Callable[[Vector], Vector], rhs: Vector, diagonal: Vector, start: Vector
                         ) -> Vector:
    """x with apply(x) = rhs (apply symmetric positive definite), preconditioned by its diagonal."""
    x = start.copy()
    r = rhs - apply(x)
    z = r / diagonal
    p = z.copy()
    rz = float(r @ z)
    for _ in range(CG_ITERATIONS):
        if float(np.abs(r).max()) < CG_TOLERANCE:
            break
        ap = apply(p)
        alpha = rz / float(p @ ap)
        x += alpha * p
        r -= alpha * ap
        z = r / diagonal
        rz, before = float(r @ z), rz
        p = z + (rz / before) * p
    return x


def fill_threshold(depths: Vector) -> float | None:
    """The depth that parts the page's fills from its empty cells, or None when it has no fills.

    The depths split in two where they part most (Otsu). They are a plan's
    fills and empty cells when the shallower group lies near the paper, the
    deeper at least ``FILL_FLOOR`` down, several of their spreads apart; a page whose
    every month is filled is one group, deep as a whole (the text columns
    anchor the depths to the paper). A ticked or empty page is one group at
    the paper, which the split cuts at its grain.
    """
    if depths.size < MIN_FILLS:
        return None
    ordered = np.sort(depths)
    k = _otsu_split(ordered)
    low, high = ordered[:k], ordered[k:]
    low_mid, high_mid = float(np.median(low)), float(np.median(high))
    spread = (_spread(low) + _spread(high)) / 2
    if low_mid < FILL_FLOOR / 2 and high_mid >= FILL_FLOOR and high_mid - low_mid >= SEPARATION * spread:
        threshold = (low_mid + high_mid) / 2
    elif low_mid >= FILL_FLOOR:
        threshold = low_mid / 2
    else:
        return None
    return threshold if int(np.count_nonzero(depths >= threshold)) >= MIN_FILLS else None


def _spread(values: Vector) -> float:
    """A robust standard deviation, at least one grey level."""
    return max(1.0, 1.4826 * float(np.median(np.abs(values - np.median(values)))))


def _otsu_split(ordered: Vector) -> int:
    """Where a sorted array splits into two groups of the largest between-group variance."""
    n = ordered.size
    k = np.arange(1, n)
    cumulative = np.cumsum(ordered)[:-1]
    low_mean = cumulative / k
    high_mean = (ordered.sum() - cumulative) / (n - k)
    return int(k[np.argmax(k * (n - k) * (high_mean - low_mean) ** 2)])


def faint_fills(gray: Gray, grid: Sequence[GridCell], cells: Sequence[GridCell], readings: list[MarkReading],
                settings: OcrSettings) -> list[MarkReading]:
    """Readings of a page's month ``cells`` with the fills their depths show, where the page fills its months.

    On such a page a cell filled deeper than the page's threshold is marked,
    and strokes in a cell left unfilled are no mark (a stamp's, a signature's,
    the scan's). A cell its own reading found tinted stays marked: a shade
    drawn inside a white frame leaves no step at the ruling. Cells merged
    across months are left as read.
    """
    if plan_style(readings) == "ticks":
        return readings  # strokes of a mark's size make most of its marks: a plan that ticks its months
    chosen = [i for i, g in enumerate(cells) if g.colspan == 1]
    depths = fill_depths(gray, grid, [cells[i] for i in chosen], settings)
    threshold = fill_threshold(depths)
    if threshold is None:
        return readings
    out = list(readings)
    for i, depth in zip(chosen, depths, strict=True):
        r = readings[i]
        if depth >= threshold and not (r.marked and r.filled):
            sure = float(min(0.95, 0.5 + (depth - threshold) / (2 * threshold)))
            out[i] = MarkReading(marked=True, confidence=sure, ink=r.ink, filled=True)
        elif depth < threshold and r.marked and not r.filled:
            out[i] = MarkReading(marked=False, confidence=UNSURE, ink=r.ink)
    return out
