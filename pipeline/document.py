"""One document through every stage: read, assemble, normalise, into two frames."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from normalize.catalogue import area_from_text, match_action
from normalize.metadata import parse_decree
from normalize.rows import assemble_actions
from normalize.satker import resolve_satker
from normalize.schedule import parse_schedule
from ocr.reader import DocumentReading, read_document
from ocr.settings import OcrSettings
from pipeline import __version__
from schemas.dataset import SCHEMA_VERSION
from schemas.errors import NotADecreeError
from schemas.records import Action, DecreeMeta, IndicatorMatch, Role, SatkerResolution

log = logging.getLogger(__name__)

RAW_COLUMNS = {
    Role.AREA: "area_raw", Role.KOMPONEN: "komponen_raw", Role.INDIKATOR: "indikator_raw",
    Role.LANGKAH_AKSI: "langkah_aksi_raw", Role.BUKTI: "bukti_raw",
    Role.PENANGGUNG_JAWAB: "penanggung_jawab_raw", Role.KETERANGAN: "keterangan_raw",
}


@dataclass(frozen=True)
class DocumentResult:
    doc_id: str
    sha256: str
    status: str
    documents: pd.DataFrame
    actions: pd.DataFrame
    n_pages: int
    warnings: tuple[str, ...]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def extract_document(
    path: Path, settings: OcrSettings, on_page: Callable[[int], None] | None = None, sha256: str | None = None
) -> DocumentResult:
    """Run the whole pipeline on one PDF.

    Raises an :class:`~schemas.errors.InputError` when the file cannot be read
    at all; a readable PDF always yields a result, ``failed`` when it holds no
    decree nor table.
    """
    sha = sha256 or file_sha256(path)
    doc_id = sha[:16]
    reading = read_document(path, settings, on_page=on_page)
    free_texts = [p.text for p in reading.pages]
    meta = parse_decree("\n".join(free_texts))
    satker = resolve_satker(free_texts, footers=_footers(reading))
    tables = [p.table for p in reading.pages if p.table is not None]
    actions = assemble_actions(tables)
    warnings = list(meta.warnings) + list(satker.warnings) + list(reading.page_errors)
    status = _status(reading, actions, meta, satker, warnings)
    code = satker.satker.code if satker.satker else "unknown"
    name = satker.satker.name if satker.satker else "unknown"
    if satker.satker is None:
        warnings.append("satker could not be resolved from the document's text")
    action_rows = [_action_row(a, doc_id, code, meta) for a in actions]
    actions_frame = pd.DataFrame(action_rows, columns=_ACTION_COLUMNS)
    documents = pd.DataFrame([{
        "doc_id": doc_id, "source_file": path.name, "source_sha256": sha, "satker_code": code,
        "satker_name": name, "nomor": meta.nomor, "tahun": meta.tahun,
        "tanggal_ditetapkan": meta.tanggal_ditetapkan, "jenis": meta.jenis, "n_pages": reading.n_pages,
        "status": status, "warnings": warnings, "pipeline_version": __version__,
        "tempat_ditetapkan": meta.tempat_ditetapkan, "tentang": meta.tentang, "ketua": meta.ketua,
        "satker_score": satker.score, "n_actions": len(action_rows),
        "n_needs_review": sum(1 for r in action_rows if r["needs_review"]), "schema_version": SCHEMA_VERSION,
    }])
    return DocumentResult(doc_id, sha, status, documents, actions_frame, reading.n_pages, tuple(warnings))


def _footers(reading: DocumentReading) -> list[str]:
    return [p.text for p in reading.pages if p.table is not None and p.text]


def _status(
    reading: DocumentReading, actions: list[Action], meta: DecreeMeta, satker: SatkerResolution,
    warnings: list[str],
) -> str:
    if not actions:
        if meta.nomor is None and satker.satker is None:
            warnings.append(str(NotADecreeError("no KPU decree and no action-plan table found")))
        else:
            warnings.append("no action-plan table could be read")
        return "failed"
    if reading.page_errors:
        return "partial"
    return "ok"


_ACTION_COLUMNS = [
    "doc_id", "satker_code", "tahun", "row_index", "page", "area_code", "indicator_id", "match_score",
    *RAW_COLUMNS.values(), "months", "schedule_raw", "needs_review", "nomor_raw", "sub_indicator_id",
    "text_confidence", "month_confidence", "review_reasons", "page_end",
]


def _action_row(action: Action, doc_id: str, code: str, meta: DecreeMeta) -> dict[str, object]:
    hint = area_from_text(action.texts.get(Role.AREA, "")) or area_from_text(action.section or "")
    match: IndicatorMatch = match_action(action.texts, area_hint=hint, jenis=meta.jenis)
    months = list(action.months)
    reasons = list(action.review_reasons)
    if not months and action.schedule_raw:
        parsed, conf = parse_schedule(action.schedule_raw, meta.tahun)
        months = list(parsed)
        reasons = [r for r in reasons if r != "no schedule read"]
        if conf < 0.6:
            reasons.append("schedule text not understood")
    if match.needs_review:
        reasons.append("indicator match uncertain")
    row: dict[str, object] = {
        "doc_id": doc_id, "satker_code": code, "tahun": meta.tahun, "row_index": action.row_index,
        "page": action.page, "area_code": match.area_code or hint, "indicator_id": match.indicator_id,
        "match_score": float(match.score), "months": months, "schedule_raw": action.schedule_raw,
        "needs_review": bool(reasons), "nomor_raw": action.nomor_raw,
        "sub_indicator_id": match.sub_indicator_id, "text_confidence": action.text_confidence,
        "month_confidence": action.month_confidence, "review_reasons": reasons, "page_end": action.page_end,
    }
    for role, column in RAW_COLUMNS.items():
        row[column] = action.texts.get(role) or None
    return row
