"""The same run on a Dask cluster gives the same dataset as the local process pool."""

from __future__ import annotations

from pathlib import Path

import dask
import distributed  # the cluster extra, part of dev: a missing install fails here, not skips
import pandas as pd
import pytest

from ocr.settings import OcrSettings
from pipeline.run import run_extract
from schemas.errors import UsageError
from tests.pipeline import inputs


def _dataset(out: Path) -> dict[str, pd.DataFrame]:
    return {str(p.relative_to(out)): pd.read_parquet(p) for p in sorted(out.glob("*/satker=*/*.parquet"))}


def test_cluster_run_matches_local_pool_run(tmp_path):
    raw = tmp_path / "raw"
    docs = [inputs.decree(raw, seed=81, layout="lotim"), inputs.decree(raw, seed=82, layout="mataram")]
    local = run_extract(docs, tmp_path / "local", OcrSettings(), workers=2, progress=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        remote = run_extract(docs, tmp_path / "cluster", OcrSettings(), scheduler=cluster.scheduler_address,
                             progress=False)
    statuses = sorted((r.path, r.status) for r in local.inputs)
    assert statuses == sorted((r.path, r.status) for r in remote.inputs)
    assert all(r.status == "ok" for r in remote.inputs)
    here, there = _dataset(tmp_path / "local"), _dataset(tmp_path / "cluster")
    assert sorted(here) == sorted(there) and len(here) == 4
    for name, frame in here.items():
        pd.testing.assert_frame_equal(frame, there[name], obj=name)


def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}),\
            pytest.raises(UsageError, match="cannot reach the Dask scheduler"):
        run_extract([inputs.decree(tmp_path, seed=83)], tmp_path / "out", OcrSettings(),
                    scheduler="tcp://127.0.0.1:9", progress=False)
