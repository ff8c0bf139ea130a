import itertools

import cv2
import numpy as np

from ocr.grid import (
    LineMasks,
    build_lattice,
    crossed_by_shading,
    line_masks,
    merge_cells,
    repair_broken_rulings,
)
from ocr.image import clean_page
from ocr.settings import OcrSettings
from tests.ocr.drawing import blank, draw_grid, draw_text, month_table

S = OcrSettings()


def _cells(img):
    clean = clean_page(img)
    lattice = build_lattice(line_masks(clean.ink, S), S)
    assert lattice is not None
    return lattice, merge_cells(lattice)


def test_plain_grid_has_every_cell():
    img = blank(700, 400)
    draw_grid(img, [50, 200, 400, 650], [50, 150, 250, 350])
    lattice, cells = _cells(img)
    assert len(lattice.cols) == 4 and len(lattice.rows) == 4
    assert len(cells) == 9
    assert all(c.rowspan == 1 and c.colspan == 1 for c in cells)


def test_merged_header_and_row_spans_are_found():
    img, xs, ys = month_table({0: {1}}, n_rows=2)
    lattice, cells = _cells(img)
    assert len(lattice.cols) == len(xs)
    assert len(lattice.rows) == len(ys)
    by_pos = {(c.row, c.col): c for c in cells}
    assert by_pos[(0, 3)].colspan == 12  # PELAKSANAAN (BULAN) over the twelve months
    assert by_pos[(0, 0)].rowspan == 2  # NO spans both header rows
    assert by_pos[(2, 5)].rowspan == 1 and by_pos[(2, 5)].colspan == 1


def test_row_span_in_body_column():
    img = blank(700, 500)
    xs, ys = [50, 200, 400, 650], [50, 150, 250, 350, 450]
    draw_grid(img, xs, ys, skip_h={(0, 1), (1, 1)})  # column 1 spans body rows 0..2
    _, cells = _cells(img)
    spanning = [c for c in cells if c.col == 1]
    assert [c.rowspan for c in spanning] == [3, 1]


def test_broken_lines_still_separate_cells():
    img = blank(700, 400)
    xs, ys = [50, 200, 400, 650], [50, 150, 250, 350]
    draw_grid(img, xs, ys)
    rng = np.random.default_rng(1)
    for y in ys[1:-1]:  # erase short pieces of the inner horizontal rulings
        for x in rng.integers(60, 600, size=6):
            img[y - 2 : y + 3, x : x + 8] = 255
    _, cells = _cells(img)
    assert len(cells) == 9


def test_text_is_not_taken_for_rulings():
    img = blank(900, 300)
    draw_grid(img, [50, 850], [50, 250])
    draw_text(img, (70, 100), "Menetapkan Pemanfaatan Teknologi Informasi mmmmmmmm", size=26)
    masks = line_masks(clean_page(img).ink, S)
    # only the two rulings' rows are horizontal line ink
    rows_with_lines = np.flatnonzero(masks.horizontal.any(axis=1))
    assert (
        rows_with_lines.min() >= 45
        and (rows_with_lines[(rows_with_lines > 60) & (rows_with_lines < 240)]).size == 0
    )


def test_page_without_table_has_no_lattice():
    img = blank(800, 600)
    draw_text(img, (60, 60), "KEPUTUSAN KOMISI PEMILIHAN UMUM")
    clean = clean_page(img)
    assert build_lattice(line_masks(clean.ink, S), S) is None


def test_l_shaped_merge_is_split_into_column_runs():
    """A faded ruling opens one edge too many: the cells must not overlap, spans down a column survive."""
    from ocr.grid import Lattice

    right_open = np.zeros((3, 2), dtype=bool)
    below_open = np.zeros((3, 2), dtype=bool)
    below_open[0, 0] = below_open[1, 0] = True  # column 0 spans rows 0..2
    right_open[0, 0] = True  # and, wrongly, joins column 1 in row 0
    lattice = Lattice(rows=(0, 10, 20, 30), cols=(0, 10, 20), right_open=right_open, below_open=below_open)
    cells = merge_cells(lattice)
    covered = [
        (r, c)
        for g in cells
        for r in range(g.row, g.row + g.rowspan)
        for c in range(g.col, g.col + g.colspan)
    ]
    assert len(covered) == len(set(covered)) == 6
    assert any(g.col == 0 and g.rowspan == 3 for g in cells)


def test_blurred_bold_words_in_a_row_are_not_a_ruling():
    """Blur fills bold type, so each word holds a ruling-long run; a row of them is still no ruling."""
    xs, ys = [40, 300, 700, 1100, 1500], [40, 110, 200, 290]
    img = blank(1540, 330)
    draw_grid(img, xs, ys)
    titles = ("Area Perubahan", "Kegiatan", "Sub Kegiatan", "Indikator Keberhasilan")
    for x, word in zip(xs, titles, strict=False):
        draw_text(img, (x + 60, 62), word, size=17, bold=True)
    img = cv2.GaussianBlur(img, (0, 0), 1.2)
    clean = clean_page(img)
    masks = line_masks(clean.ink, S)
    text_rows = masks.horizontal[55:95]
    assert not text_rows.any()
    lattice = build_lattice(masks, S)
    assert lattice is not None and len(lattice.rows) == len(ys)


def test_blurred_lines_of_body_text_side_by_side_are_not_a_ruling():
    """Two cells' text lines at one height, blurred until their words hold long runs, cover half the
    row between them: still words, with letters above and below, not a ruling splitting the row."""
    img = blank(880, 240)
    draw_grid(img, [40, 420, 840], [40, 120, 200])
    draw_text(img, (50, 70), "2. Internalisasi nilai-nilai dasar organisasi", size=18)
    draw_text(img, (430, 70), "Tersedianya media sosialisasi nilai-nilai dasar", size=18)
    masks = line_masks(clean_page(cv2.GaussianBlur(img, (0, 0), 1.4)).ink, S)
    assert not masks.horizontal[62:100].any()


def test_ruling_worn_to_short_pieces_far_apart_is_kept():
    """A heavy copy wears a ruling down to pieces; with paper above and below them it is still a ruling."""
    img = blank(900, 300)
    draw_grid(img, [50, 850], [50, 250])
    for x in range(60, 840, 130):  # what is left of a ruling at y=150: 50 px of every 130
        cv2.line(img, (x, 150), (x + 50, 150), 0, 2)
    masks = line_masks(clean_page(img).ink, S)
    assert masks.horizontal[145:156].any(axis=0).sum() >= 250


def test_shaded_bar_running_across_a_row_boundary_crosses_it_and_a_ruling_does_not():
    """A bar running on where a text column shows a "ruling" says that line is the foot of some type."""
    xs = [40, 400] + [400 + 45 * (i + 1) for i in range(12)]
    ys = [40, 120, 200]
    img = blank(xs[-1] + 40, 240)
    img[45:195, xs[5] + 4 : xs[6] - 4] = 180  # two shaded cells, the ruling drawn over their tint
    draw_grid(img, xs, ys)
    assert not crossed_by_shading(img, tuple(ys), tuple(xs), month_start=2, settings=S).any()
    img[50:190, xs[3] + 6 : xs[4] - 6] = 180  # one bar from the top row down through y=120: no ruling there
    assert crossed_by_shading(img, tuple(ys), tuple(xs), month_start=2, settings=S).tolist() == [True]


def test_month_grid_follows_the_ruled_text_column_beside_it_unless_a_bar_runs_across():
    def month_boundary_after_repair(crossed: bool) -> list[bool]:
        right_open = np.zeros((2, 14), dtype=bool)
        below_open = np.ones((1, 14), dtype=bool)
        below_open[0, 1] = False  # the text column beside the months shows a ruling; the months show none
        repair_broken_rulings(right_open, below_open, month_start=2, crossed=np.array([crossed]))
        return below_open[0, 2:].tolist()

    assert month_boundary_after_repair(crossed=False) == [False] * 12  # a faded ruling: each row its months
    assert month_boundary_after_repair(crossed=True) == [True] * 12


def test_a_column_ruling_worn_to_a_third_still_separates_but_a_row_ruling_needs_more():
    """What is left of a column's ruling in a row (a third of the edge) still parts the two cells, as
    nothing else on a page stacks into a vertical line; as little along a row edge, which the foot of a
    line of faded type or a stamp's arc can leave, does not part the rows."""
    img = blank(700, 700)
    xs, ys = [50, 250, 450, 650], [50, 250, 450, 650]
    draw_grid(img, xs, ys, skip_v={(1, 0)}, skip_h={(1, 2)})
    cv2.line(img, (250, 330), (250, 378), 0, 2)  # 48 px of the 200 px edge between (1, 0) and (1, 1)
    cv2.line(img, (530, 450), (578, 450), 0, 2)  # 48 px of the 200 px edge between (1, 2) and (2, 2)
    _, cells = _cells(img)
    by_pos = {(c.row, c.col): c for c in cells}
    assert by_pos[(1, 0)].colspan == 1 and (1, 1) in by_pos
    assert by_pos[(1, 2)].rowspan == 2


def _faded_month_table(
    false_line: int | None, lost_beside: int | None = None
) -> tuple[np.ndarray, LineMasks, list[int]]:
    """Two text columns and twelve shaded month cells a row, the month grid's row rulings faded to a grey
    line the masks miss; the text columns' masks hold every row ruling, a false one at ``false_line``
    (the foot of faded type), and none at ``lost_beside`` in the column beside the months."""
    xs = [40, 300, 560] + [560 + 45 * (i + 1) for i in range(12)]
    ys = [40, 100, 160, 220, 280, 340]
    img = np.full((380, xs[-1] + 40), 240, dtype=np.uint8)
    for y0, y1 in itertools.pairwise(ys):
        for x0, x1 in itertools.pairwise(xs[2:]):
            img[y0 + 3 : y1 - 2, x0 + 6 : x1 - 6] = 190  # a tint across the whole row, false line or not
    for y in ys:
        img[y - 1 : y + 1, xs[2] : xs[-1]] = 215  # the month grid's faded row rulings
    horizontal = np.zeros_like(img)
    vertical = np.zeros_like(img)
    for y in [*ys, *([false_line] if false_line else [])]:
        right = xs[1] if y == lost_beside else xs[2]
        horizontal[y - 1 : y + 1, xs[0] : right] = 255
    horizontal[ys[0] - 1 : ys[0] + 1, xs[0] : xs[-1]] = 255
    horizontal[ys[-1] - 1 : ys[-1] + 1, xs[0] : xs[-1]] = 255
    for x in xs:
        vertical[ys[0] : ys[-1], x - 1 : x + 1] = 255
    return img, LineMasks(horizontal=horizontal, vertical=vertical), ys


def test_a_row_line_the_faded_month_grid_does_not_show_is_no_row_boundary():
    """The foot of faded type rules the text columns at y=130; the month grid beside shows its faded row
    rulings at every real boundary but one tint straight across y=130: not a row boundary."""
    img, masks, ys = _faded_month_table(false_line=130)
    lattice = build_lattice(masks, S, img)
    assert lattice is not None
    assert [round(y) for y in lattice.rows] == ys
    img[ys[0] + 2 : ys[-1] - 1, 560:-40] = 190  # a month grid showing no rulings: nothing to judge by
    lattice = build_lattice(masks, S, img)
    assert lattice is not None and 130 in lattice.rows


def test_faded_month_rulings_part_the_months_where_the_text_column_beside_lost_its_ruling():
    """At y=220 the column beside the months shows no ruling, the faded month rulings do: each row keeps
    its own months."""
    img, masks, _ = _faded_month_table(false_line=None, lost_beside=220)
    lattice = build_lattice(masks, S, img)
    assert lattice is not None
    months = [c for c in merge_cells(lattice) if c.col >= 2 and c.row >= 1]
    assert months and all(c.rowspan == 1 for c in months)


def test_a_row_whose_column_rulings_faded_to_grey_keeps_its_cells_and_a_spanning_row_its_span():
    """The last row of a light copy lost its column rulings to the masks, the grey page still shows them:
    its cells stay apart. The section row above shows none and still spans the table."""
    xs, ys = [40, 200, 400, 600, 800], [40, 100, 160, 200, 260]
    img = np.full((300, 840), 240, dtype=np.uint8)
    horizontal, vertical = np.zeros_like(img), np.zeros_like(img)
    for y in ys:
        horizontal[y - 1 : y + 1, xs[0] : xs[-1]] = 255
        img[y - 1 : y + 1, xs[0] : xs[-1]] = 60
    for x in xs:
        inner = x not in (xs[0], xs[-1])
        for r, (y0, y1) in enumerate(itertools.pairwise(ys)):
            if inner and r == 2:
                continue  # the section row spans every column: no ruling
            grey = inner and r == 3
            img[y0:y1, x - 1 : x + 1] = 215 if grey else 60
            if not grey:
                vertical[y0:y1, x - 1 : x + 1] = 255
    draw_text(img, (60, 170), "II   PENATAAN TATA LAKSANA", size=18, bold=True)
    lattice = build_lattice(LineMasks(horizontal=horizontal, vertical=vertical), S, img)
    assert lattice is not None
    by_row: dict[int, list[int]] = {}
    for c in merge_cells(lattice):
        by_row.setdefault(c.row, []).append(c.colspan)
    assert by_row[2] == [4]
    assert by_row[3] == [1, 1, 1, 1]


def test_a_border_the_row_rulings_stop_short_of_still_bounds_the_table():
    """A heavy copy wears the ends of the row rulings away: most stop 25 px short of the left border."""
    xs, ys = [60, 260, 500, 740], [40, 120, 200, 280, 360]
    img = blank(800, 400)
    draw_grid(img, xs, ys)
    img[ys[0] - 3 : ys[-1] - 3, xs[0] + 2 : xs[0] + 27] = 255  # every row ruling's left end but the last
    lattice, _ = _cells(img)
    assert abs(lattice.cols[0] - xs[0]) <= 3 and len(lattice.cols) == len(xs)


def _ruled(img, xs, ys, row_span) -> LineMasks:
    """Dark rulings drawn on ``img`` (columns full height, each row line over ``row_span(y)``) and the
    masks that found them; paint drawn before stays under the rulings."""
    horizontal, vertical = np.zeros_like(img), np.zeros_like(img)
    for y in ys:
        a, b = row_span(y)
        horizontal[y - 1 : y + 1, a:b] = 255
        img[y - 1 : y + 1, a:b] = np.minimum(img[y - 1 : y + 1, a:b], 60)
    for x in xs:
        vertical[ys[0] : ys[-1], x - 1 : x + 1] = 255
        img[ys[0] : ys[-1], x - 1 : x + 1] = 60
    return LineMasks(horizontal=horizontal, vertical=vertical)


def test_a_text_cell_whose_row_ruling_a_stamp_paled_is_split_where_the_column_left_of_it_is_ruled():
    """Area | Kegiatan | Sub Kegiatan: at y=160 the first two columns are ruled, the third shows only a
    grey line (a stamp paled it) the masks miss: the third column's cell does not span the line. Where
    it shows no line at all (one text for two rows: merged on purpose) it still does."""

    def third_column_spans(grey_line: bool) -> bool:
        xs, ys = [40, 240, 440, 640], [40, 100, 160, 220]
        img = np.full((260, 680), 240, dtype=np.uint8)
        if grey_line:
            img[159:161, xs[2] : xs[3]] = 215
        masks = _ruled(img, xs, ys, lambda y: (xs[0], xs[2] if y == 160 else xs[-1]))
        lattice = build_lattice(masks, S, img)
        assert lattice is not None
        return any(c.col == 2 and c.rowspan > 1 for c in merge_cells(lattice))

    assert not third_column_spans(grey_line=True)
    assert third_column_spans(grey_line=False)


def test_a_numbers_cell_whose_row_ruling_faded_is_split_where_the_column_right_of_it_is_ruled():
    """NO | Komponen | Indikator: at y=160 the NO column shows only a grey line the masks miss (a
    narrow cell's ruling is too short for the faint-line finder), Komponen beside it is ruled: the
    NO cell does not span the line. A first column as wide as the next is not judged so."""

    def first_column_spans(grey_line: bool, first_width: int = 60) -> bool:
        xs = [40, 40 + first_width, 40 + first_width + 200, 40 + first_width + 400]
        ys = [40, 100, 160, 220]
        img = np.full((260, xs[-1] + 40), 240, dtype=np.uint8)
        if grey_line:
            img[159:161, xs[0] : xs[1]] = 215
        masks = _ruled(img, xs, ys, lambda y: (xs[1] if y == 160 else xs[0], xs[-1]))
        lattice = build_lattice(masks, S, img)
        assert lattice is not None
        return any(c.col == 0 and c.rowspan > 1 for c in merge_cells(lattice))

    assert not first_column_spans(grey_line=True)
    assert first_column_spans(grey_line=False)
    assert first_column_spans(grey_line=True, first_width=200)


def test_a_ruling_seen_twice_a_few_px_apart_is_one_column():
    """A worn ruling's lower stretch found 10 px to the side (a shorter, stray sighting) adds no column;
    two sightings about as long, a few px apart, are one ruling between them."""

    def columns(stray_x: int, stray_from: int) -> tuple[int, ...]:
        xs, ys = [40, 240, 440, 640], [40, 100, 160, 220, 280, 340]
        img = np.full((380, 680), 240, dtype=np.uint8)
        masks = _ruled(img, xs, ys, lambda y: (xs[0], xs[-1]))
        masks.vertical[stray_from : ys[-1], stray_x - 1 : stray_x + 1] = 255
        lattice = build_lattice(masks, S, img)
        assert lattice is not None
        return lattice.cols

    assert columns(stray_x=250, stray_from=220) == (40, 240, 440, 640)
    assert columns(stray_x=248, stray_from=40) == (40, 244, 440, 640)
