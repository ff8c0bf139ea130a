"""Months of a schedule written as text ("September s/d Desember 2025", "Triwulan I s/d IV").

Tables without a month grid give a TARGET WAKTU cell instead; the months it
names become the action's ``months`` so grids and text schedules compare.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from normalize.text import fix_ocr_word, normalize, roman_from_ocr

MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "pebruari": 2,
    "maret": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "agustus": 8,
    "september": 9,
    "oktober": 10,
    "nopember": 11,
    "november": 11,
    "desember": 12,
    "jan": 1,
    "feb": 2,
    "peb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "agust": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "nop": 11,
    "des": 12,
}
_FULL_MONTHS = [m for m in MONTHS if len(m) > 5]
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_RANGE_WORDS = {"sampai", "sd", "hingga", "to"}
# "s/d"; OCR reads a blurred one as "vd", and its slash as an i, l, 1, j or bar ("sid", "sld", "sjd")
_UNTIL = re.compile(r"s\s?/\s?d|s\.d\.|\bvd\b|\bs[il1|j]d\b", re.IGNORECASE)
_EVERY_MONTH = re.compile(r"\b(setiap|tiap|per)\s+bulan\b|\bbulanan\b|\bsepanjang\s+tahun\b")
_QUARTERLY = re.compile(r"\b(setiap|tiap|per)\s*(triwulan|tw)\b|\bpertriwulan\b|\btriwulanan\b")
_SEMESTERLY = re.compile(r"\b(setiap|tiap|per)\s*semester\b|\bpersemester\b")
_PERIOD = re.compile(
    r"\b(triwulan|tw|semester|smt)\s+(iv|iii|ii|i|[1-4])\b(?:\s+(?:sampai|sd|hingga|dan)\s+"
    r"(?:(?:triwulan|tw|semester|smt)\s+)?(iv|iii|ii|i|[1-4])\b)?"
)
# after the period's name: a space, a stray stop or colon and a space ("Triwulan. II"), a stray quote
# ("Semester'll", 'Triwulan"!'), or nothing before a bar or bang, which no word starts with ("Semester! 2022")
_AFTER_PERIOD = r"""(?:[.,:]?\s+|['’"“”]|(?=[|!]))"""
_PERIOD_NAME = r"(triwulan|tw|semester|smt)"
# an II with one stroke or both read as an f or t ("Triwulan It", "Triwulan lf", "Semester tt")
_ROMAN_OCR = re.compile(
    rf"\b{_PERIOD_NAME}{_AFTER_PERIOD}([IVivx|l!1J]{{1,4}}|[Il|1!][ft]|[ft][Il|1!ft])(?=[\s.,;]|$)",
    re.IGNORECASE,
)
_STROKE_LETTERS = str.maketrans({"J": "I", "f": "I", "F": "I", "t": "I", "T": "I"})
# a lone capital read for the I that opens a range ("Triwulan F s/d IV"): no other period is one stroke
_RANGE_START_OCR = re.compile(rf"\b{_PERIOD_NAME}{_AFTER_PERIOD}[FfEt](?=\s+sampai\b)", re.IGNORECASE)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
# the period's number run into the year by OCR ("Semester 12023" for "Semester I 2023")
_GLUED_YEAR = re.compile(rf"\b{_PERIOD_NAME}{_AFTER_PERIOD}([1-4]|[IVl|!]{{1,4}})((?:19|20)\d{{2}})\b",
                         re.IGNORECASE)
# a lone bar, l or bang for a period's number: an I, or an II whose strokes the blur ran together
_LONE_STROKE = re.compile(
    rf"\b{_PERIOD_NAME}{_AFTER_PERIOD}[|l!](?=[\s.,;]|$)(?!\s*sampai\b)", re.IGNORECASE
)
_EVERY_WORD = re.compile(r"\b[^\W\d_]{4,7}(?=\s+bulan\b)")


_PERIOD_WORD = re.compile(r"\b[^\W\d_]{6,9}\b")


def _period_word(match: re.Match[str]) -> str:
    """"Friwulan", "Tnwulan", "Irnwulan" are "Triwulan": a letter or two misread, merged or lost.

    Longer words are left alone: "Triwulanan" names a different schedule.
    """
    word = match.group(0)
    for period in ("triwulan", "semester"):
        if fuzz.ratio(word.lower(), period) >= 75:
            return period
    return word


def _every_word(match: re.Match[str]) -> str:
    """"Setap bulan", "Sctiap bulan": a letter of "setiap" misread or lost."""
    word = match.group(0)
    return "setiap" if fuzz.ratio(word.lower(), "setiap") >= 80 else word


def month_number(word: str) -> int | None:
    """Month of one (possibly OCR-damaged) word: "Agustns" -> 8, "Desernber" -> 12, "0ktober" -> 10."""
    w = normalize(word)
    if not w or w.isdigit():
        return None
    if w in MONTHS:
        return MONTHS[w]
    fixed = fix_ocr_word(w)
    if fixed in MONTHS:
        return MONTHS[fixed]
    if len(w) < 5:
        return None
    hits = process.extract(fixed, _FULL_MONTHS, scorer=fuzz.ratio, limit=2)
    best, second = hits[0][1], hits[1][1]
    # two damaged letters in a seven-letter month ("Agustin") still leave it far nearer than any other
    if best >= 75 or (best >= 70 and best - second >= 15):
        return MONTHS[hits[0][0]]
    return None


def _period_months(kind: str, first: int, last: int) -> set[int]:
    size = 3 if kind in ("triwulan", "tw") else 6
    return {m for p in range(first, last + 1) for m in range(size * (p - 1) + 1, size * p + 1)}


def _periods(text: str) -> set[int]:
    months: set[int] = set()
    for kind, a, b in _PERIOD.findall(text):
        first = _ROMAN.get(a) or int(a)
        last = (_ROMAN.get(b) or int(b)) if b else first
        limit = 4 if kind in ("triwulan", "tw") else 2
        if 1 <= first <= last <= limit:
            months |= _period_months(kind, first, last)
    return months


def _named_months(words: list[str]) -> set[int]:
    """Months named in the words, with "X s/d Y" and "X - Y" read as ranges."""
    months: set[int] = set()
    pending: int | None = None
    in_range = False
    for word in words:
        if word in _RANGE_WORDS:
            in_range = pending is not None
            continue
        num = month_number(word)
        if num is None:
            continue
        if in_range and pending is not None and num >= pending:
            months |= set(range(pending, num + 1))
        else:
            months.add(num)
        pending, in_range = num, False
    return months


def parse_schedule(text: str, tahun: int | None = None) -> tuple[tuple[int, ...], float]:
    """Months 1..12 (ascending) named by a schedule text, and a confidence 0..1; ((), 0.0) when none."""
    if not text or not text.strip():
        return (), 0.0
    spaced = _UNTIL.sub(" sampai ", text)
    spaced = _GLUED_YEAR.sub(lambda m: f"{m.group(1)} {m.group(2)} {m.group(3)}", spaced)
    ambiguous = bool(_LONE_STROKE.search(spaced))
    spaced = _EVERY_WORD.sub(_every_word, spaced)
    spaced = _PERIOD_WORD.sub(_period_word, spaced)
    # OCR reads a roman I after Triwulan/Semester as a bar, l, bang, J, f or t ("Triwulan | s/d IV")
    spaced = _RANGE_START_OCR.sub(lambda m: f"{m.group(1)} I", spaced)
    spaced = _ROMAN_OCR.sub(lambda m: f"{m.group(1)} {roman_from_ocr(m.group(2).translate(_STROKE_LETTERS))}",
                            spaced)
    norm = normalize(re.sub(r"\s*[-–—]\s*", " sampai ", spaced))
    months: set[int] = set()
    confidence = 0.9
    if _EVERY_MONTH.search(norm):
        months = set(range(1, 13))
    elif _QUARTERLY.search(norm):
        months = {3, 6, 9, 12}
    elif _SEMESTERLY.search(norm):
        months = {6, 12}
    months |= _periods(norm)
    months |= _named_months(norm.split())
    if not months:
        return (), 0.0
    years = {int(y.group(0)) for y in _YEAR.finditer(norm)}
    if (tahun is not None and years and tahun not in years) or ambiguous:
        confidence = 0.5
    return tuple(sorted(months)), confidence
