"""The dataset on disk: hive-partitioned parquet, one file per source document.

Files are written to a temporary name in the same folder and renamed, so a
reader (or a run killed midway) never sees half a file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from schemas.dataset import ACTIONS, DOCUMENTS, to_table
from schemas.errors import OutputError


def partition_path(out: Path, table: str, satker_code: str, doc_id: str) -> Path:
    return out / table / f"satker={satker_code}" / f"{doc_id}.parquet"


@contextmanager
def atomic_file(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed onto it only if the block completes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {exc}") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    with atomic_file(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_atomic(frame: pd.DataFrame, kind: str, path: Path) -> None:
    """Validate ``frame`` and write it to ``path`` whole or not at all."""
    schema = DOCUMENTS if kind == "documents" else ACTIONS
    table = to_table(frame, schema, kind)  # raises SchemaError before anything is written
    with atomic_file(path) as tmp:
        pq.write_table(table, tmp, compression="zstd")


def remove_document(out: Path, doc_id: str) -> None:
    """Drop earlier outputs of a document (its satker may have changed with a new version)."""
    for table in ("documents", "actions"):
        for old in (out / table).glob(f"satker=*/{doc_id}.parquet"):
            old.unlink(missing_ok=True)


def write_document(out: Path, documents: pd.DataFrame, actions: pd.DataFrame) -> None:
    """Write one document's rows: actions first, then the documents row that makes it visible."""
    doc_id = str(documents["doc_id"].iloc[0])
    satker = str(documents["satker_code"].iloc[0])
    # Validate both frames before touching the disk, so a bad frame leaves nothing behind.
    to_table(documents, DOCUMENTS, "documents")
    to_table(actions, ACTIONS, "actions")
    remove_document(out, doc_id)
    write_atomic(actions, "actions", partition_path(out, "actions", satker, doc_id))
    write_atomic(documents, "documents", partition_path(out, "documents", satker, doc_id))


TEMP_PATTERNS = ("*/satker=*/.*.tmp", "_runs/.*.tmp", "_quarantine/.*.tmp")


def cleanup_temp(out: Path) -> int:
    """Remove temporary files left by a killed run; returns how many."""
    n = 0
    for pattern in TEMP_PATTERNS:
        for tmp in out.glob(pattern):
            tmp.unlink(missing_ok=True)
            n += 1
    return n
