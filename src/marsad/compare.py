"""Compare the sources: what the outlets of a story or topic agree on, from how many independent origins, where their
numbers disagree or drift, what is the writer's own opinion, and the dated events in order.

``compare(analysis, settings)`` takes the analysis document (``marsad.analysis.build``) and returns four lists:

- ``facts``: statements aligned across the articles of each topic (and so across its stories) by what they say:
  light-stemmed content words weighted by rarity, the same quantity with the same counted noun, the same date, the
  same entity. Each fact lists its supporting spans, its documents and its origins; wire copies (the duplicate
  relations) and outlets citing one agency (``نقلت رويترز``, ``المصدر: الجزيرة``) collapse into one origin.
  A statement only one origin carries is a fact too, flagged ``unique``.
- ``numbers``: one measured thing (``150 هجوما`` / ``نحو 150 مرة`` / ``أكثر من 165 هجوما``) read by several outlets,
  each reading with its as-of date; the verdict tells agreement, a disagreement (different values as of the same
  date) and a drift (different values as of different dates).
- ``editorial``: sentences of unattributed evaluation or opinion (``compare_editorial.json``).
- ``timeline``: dated events of each topic in date order, one event per date and statement, with every source.

The units compared are clauses of the article's own lines (title, lead, subheadings, body), never removed debris:
a sentence is cut at ``،`` / ``;`` when both sides say something (``MIN_CLAUSE_TERMS``), so a sentence that states
two things can support two facts. Work is per topic through an inverted index of rare terms, so no step compares all
pairs of a large topic. This module holds the shared nouns (units, the corpus, origins, language data); the stages
are ``facts.py``, ``numbers.py``, ``editorial.py`` and ``timeline.py``.

>>> out = compare(analysis, Settings.build())            # doctest: +SKIP
>>> [(f["documents"], f["independent_origins"]) for f in out["facts"] if not f["unique"]][:1]  # doctest: +SKIP
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import PurePath
from typing import Any
from urllib.parse import urlparse

from . import arabic, dedupe
from .cluster import stopwords
from .extract.ner import clitic_forms, common_word_countries, country_reading, nisba_bases
from .settings import Settings

OWN_KINDS = ("title", "lead", "subheading", "body")
NAMES_ONLY_SHARE = 0.8  # a clause this much inside entity mentions (and with no figure) is names, not a statement
CLAIM_KINDS = ("lead", "body")  # single-origin facts are taken from these; titles restate the body
MIN_CLAUSE_TERMS = 4  # a comma-separated piece with fewer content words stays with its neighbour
MIN_FACT_TERMS = 4  # a unit with fewer content words is not a claim of its own
# A quantity shared by two units links them when their wording also overlaps this much (cosine of rare words):
# two sentences with "2500 جندي" about the same deployment share a few words besides the number; 2500 dollars in
# an unrelated sentence does not.
QUANTITY_MIN_TEXT = 0.10
QUANTITY_BONUS = 0.35  # what a shared, distinctive quantity adds to the similarity of two units
DATE_BONUS = 0.10  # what a shared exact date adds
DISTINCTIVE_VALUE = 20  # a number below this (3 جنود) links units only with its counted noun and the wording
# Candidate pairs come from terms no more common than this share of the topic's units (and at least this many).
# A pair of units is scored only when it shares MIN_SHARED_RARE such terms (or a number): one shared rare word is no
# statement in common, and scoring every pair that shares one is what makes all-pairs comparison slow.
COMMON_TERM_SHARE, COMMON_TERM_FLOOR, COMMON_TERM_CEILING = 0.05, 40, 150
MIN_SHARED_RARE = 2
EVENT_MERGE = 0.35  # two dated statements with the same date and this much wording in common are one event
NUMBER_SAME = 0.18  # context similarity at which two readings of one measure with equal values are compared
NUMBER_DIFFERENT = 0.30  # ... and with different values (a stronger context is needed to call them one thing)
ABOUT_TOLERANCE = 0.05  # "نحو 150" covers 150 ± 5%
PLACE_NAME_SHARE = 0.3  # a word is a place name when this share of the documents using it put a place noun before it
PLACE_MIN_DOCS = 2  # ... in this many documents at least (one "مدينة يستجيب" is no name)


# --- language data ------------------------------------------------------------------------------------------------
def _data(name: str) -> dict:
    return json.loads(resources.files("marsad").joinpath(f"data/{name}").read_text(encoding="utf-8"))


@lru_cache(maxsize=1 << 18)  # news vocabulary repeats: most words are stemmed once
def stem(norm_word: str) -> str:
    """Matching stem of a normalized word: tanween alif dropped (هجوما -> هجوم), then light-stemmed."""
    if len(norm_word) > 3 and norm_word.endswith("ا") and not norm_word.endswith("اا"):
        norm_word = norm_word[:-1]
    # A bare ل/ب proclitic (لصياغة، بحث) is not in light10's prefix list; dropping it when four letters stay makes
    # لصياغة and صياغة one stem. A word that merely starts with those letters loses it on both sides alike.
    if len(norm_word) >= 5 and norm_word[0] in "لب" and norm_word[1] != "ل" and not norm_word.startswith("بال"):
        norm_word = norm_word[1:]
    return arabic.light_stem(norm_word)


def skeleton(stem: str) -> str:
    """A stem without its long vowels after the first letter (تشكيل، تشكل -> تشكل): verb and noun of one root meet."""
    rest = stem[1:].replace("ا", "").replace("و", "").replace("ي", "")
    return stem[0] + rest if len(rest) >= 2 else stem


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(arabic.words(text))


@dataclass(frozen=True)
class _Lexicon:
    editorial: tuple[tuple[tuple[str, ...], float, str], ...]  # (phrase, weight, reason)
    editorial_threshold: float
    measure_of: dict[str, str]  # stem of a counted noun -> measure key
    counters: frozenset[str]
    not_measures: frozenset[str]
    since_cues: tuple[tuple[str, ...], ...]
    as_of_cues: tuple[tuple[str, ...], ...]
    origin_of: dict[tuple[str, ...], str]  # normalized name -> shown name
    speech: frozenset[str]  # speech verbs (normalized), with the clitics و/ف
    attribution_cues: frozenset[str]  # وفق، بحسب، حسب ...
    complementizers: frozenset[str]  # أن، إن ... that open reported content after a speech verb
    strip_words: frozenset[str]  # media nouns dropped before a cited outlet's name (وكالة، صحيفة)
    vague_numbers: frozenset[str]
    places: dict[tuple[str, ...], str]  # country name as normalized words, article written or not -> canonical
    nisbas: dict[str, str]  # nisba adjectives of the gazetteer and the aliases, masculine singular (سوري) -> country
    place_nouns: frozenset[str]  # محافظة، منطقة، جبل ... (normalized, not stemmed: ولاية and ولا differ)
    name_nouns: frozenset[str]  # stems of فئة، عيار، رقم ...: a number after one names, it does not count
    fine_place_nouns: frozenset[str]  # حي، قرية، شارع ... (normalized): places inside a city
    change_verbs: frozenset[str]  # stems of ارتفع، تراجع ...: the number after one is a change, not a level
    position_words: frozenset[str]  # stems of شمال، شرقي ...: a distance before one places, it does not measure
    outcome_of: dict[str, str]  # stem of قتل، أصيب، اعتقل ... -> what happened to the counted (killed, injured ...)


@cache
def lexicon() -> _Lexicon:
    ed = _data("compare_editorial.json")
    phrases = tuple((_phrase(p), float(c["weight"]), c["reason"])
                    for c in ed["categories"].values() for p in c["phrases"])
    me = _data("compare_measures.json")
    measure_of = {}
    for key, forms in me["measures"].items():
        for form in forms:
            measure_of[_stem_phrase(form)] = _stem_phrase(key)
    origins = _data("compare_origins.json")
    origin_of = {_phrase(name): names[0] for names in origins["aliases"] for name in names}
    q = _data("quotes_lexicon.json")
    verbs = {w for group in q["speech_verbs"] + q["relay_verbs"] + ed.get("speech_verbs", []) for w in group.split()}
    verbs |= {w for group in q["participles"] for w in group.split()}
    speech = set()
    for v in map(arabic.normalize, verbs):
        speech |= {v, "و" + v, "ف" + v}
    cues = set()
    for c in q["attribution_cues"]:
        first = arabic.normalize(c.split()[0])
        cues |= {first, "و" + first}
    nums = _data("numbers_words.json")
    places, nisbas = {}, {}
    for row in resources.files("marsad").joinpath("data/entities_gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        cols = row.split("\t")
        if len(cols) < 4 or row.startswith("#"):
            continue
        if cols[3] == "country":  # سوريا، المملكة العربية السعودية
            key = tuple(arabic.words(cols[0]))
            bare = key[0][2:] if key[0].startswith("ال") else key[0]
            for first in (bare, "ال" + bare):  # الجزائر / جزائر
                places.setdefault((first, *key[1:]), cols[2])
        elif cols[3] == "nisba":  # سوري; the builder doubles a final ي (سعودية -> سعوديي): both forms are kept
            adjective = arabic.normalize(cols[0])
            nisbas.setdefault(adjective, cols[2])
            if adjective.endswith("يي"):
                nisbas.setdefault(adjective[:-1], cols[2])
    for row in resources.files("marsad").joinpath("data/entities_aliases.tsv").read_text(encoding="utf-8").splitlines():
        cols = row.split("\t")  # the irregular ones (أمريكي، أميركي، بريطاني), when they point to a country
        if (len(cols) >= 4 and not row.startswith("#") and cols[3] == "nisba"
                and (country := places.get(tuple(arabic.words(cols[1]))))):
            nisbas.setdefault(arabic.normalize(cols[0]), country)
    return _Lexicon(
        editorial=phrases, editorial_threshold=float(ed["threshold"]), measure_of=measure_of,
        counters=frozenset(_stem_phrase(w) for w in me["counters"]),
        not_measures=frozenset(_stem_phrase(w) for w in me["not_measures"]),
        since_cues=tuple(sorted({_phrase(c) for c in me["since_cues"]}, key=len, reverse=True)),
        as_of_cues=tuple(sorted({_phrase(c) for c in me["as_of_cues"]}, key=len, reverse=True)),
        origin_of=origin_of, speech=frozenset(speech), attribution_cues=frozenset(cues),
        complementizers=frozenset(arabic.normalize(w) for w in q["complementizers"]),
        strip_words=frozenset(arabic.normalize(w) for w in q["outlet_types_strip"]),
        vague_numbers=frozenset(arabic.normalize(w) for w in nums["vague"]), places=places, nisbas=nisbas,
        place_nouns=frozenset(arabic.normalize(w) for w in me.get("place_nouns", [])),
        name_nouns=frozenset(_stem_phrase(w) for w in me.get("name_nouns", [])),
        fine_place_nouns=frozenset(arabic.normalize(w) for w in me.get("fine_place_nouns", [])),
        change_verbs=frozenset(_stem_phrase(w) for w in me.get("change_verbs", [])),
        position_words=frozenset(_stem_phrase(w) for w in me.get("position_words", [])),
        outcome_of={stem(arabic.normalize(w)): cls for cls, ws in me.get("outcomes", {}).items() for w in ws},
    )


def _stem_phrase(text: str) -> str:
    return " ".join(stem(w) for w in arabic.words(text))


@cache
def _titles() -> frozenset[str]:
    """Stems of titles and honorifics (الملك، الأمير): after مدينة they name a person, not a place."""
    q = _data("quotes_lexicon.json")
    return frozenset(stem(w) for w in arabic.words(" ".join(q["titles"] + q["roles"])))


@cache
def formula_stems() -> frozenset[str]:
    """Stems of the words of ``compare_formulas.txt`` (condolence and honorific formulas), never content."""
    raw = resources.files("marsad").joinpath("data/compare_formulas.txt").read_text(encoding="utf-8")
    lines = (ln.strip() for ln in raw.splitlines())
    return frozenset(stem(w) for ln in lines if ln and not ln.startswith("#") for w in arabic.words(ln))


@cache
def _non_content() -> frozenset[str]:
    return stopwords() | formula_stems()


def terms_of(text: str) -> list[str]:
    """Content stems of ``text`` (stop words, formula words, one-letter stems and numbers dropped), in order."""
    stop = _non_content()
    out = []
    for w in arabic.words(text):
        if w[:1].isdigit():
            continue
        s = stem(w)
        if len(s) > 1 and s not in stop:
            out.append(s)
    return out


def measure_key(q: dict, unit: Unit | None = None) -> str | None:
    """What a quantity counts, as a key shared by its spellings (جنود/جندي -> جند); None when nothing is named.

    A bare counter (``150 مرة``) takes the event noun right before the number (``للهجوم نحو 150 مرة`` -> هجوم).
    """
    lex = lexicon()
    if q.get("kind") in ("money", "percent"):
        return q.get("unit_norm")
    noun = q.get("unit")
    if not noun and unit is not None:  # "2500 جندي في العراق و900 في سوريا": و900 counts what the number before counts
        before = unit.text[: max(0, q["start"] - unit.start)].rstrip()
        earlier = [r for r in unit.quantities if r["end"] <= q["start"] and r.get("unit")]
        if before.endswith("و") and earlier:
            return measure_key(earlier[-1], unit)
    if not noun:
        return None
    key = " ".join(stem(w) for w in _words(noun))
    if key in lex.counters and unit is not None:
        before = unit.text[: max(0, q["start"] - unit.start)]
        for w in reversed(_words(before)[-3:]):
            s = stem(w)
            for cand in (s, s[1:] if s[:1] in "لب" else s):
                if cand in lex.measure_of:
                    return lex.measure_of[cand]
        return None
    return lex.measure_of.get(key, key)


def _words(text: str) -> list[str]:
    return [w for w in arabic.words(text) if not w[:1].isdigit()]


def places_in(text: str, allow: frozenset[str] = frozenset()) -> set[str]:
    """Countries named in ``text`` (``بالعراق``، ``وسوريا``، ``الولايات المتحدة``, ``التركية``), canonical names.

    Words are matched as written, proclitics off (``ner.clitic_forms``), never by stem: a stem match read ``بن``
    (محمد بن سلمان) as لبنان, ``أو`` as Palau, ``البحر`` as البحرين, ``إمارة`` as الإمارات. Nisba adjectives
    are the gazetteer's and the aliases' (أميركي), read through ``ner.nisba_bases`` (السوريين -> سوري). A country
    name that is also a common word counts where ``ner.country_reading`` reads it as the country (في مالي, not دعم
    مالي); its nisba (``المالية``, also "financial") only when the country is in ``allow`` (the entity layer found
    it in the article: ``Corpus.ambiguous_countries``).

    >>> sorted(places_in("وصل ولي العهد الأمير محمد بن سلمان إلى لبنان وبالعراق"))
    ['العراق', 'لبنان']
    >>> sorted(places_in("أمير منطقة الرياض أو نائبه في البحر")), sorted(places_in("القوات السورية"))
    ([], ['سوريا'])
    """
    lex = lexicon()
    words = arabic.words(text)
    found = set()
    for i, word in enumerate(words):
        name = None
        for form in clitic_forms(word):
            for n in range(min(_PLACE_WORDS, len(words) - i), 0, -1):
                name = lex.places.get((form, *words[i + 1:i + n]))
                if name and n == 1 and not country_reading(words[i - 1] if i else None, _bare(word)):
                    name = None
                if name:
                    break
            if name:
                break
        if name is None:
            name = next((lex.nisbas[b] for b in nisba_bases(word)
                         if b in lex.nisbas and (b not in common_word_countries() or lex.nisbas[b] in allow)), None)
        if name:
            found.add(name)
    return found


_PLACE_WORDS = 6  # the longest country name of the gazetteer, in words


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") else word


def named_places(text: str, known: frozenset[str] | None = None, allow: frozenset[str] = frozenset()) -> set[str]:
    """Places ``text`` names, as stems: its countries (``places_in``), the word after each place noun (``محافظة
    مأرب`` -> مارب، ``مناطق وقرى جبل صبر`` -> صبر), and the names of ``known`` (``Corpus.place_names``: the words
    a corpus uses as names after a place noun) wherever they stand (``في مارب``). Two counts said of different
    named places are two measured things."""
    found = places_in(text, allow)
    words = arabic.words(text)
    found |= set(_names_after_place_nouns(words))
    if known:
        found |= {s for w in words if (s := stem(w)) in known}
    return found


def fine_places(text: str) -> set[str]:
    """Names of the quarters, villages and streets ``text`` names (``بحي العزيزية`` -> عزيزي)."""
    return set(_names_after_place_nouns(arabic.words(text), lexicon().fine_place_nouns))


def _is_place_noun(word: str, nouns: frozenset[str] | None = None) -> bool:
    """``word`` is a place noun of the lexicon, with its clitics (بمحافظة، وفي، والمنطقة، وقرى)."""
    nouns = lexicon().place_nouns if nouns is None else nouns
    for w in (word, word[1:] if word[:1] in "وفبل" else "", word[2:] if word[:2] in ("وب", "فب", "ول", "وف") else ""):
        if w and (w in nouns or (w.startswith("ال") and w[2:] in nouns) or (w.startswith("لل") and w[2:] in nouns)):
            return True
    return False


def _names_after_place_nouns(words: list[str], nouns: frozenset[str] | None = None) -> list[str]:
    stop = stopwords()
    out, i = [], 0
    while i < len(words):
        if _is_place_noun(words[i], nouns):
            j = i + 1
            while j < len(words) and (_is_place_noun(words[j]) or stem(words[j]) in stop):
                j += 1
            if j < len(words) and not words[j][:1].isdigit() and len(s := stem(words[j])) > 1:
                out.append(s)
            i = j
        else:
            i += 1
    return out


# --- units: the clauses of the articles' own lines ---------------------------------------------------------------
@dataclass
class Unit:
    idx: int
    doc: str
    line: int
    kind: str
    start: int
    end: int
    text: str
    sentence: tuple[int, int]  # the whole sentence the clause belongs to
    terms: frozenset[str]
    quantities: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    named: int = 0  # characters of the clause inside entity mentions
    _measures: dict[int, str | None] = field(default_factory=dict)

    @property
    def names_only(self) -> bool:
        """A clause that is names and little else ('والهيئة السعودية للمواصفات والمقاييس والجودة، ومصلحة الجمارك
        العامة', a list item of a sentence): it states nothing, so it is no fact."""
        return not self.quantities and self.named >= NAMES_ONLY_SHARE * len(self.text.strip())

    def measure(self, q: dict) -> str | None:
        """``measure_key`` of one of this unit's quantities (computed once)."""
        if id(q) not in self._measures:
            self._measures[id(q)] = measure_key(q, self)
        return self._measures[id(q)]


_CLAUSE_BREAK = re.compile(r"[،,;؛]\s+")


def units_of(doc: dict) -> list[tuple[int, str, int, int, tuple[int, int]]]:
    """(line no, kind, start, end, sentence span) of the clauses of ``doc``'s own lines, offsets into its text."""
    out = []
    for ln in doc["lines"]:
        if ln["kind"] not in OWN_KINDS:
            continue
        for s in arabic.split_sentences(ln["text"]):
            s_start, s_end = ln["start"] + s.start, ln["start"] + s.end
            pieces, lo = [], 0
            for m in _CLAUSE_BREAK.finditer(s.text):
                pieces.append((lo, m.start()))
                lo = m.end()
            pieces.append((lo, len(s.text)))
            merged: list[list[int]] = []
            for a, b in pieces:
                if merged and (len(terms_of(s.text[a:b])) < MIN_CLAUSE_TERMS
                               or len(terms_of(s.text[merged[-1][0]:merged[-1][1]])) < MIN_CLAUSE_TERMS):
                    merged[-1][1] = b
                else:
                    merged.append([a, b])
            for a, b in merged:
                a = _skip_bullet(s.text, a)
                if a < b:
                    out.append((ln["no"], ln["kind"], s_start + a, s_start + b, (s_start, s_end)))
    return out


def _skip_bullet(text: str, a: int) -> int:
    while a < len(text) and (text[a].isspace() or text[a] in "-–—•*·"):
        a += 1
    return a


# --- origins ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Origin:
    key: str
    name: str
    kind: str  # 'agency' (a cited agency or outlet) | 'copies' (a group of wire copies) | 'outlet'
    #            | 'unknown outlet' (a page whose outlet is not known, named by its credit, site or file name)


def outlet_name(doc: dict) -> str:
    """The outlet of a document: its metadata outlet; when the outlet is unknown (a plain ``.txt`` scrape), what a
    reader can place instead: the page's source credit (``المصدر: الجزيرة``), else its site (``www.okaz.com.sa`` ->
    okaz.com.sa), else its file name (``001_aljazeera.txt`` -> 001_aljazeera); the document id only when none is
    known. ``outlet_known`` tells the two cases apart."""
    if doc.get("outlet"):
        return doc["outlet"]
    credit = (doc.get("source_credit") or "").strip(" \"'«»“”()")
    if credit:
        return credit
    host = urlparse(doc.get("url") or "").netloc
    if host:
        return host.removeprefix("www.")
    path = doc.get("path") or ""
    name = PurePath(path.replace("\\", "/")).stem if path else ""
    return name or doc["id"]


def outlet_known(doc: dict) -> bool:
    """True when the document's outlet comes from its metadata, not from its credit, site or file name."""
    return bool(doc.get("outlet"))


def cited_origin(name: str | None) -> Origin | None:
    """The origin a cited reporter or source credit names (``وكالة رويترز الإخبارية`` -> Reuters), or None."""
    if not name:
        return None
    lex = lexicon()
    words = [w for w in arabic.words(name.replace("لـ", " "))]
    if words and words[0][:1] in "لبو" and words[0][1:] in lex.strip_words:  # لوكالة، بصحيفة
        words[0] = words[0][1:]
    while words and words[0] in lex.strip_words:
        words = words[1:]
    for n in range(len(words), 0, -1):  # the longest known name the mention starts with
        shown = lex.origin_of.get(tuple(words[:n]))
        if shown:
            return Origin("agency:" + shown, shown, "agency")
    if not words or words[0] in {"الانباء", "انباء", "الصحافه", "الاعلام"}:  # "لوكالة الأنباء": no name given
        return None
    shown = " ".join(words)
    return Origin("agency:" + shown, name.strip(" \"'«»“”()"), "agency")


class Origins:
    """Who each statement rests on. Wire copies share one origin; a span attributed to a cited agency rests on it;
    otherwise a document rests on what its credit line or its first sentence cites, else on its own outlet."""

    def __init__(self, analysis: dict):
        self.docs = {d["id"]: d for d in analysis["documents"]}
        self.groups = dedupe.copy_groups((r["doc"], r["of"]) for r in analysis.get("relations", []))
        self.attributions: defaultdict[str, list[dict]] = defaultdict(list)
        for a in analysis.get("attributions", []):
            if cited_origin(a.get("reporter")):
                self.attributions[a["doc"]].append(a)
        self._doc: dict[str, Origin] = {}

    def of_doc(self, doc_id: str) -> Origin:
        if doc_id not in self._doc:
            group = self.groups.get(doc_id)
            if group:
                members = sorted(group, key=lambda d: (self.docs[d].get("published") or "", d))
                own = [self._primary(d) for d in members]
                cited = next((o for o in own if o.kind == "agency"), None)
                origin = cited or Origin("copies:" + members[0],
                                         f"{outlet_name(self.docs[members[0]])} ({len(members)} copies)", "copies")
            else:
                origin = self._primary(doc_id)
            self._doc[doc_id] = origin
        return self._doc[doc_id]

    def of_span(self, doc_id: str, start: int, end: int) -> Origin:
        for a in self.attributions.get(doc_id, ()):
            if start <= a["start"] < end:
                return cited_origin(a["reporter"]) or self.of_doc(doc_id)
        return self.of_doc(doc_id)

    def _primary(self, doc_id: str) -> Origin:
        doc = self.docs[doc_id]
        credit = cited_origin(doc.get("source_credit"))
        if credit:
            return credit
        first = next((ln for ln in doc["lines"] if ln["kind"] == "body"), None)
        if first:
            sentences = arabic.split_sentences(first["text"])
            end = first["start"] + (sentences[0].end if sentences else len(first["text"]))
            for a in self.attributions.get(doc_id, ()):
                if first["start"] <= a["start"] < end:
                    return cited_origin(a["reporter"])  # type: ignore[return-value]
        name = outlet_name(doc)
        if not outlet_known(doc):  # named so a reader can place it, and marked as no known outlet
            return Origin("unknown:" + name, name, "unknown outlet")
        return Origin("outlet:" + name, name, "outlet")


# --- the comparison -----------------------------------------------------------------------------------------------
def compare(analysis: dict[str, Any], settings: Settings) -> dict[str, list[dict]]:
    """``facts``, ``numbers``, ``editorial`` and ``timeline`` of the analysis document (see the module docstring)."""
    from .editorial import editorial  # the stages import this module's shared nouns
    from .facts import facts
    from .numbers import numbers
    from .timeline import timeline

    corpus = Corpus(analysis)
    origins = Origins(analysis)
    out: dict[str, list[dict]] = {"facts": [], "numbers": [], "editorial": [], "timeline": []}
    for topic in analysis.get("topics", []):
        docs = corpus.docs_of_topic(topic["id"])
        if not docs:
            continue
        units = [u for d in docs for u in corpus.units[d]]
        view = TopicView(corpus, topic["id"], units)
        if len({corpus.docs[d]["id"] for d in docs}) > 1:
            out["facts"] += facts(view, origins, settings.fact_threshold)
            out["numbers"] += numbers(view)
        out["timeline"] += timeline(view)
    out["editorial"] = editorial(corpus, analysis.get("quotes", []) + analysis.get("attributions", []))
    for key, prefix in (("facts", "f"), ("numbers", "n")):
        for i, item in enumerate(out[key], start=1):
            item["id"] = f"{prefix}-{i}"
    return out


_QUOTATION = re.compile(r'«[^«»]*»|“[^“”]*”|"[^"]*"')


class Corpus:
    """The analysis document cut into units, with term rarity over all its documents and extractions per unit."""

    def __init__(self, analysis: dict):
        self.docs = {d["id"]: d for d in analysis["documents"]}
        self.lines = {d["id"]: {ln["no"]: ln for ln in d["lines"]} for d in analysis["documents"]}
        self.units: dict[str, list[Unit]] = {}
        self.all_units: list[Unit] = []
        df: Counter[str] = Counter()
        for d in analysis["documents"]:
            mine = []
            for no, kind, start, end, sentence in units_of(d):
                text = self.text(d["id"], no, start, end)
                u = Unit(len(self.all_units), d["id"], no, kind, start, end, text, sentence, frozenset(terms_of(text)))
                mine.append(u)
                self.all_units.append(u)
            self.units[d["id"]] = mine
        self._attach(analysis.get("quantities", []), "quantities")
        self._attach(analysis.get("dates", []), "dates")
        # places below a country the entity layer found (بريدة، عنيزة): doc -> (start, "@id"); countries are read
        # from the gazetteer (places_in), and a country entity carries its capital as a metonym (الرياض)
        self.local_places: defaultdict[str, list[tuple[int, str]]] = defaultdict(list)
        self.mention_spans: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)  # doc -> entity mentions
        # countries whose name is also a common word (مالي), where the entity layer found one: doc -> names
        self.ambiguous_countries: defaultdict[str, frozenset[str]] = defaultdict(frozenset)
        every = frozenset(lexicon().places.get((w,)) for w in common_word_countries())
        for e in analysis.get("entities") or []:  # the entity layer, when the pipeline ran it: variants are one term
            countries = places_in(e.get("canonical") or "", every) if e.get("type") == "LOC" else set()
            local = e.get("type") == "LOC" and not countries
            for doc in {m["doc"] for m in e.get("mentions", [])} if countries & every else ():
                self.ambiguous_countries[doc] |= countries & every
            for m in e.get("mentions", []):
                self.mention_spans[m["doc"]].append((m["start"], m["end"]))
                u = self.unit_at(m["doc"], m["start"])
                if u is not None:
                    u.terms = u.terms | {"@" + str(e["id"])}
                    u.named += min(m["end"], u.end) - m["start"]
                if local:
                    self.local_places[m["doc"]].append((m["start"], "@" + str(e["id"])))
        for d in analysis["documents"]:
            df.update(set().union(*(u.terms for u in self.units[d["id"]])) if self.units[d["id"]] else ())
        n = len(self.docs)
        self._df, self._places = df, None
        self._sentence_words: dict[tuple[str, tuple[int, int]], tuple[str, ...]] = {}
        self.idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
        self.norm = [math.sqrt(math.fsum(self.idf[t] ** 2 for t in u.terms)) or 1.0 for u in self.all_units]
        by_topic: defaultdict[str, list[str]] = defaultdict(list)
        for d in analysis["documents"]:
            by_topic[d.get("topic")].append(d["id"])
        self._by_topic = by_topic

    def place_names(self) -> frozenset[str]:
        """Stems the corpus uses as place names: words that follow a place noun (``محافظة مأرب``، ``منطقة الجوف``)
        in at least ``PLACE_NAME_SHARE`` of the documents that use them at all (and ``PLACE_MIN_DOCS``); a word that only sometimes follows
        one (``مدينة أخرى``، ``مناطق متفرقة``) and titles (``مدينة الملك عبدالله``) are not names."""
        if self._places is None:
            seen: Counter[str] = Counter()
            for units in self.units.values():
                seen.update({s for u in units for s in _names_after_place_nouns(arabic.words(u.text))})
            titles = _titles()
            self._places = frozenset(s for s, c in seen.items() if s not in titles and c >= PLACE_MIN_DOCS
                                     and c >= PLACE_NAME_SHARE * max(c, self._df.get(s, 0)))
        return self._places

    def docs_of_topic(self, topic: str) -> list[str]:
        return self._by_topic.get(topic, [])

    def text(self, doc: str, line: int, start: int, end: int) -> str:
        ln = self.lines[doc][line]
        return ln["text"][start - ln["start"]: end - ln["start"]]

    def sentence_words(self, u: Unit) -> tuple[str, ...]:
        """The matching forms of the words of the whole sentence ``u`` belongs to, a word inside an entity mention
        or a quotation as ``""``: names and the titles around them are what every outlet writes alike, and the
        words of a speaker are what every outlet that quotes the speaker prints."""
        key = (u.doc, u.sentence)
        if key not in self._sentence_words:
            ln = self.lines[u.doc][u.line]
            lo = max(u.sentence[0], ln["start"])
            text = ln["text"][lo - ln["start"]: u.sentence[1] - ln["start"]]
            hidden = [(a - lo, b - lo) for a, b in self.mention_spans.get(u.doc, ()) if a < u.sentence[1] and b > lo]
            hidden += [m.span() for m in _QUOTATION.finditer(text)]
            self._sentence_words[key] = tuple(
                "" if any(a < t.end and b > t.start for a, b in hidden) else t.norm for t in arabic.tokenize(text))
        return self._sentence_words[key]

    def unit_at(self, doc: str, pos: int) -> Unit | None:
        for u in self.units.get(doc, ()):  # a document has tens of units: a scan is cheaper than an index here
            if u.start <= pos < u.end:
                return u
        return None

    def _attach(self, records: Iterable[dict], attr: str) -> None:
        for r in records:
            u = self.unit_at(r["doc"], r["start"])
            if u is not None:
                getattr(u, attr).append(r)

    def similarity(self, a: Unit, b: Unit) -> float:
        shared = a.terms & b.terms
        if not shared:
            return 0.0
        return math.fsum(self.idf[t] ** 2 for t in shared) / (self.norm[a.idx] * self.norm[b.idx])

    def cosine(self, a: Iterable[str], b: Iterable[str]) -> float:
        a, b = set(a), set(b)
        shared = a & b
        if not shared:
            return 0.0
        w = lambda ts: math.sqrt(math.fsum(self.idf.get(t, 1.0) ** 2 for t in ts))  # noqa: E731
        return math.fsum(self.idf.get(t, 1.0) ** 2 for t in shared) / (w(a) * w(b))


class TopicView:
    """The units of one topic with their candidate pairs (units of different documents sharing a rare term)."""

    def __init__(self, corpus: Corpus, topic: str, units: list[Unit]):
        self.corpus, self.topic, self.units = corpus, topic, units
        self._pairs: dict[tuple[int, int], float] | None = None

    def pairs(self) -> dict[tuple[int, int], float]:
        """(unit idx, unit idx) -> text similarity, for every pair that shares a term rare in the topic."""
        if self._pairs is None:
            postings: defaultdict[str, list[Unit]] = defaultdict(list)
            for u in self.units:
                for t in u.terms:
                    postings[t].append(u)
                for q in u.quantities:
                    postings[f"#{q['value']:g}"].append(u)
            cap = max(COMMON_TERM_FLOOR, min(COMMON_TERM_SHARE * len(self.units), COMMON_TERM_CEILING))
            shared: Counter[tuple[int, int]] = Counter()
            for term, members in postings.items():
                if len(members) < 2 or len(members) > cap:
                    continue
                weight = 2 if term[0] == "#" else 1  # a shared number is candidate enough on its own
                for i, a in enumerate(members):
                    for b in members[i + 1:]:
                        if a.doc != b.doc:
                            shared[(a.idx, b.idx) if a.idx < b.idx else (b.idx, a.idx)] += weight
            units = self.corpus.all_units
            self._pairs = {p: self.corpus.similarity(units[p[0]], units[p[1]])
                           for p, n in sorted(shared.items()) if n >= MIN_SHARED_RARE}
        return self._pairs

    def story_of(self, doc: str) -> str | None:
        return self.corpus.docs[doc].get("story")
