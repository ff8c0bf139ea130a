"""The quarantine follows the manifest: failed inputs are listed and copied, fixed ones leave."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from pipeline.manifest import Manifest
from pipeline.quarantine import refresh_quarantine


def _listing(out: Path) -> list[dict[str, str]]:
    return list(csv.DictReader((out / "_quarantine" / "quarantine.csv").open()))


def test_failed_input_is_copied_and_leaves_once_extracted(tmp_path):
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"not really a pdf")
    out = tmp_path / "out"
    out.mkdir()
    manifest = Manifest(out / "_manifest.sqlite")
    try:
        manifest.record(sha256="ab" * 32, source_path=str(source), version="0.1.0", status="error",
                        reason="scan.pdf: not a PDF (no %PDF- header)", run_id="run-1")
        copies = refresh_quarantine(out, manifest)
        (row,) = _listing(out)
        assert row["reason"] == "scan.pdf: not a PDF (no %PDF- header)" and row["run_id"] == "run-1"
        assert Path(copies["ab" * 32]).read_bytes() == b"not really a pdf"
        source.unlink()  # the copy is kept though the source is gone
        assert Path(refresh_quarantine(out, manifest)["ab" * 32]).exists()
        manifest.record(sha256="ab" * 32, source_path=str(source), version="0.1.0", status="ok",
                        run_id="run-2")
        assert refresh_quarantine(out, manifest) == {}
    finally:
        manifest.close()
    assert _listing(out) == []
    assert list((out / "_quarantine" / "files").iterdir()) == []


def test_nothing_failed_makes_no_quarantine(tmp_path):
    manifest = Manifest(tmp_path / "_manifest.sqlite")
    try:
        assert refresh_quarantine(tmp_path, manifest) == {}
    finally:
        manifest.close()
    assert not (tmp_path / "_quarantine").exists()


def test_old_manifest_gains_the_run_id_column(tmp_path):
    path = tmp_path / "_manifest.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE inputs (sha256 TEXT PRIMARY KEY, doc_id TEXT NOT NULL, source_path TEXT,"
               " pipeline_version TEXT NOT NULL, status TEXT NOT NULL, reason TEXT, n_pages INTEGER,"
               " n_actions INTEGER, seconds REAL, finished_at REAL NOT NULL)")
    db.execute("INSERT INTO inputs VALUES ('cd', 'cd', 'a.pdf', '0.1.0', 'failed', 'no table', 1, 0, 1, 1)")
    db.commit()
    db.close()
    manifest = Manifest(path)
    try:
        (entry,) = manifest.failures()
    finally:
        manifest.close()
    assert (entry.status, entry.run_id) == ("failed", None)
