import cv2
import numpy as np

from ocr.image import clean_page, estimate_skew, normalise_background
from tests.ocr.drawing import month_table


def _rotate(img, angle):
    h, w = img.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(img, m, (w, h), borderValue=255)


def test_skewed_page_is_straightened():
    img, _, _ = month_table({0: {1, 2}}, n_rows=3)
    for angle in (-2.5, 1.2, 3.0):
        clean = clean_page(_rotate(img, angle))
        assert abs(clean.skew_deg + angle) < 0.3, (angle, clean.skew_deg)


def test_straight_page_needs_no_rotation():
    img, _, _ = month_table({}, n_rows=2)
    ink = np.where(img < 128, 255, 0).astype(np.uint8)
    assert abs(estimate_skew(ink, 5.0)) < 0.1


def test_uneven_paper_becomes_white():
    img, _, _ = month_table({}, n_rows=2)
    h, w = img.shape
    gradient = np.tile(np.linspace(0.55, 1.0, w), (h, 1))
    dark = (img.astype(np.float64) * gradient).astype(np.uint8)
    norm = normalise_background(dark)
    paper = norm[img == 255]
    assert np.median(paper) > 240


def test_sideways_page_is_turned_upright():
    img, _, _ = month_table({0: {3}}, n_rows=4)
    sideways = np.ascontiguousarray(np.rot90(img))
    clean = clean_page(sideways)
    assert clean.rotation in (90, 270)
    assert clean.gray.shape == img.shape
