"""Dates in Arabic news copy: absolute, numeric, Hijri and relative, each with an ISO value at its real granularity.

Matching runs over the normalized text (``marsad.arabic.normalize``) and every mention keeps offsets into the
original. Month, weekday and relative words are data (``data/dates_calendar.json``, ``data/dates_words.json``), and so
are the ordinals a day may be written as (``الثالث من أغسطس``, ``الحادي والعشرين من رمضان 1436هـ``).

>>> [(d.text, d.value, d.kind) for d in find_dates("وقعت الحادثة الأربعاء 24 يناير 2024 وليس أمس")]
[('الأربعاء 24 يناير 2024', '2024-01-24', 'absolute'), ('أمس', None, 'relative')]
>>> [(d.text, d.value) for d in find_dates("في يناير/كانون الثاني الماضي", anchor=date(2024, 2, 12))]
[('يناير/كانون الثاني الماضي', '2024-01')]

A count is never a date: ``2500 جندي`` and ``24 ساعة`` give nothing. A stated length of days, weeks, months or
years is a mention of kind ``duration`` with an ISO 8601 value (``8 سنوات`` -> ``P8Y``), never an age (``البالغ من
العمر 25 عاما``); spans around the anchor (``السنوات الأخيرة``) are relative mentions without a value; historical
eras (``الفترة العثمانية``) are kind ``era``, without a value; decades (``الأربعينات``) and month ranges (``بين يناير
ومارس``) are ranges.

>>> [(d.text, d.value, d.kind) for d in find_dates("أمضى 8 سنوات في المنصب منذ الأربعينات")]
[('8 سنوات', 'P8Y', 'duration'), ('الأربعينات', '1940/1949', 'absolute')]
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib.resources import files

from hijridate import Gregorian, Hijri

from ..arabic import fold_with_offsets, normalize, orig_end  # noqa: F401  (re-exported: quantities, quotes)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str  # as written, text[start:end]
    value: str | None  # ISO at real granularity; None when relative with no anchor
    granularity: str  # 'day' | 'week' | 'month' | 'year' | 'range'
    kind: str  # 'absolute' | 'relative' | 'hijri' | 'numeric'
    anchor: str | None  # ISO day a relative mention was resolved against

    def to_json(self) -> dict:
        return asdict(self)


@cache
def month_words() -> frozenset[str]:
    """Gregorian and Hijri month names, normalized, with the first word of two-word names (كانون of كانون الثاني);
    not those that are also common words (آب 'father', مارس)."""
    lex = _lexicon()
    firsts = {k.split(" ")[0] for k in (*lex.months, *lex.hijri)} - {"ذي", "ذو", "ذا", "صفر"}  # ذي alone is "of"; صفر is zero (فاز 3 صفر)
    return frozenset((*lex.months, *lex.hijri, *firsts)) - lex.ambiguous


def opens_a_time(words: Sequence[str]) -> bool:
    """Normalized words (those after في, say) open a time: a month's name ('مايو أيار'), a day or a year and a
    month's name ('12 يونيو'), a year ('2015'), or a period and its direction ('الأسبوع الماضي', 'الشهر الجاري')."""
    if not words:
        return False
    lex, first = _lexicon(), words[0]
    if first.isdigit():
        return len(first) == 4 or len(words) > 1 and words[1] in month_words()
    return first in month_words() or _period_and_direction(words, lex)


def opens_a_period(words: Sequence[str]) -> bool:
    """Normalized words open a period named by its direction, or a part of one: 'الأسبوع الماضي', 'الشهر الجاري',
    'مطلع الشهر الجاري' (no month's name and no year: those may be a name's words or a number)."""
    lex = _lexicon()
    if words and words[0] in lex.parts:
        words = words[1:]
    return _period_and_direction(words, lex)


def _period_and_direction(words: Sequence[str], lex: _Lexicon) -> bool:
    """The words open with a period and its direction ('الأسبوع الماضي', 'الشهر الجاري')."""
    return len(words) > 1 and words[0] in lex.periods and words[1] in lex.direction


@cache
def past_day_names() -> frozenset[str]:
    """Weekday names and the one-word day words of today and before (اليوم، أمس، البارحة), normalized."""
    lex = _lexicon()
    return frozenset(lex.weekdays) | {w for w, offset in lex.day_words.items() if offset <= 0 and " " not in w}


def from_now(mention: str) -> bool:
    """Does a date mention name its time from the day of writing: a day word or a direction word in it (أمس،
    البارحة، الجمعة الماضية، مارس المقبل)? Such a date is never part of a name written before it.

    >>> from_now("الجمعة الماضية"), from_now("البارحة"), from_now("25 يناير"), from_now("الجمعة")
    (True, True, False, False)
    """
    lex = _lexicon()
    return any(w in lex.day_words or w in lex.direction for w in normalize(mention).split())


def _windows(text: str, spans: Iterable[tuple[int, int]] | None, to_norm: Callable[[int], int], n: int):
    if spans is None:
        return [(0, n)]
    out = []
    for lo, hi in sorted(spans):
        if not 0 <= lo <= hi <= len(text):
            raise ValueError(f"span ({lo}, {hi}) is outside the text (length {len(text)}); pass offsets into text")
        out.append((to_norm(lo), to_norm(hi)))
    return out

# Days a day word with a weekday (اليوم السبت، أمس الجمعة) may move back to reach the weekday it names: publication
# dates of scraped pages are often the crawl's date, days after the page was written. In SaudiNewsNet (the date a page
# was crawled) the weekday of اليوم/أمس + weekday lies 0 days before it 2,352 times, then 1: 649, 2: 175, 3: 74,
# 4: 49, 5: 33, 6: 42 (bench/weekday_lag.py): a lag that decays, and 6 days back is mostly a day early (time zones).
WEEKDAY_LAG_DAYS = 5  # back at most this far; a weekday further back is one of the next days (6 back: the next)
# A word س + X is a future verb when X is among SaudiNewsNet's commonest 50,000 words (سيعرض: يعرض is common;
# سيارة, سياسة: يارة, ياسة are no words)
FUTURE_VERB_RANK = 50_000

# --- language data -------------------------------------------------------------------------------------------------
@cache
def _data(name: str) -> dict:
    return json.loads(files("marsad.data").joinpath(name).read_text(encoding="utf-8"))


def _normed(mapping: dict) -> dict:
    return {normalize(k): v for k, v in mapping.items() if not k.startswith("_")}


def _alt(words: Iterable[str]) -> str:
    """A regex matching any of the normalized ``words`` (longest first), inner spaces as \\s+, wrapped in (?:).

    Built as a trie (``ك(?:انون\\s+(?:الاول|الثاني))``) because Python's re tries a flat alternation branch by branch
    at every position: the trie is 3-5x faster on the month, weekday and number-word lists.
    """
    trie: dict = {}
    for word in {normalize(w) for w in words}:
        node = trie
        for ch in re.sub(r"\s+", " ", word):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(trie) + ")"


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    ambiguous: frozenset[str]
    hijri: dict[str, int]
    weekdays: dict[str, int]
    day_words: dict[str, int]
    ordinals: dict[str, int]  # الثالث -> 3, الحادي والعشرين -> 21 (a day written as an ordinal before من + month)
    direction: dict[str, str]
    periods: dict[str, str]
    parts: dict[str, str]
    units: dict[str, list]
    numbers: dict[str, int]
    year_cues: frozenset[str]
    year_from_not_after: frozenset[str]  # من is a year's cue, but not in أكثر من 2000 زائر
    counted_nouns: frozenset[str]  # words news writes after a number (numbers_counted_nouns.tsv): 1947 جولة
    count_cues: frozenset[str]
    age_cues: frozenset[str]
    measure_nouns: frozenset[str]
    short_year_cues: frozenset[str]  # year words, month names, a Hijri year's suffix, ت (died): before 622 م
    durations: dict[str, list]
    plural_periods: dict[str, str]
    decades: dict[str, int]
    future_cues: frozenset[str]
    after_future: frozenset[str]  # 'بعد 14 شهرا' is a date only in a clause with these (or a س verb): سوف، لن ...
    after_fillers: frozenset[str]  # 'بعد أسبوع فقط من': between the length of time and من
    today_names: frozenset[str]
    named_day: re.Pattern[str]  # مدينة, شارع ... right before a day and month: the name of a place (مدينة 6 أكتوبر)
    same_day: tuple[frozenset[str], frozenset[str]]  # words before / after اليوم that make it 'the same day'
    tomorrow_leads: frozenset[str]  # words after which غد is tomorrow (يوم، صباح، من)
    trigger: re.Pattern[str]
    word_classes: dict[str, frozenset[str]]  # trigger word -> the classes of calendar word it belongs to
    patterns: tuple[tuple[str, re.Pattern[str]], ...]


def _key(s: str) -> str:
    return re.sub(r"\s+", " ", s)


@cache
def _lexicon() -> _Lexicon:
    cal, words, nums = _data("dates_calendar.json"), _data("dates_words.json"), _data("numbers_words.json")
    months, hijri, weekdays = _normed(cal["gregorian_months"]), _normed(cal["hijri_months"]), _normed(cal["weekdays"])
    direction, parts = _normed(words["direction"]), _normed(words["month_parts"])
    day_words, units = _normed(words["day_words"]), _normed(words["units"])
    ordinals = {_key(k): v for k, v in _normed(words["day_ordinals"]).items()}
    numbers = _normed(nums["units"]) | _normed(nums["tens"])
    # the teens: a unit from three to nine and عشر / عشرة (خمس عشرة سنة, ثلاثة عشر عاما); أحد عشر, اثنا عشر are units
    numbers |= {_key(f"{u} {normalize(s)}"): v + 10 for u, v in list(numbers.items()) if 3 <= v <= 9 and " " not in u
                for s in nums["teen_suffix"]}
    classes: dict[str, set[str]] = {}
    for cls, ws in (("month", months), ("hijri", hijri), ("weekday", weekdays), ("day_word", day_words),
                    ("unit", [*units, *words["duration_units"]]), ("period", [*words["periods"], *words["plural_periods"]]),
                    ("decade", words["decades"]), ("era", words["eras"]["adjectives"])):
        for w in ws:
            for form in {_key(normalize(w)), normalize(w).split()[0]}:
                classes.setdefault(form, set()).add(cls)
    B, E = r"(?<![^\W_])(?:[وفبل]|وب|ول|فب|فل)?", r"(?![^\W_])"  # word start (with one proclitic) and word end
    # the month in both series: 'يناير/كانون الثاني', 'يناير (كانون الثاني)', and as Reuters' Arabic wire writes it,
    # 'سبتمبر أيلول' (the two names must be one month: _month_of); with a dash, 'أكتوبر - تشرين الأول' is read by
    # month_range as the one month it names
    def pair(first: str, second: str, marks: str = "/(") -> str:  # a month name, then optionally its other name
        return rf"(?P<{first}>{_alt(months)})(?:(?:\s*[{marks}]\s*|\s+)(?P<{second}>{_alt(months)})(?:\s*\))?)?"

    MON = pair("m1", "m2") + E
    MON_DAY = pair("m1", "m2", "/(-") + E  # after a day a dash joins the two names too: '26 شباط - فبراير عام 2016'
    # 'الماضي' after a month is the last such month; 'من العام الماضي' (MDIR) is that month of last year (فبراير من
    # العام الماضي in August 2015 is February 2014)
    DIR = rf"(?:\s+(?P<dir>{_alt(direction)}){E})?"
    MDIR = (rf"(?:\s+(?P<dir>{_alt(direction)}){E}"
            rf"|\s+من\s+(?:ال)?(?:عام|سنه)\s+(?P<yrel>{_alt(direction)}){E})?")  # after a month only
    WD = _alt(weekdays)
    SUFFIX = "م|ميلادي|ميلاديه|للميلاد|ه|هجري|هجريه|للهجره"
    YEAR = rf"(?P<y>\d{{4}})(?!\d)(?:\s*(?P<ys>{SUFFIX})(?![^\W_]))?"
    YEAR_LEAD = r"(?:\s*,?\s*(?:من\s+)?(?:(?:ال|ل)?(?:عام|سنه)\s*)?(?P<yp>\()?\s*" + YEAR + r"(?(yp)\s*\)))"
    patterns = {
        "range": rf"{B}(?:(?P<lead>من|بين)\s+)?(?<!\d)(?P<d1>\d{{1,2}})\s*(?:-|الي|حتي|وحتي|والي|و)\s*(?P<d2>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?{MON}{YEAR_LEAD}?{MDIR}",
        "dmy": rf"{B}(?:(?P<wd>(?:يوم\s+)?(?:{WD})|يوم)\s*,?\s*(?:الموافق\s+)?)?(?:(?<![\d/.-])(?P<d>\d{{1,2}})(?:(?:st|nd|rd|th)\s*,?)?\s*(?:من\s+)?"
        rf"|(?P<od>{_alt(ordinals)})\s+من\s+)(?:شهر\s+)?{MON_DAY}{YEAR_LEAD}?{MDIR}",
        "mdy": r"(?<![^\W_])(?P<m1>[a-z]{3,9})\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})(?!\d)",
        "my": rf"{B}(?:(?P<part>{_alt(parts)})\s+)?(?:(?P<sh>شهر)\s+)?{MON}{YEAR_LEAD}?{MDIR}",
        "numeric": rf"(?:(?<![^\W_])(?P<wd>(?:يوم\s+)?(?:{WD}))\s*,?\s*(?:الموافق\s*)?)?(?:(?P<mn>{_alt(months)})\s*(?P<mp>\()\s*)?(?<![\d/.-])(?P<a>\d{{1,4}})\s*(?P<sep>[/.-])\s*(?P<b>\d{{1,2}})\s*(?P=sep)\s*(?P<cp>\(\s*)?(?P<c>\d{{1,4}})(?(cp)\s*\))(?![\d/])"
        r"(?:\s*(?P<ys>ه|هجري|هجريه|م|ميلادي|ميلاديه)(?![^\W_]))?(?(mp)\s*\))",
        "hijri": rf"{B}(?:(?P<d>\d{{1,2}})\s*(?:من\s+|/\s*)?|(?P<od>{_alt(ordinals)})\s+من\s+)?(?:(?P<sh>شهر)\s+)?(?P<hm>{_alt(hijri)}){E}\s*[,/]?\s*(?:من\s+)?(?:(?:ال|ل)?(?:عام|سنه)\s*)?(?P<yp>\()?\s*"
        r"(?P<y>1[34]\d\d)(?!\d)(?(yp)\s*\))(?:\s*(?P<ys>ه|هجري|هجريه|للهجره)(?![^\W_]))?",
        "year": rf"{B}(?:(?P<part>{_alt(parts)})\s+)?(?P<yw>(?:ال|ل)?(?:عام|سنه)|عامي|العامين){E}\s*(?P<yp>\()?\s*(?P<y>\d{{4}})(?!\d)"
        rf"(?:\s*(?:-|/|و|الي)\s*(?P<y2>\d{{4}})(?!\d))?(?(yp)\s*\))(?:\s*(?P<ys>{SUFFIX})(?![^\W_]))?",
        # (with the year before it: the school year '1436- 1437هـ', '1436/1437هـ')
        "hijri_year": r"(?P<yp>\(\s*)?(?<![\d/.-])(?:(?P<y1>1[34]\d\d)\s*(?:-|/|الي|حتي)\s*)?(?P<y>1[34]\d\d)(?(yp)\s*\))\s*(?P<ys>ه|هجري|هجريه|للهجره)(?![^\W_])",
        "suffixed_year": r"(?P<yp>\(\s*)?(?<![\d/.-])(?P<y>\d{3,4})(?(yp)\s*\))\s*(?P<ys>م|ميلادي|ميلاديه|للميلاد)(?![^\W_])(?!\s*(?:مربع|مكعب))",
        # '2003-2010', 'من 2015 إلى 2019', 'بين 2009 حتى 2013', 'بين 2003 و2010' (و joins a range only after بين)
        "year_range": rf"(?:{B}(?P<lead>من|بين|منذ)\s+(?:(?P<yw>عام|سنه)\s+)?)?(?<![\d/.,-])(?P<y>(?:18|19|20)\d\d)\s*"
        rf"(?:-|(?P<to>الي|حتي|وحتي|والي|و)(?=\s*(?:\d|(?:ال)?(?:عام|سنه)\s+\d)))\s*(?:(?:ال)?(?:عام|سنه)\s+)?(?P<y2>(?:18|19|20)\d\d)(?![\d%]|[/.,]\d)(?:\s*(?P<ys>{SUFFIX})(?![^\W_]))?",
        "bare_year": r"(?<![\d/.,-])(?P<y>(?:18|19|20)\d\d)(?![\d%]|[.,]\d|\s*[/-]\s*\d)",
        "day_word": rf"{B}(?P<w>{_alt(day_words)}){E}(?:\s*,?\s*(?P<wd>{WD}){E})?",
        "weekday": rf"{B}(?:(?P<yawm>يوم)\s+)?(?P<wd>{WD}){E}{DIR}",
        # 'يوم السبت 2-10', 'الثلاثاء 10/12': a weekday and two numbers, a day and month of no stated calendar or
        # order, read by the weekday against the anchor (_weekday_numeric); three numbers are "numeric"'s
        "weekday_numeric": rf"{B}(?:(?P<yawm>يوم)\s+)?(?P<wd>{WD}){E}\s*,?\s*(?:الموافق\s*)?(?<![\d/.-])(?P<a>\d{{1,2}})\s*"
        r"[/-]\s*(?P<b>\d{1,2})(?!\s*[/.-]\s*\d)(?![\d%.,]\d|[\d%])",
        # a day of a month named by its place ('يوم 29 من الشهر الجاري', 'الخامس من الشهر المقبل'): _h_period
        # '21 الجاري', 'في 29 الحالي': that day of the current month, the month word left out
        "day_current": rf"{B}(?:(?P<yawm>يوم)\s+)?(?<![\d/.,-])(?P<d>\d{{1,2}})\s+(?P<dir>الجاري|الحالي){E}",
        "period": rf"{B}(?:(?:(?P<yawm>يوم)\s+)?(?:(?<![\d/.-])(?P<d>\d{{1,2}})|(?P<od>{_alt(ordinals)}))\s+من\s+)?"
        rf"(?:(?P<part>{_alt(parts)})\s+)?(?:(?P<this>هذا|هذه)\s+)?(?P<p>{_alt(words['periods'])}){E}{DIR}",
        "duration": rf"{B}(?:(?P<lead>{_alt(words['duration_leads'])})\s+)?(?:(?P<n>\d{{1,3}}(?:[.,]\d+)?(?![\d.,])|{_alt(numbers)}"
        rf"|(?P<vague>{_alt(words['duration_vague'])})){E}\s*)?(?P<u>{_alt(words['duration_units'])}){E}",
        "spans": rf"{B}(?P<pp>{_alt(words['plural_periods'])})(?:\s+(?:ال)?{_alt(numbers)})?\s+(?P<dir>{_alt(direction)}){E}",
        # a Hijri day range as Saudi copy writes it: 'خلال الفترة من 19 إلى 21 شوال الجاري', '15-26 شوال'
        "hijri_month": rf"{B}(?:(?:(?P<lead>من|بين)\s+(?=\d{{1,2}}\s*(?:-|الي|حتي|وحتي|والي|و)\s*\d))?"
        rf"(?<![\d/.-])(?P<d>\d{{1,2}})(?:\s*(?:-|الي|حتي|وحتي|والي|و)\s*(?P<d2>\d{{1,2}}))?\s*(?:من\s+)?"
        rf"|(?P<od>{_alt(ordinals)})\s+من\s+)?"
        rf"(?:(?P<sh>شهر)\s+)?(?P<hm>{_alt(hijri)}){E}(?:\s+(?:المبارك|الكريم|المعظم|الحرام){E})?{MDIR}"
        r"(?:\s*,?\s*(?:من\s+)?(?:(?:ال|ل)?(?:عام|سنه)\s*)?(?P<yp>\()?\s*(?P<y>(?:19|20)\d\d)(?!\d)(?(yp)\s*\)))?"
        r"(?:\s*(?P<hy>\d{1,4})\s*(?:ه|هجري|هجريه|للهجره)(?![^\W_]))?",
        "month_range": rf"{B}(?:(?P<lead>بين|من)\s+)?{MON}\s*(?P<to>-|الي|حتي|وحتي|والي|و)\s*{pair('m3', 'm4')}{E}{YEAR_LEAD}?{MDIR}",
        "numeric_range": r"(?<![\d/.-])(?P<d1>\d{1,2})\s*/\s*(?P<d2>\d{1,2})\s*/\s*(?P<mo>\d{1,2})\s*/\s*(?P<yp>\(\s*)?(?P<y>\d{4})(?!\d)(?(yp)\s*\))",
        "part_year": rf"{B}(?P<part>{_alt(p for p in parts if p not in ('اول', 'اخر'))})\s+(?P<y>(?:18|19|20)\d\d)(?![\d%]|[.,]\d|\s*[/-]\s*\d)",
        "decade": rf"{B}(?P<dec>{_alt(words['decades'])}){E}(?:\s+(?:من\s+)?(?P<c>القرن\s+(?:الماضي|العشرين|المنصرم|التاسع\s+عشر)))?",
        "era": rf"{B}(?P<head>{_alt(words['eras']['heads'])})\s+(?P<adj>{_alt(words['eras']['adjectives'])}){E}",
        "ago": rf"{B}(?P<ago>قبل|منذ|بعد)\s+(?:(?:اكثر\s+من|نحو|حوالي)\s+)?(?:(?P<n>\d{{1,3}}|{_alt(numbers)})\s+)?(?P<u>{_alt(units)}){E}",
    }
    return _Lexicon(
        months={_key(k): v for k, v in months.items()},
        ambiguous=frozenset(normalize(w) for w in cal["ambiguous_months"]["names"]),
        hijri={_key(k): v for k, v in hijri.items()},
        weekdays=weekdays,
        day_words={_key(k): v for k, v in day_words.items()},
        ordinals=ordinals,
        direction=direction,
        periods=_normed(words["periods"]),
        parts=parts,
        units=units,
        numbers=numbers,
        year_cues=frozenset(normalize(w) for w in words["year_cues"]),
        year_from_not_after=frozenset(normalize(w) for w in words["year_from_not_after"]),
        counted_nouns=counted_nouns() | frozenset(normalize(w) for w in nums["currencies"]),
        count_cues=frozenset(normalize(w) for w in words["count_cues"]),
        age_cues=frozenset(normalize(w) for w in words["age_cues"]),
        measure_nouns=frozenset(normalize(w) for w in words["measure_nouns"]),
        short_year_cues=frozenset(normalize(w) for w in [*words["year_words"], *words["short_year_cues"]])
        | {k.split()[-1] for k in months} | {k.split()[-1] for k in hijri},
        durations={_key(k): v for k, v in _normed(words["duration_units"]).items()},
        plural_periods={_key(k): v for k, v in _normed(words["plural_periods"]).items()},
        decades=_normed(words["decades"]),
        future_cues=frozenset(normalize(w) for w in words["future_cues"]),
        after_future=frozenset(normalize(w) for w in words["after_future_markers"]),
        after_fillers=frozenset(normalize(w) for w in words["after_fillers"]),
        today_names=frozenset(normalize(w) for w in words["names_with_today"]),
        named_day=re.compile(rf"(?<![^\W_])[وفبل]?(?:{_alt(normalize(w) for w in words['named_day_heads'])})\s+$"),
        same_day=(frozenset(normalize(w) for w in words["same_day_before"]),
                  frozenset(normalize(w) for w in words["same_day_after"])),
        tomorrow_leads=frozenset(normalize(w) for w in words["tomorrow_leads"]),
        patterns=tuple((name, re.compile(p)) for name, p in patterns.items()),
        # every pattern holds a digit or one of these words
        trigger=re.compile(r"(?P<d>\d)|(?<![^\W_])(?:[وفبل]|وب|ول|فب|فل|لل)?(?P<w>" + _alt(classes) + r")(?![^\W_])"),
        word_classes={w: frozenset(c) for w, c in classes.items()},
    )


# --- finding -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Parsed:
    """A date as found, before resolution: the fields the text states, and how the rest must be resolved."""

    start: int  # normalized offsets
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day2: int | None = None  # end day of a range
    year2: int | None = None  # end year of a year range
    direction: str | None = None  # 'past' | 'next' | 'current' for relative months and weekdays
    offset_days: int | None = None  # أمس -> -1
    weekday: int | None = None
    period: str | None = None  # 'week' | 'month' | 'year' for الأسبوع/الشهر/العام الماضي
    ago: tuple[int, str] | None = None  # (signed count, unit) for قبل 3 أيام
    value: str | None = None  # already resolved (numeric, Hijri, durations)
    granularity: str = "day"
    month_end: int | None = None  # last month of a month range (بين يناير ومارس)
    hijri_month: int | None = None  # a Hijri month named without a Hijri year (شهر رمضان المبارك)


def find_dates(
    text: str, spans: Iterable[tuple[int, int]] | None = None, *, anchor: date | None = None,
    names: Iterable[tuple[int, int]] = (),
) -> list[DateMention]:
    """Date mentions in ``text`` (or only inside ``spans``), resolved against ``anchor`` when relative.

    ``names`` are the (start, end) of people's names in ``text`` (the entity recognizer's persons): a weekday written
    alone inside one is the person's family name, not a day ('أمين عام الاتحاد أحمد الخميس', 'وقال الخميس في تصريح').

    >>> [(d.text, d.value, d.granularity) for d in find_dates("عقد في 7-8 أغسطس 2023 وفي عام 2014")]
    [('7-8 أغسطس 2023', '2023-08-07/2023-08-08', 'range'), ('عام 2014', '2014', 'year')]
    """
    norm, to_orig, to_norm = fold_with_offsets(text)
    out: list[DateMention] = []
    bare: list[tuple[int, int]] = []  # (index in out, weekday) of weekdays named with no word of direction
    named: dict[int, set[str]] = {}  # weekday -> the days it resolved to with الماضي/المقبل or a day word
    names = list(names)
    for lo, hi in _windows(text, spans, to_norm, len(norm)):
        for p in _parse(norm, lo, hi):
            start, end = to_orig(p.start), orig_end(text, to_orig, p.end)
            weekday_only = p.weekday is not None and p.month is None and p.day is None
            bare_weekday = weekday_only and p.direction is None and p.offset_days is None
            if bare_weekday and any(a <= start and end <= b for a, b in names):
                continue
            value, granularity, used = _resolve(p, anchor)
            kind = "relative" if p.kind == "weekday_numeric" else p.kind  # read against the anchor like a weekday
            if kind == "absolute" and granularity == "year" and p.year2 is None and anchor is not None and (
                    hijri := _bare_hijri_year(p.year, anchor)):
                (value, granularity), kind, used = hijri, "hijri", anchor.isoformat()
            if weekday_only and value is not None:
                if bare_weekday:
                    bare.append((len(out), p.weekday))
                else:
                    named.setdefault(p.weekday, set()).add(value)
            out.append(DateMention(start, end, text[start:end], value, granularity, kind, used))
    # 'التقديم على وظائف الهلال الأحمر الأحد' above '... يوم الأحد المقبل': a weekday written bare is the one the
    # article names with a direction (or a day word) elsewhere, when it names exactly one such day
    for k, weekday in bare:
        if len(days := named.get(weekday, ())) == 1:
            out[k] = replace(out[k], value=next(iter(days)))
    return out


HIJRI_YEARS_BACK, HIJRI_YEARS_AHEAD = 60, 15


def _bare_hijri_year(year: int | None, anchor: date) -> tuple[str, str] | None:
    """The Gregorian range of a year written without هـ that can only be Hijri: ``بنهاية العام 1440`` in a 2015
    article is 1440 AH (2018-09-11/2019-08-30). A number in the Hijri range is read so when that Hijri year falls
    within HIJRI_YEARS_BACK years before the publication date and HIJRI_YEARS_AHEAD after; otherwise it stays a
    Gregorian year (``عام 1453`` is the fall of Constantinople, not 2031)."""
    if year is None or not 1343 <= year <= 1500:
        return None
    resolved = _hijri_value(year, None, None)
    if resolved is None or not anchor.year - HIJRI_YEARS_BACK <= int(resolved[0][:4]) <= anchor.year + HIJRI_YEARS_AHEAD:
        return None
    return resolved


def near(trigger: re.Pattern[str], norm: str, lo: int, hi: int, before: int = 25, after: int = 70):
    """Merged windows of ``norm[lo:hi]`` around the matches of ``trigger``, ending at a space.

    Why: the full patterns cost ~0.1 s per MB each when tried at every position; a digit or a calendar word occurs
    in a small part of a news text, so they run only there (3-4x faster on SaudiNewsNet).
    """
    out: list[tuple[int, int]] = []
    for m in trigger.finditer(norm, lo, hi):
        a, b = max(lo, m.start() - before), min(hi, m.end() + after)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    windows = []
    for a, b in out:
        space = norm.find(" ", b, hi) if b < hi else -1
        windows.append((a, hi if b < hi and space < 0 else (space if b < hi else b)))
    return windows


# The calendar words each pattern needs, one of them at least: a pattern runs only in windows that hold one.
_NEEDS = {
    "range": {"digit"}, "dmy": {"digit", "month"}, "mdy": {"digit"}, "my": {"month"}, "numeric": {"digit"},
    "hijri": {"hijri"}, "year": {"digit"}, "hijri_year": {"digit"}, "suffixed_year": {"digit"},
    "year_range": {"digit"}, "bare_year": {"digit"}, "day_word": {"day_word"}, "weekday": {"weekday"},
    "period": {"period"}, "day_current": {"digit"}, "ago": {"unit"}, "duration": {"unit"}, "spans": {"period"}, "hijri_month": {"hijri"},
    "month_range": {"month"}, "numeric_range": {"digit"}, "part_year": {"digit"}, "decade": {"decade"},
    "era": {"era"}, "weekday_numeric": {"weekday"},
}


def _near_classes(lex: _Lexicon, norm: str, lo: int, hi: int, before: int = 25, after: int = 70):
    """``near`` for the date trigger, with the set of calendar-word classes each window holds."""
    out: list[list] = []
    digit = frozenset({"digit"})
    for m in lex.trigger.finditer(norm, lo, hi):
        a, b = max(lo, m.start() - before), min(hi, m.end() + after)
        cls = digit if m.lastgroup == "d" else lex.word_classes.get(_key(m.group("w")), frozenset())
        if out and a <= out[-1][1]:
            out[-1][1] = b
            out[-1][2] = out[-1][2] | cls
        else:
            out.append([a, b, cls])
    for w in out:
        b = w[1]
        space = norm.find(" ", b, hi) if b < hi else -1
        w[1] = hi if b < hi and space < 0 else (space if b < hi else b)
    return out


@lru_cache(maxsize=32)
def _parse(norm: str, lo: int, hi: int) -> tuple[_Parsed, ...]:
    """Date mentions in ``norm[lo:hi]``; cached, as find_dates and find_quantities read the same text."""
    lex = _lexicon()
    found: list[_Parsed] = []
    names: list[_Parsed] = []
    for wlo, whi, classes in _near_classes(lex, norm, lo, hi):
        for name, pattern in lex.patterns:
            if classes.isdisjoint(_NEEDS[name]):
                continue
            handler = _HANDLERS[name]
            for m in pattern.finditer(norm, wlo, whi):
                p = handler(m, norm, lex)
                if p is None:
                    continue
                if p.day is not None and p.year is None and lex.named_day.search(norm, max(lo, p.start - 12), p.start):
                    names.append(p)  # مدينة 6 أكتوبر: a place; no part of it is a date
                else:
                    found.append(p)
    found = [p for p in found if all(p.end <= n.start or p.start >= n.end for n in names)]
    # the longest mention wins where two overlap; among equals the earlier pattern (more specific) wins
    found.sort(key=lambda p: -(p.end - p.start))
    kept: list[_Parsed] = []
    for p in found:
        if all(p.end <= k.start or p.start >= k.end for k in kept):
            kept.append(p)
    return tuple(sorted(kept, key=lambda p: p.start))


def _core_start(m: re.Match[str], first_group: str) -> int:
    """Where the mention starts: after any proclitic letter the pattern allowed (و/ب/ل/ف)."""
    return m.start(first_group) if m.group(first_group) is not None else m.start()


def _month_of(m: re.Match[str], lex: _Lexicon, first: str = "m1", second: str = "m2") -> int | None:
    month = lex.months.get(_key(m.group(first)))
    other = m.groupdict().get(second)
    if other is not None and lex.months.get(_key(other)) != month:
        return None  # "يناير/آذار" is not one month
    return month


def _year_of(m: re.Match[str]) -> tuple[int | None, bool]:
    """(year, is_hijri) from the optional year group."""
    y = m.groupdict().get("y")
    if y is None:
        return None, False
    suffix = m.groupdict().get("ys") or ""
    return int(y), suffix.startswith("ه") or suffix == "للهجره"


def _h_range(m, norm, lex):
    month = _month_of(m, lex)
    d1, d2 = int(m["d1"]), int(m["d2"])
    if month is None or not 1 <= d1 < d2 <= 31:
        return None
    year, hijri = _year_of(m)
    if hijri:
        return None
    start = m.start("lead") if m["lead"] else m.start("d1")
    return _Parsed(start, m.end(), "absolute" if year else "relative", year=year, month=month, day=d1,
                   day2=d2, direction=_dir(m, lex), granularity="range")


def _dir(m, lex) -> str | None:
    """'past' / 'next' / 'current' for الماضي / المقبل / الجاري; 'year_past' ... for من العام الماضي ..."""
    d, y = m.groupdict().get("dir"), m.groupdict().get("yrel")
    if y:
        return "year_" + lex.direction[y] if y in lex.direction else None
    return lex.direction.get(d) if d else None


def _day_of(m: re.Match[str], lex: _Lexicon) -> int | None:
    """The day of the month a match states, in digits (24) or as an ordinal (الرابع والعشرين), else None."""
    if m["d"]:
        return int(m["d"])
    return lex.ordinals.get(_key(m["od"])) if m["od"] else None


def _h_dmy(m, norm, lex):
    month = _month_of(m, lex)
    day = _day_of(m, lex)
    if month is None or day is None or not 1 <= day <= 31:
        return None
    year, hijri = _year_of(m)
    if hijri:
        return None
    start = m.start("wd") if m["wd"] else m.start("d") if m["d"] else m.start("od")
    return _Parsed(start, m.end(), "absolute" if year else "relative", year=year, month=month, day=day,
                   direction=_dir(m, lex))


def _h_mdy(m, norm, lex):
    month = lex.months.get(m["m1"])
    day = int(m["d"])
    if month is None or not 1 <= day <= 31:
        return None
    return _Parsed(m.start(), m.end(), "absolute", year=int(m["y"]), month=month, day=day)


def _h_my(m, norm, lex):
    month = _month_of(m, lex)
    if month is None:
        return None
    year, hijri = _year_of(m)
    direction = _dir(m, lex)
    if hijri:
        return None
    m1 = _key(m["m1"])
    if m1 in lex.ambiguous and not (year or direction or m["sh"] or m["m2"]):
        return None  # آب alone is "father", مارس alone "he practised"
    start = m.start("part") if m["part"] else (m.start("sh") if m["sh"] else m.start("m1"))
    return _Parsed(start, m.end(), "absolute" if year else "relative", year=year, month=month,
                   direction=direction, granularity="month")


def _h_numeric(m, norm, lex):
    a, b, c = m["a"], int(m["b"]), m["c"]
    suffix = m["ys"] or ""
    hijri = suffix.startswith("ه")
    if len(a) == 4 and len(c) <= 2:
        y, mo, d = int(a), b, int(c)  # 1436/10/20هـ, 2015-08-05
    elif len(c) == 4 and len(a) <= 2:
        y, mo, d = int(c), b, int(a)  # 20/10/1436, 5/8/2015
        if mo > 12 and d <= 12:
            mo, d = d, mo  # 1/30/1948: month first
    else:
        return None
    if m["sep"] == "." and not hijri and not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    hijri = hijri or 1300 <= y <= 1500
    try:
        if hijri:
            g = Hijri(y, mo, d).to_gregorian()
            value = date(g.year, g.month, g.day).isoformat()
        else:
            if not 1800 <= y <= 2100:
                return None
            value = date(y, mo, d).isoformat()
    except (ValueError, OverflowError):
        return None  # not a calendar day (31/2/2015) or outside Umm al-Qura's table: a number, not a date
    if m["mn"] and lex.months[_key(m["mn"])] != mo:
        return None  # "آب ( 22 / 8 / 1929 )" names the month twice; they must agree
    return _Parsed(m.start(), m.end(), "hijri" if hijri else "numeric", value=value)


def _hijri_value(y: int, mo: int | None, d: int | None) -> tuple[str, str] | None:
    """Gregorian value of a Hijri day, or the Gregorian range a Hijri month or year covers."""
    try:
        if d is not None and mo is not None:
            g = Hijri(y, mo, d).to_gregorian()
            return date(g.year, g.month, g.day).isoformat(), "day"
        first = Hijri(y, mo or 1, 1).to_gregorian()
        last_month = mo or 12
        last = Hijri(y, last_month, Hijri(y, last_month, 1).month_length()).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return f"{first.isoformat()}/{last.isoformat()}", "range"


def _h_hijri(m, norm, lex):
    month = lex.hijri.get(_key(m["hm"]))
    day = _day_of(m, lex)
    y = int(m["y"])
    if day is not None and not 1 <= day <= 30:
        return None
    resolved = _hijri_value(y, month, day)
    if resolved is None:
        return None
    start = m.start("d") if m["d"] else m.start("od") if m["od"] else (m.start("sh") if m["sh"] else m.start("hm"))
    return _Parsed(start, m.end(), "hijri", value=resolved[0], granularity=resolved[1])


def _h_year(m, norm, lex):
    year, hijri = _year_of(m)
    y2 = int(m["y2"]) if m["y2"] else None
    end = m.end()
    if y2 is not None and not 0 < y2 - year <= (300 if m["yw"] in ("عامي", "العامين") else 10):  # بين عامي 1770 و1840
        if m["ys"] or m["yp"]:
            return None
        y2, end = None, m.end("y")  # 'سنة 1987 و2006': the first year (the second is a bare_year of its own)
    if hijri:
        if y2 is not None:  # 'العام الدراسي 1436-1437هـ', 'من عام 1430 إلى 1435هـ'
            value = _hijri_years(year, y2)
            return None if value is None else _Parsed(
                m.start("part") if m["part"] else m.start("yw"), m.end(), "hijri", value=value, granularity="range")
        resolved = _hijri_value(year, None, None) or (None, "year")  # before 1343 AH: outside Umm al-Qura's table
        return _Parsed(m.start("part") if m["part"] else m.start("yw"), m.end(), "hijri", value=resolved[0],
                       granularity=resolved[1])
    if not 1000 <= year <= 2100:
        return None
    start = m.start("part") if m["part"] else m.start("yw")
    return _Parsed(start, end, "absolute", year=year, year2=y2, granularity="range" if y2 else "year")


def _h_hijri_year(m, norm, lex):
    if m["y1"]:
        value = _hijri_years(int(m["y1"]), int(m["y"]))
        if value is None:
            return None
        return _Parsed(m.start(), m.end(), "hijri", value=value, granularity="range")
    resolved = _hijri_value(int(m["y"]), None, None) or (None, "year")
    return _Parsed(m.start(), m.end(), "hijri", value=resolved[0], granularity=resolved[1])


def _hijri_years(y1: int, y2: int) -> str | None:
    """The Gregorian days of Hijri years y1 to y2 (at most ten apart; a school year may be written backwards,
    1437/1436), or None."""
    if y1 - y2 == 1:
        y1, y2 = y2, y1
    if not 0 < y2 - y1 <= 10:
        return None
    first, last = _hijri_value(y1, None, None), _hijri_value(y2, None, None)
    if first is None or last is None:
        return None
    return f"{first[0].split('/')[0]}/{last[0].split('/')[1]}"


_WORD_BEFORE_YEAR = re.compile(r"([^\W\d_]+)[\s()/\u200c-\u200f]*$")  # also across '(تموز) 921م', 'هـ/ 647 م'


def _h_suffixed_year(m, norm, lex):
    """A number and م (ميلادي): a year, unless a noun of size stands before it (بمساحة ١٠٠٠ م, ارتفاع 200 م: metres)
    or it has three digits and no year word, month or Hijri year before it (أكثر من 200 م; عام 622 م, 21 يوليو (تموز)
    921م, 26 هـ/ 647 م are years)."""
    before = _WORD_BEFORE_YEAR.search(norm, max(0, m.start() - 30), m.start())
    word = before[1] if before else ""
    if m["ys"] == "م":
        if _stem_of(word, lex.measure_nouns):
            return None
        if len(m["y"]) < 4 and not _stem_of(word, lex.short_year_cues):
            return None
    return _Parsed(m.start(), m.end(), "absolute", year=int(m["y"]), granularity="year")


def _h_year_range(m, norm, lex):
    y, y2 = int(m["y"]), int(m["y2"])
    if not 0 < y2 - y <= 50 or _year_of(m)[1]:
        return None  # (Hijri years have their own patterns)
    if m["to"]:
        if m["to"] == "و" and m["lead"] != "بين":
            return None  # 'في 2005 و2010': two years (each a bare_year), not the years between
        if _counts_after(norm, m.end(), lex):
            return None  # 'بين 2000 و2010 دولار'
    start = m.start("lead") if m["lead"] else m.start()
    return _Parsed(start, m.end(), "absolute", year=y, year2=y2, granularity="range")


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s(]*$")
_WORD_AFTER = re.compile(r"[\s)]*([^\W\d_]+)")  # used with .match(norm, pos): anchored at pos


def _h_bare_year(m, norm, lex):
    """A four-digit number alone is a year only in a year's company: alone in brackets (دمشق (1975)); after a cue
    word (حرب 1948, منذ 2011) or a definite word (الانتفاضة الأولى 1987) unless a counted noun follows (2000 شخص,
    1955 مركزا); or closing a clause after a noun (زلزال 1927.) but not after a count word (بلغ عددهم 1987.)."""
    if norm[max(0, m.start() - 2): m.start()].strip().endswith("(") and norm[m.end(): m.end() + 2].strip().startswith(")"):
        return _Parsed(m.start(), m.end(), "absolute", year=int(m["y"]), granularity="year")
    before = _WORD_BEFORE.search(norm, max(0, m.start() - 30), m.start())
    word = before.group(1) if before is not None else ""
    cue = _year_cue(word, norm, before.start(1) if before is not None else 0, lex)
    if not cue and word == "و" and norm[m.start() - 1] == "و":
        cue = _after_years(norm, m.start(), int(m["y"]), lex)  # 'في 1987 و2006', 'أعوام 2015 و2016 و2017'
    definite = word[:2] == "ال" and word not in lex.count_cues and word not in _function_words()
    after = _WORD_AFTER.match(norm, m.end(), min(len(norm), m.end() + 30))
    if after is None or after.group(1) in _function_words():
        closing = _CLAUSE_END.match(norm, m.end()) is not None and word and word not in lex.count_cues
        return _Parsed(m.start(), m.end(), "absolute", year=int(m["y"]), granularity="year") if (
            cue or definite or closing) else None
    noun = after.group(1)
    if noun.startswith("ال"):
        ok = cue or definite  # a counted noun is never definite: مونديال البرازيل 2014 الذي
    elif cue:  # 'في 1962 وشدده', 'منذ 1984 تمردا', 'حتى 2019 لعمليات'; not 'خلال 1947 جولة', 'في 2000 حالة'
        ok = noun not in lex.counted_nouns
    else:  # an indefinite word after: a year only after a definite noun and its adjective (الانتفاضة الأولى 1987
        # صادر) or before a word that counts nothing (كأس العالم 2018 بروسيا), not after a verb and its subject
        # before a counted word (ارتفع المؤشر 2015 نقطة) nor before an accusative (1955 مركزا)
        two = _TWO_WORDS_BEFORE.search(norm, max(0, m.start() - 40), m.start())
        ok = definite and not noun.endswith("ا") and (
            (two is not None and two.group(1)[:2] == "ال") or noun not in lex.counted_nouns)
    if not ok:
        return None
    return _Parsed(m.start(), m.end(), "absolute", year=int(m["y"]), granularity="year")


_TWO_WORDS_BEFORE = re.compile(r"([^\W\d_]+)\s+[^\W\d_]+[\s(]*$")
_YEARS_AND = re.compile(r"(?:(?<![\d/.,-])\d+\s*(?:م\s*)?[,،]?\s*و\s*)+$")  # '1987 و', '2015 و2016 و'
_CUE_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def _year_cue(word: str, norm: str, start: int, lex: _Lexicon) -> bool:
    """``word`` (starting at ``start``) puts a four-digit number after it in a year's company: a cue word, bare or
    under one proclitic (بمونديال، وصيف، ومنذ); or من, unless it ends a count qualifier (أكثر من، ما يقرب من)."""
    if word in lex.year_cues or any(word.startswith(c) and word[len(c):] in lex.year_cues for c in _CUE_CLITICS):
        return True
    if word not in ("من", "ومن"):
        return False
    two = _WORD_BEFORE.search(norm, max(0, start - 30), start)
    if two is None:
        return True
    return not _stem_of(two.group(1), lex.year_from_not_after)  # (لأكثر من 2000 تعليق)


def _stem_of(word: str | None, words: frozenset[str]) -> bool:
    """``word`` is one of ``words``, bare or after one proclitic letter (ورقم, بالعدد, لأكثر)."""
    return word is not None and (word in words or (word[:1] in "وبل" and word[1:] in words))


def _after_years(norm: str, pos: int, year: int, lex: _Lexicon) -> bool:
    """The number at ``pos`` closes a list of years joined by و: every number before it in the list is a year, each
    later than the one before and the list within 50 years, and the first stands after a year's cue or a definite
    word ('في 1987 و2006', 'أعوام 2015 و2016 و2017'; not the UN resolutions 'القرارات 1696 و1737 ... و1835')."""
    chain = _YEARS_AND.search(norm, max(0, pos - 80), pos)
    if chain is None:
        return False
    years = [int(y) for y in re.findall(r"\d+", chain.group())] + [year]
    if not (years[0] >= 1800 and years == sorted(set(years)) and years[-1] - years[0] <= 50):
        return False
    head = _WORD_BEFORE.search(norm, max(0, chain.start() - 30), chain.start())
    if head is None:
        return False
    word = head.group(1)
    return _year_cue(word, norm, head.start(1), lex) or (word[:2] == "ال" and word not in lex.count_cues)


def _counts_after(norm: str, pos: int, lex: _Lexicon) -> bool:
    """The word at ``pos`` is one news writes after a number to say what it counts (جولة, حالة, دولار)."""
    after = _WORD_AFTER.match(norm, pos, min(len(norm), pos + 30))
    return after is not None and after.group(1) in lex.counted_nouns


_CLAUSE_END = re.compile(r"\s*(?:[.,،؛;:!?؟)\]\n»\"]|$)")


@cache
def counted_nouns() -> frozenset[str]:
    """The words news writes after a number to say what it counts (``numbers_counted_nouns.tsv``), normalized."""
    rows = files("marsad.data").joinpath("numbers_counted_nouns.tsv").read_text(encoding="utf-8")
    return frozenset(line.split("\t", 1)[0] for line in rows.splitlines() if line and not line.startswith("#"))


@cache
def _function_words() -> frozenset[str]:
    return frozenset(normalize(w) for w in _data("numbers_words.json")["not_nouns"]) | frozenset(
        {"م", "ميلادي", "ميلاديه"})


def _h_day_word(m, norm, lex):
    w = _key(m["w"])
    if w == "اليوم":
        nxt = norm[m.end(): m.end() + 1]
        if nxt in "\"'" and nxt:
            return None  # «بغداد اليوم»: a name, not a day
        before = _spaced_word_before(norm, m.start("w"))
        if before in lex.today_names:
            return None  # عين اليوم, روسيا اليوم: an outlet's name
        after = _WORD_AFTER.match(norm, m.end(), min(len(norm), m.end() + 30))
        if not m["wd"] and after and _names_a_day(after.group(1), lex):
            return None  # اليوم الوطني, اليوم العالمي, اليوم السادس, اليوم الذي: a named or told day, not today
        if before in lex.same_day[0] or not m["wd"] and after and after.group(1) in lex.same_day[1]:
            return None  # في نفس اليوم، اليوم نفسه: the day told before, not today
    elif w == _GHAD and not m["wd"] and (
            m.start() != m.start("w") or _spaced_word_before(norm, m.start("w")) not in lex.tomorrow_leads):
        return None  # 'بغد مضيء', 'تحقيق غد أفضل': the future, not tomorrow
    wd = lex.weekdays.get(m["wd"]) if m["wd"] else None
    return _Parsed(m.start("w"), m.end(), "relative", offset_days=lex.day_words[w], weekday=wd)


_GHAD = normalize("غد")


def _spaced_word_before(norm: str, i: int) -> str | None:
    """The word right before offset ``i`` of ``norm`` with only spaces between (عين اليوم, صباح غد), or None."""
    before = _WORD_BEFORE.search(norm, max(0, i - 30), i)
    return before[1] if before is not None and norm[before.end(1): i].isspace() else None


def _names_a_day(word: str, lex) -> bool:
    """Whether the definite word after اليوم makes it a day other than today: an adjective (الوطني، العالمي،
    التالي، الأخير), an ordinal (الأول، السادس) or a relative pronoun (اليوم الذي). A noun after it is the subject or
    object of the sentence (وصل اليوم الأمير، يبدأ اليوم الاجتماع), and إلى is a preposition: then اليوم is today."""
    if not word.startswith("ال") or word in lex.weekdays:
        return False
    if word in ("الذي", "التي"):
        return True
    if word in _function_words():
        return False
    return word.endswith(("ي", "يه")) or _key(word) in lex.ordinals or word in ("الاخير", "السابق", "الموعود")


def _h_weekday(m, norm, lex):
    start = m.start("yawm") if m["yawm"] else m.start("wd")
    return _Parsed(start, m.end(), "relative", weekday=lex.weekdays[m["wd"]], direction=_dir(m, lex))


def _h_weekday_numeric(m, norm, lex):
    start = m.start("yawm") if m["yawm"] else m.start("wd")
    return _Parsed(start, m.end(), "weekday_numeric", weekday=lex.weekdays[m["wd"]], day=int(m["a"]), month=int(m["b"]))


_ORDINAL_HEADS = frozenset(normalize(w) for w in ("الأسبوع", "الأسابيع", "الربع", "الثلث", "النصف", "العشر", "العشرة"))


def _h_period(m, norm, lex):
    direction = "current" if m["this"] else _dir(m, lex)
    if direction is None and m["part"] and lex.periods[m["p"]] == "year":
        direction = "current"  # نهاية العام: the end of this year
    if direction is None:
        return None
    start = m.start("part") if m["part"] else (m.start("this") if m["this"] else m.start("p"))
    period = lex.periods[m["p"]]
    day = _day_of(m, lex)
    if m["od"] and (w := _WORD_BEFORE.search(norm, 0, m.start("od"))) and w[1] in _ORDINAL_HEADS:
        day = None  # 'نهاية الأسبوع الأول من الشهر الجاري': the ordinal counts weeks, not days
    if day is not None and period == "month" and not m["part"] and not m["this"]:
        # 'يوم 29 من الشهر الجاري': that day of the month the period names
        first = m.start("yawm") if m["yawm"] else m.start("d") if m["d"] else m.start("od")
        return _Parsed(first, m.end(), "relative", day=day, period=period, direction=direction)
    return _Parsed(start, m.end(), "relative", period=period, direction=direction, granularity=period)


def _h_day_current(m, norm, lex):
    day = int(m["d"])
    if not 1 <= day <= 31:
        return None
    return _Parsed(m.start("yawm") if m["yawm"] else m.start("d"), m.end(), "relative", day=day, period="month",
                   direction="current")


def _h_ago(m, norm, lex):
    unit, count = lex.units[m["u"]]
    n = m["n"]
    if n is not None:
        if count != 1:
            return None  # "قبل 3 يومين" is not Arabic
        count = int(n) if n.isdigit() else lex.numbers.get(n)
    elif m["u"] in ("ايام", "اسابيع", "اشهر", "شهور", "اعوام", "سنوات", "سنين"):
        return None  # منذ سنوات: "for years", not a date
    if m["ago"] == "بعد" and count is not None:
        before = _WORD_BEFORE.search(norm, max(0, m.start("ago") - 30), m.start("ago"))
        if before and before[1] in lex.units:
            return None  # 'يوما بعد يوم', 'عاما بعد عام': day after day, no date
        after = _WORD_AFTER.match(norm, m.end())
        if n is None and after and after.group(1).startswith("ال"):
            return None  # 'بعد شهر الصيام': after the month of fasting, not after one month
        for _ in range(2):  # 'بعد ثلاث سنوات تقريباً على إطلاق النار', 'بعد أسبوع واحد فقط من مقابلة'
            if after and after.group(1) in lex.after_fillers:
                after = _WORD_AFTER.match(norm, after.end())
        designator = {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
        duration = _Parsed(m.start("ago"), m.end(), "duration", value=f"P{count}{designator}", granularity="duration")
        if after and after.group(1) in ("من", "علي") and not norm.startswith("الان", after.end() + 1):
            # 'بعد ثلاث سنوات من إطلاق النار', 'بعد 54 عاما من التوترات': counted from another event, not from
            # the publication date (SaudiNewsNet: most 'بعد N سنوات' are), so a length of time, not a date
            return duration
        if not _future_clause(norm, m.start("ago"), m.end(), lex):
            return duration  # 'وأطلقت سراحه بعد يوم واحد': counted from the event told, not from publication
    sign = 1 if m["ago"] == "بعد" else -1
    granularity = "day" if unit in ("day", "week") else unit
    return _Parsed(m.start("ago"), m.end(), "relative", ago=(sign * count, unit), granularity=granularity)


_CLAUSE_BREAK = re.compile(r"[.,;:!?\n\u060C\u061B\u061F]")


def _future_clause(norm: str, lo: int, hi: int, lex) -> bool:
    """The clause around ``norm[lo:hi]`` speaks of the future: a marker (``after_future_markers``: سوف، لن، المقبل
    ...) or a verb with the future prefix س (سيعرض, ستبدأ: س before a present form SaudiNewsNet often writes) among
    the ten words before it or the four after it, within the clause."""
    from .ner import frequency_rank  # the SaudiNewsNet word table, loaded once on first use

    left = _CLAUSE_BREAK.split(norm[max(0, lo - 150):lo])[-1].split()[-10:]
    right = _CLAUSE_BREAK.split(norm[hi:hi + 60])[0].split()[:4]
    for word in left + right:
        for w in (word, word[1:]) if word[:1] in "وف" and len(word) > 3 else (word,):
            if w in lex.after_future:
                return True
            if len(w) >= 5 and w[0] == "س" and w[1] in "يتنا" and frequency_rank(w[1:]) <= FUTURE_VERB_RANK:
                return True
    return False


def _h_duration(m, norm, lex):
    """A stated length of time (8 سنوات, لثلاثة أيام, عامين) as an ISO 8601 duration (P8Y, P3D, P2Y); never an age
    (البالغ من العمر 25 عاما) and never hours or minutes (24 ساعة is a time, left to quantities)."""
    designator, count = lex.durations[_key(m["u"])]
    n = m["n"]
    if n is None and m["vague"] is None and count == 1:
        return None  # عام, سنوات alone: a word, not a stated length
    if n is not None and count != 1:
        return None  # "3 يومين" is not Arabic
    before = norm[max(0, m.start() - 50): m.start()].split()
    if any(w in lex.age_cues or w[1:] in lex.age_cues for w in before[-6:]):
        return None
    if designator == "Y" and n is not None and _AGE_APPOSITION.search(norm, max(0, m.start() - 3), m.start()) and (
            _AGE_CLOSE.match(norm, m.end())):
        return None  # (48 عاما), "فيليبي لويس، 29 عاما،": an age set beside a name
    value = None
    if m["vague"] is None:
        amount = count if n is None else (float(n.replace(",", ".")) if n[0].isdigit() else lex.numbers.get(n))
        if amount is None:
            return None
        amount = int(amount) if float(amount).is_integer() else amount
        value = f"P{amount}{designator}"
    start = m.start("lead") if m["lead"] else (m.start("n") if n is not None else (m.start("vague") if m["vague"] else m.start("u")))
    return _Parsed(start, m.end(), "duration", value=value, granularity="duration")


_AGE_APPOSITION = re.compile(r"[(،,]\s*$")
_AGE_CLOSE = re.compile(r"\s*[)،,]")


def _h_spans(m, norm, lex):
    """السنوات الماضية, الأيام الأخيرة, العقد المقبل: a stretch of time before or after the anchor, no single value."""
    return _Parsed(m.start("pp"), m.end(), "relative", direction=_dir(m, lex), granularity="period")


def _h_hijri_month(m, norm, lex):
    """A Hijri month (or a day of one) without a Hijri year this module can convert: with a Gregorian year (شهر
    رمضان عام 1992) the month of that year; with a Hijri year before Umm al-Qura's table (22 شعبان 492هـ) a date
    without a value; else resolved against the anchor like a Gregorian month (شهر رمضان المبارك, رمضان الماضي, في 8
    ذي القعدة: the nearest such day)."""
    direction = _dir(m, lex)
    day = _day_of(m, lex)
    if not (m["sh"] or direction or m["y"] or day):
        return None  # رمضان, رجب, شعبان alone are as often a person's name
    if day is not None and not 1 <= day <= 30:
        return None
    month = lex.hijri[_key(m["hm"])]
    if month == 2 and m["d"] and not (m["sh"] or direction or m["hy"]):
        return None  # '3 صفر' is as often a score (3 - 0, خسارة فريقه 3 ـ صفر) as the 3rd of Safar
    day2 = int(m["d2"]) if m["d2"] else None
    if day2 is not None and not day < day2 <= 30:
        return None  # '17-11 رمضان': no range (the day alone is read by the other patterns)
    start = (m.start("lead") if m["lead"] else m.start("d") if m["d"] else m.start("od") if m["od"]
             else m.start("sh") if m["sh"] else m.start("hm"))
    if m["hy"]:
        resolved = _hijri_value(int(m["hy"]), month, day)  # None outside the table: a date all the same
        last = _hijri_value(int(m["hy"]), month, day2) if day2 is not None else None
        if resolved is not None and last is not None:
            return _Parsed(start, m.end(), "hijri", value=f"{resolved[0]}/{last[0]}", granularity="range")
        return _Parsed(start, m.end(), "hijri", value=resolved[0] if resolved else None,
                       granularity=resolved[1] if resolved else ("day" if day else "range"))
    if day is not None and m["y"]:
        return None  # a Hijri day with a Gregorian year: not a form news uses
    if day is not None:
        return _Parsed(start, m.end(), "relative", hijri_month=month, day=day, day2=day2, direction=direction,
                       granularity="day" if day2 is None else "range")
    if m["y"]:
        resolved = _hijri_month_in(int(m["y"]), month)
        if resolved is None:
            return None
        return _Parsed(start, m.end(), "hijri", value=resolved, granularity="range")
    return _Parsed(start, m.end(), "relative", hijri_month=month, direction=direction, granularity="range")


def _hijri_month_in(year: int, month: int) -> str | None:
    """The Gregorian days of the Hijri ``month`` that begins in Gregorian ``year``."""
    approx = round((year - 622) * 33 / 32)  # Hijri years run 11 days shorter than Gregorian ones
    for hy in (approx, approx + 1, approx - 1):
        resolved = _hijri_value(hy, month, None)
        if resolved is not None and resolved[0].startswith(str(year)):
            return resolved[0]
    return None


def _h_month_range(m, norm, lex):
    month, month_end = _month_of(m, lex), _month_of(m, lex, "m3", "m4")
    if month is None or month_end is None:
        return None
    if month_end == month:  # 'أكتوبر - تشرين الأول 2009': one month in both series
        if m["to"] != "-" or m["lead"]:
            return None
        year, hijri = _year_of(m)
        return None if hijri else _Parsed(m.start("m1"), m.end(), "absolute" if year else "relative", year=year,
                                          month=month, granularity="month")
    if m["to"] == "و" and not m["lead"]:
        return None  # في يناير ومارس: two months, not the months between
    year, hijri = _year_of(m)
    if hijri:
        return None
    start = m.start("lead") if m["lead"] else m.start("m1")
    direction = _dir(m, lex)  # 'من أبريل إلى يونيو من العام الماضي'
    return _Parsed(start, m.end(), "absolute" if year else "relative", year=year, month=month, month_end=month_end,
                   direction=direction if direction and direction.startswith("year_") else None, granularity="range")


def _h_numeric_range(m, norm, lex):
    """9 / 10 / 10 / 1940: the ninth to the tenth of October 1940, as diaries and archives write a span of days."""
    d1, d2, mo, y = int(m["d1"]), int(m["d2"]), int(m["mo"]), int(m["y"])
    if not (1 <= d1 < d2 <= 31 and 1 <= mo <= 12 and 1800 <= y <= 2100):
        return None
    try:
        value = f"{date(y, mo, d1).isoformat()}/{date(y, mo, d2).isoformat()}"
    except ValueError:
        return None
    return _Parsed(m.start(), m.end(), "numeric", value=value, granularity="range")


def _h_part_year(m, norm, lex):
    return _Parsed(m.start("part"), m.end(), "absolute", year=int(m["y"]), granularity="year")


def _h_decade(m, norm, lex):
    """A decade of the last century (الأربعينات), unless it is an age: 'في الثلاثينيات من العمر', 'في العشرينات من
    عمره' (an age word after it, من between or not)."""
    after = _WORD_AFTER.match(norm, m.end())
    if after and after[1] == "من":
        after = _WORD_AFTER.match(norm, after.end())
    if not m["c"] and after and _stem_of(after[1], lex.age_cues):
        return None
    tens = lex.decades[m["dec"]]
    century = 1800 if m["c"] and "التاسع" in m["c"] else 1900
    first = century + 10 * tens
    return _Parsed(m.start("dec"), m.end(), "absolute", value=f"{first}/{first + 9}", granularity="range")


def _h_era(m, norm, lex):
    return _Parsed(m.start("head"), m.end(), "era", granularity="era")


_HANDLERS = {
    "duration": _h_duration, "spans": _h_spans, "hijri_month": _h_hijri_month, "month_range": _h_month_range,
    "numeric_range": _h_numeric_range, "part_year": _h_part_year, "decade": _h_decade, "era": _h_era,
    "range": _h_range, "dmy": _h_dmy, "mdy": _h_mdy, "my": _h_my, "numeric": _h_numeric, "hijri": _h_hijri,
    "year": _h_year, "hijri_year": _h_hijri_year, "year_range": _h_year_range, "suffixed_year": _h_suffixed_year, "bare_year": _h_bare_year, "day_word": _h_day_word,
    "weekday": _h_weekday, "weekday_numeric": _h_weekday_numeric, "period": _h_period, "day_current": _h_day_current, "ago": _h_ago,
}


# --- resolving -----------------------------------------------------------------------------------------------------
def _month_year(month: int, direction: str | None, anchor: date) -> int:
    """The Gregorian year of a month named without one (``_year_of_month`` on the anchor's year and month)."""
    return _year_of_month(month, direction, anchor.year, anchor.month)


def _year_of_month(month: int, direction: str | None, y: int, am: int) -> int:
    """The year of a month named without one, in a calendar where the anchor falls in month ``am`` of year ``y``:
    الماضي -> the last such month before the anchor's month, المقبل -> the next one after it, الجاري -> the anchor's;
    with no word, the latest one not after the anchor's month, except the two months after the anchor's: those are
    coming (``عقود الخام لتسليم سبتمبر`` in July or August, ``غرة شهر ذي القعدة`` in Shawwal), not ten or eleven
    months gone (news names a month that far back with الماضي or its year; of 22 bare mentions of the month two
    ahead of their SaudiNewsNet article, read in a random sample, 20 were coming)."""
    if direction is not None and direction.startswith("year_"):  # سبتمبر من العام الماضي
        return y + {"year_past": -1, "year_next": 1}.get(direction, 0)
    if direction == "past":
        return y if month < am else y - 1
    if direction == "next":
        return y if month > am else y + 1
    if direction == "current":
        return y
    if (month - am) % 12 in (1, 2):
        return y if month > am else y + 1
    return y if month <= am else y - 1


def _resolve(p: _Parsed, anchor: date | None) -> tuple[str | None, str, str | None]:
    """(value, granularity, anchor used)."""
    if p.value is not None:
        return p.value, p.granularity, None
    if p.year is not None and p.kind == "absolute":
        return _format(p, p.year), p.granularity, None
    if anchor is None:
        return None, p.granularity, None
    used = anchor.isoformat()
    if p.kind == "weekday_numeric":
        if (day := _weekday_numeric(p, anchor)) is not None:
            return day, "day", used
        p = replace(p, day=None, month=None)  # no reading falls on the weekday: the weekday alone (a score, 3-1)
    if p.hijri_month is not None:
        first = _hijri_month_near(p.hijri_month, p.direction, anchor, p.day)
        if first is not None and p.day2 is not None:  # the days of one Hijri month follow each other
            first = f"{first}/{(date.fromisoformat(first) + timedelta(days=p.day2 - p.day)).isoformat()}"
        return first, p.granularity, used
    if p.month is not None and p.day is not None and p.direction is None:
        # a day and month with no year and no direction word: the nearest such day to the anchor
        year = min((anchor.year - 1, anchor.year, anchor.year + 1), key=lambda y: _distance(p, y, anchor))
        return _format(p, year), p.granularity, used
    if p.month is not None:
        year = _month_year(p.month, p.direction, anchor)
        if p.day is not None and p.month == anchor.month and (
                p.day < anchor.day if p.direction == "past" else p.direction == "next" and p.day > anchor.day):
            # "في 7 يوليو الماضي" in a 26 July article: earlier this month, not a year ago; "12 أغسطس المقبل" in a
            # 1 August one: later this month, not a year on
            year = anchor.year
        return _format(p, year), p.granularity, used
    if p.offset_days is not None:
        day = anchor + timedelta(days=p.offset_days)
        if p.weekday is not None:
            # أمس الجمعة in an article dated Sunday, اليوم السبت in one dated Tuesday: the date is off (a crawl date,
            # a time zone), the weekday named is not: the day with that weekday up to WEEKDAY_LAG_DAYS before, or
            # else the one after
            back = (day.weekday() - p.weekday) % 7
            day += timedelta(days=-back if back <= WEEKDAY_LAG_DAYS else 7 - back)
        return day.isoformat(), "day", used
    if p.weekday is not None:
        delta = (anchor.weekday() - p.weekday) % 7
        if p.direction == "next":
            delta = -((p.weekday - anchor.weekday()) % 7 or 7)
        elif p.direction == "past" and delta == 0:
            delta = 7
        return (anchor - timedelta(days=delta)).isoformat(), "day", used
    if p.period is not None:
        step = {"past": -1, "next": 1, "current": 0}[p.direction or "current"]
        if p.period == "year":
            return str(anchor.year + step), "year", used
        if p.period == "month":
            y, mo = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
            if p.day is not None:
                if p.day > calendar.monthrange(y, mo + 1)[1]:
                    return None, "day", None
                return f"{y:04d}-{mo + 1:02d}-{p.day:02d}", "day", used
            return f"{y:04d}-{mo + 1:02d}", "month", used
        iso = (anchor + timedelta(weeks=step)).isocalendar()
        return f"{iso.year}-W{iso.week:02d}", "week", used
    if p.ago is not None:
        n, unit = p.ago
        if unit in ("day", "week"):
            return (anchor + timedelta(days=n * (7 if unit == "week" else 1))).isoformat(), "day", used
        if unit == "month":
            y, mo = divmod(anchor.year * 12 + anchor.month - 1 + n, 12)
            return f"{y:04d}-{mo + 1:02d}", "month", used
        return str(anchor.year + n), "year", used
    return None, p.granularity, None


WEEKDAY_NUMERIC_DAYS = 60  # how far from the anchor a day and month read by their weekday may fall


def _weekday_numeric(p: _Parsed, anchor: date) -> str | None:
    """'يوم السبت 2-10' in an article of 24 July 2015: of the readings of the two numbers (day-month or month-day,
    Hijri or Gregorian, each the day nearest the anchor, as for a day and month stated without a year) within
    WEEKDAY_NUMERIC_DAYS of it, the nearest one on the stated weekday (2 Shawwal 1436, Saturday 18 July; 2 October
    2015 is a Friday). None when none fits."""
    found: list[tuple[int, str]] = []
    for d, mo in {(p.day, p.month), (p.month, p.day)}:
        if not 1 <= mo <= 12:
            continue
        q = replace(p, day=d, month=mo)
        year = min((anchor.year - 1, anchor.year, anchor.year + 1), key=lambda y: _distance(q, y, anchor))
        for iso in (_format(q, year), _hijri_month_near(mo, None, anchor, d)):
            day = date.fromisoformat(iso) if iso else None
            if day is not None and abs((day - anchor).days) <= WEEKDAY_NUMERIC_DAYS and day.weekday() == p.weekday:
                found.append((abs((day - anchor).days), iso))
    return min(found)[1] if found else None


def _hijri_month_near(month: int, direction: str | None, anchor: date, day: int | None = None) -> str | None:
    """The Gregorian days of the Hijri ``month`` meant relative to ``anchor``, by the rule of ``_year_of_month`` (with
    ``day``: that day of it, in the nearest year when no direction word is given)."""
    try:
        h = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri()
    except (ValueError, OverflowError):
        return None  # outside Umm al-Qura's table
    if day is not None and direction is None:
        # a day and month with no year: the nearest such day to the anchor (as for Gregorian days)
        days = [(abs((date.fromisoformat(v[0]) - anchor).days), v[0]) for v in
                (_hijri_value(yy, month, day) for yy in (h.year - 1, h.year, h.year + 1)) if v and v[1] == "day"]
        return min(days)[1] if days else None
    resolved = _hijri_value(_year_of_month(month, direction, h.year, h.month), month, day)
    return resolved[0] if resolved else None


def _distance(p: _Parsed, year: int, anchor: date) -> int:
    try:
        return abs((date(year, p.month, p.day) - anchor).days)
    except ValueError:  # 29 February of a common year
        return 10**6


def _format(p: _Parsed, year: int) -> str | None:
    try:
        if p.granularity == "range" and p.day2 is not None:
            return f"{date(year, p.month, p.day).isoformat()}/{date(year, p.month, p.day2).isoformat()}"
        if p.month_end is not None:
            return f"{year:04d}-{p.month:02d}/{year + (p.month_end < p.month):04d}-{p.month_end:02d}"
        if p.granularity == "range" and p.year2 is not None:
            return f"{year:04d}/{p.year2:04d}"
        if p.day is not None:
            return date(year, p.month, p.day).isoformat()
    except ValueError:
        return None  # 31 شباط: stated but not a calendar day
    if p.month is not None:
        return f"{year:04d}-{p.month:02d}"
    return f"{year:04d}"


# --- publication date ----------------------------------------------------------------------------------------------
def infer_published(text: str, spans: Iterable[tuple[int, int]] | None = None, near: date | None = None,
                    close: bool = False) -> tuple[str, str] | None:
    """Guess the publication date from the text: (ISO value at the granularity the evidence supports, evidence).

    The latest stated date not marked as future sets a floor; a day and month stated without a year (``25 يناير
    الماضي``) is placed after that floor; "today" cues (``اليوم الأحد``, ``أمس الأربعاء``) then move the floor to the
    first day on or after it with that weekday. A year alone is only a lower bound, never a publication date.

    ``near`` is a date the page was published close to, known from elsewhere (the dated articles of its topic): a
    day and month without a year then take the year that puts them closest before it. With ``close`` (``near`` comes
    from the same event's coverage, a few days wide), a weekday cue with no stated day is placed on the day with that
    weekday nearest to ``near``, and so is one whose floor is only a bound (``25 يناير الماضي``: "past January").

    >>> infer_published("بلغت حتى 24 من كانون الثاني الجاري نحو 150 هجوما. وفي وقت سابق أمس الأربعاء قال عام 2024")
    ('2024-01-25', 'أمس الأربعاء after 24 من كانون الثاني الجاري')
    """
    norm, to_orig, to_norm = fold_with_offsets(text)
    lex = _lexicon()
    parsed = [p for lo, hi in _windows(text, spans, to_norm, len(norm)) for p in _parse(norm, lo, hi)]

    def shown(p: _Parsed) -> str:
        return text[to_orig(p.start): orig_end(text, to_orig, p.end)]

    # 1. the floor: the latest stated date that is not a deadline or a plan
    floor: date | None = None
    floor_gran, evidence = "year", ""
    for p in parsed:
        if p.kind in ("relative", "duration", "era") or _is_future(p, norm, lex):
            continue
        value, _, _ = _resolve(p, None)
        if value is None:
            continue
        first, _, last = value.partition("/")
        low, high = _as_day(first), _as_day(last or first)
        if low is None or high is None or (high - low).days > 7:
            continue  # a Hijri month or year spans weeks: too loose to date a page by
        gran = {10: "day", 7: "month", 4: "year"}[len(first)]
        if floor is None or low > floor:
            floor, floor_gran, evidence = low, gran, shown(p)
    if floor is None and near is None:
        return None
    # 2. a day and month stated without a year (25 يناير الماضي, الثلاثاء 4 أغسطس): the first one after the floor
    # that fits its weekday, or the one closest before ``near``; with only a year as floor, only a weekday or
    # ``near`` can place it
    bound = False  # the floor is a bound (we are past January), not a stated day
    for p in parsed:
        if p.kind != "relative" or p.month is None or p.day is None or _is_future(p, norm, lex):
            continue
        if near is not None:
            when = _closest_before(p, near, floor)
        elif (p.weekday is None and p.direction is None) or floor is None:
            continue  # "11 يناير" alone may be before or after the floor: no evidence either way
        else:
            when = _first_after(p, floor)
        if when is None:
            continue
        past_month = p.direction == "past" and p.weekday is None
        if past_month:  # 25 يناير الماضي: we are past January
            y, mo = divmod(when.year * 12 + when.month, 12)
            when = date(y, mo + 1, 1)
        if floor is None or when >= floor:
            floor, floor_gran, evidence, bound = when, "day", shown(p), past_month
    cue = _today_weekday(parsed, lex)
    if close and near is not None and cue is not None and (floor is None or floor_gran != "day" or bound):
        weekday, cue_text, _ = cue  # 3a. the weekday of the report nearest to the coverage of its event
        moved = near + timedelta(days=(weekday - near.weekday() + 3) % 7 - 3)
        if floor is None or moved >= floor:
            return moved.isoformat(), f"{shown(cue_text)} near {near.isoformat()}"
    if floor is None or floor_gran == "year":
        return None  # "عام 2014" says the page is not older than 2014, not when it was written
    if floor_gran != "day":
        return floor.isoformat()[:7], evidence
    # 3. "today" cues move the floor to the first day with the weekday of the report
    if cue is not None:
        weekday, cue_text, bare = cue
        if bare and (floor.weekday() - weekday) % 7 <= 1:
            return floor.isoformat(), evidence  # a bare weekday is the day of the report or the day before it
        moved = floor + timedelta(days=(weekday - floor.weekday()) % 7)
        return moved.isoformat(), f"{shown(cue_text)} after {evidence}"
    return floor.isoformat(), evidence


def _first_after(p: _Parsed, floor: date) -> date | None:
    """The first (month, day) on or after ``floor`` (within 12 years) that falls on the stated weekday, if any."""
    for year in range(floor.year, floor.year + 12):
        try:
            when = date(year, p.month, p.day)
        except ValueError:
            continue
        if p.direction == "past" and when < floor:
            continue
        if p.direction != "past" and when < floor and when.replace(day=1) < floor.replace(day=1):
            continue
        if p.weekday is None or when.weekday() == p.weekday:
            return when
    return None


def _closest_before(p: _Parsed, near: date, floor: date | None) -> date | None:
    """The (month, day) in the year that puts it closest before ``near`` (a week after it at most), on or after
    ``floor``, on the stated weekday if one is stated."""
    best = None
    for year in (near.year + 1, near.year, near.year - 1, near.year - 2):
        try:
            when = date(year, p.month, p.day)
        except ValueError:
            continue
        if when > near + timedelta(days=7) or (floor is not None and when < floor):
            continue
        if p.weekday is not None and when.weekday() != p.weekday:
            continue
        if best is None or abs((when - near).days) < abs((best - near).days):
            best = when
    return best


def _as_day(iso: str) -> date | None:
    if re.fullmatch(r"\d{4}-W\d{2}", iso):
        return None
    parts = [int(x) for x in iso.split("-")]
    try:
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return None


def _is_future(p: _Parsed, norm: str, lex: _Lexicon) -> bool:
    if p.direction == "next" or (p.ago is not None and p.ago[0] > 0):
        return True
    if p.direction in ("past", "current"):
        return False  # "حتى 24 من كانون الثاني الجاري": up to a day already passed
    before = norm[max(0, p.start - 25): p.start].split()
    return any(w in lex.future_cues or w[1:] in lex.future_cues for w in before[-2:])


def _today_weekday(parsed: list[_Parsed], lex: _Lexicon) -> tuple[int, _Parsed, bool] | None:
    """The publication weekday the text implies: اليوم الأحد > أمس الأربعاء (+1) > a bare weekday."""
    best: tuple[int, int, _Parsed] | None = None
    for p in parsed:
        if p.weekday is None or p.direction is not None:
            continue
        if p.offset_days is not None:
            rank, wd = (0 if p.offset_days == 0 else 1), (p.weekday - p.offset_days) % 7
        elif p.month is None:
            rank, wd = 2, p.weekday
        else:
            continue
        if best is None or rank < best[0]:
            best = (rank, wd, p)
    return (best[1], best[2], best[0] == 2) if best else None
