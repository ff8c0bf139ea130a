"""Page clean-up: even out the paper, find the ink, straighten the page."""

from __future__ import annotations

from dataclasses import dataclass, replace

import cv2
import numpy as np
from numpy.typing import NDArray

Gray = NDArray[np.uint8]
INK_CONTRAST = 45  # grey levels below the local paper (or shading) that make a pixel ink
SIDEWAYS_RATIO = 1.25  # column profile this much sharper than the row profile: the page lies sideways
# Upright evidence below which a page is turned over. On the benchmark corpus (225 pages)
# upright pages scored no lower than -0.13 (a heavy scan), 208 of them above 0.25;
# sideways pages the wrong way round -0.46 to -0.64.
UPSIDE_DOWN = -0.25
SIDEWAYS_UPSIDE_DOWN = 0.0  # a sideways page is one of two ways round: take the likelier
MIN_TEXT_LINES = 12  # fewer line pieces than this: no opinion, leave the page as it is
RISE = 0.15  # of the x-height: how far a letter must reach above or below it to be an ascender or descender
SHARPEN_SIGMA_PX = 1.5  # (at 200 dpi) the scanner's blur that sharpening for OCR undoes
SHARPEN_AMOUNT = 1.0
COLOUR_CAST = 24  # chroma of a scan's tinted paper, its colour grain and the fringes of its JPEG
TINT_KERNEL = 241  # (on the quarter-size page) wider than a block of shaded month cells
TINT_DEPTH = 12  # grey levels by which the paper estimate must drop for a patch to be shading
TINT_STEP = 0.5  # share of a patch's depth its edge must drop in a step: shading, not light falling off
CLEAR_UPRIGHT = 0.05  # weaker evidence than this on a sideways page: ask Tesseract's OSD as well


@dataclass(frozen=True)
class CleanPage:
    """A page ready for reading: straightened, paper evened out, ink found."""

    gray: Gray  # paper ~255, ink dark; background-normalised
    ink: Gray  # 255 where ink, 0 elsewhere
    skew_deg: float  # rotation applied to straighten the page
    rotation: int  # quarter turns applied (0, 90, 180, 270)
    upright: float = 0.0  # see upright_evidence; near 0 when the page gives no clue
    text_lines: int = 0  # line pieces that evidence rests on


def to_gray(image: NDArray[np.uint8]) -> Gray:
    """Grey levels of a page; a pale colour is made darker by half its chroma below its brightest channel.

    Luminance alone turns an Excel yellow or a pale highlight into a grey
    barely below the paper, though it stands out plainly on the page; dark
    inks (black type, blue and red stamps) keep their luminance. Measured from
    the brightest channel, the rule holds on grey, dimly lit paper too; chroma
    up to COLOUR_CAST (a scan's tint, its colour grain) counts for nothing.
    """
    if image.ndim == 2:
        return image
    image = np.ascontiguousarray(image)
    red, green, blue = cv2.split(image)
    brightest = cv2.max(cv2.max(red, green), blue)
    chroma = cv2.subtract(brightest, cv2.min(cv2.min(red, green), blue))
    half_colour = cv2.subtract(chroma, COLOUR_CAST) >> 1
    return cv2.min(cv2.cvtColor(image, cv2.COLOR_RGB2GRAY), cv2.subtract(brightest, half_colour))


def normalise_background(gray: Gray) -> Gray:
    """Divide by the paper's own brightness so uneven grey paper becomes white.

    The background is estimated by closing (removing dark strokes) at a scale
    larger than a character, on a downscaled copy for speed. A block of shaded
    cells larger than that scale (a plan whose every action runs all year)
    would be taken for paper too, and its shading divided away: where the
    estimate drops in a step, not in a slope as light does, the paper round
    the block is used instead.
    """
    h, w = gray.shape
    small = cv2.resize(gray, (max(1, w // 4), max(1, h // 4)), interpolation=cv2.INTER_AREA)
    bg = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (61, 61)))
    bg = _without_tint_blocks(small, bg)
    bg = cv2.GaussianBlur(bg, (0, 0), 3)
    bg = cv2.resize(bg, (w, h), interpolation=cv2.INTER_LINEAR)
    norm = cv2.divide(gray, np.maximum(bg, 1), scale=255)
    return norm.astype(np.uint8)


def _without_tint_blocks(small: Gray, bg: Gray) -> Gray:
    """``bg`` with the blocks of shading it followed replaced by the paper a wider closing sees there.

    Light falls off over hundreds of pixels; shading ends at a ruling. So a
    patch where ``bg`` lies below the wider estimate counts as shading when the
    drop across its edge is most of its depth. Patches at the page's edge (a
    scanner lid's shadow, the dark beyond the sheet) are left as they are.
    """
    wide = cv2.morphologyEx(small, cv2.MORPH_CLOSE,
                            cv2.getStructuringElement(cv2.MORPH_RECT, (TINT_KERNEL, TINT_KERNEL)))
    drop = cv2.subtract(wide, bg)
    patches = (drop > TINT_DEPTH).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(patches, connectivity=4)
    h, w = small.shape
    ring = cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5))
    out = bg
    for i in range(1, count):
        x, y, bw, bh, _ = stats[i]
        if x == 0 or y == 0 or x + bw >= w or y + bh >= h:
            continue
        x0, y0, x1, y1 = max(0, x - 3), max(0, y - 3), min(w, x + bw + 3), min(h, y + bh + 3)
        patch = (labels[y0:y1, x0:x1] == i).astype(np.uint8)
        inside = cv2.erode(patch, ring).astype(bool)
        grown = cv2.dilate(patch, ring).astype(bool)
        edge_in, edge_out = (patch > 0) & ~inside, grown & (patch == 0)
        if not inside.any() or not edge_out.any():
            continue
        depth = drop[y0:y1, x0:x1]
        step = float(np.median(depth[edge_in])) - float(np.median(depth[edge_out]))
        if step < TINT_STEP * float(np.median(depth[patch > 0])):
            continue
        if out is bg:
            out = bg.copy()
        out[y0:y1, x0:x1][grown] = wide[y0:y1, x0:x1][grown]
    return out


def sharpened(gray: Gray, sigma: float, amount: float = SHARPEN_AMOUNT) -> Gray:
    """The image with its blur of ``sigma`` px partly undone (an unsharp mask), for Tesseract.

    A scan's blur greys the thin strokes of small type until Tesseract reads
    them as other letters; on the heavy benchmark scans sharpening cut the
    text's character errors (0.113 -> 0.110; unseen 0.063 -> 0.057) and let
    rows of a faded page be matched again; mild and medium scans read as before.
    """
    image = gray.astype(np.float32)
    cv2.addWeighted(image, 1 + amount, cv2.GaussianBlur(image, (0, 0), sigma), -amount, 0, dst=image)
    return np.clip(image, 0, 255, out=image).astype(np.uint8)


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
    small = _small(ink, 1000)
    if int(np.count_nonzero(small)) < 50:
        return 0.0
    best = max(_angles(max_deg, 0.5), key=lambda a: _profile_score(small, a))
    angle = max(_angles(0.5, 0.05, best), key=lambda a: _profile_score(small, a))
    return round(angle, 2)


def _small(image: Gray, longest: int) -> Gray:
    h, w = image.shape
    scale = min(1.0, longest / max(h, w))
    return cv2.resize(image, (max(1, int(w * scale)), max(1, int(h * scale))), interpolation=cv2.INTER_AREA)


def _angles(half_range: float, step: float, centre: float = 0.0) -> list[float]:
    return [float(a) for a in np.arange(centre - half_range, centre + half_range + 1e-9, step)]


def _profile_score(small: Gray, angle: float) -> float:
    """How uneven the row sums are once turned by ``angle``: high when text lines run along rows."""
    profile = _rotate(small, angle, border=0).sum(axis=1, dtype=np.float64)
    return float(np.var(np.diff(profile)))


def _rotate(image: Gray, angle: float, border: int) -> Gray:
    h, w = image.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)


def quarter_turns(ink: Gray, max_deg: float = 5.0) -> int:
    """Quarter turns (0 or 1) that make text run horizontally.

    Straight horizontal text and rulings give a row profile far more uneven than
    the column profile; a page scanned sideways shows the opposite. Each profile
    is taken at its best angle within the skew range: on a blurred page a few
    degrees askew the row profile smears while the left margin still lines the
    columns up, and unskewed profiles then called such pages sideways.
    """
    small = _small(ink, 600)
    if int(np.count_nonzero(small)) < 50:
        return 0
    rows = max(_profile_score(small, a) for a in _angles(max_deg, 1.0))
    tall = np.ascontiguousarray(small.T)
    cols = max(_profile_score(tall, a) for a in _angles(max_deg, 1.0))
    return 1 if cols > SIDEWAYS_RATIO * rows else 0


def upright_evidence(ink: Gray) -> tuple[float, int]:
    """How clearly the text lines stand the right way up, from -1 (upside down) to 1, and over how many lines.

    In Latin script more letters rise above the x-height (capitals, b d f h k l
    t, i-dots, digits) than drop below the baseline (g j p q y); turned upside
    down the balance reverses. Measured on pieces of text lines (letter-sized
    ink joined along the row), so rulings, stamps and marks do not count.
    The measure is symmetric: the page turned over scores exactly the negative.
    """
    return _ascender_balance((ink > 0).astype(np.uint8))


def _ascender_balance(ink: NDArray[np.uint8]) -> tuple[float, int]:
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    heights, widths = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH]
    typical = heights[(heights >= 8) & (heights <= 80)]
    if n < 20 or typical.size < 20:
        return 0.0, 0
    size = float(np.median(typical))
    letter = np.zeros(n, dtype=bool)
    letter[1:] = (heights <= 2.5 * size) & (widths <= 4 * size)
    letters = letter[labels].astype(np.uint8)
    joined = cv2.dilate(letters, cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(size)), 1)))
    _, piece_of, pieces, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    core_top = np.full(len(pieces), -1.0)
    core_bottom = np.full(len(pieces), -1.0)
    for i, (x, y, w, h, _) in enumerate(pieces):
        if i == 0 or w < 4 * h or h < 0.6 * size:
            continue
        profile = letters[y:y + h, x:x + w].sum(axis=1, dtype=np.float64)
        core = np.flatnonzero(profile >= 0.5 * profile.max())
        core_top[i], core_bottom[i] = y + core[0], y + core[-1]
    lines = int(np.count_nonzero(core_top >= 0))
    ids = np.flatnonzero(letter)
    ys = stats[ids, cv2.CC_STAT_TOP]
    # a letter lies wholly inside the piece its dilation joined it into
    piece_of_letter = np.zeros(n, dtype=np.int64)
    inked = letters > 0
    piece_of_letter[labels[inked]] = piece_of[inked]
    top, bottom = core_top[piece_of_letter[ids]], core_bottom[piece_of_letter[ids]]
    band = np.maximum(bottom - top, 1.0)
    rising = (top >= 0) & (ys < top - RISE * band)
    dropping = (top >= 0) & (ys + heights[ids - 1] - 1 > bottom + RISE * band)
    up, down = int(np.count_nonzero(rising & ~dropping)), int(np.count_nonzero(dropping & ~rising))
    return ((up - down) / (up + down) if up + down else 0.0), lines


def rotate_quarter(image: NDArray[np.uint8], turns: int) -> NDArray[np.uint8]:
    turns %= 4
    return np.ascontiguousarray(np.rot90(image, k=-turns)) if turns else image


def clean_page(image: NDArray[np.uint8], *, max_skew_deg: float = 5.0) -> CleanPage:
    """Straighten and clean a page image.

    A page is turned over when its text lines clearly stand upside down; a page
    scanned sideways needs less evidence, as one of its two ways must be right.
    """
    gray = to_gray(image)
    norm = normalise_background(gray)
    ink = binarise(norm)
    turns = quarter_turns(ink, max(max_skew_deg, 2.0))
    if turns:
        norm = rotate_quarter(norm, turns)
        ink = binarise(norm)
    skew = estimate_skew(ink, max_skew_deg)
    if abs(skew) >= 0.05:
        norm = _rotate(norm, skew, border=255)
        ink = binarise(norm)
    evidence, lines = upright_evidence(ink)
    page = CleanPage(gray=norm, ink=ink, skew_deg=skew, rotation=turns * 90,
                     upright=evidence, text_lines=lines)
    if lines >= MIN_TEXT_LINES and evidence < (SIDEWAYS_UPSIDE_DOWN if turns else UPSIDE_DOWN):
        return turned_over(page)
    return page


def turned_over(page: CleanPage) -> CleanPage:
    return replace(page, gray=rotate_quarter(page.gray, 2), ink=rotate_quarter(page.ink, 2),
                   rotation=(page.rotation + 180) % 360, upright=-page.upright)


def settled_upright(page: CleanPage) -> bool:
    """Whether the page's own text lines leave no doubt which way up it stands."""
    return page.text_lines >= MIN_TEXT_LINES and abs(page.upright) >= CLEAR_UPRIGHT
