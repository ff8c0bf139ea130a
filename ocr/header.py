"""Where the header ends: header rows, month-label rows and column-number rows."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping

from ocr.columns import role_from_header
from schemas.records import Role

MONTH_LETTERS = "JFMAMJJASOND"
MONTH_ABBR = ("jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des")
_INT = re.compile(r"^\(?(\d{1,2})[.)]?$")


def _as_int(text: str) -> int | None:
    m = _INT.match(text.strip())
    return int(m.group(1)) if m else None


def is_month_label_row(month_texts: list[str]) -> bool:
    """Month cells read "1 2 ... 12", "J F M ...", "JAN FEB ..." (at least half of them)."""
    hits = 0
    for i, text in enumerate(month_texts):
        t = text.strip().lower()
        if not t:
            continue
        if (
            _as_int(t) == i + 1
            or (t[:1] == MONTH_LETTERS[i].lower() and len(t) <= 3)
            or t[:3] == MONTH_ABBR[i]
        ):
            hits += 1
    return hits >= 6


AT_PLACE_SHARE = 0.4
"""Share of a row's columns that hold their own number (1-based) for it to be the column-number row."""


def is_column_number_row(texts: list[str]) -> bool:
    """A row of increasing small integers ("1 2 3 ... 16") under the header.

    Where a faded ruling merged two cells, one cell holds both numbers ("3 4");
    a merged cell is listed once per column it covers, so repeats count once.
    Only cells mostly of numbers count (a heavy scan misreads some as letters):
    an action's text may number its items ("1) Tim Pengarah; 2) Tim Pelaksana").
    """
    # each number under its own column: the first few may be unreadable (no "1" to start from)
    if sum(c + 1 in {_as_int(word) for word in t.split()} for c, t in enumerate(texts)) >= max(
        3, AT_PLACE_SHARE * len(texts)
    ):
        return True
    cells = [t for t, _ in itertools.groupby(t.strip() for t in texts) if t]
    numbered = [[_as_int(word) for word in t.split()] for t in cells]
    numeric = [numbers for numbers in numbered if _mostly_numbers(numbers)]
    ints = [n for numbers in numeric for n in numbers if n is not None]
    # most cells numbers, not an action numbered "1" whose other cells hold a stray "4 34"
    if len(ints) < max(3, int(0.6 * len(texts))) or 2 * len(numeric) <= len(cells):
        return False
    rising = sum(b > a for a, b in itertools.pairwise(ints))
    return rising >= 0.8 * (len(ints) - 1) and min(ints) <= 2


def _mostly_numbers(numbers: list[int | None]) -> bool:
    return 2 * sum(n is not None for n in numbers) > len(numbers)


def is_header_text_row(texts: list[str]) -> bool:
    """At least two cells name a column (NO, KOMPONEN, INDIKATOR, ...)."""
    short = [t for t in texts if t.strip() and len(t) <= 40]
    return _named_columns(texts) >= 2 or any(
        t.strip().lower().startswith(("pelaksanaan", "target", "bulan")) for t in short
    )


LEADING_ROWS = 2
"""Rows a header may sit below: a title written inside the table's border, or a stray band above it."""


def count_header_rows(row_texts: Mapping[int, list[str]], month_cols: list[int] | None) -> int:
    """Number of grid rows from the top that belong to the header (rows above it included).

    ``row_texts[r]`` lists, per grid column, the text of the cell covering row r.
    Plans often carry their title in a first row inside the border; a header
    found just below such a row counts only if it is unmistakable (three
    column names, or the month labels), since a continuation page has no
    header and its first actions must not be taken for one.
    """
    rows = sorted(row_texts)
    for lead in range(min(LEADING_ROWS, len(rows) - 1) + 1):
        n, strong = _header_run(row_texts, rows[lead:], month_cols)
        if n and (lead == 0 or strong):
            return n
    return 0


def _header_run(
    row_texts: Mapping[int, list[str]], rows: list[int], month_cols: list[int] | None
) -> tuple[int, bool]:
    """Where a header starting at ``rows[0]`` ends, and whether it is unmistakably one."""
    n, strong = 0, False
    for r in rows:
        texts = row_texts[r]
        month_texts = [texts[c] for c in month_cols] if month_cols else []
        months = bool(month_texts) and is_month_label_row(month_texts)
        header = is_header_text_row(texts) or months
        if not header and n > 0:
            header = is_column_number_row(texts)
        if not header:
            break
        strong = strong or months or _named_columns(texts) >= 3
        n = r + 1
    return n, strong


def _named_columns(texts: list[str]) -> int:
    return sum(role_from_header(t) is not Role.UNKNOWN for t in texts if t.strip() and len(t) <= 40)
