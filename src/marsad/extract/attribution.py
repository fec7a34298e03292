"""Attribution chains: which outlet relays whose claim.

An *attribution* says who relays a claim (the ``reporter``, an outlet; None when it is the article's own outlet) and
whose claim it is (the ``source``): ``نقلت رويترز عن أربعة مصادر`` (Reuters relays four sources), ``وفق وكالة
رويترز`` (Reuters), ``قال مسؤول أميركي لـ "رويترز"`` (Reuters relays a US official), ``نقل موقع بغداد اليوم عن مصدر
أمني``. They are read in the same scan of the text as the quotes (``marsad.extract.quotes``), which owns the lexicon,
the tokens and the speaker grammar; this module holds what only attributions need.

>>> a = find_attributions('ونقل موقع “بغداد اليوم” عن مصدر أمني ان الاجتماعات شهدت نقاشا.')[0]
>>> a.reporter, a.source, a.cue
('بغداد اليوم', 'مصدر أمني', 'ونقل')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import cache

from marsad.arabic import Sentence, normalize
from marsad.extract.dates import past_day_names
from marsad.extract.ner import lam_off, nisba_country
from marsad.extract.quotes import (
    _COMMAS,
    _OPENERS,
    _a_verb,
    _attr_cue_at,
    _bare,
    _comp_at,
    _definite,
    _gap,
    _is,
    _Lexicon,
    _opener_in,
    _outlet_key,
    _past_closer,
    _quotation_at,
    _scan,
    _spans_key,
    _spelled,
    _State,
    _stop_at,
    _strip_waw,
    _subject_before,
    _Tok,
    _word_count,
)

__all__ = ["Attribution", "find_attributions"]


@dataclass(frozen=True)
class Attribution:
    """Who relays a claim (``reporter``; None when it is the outlet itself) and whose claim it is (``source``)."""

    start: int
    end: int
    text: str
    reporter: str | None
    source: str | None
    cue: str
    sentence: tuple[int, int]

    def __post_init__(self) -> None:
        for name in ("reporter", "source"):  # a dash or a bracket read as a name ('وأشار ـ في تصريح') is no name
            value = getattr(self, name)
            if value is not None and not any(ch.isalpha() and ch != "\u0640" for ch in value):  # not tatweel
                object.__setattr__(self, name, None)

    def to_json(self) -> dict:
        return asdict(self)


def find_attributions(text: str, spans: Iterable[tuple[int, int]] | None = None) -> list[Attribution]:
    """Attribution phrases in ``text`` (or only inside ``spans``), in text order.

    >>> [(a.reporter, a.source) for a in find_attributions('قال مسؤول أميركي لـ "رويترز" إن المحادثات بدأت.')]
    [('رويترز', 'مسؤول أميركي')]
    """
    return list(_scan(text, _spans_key(text, spans))[1])


def _outlet_name(text: str, toks: list[_Tok], tspan: tuple[int, int], pairs: dict[int, int], lex: _Lexicon,
                 state: _State) -> str | None:
    """The outlet named by tokens tspan, or None when they name no outlet.

    A quoted name is taken as written ('“بغداد اليوم”'); a media noun is dropped before a name ('وكالة رويترز
    الإخبارية' -> 'رويترز') but kept when it is part of the name ('وكالة الأنباء السعودية', 'تلفزيون سوريا');
    'المجلة' / 'الوكالة' alone refer back to the last outlet of that kind.
    """
    lo_t, hi_t = tspan
    if lo_t >= hi_t or hi_t > len(toks):
        return None
    seg = toks[lo_t:hi_t]
    lo, hi = seg[0].start, seg[-1].end
    first = seg[0].norm
    kind = next((f for f in _bare(first) if f in lex.types_strip or f in lex.types_keep), None)
    for o, cl in pairs.items():
        if lo - 2 <= o < hi and cl <= _past_closer(text, hi) + 1 and o < cl:
            inner = text[o + 1:cl].strip()
            if inner and _word_count(inner) <= 4:
                return _remember(state, kind or "", inner)
    if kind is not None:
        rest = seg[1:]
        if not rest or (_definite(first) and not any(_outlet_key(rest, lex))):
            for k, name in reversed(state.reporters or []):  # 'المجلة' -> the magazine named before
                if k == kind:
                    return name
            return None if not rest else None
        if rest[0].norm in lex.generic or first in lex.types_keep or ("ال" + first) in lex.types_keep:
            rest = seg  # 'وكالة الأنباء السعودية', 'تلفزيون سوريا'
        # a nationality after a generic word is the name's own ('وكالة الأنباء الألمانية' is DPA, 'وكالة الأنباء
        # السعودية الرسمية' SPA): only the adjectives after it go
        while len(rest) > 1 and rest[-1].norm in lex.descriptors and not (
                rest[-2].norm in lex.generic and nisba_country(rest[-1].text)):
            rest = rest[:-1]
        name = text[rest[0].start:rest[-1].end]
        if seg[0].norm.startswith("ل") and rest[0] is seg[0]:
            name = lam_off(name)
        return _remember(state, kind, name)
    for key in _outlet_key(seg, lex):
        return _remember(state, "", lex.outlets[key])
    if any(t.norm in lex.media for t in seg[:2]):
        return _remember(state, "", text[lo:hi])
    return None


def _remember(state: _State, kind: str, name: str) -> str:
    if state.reporters is not None:
        state.reporters.append((kind, name))
    return name


def _np_after(toks: list[_Tok], k: int, text: str, lex: _Lexicon, limit: int = 10,
              pairs: dict[int, int] | None = None, quoted_names: bool = False) -> tuple[int, int]:
    """Token span of the noun phrase that starts at token k and runs to a comma, a stop word, إن/أن or a quotation
    ('وقالت وكالة الأنباء السودانية الرسمية "توجه المشير ..."': the agency, not its first words). With
    ``quoted_names`` (after بحسب، وفق) quoted words are a name, read whole to the closing mark: 'بحسب بيانات مؤسسة
    «بي إن بي باريبا ريال استيت»' (its إن is no conjunction)."""
    hi = k
    while hi < min(len(toks), k + limit):
        if hi > k and any(ch in _gap(text, toks, hi) for ch in _COMMAS + ":;\u061B("):
            break
        opener = _opener_in(_gap(text, toks, hi), toks[hi - 1].end if hi else 0, pairs) if pairs else None
        if opener is not None and quoted_names and _word_count(text[opener + 1:pairs[opener]]) <= limit:
            inside = hi
            while inside < len(toks) and toks[inside].end <= pairs[opener]:
                inside += 1
            if inside > hi:
                hi = inside
                continue
        if hi > k and pairs and _quotation_at(text, toks, hi, pairs):
            break
        if _comp_at(toks, hi, lex) is not None or (hi > k and _stop_at(toks, hi, lex)):
            break
        if hi > k and toks[hi].norm in lex.fillers:
            break
        hi += 1
    return k, hi


def _prepositional_attributions(text: str, toks: list[_Tok], sent: Sentence, pairs: dict[int, int], lex: _Lexicon,
                                state: _State, out: list[Attribution]) -> None:
    span = (sent.start, sent.end)
    starts = [i for i, t in enumerate(toks) if t.norm in lex.attr_any]  # the only tokens that can open one
    k = 0
    for i in starts:
        if i < k:
            continue  # inside a cue already read
        k = i
        t = toks[k]
        # 1. relay: 'نقلت رويترز عن أربعة مصادر', 'وكانت وسائل اعلام غربية نقلت عن مسؤول'
        if t.norm in lex.relay:
            a = _relay(text, toks, k, pairs, lex, state, span)
            if a is not None:
                out.append(a)
            k += 1
            continue
        # 2. 'وفق وكالة رويترز', 'بحسب مصادر', 'نقلا عن مسؤول'
        n = _attr_cue_at(toks, k, lex)
        if n:
            m = k + n
            while m < len(toks) and (toks[m].norm in lex.attr_fillers or toks[m].norm == "ل"):
                m += 1
            if m < len(toks):
                lo_t, hi_t = _np_after(toks, m, text, lex, pairs=pairs, quoted_names=True)
                if hi_t > lo_t:
                    reporter = _outlet_name(text, toks, (lo_t, hi_t), pairs, lex, state)
                    first = toks[lo_t].norm
                    sourcy = _is(first, lex.roles | lex.anonymous | lex.institutions | lex.titles) or first in lex.numbers
                    if reporter or sourcy:
                        if reporter and (keys := list(_outlet_key(toks[lo_t:hi_t], lex))):
                            # an outlet's known name ends the phrase: 'هاجم الحوثيون بحسب سكاي نيوز مواقع للمقاومة'
                            hi_t = min(hi_t, lo_t + max(map(len, keys)))
                        a_hi = _past_closer(text, toks[hi_t - 1].end)
                        if text[a_hi:a_hi + 1] == ")" and text.count("(", t.start, a_hi) > text.count(")", t.start, a_hi):
                            a_hi += 1  # 'وفقا لما كشفه لـ(عكاظ)'
                        s_lo = toks[lo_t].start
                        source = None if reporter else text[s_lo:toks[hi_t - 1].end]
                        if source and first.startswith("ل") and _is(first, lex.roles | lex.institutions) is not False:
                            # 'وفقاً للمصادر' -> 'المصادر'; 'وفقاً لوزارة الصحة' -> 'وزارة الصحة'
                            source = lam_off(source)
                        out.append(Attribution(t.start, a_hi, text[t.start:a_hi], reporter, source,
                                               " ".join(x.text for x in toks[k:k + n]), span))
            k += n
            continue
        # 3. an outlet as the subject of a speech verb: 'ذكرت مجلة "فورين بوليسي"', 'كشفت وكالة "رويترز"'
        if t.norm in lex.verbs and k + 1 < len(toks):
            lo_t, hi_t = _np_after(toks, k + 1, text, lex, limit=6, pairs=pairs)
            first = toks[lo_t].norm if lo_t < len(toks) else ""
            quoted = text[toks[k].end:toks[lo_t].start].strip()[:1] in _OPENERS if lo_t < len(toks) else False
            outlets = list(_outlet_key(toks[lo_t:hi_t], lex)) if hi_t > lo_t else []
            known = [key for key in outlets if key not in lex.common_outlets]
            # a quoted bare name is an outlet after a feminine verb ('وذكرت «الحياة»', 'وتضيف «الاقتصاد والأعمال»':
            # صحيفة / مجلة is understood) or when it is an outlet's name ('وأبلغ «الشرق الأوسط»'); after a masculine
            # verb it is a person ('وذكر «الحداد» أن': local outlets quote family names)
            verb = _strip_waw(t.norm)
            quoted = quoted and hi_t > lo_t and (verb.endswith("ت") or verb.startswith("ت") or bool(outlets))
            # an outlet is one: 'بين موقعين مختلفين' (between two sites) names none
            head = _is(first, lex.types_strip | lex.types_keep) and not first.endswith(("ين", "ان", "ات"))
            # after a verb that also means 'is considered' a name speaks only when reported words follow it ('واعتبرت
            # صحيفة «الغارديان» أن'), not when a predicate does: 'وتعتبر «بتروبراس» أكبر شركة', 'ويعتبر برنامج «حماية
            # الأجور» إحدى أدوات الوزارة'
            considered = t.norm in lex.considering and not any(
                _comp_at(toks, j, lex) is not None for j in range(hi_t, min(hi_t + _CONSIDERED_REACH, len(toks))))
            if hi_t > lo_t and not first.startswith("ل") and (quoted or head or known) and not considered:
                reporter = _outlet_name(text, toks, (lo_t, hi_t), pairs, lex, state)
                if reporter:
                    a_hi = _past_closer(text, toks[hi_t - 1].end)
                    out.append(Attribution(t.start, a_hi, text[t.start:a_hi], reporter, None, t.text, span))
        k += 1


_CONSIDERED_REACH = 6  # tokens from a considering verb's subject to its أن ('واعتبرت الصحيفة في افتتاحيتها أمس أن')
_TARIQ, _BUOD = normalize("طريق"), normalize("بعد")


def _clause_between(text: str, toks: list[_Tok], lo: int, hi: int, lex: _Lexicon) -> bool:
    """Tokens lo..hi, between a relay verb and عن, hold a clause of their own: إن/أن (not a spelled letter: 'شبكة
    "إن بي سي نيوز"') or a verb of four letters or more, no word of time ('يوم الاثنين'); a relative clause's verb
    only right before عن ('مستشفى العاصمة «مسقط»، التي تبعد عن'; 'وكالة الأنباء التي يسيطر عليها الحوثيون «سبأ»
    عن' is the outlet described)."""
    for x in range(lo, hi):
        norm = toks[x].norm
        if norm in lex.comps and not _spelled(toks, x, text):
            return True
        relative = x > lo and toks[x - 1].norm in _RELATIVES
        if len(norm) >= 4 and norm not in _time_tail() and _a_verb(norm) and (not relative or x == hi - 1):
            return True
    return False


_RELATIVES = frozenset(normalize(w) for w in ("التي", "الذي", "الذين", "اللتين", "اللذين", "اللواتي"))


@cache
def _time_tail() -> frozenset[str]:
    """Words of time that may stand between a relaying outlet and عن: the dates' weekdays and day words, and these
    (read on first use, not at import: the dates' lexicon is built then)."""
    return past_day_names() | frozenset(normalize(w) for w in (
        "الأول", "الأولى", "مساء", "صباح", "الليلة", "أيضا", "مؤخرا", "يوم"))


def _relay(text: str, toks: list[_Tok], k: int, pairs: dict[int, int], lex: _Lexicon, state: _State,
           span: tuple[int, int]) -> Attribution | None:
    an = k + 1
    while an < min(len(toks), k + 9) and toks[an].norm != "عن":
        an += 1
    if an >= len(toks) or toks[an].norm != "عن":
        return None
    if an + 1 < len(toks) and toks[an + 1].norm in (_TARIQ, _BUOD):
        return None  # 'تنقل الوجع ... عن طريق الدراما', 'نقل البيانات عن بعد': by way of, from afar, not a source
    if toks[an - 1].norm in lex.an_governors or _clause_between(text, toks, k + 1, an, lex):
        # 'نقل الأمهات ... بعيدا عن مناطق الإصابة': the عن of another word; 'نقلت حينها أن إيران لم تسارع بإبلاغ
        # الوكالة عن موقع فوردو', 'مستشفى العاصمة «مسقط»، التي تبعد عن': a clause of its own before it
        return None
    hi = an
    if an > k + 1 and not any(len(key) == an - x for x in range(k + 1, an) for key in _outlet_key(toks[x:an], lex)):
        while hi > k + 1 and toks[hi - 1].norm in _time_tail():
            hi -= 1  # 'نقلت وسائل إعلام محلية أمس السبت عن': when, not who ('موقع بغداد اليوم' is a name); 'نُقل
            # يوم الإثنين عن': when only, the relay passive or its subject before it
    if hi > k + 1:
        reporter = _outlet_name(text, toks, (k + 1, hi), pairs, lex, state)
        if reporter is None:
            reporter = text[toks[k + 1].start:_past_closer(text, toks[hi - 1].end)].strip(" \"\u201D\u00BB")
        a_lo = toks[k].start
    else:
        subject = _subject_before(toks, k, text, lex)
        if subject is None:
            reporter, a_lo = None, toks[k].start
        else:
            reporter = _outlet_name(text, toks, subject, pairs, lex, state) or text[
                toks[subject[0]].start:toks[subject[1] - 1].end]
            a_lo = toks[subject[0]].start
    lo_t, hi_t = _np_after(toks, an + 1, text, lex, pairs=pairs)
    if hi_t <= lo_t:
        return None
    src_hi = _past_closer(text, toks[hi_t - 1].end)
    source = text[toks[lo_t].start:src_hi]
    return Attribution(a_lo, src_hi, text[a_lo:src_hi], reporter, source, toks[k].text, span)
