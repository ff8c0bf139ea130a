"""Faded scans: rulings too faint for the ink mask, shaded headers, month grids with faded rulings."""

import itertools

import cv2
import numpy as np

from ocr.grid import build_lattice, faint_line_masks, line_masks, merge_cells
from ocr.image import clean_page
from ocr.marks import read_mark
from ocr.settings import OcrSettings
from ocr.table import find_table, remove_lines
from tests.ocr.drawing import draw_text, draw_tick, month_table

S = OcrSettings()


def _photocopy(
    img: np.ndarray, *, paper: int = 215, ink_kept: float = 0.55, line_grey: int | None = None, seed: int = 0
) -> np.ndarray:
    """A thin grey copy: ink faded, paper grey, blurred, grainy, with specks."""
    rng = np.random.default_rng(seed)
    out = img.astype(np.float32)
    if line_grey is not None:
        out[(img < 60)] = line_grey
    out = paper - (paper - out * paper / 255.0) * ink_kept
    out = cv2.GaussianBlur(out, (0, 0), 1.4)
    out += rng.normal(0, 6, out.shape)
    ys, xs = rng.integers(0, out.shape[0], 300), rng.integers(0, out.shape[1], 300)
    out[ys, xs] = 90
    return np.clip(out, 0, 255).astype(np.uint8)


def _faint_rulings(n_rows: int = 3, shade_header: bool = False):
    img, xs, ys = month_table({0: {1, 2}, 2: {7}}, n_rows=n_rows)
    ruling = np.zeros_like(img, dtype=bool)
    for x in xs:
        ruling[:, x - 1 : x + 2] |= True
    for y in ys:
        ruling[y - 1 : y + 2, :] |= True
    inside = np.zeros_like(ruling)
    inside[ys[0] - 1 : ys[-1] + 2, xs[0] - 1 : xs[-1] + 2] = True
    lines = ruling & inside & (img < 60)
    faded = img.copy()
    faded[lines] = 185  # rulings printed light grey, text and ticks black
    if shade_header:
        header = faded[ys[0] + 2 : ys[2] - 1, xs[0] + 2 : xs[-1] - 1]
        header[header > 200] = 205
    return _photocopy(faded), xs, ys


def test_faint_rulings_are_found_where_the_ink_mask_sees_none():
    img, xs, ys = _faint_rulings()
    clean = clean_page(img)
    assert build_lattice(line_masks(clean.ink, S), S) is None
    _masks, lattice = find_table(clean, S)
    assert lattice is not None
    assert len(lattice.cols) == len(xs)
    assert len(lattice.rows) == len(ys)
    for found, drawn in zip(lattice.cols, xs, strict=True):
        assert abs(found - drawn) <= 4


def test_text_lines_are_not_faint_rulings():
    img = np.full((600, 1200), 255, np.uint8)
    for i in range(12):
        draw_text(
            img, (60, 40 + 42 * i), "Menetapkan SK Tim Kerja Zona Integritas pada tahun 2025 dan", size=24
        )
    masks = faint_line_masks(clean_page(_photocopy(img)).gray, S)
    assert cv2.countNonZero(masks.horizontal) == 0
    assert cv2.countNonZero(masks.vertical) < 0.001 * img.size


def test_shaded_header_keeps_its_top_edge():
    img, _xs, ys = _faint_rulings(shade_header=True)
    _, lattice = find_table(clean_page(img), S)
    assert lattice is not None
    assert abs(lattice.rows[0] - ys[0]) <= 4
    # the body's rows are all there under the header (whose inner ruling may vanish in the shading)
    body = [r for r in lattice.rows if r > ys[1] + 20]
    assert len(body) == len(ys) - 2
    assert all(abs(a - b) <= 4 for a, b in zip(body, ys[2:], strict=True))


def test_faded_month_grid_keeps_one_cell_per_month_and_reads_the_marks():
    img, _xs, _ys = _faint_rulings()
    clean = clean_page(img)
    masks, lattice = find_table(clean, S)
    assert lattice is not None
    cells = merge_cells(lattice)
    body = [c for c in cells if c.row >= 2 and c.col >= 3]
    assert all(c.colspan == 1 and c.rowspan == 1 for c in body)
    text_img = remove_lines(clean, masks)
    paper = float(np.median(text_img))
    marked = {(c.row - 2, c.col - 2) for c in body if read_mark(text_img, c.bbox, S, paper).marked}
    assert marked == {(0, 1), (0, 2), (2, 7)}


def test_faint_row_boundary_through_a_merged_month_cell_is_not_a_mark():
    img = np.full((200, 120), 255, np.uint8)
    cv2.rectangle(img, (10, 10), (110, 190), 0, 2)
    cv2.line(img, (14, 100), (106, 100), 150, 4)  # a faded ruling the grid missed
    reading = read_mark(img, (10, 10, 110, 190), S)
    assert not reading.marked
    draw_tick(img, (10, 20, 110, 90))
    assert read_mark(img, (10, 10, 110, 190), S).marked


def test_rulings_paler_than_the_fills_beside_them_are_found():
    """Light grey lines between spreadsheet fills darker than they are: ridges, not valleys."""
    img, xs, ys = month_table({}, n_rows=4)
    faded = img.copy()
    faded[img < 60] = 185  # rulings and text printed light grey
    for top, bottom in [(ys[0], ys[2]), *((ys[2 + r], ys[3 + r]) for r in range(3))]:
        for left, right in itertools.pairwise(xs[3:]):
            cell = faded[top + 2 : bottom - 1, left + 2 : right - 1]
            cell[cell > 200] = 160  # the header and three rows of months filled darker than the rulings
    _masks, lattice = find_table(clean_page(_photocopy(faded, ink_kept=0.8)), S)
    assert lattice is not None
    assert len(lattice.cols) == len(xs)
    assert all(abs(found - drawn) <= 4 for found, drawn in zip(lattice.cols, xs, strict=True))
