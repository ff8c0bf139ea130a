"""Per-document visual choices: paper, fonts, sizes, ruling, mark style, colour mode.

Drawn once per document so that a document is internally consistent (as a real one is) while the
corpus varies.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

PAPERS_MM = {"A4": (210.0, 297.0), "F4": (215.0, 330.0)}
MARK_STYLES = ("glyph_v", "glyph_V", "glyph_check", "glyph_sqrt", "tick", "tick", "cross", "shade")
# Spreadsheet fills flush to the rulings, one colour a document: drawn only when asked for, so the
# benchmark corpus stays as it was. Office palette greys (15%, 25% darker) and light fills.
FILLS = {
    "fill_grey": ((217, 217, 217), (191, 191, 191)),
    "fill_colour": ((255, 255, 0), (198, 239, 206), (146, 208, 80), (189, 215, 238), (255, 192, 0),
                    (248, 203, 173)),
}
FORCEABLE_STYLES = (*dict.fromkeys(MARK_STYLES), *FILLS)  # what ``mark_style`` may name


@dataclass(frozen=True)
class Style:
    """Visual parameters of one document; sizes are in pixels at the document's dpi."""

    dpi: int
    paper: str
    color: bool
    body_family: str
    body_px: int
    table_family: str
    table_px: int
    header_bold: bool
    header_shade: int | None  # grey level of header fill, None for none
    merge_rowspan: bool  # continuation NO/KOMPONEN as one merged cell (True) or empty cells
    section_merged: bool  # section title merged across all columns incl. NO
    line_px: int
    line_grey: int
    broken_lines: float  # fraction of ruling length erased
    mark_style: str
    mark_scale: float
    ink: str  # signature/stamp ink
    justify: bool
    spaced_ketua: bool
    salinan_top: bool
    page_numbers: bool
    colnum_row: bool
    fill: tuple[int, int, int] | None = None  # the colour of a fill style's marks

    def mm(self, v: float) -> int:
        return round(v / 25.4 * self.dpi)

    def pt(self, v: float) -> int:
        return round(v / 72.0 * self.dpi)

    def page_size(self, landscape: bool) -> tuple[int, int]:
        w, h = PAPERS_MM[self.paper]
        if landscape:
            w, h = h, w
        return self.mm(w), self.mm(h)


def draw_style(layout: str, noise: str, rng: random.Random, dpi: int, nrng: random.Random,
               mark_style: str | None = None) -> Style:
    """Content-side choices come from rng, noise-side ones (ruling damage) from nrng, so that one seed
    renders the same document at every noise level. ``mark_style`` forces the marks' style (one of
    FORCEABLE_STYLES); the rest of the document is the one its seed gives."""
    dense = layout == "mesuji"
    table_pt = rng.uniform(6.3, 7.4) if dense else rng.uniform(8.0, 10.0)
    if layout == "mataram":
        table_pt = rng.uniform(9.5, 11.0)
    heavy = noise == "heavy"
    line_grey = nrng.randint(70, 140) if heavy else (nrng.randint(0, 60) if noise == "medium" else 0)
    st = Style(
        dpi=dpi,
        paper=rng.choice(("A4", "A4", "F4")),
        color=rng.random() < 0.45,
        body_family=rng.choice(("arial", "bookman", "times", "arial")),
        body_px=round(rng.uniform(11.0, 12.0) / 72 * dpi),
        table_family=rng.choice(("arial", "arial", "narrow", "dejavu", "times")),
        table_px=round(table_pt / 72 * dpi),
        header_bold=rng.random() < 0.8,
        header_shade=rng.choice((None, None, None, 215, 190)),
        merge_rowspan=rng.random() < (0.8 if layout in ("mesuji", "mataram") else 0.5),
        section_merged=rng.random() < 0.4,
        line_px=max(1, round(dpi / 200 * rng.choice((1, 2, 2, 3)))),
        line_grey=line_grey,
        broken_lines=(nrng.uniform(0.05, 0.25) if heavy
                      else nrng.uniform(0.0, 0.04) if noise == "medium" else 0.0),
        mark_style=rng.choice(MARK_STYLES),
        mark_scale=rng.uniform(0.3, 0.9),
        ink=rng.choice(("blue", "purple", "violet", "black")),
        justify=rng.random() < 0.85,
        spaced_ketua=rng.random() < 0.3,
        salinan_top=rng.random() < 0.5,
        page_numbers=rng.random() < 0.5,
        colnum_row=layout in ("sumbawa", "tambrauw"),
    )
    if mark_style is None:
        return st
    if mark_style not in FORCEABLE_STYLES:
        raise ValueError(f"unknown mark style {mark_style!r}")
    fill = nrng.choice(FILLS[mark_style]) if mark_style in FILLS else None
    return replace(st, mark_style=mark_style, fill=fill, color=st.color or mark_style == "fill_colour")
