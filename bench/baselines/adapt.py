"""Baseline outputs turned into the rows bench/scoring.py scores, as a competent user would by hand.

Tables (camelot, img2table): header rows name the columns (the same keyword and width rules our
reader uses, so no baseline loses for want of a column map), a header-less continuation table keeps
the previous map, a month cell is marked when its text is not empty, and a row counts when it has
text of its own (indicator, action or evidence). Whole-page Tesseract: words go to the ground-truth
grid's cells, which gives it the table structure for free; a month cell is marked when a word lies in it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from normalize.schedule import parse_schedule
from ocr.columns import assign_roles, role_from_header
from schemas.records import ColumnSpec, Role

OWN_TEXT = ("indikator_raw", "langkah_aksi_raw", "bukti_raw")
GROUP_TEXT = ("area_raw", "komponen_raw")  # merged down the rows of a group; an empty cell means "same"
HEADER_WORDS = 4
NON_WORD = re.compile(r"\W+")


@dataclass(frozen=True)
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int

    @property
    def centre(self) -> tuple[float, float]:
        return self.left + self.width / 2, self.top + self.height / 2


def clean(text: str) -> str:
    return " ".join(text.split())


def _row(texts: dict[Role, list[str]], months: set[int]) -> dict:
    """One scored row: `<role>_raw` texts, months from the grid or else from a schedule text."""
    row: dict = {f"{role.value}_raw": clean(" ".join(parts)) or None for role, parts in texts.items()}
    schedule = row.get("schedule_raw")
    if not months and schedule:
        months = set(parse_schedule(schedule)[0])
    row["months"] = sorted(months)
    return row


# --- tables (camelot, img2table) ---------------------------------------------------------------------

def _is_header(cells: Sequence[str]) -> bool:
    """Column names (two or more), or only short tokens: month numbers, column numbers, month letters."""
    filled = [clean(c) for c in cells if clean(c)]
    if not filled:
        return False
    return _names_columns(filled) or all(_short_tokens(c) for c in filled)


def _short_tokens(text: str) -> bool:
    """Month numbers, column numbers, spaced month letters ("J A N"): no token over three characters."""
    return all(len(NON_WORD.sub("", token)) <= 3 for token in text.split())


def _names_columns(texts: Sequence[str]) -> bool:
    """Two or more short texts that name a text column."""
    named = [t for t in texts if len(t.split()) <= HEADER_WORDS and role_from_header(t) not in (Role.UNKNOWN,
                                                                                                  Role.NO)]
    return len(named) >= 2


def _split_header(rows: Sequence[Sequence[str]]) -> tuple[list[str], int]:
    """Per-column header text of the leading header rows, and how many rows they are."""
    n = 0
    while n < min(len(rows), 4) and _is_header(rows[n]):
        n += 1
    width = len(rows[0]) if rows else 0
    headers = [clean(" ".join(r[i] for r in rows[:n])) for i in range(width)]
    return headers, n


def fill_down(rows: list[dict]) -> list[dict]:
    """Group texts (area, komponen) left empty under a merged or blank cell take the one above."""
    last: dict[str, object] = {}
    for row in rows:
        for field in GROUP_TEXT:
            if row.get(field):
                last[field] = row[field]
            elif field in last:
                row[field] = last[field]
    return rows


def table_rows(tables: Iterable[dict]) -> list[dict]:
    """Logical rows of all tables in page order; each table is {"rows": [[text]], "widths": [..]}."""
    out: list[dict] = []
    columns: tuple[ColumnSpec, ...] | None = None
    for table in tables:
        rows, widths = table["rows"], table["widths"]
        if not rows:
            continue
        headers, n_header = _split_header(rows)
        if _names_columns(headers) or columns is None or len(columns) != len(widths):
            columns = assign_roles(headers, widths)
        out.extend(r for r in (_table_row(cells, columns) for cells in rows[n_header:]) if _has_own_text(r))
    return fill_down(out)


def _table_row(cells: Sequence[str], columns: Sequence[ColumnSpec]) -> dict:
    texts: dict[Role, list[str]] = {}
    months: set[int] = set()
    for spec, text in zip(columns, cells, strict=False):
        if spec.role is Role.MONTH and spec.month is not None:
            if clean(text):
                months.add(spec.month)
        elif spec.role not in (Role.NO, Role.UNKNOWN):
            texts.setdefault(spec.role, []).append(text)
    return _row(texts, months)


def _has_own_text(row: dict) -> bool:
    return any(row.get(field) for field in OWN_TEXT)


# --- whole-page Tesseract on the ground-truth grid ------------------------------------------------------

def tsv_words(tsv: str) -> list[Word]:
    """Words of a `tesseract ... tsv` output, in Tesseract's reading order."""
    reader = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [Word(r["text"], int(r["left"]), int(r["top"]), int(r["width"]), int(r["height"]))
            for r in reader if r.get("level") == "5" and (r.get("text") or "").strip()]


def _inside(word: Word, bbox: Sequence[int]) -> bool:
    x, y = word.centre
    return bbox[0] <= x < bbox[2] and bbox[1] <= y < bbox[3]


def grid_rows(truth: dict, words_by_page: dict[int, list[Word]]) -> list[dict]:
    """One row per ground-truth action: words in each of its cells, spanned cells shared down."""
    texts: dict[int, dict[Role, list[str]]] = {}
    months: dict[int, set[int]] = {}
    for page in truth["pages"]:
        table = page["table"]
        if table is None:
            continue
        words = words_by_page.get(page["page"], [])
        for cell, actions in _body_cells(table):
            role = Role(table["col_roles"][cell["col"]])
            inside = [w.text for w in words if _inside(w, cell["bbox"])]
            for action in actions:
                months.setdefault(action, set())
                if role is Role.MONTH:
                    if inside:
                        months[action].add(cell["month"])
                elif role is not Role.NO:
                    texts.setdefault(action, {}).setdefault(role, []).extend(inside)
    return fill_down([_row(texts.get(a, {}), months[a]) for a in sorted(months)])


def _body_cells(table: dict) -> list[tuple[dict, list[int]]]:
    """Body cells with the actions they cover (a row-spanning cell covers every action it spans)."""
    body = [c for c in table["cells"] if c["kind"] == "body"]
    action_of_row = {c["row"]: c["action"] for c in body if c["rowspan"] == 1}
    out = []
    for cell in body:
        covered = {action_of_row.get(r) for r in range(cell["row"], cell["row"] + cell["rowspan"])}
        covered.add(cell["action"])
        out.append((cell, sorted(a for a in covered if a is not None)))
    return out
