"""The analysis document: everything a store knows, as one JSON-ready dict (``"schema": "marsad.analysis.v1"``).

Its keys are documented in ``docs/analysis-json.md``; later capabilities add keys, never rename them.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from . import __version__, cluster, compare, dedupe, summarize
from .extract import dates, spans_of
from .extract.entities import entities_json, entity_at, home_kingdom
from .models import Article
from .settings import Settings
from .store import Store

SCHEMA = "marsad.analysis.v1"
EXTRACTION_KINDS = ("dates", "quantities", "quotes", "attributions")


def build(store: Store, settings: Settings | None = None) -> dict[str, Any]:
    """The analysis document of everything in ``store`` (summary lengths and comparison thresholds from ``settings``)."""
    settings = settings or Settings.build()
    extracted = {kind: dict(store.extractions(kind)) for kind in EXTRACTION_KINDS}
    placed = date_from_context(list(store.articles()), extracted["dates"])
    relations = store.relations()
    copies = dedupe.copy_groups((r.doc, r.of) for r in relations)
    duplicate_of = {r.doc: r.of for r in relations}

    documents = [_document(a, story, topic, duplicate_of.get(a.id), sorted(copies.get(a.id, set()) - {a.id}))
                 for a, story, topic in placed]
    stories = _stories(placed)
    analysis: dict[str, Any] = {
        "schema": SCHEMA,
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "marsad_version": __version__,
        "run": store.last_run(),
        "documents": documents,
        "relations": [{"doc": r.doc, "of": r.of, "kind": r.kind, "score": r.score} for r in relations],
        "stories": stories,
        "topics": _topics(stories),
        "rejections": [{"path": r.path, "reason": r.reason, "stage": r.stage} for r in store.rejections()],
    }
    for kind in EXTRACTION_KINDS:
        analysis[kind] = [{"doc": doc, **record} for doc, records in extracted[kind].items() for record in records]
    home = {a.id: country for a, _, _ in placed if (country := home_kingdom(a.url))}  # المملكة in a Saudi outlet
    analysis["entities"] = entities_json(dict(store.extractions("mentions")), {a.id: s for a, s, _ in placed}, home)
    for q in analysis["quotes"]:  # who said it, as an entity of the analysis
        span = q.get("speaker_span")
        q["speaker_entity"] = entity_at(analysis["entities"], q["doc"], *span) if span else None
    analysis.update(compare.compare(analysis, settings))  # facts, numbers, editorial, timeline
    analysis["summaries"] = summarize.summaries(analysis, settings)
    return analysis


STATED = ("metadata", "text")  # where a publication date the page itself gives comes from


def date_from_context(placed: list[tuple[Article, str, str]], dates_by_doc: dict[str, list[dict]]
                      ) -> list[tuple[Article, str, str]]:
    """Pages that state no publication date, placed in time by the dated coverage of their story or topic.

    Many scraped pages carry no date, only "أمس الأربعاء" or "24 من كانون الثاني الجاري". Their story's (else their
    topic's) dated articles say when the event was covered; ``dates.infer_published`` then takes the year from them
    and the day from the page's own weekday cues. A page placed so gets ``published_from = "context"``, and its
    relative dates (``dates_by_doc``, updated in place) are resolved again against that day. Done in two passes so a
    page dated by its topic in the first can place a weekday-only page of its own story in the second.
    """
    articles = {a.id: a for a, _, _ in placed}
    story_docs: defaultdict[str, list[str]] = defaultdict(list)
    topic_docs: defaultdict[str, list[str]] = defaultdict(list)
    for a, story, topic in placed:
        story_docs[story].append(a.id)
        topic_docs[topic].append(a.id)

    def middle_day(doc_ids: list[str], sources: tuple[str, ...]) -> date | None:
        days = sorted(articles[d].published[:10] for d in doc_ids
                      if articles[d].published_from in sources and len(articles[d].published or "") >= 10)
        return date.fromisoformat(days[len(days) // 2]) if days else None

    for second_pass in (False, True):
        for a, story, topic in placed:
            a = articles[a.id]
            if a.published_from in STATED or (second_pass and a.published_from == "context"):
                continue
            in_story = middle_day(story_docs[story], (*STATED, "context") if second_pass else STATED)
            near = in_story or (None if second_pass else middle_day(topic_docs[topic], STATED))
            if near is None:
                continue
            own = [(ln.start, ln.end) for ln in a.lines_of("lead", "body")]
            guess = dates.infer_published(a.text, own, near=near, close=in_story is not None)
            if guess is None or len(guess[0]) < 10:
                continue
            articles[a.id] = replace(a, published=guess[0], published_from="context")
            anchor = date.fromisoformat(guess[0])
            # the spans extraction kept (a weekday inside a person's name is none)
            kept = {(d["start"], d["end"]) for d in dates_by_doc.get(a.id, ())}
            dates_by_doc[a.id] = [d.to_json() for d in dates.find_dates(a.text, spans_of(a), anchor=anchor)
                                  if (d.start, d.end) in kept]
    return [(articles[a.id], story, topic) for a, story, topic in placed]


def _document(a: Article, story: str, topic: str, duplicate_of: str | None, copies: list[str]) -> dict:
    return {
        "id": a.id, "path": a.path, "format": a.format, "encoding": a.encoding,
        "outlet": a.outlet, "url": a.url, "author": a.author, "title": a.title,
        "published": a.published, "published_from": a.published_from,
        "source_credit": a.source_credit, "dateline": a.dateline,
        "lead": a.lead, "subheadings": list(a.subheadings), "body": a.body,
        "lines": [{"no": ln.no, "kind": ln.kind, "start": ln.start, "end": ln.end, "text": ln.text, "reason": ln.reason}
                  for ln in a.lines if ln.kind != "blank"],
        "removed": [{"no": ln.no, "text": ln.text, "reason": ln.reason, "start": ln.start, "end": ln.end}
                    for ln in a.removed],
        "duplicate_of": duplicate_of,
        "wire_copies": copies,
        "story": story, "topic": topic,
    }


def _stories(placed: list[tuple[Article, str, str]]) -> list[dict]:
    members: defaultdict[str, list[Article]] = defaultdict(list)
    topic_of: dict[str, str] = {}
    for article, story, topic in placed:
        members[story].append(article)
        topic_of[story] = topic
    out = []
    for sid, articles in members.items():
        dated = sorted(a.published for a in articles if a.published)
        by_date = sorted(articles, key=lambda a: (a.published is None, a.published or "", a.id))
        title = next((a.title for a in by_date if a.title), None) or _first_words(by_date[0].content)
        out.append({
            "id": sid, "title": title, "documents": [a.id for a in by_date],
            "first_published": dated[0] if dated else None, "last_published": dated[-1] if dated else None,
            "topic": topic_of[sid],
        })
    out.sort(key=lambda s: (-len(s["documents"]), s["first_published"] or "", cluster.id_number(s["id"])))
    return out


def _topics(stories: list[dict]) -> list[dict]:
    by_topic: defaultdict[str, list[dict]] = defaultdict(list)
    for s in stories:
        by_topic[s["topic"]].append(s)
    out = []
    for tid, members in by_topic.items():
        ordered = sorted(members, key=lambda s: (s["first_published"] or "", cluster.id_number(s["id"])))
        biggest = max(members, key=lambda s: len(s["documents"]))
        out.append({"id": tid, "title": biggest["title"], "stories": [s["id"] for s in ordered]})
    out.sort(key=lambda t: (-len(t["stories"]), cluster.id_number(t["id"])))
    return out


def _first_words(text: str, n: int = 12) -> str:
    return " ".join(text.split()[:n])


def write_json(doc: dict[str, Any], path: str | os.PathLike) -> None:
    """Write the analysis document to ``path`` as UTF-8 JSON, streamed (no second copy of it in memory as one
    string) into a temporary file beside it that replaces ``path`` only once complete: an interrupted write never
    leaves a truncated file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
