"""The parquet contract (see README, "Output contract"): schemas and validation.

Every frame passes :func:`validate` before it is written; a frame that fails is
never written. Bump ``SCHEMA_VERSION`` and add a migration note in the README
when a named column is renamed, dropped or changes meaning.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd
import pyarrow as pa

from schemas.errors import SchemaError

SCHEMA_VERSION = "1"

JENIS = ("rencana_aksi_zi", "rencana_kerja_zi", "rencana_aksi_rb", "lainnya")
STATUS = ("ok", "partial", "failed")
AREA_CODES = ("MP", "TL", "SDM", "AK", "PW", "PP", "DR", "OR")
SATKER_CODE_RE = re.compile(r"^(00|\d{2}|\d{2}\.\d{2}|unknown)$")
DOC_ID_RE = re.compile(r"^[0-9a-f]{16}$")

DOCUMENTS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source_file", pa.string()),
        ("source_sha256", pa.string()),
        ("satker_code", pa.string()),
        ("satker_name", pa.string()),
        ("nomor", pa.string()),
        ("tahun", pa.int16()),
        ("tanggal_ditetapkan", pa.date32()),
        ("jenis", pa.string()),
        ("n_pages", pa.int16()),
        ("status", pa.string()),
        ("warnings", pa.list_(pa.string())),
        ("pipeline_version", pa.string()),
        # additions beyond the contract (allowed: columns may be added)
        ("tempat_ditetapkan", pa.string()),
        ("tentang", pa.string()),
        ("ketua", pa.string()),
        ("satker_score", pa.float32()),
        ("n_actions", pa.int32()),
        ("n_needs_review", pa.int32()),
        ("schema_version", pa.string()),
    ]
)

ACTIONS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("satker_code", pa.string()),
        ("tahun", pa.int16()),
        ("row_index", pa.int32()),
        ("page", pa.int16()),
        ("area_code", pa.string()),
        ("indicator_id", pa.string()),
        ("match_score", pa.float32()),
        ("area_raw", pa.string()),
        ("komponen_raw", pa.string()),
        ("indikator_raw", pa.string()),
        ("langkah_aksi_raw", pa.string()),
        ("bukti_raw", pa.string()),
        ("penanggung_jawab_raw", pa.string()),
        ("keterangan_raw", pa.string()),
        ("months", pa.list_(pa.int8())),
        ("schedule_raw", pa.string()),
        ("needs_review", pa.bool_()),
        # additions beyond the contract
        ("nomor_raw", pa.string()),
        ("sub_indicator_id", pa.string()),
        ("text_confidence", pa.float32()),
        ("month_confidence", pa.float32()),
        ("review_reasons", pa.list_(pa.string())),
        ("page_end", pa.int16()),
        ("bbox", pa.list_(pa.float32())),  # [x0, y0, x1, y1] of the row on `page`, fractions of the page
        ("month_x", pa.list_(pa.float32())),  # [x0, x1] of the month grid on `page`, fractions of its width
    ]
)

NOT_NULL = {
    "documents": ("doc_id", "source_file", "source_sha256", "satker_code", "satker_name", "jenis", "n_pages",
                  "status", "warnings", "pipeline_version"),
    "actions": ("doc_id", "satker_code", "row_index", "page", "match_score", "months", "needs_review"),
}


def to_table(frame: pd.DataFrame, schema: pa.Schema, kind: str) -> pa.Table:
    """Validate ``frame`` against ``schema`` and return it as an arrow table.

    Raises :class:`SchemaError` naming the first problem found.
    """
    missing = [n for n in schema.names if n not in frame.columns]
    if missing:
        raise SchemaError(f"{kind}: missing columns {missing}")
    try:
        table = pa.Table.from_pandas(frame[schema.names], schema=schema, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError) as exc:
        raise SchemaError(f"{kind}: cannot convert to the parquet schema: {exc}") from exc
    _check(table, kind)
    return table


def _check(table: pa.Table, kind: str) -> None:
    cols: dict[str, list[Any]] = {n: table.column(n).to_pylist() for n in table.column_names}
    for name in NOT_NULL[kind]:
        if any(v is None for v in cols[name]):
            raise SchemaError(f"{kind}: column {name} has nulls")
    for i, code in enumerate(cols["satker_code"]):
        if not SATKER_CODE_RE.match(code):
            raise SchemaError(f"{kind}: row {i}: satker_code {code!r} is not a Kemendagri code or 'unknown'")
    for i, doc_id in enumerate(cols["doc_id"]):
        if not DOC_ID_RE.match(doc_id):
            raise SchemaError(f"{kind}: row {i}: doc_id {doc_id!r} is not 16 hex characters")
    if kind == "documents":
        _check_documents(cols)
    else:
        _check_actions(cols)


def _check_documents(cols: dict[str, list[Any]]) -> None:
    for i, (jenis, status) in enumerate(zip(cols["jenis"], cols["status"], strict=True)):
        if jenis not in JENIS:
            raise SchemaError(f"documents: row {i}: jenis {jenis!r} not in {JENIS}")
        if status not in STATUS:
            raise SchemaError(f"documents: row {i}: status {status!r} not in {STATUS}")


def _check_actions(cols: dict[str, list[Any]]) -> None:
    for i, months in enumerate(cols["months"]):
        if any(m is None or not 1 <= m <= 12 for m in months) or list(months) != sorted(set(months)):
            raise SchemaError(f"actions: row {i}: months {months} must be ascending, unique, within 1..12")
    for i, area in enumerate(cols["area_code"]):
        if area is not None and area not in AREA_CODES:
            raise SchemaError(f"actions: row {i}: area_code {area!r} not in {AREA_CODES}")
    for i, score in enumerate(cols["match_score"]):
        if not 0.0 <= score <= 100.0:
            raise SchemaError(f"actions: row {i}: match_score {score} outside 0..100")
    for name, size in (("bbox", 4), ("month_x", 2)):
        for i, box in enumerate(cols[name]):
            if box is not None and not _is_span(box, size):
                raise SchemaError(f"actions: row {i}: {name} {box} must be {size} ascending fractions (0..1)")
    if cols["row_index"] != list(range(len(cols["row_index"]))):
        raise SchemaError("actions: row_index must run 0..n-1 in order")


def _is_span(values: list[float], size: int) -> bool:
    """``size`` fractions in 0..1, each far edge beyond its near edge (x0 < x1, y0 < y1)."""
    if len(values) != size or any(v is None or not 0.0 <= v <= 1.0 for v in values):
        return False
    half = size // 2
    return all(values[i] < values[i + half] for i in range(half))
