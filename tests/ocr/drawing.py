"""Small synthetic page images for stage tests: a ruled grid, ticks, specks, text."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONTS = Path("/usr/share/fonts/truetype")


def _first_font(*names: str) -> Path | None:
    """The first of the given fonts installed here (Liberation, else DejaVu)."""
    return next((FONTS / n for n in names if (FONTS / n).exists()), None)


FONT = _first_font("liberation/LiberationSans-Regular.ttf", "dejavu/DejaVuSans.ttf")


def blank(w: int, h: int) -> np.ndarray:
    return np.full((h, w), 255, dtype=np.uint8)


def draw_grid(img: np.ndarray, xs: list[int], ys: list[int], *, skip_v=(), skip_h=(), thickness=2) -> None:
    """Rule a grid; skip_v: (row, col) whose right edge stays open; skip_h: (row, col) whose lower edge."""
    for r in range(len(ys) - 1):
        for c in range(len(xs)):
            if c == 0 or c == len(xs) - 1 or (r, c - 1) not in skip_v:
                cv2.line(img, (xs[c], ys[r]), (xs[c], ys[r + 1]), 0, thickness)
    for c in range(len(xs) - 1):
        for r in range(len(ys)):
            if r == 0 or r == len(ys) - 1 or (r - 1, c) not in skip_h:
                cv2.line(img, (xs[c], ys[r]), (xs[c + 1], ys[r]), 0, thickness)


def draw_tick(img: np.ndarray, box: tuple[int, int, int, int], size: float = 0.6, stroke: int = 2) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cx, cy = x0 + w / 2, y0 + h / 2
    s = size * min(w, h) / 2
    pts = np.array([(cx - s, cy), (cx - s / 3, cy + s * 0.8), (cx + s, cy - s)], dtype=np.int32)
    cv2.polylines(img, [pts], False, 0, stroke)


BOLD_FONT = _first_font("liberation/LiberationSans-Bold.ttf", "dejavu/DejaVuSans-Bold.ttf")


def draw_text(
    img: np.ndarray, xy: tuple[int, int], text: str, size: int = 22, bold: bool = False
) -> np.ndarray:
    pil = Image.fromarray(img)
    face = BOLD_FONT if bold else FONT
    font = ImageFont.truetype(str(face), size) if face else ImageFont.load_default()
    ImageDraw.Draw(pil).text(xy, text, fill=0, font=font)
    out = np.array(pil)
    img[:] = out
    return img


def month_table(marks: dict[int, set[int]], n_rows: int = 3) -> tuple[np.ndarray, list[int], list[int]]:
    """A small plan: NO, KOMPONEN, INDIKATOR, 12 months; header of two rows; marks[row] = months."""
    xs = [40, 100, 400, 700] + [700 + 45 * (i + 1) for i in range(12)]
    ys = [40, 90, 130] + [130 + 90 * (i + 1) for i in range(n_rows)]
    img = blank(xs[-1] + 60, ys[-1] + 60)
    header_top_merge = {(0, c) for c in range(3, 14)}  # month title spans 12 columns in header row 0
    header_rows_merge = {(0, c) for c in range(3)}  # NO, KOMPONEN, INDIKATOR span both header rows
    draw_grid(img, xs, ys, skip_v=header_top_merge, skip_h=header_rows_merge)
    draw_text(img, (50, 70), "NO")
    draw_text(img, (180, 70), "KOMPONEN")
    draw_text(img, (480, 70), "INDIKATOR")
    draw_text(img, (800, 50), "PELAKSANAAN (BULAN)")
    for m in range(12):
        draw_text(img, (xs[3 + m] + 10, 98), str(m + 1), size=20)
    for r in range(n_rows):
        y = ys[2 + r]
        draw_text(img, (60, y + 10), str(r + 1))
        draw_text(img, (110, y + 10), f"Tim Kerja {r + 1}")
        draw_text(img, (410, y + 10), "Menetapkan SK Tim")
        for m in marks.get(r, set()):
            draw_tick(img, (xs[2 + m], y, xs[3 + m], ys[3 + r]))
    return img, xs, ys
