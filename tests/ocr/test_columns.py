from dataclasses import replace
from itertools import accumulate, pairwise

from ocr.columns import assign_roles, month_run, restore_month_ruling, role_from_header
from ocr.header import count_header_rows, is_column_number_row, is_month_label_row
from ocr.reader import roles_from_later_pages, roles_of_most_pages
from ocr.table import PageReading
from schemas.records import PageTable, Role


def test_headers_of_the_seed_layouts():
    assert role_from_header("NO") is Role.NO
    assert role_from_header("KOMPONEN") is Role.KOMPONEN
    assert role_from_header("INDIKATOR/PROGRAM") is Role.INDIKATOR
    assert role_from_header("LANGKAH AKSI") is Role.LANGKAH_AKSI
    assert role_from_header("RENCANA AKSI") is Role.LANGKAH_AKSI
    assert role_from_header("SUB KEGIATAN") is Role.LANGKAH_AKSI
    assert role_from_header("Sub Kegiatau") is Role.LANGKAH_AKSI  # OCR damage from the Mesuji seed
    assert role_from_header("KEGIATAN") is Role.KOMPONEN
    assert role_from_header("Indikator Keberhasilan") is Role.INDIKATOR
    assert role_from_header("Area Perubahan") is Role.AREA
    assert role_from_header("BUKTI FISIK") is Role.BUKTI
    assert role_from_header("PENANGGUNG JAWAB") is Role.PENANGGUNG_JAWAB
    assert role_from_header("KET.") is Role.KETERANGAN
    assert role_from_header("TARGET WAKTU") is Role.SCHEDULE


def test_month_run_needs_twelve_narrow_columns():
    widths = [40, 200, 250, 300, 250] + [45] * 12 + [120]
    assert month_run(widths) == 5
    assert month_run([40, 200, 250, 300, 250, 120]) is None
    assert month_run([100] * 12) is None  # all alike: nothing is narrow


def _bounds(widths: list[int]) -> tuple[int, ...]:
    return tuple(accumulate(widths, initial=100))


def test_a_month_ruling_lost_to_the_scan_is_put_back():
    whole = _bounds([220, 340, 370, 440] + [45] * 12 + [190])
    lost = whole[:14] + whole[15:]  # the ruling between OKT and NOV faded away
    restored = restore_month_ruling(lost)
    assert month_run([b - a for a, b in pairwise(restored)]) == 4
    assert abs(restored[14] - whole[14]) <= 1


def test_rulings_lost_between_shaded_months_are_put_back():
    """A shaded plan hides the rulings between months shaded in every row: two, side by side or apart."""
    whole = _bounds([220, 340, 370, 440] + [45] * 12 + [190])
    for lost in ((9, 14), (8, 9), (6, 7, 12)):
        kept = tuple(b for i, b in enumerate(whole) if i not in lost)
        restored = restore_month_ruling(kept)
        assert month_run([b - a for a, b in pairwise(restored)]) == 4, lost
        assert all(abs(r - w) <= 1 for r, w in zip(restored, whole, strict=True)), lost


def test_the_ruling_after_the_first_or_before_the_last_month_is_put_back():
    """The first month's neighbours on one side are text columns, as wide as the merged pair and more."""
    whole = _bounds([220, 340, 370, 440] + [45] * 12 + [190])
    for lost_at in (5, 15):  # JAN|FEB, NOV|DES
        restored = restore_month_ruling(whole[:lost_at] + whole[lost_at + 1 :])
        assert month_run([b - a for a, b in pairwise(restored)]) == 4
        assert abs(restored[lost_at] - whole[lost_at]) <= 1


def test_no_ruling_is_invented_where_the_months_are_whole_or_cannot_be_completed():
    whole = _bounds([220, 340, 370, 440] + [45] * 12 + [190])
    assert restore_month_ruling(whole) == whole
    widened = _bounds([220, 340, 370, 440] + [45] * 5 + [68] + [45] * 6 + [190])  # no whole number of months
    assert restore_month_ruling(widened) == widened
    quarters = _bounds([220, 340, 370, 440] + [135] * 4 + [190])  # a plan by quarters, not months
    assert restore_month_ruling(quarters) == quarters
    no_months = _bounds([220, 340, 90, 440, 190])
    assert restore_month_ruling(no_months) == no_months


def test_roles_fall_back_to_position_when_header_unreadable():
    widths = [40, 200, 250, 300, 250] + [45] * 12
    specs = assign_roles([""] * len(widths), widths)
    roles = [s.role for s in specs]
    assert roles[:5] == [Role.NO, Role.KOMPONEN, Role.INDIKATOR, Role.LANGKAH_AKSI, Role.BUKTI]
    assert [s.month for s in specs[5:]] == list(range(1, 13))


def test_month_label_rows():
    assert is_month_label_row([str(i) for i in range(1, 13)])
    assert is_month_label_row(list("JFMAMJJASOND"))
    assert is_month_label_row(
        ["JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU", "SEP", "OKT", "NOV", "DES"]
    )
    assert not is_month_label_row(["v", "V", "Y", "", "4", "", "7", "", "", "", "", ""])


def test_column_number_row():
    assert is_column_number_row([str(i) for i in range(1, 17)])
    assert not is_column_number_row(["1", "Tim Kerja", "Menerbitkan SK", "", ""])


def test_column_number_row_whose_first_numbers_are_unreadable():
    """Sumbawa heavy: 1 and 2 read as nothing and ">", but most numbers stand under their own column.
    An action row whose ticks read as digits does not."""
    heavy = ["", ">", "| 3", "", "5", "6", "", "a", "9", "10", "", "12", "13", "4 49", "1S", "16"]
    assert is_column_number_row(heavy)
    ticks = ["11", "Pola Mutasi Internal", "a. Penetapan kebjakan pota mutasi Internal", "4", "Pa", "¥", "7",
             "¥", "t", "4", "4", "7", "t", "P4", "£", "Berkala"]
    assert not is_column_number_row(ticks)


def test_column_number_row_with_cells_merged_by_a_faded_ruling():
    merged = ["1 |) 2", "1 |) 2", "3 4", "3 4", *(str(i) for i in range(5, 17))]
    assert is_column_number_row(merged)
    assert is_column_number_row(["1", "2", "3 4 5 6 7 8 IL ARTI IA 1715 16"])  # heavy: digits read as letters
    assert not is_column_number_row(["1", "Rapat 2 kali", "Rapat 2 kali", "3 laporan", "", "", "", ""])
    # a heavy scan's first action, its items numbered (val. seed 3000, mesuji): dropped as a number row before
    assert not is_column_number_row([
        'Manajemen Perubahax "ah', "| Perencanaan Refofmasi Biroksasi",
        "1. Pembentukan Tim Reformasi Birokrasi (RB) di lingkungan Sekretariat KPU Kabupaten Samedang",
        "SK Tim Reformasi Birokrasi di Lingkungan Satuan Kerja Tjm terdiri dari: $) Tim Pengarah: 2) Tim "
        "Pelaksana (B Area Perubahasi), 3) Tim Agen Perubahan 4) Tica Assesor",
    ])
    # an action numbered "1" whose responsible-party cell reads as "4 34" (dev seed 1000, tambrauw heavy)
    assert not is_column_number_row([
        "1", "Pengendalian Gratifikasi mHens", "Public Campaigs tentang pengendalian gratifikasi",
        "Memasang poster tentang gratifikasi", "SK. Unit Pengendalian Gratifikasi", "4 34",
    ])


def test_header_rows_counted_up_to_the_column_numbers():
    n = 16
    header = ["NO", "KEGIATAN", "SUB KEGIATAN"] + ["PELAKSANAAN (BULAN)"] * 12 + ["KET."]
    months = ["NO", "KEGIATAN", "SUB KEGIATAN"] + [str(i) for i in range(1, 13)] + ["KET."]
    numbers = [str(i) for i in range(1, n + 1)]
    body = ["1", "Tim Kerja Zona Integritas", "a. Pembentukan Tim Kerja"] + [""] * 13
    rows = {0: header, 1: months, 2: numbers, 3: body}
    assert count_header_rows(rows, list(range(3, 15))) == 3


def test_header_below_a_title_row_inside_the_border():
    title = ["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS TAHUN 2025"] * 16
    header = ["NO", "KEGIATAN", "SUB KEGIATAN"] + ["PELAKSANAAN (BULAN)"] * 12 + ["KET."]
    months = ["NO", "KEGIATAN", "SUB KEGIATAN"] + [str(i) for i in range(1, 13)] + ["KET."]
    body = ["1", "Tim Kerja Zona Integritas", "a. Pembentukan Tim Kerja"] + [""] * 13
    assert count_header_rows({0: title, 1: header, 2: months, 3: body}, list(range(3, 15))) == 3


def test_continuation_page_rows_that_sound_like_titles_are_not_a_header():
    """No header on this page: its second action names two column titles, weakly."""
    first = ["3", "Tim Kerja", "Menyusun SK Tim"] + [""] * 13
    second = ["", "Agen Perubahan", "Keterangan"] + [""] * 13
    third = ["4", "Road Map", "Menyusun road map"] + [""] * 13
    assert count_header_rows({0: first, 1: second, 2: third}, list(range(3, 15))) == 0


def test_no_month_run_among_zero_width_columns():
    """A baseline's table (or a degenerate grid) can give columns of no width."""
    assert month_run([0] * 14) is None


def test_header_words_broken_by_a_narrow_column_still_name_it():
    assert role_from_header("PENANGGUN G JAWAB") is Role.PENANGGUNG_JAWAB
    assert role_from_header("PENANGG UNG JAWAB") is Role.PENANGGUNG_JAWAB
    assert role_from_header("LANGKAH AK SI") is Role.LANGKAH_AKSI
    assert role_from_header("KETERANG AN") is Role.KETERANGAN
    assert role_from_header("PELAKSANA AN") is Role.UNKNOWN


def _page(page: int, headers: list[str]) -> PageReading:
    columns = assign_roles(headers, [40, 200, 300] + [45] * 12 + [120])
    table = PageTable(page=page, n_rows=4, n_cols=len(columns), columns=columns, header_rows=2, cells=())
    return PageReading(page=page, table=table, text="", skew_deg=0.0, rotation=0)


def test_first_table_page_with_an_unreadable_title_takes_the_role_from_a_later_page():
    months = [str(m) for m in range(1, 13)]
    first = _page(3, ["NO", "KEGIATAN", "a \\z § (ENAM) Nee", *months, "KET."])  # a stamp over the title
    later = _page(4, ["NO", "KEGIATAN", "SUB KEGIATAN", *months, "KET."])
    assert first.table is not None and first.table.columns[2].role is Role.INDIKATOR  # the positional guess
    pages = roles_from_later_pages([first, later])
    assert [c.role for c in pages[0].table.columns] == [c.role for c in later.table.columns]
    assert pages[0].table.columns[2].role is Role.LANGKAH_AKSI


def test_a_title_read_on_its_own_page_is_kept_whatever_later_pages_say():
    months = [str(m) for m in range(1, 13)]
    first = _page(3, ["NO", "KEGIATAN", "INDIKATOR", *months, "KET."])
    later = _page(4, ["NO", "KEGIATAN", "SUB KEGIATAN", *months, "KET."])
    assert roles_from_later_pages([first, later])[0] == first


def _bounded(page: int, headers: list[str], widths: list[int]) -> PageReading:
    reading = _page(page, headers)
    assert reading.table is not None
    bounds = tuple(accumulate([100, *widths]))
    return replace(reading, table=replace(reading.table, col_bounds=bounds))


WIDTHS = [40, 200, 300] + [45] * 12 + [120]


def test_a_page_whose_garbled_header_swaps_two_columns_takes_the_roles_of_the_other_pages():
    months = [str(m) for m in range(1, 13)]
    good = ["NO", "KEGIATAN", "SUB KEGIATAN", *months, "KET."]
    garbled = _bounded(6, ["NO", "eee ee SE KEGIATAN 2", "i Oe ei i a at a hla", *months, "KET."], WIDTHS)
    assert garbled.table is not None and garbled.table.columns[1].role is Role.LANGKAH_AKSI
    pages = [_bounded(p, good, WIDTHS) for p in (3, 4, 5)] + [garbled]
    fixed = roles_of_most_pages(tuple(pages))
    assert [c.role for c in fixed[3].table.columns] == [c.role for c in pages[0].table.columns]
    assert fixed[:3] == tuple(pages[:3])
    # one page against one decides nothing; a page of other widths is another table
    assert roles_of_most_pages((pages[0], garbled))[1] == garbled
    widths = [40, 300, 200, *WIDTHS[3:]]
    other = _bounded(6, ["NO", "eee ee SE KEGIATAN 2", "i Oe ei", *months, "KET."], widths)
    assert roles_of_most_pages((*pages[:3], other))[3] == other
