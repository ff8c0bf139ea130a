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
    finished_at REAL NOT NULL,
    run_id TEXT
)
"""
DONE = ("ok", "partial")
FAILED = ("failed", "error")


@dataclass(frozen=True)
class ManifestEntry:
    sha256: str
    source_path: str
    pipeline_version: str
    status: str
    reason: str | None
    run_id: str | None = None


_ENTRY = "sha256, source_path, pipeline_version, status, reason, run_id"


class Manifest:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(SCHEMA)
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(inputs)")}
        if "run_id" not in columns:  # manifests written before run ids were recorded
            self._db.execute("ALTER TABLE inputs ADD COLUMN run_id TEXT")
        self._db.commit()

    def close(self) -> None:
        self._db.close()

    def get(self, sha256: str) -> ManifestEntry | None:
        row = self._db.execute(
            f"SELECT {_ENTRY} FROM inputs WHERE sha256 = ?", (sha256,),
        ).fetchone()
        return ManifestEntry(*row) if row else None

    def statuses(self) -> dict[str, str]:
        """sha256 -> latest status of every input recorded."""
        return dict(self._db.execute("SELECT sha256, status FROM inputs").fetchall())

    def failures(self) -> list[ManifestEntry]:
        """Every input whose latest extraction failed, oldest first."""
        rows = self._db.execute(
            f"SELECT {_ENTRY} FROM inputs WHERE status IN (?, ?) ORDER BY finished_at", FAILED,
        ).fetchall()
        return [ManifestEntry(*row) for row in rows]

    def is_done(self, sha256: str, version: str) -> bool:
        entry = self.get(sha256)
        return entry is not None and entry.pipeline_version == version and entry.status in DONE

    def record(
        self, *, sha256: str, source_path: str, version: str, status: str, reason: str | None = None,
        n_pages: int | None = None, n_actions: int | None = None, seconds: float | None = None,
        run_id: str | None = None,
    ) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO inputs (sha256, doc_id, source_path, pipeline_version, status, reason, "
            "n_pages, n_actions, seconds, finished_at, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (sha256, sha256[:16], source_path, version, status, reason, n_pages, n_actions, seconds,
             time.time(), run_id),
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
