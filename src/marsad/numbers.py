"""Numbers: one measured thing read by several outlets, each reading with its as-of date, and a verdict.

Readings are the quantities of a topic's own lines whose counted noun names a measure (``compare_measures.json``:
جنود and جندي are one measure; ``150 مرة`` counts the event noun before it; how many sources spoke and durations
are not measures). Two readings of one measure are one measured thing when their contexts agree: the words right
around the number and the whole clause, weighted by rarity. Equal values need less context (``NUMBER_SAME``) than
different ones (``NUMBER_DIFFERENT``).

Two different values are compared only when they measure the same thing about the same subject: the same unit class,
the same outcome (killed / wounded / detained ..., the word nearest the number), no different named places (countries,
names after محافظة / منطقة / جبل, quarters after حي / قرية; the headline's places for a sentence naming none), the same
counted period (``خلال أسبوع``), not items of a list with different labels, not two changes (``ارتفع 18 سنتا``) of two
moments or of two directions (a rise and a fall), not one outlet's two figures of one day. Where a sentence names no
place, the sentence before it in its paragraph, the subheading above it or the headline says where; towns the entity
layer found (``مهرجان بريدة`` / ``مهرجان عنيزة``) count as places. Sums of money, percentages and a market's shares and
deals (``compare_numbers_rules.json``) are compared within one event-level story only. Years, parts of dates and clock
times, numbers that name (``فئة 15``), distances that place (``١٨٠ كلم شرق المدينة``), numbers typed with a bidi mark
inside (``2.<U+200F>3``) and numbers before a conjoined word (``عشرة ووظيفة``) are no readings. A figure before a scale word
is rounded or cut (``157 مليون`` covers 157,978,034, ``751.9 ألف`` 751,991).

The as-of date of a reading is the date its sentence gives the count (``حتى 24 كانون الثاني``), never the start
of the counted period (``منذ منتصف أكتوبر``); else, for a count, the one day another clause of its sentence names
(``وردت لساحة السوق أمس الأول، بلغت 1467 سيارة``); else the publication date; ``as_of_time`` is the time of day the
sentence gives (``بحلول الساعة 0633 بتوقيت جرينتش``). Verdict: ``agree`` when every pair of readings is compatible
(``نحو 150`` and ``150``; ``أكثر من 165`` and ``170``), ``disagree`` when two incompatible readings stand as of the
same date and time (a day one reading stands at and the other's sentence names is the same date) and at the same
stage of a developing count (a sentence giving an update, ``الحصيلة باتت الآن``, or the first figure, ``المعلومات
الأولية``); two market prices (``دولارا للأوقية``) of one day disagree only at one given time of day. ``drift`` when
the values differ only between different as-of dates, times of day or stages, or are prices of one day.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import cache

from . import arabic
from .cluster import stopwords
from .compare import (
    ABOUT_TOLERANCE,
    NUMBER_DIFFERENT,
    NUMBER_SAME,
    TopicView,
    Unit,
    _data,
    _stem_phrase,
    fine_places,
    lexicon,
    named_places,
    outlet_name,
    places_in,
    skeleton,
    stem,
    terms_of,
)
from .extract.quantities import DISPLAY_ORDER

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
SAME_VALUE = 1.1  # two compatible readings this close (150, نحو 150) are one figure; further apart (أكثر من 12, 58) two
NEAR_DIFFERENT = 0.40  # share of the words around two different values needed to call them one measured thing
# Two different values are one measured thing only when their sentences speak of the same subject: the rare words
# of the two sentences (idf-weighted cosine, the counted noun left out) overlap this much. Two footballers' goals,
# two floods' tolls and two elections' polling stations share the common words of their topic, not its rare ones.
SUBJECT_SAME = 0.0
LIST_ITEM_WORDS = 12  # a line this short (or one opening with a bullet) that gives a count is an item of a list
CHANGE_REACH = 8  # words before a number where a change verb makes it a change (وارتفعت عقود الخام الأمريكي 18)
HEADLINE_UNITS = 3  # a sentence that names no place happens where the article's title and first clauses say
YEARS = ((1900, 2100), (1380, 1460))  # a bare four-digit number in these ranges is a year (Gregorian, Hijri)


def numbers(view: TopicView) -> list[dict]:
    corpus = view.corpus
    lex = lexicon()
    readings: defaultdict[str, list[tuple[Unit, dict]]] = defaultdict(list)
    for u in view.units:
        for q in u.quantities:
            if _names_or_dates(u, q) or _conjoined(q) or _garbled(q):
                continue
            key = u.measure(q)
            if key and key not in lex.not_measures and key not in stopwords() and len(key) > 1:
                readings[key].append((u, q))
    sentence_terms: dict[tuple[str, tuple[int, int]], set[str]] = {}

    def terms_of_sentence(u: Unit) -> set[str]:
        k = (u.doc, u.sentence)
        if k not in sentence_terms:
            sentence_terms[k] = set(terms_of(corpus.text(u.doc, u.line, *u.sentence)))
        return sentence_terms[k]

    out = []
    for key, found in readings.items():
        if len({u.doc for u, _ in found}) < 2:
            continue
        windows = [_window(corpus, u, q) for u, q in found]
        own = [_own_words(q) for _, q in found]  # the counted noun says what is measured, not of what
        near_all = [{skeleton(t) for t in terms_of(w)} for w in windows]
        sentence_all = [{skeleton(t) for t in terms_of_sentence(u)} for u, _ in found]
        local = [w - o for w, o in zip(near_all, own, strict=True)]
        skel = [w - o for w, o in zip(sentence_all, own, strict=True)]
        stems = [terms_of_sentence(u) - {t for t in terms_of(q["text"] + " " + (q.get("unit") or ""))}
                 for u, q in found]
        known = corpus.place_names()
        # countries around a number keep equal counts apart (2500 in Iraq, 900 in Syria); a different value must
        # moreover not be said of another named place at all (مأرب / الجوف), the article's headline standing in for
        # a sentence that names none
        where = [places_in(w, corpus.ambiguous_countries[u.doc])
                 or places_in(corpus.text(u.doc, u.line, *u.sentence), corpus.ambiguous_countries[u.doc])
                 for w, (u, _) in zip(windows, found, strict=True)]
        prices = [_is_price(corpus, u, q) for u, q in found]
        named = [_places_said(corpus, u, w, known, p) for w, (u, _), p in zip(windows, found, prices, strict=True)]
        per_sentence = Counter((u.doc, u.sentence) for u, _ in found)
        crowded = [per_sentence[u.doc, u.sentence] > 1 for u, _ in found]
        vague = [_is_vague(q) for _, q in found]
        dated = [as_of(view, u, q)[0] for u, q in found]
        intervals = [_interval(q) for _, q in found]
        periods = [_periods(corpus, u) for u, _ in found]
        items = [_list_item(corpus, u, q) for u, q in found]
        priced = [_priced(corpus, u, q) for u, q in found]
        outcomes = [_outcome(corpus, u, q) for u, q in found]
        outlets = [outlet_name(corpus.docs[u.doc]) for u, _ in found]
        quarters = [fine_places(corpus.text(u.doc, u.line, *u.sentence)) for u, _ in found]
        changes = [_change(corpus, u, q) for u, q in found]
        clocks = [_clock(corpus.text(u.doc, u.line, *u.sentence)) for u, _ in found]
        edges, compatible = [], set()
        for i in range(len(found)):
            for j in range(i + 1, len(found)):
                ua, ub = found[i][0], found[j][0]
                if ua.doc == ub.doc or vague[i] != vague[j]:
                    continue  # "مئات الجنود" is no reading of "2500 جندي"
                if ((found[i][1].get("kind") in LOCAL_KINDS or key in _rules()["story_local"])
                        and view.story_of(ua.doc) != view.story_of(ub.doc)):
                    continue  # a wage, a turnover, a market's shares and deals: each story's own
                if found[i][1].get("unit_class") != found[j][1].get("unit_class"):
                    continue  # 50 degrees of heat and 50 years: one noun stem, two kinds of quantity
                if outcomes[i] and outcomes[j] and outcomes[i] != outcomes[j]:
                    continue  # "3 جنود قتلوا" and "أربعة جنود أصيبوا": the killed and the wounded are two counts
                if _overlap(intervals[i], intervals[j]) and _ratio(found[i][1], found[j][1]) <= SAME_VALUE:
                    # one value: the counted noun around it is context too. "أكثر من 12" is compatible with 58
                    # but no reading of the same figure: it is linked as a different value
                    sentence, near = _dice(sentence_all[i], sentence_all[j]), _dice(near_all[i], near_all[j])
                    ctx = SENTENCE_WEIGHT * sentence + (1 - SENTENCE_WEIGHT) * near
                    if ctx >= NUMBER_SAME:
                        edges.append((ctx, i, j))
                    continue
                # two values: what they count says nothing of whose count it is, so the counted noun is left out
                sentence, near = _dice(skel[i], skel[j]), _dice(local[i], local[j])
                ctx = SENTENCE_WEIGHT * sentence + (1 - SENTENCE_WEIGHT) * near
                if quarters[i] and quarters[j] and not quarters[i] & quarters[j]:
                    continue  # a fire in حي العزيزية and one in حي العوالي of one city
                if (changes[i] or changes[j]) and (changes[i] != changes[j] or dated[i] != dated[j]
                                                   or clocks[i] != clocks[j]):
                    continue  # "ارتفع 18 سنتا" is a change since an earlier moment: two moments, two changes;
                    # a rise and a fall ("ارتفع ... 24 سنتا" / "هبط ... 18 سنتا") are two changes too
                if dated[i] == dated[j] and outlets[i] == outlets[j]:
                    continue  # one outlet's two figures of one day: two sessions or two things, not two readings
                if _ratio(found[i][1], found[j][1]) > (MAX_RATIO if dated[i] == dated[j] else MAX_GROWTH):
                    continue  # 5 people and 80 million as of one day are two measured things, not a disagreement
                if crowded[i] or crowded[j]:
                    continue  # "منها 82 عينة من المياه و56 عينة من زيت الزيتون": a list, each count its own thing
                if priced[i] and priced[j] and priced[i] != priced[j]:
                    continue  # 'متوسط حجم القرض العقاري' and 'متوسط سعر المنزل': sums of two different things
                if prices[i] and prices[j] and named[i] != named[j]:
                    continue  # الخام الأمريكي and مزيج برنت, US gold futures and spot gold: two markets
                if not _same_subject(corpus, stems[i], stems[j], named[i], named[j], periods[i], periods[j],
                                     items[i], items[j]):
                    continue
                # a different value must be said of the same thing: the words around the numbers agree
                if (_dice(sentence_all[i], sentence_all[j]) >= COMPATIBLE_SENTENCES
                        or (ctx >= NUMBER_DIFFERENT and near >= NEAR_DIFFERENT)):
                    compatible.add((i, j))
                if ctx >= NUMBER_DIFFERENT and near >= NEAR_DIFFERENT:
                    edges.append((ctx, i, j))
        for group in _consistent_groups(edges, where, found, intervals, compatible):
            members = [found[i] for i in sorted(group)]
            if len({u.doc for u, _ in members}) >= 2:
                out.append(_comparison(view, key, members))
    order = {"disagree": 0, "drift": 1, "agree": 2}
    out.sort(key=lambda n: (order[n["verdict"]], -len(n["readings"])))
    return out


def _same_subject(corpus, stems_a: set[str], stems_b: set[str], where_a: set[str], where_b: set[str],
                  periods_a: frozenset[str], periods_b: frozenset[str], item_a: str | None, item_b: str | None) -> bool:
    """May two different values be readings of one measured thing? Only when their sentences name no different
    places (مأرب / الجوف), count over the same period (``خلال أسبوع`` against a day's count), are not items of a
    list with different labels (``15 عضوا ... من فئة (ب)`` / ``12 عضوا ... من فئة (ج)``), and share their rare words
    (``SUBJECT_SAME``): the same subject, not only the same topic."""
    if where_a and where_b and not where_a & where_b:
        return False
    if periods_a != periods_b:
        return False
    if (item_a is not None or item_b is not None) and item_a != item_b:
        return False
    return corpus.cosine(stems_a, stems_b) >= SUBJECT_SAME


def _own_words(q: dict) -> set[str]:
    """Skeletons of the words of a quantity and its counted noun (``درجة مئوية``): what is measured."""
    return {skeleton(t) for t in terms_of(q.get("text", "") + " " + (q.get("unit") or ""))}


def _names_or_dates(u: Unit, q: dict) -> bool:
    """True when ``q`` is no count: part of a date (``١٩٧٨``، ``2 أغسطس``), a bare year, or a number that names
    (``فئة 15``، ``عيار 23``) after a noun of ``name_nouns``."""
    if any(d["start"] < q["end"] and q["start"] < d["end"] for d in u.dates):
        return True
    if u.text[max(0, q["start"] - u.start - 1): q["start"] - u.start] == ":":
        return True  # "الساعة 13:28 بتوقيت غرينتش": minutes of a clock time
    v = float(q["value"])
    if (q.get("kind") == "cardinal" and q.get("value_max") is None and v.is_integer()
            and any(lo <= v <= hi for lo, hi in YEARS) and q["text"].strip()[:4].translate(_DIGITS).isdigit()):
        return True
    lex = lexicon()
    before = arabic.words(u.text[: max(0, q["start"] - u.start)])
    if before and stem(before[-1]) in lex.name_nouns:
        return True
    after = arabic.words(u.text[max(0, q["end"] - u.start):])
    return bool(after) and stem(after[0]) in lex.position_words  # "١٨٠ كلم شرق المدينة": where, not how much


def _between_numbers(corpus, u: Unit, q: dict) -> tuple[int, int]:
    """The span of ``q``'s sentence between the end of the quantity before it and the start of the one after it
    (the sentence's bounds where there is none)."""
    siblings = [r for v in corpus.units[u.doc] if v.sentence == u.sentence for r in v.quantities if r is not q]
    return (max([r["end"] for r in siblings if r["end"] <= q["start"]], default=u.sentence[0]),
            min([r["start"] for r in siblings if r["start"] >= q["end"]], default=u.sentence[1]))


def _change(corpus, u: Unit, q: dict) -> str | None:
    """``"rise"`` / ``"fall"`` / ``"change"`` when ``q`` is a change (``وصعدت عقود خام القياس الدولي مزيج برنت 25
    سنتا``، ``بارتفاع 0.3%``): the change word nearest before it, among the ``CHANGE_REACH`` words after any earlier
    number of its sentence; None for a level."""
    lo, _ = _between_numbers(corpus, u, q)
    before = arabic.words(corpus.text(u.doc, u.line, lo, q["start"]))[-CHANGE_REACH:]
    verbs, rules = lexicon().change_verbs, _rules()
    for w in reversed(before):
        s = stem(w)
        if s in verbs or s in rules["rise"] or s in rules["fall"]:
            return "rise" if s in rules["rise"] else "fall" if s in rules["fall"] else "change"
    return None


_BIDI_INSIDE = re.compile("\\d[.,٫]?[\u200e\u200f\u061c\u202a-\u202e]+[.,٫]?\\d")  # a mark between digits


def _garbled(q: dict) -> bool:
    """A bidi mark inside the number that is not the display-order decimal the quantity reader puts back
    (``2.<U+200F>3 مليار`` is 3.2 billion, read so): its digits cannot be trusted. All 326 marks between digits of
    SaudiNewsNet are that decimal; the test stays for other writings."""
    text = q.get("text") or ""
    return bool(_BIDI_INSIDE.search(DISPLAY_ORDER.sub("", text)))


def _headline_places(corpus, doc: str, known: frozenset[str]) -> set[str]:
    """Places the title and first lines of ``doc`` name: where its unplaced sentences happen."""
    units = corpus.units[doc][:HEADLINE_UNITS]
    found = named_places(" ".join(u.text for u in units), known, corpus.ambiguous_countries[doc])
    return found | {p for u in units for p in _entity_places(corpus, doc, u.start, u.end)}


def _entity_places(corpus, doc: str, start: int, end: int) -> set[str]:
    """The entity layer's places below a country (``مهرجان بريدة للتمور``) mentioned in ``[start, end)`` of ``doc``."""
    return {p for pos, p in corpus.local_places.get(doc, ()) if start <= pos < end}


def _places_said(corpus, u: Unit, window: str, known: frozenset[str], price: bool = False) -> set[str]:
    """Where the reading ``u`` gives happens: the places named around the number, else in its sentence (place nouns,
    corpus place names, the entity layer's towns), else in the sentence before it in its paragraph (a market
    round-up names the bourse once, then gives its shares and deals), else in the nearest subheading above, else in
    the headline. A market ``price`` (``53.51 دولار للبرميل``) is said of the places its own sentence names, the
    market's (``الخام الأمريكي``، ``عقود الذهب الأمريكية``) or none: the story around it names the places of demand
    and supply (``الطلب على البنزين في الولايات المتحدة``), not of the price."""
    s_lo, s_hi = u.sentence
    allow = corpus.ambiguous_countries[u.doc]
    if price:
        return (named_places(corpus.text(u.doc, u.line, s_lo, s_hi), known, allow)
                | _entity_places(corpus, u.doc, s_lo, s_hi))
    found = named_places(window, known, allow)
    if found:
        return found
    spans = [(s_lo, s_hi)]
    before = [v.sentence for v in corpus.units[u.doc] if v.line == u.line and v.sentence[1] <= s_lo]
    if before:  # the sentence before it in its paragraph, not the whole paragraph: some outlets print an article
        spans.append(max(before))  # as one line naming every place of the story
    for lo, hi in spans:
        found = named_places(corpus.text(u.doc, u.line, lo, hi), known, allow) | _entity_places(corpus, u.doc, lo, hi)
        if found:
            return found
    lines = corpus.lines[u.doc]
    heading = next((lines[n] for n in range(u.line - 1, 0, -1) if n in lines and lines[n]["kind"] == "subheading"), None)
    if heading is not None:
        found = (named_places(heading["text"], known, allow)
                 | _entity_places(corpus, u.doc, heading["start"], heading["end"]))
        if found:
            return found
    return _headline_places(corpus, u.doc, known)


@cache
def _rules() -> dict:
    """``compare_numbers_rules.json``: measures compared within one story only, openings of a conjoined word."""
    raw = _data("compare_numbers_rules.json")
    lex = lexicon()
    local = {lex.measure_of.get(k, k) for k in map(_stem_phrase, raw["story_local_measures"])}
    cues = lambda name: tuple(tuple(arabic.normalize(w) for w in arabic.words(c)) for c in raw[name])  # noqa: E731
    return {"update": cues("update_cues"), "earlier": cues("earlier_cues"),
            "price_per": frozenset(arabic.normalize(w) for w in raw["price_per_words"]),
            "value_words": frozenset(stem(arabic.normalize(w)) for w in raw["value_words"]),
            "reported_price": frozenset(arabic.normalize(w) for v in raw["reported_price_words"] for w in (v, "و" + v)),
            "story_local": frozenset(local),
            "conjoined": tuple(arabic.normalize(w) for w in raw["conjoined_openings"]),
            "rise": frozenset(map(_stem_phrase, raw["rise_words"])),
            "fall": frozenset(map(_stem_phrase, raw["fall_words"]))}


def _stage(sentence: str) -> str | None:
    """Which stage of a developing count a sentence gives: ``"update"`` (``الحصيلة باتت الآن``), ``"earlier"``
    (``المعلومات الأولية``) or None."""
    words = tuple(arabic.normalize(w) for w in arabic.words(sentence))
    rules = _rules()

    def says(phrases: tuple[tuple[str, ...], ...]) -> bool:
        return any(words[i:i + len(p)] == p for p in phrases for i in range(len(words) - len(p) + 1))

    if says(rules["update"]):
        return "update"
    if says(rules["earlier"]):
        return "earlier"
    return None


def _is_price(corpus, u: Unit, q: dict) -> bool:
    """``q`` is a market price as the market gave it: a sum followed by a price-per word (``1092.30 دولارا
    للأوقية``) in a sentence no speaker reports (``نقلت ... عن وزير الطاقة قوله ... صوب 49 دولارا للبرميل`` is one
    statement, which two outlets can misquote)."""
    if q.get("kind") != "money":
        return False
    sentence = arabic.words(corpus.text(u.doc, u.line, *u.sentence))
    after = arabic.words(corpus.text(u.doc, u.line, q["end"], u.sentence[1]))[:2]
    per, speech = _rules()["price_per"], _rules()["reported_price"]
    return (any(arabic.normalize(w) in per for w in after)
            and not any(arabic.normalize(w) in speech for w in sentence))


def _priced(corpus, u: Unit, q: dict) -> str | None:
    """The stem of what a sum is the price, value, size or average of: the first content word after the last value
    word (``value_words``: سعر، قيمة، حجم، متوسط ...) before it in its clause (``متوسط حجم القرض العقاري ... 126 ألف
    إسترليني`` -> قرض); None for a count, or when no value word stands before the sum."""
    if q.get("kind") != "money":
        return None
    lo, _ = _between_numbers(corpus, u, q)
    words = arabic.words(corpus.text(u.doc, u.line, lo, q["start"]))
    value_words, stop = _rules()["value_words"], stopwords()
    stems = [stem(w) for w in words]
    last = max((k for k, s in enumerate(stems) if s in value_words), default=None)
    if last is None:
        return None
    for w, s in zip(words[last + 1:], stems[last + 1:], strict=True):
        if w[:1].isdigit():
            return None
        if s not in stop and s not in value_words:
            return s
    return None


def _conjoined(q: dict) -> bool:
    """The counted noun read after ``q`` opens with a conjunction and a second prefix (``الخامسة عشرة ووظيفة``):
    it starts the next item of a coordination, so the number counts nothing."""
    noun = arabic.words(q.get("unit") or "")
    return bool(noun) and arabic.normalize(noun[0]).startswith(_rules()["conjoined"])


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _periods(corpus, u: Unit) -> frozenset[str]:
    """The durations a sentence counts over (``خلال أسبوع`` -> P1W), from the date layer."""
    return frozenset(d["value"] for v in corpus.units[u.doc] if v.sentence == u.sentence
                     for d in v.dates if d.get("kind") == "duration" and d.get("value"))


_BULLET = re.compile(r"^\s*(?:[-–—•*·]|\(?\d{1,2}[).-])")


def _list_item(corpus, u: Unit, q: dict) -> str | None:
    """The label of a list item that gives ``q`` (its words but the number: ``عضوا في البلديات من فئة ب``), or None
    when the sentence is prose: a line opening with a bullet, or a short line, is an item."""
    line = corpus.lines[u.doc][u.line]["text"]
    if not (_BULLET.match(line) or len(line.split()) <= LIST_ITEM_WORDS):
        return None
    text = corpus.text(u.doc, u.line, *u.sentence)
    cut = text[: q["start"] - u.sentence[0]] + " " + text[q["end"] - u.sentence[0]:]
    return " ".join(arabic.normalize(w) for w in arabic.words(cut))


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


def _outcome(corpus, u: Unit, q: dict) -> str | None:
    """What happened to what ``q`` counts (``outcomes`` of the measures data): the class of the outcome word nearest
    the number in its window (``3 جنود قتلوا وأصيب 31`` -> killed), or None."""
    lo, hi = _between_numbers(corpus, u, q)
    left = arabic.words(corpus.text(u.doc, u.line, lo, q["start"]))[-WINDOW_TERMS:]
    right = arabic.words(corpus.text(u.doc, u.line, q["end"], hi))[:WINDOW_TERMS]
    outcome_of = lexicon().outcome_of
    # nearest first; at one distance the word after the number wins ("3 جنود قتلوا"), unless it opens the next
    # clause with و ("مقتل خمسة أشخاص وإصابة 12": the wounded are the next count)
    by_distance = [w for r, lw in zip(right, reversed(left), strict=False)
                   for w in ((lw, r) if r.startswith("و") else (r, lw))]
    by_distance += right[len(left):] + list(reversed(left))[len(right):]
    for w in by_distance:
        cls = outcome_of.get(stem(w))
        if cls:
            return cls
    return None


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
    step = _rounding(q)
    if step and not q.get("qualifier"):  # "4.2 مليون سهم" is 4.24 million rounded, not another count; news copy
        return v - step / 2, v + step  # cuts as often as it rounds: "751.9 ألف سهم" is 751,991 shares
    return {
        "about": (v * (1 - ABOUT_TOLERANCE), v * (1 + ABOUT_TOLERANCE)),
        # "أكثر من 78 ألف" and "78 ألف" are one rounded figure in news copy: the bound itself is kept
        "more than": (v, math.inf),
        "at least": (v, math.inf),
        "less than": (0.0, v),
        "at most": (0.0, v),
    }.get(q.get("qualifier") or "", (v, v))


_WRITTEN = re.compile(r"(\d+)(?:[.٫](\d+))?")


def _written(q: dict) -> tuple[float, int, float] | None:
    """(number as written, its decimals, the scale its value is of it: 1, 1000 ...) of a reading, or None.
    ``٤٣٫٨`` and ``43.8`` are one written number."""
    m = _WRITTEN.search(q.get("text", "").translate(_DIGITS))
    if not m:
        return None
    decimals = m.group(2) or ""
    written = float(f"{m.group(1)}.{decimals or 0}")
    return written, len(decimals), float(q["value"]) / written if written else 0.0


def _rounding(q: dict) -> float:
    """The last written digit of a number before a scale word (``4.2 مليون`` -> 100,000، ``157 مليون`` ->
    1,000,000), else 0: "157 مليون سهم" is 157,978,034 shares rounded, "751.9 ألف" 751,991 cut."""
    w = _written(q)
    if w is None:
        return 0.0
    _, decimals, scale = w
    if scale < 1000 or abs(scale - round(scale)) > 1e-6 * scale:
        return 0.0
    return scale * 10 ** -decimals


def _rounded_from(a: dict, b: dict) -> bool:
    """Whether ``a`` is ``b`` written with fewer decimals: "44 كيلوجراما" is 43.8 kg rounded, one figure."""
    wa, wb = _written(a), _written(b)
    if wa is None or wb is None or wa[1] >= wb[1] or a.get("qualifier") != b.get("qualifier"):
        return False
    (xa, da, scale_a), (xb, _, scale_b) = wa, wb
    if not scale_a or abs(scale_a - scale_b) > 1e-9 * max(scale_a, scale_b):
        return False  # "4 ملايين" and "4.2 مليار" are not one figure rounded
    return abs(xa - xb) <= 10.0 ** -da / 2 + 1e-9


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def as_of(view: TopicView, u: Unit, q: dict) -> tuple[str | None, str]:
    """(ISO date the count stands at, where it came from: 'sentence' | 'published')."""
    corpus = view.corpus
    lex = lexicon()
    ln = corpus.lines[u.doc][u.line]
    s_lo, s_hi = u.sentence
    best: tuple[int, str] | None = None
    elsewhere: set[str] = set()  # days another clause of the sentence names ("... أمس الأول، بلغت 1467 سيارة")
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
                if d.get("granularity") == "day":
                    elsewhere.add(d["value"])
                continue
            if best is None or rank < best[0]:
                best = (rank, d["value"])
    if best:
        return best[1], "sentence"
    # one day named in another clause of the sentence dates what the sentence counts ("وردت لساحة السوق أمس الأول،
    # بلغت 1467 سيارة"); not a sum or a share, mostly a period's figure that a statement of that day gives
    # ("بيان ... السبت إلى انخفاض ... ليصل إلى 2.3 تريليون دولار" in the first seven months)
    if len(elsewhere) == 1 and q.get("kind") not in LOCAL_KINDS:
        return elsewhere.pop(), "sentence"
    published = corpus.docs[u.doc].get("published")
    return (published[:10] if published else None), "published"


_CLOCK = re.compile(r"الساع[ةه]\s*(\d{1,2})[:.٫]?(\d{2})\b")


def _clock(sentence: str) -> str | None:
    """The time of day a sentence gives its figure at (``بحلول الساعة 0213 بتوقيت جرينتش`` -> 02:13), or None."""
    m = _CLOCK.search(sentence.translate(_DIGITS))
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m and int(m.group(1)) < 24 and int(m.group(2)) < 60 else None


def _days_named(corpus, u: Unit) -> set[str]:
    """ISO days the sentence of ``u`` names (``اليوم الاثنين``، ``الجمعة``), from the date layer."""
    return {d["value"] for v in corpus.units[u.doc] if v.sentence == u.sentence for d in v.dates
            if d.get("granularity") == "day" and d.get("value")}


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
            "as_of": date, "as_of_from": source, "as_of_time": _clock(corpus.text(u.doc, u.line, *u.sentence)),
            "sentence": {"line": u.line, "start": u.sentence[0], "end": u.sentence[1],
                         "text": corpus.text(u.doc, u.line, *u.sentence)},
        })
    verdict = "agree"
    intervals = [_interval(q) for _, q in members]
    named = [_days_named(corpus, u) for u, _ in members]
    stages = [_stage(r["sentence"]["text"]) for r in readings]
    prices = [_is_price(corpus, u, q) for u, q in members]
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            if (members[i][0].doc == members[j][0].doc or _overlap(intervals[i], intervals[j])
                    or _rounded_from(members[i][1], members[j][1]) or _rounded_from(members[j][1], members[i][1])):
                continue
            a, b = readings[i]["as_of"], readings[j]["as_of"]
            # as of one date: the same date, or the day one reading stands at is a day the other's sentence names
            # ("صباح يوم الجمعة" in a Sunday article against a count given as of that Friday)
            ta, tb = readings[i]["as_of_time"], readings[j]["as_of_time"]
            # a price at 02:13 GMT and one at 13:50 GMT (or at the close) of one day are two moments: a drift
            # ... and two stages of a developing count ("الحصيلة باتت الآن" against the first figure) two moments
            # ... and two market prices of one day without one time of day given two agency updates: two moments
            untimed_prices = prices[i] and prices[j] and ta is None
            if (a == b or a in named[j] or b in named[i]) and ta == tb and stages[i] == stages[j] and not untimed_prices:
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
