"""parse_decree on real headers and signature blocks from the seed decrees (typos kept)."""

from __future__ import annotations

import datetime as dt

import pytest

from normalize.metadata import classify_jenis, parse_decree, parse_ditetapkan, parse_ketua, parse_nomor
from normalize.nomor import read_nomor

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


def test_ketua_after_ttd_past_a_cap_line_and_the_specks_round_the_name() -> None:
    """Generated scans as read: a salinan's "ttd" then the stamp's CAP line, and the name with a quote or
    digits from the signature glued to it."""
    block = ("Ditetapkan di Muara Teweh\npada tanggal 19 Juli 2025\nA KOMISI PEMILIHAN UMUM\n"
             "Go ATEN BARITO UTARA\nttd\n{cap}\n1 * Ng) Nu\nKETUA ;\n\u00a3,\n{name}\n"
             "Salinan sesuai dengan. aslinya\n")
    assert parse_ketua(block.format(cap="S/ CAP ;", name="\u201c2 2DENNY ANWAR")) == "DENNY ANWAR"
    assert parse_ketua(block.format(cap="", name="\u201cDENNY ANWAR")) == "DENNY ANWAR"
    signed = "Ditetapkan di Bima\npada tanggal 1 Mei 2024\nKETUA,\nttd/cap\nSITI AMINAH\n"
    assert parse_ketua(signed) == "SITI AMINAH"


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
    # heavy scans read the space before "di" as a dot or a dash
    assert parse_ditetapkan("Ditetapkan.di Tojo Una Una\npada tanggal 10 Juli 2022") == (
        "Tojo Una Una",
        dt.date(2022, 7, 10),
    )
    assert parse_ditetapkan("Ditetapkan-di Sumedang\npada tanggal 8 Mei 2022")[1] == dt.date(2022, 5, 8)
    # heavy generated scans as read: spaces after "di" and inside the date read as hyphens
    assert parse_ditetapkan("Ditetapkan di-Pelalawan\npada tanggal 5 April 2023\nA KOMISI PEMILIHAN") == (
        "Pelalawan", dt.date(2023, 4, 5))
    assert parse_ditetapkan("Ditetapkan. di Solok Selatan\npada tanggal 8-Januari 2021\nKETUA KOMISI") == (
        "Solok Selatan", dt.date(2021, 1, 8))


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


def test_jenis_read_through_a_misread_letter_and_from_menetapkan_when_the_title_names_no_kind() -> None:
    # a heavy scan's title and Menetapkan, as OCR read them
    title = ("RENGANA KERJA PEMBANGUNAN ZONA INTEGRITAS Di LINGKUNGAN KOMISI PEMILIHAN UMUM "
             "KABUPATEN MANGGARAI")
    menetapkan = ("KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI TENTANG RENCANA KERJA PEMBANGUNAN "
                  "ZONA INTEGRETAS DI LINGKUNGAN KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI TAHUN 2621")
    assert classify_jenis(title, menetapkan) == "rencana_kerja_zi"
    assert classify_jenis("PEMBANGUNAN ZONA INTEGRITAS", menetapkan) == "rencana_kerja_zi"
    assert classify_jenis("PEMBANGUNAN ZONA INTEGRITAS", "KEPUTUSAN KPU") == "rencana_aksi_zi"
    assert classify_jenis("RENCANA AKSI REFORMASI BIROKRASI DI LINGKUNGAN SEKRETARIAT") == "rencana_aksi_rb"
    assert classify_jenis("RENCANA KERJA SUBBAGIAN KEUANGAN") == "lainnya"


def test_a_date_after_tanggal_read_with_a_hyphen_for_the_space() -> None:
    text = "Ditetapkan di Manggarai\npada tanggal-25 September 2021\nKETUA KOMISI PEMILIHAN UMUM"
    assert parse_ditetapkan(text) == ("Manggarai", dt.date(2021, 9, 25))


def test_garbage_never_raises() -> None:
    for junk in ("", "@@## \x00 ...", "NOMOR TAHUN", "Ditetapkan di\npada tanggal 99 Foo 2022"):
        meta = parse_decree(junk)
        assert meta.nomor is None or meta.tahun is None or meta.tanggal_ditetapkan is None
        assert meta.warnings


@pytest.mark.parametrize(
    ("line", "nomor", "tahun"),
    [
        ("NOMOR : 314/ORT.07-Kpt/01/KPU/V/2021", "314/ORT.07-Kpt/01/KPU/V/2021", 2021),
        ("NOMOR : 314/0RT.O7-Kpt/0l/KPU/V/2021", "314/ORT.07-Kpt/01/KPU/V/2021", 2021),
        ("NOMOR 314 / ORT.07 - Kpt / 01 / KPU / V / 2021", "314/ORT.07-Kpt/01/KPU/V/2021", 2021),
        ("NOMOR 314/ORT.07 Kpt/01/KPU/V/2O21", "314/ORT.07-Kpt/01/KPU/V/2021", 2021),
        ("NOMOR 444/ORT.07-Kpt/72/KPU-Prov/1X/2025", "444/ORT.07-Kpt/72/KPU-Prov/IX/2025", 2025),
        ("NOMOR 12/ORT.07-Kpt/11/KPU Kab/Vl/2023", "12/ORT.07-Kpt/11/KPU-Kab/VI/2023", 2023),
        ("NOMOR 429/PP.01-Kp1/5108/2025", "429/PP.01-Kpt/5108/2025", 2025),
        ("NOMOR 42/HK.03-Kpt/7324/2021", "42/HK.03-Kpt/7324/2021", 2021),
        ("NOMOR 120/PP.01 Kpt/7412/2022 _", "120/PP.01-Kpt/7412/2022", 2022),  # a speck read after it
        ("NOMOR 80/PP.01-Kpv3211/2022.", "80/PP.01-Kpt/3211/2022", 2022),  # the slash after Kpt lost
        # the slash between unit and month read as an I (sumbawa mild, seed 12)
        ("NOMOR 216/ORT.07-Kpt/00/KPUIVIII/2024", "216/ORT.07-Kpt/00/KPU/VIII/2024", 2024),
        # a heavy scan: the dash read as a colon, the slash as strokes and a bang
        ("NOMOR 7/ORT.07-Kpt/72/KPU:Kabl!VII/2025 |", "7/ORT.07-Kpt/72/KPU-Kab/VII/2025", 2025),
        ("NOMOR l5 TAHUN 2O21", "15", 2021),
        ("NOMOR 05 TAHUN 2022", "05", 2022),
        ("N0MOR: 439 TAHUN2023", "439", 2023),
        ("NOMOR 378. TAHUN.2022", "378", 2022),
    ],
)
def test_nomor_read_through_ocr_damage(line: str, nomor: str, tahun: int) -> None:
    text = f"KEPUTUSAN KOMISI PEMILIHAN UMUM KOTA MATARAM\n{line}\nTENTANG\nRENCANA AKSI"
    assert parse_nomor(text) == (nomor, tahun)


def test_unit_and_month_run_together_are_split_only_when_one_reading_fits() -> None:
    text = "KEPUTUSAN KOMISI PEMILIHAN UMUM\nNOMOR 5/ORT.07-Kpt/01/KPUIV/2021\nTENTANG\nRENCANA AKSI"
    assert parse_nomor(text) == (None, 2021)  # IV with the slash lost, or V with it read as I


def test_unreadable_nomor_is_left_null_with_its_year_and_a_warning() -> None:
    text = (
        "KEPUTUSAN KOMISI PEMILIHAN UMUM PROVINSI SULAWESI TENGAH\nMenimbang\nTENGAH.\n"
        "NOMOR sasionr.o7 Kpu72KPU> Prov/IX/2025\nTENTANG\nRENCANA AKSI\n"
        "Menimbang : bahwa sesuai Keputusan Komisi Pemilihan Umum\n"
        "Nomor 314/ORT.07-Kpt/01/KPU/V/2021 tentang\n"
        "Mengingat : 1. Undang-Undang\nNomor 28 Tahun 1999 tentang Penyelenggara Negara"
    )
    reading = read_nomor(text)
    assert (reading.nomor, reading.tahun) == (None, 2025)
    assert any("unreadable" in w for w in reading.warnings)
    meta = parse_decree(text)
    assert (meta.nomor, meta.tahun) == (None, 2025)
    assert any("unreadable" in w for w in meta.warnings)


def test_cited_numbers_are_never_taken_for_the_decree() -> None:
    text = (
        "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN LUWU TIMUR\nNOMOR 42/HK.03- aye abot\nTENTANG\nRENCANA\n"
        "Menimbang : a. bahwa berdasarkan Keputusan Komisi Pemilihan Umum\n"
        "Nomor 314/ORT.07--KpvO1/KPU/V/2021 tentang Petunjuk Teknis\n"
        "Mengingat : 1. Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum\n"
    )
    assert parse_nomor(text) == (None, None)


def test_lampiran_heading_repeats_the_nomor_when_the_first_is_garbled() -> None:
    text = (
        "KEPUTUSAN KOMISI PEMILIHAN UMUM\nKpt/5108/2025 429/PP.01 NOMOR\nTENTANG\nRENCANA\n"
        "Menimbang : bahwa\nMengingat : Undang-Undang Nomor 7 Tahun 2017\n"
        "LAMPIRAN\nKEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN\nBULELENG\n"
        "NOMOR 429/PP.01-Kp1/5108/2025\nTENTANG"
    )
    assert parse_nomor(text) == ("429/PP.01-Kpt/5108/2025", 2025)


def test_disagreeing_nomor_lines_are_warned() -> None:
    text = (
        "KEPUTUSAN KPU\nNOMOR 15 TAHUN 2022\nTENTANG\nX\nMenimbang : a\n"
        "LAMPIRAN\nKEPUTUSAN KPU\nNOMOR 16 TAHUN 2022"
    )
    reading = read_nomor(text)
    assert (reading.nomor, reading.tahun) == ("15", 2022)
    assert reading.warnings == ("NOMOR lines disagree: '15' and '16'",)


def test_signature_date_read_through_ocr_damage() -> None:
    # a damaged month in the first block, the clean one repeated under the LAMPIRAN
    text = (
        "Ditetapkan di Salatiga\npada tanggal 1 Sasana 2020\nKETUA\n\n"
        "Ditetapkan di Salatiga\npada tanggal 1 Agustus 2020\nKETUA KOMISI"
    )
    assert parse_ditetapkan(text) == ("Salatiga", dt.date(2020, 8, 1))
    assert parse_ditetapkan("Ditetapkan di Sukabumi\npada tanggal 28 Juli:2022\nKETUA")[1] == dt.date(
        2022, 7, 28
    )
    assert parse_ditetapkan("Ditetapkan di Sukabumi\n‘pada tanggal 28 Juli 2022.\nA KOMISI") == (
        "Sukabumi",
        dt.date(2022, 7, 28),
    )
    # the "Ditetapkan di" line lost: the date just above the signer still counts
    assert parse_ditetapkan("Dua di Palu\npeda tanggal 27 September 202 5\nKETUA KOMISI PEMILIHAN UMUM") == (
        None,
        dt.date(2025, 9, 27),
    )
    # a date elsewhere in the body is not the signature date
    assert parse_ditetapkan("Surat Edaran tanggal 3 Maret 2021 tentang Jam Kerja\nMengingat : 1.") == (
        None,
        None,
    )
    assert parse_ditetapkan("Ditetapkan di Bima\npada tanggal 17 Agustin 2024")[1] == dt.date(2024, 8, 17)
    assert parse_ditetapkan("Ditetapkan di Bima\npada tanggal 17 Jatuari 2024")[1] == dt.date(2024, 1, 17)


def test_impossible_segments_reject_a_reading_and_the_next_nomor_line_serves() -> None:
    heading = "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN MUARO JAMBI\n"
    lampiran = "\nMenimbang : a\nLAMPIRAN\nKEPUTUSAN KOMISI PEMILIHAN UMUM\nNOMOR 249/PP.01-Kpt/1505/2024\n"
    # a five-digit region code and a year in the future are misreadings
    for garbled in ("249/PP.01- -Kpt/1 3505/2024", "249/PPO1-Kpt/1505/2074"):
        text = f"{heading}NOMOR {garbled}\nTENTANG{lampiran}"
        reading = read_nomor(text)
        assert (reading.nomor, reading.tahun) == ("249/PP.01-Kpt/1505/2024", 2024)
        assert reading.warnings == ()
    # the Kpt suffix with its last letter misread, a dot read as a dash
    assert parse_nomor(f"{heading}NOMOR 168/HK-03-Kpv/3376/2025\nTENTANG") == (
        "168/HK.03-Kpt/3376/2025",
        2025,
    )


def test_place_is_not_taken_from_the_berlaku_sentence() -> None:
    text = (
        "Keputusan ini mulai berlaku pada tanggal ditetapkan\n"
        "Ditetapkan di Salatiga '\npada tanggal 1 Agustus 2020\nKETUA"
    )
    assert parse_ditetapkan(text) == ("Salatiga", dt.date(2020, 8, 1))


def test_ketua_signed_by_hand_is_the_first_name_below_the_title_past_the_signatures_debris() -> None:
    """Generated scans as read once the stamp is painted out: no "ttd", the signature left specks."""
    jakarta = ("Ditetapkan di Administrasi Jakarta Timur\npada tanggal 2 Juni 2024\n"
               "KETUA KOMISI PEMILIHAN UMUM\nKOTA ADMINISTKASI JAKARTA TIMUR,\n"
               "4 \u00a5* Vv. Y ie )\npv\nF. ANWAR\n"
               "Salinan sesuai dengan aslinya\nSEKRETARIAT KOMISI PEMILIHAN UMUM\n")
    assert parse_ketua(jakarta) == "F. ANWAR"
    # the title's place misspelt by OCR is still the place of signing, not a name
    pemalang = ("Ditetapkan di Pemalang\npada tanggal 5 Juli 2025\nKETUA KOMISI PEMILIHAN UMUM\n"
                "KABURATEN PEMALANG\nx (\nNC MUHAMMAD PRATAMA\nSalinan sesuai dengan aslinya\n")
    assert parse_ketua(pemalang) == "MUHAMMAD PRATAMA"
    # debris only, then the salinan's note: no name rather than a wrong one
    unsigned = ("Ditetapkan di Pemalang\npada tanggal 5 Juli 2025\nKETUA KOMISI PEMILIHAN UMUM\n"
                "KABUPATEN PEMALANG,\nELE\nAN TEN\nSalinan sesuai dengan aslinya\nANDI JUNAIDI\n")
    assert parse_ketua(unsigned) is None
    # the decree's heading is no signature block
    heading = "KETUA KOMISI PEMILIHAN UMUM KABUPATEN LOMBOK TIMUR,\n\nMenimbang : bahwa\nANDI ANWAR\n"
    assert parse_ketua(heading) is None
    # a pen stroke read as a letter or two at either end of the name
    signed = "Ditetapkan di Bima\npada tanggal 1 Mei 2024\nKETUA,\nttd\n{}\n"
    for line in ("wR DENNY ANWAR", "DENNY ANWAR Pe", "N DENNY ANWAR"):
        assert parse_ketua(signed.format(line)) == "DENNY ANWAR"
    assert parse_ketua(signed.format("M. TANJUNG")) == "M. TANJUNG"
    # the block's opening line as a blurred scan reads it: its spaces as hyphens
    hyphens = ("Ditetapkan-di Pelalawan\npada tanggal 8-Januari 2021\nKETUA KOMISI PEMILIHAN UMUM\n"
               "KABUPATEN PELALAWAN,\nx (\nM. TANJUNG\n")
    assert parse_ketua(hyphens) == "M. TANJUNG"


def test_ketua_read_whole_in_the_lampirans_block_wins_over_the_decrees_cut_from_debris() -> None:
    """Generated scan as read (seed 8000): the decree's block gave "13 ATQ SIREGAR", the lampiran's the
    whole name; with one block only, the cut reading is still the answer."""
    block = ("Ditetapkan di Indramayu\npada tanggal 16 Desember 2021\nKETUA KOMISI PEMILIHAN UMUM\n"
             "KABUPATEN INDRAMAYU.\n{debris}\n{name}\nSalinan sesuai dengan aslinya\n")
    decree = block.format(debris="N\nud.\n\\ na\n/", name="13 ATQ SIREGAR")
    lampiran = block.format(debris="/\n* | Ve\nZ \\", name="BAIQ SIREGAR")
    assert parse_ketua(decree + "LAMPIRAN\n" + lampiran) == "BAIQ SIREGAR"
    assert parse_ketua(lampiran + "LAMPIRAN\n" + decree) == "BAIQ SIREGAR"
    assert parse_ketua(decree) == "ATQ SIREGAR"


@pytest.mark.parametrize(
    ("line", "month", "nomor"),
    [
        # readings of heavy scans: the slash read as a bang and an I lost; an I before the slash
        ("225/ORT.07-Kpt/11/KPU-Kab!VII/2025", 8, "225/ORT.07-Kpt/11/KPU-Kab/VIII/2025"),
        ("130/ORT.07-Kpt/73/KPU-Kab!/I/2025", 2, "130/ORT.07-Kpt/73/KPU-Kab/II/2025"),
        ("130/ORT.07-KpU73/KPU-Kabiil/2025", 2, "130/ORT.07-Kpt/73/KPU-Kab/II/2025"),
        ("5/ORT.07-Kpt/01/KPUIV/2021", 4, "5/ORT.07-Kpt/01/KPU/IV/2021"),
        ("5/ORT.07-Kpt/01/KPUIV/2021", 5, "5/ORT.07-Kpt/01/KPU/V/2021"),
    ],
)
def test_damaged_roman_month_is_settled_by_the_signing_date(line: str, month: int, nomor: str) -> None:
    text = f"KEPUTUSAN KOMISI PEMILIHAN UMUM\nNOMOR {line}\nTENTANG\nRENCANA AKSI"
    reading = read_nomor(text, month)
    assert reading.nomor == nomor
    assert any("signing date" in w for w in reading.warnings)


def test_signing_date_never_overrides_a_cleanly_read_month() -> None:
    text = "KEPUTUSAN KOMISI PEMILIHAN UMUM\nNOMOR 225/ORT.07-Kpt/11/KPU-Kab/VII/2025\nTENTANG\nRENCANA"
    assert read_nomor(text, 8) == read_nomor(text)
    assert read_nomor(text, 8).nomor == "225/ORT.07-Kpt/11/KPU-Kab/VII/2025"
    # nor makes a month out of what cannot be one
    garbled = "KEPUTUSAN KPU\nNOMOR 130/ORT.07-Kpt/73/KPU-Kab/ViIU2025\nTENTANG\nRENCANA"
    assert read_nomor(garbled, 8).nomor is None


def test_decree_passes_its_signing_month_to_the_nomor() -> None:
    text = (
        "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN MESUJI\nNOMOR 130/ORT.07-Kpt/73/KPU-Kab!/I/2025\n"
        "TENTANG\nRENCANA AKSI\nMenimbang : a\n"
        "Ditetapkan di Mesuji\npada tanggal 13 Februari 2025\nKETUA"
    )
    meta = parse_decree(text)
    assert meta.nomor == "130/ORT.07-Kpt/73/KPU-Kab/II/2025"
    assert any("signing date" in w for w in meta.warnings)


def test_ketua_of_the_lampirans_block_without_ditetapkan_lines_counts() -> None:
    """The lampiran closes with the chair's title and name only (the Mesuji seed's last page); where the
    decree's block read a signature's debris as a name, the name both blocks give is taken."""
    lampiran_end = "KETUA KOMISI PEMILIHAN UMUM\nKABUPATEN MESUJI,\n\nttd\n\nSAMINGAN\n"
    assert parse_ketua(lampiran_end) == "SAMINGAN"
    # as read from a generated scan (seed 9200): "INGAAS" is the signature, read whole in one block only
    text = ("Ditetapkan di Pidie\npada tanggal 9 Oktober 2023\nKETUA KOMISI PEMILIHAN UMUM\nKABUPATEN PIDIE\n"
            "tj\n/\nINGAAS\nLN\nNX DENNY ANWAR\nSalinan sesuai dengan aslinya\n"
            "SEKRETARIAT KOMISI PEMILIHAN UMUM\nKABUPATEN PIDIE\nLAMPIRAN\nKEPUTUSAN KOMISI PEMILIHAN UMUM\n"
            "NOMOR 15 TAHUN 2023\nTENTANG\nRENCANA KERJA\n"
            "KETUA KOMISI PEMILIHAN UMUM\n<S ATEN PIDIE\nKN\na\naf FA\nKETUA _\n2 A\nDENNY ANWAR\n"
            "Salinan sesuai dengan aslinya\n")
    assert parse_ketua(text) == "DENNY ANWAR"


def test_ketua_is_not_the_place_of_signing_misread() -> None:
    """Seed 9300 as read: the title's place line lost its first letter ("CNK AKASSAR" for KOTA MAKASSAR),
    and the copy note's region under the decree's block is not a name either."""
    text = ("Ditetapkan di Makassar\npada tanggal 13 Februari 2025\nKETUA KOMISI PEMILIHAN UMUM\n"
            "CNK AKASSAR\n& )\ns\nINN\nNUR LUBIS\nSalinan sesuai dengan aslinya\n")
    assert parse_ketua(text) == "NUR LUBIS"
    signed = ("Ditetapkan di Bandung\npada tanggal 15 Februari 2024\nKETUA KOMISI PEMILIHAN UMUM\n"
              "YA PROWNSI JAWA BARAT,\nttd\n/ / *&\nNa pewdguryaDi\nSalinan sesuai dengan aslinya\n"
              "SEKRETARIAT KOMISI PEMILIHAN UMUM\nPROVINSI JAWA BARAT\nKasubbag Hukum dan SDM\n"
              "LAMPIRAN\nKEPUTUSAN KOMISI PEMILIHAN UMUM PROVINSI\nJAWA BARAT\n")
    assert parse_ketua(signed) is None


def test_ketua_blocks_know_the_place_of_signing_and_debris_in_small_letters() -> None:
    """Generated scans as read (seeds 8000, 3000): the lampiran's block opens with its place line
    misread ("SUPATEN PRINGSEWU", no comma), known from "Ditetapkan di Pringsewu"; a signature's
    stroke read as a word in small letters beside a name in capitals is debris ("Ytoyj")."""
    decree = ("Ditetapkan di Pringsewu\npada tanggal 3 Mei 2021\nKETUA KOMISI PEMILIHAN UMUM\n"
              "KABUPATEN PRINGSEWU,\nttd\nKETUT HIDAYAT\nSalinan sesuai dengan aslinya\n")
    lampiran = "\nLAMPIRAN\nx\n\nKETUA KOMISI PEMILIHAN UMUM\nSUPATEN PRINGSEWU\n/ v\nKETUT HIDAYAT\n"
    assert parse_ketua(decree + lampiran) == "KETUT HIDAYAT"
    unnamed = (decree + lampiran).replace("KETUT HIDAYAT\n", "")
    assert parse_ketua(unnamed) is None
    cut = ("Ditetapkan di Ampana\npada tanggal 3 Mei 2021\nKETUA KOMISI PEMILIHAN UMUM\n"
           "KABUPATEN TOJO UNA UNA,\nttd\n2 MADE WANYURRIDHO\nSalinan sesuai dengan aslinya\n"
           "\nKETUA KOMISI PEMILIHAN UMUM\n& KABUPATEN TOJO UNA UNA,\nYtoyj WANYURRIDHO\n")
    assert parse_ketua(cut) == "MADE WANYURRIDHO"


def test_a_name_like_a_title_word_is_still_a_name() -> None:
    """KETUT is one letter from KETUA: only the place of signing is matched loosely (seed 8000 as read)."""
    text = ("Ditetapkan di Pringsewu\npada tanggal 25 Januari 2024\nKETUA KOMISI PEMILIHAN UMUM\n"
            "Ta KABUPATEN PRINGSEWU.\n/\nA Vou\nrYY\n/ \"Bae\nKETUT HIDAYAT\n"
            "Salinan sesuai dengan aslinya,\n")
    assert parse_ketua(text) == "KETUT HIDAYAT"


def test_ttd_with_a_strokes_letter_before_it_still_announces_the_name() -> None:
    """The benchmark's medium Lotim document as read: the title's KETUA lost under the stamp, and "ttd"
    read with a stroke's letter before it."""
    text = ("Ditetapkan di Pemalang\npada tanggal 5 Juli 2025\nere PEMILIHAN UMUM\nKABUPATEN PEMALANG,\n"
            "k ttd\nLL\n\\\nNG FARIDAH SURYADI\nSalinan sesuai dengan aslinya\n")
    assert parse_ketua(text) == "FARIDAH SURYADI"
