"""`zi review`: one HTML file a person reads to confirm or fix what the pipeline was unsure of.

Per document its warnings and the rows needing review, each beside the crop of
the page it was read from; then an overview of the whole dataset. The file is
self-contained (crops are embedded), so it can be mailed or archived as is.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import pandas as pd

from ocr.settings import OcrSettings
from pipeline import __version__
from pipeline.crops import Crop, PageImages, crop_or_note, locate_source
from pipeline.dataset import write_text_atomic
from pipeline.document import RAW_COLUMNS
from pipeline.manifest import source_paths
from pipeline.plots import Heatmap, coverage, months_per_area
from pipeline.query import connect

log = logging.getLogger(__name__)

TEXT_COLUMNS = tuple(RAW_COLUMNS.values())
PROVENANCE = ("bbox", "month_x")


@dataclass(frozen=True)
class RowView:
    row_index: int
    pages: str  # "4" or "4–5"
    nomor: str | None
    area_code: str | None
    indicator_id: str | None
    match_score: float
    texts: tuple[tuple[str, str], ...]  # (label, text as read)
    months: tuple[int, ...]
    schedule_raw: str | None
    reasons: tuple[str, ...]
    needs_review: bool
    crop: Crop | None
    crop_note: str | None


@dataclass(frozen=True)
class DocumentView:
    doc_id: str
    source_file: str
    satker_name: str
    satker_code: str
    nomor: str | None
    tahun: int | None
    jenis: str
    status: str
    n_actions: int
    n_needs_review: int
    warnings: tuple[str, ...]
    source_note: str | None
    rows: tuple[RowView, ...]


@dataclass(frozen=True)
class Report:
    data: str
    generated: str
    pipeline_version: str
    all_rows: bool
    documents: tuple[DocumentView, ...]
    n_actions: int
    n_needs_review: int
    statuses: tuple[tuple[str, int], ...]
    plots: tuple[Heatmap, ...]

    @property
    def n_rows_shown(self) -> int:
        return sum(len(d.rows) for d in self.documents)

    @property
    def n_without_crop(self) -> int:
        return sum(1 for d in self.documents for r in d.rows if r.crop is None)


def build_report(data: Path, *, all_rows: bool = False, settings: OcrSettings | None = None) -> Report:
    """Everything the report shows; raises UsageError when ``data`` holds no dataset."""
    settings = settings or OcrSettings()
    con = connect(data)
    try:
        documents = con.sql("SELECT * FROM documents ORDER BY satker_name, tahun, nomor, doc_id").df()
        actions = con.sql("SELECT * FROM actions ORDER BY doc_id, row_index").df()
    finally:
        con.close()
    for column in PROVENANCE:
        if column not in actions.columns:  # a dataset extracted before rows carried their box
            actions[column] = None
    sources = source_paths(data / "_manifest.sqlite")
    by_doc = {str(k): g for k, g in actions.groupby("doc_id", sort=False)}
    views = []
    for doc in documents.to_dict("records"):
        rows = by_doc.get(str(doc["doc_id"]), actions.iloc[0:0])
        shown = rows if all_rows else rows[rows["needs_review"]]
        views.append(_document_view(doc, shown.to_dict("records"), sources.get(str(doc["source_sha256"])),
                                    settings))
    statuses = documents["status"].value_counts()
    return Report(
        data=str(data.resolve()), generated=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        pipeline_version=__version__, all_rows=all_rows, documents=tuple(views), n_actions=len(actions),
        n_needs_review=int(actions["needs_review"].sum()),
        statuses=tuple((str(s), int(n)) for s, n in statuses.items()),
        plots=(coverage(documents, actions), months_per_area(actions)),
    )


def _document_view(doc: dict[str, Any], rows: list[dict[str, Any]], recorded: str | None,
                   settings: OcrSettings) -> DocumentView:
    source = locate_source(recorded, str(doc["source_sha256"])) if rows else None
    views: list[RowView] = []
    if source is not None and source.path is not None:
        pages = PageImages(source.path, settings)  # keeps one page: visit the rows page by page
        for r in sorted(rows, key=lambda r: (int(r["page"]), int(r["row_index"]))):
            crop, note = crop_or_note(pages, int(r["page"]), _floats(r["bbox"]), _floats(r["month_x"]))
            views.append(_row_view(r, crop, note))
        views.sort(key=lambda v: v.row_index)
    else:
        views = [_row_view(r, None, None) for r in rows]
    return DocumentView(
        doc_id=str(doc["doc_id"]), source_file=str(doc["source_file"]), satker_name=str(doc["satker_name"]),
        satker_code=str(doc["satker_code"]), nomor=_text(doc["nomor"]), tahun=_int(doc["tahun"]),
        jenis=str(doc["jenis"]), status=str(doc["status"]), n_actions=_int(doc["n_actions"]) or 0,
        n_needs_review=_int(doc["n_needs_review"]) or 0, warnings=tuple(_strings(doc["warnings"])),
        source_note=source.problem if source is not None else None, rows=tuple(views),
    )


def _row_view(row: dict[str, Any], crop: Crop | None, note: str | None) -> RowView:
    page, end = int(row["page"]), _int(row["page_end"])
    texts = tuple((c.removesuffix("_raw").replace("_", " "), t) for c in TEXT_COLUMNS if (t := _text(row[c])))
    return RowView(
        row_index=int(row["row_index"]), pages=f"{page}–{end}" if end and end != page else str(page),
        nomor=_text(row["nomor_raw"]), area_code=_text(row["area_code"]),
        indicator_id=_text(row["indicator_id"]), match_score=float(row["match_score"]), texts=texts,
        months=tuple(int(m) for m in _seq(row["months"])), schedule_raw=_text(row["schedule_raw"]),
        reasons=tuple(_strings(row["review_reasons"])), needs_review=bool(row["needs_review"]),
        crop=crop, crop_note=note,
    )


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


def _seq(value: object) -> Sequence[Any]:
    return [] if _missing(value) else list(value)  # type: ignore[call-overload]


def _floats(value: object) -> Any:
    values = _seq(value)
    return tuple(float(v) for v in values) if values else None


def _strings(value: object) -> Iterable[str]:
    return (str(v) for v in _seq(value))


def _text(value: object) -> str | None:
    return None if _missing(value) or str(value) == "" else str(value)


def _int(value: object) -> int | None:
    return None if _missing(value) else int(value)  # type: ignore[call-overload]


def render(report: Report) -> str:
    env = jinja2.Environment(loader=jinja2.PackageLoader("pipeline", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    return env.get_template("review.html").render(report=report)


def write_report(report: Report, out: Path) -> None:
    """Write the HTML whole or not at all."""
    write_text_atomic(out, render(report))
