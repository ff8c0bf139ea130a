"""Ruling lines -> lattice -> cells with row and column spans.

A chain of small pure functions (as pdfplumber does it): line masks, line
positions, grid bounds, edge coverage, merged cells.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

from ocr.columns import month_run, restore_month_ruling
from ocr.settings import OcrSettings
from schemas.records import BBox

Gray = NDArray[np.uint8]
SHADE_BELOW_PAPER = 30  # grey levels below the paper that make a cell's tint shading
LETTERED = 0.75  # letters above or below along this much of a run (counted each side) make it words
RULED_SHARE = 0.8  # share of its length a ruling with letters beside it covers; blurred words cover less
FADED_RULING_DEPTH = 8  # grey levels a faded ruling lies below the paper or tint a few px each side
MONTHS_SHOWING = 6  # months in which most row lines of a page show such a ruling, for it to be judged by them
SHOWN_SHARE = 0.4  # share of the page's usual count a row line needs to be a ruling


@dataclass(frozen=True)
class LineMasks:
    horizontal: Gray
    vertical: Gray


@dataclass(frozen=True)
class Line:
    """A ruling line: its position across, and the span it covers along."""

    pos: int
    start: int
    end: int


@dataclass(frozen=True)
class Lattice:
    """Grid bounds plus which cell edges are ruled."""

    rows: tuple[int, ...]  # y of horizontal grid lines
    cols: tuple[int, ...]  # x of vertical grid lines
    right_open: NDArray[np.bool_]  # [r, c]: no ruling between col c and c+1 in row r
    below_open: NDArray[np.bool_]  # [r, c]: no ruling between row r and r+1 in col c


@dataclass(frozen=True)
class GridCell:
    row: int
    col: int
    rowspan: int
    colspan: int
    bbox: BBox


def line_masks(ink: Gray, settings: OcrSettings) -> LineMasks:
    """Long horizontal and vertical ink runs.

    No closing first: bridging small gaps also bridges the letters of a word
    into a "line". Broken rulings survive as pieces and are rejoined by
    :func:`find_lines`.
    """
    run = settings.px(settings.min_line_px)
    thick = settings.px(9)
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (run, 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, run)))
    # filled blocks (shaded cells, stamps' solid parts) are wide both ways: not rulings
    h_blocks = cv2.morphologyEx(
        horizontal, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, thick))
    )
    v_blocks = cv2.morphologyEx(
        vertical, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (thick, 1))
    )
    # dilate the blocks so their edges do not survive as thin "rulings"
    h_blocks = cv2.dilate(h_blocks, cv2.getStructuringElement(cv2.MORPH_RECT, (1, thick)))
    v_blocks = cv2.dilate(v_blocks, cv2.getStructuringElement(cv2.MORPH_RECT, (thick, 1)))
    horizontal = cv2.subtract(horizontal, h_blocks)
    vertical = cv2.subtract(vertical, v_blocks)
    horizontal = drop_word_runs(horizontal, ink, merge_px=settings.px(6), reach=settings.px(6))
    return LineMasks(horizontal=horizontal, vertical=vertical)


def faint_line_masks(gray: Gray, settings: OcrSettings) -> LineMasks:
    """Rulings too faint or grainy for the ink mask, found on the grey page itself.

    Averaging along a direction keeps a ruling's contrast and washes out grain.
    A ruling is then a thin valley across that direction, a shaded cell's
    border a step, and a ruling paler than the fills either side of it (light
    grey lines between spreadsheet fills) a ridge; either way the pixels a few
    steps to each side are smooth (paper or shading), which is not true beside
    a row of text. What is left must run for a long stretch, which specks and
    stamps' arcs do not.
    """
    return LineMasks(horizontal=_faint_rulings(gray, settings, vertical=False),
                     vertical=_faint_rulings(gray, settings, vertical=True))


def _faint_rulings(gray: Gray, settings: OcrSettings, *, vertical: bool) -> Gray:
    """The faint rulings of ``gray`` running one way (filtered in place: a transposed copy costs more)."""
    along = settings.px(41) | 1
    across = settings.px(4)
    contrast = float(settings.faint_line_contrast)
    margin = settings.px(25)
    n = gray.shape[1 if vertical else 0]

    def shifted(a: np.ndarray, start: int, stop: int) -> np.ndarray:
        return a[:, start:stop] if vertical else a[start:stop]

    def kernel(length: int) -> np.ndarray:
        return cv2.getStructuringElement(cv2.MORPH_RECT, (1, length) if vertical else (length, 1))

    window = (1, along) if vertical else (along, 1)
    mean = cv2.boxFilter(gray, cv2.CV_32F, window, borderType=cv2.BORDER_REFLECT)
    squares = cv2.sqrBoxFilter(gray, cv2.CV_32F, window, borderType=cv2.BORDER_REFLECT)
    variance = cv2.subtract(squares, cv2.multiply(mean, mean))
    before, after = shifted(mean, 0, n - 2 * across), shifted(mean, 2 * across, n)
    middle = shifted(mean, across, n - across)
    rough = cv2.max(shifted(variance, 0, n - 2 * across), shifted(variance, 2 * across, n))
    valley = cv2.compare(cv2.subtract(cv2.min(before, after), middle), contrast, cv2.CMP_GT)
    ridge = cv2.compare(cv2.subtract(middle, cv2.max(before, after)), contrast, cv2.CMP_GT)
    step = cv2.compare(cv2.absdiff(before, after), 3 * contrast, cv2.CMP_GT)
    smooth = cv2.compare(rough, float(settings.faint_line_rough) ** 2, cv2.CMP_LT)
    mask = np.zeros(gray.shape, np.uint8)
    ruled = cv2.bitwise_or(cv2.bitwise_or(valley, ridge), step)
    shifted(mask, across, n - across)[...] = cv2.bitwise_and(ruled, smooth)
    # the page's own edges and the corners filled in by straightening are not rulings
    mask[:margin], mask[-margin:], mask[:, :margin], mask[:, -margin:] = 0, 0, 0, 0
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel(settings.px(settings.faint_line_run_px)))
    # averaging smeared each end outward: take most of it back, so ends meet the crossing rulings
    return cv2.erode(mask, kernel(2 * (along // 4) + 1))


def find_lines(mask: Gray, *, axis: int, min_length: int, merge_px: int) -> list[Line]:
    """Group the mask's components into lines; ``axis`` 0 = horizontal lines, 1 = vertical."""
    lines: list[Line] = []
    for group in _collinear_groups(mask, axis, merge_px)[1]:
        lines.extend(_close_group([(pos, start, end) for pos, start, end, _ in group], min_length))
    return lines


Piece = tuple[float, int, int, int]
"""A mask component as (position across, start along, end along, label)."""


def _collinear_groups(mask: Gray, axis: int, merge_px: int) -> tuple[NDArray[np.int32], list[list[Piece]]]:
    """The mask's component labels, and its components grouped by position across (one group a line)."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    x, y, w, h = (stats[1:, k].astype(np.int64) for k in range(4))
    pos, start, end = (y + h / 2, x, x + w) if axis == 0 else (x + w / 2, y, y + h)
    label = np.arange(1, n)
    order = np.lexsort((label, end, start, pos))
    pieces: list[Piece] = list(zip(pos[order].tolist(), start[order].tolist(), end[order].tolist(),
                                   label[order].tolist(), strict=True))
    breaks = (np.flatnonzero(np.diff(pos[order]) > merge_px) + 1).tolist()
    groups = [pieces[a:b] for a, b in itertools.pairwise([0, *breaks, len(pieces)])] if pieces else []
    return labels, groups


def drop_word_runs(horizontal: Gray, ink: Gray, *, merge_px: int, reach: int) -> Gray:
    """The horizontal mask without the runs that line up like words rather than like a ruling.

    Blur fills the bowls of bold type, so one word can hold a run as long as a
    ruling's; a line of such words lines up like a broken ruling. A ruling, even
    a broken one, is ink along most of its length; words leave wide gaps, and
    the rest of their letters lies just above or below the run (``reach`` px),
    where a broken ruling has paper.
    (Vertical rulings are left alone: type does not stack into columns, and a
    column of shaded month cells breaks them into short pieces far apart.)
    """
    labels, groups = _collinear_groups(horizontal, 0, merge_px)
    keep = np.zeros(int(labels.max()) + 1, dtype=bool)
    for group in groups:
        extent = max(end for _, _, end, _ in group) - min(start for _, start, _, _ in group)
        if _covered(group) >= RULED_SHARE * extent or not _lettered(group, ink, reach):
            keep[[label for *_, label in group]] = True
    return np.where(keep[labels], horizontal, 0).astype(np.uint8)


def _lettered(group: list[Piece], ink: Gray, reach: int) -> bool:
    """Whether most of the group's run has ink just above or below it: the letters its runs cross."""
    hits = total = 0
    for pos, start, end, _ in group:
        y = round(pos)
        above = ink[max(0, y - reach) : max(0, y - 2), start:end]
        below = ink[y + 3 : y + reach + 1, start:end]
        total += end - start
        if above.size:
            hits += int(np.count_nonzero(above.max(axis=0)))
        if below.size:
            hits += int(np.count_nonzero(below.max(axis=0)))
    return hits >= LETTERED * total


def _covered(group: list[Piece]) -> int:
    """Length along the line that some piece covers (overlaps counted once)."""
    covered, reach = 0, None
    for _, start, end, _ in sorted(group, key=lambda p: p[1]):
        if reach is None or start > reach:
            covered += end - start
            reach = end
        elif end > reach:
            covered += end - reach
            reach = end
    return covered


def _close_group(group: list[tuple[float, int, int]], min_length: int) -> list[Line]:
    covered = sum(e - s for _, s, e in group)
    if covered < min_length:
        return []
    pos = round(sum(p * (e - s) for p, s, e in group) / covered)
    return [Line(pos=pos, start=min(s for _, s, _e in group), end=max(e for _, _s, e in group))]


def table_region(h_lines: list[Line], v_lines: list[Line], tol: int) -> tuple[list[Line], list[Line]]:
    """Keep the lines that belong to the largest ruled grid on the page.

    ``tol`` is how far short of a crossing line a line may stop and still
    cross it: a heavy copy wears the ends of rulings away.
    """

    def crosses(hl: Line, vl: Line) -> bool:
        return hl.start - tol <= vl.pos <= hl.end + tol and vl.start - tol <= hl.pos <= vl.end + tol

    v_keep = [v for v in v_lines if sum(crosses(h, v) for h in h_lines) >= 2]
    h_keep = [h for h in h_lines if sum(crosses(h, v) for v in v_keep) >= 2]
    v_keep = [v for v in v_keep if sum(crosses(h, v) for h in h_keep) >= 2]
    return h_keep, v_keep


def _full_width_edges(candidates: list[Line], kept: list[Line], v_lines: list[Line], tol: int) -> list[Line]:
    """Table-wide lines above and below the kept grid, though no ruling crosses them.

    A shaded header's edges, or a faded bottom border, meet columns whose
    rulings do not show inside the shading; a line as wide as the table and
    no farther off than half again its tallest row still closes it (up to
    two such rows each way: a two-row header).
    """
    left, right = min(v.pos for v in v_lines), max(v.pos for v in v_lines)
    ys = sorted(h.pos for h in kept)
    reach = 1.5 * max(b - a for a, b in itertools.pairwise(ys)) if len(ys) > 1 else 0
    slack = max(tol, (right - left) // 25)
    wide = [c for c in candidates if c.start <= left + slack and c.end >= right - slack and c not in kept]
    found: list[Line] = []
    top, bottom = ys[0], ys[-1]
    for _ in range(2):
        above = [c for c in wide if top - reach <= c.pos < top - tol]
        below = [c for c in wide if bottom + tol < c.pos <= bottom + reach]
        if above:
            found.append(nearest := max(above, key=lambda c: c.pos))
            top = nearest.pos
        if below:
            found.append(nearest := min(below, key=lambda c: c.pos))
            bottom = nearest.pos
    return found


def _missing_border(spans: list[tuple[int, int]], first: int, last: int, min_gap: int) -> list[int]:
    """Outer borders the crossing lines reach but no ruling draws.

    Several crossing rulings must agree: one stray line (a shading edge, a
    stamp's stroke) running past the table is not a border.
    """
    need = max(2, len(spans) // 3)
    found = []
    starts = sorted(s for s, _ in spans if s < first - min_gap)
    ends = sorted(e for _, e in spans if e > last + min_gap)
    if len(starts) >= need:
        found.append(starts[len(starts) // 2])
    if len(ends) >= need:
        found.append(ends[len(ends) // 2])
    return found


def _long_enough(lines: list[Line], share: float) -> list[Line]:
    longest = max(line.end - line.start for line in lines)
    return [line for line in lines if line.end - line.start >= share * longest]


MIN_CELL_PX = 16
"""Column rulings closer than this (px at 200 dpi) are one: the narrowest column of a plan holds a digit."""
MIN_ROW_GAP_PX = 10
"""Row lines this far apart (px at 200 dpi) or more are kept apart: the month grid below tells a ghost
row line from the sheet's other side from a ruling, which merging would not."""
STRAY_SHARE = 2
"""A sighting of a ruling this many times shorter than another beside it is a stray double."""


def _dedupe(lines: list[tuple[int, int]], min_gap: int) -> tuple[int, ...]:
    """Positions of the rulings, each once, from (position, length) sightings.

    Sightings closer than ``min_gap`` are one ruling seen twice: by the ink
    and faint finders a few px apart (about as long: it lies between them), or
    with a shorter stray beside it, a ghost from the sheet's other side or a
    worn stretch (it lies where the longer one is).
    """
    out: list[tuple[int, int]] = []
    for pos, length in sorted(lines):
        if not out or pos - out[-1][0] >= min_gap:
            out.append((pos, length))
            continue
        last, longest = out[-1]
        if min(length, longest) * STRAY_SHARE < max(length, longest):
            place = pos if length > longest else last
        else:
            place = (last + pos) // 2
        out[-1] = (place, max(length, longest))
    return tuple(pos for pos, _ in out)


def build_lattice(masks: LineMasks, settings: OcrSettings, gray: Gray | None = None) -> Lattice | None:
    """The table's grid, or None when the page holds no ruled table.

    ``gray`` (the cleaned page) shows where a shaded bar runs on across a row
    boundary of the month grid, which no ruling can then be.
    """
    _h, w = masks.horizontal.shape
    merge = settings.px(6)
    h_lines = find_lines(masks.horizontal, axis=0, min_length=settings.px(80), merge_px=merge)
    v_lines = find_lines(masks.vertical, axis=1, min_length=settings.px(30), merge_px=merge)
    all_h = h_lines
    h_lines, v_lines = table_region(h_lines, v_lines, tol=settings.px(30))
    if len(h_lines) < 2 or len(v_lines) < 2:
        return None
    h_lines = h_lines + _full_width_edges(all_h, h_lines, v_lines, tol=settings.px(24))
    # pieces of shading, stamps or text strokes are short next to the table's real rulings
    v_lines = _long_enough(v_lines, 0.3)
    h_lines = _long_enough(h_lines, 0.12)
    if len(h_lines) < 2 or len(v_lines) < 2:
        return None
    reach = settings.px(10)
    xs = [(v.pos, v.end - v.start) for v in v_lines]
    ys = [(hl.pos, hl.end - hl.start) for hl in h_lines]
    # tables with a missing outer border: the other rulings still show where it is
    h_spans, v_spans = [(hl.start, hl.end) for hl in h_lines], [(vl.start, vl.end) for vl in v_lines]
    xs += [(x, 0) for x in _missing_border(h_spans, min(xs)[0], max(xs)[0], reach)]
    ys += [(y, 0) for y in _missing_border(v_spans, min(ys)[0], max(ys)[0], reach)]
    cols = restore_month_ruling(_dedupe(xs, settings.px(MIN_CELL_PX)))
    rows = _dedupe(ys, settings.px(MIN_ROW_GAP_PX))
    if len(cols) < 2 or len(rows) < 2:
        return None
    # emblems, stamps and letterhead rules make small "grids"; a plan's table is wide
    if cols[-1] - cols[0] < settings.min_table_width * w or rows[-1] - rows[0] < settings.px(60):
        return None
    month_start = month_run([b - a for a, b in itertools.pairwise(cols)])
    valleys: dict[int, NDArray[np.bool_]] = {}
    if gray is not None and month_start is not None:
        rows, valleys = _rows_across_months(rows, cols, month_start, masks.horizontal, gray, settings)
    right_open, below_open = edge_openings(masks, rows, cols, settings)
    if gray is not None:
        _close_faded_columns(right_open, gray, rows, cols, settings)
    if month_start is not None:
        for r, y in enumerate(rows[1:-1]):
            if (shown := valleys.get(y)) is not None:
                below_open[r, month_start : month_start + len(shown)] &= ~shown
    crossed = (
        crossed_by_shading(gray, rows, cols, month_start, settings)
        if gray is not None and month_start is not None else None
    )
    repair_broken_rulings(right_open, below_open, month_start=month_start, crossed=crossed)
    if gray is not None:
        _close_faded_rows(below_open, gray, rows, cols, month_start, settings)
    return Lattice(rows=rows, cols=cols, right_open=right_open, below_open=below_open)


NUMBER_COLUMN_SHARE = 0.5
"""A first column at most this share of the next one's width is the rows' numbers (NO)."""


def _close_faded_rows(
    below_open: NDArray[np.bool_], gray: Gray, rows: tuple[int, ...], cols: tuple[int, ...],
    month_start: int | None, settings: OcrSettings,
) -> None:
    """Rule a text cell's lower edge the masks lost where the grey page shows it and the order wants it.

    Text columns go from coarse to fine, left to right (area, kegiatan, sub
    kegiatan, indikator): a cell merged across a line that the column to its
    left rules, and the month grid too, lost its ruling (to a stamp, a faded
    patch). Its faded grey line is then ruled. The grey test alone would also
    take the serif feet of a text line inside a merged cell for a ruling.
    A narrow first column numbers the rows (NO) and is no coarser than the
    column to its right: it is judged by that one.
    """
    last = month_start if month_start is not None else len(cols) - 1
    middles = _middles(cols, 0, last)
    numbers = last >= 2 and cols[1] - cols[0] <= NUMBER_COLUMN_SHARE * (cols[2] - cols[1])
    for r, y in enumerate(rows[1:-1]):
        if month_start is not None and below_open[r, month_start : month_start + 12].any():
            continue
        for c in range(0 if numbers else 1, last):
            if below_open[r, c] and not below_open[r, c - 1 if c else 1]:
                below_open[r, c] = not bool(_faded_rulings(gray, y, [middles[c]], 0, settings)[0])


def _faded_rulings(gray: Gray, pos: int, segments: list[tuple[int, int]], axis: int, settings: OcrSettings
                   ) -> NDArray[np.bool_]:
    """For each segment along the line at ``pos`` (``axis`` 0: a row line, 1: a column line), whether a
    thin dark line runs there (give or take a few px) through each third of the segment.

    The ink and faint-line masks miss a ruling faded between shaded cells or
    worn to grey on a light copy: its neighbours are tint and paper, not smooth
    paper. Averaged along the segment, the ruling is still a valley a few px
    wide, in each third of it, where a cross's strokes or a letter's stem stand
    in one.
    """
    near, side, reach = settings.px(1), settings.px(4), settings.px(3)
    span = reach + near + side + 1
    across = gray.shape[axis]
    if not segments or pos - span < 0 or pos + span >= across:
        return np.zeros(len(segments), dtype=bool)
    band = gray[pos - span : pos + span + 1] if axis == 0 else gray[:, pos - span : pos + span + 1].T
    band = band.astype(np.float32)
    summed = np.concatenate([np.zeros((band.shape[0], 1), np.float32), np.cumsum(band, axis=1)], axis=1)
    bounds = np.array([np.linspace(a, max(a + 3, b), 4).astype(int) for a, b in segments])
    starts, ends = bounds[:, :3].ravel(), bounds[:, 1:].ravel()
    profiles = (summed[:, ends] - summed[:, starts]) / (ends - starts)  # [across, segment third]
    at = np.arange(span - reach, span + reach + 1)
    line = np.min([profiles[at + d] for d in range(-near, near + 1)], axis=0)
    before = np.max([profiles[at - near - d] for d in range(1, side + 1)], axis=0)
    after = np.max([profiles[at + near + d] for d in range(1, side + 1)], axis=0)
    depth = (np.minimum(before, after) - line).reshape(len(at), len(segments), 3).min(axis=2)
    return (depth >= FADED_RULING_DEPTH).any(axis=0)


def _middles(edges: tuple[int, ...], first: int, last: int) -> list[tuple[int, int]]:
    """The middle half of each gap from ``edges[first]`` to ``edges[last]``: clear of crossing rulings."""
    out = []
    for a, b in itertools.pairwise(edges[first : last + 1]):
        inset = max(1, (b - a) // 4)
        out.append((a + inset, b - inset))
    return out


def _rows_across_months(
    rows: tuple[int, ...], cols: tuple[int, ...], month_start: int, horizontal: Gray, gray: Gray,
    settings: OcrSettings,
) -> tuple[tuple[int, ...], dict[int, NDArray[np.bool_]]]:
    """The row lines, less those the month grid shows no ruling along; and the month cells each shows.

    Every row of a plan has its own twelve month cells, so a real row boundary
    runs through the month grid, if only as a faded grey line. The foot of a
    line of faded type lays a "ruling" across the text columns alone: the
    month cells beside it are paper or one tint straight across. How many
    months show a line is judged against the page's other lines, as a faded
    copy shows its rulings in fewer cells; a page whose month grid shows none
    is left as it is.
    """
    end = min(month_start + 12, len(cols) - 1)
    months = _middles(cols, month_start, end)
    valleys = {y: _faded_rulings(gray, y, months, 0, settings) for y in rows[1:-1]}
    if not valleys:
        return rows, {}
    usual = float(np.percentile([v.sum() for v in valleys.values()], 75))
    if usual < MONTHS_SHOWING:
        return rows, {}
    shown = {y: v for y, v in valleys.items() if v.sum() >= SHOWN_SHARE * usual}
    tol = settings.px(4)

    def ruled(y: int) -> bool:
        band = horizontal[max(0, y - tol) : y + tol + 1, cols[month_start] : cols[end]]
        return band.size > 0 and _coverage(band, axis=0) >= 0.1

    kept = [y for y in rows[1:-1] if y in shown or ruled(y)]
    return (rows[0], *kept, rows[-1]), shown


def _close_faded_columns(
    right_open: NDArray[np.bool_], gray: Gray, rows: tuple[int, ...], cols: tuple[int, ...],
    settings: OcrSettings,
) -> None:
    """Rule the column boundaries the masks lost in a row whose grey page still shows most of them.

    A row at the foot of a light copy can lose its column rulings to the masks
    all at once, and would then pass for a row spanning its columns (a section
    or a header title), which shows no ruling where it spans.
    """
    n_r, n_c = right_open.shape
    if n_c < 2:
        return
    segments = _middles(rows, 0, n_r)
    shown = np.stack([_faded_rulings(gray, x, segments, 1, settings) for x in cols[1:-1]], axis=1)
    for r in range(n_r):
        unruled = right_open[r, : n_c - 1]
        if unruled.any() and 2 * int((shown[r] & unruled).sum()) >= int(unruled.sum()):
            right_open[r, : n_c - 1] &= ~shown[r]


def repair_broken_rulings(
    right_open: NDArray[np.bool_],
    below_open: NDArray[np.bool_],
    month_start: int | None,
    crossed: NDArray[np.bool_] | None = None,
) -> None:
    """Close cell edges that are open only because a scan broke or faded the ruling.

    A column boundary ruled in most rows is ruled in every row that is not a
    spanning row (a header or section row opens most of its boundaries). Within
    the month grid a row boundary ruled across most months, or in the text
    column beside them, is ruled across all: each row has its own months. Not
    where a shaded bar runs on across it (``crossed``, per row boundary): what
    split the text column there was the foot of a blurred text line.
    """
    n_r, n_c = right_open.shape
    if n_c > 2:
        ruled_share = 1.0 - right_open[:, : n_c - 1].mean(axis=0)
        for r in range(n_r):
            row_open = right_open[r, : n_c - 1]
            if row_open.sum() >= 0.5 * (n_c - 1):
                continue
            right_open[r, : n_c - 1] &= ruled_share < 0.7
    if month_start is None:
        return
    _close_month_columns(right_open, month_start)
    if n_r < 2:
        return
    months = slice(month_start, month_start + 12)
    beside = month_start - 1
    for r in range(n_r - 1):
        # the month grid splits where most of it is ruled, or where the text column beside it does
        beside_ruled = beside >= 0 and not below_open[r, beside] and (crossed is None or not crossed[r])
        if below_open[r, months].mean() <= 0.4 or beside_ruled:
            below_open[r, months] = False


def crossed_by_shading(
    gray: Gray, rows: tuple[int, ...], cols: tuple[int, ...], month_start: int, settings: OcrSettings
) -> NDArray[np.bool_]:
    """For every inner row boundary, whether shading runs on across it in some month cell.

    A shaded bar covers its cell's middle well above and below the line, with
    no darker line across it; a ruling between two shaded cells shows as one,
    and a tick is strokes, not a block.
    """
    reach = settings.px(8)
    h = gray.shape[0]
    shade = float(np.median(gray)) - SHADE_BELOW_PAPER
    out = np.zeros(len(rows) - 2, dtype=bool)
    months = _middles(cols, month_start, min(month_start + 12, len(cols) - 1))
    for r, y in enumerate(rows[1:-1]):
        if y - reach < 0 or y + reach >= h:
            continue
        for x0, x1 in months:
            band = gray[y - reach : y + reach + 1, x0:x1]
            if band.size == 0:
                continue
            tint = float(np.median(band))
            through = (band < shade).all(axis=0) & (band.min(axis=0) > tint - SHADE_BELOW_PAPER)
            if through.mean() >= 0.6:
                out[r] = True
                break
    return out


def _close_month_columns(right_open: NDArray[np.bool_], month_start: int) -> None:
    """Rule every month boundary of a row that shows some of them and rules its text columns.

    A month cell never spans months in a plan's body; where rulings faded, or a
    shaded bar hides them, the boundaries that do show (in this row or in most
    rows below the first that shows them) stand for all twelve. A section row
    leaves its text columns open, and the header's "PELAKSANAAN (BULAN)" lies
    above the first ruled month row: both keep their spans.
    """
    n_c = right_open.shape[1]
    bounds = [c for c in range(month_start - 1, month_start + 12) if 0 <= c < n_c - 1]
    text = [c for c in range(n_c - 1) if c not in bounds]
    shown = (~right_open[:, bounds]).sum(axis=1) >= 2
    if not shown.any():
        return
    grid_ruled = bool(shown.mean() >= 0.5)
    first = int(np.argmax(shown))
    for r in range(right_open.shape[0]):
        text_ruled = not text or right_open[r, text].mean() < 0.5
        if text_ruled and (shown[r] or (grid_ruled and r > first)):
            right_open[r, bounds] = False


def edge_openings(
    masks: LineMasks, rows: tuple[int, ...], cols: tuple[int, ...], settings: OcrSettings
) -> tuple[NDArray[np.bool_], NDArray[np.bool_]]:
    """For every inner cell edge, whether it is unruled (the cells either side merge)."""
    n_r, n_c = len(rows) - 1, len(cols) - 1
    tol = settings.px(4)
    right_open = np.zeros((n_r, n_c), dtype=bool)
    below_open = np.zeros((n_r, n_c), dtype=bool)
    for r in range(n_r):
        y0, y1 = rows[r], rows[r + 1]
        inset = max(1, (y1 - y0) // 6)
        for c in range(n_c - 1):
            x = cols[c + 1]
            band = masks.vertical[y0 + inset : y1 - inset, max(0, x - tol) : x + tol + 1]
            right_open[r, c] = _coverage(band, axis=1) < settings.column_boundary_coverage
    for c in range(n_c):
        x0, x1 = cols[c], cols[c + 1]
        inset = max(1, (x1 - x0) // 6)
        for r in range(n_r - 1):
            y = rows[r + 1]
            band = masks.horizontal[max(0, y - tol) : y + tol + 1, x0 + inset : x1 - inset]
            below_open[r, c] = _coverage(band, axis=0) < settings.boundary_coverage
    return right_open, below_open


def _coverage(band: Gray, axis: int) -> float:
    """Share of positions along the edge where the band holds ruling ink."""
    if band.size == 0:
        return 0.0
    return float(np.count_nonzero(band.max(axis=axis))) / band.shape[1 - axis]


def merge_cells(lattice: Lattice) -> list[GridCell]:
    """Union the grid cells whose shared edge is unruled; each group becomes one spanning cell."""
    cells = []
    for members in _open_groups(lattice):
        for r0, r1, c0, c1 in _rectangles(members):
            bbox = (lattice.cols[c0], lattice.rows[r0], lattice.cols[c1 + 1], lattice.rows[r1 + 1])
            cells.append(GridCell(row=r0, col=c0, rowspan=r1 - r0 + 1, colspan=c1 - c0 + 1, bbox=bbox))
    cells.sort(key=lambda cell: (cell.row, cell.col))
    return cells


def _open_groups(lattice: Lattice) -> list[list[tuple[int, int]]]:
    """Grid slots (row, col) joined through unruled edges, group by group (union-find)."""
    n_r, n_c = len(lattice.rows) - 1, len(lattice.cols) - 1
    parent = list(range(n_r * n_c))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for r in range(n_r):
        for c in range(n_c):
            if c + 1 < n_c and lattice.right_open[r, c]:
                union(r * n_c + c, r * n_c + c + 1)
            if r + 1 < n_r and lattice.below_open[r, c]:
                union(r * n_c + c, (r + 1) * n_c + c)
    groups: dict[int, list[tuple[int, int]]] = {}
    for r in range(n_r):
        for c in range(n_c):
            groups.setdefault(find(r * n_c + c), []).append((r, c))
    return list(groups.values())


def _rectangles(members: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """(row0, row1, col0, col1) of a group's cell; a group that is no rectangle split into column runs.

    Printed merged cells are rectangles. An L-shaped group means a faded ruling
    opened one edge too many; as one cell its box would cover its neighbours and
    read their text twice. Each column's run of rows keeps the row spans.
    """
    rows = [r for r, _ in members]
    cols = [c for _, c in members]
    r0, r1, c0, c1 = min(rows), max(rows), min(cols), max(cols)
    if len(members) == (r1 - r0 + 1) * (c1 - c0 + 1):
        return [(r0, r1, c0, c1)]
    runs = []
    for col in sorted(set(cols)):
        col_rows = sorted(r for r, c in members if c == col)
        start = prev = col_rows[0]
        for r in col_rows[1:]:
            if r != prev + 1:
                runs.append((start, prev, col, col))
                start = r
            prev = r
        runs.append((start, prev, col, col))
    return runs
