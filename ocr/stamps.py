"""Round office stamps pressed over the table, so their rings and letters are not read as marks.

A decree's stamp often lands on the last rows of the plan. Its ring, text and
star are strokes inside month cells; what tells them from a tick is that a
stamp is a large ring, printed in one ink that is paler than the typed text
(a colour stamp scanned in grey).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

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
RING_MAX_PX = 14  # (at 200 dpi) a ring is a line; a wider inked band round the centre is its lettering
STAMP_GRAIN = 10  # grey levels by which a stamp's own ink, in the scan's grain, may be darker than its ring
# rings are sought this far beyond the circle found: it can be the inner ring, the lettering and the outer
# ring lying outside it (read as ticks in the row below the stamp)
RING_REACH = 1.6
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
        return bool(np.hypot(nearest_x - self.x, nearest_y - self.y) <= self.outer * 1.05)

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
    for cx, cy, r in circles[0] * SHRINK:
        coverage, stamp = _settle(gray, float(cx), float(cy), float(r), paper)
        if coverage >= RING_COVERAGE:
            found.append((coverage, stamp))
    found.sort(key=lambda t: -t[0])
    stamps: list[Stamp] = []
    for _, stamp in found:
        if all(np.hypot(stamp.x - s.x, stamp.y - s.y) > s.radius / 2 for s in stamps):
            stamps.append(stamp)
    widest = settings.px(RING_MAX_PX)
    # a faded ring is broken where judged against the page: judge it against the stamp's own grey
    return [_with_rings(gray, s, (paper + s.ink) / 2, widest) for s in stamps]


def without_stamps(gray: Gray, stamps: list[Stamp]) -> Gray:
    """The page with the stamps' ink painted out as paper, for reading the type under them.

    Only ink no darker than a stamp's ring, inside a stamp whose rings were
    found: the type, darker, stays (thinned a little at its blurred edges),
    while the rings, lettering and emblem that break Tesseract's lines go.
    """
    ringed = [s for s in stamps if s.rings]
    if not ringed:
        return gray
    out = gray.copy()
    h, w = gray.shape
    for stamp in ringed:
        reach = int(stamp.outer) + 2
        x0, y0 = max(0, int(stamp.x) - reach), max(0, int(stamp.y) - reach)
        x1, y1 = min(w, int(stamp.x) + reach), min(h, int(stamp.y) + reach)
        ys, xs = np.mgrid[y0:y1, x0:x1]
        area = out[y0:y1, x0:x1]
        area[(stamp.distance(xs, ys) <= stamp.outer) & (area >= stamp.ink - STAMP_GRAIN)] = 255
    return out


def _settle(gray: Gray, cx: float, cy: float, r: float, paper: float) -> tuple[float, Stamp]:
    """A circle found on the small page settled on the full one: the best-inked ring near it, and its share.

    Searched coarse to fine, as the small page's circle can be a dozen px off.
    """
    for step, reach in ((2 * SHRINK, 4 * SHRINK), (SHRINK, SHRINK)):
        nudges = np.arange(-reach, reach + 1, step, dtype=np.float64)
        dx, dy, dr = (a.ravel() for a in np.meshgrid(nudges, nudges, nudges, indexing="ij"))
        xs, ys, rs = cx + dx, cy + dy, r + dr
        coverage, ink = _rings(gray, xs, ys, rs, paper)
        best = int(np.lexsort((rs, ys, xs, ink, coverage))[-1])
        cx, cy, r = float(xs[best]), float(ys[best]), float(rs[best])
    return float(coverage[best]), Stamp(cx, cy, r, float(ink[best]))


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


def _with_rings(gray: Gray, stamp: Stamp, level: float, widest: int) -> Stamp:
    """The stamp with its rings as (radius, half-width): radii round its centre inked at most angles.

    Read from the stamp itself, since stamps differ: one ring or two, thick or
    thin, the inner one anywhere, the circle found either of them. A band of
    radii that is inked all round but wider than a line is the lettering
    between the rings, not a ring. No rings when the circle is no stamp's:
    none near its radius, or ink at most radii (a circle fitted to a grid of
    shaded cells).
    """
    r = stamp.radius
    radii = np.arange(0.4 * r, RING_REACH * r, 1.0)
    if float(np.median(_profile(gray, stamp.x, stamp.y, radii, level))) > CLEAR_INSIDE:
        return stamp
    # the centre is known to a few px only, too coarse for a thin ring: settle it where rings are sharpest
    dx = dy = 0
    for step, reach in ((2, 6), (1, 1)):
        span = range(-reach, reach + 1, step)
        shifts = [(dx + i, dy + j) for i in span for j in span]
        profiles = [_profile(gray, stamp.x + i, stamp.y + j, radii, level) for i, j in shifts]
        best = max(range(len(shifts)), key=lambda k: float(np.sum(profiles[k] ** 2)))
        cover, (dx, dy) = profiles[best], shifts[best]
    rings: list[tuple[float, float]] = []
    floor = float(np.median(cover))
    done = np.zeros(cover.size, dtype=bool)
    for peak in np.argsort(-cover):
        if cover[peak] < RING_PROFILE:
            break
        if done[peak]:
            continue
        # the band round a peak: where the cover is nearer the peak's than the stamp's usual cover
        edge = (floor + float(cover[peak])) / 2
        a, b = int(peak), int(peak) + 1
        while a > 0 and cover[a - 1] >= edge:
            a -= 1
        while b < cover.size and cover[b] >= edge:
            b += 1
        done[a:b] = True
        if b - a <= widest:
            rings.append((float((radii[a] + radii[b - 1]) / 2), float((b - a) / 2 + 1)))
    if floor > CLEAR_INSIDE or not any(abs(radius - r) <= 0.15 * r for radius, _ in rings):
        return stamp
    return replace(stamp, x=stamp.x + dx, y=stamp.y + dy, rings=tuple(sorted(rings)))


def _profile(
    gray: Gray, cx: float, cy: float, radii: NDArray[np.float64], level: float
) -> NDArray[np.float64]:
    """For each radius round (cx, cy), the share of the angles where it meets ink (grey below ``level``)."""
    h, w = gray.shape
    angles = np.linspace(0, 2 * np.pi, 360, endpoint=False)
    xs = np.rint(cx + np.cos(angles)[None, :] * radii[:, None]).astype(int)
    ys = np.rint(cy + np.sin(angles)[None, :] * radii[:, None]).astype(int)
    inside = (xs >= 0) & (xs < w) & (ys >= 0) & (ys < h)
    inked = (gray[ys.clip(0, h - 1), xs.clip(0, w - 1)] < level) & inside
    return np.asarray(inked.sum(axis=1) / np.maximum(inside.sum(axis=1), 1), dtype=np.float64)


def text_ink(gray: Gray, boxes: list[BBox]) -> float | None:
    """Grey of the typed text's strokes in the text cells (their darker part: edges are blurred)."""
    crops = [gray[y0:y1, x0:x1].ravel() for x0, y0, x1, y1 in boxes if x1 > x0 and y1 > y0]
    if not crops:
        return None
    pixels = np.concatenate(crops)
    ink = pixels[pixels < float(np.median(pixels)) - INK_BELOW_PAPER]
    return float(np.percentile(ink, 25)) if ink.size >= 200 else None
