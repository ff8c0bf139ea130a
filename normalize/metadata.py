"""What a decree says about itself: nomor, tahun, date and place of enactment, title, kind, signer.

Input is the OCR text of the body pages: noisy, line-wrapped, sometimes with
the LAMPIRAN and table pages appended. The parser never raises; what it cannot
find stays None and is explained in ``warnings``.
"""

from __future__ import annotations

import datetime as dt
import re

from rapidfuzz import fuzz

from normalize.nomor import read_nomor
from normalize.schedule import month_number
from normalize.text import join_spaced_letters, normalize
from schemas.records import DecreeMeta

_HEADER_END = re.compile(r"\b(Menimbang|Mengingat|MEMUTUSKAN)\b", re.IGNORECASE)
_TENTANG = re.compile(r"\bTENTANG\b\s*:?\s*(.+?)(?=\n\s*(?:KETUA|K\s*E\s*T\s*U\s*A|Menimbang|MENIMBANG)\b|$)",
                      re.DOTALL)
# OCR of a blurred scan reads the spaces of a date or after "di" as hyphens: "8-Januari 2021", "di-Pelalawan"
_DATE = r"(\d{1,2})[\s.,:\-]+([A-Za-z0-9]{3,12})[\s.,:\-]+((?:19|20)\d\s?\d)\b"
_DATE_AFTER_WORD = r"(?:\s*:?\s*|\s*-\s*)"  # "tanggal 25", "tanggal: 25", a space read as a hyphen
_ENACTED_AT = r"\bDi\s*tetapkan[\s.,:\-]+di\b"  # "Ditetapkan di", its spaces read as hyphens or stops too
_DITETAPKAN = re.compile(
    _ENACTED_AT + r"[\s:\-]*([A-Za-z][A-Za-z .'\-]{1,40}?)\s*[.,]?\s*\n+"
    r"\W*(?:pada[\s\-]+)?tanggal" + _DATE_AFTER_WORD + _DATE, re.IGNORECASE)
_SIGNED_ON = re.compile(r"\btanggal" + _DATE_AFTER_WORD + _DATE, re.IGNORECASE)
_KETUA = r"K\s?E\s?T\s?U\s?A"  # its letters spaced out by OCR too
_SIGNER = re.compile(_KETUA)
_PLACE_DATE = re.compile(
    r"^\s*([A-Z][A-Za-z .'\-]{2,30}),\s*(\d{1,2})\s+([A-Za-z0-9]{3,12})\s+((?:19|20)\d{2})\s*$", re.MULTILINE)
# "ttd/cap"; a stamp's or signature's stroke may leave a letter before it ("k ttd")
_TTD = re.compile(r"^\s*(?:[A-Za-z]\s+)?t\.?\s*t\.?\s*d\.?(?:\s*(?:/|dan|&)?\s*cap\.?)?\s*$", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"KOMISI|PEMILIHAN|SALINAN|SEKRETARIAT|KABUPATEN|KOTA|PROVINSI|KETUA|LAMPIRAN|"
                         r"KEPUTUSAN|SUB\s*BAG|KEPALA|NOMOR|TENTANG|ASLINYA|\bCAP\b", re.IGNORECASE)
_AROUND_NAME = re.compile(r"^[^A-Za-z]+|[^A-Za-z.]+$")  # quotes, digits and specks OCR left round a name
_CITED = re.compile(r"\bNomor\s+\S+\s+Tahun\s+\d{4}", re.IGNORECASE)
_YEAR_MENTION = re.compile(r"\bTahun\s+(?:Anggaran\s+)?((?:19|20)\d{2})\b", re.IGNORECASE)


def _header(text: str) -> str:
    """The decree heading: everything before Menimbang (or the first 3000 characters)."""
    m = _HEADER_END.search(text)
    return text[: m.start()] if m else text[:3000]


def parse_nomor(text: str) -> tuple[str | None, int | None]:
    """The decree's own number and year from its NOMOR lines, not those of laws cited in Mengingat."""
    reading = read_nomor(text)
    return reading.nomor, reading.tahun


def _make_date(day: str, month_word: str, year: str) -> dt.date | None:
    month = month_number(month_word)
    if month is None:
        return None
    try:
        return dt.date(int(year.replace(" ", "")), month, int(day))
    except ValueError:
        return None


def _signed_on(text: str) -> dt.date | None:
    """A "tanggal <date>" whose next lines name the signer (KETUA): the signature date when the
    "Ditetapkan di" line above it was lost."""
    for m in _SIGNED_ON.finditer(text):
        following = "\n".join(text[m.end():].splitlines()[:4])
        date = _make_date(*m.groups())
        if date and _SIGNER.search(following):
            return date
    return None


def parse_ditetapkan(text: str) -> tuple[str | None, dt.date | None]:
    """Place and date of enactment.

    Reads "Ditetapkan di Selong / pada tanggal 21 Juni 2021" (the first block whose date reads; the block
    is often repeated under the LAMPIRAN), then a signature date alone, then "Taliwang, 2 Februari 2022".
    """
    blocks = list(_DITETAPKAN.finditer(text))
    place = blocks[0].group(1).strip(" .:'") if blocks else None
    for m in blocks:
        date = _make_date(m.group(2), m.group(3), m.group(4))
        if date:
            return m.group(1).strip(" .:'"), date
    date = _signed_on(text)
    if date or place:
        return place, date
    p = _PLACE_DATE.search(text)
    if p:
        return p.group(1).strip(), _make_date(p.group(2), p.group(3), p.group(4))
    return None, None


def parse_tentang(text: str) -> str | None:
    """The decree title: the text after TENTANG up to the KETUA line."""
    m = _TENTANG.search(_header(text) + "\nKETUA")
    if not m:
        return None
    title = " ".join(m.group(1).split())
    return title or None


def classify_jenis(*texts: str | None) -> str:
    """Kind of decree from its title, else from Menetapkan: the first text that names a kind wins.

    Key words are read through a letter OCR got wrong ("RENGANA KERJA", "INTEGRETAS"); a ZI decree
    whose texts name no plan kind is a rencana aksi ZI.
    """
    fallback = "lainnya"
    for text in texts:
        if not text:
            continue
        norm = normalize(text)
        zi = _says(norm, "integritas") or re.search(r"\bzi\b|\bwbk\b", norm) is not None
        if _says(norm, "rencana kerja") and zi:
            return "rencana_kerja_zi"
        if (_says(norm, "rencana aksi") or _says(norm, "program kerja")) and zi:
            return "rencana_aksi_zi"
        if _says(norm, "rencana aksi") and _says(norm, "reformasi birokrasi"):
            return "rencana_aksi_rb"
        if zi:
            fallback = "rencana_aksi_zi"
    return fallback


def _says(norm: str, phrase: str) -> bool:
    """Whether a normalised text holds ``phrase``, a word of five letters or more with a letter misread."""
    words, want = norm.split(), phrase.split()
    return any(
        all(w == p or (len(p) >= 5 and fuzz.ratio(w, p) >= 80) for w, p in zip(words[i:], want, strict=False))
        for i in range(len(words) - len(want) + 1)
    )


def _menetapkan(text: str) -> str | None:
    m = re.search(r"Menetapkan\s*:?\s*(.{10,400}?)(?:\n\s*\n|KESATU)", text, re.DOTALL | re.IGNORECASE)
    return " ".join(m.group(1).split()) if m else None


def _looks_like_name(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 4 or _NOT_A_NAME.search(line):
        return False
    upper = sum(c.isupper() for c in letters) / len(letters)
    return upper > 0.7 and len(line.split()) <= 6


def parse_ketua(text: str) -> str | None:
    """Name of the signing chair, from every signature block of the decree and its lampiran.

    In a block, the name is a name-like line after "ttd", or, signed by hand,
    after the chair's title, that repeats no word of the title or place. The
    same name closes the decree and its lampiran, under other strokes of pen
    and stamp: a name read in more blocks than another is taken first (OCR
    debris of a signature is not repeated), then a reading that came out
    whole before one debris had to be cut from, then the earliest.
    """
    starts = [m.start() for m in _DITETAPKAN_DI.finditer(text)]
    # the place of signing, wherever named, is no name: a block's own place line can be misread
    places = {w for m in _PLACE_LINE.finditer(text) for w in _long_words(m.group(1))}
    blocks = [_block_names(text[i:], places, signed_here=True) for i in starts] if starts else [
        _block_names(text, places, signed_here=False)]
    blocks += [_block_names(text[i:], places, signed_here=True) for i in _titles_alone(text, starts)]
    support: dict[str, int] = {}
    for names in blocks:
        for name in {n for n, _ in names}:
            support[name] = support.get(name, 0) + 1
    readings = [(-support[n], not whole, b, k, n) for b, names in enumerate(blocks) for k, (n, whole) in
                enumerate(names)]
    return min(readings)[-1] if readings else None


_DITETAPKAN_DI = re.compile(_ENACTED_AT, re.IGNORECASE)
_PLACE_LINE = re.compile(_ENACTED_AT + r"[\s:\-]*([^\n]*)", re.IGNORECASE)
_CHAIR_TITLE = re.compile(r"^\W*" + _KETUA + r"\s+K\s?O\s?M\s?I\s?S\s?I\b.*$", re.MULTILINE)
_HEADING_NEXT = re.compile(r"Menimbang|NOMOR|TENTANG|KEPUTUSAN", re.IGNORECASE)


def _titles_alone(text: str, starts: list[int]) -> list[int]:
    """Where a chair's title opens a signature block with no "Ditetapkan di" above it: the lampiran's
    own, at the end of the table, or one whose place-and-date lines the OCR lost. The decree's heading
    ("KEPUTUSAN / KETUA KOMISI ...", then NOMOR or Menimbang) is none."""
    out = []
    for m in _CHAIR_TITLE.finditer(text):
        after = [line for line in text[m.end() :].splitlines()[1:6] if line.strip()][:2]
        near = any(0 <= text.count("\n", s, m.start()) <= 4 for s in starts)
        if not near and not any(_HEADING_NEXT.search(line) for line in after):
            out.append(m.start())
    return out


def _block_names(block: str, places: set[str], *, signed_here: bool) -> list[tuple[str, bool]]:
    """(name, whether its line held nothing else) for each name-like line of the signature block opening
    ``block``, in order: after "ttd", or else under the chair's title; up to the copy note below it."""
    lines = join_spaced_letters(block).splitlines()[:SIGNATURE_LINES]
    ttd = next((i for i, line in enumerate(lines) if _TTD.match(_AROUND_NAME.sub("", line))), None)
    if ttd is None:
        return _names_under_title(lines, places) if signed_here else []
    out = []
    for line in lines[ttd + 1 :]:
        if _COPY_NOTE.search(line):
            break
        clean = _AROUND_NAME.sub("", line)
        place = any(_like_a_place(w, places) for w in _long_words(line))
        if not place and _looks_like_name(clean) and (reading := _name_of(line, clean)):
            out.append(reading)
    return out


SIGNATURE_LINES = 40
UNDER_TITLE_LINES = 10  # lines of title, stamp, signature and name below the chair's title
_COPY_NOTE = re.compile(r"Salinan|SEKRETA|Kasubbag|Kepala\s+Sub|LAMPIRAN", re.IGNORECASE)  # "SEKRETAI" too
KNOWN_WORD = 80  # similarity (0-100) to a word of the place of signing that makes a word that place


def _names_under_title(lines: list[str], places: set[str]) -> list[tuple[str, bool]]:
    """The name-like lines below the title "KETUA KOMISI ... ," with no "ttd" to announce the name.

    The stamp and signature leave OCR debris between title and name, and the
    title's own place line may come out misspelt ("KABURATEN PEMALANG,",
    "CNK AKASSAR" under "Ditetapkan di Makassar"): a line ending in a comma
    closes the title, a line with a word like one of the title or the place
    of signing is part of them, and a name has a word of four letters.
    """
    title = next((i for i, line in enumerate(lines) if _SIGNER.search(line)), None)
    if title is None:
        return []
    known = places | {w for line in lines[: title + 1] for w in _long_words(line)}
    out = []
    for line in lines[title + 1 : title + 1 + UNDER_TITLE_LINES]:
        if _COPY_NOTE.search(line):
            break
        words = _long_words(line)
        clean = _AROUND_NAME.sub("", line)
        if line.rstrip().endswith(",") or any(w in known or _like_a_place(w, places) for w in words):
            known.update(words)
            continue
        if words and _looks_like_name(clean) and sum(c.isalpha() for c in clean) >= 6 and (
                reading := _name_of(line, clean)):
            out.append(reading)
    return out


def _long_words(line: str) -> list[str]:
    """The line's words of four letters or more, in capitals: what a place or title is told by."""
    return re.findall(r"[A-Za-z]{4,}", line.upper())


def _like_a_place(word: str, places: set[str]) -> bool:
    """The word is the place of signing, or that place misread; only places are matched loosely, since
    names are alike the title's words (KETUT, KETUA)."""
    return word in places or (len(word) >= 5 and any(fuzz.ratio(word, p) >= KNOWN_WORD for p in places))


def _name_of(line: str, clean: str) -> tuple[str, bool] | None:
    """The name on a line (``clean``: without the specks round it), and whether the line held nothing else.

    Cut from it is the letter or two a signature's or stamp's stroke left at either end ("N DENNY ANWAR",
    "ba PRATAMA", "RUDI Pe"): an initial keeps its full stop ("M. TANJUNG"), and a name typed in
    capitals has no small letters. None when no word of four letters is left."""
    words = clean.split()
    capitals = sum(w.isupper() for w in words) >= len(words) / 2

    def debris(word: str) -> bool:
        return (len(word) <= 2 and not word.endswith(".")) or (capitals and any(c.islower() for c in word))

    while len(words) > 1 and debris(words[0]):
        words = words[1:]
    while len(words) > 1 and debris(words[-1]):
        words = words[:-1]
    name = " ".join(words)
    return (name, name == " ".join(line.split())) if re.search(r"[A-Za-z]{4}", name) else None


def _year_warnings(text: str, tahun: int | None, tanggal: dt.date | None) -> list[str]:
    warnings: list[str] = []
    if tahun is None:
        return warnings
    if tanggal is not None and tanggal.year != tahun:
        warnings.append(
            f"tanggal ditetapkan {tanggal.isoformat()} is in {tanggal.year}, decree year is {tahun}")
    menimbang = re.search(r"Menimbang(.+?)(?:Mengingat|MEMUTUSKAN|$)", text, re.DOTALL | re.IGNORECASE)
    if menimbang:
        body = _CITED.sub(" ", menimbang.group(1))
        others = sorted({int(y) for y in _YEAR_MENTION.findall(body)} - {tahun})
        if others:
            warnings.append(f"Menimbang names year {', '.join(map(str, others))}, decree year is {tahun}")
    return warnings


def parse_decree(text: str) -> DecreeMeta:
    """Decree metadata from the OCR text of its body pages; Nones and warnings instead of errors."""
    text = text or ""
    tempat, tanggal = parse_ditetapkan(text)
    reading = read_nomor(text, tanggal.month if tanggal else None)
    nomor, tahun = reading.nomor, reading.tahun
    tentang = parse_tentang(text)
    jenis = classify_jenis(tentang, _menetapkan(text))
    ketua = parse_ketua(text)
    warnings = list(reading.warnings) + _year_warnings(text, tahun, tanggal)
    found = {"nomor": nomor, "tahun": tahun, "tanggal ditetapkan": tanggal, "tentang": tentang}
    for label, value in found.items():
        if value is None:
            warnings.append(f"{label} not found")
    return DecreeMeta(nomor=nomor, tahun=tahun, tanggal_ditetapkan=tanggal, tempat_ditetapkan=tempat,
                      tentang=tentang, jenis=jenis, ketua=ketua, warnings=tuple(warnings))
