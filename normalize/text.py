"""Indonesian text normalisation shared by every matcher in ``normalize``.

OCR of KPU decrees mixes case, accents, broken words and the usual glyph
confusions; matching is done on a canonical lowercase ASCII form so that
"Pelyanan", "PELAYANAN" and "pelayanan" meet in the fuzzy scorer.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_ROMAN_LOOKALIKES = str.maketrans({"l": "I", "1": "I", "|": "I", "i": "I", "!": "I", "v": "V", "x": "X"})


def roman_from_ocr(token: str) -> str:
    """A roman numeral as OCR damages it ("Il", "|V", "l") put right: its I, V, X look-alikes as capitals."""
    return token.translate(_ROMAN_LOOKALIKES).upper()


VOCABULARY = Path(__file__).parent / "data" / "vocabulary.json"
"""The word lists below, kept as data: short forms, variant spellings, compounds (see SOURCES.md)."""
_WORDS = json.loads(VOCABULARY.read_text(encoding="utf-8"))
ABBREVIATIONS: dict[str, str] = dict(_WORDS["abbreviations"])
SPELLING_VARIANTS: dict[str, str] = dict(_WORDS["spelling_variants"])
COMPOUNDS: dict[str, str] = dict(_WORDS["compounds"])

_DIGIT_LOOKALIKES = {"0": "o", "1": "l", "5": "s", "8": "b"}  # digits OCR puts for letters inside words
_GLYPH_PAIRS = (("rn", "m"), ("vv", "w"), ("cl", "d"))  # letter pairs OCR reads for one letter
_MONTH_OCR = str.maketrans(_DIGIT_LOOKALIKES)
_PUNCT_RE = re.compile(r"[^a-z0-9]+")
_DIGIT_IN_WORD_RE = re.compile(r"(?<=[a-z])[015](?=[a-z])|\b0(?=[a-z]{2})")
_E_PREFIX_RE = re.compile(r"\be\s*-\s*(?=[a-z])")
_SPACED_CAPS_RE = re.compile(r"\b(?:[A-Z]\s){2,}[A-Z]\b")


def strip_accents(text: str) -> str:
    """Fold accents and typographic quotes to plain ASCII (scans carry both)."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def join_spaced_letters(text: str) -> str:
    """Join letter-spaced words ("K E T U A" -> "KETUA"), common in signature blocks."""
    return _SPACED_CAPS_RE.sub(lambda m: m.group(0).replace(" ", ""), text)


def fix_ocr_digits(text: str) -> str:
    """Replace digits that stand inside words by their look-alike letters ("0ktober" -> "oktober")."""
    return _DIGIT_IN_WORD_RE.sub(lambda m: _DIGIT_LOOKALIKES[m.group(0)], text)


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Lowercase ASCII words separated by single spaces; the form every matcher compares."""
    if not text:
        return ""
    out = strip_accents(text).lower()
    out = out.replace("&", " dan ").replace("s/d", " sampai ")
    out = _E_PREFIX_RE.sub("e", out)
    out = fix_ocr_digits(out)
    out = _PUNCT_RE.sub(" ", out)
    return " ".join(SPELLING_VARIANTS.get(word, word) for word in out.split())


def fix_ocr_word(word: str) -> str:
    """Undo frequent glyph confusions in one lowercase word ("0ktober", "desernber")."""
    word = word.translate(_MONTH_OCR)
    for seq, to in _GLYPH_PAIRS:
        word = word.replace(seq, to)
    return word


# Glyph groups Tesseract confuses in degraded scans, each folded to one form: "Monitonng" (ri -> n),
# "sosiaIisasi"/"1ingkungan" (I, l, 1, i, |), "pengaduari" (n -> ri) meet their words in ocr_skeleton.
_SKELETON_PAIRS = (*_GLYPH_PAIRS, ("ri", "n"))
_SKELETON_CHARS = str.maketrans({**_DIGIT_LOOKALIKES, "i": "l", "|": "l", "!": "l", "j": "l"})


@lru_cache(maxsize=65536)
def ocr_skeleton(word: str) -> str:
    """A lowercase word with OCR look-alike glyphs folded together, so that a damaged reading and the
    word it stands for share one skeleton ("monitonng" and "monitoring": "monltonng")."""
    out = word.lower()
    for seq, to in _SKELETON_PAIRS:
        out = out.replace(seq, to)
    return out.translate(_SKELETON_CHARS)


def tokens(text: str) -> list[str]:
    """Normalised word tokens."""
    return normalize(text).split()


def expand_abbreviations(text: str) -> str:
    """Normalised text with each known abbreviation followed by its expansion.

    The abbreviation itself is kept so that exact hits still score; the
    expansion lets "SPIP" meet "Sistem Pengendalian Intern Pemerintah".
    """
    out: list[str] = []
    for tok in tokens(text):
        out.append(tok)
        expansion = ABBREVIATIONS.get(tok)
        if expansion:
            out.append(expansion)
    return " ".join(out)


_CONTRACTIONS = sorted(((v, k) for k, v in ABBREVIATIONS.items()), key=lambda kv: -len(kv[0]))


def contract_abbreviations(text: str) -> str:
    """Normalised text with each spelled-out abbreviation replaced by the abbreviation.

    One concept becomes one token, so "Sistem Pengendalian Intern Pemerintah"
    and "SPIP" meet without the long form outweighing the rest of the cell.
    """
    out = f" {normalize(text)} "
    for long_form, short in _CONTRACTIONS:
        if f" {long_form} " in out:
            out = out.replace(f" {long_form} ", f" {short} ")
    return out.strip()


def abbreviations_in(text: str) -> set[str]:
    """Known abbreviations that occur as words in the text."""
    return {tok for tok in tokens(text) if tok in ABBREVIATIONS}
