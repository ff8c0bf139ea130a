"""`make bench`: accuracy and speed on the generated corpus, per tool and noise level.

    python -m bench [--per-combo N] [--seed N] [--workers N] [--tools ours,tesseract,camelot,img2table]
                    [--layouts lotim,mesuji] [--noises mild,heavy] [--mark-style fill_colour]
                    [--out FILE] [--scaling] [--workers-check]

Prints one table and writes it to bench/results.md. Baselines need `make bench-env` (their own
virtualenv); recipes in bench/BASELINES.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import sys
from collections import defaultdict
from pathlib import Path

from bench.corpus import NOISE_LEVELS, ensure_corpus, truth_of
from bench.report import Tally, render, targets
from bench.scaling import Tool, run_tool, scaling_report, workers_report
from bench.scoring import align, label, score_document
from schemas.errors import UsageError
from tests.synth import LAYOUTS
from tests.synth.style import FORCEABLE_STYLES

HERE = Path(__file__).parent
ALL_TOOLS = "ours,tesseract,camelot,img2table"


def _tools() -> dict[str, Tool]:
    from bench.baselines import available
    from bench.ours import run_ours

    return {"ours": run_ours, **available()}


def _choice(text: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    picked = tuple(t for t in text.split(",") if t)
    unknown = [t for t in picked if t not in allowed]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown {', '.join(unknown)}; choose from {', '.join(allowed)}")
    return picked


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=HERE / "out" / "corpus")
    parser.add_argument("--per-combo", type=int, default=2, help="documents per layout and noise level")
    parser.add_argument("--seed", type=int, default=1000,
                        help="first generator seed: other seeds give documents never tuned on")
    parser.add_argument("--max-rows", type=int, default=None)
    parser.add_argument("--workers", type=int, default=1, help="documents in parallel (timings are per page)")
    parser.add_argument("--tools", default=ALL_TOOLS, type=lambda t: _choice(t, tuple(ALL_TOOLS.split(","))))
    parser.add_argument("--layouts", default=",".join(LAYOUTS), type=lambda t: _choice(t, LAYOUTS))
    parser.add_argument("--noises", default=",".join(NOISE_LEVELS), type=lambda t: _choice(t, NOISE_LEVELS))
    parser.add_argument("--mark-style", choices=FORCEABLE_STYLES, default=None,
                        help="every document's marks in this style: a tick style the corpus does not draw")
    parser.add_argument("--out", type=Path, default=HERE / "results.md")
    parser.add_argument("--scaling", action="store_true", help="ours on N then 10N small documents")
    parser.add_argument("--workers-check", action="store_true", help="ours: 1 vs 2 workers, same documents")
    parser.add_argument("--scaling-docs", type=int, default=2, help="N for --scaling; 2N for --workers-check")
    return parser


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    command = "python -m bench " + " ".join(sys.argv[1:] if argv is None else argv)
    if args.scaling or args.workers_check:
        _scaling(args, command)
        return
    try:
        pdfs = ensure_corpus(args.corpus, layouts=args.layouts, noises=args.noises, per_combo=args.per_combo,
                             seed=args.seed, max_rows=args.max_rows, mark_style=args.mark_style)
    except UsageError as exc:
        raise SystemExit(f"error: {exc}") from exc
    available = _tools()
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for name in args.tools:
        if name not in available:
            print(f"skipping {name}: its environment is missing (make bench-env)")
            continue
        outs, _ = run_tool(available[name], pdfs, args.workers)
        for pdf, out in zip(pdfs, outs, strict=True):
            truth = truth_of(pdf)
            _score_into(tallies[(name, truth["noise"])], truth, out)
    table = render(tallies, args.noises)
    goals = targets(tallies, args.noises)
    if goals:
        goals = goals.replace("\n", "  \n")
        table += f"\n\nTargets (ours against the best baseline on each column):\n\n{goals}"
    header = (f"Benchmark {dt.date.today()} on {platform.machine()} {platform.processor() or ''}, "
              f"{len(pdfs)} documents ({args.per_combo} per layout and noise level; layouts "
              f"{', '.join(args.layouts)}{'; marks: ' + args.mark_style if args.mark_style else ''}), "
              f"workers={args.workers}; command: {command}\n\n")
    print(header + table)
    args.out.write_text(header + table + "\n")


def _scaling(args: argparse.Namespace, command: str) -> None:
    from bench.ours import run_ours

    folder = HERE / "out" / "scaling"
    max_rows = args.max_rows or 6
    print(f"{command}  (small documents: max_rows={max_rows})")
    if args.scaling:
        print(scaling_report(run_ours, folder, args.scaling_docs, max_rows))
    if args.workers_check:
        print(workers_report(run_ours, folder, 2 * args.scaling_docs, max_rows))


def _name(value: object) -> str:
    return " ".join(str(value).upper().split()) if isinstance(value, str) else ""


def _score_into(tally: Tally, truth: dict, out: dict) -> None:
    score = score_document(truth["actions"], out["actions"])
    tally.add_score(score)
    tally.seconds += out["seconds"]
    tally.pages += out["pages"]
    tally.ocr_pages += out.get("ocr_pages", out["pages"])
    tally.peak_mb = max(tally.peak_mb, out["peak_mb"])
    tally.failed += bool(out.get("failed"))
    document = out.get("document")
    if document is not None:
        tally.docs += 1
        tally.satker_ok += document["satker_code"] == truth["satker"]["code"]
        tally.meta_ok += (str(document["nomor"]) == truth["nomor"] and document["tahun"] == truth["tahun"])
        tally.tanggal_ok += str(document["tanggal_ditetapkan"])[:10] == truth["tanggal_ditetapkan"]
        tally.ketua_ok += _name(document.get("ketua")) == _name(truth.get("ketua"))
        for i, j in align(truth["actions"], out["actions"]):
            t, p = truth["actions"][i], out["actions"][j]
            if label(t, "indicator_id") is not None or label(t, "area_code") is not None:
                tally.matched += 1
                tally.indicator_ok += label(p, "indicator_id") == label(t, "indicator_id")
                tally.area_ok += label(p, "area_code") == label(t, "area_code")


if __name__ == "__main__":
    main()
