"""Scraping debris out, the article's own text kept apart: every line of a page classified, with its reason.

The cascade reads top to bottom; each step only looks at lines no earlier step has decided:

    1. blank lines
    2. debris with a known shape (data/clean_patterns.json): tweets, keyword and hashtag lines, share buttons,
       footers, summary headers; metadata lines: publication date, source credit
    3. "read also" blocks and what follows them while it is about another story
    4. repetition: short lines the page repeats (mastheads, site names, repeated titles)
    5. the title: metadata title, else the first headline-shaped line at the top
    6. lead bullets under a summary header
    7. pull quotes: a short line repeating part of a body paragraph
    8. position and shape: short unpunctuated lines before the first paragraph are captions, between paragraphs
       subheadings, after the last paragraph page furniture; everything else is body

Structured documents (HTML main text, JSON/RSS fields) already went through an extractor, so only steps 1–5
apply to them: ordinary paragraphs are never dropped for their position.

>>> from marsad.models import RawDoc
>>> page = "موقع الخبر :\\nعنوان الخبر هنا\\nقال الوزير إن المحادثات مستمرة بين الطرفين منذ أشهر.\\nموقع الخبر :"
>>> a = clean(RawDoc(id="x", path="x.txt", text=page, format="text", encoding="utf-8"))
>>> [(ln.kind, ln.reason) for ln in a.lines]
[('noise', 'site name repeated on the page'), ('title', 'title'), ('body', None), ('noise', 'site name repeated on the page')]
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from . import arabic, cluster
from .models import Article, Line, RawDoc

HEADLINE_MAX_WORDS = 30  # a headline longer than this is a paragraph
SHORT_LINE_WORDS = 12
PULL_QUOTE_MIN_WORDS = 5  # shorter echoes of a paragraph are labels, not pull quotes  # captions, subheadings, site names and pull quotes are at most this long
PARAGRAPH_MIN_WORDS = 14  # an unpunctuated line this long is still a paragraph
TOP_LINES = 10  # the title is looked for among the first non-blank lines
RELATED_OVERLAP = 0.5  # a line after "read also" is the article's again when this share of its terms is the article's
_SENTENCE_END = tuple(".!?؟…:\"'»”)")


@dataclass
class _Row:
    no: int
    start: int
    end: int
    text: str
    norm: str
    words: int
    kind: str | None = None
    reason: str | None = None

    def set(self, kind: str, reason: str | None) -> None:
        self.kind, self.reason = kind, reason

    @property
    def punctuated(self) -> bool:
        return self.text.endswith(_SENTENCE_END)

    @property
    def paragraph_shaped(self) -> bool:
        return self.punctuated or self.words >= PARAGRAPH_MIN_WORDS


@cache
def patterns() -> dict[str, list[re.Pattern[str]]]:
    raw = json.loads(resources.files("marsad").joinpath("data/clean_patterns.json").read_text(encoding="utf-8"))
    return {k: [re.compile(p, re.IGNORECASE) for p in v] for k, v in raw.items() if k != "about"}


def _match(kind: str, norm: str) -> re.Match[str] | None:
    for p in patterns()[kind]:
        m = p.search(norm)
        if m:
            return m
    return None


def clean(raw: RawDoc) -> Article:
    """Classify every line of ``raw.text``; lift title, date line, source credit and dateline into fields."""
    rows = _rows(raw.text)
    meta: dict[str, str | None] = {"published": None, "source_credit": None}
    _by_shape(rows, meta)  # 1-2
    _read_also(rows)  # 3
    _repeated(rows, raw.title)  # 4
    title = _title(rows, raw.title)  # 5
    if not raw.structured:
        _lead(rows)  # 6
    if not raw.structured:
        _pull_quotes(rows)  # 7
    _by_position(rows, structured=raw.structured)  # 8

    lines = tuple(Line(r.no, r.start, r.end, r.text, r.kind or "body", r.reason) for r in rows)
    body_first = next((ln for ln in lines if ln.kind == "body"), None)
    published, published_from = (raw.published, "metadata") if raw.published else (
        (meta["published"], "text") if meta["published"] else (None, "unknown"))
    content = "\n".join(ln.text for ln in lines if ln.kind in ("lead", "subheading", "body"))
    return Article(
        id=raw.id, path=raw.path, text=raw.text, lines=lines, format=raw.format, encoding=raw.encoding,
        title=title, outlet=raw.outlet, url=raw.url, author=raw.author,
        published=published, published_from=published_from, source_credit=meta["source_credit"],
        dateline=dateline(body_first.text) if body_first else None,
        content_hash=hashlib.sha256(arabic.normalize(content).encode()).hexdigest(),
    )


def parse_date_line(line: str) -> str | None:
    """The date a publication-date line gives: ``'تاريخ النشر: 12th, February 2024 GMT'`` -> ``'2024-02-12'``."""
    m = _match("date_line", arabic.normalize(line.strip()))
    if not m:
        return None
    from .extract import dates

    found = [d for d in dates.find_dates(line) if d.value and d.granularity == "day"]
    return found[0].value if found else None


def dateline(paragraph: str) -> str | None:
    """The place a paragraph opens with, news-agency style: ``'بغداد - قال ...'`` -> ``'بغداد'``."""
    m = _DATELINE.match(paragraph)
    if not m or any(arabic.light_stem(w) in cluster.stopwords() for w in arabic.words(m.group(1))):
        return None  # "وقال المتحدث - في بيان -" opens with a verb, not a place
    return m.group(1).strip()


# One to three words, then a dash or colon: "بغداد -", "القاهرة –", "لندن:", "الرياض - واس -".
_DATELINE = re.compile(r"^([^\W\d_][^\s\-–—:]*(?:\s+[^\W\d_][^\s\-–—:]*){0,2})\s*[-–—:]\s+\S")


# --- the cascade -------------------------------------------------------------------------------------------------
def _rows(text: str) -> list[_Row]:
    rows, pos = [], 0
    for no, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        start = pos + lead
        norm = arabic.normalize(stripped)
        rows.append(_Row(no, start, start + len(stripped), stripped, norm, len(norm.split())))
        pos += len(line) + 1
    return rows


def _by_shape(rows: list[_Row], meta: dict[str, str | None]) -> None:
    for r in rows:
        if not r.text:
            r.set("blank", None)
        elif _match("tweet", r.norm):
            r.set("noise", "embedded tweet")
        elif _match("keyword_line", r.norm):
            r.set("metadata", "keyword line")
        elif _is_hashtag_line(r.text):
            r.set("noise", "hashtag line")
        elif _is_menu(r.text):
            r.set("noise", "navigation menu")
        elif _match("share_buttons", r.norm):
            r.set("noise", "share buttons")
        elif r.words <= SHORT_LINE_WORDS * 2 and _match("footer", r.norm):
            r.set("noise", "page footer")
        elif _match("summary_header", r.norm):
            r.set("noise", "summary header")
        elif r.words <= SHORT_LINE_WORDS and (value := parse_date_line(r.text)):
            r.set("metadata", "publication-date line")
            meta["published"] = meta["published"] or value
        elif r.words <= 8 and _match("source_credit", r.norm):
            r.set("metadata", "source credit")
            meta["source_credit"] = meta["source_credit"] or r.text.split(":", 1)[-1].strip()


def _is_hashtag_line(text: str) -> bool:
    tokens = text.split()
    tags = sum(t.startswith("#") for t in tokens)
    return tags >= 2 and tags >= 0.5 * len(tokens)


_MENU_SEPARATORS = re.compile(r"\s*[|»›>•·]\s*")  # not "/": it separates dates and URLs too


def _is_menu(text: str) -> bool:
    """Breadcrumbs and menus: three or more short items between separators ("الرئيسية | أخبار | رياضة")."""
    items = [i for i in _MENU_SEPARATORS.split(text) if i]
    return (len(items) >= 3 and all(len(i.split()) <= 3 and any(c.isalpha() for c in i) for i in items)
            and len(items) > len(text.split()) / 3)


def _read_also(rows: list[_Row]) -> None:
    """A "read also" header and the following lines while they are about something else."""
    i = next((i for i, r in enumerate(rows) if r.kind is None and r.words <= 6 and _match("read_also", r.norm)), None)
    if i is None:
        return
    rows[i].set("noise", "read-also block")
    article_terms = set(cluster.terms(" ".join(x.text for x in rows[:i] if x.kind is None)))
    for r in rows[i + 1 :]:
        if r.kind is not None:
            continue
        own = list(cluster.terms(r.text))
        overlap = sum(t in article_terms for t in own) / len(own) if own else 0.0
        if overlap >= RELATED_OVERLAP and r.paragraph_shaped and r.words >= PARAGRAPH_MIN_WORDS:
            return  # the article resumes after a short related-links box
        r.set("noise", "unrelated to the article (read-also continuation)")


def _repeated(rows: list[_Row], title: str | None) -> None:
    """Short lines the page carries more than once are furniture; the first headline copy may be the title."""
    counts = Counter(r.norm for r in rows if r.kind is None)
    title_norm = arabic.normalize(title.strip()) if title else None
    seen: set[str] = set()
    for r in rows:
        if r.kind is not None:
            continue
        if title_norm and r.norm == title_norm:
            if r.norm in seen:
                r.set("noise", "repeated title")
            seen.add(r.norm)
            continue
        if counts[r.norm] > 1 and r.words <= HEADLINE_MAX_WORDS:
            if r.norm.endswith(":") and r.words <= 5:
                r.set("noise", "site name repeated on the page")
            elif r.punctuated:
                continue  # a sentence said twice is the outlet's own text, not furniture
            elif r.norm in seen:
                r.set("noise", "repeated title" if r.words > 3 else "repeated line")
            elif r.words <= 4 and not r.punctuated:
                r.set("noise", "masthead repeated at top")
            seen.add(r.norm)


def _title(rows: list[_Row], given: str | None) -> str | None:
    if given:
        norm = arabic.normalize(given.strip())
        for r in rows:
            if r.norm == norm and r.kind is None:
                r.set("title", "title")
                break
        return given.strip()
    top = [r for r in rows if r.kind in (None, "noise", "metadata")][:TOP_LINES]
    for r in top:
        if r.kind is not None:
            continue
        if r.text.startswith(("-", "•", "*")) or r.words < 3:
            continue  # a bullet, a label or a masthead name, not a headline
        if r.words > HEADLINE_MAX_WORDS or r.text.endswith((".", "؟", "!")):
            return None  # the page opens with a paragraph: it has no title line
        r.set("title", "title")
        for other in rows:  # later copies of the headline are furniture
            if other is not r and other.kind is None and other.norm == r.norm:
                other.set("noise", "repeated title")
        return r.text
    return None


def _lead(rows: list[_Row]) -> None:
    """Bullet lines right after a summary header are the lead."""
    for i, r in enumerate(rows):
        if r.reason == "summary header":
            for nxt in rows[i + 1 :]:
                if nxt.kind == "blank":
                    continue
                if nxt.kind is None and nxt.text.startswith(("-", "•", "*", "–")):
                    nxt.set("lead", "summary bullet")
                    continue
                break


def _pull_quotes(rows: list[_Row]) -> None:
    """A line repeating words of a paragraph above it is a pull quote (a subheading echoes the one below)."""
    above: list[_Row] = []
    for r in rows:
        if r.kind is not None:
            continue
        if PULL_QUOTE_MIN_WORDS <= r.words <= SHORT_LINE_WORDS * 2:
            host = next((p for p in reversed(above) if len(p.norm) > len(r.norm) and r.norm in p.norm), None)
            if host is not None:
                r.set("noise", f"pull quote repeating line {host.no}")
                continue
        if r.paragraph_shaped:
            above.append(r)


def _by_position(rows: list[_Row], structured: bool) -> None:
    undecided = [r for r in rows if r.kind is None]
    paragraphs = [r for r in undecided if r.paragraph_shaped]
    if not paragraphs:
        for r in undecided:
            r.set("body", None)
        return
    first, last = paragraphs[0].no, paragraphs[-1].no
    for r in undecided:
        if r.paragraph_shaped or structured and first <= r.no <= last:
            r.set("body", None) if r.paragraph_shaped else r.set("subheading", "short line between paragraphs")
        elif r.no < first:
            r.set("body", None) if structured else r.set("noise", "photo caption or label before the article")
        elif r.no > last:
            r.set("body", None) if structured else r.set("noise", "page furniture after the article")
        else:
            r.set("subheading", "short line between paragraphs")
