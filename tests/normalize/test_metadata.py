"""parse_decree on real headers and signature blocks from the seed decrees (typos kept)."""

from __future__ import annotations

import datetime as dt

from normalize.metadata import classify_jenis, parse_decree, parse_ditetapkan, parse_nomor

LOMBOK_TIMUR = """**SALINAN**

**KOMISI PEMILIHAN UMUM
KABUPATEN LOMBOK TIMUR**

KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN LOMBOK TIMUR

NOMOR 15 TAHUN 2022

TENTANG

PENETAPAN RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS KOMISI
PEMILIHAN UMUM KABUPATEN LOMBOK TIMUR TAHUN 2022

KETUA KOMISI PEMILIHAN UMUM KABUPATEN LOMBOK TIMUR,

**Menimbang** : bahwa dalam rangka penyelenggaraan program pembangunan zona integritas Komisi Pemilihan Umum
Kabupaten Lombok Timur Tahun 2022 dengan Keputusan Komisi Pemilihan Umum Kabupaten Lombok Timur.

**Mengingat** : 1. Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara;

Ditetapkan di Selong
pada tanggal 21 Juni 2021

K E T U A,

ttd.

M. J U N A I D I

Salinan sesuai dengan aslinya,
SEKRETARIAT KOMISI PEMILIHAN UMUM
KABUPATEN LOMBOK TIMUR
"""

MESUJI = """SALINAN

KOMISI PEMILIHAN UMUM
KABUPATEN MESUIJI

KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN MESUJI
NOMOR 37 TAHUN 2025
TENTANG
RENCANA AKSI REFORMASI BIROKRASI DI LINGKUNGAN SEKRETARIAT
KOMISI PEMILIHAN UMUM KABUPATEN MESUJI TAHUN 2025

KETUA KOMISI PEMILIHAN UMUM KABUPATEN MESUJI

Menimbang : bahwa untuk melaksanakan ketentuan dalam Keputusan
Komisi Pemilihan Umum Nomor  314/ORT.07-
Kpt/01/KPU/V/2021 tentang Petunjuk Teknis
Pelaksanaan Reformasi Birokrasi di Lingkungan Komisi
Pemilihan Umum, perlu menetapkan Keputusan Komisi Pemilihan Umum Kabupaten Mesuji
tentang Rencana Aksi Reformasi Birokrasi di Lingkungan
Sekretariat Komisi Pemilihan Umum Kabupaten Mesuji
Tahun 2023;

Mengingat : 1. Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan
Umum;

Ditetapkan di Mesuji
pada tanggal 13 Oktober 2025

KETUA KOMISI PEMILIHAN UMUM

Salinan sesuai dengan aslinya KABUPATEN MESUJI,
SEKRETARIAT KOMISI PEMILIHAN UMUM
ATEN MESUJI

ttd.

SAMINGAN
"""


def test_lombok_timur_header_and_old_date() -> None:
    meta = parse_decree(LOMBOK_TIMUR)
    assert (meta.nomor, meta.tahun) == ("15", 2022)
    assert meta.tanggal_ditetapkan == dt.date(2021, 6, 21)
    assert meta.tempat_ditetapkan == "Selong"
    assert meta.jenis == "rencana_aksi_zi"
    assert meta.ketua == "M. JUNAIDI"
    assert meta.tentang is not None and meta.tentang.startswith(
        "PENETAPAN RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS"
    )
    assert any("2021" in w and "2022" in w for w in meta.warnings)


def test_mesuji_own_nomor_not_the_cited_one_and_menimbang_year_warning() -> None:
    meta = parse_decree(MESUJI)
    assert (meta.nomor, meta.tahun) == ("37", 2025)
    assert meta.jenis == "rencana_aksi_rb"
    assert meta.ketua == "SAMINGAN"
    assert meta.tanggal_ditetapkan == dt.date(2025, 10, 13)
    assert any("Menimbang" in w and "2023" in w for w in meta.warnings)


def test_kpu_style_nomor_wrapped_across_lines() -> None:
    head = "KEPUTUSAN KOMISI PEMILIHAN UMUM\nNOMOR 314/ORT.07-\nKpt/01/KPU/V/2021\nTENTANG\nPETUNJUK TEKNIS"
    assert parse_nomor(head) == ("314/ORT.07-Kpt/01/KPU/V/2021", 2021)
    assert parse_nomor("NOMOR : 314/ORT.07-Kpt/01/KPU/V/2021\nTENTANG") == (
        "314/ORT.07-Kpt/01/KPU/V/2021",
        2021,
    )


def test_place_and_date_variants() -> None:
    assert parse_ditetapkan("Di tetapkan di Taliwang\n\nPada tanggal 2 Februari 2022") == (
        "Taliwang",
        dt.date(2022, 2, 2),
    )
    assert parse_ditetapkan("Ditetapkan di : Fef\nPada tanggal : 15 April 2023") == (
        "Fef",
        dt.date(2023, 4, 15),
    )
    assert parse_ditetapkan("Ditetapkan di Mataram.\n\nPada tanggal 3 September 2025") == (
        "Mataram",
        dt.date(2025, 9, 3),
    )
    assert parse_ditetapkan("Taliwang, 2 Februari 2022\n\nKetua") == ("Taliwang", dt.date(2022, 2, 2))
    assert parse_ditetapkan("Ditetapkan di Mesuji\npada tanggal 13 0ktober 2025")[1] == dt.date(2025, 10, 13)
    assert parse_ditetapkan("Ditetapkan di Bima\npada tanggal 1 Desernber 2024")[1] == dt.date(2024, 12, 1)
    assert parse_ditetapkan("Ditetapkan di Bima\npada tanggal 17 Agustns 2024")[1] == dt.date(2024, 8, 17)


def test_jenis_from_title_before_menetapkan() -> None:
    # Mataram: the title says Rencana Aksi, Menetapkan says Rencana Kerja; the title wins
    assert (
        classify_jenis("PENETAPAN RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS", "RENCANA KERJA")
        == "rencana_aksi_zi"
    )
    assert classify_jenis(
        "PENETAPAN RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS KORUPSI"
    ) == ("rencana_kerja_zi")
    assert classify_jenis("Pembangunan dan Evaluasi Tnna Integritas rencana aksi") == "rencana_aksi_zi"
    assert classify_jenis("TATA CARA PENGELOLAAN ARSIP") == "lainnya"


def test_garbage_never_raises() -> None:
    for junk in ("", "@@## \x00 ...", "NOMOR TAHUN", "Ditetapkan di\npada tanggal 99 Foo 2022"):
        meta = parse_decree(junk)
        assert meta.nomor is None or meta.tahun is None or meta.tanggal_ditetapkan is None
        assert meta.warnings
