"""What a synthetic decree says: satker, decree facts and the logical rows of its action plan.

Everything here is layout-independent text; geometry lives in layouts/table.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import pool_rb, pool_zi, texts

DATA = Path(__file__).resolve().parents[2] / "normalize" / "data"
JENIS = {"lotim": "rencana_aksi_zi", "sumbawa": "rencana_kerja_zi", "mesuji": "rencana_aksi_rb",
         "mataram": "rencana_aksi_zi", "tambrauw": "rencana_aksi_zi"}
AREA_OF_LKE = {"Manajemen Perubahan": "MP", "Penataan Tatalaksana": "TL",
               "Penataan Sistem Manajemen SDM Aparatur": "SDM", "Penguatan Akuntabilitas": "AK",
               "Penguatan Pengawasan": "PW", "Peningkatan Kualitas Pelayanan Publik": "PP"}


@dataclass(frozen=True)
class Satker:
    """A KPU office and the words a decree uses for it."""

    code: str
    name: str  # canonical "KPU Kabupaten X"
    region: str  # "Kabupaten X", "Kota X", "Provinsi X" or "" for KPU RI
    prov_code: str
    prov_name: str

    @property
    def kpu(self) -> str:
        return f"Komisi Pemilihan Umum {self.region}".strip()

    @property
    def parent(self) -> str:
        if self.code == "00":
            return "Sekretariat Jenderal KPU"
        if "." not in self.code:
            return "KPU RI"
        return f"KPU Provinsi {self.prov_name}"


@dataclass
class Row:
    """One logical table row: a section title or an action, with per-column printed text."""

    kind: str  # "section" | "action"
    cells: dict[str, str]
    groups: dict[str, int] = field(default_factory=dict)  # column key -> merge group id
    truth: dict[str, str | None] = field(default_factory=dict)
    months: tuple[int, ...] = ()
    schedule: str | None = None
    area_code: str | None = None
    indicator_id: str | None = None
    section: str | None = None


@dataclass
class Decree:
    """The facts of one decree plus the rows of its LAMPIRAN table."""

    layout: str
    satker: Satker
    head_region: str  # the region as the letterhead spells it
    variants: list[str]
    nomor: str
    nomor_line: str
    tahun: int
    tanggal: dt.date
    tempat: str
    jenis: str
    ketua: str
    salinan: str
    kasubbag: str
    tentang: str
    judul: str  # plan title, e.g. "Rencana Aksi Pembangunan Zona Integritas"
    menetapkan_region: str
    rows: list[Row]


@lru_cache(maxsize=1)
def _regions() -> tuple[tuple[str, str, str], ...]:
    with (DATA / "wilayah_prov_kab.csv").open(encoding="utf-8") as fh:
        return tuple((r["kode"], r["nama"], r["level"]) for r in csv.DictReader(fh))


@lru_cache(maxsize=1)
def lke_questions() -> dict[str, tuple[str, ...]]:
    """LKE questions per ZI indicator id, ids derived from their order within each area."""
    out: dict[str, list[str]] = {}
    order: dict[tuple[str, str], list[str]] = {}
    with (DATA / "lke_zi_2021.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            area = AREA_OF_LKE.get(r["area"])
            if area is None or not r["pertanyaan"]:
                continue
            key = (r["sub_komponen"], area)
            names = order.setdefault(key, [])
            if r["indikator"] not in names:
                names.append(r["indikator"])
            n = names.index(r["indikator"]) + 1
            iid = f"ZI.{area}.{n}" if r["sub_komponen"] == "Pemenuhan" else f"ZI.{area}.R{n}"
            out.setdefault(iid, []).append(r["pertanyaan"][:1] + r["pertanyaan"][1:].lower())
    return {k: tuple(v) for k, v in out.items()}


def pick_satker(rng: random.Random) -> Satker:
    regs = _regions()
    provs = {c: n for c, n, lv in regs if lv == "provinsi"}
    roll = rng.random()
    if roll < 0.03:
        return Satker("00", "KPU RI", "", "00", "")
    if roll < 0.18:
        code = rng.choice(sorted(provs))
        return Satker(code, f"KPU Provinsi {provs[code]}", f"Provinsi {provs[code]}", code, provs[code])
    code, name, _ = rng.choice([r for r in regs if r[2] != "provinsi"])
    prov = code.split(".")[0]
    return Satker(code, f"KPU {name}", name, prov, provs[prov])


def typo(word: str, rng: random.Random) -> str:
    """A plausible misspelling: swap, drop, double or substitute one inner letter."""
    if len(word) < 4:
        return word + word[-1]
    i = rng.randrange(1, len(word) - 1)
    op = rng.randrange(4)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == 1:
        return word[:i] + word[i + 1:]
    if op == 2:
        return word[:i] + word[i] + word[i:]
    sub = {"a": "o", "o": "a", "u": "i", "i": "l", "r": "n", "m": "n", "n": "m", "b": "d", "e": "c"}
    return word[:i] + sub.get(word[i].lower(), "a") + word[i + 1:]


def region_variant(region: str, rng: random.Random) -> str:
    kind, _, core = region.partition(" ")
    words = core.split()
    j = rng.randrange(len(words))
    words[j] = typo(words[j], rng)
    return f"{kind} {' '.join(words)}"


def month_pattern(rng: random.Random, dense: bool) -> tuple[int, ...]:
    """Months an action is scheduled in, drawn from the patterns seen in real plans."""
    roll = rng.random()
    if dense and roll < 0.55:
        return tuple(range(1, 13))
    kinds = ("single", "range", "all", "quarterly", "semester", "scattered", "tail")
    kind = rng.choices(kinds, weights=(30, 22, 14, 9, 5, 12, 8))[0]
    if kind == "single":
        return (rng.randint(1, 12),)
    if kind == "range":
        a = rng.randint(1, 11)
        return tuple(range(a, rng.randint(a + 1, min(12, a + 6)) + 1))
    if kind == "all":
        return tuple(range(1, 13))
    if kind == "quarterly":
        off = rng.choice((0, 0, 1, 2))
        return tuple(m - off for m in (3, 6, 9, 12))
    if kind == "semester":
        return (6, 12)
    if kind == "tail":
        return tuple(range(rng.randint(4, 10), 13))
    return tuple(sorted(rng.sample(range(1, 13), rng.randint(2, 5))))


def schedule_text(rng: random.Random, tahun: int, base: tuple[str, tuple[int, ...]] | None
                  ) -> tuple[str, tuple[int, ...]]:
    """TARGET WAKTU text (mataram layout) and the months it means."""
    if base is not None and rng.random() < 0.7:
        return base
    mo = texts.MONTHS_ID
    roll = rng.randrange(8)
    if roll == 0:
        m = rng.randint(1, 12)
        return f"{mo[m - 1]} {tahun}", (m,)
    if roll in (1, 2):
        a = rng.randint(1, 10)
        b = rng.randint(a + 1, 12)
        sep = rng.choice((" s/d ", " s/d ", " - ", " sampai "))
        return f"{mo[a - 1]}{sep}{mo[b - 1]} {tahun}", tuple(range(a, b + 1))
    if roll == 3:
        return "Triwulan I s/d IV " + str(tahun), tuple(range(1, 13))
    if roll == 4:
        return rng.choice(("Setiap bulan", "Setiap Bulan", "Januari s/d Desember "
                                                           "" + str(tahun))), tuple(range(1, 13))
    if roll == 5:
        s = rng.choice((1, 2))
        return f"Semester {'I' * s} {tahun}", tuple(range(6 * s - 5, 6 * s + 1))
    if roll == 6:
        q = rng.randint(1, 4)
        return f"Triwulan {texts.ROMAN[q - 1]} {tahun}", tuple(range(3 * q - 2, 3 * q + 1))
    return f"Maret, Juni, September, Desember {tahun}", (3, 6, 9, 12)


class Filler:
    """Formats pool strings for one decree and sprinkles rare typos (recorded, since truth is printed "
      "text)."""

    def __init__(self, rng: random.Random, satker_txt: str, parent: str, tahun: int, alt: str | None):
        self.rng, self.satker_txt, self.parent, self.tahun, self.alt = rng, satker_txt, parent, tahun, alt

    def __call__(self, s: str) -> str:
        name = self.alt if self.alt and self.rng.random() < 0.25 else self.satker_txt
        out = s.format(satker=name, prov=self.parent, tahun=self.tahun, tahun_lalu=self.tahun - 1)
        if self.rng.random() < 0.06:
            words = out.split(" ")
            j = self.rng.randrange(len(words))
            if words[j].isalpha():
                words[j] = typo(words[j], self.rng)
            out = " ".join(words)
        return re.sub(r"\s+", " ", out).strip()


def _choose_items(rng: random.Random, items: tuple, lo: int = 1) -> list:
    keep = [it for it in items if rng.random() < 0.75]
    return keep if len(keep) >= lo else list(items[:lo])


def rows_zi_grid(layout: str, rng: random.Random, fill: Filler, dense: bool) -> list[Row]:
    """lotim / tambrauw: roman sections, numbered komponen, one action per indikator row."""
    rows: list[Row] = []
    lke = lke_questions()
    gid = 0
    for s, area in enumerate(("MP", "TL", "SDM", "AK", "PW", "PP")):
        title = rng.choice(pool_zi.AREA_TITLES[area])
        sec = f"{texts.ROMAN[s]} {title}"
        rows.append(Row("section", {"no": texts.ROMAN[s], "title": title}, section=sec))
        pj = pool_zi.PJ_TEAMS[area] if rng.random() < 0.9 else ""
        inds = [ind for ind in pool_zi.ZI if ind.area == area and rng.random() < 0.9]
        for n, ind in enumerate(inds or [next(i for i in pool_zi.ZI if i.area == area)], start=1):
            gid += 1
            kom = fill(rng.choice(ind.komponen))
            no = f"{n}." if rng.random() < 0.15 else str(n)
            known = {" ".join(it[0].lower().split()[:4]) for it in ind.items}
            spare = [q for q in lke.get(ind.id, ()) if " ".join(q.lower().split()[:4]) not in known]
            for k, (indik, langkah, bukti) in enumerate(_choose_items(rng, ind.items)):
                if rng.random() < 0.25 and spare:
                    indik = spare.pop(rng.randrange(len(spare)))
                cells = {"no": no if k == 0 else "", "komponen": kom if k == 0 else "",
                         "indikator": fill(indik), "langkah": fill(langkah), "bukti": fill(bukti),
                         "pj": pj if (k == 0 and n == 1) else ""}
                truth = {"nomor_raw": no, "komponen_raw": kom, "indikator_raw": cells["indikator"],
                         "langkah_aksi_raw": cells["langkah"], "bukti_raw": cells["bukti"]}
                if layout == "tambrauw":
                    truth["penanggung_jawab_raw"] = pj or None
                rows.append(Row("action", cells, {"no": gid, "komponen": gid, "pj": 1000 + s}, truth,
                                month_pattern(rng, dense), None, area, ind.id, sec))
    return rows


SUMBAWA_EXTRA = (("Harmonisasi", "DR", None, (
    "Telah dilakukan identifikasi, analisis dan pemetaan terhadap kebijakan yang tidak harmonis/ tidak "
    "sinkron "
    "/bersifat menghambat yang akan direvisi/dihapus.",
    "Telah dilakukan revisi kebijakan yang tidak harmonis/tidak sinkron/bersifat menghambat.")),
    ("Peran Kebijakan", "DR", None, (
        "Kebijakan yang diterbitkan memiliki peta keterkaitan dengan kebijakan lainnya.",
        "Kebijakan terkait pelayanan yang diterbitkan memuat unsur kemudahan dan efisiensi pelayanan utama "
        "unit kerja.")),
    ("Kerangka Logis kinerja", "AK", "ZI.AK.R3", (
        "Terdapat Peta Strategis yang mengacu pada kinerja utama (Kerangka Logis Kinerja) organisasi dan "
        "dijadikan dalam penentuan kinerja seluruh pegawai",)))


def rows_sumbawa(rng: random.Random, fill: Filler, dense: bool) -> list[Row]:
    """sumbawa: numbered kegiatan with lettered sub kegiatan; no section rows."""
    lke = lke_questions()
    entries: list[tuple[str, str, str | None, tuple[str, ...]]] = []
    for ind in pool_zi.ZI:
        subs = tuple(ind.subs) + tuple(q for q in lke.get(ind.id, ()) if rng.random() < 0.2)
        entries.append((rng.choice(ind.komponen), ind.area, ind.id, subs))
        if ind.id == "ZI.MP.4":
            entries.extend(SUMBAWA_EXTRA[:2])
    entries.insert(15, SUMBAWA_EXTRA[2])
    rows: list[Row] = []
    for n, (kom, area, iid, subs) in enumerate(entries, start=1):
        chosen = _choose_items(rng, subs)
        kom = fill(kom)
        for k, sub in enumerate(chosen):
            sub_txt = fill(sub) if len(chosen) == 1 else f"{'abcdefghij'[k]}. {fill(sub)}"
            ket = rng.choice(pool_zi.KET_TEXTS)
            cells = {"no": str(n) if k == 0 else "", "komponen": kom if k == 0 else "", "langkah": sub_txt,
                     "ket": ket}
            truth = {"nomor_raw": str(n), "komponen_raw": kom, "langkah_aksi_raw": sub_txt,
                     "keterangan_raw": ket or None}
            rows.append(Row("action", cells, {"no": n, "komponen": n}, truth, month_pattern(rng, dense),
                            None, area, pool_zi.SUB_IDS.get(sub, iid)))
    return rows


def rows_mataram(rng: random.Random, fill: Filler, tahun: int) -> list[Row]:
    """mataram: area-numbered komponen, indikator/program + rencana aksi + TARGET WAKTU text."""
    rows: list[Row] = []
    base = schedule_text(rng, tahun, None)
    for n, area in enumerate(("MP", "TL", "SDM", "AK", "PW", "PP"), start=1):
        kom = pool_zi.AREA_NAMES[area]
        if rng.random() < 0.1:
            kom = typo(kom.split()[0], rng) + " " + " ".join(kom.split()[1:])
        inds = [ind for ind in pool_zi.ZI if ind.area == area]
        inds = [ind for ind in inds if rng.random() < 0.9] or inds[:1]
        for k, ind in enumerate(inds):
            prog, aksi = ind.programs[0]
            sched, months = schedule_text(rng, tahun, base)
            cells = {"no": str(n) if k == 0 else "", "komponen": kom if k == 0 else "",
                     "indikator": fill(prog), "langkah": fill(aksi), "schedule": sched}
            truth = {"nomor_raw": str(n), "komponen_raw": kom, "indikator_raw": cells["indikator"],
                     "langkah_aksi_raw": cells["langkah"]}
            rows.append(Row("action", cells, {"no": n, "komponen": n}, truth, months, sched, area, ind.id))
    return rows


def rows_mesuji(rng: random.Random, fill: Filler, dense: bool) -> list[Row]:
    """mesuji (RB): area -> numbered kegiatan -> numbered sub kegiatan -> indikator rows, all row-spanned."""
    rows: list[Row] = []
    gid = 0
    for area, names in pool_rb.RB_AREAS.items():
        area_txt = rng.choice(names)
        gid += 1
        area_gid = gid
        first_area = True
        for kn, (keg, subs) in enumerate(pool_rb.RB[area], start=1):
            gid += 1
            keg_gid, keg_txt, first_keg = gid, f"{kn}. {fill(keg)}", True
            for sn, (sub, iid, indiks) in enumerate(_choose_items(rng, subs), start=1):
                gid += 1
                sub_txt = fill(sub) if len(subs) == 1 else f"{sn}. {fill(sub)}"
                chosen = _choose_items(rng, indiks)
                for j, indik in enumerate(chosen):
                    ind_txt = fill(indik) if len(chosen) == 1 else f"{j + 1}. {fill(indik)}"
                    ket = "" if rng.random() < 0.93 else rng.choice(("Tim RB", "Subbag Umum", "Rutin"))
                    cells = {"area": area_txt if first_area else "", "komponen": keg_txt if first_keg else "",
                             "langkah": sub_txt if j == 0 else "", "indikator": ind_txt, "ket": ket}
                    first_area = first_keg = False
                    truth = {"area_raw": area_txt, "komponen_raw": keg_txt, "langkah_aksi_raw": sub_txt,
                             "indikator_raw": ind_txt, "keterangan_raw": ket or None}
                    months = month_pattern(rng, dense) if rng.random() > 0.03 else ()
                    rows.append(Row("action", cells, {"area": area_gid, "komponen": keg_gid, "langkah": gid},
                                    truth, months, None, area, iid))
    return rows


def truncate(rows: list[Row], max_rows: int | None) -> list[Row]:
    if max_rows is None:
        return rows
    out: list[Row] = []
    n = 0
    for r in rows:
        if r.kind == "action":
            if n >= max_rows:
                break
            n += 1
        out.append(r)
    while out and out[-1].kind == "section":
        out.pop()
    return out
