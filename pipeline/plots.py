"""Count grids for the review report's overview, laid out for a hand-drawn SVG heat map.

Small and dependency-free: the template draws one rectangle per cell from the
geometry computed here, and escapes every label.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from schemas.dataset import AREA_CODES

CELL = 34  # px, side of one cell
CHAR = 7.2  # px, width of a label character at the plot's font size
MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
NO_AREA = "?"
ZI_AREAS = AREA_CODES[:6]


@dataclass(frozen=True)
class HeatCell:
    x: float
    y: float
    count: int
    fill: str
    ink: str  # text colour readable on ``fill``
    title: str  # hover text


@dataclass(frozen=True)
class Heatmap:
    """Counts of a row label x column label table, with the geometry to draw it."""

    title: str
    caption: str
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    cells: tuple[HeatCell, ...]
    label_width: float
    header_height: float
    width: float
    height: float
    cell: int = CELL


def heatmap(title: str, caption: str, rows: Sequence[str], cols: Sequence[str],
            counts: dict[tuple[str, str], int]) -> Heatmap:
    """Lay out ``counts`` (missing pairs count 0) as a grid, darker for more."""
    top = max((counts.get((r, c), 0) for r in rows for c in cols), default=0)
    label_width = 12 + CHAR * max((len(r) for r in rows), default=4)
    longest_col = max((len(c) for c in cols), default=2)
    header_height = 12 + CHAR * longest_col if longest_col > 4 else 24
    cells = []
    for i, row in enumerate(rows):
        for j, col in enumerate(cols):
            n = counts.get((row, col), 0)
            fill, ink = _shade(n, top)
            cells.append(HeatCell(label_width + j * CELL, header_height + i * CELL, n, fill, ink,
                                  f"{row} × {col}: {n}"))
    return Heatmap(title, caption, tuple(rows), tuple(cols), tuple(cells), label_width, header_height,
                   label_width + CELL * len(cols) + 4, header_height + CELL * len(rows) + 4)


def _shade(n: int, top: int) -> tuple[str, str]:
    """White for none, then light to dark blue; white text on the dark half."""
    if n <= 0 or top <= 0:
        return "#ffffff", "#b0b0b0"
    t = 0.15 + 0.85 * n / top
    r, g, b = (round(255 + (dark - 255) * t) for dark in (8, 48, 107))
    return f"#{r:02x}{g:02x}{b:02x}", "#ffffff" if t > 0.55 else "#102030"


def coverage(documents: pd.DataFrame, actions: pd.DataFrame) -> Heatmap:
    """Actions per satker and ZI area: which satkers plan work in which areas."""
    names = documents.drop_duplicates("doc_id").set_index("doc_id")["satker_name"]
    frame = pd.DataFrame({
        "satker": actions["doc_id"].map(names).fillna("unknown"),
        "area": actions["area_code"].fillna(NO_AREA),
    })
    counts: dict[tuple[str, str], int] = {}
    for satker, area in zip(frame["satker"], frame["area"], strict=True):
        counts[str(satker), str(area)] = counts.get((str(satker), str(area)), 0) + 1
    satkers = sorted(set(names.astype(str)) | {s for s, _ in counts})
    return heatmap("Coverage: actions per satker and ZI area",
                   f"{NO_AREA} = area not resolved. Hover a cell for its count.",
                   satkers, _areas(counts), counts)


def months_per_area(actions: pd.DataFrame) -> Heatmap:
    """Actions planned in each month, per area: when the work is scheduled."""
    counts: dict[tuple[str, str], int] = {}
    for area, months in zip(actions["area_code"].fillna(NO_AREA), actions["months"], strict=True):
        for m in months if months is not None else ():
            key = (str(area), MONTHS[int(m) - 1])
            counts[key] = counts.get(key, 0) + 1
    return heatmap("Months per area: actions planned in each month",
                   "An action planned over several months counts in each of them.",
                   _areas(counts, by_row=True), MONTHS, counts)


def _areas(counts: dict[tuple[str, str], int], by_row: bool = False) -> list[str]:
    """The six ZI areas always (a gap is a finding), RB-only areas and the unresolved when present."""
    seen = {k[0] if by_row else k[1] for k in counts}
    ordered = [a for a in AREA_CODES if a in ZI_AREAS or a in seen]
    return ordered + sorted(seen - set(AREA_CODES))
