"""Benchmark tallies and the printed table."""

from __future__ import annotations

from dataclasses import dataclass, field

from bench.scoring import Counts, DocScore


@dataclass
class Tally:
    rows: Counts = field(default_factory=Counts)
    months: Counts = field(default_factory=Counts)
    edits: int = 0
    chars: int = 0
    seconds: float = 0.0
    pages: int = 0
    peak_mb: float = 0.0
    docs: int = 0
    satker_ok: int = 0
    meta_ok: int = 0
    matched: int = 0
    indicator_ok: int = 0
    area_ok: int = 0
    failed: int = 0  # documents the tool could not read at all

    def add_score(self, score: DocScore) -> None:
        self.rows.add(score.rows)
        self.months.add(score.months)
        self.edits += score.edits
        self.chars += score.chars


def _pct(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "-"


def render(tallies: dict[tuple[str, str], Tally], noises: tuple[str, ...]) -> str:
    lines = [
        "| tool | noise | month-cell F1 | logical-row F1 | text CER | s/page | peak MB | satker "
        "| nomor+tahun | indicator acc | area acc | failed |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    tools = sorted({tool for tool, _ in tallies}, key=lambda t: (t != "ours", t))
    for tool in tools:
        for noise in noises:
            t = tallies.get((tool, noise))
            if t is None:
                continue
            cer = f"{t.edits / t.chars:.3f}" if t.chars else "-"  # no matched row, no text to compare
            spp = t.seconds / t.pages if t.pages else 0.0
            lines.append(
                f"| {tool} | {noise} | {t.months.f1:.3f} | {t.rows.f1:.3f} | {cer} | {spp:.2f} | "
                f"{t.peak_mb:.0f} | {_pct(t.satker_ok, t.docs)} | {_pct(t.meta_ok, t.docs)} | "
                f"{_pct(t.indicator_ok, t.matched)} | {_pct(t.area_ok, t.matched)} | {t.failed} |"
            )
    return "\n".join(lines)
