"""Words of a cell -> its text: lines found and ordered."""

from ocr.celltext import cell_text
from schemas.words import words_frame


def _word(text: str, x0: int, y0: int, x1: int, y1: int, line: int) -> dict[str, object]:
    return {"page": 1, "block": 1, "line": line, "word": 0, "text": text, "conf": 95.0,
            "x0": x0, "y0": y0, "x1": x1, "y1": y1}


def test_lines_of_blurred_type_with_boxes_as_tall_as_the_line_pitch_stay_apart():
    """Boxes 33 px tall, lines 15 px apart: read on two lines, they must not be interleaved."""
    first = [("3.", 785), ("Focus", 808), ("Group", 857), ("Discussion", 909), ("Penyusunan", 1055)]
    second = [("Aksi", 779), ("Tahunan", 825), ("RB", 897), ("dan", 924), ("Rencana", 960)]
    words = words_frame(
        [_word(t, x, 746, x + 40, 779, line=3) for t, x in first]
        + [_word(t, x, 761, x + 40, 794, line=4) for t, x in second]
    )
    text, _ = cell_text(words)
    assert text == "3. Focus Group Discussion Penyusunan Aksi Tahunan RB dan Rencana"


def test_words_of_one_line_at_slightly_different_heights_stay_one_line():
    words = words_frame([_word("Tim", 10, 100, 40, 118, 1), _word("Kerja", 50, 103, 100, 124, 2)])
    assert cell_text(words)[0] == "Tim Kerja"
