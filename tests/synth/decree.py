"""Draws the facts of one synthetic decree (satker, nomor, dates, people, title) and its rows."""

from __future__ import annotations

import datetime as dt
import random

from . import content, texts
from .content import Decree, Filler, Satker

TITLES = {
    "rencana_aksi_zi": ("Rencana Aksi Pembangunan Zona Integritas",),
    "rencana_kerja_zi": ("Rencana Kerja Pembangunan Zona Integritas Menuju Wilayah Bebas Korupsi dan Wilayah "
                         "Birokrasi Bersih Melayani", "Rencana Kerja Pembangunan Zona Integritas"),
    "rencana_aksi_rb": ("Rencana Aksi Reformasi Birokrasi",),
}


def _nomor(rng: random.Random, satker: Satker, tahun: int, month: int) -> tuple[str, str]:
    """The decree number as printed and the full NOMOR line."""
    n = rng.randint(1, 480)
    digits = satker.code.replace(".", "") if satker.code != "00" else ""
    style = rng.randrange(5)
    if style <= 1:
        num = f"{n:02d}" if rng.random() < 0.2 else str(n)
        return num, f"NOMOR {num} TAHUN {tahun}"
    if style == 2 and digits:
        num = f"{n}/HK.03-Kpt/{digits}/{tahun}"
    elif style == 3 and digits:
        num = f"{n}/PP.01-Kpt/{digits}/{tahun}"
    else:
        lvl = "KPU" if satker.code == "00" else ("KPU-Prov" if "." not in satker.code else "KPU-Kab")
        num = f"{n}/ORT.07-Kpt/{satker.prov_code}/{lvl}/{texts.ROMAN[month - 1]}/{tahun}"
    return num, f"NOMOR {num}"


def _person(rng: random.Random) -> str:
    first = rng.choice(texts.FIRST_NAMES)
    if rng.random() < 0.15:
        first = first[0] + "."
    return f"{first} {rng.choice(texts.LAST_NAMES)}"


def _tempat(satker: Satker) -> str:
    if satker.code in texts.CAPITALS:
        return texts.CAPITALS[satker.code]
    if satker.region.startswith("Kota "):
        return satker.region[5:]
    return satker.region.partition(" ")[2]


def _variants(satker: Satker, rng: random.Random) -> tuple[list[str], str, str | None, str]:
    """Misspelt letterhead (seed 004), misspelt mentions in the table, the province named by mistake
    (seed 001)."""
    variants: list[str] = []
    head = satker.region
    alt_txt = None
    if satker.region and rng.random() < 0.2:
        head = content.region_variant(satker.region, rng)
        variants.append(f"KPU {head}")
        if rng.random() < 0.5:
            alt_txt = f"KPU {content.region_variant(satker.region, rng)}"
    menetapkan = satker.region
    if "." in satker.code and rng.random() < 0.12:
        menetapkan = f"Provinsi {satker.prov_name}"
        variants.append(f"KPU {menetapkan}")
    return variants, head, alt_txt, menetapkan


def make_decree(layout: str, rng: random.Random, max_rows: int | None) -> Decree:
    satker = content.pick_satker(rng)
    jenis = content.JENIS[layout]
    tahun = rng.randint(2021, 2025)
    tanggal = dt.date(tahun, rng.randint(1, 12), rng.randint(1, 28))
    if rng.random() < 0.12:
        tanggal = tanggal.replace(year=tahun - 1)
    nomor, nomor_line = _nomor(rng, satker, tahun, tanggal.month)
    variants, head, alt_txt, menetapkan = _variants(satker, rng)
    judul = rng.choice(TITLES[jenis])
    kpu_up = satker.kpu.upper()
    if jenis == "rencana_aksi_rb":
        tentang = f"{judul.upper()} DI LINGKUNGAN SEKRETARIAT {kpu_up} TAHUN {tahun}"
    elif rng.random() < 0.5:
        tentang = f"PENETAPAN {judul.upper()} {kpu_up} TAHUN {tahun}"
    else:
        tentang = f"{judul.upper()} DI LINGKUNGAN {kpu_up} TAHUN {tahun}"
    if head != satker.region:
        tentang = tentang.replace(satker.region.upper(), head.upper())
    ketua = _person(rng).upper()
    fill = Filler(rng, satker.name, satker.parent, tahun, alt_txt)
    dense = layout == "mesuji" or rng.random() < 0.2
    if layout in ("lotim", "tambrauw"):
        rows = content.rows_zi_grid(layout, rng, fill, dense)
    elif layout == "sumbawa":
        rows = content.rows_sumbawa(rng, fill, dense)
    elif layout == "mataram":
        rows = content.rows_mataram(rng, fill, tahun)
    else:
        rows = content.rows_mesuji(rng, fill, dense)
    rows = content.truncate(rows, max_rows)
    if alt_txt and not any(alt_txt in (v or "") for r in rows for v in r.truth.values()):
        alt_txt = None
    if alt_txt:
        variants.append(alt_txt)
    salinan = _person(rng) + rng.choice(texts.TITLES)
    return Decree(layout, satker, head, variants, nomor, nomor_line, tahun, tanggal, _tempat(satker), jenis,
                  ketua, salinan, rng.choice(texts.KASUBBAG), tentang, judul, menetapkan, rows)
