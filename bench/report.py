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
    ocr_pages: int = 0  # pages the tool ran OCR on (img2table skips pages where it finds no table)
    peak_mb: float = 0.0
    docs: int = 0
    satker_ok: int = 0
    meta_ok: int = 0
    tanggal_ok: int = 0
    ketua_ok: int = 0  # the signing chair's name, as typed (case and spacing aside)
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
        "| tool | noise | month-cell F1 | logical-row F1 | text CER | s/page | pages OCR'd | peak MB "
        "| satker | nomor+tahun | tanggal | ketua | indicator acc | area acc | failed |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
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
                f"{t.ocr_pages}/{t.pages} | {t.peak_mb:.0f} | {_pct(t.satker_ok, t.docs)} | "
                f"{_pct(t.meta_ok, t.docs)} | {_pct(t.tanggal_ok, t.docs)} | {_pct(t.ketua_ok, t.docs)} | "
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
            _speed(ours, {k: t for k, t in others.items() if t.cer is not None}),
        ]
        lines.append(f"{noise}: " + "; ".join(checks))
    return "\n".join(lines)


def _speed(ours: Tally, readers: dict[str, Tally]) -> str:
    """s/page against the fastest baseline that read any text, and how many pages each OCR'd."""
    if not readers:
        return "s/page: no baseline read any text"
    verdict = _best("s/page", ours.seconds_per_page, {k: t.seconds_per_page for k, t in readers.items()},
                    higher=False)
    rival = min(readers, key=lambda k: readers[k].seconds_per_page)
    if readers[rival].ocr_pages < ours.ocr_pages:
        verdict += (f" [{rival} OCR'd {readers[rival].ocr_pages} of {readers[rival].pages} pages, "
                    f"ours {ours.ocr_pages}: it reads only pages where it found a table, not the decree]")
    return verdict


def _or_worst(cer: float | None) -> float:
    return float("inf") if cer is None else cer


def _best(label: str, ours: float, others: dict[str, float], *, higher: bool) -> str:
    rival = max(others, key=others.__getitem__) if higher else min(others, key=others.__getitem__)
    ok = ours >= others[rival] if higher else ours <= others[rival]
    return f"{label} {'met' if ok else 'NOT met'} ({ours:.3f} vs {rival} {others[rival]:.3f})"
