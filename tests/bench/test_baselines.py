"""The baselines' raw outputs (fixtures, no tool run) turned into the rows bench/scoring.py scores."""

from types import SimpleNamespace

import pandas as pd

from bench.baselines.adapt import grid_rows, table_rows, tsv_words
from bench.baselines.worker import _left_cell_keeps_text
from bench.report import Tally, render, targets
from bench.scoring import Counts, score_document

MONTH_W = 17.0
WIDTHS = [30.0, 120.0, 150.0, 170.0, 170.0] + [MONTH_W] * 12


def _camelot_like(rows: list[list[str]]) -> dict:
    """What the worker sends for one camelot table: the DataFrame's cells and the column widths."""
    frame = pd.DataFrame(rows)
    return {"page": 4, "rows": frame.astype(str).values.tolist(), "widths": WIDTHS}


def _months(*marked: int, mark: str = "v") -> list[str]:
    return [mark if m in marked else "" for m in range(1, 13)]


HEADER = [["NO", "KOMPONEN", "INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK", "TARGET PELAKSANAAN (BULAN KE-)"]
          + [""] * 11,
          ["", "", "", "", "", *[str(m) for m in range(1, 13)]]]
FIRST_PAGE = [
    *HEADER,
    ["I", "MANAJEMEN PERUBAHAN", "", "", "", *_months()],
    ["1", "Tim Kerja Zona Integritas", "Menerbitkan SK Tim Kerja", "Membentuk Tim Kerja ZI",
     "SK Tim Kerja", *_months(1, 2)],
    ["", "", "Penentuan anggota Tim", "Mengevaluasi Tim Kerja", "Notulen rapat", *_months(3, mark="√")],
]
NEXT_PAGE = [["2", "Rencana Pembangunan ZI", "Dokumen rencana aksi", "Menyusun dokumen", "Dokumen",
              *_months(12)]]


def test_table_columns_are_named_by_header_and_months_marked_by_any_text():
    rows = table_rows([_camelot_like(FIRST_PAGE)])
    assert [r["indikator_raw"] for r in rows] == ["Menerbitkan SK Tim Kerja", "Penentuan anggota Tim"]
    assert rows[0]["langkah_aksi_raw"] == "Membentuk Tim Kerja ZI" and rows[0]["bukti_raw"] == "SK Tim Kerja"
    assert [r["months"] for r in rows] == [[1, 2], [3]]


def test_section_rows_are_dropped_and_komponen_is_filled_down():
    rows = table_rows([_camelot_like(FIRST_PAGE)])
    assert all("MANAJEMEN" not in str(r.get("komponen_raw")) for r in rows)
    assert rows[1]["komponen_raw"] == "Tim Kerja Zona Integritas"


def test_a_headerless_continuation_table_keeps_the_previous_columns():
    rows = table_rows([_camelot_like(FIRST_PAGE), _camelot_like(NEXT_PAGE)])
    assert len(rows) == 3
    assert rows[2]["indikator_raw"] == "Dokumen rencana aksi" and rows[2]["months"] == [12]


def test_a_table_without_any_header_falls_back_to_column_positions_and_widths():
    rows = table_rows([_camelot_like(NEXT_PAGE)])
    assert rows[0]["komponen_raw"] == "Rencana Pembangunan ZI" and rows[0]["months"] == [12]


def test_a_schedule_column_gives_the_months_when_there_is_no_month_grid():
    table = {"rows": [["NO", "KOMPONEN", "INDIKATOR/PROGRAM", "RENCANA AKSI", "TARGET WAKTU"],
                      ["1", "Manajemen Perubahan", "Penyusunan Tim Kerja", "Membentuk Tim ZI",
                       "Maret, Juni, September, Desember 2024"]],
             "widths": [30.0, 120.0, 150.0, 170.0, 60.0]}
    (row,) = table_rows([table])
    assert row["schedule_raw"].startswith("Maret") and row["months"] == [3, 6, 9, 12]


def test_img2table_merged_cells_keep_their_text_in_the_first_column_only():
    box, other = (0, 0, 10, 10), (10, 0, 20, 10)
    cells = [SimpleNamespace(bbox=box, value="I MANAJEMEN"), SimpleNamespace(bbox=box, value="I MANAJEMEN"),
             SimpleNamespace(bbox=other, value=None)]
    assert _left_cell_keeps_text(cells) == ["I MANAJEMEN", "", ""]


TSV = "\n".join([
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
    "1\t1\t0\t0\t0\t0\t0\t0\t1000\t800\t-1\t",
    "5\t1\t1\t1\t1\t1\t110\t20\t60\t20\t95\tTim",
    "5\t1\t1\t1\t1\t2\t175\t20\t60\t20\t95\tKerja",
    "5\t1\t1\t1\t1\t3\t310\t20\t90\t20\t91\tMenerbitkan",
    "5\t1\t1\t1\t1\t4\t405\t20\t30\t20\t90\tSK",
    "5\t1\t2\t1\t1\t1\t310\t120\t90\t20\t88\tPenentuan",
    "5\t1\t3\t1\t1\t1\t505\t125\t10\t10\t30\tv",
    "5\t1\t3\t1\t1\t2\t600\t600\t10\t10\t30\t ",
])


def _cell(row, col, bbox, action, kind="body", rowspan=1, month=None):
    return {"row": row, "col": col, "rowspan": rowspan, "colspan": 1, "bbox": list(bbox), "kind": kind,
            "month": month, "action": action}


TRUTH = {"pages": [
    {"page": 1, "table": None},
    {"page": 2, "table": {
        "col_roles": ["komponen", "indikator", "month", "month"],
        "cells": [
            _cell(0, 0, (100, 0, 300, 60), None, kind="header"),
            _cell(1, 0, (100, 0, 300, 200), 0, rowspan=2), _cell(1, 1, (300, 0, 500, 100), 0),
            _cell(1, 2, (500, 0, 550, 100), 0, month=1), _cell(1, 3, (550, 0, 600, 100), 0, month=2),
            _cell(2, 1, (300, 100, 500, 200), 1), _cell(2, 2, (500, 100, 550, 200), 1, month=1),
            _cell(2, 3, (550, 100, 600, 200), 1, month=2),
        ]}},
]}


def test_tesseract_tsv_words_keep_text_and_boxes_and_skip_blanks():
    words = tsv_words(TSV)
    assert [w.text for w in words] == ["Tim", "Kerja", "Menerbitkan", "SK", "Penentuan", "v"]
    assert words[0].centre == (140.0, 30.0)


def test_tesseract_words_fill_the_ground_truth_grid_and_a_word_in_a_month_cell_marks_it():
    rows = grid_rows(TRUTH, {2: tsv_words(TSV)})
    assert rows[0] == {"komponen_raw": "Tim Kerja", "indikator_raw": "Menerbitkan SK", "months": []}
    assert rows[1] == {"komponen_raw": "Tim Kerja", "indikator_raw": "Penentuan", "months": [1]}


def test_adapted_rows_score_against_truth_like_any_tool():
    truth = [{"indikator_raw": "Menerbitkan SK", "komponen_raw": "Tim Kerja", "months": [1, 2]},
             {"indikator_raw": "Penentuan", "komponen_raw": "Tim Kerja", "months": [1]}]
    score = score_document(truth, grid_rows(TRUTH, {2: tsv_words(TSV)}))
    assert score.rows.f1 == 1.0 and (score.months.tp, score.months.fn, score.months.fp) == (1, 2, 0)


def test_report_prints_every_column_for_ours_and_a_baseline():
    ours = Tally(rows=Counts(tp=9, fn=1), months=Counts(tp=8, fp=1, fn=1), edits=5, chars=100, seconds=6.0,
                 pages=3, ocr_pages=3, peak_mb=210.0, docs=2, satker_ok=2, meta_ok=2, tanggal_ok=1,
                 ketua_ok=1, matched=9, indicator_ok=8, area_ok=9)
    camelot = Tally(rows=Counts(tp=5, fp=2, fn=5), months=Counts(tp=2, fn=8), edits=40, chars=100,
                    seconds=9.0, pages=3, ocr_pages=3, peak_mb=400.0, failed=1)
    blind = Tally(rows=Counts(fn=10), months=Counts(fn=20), seconds=3.0, pages=3, ocr_pages=0, peak_mb=300.0)
    lines = render({("ours", "mild"): ours, ("camelot", "mild"): camelot, ("img2table", "heavy"): blind},
                   ("mild", "heavy")).splitlines()
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    assert header[:8] == ["tool", "noise", "month-cell F1", "logical-row F1", "text CER", "s/page",
                          "pages OCR'd", "peak MB"]
    assert header[-1] == "failed"
    assert lines[2].startswith("| ours | mild | 0.889 | 0.947 | 0.050 | 2.00 | 3/3 | 210 |")
    assert header[8:] == ["satker", "nomor+tahun", "tanggal", "ketua", "indicator acc", "area acc", "failed"]
    assert [c.strip() for c in lines[2].strip("|").split("|")][8:] == ["1.000", "1.000", "0.500", "0.500",
                                                                      "0.889", "1.000", "0"]
    camelot_cells = [c.strip() for c in lines[3].strip("|").split("|")]
    assert camelot_cells[:8] == ["camelot", "mild", "0.333", "0.588", "0.400", "3.00", "3/3", "400"]
    assert camelot_cells[-1] == "1" and len(camelot_cells) == len(header)
    # no text read: no CER
    assert lines[4].startswith("| img2table | heavy | 0.000 | 0.000 | - | 1.00 | 0/3 | 300 |")
    assert len(lines) == 5  # no rows for the noise level nobody ran


def test_targets_name_the_best_baseline_per_column_and_say_whether_ours_beats_it():
    ours = Tally(rows=Counts(tp=9, fn=1), months=Counts(tp=9, fn=1), edits=1, chars=100, seconds=4.0, pages=2)
    tess = Tally(rows=Counts(tp=10), months=Counts(fn=10), edits=5, chars=100, seconds=8.0, pages=2)
    blind = Tally(rows=Counts(fn=10), months=Counts(fn=10), seconds=1.0, pages=2)
    (line,) = targets({("ours", "mild"): ours, ("tesseract", "mild"): tess, ("img2table", "mild"): blind},
                      ("mild", "heavy")).splitlines()
    assert line.startswith("mild: month-cell F1 met (0.947 vs tesseract 0.000)")
    assert "logical-row F1 NOT met (0.947 vs tesseract 1.000)" in line
    assert "text CER met (0.010 vs tesseract 0.050)" in line
    # a baseline that read no text at all is no rival on speed
    assert "s/page met (2.000 vs tesseract 4.000)" in line


def test_speed_target_says_when_the_fastest_rival_ocrd_fewer_pages():
    ours = Tally(months=Counts(tp=9), edits=1, chars=100, seconds=8.0, pages=4, ocr_pages=4)
    img2table = Tally(months=Counts(fn=9), edits=20, chars=100, seconds=4.0, pages=4, ocr_pages=2)
    (line,) = targets({("ours", "mild"): ours, ("img2table", "mild"): img2table}, ("mild",)).splitlines()
    assert "s/page NOT met (2.000 vs img2table 1.000)" in line
    assert "img2table OCR'd 2 of 4 pages, ours 4" in line


def test_decree_facts_are_tallied_against_truth_the_chairs_name_case_and_spacing_aside():
    from bench.__main__ import _score_into

    truth = {"actions": [], "satker": {"code": "33.27"}, "nomor": "263/HK.03-Kpt/3327/2025", "tahun": 2025,
             "tanggal_ditetapkan": "2025-07-05", "ketua": "FARIDAH SURYADI"}
    out = {"actions": [], "seconds": 1.0, "pages": 2, "peak_mb": 100.0,
           "document": {"satker_code": "33.27", "nomor": "263/HK.03-Kpt/3327/2025", "tahun": 2025,
                        "tanggal_ditetapkan": "2025-07-05", "ketua": "Faridah  Suryadi"}}
    tally = Tally()
    _score_into(tally, truth, out)
    out["document"] = {**out["document"], "ketua": "FARIDAH", "tanggal_ditetapkan": None}
    _score_into(tally, truth, out)
    out["document"] = {**out["document"], "ketua": None}
    _score_into(tally, {**truth, "ketua": None}, out)  # no name to read and none read: right
    assert (tally.docs, tally.satker_ok, tally.meta_ok, tally.tanggal_ok, tally.ketua_ok) == (3, 3, 3, 1, 2)
