"""Inputs that could not be extracted, gathered where a person can look at them.

``DIR/_quarantine/quarantine.csv`` lists every input whose latest extraction
failed (rebuilt from the manifest at the end of each run, so it is right even
after a killed run), and ``DIR/_quarantine/files/`` holds a copy of each. A copy,
not a link: the evidence survives the source being moved, fixed or deleted, and
bad inputs are few.
"""

from __future__ import annotations

import csv
import io
import logging
import shutil
from pathlib import Path

from pipeline.dataset import atomic_file, write_text_atomic
from pipeline.manifest import Manifest, ManifestEntry
from schemas.errors import OutputError

log = logging.getLogger(__name__)

COLUMNS = ("sha256", "source_path", "status", "reason", "run_id", "pipeline_version", "copy")


def quarantine_dir(out: Path) -> Path:
    return out / "_quarantine"


def copy_name(entry: ManifestEntry) -> str:
    return f"{entry.sha256[:16]}-{Path(entry.source_path).name}"


def refresh_quarantine(out: Path, manifest: Manifest) -> dict[str, str]:
    """Bring the quarantine in line with the manifest; returns sha256 -> path of the copy."""
    folder = quarantine_dir(out)
    files = folder / "files"
    failures = manifest.failures()
    copies: dict[str, str] = {}
    for entry in failures:
        copy = _copy(Path(entry.source_path), files / copy_name(entry))
        if copy is not None:
            copies[entry.sha256] = str(copy)
    keep = {copy_name(e) for e in failures}
    if files.is_dir():
        for stale in files.iterdir():
            if stale.name not in keep and not stale.name.startswith("."):
                stale.unlink(missing_ok=True)  # extracted since: no longer quarantined
    if failures or folder.exists():
        write_text_atomic(folder / "quarantine.csv", _csv(failures, copies, out))
    return copies


def _copy(source: Path, target: Path) -> Path | None:
    if target.exists():
        return target
    try:
        with atomic_file(target) as tmp:
            shutil.copyfile(source, tmp)
    except (OSError, OutputError) as exc:  # the source is gone or unreadable: the list still names it
        log.warning("cannot copy %s into the quarantine: %s", source, exc)
        return None
    return target


def _csv(failures: list[ManifestEntry], copies: dict[str, str], out: Path) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for e in failures:
        copy = copies.get(e.sha256)
        relative = str(Path(copy).relative_to(out)) if copy else ""
        writer.writerow([e.sha256, e.source_path, e.status, e.reason or "", e.run_id or "",
                         e.pipeline_version, relative])
    return buffer.getvalue()
