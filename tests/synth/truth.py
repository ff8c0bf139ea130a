"""The ground-truth JSON: decree facts, logical actions, and per-page grid cells in final-image pixels."""

from __future__ import annotations

from PIL import Image

from .content import Decree
from .degrade import Applied
from .layouts import TRUTH_OF, Layout
from .table import Cell, Seg

ACTION_TEXT_KEYS = ("nomor_raw", "area_raw", "komponen_raw", "indikator_raw", "langkah_aksi_raw", "bukti_raw",
                    "penanggung_jawab_raw", "keterangan_raw")


def _norm(s: str | None) -> str | None:
    if s is None:
        return None
    s = " ".join(s.split())
    return s or None


def actions_json(dec: Decree, lay: Layout, table_pages: list[int], seg_pages: list[list[Seg]]) -> list[dict]:
    where: dict[int, list[int]] = {}
    for page, segs in zip(table_pages, seg_pages, strict=True):
        for s in segs:
            where.setdefault(s.row, []).append(page)
    keys = {c.key for c in lay.cols}
    out = []
    for i, r in enumerate(dec.rows):
        if r.kind != "action":
            continue
        pages = where[i]
        a: dict = {"row_index": len(out), "page": pages[0], "page_end": pages[-1], "area_code": r.area_code,
                   "indicator_id": r.indicator_id, "section": r.section}
        for k in ACTION_TEXT_KEYS:
            col = next((c for c, t in TRUTH_OF.items() if t == k), None)
            a[k] = _norm(r.truth.get(k)) if col in keys else None
        a["months"] = sorted(r.months)
        a["schedule_raw"] = _norm(r.schedule)
        out.append(a)
    return out


def table_json(lay: Layout, cells: list[Cell], ap: Applied) -> dict:
    n_rows = max(c.row + c.rowspan for c in cells)
    out_cells = []
    for c in sorted(cells, key=lambda c: (c.row, c.col)):
        t = c.truth()
        t["bbox"] = ap.box(c.bbox)
        out_cells.append(t)
    return {"col_roles": [c.role for c in lay.cols], "col_months": [c.month for c in lay.cols],
            "n_rows": n_rows, "n_cols": len(lay.cols), "cells": out_cells}


def document_json(dec: Decree, lay: Layout, *, seed: int, noise: str, dpi: int, file: str, kinds: list[str],
                  finals: list[Image.Image], applied: list[Applied], table_pages: list[int],
                  seg_pages: list[list[Seg]], table_cells: list[list[Cell]], mark_style: str = "") -> dict:
    cells_of = dict(zip(table_pages, table_cells, strict=True))
    pages = []
    for i, (kind, img, ap) in enumerate(zip(kinds, finals, applied, strict=True), start=1):
        pages.append({"page": i, "kind": kind, "width": img.width, "height": img.height,
                      "skew_deg": ap.skew_deg, "rotation_deg": ap.rotation_deg,
                      "table": table_json(lay, cells_of[i], ap) if i in cells_of else None})
    return {
        "generator": "tests.synth", "version": 1, "seed": seed, "layout": dec.layout, "noise": noise,
        "dpi": dpi, "file": file, "mark_style": mark_style,
        "satker": {"code": dec.satker.code, "name": dec.satker.name},
        "satker_variants": sorted(set(dec.variants)),
        "nomor": dec.nomor, "tahun": dec.tahun, "tanggal_ditetapkan": dec.tanggal.isoformat(),
        "tempat_ditetapkan": dec.tempat, "jenis": dec.jenis, "ketua": dec.ketua,
        "tentang": _norm(dec.tentang),
        "n_pages": len(pages), "table_pages": table_pages,
        "actions": actions_json(dec, lay, table_pages, seg_pages),
        "pages": pages,
    }
