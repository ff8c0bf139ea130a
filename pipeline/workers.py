"""Where documents are extracted: in this process, in a local process pool, or on a Dask cluster.

Every way runs the same :func:`process_document` and yields its outcomes as they
complete; none writes anything. Outcomes carry the frames back to the parent,
which alone writes the dataset, so the output folder need not be shared with
cluster workers. The inputs must be readable at the same path on every worker
(a shared or mounted archive).
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections.abc import Generator, Iterable
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from ocr.settings import OcrSettings
from pipeline.document import DocumentResult, extract_document
from schemas.errors import DependencyError, UsageError, ZiError

log = logging.getLogger(__name__)

POOL_ATTEMPTS = 2  # a document whose worker died is tried once more in a fresh pool
OUR_LOGGERS = ("pipeline", "ocr", "normalize", "schemas")


@dataclass(frozen=True)
class DocumentTask:
    path: Path
    sha256: str
    n_pages: int


@dataclass(frozen=True)
class DocumentOutcome:
    """A document's result, or why there is none; ``seconds`` is the worker's own time on it."""

    task: DocumentTask
    result: DocumentResult | None
    error: str | None
    seconds: float


def process_document(task: DocumentTask, settings: OcrSettings) -> DocumentOutcome:
    """The one per-document function: one bad input never stops the run.

    Only a :class:`DependencyError` (no Tesseract on this worker) is raised: it is
    no fault of the input, and recording it against every input would hide it.
    """
    started = time.monotonic()
    result: DocumentResult | None = None
    error: str | None = None
    log.debug("extracting %s (%d pages)", task.path, task.n_pages)
    try:
        result = extract_document(task.path, settings, sha256=task.sha256)
    except DependencyError:
        raise
    except ZiError as exc:
        error = str(exc)
    except Exception as exc:  # recorded against the input; the run goes on
        log.debug("%s failed", task.path, exc_info=True)
        error = f"{type(exc).__name__}: {exc}"
    return DocumentOutcome(task, result, error, time.monotonic() - started)


def longest_first(tasks: Iterable[DocumentTask]) -> list[DocumentTask]:
    """The tasks, most pages first: a long document started last keeps one worker busy alone at the end of
    the run while the others idle."""
    return sorted(tasks, key=lambda t: -t.n_pages)


def _died(task: DocumentTask, exc: BaseException) -> DocumentOutcome:
    return DocumentOutcome(task, None, f"worker died while extracting (crash or out of memory): {exc}", 0.0)


def _init_worker(level: int) -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for name in OUR_LOGGERS:
        logging.getLogger(name).setLevel(level)


def local_outcomes(
    tasks: Iterable[DocumentTask], settings: OcrSettings, workers: int
) -> Generator[DocumentOutcome, None, None]:
    """Outcomes from ``workers`` local processes (in this process when 1), in completion order."""
    pending = longest_first(tasks)
    if workers <= 1:
        for task in pending:
            yield process_document(task, settings)
        return
    # forkserver: workers do not inherit the output lock, so a killed run's orphans never hold it.
    context = multiprocessing.get_context("forkserver")
    level = logging.getLogger("pipeline").getEffectiveLevel()
    attempts = dict.fromkeys((t.sha256 for t in pending), 0)
    while pending:
        retry: list[DocumentTask] = []
        pool = ProcessPoolExecutor(max_workers=min(workers, len(pending)), mp_context=context,
                                   initializer=_init_worker, initargs=(level,))
        try:
            futures: dict[Future[DocumentOutcome], DocumentTask] = {
                pool.submit(process_document, task, settings): task for task in pending
            }
            for future in as_completed(futures):
                task = futures[future]
                try:
                    yield future.result()
                except BrokenProcessPool as exc:
                    attempts[task.sha256] += 1
                    if attempts[task.sha256] < POOL_ATTEMPTS:
                        retry.append(task)
                    else:
                        yield _died(task, exc)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)  # an interrupted run leaves no queued work
        if retry:
            log.warning("a worker process died; retrying %d document(s) in a fresh pool", len(retry))
        pending = retry


def cluster_outcomes(
    tasks: Iterable[DocumentTask], settings: OcrSettings, address: str
) -> Generator[DocumentOutcome, None, None]:
    """Outcomes from an existing Dask scheduler at ``address``, in completion order."""
    try:
        from distributed import Client
        from distributed import as_completed as dask_completed
    except ImportError as exc:
        raise DependencyError("--scheduler needs Dask: pip install 'kpu-zi[cluster]'") from exc
    try:
        client = Client(address, set_as_default=False)  # waits distributed.comm.timeouts.connect
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    try:
        futures = {
            client.submit(process_document, task, settings, key=f"zi-{task.sha256}-{time.time_ns()}"): task
            for task in longest_first(tasks)
        }
        for future in dask_completed(list(futures), loop=client.loop):
            task = futures[future]
            if future.status == "error":
                failure = future.exception()
                if isinstance(failure, DependencyError):
                    raise failure
                yield _died(task, failure)
            else:
                yield future.result()
    finally:
        client.close()
