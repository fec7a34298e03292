"""Quantities in Arabic news copy: numbers in digits or words, with their qualifier and what they count.

``2500 جندي`` is 2500 soldiers; ``أكثر من 165 هجوما`` is more than 165 attacks; ``نحو 2.5 مليون دولار`` is about
2,500,000 USD. Number words, qualifiers and currencies are data (``data/numbers_words.json``). Numbers that belong to
a date (``24 يناير 2024``, ``عام 2014``, ``8 سنوات``) are left to ``marsad.extract.dates``; numbers that name
rather than count (``رقم 103``, ``العدد 6، يونيو 2004``, ``ص. 3``, ``مذيع 2:``, ``الثامن عشر``, ``اتفاقية أوسلو 1``,
``حرب 48``, ``القرن الواحد والعشرين``) are not quantities. A scale word is a number on its own before its noun
(``مليون دولار``, ``مليار و460 مليون دولار``, ``مليون ونصف المليون``), and digits set apart from their scale keep it
(``(700) ألف ريال``). ``unit_class`` says when the counted noun is a unit of time (``24 ساعة``) or a measure
(``500 متر``, ``1000 م مربع``). Number words are read in every case and gender (``ثلاثا وعشرين``, ``اثني عشر``,
``إحدى وخمسين``, ``مائتي``, ``ثلاث مئة``); digits joined by و below the scale before them are one number
(``19 ألفا و848``), otherwise two: a range after بين (``بين 6 آلاف و8 آلاف``), else a list whose first number
shares the scale, currency or percent sign written after the last (``50 و56 مليون يورو``, ``يومي 14 و17``); a
number word in an idiom or a name counts nothing (``وست هام``, ``ألف مبروك``); points that group thousands are read
as such (``٥٫٩٤٩٫٢١٢``, ``٢١٫٠٠٠ مريض``, ``(1.489) جهازا``); bracketed figures count the noun after them (``(3202) عائلة``)
unless they number a list; ``ثلثهم`` is a third of them.
Ruled out: pyarabic's ``number.text2number`` (0.6.15): it reads words only (no digits, so not ``19 ألفا و848``)
and gets ``ثلاث مئة`` (103) and ``مليونا ومئتي ألف`` (1000) wrong.

>>> [(q.value, q.qualifier, q.unit, q.kind) for q in find_quantities("تعرضت القوات لأكثر من 165 هجوما")]
[(165.0, 'more than', 'هجوما', 'cardinal')]
>>> [(q.value, q.unit, q.kind) for q in find_quantities("دفع 25 ألف ليرة سورية أي 70% من راتبه")]
[(25000.0, 'SYP', 'money'), (70.0, '%', 'percent')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from functools import cache

from ..arabic import light_stem, normalize, remove_diacritics
from .dates import (
    _alt,
    _data,
    _parse,
    _stem_of,
    _windows,
    counted_nouns,
    fold_with_offsets,
    month_words,
    near,
    orig_end,
)


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str  # the whole mention: qualifier, number and what it counts
    value: float
    value_max: float | None  # upper end of a range (بين 10 و20)
    qualifier: str | None  # 'about' | 'more than' | 'less than' | 'at least' | 'at most'
    unit: str | None  # counted noun as written, ISO currency code, or '%'
    unit_norm: str | None  # normalized, light-stemmed noun (for comparing outlets), the code, or '%'
    kind: str  # 'cardinal' | 'money' | 'percent'
    number_span: tuple[int, int]
    unit_span: tuple[int, int] | None
    unit_class: str | None = None  # 'time' (24 ساعة) or 'measure' (500 متر) when the noun is such a unit

    def __post_init__(self) -> None:
        # 133.8 * 10**9 is 133800000000.00002 in binary floating point: values keep the 12 digits a news figure has
        for name in ("value", "value_max"):
            v = getattr(self, name)
            if v is not None:
                object.__setattr__(self, name, float(f"{v:.12g}"))

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class _Numbers:
    words: dict[str, float]  # every number word -> its value
    tens_units: dict[str, float]  # أحد, إحدى: one only before و + a tens word
    scales: dict[str, float]
    vague: dict[str, float]
    fractions: dict[str, float]
    pronoun_fractions: frozenset[str]  # ثلثهم, نصفها: a fraction of what the pronoun names
    qualifiers: dict[str, str]
    currencies: dict[str, str]
    adjectives: dict[str, str]
    not_nouns: frozenset[str]
    identifier_words: frozenset[str]
    identifier_lists: frozenset[str]  # القرارات 1696 و1737: plural heads of numbers that name (digits only)
    issue_words: frozenset[str]
    lone_scales: frozenset[str]
    unit_classes: dict[str, str]
    round_name: re.Pattern[str]
    currency_before: re.Pattern[str]
    trigger: re.Pattern[str]
    pattern: re.Pattern[str]
    plain: re.Pattern[str]  # the same without the digits joined by و after a scale (19 ألفا و848)


@cache
def _numbers() -> _Numbers:
    d = _data("numbers_words.json")

    def normed(mapping: dict) -> dict:
        return {re.sub(r"\s+", " ", normalize(k)): v for k, v in mapping.items() if not k.startswith("_")}

    units, tens, hundreds = normed(d["units"]), normed(d["tens"]), normed(d["hundreds"])
    scales, vague, fractions = normed(d["scales"]), normed(d["vague"]), normed(d["fractions"])
    currencies, adjectives = normed(d["currencies"]["words"]), normed(d["currencies"]["adjectives"])
    qualifiers = normed(d["qualifiers"])
    after_q = {"تقريبا", "على الاقل", "على الاكثر"}
    before_q = {k: v for k, v in qualifiers.items() if k not in after_q}
    words = units | tens | hundreds | normed(d["dialect"])
    tens_units = normed(d["tens_units"])
    B = r"(?:(?<![^\W_])|(?<=(?<![^\W_])[وبلف]))"  # word start, allowing one proclitic letter (و20 بالمئة)
    E = r"(?![^\W_])"
    # digits: thousands groups first (2,500 / 1,250,000, and 5.949.212 or ٥٫٩٤٩٫٢١٢ where the point groups
    # thousands: two or more three-digit groups are never a decimal), then plain and decimal (2.5, 2,5)
    # (and a decimal with ر for its comma, typed in display order: 935ر6 is 6.935, SPA's wire copy; _display_order)
    DIGITS = r"\d{1,3}ر\d+(?![^\W_])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?![.,]?\d)|\d+(?:[.,]\d+)?"
    SCALE1 = rf"\s*(?:{_alt(scales)}){E}"
    SCALE = rf"(?:{SCALE1})*"
    # digits joined by و after a scale word (19 ألفا و848, مليار و460 مليون): one number when each part is below
    # the scale before it (_compound_ok); otherwise a range or a list (بين 20 ألفا و30 ألفا), read by ``plain``
    CONT = rf"\s+و\s*\d{{1,3}}(?![\d.,]){SCALE}"
    # مئات الآلاف, عشرات الملايين: a vague count of a plural scale is that many of the scale (hundreds of thousands)
    VAGUE_SCALE = rf"(?:{_alt(vague)}){E}\s+ال(?:{_alt(k for k, v in vague.items() if v >= 1000)})"
    WORD = rf"(?:{VAGUE_SCALE}|{_alt(words | vague)}|{_alt(tens_units)}(?=\s+و(?:{_alt(tens)}){E}))"
    # number words follow one another with و (خمسة وعشرون), or without it only as a scale, the عشر of the teens
    # or the مئة of hundreds written apart (ثلاثة آلاف, خمسة عشر, ثلاث مئة): two counts side by side are two
    # numbers ('زوجة واحدة أربعة أطفال', one wife four children, is no 5)
    APART = {**scales, "عشر": 0, "عشره": 0, "مئه": 0, "مائه": 0}
    WORDSEQ = rf"{WORD}{E}(?:\s+(?:و(?:{_alt(words | scales)})|(?:{_alt(APART)})){E}|\s+و(?:{_alt(fractions)}){E}|\s+وال(?:{_alt(tens)}){E}<ALT_CONT>)*"
    # (700) ألف ريال, «60» ألف زائر: digits set apart from their scale (not (5,712,778) مليون, a count said twice)
    CUR = _alt(k for k in currencies if k not in "$€£")
    # (3202) عائلة, (19.589.137) ريال: SPA-style digits in brackets before what they count (an indefinite noun, a
    # currency or a percent sign); a bracket opening a line or a list is an item number (_quantity)
    BRACKETED = (rf"(?:(?<=\()|(?<=\( ))(?:{DIGITS}) ?\)(?=[ \t]*(?:(?:{CUR}|{_alt(d['percent_words'])}){E}|[$€£%])"
                 rf"|[ \t]+(?!ال)(?!(?:{_alt(scales)}){E})[^\W\d_]{{2,}})")
    CLOSED = rf"(?:\d{{1,5}}(?:\.\d+)?\s*[)»\"”](?=\s*(?:{_alt(scales)}){E})|{BRACKETED}|(?:{DIGITS})(?![\d]))"
    lone = {normalize(w) for w in d["lone_scales"]}
    # a scale word that is the number itself, with what it is joined to: مليون, مليار و460 مليون, مليون ونصف المليون
    # (مليون وتسع مئة ألف: the hundreds written apart multiply like a scale)
    PART = rf"(?:{DIGITS})(?![\d]){SCALE}|(?:{_alt(words | scales | fractions)}){E}(?:\s+(?:{_alt(scales | {'مئه': 0, 'مائه': 0, 'عشر': 0, 'عشره': 0})}){E})*"
    LONE = rf"(?:{_alt(lone)}){E}(?:\s+و\s*(?:{PART}))*(?:\s+ال(?:{_alt(lone)}){E})?"
    # a one-letter unit only before its companion word (1000 م مربع)
    ABBR = "|".join(rf"{normalize(a)}(?=\s+(?:{_alt(normalize(w) for w in after)}){E})"
                    for a, after in d["unit_abbreviations"].items() if not a.startswith("_"))
    # ثلثهم, نصفها: a fraction of what the pronoun names; not ربعها, also "her kin" in Gulf copy (بحق أهلها وربعها),
    # nor نصه "its text"
    pronoun_fractions = {f + p for f in fractions if f not in ("نص", "ربع") for p in _PRONOUNS}
    DUAL = rf"(?:{_alt(d['dual_scales'])}){E}(?:\s+و(?:{_alt(words)}){E}(?:\s+(?:عشر|عشره){E})?<ALT_CONT>)*"  # ألفين وخمسمائة
    SOURCE = (
        rf"(?:(?P<q>{_alt(before_q)})\s*(?:\((?=\s*\d)\s*)?)?"  # لأكثر من (1300) حالة: qualifier, bracketed digits
        rf"(?P<cur1>[$€£])?\s*"
        rf"{B}(?P<num>(?<![\d.,])(?:{CLOSED}(?:(?:{SCALE1})+<TAIL>)?|(?:{_alt(fractions)})\s+(?:{_alt(scales)}){E}{SCALE}|(?:{_alt(fractions)}){E}(?=\s+(?:{CUR}){E})|{_alt(pronoun_fractions)}{E}|{DUAL}|{LONE}|(?:ال)?{WORDSEQ}))"
        rf"(?:\s*(?P<link>-|الي|حتي|و)\s*(?P<num2>(?:{DIGITS})(?![\d]){SCALE}))?"
        rf"(?:\s*(?P<pct>%|{_alt(d['percent_words'])})"
        rf"|\s*(?P<cur>{CUR}|[$€£]){E}(?:\s+(?P<adj>{_alt(adjectives)}){E})?"
        rf"|[^\S\n]+(?P<noun>[^\W\d_]{{2,}}{'|' + ABBR if ABBR else ''}))?"  # (on the number's line)
        rf"(?:\s+(?P<q2>{_alt(after_q)}){E})?"
    )
    pattern = re.compile(SOURCE.replace("<ALT_CONT>", f"|{CONT}").replace("<TAIL>", f"(?:{CONT})*"))
    plain = re.compile(SOURCE.replace("<ALT_CONT>", "").replace("<TAIL>", ""))
    return _Numbers(
        words=words | vague, tens_units=tens_units, scales=scales, vague=vague, fractions=fractions,
        pronoun_fractions=frozenset(pronoun_fractions), qualifiers=qualifiers,
        currencies=currencies, adjectives=adjectives,
        # (a number joined by و after a number is another number, never its counted noun: بين ألفين وألفين)
        not_nouns=frozenset(normalize(w) for w in d["not_nouns"]) | frozenset(words) | frozenset(scales)
        | frozenset("و" + w for w in words | scales),
        identifier_words=frozenset(normalize(w) for w in d["identifier_words"]),
        identifier_lists=frozenset(normalize(w) for w in d["identifier_lists"]),
        issue_words=frozenset(normalize(w) for w in d["issue_words"]),
        lone_scales=frozenset(lone),
        currency_before=re.compile(rf"(?<![^\W_])[وبل]?(?P<cur>{CUR}){E}(?:\s+(?P<adj>{_alt(adjectives)}){E})?\s+$"),
        round_name=re.compile(rf"(?<![^\W_])[وبل]?(?:ال)?(?:{_alt(normalize(w) for w in d['round_heads'])})\s+[^\W\d_]+\s*$"),
        unit_classes={normalize(w): cls for cls, ws in d["unit_classes"].items() if not cls.startswith("_") for w in ws},
        pattern=pattern,
        plain=plain,
        # every quantity holds a digit, a currency sign or a number word
        trigger=re.compile(r"[\d$€£]|(?<![^\W_])[وبلف]?(?:ال)?" + _alt(words | vague | fractions | scales)),
    )


# How far a quantity reaches around the digit or number word that triggers it: a qualifier before it ('ما يقرب من'
# is 11 characters), a range end, a currency with its adjective or a counted noun, and 'على الأقل' after it.
_BEFORE, _AFTER = 16, 48


def find_quantities(text: str, spans: Iterable[tuple[int, int]] | None = None) -> list[Quantity]:
    """Quantities in ``text`` (or only inside ``spans``), with qualifier and counted noun.

    >>> [(q.text, q.value, q.qualifier, q.unit_norm) for q in find_quantities("وتنشر نحو 2500 جندي و900 في سوريا")]
    [('نحو 2500 جندي', 2500.0, 'about', 'جند'), ('900', 900.0, None, None)]
    >>> [(q.text, q.value) for q in find_quantities("قتل ثلاثة جنود أميركيين")]
    [('ثلاثة جنود', 3.0)]
    """
    norm, to_orig, to_norm = fold_with_offsets(text)
    nums = _numbers()
    out: list[Quantity] = []
    for s_lo, s_hi in _windows(text, spans, to_norm, len(norm)):
        # the date extractor's mentions over the same span (cached: find_dates has usually just read it)
        dates = [(p.start, p.end) for p in _parse(norm, s_lo, s_hi)]
        for lo, hi in near(nums.trigger, norm, s_lo, s_hi, before=_BEFORE, after=_AFTER):
            _read_window(norm, lo, hi, nums, [d for d in dates if d[1] > lo and d[0] < hi], text, to_orig, out)
    return out


def _read_window(norm: str, lo: int, hi: int, nums: _Numbers, dates, text: str, to_orig, out: list) -> None:
    pos = lo
    while (m := nums.pattern.search(norm, pos, hi)) is not None:
        if not _compound_ok(m["num"], nums):  # بين 20 ألفا و30 ألفا: two numbers, not 50,000
            m = nums.plain.match(norm, m.start(), hi) or m
        listed = bool(m["num2"]) and _listed(m, norm)
        if listed or m["num2"] and _descending(m, norm, nums):
            # '4 و5 نجوم', 'مقتل 20 و15 جريحا', 'بنسبة 0.98 و0.97%': two numbers (a range joined by و needs بين);
            # the first is read alone and the second, with what it counts, on the next turn; so are two numbers
            # going down, a change and no range ('انخفض من 50 إلى 30 دولارا'; 'ميزانية 2015 إلى 30 مليار دولار')
            head = m.re.match(norm, m.start(), m.end("num"))
            q = _quantity(head, norm, nums, dates, text, to_orig) if head is not None else None
            if q is not None:
                out.append(_shared(q, m, _quantity(m, norm, nums, dates, text, to_orig), nums, counted=not listed))
            pos = max(m.end("num"), pos + 1)
            continue
        q = _quantity(m, norm, nums, dates, text, to_orig)
        if q is not None:
            out.append(q)
            # a word read as the noun but refused (وألفين after ألفين) may open the next quantity
            refused = m["noun"] is not None and q.unit_span is None
            pos = max(m.start("noun") if refused else m.end(), pos + 1)
        else:  # what follows a rejected number (or range: صفحة 58 - 59) may be a quantity of its own
            dated = any(s < m.end("num") and m.start("num") < e for s, e in dates)
            resume = m.end("num2") if m["num2"] and not (dated or _definite(m["num"], nums)) else m.end("num")
            # (a year is no range's start: 'النصف الأول من عام 2015 إلى 1358 مليون ريال' counts riyals after it)
            pos = max(resume, m.start() + 1)


# بين, ما بين or مابين, and at most one word before the first number: 'بين عامي 570 و632', 'مابين مخرجي (9 و 10)'
_BETWEEN = re.compile(r"(?<![^\W_])[وفل]?(?:ما)?بين(?:\s+[^\W\d_]+)?\s*\(?\s*$")


def _listed(m: re.Match[str], norm: str) -> bool:
    """Two numbers joined by و with no بين before them: a list ('يومي 14 و17', '50 و56 مليون يورو'), not a range."""
    return m["link"] == "و" and not _BETWEEN.search(norm, max(0, m.start() - 30), m.start())


def _shared(q: Quantity, m: re.Match[str], whole: Quantity | None, nums: _Numbers, counted: bool = False) -> Quantity:
    """The first number of a list takes the scale word, currency or percent sign written once after the last
    ('450 و344 ألف شاحنة' is 450,000; '1.6 و 1.1 بليون دولار' 1.6 billion dollars), not its counted noun: in
    'مقتل 20 و15 جريحا' the 20 are the dead."""
    raw = m["num"]
    if not raw.replace(",", "").replace(".", "").isdigit():
        return q
    lead = _NUMBER_TOKEN.findall(m["num2"])[0]
    base, full = _value(lead, nums), _value(m["num2"], nums)
    if base and full and full / base > 1:
        q = replace(q, value=q.value * full / base)
    if whole is not None and (whole.kind != "cardinal" or counted and q.unit is None):
        q = replace(q, kind=whole.kind, unit=whole.unit, unit_norm=whole.unit_norm, unit_span=whole.unit_span,
                    unit_class=whole.unit_class)
    return q


_TO = frozenset(normalize(w) for w in ("إلى", "الى", "حتى"))


def _descending(m: re.Match[str], norm: str, nums: _Numbers) -> bool:
    """Two numbers going down, which no range does: 'من 50 إلى 30 دولارا', 'من 20 ألفا إلى 6 آلاف جهاز' (the same
    form on both sides, compared whole), 'من 40 إلى 25 مليون ريال' (a bare number under 1,000 sharing the scale
    word after the second), or a year before a sum ('ميزانية 2015 إلى 30 مليار دولار'). After بين the two are a
    range whatever their order ('بين 70-50 في المائة')."""
    if _BETWEEN.search(norm, max(0, m.start() - 30), m.start()):
        return False
    parts2 = _NUMBER_TOKEN.findall(m["num2"])
    first, lead, second = _value(m["num"], nums), _value(parts2[0], nums), _value(m["num2"], nums)
    if first is None or lead is None or second is None:
        return False
    bare, bare2 = len(_NUMBER_TOKEN.findall(m["num"])) == 1, len(parts2) == 1
    if bare and m["num"].isdigit() and _a_year(first) and not (bare2 and _a_year(second)):
        return True  # 'في 2000 – 61 في المائة' (but 'من 2010 إلى 2015' is a span of years)
    if bare == bare2:
        return first > second and m["link"] in _TO  # ('747 - 400' is a model, not a change)
    return bare and 1 < first < 1000 and first > lead


def _a_year(value: float) -> bool:
    return value.is_integer() and 1900 <= value <= 2100


def _definite(raw: str, nums: _Numbers) -> bool:
    """A number word with the article (الواحدة, الثلاث), not a scale that starts with alif-lam (ألفين)."""
    return raw[:2] == "ال" and raw.split()[0][2:] in nums.words


_ARTICLE_WORD = re.compile(r"[وف]?ال[^\W\d_]{2,}")


def _orig_span(a: int, b: int, to_orig, text: str) -> tuple[int, int]:
    return to_orig(a), orig_end(text, to_orig, b)


_DEFINITE_LAST = re.compile(r"\sال[^\W\d_]+$")


def _quantity(m: re.Match[str], norm: str, nums: _Numbers, dates, text: str, to_orig) -> Quantity | None:
    a, b = m.span("num")
    if any(s < b and a < e for s, e in dates):
        return None  # a day or a year: the date extractor's
    raw = m["num"]
    if "ماء" in text[to_orig(a):to_orig(b)]:
        return None  # 'يضع ماءه' (his water) folds to the مائة of a hundred; a hundred is written with ئ or ي
    if raw in _ONE and _AND_AHAD.match(remove_diacritics(text[to_orig(a):to_orig(b)])):
        return None  # 'وأحد منتقدي' (and one of), 'وأحد المسارحة' (a town): و + أحد with its hamza, not واحد (one)
    qualifier = nums.qualifiers.get(re.sub(r"\s+", " ", m["q"])) if m["q"] else None  # None: 'ليصل إلى'
    if _looks_like_code(raw, norm, a, b):
        return None
    before = _WORD_BEFORE.search(norm, max(0, a - 25), a)
    word_before = before.group(1) if before is not None else None
    if _stem_of(word_before, nums.identifier_words):
        return None  # رقم 103, المادة 5, ص. 3: a name, not a count
    if raw.isdigit() and not (m["pct"] or m["cur"] or m["cur1"]):
        listed = _LISTED.search(norm, max(0, a - 80), a) if word_before == "و" else None
        head = listed.group(1) if listed is not None else word_before
        if _stem_of(head, nums.identifier_lists) or (listed is not None and _stem_of(head, nums.identifier_words)):
            return None  # 'القرارات 1696 و1737 و1747', 'المادة 3 و11': names in a list of names
    if _not_a_count(m, norm, a, b, word_before):
        return None
    value = _value(_display_order(raw, text, to_orig(a)), nums)
    if value is None:
        return None
    # a fraction with a pronoun counts no noun after it: نصفهم أقل من 15 عاما is 'half of them'
    # ... nor does a definite scale after a vague count (مئات الآلاف أكانوا, مئات المليارات سنوياً: it takes من)
    noun_raw = None if raw in nums.pronoun_fractions or (raw.split()[0] in nums.vague and _DEFINITE_LAST.search(raw)) else m["noun"]
    if _one(raw):
        noun_raw = None  # واحد follows its noun and counts nothing after it: 'إدارة تقنية واحدة توحيداً للجهود',
        # 'مرة واحدة شهريًا', 'عائلة واحدة مصرعهم'
    # 'استشهاد (15) وإصابة (33)', 'مقتل 29 وجرح 15': a noun after و with a number of its own right after it is the
    # next count's noun; but a bracketed number after an unbracketed count restates it ('3 ملايين وحدة (2.85 مليون)')
    nxt = _NUMBER_NEXT.match(norm, m.end("noun")) if noun_raw and noun_raw[0] == "و" else None
    conjoined = bool(nxt and ("(" not in nxt.group() or ")" in raw))
    if conjoined or (noun_raw and noun_raw.startswith(_PREPOSITION_AL)):
        noun_raw = None  # ... or a preposition with the article (باللغة, للأسهم, للبنات): a phrase, not a counted noun
    elif noun_raw and _AND_HAMZA.match(remove_diacritics(text[to_orig(m.start("noun")):to_orig(m.end("noun"))])):
        noun_raw = None  # 'شخص واحد وأصيب آخرون': و/ف before a hamza on alif opens a clause, no counted noun (as
        # written: folded, وأصيب is one word)
    elif noun_raw and raw[0].isdigit() and _ARTICLE_WORD.match(text, to_orig(m.start("noun"))):
        noun_raw = None  # ... and digits count no definite word: 'كاك 40 الفرنسي', '88548 الاتصالات', '(35) والشاب'
        # (as written: the article is ال with a bare alef; ألقاب, آلات are no definite words)
    noun = noun_raw if noun_raw and noun_raw not in nums.not_nouns and not (
        noun_raw[:1] == "و" and noun_raw[1:] in nums.not_nouns) and not _no_counted_noun(noun_raw) else None
    # (a function word after و counts nothing: 'واحد ولا تختلف', 'الأربعة وهذا فارق', '1.75 وهما جيدان')
    bare = not (qualifier or m["pct"] or m["cur"] or m["cur1"] or noun)
    if raw.split()[0] in nums.lone_scales and (
            _DIGIT_BEFORE.search(norm, max(0, a - 6), a)
            or not (" " in raw or qualifier or m["cur"] or m["pct"] or (noun and noun[:2] != "ال" and noun[-1] != "ا"))):
        # ألف alone is a count only before its noun (ألف صورة; ألّف كتابا is "wrote a book"), and never the scale
        # of digits set apart from it: (700) ألف ريال, «60» ألف زائر, الـ250 مليار
        return None
    if m["num2"] and _definite(raw, nums):
        return None  # الليلة الواحدة إلى 200 دولار: not a range (the scan resumes after الواحدة)
    if bare and _stem_of(word_before, nums.issue_words) and any(
            _DATED.fullmatch(norm, b, d0) and _YEAR.search(norm, d0, d1) for d0, d1 in dates if d0 >= b):
        return None  # العدد 6، يونيو 2004: an issue dated right after it (but وبلغ العدد 50 counts)
    if raw.isdigit() and len(raw) <= 2 and (bare or noun == _ZERO) and not (qualifier or m["pct"] or m["cur"]) and (
            noun == _ZERO or _SCORE_AFTER.match(norm, b) or _SCORE_BEFORE.search(norm, max(0, a - 6), a)):
        return None  # a match score (فاز 2-1, تعادل 1-1, خسارة فريقه 3 ـ صفر), not a count
    if bare and raw.isdigit() and nums.round_name.search(norm, max(0, a - 40), a):
        return None  # اتفاقية أوسلو 1, مؤتمر جنيف 2: a round, not a count
    years = raw.isdigit() and 1800 <= value <= 2100 and (not m["num2"] or (m["num2"].isdigit() and 1800 <= int(m["num2"]) <= 2100))
    if years and (bare or not (qualifier or m["pct"] or m["cur"] or m["cur1"] or noun in counted_nouns()
                               or value % 100 == 0)):
        # a year the date extractor did not claim (الانتفاضة الأولى 1987), not a count; nor is it one before a word
        # that counts nothing (أرقام 2014 أقل, محصول 2014 ولكنه; but 1959 فرعا, and a round 2000 شجيرة)
        return None
    if raw[0].isdigit() and _LIST_ITEM.search(norm, max(0, a - 3), a) and _ITEM_AFTER.match(norm, b):
        return None  # "3 - نشرة للمراقبين": a list item's number
    value_max = _value(m["num2"], nums) if m["num2"] else None
    if value_max is not None and raw.replace(",", "").replace(".", "").isdigit():
        scale = _value(_NUMBER_TOKEN.findall(m["num2"])[0], nums)
        if scale and value_max / scale > 1 and value * value_max / scale > value_max / 10:
            value *= value_max / scale  # "بين 100 و150 مليار": the scale word serves both ends
    if value_max is not None and value_max <= value:
        value_max = None
    end = m.end("num2") if value_max is not None else b
    opener = a - 2 if norm[a - 2: a] in ("( ", "« ") else a - 1  # ( 3202) عائلة: a space inside the bracket
    closer = _PAIRS.get(norm[opener]) if opener >= 0 else None
    lead = opener if closer and closer in raw else a  # (700) ألف ريال: the opening bracket goes with its closer
    if (lead < a and norm[lead] == "(" and value < 100 and not (m["pct"] or m["cur"] or m["cur1"])
            and _ITEM_OPEN.search(norm, max(0, lead - 3), lead)):
        return None  # 'وتتضمن: (1) تطوير الطرق': a bracket opening a line or a list numbers an item
    if ")" in raw and value < 100 and value.is_integer() and _numbered_list(norm, a, int(value)):
        return None  # '(1) تطوير الطرق (2) إنشاء الجسور': items numbered in sequence on one line
    if ")" in raw and not (noun or conjoined or m["pct"] or m["cur"] or m["cur1"] or value >= 1000):
        return None  # '(15) في': a bracketed number before no counted noun is a reference or an item number
    start = m.start("q") if qualifier else (m.start("cur1") if m["cur1"] else lead)
    kind, unit, unit_norm, unit_span = "cardinal", None, None, None
    if m["pct"]:
        kind, unit, unit_norm, unit_span = "percent", "%", "%", m.span("pct")
    elif m["cur"] or m["cur1"]:
        word = m["cur"] or m["cur1"]
        code = nums.adjectives.get(m["adj"]) if m["adj"] else None
        code = code or nums.currencies[word]
        unit_span = m.span("cur") if m["cur"] else m.span("cur1")
        if m["adj"]:
            unit_span = (unit_span[0], m.end("adj"))
        kind, unit, unit_norm = "money", code, code
    elif raw in _ONE and not qualifier and (cb := nums.currency_before.search(norm, max(0, a - 40), a)):
        code = (nums.adjectives.get(cb["adj"]) if cb["adj"] else None) or nums.currencies[cb["cur"]]
        unit_span = (cb.start("cur"), cb.end("adj") if cb["adj"] else cb.end("cur"))  # دولار أمريكي واحد
        kind, unit, unit_norm, start = "money", code, code, cb.start("cur")
    elif noun and not any(s < m.end("noun") and m.start("noun") < e for s, e in dates):
        unit_span = m.span("noun")
        unit_norm = _noun_norm(noun_raw)
    if unit_span is not None:
        end = max(unit_span[1], end)  # the unit may come first: $50, دولار واحد
    elif m["num2"] and value_max is None:
        end = b
    if m["q2"] and qualifier is None and unit_span is not None:
        qualifier, end = nums.qualifiers[re.sub(r"\s+", " ", m["q2"])], m.end("q2")
    ostart, oend = _orig_span(start, end, to_orig, text)
    number_span = _orig_span(a, end if (value_max is not None and unit_span is None) else (m.end("num2") if value_max is not None else b), to_orig, text)
    ounit = _orig_span(*unit_span, to_orig, text) if unit_span is not None else None
    unit_class = None
    if kind == "cardinal" and ounit is not None:
        unit = text[ounit[0]: ounit[1]]
        unit_class = nums.unit_classes.get(noun_raw) or nums.unit_classes.get(noun_raw[1:] if noun_raw[:1] in "وبل" else "")
    if (kind == "cardinal" and ounit is not None and unit_class is None and value < 1000
            and _POINT_THOUSANDS.fullmatch(raw.strip("() "))):
        value *= 1000  # (1.489) جهازا: a count of things is whole, so the point groups thousands (not 1.489 بالمئة)
    return Quantity(ostart, oend, text[ostart:oend], value, value_max, qualifier, unit, unit_norm, kind, number_span, ounit,
                    unit_class)


_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")  # attached to a fraction: ثلثهم 'a third of them' (not نصه 'its text')
_PAIRS = {"(": ")", "«": "»", '"': '"', "“": "”"}
_DIGIT_BEFORE = re.compile(r"\d[^\w\n]{0,3}$")
_ZERO = "صفر"
_SCORE_AFTER = re.compile(r"\s*[-–ـ:]\s*(?:\d{1,2}(?![\d%٪]|[.,]\d)(?!\s*[٪%])|صفر)(?![^\W_])")
_SCORE_BEFORE = re.compile(r"(?<![\d.,])(?:\d{1,2}|صفر)\s*[-–ـ:]\s*$")
_LISTED = re.compile(r"([^\W\d_]+)\s+(?:\d+\s*[,،]?\s*و\s*)+$")  # a word, then numbers joined by و up to here
_DATED = re.compile(r"\s*[،,:-]?\s*")  # between an issue number and its date
_YEAR = re.compile(r"\d{4}")
_PREPOSITION_AL = ("بال", "لل", "كال", "وبال", "ولل")
_NUMBER_NEXT = re.compile(r"\s*[(«\"]?\s*\d")


_PRESENT_VERB = re.compile(r"^[وفل]?[يت](\w{3,}?)(?:ون|ان|وا)?$")  # ل of purpose too: 'و57 ليخسر آرسنال'
_FRACTION_WORDS = frozenset(normalize(w) for w in ("نصف", "ربع", "ثلث", "ثلثا"))
_CONJOINED_RANK = 20000  # the word after و is among SaudiNewsNet's 20,000 commonest and commoner than with و


def _no_counted_noun(word: str) -> bool:
    """A normalized word after a number that counts nothing: a verb in the present ('60 ألفا يعيشون', 'واحد يحتوي':
    the stem is written with both ي and ت in SaudiNewsNet; a singular with ت is left, تخصص and تعادل being nouns
    too), or a word under the conjunction و or a preposition ل/ب ('نحو 3.7 وانخفضت', 'مئات ويشرفون', 'والفرد',
    'ثلاثة لتكوين': the word without it is the commoner, or has the article). Words news counts with
    (``numbers_counted_nouns.tsv``: وحدة، وظيفة، وجهة) are nouns; that list, read from SaudiNewsNet, also holds a few
    verbs (يعالجون), which stay counted nouns."""
    from .ner import commoner_without, nisba_country, present_stem

    if word in counted_nouns():
        return False
    rest = word[1:]
    if word[:1] in "لب" and len(rest) >= 3 and commoner_without(word, rest, _CONJOINED_RANK, 1):
        return True  # a preposition: 'ثلاثة لتكوين' (not لاعبين، بنوك: their rest is rarer than the word)
    if _past_verb(word):
        return True  # 'صيف الخرج 36 انطلقت فعاليات', 'واحدة صدرت': she set off, it came out
    if word[:1] == "و" and word.endswith("ون") and len(word) > 4:
        return True  # 'صف واحد وملتفون': a plural in ون after و goes on with the clause; a number counts in ين
    if _past_he_or_they(word):
        return True  # 'و7 نقلوا إلى مستشفى', 'من 8.10 فانخفض مكرر': they were taken, it fell (not حقق: see below)
    if word.endswith(("ا", "ه", "ات", "ين")):
        return False
    m = _PRESENT_VERB.match(word)
    bare = word[1:] if word[:1] in "وفل" else word
    # a singular with ت may be a noun of the same letters (تخصص، تعادل: counted above when news counts with it)
    if m and (bare[0] == "ي" or len(bare) - len(m[1]) > 1) and not nisba_country(word) and present_stem(m[1]):
        return True  # (يمني is a Yemeni)
    if rest in _FRACTION_WORDS:
        return False  # '10 ملايين ونصف جنيه': a half more, read with the number
    return word[:1] in _PROCLITICS and len(rest) >= 2 and (
        rest.startswith("ال") or commoner_without(word, rest, _CONJOINED_RANK, 1))


def _past_verb(word: str) -> bool:
    """A normalized word is a verb in the past with the ending ت (she, I, you: انطلقت، صدرت، وانقضت): its stem of
    three letters or more is written as a present tense after both ي and ت (يصدر، تصدر; ينطلق for انطلق). The
    nouns of news counts ending in ت keep a stem too short or no verb's (وقت، صوت، توقيت، فولت، غيغابايت)."""
    bare = word[1:] if word[:1] in "وف" else word
    if not bare.endswith("ت") or bare.endswith("ات"):
        return False
    stem = bare[:-1]
    return len(stem) >= 3 and _verb_stem(stem)


def _verb_stem(stem: str) -> bool:
    """SaudiNewsNet writes ``stem`` as a present after both ي and ت (يصدر، تصدر), or, opening with ا, without it
    (ينطلق for انطلق)."""
    from .ner import present_stem

    return present_stem(stem) or (stem[0] == "ا" and len(stem) >= 4 and present_stem(stem[1:]))


def _past_he_or_they(word: str) -> bool:
    """A normalized word is a verb in the past of 'they' (نقلوا، وعادوا) or of 'he' in a form of five letters opening
    with ا (انخفض، اختتم): SaudiNewsNet writes its stem with the ت of 'she' (نقلت، انخفضت) and as a present after both ي and
    ت (ينقل، تنقل; ينخفض for انخفض). A bare past of 'he' (حقق، طلب، طرق، ولد) is left: as many are nouns."""
    from .ner import UNRANKED, frequency_rank

    bare = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    stem = bare[:-2] if bare.endswith("وا") else bare
    if len(stem) < 3 or stem.endswith(("ا", "ه", "ي", "ى", "ت")) or stem == bare and not (
            stem[0] == "ا" and len(stem) >= 5):
        return False  # 'he' only in a form of five letters opening with ا (انخفض، اختتم): طلب، طرق، ولد and آثار
        # (read as أثار 'he raised') are nouns too
    return frequency_rank(stem + "ت") < UNRANKED and _verb_stem(stem)


# a conjunction or a preposition on the word after a number: 'مئات ويشرفون', 'ثلاثة لتكوين', '5 بنسبة' (a root
# letter is no proclitic: لاعبين، بنوك keep theirs, the rest being rarer than the word)
_PROCLITICS = "ولب"


def _noun_norm(noun: str) -> str:
    """Matching form of a counted noun: tanween alif dropped (هجوما -> هجوم), then light-stemmed."""
    if len(noun) > 3 and noun.endswith("ا") and not noun.endswith("اا"):
        noun = noun[:-1]
    return light_stem(noun)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s(:.\"«]*$")
_LINE_START = re.compile(r"(?:^|\n)[\s\"«(\[]*$")
_ORDINAL_AL = re.compile(r"(?<![^\W_])ال\s*[\u0640_-]?\s*$")
_FOOTNOTE = re.compile(r"[.)]\s*$")
_LINE_END = re.compile(r"\s*(?:\n|$)")


@cache
def _one_of() -> re.Pattern[str]:
    """The words after واحد that make it 'one of' or 'another one' (numbers_words.json one_of), not من خلال."""
    return re.compile(r"\s+" + _alt(_data("numbers_words.json")["one_of"]) + r"(?![^\W_])(?!\s+خلال)")
_ONE = frozenset({"واحد", "واحده"})


def _one(raw: str) -> bool:
    """The number as matched (normalized) is واحد/واحدة, with the article or without (الواحد)."""
    return (raw[2:] if raw[:2] == "ال" else raw) in _ONE


_AND_AHAD = re.compile("[وف][أإ]حد")  # as written: و/ف + أحد or إحدى, which fold to واحد (one) and واحده
_AND_HAMZA = re.compile("[وف][أإآ]")  # as written: و/ف before a hamza on alif, a conjunction on a word


@cache
def _idioms() -> re.Pattern[str]:
    """Phrases in which a number word counts nothing (numbers_words.json idioms: وست هام, ألف مبروك, ...)."""
    return re.compile(r"(?<![^\W_])[وفبل]?" + _alt(_data("numbers_words.json")["idioms"]) + r"(?![^\W_])")


def _in_idiom(norm: str, a: int, b: int) -> bool:
    """The number at norm[a:b] is a word of an idiom or a name (وست هام, ألف مبروك, على مسافة واحدة)."""
    return any(m.start() <= a and b <= m.end() for m in _idioms().finditer(norm, max(0, a - 16), min(len(norm), b + 24)))


def _not_a_count(m: re.Match[str], norm: str, a: int, b: int, word_before: str | None) -> bool:
    """Numbers that name rather than count: a speaker or scene label (مذيع 2:), a footnote or list number opening a
    line before a quote or a definite word (46 "التعاون..., 54 المرجع), the teen of an ordinal (الثامن عشر), a
    number word in an idiom or a name (وست هام, ألف مبروك), and واحد not after its noun (كل واحد فينا; a counted
    واحد follows its noun: شخص واحد)."""
    raw = m["num"]
    if not raw[0].isdigit() and _in_idiom(norm, a, b):
        return True
    bare = not (m["q"] or m["pct"] or m["cur"] or m["cur1"] or m["noun"])
    if bare and norm[b: b + 2].lstrip()[:1] == ":":
        return True
    if m["noun"] and m["noun"] in month_words():
        return True  # a day of a month in a place's name (مدينة 6 أكتوبر, شارع 26 سبتمبر), not six Octobers
    if raw[0].isdigit() and _ORDINAL_AL.search(norm, max(0, a - 6), a):
        return True  # 'مهرجان أبها للتسوق الـ 17', 'في نسخته الـ16': an ordinal
    if raw[0].isdigit() and _LINE_START.search(norm, max(0, a - 4), a):
        nxt = norm[b: b + 3].lstrip()
        if nxt[:1] in "\"«" or nxt[:2] == "ال":
            return True
    if raw in ("عشر", "عشره") and word_before is not None and "ال" in (word_before[:2], word_before[1:3]):
        return True
    if raw.split()[0] in ("الواحد", "الواحده") and " وال" in raw:
        return True  # القرن الواحد والعشرين, الدقيقة الواحدة والستين: an ordinal
    if raw == "ست" and norm[a - 1: a] == "ل" and not (m["noun"] and m["noun"] not in _numbers().not_nouns):
        return True  # لست هنا: "I am not", not لِستّ
    if raw == "ست" and norm[a - 1: a] == "و" and m["noun"] and _no_article_noun(m["noun"]):
        return True  # وست بروميتش, وست سايد: West, not و + ستّ (وست سنوات, وست قوى count)
    nums = _numbers()
    if raw[:2] == "ال" and raw not in nums.scales and raw.split()[0][2:] in nums.words and (norm[a - 1: a] in "وبلف" and a and not norm[a - 1].isspace()
                            or word_before is None or word_before[:2] != "ال"):
        return True  # a definite numeral agrees with a definite noun (الديانات الثلاث); مدينة الخمس is a name
    if bare and raw[0].isdigit() and _FOOTNOTE.search(norm, max(0, a - 3), a) and _LINE_END.match(norm, b):
        return True  # "... السعودية. 89" closing a paragraph: a note or page number
    # الواحد after a definite noun agrees with it like الثلاث (الطلب الواحد); the rule above drops the others
    return _one(raw) and (word_before is None or word_before in _function_words_q()
                             or (_one_of().match(norm, b) is not None and word_before not in counted_nouns()))
    # واحد من، قال واحد منهم، جاء واحد آخر: 'one of', 'another one'; but after a noun it counts (شخص واحد منهم)


def _no_article_noun(word: str) -> bool:
    """A normalized word after a number is a foreign name's, not a noun: no word news counts with
    (``counted_nouns``) or a function word, and never written with the article in SaudiNewsNet (بروميتش، سايد;
    not قوى، نساء: القوى، النساء)."""
    from .ner import UNRANKED, frequency_rank

    return (word not in counted_nouns() and word not in _numbers().not_nouns
            and frequency_rank("ال" + word) >= UNRANKED)


@cache
def _function_words_q() -> frozenset[str]:
    words = frozenset(normalize(w) for w in _data("numbers_words.json")["not_nouns"]) | {"كل", "وكل", "لكل"}
    return words - {"غير", "سوي", "الا"}  # غير واحد, إلا واحد: "only one" counts
_NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
def _numbered_list(norm: str, a: int, n: int) -> bool:
    """The bracketed number n at ``a`` has its predecessor before it, or its successor after it, on its line."""
    lo, hi = norm.rfind("\n", 0, a) + 1, norm.find("\n", a)
    hi = len(norm) if hi < 0 else hi
    return (n > 1 and re.search(rf"\(\s?{n - 1}\s?\)", norm[lo:a]) is not None) or re.search(
        rf"\(\s?{n + 1}\s?\)", norm[a:hi]) is not None


_POINT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
_ITEM_OPEN = re.compile(r"(?:^|[\n:;.\-])\s*$")
_LIST_ITEM = re.compile(r"(?:^|\n|[\[(])\s*$")
_ITEM_AFTER = re.compile(r"\s*(?:[-.)\]:]\s|\.$|-)")
_PHONE = re.compile(r"0\d{2,}|\d{7,}")  # 0608 (a time), 0555123456, 6514773
_WEEKDAY_NUMBERS = frozenset({"اثنين", "اثنان"})


def _looks_like_code(raw: str, norm: str, a: int, b: int) -> bool:
    """Phone numbers, IDs and model numbers are not quantities: a leading zero with more digits, eight or more
    digits without separators, or digits glued to Latin letters (F16, COVID-19)."""
    if _PHONE.fullmatch(_NUMBER_TOKEN.findall(_ra_decimal(raw))[0]):  # (000ر22 is 22,000: _display_order)
        return True
    before, after = norm[a - 1: a] if a else "", norm[b: b + 1]
    if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
        return True
    if re.search(r"/\s*$", norm[max(0, a - 3): a]) or re.match(r"\s*/\s*\d", norm[b: b + 4]):
        return True  # 9 / 10 / 1940, 24 / 66: part of a date, a reference or a fraction
    if re.search(r"[^\W\d_]\s*-\s*$", norm[max(0, a - 4): a]):
        return True  # كوفيد-19, F-16: part of a name
    if norm[a - 1: a] == "+" or norm[b: b + 1] == "+":
        return True  # 5+1, +966: a formula or a dialling code
    if "@" in (norm[a - 1: a], norm[b: b + 1]) or norm[a - 1: a] in (".", "_") and (
            norm[a - 2: a - 1].isascii() and norm[a - 2: a - 1].isalpha()):
        return True  # 992@gdp.gov.sa, info@gov.sa_2: part of an address
    if re.search(r"\d\s?:\s?$", norm[max(0, a - 3): a]) or re.match(r"\s?:\s?\d", norm[b: b + 3]):
        return True  # 'الساعة 18:44 مساء', 'فاز 2:1': a clock time or a score, counting nothing
    if re.search(r"\d[ -]$", norm[max(0, a - 2): a]) and raw.isdigit():
        return True  # the tail of 920 000 000
    # 0555 123 456 and 920 000 000: digit groups separated by single spaces or dashes
    return bool(re.match(r"[ -]\d{3}", norm[b: b + 4])) and raw.isdigit()


_JOINED_DIGITS = re.compile(r"\s+و\s*(?=\d)")


def _compound_ok(raw: str, nums: _Numbers) -> bool:
    """Digits joined by و to a number are one compound only below the scale word before them: ``19 ألفا و848``
    (19,848) and ``مليار و460 مليون``, but not ``20 ألفا و30 ألفا`` nor ``5 و6``."""
    parts = _JOINED_DIGITS.split(raw)
    for before, part in zip(parts, parts[1:], strict=False):
        last = _NUMBER_TOKEN.findall(before)[-1]
        last = last[1:] if last[:1] == "و" and last[1:] in nums.scales else last
        scale = nums.scales.get(last, 0.0)
        value = _value(part, nums)
        if scale < 1000 or value is None or value >= scale:
            return False
    return True


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_POINT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")


def _digits(tok: str, scaled: bool) -> float:
    """2,500 and 2.5 and 2,5; 5.949.212 (points grouping thousands); 21.000 with no scale word after it is
    twenty-one thousand (٢١٫٠٠٠ مريض: no outlet writes 21 with three zero decimals), but 1.000 مليار is one billion."""
    if _GROUPED.fullmatch(tok):
        return float(tok.replace(",", ""))
    if _POINT_GROUPED.fullmatch(tok) or (not scaled and re.fullmatch(r"\d{1,3}\.000", tok)):
        return float(tok.replace(".", ""))
    return float(tok.replace(",", "."))


# A decimal typed in display order: the right-to-left mark after the point shows the two parts were set down
# right to left (Asharq Al-Awsat's wire copy: 'إلى 95.<U+200F>56 دولار للبرميل' is Brent at 56.95 dollars in July 2015,
# 'زلزال قوته 5.<U+200F>7 درجة' a 7.5 earthquake, '75.<U+200F>614 دولار للأوقية' palladium at 614.75).
DISPLAY_ORDER = re.compile("([0-9٠-٩]+)[.٫]\u200f([0-9٠-٩]+)")


# The same with the letter ر for the decimal comma (the Arabic decimal separator ٫ as SPA's wire and the papers that
# run it type it): '935ر6 مليون برميل يوميا' is 6.935 million barrels, 'بنسبة 63ر54 بالمائة' 54.63 percent, and
# '(000ر22) مسلم' 22,000 (three zeros after the point group thousands: _digits).
RA_DECIMAL = re.compile(r"(\d{1,3})ر(\d+)")


def _ra_decimal(raw: str) -> str:
    return RA_DECIMAL.sub(lambda d: f"{d[2]}.{d[1]}", raw) if "ر" in raw else raw


def _display_order(raw: str, text: str, start: int) -> str:
    """``raw`` (a normalized number whose original starts at ``start`` of ``text``) with a decimal typed in display
    order put back in reading order: 95.<RLM>56 -> 56.95, 935ر6 -> 6.935."""
    raw = _ra_decimal(raw)
    m = DISPLAY_ORDER.match(text, start)
    if m is None:
        return raw
    written = normalize(f"{m[1]}.{m[2]}")  # the normalized text writes Arabic-Indic digits as ASCII
    return raw.replace(written, normalize(f"{m[2]}.{m[1]}"), 1) if raw.startswith(written) else raw


_RESTATED_SCALE = 1_000_000  # مليون and above after digits already that large restate the magnitude


def _value(raw: str, nums: _Numbers) -> float | None:
    """The value of a number as written: digits with separators and scale words, or a run of number words.

    >>> [_value(normalize(s), _numbers()) for s in ("2,500", "13.2 مليون", "ستة وثلاثين مليون وأربعمائة ألف")]
    [2500.0, 13200000.0, 36400000.0]
    """
    tokens = _NUMBER_TOKEN.findall(raw)  # "120مليار": digits and a scale word may touch
    for k in range(len(tokens) - 2, -1, -1):  # أحد عشر, اثنتي عشرة: one number word in two tokens
        pair = tokens[k] + " " + tokens[k + 1]
        if pair in nums.words or (pair[:1] == "و" and pair[1:] in nums.words):
            tokens[k: k + 2] = [pair]
    total, current = 0.0, 0.0
    first = tokens[0]
    if first[0].isdigit():
        current = _digits(first, scaled=len(tokens) > 1 and tokens[1] in nums.scales)
        tokens = tokens[1:]
        if tokens and nums.scales.get(tokens[0], 0) >= _RESTATED_SCALE and current >= nums.scales[tokens[0]]:
            tokens = tokens[1:]  # '665,932,983 مليون ريال': the digits hold the millions already, the word says it again
    elif first in nums.fractions:
        current = nums.fractions[first]
        tokens = tokens[1:]
    elif first in nums.pronoun_fractions:
        return nums.fractions[re.sub(f"(?:{'|'.join(_PRONOUNS)})$", "", first)]  # ثلثهم: a third of them
    last_scale = 0.0
    for k, tok in enumerate(tokens):
        if tok == "و":  # مليار و460 مليون
            continue
        if tok[0].isdigit():
            current += _digits(tok, scaled=True)
            continue
        word = tok[1:] if tok.startswith("و") and tok[1:] in nums.words | nums.scales | nums.fractions.keys() else tok
        if word.startswith("وال") and word[3:] in nums.words:
            word = word[3:]  # الأربع والعشرين
        if word.startswith("ال") and word[2:] in nums.scales and k == len(tokens) - 1 and last_scale:
            break  # مليون ونصف المليون: the scale said again
        if word in nums.fractions and k > 0:
            if k + 1 < len(tokens) and tokens[k + 1] in nums.scales:
                total, current = total + current, nums.fractions[word]  # ونصف مليون: half of the next scale
            elif last_scale and not current:
                total += nums.fractions[word] * last_scale  # مليون ونصف: a million and a half
            else:
                current += nums.fractions[word]  # خمسة ونصف
            continue
        if word.startswith("ال") and word[2:] in nums.words and word[2:] not in _WEEKDAY_NUMBERS:
            word = word[2:]  # الثلاث, العشرات; never الاثنين (Monday)
        if word in nums.tens_units:
            current += nums.tens_units[word]  # إحدى وعشرين (the pattern allows it only before a tens word)
        elif nums.words.get(word) == 100 and 2 < current < 10 and not tok.startswith("و"):
            current *= 100  # ثلاث مئة, خمس مائة: the hundreds written apart
        elif word in nums.scales:
            current = (current or 1) * nums.scales[word]
            last_scale = nums.scales[word]
            if nums.scales[word] >= 1000:
                total, current = total + current, 0.0
        elif tok.startswith("ال") and current and nums.vague.get(word, 0) >= 1000:
            current *= nums.vague[word]  # مئات الألوف: hundreds of thousands
        elif word in ("عشر", "عشره") and 0 < current < 10:
            current += 10  # ثلاثة عشر
        elif word in nums.words:
            current += nums.words[word]
        else:
            return None
    return total + current
