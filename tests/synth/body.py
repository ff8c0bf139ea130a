"""The portrait decree body (letterhead to signatures) and the narrative LAMPIRAN page."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from . import stamps, textdraw, texts
from .content import Decree
from .style import Style

DIKTUM = ("KESATU", "KEDUA", "KETIGA", "KEEMPAT")


@dataclass
class Op:
    """One unbreakable slice of the flow (a line, or a block such as the signatures)."""

    h: float
    draw: Callable[[Image.Image, ImageDraw.ImageDraw, float], None]
    keep_next: bool = False


def new_page(st: Style, landscape: bool) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new("RGB", st.page_size(landscape), (255, 255, 255))
    return img, ImageDraw.Draw(img)


def date_id(d) -> str:
    return f"{d.day} {texts.MONTHS_ID[d.month - 1]} {d.year}"


def kpu_lines(region: str) -> list[str]:
    return ["KOMISI PEMILIHAN UMUM", region.upper() if region else "REPUBLIK INDONESIA"]


def sign_block(dec: Decree, st: Style, rng: random.Random, nrng: np.random.Generator, width: int,
               with_place: bool = True) -> Op:
    """Ketua block on the right, 'Salinan sesuai dengan aslinya' on the left, stamp and signature ink."""
    f = textdraw.font(st.body_family, "r", st.body_px)
    fb = textdraw.font(st.body_family, "b", st.body_px)
    lh = st.body_px * 1.3
    region = dec.satker.region.upper()
    right = []
    if with_place:
        right = [(f"Ditetapkan di {dec.tempat}", f), (f"pada tanggal {date_id(dec.tanggal)}", f), ("", f)]
    right += [("KETUA KOMISI PEMILIHAN UMUM", fb)] + ([(region + ",", fb)] if region else [])
    name = " ".join(dec.ketua) if st.spaced_ketua else dec.ketua
    left = [("Salinan sesuai dengan aslinya,", f), ("SEKRETARIAT KOMISI PEMILIHAN UMUM", f)]
    left += ([(region, f)] if region else []) + [(dec.kasubbag, f)]
    gap = 4.2 * lh
    h = max(len(right), len(left) + 1) * lh + gap + 2 * lh
    stamp_inner = "KETUA" if rng.random() < 0.6 else "SEKRETARIAT"
    rot = rng.uniform(0, 360)

    def draw(img: Image.Image, d: ImageDraw.ImageDraw, y: float) -> None:
        xr = width * 0.55
        for i, (t, ff) in enumerate(right):
            d.text((xr, y + i * lh), t, font=ff, fill=0)
        ys = y + len(right) * lh
        d.text((xr + st.mm(8), ys + 0.3 * lh), "ttd." if rng.random() < 0.3 else "", font=f, fill=0)
        d.text((xr, ys + gap), name, font=fb, fill=0)
        yl = ys + gap + 2.2 * lh
        for i, (t, ff) in enumerate(left):
            d.text((st.mm(25), yl + i * lh), t, font=ff, fill=0)
        d.text((st.mm(25), yl + (len(left) + 2.5) * lh), dec.salinan, font=fb, fill=0)
        ink = stamps.INKS[st.ink]
        sw, sh = st.mm(45), st.mm(22)
        sig = stamps.signature(sw, sh, nrng, max(2, st.dpi // 70))
        sig_xy = (int(xr + st.mm(5)), int(ys + gap * 0.35 - sh / 2 + lh))
        stamps.blend(img, sig, sig_xy, stamps.INKS["blue"], 0.9)
        size = st.mm(36)
        ring = f"KOMISI PEMILIHAN UMUM * {region or 'REPUBLIK INDONESIA'}"
        mask = stamps.round_stamp(size, ring, stamp_inner, rot)
        stamps.blend(img, mask, (int(xr - size * 0.45), int(ys + gap * 0.5 - size / 2)), ink, 0.75, nrng)

    return Op(h, draw)


class Flow:
    """Places Ops on successive pages, breaking only between Ops."""

    def __init__(self, st: Style, landscape: bool, top: int, bottom: int, header: Callable | None = None):
        self.st, self.landscape, self.top, self.bottom, self.header = st, landscape, top, bottom, header
        self.pages: list[tuple[Image.Image, ImageDraw.ImageDraw]] = []
        self.y = 0.0
        self._new()

    def _new(self) -> None:
        img, d = new_page(self.st, self.landscape)
        self.pages.append((img, d))
        self.y = self.top
        if self.header and len(self.pages) > 1:
            self.y = self.header(img, d, len(self.pages))

    def add(self, op: Op) -> None:
        if self.y + op.h > self.pages[-1][0].height - self.bottom and self.y > self.top + 1:
            self._new()
        img, d = self.pages[-1]
        op.draw(img, d, self.y)
        self.y += op.h


def _text_op(text: str, x: float, f, fill: int = 0, center_w: float | None = None, lh: float = 0) -> Op:
    def draw(img: Image.Image, d: ImageDraw.ImageDraw, y: float) -> None:
        if center_w is not None:
            textdraw.draw_centered(d, x + center_w / 2, y, text, f, fill)
        else:
            d.text((x, y), text, font=f, fill=fill)
    return Op(lh, draw)


def _centered(text: str, x: float, w: float, f, lh: float) -> list[Op]:
    return [_text_op(line, x, f, center_w=w, lh=lh) for line in textdraw.wrap(text, f, w * 0.86)]


def _hanging(label: str, marker: str, text: str, xs: tuple[float, float, float, float], right: float, f,
             fb, lh: float, justify: bool) -> list[Op]:
    """A 'Menimbang : a. bahwa ...' item: label, colon, marker, then a justified hanging paragraph."""
    x0, x1, x2, x3 = xs
    width = right - x3
    lines = textdraw.wrap(text, f, width)
    ops = []
    for i, line in enumerate(lines):
        last = i == len(lines) - 1

        def draw(img, d, y, line=line, first=i == 0, last=last):
            if first:
                if label:
                    d.text((x0, y), label, font=fb if label.isupper() else f, fill=0)
                    d.text((x1, y), ":", font=f, fill=0)
                if marker:
                    d.text((x2, y), marker, font=f, fill=0)
            textdraw.draw_line(d, x3, y, width, line, f, justify=justify and not last)
        ops.append(Op(lh, draw))
    return ops


def body_pages(dec: Decree, st: Style, rng: random.Random, nrng: np.random.Generator,
               n_mengingat: int) -> list[Image.Image]:
    """Render the decree body; the caller retries with fewer Mengingat items if it exceeds two pages."""
    f = textdraw.font(st.body_family, "r", st.body_px)
    fb = textdraw.font(st.body_family, "b", st.body_px)
    fh = textdraw.font(st.body_family, "b", round(st.body_px * 1.25))
    lh = st.body_px * 1.32
    w, _ = st.page_size(False)
    left, right = st.mm(rng.uniform(22, 30)), w - st.mm(rng.uniform(18, 25))
    tw = right - left
    xs = (left, left + st.mm(30), left + st.mm(34), left + st.mm(41))

    def header(img, d, n):
        if st.page_numbers:
            textdraw.draw_centered(d, w / 2, st.mm(12), f"- {n} -", f)
        return st.mm(25)

    flow = Flow(st, False, st.mm(rng.uniform(12, 18)), st.mm(22), header)
    ops: list[Op] = []
    if st.salinan_top:
        ops.append(Op(lh, lambda img, d, y: d.text((left if rng.random() < 0.5 else right - st.mm(25), y),
                                                   "SALINAN", font=fb, fill=0)))
    esize = st.mm(24)

    def draw_emblem(img, d, y):
        stamps.blend(img, stamps.emblem(esize), (int(w / 2 - esize / 2), int(y)), (20, 20, 20), 1.0)
    ops.append(Op(esize + lh * 0.4, draw_emblem))
    for line in kpu_lines(dec.head_region):
        ops.append(_text_op(line, left, fh, center_w=tw, lh=lh * 1.25))
    ops.append(Op(lh * 0.8, lambda *a: None))
    head_kpu = dec.satker.kpu.upper().replace(dec.satker.region.upper(), dec.head_region.upper())
    ops += _centered(f"KEPUTUSAN {head_kpu}", left, tw, fb, lh)
    ops += _centered(dec.nomor_line, left, tw, fb, lh)
    ops += _centered("TENTANG", left, tw, fb, lh)
    ops += _centered(dec.tentang, left, tw, fb, lh)
    ops.append(Op(lh * 0.8, lambda *a: None))
    region = dec.head_region if rng.random() < 0.5 else dec.satker.region
    ops += _centered(f"KETUA KOMISI PEMILIHAN UMUM {region.upper()}".strip() + ",", left, tw, fb, lh)
    ops.append(Op(lh * 0.6, lambda *a: None))
    fmt = {"kpu": dec.satker.kpu, "judul": dec.judul, "tahun": dec.tahun,
           "program": "pembangunan zona integritas" if "zi" in dec.jenis else "reformasi birokrasi",
           "tahun_menimbang": dec.tahun if rng.random() < 0.85 else dec.tahun - 2}
    menimbang = [t.format(**fmt) for t in rng.sample(texts.MENIMBANG[:3], rng.randint(1, 2))]
    if len(menimbang) > 1:
        menimbang.append(texts.MENIMBANG[3].format(**fmt))
    for i, t in enumerate(menimbang):
        ops += _hanging("Menimbang" if i == 0 else "", "abcd"[i] + "." if len(menimbang) > 1 else "", t,
                        xs, right, f, f, lh, st.justify)
    ops.append(Op(lh * 0.5, lambda *a: None))
    items = [t for t in texts.MENGINGAT if rng.random() < 0.9][:n_mengingat]
    for i, t in enumerate(items):
        ops += _hanging("Mengingat" if i == 0 else "", f"{i + 1}.", t, xs, right, f, f, lh, st.justify)
    ops.append(Op(lh * 0.6, lambda *a: None))
    ops += _centered("MEMUTUSKAN:", left, tw, fb, lh)
    men_kpu = f"KOMISI PEMILIHAN UMUM {dec.menetapkan_region.upper()}".strip()
    ops += _hanging("Menetapkan", "", f"KEPUTUSAN {men_kpu} TENTANG {dec.tentang}.", (*xs[:2], xs[2], xs[2]),
                    right, f, f, lh, st.justify)
    plan = f"{dec.judul} {dec.satker.kpu} Tahun {dec.tahun}"
    diktum = [f"Menetapkan {plan}, sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak "
              f"terpisahkan dari Keputusan ini.",
              f"{plan} sebagaimana dimaksud diktum KESATU, menjadi rujukan dalam pelaksanaan di lingkungan "
              f"{dec.satker.kpu}.",
              "Keputusan ini mulai berlaku pada tanggal ditetapkan."]
    if rng.random() < 0.4:
        diktum.pop(1)
    for i, t in enumerate(diktum):
        ops.append(Op(lh * 0.3, lambda *a: None))
        ops += _hanging(DIKTUM[i], "", t, (*xs[:2], xs[2], xs[2]), right, f, f, lh, st.justify)
    ops.append(Op(lh, lambda *a: None))
    ops.append(sign_block(dec, st, rng, nrng, w))
    for op in ops:
        flow.add(op)
    return [p[0] for p in flow.pages]


def lampiran_lines(dec: Decree, st: Style, small: bool) -> tuple[list[str], int]:
    """Wrapped lines of the 'LAMPIRAN / KEPUTUSAN ... / NOMOR ... / TENTANG ...' block and its font size."""
    px = round(st.body_px * (0.85 if small else 1.0))
    f = textdraw.font(st.body_family, "r", px)
    lines = ["LAMPIRAN", f"KEPUTUSAN {dec.satker.kpu.upper()}", dec.nomor_line, f"TENTANG {dec.tentang}"]
    return [part for t in lines for part in textdraw.wrap(t, f, st.mm(95))], px


def lampiran_block(dec: Decree, st: Style, d: ImageDraw.ImageDraw, x: float, y: float, small: bool) -> float:
    """Draws the LAMPIRAN block at the top right; returns the y below it."""
    lines, px = lampiran_lines(dec, st, small)
    f = textdraw.font(st.body_family, "r", px)
    for line in lines:
        d.text((x, y), line, font=f, fill=0)
        y += px * 1.25
    return y


def narrative_page(dec: Decree, st: Style, rng: random.Random) -> Image.Image:
    """One portrait page of LAMPIRAN narrative (Pendahuluan etc.), cut where the page ends."""
    img, d = new_page(st, False)
    w, h = img.size
    left, right = st.mm(25), w - st.mm(20)
    y = lampiran_block(dec, st, d, w * 0.52, st.mm(15), small=True) + st.mm(6)
    fb = textdraw.font(st.body_family, "b", st.body_px)
    f = textdraw.font(st.body_family, "r", st.body_px)
    lh = st.body_px * 1.4
    for line in (f"{dec.judul.upper()}", dec.satker.kpu.upper()):
        for part in textdraw.wrap(line, fb, right - left):
            textdraw.draw_centered(d, (left + right) / 2, y, part, fb)
            y += lh
    y += lh
    fmt = {"satker": dec.satker.name}
    numbering = "1234" if rng.random() < 0.6 else "ABCD"
    for i, (title, paras) in enumerate(texts.NARRATIVE):
        if y > h - st.mm(40):
            break
        d.text((left, y), f"{numbering[i]}. {title}", font=fb, fill=0)
        y += lh
        for p in paras:
            room = int((h - st.mm(22) - y) // lh)
            if room < 2:
                return img
            text = p.format(**fmt)
            lines = textdraw.wrap(text, f, right - left - st.mm(16))
            if len(lines) > room:
                text = " ".join(lines[:room])
            y = textdraw.draw_justified(d, left + st.mm(6), y, right - left - st.mm(6), text, f, lh,
                                        justify=st.justify, first_indent=st.mm(10))
            y += lh * 0.4
    return img
