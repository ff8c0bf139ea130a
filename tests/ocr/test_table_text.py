"""Where the table reader spends OCR: cells' words sorted out by geometry, lines cut to their ink,
bands outside the table read only when they hold letters."""

import numpy as np

from ocr.celltext import words_in_box
from ocr.grid import Lattice, merge_cells
from ocr.image import clean_page
from ocr.layout import restack
from ocr.settings import OcrSettings
from ocr.table import _text_extent, _words_by_cell
from schemas.words import words_frame
from tests.ocr.drawing import blank, draw_text

S = OcrSettings()


def _lattice() -> Lattice:
    rows, cols = (0, 50, 100, 150), (0, 40, 120, 200)
    right_open = np.zeros((3, 3), dtype=bool)
    below_open = np.zeros((3, 3), dtype=bool)
    right_open[0, 1] = True  # row 0: columns 1 and 2 joined
    below_open[1, 0] = True  # column 0: rows 1 and 2 joined
    return Lattice(rows=rows, cols=cols, right_open=right_open, below_open=below_open)


def test_words_sorted_into_cells_as_a_box_filter_would() -> None:
    lattice = _lattice()
    grid = merge_cells(lattice)
    rng = np.random.default_rng(7)
    rows = []
    for i in range(60):
        x, y = int(rng.integers(-10, 210)), int(rng.integers(-10, 160))
        rows.append({"page": 1, "block": 1, "line": i, "word": 1, "text": f"w{i}", "conf": 90.0,
                     "x0": x - 3, "y0": y - 2, "x1": x + 3, "y1": y + 2})
    words = words_frame(rows)
    by_cell = _words_by_cell(words, grid, lattice)
    for cell in grid:
        expected = set(words_in_box(words, cell.bbox)["text"])
        got = set(by_cell[cell]["text"]) if cell in by_cell else set()
        assert got == expected
    assert sum(len(part) for part in by_cell.values()) < len(words)  # words outside the table belong nowhere


def test_restacked_line_is_cut_to_its_ink() -> None:
    img = blank(900, 80)
    draw_text(img, (30, 25), "II PENATAAN", size=24)
    strip, placements = restack(img, [(0, 0, 900, 80)], gap=16, min_line=7)
    assert len(placements) == 1
    x0, _, x1, _ = placements[0].src
    assert 15 <= x0 <= 35 and x1 < 300  # the line's words, not the row's whole width
    assert strip.shape[1] < 320


def test_band_of_specks_holds_no_text_but_a_title_does() -> None:
    img = blank(1200, 300)
    rng = np.random.default_rng(1)
    for _ in range(40):
        y, x = int(rng.integers(5, 295)), int(rng.integers(5, 1195))
        img[y : y + 3, x : x + 3] = 0
    clean = clean_page(img, max_skew_deg=0.0)
    assert _text_extent(clean.ink, (0, 0, 1200, 300), S) is None

    draw_text(img, (400, 120), "LAMPIRAN KEPUTUSAN", size=28)
    clean = clean_page(img, max_skew_deg=0.0)
    box = _text_extent(clean.ink, (0, 0, 1200, 300), S)
    assert box is not None
    x0, y0, x1, y1 = box
    assert x0 <= 400 and x1 >= 650 and y0 <= 125 and y1 >= 145
    assert x1 - x0 < 400 and y1 - y0 < 80  # the specks around it are not letters


def test_shaded_header_cell_keeps_its_title_as_one_line() -> None:
    """Its rulings painted out in white round a grey cell must not make the grey read as ink."""
    img = blank(400, 90)
    img[:, :] = 190
    img[:6, :], img[-6:, :], img[:, :6], img[:, -6:] = 255, 255, 255, 255
    draw_text(img, (120, 30), "KEGIATAN", size=24)
    strip, placements = restack(img, [(0, 0, 400, 90)], gap=16, min_line=7)
    assert len(placements) == 1
    x0, y0, x1, y1 = placements[0].src
    assert y1 - y0 < 45 and x1 - x0 < 200  # the word, not the whole shaded cell
    assert float(np.median(strip)) > 240  # pasted on white


def test_repeated_header_with_unreadable_titles_keeps_the_previous_pages_roles() -> None:
    """Page 4 of a Mesuji-like plan: 'Sub Kegiatan' read as 'Sub Kasian', 'Indikator Keberhasilan' lost."""
    from ocr.columns import assign_roles
    from ocr.table import _columns
    from schemas.records import Role

    widths = [200, 380, 400, 420] + [41] * 12 + [180]
    first = ["Area Perubahan", "Kegiatan", "Sub Kegiatan", "Indikator Keberhasilan", *"JFMAMJJASOND",
             "Keterangan"]
    previous = assign_roles(first, widths)
    damaged = ["Area Perutanan", "Kaniasan", "Sub Kasian", "", *"JFMAMJJASOND", "Keterangan"]
    columns = _columns({0: damaged}, 1, widths, previous)
    assert [c.role for c in columns[:4]] == [Role.AREA, Role.KOMPONEN, Role.LANGKAH_AKSI, Role.INDIKATOR]
    guessed = _columns({0: damaged}, 1, widths, None)  # on its own, a guess from position
    assert [c.role for c in guessed[2:4]] == [Role.INDIKATOR, Role.LANGKAH_AKSI]


def test_page_without_a_table_is_read_only_where_it_has_letters() -> None:
    """A blank page (a scanned empty back) costs no OCR; a decree page is read inside its margins."""
    from ocr.table import read_page

    calls: list[tuple[int, int, int, int]] = []

    class Recorder:
        reads_pixels = True

        def __call__(self, image: np.ndarray, bbox: tuple[int, int, int, int], psm: int):  # type: ignore[no-untyped-def]
            calls.append(bbox)
            return words_frame([])

    img = blank(1200, 1600)
    rng = np.random.default_rng(3)
    for _ in range(30):
        y, x = int(rng.integers(5, 1595)), int(rng.integers(5, 1195))
        img[y : y + 2, x : x + 2] = 0
    reading = read_page(clean_page(img, max_skew_deg=0.0), 1, S, Recorder())
    assert reading.table is None and reading.text == "" and calls == []

    draw_text(img, (300, 400), "KEPUTUSAN KOMISI PEMILIHAN UMUM", size=28)
    read_page(clean_page(img, max_skew_deg=0.0), 1, S, Recorder())
    assert len(calls) == 1
    x0, y0, x1, y1 = calls[0]
    assert x0 <= 300 and y0 <= 400 and x1 < 1100 and y1 < 600


def test_the_signature_block_under_a_stamp_is_read_again_with_the_stamp_painted_out() -> None:
    """A stamp over the signature block cut the chair's name into pieces: below the "Ditetapkan" line the
    decree page is read again without the stamp's rings, the name's darker type kept; a page without
    that line is read once."""
    import cv2

    from ocr.table import read_page

    seen: list[tuple[np.ndarray, tuple[int, int, int, int]]] = []

    class Recorder:
        reads_pixels = True

        def __call__(self, image: np.ndarray, bbox: tuple[int, int, int, int], psm: int):  # type: ignore[no-untyped-def]
            seen.append((image, bbox))
            first = [{"page": 1, "block": 1, "line": 1001, "word": 1, "text": "Ditetapkan", "conf": 90.0,
                      "x0": 420, "y0": 250, "x1": 560, "y1": 280}]
            return words_frame(first if len(seen) == 1 else [])

    img = blank(1200, 1600)
    draw_text(img, (420, 250), "Ditetapkan di Pemalang", size=28)
    draw_text(img, (420, 700), "FARIDAH SURYADI", size=28)
    cv2.circle(img, (450, 650), 150, 185, 5, cv2.LINE_AA)  # a colour stamp scanned in grey
    cv2.circle(img, (450, 650), 110, 185, 3, cv2.LINE_AA)
    clean = clean_page(img, max_skew_deg=0.0)
    read_page(clean, 1, S, Recorder())
    assert len(seen) == 2
    (whole, _), (again, (_, top, _, _)) = seen
    assert whole is clean.gray and 100 <= top <= 250
    ring = (slice(640, 660), slice(330, 350))  # the inner ring, left of the centre
    assert clean.gray[ring].min() < 200 and again[ring].min() >= 240
    name = (slice(695, 740), slice(420, 700))
    assert again[name].min() < 100 and (again[name] < 128).sum() >= 0.7 * (clean.gray[name] < 128).sum()

    seen.clear()
    plain = blank(1200, 1600)
    draw_text(plain, (420, 250), "Menimbang bahwa", size=28)
    cv2.circle(plain, (450, 650), 110, 185, 3, cv2.LINE_AA)

    class NoSignature(Recorder):
        def __call__(self, image: np.ndarray, bbox: tuple[int, int, int, int], psm: int):  # type: ignore[no-untyped-def]
            seen.append((image, bbox))
            return words_frame([])

    read_page(clean_page(plain, max_skew_deg=0.0), 1, S, NoSignature())
    assert len(seen) == 1


def test_a_lampirans_signature_below_the_table_is_read_without_the_stamp_over_it() -> None:
    import cv2

    from ocr.table import read_page
    from tests.ocr.drawing import month_table

    seen: list[tuple[np.ndarray, tuple[int, int, int, int]]] = []

    class Recorder:
        reads_pixels = True

        def __call__(self, image: np.ndarray, bbox: tuple[int, int, int, int], psm: int):  # type: ignore[no-untyped-def]
            seen.append((image, bbox))
            return words_frame([])

    table, _, ys = month_table({0: {1}}, n_rows=2)
    img = blank(table.shape[1], table.shape[0] + 700)
    img[: table.shape[0]] = table
    draw_text(img, (700, ys[-1] + 380), "FARIDAH SURYADI", size=28)
    centre = (730, ys[-1] + 350)
    cv2.circle(img, centre, 150, 185, 5, cv2.LINE_AA)  # a colour stamp scanned in grey
    cv2.circle(img, centre, 110, 185, 3, cv2.LINE_AA)
    clean = clean_page(img, max_skew_deg=0.0)
    reading = read_page(clean, 1, S, Recorder())
    assert reading.table is not None
    below = [(image, box) for image, box in seen if box[1] >= ys[-1]]
    assert len(below) == 1
    image = below[0][0]
    ring = (slice(centre[1] - 10, centre[1] + 10), slice(centre[0] - 120, centre[0] - 100))  # the inner ring
    assert clean.gray[ring].min() < 200 and image[ring].min() >= 240


def _line(text: str, y: int, x: int = 10) -> list[dict]:
    out = []
    for k, word in enumerate(text.split()):
        out.append({"page": 1, "block": 1, "line": y, "word": k + 1, "text": word, "conf": 80.0,
                    "x0": x, "y0": y, "x1": x + 10 * len(word), "y1": y + 14})
        x += 10 * len(word) + 8
    return out


def test_a_cell_merged_over_faded_rulings_is_split_where_each_row_opens_the_next_item() -> None:
    """Real readings of a heavy scan whose rulings between "b.", "c." and "d." faded in the text column:
    each row keeps its own item. A heading spanning rows, or a list that does not open every row, stays."""
    from ocr.grid import GridCell
    from ocr.table import _listed_rows

    rows = (0, 40, 80, 140, 180)
    cell = GridCell(row=1, col=2, rowspan=3, colspan=1, bbox=(0, 40, 400, 180))
    listed = words_frame(_line("b. Penilaian kinerja individu. yang an fe La Wnerja organisasi.", 50)
                         + _line("c. Pengukuran kinerja individ «.x0r kinerja", 88)
                         + _line("Individu level di atasnya", 110)
                         + _line("d, Pelaksanaan pengukur Wt pe Jodik", 150))
    parts = _listed_rows(cell, listed, rows)
    assert parts is not None
    assert [(row, span, bbox) for row, span, bbox, _ in parts] == [
        (1, 1, (0, 40, 400, 80)), (2, 1, (0, 80, 400, 140)), (3, 1, (0, 140, 400, 180))]
    assert [len(words) for *_, words in parts] == [10, 10, 6]

    heading = words_frame(_line("1. Penetapan Kinerja Individu", 50))
    assert _listed_rows(cell, heading, rows) is None
    wrapped = words_frame(_line("a. Penyusunan SOP dan", 50) + _line("penerapannya di lingkungan", 88)
                          + _line("b. Evaluasi SOP", 150))
    assert _listed_rows(cell, wrapped, rows) is None
    single = GridCell(row=1, col=2, rowspan=1, colspan=1, bbox=(0, 40, 400, 80))
    assert _listed_rows(single, words_frame(_line("b. Penilaian", 50)), rows) is None
