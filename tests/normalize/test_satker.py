"""resolve_satker on real mentions from the seed decrees, OCR variants and contradictions included."""

from __future__ import annotations

import csv

from normalize.satker import DATA, load_index, resolve_satker

MESUJI_HEAD = """SALINAN

KOMISI PEMILIHAN UMUM
KABUPATEN MESUIJI

KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN MESUJI
NOMOR 37 TAHUN 2025
TENTANG
RENCANA AKSI REFORMASI BIROKRASI DI LINGKUNGAN SEKRETARIAT
KOMISI PEMILIHAN UMUM KABUPATEN MESUJI TAHUN 2025
"""

TAMBRAUW = """**KOMISI PEMILIHAN UMUM
KABUPATEN TAMBORA**

KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN TAMBORA
NOMOR 439 TAHUN 2023
TENTANG
RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS
DI LINGKUNGAN KOMISI PEMILIHAN UMUM KABUPATEN TAMBORA
TAHUN 2023

KETUA KOMISI PEMILIHAN UMUM KABUPATEN TAMBORA,

- Menimbang :
- a. bahwa ... di lingkungan Komisi Pemilihan Umum Kabupaten Tambora Tahun Anggaran 2023;

MEMUTUSKAN:

- Menetapkan : KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN TAMBRAUW TENTANG RENCANA AKSI PEMBANGUNAN ZONA
INTEGRITAS DI LINGKUNGAN KOMISI PEMILIHAN UMUM KABUPATEN TAMBRAUW TAHUN 2023
- KESATU : Menetapkan Rencana Aksi Pembangunan Zona Integritas di Lingkungan Komisi Pemilihan Umum Kabupaten
Tambrauw Tahun 2023 sebagaimana tercantum dalam Lampiran I Keputusan ini.

Ditetapkan di Fef

Pada tanggal 15 April 2023

KETUA KOMISI PEMILIHAN UMUM
KABUPATEN TAMBRAUW

ttd.

ABRAHAM YOSIAS IMBIRI

LAMPIRAN I
Lakip KPU Kabupaten Tandrauw tahun 2022 tepat waktu
Usulan diklat/ bimtek dari KPU Kabupaten Tambrauw ke KPU Provinsi Papua Barat
"""

SUMBAWA_BARAT = """KOMISI PEMILIHAN UMUM
KABUPATEN SUMBAWA BARAT

KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT
NOMOR 35 TAHUN 2022
TENTANG
PENETAPAN RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS

KETUA KOMISI PEMILIHAN UMUM KABUPATEN SUMBAWA BARAT,

- Menimbang : a. bahwa ..., Komisi Pemilihan Umum Provinsi Nusa Tenggara Barat berkewajiban
menyusun Rencana Kerja
- b. bahwa ... perlu menetapkan Keputusan Komisi Pemilihan Umum Kabupaten Sumbawa Barat tentang Penetapan

MEMUTUSKAN:

- Menetapkan : KEPUTUSAN KOMISI PEMILIHAN UMUM PROVINSI NUSA TENGGARA BARAT TENTANG PENETAPAN RENCANA KERJA
PEMBANGUNAN ZONA INTEGRITAS DI LINGKUNGAN KOMISI PEMILIHAN KABUPATEN SUMBAWA BARAT TAHUN 2022.
- KESATU : Menetapkan Rencana Kerja ... di Lingkungan Komisi Pemilihan Umum Kabupaten Sumbawa Barat Tahun 2022

Di tetapkan di Taliwang

Pada tanggal 2 Februari 2022

KETUA KOMISI PEMILIHAN UMUM
KABUPATEN SUMBAWA BARAT

ttd
"""

MATARAM = """KEPUTUSAN KOMISI PEMILIHAN UMUM KOTA MATARAM NOMOR 11 TAHUN 2025

TENTANG

PENETAPAN RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS ... DI LINGKUNGAN KOMISI PEMILIHAN UMUM KOTA MATARAM
TAHUN 2025

KETUA KOMISI PEMILIHAN UMUM KOTA MATARAM
"""


def test_satkers_csv_has_every_satker() -> None:
    with open(DATA, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    levels = [r["level"] for r in rows]
    assert len(rows) == 553
    assert levels.count("pusat") == 1 and levels.count("provinsi") == 38
    assert levels.count("kabupaten") + levels.count("kota") == 514
    names = {r["code"]: r["name"] for r in rows}
    assert names["00"] == "KPU RI"
    assert names["52"] == "KPU Provinsi Nusa Tenggara Barat"
    assert names["52.03"] == "KPU Kabupaten Lombok Timur"
    assert names["52.71"] == "KPU Kota Mataram"
    assert names["96.04"] == "KPU Kabupaten Tambrauw"


def test_mesuji_letterhead_typo_and_footer() -> None:
    res = resolve_satker(
        [MESUJI_HEAD], footers=["jdih.kpu.go.id/lampung/mesuiji", "jdih.kpu.go.id/lampung/mesuji"]
    )
    assert res.satker is not None and res.satker.code == "18.11"
    assert res.satker.name == "KPU Kabupaten Mesuji"
    assert res.score > 90


def test_a_typo_in_the_last_word_of_a_name_does_not_give_the_shorter_name_it_begins_with() -> None:
    """Kota Padang Panjang written "Padang Pnjang" (a generated heavy scan): not Kota Padang."""
    res = resolve_satker(["KEPUTUSAN KOMISI PEMILIHAN UMUM KOTA PADANG PNJANG\nNOMOR 12 TAHUN 2023"])
    assert res.satker is not None and res.satker.code == "13.74"
    assert resolve_satker(["KOMISI PEMILIHAN UMUM KOTA PADANG\nNOMOR 12"]).satker.code == "13.71"


def test_footer_alone_is_enough() -> None:
    res = resolve_satker(["-13 -\nArea Indikator J|F|M|A"], footers=["jdih.kpu.go.id/lampung/mesuji"])
    assert res.satker is not None and res.satker.code == "18.11"


def test_tambrauw_under_a_tambora_letterhead() -> None:
    res = resolve_satker([TAMBRAUW])
    assert res.satker is not None and res.satker.code == "96.04"
    assert any("Tambora" in w and "Tambrauw" in w for w in res.warnings)


def test_sumbawa_barat_with_the_province_in_menetapkan() -> None:
    res = resolve_satker([SUMBAWA_BARAT])
    assert res.satker is not None and res.satker.code == "52.07"
    assert any("menetapkan" in w and "Nusa Tenggara Barat" in w for w in res.warnings)


def test_mataram_is_a_kota() -> None:
    res = resolve_satker([MATARAM])
    assert res.satker is not None and (res.satker.code, res.satker.level) == ("52.71", "kota")
    assert not res.warnings


def test_kota_and_kabupaten_of_the_same_name_stay_apart() -> None:
    kota = resolve_satker(["KEPUTUSAN KOMISI PEMILIHAN UMUM KOTA BIMA\nNOMOR 3 TAHUN 2024"]).satker
    kab = resolve_satker(["KEPUTUSAN KPU KAB. BIMA NOMOR 3 TAHUN 2024"]).satker
    assert kota is not None and kota.code == "52.72"
    assert kab is not None and kab.code == "52.06"


def test_lombok_timur_and_province_level() -> None:
    lotim = resolve_satker(
        ["KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN LOMBOK TIMUR\nNOMOR 15 TAHUN 2022"]
    ).satker
    prov = resolve_satker(
        ["KEPUTUSAN KOMISI PEMILIHAN UMUM PROVINSI NUSA TENGGARA BARAT\nNOMOR 1 TAHUN 2023"]
    ).satker
    assert lotim is not None and lotim.code == "52.03"
    assert prov is not None and (prov.code, prov.level) == ("52", "provinsi")


def test_kpu_ri_and_nothing() -> None:
    ri = resolve_satker(
        ["KEPUTUSAN KOMISI PEMILIHAN UMUM\nNOMOR 314/ORT.07-Kpt/01/KPU/V/2021\nTENTANG"]
    ).satker
    assert ri is not None and ri.code == "00"
    heavy = resolve_satker(  # a heavy scan's reading: a speck after PEMILIHAN read as a stop
        ["SALINAN\nKOMISI PEMILIHAN UMUM\nREPUBLIK INDONESIA.\nKEPUTUSAN KOMISI PEMILIHAN. UMUM\n"
         "NOMOR 341 TAHUN 2023\nTENTANG"]
    ).satker
    assert heavy is not None and heavy.code == "00"
    none = resolve_satker(["@@## garbage"])
    assert none.satker is None and none.score == 0.0


def test_old_papua_barat_footer_still_finds_tambrauw() -> None:
    assert load_index().in_province("96.04", "92")
    res = resolve_satker([""], footers=["jdih.kpu.go.id/papuabarat/tambrauw"])
    assert res.satker is not None and res.satker.code == "96.04"
