"""The benchmark corpus: generated scans with ground truth, made once and reused."""

from __future__ import annotations

import json
from pathlib import Path

from schemas.errors import UsageError
from tests.synth import LAYOUTS, document_name, generate_document, generator_version, read_stamp, write_stamp

NOISE_LEVELS = ("mild", "medium", "heavy")


def ensure_corpus(
    folder: Path, *, layouts: tuple[str, ...] = LAYOUTS, noises: tuple[str, ...] = NOISE_LEVELS,
    per_combo: int = 2, seed: int = 1000, max_rows: int | None = None, mark_style: str | None = None,
) -> list[Path]:
    """PDFs of the corpus, generating the missing ones (generation is deterministic).

    Documents made by another version of the generator (its labels or its drawing) are made again,
    and missing ones added, at the resolution the folder's stamp names (200 dpi for a new folder).
    A folder of PDFs that no generator stamped is someone's own: it is refused, never emptied.
    """
    folder.mkdir(parents=True, exist_ok=True)
    version = generator_version()
    stamp = read_stamp(folder)
    if stamp is None and any(folder.glob("*.pdf")):
        raise UsageError(f"{folder} holds PDFs the generator did not stamp as its own; give an empty folder, "
                         "or one made by `python -m tests.synth` or by the benchmark")
    made_by, dpi = stamp or (None, 200)
    if made_by != version:
        for old in [*folder.glob("*.pdf"), *folder.glob("*.json")]:
            old.unlink()
        write_stamp(folder, version, dpi)
    pdfs = []
    for layout in layouts:
        for k in range(per_combo):
            for noise in noises:
                name = document_name(layout, noise, seed + k, max_rows, mark_style)
                pdf = folder / f"{name}.pdf"
                if not pdf.exists() or not pdf.with_suffix(".json").exists():
                    generate_document(folder, layout=layout, noise=noise, seed=seed + k, max_rows=max_rows,
                                      dpi=dpi, name=name, mark_style=mark_style)
                pdfs.append(pdf)
    return pdfs


def truth_of(pdf: Path) -> dict:
    return json.loads(pdf.with_suffix(".json").read_text())
