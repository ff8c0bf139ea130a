"""Assembles one synthetic scanned decree: body, narrative, table pages, damage, PDF and ground truth.

Two random streams: the content stream (decree, style, layout, marks) depends only on seed and layout,
the noise stream on seed, layout and noise level, so one seed yields the same document at every level.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from . import body, degrade, layouts, pdf, stamps, textdraw, truth
from .decree import make_decree
from .style import Style, draw_style
from .table import TableMaker

NARRATIVE_LAYOUTS = ("lotim", "mataram")


def _seed(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256(":".join(map(str, parts)).encode()).digest()[:8], "big")


def _footer(img: Image.Image, st: Style, text: str) -> None:
    d = ImageDraw.Draw(img)
    f = textdraw.font("arial", "r", round(st.body_px * 0.75))
    d.text((st.mm(15), img.height - st.mm(11)), text, font=f, fill=(60, 60, 60))


def _jdih(dec) -> str:
    from .texts import PROV_SLUGS

    prov = PROV_SLUGS.get(dec.satker.prov_code, dec.satker.prov_name.lower().replace(" ", ""))
    reg = dec.satker.region.lower().replace("kabupaten ", "").replace("kota ", "").replace("provinsi ", "")
    return f"jdih.kpu.go.id/{prov or 'ri'}/{reg.replace(' ', '')}".rstrip("/")


def _noise_stamps(img: Image.Image, st: Style, dec, n: int, nrng: np.random.Generator) -> None:
    """Stamps dropped onto a table page by whoever certified the copy; they overlap cells."""
    for _ in range(n):
        size = st.mm(float(nrng.uniform(30, 42)))
        ring = f"KOMISI PEMILIHAN UMUM * {dec.satker.region.upper() or 'REPUBLIK INDONESIA'}"
        mask = stamps.round_stamp(size, ring, "SEKRETARIAT", float(nrng.uniform(0, 360)))
        x = int(nrng.uniform(0.05, 0.8) * img.width)
        y = int(nrng.uniform(0.2, 0.75) * img.height)
        stamps.blend(img, mask, (x, y), stamps.INKS[st.ink], float(nrng.uniform(0.45, 0.75)), nrng)


def _table_pages(tm: TableMaker, seg_pages: list, dec, st: Style, rng: random.Random,
                 crng: np.random.Generator, nrng: np.random.Generator, images: list[Image.Image],
                 kinds: list[str]) -> list:
    """Render table pages (appending to images/kinds) and the closing signatures, on a page of their own
    when the last table page has no room left."""
    table_cells = []
    sign: body.Op | None = body.sign_block(dec, st, rng, crng, st.page_size(True)[0],
                                           with_place=rng.random() < 0.5)
    for k, segs in enumerate(seg_pages):
        img, cells, y_end = tm.draw_page(segs, k == 0, len(images) + 1, nrng)
        last = k == len(seg_pages) - 1
        if last and sign is not None and y_end + st.mm(8) + sign.h < img.height - st.mm(12):
            sign.draw(img, ImageDraw.Draw(img), y_end + st.mm(8))
            sign = None
        images.append(img)
        kinds.append("table")
        table_cells.append(cells)
    if sign is not None:
        img, d = body.new_page(st, True)
        sign.draw(img, d, st.mm(30))
        images.append(img)
        kinds.append("body")
    return table_cells


def build(out_dir: Path, *, layout: str, noise: str, seed: int, max_rows: int | None, dpi: int,
          name: str, mark_style: str | None = None) -> tuple[Path, Path]:
    if layout not in layouts.TEXT_COLS:
        raise ValueError(f"unknown layout {layout!r}")
    if noise not in degrade.PROFILES:
        raise ValueError(f"unknown noise {noise!r}")
    rng = random.Random(_seed("doc", seed, layout, max_rows))
    crng = np.random.default_rng(_seed("ink", seed, layout, max_rows))
    nrng_py = random.Random(_seed("noise", seed, layout, noise, max_rows))
    nrng = np.random.default_rng(_seed("noise-np", seed, layout, noise, max_rows))
    profile = degrade.PROFILES[noise]
    dec = make_decree(layout, rng, max_rows)
    st = draw_style(layout, noise, rng, dpi, nrng_py, mark_style)
    lay = layouts.build_layout(layout, rng)
    gray = not st.color
    rotate_one = rng.random() < 0.12 and (max_rows is None or max_rows > 15)
    rot_dir = rng.choice((90, 270))

    small = max_rows is not None and max_rows <= 12
    n_ment, max_body = (rng.randint(2, 4), 1) if small else (rng.randint(5, 10), 2)
    pages_body = body.body_pages(dec, st, random.Random(rng.random()), crng, n_ment)
    while len(pages_body) > max_body and n_ment > 1:
        n_ment -= 1 if small else 2
        pages_body = body.body_pages(dec, st, random.Random(rng.random()), crng, n_ment)
    images: list[Image.Image] = list(pages_body)
    kinds = ["body"] * len(images)
    if layout in NARRATIVE_LAYOUTS:
        images.append(body.narrative_page(dec, st, rng))
        kinds.append("narrative")

    tm = TableMaker(dec, st, lay, rng, nrng_py, profile.speck_p)
    seg_pages = tm.paginate()
    first_table = len(images) + 1
    table_cells = _table_pages(tm, seg_pages, dec, st, rng, crng, nrng, images, kinds)
    table_pages = list(range(first_table, first_table + len(seg_pages)))
    rotated = rng.choice(table_pages) if rotate_one else None
    if layout == "mesuji":
        for img in images:
            _footer(img, st, _jdih(dec))
    for p in table_pages:
        _noise_stamps(images[p - 1], st, dec, profile.stamps if nrng.random() < 0.8 else 0, nrng)

    finals, applied = [], []
    for i, img in enumerate(images):
        src = images[i + 1] if i + 1 < len(images) else None
        rot = rot_dir if rotated == i + 1 else 0
        out, ap = degrade.degrade(img, noise, nrng, gray, rot, src)
        finals.append(out)
        applied.append(ap)

    out_dir.mkdir(parents=True, exist_ok=True)
    pdf_path = out_dir / f"{name}.pdf"
    json_path = out_dir / f"{name}.json"
    pdf.write_pdf(pdf_path, [(im, profile.jpeg) for im in finals], dpi)
    doc = truth.document_json(dec, lay, seed=seed, noise=noise, dpi=dpi, file=pdf_path.name, kinds=kinds,
                              finals=finals, applied=applied, table_pages=table_pages, seg_pages=seg_pages,
                              table_cells=table_cells, mark_style=st.mark_style)
    json_path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return pdf_path, json_path
