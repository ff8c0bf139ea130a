"""What has been extracted already: one SQLite file in the output folder.

Keyed by content hash, so a renamed file is not extracted twice, and by
pipeline version, so an upgrade can re-run everything with ``--force``.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS inputs (
    sha256 TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    source_path TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    status TEXT NOT NULL,          -- ok | partial | failed | error
    reason TEXT,
    n_pages INTEGER,
    n_actions INTEGER,
    seconds REAL,
    finished_at REAL NOT NULL
)
"""
DONE = ("ok", "partial")


@dataclass(frozen=True)
class ManifestEntry:
    sha256: str
    source_path: str
    pipeline_version: str
    status: str
    reason: str | None


class Manifest:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(SCHEMA)
        self._db.commit()

    def close(self) -> None:
        self._db.close()

    def get(self, sha256: str) -> ManifestEntry | None:
        row = self._db.execute(
            "SELECT sha256, source_path, pipeline_version, status, reason FROM inputs WHERE sha256 = ?",
            (sha256,),
        ).fetchone()
        return ManifestEntry(*row) if row else None

    def is_done(self, sha256: str, version: str) -> bool:
        entry = self.get(sha256)
        return entry is not None and entry.pipeline_version == version and entry.status in DONE

    def record(
        self, *, sha256: str, source_path: str, version: str, status: str, reason: str | None = None,
        n_pages: int | None = None, n_actions: int | None = None, seconds: float | None = None,
    ) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (sha256, sha256[:16], source_path, version, status, reason, n_pages, n_actions, seconds,
             time.time()),
        )
        self._db.commit()


def source_paths(path: Path) -> dict[str, str]:
    """sha256 -> where each input was last read from; read-only, empty when there is no manifest."""
    if not path.is_file():
        return {}
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        return dict(db.execute("SELECT sha256, source_path FROM inputs").fetchall())
    finally:
        db.close()
