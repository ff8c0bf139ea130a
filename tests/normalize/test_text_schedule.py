"""Text normalisation and schedule parsing, on strings taken from the seed decrees."""

from __future__ import annotations

import pytest

from normalize.schedule import month_number, parse_schedule
from normalize.text import contract_abbreviations, join_spaced_letters, normalize


def test_normalize_folds_case_punctuation_and_ocr_digits() -> None:
    assert normalize("E- Office Pemanfaatan aplikasi presensi") == "eoffice pemanfaatan aplikasi presensi"
    assert normalize("0ktober") == "oktober"
    assert normalize("Whistle-Blowing System") == "whistle blowing system"


def test_spaced_signature_letters_are_joined() -> None:
    assert join_spaced_letters("K E T U A,") == "KETUA,"
    assert join_spaced_letters("M. J U N A I D I") == "M. JUNAIDI"


def test_spelled_out_abbreviations_collapse_to_one_token() -> None:
    assert contract_abbreviations("Penerapan Sistem Pengendalian Intern Pemerintah") == "penerapan spip"
    assert contract_abbreviations("Whistle Blowing System") == "wbs"


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("Agustns", 8),
        ("Desernber", 12),
        ("0ktober", 10),
        ("Juni", 6),
        ("Pebruari", 2),
        ("tanggal", None),
        ("2025", None),
    ],
)
def test_month_names_survive_ocr_damage(word: str, month: int | None) -> None:
    assert month_number(word) == month


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("September 2025", (9,)),
        ("September s/d Desember 2025", (9, 10, 11, 12)),
        ("September\ns/d\nDesember\n2025", (9, 10, 11, 12)),  # Mataram's wrapped TARGET WAKTU cell
        ("Agustus s/d Desember", (8, 9, 10, 11, 12)),
        ("Januari - Juni", (1, 2, 3, 4, 5, 6)),
        ("Triwulan I s/d IV", tuple(range(1, 13))),
        ("per triwulan", (3, 6, 9, 12)),
        ("setiap bulan", tuple(range(1, 13))),
        ("Setap bulan", tuple(range(1, 13))),  # heavy scans: a letter lost
        ("Setiap Bulan", tuple(range(1, 13))),
        ("Januari s/d Desember", tuple(range(1, 13))),
        ("Semester I", (1, 2, 3, 4, 5, 6)),
        ("Semester II", (7, 8, 9, 10, 11, 12)),
        ("TW III", (7, 8, 9)),
        ("Triwulan | s/d IV 2025", tuple(range(1, 13))),  # OCR of a scanned Mataram-style cell
        ("Friwulan | s/d IV 2025", tuple(range(1, 13))),  # and with its T read as F
        ("Tnwulan | s/d IV 2025", tuple(range(1, 13))),  # heavy scans: "ri" read as "n"
        ("Semester JI 2025", tuple(range(7, 13))),  # heavy scans: the first I read as a J
        ("Inwulan | Sd IV 2025", tuple(range(1, 13))),
        ("Trwulan | sd IV 2025", tuple(range(1, 13))),  # a letter lost
        ("Triwulan | vd IV 2025", tuple(range(1, 13))),  # "s/" read as "v"
        ("Triwulan | sid IV 2025", tuple(range(1, 13))),  # the slash read as an i
        ("Triwulan F sid IV 2025", tuple(range(1, 13))),  # and the I as an F
        ("Triwulan. F s/d II 2025", tuple(range(1, 7))),  # after a stray stop, as every period's number
        ("Semester I sld II", tuple(range(1, 13))),
        ("Irnwulan | sd IV 2025", tuple(range(1, 13))),
        ("Semeter II", (7, 8, 9, 10, 11, 12)),
        ("Triwulanan", (3, 6, 9, 12)),
        ("Semester Il 2025", (7, 8, 9, 10, 11, 12)),
        ("Triwulan lV", (10, 11, 12)),
        ("Agustns s/d Desernber 2025", (8, 9, 10, 11, 12)),
        # heavy Mataram-style scans: the second stroke of II read as a t or an f, a stop after the name
        ("Triwulan It 2025", (4, 5, 6)),
        ("Triwulan. lf 2025", (4, 5, 6)),
        ("Semester tt 2025", tuple(range(7, 13))),
        ("Semester'll 2025", tuple(range(7, 13))),
        ("Semester 12025", (1, 2, 3, 4, 5, 6)),  # the number run into the year
        ("Semester II2025", tuple(range(7, 13))),
        ("Januari sjd Desember 2025", tuple(range(1, 13))),  # the slash read as a j
        ('Triwulan" II 2025', (4, 5, 6)),  # a stray double quote after the name
    ],
)
def test_schedules(text: str, months: tuple[int, ...]) -> None:
    got, confidence = parse_schedule(text, 2025)
    assert got == months
    assert confidence >= 0.8


@pytest.mark.parametrize(
    "text",
    ["Semester l", "Semester | 2025", "Semester ! 2025", "Triwulan |", "Semester! 2025", 'Triwulan"! 2025'],
)
def test_a_lone_stroke_for_the_period_number_is_read_as_i_for_review(text: str) -> None:
    """A blurred II runs together into one stroke, read as a bar, an l or a bang, as a lone I can be."""
    months, confidence = parse_schedule(text, 2025)
    assert months[0] == 1
    assert confidence < 0.6


def test_other_year_lowers_confidence() -> None:
    months, confidence = parse_schedule("September s/d Desember 2024", 2025)
    assert months == (9, 10, 11, 12)
    assert confidence < 0.8


@pytest.mark.parametrize("text", ["", "   ", "xx ## ..", "v | Y| ¥ |"])
def test_garbage_gives_nothing(text: str) -> None:
    assert parse_schedule(text) == ((), 0.0)
