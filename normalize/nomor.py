"""The decree's own number and year, read through OCR damage.

KPU numbers have a known shape, ``<n>/<klasifikasi>.<nn>-Kpt/<kode>/<unit>/<bulan romawi>/<tahun>``
(``314/ORT.07-Kpt/01/KPU/V/2021``) or shorter (``42/HK.03-Kpt/7324/2021``); older decrees print
``NOMOR 15 TAHUN 2022``. Knowing what each segment must be lets O/0 and l/1 confusions, spaces around
slashes and dropped dashes be undone segment by segment. A reading that does not fit the shape is
rejected, never guessed; its year is still used when the year itself reads cleanly.

Only the decree's own NOMOR lines count: a line starting with NOMOR in the heading, or under a
KEPUTUSAN/LAMPIRAN heading. Laws cited in Menimbang/Mengingat ("Undang-Undang Nomor 7 Tahun 2017")
are not candidates.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from normalize.text import roman_from_ocr

_NOMOR_LINE = re.compile(r"^\W{0,3}(N\s?[O0o]\s?M\s?[O0o]\s?R)\b\s*[:;.]?\s*(.*)$", re.IGNORECASE)
_HEADING = re.compile(r"K\s?E\s?P\s?U\s?T\s?U\s?S\s?A\s?N|L\s?A\s?M\s?P\s?I\s?R\s?A\s?N", re.IGNORECASE)
_HEADER_END = re.compile(r"^\W*(Menimbang|Mengingat|MEMUTUSKAN)\b", re.IGNORECASE)
_TENTANG = re.compile(r"\bT\s?E\s?N\s?T\s?A\s?N\s?G\b.*$", re.IGNORECASE)
_SIMPLE = re.compile(
    r"^(?P<n>[0-9OoDIl|]{1,5})(?P<suffix>[A-Z]?)[\s.,:]*T\s?A\s?H\s?U\s?N[\s.,:]*(?P<y>[0-9OoDIlSZ]{4})\b",
    re.IGNORECASE)
# the suffix is always Kpt (Keputusan); its last letter is often misread ("Kp1", "Kpl", "Kpv")
_KLASIFIKASI = re.compile(r"^(?P<code>[A-Z0-9]{2,4})[.\-]?(?P<nn>[0-9OoIl]{2}(?:\.[0-9OoIl]{1,2})?)[-~–—_.]*"
                          r"K[pP][A-Za-z1|]\.?$")
_UNIT_DASH = r"[-~–—_.:]*"  # between KPU and its level: a dash, or OCR's reading of one ("KPU:Kab")
_UNIT = re.compile(rf"^KPU(?:{_UNIT_DASH}(?P<level>Prov|Kab|Kota|RI))?\.?$", re.IGNORECASE)
# the unit's last mention: "KpU73" (Kpt/73 run together) is not a unit, so KPU is matched in capitals
_LAST_UNIT = re.compile(rf"KPU(?:{_UNIT_DASH}(?i:Prov|Kab|Kota|RI))?(?!.*KPU)")
_SLASH_OR_I = "!|l1i"
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_TO_DIGIT = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "|": "1", "i": "1", "S": "5",
                           "s": "5", "Z": "2", "z": "2", "B": "8"})
_TO_LETTER = str.maketrans({"0": "O", "1": "I", "5": "S", "8": "B"})
HEADING_LINES = 4
FIRST_LINES = 15


@dataclass(frozen=True)
class NomorReading:
    """What the NOMOR lines say: number and year (None when unreadable) and what was noticed."""

    nomor: str | None
    tahun: int | None
    warnings: tuple[str, ...] = ()


def digits(text: str) -> str | None:
    """A numeric segment with letter look-alikes read back as digits; None if anything else remains."""
    out = text.translate(_TO_DIGIT)
    return out if out.isdigit() else None


def year(text: str) -> int | None:
    """A four-digit year that can be a decree's: not before 1945, not after next year."""
    value = digits(text)
    if not value or len(value) != 4:
        return None
    return int(value) if 1945 <= int(value) <= dt.date.today().year + 1 else None


def _roman(text: str) -> str | None:
    value = roman_from_ocr(text).rstrip(".")
    return value if value in _ROMAN_MONTHS else None


def _klasifikasi(text: str) -> str | None:
    m = _KLASIFIKASI.match(text)
    if not m:
        return None
    code = m.group("code").translate(_TO_LETTER)
    nn = ".".join(digits(part) or "" for part in m.group("nn").split("."))
    if not code.isalpha() or not all(nn.split(".")):
        return None
    return f"{code.upper()}.{nn}-Kpt"


def _unit(text: str) -> str | None:
    m = _UNIT.match(text.translate(_TO_LETTER))
    if not m:
        return None
    level = m.group("level")
    if not level:
        return "KPU"
    return "KPU-RI" if level.upper() == "RI" else f"KPU-{level.capitalize()}"


def _middle(segment: str, previous: str | None) -> str | None:
    """One segment between the number and the year: classification, region code, unit or month.

    Digits and roman numerals share look-alikes ("11" / "II"), so an ambiguous segment is a month only
    where a month stands: right after the unit (``.../KPU-Kab/V/2021``).
    """
    unit = _unit(segment)
    if unit:
        return unit
    if re.search(r"k\s?p", segment, re.IGNORECASE):
        return _klasifikasi(segment)
    if re.fullmatch(r"[IVX]+", segment) or (previous or "").startswith("KPU"):
        return _roman(segment)
    code = digits(segment)
    # region and unit codes have 1, 2 or 4 digits ("01", "52", "5203"); more means a misread
    return code if code and len(code) in (1, 2, 4) else None


def _unglued(segment: str) -> list[str]:
    """A segment with the next one run into it, a slash lost, as two segments: a Kpt segment and the
    region code ("PP.01-Kpv3211"), or the unit and the month with the slash read as an I ("KPUIVIII") or as
    strokes and a bang ("KPU:Kabl!VII");
    where the rest is a month with or without that I ("KPUIV": IV or V?), nothing is split."""
    m = re.fullmatch(r"(.*K[pP][A-Za-z]\.?)([0-9]{1,4})", segment)
    if m:
        return [m.group(1), m.group(2)]
    m = re.fullmatch(rf"(KPU(?:{_UNIT_DASH}(?:Prov|Kab|Kota))?)(?:[Il1|]!?|!)([IVXl1|]+)", segment,
                     re.IGNORECASE)
    if m and _roman(m.group(2)) and not _roman(segment[len(m.group(1)):]):
        return [m.group(1), m.group(2)]
    return [segment]


def _packed(rest: str) -> str:
    # stray marks around the number ("... /2022 _") are the scan's, not the number's
    return re.sub(r"^[^0-9A-Za-z]+|[^0-9A-Za-z]+$", "", re.sub(r"\s+", "", rest))


def _kpu_style(rest: str) -> tuple[str | None, int | None]:
    """(nomor, tahun) of a slashed number; the year alone when only it reads cleanly."""
    packed = _packed(rest)
    segments = [piece for s in packed.split("/") for piece in _unglued(s)]
    tahun = year(segments[-1]) if segments else None
    if len(segments) < 3 or tahun is None:
        return None, tahun
    head = digits(segments[0])
    read: list[str] = []
    for segment in segments[1:-1]:
        value = _middle(segment, read[-1] if read else None)
        if value is None:
            return None, tahun
        read.append(value)
    if head is None:
        return None, tahun
    return "/".join([head, *read, str(tahun)]), tahun


def month_readings(zone: str) -> frozenset[str]:
    """Every roman month a month segment read as ``zone`` can be.

    A stroke that may be a slash or an I ("!", "l", "|", or an I where the slash is missing) is read
    both ways; a zone that needed that, or is no month as read, may also have lost or gained one I
    ("Kab!VII" for "Kab/VIII"). A clean zone ("/VII") is only itself.
    """
    chars = zone.strip("/")
    if chars in _ROMAN_MONTHS and zone.startswith("/"):
        return frozenset({chars})
    options = [("",) if c == "/" else ("", "I") if c in _SLASH_OR_I else (c,) for c in chars]
    if not zone.startswith("/") and chars[:1] == "I":  # no slash after the unit: it may be this I
        options[0] = ("", "I")
    if not chars or len(chars) > 8 or any(o[0] not in "IVX" for o in options if len(o) == 1 and o[0]):
        return frozenset()
    read = {"".join(p) for p in itertools.product(*options)}
    near = {r[:i] + "I" + r[i:] for r in read for i in range(len(r) + 1)}
    near |= {r[:i] + r[i + 1:] for r in read for i, c in enumerate(r) if c == "I"}
    return frozenset((read | near) & set(_ROMAN_MONTHS))


def _month_from_date(rest: str, nomor: str | None, month: int) -> tuple[str | None, str | None]:
    """The number again with its damaged roman month taken from the signing date, where the damaged
    reading allows that month (KPU numbers carry the month they are signed in); with a warning."""
    packed = _packed(rest)
    unit = _LAST_UNIT.search(packed)
    tail = re.search(r"/?([0-9OoDIlSZ]{4})$", packed)
    if unit is None or tail is None or unit.end() > tail.start():
        return nomor, None
    zone = packed[unit.end():tail.start()]
    want = _ROMAN_MONTHS[month - 1]
    current = nomor.split("/")[-2] if nomor else None
    if want == current or want not in month_readings(zone):
        return nomor, None
    fixed, _ = _kpu_style(f"{packed[:unit.end()]}/{want}/{tail.group(1)}")
    if fixed is None:
        return nomor, None
    return fixed, f"roman month of the nomor read as {zone!r}, taken as {want} from the signing date"


def _simple_style(rest: str) -> tuple[str | None, int | None]:
    m = _SIMPLE.match(rest.strip())
    if not m:
        return None, None
    number, tahun = digits(m.group("n")), year(m.group("y"))
    if number is None or tahun is None:
        return None, tahun
    return number + m.group("suffix").upper(), tahun


def read_line(rest: str, month: int | None = None) -> tuple[str | None, int | None, str | None]:
    """(nomor, tahun, note) from what follows NOMOR on its line (and any continuation joined to it);
    ``month``, the signing date's, settles a damaged roman month, which the note then says."""
    rest = _TENTANG.sub("", rest).strip()
    if "/" not in rest:
        return (*_simple_style(rest), None)
    nomor, tahun = _kpu_style(rest)
    if month is None:
        return nomor, tahun, None
    nomor, note = _month_from_date(rest, nomor, month)
    return nomor, tahun, note


def _is_own(lines: list[str], i: int, keyword: str, header_end: int) -> bool:
    """A NOMOR line of the decree itself rather than of a cited law."""
    in_heading = any(_HEADING.search(line) for line in lines[max(0, i - HEADING_LINES):i])
    upper = sum(c.isupper() or c == "0" for c in keyword if not c.isspace()) >= 4
    return (upper and (in_heading or i < FIRST_LINES)) or i < header_end


def _candidates(text: str, month: int | None) -> list[tuple[str, str | None, int | None, str | None]]:
    """(line as read, nomor, tahun, note) for every own NOMOR line, in document order."""
    lines = text.splitlines()
    header_end = next((i for i, line in enumerate(lines) if _HEADER_END.match(line)), len(lines))
    out = []
    for i, line in enumerate(lines):
        m = _NOMOR_LINE.match(line)
        if not m or not _is_own(lines, i, m.group(1), header_end):
            continue
        rest = m.group(2)
        nomor, tahun, note = read_line(rest, month)
        if nomor is None and i + 1 < len(lines) and not _TENTANG.match(lines[i + 1].strip()):
            joined = f"{rest} {lines[i + 1]}"
            wrapped = read_line(joined, month)
            if wrapped[0] is not None:
                rest, (nomor, tahun, note) = joined, wrapped
        out.append((" ".join(rest.split()), nomor, tahun, note))
    return out


def read_nomor(text: str, month: int | None = None) -> NomorReading:
    """The decree's number and year from its first cleanly read NOMOR line; disagreements are warned.

    ``month`` is the signing date's, for a roman month the scan damaged (see ``month_readings``).
    """
    candidates = _candidates(text or "", month)
    readable = [c for c in candidates if c[1] is not None]
    if readable:
        _, nomor, tahun, note = readable[0]
        others = sorted({c[1] for c in readable[1:] if c[1] is not None and c[1] != nomor})
        warnings = tuple(f"NOMOR lines disagree: {nomor!r} and {other!r}" for other in others)
        return NomorReading(nomor, tahun, warnings + ((note,) if note else ()))
    years = [(c[0], c[2]) for c in candidates if c[2] is not None]
    if years:
        raw, tahun = years[0]
        return NomorReading(None, tahun, (f"nomor unreadable in {raw!r}; tahun {tahun} read from it",))
    if candidates:
        return NomorReading(None, None, (f"nomor unreadable in {candidates[0][0]!r}",))
    return NomorReading(None, None)
