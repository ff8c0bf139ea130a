"""Which KPU satker a decree belongs to, from every place the document names it.

Letterheads are the least reliable mention (templates get copied: a Tambrauw
decree under a "KABUPATEN TAMBORA" letterhead), the title, body, signature and
the JDIH page footer the most. Each mention is resolved against satkers.csv,
tolerating OCR damage ("MESUIJI", "Tandrauw") while keeping the level apart
(Kota Bima is not Kabupaten Bima); weighted votes decide, and disagreements in
the places that should agree become warnings.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from normalize.text import normalize
from schemas.records import Satker, SatkerResolution

DATA = Path(__file__).parent / "data" / "satkers.csv"
CLOSE_NAME = 90.0  # similarity of a near-certain name: a typo or an OCR slip in it
MIN_SIMILARITY = 74.0
SPELLING_WARNING_BELOW = 85.0  # a decisive mention this far from the name is another name, not a typo
ZONE_WEIGHTS = {"letterhead": 1.0, "title": 2.0, "menimbang": 1.0, "menetapkan": 1.5, "signature": 2.0,
                "lampiran": 0.4, "footer": 4.0}
DECISIVE_ZONES = ("letterhead", "title", "menetapkan", "signature", "footer")
_MENTION = re.compile(r"\b(?:KOMISI\s+PEMILIHAN\s+(?:UMUM\s+)?|KOMISI\s+INDEPENDEN\s+PEMILIHAN\s+"
                      r"|KPU\s*|KIP\s*)"
                      r"(PROVINSI|KABUPATEN|KAB\.?|KOTA)\s+([^\n]{2,60})", re.IGNORECASE)
_FOOTER = re.compile(r"jdih\.kpu\.go\.id/([a-z]+)(?:/([a-z]+))?", re.IGNORECASE)
_STOP = frozenset((
    "tahun", "tentang", "nomor", "di", "dan", "untuk", "sebagaimana", "menuju", "pada", "yang", "ketua",
    "sekretariat", "keputusan", "komisi", "dengan", "dalam", "tersebut", "secara", "melalui", "ke", "dari",
    "berkewajiban", "telah", "sesuai",
))
# a stray stop or comma OCR sets between the words ("KOMISI PEMILIHAN. UMUM") is no other title
_PUSAT_TITLE = re.compile(
    r"KEPUTUSAN[\s.,]+KOMISI[\s.,]+PEMILIHAN[\s.,]+UMUM[\s.,]*(?:REPUBLIK[\s.,]+INDONESIA[\s.,]*)?\n?\s*NOMOR")
_LEVELS = {"provinsi": "provinsi", "kabupaten": "kabupaten", "kab": "kabupaten", "kota": "kota"}


@dataclass(frozen=True)
class Mention:
    """One place where the document names a satker."""

    zone: str
    level: str
    raw: str
    code: str | None
    similarity: float


class SatkerIndex:
    """satkers.csv, with every written form of each name, by level."""

    def __init__(self, path: Path = DATA) -> None:
        self.by_code: dict[str, Satker] = {}
        self.former_province: dict[str, str] = {}
        self.names: dict[str, dict[str, str]] = defaultdict(dict)  # level -> normalised base name -> code
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                level, code = row["level"], row["code"]
                self.by_code[code] = Satker(code=code, name=row["name"], level=level)
                self.former_province[code] = row.get("former_province_code", "")
                if level == "pusat":
                    continue
                forms = [row["name"].removeprefix("KPU ")] + [a for a in row["aliases"].split("|") if a]
                for form in forms:
                    self.names[level][self._base(form, level)] = code

    @staticmethod
    def _base(form: str, level: str) -> str:
        """A name without its level word: "Kab. Lombok Timur" -> "lombok timur"."""
        norm = normalize(form)
        for word in ("provinsi ", "kabupaten ", "kab ", "kota "):
            if norm.startswith(word):
                return norm[len(word):]
        return norm

    def lookup(self, level: str, name: str) -> tuple[str | None, float]:
        """Code and similarity (0..100) of a name at one level; (None, best score) when nothing is close."""
        key = normalize(name)
        table = self.names.get(level, {})
        if key in table:
            return table[key], 100.0
        if len(key) < 4 or not table:
            return None, 0.0
        hit = process.extractOne(key, list(table), scorer=fuzz.ratio)
        if hit and hit[1] >= MIN_SIMILARITY:
            return table[hit[0]], float(hit[1])
        return None, float(hit[1]) if hit else 0.0

    def in_province(self, code: str, province: str) -> bool:
        prov = code.split(".")[0]
        return prov == province or self.former_province.get(code) == province


@lru_cache(maxsize=1)
def load_index() -> SatkerIndex:
    """The satker index, read once per process."""
    return SatkerIndex()


def _candidates(words: list[str]) -> list[str]:
    """Name candidates after a level word, longest first, cut at function words and punctuation."""
    kept: list[str] = []
    for word in words[:5]:
        bare = word.strip(".,;:()'\"*")
        if not bare or normalize(bare) in _STOP or any(ch.isdigit() for ch in bare):
            break
        if kept and bare[0].islower():
            break
        kept.append(bare)
        if word.endswith((",", ";", ".")) and len(bare) > 3:
            break
    return [" ".join(kept[:n]) for n in range(len(kept), 0, -1)]


def _resolve_name(index: SatkerIndex, level: str, tail: str) -> tuple[str, str | None, float]:
    """(raw name, code, similarity) for the text that follows a level word.

    The longest candidate close to a name wins, so a typo in its last word
    ("Padang Pnjang") does not give way to the shorter name it begins with.
    """
    best: tuple[str, str | None, float] = ("", None, 0.0)
    for cand in _candidates(tail.split()):
        code, sim = index.lookup(level, cand)
        if code and sim >= CLOSE_NAME:
            return cand, code, sim
        if sim > best[2] or not best[0]:
            best = (cand, code, sim)
    return best


def _zones(text: str) -> list[tuple[int, str]]:
    """Start offsets of the parts of a decree, in order."""
    marks = [(0, "letterhead")]
    steps = (
        (r"KEPUTUSAN", "title", 0),
        (r"Menimbang", "menimbang", re.IGNORECASE),
        (r"Menetapkan\s*:?", "menetapkan", re.IGNORECASE),
        (r"KESATU", "menimbang", 0),
        (r"Di\s*tetapkan\s+di|^\s*[A-Z][a-z]+,\s*\d{1,2}\s+\w+\s+\d{4}", "signature",
         re.IGNORECASE | re.MULTILINE),
        (r"^\s*LAMPIRAN", "lampiran", re.MULTILINE),
    )
    for pattern, zone, flags in steps:
        m = re.search(pattern, text, flags)
        if m and m.start() >= marks[-1][0]:
            marks.append((m.start(), zone))
    return marks


def _zone_at(marks: list[tuple[int, str]], pos: int) -> str:
    zone = marks[0][1]
    for start, name in marks:
        if start <= pos:
            zone = name
    return zone


def _text_mentions(index: SatkerIndex, text: str) -> list[Mention]:
    marks = _zones(text)
    out: list[Mention] = []
    for m in _MENTION.finditer(text):
        level = _LEVELS[normalize(m.group(1)).split()[0]]
        raw, code, sim = _resolve_name(index, level, m.group(2))
        if raw:
            out.append(Mention(_zone_at(marks, m.start()), level, raw, code, sim))
    return out


def _footer_mentions(index: SatkerIndex, footers: Sequence[str]) -> list[Mention]:
    """Mentions from JDIH footers such as "jdih.kpu.go.id/lampung/mesuji"."""
    out: list[Mention] = []
    for footer in footers:
        for m in _FOOTER.finditer(footer):
            prov_slug, kab_slug = m.group(1).lower(), (m.group(2) or "").lower()
            prov = _slug_lookup(index, "provinsi", prov_slug, None)
            if not kab_slug:
                if prov[0]:
                    out.append(Mention("footer", "provinsi", prov_slug, prov[0], prov[1]))
                continue
            code, sim = _slug_lookup(index, "kabupaten", kab_slug, prov[0])
            kota = _slug_lookup(index, "kota", kab_slug, prov[0])
            if kota[1] > sim:
                code, sim = kota
            out.append(Mention("footer", "kabupaten", kab_slug, code, sim))
    return out


def _slug_lookup(index: SatkerIndex, level: str, slug: str, province: str | None) -> tuple[str | None, float]:
    """Match a URL slug (no spaces) against names of a level, within a province when known."""
    table = {k.replace(" ", ""): c for k, c in index.names.get(level, {}).items()
             if province is None or index.in_province(c, province)}
    if not table:
        return None, 0.0
    hit = process.extractOne(slug, list(table), scorer=fuzz.ratio)
    return (table[hit[0]], float(hit[1])) if hit and hit[1] >= MIN_SIMILARITY else (None, 0.0)


def _describe(index: SatkerIndex, mention: Mention) -> str:
    if mention.code and mention.similarity >= SPELLING_WARNING_BELOW:
        return index.by_code[mention.code].name.removeprefix("KPU ")
    return f"{mention.level.capitalize()} {mention.raw.title()}"


def _warnings(index: SatkerIndex, mentions: list[Mention], winner: str) -> list[str]:
    """One warning per decisive place that names something else than the winner."""
    winner_name = index.by_code[winner].name.removeprefix("KPU ")
    out: list[str] = []
    for zone in DECISIVE_ZONES:
        others = {_describe(index, m) for m in mentions if m.zone == zone
                  and (m.code != winner or m.similarity < SPELLING_WARNING_BELOW)}
        names_winner = any(m.code == winner and m.similarity >= SPELLING_WARNING_BELOW
                           for m in mentions if m.zone == zone)
        for other in sorted(others):
            if not names_winner or zone in ("letterhead", "menetapkan", "footer"):
                out.append(f"{zone} names {other}, body names {winner_name}")
    return out


def _pusat(texts: Sequence[str]) -> SatkerResolution | None:
    """KPU RI decrees: the title is "KEPUTUSAN KOMISI PEMILIHAN UMUM" directly followed by NOMOR."""
    for text in texts:
        if _PUSAT_TITLE.search(text[:3000]):
            return SatkerResolution(load_index().by_code["00"], 80.0, ("KEPUTUSAN KOMISI PEMILIHAN UMUM",))
    return None


def resolve_satker(texts: Sequence[str], footers: Sequence[str] = ()) -> SatkerResolution:
    """The satker of a document from all its mentions; satker None and score 0 when nothing resolves."""
    index = load_index()
    mentions = [m for text in texts for m in _text_mentions(index, text or "")]
    mentions += _footer_mentions(index, list(footers) + [t for t in texts if t])
    votes: dict[str, float] = defaultdict(float)
    for m in mentions:
        if m.code:
            votes[m.code] += ZONE_WEIGHTS[m.zone] * m.similarity / 100.0
    raw = tuple(dict.fromkeys(f"{m.zone}: {_describe(index, m)}" for m in mentions))
    if not votes:
        pusat = _pusat(texts)
        return pusat or SatkerResolution(None, 0.0, raw, ("no satker named in the document",))
    winner = max(votes, key=lambda c: votes[c])
    total = sum(ZONE_WEIGHTS[m.zone] for m in mentions)
    score = round(100.0 * votes[winner] / total, 1) if total else 0.0
    return SatkerResolution(index.by_code[winner], score, raw, tuple(_warnings(index, mentions, winner)))
