"""Incremental grouping of articles into event-level stories and running topics.

Each new article is scored against a few candidate articles found through an inverted index of its most
distinctive terms (never against the whole store), then:

1. it joins the best story whose score is at least ``story_threshold`` and whose articles lie within
   ``story_window_days`` of it, or opens a new story;
2. every other story it also reaches at that level is merged in (the article bridges them);
3. every story it reaches at ``topic_threshold`` within ``topic_window_days`` is linked into the same topic.

The score of two articles mixes what they are about and what text they share:

    score = 0.6 · cosine(TF-IDF of light-stemmed words, title words counted 3×)
          + 0.4 · min(1, 2 · containment of word 3-gram shingles)

Shared shingles are strong evidence of one event (outlets rewrite the same wire copy); TF-IDF catches rewrites
with the same names and numbers. IDF comes from the articles indexed so far, so it sharpens as the store grows.

>>> idx = StoryIndex()
>>> from collections import Counter
>>> a = idx.add("a", Counter({"محادث": 2, "تحالف": 1}), day=738000, shingles=None)
>>> b = idx.add("b", Counter({"محادث": 1, "تحالف": 2}), day=738001, shingles=None)
>>> a.story == b.story
True
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import numpy as np

from . import arabic
from .models import Article

TITLE_WEIGHT = 3  # title words count three times: headlines name the event
COSINE_WEIGHT, SHINGLE_WEIGHT = 0.6, 0.4
QUERY_TERMS = 24  # distinctive terms of a new article used to look up candidates
# Posting lists of terms present in more than this share of the store are too common to find candidates with.
COMMON_TERM_SHARE = 0.05
# A bridging article folds a second story into the one it joins only when it matches that story this much above
# story_threshold too: at the threshold itself, single links chain unrelated stories into one on a busy news day.
MERGE_MARGIN = 0.15


@cache
def stopwords() -> frozenset[str]:
    raw = resources.files("marsad").joinpath("data/stopwords_ar.txt").read_text(encoding="utf-8")
    words = (w.strip() for w in raw.splitlines())
    return frozenset(arabic.light_stem(arabic.normalize(w)) for w in words if w and not w.startswith("#"))


def terms(text: str) -> Iterable[str]:
    """Light-stemmed matching forms of the content words of ``text`` (stop words, 1-letter stems dropped)."""
    stop = stopwords()
    for w in arabic.words(text):
        stem = arabic.light_stem(w)
        if len(stem) > 1 and stem not in stop:
            yield stem


def features(article: Article) -> Counter[str]:
    """Term counts of an article: its content words, its title words counted ``TITLE_WEIGHT`` times."""
    counts = Counter(terms(article.content))
    for t in terms(article.title or ""):
        counts[t] += TITLE_WEIGHT
    return counts


@dataclass(frozen=True)
class Assignment:
    story: str
    topic: str
    score: float  # best score against the story it joined; 0.0 for a new story
    merged_stories: tuple[str, ...] = ()  # stories folded into ``story`` by this article
    merged_topics: tuple[str, ...] = ()  # topics folded into ``topic``


@dataclass
class _Doc:
    id: str
    counts: Counter[str]
    day: int | None
    shingles: np.ndarray | None
    story: str
    vec: dict[str, float] | None = None  # TF-IDF vector, cached
    vec_at: int = 0  # store size when ``vec`` was computed


@dataclass
class _Story:
    id: str
    topic: str
    docs: set[str] = field(default_factory=set)
    days: list[int] = field(default_factory=list)


class StoryIndex:
    """Stories and topics of every article added, with the inverted index that finds candidates."""

    def __init__(
        self,
        story_threshold: float = 0.30,
        story_window_days: int = 4,
        topic_threshold: float = 0.12,
        topic_window_days: int = 730,
        max_candidates: int = 50,
        story_max_span_days: int = 14,
    ) -> None:
        self.story_threshold = story_threshold
        self.story_window_days = story_window_days
        self.topic_threshold = topic_threshold
        self.topic_window_days = topic_window_days
        self.max_candidates = max_candidates
        self.story_max_span_days = story_max_span_days
        self._docs: dict[str, _Doc] = {}
        self._df: Counter[str] = Counter()
        self._postings: defaultdict[str, list[str]] = defaultdict(list)
        self._stories: dict[str, _Story] = {}
        self._topic_parent: dict[str, str] = {}
        self._next_story = 1
        self._next_topic = 1

    # --- scoring ---------------------------------------------------------------------------------------------
    def _idf(self, term: str) -> float:
        return math.log((len(self._docs) + 1) / (self._df[term] + 1)) + 1.0

    def _vector(self, counts: Counter[str]) -> dict[str, float]:
        vec = {t: (1.0 + math.log(c)) * self._idf(t) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    def _vector_of(self, doc: _Doc) -> dict[str, float]:
        """A stored article's vector, recomputed only once the store has doubled since (IDF drifts slowly)."""
        if doc.vec is None or len(self._docs) > 2 * doc.vec_at + 10:
            doc.vec, doc.vec_at = self._vector(doc.counts), len(self._docs)
        return doc.vec

    def score(self, vec: dict[str, float], shingles: np.ndarray | None, other: _Doc) -> float:
        ovec = self._vector_of(other)
        if len(ovec) < len(vec):
            cosine = sum(w * vec.get(t, 0.0) for t, w in ovec.items())
        else:
            cosine = sum(w * ovec.get(t, 0.0) for t, w in vec.items())
        return COSINE_WEIGHT * cosine + SHINGLE_WEIGHT * min(1.0, 2.0 * _containment(shingles, other.shingles))

    def _candidates(self, vec: dict[str, float]) -> list[str]:
        limit = max(50, int(COMMON_TERM_SHARE * len(self._docs)))
        partial: Counter[str] = Counter()
        for term, weight in heapq.nlargest(QUERY_TERMS, vec.items(), key=lambda kv: kv[1]):
            posting = self._postings.get(term)
            if not posting or len(posting) > limit:
                continue
            for doc in posting:
                partial[doc] += weight
        return [doc for doc, _ in partial.most_common(self.max_candidates)]

    # --- updates ---------------------------------------------------------------------------------------------
    def add(self, doc_id: str, counts: Counter[str], day: int | None, shingles: np.ndarray | None) -> Assignment:
        """Place a new article: join, open or merge stories, link topics. ``day`` is a date ordinal or None."""
        if doc_id in self._docs:
            raise ValueError(f"article {doc_id!r} is already in the story index")
        vec = self._vector(counts) if counts else {}
        story_hits: dict[str, float] = {}
        topic_hits: set[str] = set()
        for cand_id in self._candidates(vec):
            cand = self._docs[cand_id]
            s = self.score(vec, shingles, cand)
            gap = abs(day - cand.day) if day is not None and cand.day is not None else 0
            if s >= self.story_threshold and gap <= self.story_window_days and self._fits(cand.story, day):
                story_hits[cand.story] = max(s, story_hits.get(cand.story, 0.0))
            elif s >= self.topic_threshold and gap <= self.topic_window_days:
                topic_hits.add(cand.story)

        if story_hits:
            ranked = sorted(story_hits, key=lambda sid: (-story_hits[sid], sid))
            target = ranked[0]
            merged = tuple(sorted(sid for sid in ranked[1:]
                                  if story_hits[sid] >= self.story_threshold + MERGE_MARGIN))
            for sid in merged:
                self._merge_story(sid, into=target)
            best = story_hits[target]
        else:
            target, merged, best = self._new_story(), (), 0.0

        self._index(_Doc(doc_id, counts, day, shingles, target))
        story = self._stories[target]
        story.docs.add(doc_id)
        if day is not None:
            story.days.append(day)

        merged_topics = []
        for sid in topic_hits:
            if sid in self._stories:
                folded = self._union_topics(self.topic_of(target), self.topic_of(sid))
                if folded:
                    merged_topics.append(folded)
        return Assignment(target, self.topic_of(target), round(best, 4), merged, tuple(sorted(set(merged_topics))))

    def _fits(self, story: str, day: int | None) -> bool:
        """Joining keeps the story within ``story_max_span_days`` from its first to its last article."""
        days = self._stories[story].days
        if day is None or not days:
            return True
        return max(day, max(days)) - min(day, min(days)) <= self.story_max_span_days

    def restore(self, doc_id: str, counts: Counter[str], day: int | None, shingles: np.ndarray | None,
                story: str, topic: str) -> None:
        """Put back an article that a store already placed (used when a store is reopened; no scoring)."""
        self._index(_Doc(doc_id, counts, day, shingles, story))
        if story not in self._stories:
            self._stories[story] = _Story(story, topic)
            self._topic_parent.setdefault(topic, topic)
            self._next_story = max(self._next_story, _number(story) + 1)
            self._next_topic = max(self._next_topic, _number(topic) + 1)
        self._stories[story].docs.add(doc_id)
        if day is not None:
            self._stories[story].days.append(day)

    def _index(self, doc: _Doc) -> None:
        self._docs[doc.id] = doc
        for term in doc.counts:
            self._df[term] += 1
            self._postings[term].append(doc.id)

    def _new_story(self) -> str:
        sid, tid = f"s-{self._next_story}", f"t-{self._next_topic}"
        self._next_story += 1
        self._next_topic += 1
        self._stories[sid] = _Story(sid, tid)
        self._topic_parent[tid] = tid
        return sid

    def _merge_story(self, sid: str, into: str) -> None:
        gone = self._stories.pop(sid)
        keep = self._stories[into]
        for doc_id in gone.docs:
            self._docs[doc_id].story = into
        keep.docs |= gone.docs
        keep.days += gone.days
        self._union_topics(self.topic_of(into), gone.topic)

    def _union_topics(self, a: str, b: str) -> str | None:
        """Fold topic ``b`` into ``a``; returns the folded id, or None when they were one already."""
        ra, rb = self._find_topic(a), self._find_topic(b)
        if ra == rb:
            return None
        keep, fold = (ra, rb) if _number(ra) <= _number(rb) else (rb, ra)
        self._topic_parent[fold] = keep
        return fold

    def _find_topic(self, tid: str) -> str:
        parent = self._topic_parent.setdefault(tid, tid)
        while parent != tid:
            grand = self._topic_parent[parent]
            self._topic_parent[tid] = grand
            tid, parent = parent, grand
        return tid

    # --- reading ---------------------------------------------------------------------------------------------
    def topic_of(self, story: str) -> str:
        return self._find_topic(self._stories[story].topic)

    def story_of(self, doc_id: str) -> str:
        return self._docs[doc_id].story

    def stories(self) -> dict[str, tuple[str, ...]]:
        """Story id -> its article ids (sorted)."""
        return {sid: tuple(sorted(s.docs)) for sid, s in self._stories.items()}

    def topics(self) -> dict[str, tuple[str, ...]]:
        """Topic id -> its story ids (sorted by number)."""
        out: defaultdict[str, list[str]] = defaultdict(list)
        for sid in self._stories:
            out[self.topic_of(sid)].append(sid)
        return {tid: tuple(sorted(sids, key=_number)) for tid, sids in out.items()}

    def __len__(self) -> int:
        return len(self._docs)


def _containment(a: np.ndarray | None, b: np.ndarray | None) -> float:
    if a is None or b is None or not len(a) or not len(b):
        return 0.0
    return len(np.intersect1d(a, b, assume_unique=True)) / min(len(a), len(b))


def _number(ident: str) -> int:
    return int(ident.rsplit("-", 1)[1])
