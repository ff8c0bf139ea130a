"""Lays the LAMPIRAN table out on landscape pages: wrapping, pagination with split rows, merged cells.

Produces, per page, the image and the list of grid cells (ground truth before degradation).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw

from . import body, marks, textdraw
from .content import Decree, Row
from .layouts import Layout
from .style import Style


@dataclass
class Seg:
    """The part of one logical row that sits on one page."""

    row: int
    part: int
    lines: dict[str, list[str]]
    h: float


@dataclass
class Cell:
    row: int
    col: int
    rowspan: int
    colspan: int
    bbox: tuple[int, int, int, int]
    kind: str
    lines: list[str] = field(default_factory=list)
    align: str = "left"
    bold: bool = False
    month: int | None = None
    marked: bool | None = None
    action: int | None = None
    text: str | None = None

    def truth(self) -> dict:
        return {"row": self.row, "col": self.col, "rowspan": self.rowspan, "colspan": self.colspan,
                "bbox": list(self.bbox), "kind": self.kind,
                "text": self.text if self.text is not None else " ".join(" ".join(self.lines).split()),
                "month": self.month, "marked": self.marked, "action": self.action}


class TableMaker:
    """Geometry and drawing of one document's table pages."""

    def __init__(self, dec: Decree, st: Style, lay: Layout, rng: random.Random, noise_rng: random.Random,
                 speck_p: float):
        self.dec, self.st, self.lay, self.rng, self.speck_p = dec, st, lay, rng, speck_p
        self.noise_rng = noise_rng
        self.w, self.h = st.page_size(True)
        self.left = st.mm(rng.uniform(10, 18))
        self.right = self.w - st.mm(rng.uniform(10, 16))
        self.top = st.mm(rng.uniform(10, 16))
        self.bottom = self.h - st.mm(rng.uniform(14, 20))
        self.f = textdraw.font(st.table_family, "r", st.table_px)
        self.fb = textdraw.font(st.table_family, "b", st.table_px)
        self.lh = st.table_px * rng.uniform(1.12, 1.25)
        self.pad = max(3, round(st.table_px * 0.3))
        self.mark_top = rng.random() < 0.5
        self.min_split = rng.choice((1, 2, 2, 10_000))
        month_w = st.mm(lay.month_mm)
        n_month = sum(1 for c in lay.cols if c.month)
        free = self.right - self.left - n_month * month_w
        wsum = sum(c.weight for c in lay.cols if not c.month)
        xs = [float(self.left)]
        for c in lay.cols:
            xs.append(xs[-1] + (month_w if c.month else free * c.weight / wsum))
        self.xs = [round(x) for x in xs]
        self._yi: list[int] = []
        self.action_index = {}
        for i, r in enumerate(dec.rows):
            if r.kind == "action":
                self.action_index[i] = len(self.action_index)
        self.header_h = self._header_heights()

    def colw(self, c0: int, span: int = 1) -> float:
        return self.xs[c0 + span] - self.xs[c0] - 2 * self.pad

    def _header_heights(self) -> list[float]:
        hs = [2 * self.pad + self.lh] * self.lay.header_rows
        tall = []
        for hc in self.lay.header:
            n = len(textdraw.wrap(hc.text, self.fb, self.colw(hc.col, hc.colspan)))
            need = n * self.lh + 2 * self.pad
            if hc.rowspan == 1:
                hs[hc.row] = max(hs[hc.row], need)
            else:
                tall.append(need)
        extra = max(tall, default=0) - sum(hs)
        if extra > 0:
            hs[0] += extra
        if self.st.colnum_row:
            hs.append(2 * self.pad + self.lh)
        return hs

    def measure(self, r: Row) -> dict[str, list[str]]:
        if r.kind == "section":
            span = len(self.lay.cols) - (0 if self.st.section_merged else 1)
            text = f"{r.cells['no']} {r.cells['title']}" if self.st.section_merged else r.cells["title"]
            return {"title": textdraw.wrap(text, self.fb, self.colw(len(self.lay.cols) - span, span))}
        out = {}
        for i, c in enumerate(self.lay.cols):
            if not c.month:
                out[c.key] = textdraw.wrap(r.cells.get(c.key, ""), self.f, self.colw(i))
        return out

    def seg_h(self, lines: dict[str, list[str]]) -> float:
        return 2 * self.pad + self.lh * max(1, max((len(v) for v in lines.values()), default=1))

    def title_lines(self) -> list[str]:
        dec = self.dec
        sat = dec.satker.name.upper()
        t = dec.judul.upper()
        if self.lay.name == "sumbawa":
            return ["RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS",
                    "MENUJU WILAYAH BEBAS KORUPSI DAN WILAYAH BIROKRASI BERSIH DAN MELAYANI"]
        if self.lay.name == "mesuji":
            return [t, f"DI LINGKUNGAN SEKRETARIAT {dec.satker.kpu.upper()}", f"TAHUN {dec.tahun}"]
        return [t, f"{sat} TAHUN {dec.tahun}"]

    def first_top(self) -> float:
        y = self.top
        if self.lay.name in ("mesuji", "tambrauw", "sumbawa"):
            lines, px = body.lampiran_lines(self.dec, self.st, small=True)
            y += len(lines) * px * 1.25 + self.st.mm(2)
        return y + len(self.title_lines()) * self.st.body_px * 1.35 + self.st.mm(4)

    def paginate(self) -> list[list[Seg]]:
        pages: list[list[Seg]] = [[]]
        y = self.first_top() + sum(self.header_h)
        body_top = self.top + sum(self.header_h)
        rows = self.dec.rows
        for i, r in enumerate(rows):
            lines = self.measure(r)
            part = 0
            while True:
                h = self.seg_h(lines)
                room = self.bottom - y
                if r.kind == "section":
                    nxt = self.seg_h(self.measure(rows[i + 1])) if i + 1 < len(rows) else 0
                    if h + min(nxt, 2 * self.pad + 2 * self.lh) <= room or not pages[-1]:
                        pages[-1].append(Seg(i, 0, lines, h))
                        y += h
                        break
                elif h <= room:
                    pages[-1].append(Seg(i, part, lines, h))
                    y += h
                    break
                else:
                    k = math.floor((room - 2 * self.pad) / self.lh)
                    grp = max((len(lines[g]) for g in self.lay.group_cols if g in lines), default=0)
                    if k >= (self.min_split if pages[-1] else 1) and (k >= grp or not pages[-1]):
                        head = {c: v[:k] for c, v in lines.items()}
                        pages[-1].append(Seg(i, part, head, self.seg_h(head)))
                        lines = {c: ([] if c in self.lay.group_cols else v[k:]) for c, v in lines.items()}
                        part += 1
                pages.append([])
                y = body_top
        return [p for p in pages if p]

    def _group_spans(self, segs: list[Seg], key: str) -> list[tuple[int, int]]:
        """Runs of consecutive action segments sharing this column's merge group: (start, length)."""
        spans: list[tuple[int, int]] = []
        prev = None
        for j, s in enumerate(segs):
            r = self.dec.rows[s.row]
            gid = r.groups.get(key) if r.kind == "action" and self.st.merge_rowspan else None
            if gid is not None and gid == prev and spans:
                spans[-1] = (spans[-1][0], spans[-1][1] + 1)
            else:
                spans.append((j, 1))
            prev = gid
        return spans

    def cells(self, segs: list[Seg], y0: float) -> tuple[list[Cell], list[float]]:
        """All grid cells of one page (header, column numbers, body) and the y of every grid line."""
        ys = [y0]
        for hh in self.header_h:
            ys.append(ys[-1] + hh)
        for s in segs:
            ys.append(ys[-1] + s.h)
        self._yi = [round(v) for v in ys]
        nh = len(self.header_h)
        out: list[Cell] = []
        for hc in self.lay.header:
            lines = textdraw.wrap(hc.text, self.fb, self.colw(hc.col, hc.colspan))
            bb = self._box(hc.row, hc.col, hc.rowspan, hc.colspan)
            out.append(Cell(hc.row, hc.col, hc.rowspan, hc.colspan, bb, "header", lines, "center",
                            self.st.header_bold, hc.month))
        if self.st.colnum_row:
            out += [Cell(nh - 1, c, 1, 1, self._box(nh - 1, c), "colnum", [str(c + 1)], "center")
                    for c in range(len(self.lay.cols))]
        spans = {k: dict(self._group_spans(segs, k)) for k in self.lay.group_cols}
        covered: dict[str, set[int]] = {k: set() for k in spans}
        for k, sp in spans.items():
            for start, n in sp.items():
                covered[k].update(range(start + 1, start + n))
        for j, s in enumerate(segs):
            if self.dec.rows[s.row].kind == "section":
                out += self._section_cells(nh + j, s)
            else:
                out += self._action_cells(nh + j, j, s, spans, covered)
        return out, ys

    def _box(self, r0: int, c0: int, rs: int = 1, cs: int = 1) -> tuple[int, int, int, int]:
        return (self.xs[c0], self._yi[r0], self.xs[c0 + cs], self._yi[r0 + rs])

    def _section_cells(self, g: int, s: Seg) -> list[Cell]:
        n = len(self.lay.cols)
        if self.st.section_merged:
            return [Cell(g, 0, 1, n, self._box(g, 0, 1, n), "section", s.lines["title"], bold=True)]
        no = self.dec.rows[s.row].cells["no"]
        return [Cell(g, 0, 1, 1, self._box(g, 0), "section", [no], "center", True),
                Cell(g, 1, 1, n - 1, self._box(g, 1, 1, n - 1), "section", s.lines["title"], bold=True)]

    def _action_cells(self, g: int, j: int, s: Seg, spans: dict[str, dict[int, int]],
                      covered: dict[str, set[int]]) -> list[Cell]:
        r = self.dec.rows[s.row]
        act = self.action_index[s.row]
        out = []
        for c, col in enumerate(self.lay.cols):
            if col.month:
                out.append(Cell(g, c, 1, 1, self._box(g, c), "body", [], "center", month=col.month,
                                marked=s.part == 0 and col.month in r.months, action=act))
                continue
            if col.key in spans and j in covered[col.key]:
                continue
            n = spans[col.key].get(j, 1) if col.key in spans else 1
            out.append(Cell(g, c, n, 1, self._box(g, c, n), "body", s.lines.get(col.key, []), col.align,
                            action=act))
        return out

    def draw_page(self, segs: list[Seg], first: bool, page_no: int, nrng: np.random.Generator
                  ) -> tuple[Image.Image, list[Cell], float]:
        img, d = body.new_page(self.st, True)
        st = self.st
        y = self.top
        if st.page_numbers:
            textdraw.draw_centered(d, self.w / 2, st.mm(6), f"- {page_no} -", self.f)
        if first:
            if self.lay.name in ("mesuji", "tambrauw", "sumbawa"):
                y = body.lampiran_block(self.dec, st, d, self.w - st.mm(110), y, small=True) + st.mm(2)
            ft = textdraw.font(st.body_family, "b", st.body_px)
            for t in self.title_lines():
                textdraw.draw_centered(d, (self.left + self.right) / 2, y, t, ft)
                y += st.body_px * 1.35
            y = self.first_top()
        cells, ys = self.cells(segs, y)
        if st.header_shade is not None:
            g = st.header_shade
            d.rectangle((self.xs[0], ys[0], self.xs[-1], ys[len(self.header_h)]), fill=(g, g, g))
        self._rule(img, cells, nrng)
        for c in cells:
            self._text(d, c)
        for c in cells:
            if c.month is None or c.kind != "body":
                continue
            lp = st.line_px
            inner = (c.bbox[0] + lp, c.bbox[1] + lp, c.bbox[2] - lp, c.bbox[3] - lp)
            if c.marked:
                c.text = marks.draw_mark(d, inner, st, self.rng, self.mark_top, self.lh + self.pad)
            elif self.noise_rng.random() < self.speck_p:
                marks.speck(d, inner, self.noise_rng, st.dpi)
        return img, cells, ys[-1]

    def _text(self, d: ImageDraw.ImageDraw, c: Cell) -> None:
        f = self.fb if c.bold else self.f
        x0, y0, x1, y1 = c.bbox
        ty = y0 + self.pad
        if c.kind == "header":
            ty = (y0 + y1) / 2 - len(c.lines) * self.lh / 2 + self.lh * 0.08
        for line in c.lines:
            if c.align == "center":
                textdraw.draw_centered(d, (x0 + x1) / 2, ty, line, f)
            else:
                d.text((x0 + self.pad, ty), line, font=f, fill=(0, 0, 0))
            ty += self.lh

    def _rule(self, img: Image.Image, cells: list[Cell], nrng: np.random.Generator) -> None:
        """Ruling lines drawn as a mask, optionally broken, then inked at the document's line grey."""
        st = self.st
        mask = Image.new("L", img.size, 0)
        md = ImageDraw.Draw(mask)
        half = st.line_px // 2
        for c in cells:
            x0, y0, x1, y1 = c.bbox
            md.rectangle((x0 - half, y0 - half, x1 + st.line_px - half - 1, y1 + st.line_px - half - 1),
                         outline=255, width=st.line_px)
        m = np.asarray(mask, dtype=np.float32) / 255.0
        if st.broken_lines > 0:
            m = m.copy()
            n = int(st.broken_lines * (len(cells) * 6))
            gl = nrng.uniform(st.dpi * 0.02, st.dpi * 0.12, n)
            pick = nrng.integers(0, len(cells), n)
            side = nrng.integers(0, 4, n)
            for k in range(n):
                x0, y0, x1, y1 = cells[pick[k]].bbox
                L = int(gl[k])
                if side[k] < 2:
                    yy = y0 if side[k] == 0 else y1
                    xx = int(nrng.uniform(x0, max(x0 + 1, x1 - L)))
                    m[max(0, yy - st.line_px):yy + st.line_px + 1, xx:xx + L] *= nrng.uniform(0.0, 0.5)
                else:
                    xx = x0 if side[k] == 2 else x1
                    yy = int(nrng.uniform(y0, max(y0 + 1, y1 - L)))
                    m[yy:yy + L, max(0, xx - st.line_px):xx + st.line_px + 1] *= nrng.uniform(0.0, 0.5)
        arr = np.asarray(img, dtype=np.float32)
        a = m[..., None]
        arr = arr * (1 - a) + np.minimum(arr, st.line_grey) * a
        img.paste(Image.fromarray(arr.astype(np.uint8)))
