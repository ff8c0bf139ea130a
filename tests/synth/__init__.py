"""Synthetic scanned KPU decrees with ground truth, for tests and benchmarks.

Each document is a portrait decree body followed by a landscape LAMPIRAN action-plan table in one of
five layouts modelled on real decrees, rendered to an image-only PDF (one JPEG per page) with a JSON
file of ground truth next to it. Same arguments give byte-identical files.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .document import build

LAYOUTS = ("lotim", "sumbawa", "mesuji", "mataram", "tambrauw")
NOISES = ("clean", "mild", "medium", "heavy")

STAMP = ".generator"
"""File naming the generator version that made a folder's documents (see :func:`generator_version`)
and the resolution they were scanned at, so documents redrawn or added later match the others."""

__all__ = ["LAYOUTS", "NOISES", "STAMP", "document_name", "generate_corpus", "generate_document",
           "generator_version", "read_stamp", "write_stamp"]


def generate_document(
    out_dir: Path, *, layout: str, noise: str, seed: int, max_rows: int | None = None, dpi: int = 200,
    name: str | None = None, mark_style: str | None = None,
) -> tuple[Path, Path]:
    """Write <name>.pdf and <name>.json into out_dir and return their paths."""
    if name is None:
        name = document_name(layout, noise, seed, max_rows, mark_style)
    return build(Path(out_dir), layout=layout, noise=noise, seed=seed, max_rows=max_rows, dpi=dpi, name=name,
                 mark_style=mark_style)


def document_name(layout: str, noise: str, seed: int, max_rows: int | None = None,
                  mark_style: str | None = None) -> str:
    return (f"{layout}_{noise}_{seed:05d}" + (f"_r{max_rows}" if max_rows is not None else "")
            + (f"_{mark_style}" if mark_style else ""))


def generate_corpus(out_dir: Path, *, layouts: tuple[str, ...] | list[str] = LAYOUTS,
                    noises: tuple[str, ...] | list[str] = NOISES, per_combo: int = 1, seed: int = 0,
                    max_rows: int | None = None, dpi: int = 200, mark_style: str | None = None) -> list[Path]:
    """Every layout x noise x per_combo; the k-th document of a layout has the same content at every noise.

    The folder is stamped with the generator's version, so `python -m bench --corpus` uses its documents.
    """
    out = []
    for layout in layouts:
        for k in range(per_combo):
            for noise in noises:
                pdf, _ = generate_document(Path(out_dir), layout=layout, noise=noise, seed=seed + k,
                                           max_rows=max_rows, dpi=dpi, mark_style=mark_style)
                out.append(pdf)
    write_stamp(Path(out_dir), generator_version(), dpi)
    return out


def write_stamp(folder: Path, version: str, dpi: int) -> None:
    (folder / STAMP).write_text(f"{version}\ndpi {dpi}\n")


def read_stamp(folder: Path) -> tuple[str, int] | None:
    """(generator version, dpi) a folder was stamped with; None when it has no stamp.

    A stamp from before the dpi was recorded holds the version alone: its documents were drawn at 200.
    """
    stamp = folder / STAMP
    if not stamp.exists():
        return None
    version, *rest = stamp.read_text().split("\n")
    dpi = next((int(line.split()[1]) for line in rest if line.startswith("dpi ")), 200)
    return version.strip(), dpi


def generator_version() -> str:
    """A digest of the generator's code: documents made by another version may differ in any pixel."""
    digest = hashlib.sha256()
    for source in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(source.name.encode() + source.read_bytes())
    return digest.hexdigest()[:16]
