"""Logical rows from physical rows: sections, continuations, spans, page breaks."""

from dataclasses import replace

from normalize.rows import assemble_actions
from schemas.records import Cell, ColumnSpec, MarkReading, PageTable, Role

COLS = (
    ColumnSpec(0, Role.NO),
    ColumnSpec(1, Role.KOMPONEN),
    ColumnSpec(2, Role.INDIKATOR),
    *(ColumnSpec(3 + m, Role.MONTH, month=m + 1) for m in range(12)),
)


def _row(r: int, texts: list[str], months=(), spans: dict[int, int] | None = None, skip=()) -> list[Cell]:
    cells = []
    for c, text in enumerate(texts):
        if c in skip:
            continue
        rs = (spans or {}).get(c, 1)
        cells.append(Cell(r, c, rs, 1, (c * 10, r * 10, c * 10 + 10, r * 10 + 10), text=text, confidence=0.9))
    for m in range(12):
        mark = MarkReading(marked=(m + 1) in months, confidence=0.95, ink=0.1)
        cells.append(Cell(r, 3 + m, 1, 1, (0, 0, 1, 1), mark=mark))
    return cells


def _section(r: int, text: str) -> list[Cell]:
    return [Cell(r, 0, 1, 15, (0, r * 10, 150, r * 10 + 10), text=text, confidence=0.9)]


def _table(page: int, rows: list[list[Cell]], header_rows: int = 0) -> PageTable:
    cells = tuple(c for row in rows for c in row)
    return PageTable(
        page=page, n_rows=len(rows), n_cols=15, columns=COLS, header_rows=header_rows, cells=cells
    )


def test_sections_and_continuation_rows():
    page = _table(
        3,
        [
            _section(0, "I PEMBANGUNAN UNIT KERJA"),
            _row(1, ["1", "Tim Kerja", "Menerbitkan SK Tim Kerja"], months={1}),
            _row(2, ["", "", "Prosedur Pemilihan Tim"], months={2}),
            _section(3, "II PENATAAN TATA LAKSANA"),
            _row(4, ["1", "SOP", "SOP telah mengacu"], months={3, 4}),
        ],
    )
    actions = assemble_actions([page])
    assert [a.months for a in actions] == [(1,), (2,), (3, 4)]
    assert actions[1].texts[Role.KOMPONEN] == "Tim Kerja"  # inherited from the row above
    assert actions[1].nomor_raw == "1"
    assert actions[0].section == "I PEMBANGUNAN UNIT KERJA"
    assert actions[2].section == "II PENATAAN TATA LAKSANA"
    assert [a.row_index for a in actions] == [0, 1, 2]


def test_row_span_passes_text_down():
    page = _table(
        1,
        [
            _row(0, ["1", "Pengaduan Masyarakat", "Kebijakan pengaduan"], months={1}, spans={0: 2, 1: 2}),
            _row(1, ["", "", "Hasil penanganan"], months={5}, skip=(0, 1)),
        ],
    )
    actions = assemble_actions([page])
    assert len(actions) == 2
    assert actions[1].texts[Role.KOMPONEN] == "Pengaduan Masyarakat"
    assert actions[1].texts[Role.INDIKATOR] == "Hasil penanganan"


def test_row_split_across_page_break_is_one_action():
    first = _table(4, [_row(0, ["2", "Penerapan SPIP", "SPI telah di informasikan dan"], months={6, 7})])
    second = _table(
        5,
        [
            _row(0, ["", "", "dikomunikasikan kepada seluruh pihak"]),
            _row(1, ["3", "Pengaduan Masyarakat", "Kebijakan pengaduan"], months={1}),
        ],
    )
    actions = assemble_actions([first, second])
    assert len(actions) == 2
    joined = "SPI telah di informasikan dan dikomunikasikan kepada seluruh pihak"
    assert actions[0].texts[Role.INDIKATOR] == joined
    assert (actions[0].page, actions[0].page_end) == (4, 5)
    assert actions[0].months == (6, 7)


def test_repeated_header_and_column_numbers_in_body_are_dropped():
    page = _table(
        2,
        [
            _row(0, ["NO", "KOMPONEN", "INDIKATOR"]),
            _row(1, ["1", "2", "3"]),
            _row(2, ["1", "Tim Kerja", "Menerbitkan SK"], months={4}),
        ],
    )
    actions = assemble_actions([page])
    assert len(actions) == 1 and actions[0].months == (4,)


def test_uncertain_marks_ask_for_review():
    cells = _row(0, ["1", "Tim Kerja", "SK"], months={1})
    cells = [
        c
        if c.mark is None or c.col != 5
        else Cell(c.row, c.col, 1, 1, c.bbox, mark=MarkReading(True, 0.52, 0.02))
        for c in cells
    ]
    actions = assemble_actions([_table(1, [cells])])
    assert "uncertain month cell" in actions[0].review_reasons


def test_each_action_keeps_where_its_row_lies_on_its_start_page():
    first = _table(4, [_row(0, ["2", "Penerapan SPIP", "SPI telah di informasikan dan"], months={6, 7})])
    first = replace(
        first, row_bounds=(100, 180), col_bounds=(50, *range(100, 1600, 100)), image_size=(2000, 1000)
    )
    second = _table(5, [_row(0, ["", "", "dikomunikasikan kepada seluruh pihak"])])
    second = replace(
        second, row_bounds=(20, 60), col_bounds=(50, *range(100, 1600, 100)), image_size=(2000, 1000)
    )
    actions = assemble_actions([first, second])
    assert len(actions) == 1
    assert actions[0].bbox == (50 / 2000, 100 / 1000, 1500 / 2000, 180 / 1000)  # the start page's row
    assert actions[0].month_x == (300 / 2000, 1500 / 2000)  # month columns 3..14


def test_a_table_without_its_page_size_gives_no_box():
    page = _table(1, [_row(0, ["1", "Tim Kerja", "SK"], months={1})])
    actions = assemble_actions([replace(page, row_bounds=(0, 10), col_bounds=tuple(range(0, 160, 10)))])
    assert actions[0].bbox is None and actions[0].month_x is None


def test_grid_line_crossing_only_merged_cells_is_not_a_row():
    """A stray line splits the lattice inside one row: every cell, months too, spans both parts."""
    whole = [
        replace(c, rowspan=2) for c in _row(0, ["1", "Tim Kerja", "Menerbitkan SK Tim Kerja"], months={3})
    ]
    page = _table(1, [whole, [], _row(2, ["2", "SOP", "SOP telah mengacu"], months={4})])
    page = replace(page, n_rows=3)
    actions = assemble_actions([page])
    assert [a.months for a in actions] == [(3,), (4,)]


def test_merged_cell_cut_by_a_page_break_keeps_its_text_on_the_next_page():
    """A person in charge merged over a whole area is printed once; its cell goes on blank past the break."""
    cols = (*COLS, ColumnSpec(15, Role.PENANGGUNG_JAWAB))

    def page(n: int, rows: list[list[Cell]], pj: str, span: int) -> PageTable:
        pj_cell = Cell(0, 15, span, 1, (150, 0, 160, 10 * span), text=pj, confidence=0.9)
        cells = (*(c for row in rows for c in row), pj_cell)
        return PageTable(page=n, n_rows=len(rows), n_cols=16, columns=cols, header_rows=0, cells=cells)

    first = page(3, [_row(0, ["1", "Tim Kerja", "SK Tim Kerja"], months={1})], "Tim Manajemen Perubahan", 1)
    second = page(
        4,
        [
            _row(0, ["2", "Road Map", "Road map disusun"], months={2}),
            _row(1, ["3", "Monitoring", "Rapat evaluasi"], months={3}),
        ],
        "",
        2,
    )
    third = page(5, [_row(0, ["4", "SOP", "SOP disusun"], months={4})], "", 1)
    actions = assemble_actions([first, second])
    assert [a.texts.get(Role.PENANGGUNG_JAWAB) for a in actions] == ["Tim Manajemen Perubahan"] * 3
    sectioned = replace(first, cells=(*first.cells, *_section(1, "II TATA LAKSANA")), n_rows=2)
    after_section = assemble_actions([sectioned, third])
    assert after_section[-1].texts.get(Role.PENANGGUNG_JAWAB) is None


def test_action_whose_cells_sound_like_column_titles_is_kept():
    """"agen perubahan" reads like the title "AREA PERUBAHAN", but not in the column that title names."""
    page = _table(
        4,
        [
            _row(0, ["4", "Perubahan Pola Pikir", "Telah menetapkan agen perubahan."], months={3}),
            _row(1, ["", "SK Tim Agen Perubahan", "Menetapkan SK Tim Agen Perubahan"], months={3, 6}),
        ],
    )
    actions = assemble_actions([page])
    assert [a.months for a in actions] == [(3,), (3, 6)]


def test_person_in_charge_written_once_per_area_holds_for_the_whole_area():
    cols = (*COLS, ColumnSpec(15, Role.PENANGGUNG_JAWAB))

    def row(r: int, texts: list[str], pj: str, months: set[int]) -> list[Cell]:
        return [*_row(r, texts, months=months), Cell(r, 15, 1, 1, (150, r * 10, 160, r * 10 + 10), text=pj)]

    rows = [
        _section(0, "I MANAJEMEN PERUBAHAN"),
        row(1, ["1", "Tim Kerja", "SK Tim Kerja"], "Tim Manajemen Perubahan", {1}),
        row(2, ["2", "Road Map", "Road map disusun"], "", {2}),
        _section(3, "II PENATAAN TATALAKSANA"),
        row(4, ["1", "SOP", "SOP disusun"], "", {3}),
    ]
    cells = tuple(c for r in rows for c in r)
    page = PageTable(page=3, n_rows=5, n_cols=16, columns=cols, header_rows=0, cells=cells)
    actions = assemble_actions([page])
    assert [a.texts.get(Role.PENANGGUNG_JAWAB) for a in actions] == [
        "Tim Manajemen Perubahan", "Tim Manajemen Perubahan", None
    ]


def test_stamp_fragments_over_a_blank_komponen_cell_do_not_replace_the_komponen():
    """A stamp over the blank cells below a komponen is read as "f / 4" or an unsure "IE"."""

    def with_komponen(cells: list[Cell], text: str, confidence: float) -> list[Cell]:
        return [replace(c, text=text, confidence=confidence) if c.col == 1 else c for c in cells]

    page = _table(
        4,
        [
            _row(0, ["3", "Penataan Sistem Manajemen SDM", "Perencanaan Kebutuhan Pegawai"], months={1}),
            with_komponen(_row(1, ["", "", "Pola Mutasi Internal"], months={2}), "f / 4", 0.66),
            with_komponen(_row(2, ["", "", "Penetapan Kinerja Individu"], months={3}), "IE", 0.29),
            with_komponen(_row(3, ["", "", "Kepuasan layanan"], months={4}), "Layanan", 0.4),
            with_komponen(_row(4, ["4", "", "Keterlibatan Pimpinan"], months={4}), "Penguatan Kinerja", 0.5),
        ],
    )
    actions = assemble_actions([page])
    assert [a.texts.get(Role.KOMPONEN) for a in actions] == [
        "Penataan Sistem Manajemen SDM", "Penataan Sistem Manajemen SDM", "Penataan Sistem Manajemen SDM",
        "Penataan Sistem Manajemen SDM", "Penguatan Kinerja",
    ]


def test_unsure_komponen_of_several_words_in_a_continuing_row_is_its_own():
    """Mesuji heavy: a new kegiatan under an area cell spanning the page, read with confidence 0.4 as
    "Meratorong innate di sektor petayanan", was dropped as a stamp's pieces and the kegiatan above
    repeated in its place."""
    page = _table(
        4,
        [
            _row(0, ["", "Penguatan pelayanan prima", "Maklumat pelayanan"], months={1}),
            [replace(c, confidence=0.4) if c.col == 1 else c
             for c in _row(1, ["", "Meratorong innate di sektor petayanan", "Adanya SOPP"], months={2})],
        ],
    )
    actions = assemble_actions([page])
    assert [a.texts.get(Role.KOMPONEN) for a in actions] == [
        "Penguatan pelayanan prima", "Meratorong innate di sektor petayanan"]


def _months_spanning(r: int, rowspan: int, months: set[int]) -> list[Cell]:
    return [
        Cell(r, 3 + m, rowspan, 1, (0, 0, 1, 1),
             mark=MarkReading(marked=(m + 1) in months, confidence=0.95, ink=0.6))
        for m in range(12)
    ]


def test_blank_strip_cut_off_by_a_false_grid_line_is_not_a_row():
    """The foot of a blurred text line read as a ruling cuts a blank strip off the row's cells."""
    text = [Cell(0, c, 2, 1, (c * 10, 0, c * 10 + 10, 20), text=t, confidence=0.9)
            for c, t in enumerate(["1", "SOP", "Peta proses bisnis telah disusun"])]
    blank = Cell(1, 2, 1, 1, (20, 10, 30, 20), text="", confidence=1.0)
    first = [*text[:2], replace(text[2], rowspan=1), *_months_spanning(0, 2, set(range(1, 13)))]
    page = _table(2, [first, [blank]])
    actions = assemble_actions([page])
    assert len(actions) == 1
    assert actions[0].months == tuple(range(1, 13))


def test_text_line_cut_off_below_its_row_joins_the_action_that_owns_the_months():
    page = _table(
        3,
        [
            [*_row(0, ["1", "Monitoring", "Tersedianya dokumen monitoring Rencana"])[:3],
             *_months_spanning(0, 2, {3, 6, 9, 12})],
            [Cell(1, 2, 1, 1, (20, 10, 30, 20), text="Aksi RB dan Agen Perubahan", confidence=0.9)],
            _row(2, ["2", "Evaluasi", "Laporan evaluasi"], months={12}),
        ],
    )
    actions = assemble_actions([page])
    assert [a.months for a in actions] == [(3, 6, 9, 12), (12,)]
    joined = "Tersedianya dokumen monitoring Rencana Aksi RB dan Agen Perubahan"
    assert actions[0].texts[Role.INDIKATOR] == joined


def test_numbered_row_under_merged_month_cells_is_its_own_action():
    page = _table(
        3,
        [
            [*_row(0, ["1", "Monitoring", "Dokumen monitoring"])[:3], *_months_spanning(0, 2, {3})],
            [Cell(1, c, 1, 1, (c * 10, 10, c * 10 + 10, 20), text=t, confidence=0.9)
             for c, t in enumerate(["2", "Evaluasi", "Laporan evaluasi"])],
        ],
    )
    actions = assemble_actions([page])
    assert [a.nomor_raw for a in actions] == ["1", "2"]
    assert [a.months for a in actions] == [(3,), (3,)]


MESUJI = (
    ColumnSpec(0, Role.AREA),
    ColumnSpec(1, Role.KOMPONEN),
    ColumnSpec(2, Role.LANGKAH_AKSI),
    ColumnSpec(3, Role.INDIKATOR),
    *(ColumnSpec(4 + m, Role.MONTH, month=m + 1) for m in range(12)),
    ColumnSpec(16, Role.KETERANGAN),
)


def _rb_row(r: int, texts: list[str], months=()) -> list[Cell]:
    """A row of an RB plan (area, kegiatan, sub kegiatan, indikator, months, keterangan), each cell ruled."""
    *lead, ket = texts
    cells = [Cell(r, c, 1, 1, (c * 10, r * 10, c * 10 + 10, r * 10 + 10), text=t, confidence=0.9)
             for c, t in enumerate(lead)]
    cells += [Cell(r, 4 + m, 1, 1, (0, 0, 1, 1), mark=MarkReading(marked=(m + 1) in months, confidence=0.95,
                                                                   ink=0.1)) for m in range(12)]
    return [*cells, Cell(r, 16, 1, 1, (160, r * 10, 170, r * 10 + 10), text=ket, confidence=0.9)]


def test_blank_cells_left_of_a_continuing_rows_text_repeat_the_row_above():
    # seed 8000's Mesuji plan rules each sub kegiatan's second indicator apart instead of merging
    # the cells: the blank sub kegiatan is the one above, as a merged cell would have said
    page = PageTable(page=3, n_rows=3, n_cols=17, columns=MESUJI, header_rows=0, cells=tuple(
        _rb_row(0, ["Manajemen Perubahan", "1. Perencanaan", "3. Focus Group Discussion (FGD)",
                    "1. Rencana Aksi Tahunan RB", "Tim RB"], months={7, 8})
        + _rb_row(1, ["", "", "", "2. Surat Pernyataan Potensi Benturan Kepentingan", ""], months={12})
        + _rb_row(2, ["", "", "4. Deklarasi", "Tersedianya dokumen", ""], months={4})))
    actions = assemble_actions([page])
    assert [a.months for a in actions] == [(7, 8), (12,), (4,)]
    assert actions[1].texts[Role.LANGKAH_AKSI] == "3. Focus Group Discussion (FGD)"
    assert actions[1].texts[Role.KOMPONEN] == "1. Perencanaan"
    assert Role.KETERANGAN not in actions[1].texts  # right of its own text: blank as written
    assert actions[2].texts[Role.LANGKAH_AKSI] == "4. Deklarasi"
