"""The Tesseract adapter: an image in, a words table out.

One call per region (a column strip, a header band, a body page), never one
per cell: starting Tesseract is the expensive part.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from functools import cache

import cv2
import numpy as np
import pandas as pd
import pytesseract
from numpy.typing import NDArray

from schemas.errors import DependencyError, OcrError
from schemas.words import empty_words, words_frame

log = logging.getLogger(__name__)

# Tesseract's OpenMP threads cost more than they save on page regions, and the
# pipeline already runs one document per core: one thread per call is ~4x faster.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@cache
def check_tesseract(languages: str) -> None:
    """Fail early, with the fix, when Tesseract or a language pack is missing."""
    if shutil.which("tesseract") is None:
        raise DependencyError("tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-ind")
    have = set(pytesseract.get_languages(config=""))
    missing = [lang for lang in languages.split("+") if lang not in have]
    if missing:
        raise DependencyError(
            f"Tesseract language data missing: {missing}; apt-get install tesseract-ocr-ind"
        )


def ocr_words(
    image: NDArray[np.uint8],
    *,
    page: int,
    languages: str,
    psm: int,
    offset: tuple[int, int] = (0, 0),
    timeout_s: float = 120.0,
) -> pd.DataFrame:
    """Words of ``image`` with boxes in page coordinates (``offset`` = the image's top-left)."""
    if image.size == 0 or int(np.count_nonzero(image < 128)) == 0:
        return empty_words()
    config = f"--psm {psm} -c textord_heavy_nr=1"
    try:
        # handed over as an uncompressed PGM: pytesseract's own PNG encoding costs ~10% of a page's OCR
        with tempfile.NamedTemporaryFile(prefix="zi_", suffix=".pgm") as file:
            cv2.imwrite(file.name, image)
            data = pytesseract.image_to_data(
                file.name, lang=languages, config=config, output_type=pytesseract.Output.DICT,
                timeout=timeout_s,
            )
    except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
        raise OcrError(f"page {page}: Tesseract timed out after {timeout_s:.0f} s") from exc
    except pytesseract.TesseractError as exc:
        raise OcrError(f"page {page}: Tesseract failed: {exc}") from exc
    dx, dy = offset
    rows: list[dict[str, object]] = []
    for i, text in enumerate(data["text"]):
        text = text.strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        x, y, w, h = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
        rows.append({
            "page": page, "block": data["block_num"][i],
            "line": data["par_num"][i] * 1000 + data["line_num"][i],
            "word": data["word_num"][i], "text": text, "conf": conf,
            "x0": x + dx, "y0": y + dy, "x1": x + w + dx, "y1": y + h + dy,
        })
    return words_frame(rows)


def page_text(words: pd.DataFrame) -> str:
    """Plain text of a words table in reading order, one line per Tesseract line."""
    if words.empty:
        return ""
    lines = []
    for _, group in words.groupby(["block", "line"], sort=True):
        lines.append(" ".join(group.sort_values("x0")["text"].tolist()))
    return "\n".join(lines)
