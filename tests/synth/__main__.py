"""CLI: python -m tests.synth OUT_DIR [--layouts ...] [--noise ...] [--per-combo N] [--seed S] ..."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import LAYOUTS, NOISES, generate_corpus
from .style import FORCEABLE_STYLES


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.synth", description=__doc__)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--layouts", nargs="+", default=list(LAYOUTS), choices=LAYOUTS)
    ap.add_argument("--noise", nargs="+", default=list(NOISES), choices=NOISES)
    ap.add_argument("--per-combo", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-rows", type=int, default=None)
    ap.add_argument("--dpi", type=int, default=200)
    ap.add_argument("--mark-style", choices=FORCEABLE_STYLES, default=None,
                    help="every document's marks in this style (default: one drawn per document)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    paths = generate_corpus(args.out_dir, layouts=args.layouts, noises=args.noise, per_combo=args.per_combo,
                            seed=args.seed, max_rows=args.max_rows, dpi=args.dpi, mark_style=args.mark_style)
    for p in paths:
        print(p)
    print(f"{len(paths)} documents in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
