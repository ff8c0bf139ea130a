"""IDF-weighted, OCR-tolerant token overlap between a cell text and catalogue phrases.

Plain fuzzy ratios over whole strings let frequent words ("evaluasi",
"pelayanan", "kinerja") decide; weighting tokens by how rare they are in the
catalogue makes "WBS" or "gratifikasi" count more than "telah dilakukan".
Tokens are lightly stemmed so "disosialisasikan" meets "sosialisasi", and
unknown tokens are snapped to the nearest catalogue token so "Pelyanan" meets
"pelayanan", or to the one sharing its OCR skeleton so "Monitonng" meets "monitoring".
Words run together by OCR at a case change ("PembangunanJDIH") are split.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping
from functools import lru_cache
from typing import TypeVar

from rapidfuzz import fuzz, process

from normalize.text import (
    ABBREVIATIONS,
    COMPOUNDS,
    SPELLING_VARIANTS,
    contract_abbreviations,
    normalize,
    ocr_skeleton,
)

_STOP_TEXT = """
    a b c d e f g h i j k l m n o p q r s t u v w x y z ii iii iv vi vii viii ix
    dan yang di ke dari pada untuk dengan dalam atas oleh secara serta telah sudah terhadap bagi atau
    ini itu sebagai melalui tentang seluruh setiap lingkungan kpu komisi pemilihan umum kabupaten kota
    provinsi satuan adanya tersedianya terdapat dilakukan melakukan tersebut lainnya antara lain
    para masing baik maupun juga sesuai akan bisa dapat menjadi tahun dll nya sekretariat and of the
"""
STOPWORDS = frozenset(_STOP_TEXT.split())
_PREFIXES = ("meny", "meng", "peny", "peng", "mem", "men", "pem", "pen", "ber", "ter", "per",
             "me", "pe", "di", "ke")
_SUFFIXES = ("nya", "kan", "an", "i")
_INNER_PREFIXES = ("per", "ter", "ber")  # after a first prefix: "diperhatikan", "keterbukaan", "keberhasilan"
_VOWELS = "aeiou"
# a lower-case letter then a capital other than I (OCR's "l"): two words run together ("PembangunanJDIH")
_CASE_JOIN_RE = re.compile(r"(?<=[a-z])(?=[A-HJ-Z])")
_CAPS_L_RE = re.compile(r"(?<=[A-Z])l(?=[A-Z])")  # an I read as l inside capitals ("SPlP"): no case change


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Strip one Indonesian suffix and up to two prefixes ("keterlibatan"), keeping at least four letters.

    A final "i" after "s" is the loanword ending (-asi, -isi: "sosialisasi", "evaluasi"), not the suffix,
    so that "sosialisasi" and "mensosialisasikan" share a stem. The nasal prefixes swallow a root's first
    k, p, t or s ("menerapkan", "penanganan", "pengelolaan", "menyusun"), so the stem drops an initial k, p
    or t before a vowel wherever it comes from and puts back the s after meny-/peny-: "diterapkan",
    "ditangani", "dikelola" and "disusun" meet their nasal forms, which tell LKE questions apart.
    """
    out = word
    for suf in _SUFFIXES:
        if suf == "i" and out.endswith("si"):
            continue
        if out.endswith(suf) and len(out) - len(suf) >= 4:
            out = out[: -len(suf)]
            break
    out, prefix = _strip_prefix(out, _PREFIXES)
    if prefix:
        out = _strip_prefix(out, _INNER_PREFIXES)[0]
    if prefix in ("meny", "peny") and out[:1] in _VOWELS:
        return "s" + out
    if out[:1] in "kpt" and out[1:2] in _VOWELS and len(out) >= 5:
        return out[1:]
    return out


def _strip_prefix(word: str, prefixes: tuple[str, ...]) -> tuple[str, str]:
    """The word without the first of ``prefixes`` that leaves four letters, and that prefix ("" if none)."""
    for pre in prefixes:
        if word.startswith(pre) and len(word) - len(pre) >= 4:
            return word[len(pre):], pre
    return word, ""


def words(text: str) -> list[str]:
    """Normalised words, spelled-out abbreviations contracted, compounds joined, words run together at a
    case change split."""
    out = f" {contract_abbreviations(_CASE_JOIN_RE.sub(' ', _CAPS_L_RE.sub('I', text)))} "
    for apart, joined in COMPOUNDS.items():
        out = out.replace(f" {apart} ", f" {joined} ")
    return out.split()


def content_stems(text: str) -> list[str]:
    """Stems of the non-stopword tokens, spelled-out abbreviations contracted."""
    return [stem(t) for t in words(text) if t not in STOPWORDS and not t.isdigit()]


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
KEPT = 50_000  # entries a lookup cache holds before it starts afresh


def _kept(cache: dict[K, V], key: K, compute: Callable[[K], V]) -> V:
    """``cache[key]``, computed once; a full cache starts afresh, so a worker's memory stays flat."""
    if key in cache:
        return cache[key]
    if len(cache) >= KEPT:
        cache.clear()
    value = cache[key] = compute(key)
    return value


class _Snapper:
    """Finds the known form an OCR-damaged form stands for: the one sharing its OCR skeleton, else the
    closest by edit ratio. Forms shorter than five letters are too little to go on, save the
    abbreviations the plans live by: "SPlP" and "SRIP" are SPIP (skeleton, or one letter of four off,
    when no other abbreviation is as near)."""

    def __init__(self, known: Iterable[str]) -> None:
        self.known = frozenset(known)
        self.targets = sorted(k for k in self.known if len(k) >= 4 and not k.isdigit())
        self.skeletons: dict[str, str] = {}
        for form in self.targets:
            self.skeletons.setdefault(ocr_skeleton(form), form)
        self.acronyms = sorted(a for a in ABBREVIATIONS if a in self.known and len(a) >= 3)
        self.cache: dict[str, str | None] = {}

    def _acronym(self, form: str) -> str | None:
        if len(form) < 3:
            return None
        same = [a for a in self.acronyms if len(a) == len(form) and ocr_skeleton(a) == ocr_skeleton(form)]
        if not same and len(form) == 4:
            same = [a for a in self.acronyms
                    if len(a) == 4 and sum(x != y for x, y in zip(a, form, strict=True)) == 1]
        return same[0] if len(same) == 1 else None

    def __call__(self, form: str) -> str | None:
        if form in self.known:
            return form
        if form.isdigit():
            return None
        return _kept(self.cache, form, lambda f: self._nearest(f) if len(f) >= 5 else self._acronym(f))

    def _nearest(self, form: str) -> str | None:
        hit = self.skeletons.get(ocr_skeleton(form))
        if hit is None:
            near = process.extractOne(form, self.targets, scorer=fuzz.ratio, score_cutoff=84)
            hit = near[0] if near else None
        return hit


class TokenScorer:
    """Scores how much of a catalogue phrase a text contains, and vice versa."""

    def __init__(self, documents: Iterable[Iterable[str]], variants: Mapping[str, str] = SPELLING_VARIANTS
                 ) -> None:
        texts = [" ".join(d) for d in documents]
        docs = [set(content_stems(t)) for t in texts]
        df: Counter[str] = Counter()
        for d in docs:
            df.update(d)
        n = max(len(docs), 1)
        self.idf: dict[str, float] = {t: math.log(1.0 + n / c) for t, c in df.items()}
        # OCR damage is undone on whole words first, before stemming cuts a damaged word unpredictably;
        # stopwords and variant spellings are known words too, so "Iingkungan" is dropped and "Monitonng"
        # read. A word the catalogue has only inflected otherwise ("sosiaIisasi") is snapped by its stem.
        self._variants = dict(variants)
        self._words = _Snapper({w for t in texts for w in words(t)} | STOPWORDS | set(variants))
        self._stems_known = _Snapper(self.idf)
        self._masses: dict[frozenset[str], float] = {}

    def _read(self, word: str) -> str | None:
        """The stem a word stands for, None for a stopword or a number."""
        snapped = self._words(word)
        if snapped is not None:
            snapped = self._variants.get(snapped, snapped)
            return None if snapped in STOPWORDS or snapped.isdigit() else stem(snapped)
        if word.isdigit():
            return None
        own = stem(word)
        return self._stems_known(own) or own

    def _stems(self, text: str) -> list[str]:
        return [s for s in (self._read(w) for w in words(text)) if s is not None]

    def bag(self, text: str) -> frozenset[str]:
        """Stems of a text, OCR-damaged words snapped to catalogue words: the form overlap() compares."""
        return frozenset(self._stems(text))

    def phrase(self, text: str) -> str:
        """The same stems in reading order, space-joined: for whole-phrase containment tests."""
        return " ".join(self._stems(text))

    def weight(self, token: str) -> float:
        return self.idf.get(token, 0.0)

    def _mass(self, bag: frozenset[str]) -> float:
        """A bag's total weight, kept: every row's bags meet every catalogue phrase."""
        return _kept(self._masses, bag, lambda b: sum(self.weight(t) for t in b))

    def overlap(self, query: frozenset[str], target: frozenset[str]) -> tuple[float, float]:
        """(recall, precision): share of target weight found in query, of known query weight in target."""
        t_w, q_w = self._mass(target), self._mass(query)
        common = sum(self.weight(t) for t in target if t in query)
        recall = common / t_w if t_w else 0.0
        precision = common / q_w if q_w else 0.0
        return recall, precision


WHOLE_LENGTH = 0.8  # share of a name's length a garbled text keeps


class NameSpeller:
    """Which of a few short names a badly OCR'd text spells, judged word by word on the letters.

    Area titles are short and few; OCR of a heavy scan leaves words such as
    "Perububan" that no stem or snap reaches, yet most of their letters are
    right. Each name's words are met by the most alike word
    of the text, weighted by how few codes share the word; a code counts only
    when one of its own words ("perubahan", not "penataan") is plainly there,
    and it wins only clearly ahead of every other code. Where OCR broke or
    garbled every own word ("Tetatah sana", "Sates Mania enam SOM"), the text
    is compared with each name as a whole, letter by letter.
    """

    def __init__(self, names: Mapping[str, Iterable[str]], *, plain: float = 75.0, least: float = 65.0,
                 margin: float = 7.0, whole: float = 70.0, whole_margin: float = 5.0) -> None:
        self.names = {code: [self._words(n) for n in ns] for code, ns in names.items()}
        self.whole_names = {code: [" ".join(ws) for ws in spelled] for code, spelled in self.names.items()}
        self.whole, self.whole_margin = whole, whole_margin
        shared: Counter[str] = Counter()
        for spelled in self.names.values():
            shared.update({w for ws in spelled for w in ws})
        self.weight = {w: math.log(1.0 + len(self.names) / c) for w, c in shared.items()}
        self.own = {w for w, c in shared.items() if c == 1 and len(w) >= 6}
        self.plain, self.least, self.margin = plain, least, margin

    @staticmethod
    def _words(text: str) -> list[str]:
        return [w for w in normalize(text).split() if w not in STOPWORDS and not w.isdigit()]

    def spelled(self, text: str) -> str | None:
        """The code whose name ``text`` spells, or None when none stands out."""
        found = [w for w in self._words(text) if len(w) >= 2]
        if not found:
            return None
        plainly = self._plainly(found)
        scores = sorted(((max(self._score(ws, found, plainly) for ws in spelled), code)
                         for code, spelled in self.names.items()), reverse=True)
        (best, code), runner_up = scores[0], scores[1][0] if len(scores) > 1 else 0.0
        if best >= self.least and best - runner_up >= self.margin:
            return code
        return self._resembled(" ".join(found))

    def _resembled(self, text: str) -> str | None:
        """The code one of whose names the whole text is clearly nearest to, letter by letter.

        OCR damage keeps a name's length; a text much shorter than a name
        ("Manajemen") is part of several names, not a garbled one.
        """
        scores = sorted(((max((fuzz.ratio(text, n) for n in names if len(text) >= WHOLE_LENGTH * len(n)),
                              default=0.0), code)
                         for code, names in self.whole_names.items()), reverse=True)
        (best, code), runner_up = scores[0], scores[1][0] if len(scores) > 1 else 0.0
        return code if best >= self.whole and best - runner_up >= self.whole_margin else None

    def _plainly(self, found: list[str]) -> set[str]:
        """The names' own words that some word of the text stands for: nearer to it than to any other."""
        out = set()
        for f in found:
            near = process.extractOne(f, self.weight.keys(), scorer=fuzz.ratio, score_cutoff=self.plain)
            if near is not None and near[0] in self.own:
                out.add(near[0])
        return out

    def _score(self, name: list[str], found: list[str], plainly: set[str]) -> float:
        if not name or not plainly.intersection(name):
            return 0.0
        alike = {w: max(fuzz.ratio(w, f) for f in found) for w in name}
        return sum(self.weight[w] * alike[w] for w in name) / sum(self.weight[w] for w in name)
