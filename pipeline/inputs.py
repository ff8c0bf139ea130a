"""Find the PDFs a user pointed at: files and folders, searched recursively."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from schemas.errors import UsageError


def discover(inputs: Iterable[Path]) -> list[Path]:
    """Every PDF under ``inputs``, in a stable order, each once.

    Files named explicitly are taken whatever their extension (so a mislabelled
    file is reported, not silently skipped); folders contribute ``*.pdf``.
    """
    found: dict[Path, None] = {}
    for item in inputs:
        if item.is_dir():
            for path in sorted(item.rglob("*")):
                if path.is_file() and path.suffix.lower() == ".pdf" and not path.name.startswith("."):
                    found.setdefault(path.resolve(), None)
        elif item.is_file():
            found.setdefault(item.resolve(), None)
        else:
            raise UsageError(f"input not found: {item}")
    return list(found)
