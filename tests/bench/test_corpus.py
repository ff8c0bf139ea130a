"""The benchmark's corpus folder: made, reused, and never emptied when it is someone's own."""

from pathlib import Path

import pytest

from bench.corpus import ensure_corpus, truth_of
from schemas.errors import UsageError
from tests.synth import STAMP, generate_corpus, generator_version, read_stamp


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


def test_documents_redrawn_or_added_keep_the_folders_resolution(tmp_path: Path) -> None:
    """A 150-dpi folder whose stamp is from another generator version is redrawn at 150, not 200."""
    generate_corpus(tmp_path, layouts=["lotim"], noises=["mild"], seed=1000, max_rows=3, dpi=150)
    stamp = tmp_path / STAMP
    stamp.write_text(stamp.read_text().replace(stamp.read_text().split("\n")[0], "0ld"))
    used = ensure_corpus(tmp_path, layouts=("lotim",), noises=("mild", "medium"), per_combo=1, seed=1000,
                         max_rows=3)
    assert [truth_of(pdf)["dpi"] for pdf in used] == [150, 150]
    assert read_stamp(tmp_path) == (generator_version(), 150)
