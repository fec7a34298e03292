"""Scraping debris out, the article's own text kept apart: every line of a page classified, with its reason.

The cascade reads top to bottom; each step only looks at lines no earlier step has decided:

    1. blank lines and separators
    2. debris with a known shape (data/clean_patterns.json): tweets, keyword and hashtag lines, menus, share
       buttons, footers, summary headers; metadata lines: publication date, source credit
    3. "read also" blocks, and what follows each while it is about another story (word overlap with the article
       against overlap with the block's own items)
    4. repetition: short lines the page repeats outside the article (mastheads, site names, headline copies)
    5. the title: the metadata title, else the first headline-shaped line before the first paragraph
    6. lead bullets under a summary header
    7. truncated copies and pull quotes: a short line repeating the start or a stretch of a paragraph
    8. position and shape: paragraphs are body; picture captions (data/clean_caption_words.txt) go wherever they
       sit; short unpunctuated lines above the title are furniture, between title and first paragraph captions
       (they repeat the article's words), labels or dateline lines, between paragraphs subheadings, after the last
       paragraph furniture unless they form a list

Structured documents (HTML main text, JSON/RSS fields) already went through an extractor, so only the conservative
rules apply to them (steps 1-3, the title and its copies, date line and source credit): ordinary paragraphs are
never dropped for their position or for being repeated.

>>> from marsad.models import RawDoc
>>> page = "موقع الخبر :\\nعنوان الخبر هنا\\nقال الوزير إن المحادثات مستمرة بين الطرفين منذ أشهر.\\nموقع الخبر :"
>>> a = clean(RawDoc(id="x", path="x.txt", text=page, format="text", encoding="utf-8"))
>>> [(ln.kind, ln.reason) for ln in a.lines]
[('noise', 'site name'), ('title', 'title'), ('body', None), ('noise', 'site name')]
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from . import arabic, cluster
from .extract import dates
from .models import Article, Line, RawDoc

HEADLINE_MAX_WORDS = 30  # a headline longer than this is a paragraph
SHORT_LINE_WORDS = 12  # captions, subheadings, site names and date lines are at most this long
PULL_QUOTE_MIN_WORDS = 5  # a shorter echo of a paragraph is a label or a subheading, not a pull quote
PARAGRAPH_MIN_WORDS = 14  # an unpunctuated line this long is still a paragraph
TOP_LINES = 10  # the title is looked for among the first non-blank lines
# A paragraph after "read also" is the article's again when enough of its terms occurred in the article above the
# header: RELATED_OVERLAP of them right after a bare header; once a related item has been seen, RESUME_OVERLAP and
# at least twice the share it has with the items. Seed 001's related stories, on a neighbouring subject, reach 0.17
# against the article but 0.26-0.43 against their own headlines; articles resuming after an inline
# "اقرأ أيضا: <headline>" reach 0.2-0.4 against themselves and 0 against the item.
RELATED_OVERLAP = 0.3
RESUME_OVERLAP = 0.15
CAPTION_OVERLAP = 0.5  # a short line before the article is a caption when this share of its terms is the article's
CAPTION_CONTEXT = 5  # paragraphs, after the title, whose words a caption is expected to repeat
CAPTION_MAX_WORDS = 6  # a line naming a picture ("صورة أرشيفية", "تصوير: محمد الأحمد") is at most this long
CAPTION_MIN_SHARED = 2  # ... and at least this many: one shared word ("المدينة") is a site name, not a caption
# Style or script text is cut from a line when at most this share of the letters from where it begins are Arabic: a
# poll widget's code carries its few Arabic answers (5% of the letters on Al Riyadh's); a sentence naming a function
# is Arabic prose.
CODE_MAX_ARABIC = 0.2
LABEL_MAX_WORDS = 3  # a line this short before the first paragraph names the site, a section or an author
# A line ending in one of these closes a sentence (or opens a quote/list): the outlet's own prose, not a label.
_SENTENCE_END = tuple(".!?؟…:\"'»”)")
_BULLETS = ("-", "•", "*", "–", "—", "·")


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
        if self.words >= PARAGRAPH_MIN_WORDS:
            return True
        # "(أرشيفية)", "(أ ف ب)" and "«تويتر»" end in a closing mark without being sentences; "جريدة الرياض :"
        # and "كلمة رئيس التحرير:" end in a colon without opening a quotation
        bracketed = self.text[:1] in "([«" and self.text[-1:] in ")]»"
        label = self.text.endswith(":") and self.words < PULL_QUOTE_MIN_WORDS
        return self.punctuated and self.words >= 3 and not bracketed and not label


# --- language data, loaded on first use ----------------------------------------------------------------------------
def _data_text(name: str) -> str:
    return resources.files("marsad").joinpath(f"data/{name}").read_text(encoding="utf-8")


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    """The debris shapes of data/clean_patterns.json, one alternation per kind (over normalized lines)."""
    raw = json.loads(_data_text("clean_patterns.json"))
    return {k: re.compile("|".join(f"(?:{p})" for p in v), re.IGNORECASE) for k, v in raw.items()
            if k != "about" and not k.startswith("_")}  # "_about_<kind>" explains a kind


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-word-a-line list from data/clean_<name>.txt, in matching form (``#`` starts a comment)."""
    lines = (ln.strip() for ln in _data_text(f"clean_{name}.txt").splitlines())
    return frozenset(arabic.normalize(ln) for ln in lines if ln and not ln.startswith("#"))


@cache
def _caption_stems() -> frozenset[str]:
    return frozenset(arabic.light_stem(w) for w in word_list("caption_words"))


def _match(kind: str, norm: str) -> re.Match[str] | None:
    return patterns()[kind].search(norm)


# --- public API ----------------------------------------------------------------------------------------------------
def clean(raw: RawDoc) -> Article:
    """Classify every line of ``raw.text``; lift title, date line, source credit and dateline into fields.

    >>> from marsad.models import RawDoc
    >>> a = clean(RawDoc(id="x", path="x.txt", format="text", encoding="utf-8",
    ...                  text="بغداد - قال المتحدث إن المحادثات بدأت.\\nالمصدر: الجزيرة"))
    >>> (a.dateline, a.source_credit, [ln.kind for ln in a.lines])
    ('بغداد', 'الجزيرة', ['body', 'metadata'])
    """
    text, structured, added = raw.text, raw.structured, False
    rows = _rows(text)
    if structured and raw.title and raw.title.strip():
        # A record's title field (JSON, feed, HTML meta) that its text does not carry becomes the article's first
        # line, so that it is read, extracted and cited like a title printed on the page.
        title_line = " ".join(raw.title.split())  # one line, however the field wrapped it
        title_norm = arabic.normalize(title_line)
        added = not any(r.norm == title_norm for r in rows)
        if added:
            text = title_line + "\n" + text
            rows = _rows(text)
    found: dict[str, str | None] = {"published": None, "source_credit": None}
    _by_shape(rows, found, structured)  # 1-2
    rows = _tag_tail(rows)
    _read_also(rows)  # 3
    if not structured:
        _repeated(rows)  # 4
    title = _title(rows, raw.title, structured)  # 5
    if not structured:
        _lead(rows)  # 6
        _echoes(rows)  # 7
    _by_position(rows, title, structured)  # 8
    if added:
        rows[0].set("title", "title")  # the record's own title, whatever shape its words have

    lines = tuple(Line(r.no, r.start, r.end, r.text, r.kind or "body", r.reason) for r in rows)
    first_body = next((ln for ln in lines if ln.kind == "body"), None)
    if raw.published:
        published, published_from = raw.published, "metadata"
    elif found["published"]:
        published, published_from = found["published"], "text"
    else:
        published, published_from = None, "unknown"
    # normalize works character by character, so the body's matching form is its lines' forms joined
    body_norm = "\n".join(r.norm for r in rows if r.kind in (None, "body"))
    return Article(
        id=raw.id, path=raw.path, text=text, lines=lines, format=raw.format, encoding=raw.encoding,
        title=without_section_label(title), outlet=raw.outlet, url=raw.url, author=raw.author,
        published=published, published_from=published_from, source_credit=found["source_credit"],
        dateline=found.get("dateline") or _dateline_place(rows) or (dateline(first_body.text) if first_body else None),
        content_hash=hashlib.sha256(body_norm.encode("utf-8")).hexdigest(),
    )


_SECTION_LABEL = re.compile(r"\s*([^/|:]{2,20}?)\s*[/|:]\s*(?=\S)")


def without_section_label(title: str | None) -> str | None:
    """``title`` without a desk label before it (``data/clean_section_labels.txt``): the Saudi Press Agency's
    ``عام / نائب خادم الحرمين ...`` is titled ``نائب خادم الحرمين ...``; a speaker or a place before a colon
    (``الجبير: ...``, ``مصر: ...``) is part of the headline and stays.

    >>> without_section_label("اقتصادي / مؤشر سوق الأسهم السعودية يرتفع 135 نقطة")
    'مؤشر سوق الأسهم السعودية يرتفع 135 نقطة'
    >>> without_section_label("الجبير: المملكة حريصة على تطوير علاقاتها")
    'الجبير: المملكة حريصة على تطوير علاقاتها'
    """
    if not title:
        return title
    m = _SECTION_LABEL.match(title)
    if m and arabic.normalize(m.group(1)) in word_list("section_labels") and title[m.end():].strip():
        return title[m.end():].strip()
    return title


def parse_date_line(line: str) -> str | None:
    """The day a publication-date line gives, or None when ``line`` is not one.

    A date line is a date with at most a label (``تاريخ النشر:``, ``نشر في``, ``Published:``), a weekday, a clock
    time, an era mark or a time zone beside it; a sentence that mentions a date is not one.

    >>> parse_date_line("تاريخ النشر: 12th, February 2024 GMT")
    '2024-02-12'
    >>> parse_date_line("الأحد ١١ فبراير ٢٠٢٤ - 10:30 م")
    '2024-02-11'
    >>> parse_date_line("وصل الوزير في 11 فبراير 2024") is None
    True
    """
    text = line.strip()
    if not text or not any(ch.isdigit() for ch in text) or len(text.split()) > SHORT_LINE_WORDS:
        return None
    m = _match("date_line", arabic.normalize(text))
    # the match indexes the normalized line: map the end of the label ("تاريخ النشر:") back to the original
    label_end = _label_end(text, m.start("value")) if m else 0
    found = [d for d in dates.find_dates(text) if d.value and d.granularity == "day"]
    if not found:
        return None
    # "٤ شوال ١٤٣٦ هـ - ٢١ يوليو ٢٠١٥ م": the Gregorian date as printed beats a Hijri date converted by table,
    # which can be a day off the outlet's own (sighting-based) calendar.
    best = next((d for d in found if d.kind != "hijri"), found[0])
    covered = [(label_end, label_end)] + [(d.start, d.end) for d in found]
    allowed = word_list("date_words")
    for tok in arabic.tokenize(text):
        if any(lo <= tok.start < hi for lo, hi in covered) or tok.end <= label_end:
            continue
        if not (tok.is_number or tok.norm in allowed):
            return None  # a word that is neither date nor clock: the line says something else
    return best.value[:10]


def agency_date_line(line: str) -> tuple[str, str] | None:
    """(place, day) of an agency's dateline-and-date line, or None when ``line`` is not one.

    The Saudi Press Agency heads every item with the place, the Hijri date, its Gregorian equal and its own name, on
    a line of their own; other agencies write the place and the date before their name alike. Such a line says
    where and when, nothing of the event, and every item of the agency's day shares its words.

    >>> agency_date_line("المنامة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس")
    ('المنامة', '2015-08-10')
    >>> agency_date_line("وصل الوزير في 11 فبراير 2024") is None
    True
    """
    text = line.strip()
    first_digit = next((i for i, ch in enumerate(text) if ch.isdigit()), None)
    if not first_digit or len(text.split()) > SHORT_LINE_WORDS:
        return None
    place = text[:first_digit].strip(" -–—،,:")
    words = arabic.words(place)
    stop = cluster.stopwords()
    if not 1 <= len(words) <= 3 or any(arabic.light_stem(w) in stop or w in stop for w in words):
        return None
    rest = text[first_digit:]
    tail = arabic.normalize(rest).rstrip(" ().-–—")
    credit = next((a for a in _agency_names() if tail.endswith(a) and tail[-len(a) - 1:-len(a)] in (" ", "(")), None)
    if credit is None and "الموافق" not in tail:
        return None  # a place and a date alone may open a sentence; an agency's name or الموافق say it is a head
    core = " ".join(rest.split()[: -len(credit.split())]) if credit else rest
    day = parse_date_line(core.rstrip(" ().-–—"))
    return (place, day) if day else None


@cache
def _agency_names() -> tuple[str, ...]:
    """Every name of the agencies in data/compare_origins.json, in matching form, longest first."""
    raw = json.loads(_data_text("compare_origins.json"))
    names = {arabic.normalize(n).strip("() ") for entry in raw["aliases"] for n in entry}
    return tuple(sorted((n for n in names if n), key=len, reverse=True))


def dateline(paragraph: str) -> str | None:
    """The place a paragraph opens with, news-agency style: ``'بغداد - قال ...'`` -> ``'بغداد'``.

    The head may chain a reporter and an outlet; a place closed by a colon wins, else the first segment:
    ``'الرياض - واس - أعلنت'`` -> ``'الرياض'``, ``'خالد علي - سبق - جدة: عاد'`` -> ``'جدة'``.

    >>> dateline("القاهرة – أعلنت الوزارة أمس")
    'القاهرة'
    >>> dateline("وقال المتحدث - في بيان - إن المحادثات مستمرة") is None
    True
    """
    segments: list[tuple[str, bool]] = []
    pos = 0
    while len(segments) < 3 and (m := _DATELINE.match(paragraph, pos)):
        segments.append((m.group(1).strip(), m.group(2).strip() == ":"))
        pos = m.end()
        if segments[-1][1]:
            break  # the colon closes the head: what follows is the text
    if not segments:
        return None
    bylines = word_list("bylines")
    if any(arabic.normalize(seg) in bylines for seg, _ in segments):
        # 'سبق- متابعة:', 'كتب - معتز عباس:': a credit (outlet, writer); a place only where the lexicon knows one
        return next((seg for seg, _ in segments if cluster.places_of(arabic.words(seg))), None)
    place = next((seg for seg, colon in segments if colon), segments[0][0])
    stop = cluster.stopwords()
    if arabic.arabic_ratio(place) < 0.5 or any(arabic.light_stem(w) in stop for w in arabic.words(place)):
        return None  # "وقال المتحدث - في بيان -" opens with a verb or a particle; "http:" is no place
    if _a_reporter(place):
        # 'نايف السعدي – الطائف شهدت', 'محمد زامل ــ سبق ــ الرياض:': a reporter's name heads the line; the place is
        # a later segment or the word right after the head, where the place lexicon knows one
        return next((seg for seg, _ in segments[1:] if cluster.places_of(arabic.words(seg))), None) or (
            _place_after(paragraph, pos))
    return place


def _place_after(paragraph: str, pos: int) -> str | None:
    """The first place the place lexicon knows, as written, in the rest of a dateline's head from ``pos``: up to a
    colon near it ('سبق-جازان:' where the dash has no space), else in its first two words ('الطائف شهدت',
    'مكة المكرمة تلقى')."""
    tail = paragraph[pos:pos + 60]
    colon = tail.find(":")
    words = _WORD.findall(tail[:colon] if colon >= 0 else tail)[: None if colon >= 0 else 2]
    for i in range(len(words)):
        for n in (2, 1):
            candidate = " ".join(words[i:i + n])
            matching = arabic.words(candidate)
            if " ".join(matching) in cluster.places_of(matching):
                return candidate
    return None


_REPORTER_NAME_RANK = 20000  # a surname the tables do not know is rarer than SaudiNewsNet's 20,000 commonest words


def _a_reporter(segment: str) -> bool:
    """A dateline's segment of two or three words that reads as a person's name, a reporter's byline rather than
    where the news is from: a given name the name tables know, then a family or given name they know or a word rarer
    than ``_REPORTER_NAME_RANK`` (نايف السعدي، محمد زامل، خالد سجاف), and no place the place lexicon knows. Towns
    named like people keep a common second word (خميس مشيط، أبو عريش، بدر الجنوب)."""
    from .extract.ner import family_name, frequency_rank, given_name

    words = arabic.words(segment)
    return (2 <= len(words) <= 3 and given_name(words[0]) and not cluster.places_of(words)
            and (family_name(words[1]) or given_name(words[1]) or frequency_rank(words[1]) > _REPORTER_NAME_RANK))


# One to three words, then a dash or colon: "بغداد -", "القاهرة –", "لندن:", "الرياض - واس -". A dash needs a space
# on at least one side ("أبو-ظبي" is one word); a tatweel is a dash only after a space; a dash may be doubled (ــ).
_DATELINE = re.compile(
    r"\s*((?!ـ)[^\W\d_][^\sـ\-–—:]*(?:\s+(?!ـ)[^\W\d_][^\sـ\-–—:]*){0,2})(\s*[-–—]+\s+|\s+[-–—ـ]+\s*|\s*:\s*)(?=\S)"
)
# A dateline standing alone on its line: "عين اليوم – الرياض", "بشائر القحطاني - الرياض", "الرياضي ـ الرياض".
# Its dash has a space before it or, but for a tatweel, after it (أميرة المولد- عين اليوم).
_DATELINE_DASH = r"\s[-–—ـ]\s*|[-–—]\s"
_DATELINE_LINE = re.compile(rf"^[^\W\d_][\w\s]{{0,40}}?(?:{_DATELINE_DASH})[^\W\d_][\w\s]{{0,30}}$")


# --- the cascade ---------------------------------------------------------------------------------------------------
def _rows(text: str) -> list[_Row]:
    rows, pos = [], 0
    for no, line in enumerate(text.split("\n"), 1):
        start, stripped = pos + len(line) - len(line.lstrip()), line.strip()
        # 'Next Previous حامد القرشي – عين اليوم': a slider's buttons scraped onto the line the article opens with
        # are a row of their own (removed as share buttons), so that what follows them is read by itself
        norm = arabic.normalize(stripped)
        lead = _LATIN_LEAD.match(stripped)
        rest = stripped[lead.end():] if lead else ""
        if any(ch.isalpha() for ch in rest) and _match("share_buttons", arabic.normalize(lead.group().strip())):
            rows += [_row(no, start, lead.group().strip()), _row(no, start + lead.end(), rest)]
        elif (code := _code_start(stripped, norm)) is not None:
            # '... شراء السيارات الفارهة. #vote_area2 ul { padding: 0; } ... jQuery(...)': a widget's style and
            # script run on after the last sentence (or fill the line); the code is a row of its own, removed
            head, tail = stripped[:code].rstrip(), stripped[code:].lstrip()
            if head:
                rows.append(_row(no, start, head))
            rows.append(_row(no, start + len(stripped) - len(tail), tail))
            rows[-1].set("noise", "style or script code")
        else:
            rows.append(_row(no, start, stripped, norm))
        pos += len(line) + 1
    return rows


_NON_ARABIC_LETTER = re.compile(r"[^\W\d_\u0600-\u06ff]")


def _code_start(text: str, norm: str | None = None) -> int | None:
    """Where style or script code (``code`` of data/clean_patterns.json) begins in ``text`` (``norm`` its matching
    form, when known) and runs to its end, or None: what follows the match must be mostly Latin (at most
    CODE_MAX_ARABIC of its letters Arabic)."""
    if not _NON_ARABIC_LETTER.search(text):
        return None  # all its letters Arabic (most lines): no stretch of it can be mostly Latin
    m = _match("code", arabic.normalize(text) if norm is None else norm)
    if m is None:
        return None
    cut = _label_end(text, m.start())
    letters = [ch for ch in text[cut:] if ch.isalpha()]
    arabic_letters = sum("\u0600" <= ch <= "\u06ff" for ch in letters)
    return cut if letters and arabic_letters <= CODE_MAX_ARABIC * len(letters) else None


_LATIN_LEAD = re.compile(r"(?:[A-Za-z]++[\s|,/:-]*+){1,10}+(?=[^\x00-\x7f])")  # possessive: no backtracking


def _row(no: int, start: int, text: str, norm: str | None = None) -> _Row:
    """The row of ``text`` (stripped) standing at offset ``start`` of line ``no``, undecided (``norm``: its
    matching form, when already computed)."""
    norm = arabic.normalize(text) if norm is None else norm
    return _Row(no, start, start + len(text), text, norm, len(norm.split()))


def _label_end(text: str, norm_index: int) -> int:
    _, index = arabic.normalize_with_offsets(text)
    return index[norm_index] if norm_index < len(index) else len(text)


def _by_shape(rows: list[_Row], found: dict[str, str | None], structured: bool) -> None:
    for r in rows:
        if r.kind is not None:
            continue  # style or script code, decided when the line was read (_rows)
        if not r.text:
            r.set("blank", None)
        elif not any(ch.isalnum() for ch in r.text):
            r.set("noise", "separator line")  # "***", "-----", "• • •"
        elif ("twitter" in r.norm or ".com/" in r.norm or "(@" in r.norm) and _match("tweet", r.norm):
            r.set("noise", "embedded tweet")
        elif _match("keyword_line", r.norm):
            r.set("metadata", "keyword line")
        elif _is_hashtag_line(r.text):
            r.set("noise", "hashtag line")
        elif r.words <= SHORT_LINE_WORDS and _match("share_buttons", r.norm):
            r.set("noise", "share buttons")
        elif _is_menu(r.text) or not structured and _is_nav_words(r):
            r.set("noise", "navigation menu")
        elif r.words <= SHORT_LINE_WORDS * 2 and _match("footer", r.norm):
            r.set("noise", "page footer")
        elif r.words <= 4 and _match("end_mark", r.norm):
            r.set("noise", "agency end mark")
        elif r.words <= SHORT_LINE_WORDS and _match("contact", r.norm):
            r.set("metadata", "contact line")
        elif _match("summary_header", r.norm):
            r.set("noise", "summary header")
        elif r.words <= SHORT_LINE_WORDS and (value := parse_date_line(r.text)):
            r.set("metadata", "publication-date line")
            found["published"] = found["published"] or value
        elif r.words <= SHORT_LINE_WORDS and (head := agency_date_line(r.text)):
            r.set("metadata", "dateline line")
            found["published"] = found["published"] or head[1]
            found["dateline"] = found.get("dateline") or head[0]
        elif r.words <= 8 and (m := _match("source_credit", r.norm)):
            r.set("metadata", "source credit")
            if m.group("service") is not None:  # '* خدمة «نيويورك تايمز»': a paper's syndication service
                quoted = _QUOTED_NAME.search(r.text)
                credit = quoted.group(1) if quoted else m.group("service")
            else:
                credit = _CREDIT_TRIM.sub("", r.text.split(":", 1)[-1]) or m.group("value")
            found["source_credit"] = found["source_credit"] or credit


def _tag_tail(rows: list[_Row]) -> list[_Row]:
    """A tag list closing the page (``tag_tail``): the last line becomes a keyword line, or, when the list runs on
    after the last sentence of the article (``... خلفه. سمات أبها تفجير``), the line is cut in two at the label,
    both parts keeping the line's number and their own offsets."""
    last = next((r for r in reversed(rows) if r.text), None)
    if last is None or last.kind is not None or not (m := _match("tag_tail", last.norm)):
        return rows
    cut = _label_end(last.text, m.start())
    head, tail = last.text[:cut].rstrip(), last.text[cut:].lstrip()
    if not head:
        last.set("metadata", "keyword line")
        return rows
    tag = _row(last.no, last.end - len(tail), tail)
    tag.set("metadata", "keyword line")
    i = rows.index(last)
    rows[i:i + 1] = [_row(last.no, last.start, head), tag]
    return rows


_QUOTED_NAME = re.compile(r'[«"“](.{2,40}?)[»"”]')
_CREDIT_TRIM = re.compile(r"^[\s()\[\].\-–]+|[\s()\[\].\-–]+$")  # "(المصدر: رويترز)" -> "رويترز"


def _is_hashtag_line(text: str) -> bool:
    if "#" not in text:
        return False
    tokens = text.split()
    tags = sum(t.startswith("#") or t.endswith("#") for t in tokens)
    return tags >= 2 and tags >= 0.5 * len(tokens)


# Not "/": it separates dates and URLs too. "»" only separates items on a line with no "«" quoting a name.
_MENU_SEPARATORS = re.compile(r"\s*[|»›>•·]\s*")
_MENU_SEPARATORS_QUOTED = re.compile(r"\s*[|›>•·]\s*")


def _is_menu(text: str) -> bool:
    """Breadcrumbs and menus: three or more short items between separators ("الرئيسية | أخبار | رياضة")."""
    if not any(ch in text for ch in "|»›>•·"):
        return False
    separators = _MENU_SEPARATORS_QUOTED if "«" in text else _MENU_SEPARATORS
    items = [i for i in separators.split(text) if i]
    return (len(items) >= 3 and all(len(i.split()) <= 3 and any(c.isalpha() for c in i) for i in items)
            and len(items) > len(text.split()) / 3)


def _is_nav_words(r: _Row) -> bool:
    """A short unpunctuated line made of menu words ("الرئيسية أخبار محليات رياضة")."""
    if not 3 <= r.words <= SHORT_LINE_WORDS or r.punctuated:
        return False
    nav = word_list("nav_words")
    toks = r.norm.split()
    return sum(t in nav for t in toks) >= 0.8 * len(toks)


def _terms(text: str) -> list[str]:
    return list(cluster.terms(text))


def _overlap(terms: Iterable[str], vocabulary: set[str]) -> float:
    terms = list(terms)
    return sum(t in vocabulary for t in terms) / len(terms) if terms else 0.0


def _read_also(rows: list[_Row]) -> None:
    """Each "read also" header, and the lines after it until the article resumes (or the page ends).

    The article resumes at a full paragraph that shares enough of its words with the article above the header,
    and at least twice as many as with the related items seen since (see RELATED_OVERLAP); the headlines and
    teasers of other stories share more with each other than with the article.
    """
    i = 0
    while i < len(rows):
        r = rows[i]
        if r.kind is not None or r.words > HEADLINE_MAX_WORDS or not _match("read_also", r.norm):
            i += 1
            continue
        r.set("noise", "read-also block")
        article = set(cluster.terms(" ".join(x.text for x in rows[:i] if x.kind is None)))
        block = set(cluster.terms(r.text))
        # "اقرأ أيضا: <headline>" on one line is a single link dropped into the text: the article goes on at
        # the next line unless that line is more about the linked story than about the article.
        inline = r.words >= len(_match("read_also", r.norm).group().split()) + LABEL_MAX_WORDS
        i += 1
        while i < len(rows):
            nxt = rows[i]
            if nxt.kind is None:
                terms = _terms(nxt.text)
                own, other = _overlap(terms, article), _overlap(terms, block)
                if inline and own >= other:
                    break
                floor = RESUME_OVERLAP if block else RELATED_OVERLAP
                if nxt.words >= PARAGRAPH_MIN_WORDS and own >= floor and own >= 2 * other:
                    break  # the article goes on after a short related-links box
                if nxt.words <= HEADLINE_MAX_WORDS and _match("read_also", nxt.norm):
                    nxt.set("noise", "read-also block")  # "الأكثر قراءة" right after "شاهد أيضا"
                else:
                    nxt.set("noise", "unrelated to the article (read-also continuation)")
                block.update(terms)
            i += 1


def _span(rows: list[_Row]) -> tuple[int, int] | None:
    """Line numbers of the first and last undecided paragraph: where the article's own text lies."""
    paragraphs = [r.no for r in rows if r.kind is None and r.paragraph_shaped and not r.text.startswith(_BULLETS)]
    return (paragraphs[0], paragraphs[-1]) if paragraphs else None


def _repeated(rows: list[_Row]) -> None:
    """Short lines the page carries more than once outside the article: mastheads, site names, headline copies.

    Inside the article a repeated line (a refrain of a poem, a repeated subheading) is the outlet's own text.
    The first copy of a long repeated line is left for the title step.
    """
    span = _span(rows)
    counts = Counter(r.norm for r in rows if r.kind is None)
    seen: set[str] = set()
    for r in rows:
        if r.kind is not None or counts[r.norm] < 2 or r.words > HEADLINE_MAX_WORDS:
            continue
        inside = span is not None and span[0] <= r.no <= span[1]
        if r.norm.endswith(":") and r.words <= 5:
            r.set("noise", "site name")  # "الصالح نيوز :" heads every block the site prints
        elif inside or r.punctuated:
            pass  # a sentence said twice is the outlet's own text, not furniture
        elif r.words <= LABEL_MAX_WORDS + 1 and (span is None or r.no < span[0]):
            r.set("noise", "masthead repeated at top")  # "رئيس مجلس الإدارة والتحرير" / the chairman's name
        elif r.norm in seen:
            r.set("noise", "repeated title" if r.words > LABEL_MAX_WORDS + 1 else "repeated line")
        elif r.words <= LABEL_MAX_WORDS + 1:
            r.set("noise", "repeated line")
        seen.add(r.norm)


def _title(rows: list[_Row], given: str | None, structured: bool) -> str | None:
    """The metadata title, else the first headline-shaped line before the first paragraph; its copies are noise."""
    if given and given.strip():
        target = arabic.normalize(given.strip())
        chosen = None
    else:
        chosen = None if structured else _headline_row(rows)
        if chosen is None:
            return None
        target = chosen.norm
    for r in rows:
        if r.norm != target or r.kind not in (None, "noise"):
            continue
        if chosen is None:
            chosen = r  # the first copy of the metadata title on the page is its title line
        if r is chosen:
            r.set("title", "title")
        else:
            r.set("noise", "repeated title")
    return given.strip() if given and given.strip() else chosen.text


def _headline_row(rows: list[_Row]) -> _Row | None:
    top = [r for r in rows if r.kind != "blank"][:TOP_LINES]
    short: _Row | None = None
    for r in top:
        if r.kind is not None:
            continue
        if r.words > HEADLINE_MAX_WORDS or _states(r.text) or r.words >= PARAGRAPH_MIN_WORDS and r.text.endswith(("!", "?", "؟")):
            break  # the page opens with a paragraph: no title line above it
        if r.text.startswith(_BULLETS) or r.text.endswith((":", "،", ",")):
            continue  # a bullet or a label, not a headline
        if r.words >= LABEL_MAX_WORDS:
            return r
        short = short or r  # a one- or two-word headline, taken only when nothing longer comes before the text
    return short


def _states(text: str) -> bool:
    """True when ``text`` ends like a statement: one full stop, maybe inside closing quotes ("..." and ".." are the
    trailing dots headlines use)."""
    core = text.rstrip("\"'»”)] ")
    return core.endswith(".") and not core.endswith("..")


def _lead(rows: list[_Row]) -> None:
    """Bullet lines right after a summary header are the lead."""
    for i, r in enumerate(rows):
        if r.reason != "summary header":
            continue
        for nxt in rows[i + 1:]:
            if nxt.kind == "blank":
                continue
            if nxt.kind is None and nxt.text.startswith(_BULLETS):
                nxt.set("lead", "summary bullet")
                continue
            break


def _echoes(rows: list[_Row]) -> None:
    """Short lines repeating a paragraph's words: a truncated teaser copy of the next paragraph, or a pull quote."""
    undecided = [r for r in rows if r.kind is None]
    paragraphs: list[tuple[_Row, str]] | None = None  # built on the first candidate: most pages have none
    for k, r in enumerate(undecided):
        nxt = undecided[k + 1] if k + 1 < len(undecided) else None
        if (nxt is not None and not r.punctuated and 3 <= r.words < nxt.words
                and nxt.norm.startswith(r.norm) and nxt.paragraph_shaped):
            r.set("noise", f"truncated copy of line {nxt.no}")
            continue
        if not PULL_QUOTE_MIN_WORDS <= r.words <= SHORT_LINE_WORDS * 2 or r.words >= PARAGRAPH_MIN_WORDS and r.punctuated:
            continue
        if paragraphs is None:
            paragraphs = [(p, _word_string(p.norm)) for p in undecided if p.paragraph_shaped]
        needle = _word_string(r.norm)
        hosts = [p for p, ws in paragraphs if p is not r and len(ws) > len(needle) and needle in ws]
        if hosts:
            before = [p for p in hosts if p.no < r.no]
            r.set("noise", f"pull quote repeating line {(before[-1] if before else hosts[0]).no}")


def _word_string(norm: str) -> str:
    """The words of a normalized line between single spaces, punctuation dropped, for containment tests."""
    return f" {' '.join(_WORD.findall(norm))} "


_WORD = re.compile(r"\w+")


def _by_position(rows: list[_Row], title: str | None, structured: bool) -> None:
    span = _span(rows)
    undecided = [r for r in rows if r.kind is None]
    if structured or span is None:
        # An extractor's text, or a page with no paragraph at all (a poem, a list): nothing to place debris against.
        for r in undecided:
            inside = span is not None and span[0] < r.no < span[1]
            if span is not None and r.no < span[0] and _is_dateline_line(r):
                r.set("metadata", "dateline line")  # "عين اليوم – متابعات", "لجين الأحمدي – عين اليوم" over the text
            else:
                r.set(*("subheading", "short line between paragraphs") if inside and not r.paragraph_shaped
                      else ("body", None))
        return
    first, last = span
    title_no = next((r.no for r in rows if r.kind == "title"), 0)
    listed = _list_runs(undecided)
    vocabulary: set[str] | None = None
    for r in undecided:
        if r.paragraph_shaped:
            r.set("body", None)
        elif r.words <= CAPTION_MAX_WORDS and any(t in _caption_stems() for t in _terms(r.text)):
            r.set("noise", "photo caption")  # "صورة أرشيفية", "تصوير: ..." wherever the picture sits
        elif first < r.no < last:
            r.set("subheading", "short line between paragraphs")
        elif r.no > last:
            if r.no in listed:
                r.set("body", None)  # a numbered or bulleted list closing the article ("1 - ...", "2 - ...")
            else:
                r.set("noise", "page furniture after the article")
        elif r.no < title_no:
            r.set("noise", "site name" if r.text.endswith(":") else "page furniture above the title")
        else:
            if vocabulary is None:
                # a caption names what the headline and the opening paragraphs are about
                opening = [x.text for x in rows if x.kind in (None, "body") and x.paragraph_shaped][:CAPTION_CONTEXT]
                vocabulary = set(cluster.terms(" ".join([title or "", *opening])))
            r.set(*_before_article(r, vocabulary))


def _dateline_place(rows: list[_Row]) -> str | None:
    """The place of the first dateline line, the side of its dash the place lexicon knows (``عين اليوم – جدة`` ->
    جدة; ``لجين الأحمدي – عين اليوم`` names none)."""
    line = next((r for r in rows if r.reason == "dateline line"), None)
    if line is None:
        return None
    return next((s.strip(" \u0640-–—") for s in re.split(_DATELINE_DASH, line.text)
                 if cluster.places_of(arabic.words(s))), None)  # عكاظ اليوم ــ جدة: a dash drawn long


def _is_dateline_line(r: _Row) -> bool:
    """A short line of two names around a dash: outlet and place, writer and outlet (``عين اليوم – جدة``)."""
    return r.words <= 6 and not r.paragraph_shaped and _DATELINE_LINE.match(r.text) is not None


_LIST_ITEM = re.compile(r"^\W{0,3}(?:\d{1,2}\s*[-.)ـ–]|[-•*–·])\s*\w")


def _list_runs(rows: list[_Row], min_run: int = 3) -> set[int]:
    """Line numbers of runs of at least ``min_run`` consecutive list items among ``rows`` (blank lines between)."""
    out: set[int] = set()
    run: list[int] = []
    for r in [*rows, None]:
        if r is not None and _LIST_ITEM.match(r.text):
            run.append(r.no)
            continue
        if len(run) >= min_run:
            out.update(run)
        run = []
    return out


def _before_article(r: _Row, vocabulary: set[str]) -> tuple[str, str | None]:
    """What a short unpunctuated line between the title and the first paragraph is."""
    terms = _terms(r.text)
    if any(t in _caption_stems() for t in terms):
        return "noise", "photo caption"  # "صورة أرشيفية", "تصوير: ..."
    if _is_dateline_line(r):
        return "metadata", "dateline line"
    shared = sum(t in vocabulary for t in terms)
    if shared >= CAPTION_MIN_SHARED and shared >= CAPTION_OVERLAP * len(terms):
        return "noise", "photo caption"  # names what the article is about without saying anything new
    if r.words <= LABEL_MAX_WORDS:
        return "noise", "site name" if r.text.endswith(":") else "label before the article"
    return "body", None  # a longer line with words of its own (a verse, a kicker): the outlet's text
