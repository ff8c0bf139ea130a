from itertools import pairwise

import cv2
import numpy as np
from PIL import Image, ImageDraw

from ocr.image import clean_page, estimate_skew, normalise_background, sharpened, to_gray
from ocr.marks import read_mark
from ocr.raster import render_page
from ocr.settings import OcrSettings
from tests.ocr.drawing import blank, draw_text, month_table


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


def _months_block(img, xs, ys):
    """The month cells of every body row, rulings left out: larger each way than the paper estimate."""
    block = np.zeros(img.shape, dtype=bool)
    for x0, x1 in pairwise(xs[3:]):
        for y0, y1 in pairwise(ys[2:]):
            block[y0 + 2 : y1 - 1, x0 + 2 : x1 - 1] = True
    return block


def test_a_block_of_shaded_months_keeps_its_shade():
    """Every action running all year: the shading is a block larger than the paper estimate's scale."""
    img, xs, ys = month_table({}, n_rows=8)
    block = _months_block(img, xs, ys)
    shaded = img.copy()
    shaded[block] = 215
    h, w = img.shape
    shaded = (shaded * np.tile(np.linspace(0.9, 1.0, w), (h, 1))).astype(np.uint8)
    norm = normalise_background(shaded)
    assert np.median(norm[block]) < 232
    assert np.median(norm[img == 255]) > 245
    clean = clean_page(shaded)
    for x0, x1 in ((xs[3], xs[4]), (xs[9], xs[10]), (xs[14], xs[15])):
        assert read_mark(clean.gray, (x0, ys[5], x1, ys[6]), OcrSettings()).marked


def test_a_dip_in_the_light_over_the_months_is_evened_out():
    img, xs, ys = month_table({}, n_rows=8)
    h, w = img.shape
    yy, xx = np.mgrid[0:h, 0:w]
    cx, cy = (xs[3] + xs[-1]) / 2, (ys[2] + ys[-1]) / 2
    light = 1 - 0.3 * np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * 220.0**2))
    norm = normalise_background((img * light).astype(np.uint8))
    assert np.median(norm[_months_block(img, xs, ys) & (img == 255)]) > 240


def test_sideways_page_is_turned_upright():
    img, _, _ = month_table({0: {3}}, n_rows=4)
    sideways = np.ascontiguousarray(np.rot90(img))
    clean = clean_page(sideways)
    assert clean.rotation in (90, 270)
    assert clean.gray.shape == img.shape


PROSE = " ".join((
    "bahwa dalam rangka pelaksanaan pembangunan zona integritas menuju wilayah bebas dari korupsi "
    "dan wilayah birokrasi bersih melayani di lingkungan sekretariat komisi pemilihan umum kabupaten "
    "perlu disusun rencana kerja yang memuat langkah aksi, bukti fisik, target waktu dan penanggung "
    "jawab setiap kegiatan; bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu "
    "menetapkan keputusan komisi pemilihan umum tentang rencana aksi pembangunan zona integritas "
    "tahun anggaran berikutnya dengan memperhatikan hasil evaluasi, monitoring, pengaduan masyarakat, "
    "survei kepuasan, pengendalian gratifikasi, laporan harta kekayaan dan keterbukaan informasi publik",
)).split()


def _text_page() -> np.ndarray:
    """A portrait page of ragged Indonesian prose: what tells up from down is the text alone."""
    img = blank(1240, 1754)
    words, y = list(PROSE) * 3, 120
    while words and y < 1600:
        line: list[str] = []
        while words and len(" ".join([*line, words[0]])) < 50 - (y // 62) % 3 * 6:
            line.append(words.pop(0))
        draw_text(img, (110 + (y // 62) % 2 * 40, y), " ".join(line), size=30)
        y += 62
    return img


def test_upside_down_page_is_turned_over():
    img = _text_page()
    upright = clean_page(img)
    assert upright.rotation == 0 and upright.upright > 0
    over = clean_page(np.ascontiguousarray(img[::-1, ::-1]))
    assert over.rotation == 180
    assert np.mean(np.abs(over.gray.astype(int) - upright.gray.astype(int))) < 8


def test_sideways_text_page_comes_up_the_right_way_either_way_round():
    img = _text_page()
    for k in (1, 3):
        clean = clean_page(np.ascontiguousarray(np.rot90(img, k)))
        assert clean.rotation in (90, 270)
        assert clean.upright > 0
        assert clean.gray.shape == img.shape


def test_page_without_text_lines_is_left_alone():
    img, _, _ = month_table({0: {1, 2, 3}}, n_rows=4)
    clean = clean_page(np.ascontiguousarray(img[::-1, ::-1]))
    assert clean.text_lines < 12
    assert clean.rotation == 0


def test_skewed_blurred_portrait_page_is_not_called_sideways():
    """Askew and blurred, the left margin lines up columns; only the skew-corrected profile tells."""
    img = cv2.GaussianBlur(_rotate(_text_page(), 3.0), (0, 0), 2.0)
    assert clean_page(img).rotation == 0


def test_sharpening_gives_a_blurred_thin_stroke_back_its_contrast_and_leaves_paper_alone():
    page = np.full((60, 60), 235, dtype=np.uint8)
    page[:, 30] = 60  # a one-pixel stroke of small type
    blurred = cv2.GaussianBlur(page, (0, 0), 1.5)
    sharp = sharpened(blurred, 1.5)
    assert int(sharp[:, 30].max()) <= int(blurred[:, 30].min()) - 10
    assert np.array_equal(sharp[:, :20], blurred[:, :20])


def test_a_pale_colour_stands_out_from_the_paper_and_dark_inks_keep_their_grey():
    page = np.full((4, 4, 3), 255, np.uint8)
    page[0, 0] = (255, 255, 0)  # Excel yellow: luminance 226, a shade the reader would miss
    page[1, 1] = (20, 20, 20)  # black type
    page[2, 2] = (40, 70, 190)  # a blue stamp's ink
    page[2, 3] = (250, 248, 240)  # paper with a warm cast
    page[3, 0] = (152, 152, 62)  # the same yellow on a dim grey scan whose paper is 155
    page[3, 1] = (155, 155, 155)
    gray = to_gray(page)
    assert gray[0, 0] <= 140
    assert gray[3, 0] <= gray[3, 1] - 30
    assert gray[1, 1] == 20
    assert gray[2, 2] == cv2.cvtColor(page[2:3, 2:3], cv2.COLOR_RGB2GRAY)[0, 0]
    assert gray[3, 3] == 255
    assert gray[2, 3] == cv2.cvtColor(page[2:3, 3:4], cv2.COLOR_RGB2GRAY)[0, 0]


def test_a_colour_page_is_rendered_with_its_colours_in_order(tmp_path):
    page = Image.new("RGB", (300, 300), (255, 255, 255))
    ImageDraw.Draw(page).rectangle((50, 50, 250, 250), fill=(255, 0, 0))
    path = tmp_path / "red.pdf"
    page.save(path, resolution=100)
    gray = render_page(path, 1, 100).image
    assert gray.ndim == 2
    assert 60 <= int(np.median(gray[120:180, 120:180])) <= 95  # red's luminance, 76; blue's would be 29
    assert int(np.median(gray[5:20, 5:20])) >= 250
