"""Words -> cell text: assign by geometry, order by line, join wraps and hyphenation."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from schemas.records import BBox

_SPACES = re.compile(r"\s+")


def words_in_box(words: pd.DataFrame, bbox: BBox) -> pd.DataFrame:
    """Words whose centre lies inside ``bbox``."""
    if words.empty:
        return words
    cx = (words["x0"] + words["x1"]) / 2
    cy = (words["y0"] + words["y1"]) / 2
    x0, y0, x1, y1 = bbox
    return words[(cx >= x0) & (cx < x1) & (cy >= y0) & (cy < y1)]


def lines_of(words: pd.DataFrame) -> list[str]:
    """Group words into visual lines by their vertical position, top to bottom.

    Two words lie on different lines when their centres are far apart, or when
    the reader put them on different lines and their centres differ clearly:
    boxes of blurred type can be nearly as tall as the line pitch.
    """
    if words.empty:
        return []
    y0, y1 = words["y0"].to_numpy(), words["y1"].to_numpy()
    x0, texts = words["x0"].to_numpy(), words["text"].to_numpy()
    cy = (y0 + y1) / 2
    tol = float(np.median(np.clip(y1 - y0, 1, None))) * 0.55
    ids = (
        list(zip(words["block"].to_numpy(), words["line"].to_numpy(), strict=True))
        if {"block", "line"} <= set(words.columns)
        else [None] * len(words)
    )
    lines: list[list[tuple[int, str]]] = []
    last_cy: float | None = None
    last_id: object = None
    for i in np.lexsort((x0, cy)):
        jump = None if last_cy is None else cy[i] - last_cy
        if jump is None or jump > tol or (ids[i] != last_id and jump > tol / 2):
            lines.append([])
            last_cy, last_id = float(cy[i]), ids[i]
        lines[-1].append((int(x0[i]), str(texts[i])))
    return [" ".join(t for _, t in sorted(line)) for line in lines]


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines; a line-final hyphen joins the word unless it is a reduplication."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out.endswith("-") and line[:1].islower():
            head = out.rstrip("-").split(" ")[-1].lower()
            first = line.split(" ")[0].lower()
            out = out + line if first.startswith(head) and head else out[:-1] + line
        else:
            out = f"{out} {line}" if out else line
    return _SPACES.sub(" ", out).strip()


def cell_text(words: pd.DataFrame) -> tuple[str, float]:
    """Text of the words of one cell and their mean confidence (0..1; 1.0 when empty)."""
    if words.empty:
        return "", 1.0
    return join_lines(lines_of(words)), float(words["conf"].mean()) / 100.0
