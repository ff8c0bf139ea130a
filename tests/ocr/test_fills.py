import numpy as np

from ocr.fills import faint_fills, fill_depths, fill_threshold
from ocr.grid import GridCell
from ocr.marks import read_mark
from ocr.settings import OcrSettings
from schemas.records import MarkReading
from tests.ocr.drawing import draw_tick

S = OcrSettings()
XS = [20, 200, *(245 + 45 * i for i in range(12)), 900]  # a text column, twelve months, a KET column
YS = [50, 110, 170, 230, 290, 350]


def _grid() -> list[GridCell]:
    return [GridCell(r, c, 1, 1, (XS[c], YS[r], XS[c + 1], YS[r + 1]))
            for r in range(len(YS) - 1) for c in range(len(XS) - 1)]


def _months(grid: list[GridCell]) -> list[GridCell]:
    return [g for g in grid if 1 <= g.col <= 12]


def _page(filled: set[tuple[int, int]], depth: float = 12.0, blotch_depth: float = 25.0) -> np.ndarray:
    """A ruled-out page (rulings painted white, as the marks are read): fills ``depth`` grey levels deep
    flush to the rulings, under a blotch of the scan ``blotch_depth`` deep spread over several cells."""
    h, w = 400, 940
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    blotch = blotch_depth * np.exp(-(((xx - 520) / 160) ** 2 + ((yy - 200) / 90) ** 2))
    page = 235 - blotch + np.random.default_rng(0).normal(0, 2.5, (h, w))
    for r, c in filled:
        page[YS[r] : YS[r + 1], XS[c] : XS[c + 1]] -= depth
    for x in XS:
        page[:, max(0, x - 2) : x + 3] = 255
    for y in YS:
        page[max(0, y - 2) : y + 3, :] = 255
    return np.clip(page, 0, 255).astype(np.uint8)


FILLED = {(r, c) for r in range(5) for c in range(1, 13) if (c + 2 * r) % 5 < 2}


def test_fill_depths_see_a_faint_fill_through_a_deeper_blotch():
    grid = _grid()
    months = _months(grid)
    depths = fill_depths(_page(FILLED), grid, months, S)
    full = [d for g, d in zip(months, depths, strict=True) if (g.row, g.col) in FILLED]
    empty = [d for g, d in zip(months, depths, strict=True) if (g.row, g.col) not in FILLED]
    assert min(full) > 8 > 4 > max(empty)


def test_a_plan_of_faint_fills_is_read_by_its_steps_wherever_the_blotch_lies():
    grid = _grid()
    months = _months(grid)
    gray = _page(FILLED, blotch_depth=15.0)
    paper = float(np.median(gray))
    alone = [read_mark(gray, g.bbox, S, paper) for g in months]
    truth = [(g.row, g.col) in FILLED for g in months]
    # on its own darkness a fill is seen only where the blotch deepens it
    assert [r.marked for r in alone] != truth
    assert not any(r.marked and not t for r, t in zip(alone, truth, strict=True))
    settled = faint_fills(gray, grid, months, alone, S)
    assert [r.marked for r in settled] == truth
    assert all(r.filled for r in settled if r.marked)


def test_strokes_in_an_unfilled_cell_of_a_filled_plan_are_no_mark():
    grid = _grid()
    months = _months(grid)
    gray = _page(FILLED)
    stroked = next(g for g in months if (g.row, g.col) not in FILLED)
    readings = [MarkReading(marked=g is stroked, confidence=0.9, ink=0.1, strokes=g is stroked)
                for g in months]
    settled = faint_fills(gray, grid, months, readings, S)
    assert [r.marked for r in settled] == [(g.row, g.col) in FILLED for g in months]


def test_every_month_filled_is_read_as_filled():
    grid = _grid()
    months = _months(grid)
    everything = {(g.row, g.col) for g in months}
    unread = [MarkReading(marked=False, confidence=0.5, ink=0.0) for _ in months]
    settled = faint_fills(_page(everything), grid, months, unread, S)
    assert all(r.marked for r in settled)


def test_a_ticked_plan_is_left_as_read():
    grid = _grid()
    months = _months(grid)
    gray = _page(set())
    for g in months[::3]:
        draw_tick(gray, g.bbox, size=0.5, stroke=3)
    paper = float(np.median(gray))
    readings = [read_mark(gray, g.bbox, S, paper) for g in months]
    assert faint_fills(gray, grid, months, readings, S) == readings


def test_no_threshold_in_the_grain_of_empty_cells():
    depths = np.random.default_rng(1).normal(0, 2.0, 120)
    assert fill_threshold(depths) is None
    assert fill_threshold(np.concatenate([depths, np.full(5, 20.0)])) is None  # too few to be a plan's
    assert fill_threshold(np.concatenate([depths, np.full(30, 20.0)])) is not None


def test_a_page_filled_throughout_in_two_shades_is_all_filled():
    rng = np.random.default_rng(2)
    depths = np.concatenate([rng.normal(16, 1.0, 30), rng.normal(20, 1.0, 30)])
    threshold = fill_threshold(depths)
    assert threshold is not None and threshold < depths.min()


def test_a_heavy_scan_of_a_plan_in_office_yellow_and_green_is_read(tmp_path) -> None:
    """End to end on a generated heavy scan whose months are spreadsheet fills: grey, faded, blotched."""
    import json

    from ocr.reader import TesseractSource, prepared_page
    from ocr.table import read_page
    from schemas.records import Role
    from tests.synth import generate_document

    pdf, truth_file = generate_document(tmp_path, layout="mesuji", noise="heavy", seed=4245, max_rows=14,
                                        mark_style="fill_colour")
    truth = json.loads(truth_file.read_text())
    page = truth["table_pages"][0]
    table = read_page(prepared_page(pdf, page, S), page, S, TesseractSource(page, S)).table
    assert table is not None
    month_cols = {i for i, c in enumerate(table.columns) if c.role is Role.MONTH}
    marked = sum(bool(c.mark and c.mark.marked) for c in table.cells if c.col in month_cols)
    expected = sum(len(a["months"]) for a in truth["actions"] if a["page"] == page == a["page_end"])
    assert expected > 20 and marked == expected
