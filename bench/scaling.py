"""How our pipeline scales: a corpus 10x larger should take about 10x longer in flat memory, and two
workers should give about twice the throughput of one. Printed as figures, never asserted.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import cycle, islice
from pathlib import Path

from bench.corpus import ensure_corpus
from ocr.raster import page_count
from tests.synth import LAYOUTS

Tool = Callable[[Path], dict]


@dataclass(frozen=True)
class RunFigures:
    docs: int
    pages: int
    wall_seconds: float
    peak_mb: float

    @property
    def seconds_per_page(self) -> float:
        return self.wall_seconds / self.pages if self.pages else 0.0


def _warm(pause: float) -> None:
    import bench.ours  # noqa: F401  (imports paid before the clock starts)

    time.sleep(pause)


def run_tool(tool: Tool, pdfs: Sequence[Path], workers: int) -> tuple[list[dict], float]:
    """Every PDF through the tool on a pool of workers; the outputs (in the order of ``pdfs``) and the wall
    time after warm-up. Documents are handed out longest first, as `zi extract` does, for every tool."""
    order = sorted(range(len(pdfs)), key=lambda i: -page_count(pdfs[i]))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_warm, [0.3] * workers))
        start = time.perf_counter()
        done = list(pool.map(tool, [pdfs[i] for i in order]))
        wall = time.perf_counter() - start
    outs: list[dict] = [{}] * len(pdfs)
    for i, out in zip(order, done, strict=True):
        outs[i] = out
    return outs, wall


def figures(tool: Tool, pdfs: Sequence[Path], workers: int) -> RunFigures:
    outs, wall = run_tool(tool, pdfs, workers)
    return RunFigures(len(pdfs), sum(o["pages"] for o in outs), wall, max(o["peak_mb"] for o in outs))


def small_corpus(folder: Path, n_docs: int, max_rows: int) -> list[Path]:
    """n_docs mild scans cycling through the layouts; a larger n extends a smaller one."""
    per_layout = -(-n_docs // len(LAYOUTS))
    by_layout = {layout: ensure_corpus(folder, layouts=(layout,), noises=("mild",), per_combo=per_layout,
                                       max_rows=max_rows) for layout in LAYOUTS}
    interleaved = [by_layout[layout][k] for k in range(per_layout) for layout in LAYOUTS]
    return list(islice(cycle(interleaved), n_docs))


def scaling_report(tool: Tool, folder: Path, n_docs: int, max_rows: int) -> str:
    """N documents, then 10N (one worker each): time ratio and peak memory."""
    small = figures(tool, small_corpus(folder, n_docs, max_rows), 1)
    large = figures(tool, small_corpus(folder, 10 * n_docs, max_rows), 1)
    return "\n".join([
        "| docs | pages | wall s | s/page | peak MB |", "|---|---|---|---|---|",
        *(f"| {f.docs} | {f.pages} | {f.wall_seconds:.1f} | {f.seconds_per_page:.2f} | {f.peak_mb:.0f} |"
          for f in (small, large)),
        "",
        f"10x corpus: time x{large.wall_seconds / small.wall_seconds:.2f} "
        f"(pages x{large.pages / small.pages:.2f}, per page x"
        f"{large.seconds_per_page / small.seconds_per_page:.2f}); "
        f"peak memory x{large.peak_mb / small.peak_mb:.2f}",
    ])


def workers_report(tool: Tool, folder: Path, n_docs: int, max_rows: int) -> str:
    """The same documents with one worker and with two: throughput ratio."""
    pdfs = small_corpus(folder, n_docs, max_rows)
    one, two = figures(tool, pdfs, 1), figures(tool, pdfs, 2)
    return (f"{len(pdfs)} documents, {one.pages} pages: 1 worker {one.wall_seconds:.1f} s, "
            f"2 workers {two.wall_seconds:.1f} s; throughput x{one.wall_seconds / two.wall_seconds:.2f}")
