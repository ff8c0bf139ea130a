"""How documents are handed to workers: the longest first, so no long document runs alone at the end."""

from pathlib import Path

from ocr.settings import OcrSettings
from pipeline.workers import DocumentTask, local_outcomes, longest_first


def _task(name: str, pages: int) -> DocumentTask:
    return DocumentTask(Path(f"/nonexistent/{name}.pdf"), name * 64, pages)


def test_tasks_are_handed_out_longest_first() -> None:
    tasks = [_task("a", 2), _task("b", 9), _task("c", 5), _task("d", 9)]
    assert [t.path.stem for t in longest_first(tasks)] == ["b", "d", "c", "a"]


def test_a_run_processes_the_longest_document_first() -> None:
    """One worker yields in the order it works; missing files fail fast, each recorded, none stopping it."""
    tasks = [_task("a", 1), _task("b", 7), _task("c", 3)]
    outcomes = list(local_outcomes(tasks, OcrSettings(), workers=1))
    assert [o.task.path.stem for o in outcomes] == ["b", "c", "a"]
    assert all(o.result is None and o.error for o in outcomes)
