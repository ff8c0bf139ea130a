"""Bad inputs are reported with a clear reason, quarantined, and never stop the run."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest

from ocr.settings import OcrSettings
from pipeline.manifest import Manifest
from pipeline.run import RunReport, run_extract
from tests.pipeline import inputs

# kind -> (status, words the reason must contain)
EXPECTED = {
    "zero_byte": ("error", "empty file"),
    "not_a_pdf": ("error", "not a PDF"),
    "truncated": ("error", "damaged or truncated"),
    "corrupt": ("error", "damaged or truncated"),
    "encrypted": ("error", "encrypted"),
    "unrelated_text": ("failed", "no KPU decree"),
    "decree_without_table": ("failed", "no action-plan table"),
}


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Path], Path, Path, RunReport]:
    raw = tmp_path_factory.mktemp("raw")
    out = tmp_path_factory.mktemp("out")
    good = inputs.decree(raw, seed=61, name="z_good")
    bad = {
        "zero_byte": inputs.zero_byte(raw), "not_a_pdf": inputs.not_a_pdf(raw),
        "truncated": inputs.truncated(raw, good), "corrupt": inputs.corrupt(raw),
        "encrypted": inputs.encrypted(raw, good), "unrelated_text": inputs.unrelated_text(raw),
        "decree_without_table": inputs.decree_without_table(raw, good),
    }
    report = run_extract([*bad.values(), good], out, OcrSettings(), workers=1, progress=False)
    return bad, good, out, report


def test_each_bad_input_is_reported_with_its_reason(bad_run):
    bad, _, out, report = bad_run
    manifest = Manifest(out / "_manifest.sqlite")
    try:
        for kind, (status, words) in EXPECTED.items():
            entry = next(r for r in report.inputs if r.path == str(bad[kind]))
            assert (entry.status, words in (entry.reason or "")) == (status, True), (kind, entry.reason)
            recorded = manifest.get(entry.sha256 or "")
            assert recorded is not None, kind
            assert (recorded.status, recorded.reason) == (status, entry.reason), kind
            assert recorded.run_id == report.run_id
    finally:
        manifest.close()


def test_each_bad_input_is_quarantined_with_a_copy(bad_run):
    bad, _, out, report = bad_run
    rows = csv.DictReader((out / "_quarantine" / "quarantine.csv").open())
    listing = {row["source_path"]: row for row in rows}
    assert set(listing) == {str(p) for p in bad.values()}
    for kind, path in bad.items():
        row = listing[str(path)]
        assert (row["status"], EXPECTED[kind][1] in row["reason"]) == (EXPECTED[kind][0], True), kind
        assert row["run_id"] == report.run_id
        assert (out / row["copy"]).read_bytes() == path.read_bytes(), kind
        entry = next(r for r in report.inputs if r.path == str(path))
        assert entry.quarantined == str(out / row["copy"]), kind


def test_the_run_goes_on_and_reports_everything(bad_run):
    bad, good, out, report = bad_run
    entry = next(r for r in report.inputs if r.path == str(good))
    assert entry.status == "ok" and entry.n_actions > 0
    docs = pd.read_parquet(out / "documents")
    # A readable PDF keeps its documents row (status failed, with the reason); unreadable files have none.
    assert dict(zip(docs["source_file"], docs["status"], strict=True)) == {
        "z_good.pdf": "ok", "notice.pdf": "failed", "no_table.pdf": "failed"}
    saved = json.loads((out / "_runs" / f"run-{report.run_id}.json").read_text())
    assert len(saved["inputs"]) == len(bad) + 1
    assert saved["quarantine"] == str(out / "_quarantine" / "quarantine.csv")
    assert "5 unreadable" in saved["summary"] and "2 failed" in saved["summary"]
