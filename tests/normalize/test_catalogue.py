"""Catalogue integrity, area_from_text and match_action on real seed rows (typos kept)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from normalize.catalogue import DATA, area_from_text, load_catalogue, match_action
from normalize.text import normalize
from schemas.records import IndicatorMatch, Role

SEED_ROWS = Path(__file__).parent / "data" / "seed_rows.csv"
CONTRACT_IDS = (
    [f"ZI.MP.{i}" for i in range(1, 5)]
    + [f"ZI.TL.{i}" for i in range(1, 4)]
    + [f"ZI.SDM.{i}" for i in range(1, 7)]
    + ["ZI.AK.1", "ZI.AK.2"]
    + [f"ZI.PW.{i}" for i in range(1, 6)]
    + [f"ZI.PP.{i}" for i in range(1, 6)]
    + [f"ZI.{a}.R{i}" for a in ("MP", "TL", "SDM", "AK", "PW") for i in range(1, 4)]
    + ["ZI.PP.R1", "ZI.PP.R2"]
)


def test_catalogue_carries_every_contract_indicator_and_question() -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert data["version"] == "2021.1"
    ids = [i["id"] for i in data["indicators"]]
    assert sorted(ids) == sorted(CONTRACT_IDS)
    questions = [q["id"] for i in data["indicators"] for q in i["questions"]]
    assert len(questions) == 109 and len(set(questions)) == 109
    assert all(re.fullmatch(r"ZI\.[A-Z]+\.R?\d\.[a-h]", q) for q in questions)
    by_id = {i["id"]: i for i in data["indicators"]}
    assert by_id["ZI.PW.4"]["weight"] == 1.5 and by_id["ZI.PW.4"]["area"] == "PW"
    assert by_id["ZI.TL.2"]["questions"][0]["id"] == "ZI.TL.2.a"
    assert "E-Office" in by_id["ZI.TL.2"]["aliases"]
    assert {a["code"] for a in data["areas"]} == {"MP", "TL", "SDM", "AK", "PW", "PP", "DR", "OR"}
    pemenuhan = sum(i["weight"] for i in data["indicators"] if i["part"] == "pemenuhan")
    reform = sum(i["weight"] for i in data["indicators"] if i["part"] == "reform")
    assert (pemenuhan, reform) == (30.0, 30.0)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("II PENATAAN TATA LAKSANA", "TL"),
        ("V Penguatan Pengawasan", "PW"),
        ("VI PENINGKATAN KUALITAS PELAYANAN PUBLIK", "PP"),
        ("III Penataan Sistem Manajemen SDM", "SDM"),
        ("IV Penguatan Akuntabilitas", "AK"),
        ("I PEMBANGUNAN UNIT KERJA UNTUK MEMPEROLEH PREDIKAT MENUJU WBK/WBBM KPU", "MP"),
        ("Penataan Peraturan Perundang-undangan", "DR"),
        ("Manajemen Perubahan", "MP"),
        ("Penataan Organisasi/Kelembagaan", "OR"),
        ("Penataan Organisasi/Kel embagaan", "OR"),
        ("Peningkatan Kualitas Pelyanan Publik", "PP"),
        ("Sistem Manajemen Sumber Daya Manusia", "SDM"),
    ],
)
def test_area_from_text(text: str, code: str) -> None:
    assert area_from_text(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("Manajemen Perububan .", "MP"), ("Dew gudrid Kebijakan", "DR"),
     (": Pelayanan Prtilik 2 BA 1 Roa", "PP"), ("Penataan Tetatah sana", "TL"),
     ("Penataan Sates Mania enam SOM", "SDM"), ("Penguatan Alaa obits", "AK"),
     ("Penataan Organ Kiterbayaar", "OR")],
)
def test_area_from_text_spelled_through_heavy_ocr(text: str, code: str) -> None:
    """Area cells of heavy generated scans as read: too damaged for stems, yet each one word of its own
    area ("perubahan", "kebijakan", "pelayanan") is there but for a letter or two, or the whole title is,
    though no word of its own survives ("Tetatah sana"): "Penataan" alone must not give it to the
    shortest name that begins so (Penataan Organisasi)."""
    assert area_from_text(text) == code


@pytest.mark.parametrize(
    "text",
    ["", "E:::;ﬁ:n Teia", "NO KOMPONEN INDIKATOR", "1 2 3 4 5", "Pelaksanaan Kegiatan", "Komponen Pengungkit",
     "Sistem Informasi", "Program Kerja", "Penman Akuntahn isa:", "Penataan", "Manajemen", "Penataan Xq"],
)
def test_area_from_text_unclear(text: str) -> None:
    """Words shared by areas ("penataan"), or words near an area's word but nearer another ("pelaksanaan"
    is not "tatalaksana"), name no area; nor does a reading in which no area's own word survives
    ("Akuntahn")."""
    assert area_from_text(text) is None


def test_an_abbreviation_one_letter_off_is_still_the_abbreviation() -> None:
    """Sumbawa heavy: the SPIP komponen read "SRIP" matched nothing; a word of four letters one letter
    from a single known abbreviation is that abbreviation, a word as near to none stays as read."""
    texts = {Role.KOMPONEN: "SRIP", Role.LANGKAH_AKSI: "a. Identifikasi lingkangan pengendalian"}
    assert match_action(texts, jenis="rencana_aksi_zi").indicator_id == "ZI.PW.2"
    bag = load_catalogue().scorer.bag
    assert "spbe" in bag("Tata kelola SPBF") and "sop" in bag("Penyusunan S0P")
    assert {"spip", "ppid"} <= bag("Satgas SPlP dan PPlD")
    assert not bag("Bapak Ibu") & {"sop", "spip", "spbe", "ppid", "wbs", "skm"}


def test_area_code_passes_through_as_hint() -> None:
    """pipeline/document.py resolves the hint once and passes the code on; it must not be lost."""
    assert [area_from_text(c) for c in ("PW", " DR ", "SDM")] == ["PW", "DR", "SDM"]
    texts = {
        Role.KOMPONEN: "Pembangunan Zona Integritas di unit/satuan kerja",
        Role.LANGKAH_AKSI: "Pencanangan Zona Integritas di Lingkungan Unit/ Satuan Kerja",
    }
    by_code = match_action(texts, area_hint="PW", jenis="rencana_aksi_rb")
    by_text = match_action(texts, area_hint="Penguatan Pengawasan", jenis="rencana_aksi_rb")
    assert by_code == by_text
    assert by_code.area_code == "PW"


def _m(
    komponen: str = "",
    indikator: str = "",
    langkah: str = "",
    bukti: str = "",
    *,
    area_hint: str | None = None,
    jenis: str = "rencana_aksi_zi",
) -> IndicatorMatch:
    texts = {
        Role.KOMPONEN: komponen,
        Role.INDIKATOR: indikator,
        Role.LANGKAH_AKSI: langkah,
        Role.BUKTI: bukti,
    }
    return match_action(texts, area_hint=area_hint, jenis=jenis)


def test_old_e_office_name_is_spbe() -> None:
    m = _m(
        "E-Office Pemanfaatan aplikasi presensi",
        "Operasionalisasi manajemen SDM sudah menggunakan teknologi informasi",
        area_hint="II PENATAAN TATA LAKSANA",
    )
    assert (m.indicator_id, m.area_code) == ("ZI.TL.2", "TL")
    assert m.sub_indicator_id == "ZI.TL.2.b"
    assert not m.needs_review


def test_wbs_continuation_row_without_komponen() -> None:
    m = _m(
        "",
        "Evaluasi atas penerapan Whistle Blowing System sudah dilakukan",
        "KPU Kabupaten Lombok Timur berkoordinasi dengan Inspektur KPU meminta untuk dilakukan evaluasi atas "
        "implementasi WBS",
        "Laporan evaluasi dalam bentuk rekapitulasi setiap triwulan",
    )
    assert m.indicator_id == "ZI.PW.4"
    assert m.sub_indicator_id == "ZI.PW.4.b"


def test_mataram_row_with_area_in_komponen_and_typo() -> None:
    m = _m(
        "Peningkatan Kualitas Pelyanan Publik",
        "Pengelolaan Pengaduan",
        "Menyediakan media pengaduan terintegrasi dengan SP4N-Lapor, evaluasi keluhan",
    )
    assert (m.indicator_id, m.area_code) == ("ZI.PP.3", "PP")


def test_rb_rows_map_to_rb_areas() -> None:
    jdih = _m(
        "|Pengelolaan JDIH",
        "1. Dapat diaksesnya JOIH Satuan Kerja 2. Updatenya data JDIH Satuan Kerja",
        "1. PembangunanJDIH Satuan Kerja 2. Pengelolaan JDIH Satuan Kerja",
        jenis="rencana_aksi_rb",
    )
    assert (jdih.indicator_id, jdih.area_code) == (None, "DR")
    sotk = _m("[Penyesuaian SOTK", "SOTK unit/Satuan Kerja sesuai mandat", jenis="rencana_aksi_rb")
    assert (sotk.indicator_id, sotk.area_code) == (None, "OR")
    lhkpn = _m(
        ". |Peningkatan Integritas Individu",
        "100% seluruh wajib lapor LHKPN di lingkungan Unit/Satuan Kerja",
        "1. Penyampaian LHKPN 2. Penyampaian LHKASN",
        jenis="rencana_aksi_rb",
    )
    assert (lhkpn.indicator_id, lhkpn.area_code) == ("ZI.PW.R3", "PW")


def test_sumbawa_pmprb_item_harmonisasi() -> None:
    m = _m(
        "Harmonisasi",
        "",
        "b. Telah dilakukan revisi kebijakan yang tidak harmonis/tidak sinkron/bersifat menghambat.",
        jenis="rencana_kerja_zi",
    )
    assert (m.indicator_id, m.area_code) == (None, "DR")


def test_nothing_is_forced() -> None:
    m = _m("", "", "v | Y| ¥ |", "")
    assert m.indicator_id is None and m.needs_review
    m = _m("", "", "", "", area_hint="V Penguatan Pengawasan")
    assert (m.indicator_id, m.area_code, m.score) == (None, "PW", 0.0)


def test_seed_rows_regression_floor() -> None:
    """Guards against regressions; the honest figures are printed by bench/bench_normalize.py."""
    with open(SEED_ROWS, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 100 and {r["seed"] for r in rows} == {"000", "001", "002", "003", "004"}
    jenis = {"001": "rencana_kerja_zi", "002": "rencana_aksi_rb"}
    ok_ind = ok_area = 0
    for r in rows:
        m = _m(
            r["komponen"],
            r["indikator"],
            r["langkah_aksi"],
            r["bukti"],
            area_hint=r["area_hint"] or None,
            jenis=jenis.get(r["seed"], "rencana_aksi_zi"),
        )
        ok_ind += (m.indicator_id or "") == r["expected_indicator_id"]
        ok_area += (m.area_code or "") == r["expected_area_code"]
    assert ok_ind / len(rows) >= 0.97
    assert ok_area / len(rows) >= 0.98


def test_copied_lke_question_outweighs_the_group_heading() -> None:
    """RB plans group several indicators under one KEGIATAN; a sub kegiatan copying an LKE question wins."""
    m = _m(
        "1. Pembangunan Sistem Merit",
        "1. Data Mutasi",
        "2. Penerapan assessment untuk pertimbangan pengembangan karir dan mutasi pegawai",
        area_hint="SDM",
        jenis="rencana_aksi_rb",
    )
    assert (m.indicator_id, m.area_code) == ("ZI.SDM.R2", "SDM")
    assert m.sub_indicator_id == "ZI.SDM.R2.a"


def test_spelling_variants_meet_the_catalogue() -> None:
    assert normalize("Prosentase penilaian resiko") == "persentase penilaian risiko"


def test_own_text_naming_an_indicator_outweighs_the_group_heading() -> None:
    """Seed 002: the SOP programme heading groups a proses bisnis item (reform) and SOP items."""
    m = _m(
        "Peningkatan tatalaksana proses bisnis serta SOP di lingkungan Unit/Satuan Kerja",
        "Terdapat evaluasi terhadap efisiensi dan efektivitas peta proses bisnis dan SOP secara berkala dan "
        "seluruh hasilnya telah ditindaklanjuti",
        ". Evaluasi proses bisnis di lingkungan unit/satuan kerja;",
        jenis="rencana_aksi_rb",
    )
    assert (m.indicator_id, m.area_code) == ("ZI.TL.R1", "TL")
    m = _m(
        "1. Penguatan Sistem Akuntabilitas Kinerja Instansi Pemerintah",
        "% Capaian kinerja unit/satuan kerja",
        "3. Pengukuran Capaian Kinerja Unit/Satuan Kerja",
        area_hint="AK",
        jenis="rencana_aksi_rb",
    )
    assert m.indicator_id == "ZI.AK.R1"


def test_generator_labels_are_catalogue_ids_in_their_area() -> None:
    """The synthetic corpus's ground truth names contract indicators, each in the area it belongs to."""
    import random

    from tests.synth import LAYOUTS
    from tests.synth.decree import make_decree

    data = json.loads(DATA.read_text(encoding="utf-8"))
    area_of = {i["id"]: i["area"] for i in data["indicators"]}
    seen = set()
    for layout in LAYOUTS:
        for seed in range(3):
            decree = make_decree(layout, random.Random(seed), None)
            for row in decree.rows:
                if row.kind != "action":
                    continue
                assert row.area_code in {"MP", "TL", "SDM", "AK", "PW", "PP", "DR", "OR"}
                if row.indicator_id is not None:
                    assert row.indicator_id in CONTRACT_IDS, row.indicator_id
                    assert area_of[row.indicator_id] == row.area_code, (layout, row.truth)
                    seen.add(row.indicator_id)
    assert {"ZI.AK.R3", "ZI.SDM.R2", "ZI.PW.R3"} <= seen


def test_sub_kegiatan_copying_a_reform_question_beats_its_heading() -> None:
    """Seed 001: the SPBE heading names ZI.TL.2; the sub kegiatan copies ZI.TL.R2.a word for word."""
    m = _m(
        "Sistem Pemerintahan Berbasis Elektronik (SPBE)",
        "",
        "a. Implementasi SPBE telah terintegrasi dan mampu mendorong pelaksanaan pelayanan publik yang lebih "
        "cepat dan efisien.",
        jenis="rencana_kerja_zi",
    )
    assert (m.indicator_id, m.sub_indicator_id, m.area_code) == ("ZI.TL.R2", "ZI.TL.R2.a", "TL")


def test_rb_programme_heading_yields_to_the_sub_kegiatan() -> None:
    """Seed 002: under the SAKIP programme (alias of ZI.AK.2) a sub kegiatan names reward and punishment."""
    m = _m(
        "Penguatan Sistem Akuntabilitas Kinerja Instansi Pemerintah",
        "1. Adanya dokumen penetapan Kinerja hingga level Eselon IV 2. % Capaian kinerja merupakan unsur "
        "pemberian Reward & Punishmet",
        "3. Penetapan Kinerja dengan menerapkan reward and punishment",
        area_hint="Penguatan Akuntabilitas",
        jenis="rencana_aksi_rb",
    )
    assert (m.indicator_id, m.area_code) == ("ZI.AK.R2", "AK")
    assert m.score < 100.0  # the promoted indicator's own score, not the heading's


def test_heading_holds_when_the_action_is_about_it() -> None:
    """Seed 002: evaluating the RB action plan is monitoring (ZI.MP.3), though the action names the plan."""
    m = _m(
        "Monitoring, Evaluasi dan Pelaporan",
        "1. Tersedianya dokumen tindak lanjut dari hasil evaluasi Rencana Aksi Agen Perubahan di lingkungan "
        "kerja 2. Terisinya Lembar Kerja Evaluasi (LKE) Unit",
        "Melakukan Evaluasi pelaksanaan Rencana Aksi RB dan Rencana Aksi Agen Perubahan di lingkungan kerja.",
        jenis="rencana_aksi_rb",
    )
    assert (m.indicator_id, m.area_code) == ("ZI.MP.3", "MP")


def test_success_measures_do_not_pull_a_row_from_its_heading() -> None:
    """Seed 002 layout: INDIKATOR KEBERHASILAN lists measures naming other indicators (IT-based service)."""
    m = _m(
        "2. Mendorong Inovasi di sektor pelayanan kepemiluan dan administrasi",
        "4. Tersedianya pelayanan berbasis teknologi informasi",
        "1. Menciptakan/Melakukan deregulasi pelayanan/ menerapkan Inovasi yang mendorong perbaikan "
        "pelayanan",
        area_hint="PP",
        jenis="rencana_aksi_rb",
    )
    assert (m.indicator_id, m.area_code) == ("ZI.PP.R1", "PP")


def test_a_name_counts_only_as_a_phrase() -> None:
    """Seed 000: "evaluasi ... jabatan" far apart does not name "Evaluasi Jabatan" (ZI.SDM.3)."""
    m = _m(
        "Perencanaan Kebutuhan Pegawai Sesuai dengan kebutuhan",
        "Monitoring dan evaluasi Terhadap penempatan pegawai rekrutmen untuk memenuhi kebutuhan jabatan "
        "dalam",
        "Evaluasi kinerja PNS, Dokumen Rekrutmen PPNP, Laporan PPNPN setiap bulan",
        area_hint="III PENATAAN SISTEM MANAJEMEN SDM",
    )
    assert (m.indicator_id, m.area_code) == ("ZI.SDM.1", "SDM")


def test_monitoring_is_the_lke_pemantauan() -> None:
    assert normalize("Monitoring, Evaluasi dan Pelaporan") == "pemantauan evaluasi dan pelaporan"


def test_a_name_in_the_purpose_clause_is_not_the_subject() -> None:
    """Seed 001: the application is the subject; budget efficiency (ZI.AK.R1) is only its purpose."""
    m = _m(
        "Pemanfaatan aplikasi Akuntabilitas Kinerja",
        "",
        "Aplikasi yang terintegrasi telah dimanfaatkan untuk menciptakan efektifitas dan efisiensi anggaran",
        jenis="rencana_kerja_zi",
    )
    assert (m.indicator_id, m.area_code) == ("ZI.AK.2", "AK")


def test_rb_area_cell_disagreeing_with_the_indicator_is_flagged() -> None:
    """An RB row keeps the area its Area Perubahan cell names, but an indicator of another area is doubtful:
    seed 002's inovasi row read under a stale Penguatan Pengawasan cell."""
    m = _m(
        "2. [Mendorong Inovasi di sektor pelayanan kepemiluan dan administrasi di lingkungan unit/satuan "
        "kerja.",
        "1. Indeks Kepuasan layanan yang di dapat melalui survei pelayanan; 2. Adanya regulasi/deregulasi "
        "kebijakan pelayanan; 3. Adanya SOP Pelayanan",
        "Menciptakan/Melakukan deregulasi pelayanan/ menerapkan Inovasi yang mendorong perbaikan pelayanan",
        area_hint="Pengawasan",
        jenis="rencana_aksi_rb",
    )
    assert (m.indicator_id, m.area_code) == ("ZI.PP.R1", "PW")
    assert m.needs_review
    same = _m(
        "2. [Mendorong Inovasi di sektor pelayanan kepemiluan dan administrasi di lingkungan unit/satuan "
        "kerja.",
        "",
        "Menciptakan/Melakukan deregulasi pelayanan/ menerapkan Inovasi yang mendorong perbaikan pelayanan",
        area_hint="Peningkatan Kualitas Pelayanan Publik",
        jenis="rencana_aksi_rb",
    )
    assert (same.indicator_id, same.area_code, same.needs_review) == ("ZI.PP.R1", "PP", False)
