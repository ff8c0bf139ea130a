"""The Tesseract adapter: an image in, a words table out.

Tesseract runs in this process through its library (tesserocr), one engine
per language set kept loaded for the life of the worker: starting the
``tesseract`` program and loading its models cost about 0.2 s a call, and a
page takes two or three calls (the same 49 calls of five documents: 59 s by
the program, 46 s by the library, both Tesseract 5.3). Where tesserocr cannot
be imported, the program is run through pytesseract, with the same words.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import tempfile
from functools import cache
from types import ModuleType
from typing import Any

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

VARIABLES = {
    "textord_heavy_nr": "1",  # heavy noise removal: specks in the margins are not words
    # Tesseract 5 reads every word it is unsure of a second time, inverted, in case it is light on dark;
    # what we hand it is dark type on paper, and on noisy scans the retries cost 12-13% of a page's time
    "tessedit_do_invert": "0",
}


def _tesserocr() -> ModuleType | None:
    try:
        import tesserocr
    except ImportError:  # no wheel for this platform: the program will do
        return None
    return tesserocr


@cache
def check_tesseract(languages: str) -> None:
    """Fail early, with the fix, when Tesseract or a language pack is missing."""
    if shutil.which("tesseract") is None:
        raise DependencyError("tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-ind")
    have = _installed()[1]
    missing = [lang for lang in languages.split("+") if lang not in have]
    if missing:
        raise DependencyError(
            f"Tesseract language data missing: {missing}; apt-get install tesseract-ocr-ind"
        )


def tessdata_dir() -> str | None:
    """Where the installed ``tesseract`` keeps its language data, so the library reads the same models."""
    return os.environ.get("TESSDATA_PREFIX") or _installed()[0]


@cache
def _installed() -> tuple[str | None, frozenset[str]]:
    """The installed ``tesseract``'s language-data folder and languages, from one ``--list-langs``."""
    try:
        listing = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None, frozenset()
    # 'List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):', then one per line
    header, *names = listing.stdout.splitlines() or [""]
    found = re.search(r'"([^"]+)"', header + listing.stderr)
    return (found.group(1) if found else None), frozenset(n.strip() for n in names if n.strip())


@cache
def _engine(languages: str, pid: int) -> Any:
    """A loaded engine for this process (a forked worker builds its own); None: use the program."""
    tesserocr, path = _tesserocr(), tessdata_dir()
    if tesserocr is None or path is None:
        return None
    try:
        api = tesserocr.PyTessBaseAPI(path=path, lang=languages)
    except RuntimeError as exc:
        log.warning("tesserocr could not load %s from %s (%s); running the tesseract program",
                    languages, path, exc)
        return None
    for name, value in VARIABLES.items():
        api.SetVariable(name, value)
    return api


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
    api = _engine(languages, os.getpid())
    if api is None:
        rows = _program_words(image, page=page, languages=languages, psm=psm, timeout_s=timeout_s)
    else:
        rows = _library_words(api, image, page=page, psm=psm, timeout_s=timeout_s)
    dx, dy = offset
    for row in rows:
        row["x0"] += dx
        row["x1"] += dx
        row["y0"] += dy
        row["y1"] += dy
    return words_frame(rows)


def _library_words(api: Any, image: NDArray[np.uint8], *, page: int, psm: int,
                   timeout_s: float) -> list[dict[str, Any]]:
    import tesserocr

    gray = np.ascontiguousarray(image, dtype=np.uint8)
    api.SetPageSegMode(psm)
    api.SetImageBytes(gray.tobytes(), gray.shape[1], gray.shape[0], 1, gray.shape[1])
    if not api.Recognize(timeout=max(1, int(timeout_s * 1000))):
        raise OcrError(f"page {page}: Tesseract timed out after {timeout_s:.0f} s")
    ril = tesserocr.RIL
    rows: list[dict[str, Any]] = []
    block = para = line = word = 0
    iterator = api.GetIterator()
    if iterator is None:
        return rows
    for it in tesserocr.iterate_level(iterator, ril.WORD):
        # numbered as Tesseract's TSV numbers them: blocks in the page, paragraphs in a block, ...
        if it.IsAtBeginningOf(ril.BLOCK):
            block, para, line, word = block + 1, 0, 0, 0
        if it.IsAtBeginningOf(ril.PARA):
            para, line, word = para + 1, 0, 0
        if it.IsAtBeginningOf(ril.TEXTLINE):
            line, word = line + 1, 0
        word += 1
        box = it.BoundingBox(ril.WORD)
        if box is None or it.Empty(ril.WORD):
            continue
        try:
            text = (it.GetUTF8Text(ril.WORD) or "").strip()
        except RuntimeError:  # a word Tesseract found but could not read at all
            continue
        if not text:
            continue
        x0, y0, x1, y1 = box
        rows.append({"page": page, "block": block, "line": para * 1000 + line, "word": word, "text": text,
                     "conf": float(it.Confidence(ril.WORD)), "x0": x0, "y0": y0, "x1": x1, "y1": y1})
    return rows


def _program_words(image: NDArray[np.uint8], *, page: int, languages: str, psm: int,
                   timeout_s: float) -> list[dict[str, Any]]:
    config = f"--psm {psm} " + " ".join(f"-c {k}={v}" for k, v in VARIABLES.items())
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
    rows: list[dict[str, Any]] = []
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
            "x0": x, "y0": y, "x1": x + w, "y1": y + h,
        })
    return rows


def page_text(words: pd.DataFrame) -> str:
    """Plain text of a words table in reading order, one line per Tesseract line."""
    if words.empty:
        return ""
    lines = []
    for _, group in words.groupby(["block", "line"], sort=True):
        lines.append(" ".join(group.sort_values("x0")["text"].tolist()))
    return "\n".join(lines)
