"""A pale round stamp over the month grid: found, and its strokes are not marks; a tick under it is."""

import cv2
import numpy as np

from ocr.marks import read_mark
from ocr.settings import OcrSettings
from ocr.stamps import find_stamps, text_ink
from tests.ocr.drawing import blank, draw_text

S = OcrSettings()


def _page_with_stamp() -> np.ndarray:
    img = blank(900, 700)
    cv2.circle(img, (450, 350), 150, 185, 5, cv2.LINE_AA)  # a colour stamp scanned in grey: pale
    cv2.circle(img, (450, 350), 110, 185, 3, cv2.LINE_AA)
    star = np.array([(450, 312), (458, 338), (440, 322), (462, 322), (444, 338)], dtype=np.int32)
    cv2.fillPoly(img, [star], 185)  # its emblem
    draw_text(img, (40, 40), "Tim Kerja Zona Integritas", size=26)  # typed text, black
    return img


def test_pale_ring_is_found_as_a_stamp_and_text_is_not():
    img = _page_with_stamp()
    (stamp,) = find_stamps(img, S)
    assert abs(stamp.x - 450) < 10 and abs(stamp.y - 350) < 10 and 130 < stamp.radius < 165
    typed = text_ink(img, [(30, 30, 420, 90)])
    assert typed is not None and stamp.ink - typed > 40
    assert find_stamps(blank(900, 700), S) == []


def test_stamp_strokes_in_a_cell_are_not_a_mark_but_a_tick_under_the_stamp_is():
    img = _page_with_stamp()
    (stamp,) = find_stamps(img, S)
    stroke_cell = (420, 300, 480, 350)  # holds the stamp's emblem only
    assert read_mark(img, stroke_cell, S).marked  # without knowing of the stamp: a false mark
    assert not read_mark(img, stroke_cell, S, stamp_ink=stamp.ink).marked
    tick_cell = (560, 440, 640, 520)
    cv2.polylines(img, [np.array([(580, 480), (592, 496), (620, 458)], dtype=np.int32)], False, 30, 2)
    assert stamp.touches(tick_cell)
    assert read_mark(img, tick_cell, S, stamp_ink=stamp.ink).marked
