"""`zi review` end to end: a generated scan extracted, its report written and opened in headless Chromium.

Chromium is required, not optional: CI installs it (scripts/ensure-system-deps.sh), and a missing
browser fails this test rather than skipping it.
"""

import base64
import html
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pandas as pd
import pytest

from pipeline.dataset import write_document
from pipeline.query import run_query
from tests.pipeline.test_query import readme_questions
from tests.synth import generate_document

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[2]
FLAG = "flagged by the test: <check> & confirm"
CROP = re.compile(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"')


def zi(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "pipeline.cli", *args]
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw = tmp_path_factory.mktemp("raw")
    out = tmp_path_factory.mktemp("clean")
    generate_document(raw, layout="lotim", noise="mild", seed=31, max_rows=4)
    done = zi("extract", str(raw), "--out", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr
    return out


def frames(data: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    return (run_query(data, "SELECT * FROM documents").df(),
            run_query(data, "SELECT * FROM actions ORDER BY row_index").df())


def screenshot(page: Path, png: Path, profile: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.fail("chromium is not installed: run scripts/ensure-system-deps.sh (apt-get install chromium)")
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", f"--screenshot={png}", "--window-size=1400,2000", page.as_uri()]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]


def test_report_shows_every_row_beside_its_crop_in_a_browser(dataset, tmp_path):
    page = tmp_path / "report.html"
    done = zi("review", "--data", str(dataset), "--out", str(page), "--all-rows")
    assert done.returncode == 0, done.stderr
    text = page.read_text()
    docs, acts = frames(dataset)
    assert len(acts) >= 2
    crops = CROP.findall(text)
    assert len(crops) == len(acts)  # every row has its crop
    for data in crops:
        img = cv2.imdecode(np.frombuffer(base64.b64decode(data), np.uint8), cv2.IMREAD_GRAYSCALE)
        assert img is not None and img.shape[1] > 5 * img.shape[0]  # a strip across the table
        assert (img < 128).mean() > 0.01 and (img > 200).mean() > 0.5  # rulings and text on paper
        assert _ruling_near_edge(img) and _ruling_near_edge(img[::-1])  # the box lands on the row's rulings
    for warning in docs["warnings"].iloc[0]:
        assert html.escape(warning) in text
    assert text.count('class="band"') == acts["month_x"].notna().sum() > 0  # the month strip under the grid

    png = tmp_path / "report.png"
    screenshot(page, png, tmp_path / "chromium-profile")
    shot = cv2.imread(str(png), cv2.IMREAD_GRAYSCALE)
    assert shot is not None and shot.shape == (2000, 1400)
    assert float(shot.std()) > 15 and len(np.unique(shot)) > 50  # not a blank page


def _ruling_near_edge(img: np.ndarray) -> bool:
    """The darkest line of the crop's top third is its ruling, one margin (~6 px) below the top edge."""
    darkness = (255.0 - img).mean(axis=1)
    third = darkness[: max(1, len(darkness) // 3)]
    return 3 <= int(third.argmax()) <= 10 and float(third.max()) > 1.5 * float(np.median(darkness))


def test_default_report_shows_only_rows_needing_review(dataset, tmp_path):
    """Whatever the OCR got right, one row and one warning are flagged in a copy, so the check bites."""
    flagged = tmp_path / "flagged"
    shutil.copytree(dataset, flagged)
    docs, acts = frames(flagged)
    docs.at[0, "warnings"] = [*docs.at[0, "warnings"], FLAG]
    acts.at[1, "needs_review"] = True
    acts.at[1, "review_reasons"] = [*acts.at[1, "review_reasons"], FLAG]
    write_document(flagged, docs, acts)
    page = tmp_path / "review.html"
    done = zi("review", "--data", str(flagged), "--out", str(page))
    assert done.returncode == 0, done.stderr
    text = page.read_text()
    doubtful = acts[acts["needs_review"]]
    assert len(CROP.findall(text)) == len(doubtful) >= 1
    shown = sorted(int(i) for i in re.findall(r'id="row-[0-9a-f]{16}-(\d+)"', text))
    assert shown == list(doubtful["row_index"])
    for reasons in doubtful["review_reasons"]:
        for reason in reasons:
            assert html.escape(reason) in text
    assert text.count(html.escape(FLAG)) == 2 and FLAG not in text  # the warning and the reason, escaped


def test_moved_source_is_reported_not_fatal(dataset, tmp_path):
    moved = tmp_path / "moved"
    shutil.copytree(dataset, moved)
    db = sqlite3.connect(moved / "_manifest.sqlite")
    with db:
        db.execute("UPDATE inputs SET source_path = ?", (str(tmp_path / "elsewhere" / "decree.pdf"),))
    db.close()
    page = tmp_path / "review.html"
    done = zi("review", "--data", str(moved), "--out", str(page), "--all-rows")
    assert done.returncode == 0, done.stderr
    text = page.read_text()
    assert "moved or deleted since extraction" in text and not CROP.findall(text)
    assert "Row 1" in text  # the rows are still listed, without their image


def test_readme_questions_run_on_an_extracted_dataset(dataset):
    columns = [["satker_name", "tahun", "wbs_actions", "q1_months"], ["tahun", "area", "actions"],
               ["satker_name", "actions", "need_review", "share_need_review"]]
    _, acts = frames(dataset)
    for sql, expected in zip(readme_questions(), columns, strict=True):
        frame = run_query(dataset, sql).df()
        assert list(frame.columns) == expected
    per_area = run_query(dataset, readme_questions()[1]).df()
    assert per_area["actions"].sum() == len(acts)
    share = run_query(dataset, readme_questions()[2]).df()
    assert share["share_need_review"].between(0, 1).all()
