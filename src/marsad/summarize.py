"""Cited extractive summaries: a few sentences per story and per topic, each pointing back to its source span.

Every summary sentence is a sentence of an article's own text (lead, subheading or body lines; never a removed
line), with ``{doc, start, end, text}`` where ``start``/``end`` are offsets into the document's original text.

How sentences are chosen (centroid scoring after Radev et al. 2004, MMR after Carbonell & Goldstein 1998):

1. candidates: every sentence of the own lines of every article (``arabic.split_sentences``), as light-stemmed
   content words (``cluster.terms``); fragments under ``MIN_WORDS`` content words are not candidates;
2. relevance = cosine to the centroid of the pool (TF-IDF, IDF over the pool's sentences)
   + ``TITLE_WEIGHT`` · cosine to the headline words + ``POSITION_WEIGHT`` · 1/√(1 + sentence index in its article);
3. greedy selection by maximal marginal relevance: ``λ·relevance − (1−λ)·max similarity to what is already chosen``,
   and a sentence whose content words are mostly (``REDUNDANT_SHARE``) in an already chosen sentence is never
   taken: wire copies and rewrites say the same thing many times, a summary says it once. A sentence that names
   its speaker only in the sentence before (``quotes.leans_back``: 'وأضاف أن', 'وقال معاليه') is taken only after
   that sentence: alone it would cite somebody nobody can tell.

Topic summaries choose, with the same rule and the topic's centroid, among the best sentences of its stories.

>>> text = "قال الجيش إن المحادثات بدأت في بغداد اليوم. وقال الجيش إن المحادثات بدأت في بغداد. الطقس حار جدا."
>>> [s.text for s in summarize_texts([text], sentences=1)]
['قال الجيش إن المحادثات بدأت في بغداد اليوم.']
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from . import arabic, cluster
from .extract.quotes import leans_back
from .settings import Settings

#: Line kinds whose sentences may enter a summary: the article's own text (title only as the relevance query).
OWN_KINDS = ("lead", "subheading", "body")
#: A sentence needs this many content words to be a candidate (drops captions, labels, "تابعونا" fragments).
MIN_WORDS = 4
TITLE_WEIGHT = 0.3
# News puts the event first. 0.7 was chosen among {0.35, 0.7, 1.2} on EASC's even-numbered articles and checked on
# the odd ones (bench/easc_eval.py): higher weights only copy the lead, lower ones lose ROUGE-2 on both halves.
POSITION_WEIGHT = 0.7
#: MMR trade-off between relevance and novelty (Carbonell & Goldstein use 0.7 for query-free summaries).
MMR_LAMBDA = 0.7
#: Share of a sentence's content words already in a chosen sentence at which it says nothing new.
REDUNDANT_SHARE = 0.6
#: Topic summaries pick among this many best sentences of each of their stories.
TOPIC_POOL_PER_STORY = 8
# Bullet marks that open summary-box lines ("- ..."); cut from the cited span so the sentence starts on a word.
_BULLETS = "-–—•*·▪●"


@dataclass(frozen=True)
class Sentence:
    """A candidate or chosen sentence: ``doc`` is a document id (or text index), offsets into its original text."""

    doc: Any
    start: int
    end: int
    text: str
    position: int  # index of the sentence among its article's own sentences (0 = first)
    terms: tuple[str, ...]
    order: tuple = ()  # chronological sort key: (published, doc, start)
    leans_back: bool = False  # names its speaker only in the sentence before ('وأضاف أن', 'وقال معاليه')

    def as_dict(self) -> dict:
        return {"doc": self.doc, "start": self.start, "end": self.end, "text": self.text}


def sentences_of(doc_id: Any, lines: Iterable[dict], order: tuple = ()) -> list[Sentence]:
    """Candidate sentences of one document's own lines (``[{kind, start, end, text}]`` as in the analysis JSON)."""
    out: list[Sentence] = []
    for line in lines:
        if not isinstance(line, dict) or line.get("kind") not in OWN_KINDS:
            continue
        text, base = line.get("text") or "", line.get("start")
        if not text.strip() or not isinstance(base, int):
            continue
        for s in arabic.split_sentences(text):
            lo = s.start
            while lo < s.end and (text[lo] in _BULLETS or text[lo].isspace()):
                lo += 1
            terms = tuple(cluster.terms(text[lo:s.end]))
            if lo < s.end and len(terms) >= MIN_WORDS:
                out.append(Sentence(doc_id, base + lo, base + s.end, text[lo:s.end], len(out), terms,
                                    (*order, base + lo), leans_back(text[lo:s.end])))
    return out


def rank(pool: Sequence[Sentence], count: int, *, title: str | None = None, max_words: int | None = None,
         centroid_from: Sequence[Sentence] | None = None) -> list[Sentence]:
    """The ``count`` sentences of ``pool`` to show, in choice order (best first), redundancy removed.

    ``max_words``: stop once the chosen sentences hold this many words (the last one may pass it).
    ``centroid_from``: the sentences that define what the pool is about (default: the pool itself).
    """
    if count <= 0 or not pool:
        return []
    basis = centroid_from if centroid_from is not None else pool
    df = Counter(t for s in basis for t in set(s.terms))
    n = len(basis)

    def idf(term: str) -> float:
        return math.log((n + 1) / (df.get(term, 0) + 1)) + 1.0

    vectors = [_unit(_weights(s.terms, idf)) for s in pool]
    centroid: defaultdict[str, float] = defaultdict(float)
    for vec in vectors if basis is pool else (_unit(_weights(s.terms, idf)) for s in basis):
        for t, w in vec.items():
            centroid[t] += w
    centroid_vec = _unit(centroid)
    title_vec = _unit(_weights(tuple(cluster.terms(title)), idf)) if title else {}
    relevance = [_dot(v, centroid_vec) + TITLE_WEIGHT * _dot(v, title_vec)
                 + POSITION_WEIGHT / math.sqrt(1 + s.position) for s, v in zip(pool, vectors, strict=True)]

    chosen: list[int] = []
    max_sim = [0.0] * len(pool)
    words = 0
    alive = set(range(len(pool)))
    # a sentence that leans back on the one before (its speaker named there) waits until that one is chosen
    before = {(s.doc, s.position): i for i, s in enumerate(pool)}
    waiting = {i: before.get((s.doc, s.position - 1)) for i, s in enumerate(pool) if s.leans_back}
    while alive and len(chosen) < count and (max_words is None or words < max_words):
        ready = [i for i in alive if i not in waiting or waiting[i] in chosen]
        if not ready:
            break
        best = max(ready, key=lambda i: (MMR_LAMBDA * relevance[i] - (1 - MMR_LAMBDA) * max_sim[i], -i))
        alive.discard(best)
        chosen.append(best)
        words += len(pool[best].text.split())
        picked, picked_terms = vectors[best], set(pool[best].terms)
        for i in list(alive):
            max_sim[i] = max(max_sim[i], _dot(vectors[i], picked))
            own = set(pool[i].terms)
            if len(own & picked_terms) >= REDUNDANT_SHARE * len(own):
                alive.discard(i)
    return [pool[i] for i in chosen]


def summarize_texts(texts: Sequence[str], sentences: int = 3, *, max_words: int | None = None,
                    title: str | None = None) -> list[Sentence]:
    """Summary of plain texts (one article's paragraphs, or several articles), in text order.

    Each sentence's ``doc`` is the index of its text in ``texts``; offsets are into that text.

    >>> [s.doc for s in summarize_texts(["بدأت المحادثات بين العراق والولايات المتحدة حول التحالف الدولي."])]
    [0]
    """
    pool: list[Sentence] = []
    for i, text in enumerate(texts):
        lines = [{"kind": "body", "start": m.start, "text": m.text} for m in _strip_lines(text)]
        pool.extend(sentences_of(i, lines, order=(i,)))
    return sorted(rank(pool, sentences if max_words is None else len(pool), title=title, max_words=max_words),
                  key=lambda s: s.order)


def summaries(analysis: dict, settings: Settings) -> list[dict]:
    """``summaries`` of the analysis document: ``[{scope: "story"|"topic", id, sentences: [{doc, start, end, text}]}]``.

    Story summaries have ``settings.summary_sentences`` sentences at most, topic summaries
    ``settings.topic_summary_sentences``; sentences are listed in the order of their articles' publication.
    """
    docs = {d["id"]: d for d in analysis.get("documents") or [] if isinstance(d, dict) and "id" in d}
    pools: dict[Any, list[Sentence]] = {}
    for doc_id, d in docs.items():
        pools[doc_id] = sentences_of(doc_id, d.get("lines") or [], order=(d.get("published") or "9999", str(doc_id)))

    out: list[dict] = []
    best_of_story: dict[Any, list[Sentence]] = {}
    story_pool: dict[Any, list[Sentence]] = {}
    for story in analysis.get("stories") or []:
        members = [i for i in story.get("documents") or [] if i in docs]
        pool = [s for i in members for s in pools[i]]
        story_pool[story.get("id")] = pool
        if not pool:
            continue
        # Greedy choice: the first k of a longer ranking are the ranking of k, so one pass serves both.
        ranked = rank(pool, max(TOPIC_POOL_PER_STORY, settings.summary_sentences), title=story.get("title"))
        best_of_story[story.get("id")] = ranked[:TOPIC_POOL_PER_STORY]
        chosen = ranked[:settings.summary_sentences]
        if chosen:
            out.append({"scope": "story", "id": story.get("id"),
                        "sentences": [s.as_dict() for s in sorted(chosen, key=lambda s: s.order)]})
    for topic in analysis.get("topics") or []:
        members = [i for i in topic.get("stories") or [] if i in best_of_story]
        pool = [s for i in members for s in best_of_story[i]]
        basis = [s for i in members for s in story_pool[i]]
        chosen = rank(pool, settings.topic_summary_sentences, title=topic.get("title"), centroid_from=basis)
        if chosen:
            out.append({"scope": "topic", "id": topic.get("id"),
                        "sentences": [s.as_dict() for s in sorted(chosen, key=lambda s: s.order)]})
    return out


def _strip_lines(text: str) -> Iterable[arabic.Sentence]:
    """Non-blank lines of ``text``, stripped, with offsets (the shape the cleaner gives its lines)."""
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lo = pos + len(raw) - len(raw.lstrip())
            yield arabic.Sentence(lo, lo + len(stripped), stripped)
        pos += len(raw) + 1


def _weights(terms: Sequence[str], idf) -> dict[str, float]:
    return {t: (1.0 + math.log(c)) * idf(t) for t, c in Counter(terms).items()}


def _unit(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {t: w / norm for t, w in vec.items()} if norm else {}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())
