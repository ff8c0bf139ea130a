"""A run over many inputs: skip what is done, extract the rest in parallel, report.

Workers (local processes or a Dask cluster) read and normalise; the parent alone
writes the dataset, the manifest, the quarantine and the report, so each has one
writer. A lock file refuses a second run on the same output. Every file is
written whole or not at all, and a document's manifest row is written only
after its files, so a run killed at any point is resumed by the next.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tqdm import tqdm
from tqdm.contrib.logging import logging_redirect_tqdm

from ocr.raster import page_count
from ocr.settings import OcrSettings
from ocr.tesseract import check_tesseract
from pipeline import __version__
from pipeline.dataset import cleanup_temp, write_document, write_text_atomic
from pipeline.document import file_sha256
from pipeline.manifest import Manifest
from pipeline.quarantine import quarantine_dir, refresh_quarantine
from pipeline.workers import DocumentOutcome, DocumentTask, cluster_outcomes, local_outcomes
from schemas.errors import InputError, OutputError

log = logging.getLogger(__name__)


@dataclass
class InputReport:
    path: str
    sha256: str | None
    status: str  # ok | partial | failed | error | skipped
    reason: str | None = None
    n_pages: int = 0
    n_actions: int = 0
    n_needs_review: int = 0
    seconds: float = 0.0
    quarantined: str | None = None  # copy of the input under DIR/_quarantine/files


@dataclass
class RunReport:
    run_id: str
    started_at: float
    pipeline_version: str
    out: str
    inputs: list[InputReport] = field(default_factory=list)
    seconds: float = 0.0
    quarantine: str | None = None  # DIR/_quarantine/quarantine.csv when any input is quarantined

    def count(self, status: str) -> int:
        return sum(1 for r in self.inputs if r.status == status)

    def summary(self) -> str:
        pages = sum(r.n_pages for r in self.inputs if r.status != "skipped")
        rows = sum(r.n_actions for r in self.inputs)
        review = sum(r.n_needs_review for r in self.inputs)
        rate = pages / self.seconds if self.seconds > 0 else 0.0
        text = (
            f"{len(self.inputs)} inputs: {self.count('ok')} ok, {self.count('partial')} partial, "
            f"{self.count('failed')} failed, {self.count('error')} unreadable, "
            f"{self.count('skipped')} skipped (already extracted) | {rows} rows, {review} need review | "
            f"{pages} pages in {self.seconds:.1f} s ({rate:.2f} pages/s)"
        )
        quarantined = sum(1 for r in self.inputs if r.quarantined)
        return text + (f" | {quarantined} quarantined in {self.quarantine}" if quarantined else "")


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold an exclusive lock on the output folder for the whole run."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        fh = (out / ".zi.lock").open("w")
    except OSError as exc:
        raise OutputError(f"cannot write to output folder {out}: {exc}") from exc
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        fh.close()
        raise OutputError(f"another zi run is writing to {out}; wait for it to finish") from exc
    try:
        yield
    finally:
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


class Progress:
    """Documents and pages done, with rate and ETA: bars on a terminal, log lines otherwise."""

    def __init__(self, tasks: list[DocumentTask], show_bars: bool) -> None:
        self.total = len(tasks)
        self.done = 0
        self.bars = show_bars
        self.docs = tqdm(total=self.total, unit="doc", desc="documents", disable=not show_bars, position=0)
        self.pages = tqdm(total=sum(t.n_pages for t in tasks), unit="page", desc="pages    ",
                          disable=not show_bars, position=1)

    def advance(self, entry: InputReport, pages: int) -> None:
        self.done += 1
        self.docs.update(1)
        self.pages.update(pages)
        if self.bars:
            return
        detail = f" ({entry.reason})" if entry.status != "ok" and entry.reason else ""
        log.info("[%d/%d] %s %s %d rows %d pages %.1f s%s", self.done, self.total, Path(entry.path).name,
                 entry.status, entry.n_actions, entry.n_pages, entry.seconds, detail)

    def close(self) -> None:
        self.pages.close()
        self.docs.close()


def run_extract(
    paths: list[Path], out: Path, settings: OcrSettings, *, workers: int = 1, scheduler: str | None = None,
    force: bool = False, progress: bool | None = None,
) -> RunReport:
    """Extract every input not yet done; never stop on one bad input."""
    started = time.time()
    run_id = f"{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime(started))}-{os.getpid()}"
    report = RunReport(run_id=run_id, started_at=started, pipeline_version=__version__, out=str(out))
    with output_lock(out):
        removed = cleanup_temp(out)
        if removed:
            log.info("removed %d temporary files left by an interrupted run", removed)
        manifest = Manifest(out / "_manifest.sqlite")
        try:
            todo = _plan(paths, manifest, force, report)
            log.info("%d inputs: %d to extract, %d already extracted", len(paths), len(todo),
                     report.count("skipped"))
            if todo and scheduler is None:
                check_tesseract(settings.languages)
            _execute(todo, out, settings, workers, scheduler, manifest, report, progress)
        finally:
            _quarantine(out, manifest, report)
            manifest.close()
            report.seconds = time.time() - report.started_at
            _write_report(out, report)
    return report


def _plan(paths: list[Path], manifest: Manifest, force: bool, report: RunReport) -> list[DocumentTask]:
    todo: list[DocumentTask] = []
    seen: set[str] = set()
    for path in paths:
        try:
            sha = file_sha256(path)
        except OSError as exc:
            report.inputs.append(InputReport(str(path), None, "error", f"cannot read file: {exc}"))
            log.warning("%s: cannot read file: %s", path.name, exc)
            continue
        if sha in seen or (not force and manifest.is_done(sha, __version__)):
            report.inputs.append(InputReport(str(path), sha, "skipped", "already extracted (same content)"))
            continue
        seen.add(sha)
        try:
            pages = page_count(path)
        except InputError as exc:
            report.inputs.append(InputReport(str(path), sha, "error", str(exc)))
            manifest.record(sha256=sha, source_path=str(path), version=__version__, status="error",
                            reason=str(exc), run_id=report.run_id)
            log.warning("%s", exc)  # the message names the file
            continue
        todo.append(DocumentTask(path, sha, pages))
    return todo


def _execute(
    todo: list[DocumentTask], out: Path, settings: OcrSettings, workers: int, scheduler: str | None,
    manifest: Manifest, report: RunReport, progress: bool | None,
) -> None:
    if not todo:
        return
    show = sys.stderr.isatty() if progress is None else progress
    outcomes = (cluster_outcomes(todo, settings, scheduler) if scheduler
                else local_outcomes(todo, settings, workers))
    bar = Progress(todo, show)
    try:
        with logging_redirect_tqdm():
            for outcome in outcomes:
                entry = _finish(outcome, out, manifest, report.run_id)
                report.inputs.append(entry)
                bar.advance(entry, outcome.task.n_pages)
    finally:
        outcomes.close()  # stops the workers now, not when the generator is collected
        bar.close()


def _finish(outcome: DocumentOutcome, out: Path, manifest: Manifest, run_id: str) -> InputReport:
    """Write a document's files, then its manifest row (the order that makes a killed run resumable)."""
    task, result = outcome.task, outcome.result
    if result is None:
        entry = InputReport(str(task.path), task.sha256, "error", outcome.error, n_pages=task.n_pages,
                            seconds=outcome.seconds)
    else:
        write_document(out, result.documents, result.actions)
        review = int(result.actions["needs_review"].sum()) if len(result.actions) else 0
        reason = "; ".join(result.warnings) if result.status != "ok" else None
        entry = InputReport(str(task.path), task.sha256, result.status, reason, result.n_pages,
                            len(result.actions), review, outcome.seconds)
    manifest.record(sha256=task.sha256, source_path=str(task.path), version=__version__, status=entry.status,
                    reason=entry.reason, n_pages=entry.n_pages, n_actions=entry.n_actions,
                    seconds=entry.seconds, run_id=run_id)
    return entry


def _quarantine(out: Path, manifest: Manifest, report: RunReport) -> None:
    copies = refresh_quarantine(out, manifest)
    for entry in report.inputs:
        if entry.sha256 in copies and entry.status in ("failed", "error"):
            entry.quarantined = copies[entry.sha256]
    listing = quarantine_dir(out) / "quarantine.csv"
    report.quarantine = str(listing) if listing.exists() else None


def _write_report(out: Path, report: RunReport) -> None:
    path = out / "_runs" / f"run-{report.run_id}.json"
    payload = asdict(report) | {"summary": report.summary()}
    write_text_atomic(path, json.dumps(payload, indent=2, ensure_ascii=False))
