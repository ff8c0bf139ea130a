"""Scores shared by every tool in the benchmark: rows, month cells, text.

Rows are aligned in document order by text similarity (a monotonic alignment,
as a diff would), so one missed or split row costs only itself.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

TEXT_FIELDS = ("komponen_raw", "indikator_raw", "langkah_aksi_raw", "bukti_raw", "penanggung_jawab_raw",
               "keterangan_raw", "area_raw")
MATCH_THRESHOLD = 60.0

Row = Mapping[str, object]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def f1(self) -> float:
        denom = 2 * self.tp + self.fp + self.fn
        return 1.0 if denom == 0 else 2 * self.tp / denom


@dataclass
class DocScore:
    rows: Counts
    months: Counts
    edits: int  # character edits over the text fields of matched rows
    chars: int  # characters of the truth in those fields

    @property
    def cer(self) -> float:
        return self.edits / self.chars if self.chars else 0.0


def label(row: Row, field: str) -> str | None:
    """A label cell (indicator_id, area_code) with every kind of missing value (None, NaN from a data
    frame, "") read as None, so an honest "no indicator" scores as agreement."""
    value = row.get(field)
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return None
    return str(value)


def row_key(row: Row) -> str:
    """The row's own text: what identifies it (inherited komponen/area left out)."""
    parts = [row.get("indikator_raw"), row.get("langkah_aksi_raw"), row.get("bukti_raw")]
    text = " ".join(str(p) for p in parts if p)
    return text or " ".join(str(row.get(f)) for f in TEXT_FIELDS if row.get(f))


def align(truth: Sequence[Row], pred: Sequence[Row]) -> list[tuple[int, int]]:
    """Monotonic alignment maximising total similarity; pairs below the threshold are dropped."""
    t_keys = [row_key(r) for r in truth]
    p_keys = [row_key(r) for r in pred]
    n, m = len(t_keys), len(p_keys)
    sim = [[fuzz.ratio(a, b) if a and b else 0.0 for b in p_keys] for a in t_keys]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            gain = sim[i][j] if sim[i][j] >= MATCH_THRESHOLD else -1.0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], gain + best[i + 1][j + 1])
    pairs = []
    i = j = 0
    while i < n and j < m:
        gain = sim[i][j] if sim[i][j] >= MATCH_THRESHOLD else -1.0
        if gain > 0 and best[i][j] == gain + best[i + 1][j + 1]:
            pairs.append((i, j))
            i += 1
            j += 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def _months(row: Row) -> set[int]:
    value = row.get("months")
    return {int(v) for v in value} if isinstance(value, Iterable) else set()


def score_document(truth: Sequence[Row], pred: Sequence[Row], *, text: bool = True) -> DocScore:
    pairs = align(truth, pred)
    matched_t = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    rows = Counts(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(truth) - len(pairs))
    months = Counts()
    for i, j in pairs:
        t, p = _months(truth[i]), _months(pred[j])
        months.add(Counts(tp=len(t & p), fp=len(p - t), fn=len(t - p)))
    for i, row in enumerate(truth):
        if i not in matched_t:
            months.fn += len(_months(row))
    for j, row in enumerate(pred):
        if j not in matched_p:
            months.fp += len(_months(row))
    edits = chars = 0
    if text:
        for i, j in pairs:
            for field in TEXT_FIELDS:
                gold = str(truth[i].get(field) or "")
                if not gold:
                    continue
                got = str(pred[j].get(field) or "")
                edits += Levenshtein.distance(gold, got)
                chars += len(gold)
    return DocScore(rows=rows, months=months, edits=edits, chars=chars)
