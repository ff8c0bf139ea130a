"""Match an action-plan row to the ZI indicator catalogue (and RB areas of change).

Decrees name indicators in many ways: the 90/2021 names, older 52/2014 and
10/2019 names ("E-Office"), the LKE question text, or only the action. Every
candidate (ZI indicator or RB-only item) is scored on every text cell with an
IDF-weighted token overlap; the KOMPONEN cell counts most. The area named by
the section row boosts, never restricts, because section rows are sometimes
lost with a page. Where KOMPONEN/KEGIATAN is a heading shared by several rows,
it picks the family (area) and the row's own action picks the member
(:func:`_within_heading`). Nothing is forced: below ``MIN_SCORE`` the indicator
is None, and close or contradicted calls are flagged ``needs_review``. The LKE
question (sub-indicator) is then chosen within the indicator from the row's own
cells, and left None when none fits or a cell lists actions for several
(:meth:`Catalogue.sub_indicator`).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from normalize.similarity import NameSpeller, TokenScorer
from normalize.text import normalize
from schemas.records import IndicatorMatch, Role

DATA = Path(__file__).parent / "data" / "zi_catalogue.json"
FIELD_WEIGHTS: dict[Role, float] = {
    Role.KOMPONEN: 1.0, Role.INDIKATOR: 0.8, Role.LANGKAH_AKSI: 0.6, Role.BUKTI: 0.3,
}
MIN_SCORE = 40.0
REVIEW_SCORE = 60.0
REVIEW_MARGIN = 5.0
AREA_HINT_BONUS = 10.0
REFORM_PENALTY = 4.0
RB_ITEM_PENALTY_ZI = 8.0
KEYWORD_BONUS = 5.0
# A row's own text (indikator, langkah aksi) that copies an LKE question or names an indicator outright is
# about that indicator even under a KOMPONEN/KEGIATAN heading naming another: RB programmes such as
# "Penguatan SAKIP" group capaian kinerja, reward and punishment and laporan kinerja items.
COPY_RECALL = 0.8
COPY_PRECISION = 0.5
OWN_TEXT_BONUS = 10.0
OWN_ROLES = (Role.INDIKATOR, Role.LANGKAH_AKSI)
HEADING_WINDOW = 30.0
OWN_MARGIN = 10.0
EVIDENCE_MARGIN = 0.15
LEADER_HOLDS = 0.4
# The LKE question (sub-indicator) is read from the row's own cells (OWN_ROLES); KOMPONEN names the
# indicator, not the question. The question the cells cover best is taken when it fits well enough (SUB_FIT),
# unless a cell lists several actions whose parts point to different questions that fit the row about as well
# (SUB_RIVAL of the best fit): "Menerapkan, monitoring, evaluasi, dan tindak lanjut WBS" gets none.
SUB_FIT = 0.45
SUB_RIVAL = 0.5
SUB_PART_SHARE = 0.3
_LIST_SPLIT_RE = re.compile(r"[,;]|\b(?:dan|serta)\b|\(?\b\d+\s*[.)]", re.IGNORECASE)
_PURPOSE_RE = re.compile(r"\b(?:untuk|guna|agar|supaya|dalam rangka)\b", re.IGNORECASE)
_NUMBERING_RE = re.compile(r"^\s*(?:[ivxlc]+|\d+|[a-z])\s*[.)]?\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    """One candidate: a ZI indicator, or an RB item without a ZI counterpart (indicator_id None)."""

    key: str
    indicator_id: str | None
    area: str
    part: str  # pemenuhan | reform | rb
    names: tuple[frozenset[str], ...]
    questions: tuple[tuple[str, frozenset[str]], ...]
    keywords: tuple[str, ...]
    phrases: tuple[str, ...] = ()  # names as stem phrases (TokenScorer.phrase), two words or more


@dataclass(frozen=True)
class AreaEntry:
    code: str
    name: str
    zi: bool
    names: tuple[frozenset[str], ...]
    keywords: tuple[str, ...]


def _has_phrase(text: str, phrase: str) -> bool:
    """Whole-word occurrence of a normalised phrase in normalised text."""
    return _phrase_pattern(phrase).search(text) is not None


@lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """Compiled once: every row is tested for every keyword of the catalogue."""
    return re.compile(rf"\b{re.escape(phrase)}\b")


def _phrases(item: Mapping[str, object], *keys: str) -> list[str]:
    out: list[str] = []
    for key in keys:
        value = item.get(key)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            out.extend(str(v) for v in value)
    return out


class Catalogue:
    """The versioned indicator catalogue, loaded once (see :func:`load_catalogue`)."""

    def __init__(self, data: Mapping[str, object]) -> None:
        self.version = str(data["version"])
        indicators = list(data["indicators"])  # type: ignore[call-overload]
        rb_items = list(data.get("rb_items", []))  # type: ignore[call-overload]
        areas = list(data["areas"])  # type: ignore[call-overload]
        docs = [_phrases(i, "name", "aliases") + [q["text"] for q in i["questions"]] for i in indicators]
        docs += [_phrases(i, "name", "aliases") for i in rb_items]
        docs += [_phrases(a, "name", "aliases") for a in areas]
        self.scorer = TokenScorer(docs)
        bag = self.scorer.bag

        def names(item: Mapping[str, object]) -> tuple[frozenset[str], ...]:
            return tuple(bag(p) for p in _phrases(item, "name", "aliases"))

        def keywords(item: Mapping[str, object]) -> tuple[str, ...]:
            """Normalised and once each: "survey kepuasan" and "survei kepuasan" are one keyword."""
            return tuple(dict.fromkeys(normalize(k) for k in _phrases(item, "keywords")))

        def phrases(item: Mapping[str, object]) -> tuple[str, ...]:
            found = (self.scorer.phrase(p) for p in _phrases(item, "name", "aliases"))
            return tuple(p for p in found if " " in p)

        self.entries: tuple[Entry, ...] = tuple(
            [Entry(i["id"], i["id"], i["area"], i["part"], names(i),
                   tuple((q["id"], bag(q["text"])) for q in i["questions"]), keywords(i), phrases(i))
             for i in indicators]
            + [Entry(i["id"], None, i["area"], "rb", names(i), (), keywords(i), phrases(i))
               for i in rb_items])
        self.areas: tuple[AreaEntry, ...] = tuple(
            AreaEntry(a["code"], a["name"], bool(a["zi"]), names(a), keywords(a)) for a in areas)
        self.area_speller = NameSpeller({a["code"]: _phrases(a, "name", "aliases") for a in areas})
        self.distinct: dict[str, tuple[tuple[str, dict[str, float]], ...]] = {
            e.key: self._distinct_terms(e) for e in self.entries if len(e.questions) > 1}
        self.names: dict[str, str] = {i["id"]: i["name"] for i in indicators}
        self.area_codes: frozenset[str] = frozenset(a.code for a in self.areas)
        owners: dict[str, set[str]] = {}
        for a in self.areas:
            for name in a.names:
                for term in name:
                    owners.setdefault(term, set()).add(a.code)
        self.area_own_terms: frozenset[str] = frozenset(t for t, codes in owners.items() if len(codes) == 1)

    def area_score(self, text: str) -> tuple[str | None, float, float]:
        """Best area for a section/area text: (code, score 0..100, recall of the area name 0..1).

        Only a name whose own words are in the text counts: "Penataan" alone
        (what OCR left of "Penataan Tatalaksana") begins four areas' names and
        names none of them; the shortest name would win it.
        """
        query = self.scorer.bag(_NUMBERING_RE.sub("", text))
        best: tuple[str | None, float, float] = (None, 0.0, 0.0)
        if not query:
            return best
        for area in self.areas:
            for name in area.names:
                if not query & name & self.area_own_terms:
                    continue
                recall, precision = self.scorer.overlap(query, name)
                score = 100.0 * (0.7 * recall + 0.3 * precision)
                if score > best[1]:
                    best = (area.code, score, recall)
        return best

    def _question_fit(self, query: frozenset[str], question: frozenset[str]) -> float:
        """How well one cell matches one LKE question, 0..1, most of all by covering the question."""
        recall, precision = self.scorer.overlap(query, question)
        return 0.75 * recall + 0.25 * precision

    def _field_score(self, entry: Entry, query: frozenset[str]) -> float:
        """Score 0..1 of one cell against one entry: its names, or a little less, its closest question."""
        best = 0.0
        for name in entry.names:
            recall, precision = self.scorer.overlap(query, name)
            best = max(best, recall * (0.7 + 0.3 * precision))
        sub_score = max((self._question_fit(query, q) for _, q in entry.questions), default=0.0)
        return max(best, 0.9 * sub_score)

    def _distinct_terms(self, entry: Entry) -> tuple[tuple[str, dict[str, float]], ...]:
        """Each question's words that set it apart from the indicator's other questions, weighted the more the
        fewer questions share them: "whistle blowing system" is in every WBS question and says nothing about
        which one a row is about, "evaluasi" in two of three says less than "hasil" in one."""
        n = len(entry.questions)
        spread = Counter(t for _, q in entry.questions for t in q)
        return tuple((qid, {t: self.scorer.weight(t) * math.log(n / spread[t]) for t in q if spread[t] < n})
                     for qid, q in entry.questions)

    def sub_indicator(self, entry: Entry, cells: Mapping[Role, str]) -> str | None:
        """The LKE question of ``entry`` the row's own cells are about; None when none fits or the cells list
        actions for several questions."""
        texts = [cells[r] for r in OWN_ROLES if cells.get(r, "").strip()]
        if not entry.questions or not texts:
            return None
        bags = [self.scorer.bag(t) for t in texts]
        fit = {qid: max(self._question_fit(b, q) for b in bags) for qid, q in entry.questions}
        best = max(fit, key=lambda qid: fit[qid])
        if fit[best] < SUB_FIT:
            return None
        for text in texts:
            parts = (self._part_question(entry, part) for part in _LIST_SPLIT_RE.split(text) if part)
            if len({q for q in parts if q and fit[q] >= SUB_RIVAL * fit[best]}) > 1:
                return None
        return best

    def _part_question(self, entry: Entry, part: str) -> str | None:
        """The one question of ``entry`` whose distinguishing words a part of a cell shares most, on a tie the
        one it covers more of ("evaluasi" is all that tells "Telah dilakukan evaluasi" apart); None unless the
        part carries ``SUB_PART_SHARE`` of them ("penanganan" alone is in four questions of five)."""
        bag = self.scorer.bag(part)
        shared = sorted(((_share(terms, bag), qid) for qid, terms in self.distinct.get(entry.key, ())),
                        reverse=True)
        tied = len(shared) > 1 and shared[1][0] == shared[0][0]
        if not shared or shared[0][0][1] < SUB_PART_SHARE or tied:
            return None
        return shared[0][1]

    def own_text_bonus(self, entry: Entry, query: frozenset[str]) -> float:
        """Bonus for a cell that is mostly one of the entry's LKE questions (most of the question, and the
        question most of the cell), and for one naming the entry outright (every word of a name of two or
        more words); both together are the strongest evidence a row gives."""
        bonus = 0.0
        for question in (q for _, q in entry.questions):
            recall, precision = self.scorer.overlap(query, question)
            if recall >= COPY_RECALL and precision >= COPY_PRECISION:
                bonus += OWN_TEXT_BONUS
                break
        if any(len(name) >= 2 and name <= query for name in entry.names):
            bonus += OWN_TEXT_BONUS
        return bonus

    def evidence(self, entry: Entry, query: frozenset[str], phrase: str) -> float:
        """How plainly one cell is about the entry, 0..1: its share of the closest LKE question, or 1 when
        it names the entry outright (a name of two words or more, as a phrase: "evaluasi ... jabatan" far
        apart in a cell does not name "Evaluasi Jabatan"). ``phrase`` is the cell without its purpose clause:
        in "aplikasi terintegrasi untuk menciptakan efisiensi anggaran" the application is the subject."""
        if any(f" {name} " in f" {phrase} " for name in entry.phrases):
            return 1.0
        return max((self._question_fit(query, question) for _, question in entry.questions), default=0.0)

    def score_entry(self, entry: Entry, bags: Mapping[Role, frozenset[str]], plain: Mapping[Role, str]
                    ) -> float:
        """Score, about 0..100: uncapped so that bonuses still rank, capped when reported."""
        total = weight_sum = peak = 0.0
        for role, query in bags.items():
            weight = FIELD_WEIGHTS[role]
            score = self._field_score(entry, query)
            total += weight * score
            weight_sum += weight
            peak = max(peak, score * (0.6 + 0.4 * weight))
        base = 0.5 * (total / weight_sum if weight_sum else 0.0) + 0.5 * peak
        hits = sum(1.0 if role == Role.KOMPONEN else 0.5
                   for kw in entry.keywords for role, text in plain.items() if _has_phrase(text, kw))
        bonus = min(hits, 2.0) * KEYWORD_BONUS
        bonus += max((self.own_text_bonus(entry, query) for role, query in bags.items() if role in OWN_ROLES),
                     default=0.0)
        return 100.0 * base + bonus


def _share(terms: Mapping[str, float], bag: frozenset[str]) -> tuple[float, float]:
    """(weight of a question's distinguishing words found in a bag, that weight's share of them all)."""
    found = sum(w for t, w in terms.items() if t in bag)
    total = sum(terms.values())
    return found, (found / total if total else 0.0)


@lru_cache(maxsize=2)
def load_catalogue(path: str = str(DATA)) -> Catalogue:
    """The catalogue parsed from its JSON file; cached so it is read once per process."""
    with open(path, encoding="utf-8") as fh:
        return Catalogue(json.load(fh))


def area_from_text(text: str) -> str | None:
    """Area code named by a section row or an Area Perubahan cell, or None when none is clear.

    An area code itself ("PW") is returned as is, so a hint resolved once can be passed on.
    """
    catalogue = load_catalogue()
    if text and text.strip() in catalogue.area_codes:
        return text.strip()
    code, score, _ = catalogue.area_score(text or "")
    if score >= 62.0:
        return code
    # too damaged for its stems to meet the area's name: read it letter by letter
    return catalogue.area_speller.spelled(_NUMBERING_RE.sub("", text or ""))


def _prepare(texts: Mapping[Role, str], catalogue: Catalogue) -> tuple[dict[Role, str], str | None]:
    """Cells that take part in matching, and an area named by the KOMPONEN cell itself (Mataram layout)."""
    cells = {r: t for r, t in texts.items() if r in FIELD_WEIGHTS and t and t.strip()}
    komponen_area = None
    if Role.KOMPONEN in cells:
        code, score, recall = catalogue.area_score(cells[Role.KOMPONEN])
        if code and recall >= 0.9 and score >= 85.0:
            komponen_area = code
            del cells[Role.KOMPONEN]
    return cells, komponen_area


def _rb_area(plain: Mapping[Role, str], catalogue: Catalogue) -> str | None:
    """Area of change suggested by RB activity keywords (JDIH -> DR, SOTK -> OR, ...)."""
    counts = {a.code: sum(1 for text in plain.values() for kw in a.keywords if _has_phrase(text, kw))
              for a in catalogue.areas}
    best = max(counts, key=lambda c: counts[c])
    ordered = sorted(counts.values(), reverse=True)
    return best if ordered[0] > 0 and ordered[0] > ordered[1] else None


@dataclass(frozen=True)
class _Scored:
    """One candidate's standing: on every cell (``score``); for the heading's family also on the row's own
    cells only (``own``) and by how plainly its action names it (``evidence``, see Catalogue.evidence)."""

    score: float
    entry: Entry
    own: float = 0.0
    evidence: float = 0.0


@dataclass(frozen=True)
class _OwnText:
    """The row's own cells (INDIKATOR, LANGKAH AKSI) and its action, the cell that says what is done."""

    bags: Mapping[Role, frozenset[str]]
    plain: Mapping[Role, str]
    action: frozenset[str]
    action_phrase: str


def match_action(texts: Mapping[Role, str], *, area_hint: str | None = None,
                 jenis: str = "rencana_aksi_zi") -> IndicatorMatch:
    """The catalogue indicator (and area) one action row belongs to; None when nothing fits well enough."""
    catalogue = load_catalogue()
    cells, komponen_area = _prepare(texts, catalogue)
    hint_area = area_from_text(area_hint) if area_hint else None
    if hint_area is None:
        hint_area = komponen_area
    if not cells:
        return IndicatorMatch(None, None, hint_area, 0.0, True)
    bags = {role: catalogue.scorer.bag(text) for role, text in cells.items()}
    plain = {role: normalize(text) for role, text in cells.items()}
    is_rb = jenis == "rencana_aksi_rb"
    scored: list[_Scored] = []
    for entry in catalogue.entries:
        score = catalogue.score_entry(entry, bags, plain)
        scored.append(_Scored(max(0.0, score + _prior(entry, hint_area, is_rb)), entry))
    scored.sort(key=lambda s: -s.score)
    own = _own_text(cells, bags, plain, catalogue)
    ranked, own_margin = _within_heading(scored, own, catalogue, hint_area, is_rb) if own else (scored, None)
    match = _decide(ranked, own_margin, hint_area, _rb_area(plain, catalogue) if is_rb else None, is_rb)
    if match.indicator_id is None:
        return match
    return replace(match, sub_indicator_id=catalogue.sub_indicator(ranked[0].entry, cells))


def _own_text(cells: Mapping[Role, str], bags: Mapping[Role, frozenset[str]], plain: Mapping[Role, str],
              catalogue: Catalogue) -> _OwnText | None:
    """The row's own text when it sits under a KOMPONEN/KEGIATAN heading, else None (nothing to weigh)."""
    own_roles = [r for r in OWN_ROLES if r in bags]
    if Role.KOMPONEN not in bags or not own_roles:
        return None
    action = Role.LANGKAH_AKSI if Role.LANGKAH_AKSI in own_roles else Role.INDIKATOR
    return _OwnText({r: bags[r] for r in own_roles}, {r: plain[r] for r in own_roles}, bags[action],
                    catalogue.scorer.phrase(_PURPOSE_RE.split(cells[action], 1)[0]))


def _prior(entry: Entry, hint_area: str | None, is_rb: bool) -> float:
    """What the row's area and the decree's kind say before any text is read."""
    prior = AREA_HINT_BONUS if hint_area and entry.area == hint_area else 0.0
    if entry.part == "reform":
        prior -= REFORM_PENALTY
    if entry.part == "rb" and not is_rb:
        prior -= RB_ITEM_PENALTY_ZI
    return prior


def _within_heading(scored: list[_Scored], own: _OwnText, catalogue: Catalogue, hint_area: str | None,
                    is_rb: bool) -> tuple[list[_Scored], float | None]:
    """Candidates re-ranked so a KEGIATAN/KOMPONEN heading picks the family and the row's own text the member.

    A programme heading ("Penguatan SAKIP", "Sistem Pemerintahan Berbasis Elektronik") is shared by every
    row under it and names one indicator of its area; a row whose own cells name another indicator of that
    area belongs to the other one. Only candidates of the leader's area that stay within ``HEADING_WINDOW``
    of it on all cells compete, so own text never pulls a row out of the area its heading names, and only
    those the row's action (SUB KEGIATAN, RENCANA AKSI) copies or names more plainly than the leader
    ("Melakukan Evaluasi pelaksanaan Rencana Aksi RB" under "Monitoring, Evaluasi dan Pelaporan" stays with
    monitoring: an action carrying ``LEADER_HOLDS`` of a leader's question keeps it).
    An INDIKATOR KEBERHASILAN cell lists measures ("Indeks Kepuasan", "berbasis teknologi informasi") that
    name other indicators without being about them, so it is evidence only when there is no action cell.
    """
    family = [_with_own(s, own, catalogue, hint_area, is_rb) for s in scored
              if s.entry.area == scored[0].entry.area and s.score >= scored[0].score - HEADING_WINDOW]
    leader = family[0]
    if leader.evidence >= LEADER_HOLDS:
        return scored, None
    rivals = [s for s in family if s.evidence >= leader.evidence + EVIDENCE_MARGIN]
    best = max(rivals, key=lambda s: s.own, default=leader)
    if best is leader or best.own < leader.own + OWN_MARGIN:
        return scored, None
    margin = best.own - max(s.own for s in family if s is not best)
    return [best, *(s for s in scored if s.entry.key != best.entry.key)], margin


def _with_own(candidate: _Scored, own: _OwnText, catalogue: Catalogue, hint_area: str | None,
              is_rb: bool) -> _Scored:
    """The candidate with its own-text score and evidence, computed only for the heading's family."""
    entry = candidate.entry
    own_score = catalogue.score_entry(entry, own.bags, own.plain) + _prior(entry, hint_area, is_rb)
    return replace(candidate, own=max(0.0, own_score),
                   evidence=catalogue.evidence(entry, own.action, own.action_phrase))


def _decide(ranked: list[_Scored], own_margin: float | None, hint_area: str | None,
            keyword_area: str | None, is_rb: bool) -> IndicatorMatch:
    """Turn ranked candidates into a match, with review flags and no forced answer.

    A candidate promoted by its own text (see :func:`_within_heading`) is judged close on the own-text
    scale among the heading's family, where it was chosen (``own_margin``); every other on all cells.
    """
    top, rest = ranked[0], ranked[1:]
    margin = own_margin if own_margin is not None else top.score - max((s.score for s in rest), default=0.0)
    score = round(min(100.0, top.score), 1)
    candidates = tuple((s.entry.key, round(min(100.0, s.score), 1)) for s in ranked[:5])
    if score < MIN_SCORE:
        return IndicatorMatch(None, None, hint_area or keyword_area, score, True, candidates)
    best = top.entry
    area = (hint_area or best.area) if is_rb else best.area
    if hint_area and (best.indicator_id is None or hint_area in ("DR", "OR")):
        area = hint_area
    needs_review = (score < REVIEW_SCORE or margin < REVIEW_MARGIN
                    or (hint_area is not None and hint_area != best.area))
    return IndicatorMatch(best.indicator_id, None, area, score,
                          needs_review, candidates)
