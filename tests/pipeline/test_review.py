"""`zi review` without OCR: what the report lists, escaping, moved sources, crop geometry, plots."""

import base64
import html

import cv2
import numpy as np
import pyarrow.parquet as pq
import pytest

from pipeline.crops import locate_source, row_crop
from pipeline.dataset import write_document
from pipeline.document import file_sha256
from pipeline.manifest import Manifest
from pipeline.review import build_report, render, write_report
from schemas.errors import UsageError
from tests.pipeline.test_dataset import _actions, _documents

DOC_A, DOC_B = "0123456789abcdef", "fedcba9876543210"
WARNING = "letterhead names <KPU Kota Mataram> & body names KPU Provinsi NTB"


def _dataset(tmp_path, source_path):
    """Two documents; the first's manifest entry names ``source_path`` (and its hash, if it exists)."""
    data = tmp_path / "clean"
    sha = file_sha256(source_path) if source_path.exists() else DOC_A * 4
    docs = _documents(DOC_A)
    docs["source_sha256"] = sha
    docs.at[0, "warnings"] = [WARNING]
    acts = _actions(DOC_A, months=([1, 2], [], [5]))
    acts["area_code"] = ["PW", "PW", None]
    acts["indicator_id"] = ["ZI.PW.4", "ZI.PW.4", None]
    acts["needs_review"] = [False, True, True]
    acts["review_reasons"] = [[], ["no schedule read"], ["indicator match uncertain"]]
    acts["langkah_aksi_raw"] = ["Sosialisasi WBS", "<b>bold?</b>", "Survei kepuasan"]
    acts["bbox"] = [[0.05, 0.2, 0.95, 0.25], [0.05, 0.25, 0.95, 0.3], None]
    write_document(data, docs, acts)
    write_document(data, _documents(DOC_B, "00"), _actions(DOC_B, "00", months=([3],)))
    manifest = Manifest(data / "_manifest.sqlite")
    manifest.record(sha256=sha, source_path=str(source_path), version="0.1.0", status="ok")
    manifest.close()
    return data


def test_report_lists_review_rows_and_warnings_escaped(tmp_path):
    data = _dataset(tmp_path, tmp_path / "moved-away.pdf")
    report = build_report(data)
    assert [(d.doc_id, len(d.rows)) for d in report.documents] == [(DOC_A, 2), (DOC_B, 0)]
    page = render(report)
    assert html.escape(WARNING, quote=False) in page and WARNING not in page
    assert "&lt;b&gt;bold?&lt;/b&gt;" in page and "<b>bold?</b>" not in page
    assert "no schedule read" in page and "indicator match uncertain" in page
    assert "moved or deleted since extraction" in page  # a moved source is said, not fatal
    assert "Sosialisasi WBS" not in page  # a row not needing review is not shown by default
    assert "Sosialisasi WBS" in render(build_report(data, all_rows=True))


def test_report_is_written_whole(tmp_path):
    data = _dataset(tmp_path, tmp_path / "gone.pdf")
    out = tmp_path / "out" / "report.html"
    write_report(build_report(data), out)
    assert out.read_text().rstrip().endswith("</html>")
    assert not list(out.parent.glob(".*.tmp"))


def test_no_dataset_is_a_clear_error(tmp_path):
    with pytest.raises(UsageError, match="zi extract"):
        build_report(tmp_path / "nothing-here")


def test_source_is_checked_against_its_hash(tmp_path):
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4 first")
    sha = file_sha256(pdf)
    assert locate_source(str(pdf), sha).path == pdf
    pdf.write_bytes(b"%PDF-1.4 edited")
    assert "changed since extraction" in (locate_source(str(pdf), sha).problem or "")
    assert "not found" in (locate_source(str(tmp_path / "b.pdf"), sha).problem or "")
    assert locate_source(None, sha).path is None


def test_row_crop_cuts_the_row_and_places_the_month_grid():
    page = np.full((1000, 2000), 255, np.uint8)
    page[400:450, 200:1800] = 0  # the row, black
    crop = row_crop(page, (0.1, 0.4, 0.9, 0.45), (0.6, 0.9))
    png = base64.b64decode(crop.uri.removeprefix("data:image/png;base64,"))
    img = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE)
    assert img.shape[1] <= 1400 and 0.9 < (img.shape[1] / 1400) <= 1.0  # 1616 px scaled to 1400
    assert (img < 128).mean() > 0.7  # mostly the black row, a thin margin of paper
    assert crop.month_left == pytest.approx(100 * (0.6 - 0.096) / 0.808, abs=0.01)
    assert crop.month_width == pytest.approx(100 * 0.3 / 0.808, abs=0.01)


def test_overview_counts(tmp_path):
    data = _dataset(tmp_path, tmp_path / "x.pdf")
    report = build_report(data)
    cover, months = report.plots
    counts = {c.title.rsplit(":", 1)[0]: c.count for c in cover.cells}
    assert counts["KPU Kabupaten Lombok Timur × PW"] == 2
    assert counts["KPU Kabupaten Lombok Timur × ?"] == 1
    assert counts["KPU Kabupaten Lombok Timur × MP"] == 1  # doc B's row (the test frames share a name)
    assert cover.col_labels[:6] == ("MP", "TL", "SDM", "AK", "PW", "PP")
    by_month = {c.title.rsplit(":", 1)[0]: c.count for c in months.cells}
    assert by_month["PW × Jan"] == 1 and by_month["PW × Feb"] == 1 and by_month["? × Mei"] == 1
    assert sum(c.count for c in months.cells) == 4  # months 1, 2, 5 of doc A and 3 of doc B


def test_dataset_from_before_row_boxes_still_reports(tmp_path):
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4 a source still in place")
    data = _dataset(tmp_path, pdf)
    for path in (data / "actions").rglob("*.parquet"):
        pq.write_table(pq.read_table(path).drop_columns(["bbox", "month_x"]), path)
    rows = build_report(data).documents[0].rows
    assert len(rows) == 2
    assert all(r.crop is None and "no row box recorded" in (r.crop_note or "") for r in rows)
