"""Column roles: which column is NO, KOMPONEN, ..., and which twelve are the months.

Months are found by geometry first (twelve narrow columns side by side), so a
header OCR'd as garbage still leaves the month grid readable. Text columns are
named from their header by fuzzy keyword match, with a positional fallback.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from schemas.records import ColumnSpec, Role

# Longest phrases first: "SUB KEGIATAN" must win over "KEGIATAN".
HEADER_KEYWORDS: tuple[tuple[str, Role], ...] = (
    ("indikator keberhasilan", Role.INDIKATOR),
    ("area perubahan", Role.AREA),
    ("sub kegiatan", Role.LANGKAH_AKSI),
    ("langkah aksi", Role.LANGKAH_AKSI),
    ("rencana aksi", Role.LANGKAH_AKSI),
    ("bukti fisik", Role.BUKTI),
    ("data dukung", Role.BUKTI),
    ("penanggung jawab", Role.PENANGGUNG_JAWAB),
    ("target waktu", Role.SCHEDULE),
    ("waktu pelaksanaan", Role.SCHEDULE),
    ("jadwal", Role.SCHEDULE),
    ("keterangan", Role.KETERANGAN),
    ("indikator", Role.INDIKATOR),
    ("komponen", Role.KOMPONEN),
    ("kegiatan", Role.KOMPONEN),
    ("program", Role.INDIKATOR),
    ("bukti", Role.BUKTI),
    ("output", Role.BUKTI),
    ("area", Role.AREA),
    ("ket", Role.KETERANGAN),
    ("pj", Role.PENANGGUNG_JAWAB),
    ("pic", Role.PENANGGUNG_JAWAB),
    ("no", Role.NO),
)

# Text columns left of the months, in the order real plans use them.
POSITIONAL = (Role.KOMPONEN, Role.INDIKATOR, Role.LANGKAH_AKSI, Role.BUKTI)


def month_run(widths: Sequence[int]) -> int | None:
    """Index of the first of twelve adjacent, similar, narrow columns, if there is such a run."""
    if len(widths) < 12:
        return None
    best: tuple[float, int] | None = None
    for start in range(len(widths) - 11):
        run = widths[start : start + 12]
        others = list(widths[:start]) + list(widths[start + 12 :])
        median = sorted(run)[6]
        if median <= 0 or max(run) > 1.45 * median or min(run) < 0.6 * median:
            continue
        if not others or median > 0.8 * max(others):
            continue
        spread = (max(run) - min(run)) / median
        if best is None or spread < best[0]:
            best = (spread, start)
    return None if best is None else best[1]


def restore_month_ruling(cols: Sequence[int]) -> tuple[int, ...]:
    """Column bounds with the month rulings a scan lost put back, where that completes the months.

    A faded ruling between two months, or one hidden between two shaded ones,
    leaves a column two (or three) times as wide as the months beside it;
    dividing it evenly gives the twelve months back. Every such column is
    divided at once (a shaded plan loses several), else each alone. Nothing
    changes when the months are already whole or no division makes them so.
    """
    bounds = tuple(cols)
    widths = [b - a for a, b in itertools.pairwise(bounds)]
    if month_run(widths) is not None:
        return bounds
    # the months are most of the table's columns and the narrowest: the middle of the narrower half
    narrow = sorted(widths)[: max(1, len(widths) // 2)]
    month = narrow[len(narrow) // 2]
    parts = {k: n for k, width in enumerate(widths) for n in (2, 3)
             if month > 0 and abs(width - n * month) <= 0.15 * n * month}
    for chosen in (parts, *({k: n} for k, n in parts.items())):
        if not chosen:
            continue
        divided, inside = _divided(bounds, chosen)
        start = month_run([b - a for a, b in itertools.pairwise(divided)])
        if start is not None and all(start <= k < start + 12 for k in inside):
            return divided
    return bounds


def _divided(bounds: tuple[int, ...], parts: dict[int, int]) -> tuple[tuple[int, ...], list[int]]:
    """``bounds`` with column k cut into ``parts[k]`` equal columns; and the new columns' indices."""
    out, new = [bounds[0]], []
    for k, (a, b) in enumerate(itertools.pairwise(bounds)):
        n = parts.get(k, 1)
        for i in range(1, n + 1):
            if n > 1:
                new.append(len(out) - 1)
            out.append(b if i == n else a + (b - a) * i // n)
    return tuple(out), new


def _normalise(text: str) -> str:
    text = text.lower().replace("/", " ").replace("-", " ")
    return re.sub(r"[^a-z ]+", " ", text).strip()


def role_from_header(text: str) -> Role:
    """The role a header text names, tolerant of OCR damage ("Kegintan", "Begintan")."""
    norm = _normalise(text)
    if not norm:
        return Role.UNKNOWN
    tokens = norm.split()
    if tokens and tokens[0] == "no" and len(tokens) <= 2:
        return Role.NO
    for phrase, role in HEADER_KEYWORDS:
        if len(phrase) <= 3:
            if phrase in tokens:
                return role
            continue
        if _phrase_in(phrase, tokens):
            return role
    return Role.UNKNOWN


def _phrase_in(phrase: str, tokens: list[str]) -> bool:
    """The phrase appears as whole words, allowing OCR damage within each n-gram.

    A narrow header column breaks words where it must ("PENANGGUN / G JAWAB"),
    so runs of one or two tokens more than the phrase are also compared with
    their spaces taken out.
    """
    n = len(phrase.split())
    solid = phrase.replace(" ", "")
    for k in (n, n + 1, n + 2):
        for i in range(len(tokens) - k + 1):
            gram = tokens[i : i + k]
            if k == n and (" ".join(gram) == phrase or fuzz.ratio(phrase, " ".join(gram)) >= 80):
                return True
            if fuzz.ratio(solid, "".join(gram)) >= 85:
                return True
    return False


def assign_roles(headers: Sequence[str], widths: Sequence[int]) -> tuple[ColumnSpec, ...]:
    """Roles for every column from its header text and the column widths."""
    start = month_run(widths)
    roles = [role_from_header(h) for h in headers]
    if start is not None:
        for i in range(start, start + 12):
            roles[i] = Role.MONTH
    _fill_positional(roles, widths, start)
    _dedupe_roles(roles)
    return tuple(
        ColumnSpec(index=i, role=r, month=(i - start + 1) if start is not None and r is Role.MONTH else None,
                   header=headers[i])
        for i, r in enumerate(roles)
    )


def _fill_positional(roles: list[Role], widths: Sequence[int], month_start: int | None) -> None:
    """Name the columns whose header could not be read, from where they stand."""
    left_end = month_start if month_start is not None else len(roles)
    if roles and roles[0] is Role.UNKNOWN and widths and widths[0] <= 0.5 * max(widths):
        roles[0] = Role.NO
    used = {r for r in roles}
    spare = [r for r in POSITIONAL if r not in used]
    for i in range(left_end):
        if roles[i] is Role.UNKNOWN and spare:
            roles[i] = spare.pop(0)
    if month_start is not None:
        for i in range(month_start + 12, len(roles)):
            if roles[i] is Role.UNKNOWN:
                roles[i] = Role.KETERANGAN if Role.KETERANGAN not in roles else Role.PENANGGUNG_JAWAB


def _dedupe_roles(roles: list[Role]) -> None:
    """Two columns read as the same text role: the second is probably the next one in order."""
    order = list(POSITIONAL)
    seen: set[Role] = set()
    for i, role in enumerate(roles):
        if role in (Role.MONTH, Role.UNKNOWN):
            continue
        if role in seen and role in order:
            later = [r for r in order[order.index(role) + 1 :] if r not in seen and r not in roles]
            roles[i] = later[0] if later else Role.UNKNOWN
        seen.add(roles[i])
