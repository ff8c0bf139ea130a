"""A run over many inputs: skip what is done, extract the rest in parallel, report.

Workers read and normalise; the parent alone writes, so the dataset and the
manifest have one writer. A lock file refuses a second run on the same output.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import sys
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tqdm import tqdm

from ocr.raster import page_count
from ocr.settings import OcrSettings
from pipeline import __version__
from pipeline.dataset import cleanup_temp, write_document
from pipeline.document import DocumentResult, extract_document, file_sha256
from pipeline.manifest import Manifest
from schemas.errors import InputError, OutputError, ZiError

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


@dataclass
class RunReport:
    started_at: float
    pipeline_version: str
    out: str
    inputs: list[InputReport] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for r in self.inputs if r.status == status)

    def summary(self) -> str:
        pages = sum(r.n_pages for r in self.inputs if r.status != "skipped")
        rows = sum(r.n_actions for r in self.inputs)
        review = sum(r.n_needs_review for r in self.inputs)
        rate = pages / self.seconds if self.seconds > 0 else 0.0
        return (
            f"{len(self.inputs)} inputs: {self.count('ok')} ok, {self.count('partial')} partial, "
            f"{self.count('failed')} failed, {self.count('error')} unreadable, {self.count('skipped')} skipped "
            f"(already extracted) | {rows} rows, {review} need review | {pages} pages in {self.seconds:.1f} s "
            f"({rate:.2f} pages/s)"
        )


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


def _work(path: Path, sha: str, settings: OcrSettings) -> DocumentResult:
    return extract_document(path, settings, sha256=sha)


def run_extract(
    paths: list[Path], out: Path, settings: OcrSettings, *, workers: int = 1, force: bool = False,
    progress: bool | None = None,
) -> RunReport:
    """Extract every input not yet done; never stop on one bad input."""
    report = RunReport(started_at=time.time(), pipeline_version=__version__, out=str(out))
    with output_lock(out):
        removed = cleanup_temp(out)
        if removed:
            log.info("removed %d temporary files left by an interrupted run", removed)
        manifest = Manifest(out / "_manifest.sqlite")
        try:
            todo = _plan(paths, manifest, force, report)
            _execute(todo, out, settings, workers, manifest, report, progress)
        finally:
            manifest.close()
    report.seconds = time.time() - report.started_at
    _write_report(out, report)
    return report


def _plan(paths: list[Path], manifest: Manifest, force: bool, report: RunReport) -> list[tuple[Path, str, int]]:
    todo: list[tuple[Path, str, int]] = []
    seen: set[str] = set()
    for path in paths:
        try:
            sha = file_sha256(path)
        except OSError as exc:
            report.inputs.append(InputReport(str(path), None, "error", f"cannot read file: {exc}"))
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
                            reason=str(exc))
            continue
        todo.append((path, sha, pages))
    return todo


def _execute(
    todo: list[tuple[Path, str, int]], out: Path, settings: OcrSettings, workers: int, manifest: Manifest,
    report: RunReport, progress: bool | None,
) -> None:
    if not todo:
        return
    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(total=sum(p for _, _, p in todo), unit="page", disable=not show, desc="extract")
    started = {sha: time.time() for _, sha, _ in todo}
    try:
        if workers <= 1:
            for path, sha, pages in todo:
                try:
                    result: DocumentResult | BaseException = _work(path, sha, settings)
                except (ZiError, Exception) as exc:  # noqa: BLE001 - one bad input never stops the run
                    result = exc
                _finish(path, sha, pages, result, out, manifest, report, started[sha], bar, len(todo))
            return
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures: dict[Future[DocumentResult], tuple[Path, str, int]] = {
                pool.submit(_work, path, sha, settings): (path, sha, pages) for path, sha, pages in todo
            }
            for future in as_completed(futures):
                path, sha, pages = futures[future]
                exc = future.exception()
                outcome: DocumentResult | BaseException = exc if exc is not None else future.result()
                _finish(path, sha, pages, outcome, out, manifest, report, started[sha], bar, len(todo))
    finally:
        bar.close()


def _finish(
    path: Path, sha: str, pages: int, result: DocumentResult | BaseException, out: Path, manifest: Manifest,
    report: RunReport, started: float, bar: tqdm, total_docs: int,
) -> None:
    seconds = time.time() - started
    if isinstance(result, BaseException):
        reason = str(result) if isinstance(result, ZiError) else f"{type(result).__name__}: {result}"
        log.error("%s: %s", path.name, reason)
        entry = InputReport(str(path), sha, "error", reason, n_pages=pages, seconds=seconds)
    else:
        write_document(out, result.documents, result.actions)
        review = int(result.actions["needs_review"].sum()) if len(result.actions) else 0
        reason = "; ".join(result.warnings) if result.status != "ok" else None
        entry = InputReport(str(path), sha, result.status, reason, result.n_pages, len(result.actions), review,
                            seconds)
    manifest.record(sha256=sha, source_path=str(path), version=__version__, status=entry.status,
                    reason=entry.reason, n_pages=entry.n_pages, n_actions=entry.n_actions, seconds=seconds)
    report.inputs.append(entry)
    bar.update(pages)
    done = sum(1 for r in report.inputs if r.status != "skipped")
    bar.set_postfix_str(f"docs {done}")
    if bar.disable:
        log.info("[%d/%d docs] %s: %s (%d pages, %d rows, %.1f s)", done, total_docs + report.count("skipped"),
                 path.name, entry.status, entry.n_pages, entry.n_actions, seconds)


def _write_report(out: Path, report: RunReport) -> None:
    runs = out / "_runs"
    runs.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(report.started_at))
    path = runs / f"run-{stamp}-{os.getpid()}.json"
    payload = asdict(report) | {"summary": report.summary()}
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False))
