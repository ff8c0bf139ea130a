"""Round office stamps pressed over the table, so their rings and letters are not read as marks.

A decree's stamp often lands on the last rows of the plan. Its ring, text and
star are strokes inside month cells; what tells them from a tick is that a
stamp is a large ring, printed in one ink that is paler than the typed text
(a colour stamp scanned in grey).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

from ocr.settings import OcrSettings
from schemas.records import BBox

Gray = NDArray[np.uint8]
RING_COVERAGE = 0.65  # share of a circle that must be inked for it to be a stamp's ring
INK_BELOW_PAPER = 35  # grey levels below the paper that count as ink on the ring
SHRINK = 4  # circles are sought on a page this many times smaller
RING_PROFILE = 0.5  # share of a circle's angles inked for that radius to lie on one of the stamp's rings
RING_EDGE = 0.3  # share below which a radius is off the ring: where a ring's band ends
RING_MAX_PX = 14  # (at 200 dpi) a ring is a line; a wider inked band round the centre is its lettering
CLEAR_INSIDE = 0.3  # most radii of a stamp meet ink at fewer angles; a circle over shaded cells, at most


@dataclass(frozen=True)
class Stamp:
    x: float
    y: float
    radius: float
    ink: float  # grey level of the ring's ink
    rings: tuple[tuple[float, float], ...] = ()  # (radius, half-width) of each ring drawn round the centre

    def touches(self, bbox: BBox) -> bool:
        x0, y0, x1, y1 = bbox
        nearest_x, nearest_y = min(max(self.x, x0), x1), min(max(self.y, y0), y1)
        return bool(np.hypot(nearest_x - self.x, nearest_y - self.y) <= self.radius * 1.05)

    def distance(self, xs: NDArray[np.int_], ys: NDArray[np.int_]) -> NDArray[np.float64]:
        """Distance of page points from the stamp's centre."""
        return np.hypot(xs - self.x, ys - self.y)

    @property
    def outer(self) -> float:
        """How far from the centre the stamp's ink reaches."""
        return max((r + half for r, half in self.rings), default=self.radius)

    def on_ring(self, distance: NDArray[np.float64]) -> NDArray[np.bool_]:
        """Which of the points at ``distance`` from the centre lie on one of its rings."""
        on = np.zeros(distance.shape, dtype=bool)
        for radius, half in self.rings:
            on |= np.abs(distance - radius) <= half
        return on


def find_stamps(gray: Gray, settings: OcrSettings) -> list[Stamp]:
    """Rings of stamp size (3-4 cm across) whose circumference is mostly inked."""
    small = cv2.GaussianBlur(
        cv2.resize(gray, None, fx=1 / SHRINK, fy=1 / SHRINK, interpolation=cv2.INTER_AREA), (5, 5), 1.5
    )
    low, high = settings.px(72) // SHRINK, settings.px(220) // SHRINK
    circles = cv2.HoughCircles(small, cv2.HOUGH_GRADIENT, dp=1, minDist=low, param1=60, param2=30,
                               minRadius=low, maxRadius=high)
    if circles is None:
        return []
    paper = float(np.median(gray))
    found: list[tuple[float, Stamp]] = []
    # the circles are found on the small page: settle centre and radius on the full one
    nudges = np.arange(-2 * SHRINK, 2 * SHRINK + 1, SHRINK, dtype=np.float64)
    dx, dy, dr = (a.ravel() for a in np.meshgrid(nudges, nudges, nudges, indexing="ij"))
    for cx, cy, r in circles[0] * SHRINK:
        xs, ys, rs = cx + dx, cy + dy, r + dr
        coverage, ink = _rings(gray, xs, ys, rs, paper)
        best = int(np.lexsort((rs, ys, xs, ink, coverage))[-1])
        if coverage[best] >= RING_COVERAGE:
            x, y, r = float(xs[best]), float(ys[best]), float(rs[best])
            x, y, rings = _ring_bands(gray, x, y, r, paper, settings.px(RING_MAX_PX))
            found.append((float(coverage[best]), Stamp(x, y, r, float(ink[best]), rings)))
    found.sort(key=lambda t: -t[0])
    stamps: list[Stamp] = []
    for _, stamp in found:
        if all(np.hypot(stamp.x - s.x, stamp.y - s.y) > s.radius / 2 for s in stamps):
            stamps.append(stamp)
    return stamps


def _rings(
    gray: Gray, cx: NDArray[np.float64], cy: NDArray[np.float64], r: NDArray[np.float64], paper: float
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """For each circle, the share of its angles with ink within a few px of it, and that ink's median grey."""
    h, w = gray.shape
    angles = np.linspace(0, 2 * np.pi, 180, endpoint=False)
    offsets = np.arange(-4, 5)
    radii = r[:, None, None] + offsets[None, None, :]  # circle, angle, offset
    xs = np.rint(cx[:, None, None] + np.cos(angles)[None, :, None] * radii).astype(int)
    ys = np.rint(cy[:, None, None] + np.sin(angles)[None, :, None] * radii).astype(int)
    inside = (xs >= 0) & (xs < w) & (ys >= 0) & (ys < h)
    values = np.where(inside, gray[ys.clip(0, h - 1), xs.clip(0, w - 1)], 255).min(axis=2)
    seen = inside.any(axis=2)
    inked = (values < paper - INK_BELOW_PAPER) & seen
    n_seen, n_inked = seen.sum(axis=1), inked.sum(axis=1)
    coverage = n_inked / np.maximum(n_seen, 1)
    ink = np.full(len(r), 255.0)
    some = n_inked > 0
    ink[some] = np.nanmedian(np.where(inked[some], values[some], np.nan), axis=1)
    return coverage, ink


def _ring_bands(
    gray: Gray, cx: float, cy: float, r: float, paper: float, widest: int
) -> tuple[float, float, tuple[tuple[float, float], ...]]:
    """The stamp's centre and its rings as (radius, half-width): radii round the centre inked at most angles.

    Read from the stamp itself, since stamps differ: one ring or two, thick or
    thin, the inner one anywhere. A band of radii that is inked all round but
    wider than a line is the lettering between the rings, not a ring. No
    rings when the circle is no stamp's: none near its radius, or ink at most
    radii (a circle fitted to a grid of shaded cells).
    """
    radii = np.arange(0.4 * r, 1.15 * r, 1.0)
    # the centre is known to a few px only, too coarse for a thin ring: settle it where rings are sharpest
    shifts = [(dx, dy) for dx in range(-SHRINK, SHRINK + 1) for dy in range(-SHRINK, SHRINK + 1)]
    profiles = [_profile(gray, cx + dx, cy + dy, radii, paper) for dx, dy in shifts]
    best = max(range(len(shifts)), key=lambda i: float(np.sum(profiles[i] ** 2)))
    cover, (dx, dy) = profiles[best], shifts[best]
    rings = []
    on = np.concatenate([[False], cover >= RING_EDGE, [False]])
    starts, ends = np.flatnonzero(on[1:] & ~on[:-1]), np.flatnonzero(~on[1:] & on[:-1])
    for a, b in zip(starts, ends, strict=True):
        if b - a <= widest and cover[a:b].max() >= RING_PROFILE:
            rings.append((float((radii[a] + radii[b - 1]) / 2), float((b - a) / 2 + 1)))
    outer = any(abs(radius - r) <= 0.15 * r for radius, _ in rings)
    if float(np.median(cover)) > CLEAR_INSIDE or not outer:
        return cx, cy, ()
    return cx + dx, cy + dy, tuple(rings)


def _profile(
    gray: Gray, cx: float, cy: float, radii: NDArray[np.float64], paper: float
) -> NDArray[np.float64]:
    """For each radius round (cx, cy), the share of the angles where it meets ink."""
    h, w = gray.shape
    angles = np.linspace(0, 2 * np.pi, 360, endpoint=False)
    xs = np.rint(cx + np.cos(angles)[None, :] * radii[:, None]).astype(int)
    ys = np.rint(cy + np.sin(angles)[None, :] * radii[:, None]).astype(int)
    inside = (xs >= 0) & (xs < w) & (ys >= 0) & (ys < h)
    inked = (gray[ys.clip(0, h - 1), xs.clip(0, w - 1)] < paper - INK_BELOW_PAPER) & inside
    return np.asarray(inked.sum(axis=1) / np.maximum(inside.sum(axis=1), 1), dtype=np.float64)


def text_ink(gray: Gray, boxes: list[BBox]) -> float | None:
    """Grey of the typed text's strokes in the text cells (their darker part: edges are blurred)."""
    crops = [gray[y0:y1, x0:x1].ravel() for x0, y0, x1, y1 in boxes if x1 > x0 and y1 > y0]
    if not crops:
        return None
    pixels = np.concatenate(crops)
    ink = pixels[pixels < float(np.median(pixels)) - INK_BELOW_PAPER]
    return float(np.percentile(ink, 25)) if ink.size >= 200 else None
