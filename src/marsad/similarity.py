"""Story similarity of two articles: how likely they report the same real-world event (1) or are unrelated (0).

The score is a weighted mean of the components the pair can inform, times a time factor:

    words     0.5   cosine of TF-IDF vectors of light-stemmed content words (title words counted 3×, as in the
                    story index); IDF from a bundled background table, or from a collection you pass
    entities  0.3·e cosine of canonical named-entity counts (PERS, ORG, LOC, MISC through ``canonical_name``, so
                    واشنطن meets الولايات المتحدة), each weighted by the IDF of its rarest word; its weight scaled
                    by the evidence e = sqrt(m_a·m_b / ((m_a + P)(m_b + P))) of the two entity masses m (squared
                    norms of the weighted entity vectors) against ``ENTITY_PRIOR`` P, a typical article's mass
    numbers   0.2   overlap coefficient of the quantities and resolved dates both articles state
    time      ×     1 − 0.5·(1 − 2^(−(gap − 1)/7)) for a gap of more than a day between two publication days
                    the pages state (metadata, a date line, or a dateline at the article's opening; a date
                    inferred from the body is a guess and is not used)

A component only one article can speak to (no entity or no number in one of them) is left out and the weights
of the others renormalized: a short wire item without figures says nothing against a report with them. The
entity evidence does the same by degrees: two pages that share their only two names (الصين، كورونا) are not as
alike as two that share ten, so thin entity evidence leaves the decision to the words (an identical copy still
scores 1). A person named right after a byline word at the opening (كتب - معتز عباس:, ``data/clean_bylines.txt``)
wrote the piece: that name counts neither as an entity nor as words (one reporter covers many events).

Weights were chosen by reasoning (words carry most, names next, figures least as they are often absent) and
checked on the 54 Arabic pairs of SemEval-2022 Task 8 (``python bench/semeval_eval.py``, which also prints the
leave-one-out figure of fitting them and an ablation of each addition). ``ENTITY_PRIOR`` was not fitted there: it
is the median entity mass of SaudiNewsNet articles (``--entity-prior``). Also measured there and left out, as they
added at most 0.003 Pearson to this mix (noise on 54 pairs) for their cost: character 4-gram TF-IDF, sentence
embeddings (USE-m3, multilingual E5-small), extra weight on the first words or a lead-only cosine (both lowered
the score), BM25 term saturation, a sharper or flatter IDF, entity types weighted apart (places, persons), entities
matched word by word, word bigrams.

The costly part (entities, quantities, dates) is done once per article by ``profile``; ``compare`` of two
profiles is cheap, so an index can keep profiles and compare many pairs.

>>> from marsad.models import Article, Line
>>> def art(text):
...     return Article("x", "x.txt", text, (Line(1, 0, len(text), text, "body"),))
>>> a = art("قصفت طائرات حربية تركية مواقع لتنظيم داعش في سوريا وقتلت 35 مسلحا")
>>> score(a, a).score
1.0
>>> score(a, art("افتتح وزير التعليم مدرسة جديدة في الرياض")).score
0.0
"""

from __future__ import annotations

import gzip
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from . import arabic, clean, cluster, ingest
from .errors import InputError
from .extract import anchor_of, spans_of
from .models import Article, Rejection
from .settings import Settings

if TYPE_CHECKING:
    from .extract.entities import Recognizer

WEIGHTS: Mapping[str, float] = {"words": 0.5, "entities": 0.3, "numbers": 0.2}
# Time factor: a gap of up to GRACE_DAYS costs nothing (outlets publish a day apart, time zones); past it the
# factor halves every HALF_LIFE_DAYS towards 1 − TIME_WEIGHT. Two reports a month apart with the same words are
# more often a follow-up than the same event, but the words still say they are related: never below 0.5.
TIME_WEIGHT, GRACE_DAYS, HALF_LIFE_DAYS = 0.5, 1, 7.0
# Entity evidence prior, in entity mass (squared norm of the weighted entity vector): the entity component's weight
# is scaled by sqrt(m_a·m_b / ((m_a + P)(m_b + P))), so two articles of this mass count it at half weight. 300 is
# about the median mass of one news article: 312 over a 1% sample of SaudiNewsNet (``python bench/semeval_eval.py
# --entity-prior``), not fitted to the SemEval labels (there 100 / 300 / 1000 give 0.771 / 0.774 / 0.770).
ENTITY_PRIOR = 300.0
# The opening of an article, where a byline (كتب - معتز عباس:) and a dateline (الشهيد الحافظ، 18 يونيو 2020 (واص) -)
# stand, in characters from the start of its first own line (the title too when title and body run together).
OPENING_CHARS = 300
# The recognizer whose names the similarity compares. Its weights (words, entities, numbers; ENTITY_PRIOR) were
# chosen with the CRF's names; with the BiLSTM-CRF the SemEval Pearson is 0.773 (ner-lstm-v2; 0.760 with v1) against
# 0.775 (python bench/semeval_eval.py), though the pipeline's entity layer uses the latter (the entity_model setting).
SIMILARITY_RECOGNIZER = "crf"
IDF_TABLE = "data/similarity_idf.tsv.gz"
TRUSTED_DATES = ("metadata", "text")  # published_from values whose date the time factor uses


# --- IDF -----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Idf:
    """Inverse document frequency of light-stemmed words; ``default`` for a word the table does not hold.

    ``Idf.background()`` is the bundled table (general Arabic, from wordfreq: weight = −log10 of the word's
    frequency); ``Idf.from_documents`` learns one from a collection, which fits a news domain better when the
    collection is large (the story index has one).
    """

    weights: Mapping[str, float]
    default: float

    def __call__(self, term: str) -> float:
        return self.weights.get(term, self.default)

    @staticmethod
    @cache
    def background() -> Idf:
        raw = resources.files("marsad").joinpath(IDF_TABLE).read_bytes()
        weights, cap = {}, 0.0
        for line in gzip.decompress(raw).decode("utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            stem, centibels = line.split("\t")
            weights[stem] = int(centibels) / 100
            cap = max(cap, weights[stem])
        # Stems too rare for the table weigh as the rarest it holds. So does a number of two or more digits:
        # wordfreq stores those with every digit as 0 (its smash_numbers), and looking 12500 up as 00000 made it as
        # common as any figure; measured, that folding changed SemEval by -0.001 Pearson and lowered the
        # same-event pair AP of the story index on the SaudiNewsNet labels (dev 0.606 -> 0.599): a shared figure
        # is evidence.
        return Idf(weights, cap)

    @staticmethod
    def from_documents(documents: Iterable[Iterable[str]]) -> Idf:
        """IDF from the term sets of a collection (smoothed as in the story index: ln((N+1)/(df+1)) + 1).

        >>> idf = Idf.from_documents([{"محادث", "تحالف"}, {"تحالف"}])
        >>> idf("محادث") > idf("تحالف")
        True
        """
        df: Counter[str] = Counter()
        n = 0
        for terms in documents:
            df.update(set(terms))
            n += 1
        weights = {t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}
        return Idf(weights, math.log(n + 1) + 1.0)


# --- profiles ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Profile:
    """What ``compare`` needs of one article: computed once, reusable for any number of pairs."""

    id: str
    words: Mapping[str, float]  # unit-length TF-IDF vector of stems
    entities: Mapping[str, float]  # unit-length weighted vector of canonical entity keys
    numbers: frozenset[str]  # quantity values and resolved date values
    day: int | None  # date ordinal of a stated publication day
    entity_names: Mapping[str, str] = field(default_factory=dict)  # entity key -> canonical name, for display
    entity_mass: float = 0.0  # squared norm of the entity vector before it was made unit-length


def profile(article: Article, idf: Idf | None = None, *, recognizer: Recognizer | None = None) -> Profile:
    """The similarity profile of ``article``: its word and entity vectors, its numbers and its day.

    ``idf`` defaults to the bundled background table; ``recognizer`` to ``SIMILARITY_RECOGNIZER`` (the CRF).
    """
    from .extract import dates, entities, quantities

    idf = idf or Idf.background()
    recognizer = recognizer or entities.load_recognizer(SIMILARITY_RECOGNIZER)
    names: dict[str, str] = {}
    counts: Counter[str] = Counter()
    numbers: set[str] = set()
    words = cluster.features(article)
    for i, (text, spans) in enumerate(_own_texts(article)):
        opening = _opening(article) if i == 0 else None  # the title given as a field has no byline
        for m in entities.find_mentions(text, spans, recognizer=recognizer):
            if opening is not None and (byline := _byline(text, m, opening)):
                words.subtract(cluster.terms(byline))  # "كتب - معتز عباس" says nothing about the event
                continue
            canonical = entities.canonical_name(m.text, m.type)[0]
            key = entity_key(canonical)
            if key:
                counts[key] += 1
                names.setdefault(key, canonical)
        numbers |= {_number_key(q.value) for q in quantities.find_quantities(text, spans)}
        numbers |= {d.value for d in dates.find_dates(text, spans, anchor=anchor_of(article)) if d.value}
    weighted = {k: (1.0 + math.log(c)) * max(idf(s) for s in k.split()) for k, c in counts.items()}
    return Profile(
        id=article.id,
        words=_unit({t: (1.0 + math.log(c)) * idf(t) for t, c in words.items() if c > 0}),
        entities=_unit(weighted),
        numbers=frozenset(numbers),
        day=_stated_day(article),
        entity_names=names,
        entity_mass=sum(w * w for w in weighted.values()),
    )


def entity_key(canonical: str) -> str:
    """A matching key of an entity name: its light-stemmed words (الرئيس الفلسطيني and رئيس فلسطيني meet)."""
    return " ".join(arabic.light_stem(w) for w in arabic.words(canonical))


# --- scoring -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Similarity:
    """A score in [0, 1] and the components it came from (None: the pair could not inform that component)."""

    score: float
    words: float
    entities: float | None
    numbers: float | None
    time: float | None  # the factor applied, None when a publication day is missing
    entity_evidence: float | None = None  # share of its weight the entity component got (thin evidence counts less)
    shared_entities: tuple[str, ...] = ()
    shared_numbers: tuple[str, ...] = ()
    days_apart: int | None = None

    def explain(self) -> list[str]:
        """The components as lines a person reads (``marsad similarity -v``)."""
        def show(x: float | None) -> str:
            return "n/a (not in both articles)" if x is None else f"{x:.2f}"

        lines = [f"words     {show(self.words)}  (weight {WEIGHTS['words']})",
                 f"entities  {show(self.entities)}  (weight {WEIGHTS['entities']}"
                 + (f" × evidence {self.entity_evidence:.2f})" if self.entity_evidence is not None else ")")
                 + (f": {', '.join(self.shared_entities[:12])}" if self.shared_entities else ""),
                 f"numbers   {show(self.numbers)}  (weight {WEIGHTS['numbers']})"
                 + (f": {', '.join(self.shared_numbers[:12])}" if self.shared_numbers else "")]
        if self.time is None:
            lines.append("time      n/a (a publication day is not stated in both articles)")
        else:
            lines.append(f"time      ×{self.time:.2f}  ({self.days_apart} days apart)")
        return lines

    def to_json(self) -> dict:
        return {
            "score": self.score,
            "components": {"words": self.words, "entities": self.entities, "numbers": self.numbers,
                           "time": self.time},
            "entity_evidence": self.entity_evidence,
            "shared_entities": list(self.shared_entities),
            "shared_numbers": list(self.shared_numbers),
            "days_apart": self.days_apart,
        }


def compare(a: Profile, b: Profile, *, entity_prior: float = ENTITY_PRIOR) -> Similarity:
    """Similarity of two profiled articles (symmetric: ``compare(a, b) == compare(b, a)``).

    The entity component weighs ``WEIGHTS["entities"]`` times its evidence, sqrt(m_a·m_b / ((m_a + p)(m_b + p)))
    for entity masses m (``Profile.entity_mass``) and ``p = entity_prior``: two articles naming a typical news
    article's worth of entities each count it at half weight, two that name only الصين and كورونا far less, and
    the words decide. ``entity_prior`` is a parameter to measure that (0 turns it off), not to tune per call.
    """
    parts: dict[str, float] = {"words": _cosine(a.words, b.words)}
    weights = {"words": WEIGHTS["words"]}
    evidence = None
    if a.entities and b.entities:
        ma, mb = a.entity_mass, b.entity_mass
        evidence = math.sqrt(ma * mb / ((ma + entity_prior) * (mb + entity_prior)))
        parts["entities"], weights["entities"] = _cosine(a.entities, b.entities), WEIGHTS["entities"] * evidence
    if a.numbers and b.numbers:
        parts["numbers"] = len(a.numbers & b.numbers) / min(len(a.numbers), len(b.numbers))
        weights["numbers"] = WEIGHTS["numbers"]
    content = sum(weights[k] * v for k, v in parts.items()) / sum(weights.values())
    gap = abs(a.day - b.day) if a.day is not None and b.day is not None else None
    time = None if gap is None else time_factor(gap)
    score = content * (1.0 if time is None else time)
    shared = sorted(set(a.entities) & set(b.entities))
    return Similarity(
        score=_r(score),
        words=_r(parts["words"]),
        entities=_r(parts["entities"]) if "entities" in parts else None,
        numbers=_r(parts["numbers"]) if "numbers" in parts else None,
        time=_r(time) if time is not None else None,
        entity_evidence=_r(evidence) if evidence is not None else None,
        shared_entities=tuple(min(a.entity_names.get(k, k), b.entity_names.get(k, k)) for k in shared),
        shared_numbers=tuple(sorted(a.numbers & b.numbers)),
        days_apart=gap,
    )


def score(a: Article, b: Article, idf: Idf | None = None) -> Similarity:
    """Story similarity of two articles (profiles both, then ``compare``).

    To score many pairs, ``profile`` each article once and ``compare`` the profiles.
    """
    return compare(profile(a, idf), profile(b, idf))


def read_article(path, settings: Settings | None = None) -> Article:
    """The one article in the file at ``path``, read and cleaned as the pipeline does; InputError otherwise."""
    settings = settings or Settings.build()
    docs = ingest.iter_documents([path], max_file_mb=settings.max_file_mb)
    first = next(docs, None)
    if first is None:
        raise InputError(f"{path}: no document found; give a news page (.txt, .html, .json, RSS)")
    if isinstance(first, Rejection):
        raise InputError(f"{first.path}: cannot be read: {first.reason}")
    if next(docs, None) is not None:
        raise InputError(f"{path} holds more than one document; give a file (or folder) with one article")
    article = clean.clean(first)
    if len(article.content) < settings.min_body_chars:
        raise InputError(f"{path}: no article text after cleaning ({len(article.content)} characters, fewer than "
                         f"min_body_chars={settings.min_body_chars})")
    return article


def time_factor(days_apart: int) -> float:
    """1.0 within GRACE_DAYS, then halving every HALF_LIFE_DAYS towards 1 − TIME_WEIGHT.

    >>> time_factor(1), round(time_factor(8), 2), round(time_factor(60), 2)
    (1.0, 0.75, 0.5)
    """
    decay = 2.0 ** (-max(0, days_apart - GRACE_DAYS) / HALF_LIFE_DAYS)
    return 1.0 - TIME_WEIGHT * (1.0 - decay)


# --- helpers -------------------------------------------------------------------------------------------------------
def _own_texts(article: Article) -> list[tuple[str, list[tuple[int, int]] | None]]:
    """The article's own lines; plus its title when it came as a field (JSON, RSS, HTML) rather than a line."""
    texts: list[tuple[str, list[tuple[int, int]] | None]] = [(article.text, spans_of(article))]
    if article.title and not article.lines_of("title"):
        texts.append((article.title, None))
    return texts


def _unit(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / norm for t, v in vec.items()} if norm else {}


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # Summed in a fixed order so that compare(a, b) and compare(b, a) agree to the last bit.
    return min(1.0, sum(w * b[t] for t, w in sorted(a.items()) if t in b))


def _number_key(value: float) -> str:
    return f"{value:g}"


def _opening(article: Article) -> tuple[int, int] | None:
    """The character range of the article's opening: ``OPENING_CHARS`` from the start of its first own line."""
    spans = spans_of(article)
    if not spans:
        return None
    start = min(s for s, _ in spans)
    return start, min(start + OPENING_CHARS, max(e for _, e in spans))


@cache
def _byline_pattern() -> re.Pattern[str]:
    words = sorted(clean.word_list("bylines"))
    # the word, then at most a dash or a colon, right before the name; the word must start a token (المكتب is not كتب)
    return re.compile(rf"(?:^|[^\w])(?:{'|'.join(map(re.escape, words))})\s*[-–—:]?\s*$")


def _byline(text: str, mention, opening: tuple[int, int]) -> str | None:
    """The byline (كتب - معتز عباس) when ``mention`` is a person named in the opening right after a byline word:
    the writer, not an actor of the event; None otherwise."""
    if mention.type != "PERS" or not opening[0] <= mention.start < opening[1]:
        return None
    before = text[max(0, mention.start - 16):mention.start]
    found = _byline_pattern().search(arabic.normalize(before))
    return f"{found.group(0)} {mention.text}" if found else None  # only its terms are used


def _stated_day(article: Article) -> int | None:
    """The publication day the page states: in its metadata or a date line, else in a dateline at its opening.

    An inferred date (the latest date the body mentions) is a guess and is not used; a day-precise date at the
    very opening (الشهيد الحافظ، 18 يونيو 2020 (واص) -, title and body often run together on one line) is the
    dateline the outlet wrote, read with ``dates.infer_published`` over the opening only.
    """
    published = None
    if article.published_from in TRUSTED_DATES and article.published and len(article.published) >= 10:
        published = article.published
    elif article.published_from not in TRUSTED_DATES and (opening := _opening(article)):
        from .extract import dates

        found = dates.infer_published(article.text, [opening])
        published = found[0] if found and len(found[0]) == 10 else None
    if published is None:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def _r(x: float) -> float:
    return round(min(1.0, max(0.0, x)), 4)
