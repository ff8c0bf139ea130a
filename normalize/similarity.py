"""IDF-weighted, OCR-tolerant token overlap between a cell text and catalogue phrases.

Plain fuzzy ratios over whole strings let frequent words ("evaluasi",
"pelayanan", "kinerja") decide; weighting tokens by how rare they are in the
catalogue makes "WBS" or "gratifikasi" count more than "telah dilakukan".
Tokens are lightly stemmed so "disosialisasikan" meets "sosialisasi", and
unknown tokens are snapped to the nearest catalogue token so "Pelyanan" meets
"pelayanan".
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process

from normalize.text import contract_abbreviations

_STOP_TEXT = """
    a b c d e f g h i j k l m n o p q r s t u v w x y z ii iii iv vi vii viii ix
    dan yang di ke dari pada untuk dengan dalam atas oleh secara serta telah sudah terhadap bagi atau
    ini itu sebagai melalui tentang seluruh setiap lingkungan kpu komisi pemilihan umum kabupaten kota
    provinsi satuan adanya tersedianya terdapat dilakukan melakukan tersebut lainnya antara lain
    para masing baik maupun juga sesuai akan bisa dapat menjadi tahun dll nya sekretariat
"""
STOPWORDS = frozenset(_STOP_TEXT.split())
_PREFIXES = ("meny", "meng", "peny", "peng", "mem", "men", "pem", "pen", "ber", "ter", "per",
             "me", "pe", "di", "ke")
_SUFFIXES = ("nya", "kan", "an", "i")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Strip one Indonesian prefix and one suffix, keeping at least four letters."""
    out = word
    for suf in _SUFFIXES:
        if out.endswith(suf) and len(out) - len(suf) >= 4:
            out = out[: -len(suf)]
            break
    for pre in _PREFIXES:
        if out.startswith(pre) and len(out) - len(pre) >= 4:
            out = out[len(pre):]
            break
    return out


def content_stems(text: str) -> list[str]:
    """Stems of the non-stopword tokens, spelled-out abbreviations contracted."""
    return [stem(t) for t in contract_abbreviations(text).split() if t not in STOPWORDS and not t.isdigit()]


class TokenScorer:
    """Scores how much of a catalogue phrase a text contains, and vice versa."""

    def __init__(self, documents: Iterable[Iterable[str]]) -> None:
        docs = [set(content_stems(" ".join(d))) for d in documents]
        df: Counter[str] = Counter()
        for d in docs:
            df.update(d)
        n = max(len(docs), 1)
        self.idf: dict[str, float] = {t: math.log(1.0 + n / c) for t, c in df.items()}
        self.vocab: list[str] = sorted(self.idf)
        self._vocab_set = frozenset(self.vocab)
        self._snapped: dict[str, str] = {}

    def _snap(self, token: str) -> str:
        """The catalogue token an OCR-damaged token stands for (itself when none is close)."""
        if token in self._vocab_set or len(token) < 5:
            return token
        if token not in self._snapped:
            hit = process.extractOne(token, self.vocab, scorer=fuzz.ratio, score_cutoff=84)
            self._snapped[token] = hit[0] if hit else token
        return self._snapped[token]

    def bag(self, text: str) -> frozenset[str]:
        """Catalogue-snapped stems of a text, the form :meth:`overlap` compares."""
        return frozenset(self._snap(t) for t in content_stems(text))

    def phrase(self, text: str) -> str:
        """Catalogue-snapped stems in reading order, space-joined: for whole-phrase containment tests."""
        return " ".join(self._snap(t) for t in content_stems(text))

    def weight(self, token: str) -> float:
        return self.idf.get(token, 0.0)

    def overlap(self, query: frozenset[str], target: frozenset[str]) -> tuple[float, float]:
        """(recall, precision): share of target weight found in query, of known query weight in target."""
        t_w = sum(self.weight(t) for t in target)
        q_known = [t for t in query if t in self.idf]
        q_w = sum(self.weight(t) for t in q_known)
        common = sum(self.weight(t) for t in target if t in query)
        recall = common / t_w if t_w else 0.0
        precision = common / q_w if q_w else 0.0
        return recall, precision
