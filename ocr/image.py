"""Page clean-up: even out the paper, find the ink, straighten the page."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

Gray = NDArray[np.uint8]
INK_CONTRAST = 45  # grey levels below the local paper (or shading) that make a pixel ink


@dataclass(frozen=True)
class CleanPage:
    """A page ready for reading: straightened, paper evened out, ink found."""

    gray: Gray  # paper ~255, ink dark; background-normalised
    ink: Gray  # 255 where ink, 0 elsewhere
    skew_deg: float  # rotation applied to straighten the page
    rotation: int  # quarter turns applied (0, 90, 180, 270)


def to_gray(image: NDArray[np.uint8]) -> Gray:
    if image.ndim == 2:
        return image
    return cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)


def normalise_background(gray: Gray) -> Gray:
    """Divide by the paper's own brightness so uneven grey paper becomes white.

    The background is estimated by closing (removing dark strokes) at a scale
    larger than a character, on a downscaled copy for speed.
    """
    h, w = gray.shape
    small = cv2.resize(gray, (max(1, w // 4), max(1, h // 4)), interpolation=cv2.INTER_AREA)
    bg = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (61, 61)))
    bg = cv2.GaussianBlur(bg, (0, 0), 3)
    bg = cv2.resize(bg, (w, h), interpolation=cv2.INTER_LINEAR)
    norm = cv2.divide(gray, np.maximum(bg, 1), scale=255)
    return norm.astype(np.uint8)


def binarise(norm: Gray) -> Gray:
    """Ink mask of a background-normalised page.

    A pixel is ink when it is clearly darker than its surroundings (a grey-level
    closing, which erases strokes but keeps paper and shading). On white paper
    that catches faint rulings; inside a shaded cell only the strokes darker
    than the shading count, so the shading's grain turns into neither ink nor
    rulings.
    """
    local = cv2.morphologyEx(norm, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (15, 15)))
    ink = norm.astype(np.int16) < local.astype(np.int16) - INK_CONTRAST
    return np.where(ink, 255, 0).astype(np.uint8)


def estimate_skew(ink: Gray, max_deg: float) -> float:
    """Angle (degrees) that makes text lines and rulings horizontal.

    Projection-profile search: the row sums of straight text are most uneven.
    Coarse then fine, on a downscaled copy.
    """
    h, w = ink.shape
    scale = min(1.0, 1000 / max(h, w))
    small = cv2.resize(ink, (max(1, int(w * scale)), max(1, int(h * scale))), interpolation=cv2.INTER_AREA)
    if int(np.count_nonzero(small)) < 50:
        return 0.0

    def score(angle: float) -> float:
        rot = _rotate(small, angle, border=0)
        profile = rot.sum(axis=1, dtype=np.float64)
        return float(np.var(np.diff(profile)))

    coarse = [float(a) for a in np.arange(-max_deg, max_deg + 1e-9, 0.5)]
    best = max(coarse, key=score)
    fine = [float(a) for a in np.arange(best - 0.5, best + 0.5 + 1e-9, 0.05)]
    angle: float = max(fine, key=score)
    return round(angle, 2)


def _rotate(image: Gray, angle: float, border: int) -> Gray:
    h, w = image.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)


def quarter_turns(ink: Gray) -> int:
    """Quarter turns (0 or 1) that make text run horizontally.

    Straight horizontal text and rulings give a row profile far more uneven than
    the column profile; a page scanned sideways shows the opposite.
    """
    h, w = ink.shape
    scale = min(1.0, 800 / max(h, w))
    small = cv2.resize(ink, (max(1, int(w * scale)), max(1, int(h * scale))), interpolation=cv2.INTER_AREA)
    rows = float(np.var(np.diff(small.sum(axis=1, dtype=np.float64))))
    cols = float(np.var(np.diff(small.sum(axis=0, dtype=np.float64))))
    return 1 if cols > 1.6 * rows else 0


def rotate_quarter(image: NDArray[np.uint8], turns: int) -> NDArray[np.uint8]:
    turns %= 4
    return np.ascontiguousarray(np.rot90(image, k=-turns)) if turns else image


def clean_page(image: NDArray[np.uint8], *, max_skew_deg: float = 5.0, upside: int = 0) -> CleanPage:
    """Straighten and clean a page image; ``upside`` adds half turns decided elsewhere (OSD)."""
    gray = to_gray(image)
    norm = normalise_background(gray)
    ink = binarise(norm)
    turns = quarter_turns(ink) + 2 * upside
    if turns % 4:
        norm = rotate_quarter(norm, turns)
        ink = binarise(norm)
    skew = estimate_skew(ink, max_skew_deg)
    if abs(skew) >= 0.05:
        norm = _rotate(norm, skew, border=255)
        ink = binarise(norm)
    return CleanPage(gray=norm, ink=ink, skew_deg=skew, rotation=(turns % 4) * 90)
