"""The one words table every text source produces (Tesseract or a PDF text layer).

Columns: page, block, line, word, text, conf (0..100, 100 for a text layer),
x0, y0, x1, y1 (page pixels). Nothing engine-specific passes beyond ``ocr/``.
"""

from __future__ import annotations

import pandas as pd

WORD_COLUMNS = ("page", "block", "line", "word", "text", "conf", "x0", "y0", "x1", "y1")
WORD_DTYPES = {
    "page": "int32", "block": "int32", "line": "int32", "word": "int32", "text": "string",
    "conf": "float32", "x0": "int32", "y0": "int32", "x1": "int32", "y1": "int32",
}


def empty_words() -> pd.DataFrame:
    return words_frame([])


def words_frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    """Build a words table with the schema's columns and dtypes."""
    frame = pd.DataFrame(rows, columns=list(WORD_COLUMNS))
    return frame.astype(WORD_DTYPES)
