"""Ink that is not text: the emblem above the letterhead, round office stamps, signatures.

All shapes are drawn as an 'L' coverage mask and blended multiplicatively onto the page, so stamp ink
darkens whatever it overlaps (text, ruling lines, checkmarks) the way real ink does.
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw

from . import textdraw

INKS = {"black": (25, 25, 30), "blue": (30, 45, 140), "purple": (95, 55, 150), "violet": (70, 40, 170)}


def blend(page: Image.Image, mask: Image.Image, xy: tuple[int, int], color: tuple[int, int, int],
          alpha: float, rng: np.random.Generator | None = None) -> None:
    """Multiply ink of the given colour through the mask onto the page, in place."""
    x0, y0 = xy
    w, h = mask.size
    px0, py0, px1, py1 = max(0, x0), max(0, y0), min(page.width, x0 + w), min(page.height, y0 + h)
    if px1 <= px0 or py1 <= py0:
        return
    m = np.asarray(mask, dtype=np.float32)[py0 - y0:py1 - y0, px0 - x0:px1 - x0] / 255.0 * alpha
    if rng is not None:
        gh, gw = max(2, m.shape[0] // 40), max(2, m.shape[1] // 40)
        patch = np.asarray(Image.fromarray((rng.random((gh, gw)) * 255).astype(np.uint8)).resize(
            (m.shape[1], m.shape[0]), Image.BILINEAR), dtype=np.float32) / 255.0
        m = m * (0.45 + 0.75 * patch).clip(0, 1)
    region = np.asarray(page.crop((px0, py0, px1, py1)), dtype=np.float32)
    col = np.array(color, dtype=np.float32)
    if region.ndim == 2:
        col = np.array([col.mean()], dtype=np.float32)
        region = region[..., None]
    out = region * (1 - m[..., None]) + (region * col / 255.0) * m[..., None]
    out = out.clip(0, 255).astype(np.uint8)
    page.paste(Image.fromarray(out[..., 0] if out.shape[2] == 1 else out), (px0, py0))


def emblem(size: int) -> Image.Image:
    """A Garuda-like silhouette: fanned wings, shield, head, tail (stands in for the state emblem)."""
    m = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(m)
    c = size / 2
    for side in (-1, 1):
        for k in range(9):
            ang = math.radians(100 - k * 11)
            r0, r1 = size * 0.14, size * (0.46 - k * 0.012)
            x0, y0 = c + side * r0 * math.cos(ang) * 0.9, size * 0.5 - r0 * math.sin(ang)
            x1, y1 = c + side * r1 * math.cos(ang), size * 0.5 - r1 * math.sin(ang)
            d.line((x0, y0, x1, y1), fill=255, width=max(2, size // 28))
    d.ellipse((c - size * 0.07, size * 0.08, c + size * 0.07, size * 0.22), fill=255)
    d.polygon([(c - size * 0.17, size * 0.32), (c + size * 0.17, size * 0.32), (c + size * 0.15, size * 0.6),
               (c, size * 0.7), (c - size * 0.15, size * 0.6)], fill=255)
    d.polygon([(c - size * 0.12, size * 0.38), (c + size * 0.12, size * 0.38), (c + size * 0.1, size * 0.56),
               (c, size * 0.62), (c - size * 0.1, size * 0.56)], fill=60)
    d.line((c, size * 0.38, c, size * 0.62), fill=255, width=max(1, size // 60))
    d.line((c - size * 0.12, size * 0.48, c + size * 0.12, size * 0.48), fill=255, width=max(1, size // 60))
    for k in range(5):
        x = c + (k - 2) * size * 0.045
        d.polygon([(x - size * 0.02, size * 0.7), (x + size * 0.02, size * 0.7), (x, size * 0.86)], fill=255)
    d.rectangle((c - size * 0.22, size * 0.88, c + size * 0.22, size * 0.93), outline=255,
                width=max(1, size // 60))
    return m


def round_stamp(size: int, ring_text: str, inner: str, rot: float) -> Image.Image:
    """Office stamp: double ring, text around it, a star and a word in the middle."""
    m = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(m)
    lw = max(2, size // 80)
    d.ellipse((lw, lw, size - lw, size - lw), outline=255, width=lw * 2)
    r_in = size * 0.34
    c = size / 2
    d.ellipse((c - r_in, c - r_in, c + r_in, c + r_in), outline=255, width=lw)
    f = textdraw.font("arial", "b", int(size * 0.085))
    text = f" {ring_text} * "
    r_txt = size * 0.405
    step = 360.0 / max(len(text), 1)
    for i, ch in enumerate(text):
        ang = rot + i * step
        tile = Image.new("L", (int(size * 0.12), int(size * 0.12)), 0)
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=f, fill=255, anchor="mm")
        tile = tile.rotate(-ang, resample=Image.BILINEAR)
        a = math.radians(ang - 90)
        px, py = c + r_txt * math.cos(a), c + r_txt * math.sin(a)
        m.paste(255, (int(px - tile.width / 2), int(py - tile.height / 2)), tile)
    star = [(c + (size * (0.1 if k % 2 == 0 else 0.04)) * math.cos(math.radians(-90 + k * 36)),
             c - size * 0.07 + (size * (0.1 if k % 2 == 0 else 0.04)) * math.sin(math.radians(-90 + k * 36)))
            for k in range(10)]
    d.polygon(star, fill=255)
    fi = textdraw.font("arial", "b", int(size * 0.075))
    d.text((c, c + size * 0.12), inner, font=fi, fill=255, anchor="mm")
    return m


def signature(w: int, h: int, rng: np.random.Generator, width: int) -> Image.Image:
    """A scribbled signature: a few loops on a slanted baseline with a trailing flourish."""
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    n = 160
    t = np.linspace(0, 1, n)
    loops = rng.integers(3, 7)
    x = w * (0.08 + 0.8 * t) + w * 0.05 * np.sin(2 * np.pi * loops * t + rng.random() * 6)
    y = h * (0.6 - 0.25 * t) - h * (0.25 + 0.1 * rng.random()) * np.sin(2 * np.pi * loops * t) * (1 - 0.5 * t)
    pts = list(zip(x.tolist(), y.tolist(), strict=True))
    d.line(pts, fill=255, width=width, joint="curve")
    fx = np.linspace(w * 0.2, w * 0.95, 40)
    fy = h * 0.75 + h * 0.08 * np.sin(np.linspace(0, 3, 40)) - np.linspace(0, h * 0.2, 40)
    d.line(list(zip(fx.tolist(), fy.tolist(), strict=True)), fill=255, width=max(1, width - 1))
    return m
