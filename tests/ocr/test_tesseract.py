"""The Tesseract adapter: the in-process engine and the program give one words table."""

import numpy as np
import pytest

from ocr import tesseract
from schemas.errors import OcrError
from schemas.words import WORD_COLUMNS
from tests.ocr.drawing import blank, draw_text

pytestmark = pytest.mark.skipif(tesseract.tessdata_dir() is None, reason="tesseract is not installed")


def _two_lines() -> np.ndarray:
    img = blank(900, 160)
    draw_text(img, (40, 30), "Penyusunan Tim Kerja", size=30)
    draw_text(img, (40, 95), "Monitoring SPIP 2025", size=30)
    return img


def test_engine_is_loaded_once_per_process_and_reads_the_words() -> None:
    if tesseract._tesserocr() is None:
        pytest.skip("tesserocr has no wheel for this platform; the program is used")
    first = tesseract._engine("ind+eng", 1)
    assert first is not None and tesseract._engine("ind+eng", 1) is first
    words = tesseract.ocr_words(_two_lines(), page=3, languages="ind+eng", psm=6, offset=(100, 200))
    assert list(words.columns) == list(WORD_COLUMNS)
    assert " ".join(words["text"]) == "Penyusunan Tim Kerja Monitoring SPIP 2025"
    assert (words["page"] == 3).all() and words["x0"].min() >= 100 and words["y0"].min() >= 200
    assert words.groupby("line").size().tolist() == [3, 3]


def test_library_and_program_agree_on_words_boxes_and_lines() -> None:
    api = tesseract._engine("ind+eng", 2)
    if api is None:
        pytest.skip("tesserocr has no wheel for this platform; the program is used")
    img = _two_lines()
    lib = tesseract._library_words(api, img, page=1, psm=6, timeout_s=60)
    prog = tesseract._program_words(img, page=1, languages="ind+eng", psm=6, timeout_s=60)
    keys = ("block", "line", "word", "text", "x0", "y0", "x1", "y1")
    assert [tuple(r[k] for k in keys) for r in lib] == [tuple(r[k] for k in keys) for r in prog]


def test_a_page_without_ink_is_not_read() -> None:
    assert tesseract.ocr_words(blank(300, 100), page=1, languages="ind+eng", psm=6).empty


def test_program_timeout_is_an_ocr_error() -> None:
    with pytest.raises(OcrError, match="page 4: Tesseract timed out"):
        tesseract._program_words(_two_lines(), page=4, languages="ind+eng", psm=6, timeout_s=0.001)


def test_library_timeout_is_an_ocr_error_and_the_engine_reads_on_after_it() -> None:
    api = tesseract._engine("ind+eng", 3)
    if api is None:
        pytest.skip("tesserocr has no wheel for this platform; the program is used")
    tall = np.vstack([_two_lines()] * 6)
    with pytest.raises(OcrError, match="page 4: Tesseract timed out"):
        tesseract._library_words(api, tall, page=4, psm=6, timeout_s=0.001)
    assert len(tesseract._library_words(api, tall, page=4, psm=6, timeout_s=30)) == 36
