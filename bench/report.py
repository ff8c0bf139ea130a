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

    @property
    def cer(self) -> float | None:
        """None when no row matched: there was no text to compare."""
        return self.edits / self.chars if self.chars else None

    @property
    def seconds_per_page(self) -> float:
        return self.seconds / self.pages if self.pages else 0.0


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
            cer = "-" if t.cer is None else f"{t.cer:.3f}"
            spp = t.seconds_per_page
            lines.append(
                f"| {tool} | {noise} | {t.months.f1:.3f} | {t.rows.f1:.3f} | {cer} | {spp:.2f} | "
                f"{t.peak_mb:.0f} | {_pct(t.satker_ok, t.docs)} | {_pct(t.meta_ok, t.docs)} | "
                f"{_pct(t.indicator_ok, t.matched)} | {_pct(t.area_ok, t.matched)} | {t.failed} |"
            )
    return "\n".join(lines)


def targets(tallies: dict[tuple[str, str], Tally], noises: tuple[str, ...]) -> str:
    """Per noise level: is ours best on each accuracy column, and no slower than the fastest baseline?"""
    lines = []
    for noise in noises:
        ours = tallies.get(("ours", noise))
        others = {tool: t for (tool, n), t in tallies.items() if n == noise and tool != "ours"}
        if ours is None or not others:
            continue
        checks = [
            _best("month-cell F1", ours.months.f1, {k: t.months.f1 for k, t in others.items()}, higher=True),
            _best("logical-row F1", ours.rows.f1, {k: t.rows.f1 for k, t in others.items()}, higher=True),
            _best("text CER", _or_worst(ours.cer), {k: _or_worst(t.cer) for k, t in others.items()},
                  higher=False),
            _best("s/page", ours.seconds_per_page, {k: t.seconds_per_page for k, t in others.items()},
                  higher=False),
        ]
        lines.append(f"{noise}: " + "; ".join(checks))
    return "\n".join(lines)


def _or_worst(cer: float | None) -> float:
    return float("inf") if cer is None else cer


def _best(label: str, ours: float, others: dict[str, float], *, higher: bool) -> str:
    rival = max(others, key=others.__getitem__) if higher else min(others, key=others.__getitem__)
    ok = ours >= others[rival] if higher else ours <= others[rival]
    return f"{label} {'met' if ok else 'NOT met'} ({ours:.3f} vs {rival} {others[rival]:.3f})"
