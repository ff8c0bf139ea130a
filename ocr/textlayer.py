"""Born-digital pages: take the words from the PDF's own text layer instead of OCR."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pdfplumber

from schemas.words import words_frame


def text_layer_words(path: Path, page: int, dpi: int) -> pd.DataFrame | None:
    """The page's words in pixel coordinates, or None when the layer is not real text.

    A layer laid invisibly over a full-page scan (what OCR tools add) is not
    trusted: the scan is read again, as for any other scan.
    """
    scale = dpi / 72
    with pdfplumber.open(str(path)) as pdf:
        p = pdf.pages[page - 1]
        area = float(p.width * p.height)
        covered = sum(float((im["x1"] - im["x0"]) * (im["bottom"] - im["top"])) for im in p.images)
        if area > 0 and covered / area > 0.6:
            return None
        words = p.extract_words(keep_blank_chars=False, use_text_flow=False)
    if sum(len(w["text"]) for w in words) < 40:
        return None
    rows: list[dict[str, object]] = [
        {"page": page, "block": 0, "line": round(w["top"]), "word": i, "text": w["text"], "conf": 100.0,
         "x0": round(w["x0"] * scale), "y0": round(w["top"] * scale),
         "x1": round(w["x1"] * scale), "y1": round(w["bottom"] * scale)}
        for i, w in enumerate(words)
    ]
    return words_frame(rows)

