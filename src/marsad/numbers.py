"""Numbers: one measured thing read by several outlets, each reading with its as-of date, and a verdict.

Readings are the quantities of a topic's own lines whose counted noun names a measure (``compare_measures.json``:
جنود and جندي are one measure; ``150 مرة`` counts the event noun before it; how many sources spoke and durations
are not measures). Two readings of one measure are one measured thing when their contexts agree: the words right
around the number and the whole clause, weighted by rarity. Equal values need less context (``NUMBER_SAME``) than
different ones (``NUMBER_DIFFERENT``).

The as-of date of a reading is the date its sentence gives the count (``حتى 24 كانون الثاني``), never the start
of the counted period (``منذ منتصف أكتوبر``); else the publication date. Verdict: ``agree`` when every pair of
readings is compatible (``نحو 150`` and ``150``; ``أكثر من 165`` and ``170``), ``disagree`` when two incompatible
readings stand as of the same date, ``drift`` when the values differ only between different as-of dates.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from . import arabic
from .cluster import stopwords
from .compare import (
    ABOUT_TOLERANCE,
    NUMBER_DIFFERENT,
    NUMBER_SAME,
    TopicView,
    Unit,
    lexicon,
    outlet_name,
    places_in,
    skeleton,
    stem,
    terms_of,
)

# Sums of money and percentages are everywhere in business copy (a wage, a turnover, a quarterly loss): they are
# compared only within one event-level story, counts across the stories of a topic too.
LOCAL_KINDS = ("money", "percent")
WINDOW_TERMS = 8  # words each side of a number that say what it counts
# Context of a reading: its whole sentence (weight SENTENCE_WEIGHT) and the words around the number (the rest).
SENTENCE_WEIGHT = 0.5
# Two different values in one group must come from sentences with this share of words in common at least.
COMPATIBLE_SENTENCES = 0.20
# Outlets that disagree on a count as of one day give values of one order: readings further apart than this factor
# (403 million and 4 billion riyals) are two measured things. Over time a count may grow further (a death toll).
MAX_RATIO = 3.0
MAX_GROWTH = 10.0  # ... and as of different days (21,601 and 21.601 are a thousands separator read two ways)
NEAR_DIFFERENT = 0.40  # share of the words around two different values needed to call them one measured thing


def numbers(view: TopicView) -> list[dict]:
    corpus = view.corpus
    lex = lexicon()
    readings: defaultdict[str, list[tuple[Unit, dict]]] = defaultdict(list)
    for u in view.units:
        for q in u.quantities:
            key = u.measure(q)
            if key and key not in lex.not_measures and key not in stopwords() and len(key) > 1:
                readings[key].append((u, q))
    sentence_terms: dict[tuple[str, tuple[int, int]], set[str]] = {}

    def terms_of_sentence(u: Unit) -> set[str]:
        k = (u.doc, u.sentence)
        if k not in sentence_terms:
            sentence_terms[k] = {skeleton(t) for t in terms_of(corpus.text(u.doc, u.line, *u.sentence))}
        return sentence_terms[k]

    out = []
    for key, found in readings.items():
        if len({u.doc for u, _ in found}) < 2:
            continue
        windows = [_window(corpus, u, q) for u, q in found]
        local = [{skeleton(t) for t in terms_of(w)} for w in windows]
        where = [places_in(w) or places_in(corpus.text(u.doc, u.line, *u.sentence))
                 for w, (u, _) in zip(windows, found, strict=True)]
        per_sentence = Counter((u.doc, u.sentence) for u, _ in found)
        crowded = [per_sentence[u.doc, u.sentence] > 1 for u, _ in found]
        vague = [_is_vague(q) for _, q in found]
        dated = [as_of(view, u, q)[0] for u, q in found]
        intervals = [_interval(q) for _, q in found]
        edges, compatible = [], set()
        for i in range(len(found)):
            for j in range(i + 1, len(found)):
                ua, ub = found[i][0], found[j][0]
                if ua.doc == ub.doc or vague[i] != vague[j]:
                    continue  # "مئات الجنود" is no reading of "2500 جندي"
                if found[i][1].get("kind") in LOCAL_KINDS and view.story_of(ua.doc) != view.story_of(ub.doc):
                    continue
                sentence = _dice(terms_of_sentence(ua), terms_of_sentence(ub))
                near = _dice(local[i], local[j])
                ctx = SENTENCE_WEIGHT * sentence + (1 - SENTENCE_WEIGHT) * near
                if _overlap(intervals[i], intervals[j]):
                    linked = ctx >= NUMBER_SAME
                elif _ratio(found[i][1], found[j][1]) > (MAX_RATIO if dated[i] == dated[j] else MAX_GROWTH):
                    continue  # 5 people and 80 million as of one day are two measured things, not a disagreement
                elif crowded[i] or crowded[j]:
                    continue  # "منها 82 عينة من المياه و56 عينة من زيت الزيتون": a list, each count its own thing
                else:  # a different value must be said of the same thing: the words around the numbers agree
                    linked = ctx >= NUMBER_DIFFERENT and near >= NEAR_DIFFERENT
                    if linked or sentence >= COMPATIBLE_SENTENCES:
                        compatible.add((i, j))
                if linked:
                    edges.append((ctx, i, j))
        for group in _consistent_groups(edges, where, found, intervals, compatible):
            members = [found[i] for i in sorted(group)]
            if len({u.doc for u, _ in members}) >= 2:
                out.append(_comparison(view, key, members))
    order = {"disagree": 0, "drift": 1, "agree": 2}
    out.sort(key=lambda n: (order[n["verdict"]], -len(n["readings"])))
    return out


def _consistent_groups(edges: list[tuple[float, int, int]], where: list[set[str]], found: list[tuple[Unit, dict]],
                       intervals: list[tuple[float, float]], linked: set[tuple[int, int]]) -> list[set[int]]:
    """Groups of readings joined by their links, strongest first. Two groups join only when the countries named
    around their numbers agree (2500 soldiers in Iraq, 900 in Syria), when every two different values across them
    come from sentences that say much the same (no chain of equal values carries a 750 riyal wage next to an 84
    billion riyal turnover), and when no article would then give the measured thing two values (15.5% and 84.5% of
    one sentence)."""
    member: dict[int, int] = {}
    groups: dict[int, set[int]] = {}
    for _, a, b in sorted(edges, reverse=True):
        ga, gb = member.get(a, a), member.get(b, b)
        if ga == gb:
            continue
        A, B = groups.get(ga, {a}), groups.get(gb, {b})
        if any(where[x] and where[y] and not where[x] & where[y] for x in A for y in B):
            continue
        if any(not _overlap(intervals[x], intervals[y])
               and (found[x][0].doc == found[y][0].doc or (min(x, y), max(x, y)) not in linked)
               for x in A for y in B):
            continue
        groups.pop(ga, None)
        groups.pop(gb, None)
        merged = A | B
        key = min(merged)
        groups[key] = merged
        for x in merged:
            member[x] = key
    return list(groups.values())


def _ratio(a: dict, b: dict) -> float:
    lo, hi = sorted((abs(float(a["value"])), abs(float(b["value"]))))
    return hi / lo if lo else math.inf


def _is_vague(q: dict) -> bool:
    return any(w in lexicon().vague_numbers for w in arabic.words(q.get("text", "")))


def _dice(a: set[str], b: set[str]) -> float:
    """Share of words two contexts have in common. Unweighted on purpose: within a topic the words every article
    uses (القوات، العراق) are exactly what says two counts measure the same thing."""
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _window(corpus, u: Unit, q: dict) -> str:
    """The text around ``q`` in its sentence, up to the neighbouring quantities, ``WINDOW_TERMS`` words each side
    at most; the words before a second number of a sentence belong to the first one."""
    s_lo, s_hi = u.sentence
    siblings = [r for v in corpus.units[u.doc] if v.sentence == u.sentence for r in v.quantities if r is not q]
    before = [r["end"] for r in siblings if r["end"] <= q["start"]]
    after = [r["start"] for r in siblings if r["start"] >= q["end"]]
    lo = q["start"] if before else s_lo
    hi = min(after) if after else s_hi
    left = corpus.text(u.doc, u.line, lo, q["start"]).split()[-WINDOW_TERMS:]
    right = corpus.text(u.doc, u.line, q["end"], hi).split()[:WINDOW_TERMS]
    return " ".join(left + right)


def _interval(q: dict) -> tuple[float, float]:
    v, top = float(q["value"]), q.get("value_max")
    if _is_vague(q):  # مئات: hundreds, not 100
        return 2 * v, 10 * v - 1
    if top is not None:
        return v, float(top)
    return {
        "about": (v * (1 - ABOUT_TOLERANCE), v * (1 + ABOUT_TOLERANCE)),
        # "أكثر من 78 ألف" and "78 ألف" are one rounded figure in news copy: the bound itself is kept
        "more than": (v, math.inf),
        "at least": (v, math.inf),
        "less than": (0.0, v),
        "at most": (0.0, v),
    }.get(q.get("qualifier") or "", (v, v))


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def as_of(view: TopicView, u: Unit, q: dict) -> tuple[str | None, str]:
    """(ISO date the count stands at, where it came from: 'sentence' | 'published')."""
    corpus = view.corpus
    lex = lexicon()
    ln = corpus.lines[u.doc][u.line]
    s_lo, s_hi = u.sentence
    best: tuple[int, str] | None = None
    for other in corpus.units[u.doc]:
        if other.sentence != u.sentence:
            continue
        for d in other.dates:
            if not d.get("value") or d.get("kind") in ("duration", "era") or not (s_lo <= d["start"] < s_hi):
                continue
            before = tuple(arabic.words(ln["text"][max(0, s_lo - ln["start"]): d["start"] - ln["start"]]))
            if _ends_with(before, lex.since_cues):
                continue
            if _ends_with(before, lex.as_of_cues):
                rank = 0
            elif other is u and d.get("granularity") in ("day", "range"):
                rank = 1  # "قتل 3 جنود أمس": a day named beside the count; "عام 2014" there dates another event
            else:
                continue
            if best is None or rank < best[0]:
                best = (rank, d["value"])
    if best:
        return best[1], "sentence"
    published = corpus.docs[u.doc].get("published")
    return (published[:10] if published else None), "published"


def _ends_with(words: tuple[str, ...], cues: tuple[tuple[str, ...], ...]) -> bool:
    """True when ``words`` end with one of ``cues``; the cue's first word may carry و/ف (ومنذ)."""
    for cue in cues:
        n = len(cue)
        if len(words) < n or words[len(words) - n + 1:] != cue[1:]:
            continue
        first = words[-n]
        if first == cue[0] or (first[:1] in "وف" and first[1:] == cue[0]):
            return True
    return False


def _comparison(view: TopicView, key: str, members: list[tuple[Unit, dict]]) -> dict:
    corpus = view.corpus
    members = sorted(members, key=lambda m: (corpus.docs[m[0].doc].get("published") or "", m[0].doc, m[1]["start"]))
    readings = []
    for u, q in members:
        date, source = as_of(view, u, q)
        readings.append({
            "doc": u.doc, "outlet": outlet_name(corpus.docs[u.doc]), "value": q["value"], "value_max": q.get("value_max"),
            "qualifier": q.get("qualifier"), "text": q["text"], "start": q["start"], "end": q["end"],
            "as_of": date, "as_of_from": source,
            "sentence": {"line": u.line, "start": u.sentence[0], "end": u.sentence[1],
                         "text": corpus.text(u.doc, u.line, *u.sentence)},
        })
    verdict = "agree"
    intervals = [_interval(q) for _, q in members]
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            if members[i][0].doc == members[j][0].doc or _overlap(intervals[i], intervals[j]):
                continue
            if readings[i]["as_of"] == readings[j]["as_of"]:
                verdict = "disagree"
            elif verdict == "agree":
                verdict = "drift"
    stories = sorted({s for u, _ in members if (s := view.story_of(u.doc))})
    counters = lexicon().counters
    nouns = [q["unit"] for _, q in members if q.get("unit") and stem(arabic.normalize(q["unit"])) not in counters]
    shown = arabic.remove_diacritics(max(nouns, key=nouns.count)) if nouns else key
    return {
        "id": None, "story": stories[0] if len(stories) == 1 else None, "stories": stories, "topic": view.topic,
        "measure": shown, "measure_key": key, "readings": readings, "verdict": verdict,
    }
