"""Checkmarks in month cells: typed glyphs, hand-drawn ticks and crosses, shaded cells, stray specks."""

from __future__ import annotations

import random

from PIL import ImageDraw

from . import textdraw
from .style import Style

GLYPHS = {"glyph_v": "v", "glyph_V": "V", "glyph_check": "\u2713", "glyph_sqrt": "\u221a"}
PEN = ((20, 20, 25), (25, 35, 110), (15, 15, 60))


def _bezier(p0, p1, p2, n: int = 10) -> list[tuple[float, float]]:
    out = []
    for i in range(n + 1):
        t = i / n
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        out.append((a * p0[0] + b * p1[0] + c * p2[0], a * p0[1] + b * p1[1] + c * p2[1]))
    return out


def _stroke(draw: ImageDraw.ImageDraw, p0, p2, bend: float, width: int, color) -> None:
    mx, my = (p0[0] + p2[0]) / 2, (p0[1] + p2[1]) / 2
    dx, dy = p2[0] - p0[0], p2[1] - p0[1]
    ctrl = (mx - dy * bend, my + dx * bend)
    draw.line(_bezier(p0, ctrl, p2), fill=color, width=width, joint="curve")


def mark_box(box: tuple[int, int, int, int], size: float, top: bool, line_h: float,
             rng: random.Random) -> tuple[float, float, float]:
    """Where a mark of the given size goes in the cell: x, y of its top-left corner and its size."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    size = min(size, w * 0.9, h * 0.9)
    cx = x0 + w / 2 + rng.uniform(-0.12, 0.12) * (w - size)
    cy = y0 + min(h / 2, line_h * 0.9 + size / 2) if top else y0 + h / 2
    cy += rng.uniform(-0.15, 0.15) * min(size, h - size)
    return cx - size / 2, max(y0 + 1, min(y1 - size - 1, cy - size / 2)), size


def draw_mark(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], st: Style, rng: random.Random,
              top: bool, line_h: float) -> str:
    """Draw one mark; returns the cell text a perfect reader would see (the glyph, or '')."""
    x0, y0, x1, y1 = box
    w = x1 - x0
    style = st.mark_style
    if st.fill is not None:
        draw.rectangle((x0, y0, x1, y1), fill=st.fill)
        return ""
    if style == "shade":
        inset = rng.randint(0, max(1, st.line_px + 1))
        g = rng.randint(105, 175)
        draw.rectangle((x0 + inset, y0 + inset, x1 - inset, y1 - inset), fill=(g, g, g))
        return ""
    if style in GLYPHS:
        ch = GLYPHS[style]
        if ch in "vV" and rng.random() < 0.04:
            ch = "V" if ch == "v" else "v"
        fam = "symbol" if ch not in "vV" else st.table_family
        px = int(st.table_px * rng.uniform(0.95, 1.25) * (1.15 if ch in "vV" else 1.0))
        f = textdraw.font(fam, "b" if rng.random() < 0.3 and fam != "symbol" else "r", px)
        gx, gy, _ = mark_box(box, px * 0.7, top, line_h, rng)
        bb = f.getbbox(ch)
        draw.text((gx - bb[0], gy - bb[1]), ch, font=f, fill=(0, 0, 0))
        return ch
    size = w * max(0.3, min(0.9, st.mark_scale * rng.uniform(0.85, 1.15)))
    mx, my, s = mark_box(box, size, top, line_h, rng)
    width = max(1, round(rng.uniform(1, 4) * st.dpi / 200))
    color = rng.choice(PEN)
    bend = rng.uniform(-0.18, 0.18)
    if style == "cross":
        _stroke(draw, (mx, my), (mx + s, my + s), bend, width, color)
        _stroke(draw, (mx + s, my), (mx, my + s), -bend, width, color)
        return ""
    valley = (mx + s * rng.uniform(0.28, 0.42), my + s * rng.uniform(0.85, 1.0))
    _stroke(draw, (mx, my + s * rng.uniform(0.4, 0.6)), valley, bend * 0.5, width, color)
    tip = (mx + s * rng.uniform(0.9, 1.05), my + s * rng.uniform(-0.05, 0.12))
    _stroke(draw, valley, tip, bend, width, color)
    return ""


def speck(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], rng: random.Random, dpi: int) -> None:
    """A stray dot or short scratch in an unmarked cell (scanner dust, pen slip)."""
    x0, y0, x1, y1 = box
    if x1 - x0 < 6 or y1 - y0 < 6:
        return
    x, y = rng.uniform(x0 + 3, x1 - 3), rng.uniform(y0 + 3, y1 - 3)
    r = max(1.0, rng.uniform(0.5, 1.6) * dpi / 200)
    g = rng.randint(40, 150)
    if rng.random() < 0.7:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(g, g, g))
    else:
        draw.line((x, y, x + rng.uniform(-4, 4) * r, y + rng.uniform(-3, 3) * r), fill=(g, g, g), width=1)
