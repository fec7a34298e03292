"""Timeline: the dated events of a topic in date order, each with every source that states it.

Every resolved date of a topic's own lines is an event, told by the clause it sits in. Two mentions of the same date
are one event when their clauses say the same thing (rare-word cosine at least ``EVENT_MERGE``); the event then lists
both sources. Dates sort by their start, a coarser date (``2014``) before the finer dates inside it.
"""

from __future__ import annotations

from collections import defaultdict

from .compare import EVENT_MERGE, TopicView, Unit, skeleton, terms_of

NEAR_WORDS = 3  # words each side of a date that say what happened on it
NEAR_MERGE = 0.25  # two mentions of one date with this share of those words in common tell one event


def timeline(view: TopicView) -> list[dict]:
    corpus = view.corpus
    mentions: defaultdict[str, list[tuple[Unit, dict]]] = defaultdict(list)
    for u in view.units:
        for d in u.dates:
            if d.get("value") and d["value"][:4].isdigit():  # a calendar date, not a duration (P18Y)
                mentions[d["value"]].append((u, d))
    events = []
    for value, found in mentions.items():
        near = [_near(corpus, u, d) for u, d in found]
        groups: list[list[int]] = []  # each event is told by its first mention; a mention joins the first event
        for i, (u, _) in enumerate(found):  # whose first mention it matches (no chain of look-alikes)
            for g in groups:
                first = found[g[0]][0]
                if first is u or corpus.similarity(first, u) >= EVENT_MERGE or _dice(near[g[0]], near[i]) >= NEAR_MERGE:
                    g.append(i)
                    break
            else:
                groups.append([i])
        for g in groups:
            events.append(_event(view, value, [found[i] for i in g]))
    events.sort(key=lambda e: (_sort_key(e["date"]), e["sources"][0]["doc"], e["sources"][0]["start"]))
    return events


def _near(corpus, u: Unit, d: dict) -> set[str]:
    """Skeletons of the words right around a date in its clause: what happened then (``تشكل عام 2014``)."""
    left = corpus.text(u.doc, u.line, u.start, d["start"]).split()[-NEAR_WORDS:]
    right = corpus.text(u.doc, u.line, d["end"], u.end).split()[:NEAR_WORDS]
    return {skeleton(t) for t in terms_of(" ".join(left + right))}


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _sort_key(value: str) -> str:
    """``2014`` -> ``2014-00-00`` so a year sorts before the days inside it; a range sorts by its start."""
    first = value.split("/")[0]
    parts = first.split("-") + ["00"] * (3 - len(first.split("-")))
    return "-".join(parts[:3])


def _event(view: TopicView, value: str, members: list[tuple[Unit, dict]]) -> dict:
    corpus = view.corpus
    units = list({id(u): u for u, _ in members}.values())

    def centrality(u: Unit) -> tuple:
        return (sum(corpus.similarity(u, v) for v in units if v is not u), u.kind != "title", len(u.terms))

    rep = max(units, key=centrality)
    stories = sorted({s for u in units if (s := view.story_of(u.doc))})
    sources = []
    for u, d in sorted(members, key=lambda m: (corpus.docs[m[0].doc].get("published") or "", m[0].doc, m[1]["start"])):
        sources.append({"doc": u.doc, "start": u.start, "end": u.end, "text": u.text,
                        "date_text": d["text"], "date_start": d["start"], "date_end": d["end"]})
    return {
        "topic": view.topic, "story": stories[0] if len(stories) == 1 else None, "stories": stories,
        "date": value, "granularity": members[0][1].get("granularity"), "text": rep.text, "sources": sources,
        "documents": sorted({u.doc for u in units}),
    }
