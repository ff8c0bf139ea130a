"""Sub-indicator (LKE question) matching on real seed rows (typos kept), and the hand labels it is scored on.
"""

from __future__ import annotations

import csv
from pathlib import Path

from normalize.catalogue import load_catalogue, match_action
from schemas.records import IndicatorMatch, Role

SEED_ROWS = Path(__file__).parent / "data" / "seed_rows.csv"
SEED_JENIS = {"001": "rencana_kerja_zi", "002": "rencana_aksi_rb"}


def _m(komponen: str, indikator: str, langkah: str, *, area_hint: str | None = None,
       jenis: str = "rencana_aksi_zi") -> IndicatorMatch:
    texts = {Role.KOMPONEN: komponen, Role.INDIKATOR: indikator, Role.LANGKAH_AKSI: langkah}
    return match_action(texts, area_hint=area_hint, jenis=jenis)


def _seed_rows() -> list[dict[str, str]]:
    with open(SEED_ROWS, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_applying_the_sop_is_the_applied_question_not_the_evaluated_one() -> None:
    """Seed 001: "Penerapan" and the LKE's "Telah Diterapkan" share a stem."""
    m = _m("dan Prosedur Operasional tetap (SOP)", "", "Penerapan Prosedur operasional tetap (SOP)",
           jenis="rencana_kerja_zi")
    assert (m.indicator_id, m.sub_indicator_id) == ("ZI.TL.1", "ZI.TL.1.b")


def test_follow_up_written_apart_is_the_follow_up_question() -> None:
    """Seed 001: "Tindak lanjut hasil evaluasi" is the LKE's "Hasil Evaluasi ... Telah Ditindaklanjuti"."""
    m = _m("Penanganan Benturan Kepentingan", "",
           "d. Tindak lanjut hasil evaluasi atas Penanganan Benturan Kepentingan", jenis="rencana_kerja_zi")
    assert (m.indicator_id, m.sub_indicator_id) == ("ZI.PW.5", "ZI.PW.5.e")
    m = _m("Penanganan Benturan Kepentingan", "", "c. Evaluasi atas Penanganan Benturan Kepentingan",
           jenis="rencana_kerja_zi")
    assert m.sub_indicator_id == "ZI.PW.5.d"


def test_survey_spelling_meets_the_survei_question() -> None:
    m = _m("Penilaian Kepuasan Pelayanan", "Dilakukan survey masyarakat terhadap pelayanan",
           "Melakukan survey kepuasan masyarakat terhadap pelayanan Helpdesk dan PPID")
    assert (m.indicator_id, m.sub_indicator_id) == ("ZI.PP.4", "ZI.PP.4.a")


def test_a_cell_listing_actions_of_several_questions_gets_none() -> None:
    """Seed 003 (Mataram) lists one indicator's actions in one cell; seed 000 joins two questions by "dan"."""
    wbs = _m("Penguatan Pengawasan", "Whistle Blowing System",
             "Menerapkan, monitoring, evaluasi, dan tindak lanjut WBS")
    assert (wbs.indicator_id, wbs.sub_indicator_id) == ("ZI.PW.4", None)
    iku = _m("Pengelolaan Akuntabilitas Kinerja",
             "Terdapat Indikator Kinerja Utama (IKU) dan indikator kinerja telah SMART",
             "Menyusun RENSTRA, RKT, RKA",
             area_hint="IV PENGUATAN AKUNTABILITAS")
    assert (iku.indicator_id, iku.sub_indicator_id) == ("ZI.AK.2", None)


def test_one_action_with_several_words_keeps_its_question() -> None:
    """Seed 004: "hasil evaluasi ... ditindaklanjuti" is one action, sharing words with two questions."""
    m = _m("Pengaduan Masyarakat",
           "Telah menindaklanjuti hasil evaluasi atas penanganan pengaduan masyarakat",
           "Menindaklanjuti rekomendasi hasil evaluasi atas penanganan pengaduan masyarakat")
    assert (m.indicator_id, m.sub_indicator_id) == ("ZI.PW.3", "ZI.PW.3.d")


def test_nothing_fitting_gives_no_question() -> None:
    """Seed 001: the LKE asks neither about access to the SIMPEG nor about monitoring individual targets."""
    simpeg = _m("Sistem Informasi Kepegawaian", "", "Sistem informasi kepegawaian dapat diakses oleh pegawai",
                jenis="rencana_kerja_zi")
    assert (simpeg.indicator_id, simpeg.sub_indicator_id) == ("ZI.SDM.6", None)
    monev = _m("Penetapan Kinerja Individu", "",
               "e. Monitoring dan evaluasi atas pencapaian kinerja individu", jenis="rencana_kerja_zi")
    assert (monev.indicator_id, monev.sub_indicator_id) == ("ZI.SDM.4", None)


def test_labels_are_questions_of_the_labelled_indicator() -> None:
    questions = {qid for e in load_catalogue().entries for qid, _ in e.questions}
    labelled = [r for r in _seed_rows() if r["expected_sub_indicator_id"]]
    assert len(labelled) >= 150
    for r in labelled:
        assert r["expected_sub_indicator_id"] in questions
        assert r["expected_sub_indicator_id"].rsplit(".", 1)[0] == r["expected_indicator_id"]


def test_seed_rows_sub_indicator_floor() -> None:
    """Guards against regressions; the honest figures are printed by bench/bench_normalize.py."""
    right = wrong = n = 0
    for r in _seed_rows():
        m = match_action({Role.KOMPONEN: r["komponen"], Role.INDIKATOR: r["indikator"],
                          Role.LANGKAH_AKSI: r["langkah_aksi"], Role.BUKTI: r["bukti"]},
                         area_hint=r["area_hint"] or None, jenis=SEED_JENIS.get(r["seed"], "rencana_aksi_zi"))
        if m.sub_indicator_id:
            assert m.sub_indicator_id.rsplit(".", 1)[0] == m.indicator_id
        if not r["expected_sub_indicator_id"]:
            continue
        n += 1
        right += m.sub_indicator_id == r["expected_sub_indicator_id"]
        wrong += m.sub_indicator_id is not None and m.sub_indicator_id != r["expected_sub_indicator_id"]
    assert right / n >= 0.78
    assert wrong / n <= 0.06
