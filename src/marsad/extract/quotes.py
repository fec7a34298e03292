"""Quotations and attribution: who said what, and which outlet relays whose claim.

A *quote* is a speech cue (``قال``, ``وأكدت``, ``مضيفاً``, a headline colon) with its speaker and its content:
direct when the content is in quotation marks, reported when it follows إن/أن. A pronoun cue (``وأضاف``,
``وقال معاليه``, ``وأوضح المسؤول``, ``مؤكداً أن``) takes the last named speaker before it. An *attribution* says which
outlet relays the claim and whose claim it is (``نقلت رويترز عن أربعة مصادر``, ``وفق وكالة رويترز``,
``قال مسؤول أميركي لـ "رويترز"``); attributions are read in the same scan, by the helpers of
``marsad.extract.attribution`` (``Attribution`` and ``find_attributions`` are also importable from here).

>>> q = find_quotes('وقال المتحدث باسم الجيش العراقي اللواء يحيى رسول إن الاجتماعات ستتواتر بصورة دورية.')[0]
>>> q.speaker, q.speaker_head, q.cue, q.text, q.direct
('المتحدث باسم الجيش العراقي اللواء يحيى رسول', 'يحيى رسول', 'وقال', 'الاجتماعات ستتواتر بصورة دورية', False)

All word lists are in ``data/quotes_lexicon.json``. Everything works on tokens from ``arabic.tokenize`` of the
sentences that can hold a cue, so offsets index the text passed in. Ruled out: a full parser (no model may be
downloaded at run time, and 31k articles must go through in minutes) and a regex per pattern (the patterns share
one speaker grammar; one scanner keeps them consistent).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from marsad.arabic import _TOKEN, Sentence, is_arabic_letter, normalize, remove_diacritics, split_sentences
from marsad.extract.dates import fold_with_offsets, opens_a_period, opens_a_time
from marsad.extract.ner import (
    UNRANKED,
    commoner_without,
    conjunction_off,
    family_name,
    foreign_given_name,
    frequency_rank,
    given_name,
    known_name,
    nisba_country,
    past_form,
    places,
    present_stem,
    public_figure,
)
from marsad.extract.ner import _lexicon as ner_lexicon

if TYPE_CHECKING:
    from marsad.extract.attribution import Attribution

__all__ = ["Quote", "find_quotes", "leans_back"]  # Attribution and find_attributions: see __getattr__


def __getattr__(name: str):
    # Attribution and find_attributions live in marsad.extract.attribution, which imports this module's scanner;
    # they are re-exported lazily so that either module may be imported first
    if name in ("Attribution", "find_attributions"):
        from marsad.extract import attribution

        return getattr(attribution, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

# Quotation marks paired within a paragraph: guillemets U+00AB/U+00BB, English curly quotes U+201C/U+201D, and
# the low-9 U+201E some keyboards open with. Straight double quotes pair left to right.
_PAIRS = {"\u00AB": "\u00BB", "\u201C": "\u201D", "\u201E": "\u201D"}
_OPENERS = set(_PAIRS) | {'"', "\u201D"}
_CLOSERS = set(_PAIRS.values()) | {'"'}
_QUOTE_MARK = re.compile("[\u00AB\u00BB\u201C\u201D\u201E\"]")
_COMMAS = ",\u060C"  # Latin comma and Arabic comma U+060C
_PERCENT = "%\u066A"  # Latin and Arabic percent signs
_MAX_SPEAKER = 16  # tokens; the longest role + name mention in the seeds is 11 ('نائب رئيس حكومة إقليم ...')
_MAX_NAME = 8  # tokens a name after its title may run past _MAX_SPEAKER ('الشيخ عبدالعزيز بن عبدالله آل الشيخ')
_BI_BASE_RANK = 15000  # ب + a word among SaudiNewsNet's 15,000 commonest right after a cue opens its complement
_MAX_TAIL = 10  # tokens between a speaker and its إن/أن ('اليوم الأحد', 'في تصريح لـ«واس»')
_MAX_LIST = 32  # ... and past a list of the speakers' names after 'كل من:' (13 names in a petition)
_MAX_ASIDE = 24  # the same after an aside about the speaker ('وهو قيادي في القوات التي تقاتل الحوثيين ...')
_RARE_RANK = 10000  # a word rarer than SaudiNewsNet's 10,000 commonest may be a name ('وزاد الضعيان أن')
_SHORT_TERM = 2  # a quoted term of up to this many words, not introduced as speech, is a name, not a quote
_OUTLET_NAME_WORDS = 5  # a quoted outlet name after صحيفة/وكالة/موقع ('ذي دايلي ستار صنداي'); longer is a quotation


@dataclass(frozen=True)
class Quote:
    """One quotation: content span, speaker mention, cue. Offsets index the text passed to ``find_quotes``."""

    start: int
    end: int
    text: str
    speaker: str | None
    speaker_span: tuple[int, int] | None
    speaker_head: str | None
    cue: str
    cue_span: tuple[int, int]
    direct: bool
    sentence: tuple[int, int]

    def to_json(self) -> dict:
        return asdict(self)


def find_quotes(text: str, spans: Iterable[tuple[int, int]] | None = None) -> list[Quote]:
    """Direct and reported quotes in ``text`` (or only inside ``spans``), in text order.

    >>> [(q.speaker_head, q.direct) for q in find_quotes('وأضاف الوزير "سنواصل العمل حتى النهاية".')]
    [('الوزير', True)]
    """
    return list(_scan(text, _spans_key(text, spans))[0])


def _spans_key(text: str, spans: Iterable[tuple[int, int]] | None) -> tuple[tuple[int, int], ...]:
    if spans is None:
        return ((0, len(text)),)
    out = []
    for lo, hi in spans:
        if not 0 <= lo <= hi <= len(text):
            raise ValueError(f"span ({lo}, {hi}) is outside the text (length {len(text)}); pass offsets into it")
        out.append((lo, hi))
    return tuple(sorted(out))


def leans_back(sentence: str) -> bool:
    """The sentence names who speaks or acts only in the sentence before it: it opens with a speech verb followed
    at once by إن/أن or a colon ('وأضاف أن', 'وأشار إلى أنه', 'وبين أنه') or with a participle of speech ('مختتما
    حديثه بأن'), or has an honorific pronoun among its first words ('وبادلهم سموه التهنئة', 'وقال معاليه'). Shown
    alone (in a summary) it says nobody knows who.

    >>> leans_back("وأضاف أن المعرض يحظى برعاية واهتمام مدير الجامعة"), leans_back("وأضاف الوزير أن المعرض ناجح")
    (True, False)
    """
    lex = _lexicon()
    raw = sentence.split()[:5]
    words = [normalize(w).strip(":،,.«»\"'") for w in raw]
    if any(w in lex.honorifics or (w[:1] in ("و", "ف") and w[1:] in lex.honorifics) for w in words[:4]):
        return True
    k = 1 if words and words[0] in ("كما", "ثم") else 0
    if words and (words[0] in lex.participles or (words[0][:1] == "و" and words[0][1:] in lex.participles)):
        return True  # 'مختتما حديثه بأن ...': a participle goes on with the sentence before
    if len(words) < k + 2 or words[k] not in lex.verbs:
        return False
    nxt = words[k + 1]
    return (raw[k].endswith(":") or raw[k + 1].startswith(":") or nxt in lex.comps
            or (nxt in lex.comp_preps and len(words) > k + 2 and words[k + 2] in lex.comps))


# --- lexicon -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Lexicon:
    verbs: dict[str, bool]  # normalized form (clitics included) -> plural subject
    relay: frozenset[str]
    participles: frozenset[str]
    fillers: frozenset[str]
    prayers: frozenset[tuple[str, ...]]  # prayer formulas skipped like fillers: 'يقول رحمه الله'
    filler_phrases: frozenset[tuple[str, ...]]  # 'بهذا الخصوص', 'في هذا الصدد': skipped like fillers
    comps: frozenset[str]
    comp_preps: frozenset[str]
    contrastives: frozenset[str]  # 'إلا أن', 'غير أن', 'رغم أن': a clause of contrast, not reported content
    name_governors: frozenset[str]  # 'خلال «...»', 'بعنوان "..."': the quotation after them is a name or title
    honorifics: frozenset[str]
    honorific_titles: dict[str, tuple[str, ...]]  # normalized: 'سموه' -> ('الامير', 'امير', 'سمو', ...)
    titles: frozenset[str]
    name_titles: frozenset[str]  # titles a personal name follows: 'الدكتور مطر حامد النيادي'
    role_adjectives: frozenset[str]  # after a title they make it a role naming nobody: 'الرئيس السابق'
    roles: frozenset[str]
    anonymous: frozenset[str]
    source_adjectives: frozenset[str]  # besides nisbas, what goes on an unnamed source: 'مصدر مطلع', 'مسؤول رفيع'
    numbers: frozenset[str]
    partitives: frozenset[str]  # a share before من: 'ثلاثة أرباع من الجمهوريين'
    institutions: frozenset[str]
    types_strip: frozenset[str]
    types_keep: frozenset[str]
    generic: frozenset[str]
    media: frozenset[str]
    outlets: dict[tuple[str, ...], str]  # normalized token tuple -> name as written
    descriptors: frozenset[str]
    stops: frozenset[str]
    statements: frozenset[str]  # تصريحات، بيان: their complement with ل is the speaker, not an addressee
    publishing: frozenset[str]  # أصدر، نشر: verbs that publish a document ...
    documents: frozenset[str]  # بيان، شريط: ... and the documents, in which a cue with فيه speaks for the publisher
    complement_takers: frozenset[str]  # roles, titles, bodies, sources, media nouns, statements: ل after them is theirs
    name_heads: frozenset[str]  # bodies (no documents) and name governors: a short quotation after one, not definite,
    # is a name ('لشركة «...»', 'باسم «...»'; but 'وقالت الخارجية «نرفض ذلك»')
    scripture_words: frozenset[str]  # first words of scripture's speakers: الله، رسول، النبي
    scripture_cues: frozenset[str]  # the cues that go on with scripture: قال، يقول (with و/ف)
    asides: frozenset[str]  # 'وهو' after a speaker: an aside about them, then the cue's إن/أن further on
    fi_stops: frozenset[str]
    openers: frozenset[str]
    subject_skip: frozenset[str]
    indefinite: frozenset[str]  # من، البعض right before a cue: its subject, naming nobody
    adverbial_conjunctions: frozenset[str]  # بعد، قبل، دون: their أن opens a clause of time or manner
    an_governors: frozenset[str]  # بعيدا، فضلا، التخلي: words that take عن themselves
    clause_nouns: frozenset[str]  # ضرورة، أهمية before أن: the object, the words said open with them
    attr_cues: dict[tuple[str, ...], int]  # token sequence -> length
    attr_fillers: frozenset[str]
    attr_first: frozenset[str]
    introducers: frozenset[str]  # words that open content or a source: إن/أن, عن, وفق ...
    cue_words: frozenset[str]  # every first word of a cue, to skip paragraphs and sentences without one
    cue_tokens: frozenset[str]  # speech verbs and participles
    role_preps: frozenset[str]
    complement_heads: frozenset[str]  # indefinite nouns that may open a role's complement: 'المشرف على وكالة ...'
    issuers: frozenset[str]  # 'صادر': after it عن names the issuer, inside the mention ('بيان صادر عن الوزارة')
    not_speech: dict[str, frozenset[str]]  # cue -> next words that make it another verb ('ورد اسم')
    close: frozenset[str]  # speech verbs only when what was said follows at once ('وزاد أن'; زاد is 'increased')
    telling: frozenset[str]  # أبلغ، أخبر: the outlet told is their direct object ('وأبلغ مسؤولون رويترز أن')
    copy_verbs: frozenset[str]  # تلقت، حصلت، اطلعت: 'بيان تلقت «الشرق الأوسط» نسخة منه' names who got the statement
    copy_nouns: frozenset[str]  # نسخة
    veils: frozenset[str]  # النقاب، اللثام: the object of 'كشف ... النقاب عن', no part of the speaker
    withholding: frozenset[str]  # الكشف، ذكر ... عن اسمه: a source withholding its name (with ``withheld``)
    withheld: frozenset[str]  # اسمه، هويته
    considering: frozenset[str]  # speech verbs that also take a predicate: 'تعتبر روسيا شريكا مهما'
    predicate_openers: frozenset[str]  # words that open such a predicate: أحد، من، غير، أكثر
    adverbs: frozenset[str]  # accusative adverbs a speaker's mention may hold: سابقا، حاليا
    stance: frozenset[str]  # sentence-opening verbs whose subject a later participle speaks for: 'عبر X ... مضيفا'
    transitive: frozenset[str]  # such verbs with a direct object: their subject is taken when plainly somebody
    stance_all: frozenset[str]  # stance | transitive
    stance_an: frozenset[str]  # those read as verbs only with عن after the subject (عبر is also 'via')
    outlet_first: frozenset[str]  # first words of outlet names ('رويترز' in 'لرويترز')
    common_outlets: frozenset[tuple[str, ...]]  # outlet names that are common words: اليوم، الرياض، الوطن
    attr_any: frozenset[str]  # every word that can open an attribution: relay verbs, attribution cues, speech verbs


def _norms(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize(w) for line in words for w in line.split())


def _with_conjunction(norms: Iterable[str]) -> frozenset[str]:
    """Normalized words as written alone or with the conjunction و or ف on them (قال، وقال، فقال)."""
    return frozenset(p + w for w in norms for p in ("", "و", "ف"))


@cache
def _lexicon() -> _Lexicon:
    raw = json.loads(resources.files("marsad.data").joinpath("quotes_lexicon.json").read_text(encoding="utf-8"))
    plural_endings = tuple(normalize(e) for e in raw["plural_endings"])
    verbs: dict[str, bool] = {}
    for line in raw["speech_verbs"]:
        forms = [normalize(w) for w in line.split()]
        lemma = forms[0]
        for form in forms:
            plural = form != lemma and form.endswith(plural_endings)
            variants = {form}  # no future (سيقول، سيعلن): who will speak has said nothing yet ('سيقول قائل')
            for v in list(variants):
                variants.update({"و" + v, "ف" + v})
            for v in variants:
                verbs[v] = plural
    participles = _norms(raw["participles"])
    participles = participles | {"و" + p for p in participles}
    outlets = {tuple(normalize(t) for t in name.split()): name for name in raw["outlets"]}
    attr_cues = {tuple(normalize(t) for t in cue.split()): len(cue.split()) for cue in raw["attribution_cues"]}
    attr_first = _with_conjunction(c[0] for c in attr_cues)
    relay = _with_conjunction(_norms(raw["relay_verbs"]))
    cue_words = set(verbs) | participles | attr_first
    lex = _Lexicon(
        verbs=verbs,
        relay=relay,
        participles=participles,
        fillers=_norms(raw["fillers"]),
        prayers=frozenset(tuple(normalize(w) for w in p.split()) for p in raw["prayers"]),
        filler_phrases=frozenset(tuple(normalize(w) for w in p.split()) for p in raw["filler_phrases"]),
        comps=_norms(raw["complementizers"]),
        comp_preps=_norms(raw["complement_prepositions"]),
        contrastives=_norms(raw["contrastives"]),
        name_governors=_norms(raw["name_governors"]),
        honorifics=_norms(raw["honorific_pronouns"]),
        honorific_titles={normalize(k): tuple(normalize(w) for w in v) for k, v in raw["honorific_titles"].items()},
        titles=_norms(raw["titles"]),
        name_titles=_norms(raw["name_titles"]),
        role_adjectives=_norms(raw["role_adjectives"]),
        roles=_norms(raw["roles"]),
        anonymous=_norms(raw["anonymous_sources"]),
        source_adjectives=_norms(raw["source_adjectives"]),
        numbers=_norms(raw["number_words"]),
        partitives=_norms(raw["partitive_heads"]),
        institutions=_norms(raw["institutions"]),
        types_strip=_norms(raw["outlet_types_strip"]),
        types_keep=_norms(raw["outlet_types_keep"]),
        generic=_norms(raw["outlet_generic_names"]),
        # 'مصادر إعلامية' is a media noun but 'مصادر' alone is a source, never an outlet
        media=_norms(raw["media_nouns"]) - _norms(raw["anonymous_sources"]),
        outlets=outlets,
        descriptors=_norms(raw["outlet_descriptors"]),
        stops=_norms(raw["speaker_stops"]) | _norms(raw["speaker_asides"]), statements=_norms(raw["statement_nouns"]),
        publishing=_with_conjunction(_norms(raw["publishing_verbs"])), documents=_norms(raw["published_documents"]),
        complement_takers=frozenset(), name_heads=frozenset(),  # set below from the fields they gather
        asides=_norms(raw["speaker_asides"]),
        scripture_words=_norms(raw["scripture_speakers"]),
        scripture_cues=_with_conjunction(_norms(raw["scripture_cues"])),
        fi_stops=_norms(raw["after_fi_stops"]),
        openers=_norms(raw["clause_openers"]),
        subject_skip=_norms(raw["subject_skip"]),
        indefinite=_norms(raw["indefinite_subjects"]),
        adverbial_conjunctions=_norms(raw["adverbial_conjunctions"]),
        an_governors=_norms(raw["an_governors"]),
        clause_nouns=_norms(raw["clause_nouns"]),
        attr_cues=attr_cues,
        attr_fillers=_norms(raw["attribution_fillers"]),
        attr_first=attr_first,
        cue_words=frozenset(cue_words),
        cue_tokens=frozenset(verbs) | participles,
        role_preps=_norms(raw["role_prepositions"]),
        complement_heads=_norms(raw["role_complement_heads"]),
        issuers=_norms(raw["issuers"]),
        not_speech={normalize(k): _norms(v) for k, v in raw["not_speech_after"].items()},
        close=_with_conjunction(_norms(raw["close_speech_verbs"])),
        telling=_with_conjunction(_norms(raw["telling_verbs"])),
        copy_verbs=_norms(raw["copy_verbs"]), copy_nouns=_norms(raw["copy_nouns"]),
        veils=_norms(raw["veils"]),
        withholding=_norms(raw["withholding"]), withheld=_norms(raw["withheld"]),
        considering=_with_conjunction(_norms(raw["considering_verbs"])),
        predicate_openers=_norms(raw["predicate_openers"]),
        adverbs=_norms(raw["accusative_adverbs"]),
        stance=_with_conjunction(_norms(raw["stance_verbs"])),
        stance_an=_with_conjunction(_norms(raw["stance_verbs_with_an"])),
        transitive=_with_conjunction(_norms(raw["transitive_stance_verbs"])),
        stance_all=_with_conjunction(_norms(raw["stance_verbs"]) | _norms(raw["transitive_stance_verbs"])),
        outlet_first=frozenset(k[0] for k in outlets if len(k[0]) > 2),
        common_outlets=frozenset(tuple(normalize(t) for t in name.split()) for name in raw["common_word_outlets"]),
        attr_any=frozenset(verbs) | relay | attr_first,
        introducers=_norms(raw["complementizers"]) | {normalize("عن")} | attr_first,
    )
    return replace(lex, complement_takers=lex.roles | lex.titles | lex.institutions | lex.anonymous | lex.types_strip
                   | lex.types_keep | lex.statements, name_heads=lex.name_governors | (lex.institutions - lex.documents))


def _bare(norm: str) -> tuple[str, ...]:
    """Forms of a normalized word without conjunction, article and number/gender endings, for lexicon lookup."""
    forms = [norm]
    for p in ("و", "ف", "ب", "ل"):
        if norm.startswith(p) and len(norm) > 3:
            forms.append(norm[1:])
    out = []
    for f in forms:
        out.append(f)
        if f.startswith("ال") and len(f) > 4 or f.startswith("لل") and len(f) > 4:
            out.append(f[2:])
    more = []
    for f in out:
        for suffix in ("ه", "ين", "ون", "ان", "ات", "يين", "يون", "و", "ا"):
            if f.endswith(suffix) and len(f) - len(suffix) >= 3:
                more.append(f[: -len(suffix)])
    return tuple(out + more)


def _is(norm: str, words: frozenset[str]) -> bool:
    return any(f in words for f in _bare(norm))


def _definite(norm: str) -> bool:
    return norm.startswith(("ال", "وال", "فال", "بال", "لل")) and len(norm) > 3


# --- the scanner ---------------------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    norm: str

    @property
    def is_number(self) -> bool:
        return self.norm[:1].isdigit()


@dataclass
class _Speaker:
    start: int
    end: int
    text: str
    head: str
    role: frozenset[str]  # lexicon forms of its role/source words, to match 'وأوضح المسؤول' to 'مسؤول أميركي'


@dataclass
class _State:
    """What the scan remembers across sentences: the last named speaker and the outlets seen so far."""

    last: _Speaker | None = None
    human: _Speaker | None = None  # the last speaker who is no scripture
    reporters: list[tuple[str, str]] | None = None  # (outlet type norm or '', name)
    earlier: list[_Speaker] = field(default_factory=list)  # the speakers heard before the last, latest first
    headline_end: int = 0  # where the text's first line (its headline) ends

    def heard(self, speaker: _Speaker, lex: _Lexicon) -> None:
        if self.last is not None and self.last is not speaker:
            self.earlier = [self.last, *self.earlier[:_EARLIER - 1]]
        self.last = speaker
        if normalize(speaker.text.split()[0]) not in lex.scripture_words:
            self.human = speaker

    def antecedent(self, cue: _Tok, lex: _Lexicon, feminine: bool | None = None) -> _Speaker | None:
        """Who a cue without a named speaker continues: the last speaker, but scripture ('قال الله تعالى', 'قال
        رسول الله') goes on only through قال/يقول; a sermon's 'وأضاف' or 'مؤكدا' after a verse is the preacher.
        A feminine cue (وقالت، وأضافت، مشيرة) never continues a man (a speaker titled الدكتور، المهندس، المتحدث ...):
        it goes back to the latest earlier speaker a feminine verb agrees with, or to nobody. ``feminine`` says the
        cue's gender where the lexicon does not hold the verb (وتتابع: True, ويتابع: False)."""
        found = self.last if cue.norm in lex.scripture_cues else self.human
        if found is not None and cue.norm in lex.participles and cue.norm.endswith("ين") and _one_person(found):
            return None  # 'مؤكدين' after 'وأضاف يحيى العبيري' or 'وقالت سيدة': a plural participle goes on with
            # no one man or woman
        she = _feminine_cue(cue.norm, lex) if feminine is None else feminine
        he = _masculine_cue(cue.norm, lex) if feminine is None else not feminine
        if found is not None and she and _a_man(found):
            return next((s for s in self.earlier if _feminine_speaker(s, lex)), None)
        if found is not None and he and _feminine_body(found, lex):
            return next((s for s in self.earlier if not _feminine_body(s, lex)), None)
        return found


_EARLIER = 3  # speakers remembered before the last one, for a feminine cue after a man
# titles and roles written for men only (each has its feminine: الدكتورة، المتحدثة): a speaker holding one is a man
# unless a feminine title stands in the mention too; رئيس، مدير، عضو and the military ranks are written for women as
# well ('العقيد نشوى محمود في الشرطة النسائية')
_MEN_ONLY = frozenset(normalize(w) for w in (
    "الدكتور", "المهندس", "الأستاذ", "الشيخ", "الأمير", "السيد", "الحاج", "الملك", "المتحدث", "متحدث", "الناطق",
    "ناطق", "السفير"))
_WOMEN_TITLES = frozenset(normalize(w) for w in (
    "الدكتورة", "المهندسة", "الأستاذة", "الشيخة", "الأميرة", "السيدة", "الحاجة", "الملكة", "المتحدثة", "متحدثة",
    "الناطقة", "ناطقة", "السفيرة", "الوزيرة", "وزيرة", "رئيسة", "مديرة", "عضوة", "النائبة", "نائبة",
    # and the nouns that name a woman unnamed ('وقالت سيدة عانت نفس المشكلة إن', 'قالت امرأة')
    "سيدة", "امرأة", "إمرأة", "فتاة", "مواطنة", "طالبة", "معلمة", "زوجة", "زوجته"))
# the given names of the SaudiNewsNet cluster of محمد (men's names, see ner.given_name) that women bear too, and are
# not written in ة
_WOMEN_GIVEN = frozenset(normalize(w) for w in ("عبير", "لبنى", "نجوى", "نور", "رجاء"))


def _feminine_cue(norm: str, lex: _Lexicon) -> bool:
    """A speech verb or participle in the feminine: قالت، وأضافت، تقول، وتابعت، مشيرة، مؤكدة (normalized)."""
    bare = _strip_waw(norm)
    if bare.endswith("ه"):
        return bare in lex.participles
    return (bare.endswith("ت") and (bare[:-1] in lex.verbs or bare[:-1] + "ي" in lex.verbs)  # رأت of رأى، نفت of نفى
            or bare.startswith("ت") and "ي" + bare[1:] in lex.verbs)


def _masculine_cue(norm: str, lex: _Lexicon) -> bool:
    """A speech verb or participle in the masculine singular: قال، وأضاف، يقول، مشيرا (normalized), one whose feminine
    the lexicon holds too (أضاف beside أضافت; not the dual أضافا nor the plural قالوا)."""
    bare = _strip_waw(norm)
    if bare in lex.participles:
        return bare.endswith("ا") and bare[:-1] + "ه" in lex.participles
    return bare in lex.verbs and (bare + "ت" in lex.verbs or (bare[:1] == "ي" and "ت" + bare[1:] in lex.verbs))


def _feminine_body(speaker: _Speaker, lex: _Lexicon) -> bool:
    """A speaker a masculine verb cannot agree with: a woman by her title or role (الدكتورة، المسؤولة، الباحثة), a
    body or a source named by a feminine or plural noun of the lexicon (الوزارة، دراسة حديثة، الشرطة، المصادر). A
    name ending in ة decides nothing (أسامة، سلامة، العواملة are men; خولة is a woman)."""
    words = [normalize(w) for w in speaker.text.split()]
    first = _strip_waw(words[0])
    return _a_woman(words) or first not in lex.honorifics and (
        (first.endswith(("ه", "ات")) or first.removeprefix("ال").startswith("مصادر")) and _body_noun(first, lex))


def _body_noun(norm: str, lex: _Lexicon) -> bool:
    """A normalized word of the lexicon that names a body or a source: an institution, an unnamed source, a role, a
    title, an outlet or an outlet's type (الوزارة، المصادر، المتحدثة، الصحيفة)."""
    return any(_is(norm, words) for words in (lex.institutions, lex.anonymous, lex.roles, lex.titles, lex.media,
                                               lex.types_strip))


def _a_woman(words: list[str]) -> bool:
    """A woman's title among a speaker's normalized words (الدكتورة، المتحدثة، وزيرة) where a title stands: opening the
    mention, after a comma ('كاثرين جونز، مديرة النمو'), or with the article between a definite word and a name
    ('عضو الشورى الدكتورة حنان'); not an adjective ('مدير الصالة الرئيسة لمجموعة الطيار') nor a place's name
    after an indefinite head ('جامعة الأميرة نورة')."""
    for k, w in enumerate(words):
        if not {_strip_waw(w), _strip_waw(w).removeprefix("ال")} & _WOMEN_TITLES:
            continue  # (the word as written: رئيسها is 'its head', no رئيسة)
        if k == 0 or words[k - 1].endswith((",", "،")):
            return True
        if (w.startswith("ال") and words[k - 1].startswith(("ال", "وال")) and k + 1 < len(words)
                and not words[k + 1].startswith(("ال", "ل"))):
            return True
    return False


def _a_man(speaker: _Speaker) -> bool:
    """A man's title opens the mention or follows a definite word ('رئيس لجنة الاحتراف الدكتور عبدالله البرقان');
    after an indefinite noun it is a name's part of a place ('المؤسسة العامة لجسر الملك فهد', 'جامعة الملك'). Or a
    man's given name opens a full name ('علاء عبدالصادق مدير قطاع الكرة'): one of the SaudiNewsNet cluster of محمد,
    not in ة (أسامة is a man, فاطمة a woman: ة decides nothing) nor one women bear too (عبير، نور). A family name
    alone may be a woman's ('وأشارت كريم'، 'وأوصت العابدين'): it says nothing."""
    words = [normalize(w) for w in speaker.text.split()]
    if _a_woman(words):
        return False
    first = words[0]
    return (len(words) > 1 and given_name(first) and not first.endswith("ه") and not first.startswith("ال")
            and first not in _WOMEN_GIVEN) or any(
        set(_bare(w)) & _MEN_ONLY and (k == 0 or words[k - 1].startswith(("ال", "وال"))) for k, w in enumerate(words))


def _one_person(speaker: _Speaker) -> bool:
    """The speaker is one person: a given name opens it and no second name joins it with و, or a woman's title or
    noun does."""
    words = [normalize(w) for w in speaker.text.split()]
    if _a_woman(words[:1]):  # a woman by her title or an unnamed one (سيدة، امرأة), no one joined to her with و
        return not any(w[:1] == "و" for w in words[1:])  # ('الطالبة وأسرتها' are several)
    return given_name(words[0]) and not any(w[:1] == "و" and given_name(w[1:]) for w in words[1:])


def _feminine_speaker(speaker: _Speaker, lex: _Lexicon) -> bool:
    """A speaker a feminine verb agrees with: a woman by her title, a body or a source written in the feminine or
    the plural (المؤسسة، الوزارة، مصادر، المصادر)."""
    written = speaker.text.split()
    words = [normalize(w) for w in written]
    first = _strip_waw(words[0])
    # in ة as written, or in ه where the lexicon holds the word (الوزاره): not عبدالله, nor a pronoun's ه (بصوته)
    ending = remove_diacritics(written[0]).rstrip("\u00BB\u201D\"'")
    return (_a_woman(words) or ending.endswith(("ة", "ات")) or ending.endswith("ه") and _body_noun(first, lex)
            or first.removeprefix("ال") in lex.anonymous and first.removeprefix("ال").startswith("مصادر"))


_LATIN_WORD = re.compile(r"(?<![\w@./])[A-Za-z]{2,}(?![\w@./])")


@lru_cache(maxsize=4)
def _scan(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[Quote, ...], tuple[Attribution, ...]]:
    lex = _lexicon()
    quotes: list[Quote] = []
    attributions: list[Attribution] = []
    state = _State(reporters=[])
    fold = fold_with_offsets(text)  # normalized once (and shared with the date extractor's cache)
    norm, _, to_norm = fold
    for lo, hi in spans:
        for para in re.finditer(r"[^\n]+", text[lo:hi]):
            p_lo, p_hi = lo + para.start(), lo + para.end()
            if not state.headline_end:
                state.headline_end = p_hi
            chunk = text[p_lo:p_hi]
            # Most paragraphs hold no cue, no colon and no quotation mark: skip them before any tokenizing, which
            # would cost more than the rest of the scan (measured on SaudiNewsNet).
            if _AMMA_OPENING.search(chunk):
                _topics(text, p_lo, p_hi, chunk, lex, state, fold)
            cued = _has_cue(norm[to_norm(p_lo):to_norm(p_hi)], lex)
            if not cued and ":" not in chunk and not any(ch in chunk for ch in _OPENERS):
                continue
            pairs = _quote_pairs(text, p_lo, p_hi)
            # a paragraph that opens with a quotation and names nobody goes on quoting the speaker before it
            head = chunk.lstrip(" -\u2013\u2014")
            carried = state.last if head[:1] in _OPENERS and p_lo + len(chunk) - len(head) in pairs else None
            for sent in _sentences(text, p_lo, p_hi, chunk):
                if cued and _worth_reading(sent.text, norm[to_norm(sent.start):to_norm(sent.end)], lex) or ":" in sent.text:
                    _scan_sentence(text, sent, pairs, lex, state, quotes, attributions, fold)
                elif pairs:
                    _orphan_quotes(text, [], sent, pairs, [], carried, lex, quotes)
                carried = None
    # a link, an address, a number or a lone foreign word after a colon says nothing ('http://...', 'إيميل: x@y.com',
    # 'twitter: @handle'): a quotation holds an Arabic word or a sentence of three words or more
    quotes = [q for q in quotes if any(map(is_arabic_letter, q.text)) or len(_LATIN_WORD.findall(q.text)) >= 3]
    quotes.sort(key=lambda q: (q.start, q.cue_span))
    # the same phrase can be read twice (as a cue's addressee and as an outlet subject): keep the first reading
    unique: dict[tuple[int, str | None], Attribution] = {}
    for a in sorted(attributions, key=lambda a: (a.start, a.end)):
        unique.setdefault((a.sentence[0], a.reporter), a) if a.reporter else unique.setdefault((a.start, a.source), a)
    return tuple(quotes), tuple(sorted(unique.values(), key=lambda a: a.start))


_WORD = re.compile(r"\w+")
_ENDERS = re.compile("[.!?\u061F\u2026\u06D4]")
_TRAILING = ".!?\u061F\u2026\u06D4\"'\u00BB\u201D)]\u2019"


_AMMA_OPENING = re.compile(r"(?:^|[.!?\u061F\u2026\n])\s*و?[أا]ما\s")
_TOPIC_WORDS = 5  # the topic of 'أما X فـ' is at most this many words


def _topics(text: str, lo: int, hi: int, chunk: str, lex: _Lexicon, state: _State, fold) -> None:
    """A sentence opening with 'أما X فـ...' makes X, when it is somebody, whom the next cue without a speaker
    continues: 'أما أبو شعيب فقد توصل إلى قناعات مماثلة ... يقول، وقد بدا أنه ...' is Abu Shuaib speaking, not the
    speaker quoted before the topic changed."""
    for sent in _sentences(text, lo, hi, chunk):
        toks = _tokens(text, sent, fold)
        if len(toks) < 3 or toks[0].norm not in _AMMA or toks[1].norm in _NOT_TOPICS:
            continue
        end = next((k for k in range(2, min(len(toks), _TOPIC_WORDS + 2)) if toks[k].text[:1] == "ف"
                    and len(toks[k].norm) > 2), None)
        first = toks[1].norm
        if end is not None and not _gap(text, toks, 1).strip() and (
                _is(first, lex.roles | lex.titles | lex.name_titles | lex.institutions | lex.anonymous | lex.media)
                or given_name(first) or family_name(first) or first in _NAME_LINKS):
            # somebody: a role, a title, a body or a source ('أما الوزارة فقد'), or a name ('أما أبو شعيب فقد'),
            # not a thing ('أما المفاجأة فـ', 'أما الاحتمال الثالث فـ')
            state.heard(_make_speaker(text, toks, (1, end), lex, {}), lex)


def _sentences(text: str, lo: int, hi: int, chunk: str) -> list[Sentence]:
    """``arabic.split_sentences`` of one paragraph, with a shortcut for the many paragraphs that are one sentence
    (no stop before their closing punctuation): splitting them character by character was a sixth of the scan."""
    if _ENDERS.search(chunk.rstrip().rstrip(_TRAILING)) is None:
        a, b = lo + len(chunk) - len(chunk.lstrip()), lo + len(chunk.rstrip())
        return [Sentence(a, b, text[a:b])] if a < b and any(ch.isalnum() for ch in text[a:b]) else []
    return split_sentences(text, lo, hi)


def _has_cue(norm_chunk: str, lex: _Lexicon) -> bool:
    # A set lookup per word; one regex alternation of the ~700 cue forms measured several times slower.
    return not lex.cue_words.isdisjoint(_WORD.findall(norm_chunk))


def _worth_reading(sentence: str, norm_sentence: str, lex: _Lexicon) -> bool:
    """A cue and something it can introduce: إن/أن, عن, a colon, a quotation, or an attribution cue.

    A sentence with a speech verb and none of these ('أعلنت الوزارة تسليم رسالة') yields no quote; skipping it
    before tokenizing saves about a third of the scan on SaudiNewsNet. One that opens with the verb is read all the
    same: its subject is whom the next cue without a speaker continues ('ونفى المدرب الهولندي الشائعات ... وقال:').
    """
    if ":" in sentence or any(ch in sentence for ch in _OPENERS):
        return _has_cue(norm_sentence, lex)
    words = _WORD.findall(norm_sentence)
    found = set(words)
    return not found.isdisjoint(lex.cue_words) and (
        not found.isdisjoint(lex.introducers) or bool(words) and words[0] in lex.verbs)


def _quote_pairs(text: str, lo: int, hi: int) -> dict[int, int]:
    """Opening mark offset -> closing mark offset for the balanced quotes of one paragraph."""
    pairs: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    straight: int | None = None
    for m in _QUOTE_MARK.finditer(text, lo, hi):
        i, ch = m.start(), m.group()
        if ch in _PAIRS:
            stack.append((_PAIRS[ch], i))
        elif stack and ch == stack[-1][0]:
            pairs[stack.pop()[1]] = i
        elif ch == "\u201D":
            stack.append(("\u201D", i))  # some outlets (SPA copy) open with ” as well as close with it
        elif ch == '"':
            if straight is None:
                straight = i
            else:
                pairs[straight] = i
                straight = None
    return pairs


def _scan_sentence(text: str, sent: Sentence, pairs: dict[int, int], lex: _Lexicon, state: _State,
                   quotes: list[Quote], attributions: list[Attribution], fold) -> None:
    # attribution imports this module, so it is bound at call time (a dict lookup once loaded)
    from marsad.extract import attribution

    toks = _tokens(text, sent, fold)
    if not toks:
        return
    span = (sent.start, sent.end)
    covered: list[tuple[int, int]] = []  # content spans already emitted in this sentence
    sentence_speaker: _Speaker | None = None
    inside = [(o, cl) for o, cl in pairs.items() if cl > sent.start and o < sent.end]
    cues = [i for i, t in enumerate(toks) if t.norm in lex.cue_tokens
            and not any(o < t.start < cl for o, cl in inside)  # a verb inside quoted words is not a cue here
            and not (i > 0 and toks[i - 1].norm in _RELATIVES  # 'الذي أعلن عنه': passive, no speaker
                     and not (toks[i - 1].norm in _KAMA and _kama_also(text, toks, i, lex)))
            and "\u064F" not in t.text[:4]  # 'اعتُبر', 'ذُكر': passive, no speaker
            # 'ورد اسم أمانة العاصمة', 'ورد في البيان': was mentioned, not replied; 'رفض ذكر اسمه': the verbal noun
            and not (i + 1 < len(toks) and toks[i + 1].norm in lex.not_speech.get(t.norm, ()))
            and t.norm != _BAYNA  # bare 'بين' is nearly always the preposition 'between'; 'وبين أن' is kept
            and not (t.norm == _WA_BAYNA and _second_bayna(text, toks, i, lex))
            and not (t.norm in _FUSED_RADD and not _replies(text, toks, i))
            and not (t.norm in lex.close and not _close_cue(text, toks, i, pairs, lex))
            and not _negated_by_a_thing(toks, i)
            and not (i > 0 and toks[i - 1].norm == _OR and remove_diacritics(t.text) == _NAFY_NOUN)]
    # 'قائلا' within three words of a verb cue continues that cue ('وتابع كيري قائلا إن'), it is not a new one
    # and so does any participle right after a verb cue's subject ('يقول معلقا على ذلك:', 'وأضاف موضحا:')
    cues = [i for n, i in enumerate(cues) if not (
        n > 0 and (toks[i].norm in _SAYING and i - cues[n - 1] <= 3
                   or toks[i].norm in lex.participles and toks[cues[n - 1]].norm in lex.verbs
                   and i - cues[n - 1] <= 4 and not any(ch in _COMMAS for ch in text[toks[cues[n - 1]].end:toks[i].start])))]
    for n, c in enumerate(cues):
        nxt = cues[n + 1] if n + 1 < len(cues) else len(toks)
        found = _read_cue(text, toks, c, nxt, pairs, lex, state, sent)
        if found is None:
            continue
        speaker, content, direct, reporter_span = found
        if speaker is not None:
            sentence_speaker = speaker
            if sent.start <= speaker.start < sent.end:
                covered.append((speaker.start, speaker.end))  # a quoted name inside it is no quotation
        cue_tok = toks[c]
        if reporter_span is not None and speaker is not None:
            reporter = attribution._outlet_name(text, toks, reporter_span, pairs, lex, state)
            if reporter:
                a_lo, a_hi = cue_tok.start, toks[reporter_span[1] - 1].end
                a_hi = _past_closer(text, a_hi)
                attributions.append(attribution.Attribution(a_lo, a_hi, text[a_lo:a_hi], reporter, speaker.text,
                                                cue_tok.text, span))
        if content is None:
            continue
        q_lo, q_hi = content
        covered.append(content)
        quotes.append(_quote(text, q_lo, q_hi, speaker, cue_tok, direct, span))
        if not direct:
            # quoted words inside reported speech are that speaker's exact words: a direct quote of their own
            for o, cl in pairs.items():
                if q_lo <= o and cl < q_hi + 1 and _word_count(text[o + 1:cl]) > _SHORT_TERM + 1:
                    quotes.append(_quote(text, o + 1, cl, speaker, cue_tok, True, span))
                    covered.append((o + 1, cl))
    _orphan_quotes(text, toks, sent, pairs, covered, sentence_speaker, lex, quotes)
    _colon_headline(text, toks, sent, pairs, covered, lex, state, quotes)
    attribution._prepositional_attributions(text, toks, sent, pairs, lex, state, attributions)


_FUSED_RADD = frozenset(normalize(p + w) for p in ("و", "ف") for w in ("رد", "ردت", "ردوا"))  # و/ف + رد 'replied'
_RADD_BEFORE = ".,\u060C:;\u061B!?\u061F\n\u2013\u2014-\"'\u00BB\u201D)"  # what may end the clause before


def _replies(text: str, toks: list[_Tok], i: int) -> bool:
    """'ورد/فرد' is 'and replied' where it opens a clause ('سألتها، فردّت: «...»', 'ورد عباس بقوله') or a colon or
    quotation follows it ('الجاسوسية فرد: إنها ...'); inside a clause it is a noun or 'arrived' ('كل فرد', 'باقة ورد
    مختلفة العطور', 'بعدما ورد بلاغ', 'إذ ورد ذكره')."""
    after = text[toks[i].end:toks[i + 1].start] if i + 1 < len(toks) else text[toks[i].end:toks[i].end + 2]
    return i == 0 or any(ch in _gap(text, toks, i) for ch in _RADD_BEFORE) or any(ch in after for ch in ":\u00AB\"\u201C")


_DEMONSTRATIVES = frozenset(normalize(w) for w in (
    "هذا", "هذه", "ذلك", "تلك", "وهذا", "وهذه", "وذلك", "وتلك", "الذي", "التي"))
_LA = normalize("لا")
_OR = normalize("أو")
_NAFY_NOUN = "نفي"  # the noun 'denial' as written (the verb نفى ends in ى; both fold to نفي)


def _negated_by_a_thing(toks: list[_Tok], i: int) -> bool:
    """'وهذا لا ينفي أن', 'الأمر الذي لا ينفي أن', 'وهذه الثغرة القانونية لا تنفي أن': a thing that does not negate
    or mean something, nobody speaking -- لا before the cue, a demonstrative or relative within the three words before."""
    return i > 1 and toks[i - 1].norm == _LA and any(t.norm in _DEMONSTRATIVES for t in toks[max(0, i - 4):i - 1])


def _tokens(text: str, sent: Sentence, fold) -> list[_Tok]:
    """``arabic.tokenize`` of the sentence, each token's norm sliced off the article's normalized text (folded once
    for all extractors) instead of normalizing every token again."""
    norm, _, to_norm = fold
    base = sent.start
    if to_norm is int:  # nothing was deleted: offsets agree
        return [_Tok(m.group(), a, b, norm[a:b]) for m in _TOKEN.finditer(sent.text)
                for a, b in ((m.start() + base, m.end() + base),)]
    found = list(_TOKEN.finditer(sent.text))
    norms = _TOKEN.findall(norm, to_norm(sent.start), to_norm(sent.end))
    if len(norms) == len(found):  # one to one unless a token was all marks (a tatweel line)
        return [_Tok(m.group(), m.start() + base, m.end() + base, n) for m, n in zip(found, norms, strict=True)]
    return [_Tok(m.group(), a, b, norm[to_norm(a):to_norm(b)]) for m in found
            for a, b in ((m.start() + base, m.end() + base),)]


# Relative pronouns: a speech verb right after one is a relative clause ('الحوار الذي أعلن عنه'), not a cue.
_RELATIVES = frozenset(normalize(p + w) for p in ("", "و", "ف") for w in [
    "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "ما", "مما", "كما", "بما", "لما"])


_KAMA = frozenset(normalize(p + "كما") for p in ("", "و", "ف"))


def _kama_also(text: str, toks: list[_Tok], i: int, lex: _Lexicon) -> bool:
    """كما before the cue at token i is 'also', not 'as': it opens the sentence or follows a comma, and what was said
    follows the cue's subject (إن/أن or a colon before another cue: '، كما أكد خالد السالم أن الحل قريب'). 'كما قال
    الوزير في كلمته' (as the minister said) reports nothing after it."""
    if i > 1 and not any(ch in _gap(text, toks, i - 1) for ch in _COMMAS + ".:\n"):
        return False
    for k in range(i + 1, min(len(toks), i + 1 + _MAX_SPEAKER + _MAX_TAIL)):
        if _comp_at(toks, k, lex) is not None or ":" in _gap(text, toks, k):
            return True
        if toks[k].norm in lex.cue_tokens or toks[k].norm in lex.openers:
            return False  # 'كما أوضح أيضا وصفه البنائي إذ إنه يشبه': إن opens the clause of إذ, not the verb's
    return False


BAYNA_REACH = 20  # tokens back to the بين that a second وبين answers


def _second_bayna(text: str, toks: list[_Tok], i: int, lex) -> bool:
    """``وبين`` at ``i`` is the second half of 'between ... and ...' (``بينه وبين رئيس الهلال``, ``بين الدول العربية
    الداعمة للمعارضة ... وبين دمشق``): a بين before it in the same clause (no full stop, colon or quotation mark and
    no speech verb between), and it is neither written ``بيّن`` nor followed by أن (``وبين أن``: 'he explained')."""
    if "\u0651" in toks[i].text or (i + 1 < len(toks) and toks[i + 1].norm in lex.comps):
        return False
    for j in range(i - 1, max(-1, i - 1 - BAYNA_REACH), -1):
        if any(ch in _CLAUSE_BREAKS for ch in text[toks[j].end:toks[j + 1].start]):
            return False
        if toks[j].norm.startswith(_BAYNA):
            return True
        if toks[j].norm in lex.cue_tokens:
            return False
    return False


_CLAUSE_BREAKS = frozenset('.!?؟:«»"“”')


_BAYNA = normalize("بين")
_BAN, _KI = normalize("بان"), normalize("كي")
_FAN = normalize("فإن")
_LI = normalize("لي")
_TO_THEM = frozenset(normalize(w) for w in ("له", "لها", "لهم", "لهما", "لنا", "لكم", "لك"))
_WA_BAYNA = normalize("وبين")
_AWWAL, _AMS = normalize("أول"), normalize("أمس")
_MIN = normalize("من")
_ANNA = normalize("أن")
_KULL = normalize("كل")
_FI = normalize("في")
_ALI = normalize("على")
_AN = normalize("عن")
_ADAM = normalize("عدم")
_DAY_ORDINALS = frozenset(normalize(w) for w in ("الأول", "الأولى"))  # 'أمس الأول', 'البارحة الأولى'
_DAY_WORDS = frozenset(normalize(w) for w in ("أمس", "البارحة"))
_SAYING = frozenset(normalize(w) for w in ("قائلا", "قائلة", "قائلين", "وقائلا"))


def _opens_a_speaker(norm: str, lex: _Lexicon) -> bool:
    """A normalized word that may open a speaker's mention after 'to me/him' (قال لي/له ...): a name the tables
    know, a definite word rarer than SaudiNewsNet's 10,000 commonest (العيدان), or a noun of the lexicon that takes
    a complement naming someone (roles, titles, bodies, unnamed sources, statements: الوزير، مصادر); not the object of
    a verb that takes ل too ('كتب لها النجاح', 'يوضح له الحقيقة', 'كشفت لنا الكثير') nor كون of 'قال لي كون هي'
    (Lee Kun-hee)."""
    return (known_name(norm) or _definite(norm) and frequency_rank(norm) >= _RARE_RANK
            or _is(norm, lex.complement_takers))


def _quote(text: str, lo: int, hi: int, speaker: _Speaker | None, cue: _Tok, direct: bool,
           sentence: tuple[int, int]) -> Quote:
    return Quote(
        start=lo, end=hi, text=text[lo:hi],
        speaker=speaker.text if speaker else None,
        speaker_span=(speaker.start, speaker.end) if speaker else None,
        speaker_head=speaker.head if speaker else None,
        cue=cue.text, cue_span=(cue.start, cue.end), direct=direct, sentence=sentence,
    )


def _gap(text: str, toks: list[_Tok], k: int) -> str:
    """The characters between token k-1 and token k (punctuation and spaces)."""
    return text[toks[k - 1].end:toks[k].start] if k > 0 else ""


def _van(toks: list[_Tok], k: int) -> bool:
    """'فان' at token k (written without hamza) is the particle of a Dutch name after a given name: 'لويس فان غال',
    'روبن فان بيرسي'. The word before is no common word (rarer than SaudiNewsNet's 3,000 commonest, or a given name)
    and the word after no common one either: 'وقال المتحدث فان هناك', 'مصدر فان عدد' keep فإن."""
    if k < 1 or k + 1 >= len(toks) or toks[k].text != "فان":
        return False
    before, after = toks[k - 1].norm, toks[k + 1].norm
    return (not _definite(before) and (given_name(before) or frequency_rank(before) > _OBJECT_RANK)
            and frequency_rank(after) > _VAN_NEXT_RANK)


_VAN_NEXT_RANK = 2000  # غال 6,745, جال 9,497 against هذه، هناك، عدد، قرار، آخر (15 to 561)
_ABD = normalize("عبد")


def _comp_at(toks: list[_Tok], k: int, lex: _Lexicon) -> int | None:
    """If reported content opens at token k (إن/أن, or إلى أن / على أن / من أن), the token index it opens after."""
    if _contrast_at(toks, k, lex):
        return None
    if toks[k].norm in lex.comps:
        if toks[k].norm == _BAN and k + 1 < len(toks) and toks[k + 1].norm == _KI:
            return None  # 'بان كي مون', the UN Secretary-General, not 'بأن'
        return None if _spelled(toks, k) else k  # not إن of 'وذكرت قناة (إن.تي.في) التلفزيونية إن'
    if toks[k].norm in lex.comp_preps and k + 1 < len(toks) and toks[k + 1].norm in lex.comps:
        return k + 1
    return None


def _spelled(toks: list[_Tok], k: int, text: str | None = None) -> bool:
    """Token k (إن) is a Latin letter of a spelled name: between two ('سي إن إن', 'بي إن بي باريبا'), after another إن
    ('سي إن إن'), before two more ('إن بي سي نيوز', '(إن.تي.في)'), or, where ``text`` shows it, after a dot ('دي.إيه.إن
    الإخبارية'); not after a name's last letter ('بنك إتش.إس.بي.سي إن أرباحه'), nor أن ('أن دي ميستورا').
    """
    if toks[k].text[:1] == "أ":
        return False  # أن is no letter's name
    letters = _spelled_letters()
    if toks[k].norm not in letters:
        return False
    lex = ner_lexicon()

    def joined(a: int, b: int) -> bool:  # the letters a and b are one spelled name: one space or dot between them
        return a >= 0 and b < len(toks) and toks[a].norm in letters and toks[b].norm in (
            lex.acronym_letters if b == k + 2 else letters) and toks[b].start - toks[a].end == 1

    after = joined(k, k + 1)
    if joined(k - 1, k):
        return after or toks[k - 1].norm == toks[k].norm or text is not None and text[toks[k].start - 1] == "."
    return after and joined(k + 1, k + 2)


_WORD_LETTERS = frozenset(normalize(w) for w in ("أي", "أو", "أم", "ال"))  # letters that are words too: 'إن أي اتفاق', 'أم أن'


@cache
def _spelled_letters() -> frozenset[str]:
    """The Latin letters' names of the entity triggers (ner lexicon) less those that are words too."""
    return ner_lexicon().letter_names - _WORD_LETTERS


def _contrast_at(toks: list[_Tok], k: int, lex: _Lexicon) -> bool:
    """Token k opens or continues a clause of contrast: 'إلا أن', 'غير أن', 'بالرغم من أن' (at the contrastive word,
    at من, or at أن), whose أن is no speech verb's complement."""
    n = len(toks)
    for lo in (k, k - 1, k - 2):
        if 0 <= lo < n and toks[lo].norm in lex.contrastives:
            rest = [t.norm for t in toks[lo + 1:lo + 3]]
            if rest[:1] and rest[0] in lex.comps and k <= lo + 1:
                return True
            if len(rest) == 2 and rest[0] in lex.comp_preps and rest[1] in lex.comps:
                return True
    return False


def _partitive(toks: list[_Tok], j: int, k: int, lex: _Lexicon) -> bool:
    """Token k (من) takes the whole that a share opening the mention at j is part of: 'قال ثلاثة أرباع من
    الجمهوريين', 'وقال 35% من المستطلعين', 'رأى عدد أكبر من الأمريكيين' (not 'في أكثر من مناسبة', an adverb, nor
    'من الذين', a relative clause left out). A definite share opens the mention: 'يقول الكثير من الخبراء', but in
    'وحذّر الباحثون العديد من المدخنين' العديد is the object."""
    before = toks[k - 1].norm
    # a definite share only opens the mention (or is المئة of a percentage)
    share = before in lex.partitives and (k - 1 == j or not before.startswith("ال") or before in _THE_HUNDRED)
    return (toks[k].norm == _MIN and 0 < k - j <= 4 and k + 1 < len(toks) and toks[k + 1].norm not in _RELATIVES
            and (share or before.isdigit())
            and not any(toks[m].norm == _FI and toks[m + 1].norm not in _THE_HUNDRED for m in range(j, k)))


_THE_HUNDRED = frozenset(normalize(w) for w in ("المئة", "المائة"))  # 'في المئة': per cent, no place


_THE_YEAR = normalize("العام")


def _stop_at(toks: list[_Tok], k: int, lex: _Lexicon) -> bool:
    """Token k cannot belong to a speaker mention after a cue: time, manner, addressee, another cue."""
    norm = toks[k].norm
    if _the_name_ali(toks[k]) or _ali_between_names(toks, k):
        return False
    if _contrast_at(toks, k, lex):
        return True  # 'ورد التعاون ... في الدقيقتين 63 و66، إلا أن مهند عسيري سجل': the mention ends before إلا
    if k + 1 < len(toks) and _adverbial_clause(toks, k + 1, lex):
        return True  # 'وكتب دون أن يذكر إردوغان بالاسم': a clause of manner, no speaker
    if (norm in lex.role_preps and 0 < k < len(toks) - 1
            and (_definite(toks[k + 1].norm) or _is(toks[k + 1].norm, lex.complement_heads))
            and (_is(toks[k - 1].norm, lex.roles) or k > 1 and _is(toks[k - 2].norm, lex.roles))
            and not (k > 1 and toks[k - 2].norm in _NAME_LINKS)):  # 'آل الشيخ على المعلمين': a family name
        # 'المشرف على الفعاليات علي الغانم', 'المشرف العام على مستشفى الملك سعود': the role's complement, not the
        # end of the mention (but 'الوزير على هامش المؤتمر' ends at على)
        return False
    if norm == _AN and 0 < k < len(toks) - 1 and toks[k - 1].norm in lex.issuers and toks[k + 1].norm not in lex.stops:
        return False  # 'بيان صادر عن وزارة الداخلية': the issuer, part of the mention
    if norm == _AWWAL and k + 1 < len(toks) and toks[k + 1].norm in (_AMS, _MIN):
        return True  # 'قال تقرير أول أمس': a time, not part of the speaker
    if opens_a_period([t.norm for t in toks[k:k + 3]]) and not (
            norm == _THE_YEAR and k and toks[k - 1].norm.startswith("ال")):
        # 'أعلنت الشركة الأسبوع الماضي أن', 'قال أحد المستشارين الشهر الماضي', 'أعلنت الحكومة مطلع الأسبوع الجاري':
        # a time, not part of the speaker (but 'الأمين العام السابق': العام after a definite noun is its adjective,
        # 'general')
        return True
    if len(norm) >= 5 and norm[0] == "م" and norm[-1] == "ا" and norm[-2] not in "اي" and (
            norm[1] != "ا" or norm in lex.participles or norm.endswith("حا")) and (
            norm in lex.participles or not (places().get(norm) or given_name(norm) or family_name(norm) or (
                k + 1 < len(toks) and (given_name(toks[k + 1].norm) or family_name(toks[k + 1].norm))))):
        # an accusative participle of manner: 'وتابع مدافعا', 'قال نابيلي مبتسمًا'; not a place name in ـا
        # (مالطا: long a after the م; ماليزيا, منغوليا: ـيا; مولدوفا: a place of the tables) nor a known name, nor
        # a name the tables lack before one they know ('وقالت مونيكا مالك كبيرة الاقتصاديين')
        return True
    if norm in lex.stops or norm in lex.verbs or norm in lex.participles or norm in lex.fillers or _future_verb(norm):
        return True  # a future verb ends the mention too: 'ووفقا للبيان ستعلن وزارة الطاقة'
    if norm == "في" and k + 1 < len(toks) and _is(toks[k + 1].norm, lex.fi_stops):
        return True
    # 'من' ends a mention ('حذر الطالباني من هذا المسعى') except right after a source noun ('مسؤولون من الوزارة')
    if norm == _MIN and not (k > 0 and (_is(toks[k - 1].norm, lex.anonymous | lex.roles) or toks[k - 1].norm in lex.numbers)):
        return True
    # an addressee 'لـ "رويترز"', 'لموقع', 'للوكالة', 'لتلفزيون سوريا' (but not 'لشرطة منطقة الرياض', part of a role)
    if norm == "ل":
        return True
    if _to_outlet(toks, k, lex):
        return True  # 'قال قائد لرويترز', 'قال لبي بي سي': the addressee outlet
    if norm.startswith("ل") and len(norm) > 3:
        rest = norm[2:] if norm.startswith("لل") else norm[1:]
        if rest in lex.types_strip or rest in lex.types_keep or ("ال" + rest) in lex.types_keep:
            return True
        if norm.startswith("لل") and ("ال" + norm[2:]) in lex.types_keep:
            return True
    return False


def _byline_words() -> frozenset[str]:
    """Words that open a byline or a credit (data/clean_bylines.txt), normalized: متابعة is one, and a participle
    of speech too ('she went on')."""
    from marsad.clean import word_list  # (clean reads dates: imported when first needed)

    return word_list("bylines")


# what may stand before a byline word that opens its sentence: nothing, or up to three dash-ended groups of one to
# three words: an outlet or a place ('سبق- '), a reporter and an outlet ('مشاري الحنتوشي- سبق- ')
_BYLINE_OPENING = re.compile(r"\s*((?:(?:[^\W\d_]+\s*){1,3}[-–—ـ]+\s*){1,3})?$")


def _read_cue(text: str, toks: list[_Tok], c: int, nxt: int, pairs: dict[int, int], lex: _Lexicon,
              state: _State, sent: Sentence):
    """Speaker, content span, direct flag and addressee span of the cue at token c, or None when it is no speech."""
    cue = toks[c]
    participle = cue.norm in lex.participles
    nobody = _indefinite_subject(text, toks, c, lex)
    if participle and cue.norm in _byline_words() and (opening := _BYLINE_OPENING.match(text, sent.start, cue.start)):
        before = text[max(0, sent.start - 200): sent.start].rstrip(" \t\xa0")
        if opening[1] or not before or before.endswith("\n"):
            return None  # 'سبق- متابعة:' opening an article or a line: a byline (follow-up), no one speaking
    j = c + 1
    source_after_an = cue.norm in lex.relay
    if source_after_an:
        # 'نقلت رويترز عن مصدر': the words before عن are the reporter, handled by _relay
        k = j
        while k < min(len(toks), j + 8) and toks[k].norm != "عن":
            k += 1
        if k >= len(toks) or toks[k].norm != "عن":
            return None
        j = k + 1
    while j < len(toks) and _opener_in(_gap(text, toks, j), toks[j - 1].end, pairs) is None:
        # never past a quotation mark: 'فقال "كذلك الحال ..."' -- كذلك is the quote's first word
        prayer = _phrase_at(toks, j, lex.prayers) or _phrase_at(toks, j, lex.filler_phrases)
        if prayer:
            j += prayer
        elif toks[j].norm in lex.fillers:
            j += 1
        else:
            break
    early_addressee = None
    telling = cue.norm in lex.telling
    told = _told_outlet(text, toks, j, pairs, lex, before_name=True) if telling and j < min(len(toks), nxt) else None
    if told is not None:
        early_addressee, j = (j, told), told  # 'وأبلغ «الشرق الأوسط» عبد الله الشمري أن': the outlet told first
    elif not participle and j < min(len(toks), nxt) - 1 and _to_outlet(toks, j, lex):
        # 'وقال لرويترز مسؤول أمريكي إن': the outlet spoken to comes before the speaker
        early_addressee = (j, j + max((len(key) for key in _outlet_key(toks[j:j + 4], lex)), default=1))
        j = early_addressee[1]
    elif not participle and j < min(len(toks), nxt) - 1 and toks[j].norm.startswith("لل") and len(toks[j].norm) > 4 \
            and not _said_from(text, toks, j, pairs):
        # 'أكد للرئيس الأميركي أن', 'قال للشباب "هناك ..."': whom the words were spoken to, never the speaker
        hi = j + 1
        while (hi < min(len(toks), nxt) and _definite(toks[hi].norm) and _comp_at(toks, hi, lex) is None
               and not _said_from(text, toks, hi, pairs)):
            hi += 1  # its adjectives ('للرئيس الأميركي'), up to a colon or a quotation
        early_addressee = None
        j = hi
    elif not participle and j < min(len(toks), nxt) - 1 and toks[j].norm == "ل":
        # 'أوضح ل«الرياض» المتحدث الرسمي ...': the outlet spoken to comes before the speaker
        lo = j + 1
        close = next((cl for o, cl in pairs.items() if toks[j].end <= o < toks[lo].start), None)
        if close is not None:  # a quoted name runs to its closing mark
            hi = lo
            while hi < len(toks) and toks[hi].end <= close:
                hi += 1
        else:  # a known outlet's words, else one word
            hi = lo + max((len(key) for key in _outlet_key(toks[lo:lo + 4], lex)), default=1)
        early_addressee = (lo, max(hi, lo + 1))
        j = early_addressee[1]
    if j + 1 < len(toks) and toks[j].norm == _LI and (_comp_at(toks, j + 1, lex) is not None or ":" in _gap(
            text, toks, j + 1) or toks[j + 1].norm in lex.asides or _stop_at(toks, j + 1, lex)
            or _opens_a_speaker(toks[j + 1].norm, lex)):
        j += 1  # 'وقال لي بأنه', 'وقال لي وهو ما زال يغالب آثار النوم:', 'فأكد لي العيدان أن': "to me", not the name
        # Lee ('قال لي كون هي')
    elif j + 1 < len(toks) and toks[j].norm in _TO_THEM and _opens_a_speaker(toks[j + 1].norm, lex):
        j += 1  # 'وقال له الوزير إن': the one spoken to, then the speaker
    if _each_of(toks, j):
        j += 2  # 'وأوضح كل من أحمد الجابري وفهد الشيخي، أنه': "both X and Y" -- the speakers are X and Y
    # 1. the speaker mention after the cue (VSO), up to إن/أن, a colon, a quotation or a stop word
    k, end, comp, comma_seen = j, j, None, False
    unclosed = _unclosed_at(text, toks, j, pairs) if j > c and j < len(toks) else None
    limit = j + _MAX_SPEAKER
    said_from = None  # a noun governing أن that opens the words said ('ضرورة أن')
    told_span = None  # the outlet told or sent a copy, right after the speaker: its tokens and the token after
    while not participle and not nobody and unclosed is None and k < min(len(toks), limit, nxt):
        gap = _gap(text, toks, k)
        if telling and k > j and early_addressee is None and (told := _told_outlet(text, toks, k, pairs, lex)):
            told_span = (k, told, told)  # 'وأبلغ سكان القرية “رويترز” أن': whom they told, not who told
            break
        if k > j and (copy := _copy_receipt(toks, k, lex)) is not None:
            told_span = copy  # 'وقال بيان لوزارة الداخلية تلقت «الشرق الأوسط» نسخة منه إن': the outlet, no speaker
            break
        if k > c and (":" in gap or "(" in gap or "\u061B" in gap or ";" in gap):
            break
        q = _opener_in(gap, toks[k - 1].end if k else 0, pairs)
        if q is not None:
            close = pairs[q]
            tail = text[close + 1:sent.end].strip(" .\u061F!")
            # a quoted name after an outlet's or a body's noun may be longer: 'كشفت صحيفة "ذي دايلي ستار صنداي" بأن',
            # 'المدير الإداري لشركة «ماهاراشترا توريزم ديفلبمنت كوربوريشن»، التي'
            named = k > j and _names_next(toks[k - 1].norm, lex, bodies=True)
            if _word_count(text[q + 1:close]) > (_OUTLET_NAME_WORDS if named else _SHORT_TERM + 1) or not tail:
                break
            # a short quoted name inside the mention: 'وكالة "رويترز"' -- keep reading
        if any(ch in gap for ch in _COMMAS) and k > j:
            if comma_seen or _stop_at(toks, k, lex) or _comp_at(toks, k, lex) is not None or (
                    toks[k].norm in lex.openers and toks[k].norm not in lex.comps) or (
                    toks[k].norm == _FI and not _role_only(toks[j:k], lex)):
                break  # a second comma closes the apposition: 'أكد المبعوث، ستيف ويتكوف، تحقيق ...'; a clause
                # opener after one starts another clause: 'يعتبر خطأ إستراتيجيا ...، وكان وفق'; so does في after a
                # name: 'وكتب مايكل هيرن، في كتاب ...' (the book is where, not who), not after a role still waiting
                # for its name ('مدير مكتب الحملة ... في سوريا، في لبنان وليد بن علي الجلال')
            comma_seen = True
        if k > j and toks[k].norm == _FI and opens_a_time([t.norm for t in toks[k + 1:k + 3]]):
            break  # 'وقالت توتال المغرب ... في مايو أيار إنها', 'في الأسبوع الماضي': when, not who
        if k == j and (toks[k].norm == _FI or _bi_object(toks[k].norm)
                       and frequency_rank(toks[k].norm[1:]) < _BI_BASE_RANK
                       or _addressee_first(text, toks, k)):
            break  # 'قد قال في الأيام الماضية', 'يصرح بمقولة الأمير', 'وأوضح لضيفه أن': a speaker is no
            # prepositional phrase, nor the one spoken to (but 'وقال بالمر' is Palmer: المر is no common word)
        if k > j and _addressed(toks[j:k], toks[k], lex):
            break  # 'وقال بارتوميو لهيئة الإذاعة البريطانية إن': whom the named speaker spoke to
        if k > j and _in_quoted_name(text, toks, k, pairs, lex):
            end = k = k + 1  # the rest of an outlet's quoted name, whatever its words: 'قناة «سي إن إن»'
            continue
        if k > j and toks[k].norm in lex.veils and k + 1 < len(toks) and toks[k + 1].norm in _ABOUT:
            break  # 'كشفت شركة «سوني» اليابانية النقاب عن': the idiom's object, the speaker is before it
        if toks[k].norm in lex.clause_nouns and k + 1 < len(toks) and _comp_at(toks, k + 1, lex) == k + 1:
            said_from = k  # 'وأكد الوزير ضرورة أن': the noun opens the words said, the speaker is before it
            break
        comp = _comp_at(toks, k, lex)
        if comp is not None and (k == j or _van(toks, k)) and toks[k].norm == _FAN and k + 1 < len(toks) and not _definite(
                toks[k + 1].norm):
            comp = None  # 'وتابع فان جال', 'ونفى لويس فان غال الشائعات': the name Van, not فإن
        if comp is not None or _stop_at(toks, k, lex) and not _partitive(toks, j, k, lex):
            break
        end = k + 1
        k += 1
        if k == limit and limit - j < _MAX_SPEAKER + _MAX_NAME and (
                any(t.norm in lex.name_titles for t in toks[k - 3:k])
                or any(t.norm in _NAME_LINKS or t.norm == _ABD for t in toks[k - 2:k])):
            # a name after its title goes on past the longest mention: '... الدكتور عبدالمعين عيد الآغا', '...
            # الشيخ عبدالعزيز بن عبدالله آل الشيخ'
            limit += 1
    if end - j == _MAX_SPEAKER and toks[end - 1].norm in _PREPOSITIONS and not _the_name_ali(toks[end - 1]):
        end -= 1  # a mention cut at its longest ends before a preposition: '... بمعهد كنيدي في جامعة هارفارد'
    mention = (j, end) if end > j else None
    if mention is not None and (withheld := _withheld_name(toks, j, end, lex)) is not None:
        mention = (j, withheld) if withheld > j else None  # 'قيادي في الحركة رافضا الكشف عن اسمه:'
    if mention is not None and (without := _without(toks, j, end)) is not None:
        mention = (j, without) if without > j else None  # 'وأضاف رومنيجه دون الكشف عن اسم اللاعب'
    if mention is not None and all(t.norm in lex.adverbs for t in toks[j:end]):
        mention = None  # 'قد صرح سابقا أن', 'وحذرت أخيرًا خلال مقابلة': an adverb, the subject stands before the verb
    if mention is not None and _circumstantial(toks[j]) and cue.norm not in lex.considering:
        # 'وقال طالباً التأمين على دعائه:': how he said it (a حال), the speaker is the one before; 'وقال أولاً
        # الدكتور صدقة فاضل': an adverb, then the speaker, who is named ('كتب لائمًا السلطان': the one blamed)
        rest = next((k for k in range(j, end) if not _circumstantial(toks[k])), end)
        mention = (rest, end) if end - rest > 1 and _plainly_someone(toks[rest:end], lex) else None
    # 2. what lies between the mention and the content: time words, 'في تصريح', 'لـ "رويترز"', then إن/أن or ':'
    reporter_span = early_addressee or (told_span[:2] if told_span else None)
    content_lo = None
    direct_hint = False
    timed = False  # a clause of time crossed: 'بعد أن ...'
    listed = 0  # tokens more to read past a list of the speakers' names ('وقعه كل من: علي البغلي وموسى معرفي ... ـ إن')
    k = told_span[2] if told_span else end  # past the outlet told, or past 'نسخة منه'
    # 'وقال منيف الزهيري وهو قيادي في القوات ... لرويترز:': an aside about the speaker may be long and hold commas
    # ... and so may a phrase with في set off by a comma ('وقالت كارلي فيورينا ...، في مناظرة سابقة شارك فيها
    # المرشحون السبعة الأقل شعبية في استطلاعات الرأي: "..."')
    # ... and so may a phrase with في of where the words were written ('كتب منتصر الزيات في كتاب «...»، شارحًا:')
    aside = mention is not None and end < len(toks) and (toks[end].norm in lex.asides or (
        (toks[end].norm in _TIME_PREPOSITIONS or toks[end].norm == _FI and (
            any(ch in _gap(text, toks, end) for ch in _COMMAS)
            or end + 1 < len(toks) and _is(toks[end + 1].norm, lex.fi_stops)))
        and _speakerlike(toks[mention[0]:end], lex)))
    if unclosed is not None:
        # 'وتابع "بعثت برسالة إلى أوبك بأن ...' with the closing mark lost in the page: the words are the quotation,
        # not a speaker and a clause
        content_lo, direct_hint = unclosed + 1, True
    while k < min(len(toks), end + (_MAX_ASIDE if aside or timed else _MAX_TAIL) + listed + 1, nxt + 1) \
            and content_lo is None:
        gap = _gap(text, toks, k) if k < len(toks) else text[toks[-1].end:sent.end]
        gap_lo = toks[k - 1].end if k > 0 else sent.start
        colon = gap.find(":")
        q = _opener_in(gap, gap_lo, pairs)
        if k > c and colon >= 0 and (q is None or gap_lo + colon < q):
            if _lists_names(toks, k, lex):
                listed = _MAX_LIST
            else:
                content_lo = gap_lo + colon + 1
                direct_hint = True
                break
        if q is not None and k > c and (k == end and not _named_object(text, toks, mention, q, pairs, lex)
                                        or _closes_sentence(text, q, pairs, sent) or _word_count(
                text[q + 1:pairs[q]]) > (_SHORT_TERM + 1 if aside else _OUTLET_NAME_WORDS)
                and not _comp_follows(text, pairs[q], lex) and toks[k - 1].norm not in lex.name_governors):
            # a short quotation in the tail is a name ('في تصريح لـ"الرياض"'; an aside may name an outlet: 'التقت
            # بهم "الوطن"'); a longer one is what was said ('لدى الفاو في التقرير "رغم أن محصول سوريا ..." ويعاني'),
            # unless إن/أن follows it or a preposition or naming noun governs it: then it is a title or a name
            # ('ومؤلف كتاب «مخاطر عالية ... في رئاسة جورج بوش»، إن', 'في كلمة ألقاها خلال «المؤتمر الإعلامي ...»')
            content_lo = q
            break
        if k >= len(toks) or k >= nxt:
            break
        if _contrast_at(toks, k, lex):
            break  # 'إلا أن ...' after the mention: a clause of contrast, not the cue's content
        a = _comp_at(toks, k, lex)
        if a is not None and not _in_quoted_name(text, toks, k, pairs, lex) and not _adverbial_clause(toks, a, lex):
            content_lo = toks[said_from].start if said_from == a - 1 else toks[a].end  # (not إن of an outlet's quoted name: 'وأكدت قناة "إن تي في" التلفزيونية سقوط')
            break
        if toks[k].norm in ("ل",) or (toks[k].norm.startswith("ل") and _stop_at(toks, k, lex)
                                       and toks[k].norm not in lex.stops):
            reporter_span = _addressee(text, toks, k, nxt, lex, pairs)
        if any(ch in gap for ch in _COMMAS) and k > end + 1 and not aside and not listed and not all(
                t.norm in lex.stops or t.norm in _DAY_ORDINALS and toks[n - 1].norm in _DAY_WORDS
                for n, t in enumerate(toks[end:k], start=end)) and not (timed and toks[k].norm in lex.comps):
            break  # a clause after a comma is not the tail of this cue; a time is ('البارحة الأولى، في بيانها')
        if a is not None and _adverbial_clause(toks, a, lex):
            timed, k = True, a + 1  # 'بعد أن أبلغته الصحيفة بالتفاصيل المذكورة، أن': when, then what was said
            continue
        k += 1
    if cue.norm in lex.close and not _said_at_once(toks, mention, end, k, content_lo, pairs, direct_hint, lex):
        return None  # 'وزاد مؤشر «ستاندرد آند بورز 500»': increased, not added
    if cue.norm in lex.considering and mention is not None and _predicate(toks[mention[0]:mention[1]], lex):
        return None  # 'تعتبر روسيا شريكا مهماً', 'يعتبر أحد أبرز': considers or is considered, nobody speaks
    # 3. who speaks
    if mention is not None and lex.verbs.get(cue.norm):
        # 'أبلغوا ملككم أنني', 'قالوا بوضوح بأنهم', 'حذروا المؤسسة العسكرية الباكستانية من أن': a plural or dual
        # verb holds its subject; the words after it are its object or an adverb, never the speaker (nor trimmed)
        mention = None
    if content_lo is None and mention is not None:
        # no إن/أن: the verb takes an object ('أعلنت وزارة الخارجية العراقية تسليم رسالة'); keep only the noun
        # phrase of the subject, and only when it is plainly a speaker, to serve as the antecedent of what follows
        whole = mention
        mention = _trim_subject(text, toks, mention, lex)
        if mention is None and _lone_name(text, toks, whole, lex, state):
            mention = whole  # 'أجاب جوارديولا خلال المؤتمر الصحفي ...، قائلا:': the one the participle goes on with
    speaker = None if nobody else _resolve(text, toks, mention, c, lex, state, sent, pairs,
                                           participle or source_after_an)
    if source_after_an and mention is not None:
        speaker = _make_speaker(text, toks, mention, lex, pairs)
    if speaker is not None and mention is not None and speaker is not state.last:
        state.heard(speaker, lex)
    if content_lo is None:
        return (speaker, None, False, reporter_span) if speaker else None
    # 4. the content: a quotation right at the start is direct; otherwise reported up to the next cue or the end
    while content_lo < sent.end and text[content_lo].isspace():
        content_lo += 1
    limit = toks[nxt].start if nxt < len(toks) else sent.end
    if content_lo in pairs:
        close = pairs[content_lo]
        after = text[close + 1:limit].strip(" .،,\u061F!\u2026\"'")
        ends_itself = text[content_lo + 1:close].rstrip()[-1:] in (".", "!", "?", "\u061F", "\u2026")
        # a comma after a quotation of the speaker's words ends them ('"..."، كما أكد خبر الوفاة عدد من الشخصيات'),
        # unless a second clause of theirs follows ('«...»، وإن موغيريني ناقشتها') or the quotation is a name
        comma = text[close + 1:limit].lstrip()[:1] in _COMMAS and _word_count(text[content_lo + 1:close]) > \
            _SHORT_TERM + 1 and not _second_clause(toks, close, lex)
        if not after or close + 1 >= limit or ends_itself or comma:
            return speaker, _trimmed(text, content_lo + 1, close), True, reporter_span
    hi = _content_end(text, toks, content_lo, nxt, sent, pairs, lex,
                      fronted=c > 0 and _strip_waw(toks[c - 1].norm) in _WHILE)
    if hi <= content_lo:
        return (speaker, None, False, reporter_span) if speaker else None
    if content_lo in pairs and pairs[content_lo] + 1 >= hi:
        return speaker, _trimmed(text, content_lo + 1, pairs[content_lo]), True, reporter_span
    # a colon without quotation marks introduces the speaker's words, unless إن/أن follows it
    direct = direct_hint and not any(t.norm in lex.comps for t in toks if content_lo <= t.start < content_lo + 6)
    return speaker, (content_lo, hi), direct, reporter_span


# after a speaker, a phrase of time may run long before إن/أن: 'تصريحات لوزير الدفاع الفرنسي جان إيف لودريان، قبيل
# توجهه إلى القاهرة لإبرام الصفقة في فبراير الماضي، عن أن', 'وقال ستاثاكيس قبيل بدء المفاوضات، التي استمرت ...، إن'
_TIME_PREPOSITIONS = frozenset(normalize(w) for w in ("قبيل", "قبل", "بعد", "عقب", "خلال", "أثناء", "إثر"))
_ADDRESSEE_RANK = 20000  # the word after ل is among SaudiNewsNet's 20,000 commonest ...
_ADDRESSEE_NAME_RANK = 30000  # ... and the speaker's last word a name: a given, family or statesman's name, or rare


def _withheld_name(toks: list[_Tok], lo: int, hi: int, lex: _Lexicon) -> int | None:
    """Where the speaker mention toks[lo:hi] ends when a clause of a source withholding its name runs into it
    ('قيادي بمرتبة متوسطة في الحركة رافضا الكشف عن اسمه', 'مسؤول فضل عدم ذكر اسمه'): before the verb or participle
    (or دون) that opens the clause, عدم and the verbal noun after it; None when there is no such clause."""
    for w in range(lo + 1, min(hi + 1, len(toks))):  # (the verbal noun may have ended the mention: ذكر, a cue)
        after = [t.norm for t in toks[w + 1:w + 3]]
        if toks[w].norm in lex.withholding and after and (
                after[0] in lex.withheld or after[0] == _AN and after[1:] and after[1] in lex.withheld):
            cut = w - 1 if toks[w - 1].norm == _ADAM else w
            return cut - 1 if cut > lo else cut
    return None


def _without(toks: list[_Tok], lo: int, hi: int) -> int | None:
    """Where the speaker mention toks[lo:hi] ends before دون/بدون/من دون and a verbal noun, how the speaker spoke
    ('رومنيجه دون الكشف عن اسم اللاعب', 'كميجاني، دون إسهاب'): before دون (or من), when the word after it has the
    article or is a common word and no name (دون is the name Don too: 'السفيرة دون ليبري', 'دون ريجل')."""
    for w in range(lo + 1, min(hi, len(toks) - 1)):
        after = toks[w + 1].norm
        if toks[w].norm in _WITHOUT and (_definite(after) or frequency_rank(after) < _RARE_RANK
                                         and not known_name(after)):
            return w - 1 if toks[w - 1].norm == _MIN and w - 1 > lo else w
    return None


_WITHOUT = frozenset(normalize(w) for w in ("دون", "بدون"))


def _lists_names(toks: list[_Tok], k: int, lex: _Lexicon) -> bool:
    """The colon before token k opens a list of the speakers, not their words: it follows 'كل من' or an aside's
    pronoun ('كشف مختصون في علم النفس والاجتماع وهم كل من: الدكتور رجب بريسالي، ...، أن')."""
    before = toks[k - 1].norm if k else ""
    return before in lex.asides or before == _MIN and k >= 2 and _strip_waw(toks[k - 2].norm) == _KULL


def _adverbial_clause(toks: list[_Tok], a: int, lex: _Lexicon) -> bool:
    """أن at token a opens a clause of time or manner: بعد/قبل/منذ/دون right before it, not after من ('من قبل أن':
    before); not بأن ('فيما بعد بأنها': later, then the words)."""
    return (a > 0 and toks[a].norm == _ANNA and toks[a - 1].norm in lex.adverbial_conjunctions
            and not (a > 1 and toks[a - 2].norm == _MIN))


def _indefinite_subject(text: str, toks: list[_Tok], c: int, lex: _Lexicon) -> bool:
    """The cue at token c has its subject right before it, a word naming nobody: 'هناك من يرى العكس تماما'، 'البعض
    يرى أن'، 'ومنهم من قال'. What follows the cue is its object or its words, and no one named before is speaking.
    Not a participle or a cue with و/ف, which go on with a speaker ('مع بعضهم البعض، مشيراً'، 'من قبل بعضهم، وأضاف'),
    nor a feminine cue or one a title follows, whose subject comes after it and من is their object ('إلى مَن تشير
    المؤشرات'، 'ومن أجل من يصرح السيد روحاني بأن')."""
    if c == 0 or toks[c - 1].norm not in lex.indefinite or _gap(text, toks, c).strip():
        return False
    cue = toks[c].norm
    return (cue not in lex.participles and cue[:1] not in "وف" and not _feminine_cue(cue, lex)
            and not (c + 1 < len(toks) and toks[c + 1].norm in lex.titles))


def _lone_name(text: str, toks: list[_Tok], mention: tuple[int, int], lex: _Lexicon, state: _State) -> bool:
    """The mention is one word that may be a name, ended by a stop word or a comma, and no common noun's form (no
    conjunction before it, no pronoun or accusative ending after it: 'قال كلامه', 'يشير حاسما'); not the family name
    of the last speaker, who stays named in full ('وأضاف ظريف' after 'محمد جواد ظريف'). The verb has no إن/أن
    after it, so this speaker is the antecedent of the participle or cue that follows ('وكشف مسهور لـ"سبق" آخر
    التطورات', 'ورد كوربين على تصريحات بلير قائلا:')."""
    lo, hi = mention
    norm = toks[lo].norm
    if hi != lo + 1 or hi >= len(toks) or _definite(norm) or norm[:1] in ("", "و") or norm.endswith(_NOUN_ENDINGS):
        return False
    if norm.endswith("ا") and (frequency_rank(norm[:-1]) < _ACCUSATIVE_STEM_RANK or "\u064B" in toks[lo].text):
        return False  # an accusative: 'حاسما', 'رأياً' (not 'جوارديولا': no word جوارديول)
    if state.last is not None and toks[lo].text in re.findall(r"\w+", state.last.text) or norm == _ABD:
        return False
    if norm.endswith("ت") and not given_name(norm) or norm[0] in "بك" and (
            _definite(norm[1:]) or frequency_rank(norm[1:]) < _OBJECT_RANK):
        return False  # a first person ('انتهيت'), a preposition's phrase ('كدليل'), not 'حكمت', 'بادي'
    return _a_name(norm) and (_stop_at(toks, hi, lex) or any(ch in _gap(text, toks, hi) for ch in _COMMAS))


_ACCUSATIVE_STEM_RANK = 50000  # a word in ـا whose stem is among SaudiNewsNet's 50,000 commonest is an accusative
_NOUN_ENDINGS = ("ه", "ها", "هم", "هما", "كم", "ك", "ني", "نا")  # normalized: كلامه, برده, أوصلني


def _each_of(toks: list[_Tok], j: int) -> bool:
    """Tokens j and j+1 are 'كل من' before the names of those who spoke ('قال كل من فايز محمد وحسين محمد', 'وأعلنت
    كل من البحرين وعمان'), not before a relative clause ('يقول كل من يعرفه')."""
    if not (j + 2 < len(toks) and toks[j].norm == _KULL and toks[j + 1].norm == _MIN and toks[j + 2].norm):
        return False  # (a token of a tatweel or a mark alone has an empty norm)
    nxt = toks[j + 2].norm
    present = nxt[0] in "يت" and not (given_name(nxt) or family_name(nxt))  # يعرفه, not تركي
    return _definite(nxt) or _a_name(nxt) and not present


def _addressed(mention: list[_Tok], tok: _Tok, lex: _Lexicon) -> bool:
    """``tok`` is ل + a common word, four times as common without it (لمجلس, لنظيره; ليلى is only twice as rare as
    يلي), right after a person's name (a given, family or
    statesman's name of the SaudiNewsNet word clusters, or a word outside its 30,000 commonest) in a mention with no
    word that takes a complement with ل ('رئيس لجنة', 'المديرة العامة لصندوق النقد'): the person or body spoken
    to ('كيري لمجلس العلاقات الخارجية', 'أوباما لنظيره الكيني'), not a name starting with ل ('كريستين لاجارد'),
    nor the complement of a body's name ('الرابطة التشادية لحقوق الإنسان', 'مذكرة بحثية لبنك الاستثمار')."""
    if (tok.norm[:1] != "ل" or tok.norm.startswith("لل") or len(tok.norm) < 4 or tok.norm[1] in "وف"
            or given_name(tok.norm) or family_name(tok.norm)):
        return False  # لورد (Lord) is no ل + ورد, ليلى no ل + يلي: a name starting with ل goes on
    last = mention[-1].norm
    first = mention[0].norm
    # a definite word opens a person's mention as a title ('اللواء المطيري لذوي الشهيد') or as a family name alone
    # ('وقال النايف لذوي الشهيدين')
    titled = first in lex.name_titles or len(mention) == 1 and family_name(first)
    if _definite(first) and not titled or not (given_name(last) or family_name(last) or public_figure(last)
                                          or frequency_rank(last) > _ADDRESSEE_NAME_RANK):
        return False  # 'الرابطة التشادية لحقوق الإنسان', 'المرشح لمنصب', 'مذكرة بحثية لبنك': no person's name
    if any(_is(t.norm, lex.complement_takers) for t in mention):
        return False
    return commoner_without(tok.norm, tok.norm[1:], _ADDRESSEE_RANK, 4)


def _said_from(text: str, toks: list[_Tok], k: int, pairs: dict[int, int]) -> bool:
    """A colon or an opening quotation mark stands right before token k (k > 0): the words said start there."""
    gap = _gap(text, toks, k)
    return ":" in gap or _opener_in(gap, toks[k - 1].end, pairs) is not None


def _named_object(text: str, toks: list[_Tok], mention: tuple[int, int] | None, q: int, pairs: dict[int, int],
                  lex: _Lexicon) -> bool:
    """A short quoted term right after a mention that is nobody (no role, title, body, source or name) completes
    that noun, the verb's object: 'وأعلن قيام "الخلافة الاسلامية"', 'تنفي مزاعم استهداف «مرسي»'."""
    if mention is None or _word_count(text[q + 1:pairs[q]]) > _SHORT_TERM + 1:
        return False
    words = toks[mention[0]:mention[1]]
    return not _is(words[0].norm, lex.roles | lex.titles | lex.institutions | lex.anonymous) and not _a_name(
        words[-1].norm)


def _in_quoted_name(text: str, toks: list[_Tok], k: int, pairs: dict[int, int], lex: _Lexicon) -> bool:
    """Token k lies in a quoted name: a short quotation right after صحيفة، قناة، شبكة، شركة ... ('قناة "إن تي
    في"', 'لشبكة «إم إس إن بي سي»', 'لشركة «ماهاراشترا توريزم ديفلبمنت كوربوريشن»')."""
    o = next((o for o, cl in pairs.items() if o < toks[k].start < cl), None)
    return o is not None and _outlet_quoted(text, toks, o, pairs, lex, bodies=True)


def _outlet_quoted(text: str, toks: list[_Tok], o: int, pairs: dict[int, int], lex: _Lexicon,
                   bodies: bool = False) -> bool:
    """The quotation opening at ``o`` is an outlet's name: five words at most after صحيفة، قناة، لشبكة ... (with
    ``bodies``, or a body's: after شركة، منظمة، باسم)."""
    if _word_count(text[o + 1:pairs[o]]) > _OUTLET_NAME_WORDS:
        return False
    before = next((t for t in reversed(toks) if t.end <= o), None)
    return before is not None and _names_next(before.norm, lex, bodies)


def _names_next(norm: str, lex: _Lexicon, bodies: bool = False) -> bool:
    """A short quotation after this word is a name: an outlet's type (صحيفة، قناة) or, with ``bodies``, a body's
    noun or a naming word not made definite ('لشركة «...»', 'باسم «...»'; not 'وقالت الخارجية «نرفض ذلك»')."""
    return _is(norm, lex.types_strip | lex.types_keep) or bodies and not _definite(norm) and _is(norm, lex.name_heads)


def _a_name(norm: str) -> bool:
    """A normalized word that is or may be a person's name: a given, family or public figure's name, or rare."""
    return _namelike(norm) or family_name(norm) or public_figure(norm)


def _name_word(norm: str) -> bool:
    """A word that may open a person's name: a given name (Arab or foreign), a family name, or a rare word."""
    return _namelike(norm) or family_name(norm) or foreign_given_name(norm)


def _namelike(norm: str) -> bool:
    """A normalized word that may be part of a name: a given name, or a word outside SaudiNewsNet's 10,000
    commonest."""
    return given_name(norm) or frequency_rank(norm) > _RARE_RANK


def _circumstantial(t: _Tok) -> bool:
    """An indefinite word written with the accusative's tanween (طالباً، مبتسمةً، ممازحاً): an adverbial of manner
    after a verb, no speaker's first word (given names aside: a vocalized 'محمداً' is still Muhammad)."""
    return "\u064B" in t.text and not t.norm.startswith("ال") and not given_name(t.norm)


def _speakerlike(words: list[_Tok], lex: _Lexicon) -> bool:
    """The words open with a role, a title, an institution or an unnamed source, or hold a given, family or public
    figure's name or a word outside SaudiNewsNet's 10,000 commonest: somebody who speaks ('كارلي فيورينا', 'كارتر',
    'وزارة الداخلية'), not 'الأفضل' of 'يعتبر الأفضل، في ظل ...' or 'نظري' of 'لفت نظري، في حوار ...'."""
    return bool(words) and (_is(words[0].norm, lex.roles | lex.titles | lex.institutions | lex.anonymous)
                            or any(_a_name(t.norm) for t in words))


_PRESENT_PLURAL = re.compile(r"^[وف]?[يت]\w{2,}(?:ون|ان)$")  # normalized: يعملون، تعملان


def _plainly_someone(words: list[_Tok], lex: _Lexicon) -> bool:
    """The words open with a role, a title, an institution or an unnamed source (not a document: التقرير، بيانا; not a
    verb), or hold a given, family or public figure's name (not merely a rare word: 'حرارة تدغدغ الحواس'), and hold
    no pronoun ('الرئيس هولاند هو من') and no verb in the plural or the dual."""
    if not words or any(t.norm in _COPULA_PRONOUNS for t in words):
        return False
    first = words[0].norm
    if _strip_waw(first) in lex.stance or first in lex.verbs or _is(first, lex.statements) or first.startswith("لل"):
        # 'ورحب السفير العقيل ببعثة الأخضر وأكد ...': a clause of its own; 'بيانا كشفت فيه': a document; 'للشيخ
        # مقابلة صحفية مهمة ذكر فيها': a phrase with a preposition
        return False
    if any(_PRESENT_PLURAL.match(t.norm) for t in words[1:]):
        return False  # 'العلماء يعملون ليل نهار على دراسات ... تكشف': a clause with its own verb
    return _is(first, lex.roles | lex.titles | lex.institutions | lex.anonymous) or any(
        given_name(t.norm) or family_name(t.norm) or public_figure(t.norm) for t in words)


def _role_only(words: list[_Tok], lex: _Lexicon) -> bool:
    """The words open with a role or title and hold no name yet: no given name, no word outside SaudiNewsNet's
    10,000 commonest ('مدير مكتب الحملة الوطنية السعودية لنصرة الأشقاء في سوريا')."""
    return (bool(words) and _is(words[0].norm, lex.roles | lex.titles)
            and not any(_namelike(t.norm) for t in words))


def _close_cue(text: str, toks: list[_Tok], i: int, pairs: dict[int, int], lex: _Lexicon) -> bool:
    """A verb of ``close_speech_verbs`` at token ``i`` may be a cue: a colon, إن/أن or (right after it) a quotation
    mark within its next four words, before any comma. Otherwise it is no cue at all, so it does not end the content
    of the cue before it ('نجد أنها زادت ومستمرة'); ``_said_at_once`` then checks the speaker between."""
    for k in range(i + 1, min(len(toks), i + 5) + 1):
        gap = _gap(text, toks, k) if k < len(toks) else text[toks[-1].end:toks[-1].end + 3]
        if ":" in gap or (k == i + 1 and _opener_in(gap, toks[k - 1].end, pairs) is not None):
            return True
        if any(ch in gap for ch in _COMMAS) or k >= len(toks):
            return False
        if _comp_at(toks, k, lex) is not None:
            return True
    return False


def _said_at_once(toks: list[_Tok], mention: tuple[int, int] | None, end: int, k: int, content_lo: int | None,
                  pairs: dict[int, int], colon: bool, lex: _Lexicon) -> bool:
    """What a verb of ``close_speech_verbs`` reports follows it at once (the speaker mention ends at token ``end``,
    the content was found at token ``k``): right after the verb, or after a short speaker (a title, or a word outside
    SaudiNewsNet's commonest) and a colon or إن/أن."""
    if content_lo is None or k != end:
        return False
    if mention is None:
        return True
    lo, hi = mention
    first = toks[lo].norm
    # a title (العقيد طارق), a given name, a surname (a nisba: الظفيري، الغامدي) or a rare word (الضعيان), never a
    # common noun (احتمال، المشاكل), a noun with a pronoun (قناعتنا، قناعتي) or a plural (التكهنات)
    named = (_is(first, lex.titles | lex.roles) or given_name(first)
             or (_namelike(first) or (first.startswith("ال") and first.endswith("ي")))
             and not first.endswith(("نا", "تي", "ها", "هم", "ات")))
    return hi - lo <= 3 and named and (colon or content_lo not in pairs)


_ONE_OF = frozenset(normalize(w) for w in ("أحد", "إحدى"))
_PREDICATE_RANK = 10000  # an indefinite noun in ة among the 10,000 commonest opening a predicate (معجزة، خطوة)


def _predicate(words: list[_Tok], lex: _Lexicon) -> bool:
    """The words after a verb of ``considering_verbs`` are its object and predicate, not a speaker: they hold an
    indefinite accusative ('روسيا شريكا مهماً', 'صعبًا، وسنبدأ', not a country in ـيا: سوريا) or open with a
    predicate's word ('أحد أبرز', 'غير منتظم') or a common indefinite noun in ة that is no source and names nobody
    ('معجزة', 'ساعة يد'; not 'مجموعة من الخبراء', 'صحيفة', 'مجموعة شركة «فورد»'). An adverb is no object ('سابقًا').
    The accusative's word without its alif is a common noun or adjective: among the ``_OBJECT_RANK`` commonest."""
    for n, t in enumerate(words):
        if n and (words[n - 1].is_number or words[n - 1].norm in lex.numbers):
            continue  # a counted noun: 'ليديكي، 18 عاما،' (her age) may stand in a speaker's mention
        bare = t.norm[:-1] if t.norm.endswith("ا") and not t.norm.endswith(("ها", "نا")) else ""  # not نفسها
        if (("\u064B" in t.text or bare) and not t.norm.startswith("ال") and len(bare) >= 3 and t.norm not in lex.adverbs
                and not bare.endswith("ي") and frequency_rank(bare) < _OBJECT_RANK and not given_name(t.norm)):
            return True
    first = words[0].norm
    if first in _ONE_OF and len(words) > 1:
        first = words[1].norm  # 'أحد أبرز', 'إحدى أهم الفعاليات'; 'إحدى سيدات الأعمال' may speak
    return first in lex.predicate_openers or (
        first.endswith("ه") and not first.startswith("ال") and frequency_rank(first) < _PREDICATE_RANK
        and not _is(first, lex.complement_takers | lex.partitives | lex.media | lex.outlet_first)
        # 'مجموعة شركة «فورد»' is a body that speaks, 'مرتفعة في جميع مصايف المملكة' a predicate
        and not (len(words) > 1 and (_namelike(words[1].norm) or _is(words[1].norm, lex.complement_takers))))


_OF_IT = frozenset(normalize(w) for w in ("منه", "منها"))
_COPY_REACH = 8  # tokens from the receiving verb to منه ('حصلت وكالة الأنباء الألمانية على نسخة منه')


def _copy_receipt(toks: list[_Tok], k: int, lex: _Lexicon) -> tuple[int, int, int] | None:
    """A clause at token k naming who received a copy of the statement ('تلقت «الشرق الأوسط» نسخة منه', 'الذي اطلعت
    «الشرق الأوسط» على نسخة منه'): (first, end) of the outlet's tokens and the token after منه; None when there is
    none."""
    v = k + 1 if toks[k].norm in _RELATIVES and k + 1 < len(toks) else k
    if toks[v].norm not in lex.copy_verbs:
        return None
    for n in range(v + 2, min(len(toks) - 1, v + _COPY_REACH)):
        if toks[n].norm in lex.copy_nouns and toks[n + 1].norm in _OF_IT:
            hi = n - 1 if toks[n - 1].norm == _ALI else n
            return (v + 1, hi, n + 2) if hi > v + 1 else None
    return None


def _told_outlet(text: str, toks: list[_Tok], k: int, pairs: dict[int, int], lex: _Lexicon,
                 before_name: bool = False) -> int | None:
    """End token of the outlet a telling verb names at token k: a known outlet ('رويترز'), an outlet's type and name
    ('وكالة أنباء "رويترز"'), or a short quotation of a known outlet or, after the speaker (not ``before_name``),
    of any name followed by إن/أن ('العيساوي "الوطن" بأن'); None when no outlet starts there, or after a
    preposition ('وأبلغ محررون في فايننشال تايمز رويترز': where the speakers work). An outlet named by a common word
    is read only in quotation marks ('أبلغ التهاني ... لحكومة وشعب جمهورية مصر العربية')."""
    if k and toks[k - 1].norm in _PREPOSITIONS:
        return None
    o = _opener_in(_gap(text, toks, k), toks[k - 1].end if k else 0, pairs)
    if o is not None:
        close = pairs[o]
        hi = k
        while hi < len(toks) and toks[hi].end <= close:
            hi += 1
        if hi == k or _word_count(text[o + 1:close]) > _OUTLET_NAME_WORDS:
            return None
        norms = tuple(t.norm for t in toks[k:hi])
        known = norms in lex.outlets or norms in lex.common_outlets
        return hi if known or not before_name and _comp_follows(text, close, lex) else None
    norms = tuple(t.norm for t in toks[k:k + 4])
    n = max((n for n in range(1, len(norms) + 1) if norms[:n] in lex.outlets and norms[:n] not in lex.common_outlets),
            default=0)
    if n:
        return k + n
    if _is(toks[k].norm, lex.types_strip | lex.types_keep) and not _definite(toks[k].norm):
        lo, hi = _addressee(text, toks, k, len(toks), lex, pairs)
        return hi if hi > lo + 1 else None
    return None


def _comp_follows(text: str, close: int, lex: _Lexicon) -> bool:
    """إن/أن (after a comma at most) right after the closing mark at ``close``."""
    words = text[close + 1:close + 40].lstrip(" \t،,").split(maxsplit=1)
    return bool(words) and normalize(words[0].strip("\"'«»“”")) in lex.comps


def _trimmed(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _opener_in(gap: str, gap_lo: int, pairs: dict[int, int]) -> int | None:
    """The first quotation mark in ``gap`` that opens a pair (a straight quote may be a closer)."""
    for i, ch in enumerate(gap):
        if ch in _OPENERS and gap_lo + i in pairs:
            return gap_lo + i
    return None


def _unclosed_at(text: str, toks: list[_Tok], k: int, pairs: dict[int, int]) -> int | None:
    """The offset of a quotation mark right before token k that opens no pair in its paragraph, or None."""
    gap_lo = toks[k - 1].end
    closers = set(pairs.values())
    for i, ch in enumerate(_gap(text, toks, k)):
        if ch in _OPENERS and ch != "\u201D" and gap_lo + i not in pairs and gap_lo + i not in closers:
            return gap_lo + i
    return None


def _closes_sentence(text: str, q: int, pairs: dict[int, int], sent: Sentence) -> bool:
    close = pairs.get(q, sent.end)
    return _word_count(text[q + 1:close]) > _SHORT_TERM + 1 and not text[close + 1:sent.end].strip(" .\u061F!")


def _quote_is_content(text: str, q: int, pairs: dict[int, int]) -> bool:
    close = pairs.get(q)
    return close is not None and _word_count(text[q + 1:close]) > _SHORT_TERM


def _quotation_at(text: str, toks: list[_Tok], k: int, pairs: dict[int, int]) -> bool:
    """A quotation opens right before token k: a quoted span longer than an outlet's name ('لوكالة انترفاكس الروسية
    "نؤكد انه تم العثور ..."')."""
    o = _opener_in(_gap(text, toks, k), toks[k - 1].end if k else 0, pairs)
    return o is not None and _word_count(text[o + 1:pairs[o]]) > _OUTLET_NAME_WORDS


def _word_count(s: str) -> int:
    return len(s.split())


def _past_closer(text: str, i: int) -> int:
    while i < len(text) and text[i] in _CLOSERS:
        i += 1
    return i


def _addressee(text: str, toks: list[_Tok], k: int, nxt: int, lex: _Lexicon, pairs: dict[int, int]) -> tuple[int, int]:
    """Token span of the outlet in 'لـ "رويترز"' / 'لموقع “بغداد اليوم”' / 'للوكالة' starting at token k; it ends at a
    colon or a comma ('لوكالة فرانس برس: «...»': the quotation after it is no part of the name), and at a bracket
    after the name's first words ('لوكالة الأنباء الألمانية (د ب أ)': the agency's initials follow its name)."""
    lo = k + 1 if toks[k].norm == "ل" else k
    if lo >= min(len(toks), nxt):
        return lo, lo
    hi = lo + 1
    while (hi < min(len(toks), nxt, lo + 4) and _comp_at(toks, hi, lex) is None and not _stop_at(toks, hi, lex)
           and not any(ch in _gap(text, toks, hi) for ch in _COMMAS + ":;\u061B" + ("(" if hi > lo + 1 else ""))
           and not _quotation_at(text, toks, hi, pairs)):
        hi += 1
    # 'لموقع “بغداد اليوم”': the quoted name runs to its closing mark whatever its words are (a name, not a quotation)
    close = next((cl for o, cl in pairs.items() if toks[lo].start - 2 <= o < toks[hi - 1].end < cl
                  and _word_count(text[o + 1:cl]) <= _OUTLET_NAME_WORDS), None)
    while close is not None and hi < len(toks) and toks[hi].end <= close:
        hi += 1
    if close is None and hi > lo + 2 and _is(toks[lo].norm, lex.types_strip) and not any(
            _definite(t.norm) or _quotation_at(text, toks, n, pairs) for n, t in enumerate(toks[lo + 1:lo + 3], lo + 1)
    ) and frequency_rank(toks[lo + 1].norm) < _OBJECT_RANK and _nisba_form(toks[lo + 2].norm):
        return lo, lo  # 'لموقع مؤسسة حكومية على الشبكة': a website of some institution, no outlet's name
    return lo, hi


_WHILE = frozenset(normalize(w) for w in ("فيما", "بينما"))


def _future_verb(norm: str) -> bool:
    """A normalized verb in the future, with or without و/ف: س, then a present SaudiNewsNet writes after both ي and
    ت (سيعلن، ستكون، وسنواصل); SaudiNewsNet writes the word itself, and it is no name the tables know (سيرجي; ستورك
    is unwritten)."""
    word = _strip_waw(norm)
    return (len(word) >= 5 and word[:2] in ("سي", "ست", "سن") and present_stem(word[2:])
            and frequency_rank(word) < UNRANKED and not known_name(word))


def _a_verb(norm: str) -> bool:
    """A verb in the past or the present, read by its letters and confirmed by SaudiNewsNet: the past written with ت
    and with وا after it (اتهم: اتهمت، اتهموا), the present after both ي and ت (يتهم، تتهم)."""
    if len(norm) < 3:
        return False
    return norm[0] in "يت" and present_stem(norm[1:]) or past_form(norm)


def _content_end(text: str, toks: list[_Tok], lo: int, nxt: int, sent: Sentence, pairs: dict[int, int],
                 lex: _Lexicon, fronted: bool = False) -> int:
    """End of reported content: the sentence end, or before ', مضيفاً' / ', وفق رويترز' when those follow. After a
    cue in a fronted clause of 'while' ('وفيما قال X إنه ...، اتهم Y'), a verb after a comma opens the main clause."""
    hi = sent.end
    if nxt < len(toks) and any(ch in _gap(text, toks, nxt) for ch in _COMMAS + "و") or (
            nxt < len(toks) and toks[nxt].norm[:1] == "و" and toks[nxt].norm[1:] in lex.verbs) or (
            nxt < len(toks) and _participle_opens(text, toks, nxt, pairs, lex)):
        hi = toks[nxt].start
    elif nxt < len(toks) and (b := _lead_in(toks, nxt, lex)) < nxt and toks[b].start > lo and (
            toks[b].norm[:1] == "و" or any(ch in _gap(text, toks, b) for ch in _COMMAS)):
        hi = toks[b].start  # '، كما أكد', '، وأيضا أكد': the words that open the next cue's clause end this content
    if nxt < len(toks):
        # '... إنها تتوقع رحيل القوات، لكن مسؤولين أميركيين يقولون إن': the next speaker's subject ends this content
        subject = _subject_before(toks, nxt, text, lex)
        if subject is not None and toks[subject[0]].start > lo:
            b = subject[0]
            if b > 0 and toks[b - 1].norm in lex.openers and toks[b - 1].start > lo:
                b -= 1
            hi = min(hi, toks[b].start)
        elif toks[nxt - 1].start > lo and _indefinite_subject(text, toks, nxt, lex) and (
                _comp_at(toks, nxt + 1, lex) is not None or nxt + 1 < len(toks) and ":" in _gap(text, toks, nxt + 1)):
            # '...، وهناك من يرى أنها', '...، والبعض يقول:': the clause of the next cue's subject, from its comma
            # (not '، والبعض يضيف «الفقع»', 'ومن يقول غير ذلك فهو مغالط': no words of their own; nor '، بمعنى أن من
            # يقول إن': a clause the speaker's own reasoning reports)
            b = next((b for b in range(nxt - 1, max(nxt - 4, 0), -1) if toks[b].start > lo
                      and any(ch in _gap(text, toks, b) for ch in _COMMAS)), None)
            if b is not None and not any(t.norm in lex.comps for t in toks[b:nxt]):
                hi = min(hi, toks[b].start)
    for k, t in enumerate(toks):
        if t.start <= lo or t.start >= hi:
            continue
        if any(ch in _gap(text, toks, k) for ch in _COMMAS) and (_attr_cue_at(toks, k, lex)
                                                                  or fronted and _a_verb(t.norm)):
            hi = t.start
            break
    # a quotation opened inside the content runs to its closing mark, even past a sentence stop
    for o, cl in pairs.items():
        if lo <= o < hi and cl >= hi:
            hi = cl + 1
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ".،,\u061B;:-\u2013"):
        hi -= 1
    return hi


_LEAD_IN_SIDES = frozenset(normalize(w) for w in ("جهته", "جهتها", "جانبه", "جانبها", "ناحيته", "ناحيتها"))


def _lead_in(toks: list[_Tok], c: int, lex: _Lexicon) -> int:
    """The first of the words right before the cue at token c that open its clause and belong to no content: كما،
    ثم، أيضا، كذلك، بدوره، من جهته (a conjunction و before them counted), or c if there are none."""
    b = c
    while b > 0:
        norm = _strip_waw(toks[b - 1].norm)
        if norm in lex.openers and norm not in lex.comps or norm in lex.fillers:
            b -= 1
        elif norm in _LEAD_IN_SIDES and b > 1 and _strip_waw(toks[b - 2].norm) == _MIN:
            b -= 2
        else:
            break
    return b


def _second_clause(toks: list[_Tok], pos: int, lex: _Lexicon) -> bool:
    """The first word after text position ``pos`` is و + إن/أن: a second clause of the same reported words."""
    after = next((t for t in toks if t.start > pos), None)
    return after is not None and after.norm[:1] == "و" and after.norm[1:] in lex.comps


def _participle_opens(text: str, toks: list[_Tok], k: int, pairs: dict[int, int], lex: _Lexicon) -> bool:
    """The participle at token k opens words of its own: إن/أن, a colon or a quotation right after it ('رأى أنه غير
    معني بالنفي قائلا "..."', 'بصحة جيدة مشيرا الى انه'): the same speaker's next words, which end the content before
    it. Not a participle read as a noun or an adjective ('وبإشراف ومتابعة مباشرة', 'طوقا أمنيا مشددا لتأمين')."""
    if toks[k].norm not in lex.participles or k + 1 >= len(toks):
        return False
    return (_comp_at(toks, k + 1, lex) is not None or ":" in _gap(text, toks, k + 1)
            or _opener_in(_gap(text, toks, k + 1), toks[k].end, pairs) is not None)


def _attr_cue_at(toks: list[_Tok], k: int, lex: _Lexicon) -> int:
    """Length in tokens of the attribution cue starting at token k ('وفق', 'بحسب', 'نقلا عن'), or 0."""
    if toks[k].norm not in lex.attr_first:
        return 0
    for n in (3, 2, 1):
        seq = tuple(t.norm for t in toks[k:k + n])
        if len(seq) == n and (seq in lex.attr_cues or (_strip_waw(seq[0]),) + seq[1:] in lex.attr_cues):
            return n  # 'وفقا' is itself a cue; 'ووفقا' is the same cue after the conjunction
    return 0


# a normalized word without the conjunction و/ف before it, its ending kept (والوزارة -> الوزارة; _bare also cuts
# endings: وزار)
_strip_waw = conjunction_off


# --- speakers ------------------------------------------------------------------------------------------------------
def _resolve(text: str, toks: list[_Tok], mention: tuple[int, int] | None, c: int, lex: _Lexicon, state: _State,
             sent: Sentence, pairs: dict[int, int], pronoun_cue: bool) -> _Speaker | None:
    cue = toks[c]
    if pronoun_cue:
        if cue.norm not in lex.participles:
            return None
        return _stance_speaker(text, toks, c, lex, state, pairs) or state.antecedent(cue, lex)
    if mention is not None:
        words = [t.norm for t in toks[mention[0]:mention[1]]]
        if len(words) == 1 and words[0] in lex.honorifics:
            return _honoree(text, cue.start, words[0], lex, state)
        # 'وأوضح المسؤول' after 'قال مسؤول أميركي': the same person, named in full before
        if (state.last is not None and len(words) <= 2 and _definite(words[0])
                and _is(words[0], lex.roles | lex.anonymous) and set(_bare(words[0])) & state.last.role
                and not (words[0].endswith("ه") and _a_man(state.last))):  # 'وقالت المتحدثة' after a man
            return state.last
        return _make_speaker(text, toks, mention, lex, pairs)
    # no mention after the cue: the publisher of the document the words are in, a subject before it (SVO), else a
    # pronoun
    publisher = _publisher(text, toks, c, lex)
    if publisher is not None:
        speaker = _make_speaker(text, toks, publisher, lex, pairs)
        state.heard(speaker, lex)
        return speaker
    subject = _subject_before(toks, c, text, lex)
    if subject is not None:
        # 'الوزير محمد العلي قال إن ... وأضاف أن': the subject before the verb is who the next cues go on with,
        # unless the clause is itself reported ('وأضاف أن تقرير الطب الشرعي أكد ...، لافتاً': still the one adding)
        # A plural cue's subject ('مسؤولون في واشنطن قد صرحوا') is no antecedent of the singular cues after it.
        speaker = _make_speaker(text, toks, subject, lex, pairs)
        reported = subject[0] > 0 and toks[subject[0] - 1].norm in lex.comps
        singular = _masculine_cue(cue.norm, lex) or _feminine_cue(cue.norm, lex)
        if singular and not reported and _plainly_someone(toks[subject[0]:subject[1]], lex) and (
                state.last is None or speaker.text != state.last.text):
            state.heard(speaker, lex)
        return speaker
    stance = _stance_speaker(text, toks, c, lex, state, pairs)
    if stance is not None:
        return stance
    if lex.verbs.get(cue.norm):
        return None  # 'قالوا إنها': a plural pronoun; the last singular speaker is not its antecedent
    if state.last is not None and state.last.head.endswith(("ون", "ين")) and _is(
            state.last.head.split()[0], lex.anonymous | lex.roles):
        return None  # 'وتضيف' after 'محللون': a singular pronoun; the last plural speaker is not its antecedent
    return state.antecedent(cue, lex)


_ABOUT = frozenset(normalize(w) for w in ("عن", "عما", "عمن"))


def _honoree(text: str, before: int, honorific: str, lex: _Lexicon, state: _State) -> _Speaker | None:
    """Whom an honorific pronoun subject ('وقال سموه') stands for: the last speaker, unless that speaker holds none
    of the pronoun's titles (honorific_titles: الأمير، سمو ... for سموه) and somebody earlier in the text is written
    with its first title and a name ('رفع صاحب السمو الملكي الأمير فهد بن سلطان بن عبدالعزيز أمير منطقة تبوك ...
    وقال سموه:' -> 'الأمير فهد بن سلطان بن عبدالعزيز', also when nobody spoke before). The body is read before the
    headline, whose name runs into its verb ('الأمير متعب بن عبدالله يعايد')."""
    last = state.human
    titles = lex.honorific_titles.get(honorific)
    if not titles or last is not None and any(
            f in titles for w in _TOKEN.findall(normalize(last.text)) for f in _bare(w)):
        return last
    body = min(state.headline_end, before)
    for lo, hi in ((body, before), (0, body)):
        toks = [_Tok(m.group(), m.start(), m.end(), normalize(m.group())) for m in _TOKEN.finditer(text, lo, hi)]
        for k, tok in enumerate(toks[:-1]):
            if titles[0] not in _bare(tok.norm) or not toks[k + 1].norm or toks[k + 1].norm in lex.stops or not (
                    _name_word(toks[k + 1].norm) or k + 2 < len(toks) and toks[k + 2].norm in _NAME_LINKS):
                continue  # a name follows the title: a rare word or a given name, or any word before بن ('جلوي بن')
            end = k + 2
            while end < len(toks) and toks[end].norm and not text[toks[end - 1].end:toks[end].start].strip() and (
                    toks[end - 1].norm in _NAME_LINKS or toks[end - 1].norm == _ABD  # 'تركي بن عبد الله'
                    or toks[end].norm in _NAME_LINKS or _a_name(toks[end].norm)
                    and not (toks[end].norm[:1] in ("ب", "ل", "ك") and frequency_rank(toks[end].norm[1:]) <= _RARE_RANK)):
                end += 1  # not a preposition on a common word: 'السفير العقيل ببعثة الأخضر'
            if toks[end - 1].norm in _NAME_LINKS:
                continue
            if last is not None and set(_TOKEN.findall(normalize(last.head))) <= {t.norm for t in toks[k:end]}:
                return last  # 'الشليل' after 'الشيخ تركي بن عبد الله الشليل': the same man, as named before
            return _make_speaker(text, toks, (k, end), lex, {})
    return last


def _stance_speaker(text: str, toks: list[_Tok], c: int, lex: _Lexicon, state: _State,
                    pairs: dict[int, int]) -> _Speaker | None:
    """The subject of a stance verb opening the sentence, for a participle or subject-less cue after it with no
    speech verb between: 'وعبّر مسافر آخر عن استيائه ... مبيناً أن' -> 'مسافر آخر'; 'رفض أليخاندرو ماريلا رئيس
    الجهاز الطبي لنادي ريفير بليت الحديث ... نافيا' -> 'أليخاندرو ماريلا رئيس الجهاز الطبي'. It becomes the last
    speaker, the antecedent of the pronoun cues that follow."""
    # the verb opens the sentence, or follows a fronted phrase and its comma ('وقبل إعلان النتائج، ظهر الرئيس')
    # or the words that open a clause ('من جهته اكتفى نجم الكرة السعودية ياسر القحطاني بالدعاء له قائلا')
    v = 0 if toks and toks[0].norm in lex.stance_all else next(
        (k for k in range(1, min(c, 4)) if toks[k].norm in lex.stance_all and _lead_in(toks, k, lex) == 0), None)
    if v is None:
        v = next((k for k in range(1, min(c, 9)) if any(ch in _gap(text, toks, k) for ch in _COMMAS)), None)
    if v is None or c < v + 2 or toks[v].norm not in lex.stance_all or any(t.norm in lex.verbs for t in toks[v + 1:c]):
        return None
    transitive = toks[v].norm in lex.transitive
    k = v + 1
    apposition = False
    while k < min(c, v + 1 + _MAX_SPEAKER):
        gap = _gap(text, toks, k)
        if k > v + 1 and any(ch in gap for ch in _COMMAS + ":(;\u061B"):
            # 'شدد عادل الجبير، وزير الخارجية السعودي، على': a role set off by commas after a short name is the name's
            titled = toks[v + 1].norm in lex.name_titles  # 'الدكتور محمد سعد مبارك، رئيس الجامعة'
            if (apposition or any(ch in gap for ch in ":(;\u061B") or k - v - 1 > 3 + titled
                    or not _is(toks[k].norm, lex.roles)
                    or not titled and _is(toks[v + 1].norm, lex.roles | lex.titles)):
                break
            apposition = True
        if (toks[k].norm in lex.openers or toks[k].norm in _ABOUT or _comp_at(toks, k, lex) is not None
                or _stop_at(toks, k, lex) or _bi_object(toks[k].norm)):
            break
        k += 1
    lo = v + 1
    if k == lo or toks[v].norm in lex.stance_an and not any(t.norm in _ABOUT for t in toks[k:c]):
        return None
    if toks[lo].norm in _PRONOUN_PREPS:
        return None  # 'حيث رحب بهم في جدة، وأكد': the verb's complement, its subject unnamed
    first = toks[lo].norm
    role = next((r for r in range(lo, k) if _is(toks[r].norm, lex.roles)), None)
    if _is(first, lex.roles | lex.anonymous | lex.titles | lex.institutions | lex.media) or first in lex.numbers:
        mention = _trim_subject(text, toks, (lo, k), lex)
    elif transitive:  # a person's name, or nothing: the words after the verb may be its object
        mention = _named_subject(text, toks, (lo, k), lex)
    elif role is not None and role - lo <= 3:  # a name, then its role: keep the role's noun phrase only
        trimmed = _trim_subject(text, toks, (role, k), lex)
        mention = (lo, trimmed[1] if trimmed else role)
    else:
        mention = (lo, k) if k - lo <= 3 else None  # a short name or description: 'مسافر آخر'
    if mention is None:
        return None
    if transitive:
        mention = _before_object(toks, mention, lex)
    if mention[1] - mention[0] == 1 and toks[mention[0]].norm in lex.honorifics:
        return _honoree(text, toks[c].start, toks[mention[0]].norm, lex, state)  # 'ووجه سموه ... مؤكدا'
    words = [t.norm for t in toks[mention[0]:mention[1]]]
    if (state.last is not None and len(words) <= 2 and _definite(words[0]) and _is(words[0], lex.roles | lex.anonymous)
            and (set(_bare(words[0])) & state.last.role or not state.last.role and " " not in state.last.head)
            and not (words[0].endswith("ه") and _a_man(state.last))):
        # 'ودافع الرئيس الأميركي' after 'الرئيس الأميركي باراك أوباما' or after 'أوباما', 'ودافع المدرب الأرجنتيني'
        # after 'مارتينو': a definite role without a name takes up the person named before
        return state.last
    speaker = _make_speaker(text, toks, mention, lex, pairs)
    if state.last is not None and f" {speaker.text} " in f" {state.last.text} ":
        return state.last  # 'واختتم العبيد قائلا' after '... المهندس صالح عبدالكريم العبيد': the full mention
    state.heard(speaker, lex)
    return speaker


def _before_object(toks: list[_Tok], mention: tuple[int, int], lex: _Lexicon) -> tuple[int, int]:
    """The subject of a verb with a direct object, without that object: the subject rules of a cue without إن/أن
    stop at an indefinite common noun, but a transitive verb's object is as often definite. It opens at a noun with
    a pronoun ending ('أمين جدة سعادته الغامرة', 'سموه منسوبي الحرس الوطني': the honorific alone is the subject),
    or at a definite word, no title, name or nisba, right after a name, a nisba or a complement with لل/بال
    ('المديرية العامة للجوازات الأخوة اليمنيين', 'العميد السحيباني الأشقاء اليمنيين', 'مصادر تركية الحادث')."""
    lo, hi = mention
    if toks[lo].norm in lex.honorifics:
        return lo, lo + 1
    titles = lex.roles | lex.titles | lex.name_titles | lex.institutions
    for m in range(lo + 1, hi):
        t, before = toks[m].norm, toks[m - 1].norm
        if _is(t, titles) or family_name(t) or t in _NAME_LINKS:
            continue
        if remove_diacritics(toks[m].text).endswith(_HIS) and frequency_rank(t) <= _RARE_RANK:
            return lo, m  # ه as written, not ة folded to it; after a subject سعادته is 'his joy', no honorific
        if (_definite(t) and not t.startswith(("لل", "بال")) and not _nisba_form(t) and (
                before.startswith(("لل", "بال")) or family_name(before)
                or (_namelike(before) or _nisba_form(before)) and not _definite(before))):
            return lo, m
    return lo, hi


_HIS = ("ه", "ها", "هم", "هما")  # as written: a pronoun ending, where normalized ة reads ه too
_IN_IT = frozenset(normalize(w) for w in ("فيه", "فيها"))
_PUBLISHER_REACH = 10  # tokens back from the cue to the document, and from the document to the verb


def _publisher(text: str, toks: list[_Tok], c: int, lex: _Lexicon) -> tuple[int, int] | None:
    """The subject of the verb that published the document a cue with فيه/فيها speaks in: 'وأصدرت مور (52 عاما)
    بيانا قالت فيه:' -> 'مور', 'أصدر المتحدث الرسمي باسم الجيش بيانا جديدا أكد فيه أن' -> 'المتحدث الرسمي باسم
    الجيش', 'ونشرت الحكومة الصينية بيانا عبر موقعها الإلكتروني، أوضحت فيه أن' -> 'الحكومة الصينية'. None when the
    clause has no such verb and document, or no words between them ('أصدرت بيانا قالت فيه')."""
    if c + 1 >= len(toks) or toks[c + 1].norm not in _IN_IT:
        return None

    def clause_ends(k: int) -> bool:  # token k is another cue, or a full stop or colon follows it
        return toks[k].norm in lex.cue_tokens or any(ch in _gap(text, toks, k + 1) for ch in ".:\u061F!")

    for d in range(c - 1, max(-1, c - 1 - _PUBLISHER_REACH), -1):
        if clause_ends(d):
            return None
        if not _is(toks[d].norm, lex.documents) or _definite(toks[d].norm):
            continue  # 'بيانا عن الاتصال الهاتفي': a definite noun is the document's complement
        for v in range(d - 1, max(-1, d - 1 - _PUBLISHER_REACH), -1):
            if clause_ends(v):
                return None
            if toks[v].norm in lex.publishing:
                lo, hi = v + 1, d
                hi = next((k for k in range(lo + 1, hi) if "(" in _gap(text, toks, k)), hi)  # 'مور (52 عاما)'
                while hi > lo and (_stop_at(toks, hi - 1, lex) or toks[hi - 1].norm in lex.adverbs
                                   or toks[hi - 1].norm in _DAY_WORDS):
                    hi -= 1  # 'بدورها أمس': time words between the subject and the document
                # 'أطلقت سلسلة تغريدات ... أكدت فيها': a document after the verb is its object, the subject stood before
                return (lo, hi) if hi > lo and not _is(toks[lo].norm, lex.documents) else None
        return None
    return None


def _bi_object(norm: str) -> bool:
    """A prepositional object with ب ('وأشاد بالجهود', 'ونوه العكيك بما تتمتع به', 'بمقاتلي'): it ends a stance
    verb's subject, and right after the verb it means the subject is a pronoun. Names that begin with ب (بندر، بشار،
    بن) do not go on with ال or م."""
    return norm[:3] in ("بال", "بما") or len(norm) > 4 and norm[:2] == "بم"


def _trim_subject(text: str, toks: list[_Tok], mention: tuple[int, int], lex: _Lexicon) -> tuple[int, int] | None:
    """The subject noun phrase at the start of ``mention`` when the cue has no إن/أن after it, or None.

    'وزارة الخارجية العراقية تسليم رسالة' -> 'وزارة الخارجية العراقية'; 'نائب رئيس ... العراق قوباد الطالباني'
    (ended by the preposition 'من') stays whole, since a name may follow a closed role phrase only right before a
    preposition or after a rank title or a comma.
    """
    lo, hi = mention
    first = toks[lo].norm
    if not (_is(first, lex.roles | lex.anonymous | lex.titles | lex.institutions | lex.media) or first in lex.numbers):
        return _named_subject(text, toks, mention, lex)
    closed = _definite(first) and first not in lex.name_titles  # 'الدكتور محمد سعد مبارك': a name follows
    # an unnamed source ('مصدر دبلوماسي مصري مسؤول') goes on with adjectives only, and no name follows it
    unnamed = source = not _definite(first) and _is(first, lex.anonymous)
    k = lo + 1
    while k < hi:
        t = toks[k]
        gap = text[toks[k - 1].end:t.start]
        if any(ch in gap for ch in _COMMAS) and _object_at(toks, k, lex) or _object_after_name(toks, k, lex):
            return lo, k  # 'وأكد أمين العاصمة المقدسة الدكتور أسامه بن فضل البار، حرص الجهات المسؤولة على ...'
        if any(ch in gap for ch in _COMMAS) or t.norm in lex.titles:
            # a name after a title closes with a family name that has the article; a common noun governing the
            # next word there is the verb's object: 'أكد رئيس الفريق الإعلامي الأستاذ/ حمد العمر استمرار الحملة'
            for m in range(k + 1, hi):
                comma = any(ch in _gap(text, toks, m) for ch in _COMMAS)
                if (comma or _definite(toks[m - 1].norm)) and _object_at(toks, m, lex) or _object_after_name(toks, m, lex):
                    return lo, m
                if comma:
                    break
            return lo, hi
        if t.norm in ("في", "باسم", "من", "لدى") or t.norm.startswith(("بال", "لل")):
            closed = unnamed = False  # a complement: 'مسؤول في وزارة الخارجية'
        elif unnamed and not _definite(t.norm) and not (
                _nisba_form(t.norm) or _is(t.norm, lex.source_adjectives | lex.anonymous)):
            return lo, k  # 'نفى مصدر دبلوماسي مصري مسؤول وجود أي تغيير': وجود is the object, no name
        elif closed and t.norm[:1] == "و" and k + 1 < hi and _definite(toks[k + 1].norm):
            pass  # a conjoined noun inside the name: 'هيئة الاتصالات وتقنية المعلومات'
        elif closed and not _definite(t.norm):
            # a name after the role, ended by a preposition; not a common noun governing the next word ('المسؤول
            # صحة الشائعات'), nor after a body or a document ('التقرير ارتفاع عدد العمليات في': no name follows it)
            if t.norm == _ABD and k + 2 < hi and family_name(toks[k + 2].norm) and not source:
                # 'رئيس نادي الشباب المكلف عبد الله القريني ترشحه': عبد and the name of God after it, then the
                # family names
                e = k + 3
                while e < hi and family_name(toks[e].norm) and not _object_after_name(toks, e, lex):
                    e += 1
                return lo, e
            if k + 1 < hi and given_name(t.norm) and family_name(toks[k + 1].norm) and not source:
                named = _named_subject(text, toks, (k, hi), lex)  # 'نجم الكرة السعودية ياسر القحطاني بالدعاء'
                if named is not None:
                    return lo, named[1]
            ends_at_prep = (not source and hi < len(toks) and _stop_at(toks, hi, lex) and hi - k <= 3
                            and _is(first, lex.roles | lex.titles | lex.name_titles)
                            and not (_object_at(toks, k, lex) and _definite(toks[k + 1].norm)))
            return (lo, hi) if ends_at_prep else (lo, k)
        elif _definite(t.norm):
            if closed and _definite(first) and t.norm.startswith("ال") and t.norm.endswith("ات"):
                return lo, k  # a feminine plural qualifies no person's role: 'ونفى المدرب الهولندي الشائعات'
            closed = True
        k += 1
    return lo, hi


def _named_subject(text: str, toks: list[_Tok], mention: tuple[int, int], lex: _Lexicon) -> tuple[int, int] | None:
    """A person's name opening ``mention`` as the subject of a cue with no إن/أن, or None: a given name and the
    names after it ('نفى محمد الشهري وجود', 'أعلن بدر محمد باسملة وزير النقل اليمني عن'), or a given name alone
    when a comma or a bracket follows it ('نفى فريد (22 عاما) المحترف ...، تناوله'). A given name alone before a
    word is no subject: it may be a noun ('أكد سلامة الإجراءات', 'أبدى أمل').
    """
    lo, hi = mention
    if not given_name(toks[lo].norm):
        return None
    k = lo + 1
    while k < hi and (toks[k].norm in _NAME_LINKS or given_name(toks[k].norm) or family_name(toks[k].norm)
                      or toks[k].norm == _ABD and k + 1 < hi):
        k += 2 if toks[k].norm == _ABD else 1  # 'حسين عبد الغني': عبد and the name of God after it
    if toks[k - 1].norm in _NAME_LINKS:
        return None
    if k - lo >= 2 and k < hi and frequency_rank(toks[k].norm) > _RARE_RANK:
        k += 1  # a rare family name the tables lack: 'بدر محمد باسملة'
    elif k == lo + 1 and k < hi and toks[lo].norm != _ABD and _definite(toks[k].norm) and toks[k].norm.endswith("ي") \
            and frequency_rank(toks[k].norm) > _RARE_RANK:
        k += 1  # a rare family name in ال...ي the tables lack: 'أكد ... أسامة النجيفي نائب رئيس الجمهورية دعمه'
    if k - lo >= 2:
        return lo, k
    after = _gap(text, toks, k) if k < len(toks) else ""
    return (lo, k) if k == hi and ("(" in after or any(ch in after for ch in _COMMAS)) else None


_OBJECT_RANK = 3000  # an object noun after a speaker's name is a common word (حرص، استمرار، أهمية)
_OBJECT_RANK_AFTER_AL = 15000  # ... and after a family name with the article, a rarer one too (مغادرة، فقدان)
# prepositions that go on with a role ('المشرف على الأنشطة في المركز', 'المتحدث باسم الوزارة'): no object opens there
_ROLE_GOES_ON = frozenset(normalize(w) for w in ("في", "من", "مع", "لدى", "باسم", "بين", "داخل", "ضمن", "تحت"))


def _object_at(toks: list[_Tok], m: int, lex: _Lexicon) -> bool:
    """Token m opens the object of a speech verb rather than going on with its subject: a common indefinite noun
    (among SaudiNewsNet's 3,000 commonest words) that is no role, title or given name and governs a definite word
    right after it, or one word later ('حرص الجهات', 'استمرار الحملة', 'أهمية استخدام الإعلام'); a role in
    apposition ('مدير عام المطار') or a name ('عادل الجبير') goes on with the subject."""
    t = toks[m]
    if (_definite(t.norm) or t.norm in _NAME_LINKS or t.norm in _ROLE_GOES_ON or given_name(t.norm)
            or t.norm.endswith("ا") or frequency_rank(t.norm) > _OBJECT_RANK):  # سابقاً، أيضاً: adverbs, no nouns
        # governing the next word (a noun in construct takes no tanween)
        return False
    if _is(t.norm, lex.roles | lex.titles | lex.name_titles | lex.anonymous | lex.institutions | lex.media
           | lex.complement_heads | lex.honorifics) or t.norm in lex.numbers or t.norm in lex.stops:
        return False
    return any(_definite(toks[n].norm) for n in range(m + 1, min(m + 3, len(toks))))


def _object_after_name(toks: list[_Tok], m: int, lex: _Lexicon) -> bool:
    """Token m is a common word right after a person's name, so the verb's object, not more of the subject: 'العميد
    محمد سمير استشهاد ضابط', 'المتحمي دعمه لكل', 'الغرير، رصدت دوريات'. The word before is a name (a given or
    family name of the tables, not a merely rare word: 'لإحدى شركات', 'الفلكي سلمان'; nor عبد of 'عبد ربه'); token m
    has three letters or more (not 'دي' of 'هشام دي إيدي'), is among the 3,000 commonest words (with a pronoun
    suffix, its stem is), indefinite, and no name, role, title or link ('بن')."""
    if m < 1:
        return False
    before, t = toks[m - 1].norm, toks[m].norm
    titles = lex.roles | lex.titles | lex.name_titles | lex.anonymous | lex.institutions | lex.media | lex.honorifics
    if before in _NAME_LINKS or before == _ABD or _is(before, titles):
        return False
    if _bi_object(t) and _namelike(before) and not any(
            _is(x.norm, lex.titles | lex.name_titles) for x in toks[m + 1:m + 3]):
        # 'نوّه نائب الرئيس للإستراتيجية أسامة عشري بالأدوار الاقتصادية': praised the roles; not a place before a
        # title and the person's name ('مدير جامعة الملك فيصل بالأحساء الدكتور عبدالعزيز الساعاتي')
        return True
    if not (given_name(before) or family_name(before)):
        return False
    if (len(t) < 3 or _definite(t) or t in _NAME_LINKS or t in _ROLE_GOES_ON or given_name(t) or family_name(t)
            or t in lex.numbers or t in lex.stops or _is(t, titles | lex.complement_heads)):
        return False
    stem = t[:-1] if t.endswith("ه") and len(t) > 3 else t
    # after a family name with the article a name has ended ('عبدالله الحمراني مغادرة جميع المصابين'): a rarer
    # word is the object too; after a given name it may be the father's name the tables lack
    rank = _OBJECT_RANK_AFTER_AL if _definite(before) and family_name(before) else _OBJECT_RANK
    return min(frequency_rank(t), frequency_rank(stem)) <= rank


_NISBA_ENDINGS = tuple(normalize(e) for e in ("ي", "ية", "يون", "يين", "يان", "يتان"))


def _nisba_form(norm: str) -> bool:
    """A word shaped like a nisba adjective (أمني، عسكرية، دبلوماسيون): the adjectives of unnamed sources."""
    return len(norm) > 3 and norm.endswith(_NISBA_ENDINGS)


_QAD = normalize("قد")
_KANA = frozenset(normalize(w) for w in ("كان", "وكان", "كانت", "وكانت", "فكان", "فكانت"))


def _kana_subject(toks: list[_Tok], q: int, text: str, lex: _Lexicon) -> tuple[int, int] | None:
    """'وكان رئيس الوزراء الياباني شينزو آبي قد قال' -> the tokens between كان and قد (q is قد's index): the
    pluperfect frame of news copy, with the subject inside it."""
    for k in range(q - 1, max(-1, q - 14), -1):
        if toks[k].norm in _KANA:
            lo, hi = k + 1, q
            if lo >= hi or any(t.norm in lex.verbs or t.norm in lex.comps for t in toks[lo:hi]):
                return None
            first = toks[lo].norm
            named = hi - lo <= 3 or any(_is(t.norm, lex.roles | lex.titles) for t in toks[lo:hi])
            if (_is(first, lex.roles | lex.anonymous | lex.titles | lex.institutions | lex.media | lex.types_strip
                    | lex.types_keep) or first in lex.numbers or named) and first not in _PHRASE_OPENERS:
                return lo, hi
            return None
        if toks[k].norm in lex.verbs or toks[k].norm in lex.comps:
            return None
    return None


_MAX_SUBJECT = 8  # tokens of a subject before its cue ('لكن مصدر حكومي عراقي أكد')
_MAX_OPENING_SUBJECT = 14  # ... of a role and a name opening the sentence (the longest speaker in the seeds is 11)


def _subject_before(toks: list[_Tok], c: int, text: str, lex: _Lexicon) -> tuple[int, int] | None:
    """'لكن مصدر حكومي عراقي أكد' -> the tokens of 'مصدر حكومي عراقي'; 'أما المحلل أمين قمورية، فأوضح' -> the
    tokens of 'المحلل أمين قمورية' (the topic أما fronts, taken up by the ف of the cue)."""
    if toks[c].norm[:1] == "ف":
        topic = _topic_before(toks, c, text)
        if topic is not None:
            return topic
    if c > 1 and toks[c - 1].norm == _QAD:
        return _kana_subject(toks, c - 1, text, lex)
    b = c
    # 'لكن محمد المهدي رئيس الجمعية، أكد أن', 'دراسة أجرتها الوزارة، ذكرت أن': a subject closed by a comma before a
    # cue without و/ف (after a comma, a cue with و starts a new clause: '...، وأضاف')
    comma_closed = c > 0 and toks[c].norm[:1] not in "وف" and any(ch in _gap(text, toks, c) for ch in _COMMAS)
    if comma_closed:
        b = c - 1
    while b > 0 and c - b <= _MAX_OPENING_SUBJECT:
        if any(ch in _gap(text, toks, b) for ch in _COMMAS + ":"):
            if comma_closed:
                # '...، عمرو السولية، لاعب وسط الفريق، قال فيه': an apposition between commas; unless a name opens
                # the sentence before it ('عايد بن خليف الشمري، عضو هيئة التدريس بالمعهد العلمي، قال خلال حديث')
                return _name_and_role(toks, b, c, text, lex)
            break
        if toks[b - 1].norm in lex.openers:
            break
        if toks[b - 1].norm in lex.verbs or toks[b - 1].norm in lex.comps:
            if comma_closed and toks[b - 1].norm in lex.verbs:
                return None  # 'بين اللجنة ودائرة التحكيم، قال': the phrase belongs to the word before it
            break
        b -= 1
    if comma_closed and b < c and (toks[b].norm in _PHRASE_OPENERS or toks[b].norm[:1] in "وف"
                                   and toks[b].norm[1:] in _PHRASE_OPENERS):
        return None  # 'وفي مقابلة صحافية قبل شهور، قالت', 'ومع حضور ممثل عن «جينيس» الحفل، أشار': a fronted phrase
    while b < c and toks[b].norm in lex.subject_skip:
        b += 1
    if b >= c:
        return None
    if c - b > _MAX_SUBJECT:
        # 'الرئيس التنفيذي السابق لشركة اتحاد عذيب للاتصالات أحمد السنيدي قال': a longer subject only where it opens
        # the sentence with a role or a title and ends in a person's name right before the cue (not a common word
        # after و/ف: '... مدربا لناديهم فالواقع يؤكد'), with no aside ('باراك أوباما وهو من المدافعين عن المعاهدة')
        opening = b == 0 or toks[b - 1].norm in lex.openers and toks[b - 1].norm not in lex.comps
        if not (opening and c - b <= _MAX_OPENING_SUBJECT and _is(toks[b].norm, lex.roles | lex.titles)
                and _a_name(toks[c - 1].norm) and not _gap(text, toks, c).strip()
                and not (toks[c - 1].norm[:1] in "وف" and not _a_name(toks[c - 1].norm[1:]))
                and not any(t.norm in lex.asides for t in toks[b:c])):
            return None
        return b, c
    numbered = b + 1 < c and toks[b].norm.isdigit() and ")" in _gap(text, toks, b + 1)
    if numbered:
        b += 1  # a list's number: '3) ديفيد ميليبند وزير الخارجية البريطاني الأسبق قال'
    first = toks[b].norm
    if (_is(first, lex.roles | lex.anonymous | lex.titles | lex.institutions | lex.media | lex.types_strip
            | lex.types_keep) or first in lex.numbers):
        return b, c
    if b == 0 and c - b <= 3 and not toks[b].norm.startswith("و") and not comma_closed and not (
            toks[b].norm in _PHRASE_OPENERS or _a_verb(toks[b].norm)):
        # a bare name opening the sentence: 'ويتكوف قال' is rare, 'السيسي قال' common; not a phrase or a verb ('في
        # الرحلات يقولون', 'يعني كأنهم قالوا')
        return b, c
    if (b > 0 and toks[b - 1].norm in lex.comps and c - b <= 3 and known_name(first) and not comma_closed
            and all(_name_word(t.norm) for t in toks[b:c])):
        # 'وبحسب الفرنسية، فإن سيباستيان ابيس يعتبر أن': a name alone after إن/أن is the subject of the verb after it
        return b, c
    role = next((r for r in range(b + 1, c) if _is(toks[r].norm, lex.roles)), None)
    # 'لكن محمد مختار المهدي رئيس الجمعية الشرعية، أكد' (not after أن: 'وبين أن قرار الاستعانة بمدير ... يؤكد')
    opens = b == 0 or numbered and b == 1 or toks[b - 1].norm in lex.openers and toks[b - 1].norm not in lex.comps
    if opens and c - b <= 8 and role is not None and role - b <= 3 and _name_word(first) and all(
            t.norm not in _PRONOUN_PREPS and t.norm not in lex.stops for t in toks[b:role]):
        return b, c  # 'خالد العجلان رئيس نادي الطائي السابق قال:': a name and its role opening the sentence (not a
        # verb: 'من جانبه أبدى اللاعب مدالله العليان سعادته ... وقال')
    return None


def _name_and_role(toks: list[_Tok], b: int, c: int, text: str, lex: _Lexicon) -> tuple[int, int] | None:
    """A person's name opening the sentence, then a comma and a role phrase (token b on) closed by a comma before
    the cue at c: the subject of the cue ('عايد بن خليف الشمري، عضو هيئة التدريس بالمعهد العلمي، قال')."""
    if not _is(toks[b].norm, lex.roles):
        return None
    a = b - 1
    while a > 0 and not any(ch in _gap(text, toks, a) for ch in _COMMAS + ":") and toks[a - 1].norm not in lex.openers:
        a -= 1
    words = [t.norm for t in toks[a:b]]
    if a > 0 and toks[a - 1].norm not in lex.openers or not 2 <= len(words) <= 5 or words[-1] in _NAME_LINKS:
        return None
    # every word a name's (given, family or rare, or بن/آل between), a known one among them
    if all(w in _NAME_LINKS or _a_name(w) for w in words) and any(known_name(w) for w in words if w not in _NAME_LINKS):
        return a, c
    return None


_PRONOUN_PREPS = frozenset(normalize(w) for w in (
    "مني", "منه", "منها", "منهم", "لي", "له", "لها", "لهم", "به", "بها", "بهم", "عليه", "عليها", "عليهم", "عنه", "عنها",
    "معه", "معها", "إليه", "إليها", "فيه", "فيها"))
_AMMA = frozenset(normalize(w) for w in ("أما", "وأما"))
_FRONTED = frozenset(normalize(w) for w in ("بعد", "قبل", "خلال", "حول", "عند", "لدى", "منذ", "أثناء", "وسط", "إثر"))
_NOT_TOPICS = frozenset(normalize(w) for w in ("عن", "في", "بشأن", "حول", "فيما", "بالنسبة", "على", "من", "مع", "إلى"))
_PHRASE_OPENERS = _NOT_TOPICS | _FRONTED  # a prepositional or fronted phrase opens with one: no subject, no topic


def _topic_before(toks: list[_Tok], c: int, text: str) -> tuple[int, int] | None:
    """The noun phrase after أما, up to its comma, when the cue right after it takes it up with ف (a topic a later
    cue takes up is read by ``_topics``)."""
    for a in range(c - 1, max(-1, c - 13), -1):
        if toks[a].norm in _AMMA:
            lo = a + 1
            hi = next((k for k in range(lo + 1, c) if any(ch in _gap(text, toks, k) for ch in _COMMAS)), c)
            first = toks[lo].norm if lo < c else ""
            if lo < hi and first not in _NOT_TOPICS and not first.startswith(("بال", "بش")):
                return lo, hi
            return None
    return None


def _phrase_at(toks: list[_Tok], k: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """Length in tokens of the phrase of ``phrases`` (normalized words) starting at token k, else 0: a prayer
    formula (رحمه الله) of ``lex.prayers``, a filler phrase (بهذا الخصوص) of ``lex.filler_phrases``."""
    return next((len(p) for p in phrases if tuple(t.norm for t in toks[k:k + len(p)]) == p), 0)


def _make_speaker(text: str, toks: list[_Tok], mention: tuple[int, int], lex: _Lexicon,
                  pairs: dict[int, int]) -> _Speaker:
    lo_t, hi_t = mention
    # 'الفقي -رحمه الله- في مقدمته': the name ends where a prayer for its bearer begins
    hi_t = next((k for k in range(lo_t + 1, hi_t) if _phrase_at(toks, k, lex.prayers)), hi_t)
    if (hi_t - lo_t > 1 and _is(toks[lo_t].norm, lex.statements) and toks[lo_t + 1].norm[:1] == "ل"
            and not toks[lo_t + 1].norm.startswith("لل") and toks[lo_t + 1].text[:1] == "ل"):
        # 'تصريحات لوزير الدفاع الفرنسي جان إيف لودريان': who made the statements speaks
        first = toks[lo_t + 1]
        toks = [*toks[:lo_t + 1], _Tok(first.text[1:], first.start + 1, first.end, first.norm[1:]), *toks[lo_t + 2:]]
        lo_t += 1
    lo, hi = toks[lo_t].start, toks[hi_t - 1].end
    if text[lo - 1:lo] in _OPENERS and pairs.get(lo - 1, 0) >= hi:
        lo -= 1
        hi = pairs[lo] + 1
    opener = next((i for i in range(lo, hi) if text[i] in _OPENERS), None)
    if opener is not None:  # a word in marks ends with its closing mark, also typed reversed: 'باسم الضامن ”شاهد عيان“'
        close = pairs.get(opener, hi if text[opener] == "\u201D" and text[hi:hi + 1] == "\u201C" else -1)
        hi = close + 1 if hi <= close <= hi + 1 else _past_closer(text, hi)
    if hi < len(text) and text[hi] in _PERCENT:
        hi += 1  # 'وقال 35% إنهم': the share is the speaker, sign and all
    head = _head(text, toks[lo_t:hi_t], lex)
    # the role words are the speaker's own, not its issuer's: 'بيانات صادرة عن مؤسسة النقد' is no مؤسسة, so a later
    # 'وقالت المؤسسة' is the institution speaking, not the data again
    own = next((k for k in range(lo_t + 1, hi_t) if toks[k].norm == _AN and toks[k - 1].norm in lex.issuers), hi_t)
    role = frozenset(f for t in toks[lo_t:own] for f in _bare(t.norm) if f in lex.roles or f in lex.anonymous)
    return _Speaker(lo, hi, text[lo:hi], head, role)


_PREPOSITIONS = frozenset(normalize(w) for w in ("في", "من", "لدى", "عن", "على", "إلى", "باسم", "مع"))
_NAME_LINKS = frozenset(normalize(w) for w in ("بن", "بنت", "ابن", "آل", "أبو", "أبي", "ابو"))


def _head(text: str, toks: list[_Tok], lex: _Lexicon) -> str:
    """The name inside a mention, or the mention itself when nobody is named.

    'المتحدث باسم الجيش العراقي اللواء يحيى رسول' -> 'يحيى رسول'; 'نائب رئيس حكومة إقليم كردستان العراق قوباد
    الطالباني' -> 'قوباد الطالباني'; 'مسؤول أميركي' -> 'مسؤول أميركي'. The rule follows the shape of a role phrase:
    a chain of indefinite nouns closed by a definite one, then definite adjectives; a word after that which is
    indefinite, or follows a rank title or a comma, starts the name.
    """
    if not toks:
        return ""
    name_from = None
    i = 0
    # leading titles: 'الدكتور اليوسف' -> 'اليوسف'
    while i < len(toks) - 1 and toks[i].norm in lex.titles:
        i += 1
    lead = i
    # a name, then its role set off by a comma: 'عادل الجبير، وزير الخارجية السعودي' -> 'عادل الجبير'
    comma = next((k for k in range(lead + 1, len(toks)) if any(ch in text[toks[k - 1].end:toks[k].start]
                                                               for ch in _COMMAS)), None)
    if (comma is not None and _is(toks[comma].norm, lex.roles) and toks[comma].norm not in lex.name_titles
            and not _definite(toks[lead].norm) and toks[lead].norm not in lex.numbers and not _is(
                toks[lead].norm, lex.roles | lex.institutions | lex.anonymous | lex.types_strip | lex.types_keep | lex.media)):
        return _unquoted(text, toks[lead].start, toks[comma - 1].end)
    if (i > 0 and not _definite(toks[i].norm) and toks[i].norm not in lex.numbers and toks[i].norm not in _PREPOSITIONS
            and not _is(toks[i].norm, lex.roles | lex.institutions | lex.anonymous)):
        # titles, a name, then its role: 'الفريق الركن الشيخ راشد بن عبدالله آل خليفة وزير الداخلية' -> the name
        # (a role word right after بن / آل is the name's: 'عبدالله بن مساعد')
        role = next((k for k in range(i + 1, len(toks)) if _is(toks[k].norm, lex.roles)
                     and toks[k - 1].norm not in _NAME_LINKS), None)
        if role is not None:
            return _unquoted(text, toks[i].start, toks[role - 1].end)
    if _is(toks[i].norm, lex.anonymous) or toks[i].norm in lex.numbers:
        pass  # an unnamed source: the whole mention is the head ('مسؤول في وزارة الخارجية الأميركية')
    elif _is(toks[i].norm, lex.types_strip | lex.types_keep | lex.media):
        quoted = re.search(r"[\"\u00AB\u201C]([^\"\u00BB\u201D]+)", text[toks[0].start:toks[-1].end + 1])
        if quoted:
            return quoted.group(1).strip()
    elif _is(toks[i].norm, lex.roles | lex.institutions) or i > 0:
        closed = _definite(toks[i].norm)
        k = i + 1
        while k < len(toks):
            t = toks[k]
            gap = text[toks[k - 1].end:t.start]
            if any(ch in gap for ch in _COMMAS):
                name_from = k
                break
            if t.norm in lex.titles:
                after = next((n for n in range(k + 1, len(toks)) if toks[n].norm not in lex.titles), len(toks))
                # a name follows the titles ('العميد ركن أحمد عسيري'), unless they are adjectives of the role
                # before a prepositional word ('مدير المركز الإعلامي للوزارة', 'رئيس الفريق الإعلامي باللجنة')
                if after == len(toks) or not _prepositional(toks[after]):
                    name_from = after if after < len(toks) else None
                    break
            if t.norm.startswith(("بال", "لل")):
                closed = True  # a definite complement: 'المتحدث الإعلامي للجنة سعود التويم'
            elif (t.norm in ("في", "باسم", "ب", "من", "لدى", "عن") or t.norm in lex.numbers
                    or t.norm[:1] in "بل" and t.norm[1:] in lex.institutions | lex.roles):
                # a prepositional complement reopens the phrase: 'في وزارة الخارجية', 'لهيئة الهلال'; so does a
                # count ('الفائزة بالأوسكار عدة مرات ميريل ستريب')
                closed = False
            elif t.norm.startswith("و") and (_is(t.norm, lex.roles | lex.institutions) or t.norm.endswith("ه")
                                              and k + 1 < len(toks) and _definite(toks[k + 1].norm)):
                # coordination: 'وزارتي الدفاع والخارجية', 'البيت الأبيض ووزارة الدفاع', 'للأرصاد وحماية البيئة'
                closed = False
            elif closed and not _definite(t.norm) and not t.norm.isdigit():
                if i == 0 and not _is(toks[0].norm, lex.titles | lex.roles) or _is(t.norm, lex.roles):
                    closed = False
                    k += 1
                    continue
                name_from = k
                break
            elif _definite(t.norm):
                closed = True
            k += 1
        if name_from is None and lead > 0:
            if _role_title(toks, lead, lex):
                lead = 0  # 'الرئيس اليمني', 'الرئيس السابق': the title is the role, nobody is named
            else:
                name_from = lead  # 'الدكتور اليوسف'
    if name_from is None or name_from >= len(toks):
        lo, hi = toks[lead].start, toks[-1].end
    else:
        lo, hi = toks[name_from].start, toks[-1].end
    return _unquoted(text, lo, hi)


def _the_name_ali(tok: _Tok) -> bool:
    """The name 'علي', which normalizes like the preposition 'على'."""
    return tok.norm == _ALI and tok.text.endswith("\u064A")


def _ali_between_names(toks: list[_Tok], k: int) -> bool:
    """على at token k is the name علي written with ى, between a given name and a family name: 'اللواء الركن محمد
    على المقدشي' (a family name of the tables, or a rare word with the article in ـي); not 'محمد على المدى' nor
    'الوزير على هامش'."""
    if toks[k].norm != _ALI or k == 0 or k + 1 >= len(toks) or not given_name(toks[k - 1].norm):
        return False
    after = toks[k + 1].norm
    return family_name(after) or _definite(after) and after.endswith("ي") and frequency_rank(after) > _RARE_RANK


def _prepositional(tok: _Tok) -> bool:
    """A preposition or a word with ب/ل and the article: 'في', 'للوزارة', 'بالمنطقة' (not the name 'علي')."""
    return not _the_name_ali(tok) and (tok.norm in _PREPOSITIONS or tok.norm.startswith(("لل", "بال")))


def _adjective_of_title(tok: _Tok, lex: _Lexicon) -> bool:
    """A definite adjective that makes the title before it a role: a country's nisba or a role adjective."""
    return tok.norm in lex.role_adjectives or _definite(tok.norm) and nisba_country(tok.text) is not None


def _role_title(toks: list[_Tok], lead: int, lex: _Lexicon) -> bool:
    """The titles before ``lead`` make a role with the word at ``lead`` ('الرئيس اليمني'); after a rank that a
    personal name follows, the same word is a family name ('اللواء التركي', 'الدكتور المصري')."""
    return toks[lead - 1].norm not in lex.name_titles and _adjective_of_title(toks[lead], lex)


def _unquoted(text: str, lo: int, hi: int) -> str:
    """``text[lo:hi]`` without the spaces and quotation marks around it (a head: «الحداد» -> الحداد)."""
    return text[lo:hi].strip(" \"\u00AB\u00BB\u201C\u201D")


# --- outlets (shared with marsad.extract.attribution) -----------------------------------------------------------------
def _to_outlet(toks: list[_Tok], k: int, lex: _Lexicon) -> bool:
    """Token k is ل + the first word of a known outlet: 'لرويترز', and 'لبي بي سي' when the whole name follows (a
    two-letter first word such as بي is read only with the rest of the name)."""
    norm = toks[k].norm
    if norm[:1] != "ل" or len(norm) < 3:
        return False
    name = (norm[1:], *(t.norm for t in toks[k + 1:k + 4]))
    return norm[1:] in lex.outlet_first or any(name[:n] in lex.outlets for n in range(2, len(name) + 1))


def _outlet_key(seg: list[_Tok], lex: _Lexicon):
    norms = tuple(t.norm for t in seg)
    for n in range(min(4, len(norms)), 0, -1):
        if norms[:n] in lex.outlets:
            yield norms[:n]
    first = norms[0]
    if first.startswith("ل") and len(first) > 2:
        stripped = (first[1:],) + norms[1:]
        for n in range(min(4, len(stripped)), 0, -1):
            if stripped[:n] in lex.outlets:
                yield stripped[:n]


# --- quotations without a cue verb ---------------------------------------------------------------------------------
def _orphan_quotes(text: str, toks: list[_Tok], sent: Sentence, pairs: dict[int, int],
                   covered: list[tuple[int, int]], speaker: _Speaker | None, lex: _Lexicon,
                   out: list[Quote]) -> None:
    """Quotations in a sentence whose cue did not introduce them: 'حذر X ...، على اعتبار أن داعش "ما زال يشكل خطراً"'.

    They belong to the sentence's speaker when it has one (or, for a paragraph that opens with a quotation, to the
    speaker before it). With no speaker a quotation is dropped: in 50 SaudiNewsNet quotes judged by hand, such
    quotations were titles, lists of names and slogans ("الخبزة المقناة، والعريكة") more often than anybody's words.
    """
    for o, cl in pairs.items():
        if not sent.start <= o < sent.end:
            continue
        if any(o < hi and cl >= lo for lo, hi in covered):  # overlaps a quote already read
            continue
        words = _word_count(text[o + 1:cl])
        if words <= _SHORT_TERM + 1 or speaker is None:
            continue
        before = next((t for t in reversed(toks) if t.end <= o), None)
        if before is not None and before.norm in lex.name_governors or _outlet_quoted(text, toks, o, pairs, lex):
            continue  # 'عن تدشين "مركز الملك سلمان ..."', 'خلال «المؤتمر ...»', 'لشبكة «إم إس إن بي سي»': a name,
            # not somebody's words
        cue_tok = _Tok("", o, o, "")
        if speaker is not None:
            # the cue is the sentence's speech verb before the quotation
            cue_tok = next((t for t in reversed(toks) if t.start < o and
                            (t.norm in lex.verbs or t.norm in lex.participles)
                            and not any(a < t.start < b for a, b in pairs.items())), cue_tok)  # not a quoted word
        out.append(_quote(text, o + 1, cl, speaker, cue_tok, True, (sent.start, sent.end)))
        covered.append((o + 1, cl))


def _colon_headline(text: str, toks: list[_Tok], sent: Sentence, pairs: dict[int, int],
                    covered: list[tuple[int, int]], lex: _Lexicon, state: _State, out: list[Quote]) -> None:
    """'ويتكوف: حققنا بعض الإنجازات', 'مسؤول رفيع ... لتلفزيون سوريا: الإدارة الأميركية لا تفكر'."""
    colon = text.find(":", sent.start, sent.end)
    if colon < 0 or any(lo <= colon <= hi for lo, hi in covered):
        return
    before = [t for t in toks if t.end <= colon]
    after = [t for t in toks if t.start > colon]
    if not before or len(after) < 3 or len(before) > 12:
        return
    if any(t.norm in lex.verbs or t.norm in lex.participles for t in before):
        return  # 'وأضاف: ...' is read by its cue
    if before[-1].norm in _COPULA_PRONOUNS:
        return  # 'والعرسان هم: فاضل أحمد البقشي، ...', 'والشروط هي:': a list or a definition follows, no words said
    if text[sent.start:colon].count('"') % 2 or any(o < colon < cl for o, cl in pairs.items()):
        return
    b = 0
    while b < len(before) and before[b].norm in ("عاجل", "خاص", "فيديو", "بالفيديو", "صور"):
        b += 1  # breaking-news labels, not speakers
    before = before[b:]
    if not before:
        return
    first = before[0].norm
    lead = text[sent.start:before[0].start].strip()
    if lead and lead[0] in "-\u2013\u2014*\u2022":
        return  # '-الصدق : ان لا تضطر للكذب': a bulleted list of definitions, not a speaker
    if first in _LABELS or first[:1] == "و" and first[1:] in _LABELS or re.search(r"[-\u2013\u2014]", text[before[0].start:colon]):
        return  # a page label or a dateline ('سبق - الرياض:', 'سبق- الدمام:', 'واس-الرياض:')
    named = _is(first, lex.roles | lex.anonymous | lex.titles | lex.institutions) or first in lex.numbers
    if not named and (len(before) > 2 or any(t.norm[:1].isdigit() for t in before)):
        return
    if after[0].norm in lex.verbs and not any(_a_name(t.norm) for t in before):
        return  # 'الدفاع: تقول أيرلندا إنها ...': a label, and the words after it name their own speaker
    k = 0
    while k < len(before) and not _stop_at(toks, toks.index(before[k]), lex):
        k += 1
    if k == 0:
        return
    if _spoken_to(before[k - 1]) and not _is(before[0].norm, lex.institutions):
        k -= 1  # 'المفتي للمعلمين:', 'ظريف للبرلمان:': whom the words are for ('مركز الملك سلمان للإغاثة:' is a name)
        if k == 0:
            return  # 'للمتحرشين: المجتمع ليس غابة': the writer's words to them, nobody named speaking
    if k == 1 and sent.start >= state.headline_end and _strip_waw(before[0].norm) in _I_SAID:
        # 'فقلت: أريد أن أسهر الليلة', 'فقلت له: «يعني، حاجة زي كده»': the writer speaking, named by no word
        out.append(_quote(text, *_colon_content(text, colon, sent, pairs), None, before[0], True,
                          (sent.start, sent.end)))
        return
    if sent.start >= state.headline_end and _definite(first) and first[:1] in "وف":
        # 'والمجموعة الثانية: البرتغال، سويسرا', 'والمحور الثالث:', 'والنصيحة: لا تشرب': below the headline, a
        # noun with و and the article before a colon goes on with a list or a definition; nobody speaks (a
        # headline's 'أسماء شوارع تثير حفيظة المكيين.. والأمانة:' is the municipality speaking)
        return
    if not named and sent.start >= state.headline_end and not any(_a_name(t.norm) for t in before[:k]):
        # below the headline, common words before a colon are a label or a clause, nobody speaking: 'القضية:',
        # 'المقترح الثاني:', 'بصراحة أكثر:' (a headline's 'الصحة:' or 'الجوازات:' is a ministry speaking)
        return
    if k == 1 and sent.start >= state.headline_end and _going_on(before[0]):
        # 'ويتابع: ...', 'وتتابع: ...', 'فيجيب: ...': a verb of saying the lexicon lacks, alone before the colon,
        # goes on with the one speaking before (or nobody known); a common verb there was no speaker before
        # either ('وتشمل:', a list)
        she = before[0].norm[1] == "ت"  # تتابع: she goes on (you, the other reading, speaks to nobody quoted)
        out.append(_quote(text, *_colon_content(text, colon, sent, pairs), state.antecedent(before[0], lex, she),
                          before[0], True, (sent.start, sent.end)))
        return
    eol = text.find("\n", colon)
    if _place_kicker(before[:k]) and not any(
            _first_person(normalize(w)) for w in _TOKEN.findall(text, colon, sent.end if eol < 0 else eol)):
        # 'كينيا: مقتل 5 أشخاص', 'مصر: دعوة إخوانية للتظاهر': where the news happened, nobody speaking (the line
        # is read to its end: 'الرياض: زيارة مشعل للعمرة.. وموقفنا من حماس لم يتغير' is the kingdom speaking)
        return
    i0 = toks.index(before[0])
    verb = before[0].norm[1:] if before[0].norm[:1] == "و" else before[0].norm
    if k > 1 and _a_verb(verb) and before[1].norm[:1] != "و" and not (known_name(verb) or known_name(before[0].norm)):
        # 'وتشرح كولوتا:', 'يجيب هول:': a verb of saying the lexicon lacks is no part of the speaker (not a name:
        # 'فيصل الغامدي:', 'تومي هيلفيغر:'; nor a label's first word: 'رصد وتصوير:')
        i0, k = i0 + 1, k - 1
        named = True  # a verb of saying and the one who says: 'وتتساءل ناغوسكي:' is heard for the words after it
    speaker = _make_speaker(text, toks, (i0, i0 + k), lex, pairs)
    cue = _Tok(":", colon, colon + 1, ":")
    out.append(_quote(text, *_colon_content(text, colon, sent, pairs), speaker, cue, True, (sent.start, sent.end)))
    if named:
        state.heard(speaker, lex)


def _colon_content(text: str, colon: int, sent: Sentence, pairs: dict[int, int]) -> tuple[int, int]:
    """(start, end) of the words after a colon to the sentence's end, inside their quotation marks if they have
    them, unless they hold a name of a few words with the sentence going on after them ('«السعودي الفرنسي»: «بتروكيم»
    سجلت أعلى هامش ربح', 'البنيان: «سابك» لن تدخل للتنقيب': the name is the subject of the words quoted; not
    'فقديما قيل: «من زرع الحنظل لن يجنى غير الحنظل»، وفى الواقع')."""
    lo = colon + 1
    while lo < sent.end and text[lo].isspace():
        lo += 1
    hi = sent.end
    while hi > lo and text[hi - 1] in " .\u061F!":
        hi -= 1
    if lo in pairs and pairs[lo] < hi + 1 and not _quoted_subject(text, lo, pairs[lo], hi):
        lo, hi = lo + 1, pairs[lo]
    return lo, hi


def _quoted_subject(text: str, lo: int, close: int, hi: int) -> bool:
    """The quotation marks at ``lo`` (closing at ``close``) hold a name of at most ``_QUOTED_NAME_WORDS`` words and a
    word follows them before ``hi``: «سابك» لن تدخل, the quoted name is the sentence's subject."""
    after = text[close + 1:hi].lstrip()
    return bool(after) and is_arabic_letter(after[0]) and len(text[lo + 1:close].split()) <= _QUOTED_NAME_WORDS


_QUOTED_NAME_WORDS = 3


def _going_on(tok: _Tok) -> bool:
    """و or ف and a verb in the present that names nobody (ويتابع، وتتابع، فيجيب; not ويوسف): a speaker going on."""
    norm = tok.norm
    return norm[:1] in "وف" and norm[1:2] in "يت" and _a_verb(norm[1:]) and not (known_name(norm[1:]) or known_name(norm))


_COPULA_PRONOUNS = frozenset(normalize(w) for w in ("هو", "هي", "هم", "هما", "هن"))


def _addressee_first(text: str, toks: list[_Tok], k: int) -> bool:
    """Token k, right after a cue, is whom the words are for ('وأوضح لضيفه أن', 'وقال لمجلس العلاقات الخارجية'): a
    word of ل (``_spoken_to``) with the article or a possessive pronoun (للمسؤول، لأحدهم، لوالدته), or with a common
    word after it, no name and nothing between. A name in ل stands before a colon or a rare word ('قال لبيد:', 'وأضاف
    لامين دياك', 'وقالت لينسي تشيبر')."""
    norm = toks[k].norm
    if not _spoken_to(toks[k]):
        return False
    if norm.startswith("لل") or _possessed(norm[1:]):
        return True
    if k + 1 >= len(toks) or text[toks[k].end:toks[k + 1].start].strip():
        return False
    after = toks[k + 1].norm
    return not known_name(after) and (_definite(after) or frequency_rank(after) < _RARE_RANK)


def _possessed(norm: str) -> bool:
    """A normalized noun with a possessive pronoun, the noun one of SaudiNewsNet's 20,000 commonest words (ضيفه،
    زملائه، والدته: the ت of ة before the pronoun read back as ة)."""
    for pronoun in _POSSESSIVES:
        stem = norm[:-len(pronoun)]
        if not norm.endswith(pronoun) or len(stem) < 3:
            continue
        readings = (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)
        if any(frequency_rank(r) < _ADDRESSEE_RANK for r in readings):
            return True
    return False


_POSSESSIVES = tuple(normalize(w) for w in ("هما", "هم", "هن", "ها", "ه", "كم", "ك", "نا"))


def _spoken_to(tok: _Tok) -> bool:
    """A word of ل and another word, twice as common without it, or of ل and the article: the addressee that ends a
    headline's speaker ('للمعلمين', 'لإيران', 'لمفاوضيه'), not a name of ل (ليسيل) nor a nisba (لبنانيون)."""
    norm = tok.norm
    if norm[:1] != "ل" or given_name(norm) or family_name(norm):
        return False
    if norm.startswith("لل"):
        return len(norm) > 4
    return len(norm) > 3 and commoner_without(norm, norm[1:], _ADDRESSEE_RANK, 2)


def _place_kicker(words: list[_Tok]) -> bool:
    """The words before a headline's colon are a place's name alone (كينيا، كوريا الشمالية، جدة): a kicker saying
    where the news happened, unless a family name is spelled so (الحكير)."""
    norms = tuple(t.norm for t in words)
    return norms in places().get(norms[0], ()) and not family_name(norms[0]) and not given_name(norms[0])


# 'I said', 'we said', 'I answered', 'I replied' before a colon (قلت alone is 'decreased' too, قلّت: not a cue elsewhere)
_I_SAID = frozenset(normalize(w) for w in ("قلت", "قلنا", "أجبت", "أجبنا", "رددت", "رددنا"))


# Words of a speaker speaking of themselves; with them a place before a headline's colon speaks: 'إسرائيل: السجن
# 20 عاماً لأي فلسطيني سيرشقنا', 'الصين: برامج تلفزيون الواقع مبتذلة.. سنحظرها'.
_FIRST_PERSON = frozenset(normalize(w) for w in ["نحن", "أنا", "إننا", "إنني", "لنا", "علينا", "منا", "إلينا", "بنا",
                                                 "عندنا", "لدينا", "لسنا", "لست"])
_OBJECT_SUFFIX = re.compile(r"(?:ها|هم|هما|هن|ه|كم)$")


def _first_person(norm: str) -> bool:
    """A normalized word in the first person: a pronoun (نحن، لدينا), a present verb of 'we' with or without س (نرفض,
    سنحظرها: SaudiNewsNet writes it with ي more often, which نقل, a noun, is not), or a word ending in ـنا whose
    stem is a word or a verb's future (بلادنا، سيرشقنا)."""
    norm = _strip_waw(norm)  # ونطلب، وموقفنا
    if norm in _FIRST_PERSON:
        return True
    word = norm[1:] if norm.startswith("سن") else norm
    if word.startswith("ن") and len(word) >= 4:
        stem = _OBJECT_SUFFIX.sub("", word[1:]) if len(word) > 5 else word[1:]
        if present_stem(stem) and frequency_rank("ي" + stem) < frequency_rank("ن" + stem):
            return True
    if norm.endswith("نا") and len(norm) >= 5:
        stem = norm[:-2]
        return frequency_rank(stem) < UNRANKED or (stem.startswith("سي") and present_stem(stem[2:]))
    return False


# Page labels that stand before a colon without being speakers ('المصدر: الجزيرة', 'تاريخ النشر: ...').
_LABELS = frozenset(normalize(w) for w in ["المصدر", "مصدر", "تاريخ", "النشر", "كلمات", "اقرأ", "إقرأ", "أيضا", "المزيد", "ملخص", "الكاتب", "بقلم", "المحرر", "تحرير", "تصوير", "الموضوع", "العنوان", "الرابط", "ملاحظة", "تنويه", "تحديث", "هاشتاغ", "وسوم", "الوسوم", "مشاركة", "شارك", "التعليقات", "تعليق", "السبب", "النتيجة", "الهدف", "الموعد", "المكان", "الزمان", "المدة", "السعر", "الأسعار", "الموقع", "المصدر", "الصورة", "صورة", "فيديو", "الفيديو", "السؤال", "الجواب", "سؤال", "جواب", "س", "ج", "ملحوظة", "أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا", "أخيرا", "قصة", "خلاصة", "الخلاصة", "خاتمة", "الخاتمة", "مثلا", "يلي", "كالتالي", "التالي", "للاستفسار", "الاستفسار", "حاوره", "حاورته", "حوار", "إعداد", "متابعة", "تصنيفات"])
