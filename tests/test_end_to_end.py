"""End to end: generated scans through `zi extract`, checked against their ground truth.

Tolerances (stated, not tuned per document): the satker resolves exactly; the
number of actions is within 15% of the truth; month-cell F1 >= 0.90 and
logical-row F1 >= 0.85 over the documents. The accuracy targets of the
product are measured by `make bench` on a larger corpus, not here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from bench.scoring import Counts, score_document
from tests.synth import generate_document

# Mild scans: this test checks the skeleton end to end. Medium and heavy scans are measured by
# `make bench`, where the engine does not yet meet its targets (issue 3 stays open for that).
CASES = [("lotim", "mild", 11), ("sumbawa", "mild", 12), ("mesuji", "mild", 13), ("mataram", "mild", 14),
         ("tambrauw", "mild", 15)]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, dict]]:
    raw = tmp_path_factory.mktemp("raw")
    out = tmp_path_factory.mktemp("clean")
    truths = {}
    for layout, noise, seed in CASES:
        pdf, truth = generate_document(raw, layout=layout, noise=noise, seed=seed, max_rows=7)
        truths[pdf.name] = json.loads(truth.read_text())
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(raw), "--out", str(out), "--workers", "2"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    return raw, out, truths


def _frames(out: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    con = duckdb.connect()
    docs = con.sql(f"SELECT * FROM read_parquet('{out}/documents/*/*.parquet', hive_partitioning=true)").df()
    acts = con.sql(f"SELECT * FROM read_parquet('{out}/actions/*/*.parquet', hive_partitioning=true)").df()
    return docs, acts


def test_every_document_lands_with_its_satker(extracted):
    _, out, truths = extracted
    docs, _ = _frames(out)
    assert len(docs) == len(truths)
    by_file = docs.set_index("source_file")
    for name, truth in truths.items():
        assert by_file.loc[name, "satker_code"] == truth["satker"]["code"], name
        assert int(by_file.loc[name, "tahun"]) == truth["tahun"], name


def test_decree_facts_match_the_truth(extracted):
    _, out, truths = extracted
    docs, _ = _frames(out)
    by_file = docs.set_index("source_file")
    for name, truth in truths.items():
        got = by_file.loc[name]
        assert got["nomor"] == truth["nomor"], name
        assert str(got["tanggal_ditetapkan"])[:10] == truth["tanggal_ditetapkan"], name
        assert " ".join(str(got["tentang"]).split()).upper() == truth["tentang"].upper(), name
        assert got["jenis"] == truth["jenis"], name


def test_rows_and_months_match_the_truth(extracted):
    _, out, truths = extracted
    docs, acts = _frames(out)
    rows, months = Counts(), Counts()
    for name, truth in truths.items():
        doc_id = docs.loc[docs["source_file"] == name, "doc_id"].iloc[0]
        pred = acts[acts["doc_id"] == doc_id].sort_values("row_index").to_dict("records")
        assert abs(len(pred) - len(truth["actions"])) <= max(1, 0.15 * len(truth["actions"])), name
        score = score_document(truth["actions"], pred, text=False)
        rows.add(score.rows)
        months.add(score.months)
    assert rows.f1 >= 0.85, rows
    assert months.f1 >= 0.90, months


def test_second_run_skips_what_is_done(extracted):
    raw, out, truths = extracted
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(raw), "--out", str(out), "--workers", "1"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"{len(truths)} skipped" in done.stdout
