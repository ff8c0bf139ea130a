"""A pale round stamp over the month grid: found, and its strokes are not marks; a tick under it is."""

import cv2
import numpy as np

from ocr.marks import read_mark
from ocr.settings import OcrSettings
from ocr.stamps import find_stamps, text_ink, without_stamps
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


def _dark_stamp_page() -> np.ndarray:
    """A stamp pressed hard: its ink as dark as a faded scan's type, so grey alone cannot set it apart."""
    img = blank(900, 700)
    cv2.circle(img, (450, 350), 150, 120, 6, cv2.LINE_AA)
    cv2.circle(img, (450, 350), 100, 120, 2, cv2.LINE_AA)
    for k, ch in enumerate("KOMISI PEMILIHAN UMUM"):  # its lettering between the rings
        a = np.radians(200 + k * 7)
        x, y = int(450 + 125 * np.cos(a)) - 8, int(350 + 125 * np.sin(a)) + 8
        cv2.putText(img, ch, (x, y), cv2.FONT_HERSHEY_SIMPLEX, 0.6, 120, 2, cv2.LINE_AA)
    star = np.array([(450, 312), (458, 338), (440, 322), (462, 322), (444, 338)], dtype=np.int32)
    cv2.fillPoly(img, [star], 120)
    return img


def test_a_stamps_rings_are_read_from_the_stamp_and_its_lettering_is_not_a_ring():
    (stamp,) = find_stamps(_dark_stamp_page(), S)
    radii = sorted(r for r, _ in stamp.rings)
    assert len(radii) == 2
    assert abs(radii[0] - 100) <= 3 and abs(radii[1] - 150) <= 3
    assert all(half <= 8 for _, half in stamp.rings)
    assert 150 <= stamp.outer <= 160


def test_strokes_of_a_dark_stamp_are_not_marks_but_a_tick_across_its_ring_and_a_shaded_cell_are():
    img = _dark_stamp_page()
    (stamp,) = find_stamps(img, S)
    ring_cell, star_cell, letters_cell = (570, 380, 620, 440), (425, 300, 475, 350), (330, 220, 380, 280)
    for cell in (ring_cell, star_cell, letters_cell):
        assert read_mark(img, cell, S).marked  # without knowing of the stamp: a false mark
        assert not read_mark(img, cell, S, stamps=[stamp]).marked
    tick_cell = (560, 420, 640, 500)  # the outer ring runs through it
    cv2.polylines(img, [np.array([(575, 460), (590, 480), (625, 430)], dtype=np.int32)], False, 40, 3)
    assert read_mark(img, tick_cell, S, stamps=[stamp]).marked
    shaded_cell = (330, 380, 380, 430)
    img[385:425, 335:375] = np.minimum(img[385:425, 335:375], 150)
    assert read_mark(img, shaded_cell, S, stamps=[stamp]).marked


def test_a_stamps_ink_is_painted_out_for_ocr_and_the_darker_type_under_it_stays():
    img = _page_with_stamp()
    draw_text(img, (330, 200), "Penerapan SOP", size=26)  # typed text the stamp is pressed over
    (stamp,) = find_stamps(img, S)
    assert stamp.rings
    out = without_stamps(img, [stamp])
    ring_row = out[350, 290:310]  # the outer ring, left of centre
    assert img[350, 290:310].min() < 200 and ring_row.min() == 255
    assert out[312:338, 440:462].min() == 255  # the emblem
    type_box = (slice(195, 235), slice(330, 560))
    assert out[type_box].min() < 80  # the type's core
    assert (out[type_box] < 128).sum() >= 0.7 * (img[type_box] < 128).sum()
    assert without_stamps(img, []) is img


def test_a_stamp_found_by_its_inner_ring_reaches_out_to_its_outer_ring() -> None:
    """The circle search can settle on a stamp's inner ring; its lettering lies outside that ring, and
    was read as ticks in the row below the stamp until the outer ring was sought beyond the circle."""
    from ocr.stamps import Stamp, _with_rings

    img = _dark_stamp_page()
    inner = Stamp(x=450.0, y=350.0, radius=100.0, ink=120.0)
    found = _with_rings(img, inner, (255 + 120) / 2, S.px(14))
    radii = sorted(r for r, _ in found.rings)
    assert any(abs(r - 100) <= 3 for r in radii) and any(abs(r - 150) <= 3 for r in radii)
    assert found.outer >= 150
