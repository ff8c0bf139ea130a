"""Column sets and header structures of the five table layouts, modelled on the seed decrees."""

from __future__ import annotations

import random
from dataclasses import dataclass

MONTH_LETTERS = ("JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU", "SEP", "OKT", "NOV", "DES")
ROLE_OF = {"no": "no", "area": "area", "komponen": "komponen", "indikator": "indikator",
           "langkah": "langkah_aksi", "bukti": "bukti", "pj": "penanggung_jawab", "ket": "keterangan",
           "schedule": "schedule"}
TRUTH_OF = {"area": "area_raw", "komponen": "komponen_raw", "indikator": "indikator_raw",
            "langkah": "langkah_aksi_raw", "bukti": "bukti_raw", "pj": "penanggung_jawab_raw",
            "ket": "keterangan_raw", "schedule": "schedule_raw", "no": "nomor_raw"}


@dataclass(frozen=True)
class Col:
    """A grid column: what it holds and how wide it is relative to its siblings."""

    key: str
    header: str
    weight: float
    align: str = "left"
    month: int | None = None

    @property
    def role(self) -> str:
        return "month" if self.month else ROLE_OF[self.key]


@dataclass(frozen=True)
class HeaderCell:
    row: int
    col: int
    rowspan: int
    colspan: int
    text: str
    month: int | None = None


@dataclass(frozen=True)
class Layout:
    """Columns, header cells, merged (row-spanned) columns and the table title."""

    name: str
    cols: tuple[Col, ...]
    header: tuple[HeaderCell, ...]
    header_rows: int
    group_cols: tuple[str, ...]
    month_mm: float

    def index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.cols) if c.key == key)


TEXT_COLS = {
    "lotim": (("no", "NO", 0.45, "center"), ("komponen", "KOMPONEN", 1.8, "left"),
              ("indikator", "INDIKATOR", 2.6, "left"), ("langkah", "LANGKAH AKSI", 2.8, "left"),
              ("bukti", "BUKTI FISIK", 2.6, "left")),
    "tambrauw": (("no", "NO", 0.45, "center"), ("komponen", "KOMPONEN", 1.6, "left"),
                 ("indikator", "INDIKATOR", 2.4, "left"), ("langkah", "LANGKAH AKSI", 2.4, "left"),
                 ("bukti", "BUKTI FISIK", 2.3, "left")),
    "sumbawa": (("no", "NO", 0.45, "center"), ("komponen", "KEGIATAN", 2.3, "left"),
                ("langkah", "SUB KEGIATAN", 5.0, "left")),
    "mesuji": (("area", "Area Perubahan", 1.5, "left"), ("komponen", "Kegiatan", 2.5, "left"),
               ("langkah", "Sub Kegiatan", 2.4, "left"),
               ("indikator", "Indikator Keberhasilan", 2.8, "left")),
    "mataram": (("no", "NO", 0.45, "center"), ("komponen", "KOMPONEN", 1.7, "left"),
                ("indikator", "INDIKATOR/PROGRAM", 2.2, "left"), ("langkah", "RENCANA AKSI", 2.7, "left"),
                ("schedule", "TARGET WAKTU", 0.8, "center")),
}
TAIL_COLS = {"tambrauw": (("pj", "PENANGGUNG JAWAB", 1.5, "left"),),
             "sumbawa": (("ket", "KET.", 1.0, "left"),),
             "mesuji": (("ket", "Keterangan", 1.2, "left"),)}
MONTH_GROUP = {"lotim": ("TARGET PELAKSANAAN (BULAN KE - )", "TARGET PELAKSANAAN (BULAN KE-)"),
               "tambrauw": ("PELAKSANAAN (BULAN)", "PELAKSANAAN (BULAN KE-)"),
               "sumbawa": ("PELAKSANAAN (BULAN)",)}
GROUP_COLS = {"lotim": ("no", "komponen"), "tambrauw": ("no", "komponen", "pj"),
              "sumbawa": ("no", "komponen"), "mesuji": ("area", "komponen", "langkah"),
              "mataram": ("no", "komponen")}


def build_layout(name: str, rng: random.Random) -> Layout:
    cols = [Col(k, h, w * rng.uniform(0.9, 1.1), a) for k, h, w, a in TEXT_COLS[name]]
    has_months = name != "mataram"
    first_month = len(cols)
    if has_months:
        cols += [Col(f"m{m}", str(m), 0.0, "center", m) for m in range(1, 13)]
    cols += [Col(k, h, w * rng.uniform(0.9, 1.1), a) for k, h, w, a in TAIL_COLS.get(name, ())]
    header: list[HeaderCell] = []
    grouped = name in MONTH_GROUP
    rows = 2 if grouped else 1
    for i, c in enumerate(cols):
        if c.month is None:
            header.append(HeaderCell(0, i, rows, 1, c.header))
        elif name == "mesuji":
            header.append(HeaderCell(0, i, 1, 1, "\n".join(MONTH_LETTERS[c.month - 1]), c.month))
        else:
            header.append(HeaderCell(1, i, 1, 1, str(c.month), c.month))
    if grouped:
        header.append(HeaderCell(0, first_month, 1, 12, rng.choice(MONTH_GROUP[name])))
    month_mm = {"mesuji": rng.uniform(5.0, 5.8), "sumbawa": rng.uniform(7.0, 8.5)}.get(
        name, rng.uniform(6.0, 7.5))
    return Layout(name, tuple(cols), tuple(sorted(header, key=lambda h: (h.row, h.col))), rows,
                  GROUP_COLS[name], month_mm)
