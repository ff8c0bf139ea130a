"""`make bench`: accuracy and speed on the generated corpus, per tool and noise level.

    python -m bench [--per-combo N] [--workers N] [--tools ours,tesseract] [--corpus DIR]

Prints one table and writes it to bench/results.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.corpus import NOISE_LEVELS, ensure_corpus, truth_of
from bench.report import Tally, render
from bench.scoring import align, label, score_document

HERE = Path(__file__).parent


def _tools() -> dict[str, Callable[[Path], dict]]:
    from bench.ours import run_ours

    tools: dict[str, Callable[[Path], dict]] = {"ours": run_ours}
    try:
        from bench.baselines import BASELINES
    except ImportError:
        return tools
    tools.update(BASELINES)
    return tools


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=HERE / "out" / "corpus")
    parser.add_argument("--per-combo", type=int, default=2, help="documents per layout and noise level")
    parser.add_argument("--max-rows", type=int, default=None)
    parser.add_argument("--workers", type=int, default=1, help="documents in parallel (timings are per page)")
    parser.add_argument("--tools", default="ours", help="comma list: ours, tesseract, camelot, img2table")
    parser.add_argument("--out", type=Path, default=HERE / "results.md")
    args = parser.parse_args(argv)

    pdfs = ensure_corpus(args.corpus, per_combo=args.per_combo, max_rows=args.max_rows)
    available = _tools()
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for name in args.tools.split(","):
        if name not in available:
            print(f"skipping {name}: not installed (pip install '.[bench]')")
            continue
        with ProcessPoolExecutor(max_workers=args.workers) as pool:
            for pdf, out in zip(pdfs, pool.map(available[name], pdfs), strict=True):
                truth = truth_of(pdf)
                _score_into(tallies[(name, truth["noise"])], truth, out)
    table = render(tallies, NOISE_LEVELS)
    header = (f"Benchmark {dt.date.today()} on {platform.machine()} {platform.processor() or ''}, "
              f"{len(pdfs)} documents ({args.per_combo} per layout and noise level), "
              f"workers={args.workers}; command: python -m bench --per-combo {args.per_combo} "
              f"--tools {args.tools}\n\n")
    print(header + table)
    args.out.write_text(header + table + "\n")


def _score_into(tally: Tally, truth: dict, out: dict) -> None:
    score = score_document(truth["actions"], out["actions"])
    tally.add_score(score)
    tally.seconds += out["seconds"]
    tally.pages += out["pages"]
    tally.peak_mb = max(tally.peak_mb, out["peak_mb"])
    document = out.get("document")
    if document is not None:
        tally.docs += 1
        tally.satker_ok += document["satker_code"] == truth["satker"]["code"]
        tally.meta_ok += (str(document["nomor"]) == truth["nomor"] and document["tahun"] == truth["tahun"])
        for i, j in align(truth["actions"], out["actions"]):
            t, p = truth["actions"][i], out["actions"][j]
            if label(t, "indicator_id") is not None or label(t, "area_code") is not None:
                tally.matched += 1
                tally.indicator_ok += label(p, "indicator_id") == label(t, "indicator_id")
                tally.area_ok += label(p, "area_code") == label(t, "area_code")


if __name__ == "__main__":
    main()
