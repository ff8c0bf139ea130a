"""The benchmark corpus: generated scans with ground truth, made once and reused."""

from __future__ import annotations

import json
from pathlib import Path

from tests.synth import LAYOUTS, generate_document

NOISE_LEVELS = ("mild", "medium", "heavy")


def ensure_corpus(
    folder: Path, *, layouts: tuple[str, ...] = LAYOUTS, noises: tuple[str, ...] = NOISE_LEVELS,
    per_combo: int = 2, seed: int = 1000, max_rows: int | None = None,
) -> list[Path]:
    """PDFs of the corpus, generating the missing ones (generation is deterministic)."""
    folder.mkdir(parents=True, exist_ok=True)
    pdfs = []
    for layout in layouts:
        for k in range(per_combo):
            for noise in noises:
                name = f"{layout}_{noise}_{seed + k:05d}" + (f"_r{max_rows}" if max_rows is not None else "")
                pdf = folder / f"{name}.pdf"
                if not pdf.exists() or not pdf.with_suffix(".json").exists():
                    generate_document(folder, layout=layout, noise=noise, seed=seed + k, max_rows=max_rows,
                                      name=name)
                pdfs.append(pdf)
    return pdfs


def truth_of(pdf: Path) -> dict:
    return json.loads(pdf.with_suffix(".json").read_text())
