"""Static right-to-left HTML report from an analysis document (``marsad.analysis.v1``).

``write_html(analysis, out_dir)`` writes ``index.html`` (run summary, topics, stories, rejections,
duplicate relations; paginated as ``index-2.html``... when there are many stories), one page per story
under ``stories/``, one per topic under ``topics/`` and ``rejections.html`` / ``relations.html`` with the
full lists. Pages are plain HTML with inline CSS: no JavaScript, no web fonts (reports are opened offline).

A story page shows, when the analysis has them, the cited summary, the facts with how many outlets and independent
origins confirm them, the claims only one outlet carries, number comparisons, editorial sentences and the dated
events; every cited sentence links to its span in the article text, which is highlighted when followed
(``span_anchor``). A topic page shows the topic summary and timeline.

Example::

    >>> analysis = {"schema": "marsad.analysis.v1", "documents": [
    ...     {"id": "a", "title": "عنوان", "body": "فقرة", "story": "s-1"}],
    ...     "stories": [{"id": "s-1", "title": "عنوان", "documents": ["a"]}]}
    >>> write_html(analysis, tmp).name                                   # doctest: +SKIP
    'index.html'
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from marsad.errors import InputError, SettingsError

SCHEMA = "marsad.analysis.v1"

#: Where a published date came from, in Arabic, with the tooltip text shown on hover.
PUBLISHED_FROM = {
    "metadata": ("من بيانات الصفحة", "التاريخ مأخوذ من بيانات الصفحة الوصفية (meta/JSON-LD/الخلاصة)"),
    "text": ("من نص الصفحة", "التاريخ مكتوب صراحة في نص الصفحة"),
    "inferred": ("مُستنتَج", "التاريخ مستنتج من إشارات نسبية في النص (مثل «أمس الأربعاء»)"),
    "context": ("مُستنتَج من التغطية", "لا تاريخ في الصفحة: حُدّد من تواريخ المقالات المؤرخة في القصة أو الموضوع نفسه ومن إشارات النص (مثل «أمس الأربعاء»)"),
}

#: Counted nouns in Arabic, by CLDR plural category of the number (zero/other use the "other" form):
#: one, two, few (n % 100 in 3..10: plural), many (n % 100 in 11..99: singular accusative), other (singular).
#: Source: CLDR language plural rules for "ar" (unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html).
COUNTED = {
    "article": ("مقال واحد", "مقالان", "مقالات", "مقالًا", "مقال"),
    "outlet": ("منفذ واحد", "منفذان", "منافذ", "منفذًا", "منفذ"),
    "story": ("قصة واحدة", "قصتان", "قصص", "قصة", "قصة"),
    "line": ("سطر واحد", "سطران", "أسطر", "سطرًا", "سطر"),
    "copy": ("نسخة واحدة", "نسختان", "نسخ", "نسخة", "نسخة"),
    "origin": ("مصدر مستقل واحد", "مصدران مستقلان", "مصادر مستقلة", "مصدرًا مستقلًا", "مصدر مستقل"),
    "claim": ("ادعاء واحد", "ادعاءان", "ادعاءات", "ادعاءً", "ادعاء"),
    # after a preposition (genitive): only the dual changes its ending
    "origin_gen": ("مصدر مستقل واحد", "مصدرين مستقلين", "مصادر مستقلة", "مصدرًا مستقلًا", "مصدر مستقل"),
}

#: The cleaner's removal reasons (``clean.py``) in Arabic; the English reason stays as the tooltip.
REMOVAL_REASONS = {
    "separator line": "سطر فاصل",
    "embedded tweet": "تغريدة مضمّنة",
    "keyword line": "سطر كلمات دلالية",
    "hashtag line": "سطر وسوم",
    "share buttons": "أزرار المشاركة",
    "navigation menu": "قائمة تصفح",
    "page footer": "تذييل الصفحة",
    "summary header": "عنوان صندوق الملخص",
    "publication-date line": "سطر تاريخ النشر",
    "source credit": "سطر المصدر",
    "read-also block": "كتلة «اقرأ أيضًا»",
    "unrelated to the article (read-also continuation)": "لا صلة له بالمقال (تتمة «اقرأ أيضًا»)",
    "site name": "اسم الموقع",
    "masthead repeated at top": "ترويسة مكررة أعلى الصفحة",
    "repeated title": "عنوان مكرر",
    "repeated line": "سطر مكرر",
    "photo caption": "تعليق على صورة",
    "page furniture after the article": "عناصر الصفحة بعد المقال",
    "page furniture above the title": "عناصر الصفحة فوق العنوان",
    "label before the article": "تصنيف قبل المقال",
    "dateline line": "سطر مكان الخبر",
}
_NUMBERED_REASONS = ((re.compile(r"truncated copy of line (\d+)"), "نسخة مبتورة من السطر {}"),
                     (re.compile(r"pull quote repeating line (\d+)"), "اقتباس بارز يكرر السطر {}"))

#: Verdicts of a number comparison (``numbers[].verdict``): label and explanation.
VERDICTS = {
    "agree": ("متفقة", "المنافذ تذكر القيمة نفسها"),
    "disagree": ("متعارضة", "قيم مختلفة للشيء نفسه في التاريخ نفسه تقريبًا: خلاف بين المصادر"),
    "drift": ("تغيّرت مع الوقت", "القيم تختلف لأن كلًّا منها يصف تاريخًا مختلفًا: تطور لا تناقض"),
}

#: Highlight classes of cited spans in the article text, by what cites them.
CITE_CLASSES = ("summary", "fact", "number", "editorial", "event")

#: Line kinds that belong to the article's readable text, in page order.
READABLE_KINDS = ("lead", "subheading", "body")

_SAFE_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]{0,79}")
_UNSAFE_CHARS = re.compile(r"[^A-Za-z0-9_-]+")
# Device names Windows refuses as file names whatever the extension (Microsoft, "Naming Files, Paths, and Namespaces").
_WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                               *(f"lpt{i}" for i in range(1, 10))})

#: File stem for documents that no story claims; starts with "_" so no story id can map onto it.
UNASSIGNED = "_unassigned"


def write_html(analysis: dict, out_dir: str | os.PathLike, *, page_size: int = 500,
               inline_limit: int = 50) -> Path:
    """Render ``analysis`` into ``out_dir`` and return the path of ``index.html``.

    page_size: stories listed per index page (default 500).
    inline_limit: rejections and relations shown on the first index page before linking to the full list (default 50).

    >>> write_html({"schema": "marsad.analysis.v1", "documents": []}, "/tmp/r")   # doctest: +SKIP
    PosixPath('/tmp/r/index.html')
    """
    if not isinstance(analysis, dict) or "documents" not in analysis:
        raise InputError("analysis must be a dict with a 'documents' list (schema marsad.analysis.v1); "
                          "build it with marsad.analysis.build(store)")
    if page_size < 1:
        raise SettingsError(f"page_size must be at least 1, got {page_size}")
    out = Path(out_dir)
    (out / "stories").mkdir(parents=True, exist_ok=True)
    env = _environment()

    docs = {d["id"]: d for d in analysis.get("documents") or [] if isinstance(d, dict) and d.get("id") is not None}
    stories = _stories_with_orphans(analysis.get("stories") or [], docs)
    story_file = _story_files(stories)
    doc_story = {doc_id: s["id"] for s in stories for doc_id in s["documents"] if doc_id in docs}
    facts = _facts_by_doc(analysis)
    cites = _Citations(docs)
    compared = _comparisons(analysis, cites)
    entities = [e for e in analysis.get("entities") or [] if isinstance(e, dict)]
    entities_by_doc = defaultdict(list)
    for e in entities:
        for doc_id in e.get("documents") or []:
            entities_by_doc[doc_id].append(e)

    def doc_href(doc_id: Any, prefix: str = "") -> str | None:
        story_id = doc_story.get(doc_id)
        if story_id is None:
            return None
        return f"{prefix}stories/{story_file[story_id]}#{anchor(doc_id)}"

    def cite_href(doc_id: Any, start: Any, end: Any, prefix: str = "") -> str | None:
        """Link to the highlighted span of a document, else to the document."""
        page = doc_href(doc_id, prefix)
        if page is None or not cites.placed(doc_id, start, end):
            return page
        return page.split("#", 1)[0] + "#" + span_anchor(doc_id, start, end)

    topic_file = {t.get("id"): story_filename(t.get("id")) for t in analysis.get("topics") or []
                  if isinstance(t, dict) and t.get("id") is not None}
    common = {"analysis": analysis, "docs": docs, "doc_href": doc_href, "cite_href": cite_href,
              "topic_file": topic_file, "schema_ok": analysis.get("schema") == SCHEMA}

    # 1. Story pages, articles by date then outlet.
    summaries = []
    for story in stories:
        articles = sorted((docs[i] for i in story["documents"] if i in docs), key=_article_order)
        summary = _summarize(story, articles, story_file[story["id"]])
        summaries.append(summary)
        story_entities = _unique_by_id(e for a in articles for e in entities_by_doc.get(a["id"], ()))
        member_ids = {a["id"] for a in articles}
        page = env.get_template("story.html").render(
            common, story=summary, articles=[_article_view(a, cites.marks(a["id"])) for a in articles],
            entities=story_entities, main_entities=_main_entities(story_entities, member_ids),
            facts={kind: [f for a in articles for f in facts[kind].get(a["id"], ())] for kind in facts},
            cited=_story_sections(compared, story["id"], member_ids), root="../")
        (out / "stories" / story_file[story["id"]]).write_text(page, encoding="utf-8")

    # 2. Index pages, biggest stories first, then newest.
    summaries.sort(key=lambda s: (-s["n_articles"], _neg_date(s["last_published"] or s["first_published"]),
                                  str(s["id"])))
    by_id = {s["id"]: s for s in summaries}
    topics = [{"id": t.get("id"), "title": t.get("title"), "file": topic_file.get(t.get("id")),
               "stories": [by_id[i] for i in t.get("stories") or [] if i in by_id]}
              for t in analysis.get("topics") or [] if isinstance(t, dict)]
    # 3. Topic pages: the topic summary, its stories and its timeline.
    if topics:
        (out / "topics").mkdir(exist_ok=True)
    for t in topics:
        if t["file"] is None:
            continue
        page = env.get_template("topic.html").render(
            common, topic=t, cited=_topic_sections(compared, t["id"], {s["id"] for s in t["stories"]}), root="../")
        (out / "topics" / t["file"]).write_text(page, encoding="utf-8")
    pages = [summaries[i:i + page_size] for i in range(0, len(summaries), page_size)] or [[]]
    names = ["index.html"] + [f"index-{n}.html" for n in range(2, len(pages) + 1)]
    rejections = analysis.get("rejections") or []
    relations = analysis.get("relations") or []
    counts = {"documents": len(docs), "stories": sum(1 for s in stories if s["id"] != UNASSIGNED),
              "topics": len(topics), "rejections": len(rejections), "relations": len(relations)}
    for n, (name, chunk) in enumerate(zip(names, pages, strict=True)):
        page = env.get_template("index.html").render(
            common, stories=chunk, topics=topics if n == 0 else [], page=n + 1, pages=names, offset=n * page_size,
            counts=counts, run=analysis.get("run") or {}, first=n == 0, root="",
            rejections=rejections[:inline_limit], relations=relations[:inline_limit])
        (out / name).write_text(page, encoding="utf-8")
    for name, template, items in (("rejections.html", "rejections.html", rejections),
                                  ("relations.html", "relations.html", relations)):
        (out / name).write_text(env.get_template(template).render(common, items=items, root=""), encoding="utf-8")
    return out / "index.html"


def story_filename(story_id: Any) -> str:
    """A file name for a story page that is safe on any file system, whatever the id.

    >>> story_filename("s-3")
    's-3.html'
    >>> story_filename("../../etc/passwd")
    'etc_passwd-936d7c04cd.html'
    """
    text = str(story_id)
    if _SAFE_NAME.fullmatch(text) and ".." not in text and text.split(".")[0] not in _WINDOWS_RESERVED:
        return f"{text}.html"
    # Readable part for humans plus a hash so that distinct ids never share a file (also on case-insensitive disks).
    stem = _UNSAFE_CHARS.sub("_", text).strip("_.-")[:60].rstrip("_.-") or "story"
    return f"{stem}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:10]}.html"


def anchor(doc_id: Any) -> str:
    """The HTML id of an article inside its story page: ``anchor("001_6b8f")`` -> ``'d-001_6b8f'``."""
    return "d-" + _UNSAFE_CHARS.sub("_", str(doc_id))[:80] + (
        "" if _UNSAFE_CHARS.search(str(doc_id)) is None else "-" + hashlib.sha1(str(doc_id).encode()).hexdigest()[:8])


def span_anchor(doc_id: Any, start: Any, end: Any) -> str:
    """The HTML id of a cited span of an article: ``span_anchor("001", 12, 40)`` -> ``'d-001-12-40'``."""
    return f"{anchor(doc_id)}-{start}-{end}"


def removal_reason(reason: Any) -> str:
    """The cleaner's reason for removing a line, in Arabic when it is a known one.

    >>> removal_reason("pull quote repeating line 13")
    'اقتباس بارز يكرر السطر 13'
    """
    text = str(reason or "")
    if text in REMOVAL_REASONS:
        return REMOVAL_REASONS[text]
    for pattern, arabic_form in _NUMBERED_REASONS:
        if m := pattern.fullmatch(text):
            return arabic_form.format(m[1])
    return text


def outlet_of(doc: dict) -> str:
    """Who published the article: the outlet, else the credited source, else the file name.

    >>> outlet_of({"id": "a", "path": "scrape/2024/aljazeera-1.html"})
    'aljazeera-1.html'
    """
    path = str(doc.get("path") or "")
    return known_outlet(doc) or path.replace("\\", "/").rsplit("/", 1)[-1] or str(doc.get("id", ""))


def known_outlet(doc: dict) -> str | None:
    """The outlet or credited source when the analysis knows one, else None."""
    return doc.get("outlet") or doc.get("source_credit") or None


def display_title(doc: dict, words: int = 12) -> str:
    """The article's title, else its first words (untitled pages are common: live blogs, wire bulletins).

    >>> display_title({"id": "x", "body": "قال المتحدث باسم الجيش إن المحادثات ستستمر"}, words=3)
    'قال المتحدث باسم…'
    """
    if doc.get("title"):
        return str(doc["title"])
    first = next((t for t in [doc.get("lead") or "", doc.get("body") or ""] if t.strip()), "")
    if not first:
        first = " ".join(ln.get("text") or "" for ln in doc.get("lines") or []
                         if isinstance(ln, dict) and ln.get("kind") in READABLE_KINDS)
    parts = first.split()
    if not parts:
        return str(doc.get("id", ""))
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


@functools.cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("marsad", "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.ChainableUndefined)
    env.filters.update(ltr=_ltr, number=_number, timestamp=_timestamp)
    env.filters["count"] = count
    env.filters["number"] = _number
    env.filters["timestamp"] = _timestamp
    env.globals.update(anchor=anchor, outlet_of=outlet_of, display_title=display_title, published_from=PUBLISHED_FROM,
                       known_outlet=known_outlet, removal_reason=removal_reason, verdicts=VERDICTS)
    return env


def count(n: Any, noun: str) -> Markup:
    """``n`` with the noun in the grammatical number Arabic uses after it (keys of ``COUNTED``).

    >>> str(count(2, "article")), str(count(7, "article")), str(count(15, "article"))
    ('مقالان', '<bdi dir="ltr">7</bdi> مقالات', '<bdi dir="ltr">15</bdi> مقالًا')
    """
    one, two, few, many, other = COUNTED[noun]
    if not isinstance(n, int) or isinstance(n, bool):
        return Markup("{} {}").format(_ltr(n), other)
    if n == 1:
        return Markup(one)
    if n == 2:
        return Markup(two)
    word = few if 3 <= n % 100 <= 10 else many if 11 <= n % 100 <= 99 else other
    return Markup("{} {}").format(_ltr(n), word)


def _ltr(value: Any) -> Any:
    """Wrap dates and numbers so the bidi algorithm keeps them left-to-right inside Arabic text."""
    if value is None or value == "" or isinstance(value, jinja2.Undefined):
        return ""
    return Markup('<bdi dir="ltr">{}</bdi>').format(value)


def _number(value: Any) -> Any:
    """Quantities as a reader writes them: ``4.0`` -> ``4``, ``2500000`` -> ``2,500,000``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.6g}"


def _timestamp(value: Any) -> Any:
    """``2026-11-23T08:00:00Z`` -> ``2026-11-23 08:00 UTC``; anything else unchanged."""
    match = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z", str(value or ""))
    return f"{match[1]} {match[2]} UTC" if match else value


def _stories_with_orphans(raw: list, docs: dict) -> list[dict]:
    stories, claimed, seen = [], set(), set()
    for s in raw:
        if not isinstance(s, dict) or s.get("id") is None or s["id"] in seen:
            continue
        seen.add(s["id"])
        members = [i for i in s.get("documents") or [] if i in docs and i not in claimed]
        claimed.update(members)
        stories.append({**s, "documents": members})
    # Documents that name a story the list lacks, or none: grouped by that story id, else unassigned.
    extra = defaultdict(list)
    for doc_id, d in docs.items():
        if doc_id not in claimed:
            extra[d.get("story") if d.get("story") not in (None, "") and d.get("story") not in seen else UNASSIGNED
                  ].append(doc_id)
    for story_id, members in extra.items():
        title = "مقالات بلا قصة" if story_id == UNASSIGNED else None
        stories.append({"id": story_id, "title": title, "documents": members})
    return stories


def _story_files(stories: list[dict]) -> dict:
    return {s["id"]: (f"{UNASSIGNED}.html" if s["id"] == UNASSIGNED else story_filename(s["id"])) for s in stories}


def _summarize(story: dict, articles: list[dict], filename: str) -> dict:
    dates = sorted(str(a["published"]) for a in articles if a.get("published"))
    # Unknown outlets are counted apart: two unattributed files are not two outlets.
    outlets = sorted({str(known_outlet(a)) for a in articles if known_outlet(a)})
    title = story.get("title") or next((a.get("title") for a in articles if a.get("title")), None) or (
        display_title(articles[0]) if articles else None)
    return {"id": story["id"], "title": title or str(story["id"]), "file": filename, "topic": story.get("topic"),
            "first_published": story.get("first_published") or (dates[0] if dates else None),
            "last_published": story.get("last_published") or (dates[-1] if dates else None),
            "n_articles": len(articles), "outlets": outlets,
            "n_unknown": sum(1 for a in articles if not known_outlet(a))}


def _article_view(doc: dict, marks: dict | None = None) -> dict:
    """The readable parts of an article in page order, from ``lines`` when present, else ``body``.

    ``marks``: cited spans ``{(start, end): classes}`` in document offsets, rendered as ``<span id=...>``.
    """
    lines = [ln for ln in doc.get("lines") or [] if isinstance(ln, dict)]
    readable = [{"kind": ln.get("kind"), "text": ln.get("text") or "",
                 "html": _marked_line(doc.get("id"), ln, marks) if marks else None} for ln in lines
                if ln.get("kind") in READABLE_KINDS and (ln.get("text") or "").strip()]
    if not readable:
        readable = [{"kind": "lead", "text": p} for p in [doc.get("lead") or ""] if p.strip()]
        readable += [{"kind": "body", "text": p} for p in (doc.get("body") or "").split("\n") if p.strip()]
        has_lines_subs = False
    else:
        has_lines_subs = any(r["kind"] == "subheading" for r in readable)
    # Subheadings are listed separately only when the text itself cannot place them.
    return {"doc": doc, "paragraphs": readable,
            "subheadings": [] if has_lines_subs else [s for s in doc.get("subheadings") or [] if s],
            "removed": [r for r in doc.get("removed") or [] if isinstance(r, dict)],
            "wire_copies": [c for c in doc.get("wire_copies") or [] if c != doc.get("id")]}


def _facts_by_doc(analysis: dict) -> dict[str, dict]:
    facts: dict[str, dict] = {}
    for kind in ("dates", "quantities", "quotes", "attributions"):
        grouped = defaultdict(list)
        for f in analysis.get(kind) or []:
            if isinstance(f, dict):
                grouped[f.get("doc")].append(f)
        for items in grouped.values():
            items.sort(key=lambda f: (f.get("start") is None, f.get("start") or 0))
        facts[kind] = grouped
    return facts


def _unique_by_id(items: Iterable[dict]) -> list[dict]:
    seen, out = set(), []
    for e in items:
        key = e.get("id") or e.get("canonical")
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _article_order(doc: dict) -> tuple:
    published = doc.get("published")
    # Undated articles go last; the date string sorts correctly because it is ISO 8601.
    return (published is None or published == "", str(published or ""), outlet_of(doc), str(doc.get("id")))


def _neg_date(date: Any) -> tuple:
    """Sort key that puts newer ISO dates first and undated last."""
    text = str(date or "")
    return (text == "", tuple(-ord(c) for c in text))


class _Citations:
    """Spans that sections of the report cite, per document, kept only where the article text can show them."""

    def __init__(self, docs: dict) -> None:
        self._lines = {doc_id: [(ln["start"], ln["start"] + len(ln.get("text") or "")) for ln in d.get("lines") or []
                                if isinstance(ln, dict) and ln.get("kind") in READABLE_KINDS
                                and isinstance(ln.get("start"), int) and (ln.get("text") or "").strip()]
                       for doc_id, d in docs.items()}
        self._marks: dict[Any, dict[tuple[int, int], set[str]]] = defaultdict(dict)

    def add(self, doc_id: Any, start: Any, end: Any, kind: str) -> None:
        if not (isinstance(start, int) and isinstance(end, int) and start < end):
            return
        if any(lo <= start and end <= hi for lo, hi in self._lines.get(doc_id, ())):
            self._marks[doc_id].setdefault((start, end), set()).add(kind)

    def placed(self, doc_id: Any, start: Any, end: Any) -> bool:
        return (start, end) in self._marks.get(doc_id, {})

    def marks(self, doc_id: Any) -> dict[tuple[int, int], set[str]]:
        return self._marks.get(doc_id, {})


def _dicts(items: Any) -> list[dict]:
    return [x for x in items or [] if isinstance(x, dict)]


def _size(value: Any) -> int | None:
    """A count given either as a number or as the list it counts."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return len(value) if isinstance(value, list | tuple) else None


def _comparisons(analysis: dict, cites: _Citations) -> dict:
    """The cross-source keys of the analysis (summaries, facts, numbers, editorial, timeline) ready to render;
    every span they cite is registered with ``cites``."""
    summaries = {}
    for s in _dicts(analysis.get("summaries")):
        sentences = _dicts(s.get("sentences"))
        for x in sentences:
            cites.add(x.get("doc"), x.get("start"), x.get("end"), "summary")
        summaries[(s.get("scope"), s.get("id"))] = sentences
    facts = []
    for f in _dicts(analysis.get("facts")):
        for x in _dicts(f.get("sentences")):
            cites.add(x.get("doc"), x.get("start"), x.get("end"), "fact")
        origins = [o if isinstance(o, dict) else {"name": o} for o in f.get("origins") or []]
        facts.append({**f, "sentences": _dicts(f.get("sentences")), "origins": origins,
                      "n_outlets": _size(f.get("outlets")),
                      "n_origins": f.get("independent_origins") if _size(f.get("independent_origins")) is not None
                      else len(origins) or None,
                      "outlet_names": [o for o in f.get("outlets") or [] if isinstance(o, str)]
                      if isinstance(f.get("outlets"), list) else []})
    numbers = []
    for n in _dicts(analysis.get("numbers")):
        readings = _dicts(n.get("readings"))
        for r in readings:
            cites.add(r.get("doc"), r.get("start"), r.get("end"), "number")
        readings.sort(key=lambda r: (r.get("as_of") is None, str(r.get("as_of") or "")))
        numbers.append({**n, "readings": readings})
    editorial = _dicts(analysis.get("editorial"))
    for e in editorial:
        cites.add(e.get("doc"), e.get("start"), e.get("end"), "editorial")
    timeline = _dicts(analysis.get("timeline"))
    for t in timeline:
        for x in _dicts(t.get("sources")):
            cites.add(x.get("doc"), x.get("start"), x.get("end"), "event")
    timeline = sorted(timeline, key=lambda t: (t.get("date") is None, str(t.get("date") or "")))
    return {"summaries": summaries, "facts": facts, "numbers": numbers, "editorial": editorial,
            "timeline": timeline}


def _belongs(item: dict, story_id: Any, member_ids: set, docs_of) -> bool:
    """An item belongs to a story page when it names the story (``story``, or ``stories`` for one spanning several
    stories of a topic), or names none and cites one of its articles."""
    if item.get("story") is not None:
        return item.get("story") == story_id
    if isinstance(item.get("stories"), list):  # a topic-wide item names the stories it spans
        return story_id in item["stories"]
    return any(d in member_ids for d in docs_of(item))


def _fact_docs(f: dict) -> list:
    return list(f.get("documents") or []) + [x.get("doc") for x in f["sentences"]]


def _story_sections(compared: dict, story_id: Any, member_ids: set) -> dict:
    facts = [f for f in compared["facts"] if _belongs(f, story_id, member_ids, _fact_docs)]
    return {
        "summary": compared["summaries"].get(("story", story_id)) or [],
        "facts": [f for f in facts if not f.get("unique")],
        "unique": [f for f in facts if f.get("unique")],
        "numbers": [n for n in compared["numbers"]
                    if _belongs(n, story_id, member_ids, lambda n: [r.get("doc") for r in n["readings"]])],
        "editorial": [e for e in compared["editorial"] if e.get("doc") in member_ids],
        "timeline": [t for t in compared["timeline"]
                     if _belongs(t, story_id, member_ids, lambda t: [x.get("doc") for x in _dicts(t.get("sources"))])],
    }


def _topic_sections(compared: dict, topic_id: Any, story_ids: set) -> dict:
    def in_topic(item: dict) -> bool:
        return item.get("topic") == topic_id or (item.get("topic") is None and item.get("story") in story_ids)

    return {
        "summary": compared["summaries"].get(("topic", topic_id)) or [],
        "timeline": [t for t in compared["timeline"] if in_topic(t)],
        # Facts and comparisons that span several stories of the topic (no single story of their own).
        "facts": [f for f in compared["facts"] if f.get("story") is None and f.get("topic") == topic_id],
        "numbers": [n for n in compared["numbers"] if n.get("story") is None and n.get("topic") == topic_id],
    }


def _main_entities(entities: list[dict], member_ids: set, limit: int = 8) -> list[dict]:
    """The people, organizations and places the story's articles name most (by number of its articles, then
    mentions); MISC entities (nationalities, religions, languages: العربية، الإسلام) only after them."""
    def weight(e: dict) -> tuple:
        docs_here = sum(1 for d in e.get("documents") or [] if d in member_ids)
        return (e.get("type") == "MISC", -docs_here, -(_size(e.get("mentions")) or 0), str(e.get("canonical")))
    return sorted(entities, key=weight)[:limit]


def _marked_line(doc_id: Any, line: dict, marks: dict[tuple[int, int], set[str]]) -> Markup | None:
    """A readable line with its cited spans wrapped in ``<span id=... class="cite ...">`` (nested when one span
    holds another; a span crossing another's end keeps only a zero-width anchor, so its links still land)."""
    text, base = line.get("text") or "", line.get("start")
    if not isinstance(base, int):
        return None
    inside = sorted(((s, e, kinds) for (s, e), kinds in marks.items() if base <= s and e <= base + len(text)),
                    key=lambda m: (m[0], -m[1]))
    if not inside:
        return None
    out: list[Any] = []
    open_ends: list[int] = []
    pos = base

    def upto(stop: int) -> None:
        nonlocal pos
        if stop > pos:
            out.append(escape(text[pos - base:stop - base]))
            pos = stop

    for start, end, kinds in inside:
        while open_ends and open_ends[-1] <= start:
            upto(open_ends.pop())
            out.append(Markup("</span>"))
        upto(start)
        span_id = span_anchor(doc_id, start, end)
        classes = " ".join(["cite", *sorted(k for k in kinds if k in CITE_CLASSES)])
        if open_ends and end > open_ends[-1]:
            out.append(Markup('<span id="{}" class="{}"></span>').format(span_id, classes))
            continue
        out.append(Markup('<span id="{}" class="{}">').format(span_id, classes))
        open_ends.append(end)
    while open_ends:
        upto(open_ends.pop())
        out.append(Markup("</span>"))
    upto(base + len(text))
    return Markup("").join(out)
