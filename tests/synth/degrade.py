"""Scanner and photocopier damage by noise level, and the matching transform of ground-truth boxes."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image


@dataclass(frozen=True)
class Profile:
    """How hard one noise level hits a page."""

    skew: float  # max |degrees|
    blur: tuple[float, float]  # gaussian sigma range in px at 200 dpi
    gauss: float  # noise sigma (grey levels)
    specks: int  # salt-and-pepper blobs per page
    paper: tuple[int, int]  # paper grey range
    unevenness: float  # depth of the low-frequency illumination field
    jpeg: int
    stamps: int  # extra stamps on table pages
    bleed: float  # probability of bleed-through from the other side
    speck_p: float  # probability of a stray dot in an unmarked month cell
    fade: tuple[float, float] = (1.0, 1.0)  # fraction of ink darkness kept (toner, thin copies)
    shadow: float = 0.0  # probability of a dark scanner-lid band along one edge


PROFILES = {
    "clean": Profile(0.0, (0.0, 0.0), 0.0, 0, (255, 255), 0.0, 80, 0, 0.0, 0.0),
    "mild": Profile(0.5, (0.45, 0.75), 1.2, 40, (246, 253), 0.03, 70, 0, 0.0, 0.01),
    "medium": Profile(1.5, (0.75, 1.05), 2.5, 400, (228, 246), 0.10, 42, 1, 0.15, 0.02, (0.82, 0.97), 0.3),
    "heavy": Profile(3.0, (1.1, 1.7), 6.0, 2500, (195, 230), 0.25, 30, 2, 0.4, 0.04, (0.5, 0.78), 0.6),
}


@dataclass(frozen=True)
class Applied:
    """What was done to a page, enough to map any point of the clean page into the final image."""

    skew_deg: float
    rotation_deg: int
    size_before: tuple[int, int]  # w, h before rotation
    matrix: tuple[tuple[float, ...], ...]

    def box(self, b: tuple[int, int, int, int]) -> list[int]:
        """Axis-aligned box of the transformed corners, clipped to the final image."""
        x0, y0, x1, y1 = b
        pts = np.array([[x0, y0, 1], [x1, y0, 1], [x0, y1, 1], [x1, y1, 1]], dtype=np.float64)
        t = pts @ np.array(self.matrix, dtype=np.float64).T
        w, h = self.size_before
        bx0, by0 = np.floor(t.min(axis=0)).astype(int)
        bx1, by1 = np.ceil(t.max(axis=0)).astype(int)
        bx0, bx1 = max(0, min(w, bx0)), max(0, min(w, bx1))
        by0, by1 = max(0, min(h, by0)), max(0, min(h, by1))
        if self.rotation_deg == 90:
            return [int(by0), int(w - bx1), int(by1), int(w - bx0)]
        if self.rotation_deg == 270:
            return [int(h - by1), int(bx0), int(h - by0), int(bx1)]
        return [int(bx0), int(by0), int(bx1), int(by1)]


def _field(rng: np.random.Generator, w: int, h: int, depth: float) -> np.ndarray:
    """Low-frequency illumination: smooth blotches plus a gradient toward one edge."""
    small = rng.random((5, 7)).astype(np.float32)
    f = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    ramp = np.linspace(0, 1, w if rng.random() < 0.5 else h, dtype=np.float32)
    if rng.random() < 0.5:
        ramp = ramp[::-1]
    ramp = ramp[None, :] if ramp.shape[0] == w else ramp[:, None]
    return (1.0 - depth * (0.6 * f + 0.6 * ramp)).clip(0.5, 1.0)


def degrade(img: Image.Image, noise: str, rng: np.random.Generator, gray: bool, rotation: int,
            bleed_src: Image.Image | None) -> tuple[Image.Image, Applied]:
    p = PROFILES[noise]
    im = img.convert("L") if gray else img
    w, h = im.size
    angle = float(rng.uniform(-p.skew, p.skew)) if p.skew else 0.0
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    if noise == "clean":
        out = np.asarray(im)
    else:
        a = np.asarray(im, dtype=np.float32)
        if a.ndim == 3:
            a = a * np.array([1.0, 0.995, 0.97], dtype=np.float32)
        if bleed_src is not None and rng.random() < p.bleed:
            src = np.asarray(bleed_src.convert("L").resize((w, h)), dtype=np.float32)[:, ::-1]
            ghost = cv2.GaussianBlur(src, (0, 0), 2.5)
            k = rng.uniform(0.06, 0.16)
            keep = 1 - k * (1 - ghost / 255.0)
            a = a * (keep[..., None] if a.ndim == 3 else keep)
        fade = rng.uniform(*p.fade)
        if fade < 1.0:
            a = 255.0 - (255.0 - a) * fade
        tone = rng.uniform(*p.paper) / 255.0
        fld = _field(rng, w, h, p.unevenness) * tone
        a = a * (fld[..., None] if a.ndim == 3 else fld)
        if rng.random() < p.shadow:
            _shadow(a, rng)
        border = float(np.median(a[: h // 50]))
        if angle:
            a = cv2.warpAffine(a, matrix, (w, h), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=(border, border, border))
        sigma = rng.uniform(*p.blur) * w / 1654 if w < h else rng.uniform(*p.blur) * h / 1654
        if sigma > 0.05:
            a = cv2.GaussianBlur(a, (0, 0), sigma)
        if p.gauss:
            n = rng.standard_normal((h // 2, w // 2), dtype=np.float32) * p.gauss
            n = cv2.resize(n, (w, h), interpolation=cv2.INTER_LINEAR)
            n += rng.standard_normal((h, w), dtype=np.float32) * (p.gauss * 0.3)
            a = a + (n[..., None] if a.ndim == 3 else n)
        _specks(a, rng, p.specks)
        out = a.clip(0, 255).astype(np.uint8)
    if rotation == 90:
        out = np.ascontiguousarray(np.rot90(out, 1))
    elif rotation == 270:
        out = np.ascontiguousarray(np.rot90(out, 3))
    m = tuple(tuple(float(v) for v in row) for row in matrix)
    return Image.fromarray(out), Applied(round(angle, 3), rotation, (w, h), m)


def _shadow(a: np.ndarray, rng: np.random.Generator) -> None:
    """Dark band where the page did not lie flat on the glass, fading inward from one edge."""
    h, w = a.shape[:2]
    side = int(rng.integers(0, 4))
    n = int((w if side < 2 else h) * rng.uniform(0.01, 0.045))
    ramp = (0.35 + 0.65 * np.linspace(0, 1, n, dtype=np.float32) ** 0.6)
    if side == 0:
        a[:, :n] *= ramp[None, :, None] if a.ndim == 3 else ramp[None, :]
    elif side == 1:
        a[:, w - n:] *= ramp[::-1][None, :, None] if a.ndim == 3 else ramp[::-1][None, :]
    elif side == 2:
        a[:n] *= ramp[:, None, None] if a.ndim == 3 else ramp[:, None]
    else:
        a[h - n:] *= ramp[::-1][:, None, None] if a.ndim == 3 else ramp[::-1][:, None]


def _specks(a: np.ndarray, rng: np.random.Generator, n: int) -> None:
    """Dust and toner specks: mostly small dark blobs, some white dropouts."""
    if n <= 0:
        return
    h, w = a.shape[:2]
    xs = rng.integers(0, w, n)
    ys = rng.integers(0, h, n)
    rs = rng.integers(1, 4, n)
    vals = np.where(rng.random(n) < 0.85, rng.uniform(20, 110, n), 250.0)
    for x, y, r, v in zip(xs, ys, rs, vals, strict=True):
        a[max(0, y - r // 2):y + (r + 1) // 2, max(0, x - r // 2):x + (r + 1) // 2] = v
