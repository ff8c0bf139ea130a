"""A page that takes too long is given up and reported; the document and the run go on."""

from __future__ import annotations

from pathlib import Path

import pytest

from ocr import reader
from ocr.raster import page_count
from ocr.reader import PageDeadline
from ocr.settings import OcrSettings
from pipeline.document import extract_document
from pipeline.run import run_extract
from schemas.errors import OcrError, UsageError
from tests.pipeline import inputs


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_deadline_counts_down_then_names_the_page():
    clock = FakeClock()
    deadline = PageDeadline(4, 30.0, clock=clock)
    clock.now += 10
    assert deadline.remaining() == pytest.approx(20.0)
    clock.now += 25
    with pytest.raises(OcrError, match=r"page 4: given up after the page timeout of 30 s"):
        deadline.remaining()


def test_page_timeout_must_be_positive():
    with pytest.raises(UsageError, match="page timeout"):
        OcrSettings(page_timeout_s=0)


@pytest.fixture(scope="module")
def small_decree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return inputs.decree(tmp_path_factory.mktemp("raw"), seed=71)


def test_a_page_out_of_time_makes_the_document_partial(small_decree, monkeypatch):
    assert page_count(small_decree) >= 2

    def expired_on_first_page(page: int, settings: OcrSettings) -> PageDeadline:
        clock = FakeClock()
        deadline = PageDeadline(page, settings.page_timeout_s, clock=clock)
        if page == 1:
            clock.now += settings.page_timeout_s + 1
        return deadline

    monkeypatch.setattr(reader, "page_deadline", expired_on_first_page)
    result = extract_document(small_decree, OcrSettings())
    assert result.status == "partial"
    assert "page 1: given up after the page timeout of 120 s" in result.warnings
    assert len(result.actions) > 0  # the table pages read in time still give their rows
    assert list(result.documents["status"]) == ["partial"]


def test_a_tiny_timeout_is_reported_and_the_run_goes_on(small_decree, tmp_path):
    settings = OcrSettings(page_timeout_s=0.001)
    report = run_extract([small_decree], tmp_path, settings, workers=1, progress=False)
    (entry,) = report.inputs
    assert entry.status == "failed"
    for page in range(1, entry.n_pages + 1):
        assert f"page {page}: given up after the page timeout" in (entry.reason or "")
    assert entry.quarantined is not None
