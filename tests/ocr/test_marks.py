import cv2
import numpy as np

from ocr.grid import line_masks
from ocr.image import clean_page
from ocr.marks import bar_or_nothing, faint_copies, one_mark_style, read_mark
from ocr.reader import marks_in_one_style
from ocr.settings import OcrSettings
from ocr.table import PageReading, remove_lines
from schemas.records import Cell, MarkReading, PageTable
from tests.ocr.drawing import blank, draw_grid, draw_text, draw_tick

S = OcrSettings()
BOX = (100, 100, 145, 150)


def _read(img, box=BOX):
    clean = clean_page(img)
    text_img = remove_lines(clean, line_masks(clean.ink, S))
    return read_mark(text_img, box, S)


def _cell_page():
    img = blank(300, 260)
    draw_grid(img, [55, 100, 145, 190], [50, 100, 150, 200])
    return img


def test_empty_cell_is_unmarked_and_sure():
    reading = _read(_cell_page())
    assert not reading.marked and reading.confidence > 0.9


def test_hand_tick_is_marked():
    img = _cell_page()
    draw_tick(img, BOX, size=0.5, stroke=2)
    assert _read(img).marked


def test_small_thin_tick_is_marked():
    img = _cell_page()
    draw_tick(img, BOX, size=0.35, stroke=1)
    assert _read(img).marked


def test_typed_v_is_marked():
    img = _cell_page()
    draw_text(img, (113, 110), "v", size=26)
    assert _read(img).marked


def test_speck_is_not_a_mark():
    img = _cell_page()
    img[122:125, 120:123] = 0
    reading = _read(img)
    assert not reading.marked


def test_neighbouring_line_bleeding_in_is_not_a_mark():
    img = _cell_page()
    cv2.line(img, (101, 103), (144, 103), 0, 2)  # a doubled border inside the cell edge
    assert not _read(img).marked


def test_shaded_cell_is_marked():
    img = _cell_page()
    img[102:149, 102:144] = 120
    assert _read(img).marked


def test_a_pale_fill_inside_a_white_frame_is_a_mark_and_a_pale_stroke_is_not():
    """A faded scan's light fill (28 grey levels below the paper) drawn inside a white frame: the frame is
    a fifth of the cell, and judged on the whole cell the fill did not count as a tint."""
    img = _cell_page()
    img[107:144, 107:139] = 227
    assert read_mark(img, BOX, S, paper=255.0).marked
    stroke = _cell_page()
    cv2.line(stroke, (100, 125), (145, 125), 227, 3)
    assert not read_mark(stroke, BOX, S, paper=255.0).marked


def test_cross_is_marked():
    img = _cell_page()
    cv2.line(img, (110, 110), (135, 140), 0, 2)
    cv2.line(img, (135, 110), (110, 140), 0, 2)
    assert _read(img).marked


def test_noise_field_is_not_a_mark():
    img = _cell_page()
    rng = np.random.default_rng(3)
    for _ in range(12):
        y, x = rng.integers(105, 145), rng.integers(105, 140)
        img[y, x] = 0
    assert not _read(img).marked


def test_type_sized_tick_in_a_wide_cell_is_marked():
    """A typed tick keeps the size of the type however wide the month columns are drawn."""
    img = blank(400, 300)
    draw_grid(img, [50, 160, 270], [40, 150, 260])
    box = (160, 40, 270, 150)
    cv2.polylines(img, [np.array([(206, 96), (212, 104), (224, 86)], dtype=np.int32)], False, 0, 2)
    clean = clean_page(img)
    text_img = remove_lines(clean, line_masks(clean.ink, S))
    assert read_mark(text_img, box, S).marked
    img2 = blank(400, 300)
    draw_grid(img2, [50, 160, 270], [40, 150, 260])
    img2[95:99, 210:214] = 0  # a speck of the same cell size is still nothing
    clean = clean_page(img2)
    assert not read_mark(remove_lines(clean, line_masks(clean.ink, S)), box, S).marked


def _scanned(img: np.ndarray, seed: int) -> np.ndarray:
    """Scanner blur and grain over a drawn page."""
    rng = np.random.default_rng(seed)
    soft = cv2.GaussianBlur(img.astype(np.float32), (0, 0), 0.9)
    return np.clip(soft + rng.normal(0, 2.5, img.shape), 0, 255).astype(np.uint8)


def test_pale_thin_cross_is_marked():
    """A cross in pale pen, its strokes barely darker than the paper after blur, is still a mark."""
    img = _cell_page()
    cv2.line(img, (110, 112), (135, 140), 205, 2, cv2.LINE_AA)
    cv2.line(img, (135, 112), (110, 140), 205, 2, cv2.LINE_AA)
    assert _read(_scanned(img, 1)).marked


def test_grainy_empty_cell_with_a_dark_speck_is_not_a_mark():
    img = _cell_page()
    img[120:123, 118:121] = 40
    reading = _read(_scanned(img, 2))
    assert not reading.marked


def test_a_cluster_of_dust_specks_is_not_a_mark():
    """Specks a pixel or two apart join into one blob as long as a small tick; they are still dust."""
    img = _cell_page()
    for x, y in ((108, 120), (117, 122), (126, 124)):
        img[y : y + 5, x : x + 5] = 60
    assert not _read(_scanned(img, 3)).marked


def test_pale_stamp_ring_running_through_the_cell_is_not_a_mark():
    """A stamp's ring crosses the month cells in pale ink, with a few darker bits: no mark of its own."""
    img = _cell_page()
    cv2.ellipse(img, (60, 170), (110, 70), 0, 270, 360, 205, 2, cv2.LINE_AA)
    cv2.circle(img, (118, 112), 2, 60, -1)  # a darker bit of the ring
    assert not _read(_scanned(img, 3)).marked


def test_a_bar_fills_its_cell_and_a_tick_does_not():
    shaded = _cell_page()
    shaded[106:145, 106:140] = 200  # a pale bar, inset from the rulings
    ticked = _cell_page()
    draw_tick(ticked, BOX, size=0.5, stroke=2)
    bar, tick = _read(shaded), _read(ticked)
    assert bar.marked and bar.filled
    assert tick.marked and not tick.filled


def test_strokes_are_not_marks_on_a_page_that_shades_its_months():
    bars = [MarkReading(marked=True, confidence=1.0, ink=0.7, filled=True)] * 10
    stamp_letters = MarkReading(marked=True, confidence=0.9, ink=0.2)
    empty = MarkReading(marked=False, confidence=1.0, ink=0.0)
    out = one_mark_style([*bars, stamp_letters, empty])
    assert out[:10] == bars and out[11] == empty
    assert not out[10].marked and out[10].confidence < 0.6  # left for review


def test_ticks_stay_marks_on_a_page_that_ticks_its_months():
    ticks = [MarkReading(marked=True, confidence=1.0, ink=0.15, strokes=True)] * 10
    heavy_tick = MarkReading(marked=True, confidence=1.0, ink=0.6, filled=True, strokes=True)
    assert one_mark_style([*ticks, heavy_tick]) == [*ticks, heavy_tick]


def test_a_tint_without_a_stroke_is_no_mark_on_a_page_that_ticks_its_months():
    """A blotch of a heavy scan's background tints a few month cells of a ticked plan."""
    ticks = [MarkReading(marked=True, confidence=1.0, ink=0.15, strokes=True)] * 10
    blotch = MarkReading(marked=True, confidence=0.7, ink=0.1, filled=True)
    tick_in_blotch = MarkReading(marked=True, confidence=0.7, ink=0.1, filled=True, strokes=True)
    out = one_mark_style([*ticks, blotch, tick_in_blotch])
    assert out[:10] == ticks and out[11] == tick_in_blotch
    assert not out[10].marked and out[10].confidence < 0.6  # left for review


def test_a_tinted_cell_tells_whether_it_also_holds_a_tick():
    tinted = _cell_page()
    tinted[100:150, 100:150] = 215
    ticked = tinted.copy()
    draw_tick(ticked, BOX, size=0.5, stroke=2)
    plain, with_tick = _read(tinted), _read(ticked)
    assert plain.marked and plain.filled and not plain.strokes
    assert with_tick.marked and with_tick.filled and with_tick.strokes


def test_a_pale_tick_in_a_blotch_of_the_scan_is_a_stroke_to_review():
    """Heavy scan: a blotch tints the cell and the hand tick in it is only ~30 grey levels darker; read
    as a tint alone, a plan that ticks its months dropped it (see one_mark_style)."""
    img = _cell_page()
    img[100:150, 100:150] = 222
    cv2.line(img, (110, 128), (118, 138), 192, 2, cv2.LINE_AA)
    cv2.line(img, (118, 138), (136, 110), 192, 2, cv2.LINE_AA)
    reading = _read(_scanned(img, 7))
    assert reading.marked and reading.filled and reading.strokes
    assert reading.confidence < S.review_confidence
    blotch = _cell_page()
    blotch[100:150, 100:150] = 222
    assert not _read(_scanned(blotch, 7)).strokes


def test_a_type_sized_blot_against_the_side_of_the_cell_is_dust_but_a_typed_tick_is_not():
    """Type keeps the cell's padding from its sides, whatever its alignment; a blot hugging one is a speck."""
    img = _cell_page()
    blot = np.array([(104, 122), (114, 120), (110, 126), (113, 131), (105, 129)], dtype=np.int32)
    cv2.fillPoly(img, [blot], 50)
    reading = _read(_scanned(img, 4))
    assert not reading.marked and reading.confidence < S.review_confidence
    img = _cell_page()
    draw_text(img, (110, 112), "v", size=20)  # left-aligned, with the cell's padding
    assert _read(_scanned(img, 4)).marked


def test_a_pale_cross_surviving_in_pieces_is_a_mark_though_one_piece_hugs_a_side():
    img = _cell_page()
    cv2.line(img, (104, 110), (112, 120), 60, 3)  # the ends of its two strokes, the rest too pale to be ink
    cv2.line(img, (139, 138), (131, 128), 60, 3)
    assert _read(_scanned(img, 5)).marked


def test_a_cross_paler_than_ink_on_an_even_paper_is_a_mark_to_review():
    """Faded pen on a light copy: plain to the eye, yet less than the ink contrast below the paper."""
    img = _cell_page()
    cv2.line(img, (110, 112), (135, 140), 212, 2, cv2.LINE_AA)
    cv2.line(img, (135, 112), (110, 140), 212, 2, cv2.LINE_AA)
    reading = _read(_scanned(img, 6))
    assert reading.marked and reading.confidence < S.review_confidence


def test_coarse_grain_as_dark_as_a_pale_cross_is_not_a_mark():
    """The paler the strokes counted, the more grain looks like them: the threshold follows the grain."""
    img = _cell_page().astype(np.float32)
    rng = np.random.default_rng(7)
    grain = cv2.GaussianBlur(rng.normal(0, 1, img.shape).astype(np.float32), (0, 0), 1.5)
    img[100:150, 100:145] += 90 * grain[100:150, 100:145]
    assert not _read(np.clip(img, 0, 255).astype(np.uint8)).marked


def test_a_pale_cross_beside_a_short_dark_dash_is_a_mark_to_review():
    """A short dash where the pen pressed hard is too small to be a mark alone; the pale cross round it
    is still read, rather than the cell taken as empty because it holds some ink."""
    img = _cell_page()
    cv2.line(img, (110, 112), (135, 140), 212, 2, cv2.LINE_AA)
    cv2.line(img, (135, 112), (110, 140), 212, 2, cv2.LINE_AA)
    cv2.line(img, (126, 116), (130, 113), 90, 1, cv2.LINE_AA)
    reading = _read(_scanned(img, 8))
    assert reading.marked and reading.confidence < S.review_confidence


def _page_of(page: int, marks: list[MarkReading]) -> PageReading:
    cells = tuple(Cell(row=1, col=c, rowspan=1, colspan=1, bbox=(c, 0, c + 1, 1), mark=m)
                  for c, m in enumerate(marks))
    table = PageTable(page=page, n_rows=2, n_cols=len(marks), columns=(), header_rows=1, cells=cells)
    return PageReading(page, table, "", 0.0, 0)


def test_a_page_follows_the_marking_style_of_the_whole_plan():
    """A last page with two ticks and three grey blotches cannot tell on its own that its plan ticks."""
    tick = MarkReading(marked=True, confidence=1.0, ink=0.1, strokes=True)
    tint = MarkReading(marked=True, confidence=0.7, ink=0.3, filled=True)
    first, last = _page_of(1, [tick] * 8), _page_of(2, [tick, tint, tint, tick, tint])
    assert one_mark_style([c.mark for c in last.table.cells]) == [c.mark for c in last.table.cells]
    pages = marks_in_one_style((first, last))
    assert pages[0] == first
    assert [c.mark.marked for c in pages[1].table.cells] == [True, False, False, True, False]
    assert all(c.mark.confidence < S.review_confidence for c in pages[1].table.cells if not c.mark.marked)


def test_dust_on_grey_paper_beside_a_removed_ruling_is_not_a_mark():
    """The rulings painted white are the cell's brightest pixels; its paper is the grey left of them.

    Judged against the white, the grain round two specks reads as ink and joins them into a "tick".
    """
    rng = np.random.default_rng(4)
    gray = cv2.GaussianBlur(rng.normal(232, 3, (200, 200)).astype(np.float32), (0, 0), 0.8)
    for y in (113, 123):
        gray[y : y + 5, 118:123] = 70
    gray = cv2.GaussianBlur(gray, (0, 0), 0.7)
    gray[:, 100:108] = gray[:, 138:145] = 255  # the cell's side rulings, painted out with their blur
    reading = read_mark(gray.clip(0, 255).astype(np.uint8), (100, 100, 145, 150), S, paper=232.0)
    assert not reading.marked


def test_a_cell_merged_across_months_is_marked_by_a_bar_only():
    """Strokes in a section row's blank month band say no month; a bar filling a merged cell says them all."""
    img = blank(800, 500)
    draw_grid(img, [50, 290], [50, 100])
    bar, band = img.copy(), img.copy()
    bar[53:98, 53:288] = 200
    draw_tick(band, (140, 55, 200, 95))
    for page, merged in ((bar, True), (band, False)):
        clean = clean_page(page)
        reading = read_mark(remove_lines(clean, line_masks(clean.ink, S)), (50, 50, 290, 100), S)
        assert reading.marked
        assert bar_or_nothing(reading).marked is merged
    assert bar_or_nothing(reading).confidence < 1.0


def test_a_rulings_blurred_edge_left_along_the_side_of_the_cell_is_not_a_mark():
    # lotim heavy: the ruling was painted out, a 3-px strip of its blurred edge was not (30 px of it)
    gray = np.full((280, 260), 250, np.uint8)
    cell = (100, 20, 156, 246)
    gray[60:90, 149:152] = 150
    assert not read_mark(gray, cell, S).marked
    moved = np.full((280, 260), 250, np.uint8)
    moved[60:90, 126:129] = 150  # the same stroke standing free in the cell is ink someone put there
    assert read_mark(moved, cell, S).marked


def test_light_fills_of_a_shaded_plan_are_marks_though_a_circle_fits_the_grid(tmp_path) -> None:
    """A plan shading its months in greys of every depth: the stamp search fits a circle to the grid of
    fills (no stamp's rings), and its grey, the fills', once made the lighter fills a stamp's strokes."""
    import json

    from ocr.reader import TesseractSource, prepared_page
    from ocr.stamps import find_stamps
    from ocr.table import find_table, read_page, remove_lines
    from schemas.records import Role
    from tests.synth import generate_document

    pdf, truth_file = generate_document(tmp_path, layout="mesuji", noise="mild", seed=9100)
    truth = json.loads(truth_file.read_text())
    assert truth["mark_style"] == "shade"
    page = 4
    clean = prepared_page(pdf, page, S)
    masks, _ = find_table(clean, S)
    assert any(not s.rings for s in find_stamps(remove_lines(clean, masks), S))
    table = read_page(clean, page, S, TesseractSource(page, S)).table
    assert table is not None
    month_cols = {i for i, c in enumerate(table.columns) if c.role is Role.MONTH}
    marked = sum(bool(c.mark and c.mark.marked) for c in table.cells if c.col in month_cols)
    expected = sum(len(a["months"]) for a in truth["actions"] if a["page"] == page == a["page_end"])
    assert marked == expected


STRIP_XS = [50 + 45 * i for i in range(13)]
STRIP_BOXES = [(STRIP_XS[i], 50, STRIP_XS[i + 1], 100) for i in range(12)]


def _ticked_strip(clear: int, faint_shape: str) -> np.ndarray:
    """A row of twelve month cells: ``clear`` ticks in grey pen, and in the tenth cell a faint shape
    only ~17 grey levels below a blotchy paper."""
    img = blank(700, 160)
    draw_grid(img, STRIP_XS, [50, 100])
    ink = np.zeros(img.shape, np.float32)
    for i in range(clear):
        tick = blank(700, 160)
        draw_tick(tick, STRIP_BOXES[i], stroke=3)
        ink += (255 - tick.astype(np.float32)) / 255 * 140
    faint = blank(700, 160)
    if faint_shape == "tick":
        draw_tick(faint, STRIP_BOXES[9], stroke=3)
    else:
        cv2.ellipse(faint, (STRIP_BOXES[9][0] + 22, 75), (10, 6), 0, 0, 360, 0, 3)
    ink += (255 - faint.astype(np.float32)) / 255 * 17
    rng = np.random.default_rng(0)
    blotch = cv2.GaussianBlur(rng.normal(0, 1, img.shape).astype(np.float32), (0, 0), 2.5)
    page = img - ink + 3 * blotch / blotch.std() + rng.normal(0, 2.5, img.shape)
    return np.clip(cv2.GaussianBlur(page, (0, 0), 0.9), 0, 255).astype(np.uint8)


def _strip_readings(img: np.ndarray) -> tuple[list[MarkReading], list[MarkReading]]:
    clean = clean_page(img)
    text_img = remove_lines(clean, line_masks(clean.ink, S))
    paper = float(np.median(text_img))
    readings = [read_mark(text_img, box, S, paper) for box in STRIP_BOXES]
    return readings, faint_copies(text_img, STRIP_BOXES, readings, S)


def test_a_faint_copy_of_the_pages_tick_is_a_mark_to_review():
    """Too pale for the cell alone to tell from its blotchy paper, but shaped like the page's ticks."""
    alone, with_page = _strip_readings(_ticked_strip(7, "tick"))
    assert not alone[9].marked
    assert with_page[9].marked and with_page[9].confidence < S.review_confidence
    assert [r.marked for r in with_page[:9]] == [True] * 7 + [False] * 2
    assert not any(r.marked for r in with_page[10:])


def test_a_faint_shape_unlike_the_pages_tick_is_no_mark():
    alone, with_page = _strip_readings(_ticked_strip(7, "ring"))
    assert not alone[9].marked and not with_page[9].marked


def test_too_few_clear_ticks_teach_no_shape():
    alone, with_page = _strip_readings(_ticked_strip(3, "tick"))
    assert with_page == alone
