"""Our pipeline as a benchmark contestant."""

from __future__ import annotations

import resource
import time
from pathlib import Path

from ocr.settings import OcrSettings
from pipeline.document import extract_document

DOCUMENT_FACTS = ("satker_code", "nomor", "tahun", "jenis", "tanggal_ditetapkan", "ketua")


def run_ours(pdf: Path) -> dict:
    """Actions and document facts for one PDF, with wall time and the worker's peak memory."""
    start = time.perf_counter()
    result = extract_document(pdf, OcrSettings())
    seconds = time.perf_counter() - start
    doc = result.documents.iloc[0].to_dict()
    return {
        "actions": result.actions.to_dict("records"),
        "document": {k: doc[k] for k in DOCUMENT_FACTS},
        "seconds": seconds,
        "pages": result.n_pages,
        "ocr_pages": result.n_pages,  # every page is read: the decree's own pages give its metadata
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
