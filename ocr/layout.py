"""Re-lay text lines before OCR.

Real plans are typed with tight leading; on a scan, descenders of one line
touch the ascenders of the next and Tesseract merges or drops lines. We find
each cell's text lines ourselves (projection profile, long runs split at
their thinnest rows) and paste them into a strip with generous spacing, then
map the words Tesseract finds back to page coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import pandas as pd
from numpy.typing import NDArray

from schemas.records import BBox

Gray = NDArray[np.uint8]


@dataclass(frozen=True)
class Placement:
    """A line cut from the page at ``src`` (x0, y0, x1, y1) and pasted at ``dst_y`` in the strip."""

    src: BBox
    dst_y: int
    dst_x: int


def ink_margin(crop: Gray, most: int = 60, least: int = 28) -> float:
    """How far below the paper a pixel must be to count as ink in this crop.

    Black type on white takes ``most``; faded type on a grey photocopy is
    judged by its own darkest strokes, never closer to the paper than ``least``
    so that grain stays paper.
    """
    paper, dark = np.percentile(crop, [90, 0.5])
    return float(np.clip(0.45 * (paper - dark), least, most))


def ink_mask(crop: Gray, speck: int = 6) -> NDArray[np.bool_]:
    """Ink pixels of a cell's grey crop, specks of scanner noise left out.

    The paper is the crop's median, not a bright percentile: a shaded cell's
    edges, where its rulings were painted out in white, would pass for paper
    and turn the whole shading into ink.
    """
    if crop.size == 0:
        return np.zeros(crop.shape, dtype=bool)
    paper = float(np.median(crop))
    ink = (crop < paper - ink_margin(crop)).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    keep = np.zeros(n, dtype=bool)
    keep[1:] = stats[1:, cv2.CC_STAT_AREA] >= speck
    mask: NDArray[np.bool_] = keep[labels]
    return mask


def ink_profile(mask: NDArray[np.bool_]) -> NDArray[np.int64]:
    """Ink pixels per row of a cell's ink mask."""
    return mask.sum(axis=1).astype(np.int64)


def line_runs(profile: NDArray[np.int64], width: int, min_height: int) -> list[tuple[int, int]]:
    """Row runs holding ink; touching lines come out as one run; specks are dropped."""
    if profile.size == 0 or profile.max() == 0:
        return []
    on = profile >= 1
    return [
        r for r in _runs(on) if r[1] - r[0] >= min_height and profile[r[0] : r[1]].sum() >= 2 * min_height
    ]


def text_lines(
    profile: NDArray[np.int64], runs: list[tuple[int, int]], min_line: int
) -> list[tuple[int, int]]:
    """Vertical extents (y0, y1) of the text lines, runs of touching lines split apart.

    Touching lines meet where descenders brush ascenders: a deep valley between
    two x-height plateaus. A single line has one plateau, so no line size
    needs to be known (header, digits and body text mix sizes).
    """
    smooth = np.convolve(profile, np.ones(3) / 3, mode="same")
    lines: list[tuple[int, int]] = []
    for a, b in runs:
        lines.extend(_split_at_valleys(smooth, a, b, min_line))
    return lines


def _split_at_valleys(p: NDArray[np.float64], a: int, b: int, min_line: int) -> list[tuple[int, int]]:
    best: tuple[float, int] | None = None
    for i in range(a + min_line, b - min_line):
        left, right = float(p[a:i].max()), float(p[i:b].max())
        depth = float(p[i]) / max(1e-9, min(left, right))
        if depth <= 0.3 and (best is None or depth < best[0]):
            best = (depth, i)
    if best is None:
        return [(a, b)]
    cut = best[1]
    return _split_at_valleys(p, a, cut, min_line) + _split_at_valleys(p, cut, b, min_line)


def _runs(on: NDArray[np.bool_]) -> list[tuple[int, int]]:
    edges = np.diff(np.concatenate([[0], on.astype(np.int8), [0]]))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


def restack(
    image: Gray, boxes: list[BBox], *, gap: int, min_line: int, pad: int = 6
) -> tuple[Gray, list[Placement]]:
    """Paste every text line of every box into one strip, one under the other, ``gap`` px apart."""
    pieces: list[tuple[BBox, Gray]] = []
    for x0, y0, x1, y1 in boxes:
        crop = image[y0:y1, x0:x1]
        mask = ink_mask(crop)
        profile = ink_profile(mask)
        for top, bottom in text_lines(profile, line_runs(profile, crop.shape[1], min_line), min_line):
            top, bottom = max(0, top - 1), min(crop.shape[0], bottom + 1)
            left, right = _ink_columns(mask[top:bottom], pad)
            pieces.append(((x0 + left, y0 + top, x0 + right, y0 + bottom), crop[top:bottom, left:right]))
    if not pieces:
        return np.full((1, 1), 255, np.uint8), []
    width = max(p.shape[1] for _, p in pieces) + 2 * pad
    height = sum(p.shape[0] + gap for _, p in pieces) + 2 * pad
    strip = np.full((height, width), 255, np.uint8)
    placements = []
    y = pad
    for src, piece in pieces:
        h, w = piece.shape
        strip[y : y + h, pad : pad + w] = _on_white(piece)
        placements.append(Placement(src=src, dst_y=y, dst_x=pad))
        y += h + gap
    return strip, placements


def _ink_columns(line: NDArray[np.bool_], pad: int) -> tuple[int, int]:
    """The columns of a text line (its ink mask) that hold ink, with ``pad`` of paper each side.

    A section title in a row as wide as the table is a few words at its left:
    pasting the whole width would make every line of the strip that wide.
    """
    cols = np.flatnonzero(line.any(axis=0)) if line.size else np.zeros(0, dtype=np.int64)
    if cols.size == 0:
        return 0, line.shape[1]
    return max(0, int(cols[0]) - pad), min(line.shape[1], int(cols[-1]) + 1 + pad)


def _on_white(piece: Gray) -> Gray:
    """The piece with its own paper (or shading) made white, strokes keeping their contrast.

    The strip is white; a shaded cell pasted as it is would be judged dark as a
    whole by Tesseract's binarisation, and its grey type lost in it.
    """
    paper = float(np.median(piece))
    if paper >= 250 or paper <= 0:
        return piece
    return np.clip(piece.astype(np.float32) * (255.0 / paper), 0, 255).astype(np.uint8)


def map_back(words: pd.DataFrame, placements: list[Placement]) -> pd.DataFrame:
    """Move words found in a restacked strip to where their line sits on the page."""
    if words.empty or not placements:
        return words
    starts = np.array([p.dst_y for p in placements])
    cy = ((words["y0"] + words["y1"]) / 2).to_numpy()
    idx = np.clip(np.searchsorted(starts, cy, side="right") - 1, 0, len(placements) - 1)
    dx = np.array([p.src[0] - p.dst_x for p in placements])[idx]
    dy = np.array([p.src[1] - p.dst_y for p in placements])[idx]
    out = words.copy()
    for col, shift in (("x0", dx), ("x1", dx), ("y0", dy), ("y1", dy)):
        out[col] = (out[col].to_numpy() + shift).astype("int32")
    out["line"] = idx.astype("int32")
    return out
