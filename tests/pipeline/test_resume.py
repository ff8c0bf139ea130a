"""A run killed with SIGKILL leaves a valid dataset the next run finishes; two runs never share an output."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from pipeline.manifest import Manifest
from pipeline.run import InputReport, Progress, output_lock
from pipeline.workers import DocumentTask
from tests.pipeline import inputs

ROOT = Path(__file__).resolve().parents[2]
GUARD_S = 600  # only bounds a hung test; nothing is asserted about time
LOG_LINE = re.compile(r"\[(\d+)/(\d+)\] (\S+\.pdf) ok (\d+) rows (\d+) pages [\d.]+ s")


def _extract(raw: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", "extract", str(raw), "--out", str(out), *extra]


def _wait_for_first_document(out: Path, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + GUARD_S
    while not list(out.glob("documents/satker=*/*.parquet")):
        assert proc.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline, "no document was written"
        time.sleep(0.1)


def _check_valid(out: Path) -> tuple[set[str], set[str]]:
    """Every visible file opens; each documents row has its actions; returns the doc ids on disk and done."""
    for path in out.glob("*/satker=*/*.parquet"):
        pq.read_table(path)
    docs = {p.stem for p in out.glob("documents/satker=*/*.parquet")}
    acts = {p.stem for p in out.glob("actions/satker=*/*.parquet")}
    assert docs <= acts  # the documents file that makes a document visible is written last
    con = duckdb.connect()
    seen = con.sql(f"SELECT DISTINCT doc_id FROM read_parquet('{out}/documents/*/*.parquet', "
                   "hive_partitioning=true)").fetchall()
    assert {row[0] for row in seen} == docs
    assert ds.dataset(out / "actions", partitioning="hive").to_table().num_rows >= len(docs)
    manifest = Manifest(out / "_manifest.sqlite")
    try:
        done = {sha[:16] for sha, status in manifest.statuses().items() if status in ("ok", "partial")}
    finally:
        manifest.close()
    assert done <= docs  # the manifest row follows the files
    return docs, done


def test_killed_run_leaves_a_valid_dataset_and_the_next_run_resumes(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    layouts = ("mesuji", "lotim", "mataram", "sumbawa")
    pdfs = [inputs.decree(raw, seed=91 + i, layout=layout) for i, layout in enumerate(layouts)]
    first = subprocess.Popen(_extract(raw, out, "--workers", "2"), cwd=ROOT, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        _wait_for_first_document(out, first)
        os.kill(first.pid, signal.SIGKILL)  # the run itself; its workers are orphaned, as in real life
        first.wait()
        on_disk, done = _check_valid(out)
        assert 1 <= len(on_disk) < len(pdfs)
        second = subprocess.run(_extract(raw, out, "--workers", "1"), cwd=ROOT, capture_output=True,
                                text=True, timeout=GUARD_S)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(first.pid, signal.SIGKILL)
    assert second.returncode == 0, second.stderr
    on_disk, done = _check_valid(out)
    assert len(on_disk) == len(done) == len(pdfs)
    con = duckdb.connect()
    dupes = con.sql(f"SELECT doc_id, row_index, count(*) FROM read_parquet('{out}/actions/*/*.parquet') "
                    "GROUP BY ALL HAVING count(*) > 1").fetchall()
    assert dupes == []
    assert not list(out.rglob(".*.tmp"))
    lines = [m.groups() for m in map(LOG_LINE.search, second.stderr.splitlines()) if m]
    skipped = len(pdfs) - len(lines)
    assert lines and {int(total) for _, total, *_ in lines} == {len(lines)}, second.stderr
    assert f"{len(pdfs)} inputs: {len(lines)} ok" in second.stdout
    assert f"{skipped} skipped" in second.stdout and "need review" in second.stdout
    assert re.search(r"\d+ pages in [\d.]+ s \([\d.]+ pages/s\)", second.stdout)


def test_second_run_on_the_same_output_is_refused(tmp_path):
    pdf = inputs.zero_byte(tmp_path)
    out = tmp_path / "out"
    with output_lock(out):
        done = subprocess.run(_extract(pdf, out), cwd=ROOT, capture_output=True, text=True, timeout=GUARD_S)
    assert done.returncode == 3
    assert "another zi run is writing to" in done.stderr


def test_progress_bars_count_documents_and_pages(capsys):
    tasks = [DocumentTask(Path("a.pdf"), "a" * 64, 3), DocumentTask(Path("b.pdf"), "b" * 64, 5)]
    progress = Progress(tasks, show_bars=True)
    progress.advance(InputReport("a.pdf", "a" * 64, "ok", n_pages=3, n_actions=4), 3)
    progress.close()
    shown = capsys.readouterr().err
    assert re.search(r"documents: +50%.*1/2", shown), shown
    assert re.search(r"pages +: +38%.*3/8", shown), shown
