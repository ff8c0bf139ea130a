"""Physical table rows -> logical actions.

Header, column-number and section rows are not actions; a section row becomes
the context of the rows below it. Cells spanning several rows, and empty
NO/KOMPONEN/AREA cells, pass their text down; a person in charge, written once
per area, holds until the next section. The first row of a page that has
no number and no schedule of its own continues the last action of the page
before (a row split by the page break). A merged cell cut by the page break
is printed once: its blank remainder at the top of the next page keeps the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from normalize.text import roman_from_ocr
from ocr.columns import role_from_header
from ocr.header import is_column_number_row
from schemas.records import TEXT_ROLES, Action, Cell, FracBox, PageTable, Role

ROMAN = re.compile(r"^\(?([IVX]{1,4})[.)]?$")
ROMAN_LEAD = re.compile(r"^([IVX]{1,4})[.)]?\s+\S")
INHERITED_WHEN_EMPTY = (Role.NO, Role.AREA, Role.KOMPONEN)  # passed down the rows of one numbered action
AREA_WIDE = (Role.PENANGGUNG_JAWAB,)  # written once per area of the plan, blank below until the next section
REVIEW_CONFIDENCE = 0.6
WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass
class _Row:
    """One physical body row, as read."""

    page: int
    own: dict[Role, str] = field(default_factory=dict)
    spanned: dict[Role, str] = field(default_factory=dict)
    months: list[int] = field(default_factory=list)
    month_conf: float = 1.0
    text_conf: list[float] = field(default_factory=list)
    own_cells: int = 0
    own_conf: dict[Role, float] = field(default_factory=dict)
    widest_own: int = 0
    first_on_page: bool = False
    starts_here: bool = False  # some cell beginning in this grid row holds text or a mark
    schedule_above: bool = False  # its month cells all run on from the row above
    blank_from_top: set[Role] = field(default_factory=set)  # blank cells that open the page's body
    blank_left: set[Role] = field(default_factory=set)  # blank text cells left of its first text of its own
    bbox: FracBox | None = None
    month_x: tuple[float, float] | None = None

    def text(self, role: Role) -> str:
        return self.own.get(role) or self.spanned.get(role, "")


def _row_of(table: PageTable, r: int) -> _Row:
    row = _Row(page=table.page, bbox=table.row_box(r), month_x=table.month_span())
    month_confs = []
    month_rows: set[int] = set()
    seen: set[tuple[int, int]] = set()
    for spec in table.columns:
        cell = table.cell_at(r, spec.index)
        if cell is None:
            continue
        row.starts_here = row.starts_here or (cell.row == r and _holds_something(cell))
        if spec.role is Role.MONTH:
            month_rows.add(cell.row)
            if cell.mark is not None and spec.month is not None:
                month_confs.append(cell.mark.confidence)
                if cell.mark.marked:
                    row.months.append(spec.month)
            continue
        if (cell.row, cell.col) in seen:
            continue
        seen.add((cell.row, cell.col))
        if not cell.text and cell.row == table.header_rows:
            row.blank_from_top.add(spec.role)
        if not cell.text and not row.own and spec.role in TEXT_ROLES and spec.role is not Role.SCHEDULE:
            row.blank_left.add(spec.role)
        _take_text(row, spec.role, cell, own=cell.row == r)
    row.months = sorted(set(row.months))
    row.schedule_above = bool(month_rows) and r not in month_rows
    row.month_conf = min(month_confs) if month_confs else 1.0
    return row


def _holds_something(cell: Cell) -> bool:
    """Whether a cell carries content of its own; a blank cell cut off by a false grid line carries none."""
    return bool(cell.text) or (cell.mark is not None and cell.mark.marked)


def _take_text(row: _Row, role: Role, cell: Cell, own: bool) -> None:
    if not cell.text:
        return
    if own:
        row.own[role] = f"{row.own[role]} {cell.text}" if role in row.own else cell.text
        row.own_cells += 1
        row.widest_own = max(row.widest_own, cell.colspan)
        row.text_conf.append(cell.confidence)
        row.own_conf[role] = min(row.own_conf.get(role, 1.0), cell.confidence)
    else:
        row.spanned.setdefault(role, cell.text)


def _is_section(row: _Row, n_cols: int) -> bool:
    """A row naming a part of the plan: one wide merged cell (perhaps after a roman numeral)."""
    if row.months or row.own.get(Role.SCHEDULE) or row.own_cells > 2:
        return False
    if row.widest_own >= min(3, max(2, n_cols - 1)):
        return True
    no = _roman_ocr(row.own.get(Role.NO, ""))
    first = _roman_ocr(next((t for t in row.own.values() if t), ""))
    return bool(ROMAN.match(no)) or bool(ROMAN_LEAD.match(first))


def _roman_ocr(text: str) -> str:
    """Tesseract reads a lone roman "I" as "!", "|", "l" or "1"."""
    text = text.strip()
    head, _, rest = text.partition(" ")
    if head and all(ch in "IVX!|l1" for ch in head):
        head = roman_from_ocr(head)
    return f"{head} {rest}".strip()


def _is_noise(row: _Row) -> bool:
    texts = list(row.own.values())
    if not texts and not row.months:
        return True
    # a column-number row or a repeated header, whatever its month cells seem to hold (digits read as ink)
    return bool(texts) and (is_column_number_row(texts) or _names_its_columns(row))


def _names_its_columns(row: _Row) -> bool:
    """A repeated header: two or more cells are the titles of their own columns.

    An action's text may sound like some title ("agen perubahan", "area
    perubahan"), but not like the title of the column it stands in.
    """
    return sum(len(text) <= 40 and role_from_header(text) is role for role, text in row.own.items()) >= 2


def physical_rows(tables: Sequence[PageTable]) -> list[tuple[_Row, int]]:
    """Every body row of every page, with the table's column count."""
    rows = []
    for table in tables:
        first = True
        for r in table.body_rows():
            row = _row_of(table, r)
            if not row.starts_here:
                continue  # a grid line crossing merged cells or cutting off a blank strip: no new row
            if _is_noise(row):
                continue
            row.first_on_page = first
            first = False
            rows.append((row, table.n_cols))
    return rows


def assemble_actions(tables: Sequence[PageTable]) -> list[Action]:
    """Logical actions, in document order."""
    actions: list[Action] = []
    section: str | None = None
    context: dict[Role, str] = {}
    has_no_column = any(spec.role is Role.NO for t in tables for spec in t.columns)
    above: dict[Role, str] = {}  # the last row's texts: what a cell cut by a page break held
    carried: dict[Role, str] = {}
    for row, n_cols in physical_rows(tables):
        if row.first_on_page:
            carried = above
        if _is_section(row, n_cols):
            section = " ".join(t for t in row.own.values() if t)
            context = {}
            above = carried = {}
            continue
        key = Role.NO if has_no_column else Role.AREA
        if (
            actions
            and row.first_on_page
            and not row.own.get(key)
            and not row.months
            and not row.own.get(Role.SCHEDULE)
        ):
            actions[-1] = _extend(actions[-1], row)
            above = dict(actions[-1].texts)
            continue
        if actions and _shares_schedule(row, key) and actions[-1].page_end == row.page:
            actions[-1] = _extend(actions[-1], row)
            above = dict(actions[-1].texts)
            continue
        texts = _row_texts(row, context, carried, continues=not row.own.get(key), ditto=above)
        context.update({role: texts[role] for role in (*INHERITED_WHEN_EMPTY, *AREA_WIDE) if role in texts})
        actions.append(_new_action(len(actions), row, texts, section))
        above = dict(actions[-1].texts)
    return actions


def _shares_schedule(row: _Row, key: Role) -> bool:
    """A row without a number of its own whose month cells all run on from the row above: the same action.

    Each action has its own schedule; a text line cut off by a false grid line
    (the foot of blurred type) shares its action's month cells.
    """
    return row.schedule_above and not row.own.get(key)


def _row_texts(
    row: _Row, context: dict[Role, str], carried: dict[Role, str], continues: bool, ditto: dict[Role, str]
) -> dict[Role, str]:
    """The row's texts, its blanks filled from a cell cut by the page break, the action above or the area.

    ``continues``: the row has no number (or area) of its own, so it goes on with the action above.
    ``ditto``: the action above's texts. A plan's columns run from the general to the particular
    (kegiatan, sub kegiatan, indikator); in a continuing row, a blank cell left of the row's own
    text repeats the one above, whether the plan merged the two cells or ruled them apart.
    """
    texts = {}
    for role in (*TEXT_ROLES, Role.NO):
        value = row.text(role)
        if continues and role in INHERITED_WHEN_EMPTY and _is_fragment(value, row.own_conf.get(role, 1.0)):
            value = ""
        if not value and role in row.blank_from_top and role is not Role.NO:
            value = carried.get(role, "")
        if not value and (role in AREA_WIDE or (role in INHERITED_WHEN_EMPTY and not row.own.get(Role.NO))):
            value = context.get(role, "")
        if not value and continues and role in row.blank_left and row.own:
            value = ditto.get(role, "")
        if value:
            texts[role] = value
    return texts


def _is_fragment(text: str, confidence: float) -> bool:
    """A stamp's or a speck's pieces read over a blank cell: no word in them, or one unsure word.

    An unsure reading of several words is a cell's own text on a poor scan (a
    new kegiatan in a Mesuji plan, whose area cell spans the rows), not pieces.
    """
    words = len(WORD.findall(text))
    return bool(text) and (words == 0 or (words == 1 and confidence < REVIEW_CONFIDENCE))


def _new_action(index: int, row: _Row, texts: dict[Role, str], section: str | None) -> Action:
    nomor = texts.pop(Role.NO, None)
    text_conf = sum(row.text_conf) / len(row.text_conf) if row.text_conf else 1.0
    reasons = _review_reasons(row.months, texts, text_conf, row.month_conf)
    return Action(
        row_index=index,
        page=row.page,
        page_end=row.page,
        texts=texts,
        months=tuple(row.months),
        schedule_raw=texts.get(Role.SCHEDULE),
        section=section,
        nomor_raw=nomor,
        text_confidence=text_conf,
        month_confidence=row.month_conf,
        review_reasons=reasons,
        bbox=row.bbox,
        month_x=row.month_x,
    )


def _extend(action: Action, row: _Row) -> Action:
    texts = dict(action.texts)
    for role, value in row.own.items():
        if role is Role.NO or not value:
            continue
        texts[role] = f"{texts[role]} {value}" if texts.get(role) else value
    confs = [action.text_confidence, *row.text_conf]
    text_conf = sum(confs) / len(confs)
    month_conf = min(action.month_confidence, row.month_conf)
    return replace(
        action,
        page_end=row.page,
        texts=texts,
        schedule_raw=texts.get(Role.SCHEDULE),
        text_confidence=text_conf,
        month_confidence=month_conf,
        review_reasons=_review_reasons(action.months, texts, text_conf, month_conf),
    )


def _review_reasons(
    months: Sequence[int], texts: dict[Role, str], text_conf: float, month_conf: float
) -> tuple[str, ...]:
    reasons = []
    if month_conf < REVIEW_CONFIDENCE:
        reasons.append("uncertain month cell")
    if text_conf < REVIEW_CONFIDENCE:
        reasons.append("low OCR confidence")
    if not months and not texts.get(Role.SCHEDULE):
        reasons.append("no schedule read")
    if not any(texts.get(r) for r in (Role.KOMPONEN, Role.INDIKATOR, Role.LANGKAH_AKSI)):
        reasons.append("no action text read")
    return tuple(reasons)
