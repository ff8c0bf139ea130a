"""The benchmark's corpus folder: made, reused, and never emptied when it is someone's own."""

from pathlib import Path

import pytest

from bench.corpus import ensure_corpus
from schemas.errors import UsageError
from tests.synth import STAMP, generate_corpus


def test_a_folder_of_unstamped_pdfs_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    own = tmp_path / "my_scan.pdf"
    own.write_bytes(b"%PDF-1.4 someone's own scan")
    with pytest.raises(UsageError, match="did not stamp"):
        ensure_corpus(tmp_path, layouts=("lotim",), noises=("mild",), per_combo=1, max_rows=3)
    assert own.read_bytes() == b"%PDF-1.4 someone's own scan"


def test_documents_the_generator_made_are_used_as_they_are(tmp_path: Path) -> None:
    # e.g. scans at 150 dpi, which the benchmark would otherwise draw at its default 200
    made = generate_corpus(tmp_path, layouts=["lotim"], noises=["mild"], seed=1000, max_rows=3, dpi=150)
    assert (tmp_path / STAMP).exists()
    before = made[0].read_bytes()
    used = ensure_corpus(tmp_path, layouts=("lotim",), noises=("mild",), per_combo=1, seed=1000, max_rows=3)
    assert used == made
    assert used[0].read_bytes() == before
