"""Read a month cell from its ink, never from OCR text.

The cell is read on the background-normalised page with the rulings already
removed. Faint strokes count: a pixel is ink when it is clearly darker than
the cell's own paper, after a light blur that melts scanner noise. What is left
is split into connected components: a tick, a typed v/V/✓/√, a cross or a
scribble is one or two sizeable strokes; noise is specks; a line bleeding in
from a neighbour is a thin piece along the edge. A shaded cell is dark all over.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import cv2
import numpy as np
from numpy.typing import NDArray

from ocr.settings import OcrSettings
from ocr.stamps import Stamp
from schemas.records import BBox, MarkReading

Gray = NDArray[np.uint8]
STAMP_MARGIN = 25  # grey levels darker than a stamp's ink a stroke must be to be a mark under it
INK_CONTRAST = 40  # grey levels below the cell's paper that make a pixel surely ink
FAINT_CONTRAST = 20  # grey levels below the paper that make a pixel ink when it touches sure ink
FILLED_SHARE = 0.5  # share of its cell a bar covers; a tick or a cross covers far less
FILLED_STYLE = 0.75  # share of a page's marks that fill their cells for its plan to be one that shades months
MIN_FILLED = 6  # filled cells a page needs before its marking style is judged
UNSURE = 0.5  # check it: ink set aside (a shaded plan's stroke, a ticked one's tint, a speck); a pale mark
DOT_SIDE_PX = 8  # (at 200 dpi) a blob no longer than this each way and mostly solid is a speck of dust
DOT_FILL = 0.5  # share of its bounding box a speck fills; a stroke's piece, thin and slanted, fills less
SMALL_MARK = 1.5  # a blob shorter than this many times the least mark extent is the size of small type
SIDE_PX = 11  # (at 200 dpi) such a blob's middle this near a side of the cell (less its margin) hugs it
PALE_GRAIN = 4.0  # spreads of the paper grain below its median that make ink in a cell with no other
PALE_FLOOR = 10  # grey levels below the paper that let such ink grow along a stroke
EDGE_SLIVER = 3  # a thin piece this many times longer than wide, along the side: a ruling's blurred edge
CORE_INSET = 0.15  # share of a cell's side each way outside its middle: room for a fill's white frame
STAMP_LIKE = 15  # grey levels darker than a stamp's ring a stroke inside the stamp must be to be a mark


def read_mark(
    gray: Gray,
    bbox: BBox,
    settings: OcrSettings,
    paper: float = 255.0,
    stamp_ink: float | None = None,
    stamps: Sequence[Stamp] = (),
) -> MarkReading:
    """Decide whether the cell at ``bbox`` of ``gray`` (rulings removed) is marked.

    ``paper`` is the page's own paper level: shading is judged against it, so
    a noisy or greyish scan does not read as shaded everywhere. ``stamp_ink``,
    for a cell under a stamp paler than the type, is the stamp's grey: strokes
    that pale are the stamp's, not a mark. ``stamps`` are the stamps over the
    cell, of any ink: their rings, and strokes inside them no darker than their
    rings, are no mark.
    """
    x0, y0, x1, y1 = bbox
    w, h = x1 - x0, y1 - y0
    crop, (margin_x, margin_y) = _inside(gray, bbox, settings)
    if crop.size == 0 or min(crop.shape) < 3:
        return MarkReading(marked=False, confidence=0.0, ink=0.0)
    darkness = 1.0 - float(np.median(crop)) / max(paper, 1.0)
    # shaded: the whole cell is tinted, not just a few strokes (a stamp's ring, bleed-through)
    tinted = darkness >= settings.shade_darkness and float(np.percentile(_core(crop), 80)) < paper - 10
    local_paper = _paper_of(crop)
    blurred = cv2.GaussianBlur(crop, (3, 3), 0)
    ink = _stroke_pixels(blurred, min(local_paper, 250.0), reach=settings.px(4))
    if stamp_ink is not None:
        ink = _drop_stamp_strokes(ink, blurred, stamp_ink - STAMP_MARGIN)
    if stamps:
        ink = _drop_stamp_parts(ink, blurred, (x0 + margin_x, y0 + margin_y), stamps)
    kept = _drop_dots(ink, settings.px(DOT_SIDE_PX))
    extent, ink_share, to_side = _stroke_evidence(kept, settings)
    # a mark spans a good share of its cell, but a typed tick is the size of the type, however wide the cell
    need = min(settings.mark_min_extent * min(w, h), settings.px(settings.mark_min_extent_px))
    stroked = extent >= need
    pale_ok = not stroked and stamp_ink is None and not stamps
    if tinted:
        conf = min(1.0, 0.5 + (darkness - settings.shade_darkness) * 8)
        if pale_ok and _pale_extent(blurred, ink, kept, settings)[0] >= SMALL_MARK * need:
            # a pale tick in a blotch of the scan: on a plan that ticks its months the blotch alone is no
            # mark (see one_mark_style), the tick is, but one a person should look at
            return MarkReading(marked=True, confidence=UNSURE, ink=darkness, filled=True, strokes=True)
        return MarkReading(marked=True, confidence=conf, ink=darkness, filled=True, strokes=stroked)
    if stroked and extent < SMALL_MARK * need and to_side < settings.px(SIDE_PX):
        # a lone blob no bigger than small type hugging a side of the cell is a speck of the scan:
        # type keeps the cell's padding from its sides, whatever its alignment (a faint cross or
        # tick whose ink survives only in pieces leaves more than one)
        return MarkReading(marked=False, confidence=UNSURE, ink=ink_share)
    if pale_ok:
        pale_extent, pale_share = _pale_extent(blurred, ink, kept, settings)
        if pale_extent >= SMALL_MARK * need:
            # a mark, but one so pale that a person should look at it
            return MarkReading(marked=True, confidence=UNSURE, ink=pale_share, strokes=True)
    # distance from the decision boundary in units of the threshold, mapped to 0.5..1
    confidence = float(min(1.0, 0.5 + abs(extent - need) / need))
    if not stroked and extent == 0:
        confidence = 1.0
    return MarkReading(marked=stroked, confidence=confidence, ink=ink_share,
                       filled=ink_share >= FILLED_SHARE, strokes=stroked)


def _inside(gray: Gray, bbox: BBox, settings: OcrSettings) -> tuple[Gray, tuple[int, int]]:
    """The cell less a margin each way, where what is left of its rulings and a neighbour's ink lie;
    and that margin (x, y)."""
    x0, y0, x1, y1 = bbox
    mx, my = max(settings.px(3), int(0.08 * (x1 - x0))), max(settings.px(3), int(0.08 * (y1 - y0)))
    return gray[y0 + my : y1 - my, x0 + mx : x1 - mx], (mx, my)


def _core(crop: Gray) -> Gray:
    """The middle of a cell: a fill drawn inside a white frame fills it, a stroke crossing it does not."""
    h, w = crop.shape
    dy, dx = int(h * CORE_INSET), int(w * CORE_INSET)
    return crop[dy : h - dy, dx : w - dx] if h - 2 * dy >= 3 and w - 2 * dx >= 3 else crop


def _pale_extent(blurred: Gray, ink: Gray, kept: Gray, settings: OcrSettings) -> tuple[int, float]:
    """Extent and share of the cell's pale strokes, the specks the usual reading set aside left out."""
    pale = _pale_strokes(blurred, cv2.subtract(ink, kept), settings)
    extent, share, _ = _stroke_evidence(_drop_dots(pale, settings.px(DOT_SIDE_PX)), settings)
    return extent, share


def _paper_of(crop: Gray) -> float:
    """The cell's paper level, from the pixels the ruling removal did not paint white."""
    unpainted = crop[crop < 255]
    return float(np.percentile(unpainted if unpainted.size >= crop.size // 2 else crop, 90))


def bar_or_nothing(reading: MarkReading) -> MarkReading:
    """The reading of a cell merged across months: a bar filling it, or no mark.

    A tick says one month; strokes in a cell spanning several say none of them
    (dust in a section row's blank month band), so they are left for a person.
    """
    if reading.marked and not reading.filled:
        return MarkReading(marked=False, confidence=UNSURE, ink=reading.ink)
    return reading


def one_mark_style(readings: list[MarkReading]) -> list[MarkReading]:
    """On a page whose plan shades its months strokes are no mark; on one that ticks them, a tint is none.

    A plan either shades its schedule or ticks it. On a shaded one, strokes in
    a month cell that no bar fills are a stamp's ring and letters or a
    signature crossing the grid; on a ticked one, a tint with no stroke in it
    is a blotch of the scan's background. Such cells are kept unmarked but
    flagged as unsure.
    """
    style = plan_style(readings)
    if style == "fills":
        doubtful = [r.marked and not r.filled for r in readings]
    elif style == "ticks":
        doubtful = [r.marked and r.filled and not r.strokes for r in readings]
    else:
        return readings
    return [
        MarkReading(marked=False, confidence=UNSURE, ink=r.ink) if doubt else r
        for r, doubt in zip(readings, doubtful, strict=True)
    ]


def plan_style(readings: Sequence[MarkReading]) -> Literal["fills", "ticks"] | None:
    """How a page's plan marks its months, by what most of its marks are; None when too few tell."""
    marked = [r for r in readings if r.marked]
    filled = sum(r.filled for r in marked)
    if filled >= MIN_FILLED and filled >= FILLED_STYLE * len(marked):
        return "fills"
    if len(marked) >= MIN_FILLED and len(marked) - filled >= FILLED_STYLE * len(marked):
        return "ticks"
    return None


def _drop_stamp_strokes(ink: Gray, blurred: Gray, palest_mark: float) -> Gray:
    """Ink pieces whose darkest pixel is no darker than ``palest_mark``: a stamp's strokes.

    Judged piece by piece on the darkest pixel, since a thin tick's edges are
    as pale as a stamp after the blur, but not its core.
    """
    n, labels = cv2.connectedComponents(ink, connectivity=8)
    if n <= 1:
        return ink
    darkest = np.full(n, 255.0)
    np.minimum.at(darkest, labels.ravel(), blurred.ravel().astype(np.float64))
    keep = darkest < palest_mark
    keep[0] = False
    return np.where(keep[labels], 255, 0).astype(np.uint8)


def _drop_stamp_parts(ink: Gray, blurred: Gray, origin: tuple[int, int], stamps: Sequence[Stamp]) -> Gray:
    """Ink without the stamps' rings and without strokes inside a stamp that are no darker than its ring.

    A tick crossing a ring loses only the ring's width. The ring's own grey
    varies along it, so a stroke must be clearly darker to be a mark of its own;
    a cell shaded under the stamp is a fill, never a stamp's stroke, and stays.
    """
    ys, xs = np.nonzero(ink)
    if ys.size == 0:
        return ink
    px, py = xs + origin[0], ys + origin[1]
    ring = np.zeros(ys.size, dtype=bool)
    for stamp in stamps:
        ring |= stamp.on_ring(stamp.distance(px, py))
    out = ink.copy()
    out[ys[ring], xs[ring]] = 0
    n, labels, stats, _ = cv2.connectedComponentsWithStats(
        cv2.dilate(out, np.ones((3, 3), np.uint8)), connectivity=8
    )
    area = ink.shape[0] * ink.shape[1]
    for i in range(1, n):
        w, h = int(stats[i, cv2.CC_STAT_WIDTH]), int(stats[i, cv2.CC_STAT_HEIGHT])
        piece = (labels == i) & (out > 0)
        cy, cx = np.nonzero(piece)
        if cy.size == 0 or (cy.size >= FILLED_SHARE * w * h and w * h >= area / 4):
            continue
        darkest = float(blurred[cy, cx].min())
        for stamp in stamps:
            inside = stamp.distance(cx + origin[0], cy + origin[1]).max() <= stamp.outer
            if inside and darkest > stamp.ink - STAMP_LIKE:
                out[piece] = 0
                break
    return out


def _pale_strokes(blurred: Gray, specks: Gray, settings: OcrSettings) -> Gray:
    """Ink of a cell with no mark by the usual contrast: strokes standing out from the grain of its paper.

    A pale pen on a faded copy leaves crosses and ticks plain to the eye yet
    less than ``INK_CONTRAST`` below the paper. On a cell whose paper is even
    they stand several times its grain's spread below its median; on a grainy
    or blotchy cell the threshold rises with the grain, so its texture is no mark.
    The dark ``specks`` the usual reading set aside, and their blurred rims,
    take no part: joined by their rims they would pass for a stroke.
    """
    paper = float(np.median(blurred))
    grain = 1.4826 * float(np.median(np.abs(blurred.astype(np.float32) - paper)))
    sure = max(float(FAINT_CONTRAST), PALE_GRAIN * grain)
    rims = cv2.dilate(specks, np.ones((2 * settings.px(2) + 1,) * 2, np.uint8))
    unread = np.where(rims > 0, 255, blurred).astype(np.uint8)
    return _stroke_pixels(unread, paper, reach=settings.px(4), sure=sure, faint=max(PALE_FLOOR, sure / 2),
                          dark_inside=True)


def _stroke_pixels(blurred: Gray, paper: float, reach: int, sure: float = INK_CONTRAST,
                   faint: float = FAINT_CONTRAST, dark_inside: bool = False) -> Gray:
    """Ink by hysteresis: pixels clearly below the paper, grown along the fainter pixels beside them.

    A pale pen's thin stroke is only partly dark enough after the scan's blur;
    alone its dark bits are specks. Growth goes at most ``reach`` px from the
    dark bits, and never along a faint stroke that runs out of the cell (a
    stamp's ring, a neighbour's stroke): a mark is written inside its cell.
    ``dark_inside``: the dark bits too count only inside the cell (the pale
    pass, whose "dark" is barely darker than the faint).
    """
    dark = np.where(blurred < paper - sure, 255, 0).astype(np.uint8)
    pale = np.where(blurred < paper - faint, 255, 0).astype(np.uint8)
    n, labels = cv2.connectedComponents(pale, connectivity=8)
    border = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
    inside = np.ones(n, dtype=bool)
    inside[border] = False
    pale = np.where(inside[labels] & (pale > 0), 255, 0).astype(np.uint8)
    if dark_inside:
        dark = cv2.bitwise_and(dark, pale)
    grown = dark
    step = np.ones((3, 3), np.uint8)
    for _ in range(reach):
        grown = cv2.bitwise_and(cv2.dilate(grown, step), pale)
    return cv2.bitwise_or(grown, dark)


def _stroke_evidence(ink: Gray, settings: OcrSettings) -> tuple[int, float, float]:
    """Extent (px) of the largest mark-like blob, the share of the cell ink covers, and how near
    (px) that blob's middle lies to the cell's left or right side if it is the only blob (else inf).

    A 2-px dilation first rejoins the pieces of a faint or broken stroke; specks
    of dust must be set aside before (``_drop_dots``), or a cluster of them
    would join into a "mark".
    """
    joined = cv2.dilate(ink, np.ones((3, 3), np.uint8))
    n, labels, _stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    ch, cw = ink.shape
    min_area = settings.mark_min_area_px * (settings.dpi / 200) ** 2
    best_extent = 0
    to_side = 0.0
    total = blobs = 0
    for i in range(1, n):
        ys, xs = np.nonzero((labels == i) & (ink > 0))
        if ys.size < min_area:
            continue
        x, y = int(xs.min()), int(ys.min())
        w, h = int(xs.max()) - x + 1, int(ys.max()) - y + 1
        if _is_line_remnant(x, y, w, h, cw, ch):
            continue
        total += int(ys.size)
        blobs += 1
        if (extent := int(np.hypot(w, h))) > best_extent:
            centre = float(xs.mean())
            best_extent, to_side = extent, min(centre, cw - 1 - centre)
    return best_extent, total / float(ch * cw), to_side if blobs == 1 else float("inf")


def _drop_dots(ink: Gray, side: int) -> Gray:
    """Ink without its small, solid, roundish pieces: specks, which no stroke of a mark is."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if n <= 1:
        return ink
    w, h, area = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_AREA]
    dot = (np.maximum(w, h) <= side) & (area >= DOT_FILL * w * h)
    dot[0] = True
    return np.where(dot[labels], 0, ink).astype(np.uint8)


def _is_line_remnant(x: int, y: int, w: int, h: int, cw: int, ch: int) -> bool:
    """A thin piece running along half the cell is what is left of a ruling, not a mark.

    A blurred, faded ruling is wider than the mask that removed it, and a row
    boundary too faint to split two cells crosses the merged cell's middle; a
    tick or a cross is never a bar that thin.
    """
    thin = max(4, min(cw, ch) // 6)
    if (h <= thin and w >= 0.5 * cw) or (w <= thin and h >= 0.5 * ch):
        return True
    return (w <= thin and h >= EDGE_SLIVER * w and (x == 0 or x + w >= cw)) or (
        h <= thin and w >= EDGE_SLIVER * h and (y == 0 or y + h >= ch))


ECHO_SURE = 0.9  # confidence of the page's ticks that teach it what its ticks look like
ECHO_TICKS = 6  # such ticks a page needs before a faint copy of them is sought
ECHO_MATCH = 0.72  # normalised correlation with the page's tick that makes a faint copy of it
ECHO_FLOOR = 10.0  # grey levels a faint copy must stand below its paper


def faint_copies(gray: Gray, bboxes: Sequence[BBox], readings: list[MarkReading], settings: OcrSettings,
                 skip: Sequence[bool] = ()) -> list[MarkReading]:
    """Readings with the unmarked cells that hold a faint copy of the page's own tick marked, unsure.

    A plan ticks its months with one pen or one typed glyph. Where the scan
    faded a tick to a few grey levels over a blotchy paper, its contrast is the
    paper's, but its shape is still the page's tick: the cell correlates with
    the mean of the page's clear ticks. ``skip``: cells not to look at (under a
    stamp, whose ring and letters are strokes of their own).
    """
    sure = [b for b, r in zip(bboxes, readings, strict=True)
            if r.marked and r.strokes and not r.filled and r.confidence >= ECHO_SURE]
    if len(sure) < ECHO_TICKS:  # a shaded plan, or too few ticks: no cell's darkness is needed
        return readings
    template = _mean_tick([d for d in (_darkness(gray, b, settings) for b in sure) if d is not None])
    if template is None:
        return readings
    th, tw = template.shape
    core = template >= 0.5 * float(template.max())
    out = list(readings)
    for i, (bbox, r) in enumerate(zip(bboxes, readings, strict=True)):
        if r.marked or r.filled or (skip and skip[i]):
            continue
        d = _darkness(gray, bbox, settings)
        if d is None or d.shape[0] < th or d.shape[1] < tw:
            continue
        scores = cv2.matchTemplate(d, template, cv2.TM_CCOEFF_NORMED)
        _, best, _, (x, y) = cv2.minMaxLoc(scores)
        window = d[y : y + th, x : x + tw]
        contrast = float(window[core].mean()) - float(window[~core].mean())
        if best >= ECHO_MATCH and contrast >= ECHO_FLOOR:
            out[i] = MarkReading(marked=True, confidence=UNSURE, ink=r.ink, strokes=True)
    return out


def _darkness(gray: Gray, bbox: BBox, settings: OcrSettings) -> NDArray[np.float32] | None:
    """How far each pixel of the cell's inside lies below its paper."""
    crop, _ = _inside(gray, bbox, settings)
    if crop.size == 0 or min(crop.shape) < 5:
        return None
    blurred = cv2.GaussianBlur(crop, (3, 3), 0).astype(np.float32)
    dark = np.clip(_paper_of(crop) - blurred, 0, None).astype(np.float32)
    # specks of dust are dark and round: left in, they pull a faint tick's correlation down, or make one
    ink = np.where(dark >= FAINT_CONTRAST, 255, 0).astype(np.uint8)
    specks = cv2.subtract(ink, _drop_dots(ink, settings.px(DOT_SIDE_PX)))
    dark[cv2.dilate(specks, np.ones((3, 3), np.uint8)) > 0] = 0
    return dark


def _mean_tick(darks: list[NDArray[np.float32]]) -> NDArray[np.float32] | None:
    """The mean of the page's clear ticks, each cut to its ink's box and scaled to their median size."""
    boxes = []
    for d in darks:
        ys, xs = np.nonzero(d >= INK_CONTRAST)
        if ys.size:
            boxes.append((d, int(ys.min()), int(ys.max()) + 1, int(xs.min()), int(xs.max()) + 1))
    if len(boxes) < ECHO_TICKS:
        return None
    h = int(np.median([b[2] - b[1] for b in boxes]))
    w = int(np.median([b[4] - b[3] for b in boxes]))
    if min(h, w) < 5:
        return None
    cuts = [cv2.resize(d[y0:y1, x0:x1], (w, h), interpolation=cv2.INTER_AREA) for d, y0, y1, x0, x1 in boxes]
    return np.mean(cuts, axis=0).astype(np.float32)
