"""Accuracy of the normalize stage on the hand-labelled seed rows and the five seed decrees.

Seed rows carry the indicator and area, and where one LKE question clearly fits the action, the question
(``expected_sub_indicator_id``, labelled from the PermenPANRB 90/2021 question texts); rows left blank
there (no question fits, or two fit alike) are not scored on the question.

Run: ``python bench/bench_normalize.py [--verbose] [--synth N]``. Also scores the rows of generated decrees
(tests/synth content, ground-truth text, nothing rendered or OCR'd); ``python -m bench`` scores the same on
OCR output. Figures are printed, never asserted here; tests/normalize/test_catalogue.py guards a floor.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from normalize.catalogue import match_action  # noqa: E402
from normalize.metadata import parse_decree  # noqa: E402
from normalize.satker import resolve_satker  # noqa: E402
from schemas.records import IndicatorMatch, Role  # noqa: E402

SEED_ROWS = ROOT / "tests" / "normalize" / "data" / "seed_rows.csv"
SEEDS = ROOT.parent / "shared" / "seeds"  # ../shared beside the checkout
SEED_JENIS = {"002": "rencana_aksi_rb", "001": "rencana_kerja_zi"}
# seed file prefix -> (satker code, nomor, tahun, tanggal, jenis)
SEED_META = {
    "000": ("52.03", "15", 2022, "2021-06-21", "rencana_aksi_zi"),
    "001": ("52.07", "35", 2022, "2022-02-02", "rencana_kerja_zi"),
    "002": ("18.11", "37", 2025, "2025-10-13", "rencana_aksi_rb"),
    "003": ("52.71", "11", 2025, "2025-09-03", "rencana_aksi_zi"),
    "004": ("96.04", "439", 2023, "2023-04-15", "rencana_aksi_zi"),
}


def seed_rows() -> list[dict[str, str]]:
    with open(SEED_ROWS, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _match(row: dict[str, str]) -> IndicatorMatch:
    texts = {Role.KOMPONEN: row["komponen"], Role.INDIKATOR: row["indikator"],
             Role.LANGKAH_AKSI: row["langkah_aksi"], Role.BUKTI: row["bukti"]}
    jenis = row.get("jenis") or SEED_JENIS.get(row["seed"], "rencana_aksi_zi")
    return match_action(texts, area_hint=row["area_hint"] or None, jenis=jenis)


@dataclass(frozen=True)
class SubScore:
    """Sub-indicator (LKE question) figures over the rows labelled with one; shares of ``n``. ``unlabelled``
    counts rows with an indicator but no question label (none fits, or two fit equally) and ``given`` the
    share of those the matcher still gives a question for (not wrong as such: shown to watch forcing)."""

    right: float
    wrong_question: float  # a question of the labelled indicator, but not the labelled one
    other_indicator: float  # a question of another indicator
    none: float
    n: int
    given: float
    unlabelled: int


def score_subs(rows: Iterable[dict[str, str]], verbose: bool = False) -> SubScore:
    """How often match_action's sub_indicator_id is the hand-labelled LKE question."""
    right = wrong_q = other = none = n = given = unlabelled = 0
    for row in rows:
        want = row.get("expected_sub_indicator_id", "")
        if not want and not row["expected_indicator_id"]:
            continue
        got = _match(row).sub_indicator_id or ""
        if not want:
            unlabelled += 1
            given += bool(got)
            continue
        n += 1
        right += got == want
        none += not got
        wrong_q += bool(got) and got != want and got.rsplit(".", 1)[0] == row["expected_indicator_id"]
        other += bool(got) and got.rsplit(".", 1)[0] != row["expected_indicator_id"]
        if verbose and got != want:
            print(f"  SUB MISS {row['seed']} want {want} got {got or '-'} | {row['indikator'][:60]!r} "
                  f"{row['langkah_aksi'][:60]!r}")
    return SubScore(right / max(n, 1), wrong_q / max(n, 1), other / max(n, 1), none / max(n, 1), n,
                    given / max(unlabelled, 1), unlabelled)


def _print_subs(title: str, sub: SubScore) -> None:
    print(f"{title} (n={sub.n} labelled with a question): sub-indicator accuracy {sub.right:.3f}, "
          f"right indicator wrong question {sub.wrong_question:.3f}, other indicator's question "
          f"{sub.other_indicator:.3f}, none {sub.none:.3f}; question given on {sub.given:.3f} of "
          f"{sub.unlabelled} rows left unlabelled")


def evaluate_rows(rows: Iterable[dict[str, str]], verbose: bool = False) -> tuple[float, float, int]:
    """(indicator accuracy, area accuracy, n) of match_action against the labels."""
    ind, area, _, n = score_rows(rows, verbose)
    return ind, area, n


def score_rows(rows: Iterable[dict[str, str]], verbose: bool = False) -> tuple[float, float, float, int]:
    """(indicator accuracy, area accuracy, share of rows wrong on indicator yet not flagged for review, n)."""
    n = ok_ind = ok_area = silent = 0
    for row in rows:
        match = _match(row)
        got_ind, got_area = match.indicator_id or "", match.area_code or ""
        n += 1
        ok_ind += got_ind == row["expected_indicator_id"]
        ok_area += got_area == row["expected_area_code"]
        silent += got_ind != row["expected_indicator_id"] and not match.needs_review
        if verbose and (got_ind != row["expected_indicator_id"] or got_area != row["expected_area_code"]):
            want = f"{row['expected_indicator_id'] or '-'}/{row['expected_area_code']}"
            print(f"  MISS {row['seed']} want {want} "
                  f"got {got_ind or '-'}/{got_area} {match.score} review={match.needs_review} "
                  f"{match.candidates[:3]} | "
                  f"{row['komponen'][:40]!r} {row['indikator'][:50]!r} {row['langkah_aksi'][:40]!r}")
    return ok_ind / max(n, 1), ok_area / max(n, 1), silent / max(n, 1), n


def passed_down(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Rows with an empty KOMPONEN cell given the one above, within a seed, as normalize/rows.py does for
    cells a row leaves empty (merged cells, sub-rows a., b., c.); the labelled CSV keeps cells as read.
    Area hints are left as labelled: where the CSV has none the scan's area cell was often unreadable
    rather than empty, and the pipeline then passes nothing down either."""
    out: list[dict[str, str]] = []
    for row in rows:
        above = out[-1] if out and out[-1]["seed"] == row["seed"] else None
        out.append({**row, "komponen": row["komponen"] or (above["komponen"] if above else "")})
    return out


def evaluate_seeds(verbose: bool = False) -> dict[str, float]:
    """Share of seeds whose satker and each metadata field come out right."""
    fields = ("satker", "nomor", "tahun", "tanggal", "jenis")
    hits = dict.fromkeys(fields, 0)
    files = sorted(SEEDS.glob("[0-9][0-9][0-9]_*.txt"))
    for path in files:
        code, nomor, tahun, tanggal, jenis = SEED_META[path.name[:3]]
        text = path.read_text(encoding="utf-8")
        meta = parse_decree(text)
        res = resolve_satker([text])
        got = {"satker": res.satker.code if res.satker else None, "nomor": meta.nomor, "tahun": meta.tahun,
               "tanggal": meta.tanggal_ditetapkan.isoformat() if meta.tanggal_ditetapkan else None,
               "jenis": meta.jenis}
        want = {"satker": code, "nomor": nomor, "tahun": tahun, "tanggal": tanggal, "jenis": jenis}
        for f in fields:
            hits[f] += got[f] == want[f]
            if verbose and got[f] != want[f]:
                print(f"  MISS {path.name[:3]} {f}: want {want[f]!r} got {got[f]!r}")
    return {f: hits[f] / max(len(files), 1) for f in fields}


def synth_rows(per_layout: int, seed: int = 1000) -> list[dict[str, str]]:
    """Rows in seed_rows.csv form from the content of tests/synth decrees (text truth, nothing rendered)."""
    import importlib
    import random

    try:  # imported by name so the type checker does not walk the generator's own modules
        synth = importlib.import_module("tests.synth")
        make_decree = importlib.import_module("tests.synth.decree").make_decree
    except (ImportError, AttributeError):
        return []
    rows: list[dict[str, str]] = []
    for layout in synth.LAYOUTS:
        for k in range(per_layout):
            decree = make_decree(layout, random.Random(f"{layout}:{seed + k}"), None)
            rows.extend(_labelled(layout, decree.jenis, r) for r in decree.rows if r.kind == "action")
    return rows


def _labelled(layout: str, jenis: str, row: Any) -> dict[str, str]:
    text = {k: v or "" for k, v in row.truth.items()}
    return {"seed": layout, "jenis": jenis, "komponen": text.get("komponen_raw", ""),
            "indikator": text.get("indikator_raw", ""), "langkah_aksi": text.get("langkah_aksi_raw", ""),
            "bukti": text.get("bukti_raw", ""), "area_hint": text.get("area_raw") or row.section or "",
            "expected_indicator_id": row.indicator_id or "", "expected_area_code": row.area_code or ""}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    parser.add_argument("--synth", type=int, default=5, metavar="N",
                        help="also score the rows of N generated decrees per tests/synth layout (0: none)")
    args = parser.parse_args()
    rows = seed_rows()
    ind, area, silent, n = score_rows(rows, args.verbose)
    print(f"seed rows, cells as labelled (n={n}): indicator accuracy {ind:.3f}, area accuracy {area:.3f}, "
          f"wrong and not flagged {silent:.3f}")
    for seed in sorted({r["seed"] for r in rows}):
        s_ind, s_area, s_n = evaluate_rows([r for r in rows if r["seed"] == seed])
        print(f"  seed {seed} (n={s_n}): indicator {s_ind:.3f}, area {s_area:.3f}")
    ind, area, silent, n = score_rows(passed_down(rows))
    print(f"seed rows, empty KOMPONEN passed down as in the pipeline (n={n}): indicator accuracy "
          f"{ind:.3f}, area accuracy {area:.3f}, wrong and not flagged {silent:.3f}")
    _print_subs("seed rows, sub-indicator, cells as labelled", score_subs(rows, args.verbose))
    _print_subs("seed rows, sub-indicator, empty KOMPONEN passed down", score_subs(passed_down(rows)))
    if args.synth:
        synth = synth_rows(args.synth)
        s_ind, s_area, s_silent, s_n = score_rows(synth, args.verbose)
        print(f"generated rows, text truth (n={s_n}): indicator accuracy {s_ind:.3f}, "
              f"area accuracy {s_area:.3f}, wrong and not flagged {s_silent:.3f}")
        for layout in sorted({r["seed"] for r in synth}):
            l_ind, l_area, l_n = evaluate_rows([r for r in synth if r["seed"] == layout])
            print(f"  {layout} (n={l_n}): indicator {l_ind:.3f}, area {l_area:.3f}")
    if SEEDS.exists():
        for field, acc in evaluate_seeds(args.verbose).items():
            print(f"seed decrees {field}: {acc:.2f}")


if __name__ == "__main__":
    main()
