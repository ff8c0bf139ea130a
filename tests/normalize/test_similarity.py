"""OCR-tolerant tokens of normalize.similarity on damaged readings seen in the seeds and generated scans."""

from __future__ import annotations

import pytest

from normalize.catalogue import load_catalogue, match_action
from normalize.similarity import stem
from normalize.text import ocr_skeleton
from schemas.records import Role


@pytest.mark.parametrize(
    ("damaged", "word"),
    [("monitonng", "monitoring"), ("sosiaiisasi", "sosialisasi"), ("1ingkungan", "lingkungan"),
     ("pengaduari", "pengaduan"), ("desernber", "desember")],
)
def test_ocr_skeleton_folds_look_alike_glyphs(damaged: str, word: str) -> None:
    assert ocr_skeleton(damaged) == ocr_skeleton(word)


def test_skeleton_keeps_different_words_apart() -> None:
    assert ocr_skeleton("pelayanan") != ocr_skeleton("pelaporan")
    assert ocr_skeleton("kinerja") != ocr_skeleton("kinerjanya")


def test_loanword_ending_is_not_the_i_suffix() -> None:
    assert stem("sosialisasi") == stem("mensosialisasikan") == "sosialisasi"
    assert stem("evaluasi") == stem("mengevaluasi")
    assert stem("dimiliki") == "milik"


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("Melakukan Monitonng pelaksanaan Rencana Aksi", "Melakukan pemantauan pelaksanaan Rencana Aksi"),
        ("Pembentukan agent of change", "Pembentukan agen of change"),
        ("1. PembangunanJDIH Satuan Kerja", "1. Pembangunan JDIH Satuan Kerja"),
        ("sosiaIisasi di Iingkungan kerja", "sosialisasi kerja"),
        ("Peningkatan Kualitas Pelyanan Publik", "Peningkatan Kualitas Pelayanan Publik"),
    ],
)
def test_damaged_words_read_as_catalogue_words(damaged: str, clean: str) -> None:
    scorer = load_catalogue().scorer
    assert scorer.bag(damaged) == scorer.bag(clean)


def test_english_function_words_do_not_count() -> None:
    """Seed 002 writes "reward dan punnisment" for the LKE's "reward and punishment"."""
    scorer = load_catalogue().scorer
    assert scorer.bag("Pemberian reward and punishment") == scorer.bag("pemberian reward dan punishment")
    assert scorer.bag("agent of change") == scorer.bag("agen change")


def test_unknown_words_are_not_forced_onto_the_catalogue() -> None:
    scorer = load_catalogue().scorer
    assert scorer.bag("Screenshot Benchlearning") == frozenset({"screenshot", "benchlearning"})


def test_damaged_monitoring_row_keeps_its_heading() -> None:
    """Generated Mesuji scan, heavy noise: the action's "Monitoring" read as "Monitonng"."""
    m = match_action({
        Role.KOMPONEN: "3. |Monitoring, Evaluasi dan Pelaporan",
        Role.INDIKATOR: "| Tersedianya dokumen monmprng dan evaluasi | Rencana Aksi RB dan Rencana Aksi Agen "
                        "Perubahan",
        Role.LANGKAH_AKSI: "1. Melakukan Monitonng pelaksandan Rencana Aksi RB dan Rencana Aksi Agen "
                           "Perubahan",
    }, area_hint="MP", jenis="rencana_aksi_rb")
    assert (m.indicator_id, m.area_code) == ("ZI.MP.3", "MP")


@pytest.mark.parametrize(
    "forms",
    [("diterapkan", "menerapkan", "penerapan"), ("disusun", "menyusun", "penyusunan"),
     ("ditangani", "penanganan"), ("dikelola", "pengelolaan"), ("ditetapkan", "penetapan", "menetapkan"),
     ("terlibat", "melibatkan", "keterlibatan"), ("ditindaklanjuti", "menindaklanjuti")],
)
def test_nasal_prefix_forms_share_a_stem(forms: tuple[str, ...]) -> None:
    """The LKE asks "Telah Diterapkan" where decrees write "Penerapan": the questions differ by such verbs."""
    assert len({stem(f) for f in forms}) == 1


def test_follow_up_written_apart_or_together_is_one_token() -> None:
    scorer = load_catalogue().scorer
    assert scorer.bag("Tindak lanjut hasil evaluasi") == scorer.bag("hasil evaluasi ditindaklanjuti")
