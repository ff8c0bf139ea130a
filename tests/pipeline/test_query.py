"""`zi query` from any folder, and the README's researcher questions on a dataset with known answers."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.dataset import write_document
from tests.pipeline.test_dataset import _actions, _documents

ROOT = Path(__file__).resolve().parents[2]
SATKERS = {"52.03": "KPU Kabupaten Lombok Timur", "52": "KPU Provinsi Nusa Tenggara Barat", "00": "KPU RI"}
# (satker, tahun, rows of (indicator, area, months, needs_review))
PLANS = [
    ("52.03", 2022, [("ZI.PW.4", "PW", [1, 2], False), ("ZI.PW.4", "PW", [6], False),
                     ("ZI.MP.1", "MP", [3], False), (None, None, [], True)]),
    ("52", 2023, [("ZI.PW.4", "PW", [3, 4], True), ("ZI.TL.1", "TL", [5], False)]),
    ("00", 2023, [("ZI.PP.1", "PP", [7], False)]),
]


def readme_questions() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", (ROOT / "README.md").read_text(), flags=re.S)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a dataset at the default place, data/clean."""
    work = tmp_path_factory.mktemp("researcher")
    for i, (code, tahun, rows) in enumerate(PLANS):
        doc_id = f"{i:016x}"
        docs = _documents(doc_id, code)
        docs["satker_name"], docs["tahun"] = SATKERS[code], tahun
        acts = _actions(doc_id, code, months=tuple(r[2] for r in rows))
        acts["tahun"] = tahun
        acts["indicator_id"] = [r[0] for r in rows]
        acts["area_code"] = [r[1] for r in rows]
        acts["needs_review"] = [r[3] for r in rows]
        write_document(work / "data" / "clean", docs, acts)
    return work


def zi_query(cwd: Path, sql: str, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "pipeline.cli", "query", sql, *extra]
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def answer(workdir: Path, sql: str) -> pd.DataFrame:
    out = workdir / "answer.parquet"
    done = zi_query(workdir, sql, "--parquet", str(out))
    assert done.returncode == 0, done.stderr
    return pd.read_parquet(out)


def test_readme_has_three_questions():
    assert len(readme_questions()) == 3


def test_wbs_in_first_quarter(workdir):
    frame = answer(workdir, readme_questions()[0])
    got = [(r.satker_name, r.tahun, r.wbs_actions, list(r.q1_months)) for r in frame.itertuples()]
    assert got == [("KPU Kabupaten Lombok Timur", 2022, 1, [1, 2]),  # the June WBS action is not Q1
                   ("KPU Provinsi Nusa Tenggara Barat", 2023, 1, [3])]


def test_actions_per_area_per_year(workdir):
    frame = answer(workdir, readme_questions()[1])
    got = {(r.tahun, r.area): r.actions for r in frame.itertuples()}
    assert got == {(2022, "?"): 1, (2022, "MP"): 1, (2022, "PW"): 2,
                   (2023, "PP"): 1, (2023, "PW"): 1, (2023, "TL"): 1}
    assert frame["actions"].sum() == sum(len(rows) for _, _, rows in PLANS)


def test_share_needing_review_per_satker(workdir):
    frame = answer(workdir, readme_questions()[2])
    assert list(frame["satker_name"]) == ["KPU Provinsi Nusa Tenggara Barat", "KPU Kabupaten Lombok Timur",
                                          "KPU RI"]
    assert list(frame["share_need_review"]) == [0.5, 0.25, 0.0]
    assert list(frame["need_review"]) == [1, 1, 0]


def test_query_runs_from_another_folder_with_data(workdir, tmp_path):
    out = tmp_path / "n.csv"
    data = str(workdir / "data" / "clean")
    done = zi_query(tmp_path, "SELECT count(*) AS n FROM documents", "--data", data, "--csv", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_text().split() == ["n", str(len(PLANS))]


def test_a_folder_without_dataset_is_a_clear_error(tmp_path):
    done = zi_query(tmp_path, "SELECT 1")
    assert done.returncode == 2
    assert "no dataset in" in done.stderr and str((tmp_path / "data" / "clean").resolve()) in done.stderr
