"""Named entities: who and what an article names (PERS, ORG, LOC, MISC), and one canonical entity per real actor.

Four steps, read top to bottom:

1. ``find_mentions(text, spans)`` tags the article's own lines with the shipped recognizer (``ner.py``; trained on
   CLEANANERCorp by ``bench/train_ner.py``), reading the whole article at once, then widens recall with gazetteers
   and aliases (``data/entities_*``), gives each person the role and affiliation written before the name, and finds
   a named person's surname standing alone later.
2. ``link_entities(mentions_by_doc, groups=...)`` folds mentions into entities across spelling variants
   (أمريكي/أميركي, ي/ى, ة/ه, hamza forms), known aliases (داعش -> تنظيم الدولة الإسلامية), metonyms (واشنطن for the
   US government, kept apart in ``Entity.metonyms``), nisba adjectives (العراقية -> العراق, in
   ``Entity.adjectives``) and, inside a story group, short names (السوداني) to full ones.
3. ``entities_json(mentions_by_doc, story_of)`` does step 2 on stored mention records: the analysis JSON's
   ``entities``.
4. ``entity_at(entities, doc, start, end)`` names the entity under a span (a quote's speaker).

>>> ms = find_mentions("قال وزير الخارجية العراقي فؤاد حسين إن واشنطن سلمت رسالة.")
>>> [(m.text, m.type) for m in ms]
[('العراقي', 'MISC'), ('فؤاد حسين', 'PERS'), ('واشنطن', 'LOC')]
>>> ms[1].role, ms[1].affiliation
('وزير الخارجية', 'العراق')
>>> [(e.canonical, e.metonyms, e.adjectives) for e in link_entities({"d1": ms})]
[('العراق', (), ('العراقي',)), ('فؤاد حسين', (), ()), ('الولايات المتحدة', ('واشنطن',), ())]
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import islice
from urllib.parse import urlparse

from ..arabic import normalize, remove_diacritics, split_sentences, tokenize, visible
from .dates import find_dates, from_now
from .ner import (
    TYPES,
    UNRANKED,
    Recognizer,
    _data_lines,
    _gazetteer_tags,
    _key,
    _Lexicon,
    _lexicon,
    bio_spans,
    clitic_forms,
    commoner_without,
    conjunction_off,
    country_reading,
    definite_adjective,
    family_name,
    foreign_given_name,
    frequency_rank,
    given_name,
    known_name,
    lam_off,
    load_recognizer,
    name_forms,
    nisba_bases,
    nisba_country,
    past_form,
    present_stem,
    public_figure,
)

__all__ = ["TYPES", "Entity", "Mention", "Recognizer", "canonical_name", "clitic_forms", "entities_json", "entity_at",
           "find_mentions", "link_entities", "load_recognizer", "nisba_country"]

# --- shared nouns -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """One span of ``text`` naming an entity; offsets index the text passed to ``find_mentions``."""

    start: int
    end: int
    text: str
    type: str  # 'PERS' | 'ORG' | 'LOC' | 'MISC'
    role: str | None = None  # 'وزير الخارجية' for a person named after their title
    affiliation: str | None = None  # 'العراق': the state or body the role belongs to
    source: str = "model"  # 'model' | 'gazetteer' | 'rule' | 'outlet' (a quoted outlet name: «الرياض»)
    # the place the name stands for here where the tables read it otherwise: a capital named as the city itself, not
    # its state (أمير الرياض: الرياض), the other place of a homograph (العاصمة الأردنية عمان: عمّان (الأردن))
    place: str | None = None

    def to_json(self) -> dict:
        return {
            "start": self.start, "end": self.end, "text": self.text, "type": self.type,
            "role": self.role, "affiliation": self.affiliation, "source": self.source, "place": self.place,
        }


@dataclass(frozen=True)
class Entity:
    """One actor across documents: its canonical name, the spellings seen and every mention (doc id, mention)."""

    id: str
    canonical: str
    type: str
    variants: tuple[str, ...]
    roles: tuple[str, ...]
    documents: tuple[str, ...]
    mentions: tuple[tuple[str, Mention], ...]
    affiliations: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()  # variants that stand for the entity by metonymy (واشنطن for the US)
    adjectives: tuple[str, ...] = ()  # nisba adjectives linked to the country (العراقية); not in ``variants``

    def to_json(self) -> dict:
        return {
            "id": self.id, "canonical": self.canonical, "type": self.type, "variants": list(self.variants),
            "roles": list(self.roles), "affiliations": list(self.affiliations), "metonyms": list(self.metonyms),
            "adjectives": list(self.adjectives),
            "documents": list(self.documents),
            "mentions": [{"doc": d, "start": m.start, "end": m.end, "text": m.text} for d, m in self.mentions],
        }


# --- mentions -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Tok:
    text: str
    start: int
    end: int
    norm: str
    word: bool


def _sentence_tokens(text: str, start: int, end: int) -> list[_Tok]:
    """Words (``arabic.tokenize``) and, between them, punctuation as tokens too: the training data has them."""
    out: list[_Tok] = []
    pos = start
    for t in tokenize(text[start:end]):
        s, e = start + t.start, start + t.end
        out += _marks(text, pos, s)
        out.append(_Tok(t.text, s, e, t.norm, True))
        pos = e
    return out + _marks(text, pos, end)


def _marks(text: str, start: int, end: int) -> list[_Tok]:
    """Punctuation between two words as tokens; invisible format characters alone (a right-to-left mark before a
    word: 'بن \u200fعبد العزيز') are nothing, or they would cut a name in two."""
    return [_Tok(m.group(), start + m.start(), start + m.end(), norm, False)
            for m in re.finditer(r"\S+", text[start:end]) if (norm := normalize(m.group()))]


_OWN_WORD_RANK = 2000  # a word among SaudiNewsNet's 2,000 commonest is a word of its own, not و + another


_CLITIC_BEFORE_HAMZA = re.compile("[وفبل][أإآ][^\\W\\d_]{2}")  # as written, diacritics off: و/ف/ب/ل + أحمد


def _trim_clitics(tok: _Tok, kind: str | None = None, following: str | None = None, quoted: bool = False) -> int:
    """How many characters of ``tok.text`` are proclitics to leave out of a mention (وواشنطن -> واشنطن); a person's
    first word never loses a ف that way (فاهم, فهد, فيصل are names, not ف + أهم), nor does a word right after an
    opening quotation mark (``quoted``) lose و or ف unless a name of the tables is left («ومصر للطيران»): the
    conjunction stands outside the marks (و«فورد»), so «فورد» is Ford, not ف + ورد, and «فندي» Fendi.
    ``following`` is the normalized next word of the mention: before a definite adjective, للجنة is ل + اللجنة, and
    no substring spells that."""
    if not quoted and _CLITIC_BEFORE_HAMZA.match(remove_diacritics(tok.text)):
        # 'لأوباما', 'وإنغوشيا', 'بأشيقر': a hamza on alif opens a word, so the letter before it is a clitic (not
        # right after a quotation mark: the team «لأمتنا نحيا»)
        return next(i for i, ch in enumerate(tok.text) if i and normalize(ch))
    lex = _lexicon()
    forms = name_forms(tok.norm)
    own_rank = frequency_rank(tok.norm)
    for form in reversed(forms[1:]):
        if quoted and tok.norm[0] in "وف" and form not in lex.first_tokens:
            continue
        if tok.norm.startswith("لل") and form.startswith("ال") and not tok.norm.endswith(form):
            continue  # ل + ال is written لل: no substring of the token spells the bare name
        if tok.norm.endswith("ل" + form) and form[:1] == "ل" and following and definite_adjective(following, form):
            continue  # للجنة الوطنية: the article was written (elided), so لجنة is not the name's first word
        # a bare name the tables know, a word with the article (وبالعراق), a name's head noun (بمحافظة), or a
        # conjunction off a word that is commoner without it (وحماس); a preposition off an unknown word is not
        # trusted (لويد is not ل + ويد)
        known = (form in lex.first_tokens
                 # a word with the article, unless the token (less a conjunction و) is the commoner spelling:
                 # فالنسيا (Valencia), كاليفورنيا, بالتيمور are names, not ف/ك/ب + the article
                 or (form.startswith("ال") and len(form) >= 5
                     and frequency_rank(form) <= frequency_rank(tok.norm.removeprefix("و")))
                 or form in lex.loc_heads or form in lex.org_heads  # بمحافظة الطائف, لوزارة الخارجية
                 # (و only: a name opens with ف far more often than ف opens a clause on a bare name, فورد is Ford)
                 or (len(tok.norm) - len(form) == 1 and tok.norm[0] == "و"
                     and frequency_rank(form) < own_rank
                     # a place's or a body's first word that is itself among the commonest words keeps its
                     # letter: وادي (a valley) is no و + أدى ('وادي فاطمة')
                     and (kind == "PERS" or own_rank > _OWN_WORD_RANK))
                 # a given name under a clitic, the whole word unknown: لإبراهيم، بطارق، فمازن (فهد is common)
                 or (kind == "PERS" and own_rank >= UNRANKED and given_name(form))
                 # ... or under ب/ل a common given name, far commoner without it (لمحمد أحمدي نجاد، بخالد), or a
                 # statesman's name of the clusters, five times as common without it (لبلاتر، لأوباما)
                 or (kind == "PERS" and len(tok.norm) - len(form) == 1 and tok.norm[0] in "بل" and (
                     given_name(form) and commoner_without(tok.norm, form, _HEAD_COMMON_RANK, _GIVEN_UNDER_CLITIC_TIMES)
                     or public_figure(form) and commoner_without(tok.norm, form, _HEAD_COMMON_RANK, _SHORT_HEAD_TIMES)))
                 # the head noun of a place or an organization under ب/ل, far commoner without it: لمكتبة الملك
                 # عبدالعزيز (a person's first word keeps it: ليلى is no ل + يلي; so does a name in the tables)
                 or (kind in ("ORG", "LOC") and len(tok.norm) - len(form) == 1 and tok.norm[0] in "بل"
                     and tok.norm not in lex.first_tokens  # بعقوبة (Baqubah) is no ب + عقوبة
                     and form[:1] not in "وف"  # و/ف never follow ب/ل: بوروسيا is no ب + وروسيا ('and Russia')
                     and (len(form.removeprefix("ال")) >= _PREP_MIN_LETTERS
                          and commoner_without(tok.norm, form, _HEAD_COMMON_RANK, 2)
                          # a three-letter first word of a longer name, far commoner without the letter: بشرم
                          # الشيخ, ببني مالك, لجسر الملك فهد (a plain alif after it is no hamza's seat: بابا
                          # الفاتيكان is no ب + أبا)
                          or following is not None and len(form) == 3 and form[0] != "ا"
                          and commoner_without(tok.norm, form, _HEAD_COMMON_RANK, _SHORT_HEAD_TIMES))))
        if known and tok.norm.endswith(form):
            cut = len(tok.norm) - len(form)
            # map the cut back onto the original spelling (diacritics may sit between letters)
            letters = 0
            for i, ch in enumerate(tok.text):
                if normalize(ch):
                    letters += 1
                if letters == cut:
                    return i + 1
    return 0


_ADDRESS = re.compile(r"[a-z][a-z0-9+.-]*://|www\.|@", re.IGNORECASE)  # not a site's name alone: موقع «vox.com»


def _in_address(text: str, lo: int, hi: int) -> bool:
    """Characters lo..hi lie in a web or mail address ('http://dar.kku.edu.sa'): the run of text between spaces
    around them holds a scheme, www. or @. An address names no entity; a site's name does ('موقع «vox.com»')."""
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return bool(_ADDRESS.search(text, lo, hi))


def _make(text: str, toks: Sequence[_Tok], i: int, j: int, kind: str, source: str) -> Mention | None:
    words = [t for t in toks[i:j] if t.word]
    if not words:
        return None
    while kind in ("PERS", "LOC") and len(words) > 1 and _preposition_phrase(words[-1]):
        words = words[:-1]  # 'عبد الله ببريدة', 'فهد بإجمالي': the model's span ran into the words after the name
    while kind == "ORG" and len(words) > 2 and _lexicon().ranks.intersection(clitic_forms(words[-1].norm)):
        words = words[:-1]  # 'الهيئة العامة للطيران المدني د.': the title of the person after it ('نادي الرائد' stays)
    if len(words) == 1 and source == "model" and _bare_head(words[0].norm):
        return None  # a head noun alone names nothing: 'شارع' of 'شارع المئة', 'مملكة'
    while source == "model" and words and _inflected_verb(words[-1].norm) and not (
            kind == "PERS" and len(words) > 1 and (words[-1].norm.endswith("ان") and not _future_verb(words[-1].norm)
                                                   or words[-2].norm in _LINEAGE_WORDS)):
        # 'يسيران', 'وسيعيدان', 'قوبلوا', 'جامعة تبوك يكشفون': a verb in the plural or the dual names nothing; after
        # one person's name a dual is no verb of theirs but their own name ('نيتن تشوهان'), and so is a word
        # after بن ('نايف بن سيعدان')
        words = words[:-1]
    while (source == "model" and words and _TANWEEN.search(words[-1].text) and not _NISBA_ENDING.search(words[-1].norm)
           and not (len(words) > 1 and words[-2].norm in _LINEAGE_WORDS)
           and text[words[-1].end:words[-1].end + 1] not in _CLOSING_QUOTES):
        # 'عبدالله شرقاً', 'إبراهيم حزيناً', 'قنصلاً', 'ساخراً': an adverb or an indefinite noun (tanween written on
        # it) ends no name; a nisba (مصرياً، أمريكياً) is left to the tagger's reading, and so are a name after بن
        # in vocalized verse ('سعود بن فيصلٍ') and the last word of a quoted title ('«موجز تاريخ كل شيء تقريباً»')
        words = words[:-1]
    while source == "model" and kind == "PERS" and len(words) > 1 and words[-2].norm not in _LINEAGE_WORDS and (
            _accusative_pair(words[-1], toks, i, text)):
        # 'وأحمد بن عبـدالمـجيد العيسى أمينا عاما' (as secretary general), 'فرنسوا هولاند أجريا اتصالا': an indefinite
        # accusative with another after it ends no name
        words = words[:-1]
    if not words or _in_address(text, words[0].start, words[-1].end):
        return None
    if _common_noun_here(toks, words):
        return None  # 'القاعدة العسكرية', 'هذه القاعدة': the base or the rule, not al-Qaeda; 'حماة الوطن' (protectors)
    if len(words) == 1 and (words[0].norm == _AAL or words[0].norm in _lexicon().letter_names):
        return None  # a Latin letter spelled out (بي of «بي كي كي», إف of إف-35) or آل alone: no name
    if len(words) == 1 and source == "model" and _common_dual(words[0].norm):
        return None  # 'بين الفريقين', 'الشوطين', 'وزيرين': two of a common noun name nothing
    if len(words) == 1 and source == "model" and kind == "PERS" and (
            _present_verb(words[0].norm, "يتن") or _present_verb(_object_stem(words[0].norm), "يتن")
            or remove_diacritics(words[0].text)[-1] in "هك" and _present_verb(words[0].norm[:-1], "يتن")):
        # '«نمشي سويا لنحمي بعضنا»' (we walk together), 'ومن يريد التأكد يزورنا' (visits us), '«نشكرك على ...»' (we
        # thank you): a verb in the present, with an object pronoun or without, nobody's name (ه as written: نسيرة is
        # a name, no نسير + ه)
        return None
    if len(words) == 1 and kind == "LOC":
        prev = toks[i - 1] if i and toks[i - 1].word else None
        if not country_reading(prev.norm if prev else None, words[0].norm):
            return None  # 'دعم مالي', 'إنقاذ مالي': the adjective "financial", not the country
        if _possessed_noun(prev.norm if prev else None, words[0]):
            return None  # 'كما في أيام جدّه' (his grandfather), not جدة folded to the same letters
    if kind == "PERS" and len(words) > 1:
        # a prayer after a name is no part of it: 'الملك سلمان بن عبدالعزيز آل سعود حفظه الله', 'غفر الله له',
        # nor its first word when the rest follows the mention ('محمد صلى الله عليه وسلم')
        after = [t.norm for t in islice((t for t in _past(toks, i, words[-1].end) if t.word), 3)]
        cut = _prayer_tail(tuple(t.norm for t in words), tuple(after))
        if cut:
            words = words[:-cut]
    if kind == "PERS":
        written = [remove_diacritics(t.text) for t in words]  # hamza kept: فإن is no فان (van)
        if written[0] in _lexicon().personal_pronouns:
            return None  # 'أنا سعيد كثيرا' (I am very happy), 'نحن نزعم': a sentence, nobody's name
        vocative = [k for k, w in enumerate(written) if w in _VOCATIVES]  # 'يا فاتن' too
        first = vocative[-1] + 1 if vocative and vocative[-1] + 1 < len(words) else 0
        while first < len(words) - 1 and written[first] in _lexicon().clause_particles:
            first += 1  # 'بأن عبدالفتاح لعب', 'فإن جين فوندا تؤكد': the clause's particle, then the name
        words = words[first:]  # after a vocative: 'فكرتيني يا فاتن' (you reminded me, Faten) names the one addressed
        said = _said_verbs()
        while len(words) > 1 and words[0].norm in said:
            words = words[1:]  # 'أشاد العطية': the verb the tagger read into the name before it
        while len(words) > 1 and words[-1].norm in said:
            words = words[:-1]  # 'فؤاد الزواري أورد', 'إبراهيم محمد فأشار': ... or after it
        if words[0].norm in said:
            return None  # 'وأورد لايسي أن' gave the person أورد: a verb of saying alone names nobody
        accusative = False
        while words and (_indefinite_accusative(words, text) or accusative and _agrees(words[0])):
            # 'عودة العبادي أمينا لمجمع الفقه' (as secretary), 'قائدا محنكا', 'مهاجمًا جوارديولا' (attacking G.):
            # a common noun or adjective in the indefinite accusative opens no name, nor do the adjectives and
            # particles after it ('تدريبا صباحيا', 'رداً على'); the name, if any, follows
            words, accusative = words[1:], True
        if not words:
            return None
    if kind == "PERS" and _no_name(tuple(t.norm for t in words)):
        return None  # 'رحمهم الله', 'والعريف أول': a prayer or a rank, nobody's name
    if (kind == "PERS" or words[0].norm in _lexicon().god_formulas) and _invokes_god(words):
        return None  # 'بسم الله الرحمن الرحيم', 'نحمد الله على سلامة الأرواح': God, whom no benchmark tags a person
    if kind == "PERS" and len(words) == 1 and words[0].norm in _lexicon().pronoun_words:
        titled = _title_word(toks[i - 1] if i else None)
        quoted = text[max(0, words[0].start - 2): words[0].start].strip()[-1:] in _OPENING_QUOTES
        if not titled and not quoted:
            return None  # 'قال لي', 'صرح لي بأن': "to me", not the name Li
    after_mark = words[0].start > 0 and text[words[0].start - 1] in _OPENING_QUOTES  # right after it: «فورد»
    if kind == "PERS" and words[0].norm in _lexicon().waw_names and _title_word(_neighbours(toks, words[0])[0]):
        start = words[0].start  # 'الدكتور وهبة الزحيلي', 'اللواء وصفي التل': a name in و, no conjunction, after a title
    else:
        start = words[0].start + _trim_clitics(words[0], kind, words[1].norm if len(words) > 1 else None, after_mark)
    end = words[-1].end
    while start < end and text[start] == "\u0640":  # a tatweel left of the name (ـالوطن) is no part of it
        start += 1
    if end - start < 2:
        return None
    if _quoted_outlet(text, start, end):  # لـ«الشرق الأوسط», «الرياض»: the newspaper, not the region or the city
        return Mention(start, end, text[start:end], "ORG", source="outlet")
    return Mention(start, end, text[start:end], kind, source=source)


_ACCUSATIVE_STEM_RANK = 3000  # X of X+ا among SaudiNewsNet's 3,000 commonest words: أمين of أمينا، محافظ of محافظا
_ACCUSATIVE_NEXT_RANK = 10000  # ... and the word after it a common one, not a name: 'دينا حايك' and 'دونا ويلس' stay
_ACCUSATIVE_PAIR_RANK = 20000  # a stem among the 20,000 commonest opens no name when an adjective in alif follows it


def _common_noun_here(toks: Sequence[_Tok], words: Sequence[_Tok]) -> bool:
    """The mention's first word is one of the triggers' ``noun_names`` read as the common noun: with the article
    (القاعدة) and alone, when a definite adjective follows it (not one of ``name_adjectives``: القاعدة الإرهابية; not a
    relative pronoun) or a demonstrative precedes it; without the article (حماة), when a definite noun follows it, a
    construct ('حماة الوطن'; an adjective keeps the city: 'ريف حماة الشمالي')."""
    lex = _lexicon()
    tok = words[0]
    form = next((f for f in clitic_forms(tok.norm) if f in lex.noun_names), None)
    if form is None:
        return False
    prev, nxt = _neighbours(toks, tok)
    if not form.startswith("ال"):
        return (nxt is not None and nxt.norm.startswith("ال") and len(nxt.norm) > 4  # not إلى، إلا
                and not definite_adjective(nxt.norm, form))
    return len(words) == 1 and (
        (nxt is not None and nxt.norm not in lex.name_adjectives and nxt.norm not in ("التي", "الذي")
         and definite_adjective(nxt.norm, form))
        or (prev is not None and bool(lex.demonstratives.intersection(clitic_forms(prev.norm)))))


def _neighbours(toks: Sequence[_Tok], tok: _Tok) -> tuple[_Tok | None, _Tok | None]:
    """The words right before and after ``tok`` in its sentence's tokens, None where a mark or the sentence's edge
    stands there."""
    k = next((k for k, t in enumerate(toks) if t is tok), 0)
    prev = toks[k - 1] if k and toks[k - 1].word else None
    nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].word else None
    return prev, nxt


def _title_word(tok: _Tok | None) -> bool:
    """``tok`` is a word and a title or a rank, clitics aside (الدكتور، والمهندس، اللواء)."""
    return tok is not None and tok.word and bool(_lexicon().title_words.intersection(clitic_forms(tok.norm)))


def _indefinite_accusative(words: Sequence[_Tok], text: str) -> bool:
    """The first of a person's ``words`` is an indefinite noun or adjective, no name: tanween written on it
    ('مهاجمًا', 'جانٍ'), or alif after one of SaudiNewsNet's commonest words (أمينا، محافظا، قائدا) that the tables
    know as no name, nor a given name with it (إبراهيما), alone or before an agreeing adjective in alif or another
    common word ('قائدا محنكا')."""
    first = words[0]
    if _TANWEEN.search(first.text) and not _NISBA_ENDING.search(first.norm):
        return True
    norm = first.norm
    stem_rank = frequency_rank(norm[:-1])
    if not (norm.endswith("ا") and len(norm) >= 4 and stem_rank < _ACCUSATIVE_PAIR_RANK):
        return False
    lex = _lexicon()
    if norm in lex.first_tokens or given_name(norm) or foreign_given_name(norm) or given_name(norm[:-1]):
        return False  # 'إبراهيما كيتا' (Ibrahima Keita): a given name in alif
    if stem_rank >= _ACCUSATIVE_STEM_RANK:  # a less common stem: only with an adjective in alif after it
        nxt = words[1].norm if len(words) > 1 else ""
        return len(nxt) >= 5 and nxt.endswith("ا") and frequency_rank(nxt[:-1]) < _ACCUSATIVE_PAIR_RANK and not (
            nxt in lex.first_tokens or given_name(nxt) or family_name(nxt))  # 'اتصالا هاتفيا', not 'سانتا آنا'
    if len(words) == 1:
        return text[first.end:first.end + 1] not in _CLOSING_QUOTES  # «أمينا» may be a quoted name
    nxt = words[1].norm
    return nxt.endswith("ا") or (frequency_rank(nxt) < _ACCUSATIVE_NEXT_RANK and nxt not in lex.first_tokens
                                  and not given_name(nxt) and not family_name(nxt))


def _past(toks: Sequence[_Tok], i: int, end: int) -> Iterable[_Tok]:
    """The sentence's tokens after offset ``end``, read from index i on (a mention's first token): the words after
    that mention."""
    return (t for t in islice(toks, i, None) if t.start >= end)


def _accusative_pair(tok: _Tok, toks: Sequence[_Tok], i: int, text: str) -> bool:
    """``tok``, the last word of a mention starting at toks[i], is an indefinite accusative as the first word of a
    name would be, its stem among SaudiNewsNet's 3,000 commonest words, and the word right after it, with nothing
    between, is one too: tanween written, or alif after a word SaudiNewsNet writes without it ('أمينا عاما'; not
    'مايكل بينا، آمي', 'كوليت بينا التي', nor 'أبوبكر سيلا مؤكدا': سيل is rarer)."""
    if frequency_rank(tok.norm[:-1]) >= _ACCUSATIVE_STEM_RANK:
        return False  # first, before looking for the word after it
    nxt = next(iter(_past(toks, i, tok.end)), None)
    if nxt is None or not nxt.word or text[tok.end:nxt.start].strip() or not _indefinite_accusative([tok, nxt], text):
        return False
    norm = nxt.norm
    return bool(_TANWEEN.search(nxt.text)) or (norm.endswith("ا") and frequency_rank(norm[:-1]) < UNRANKED
                                                 and norm not in _lexicon().first_tokens and not given_name(norm))


def _agrees(tok: _Tok) -> bool:
    """A word after an indefinite accusative that goes with it, no name the tables know: tanween written, alif after
    a word SaudiNewsNet writes without it (صباحيا، محنكا; not جوارديولا), or one of its commonest words (على)."""
    norm = tok.norm
    if norm in _lexicon().first_tokens or given_name(norm):
        return False
    return bool(_TANWEEN.search(tok.text)) or (norm.endswith("ا") and frequency_rank(norm[:-1]) < UNRANKED) or (
        frequency_rank(norm) < _ACCUSATIVE_STEM_RANK)


_HA = "\u0647"
_PLACE_PREPOSITIONS = frozenset(normalize(w) for w in ("في", "إلى", "الى"))


def _possessed_noun(prev: str | None, word: _Tok) -> bool:
    """A place name read on a noun with the pronoun ـه, which folds to the ة that ends the name: 'مثل جدّه' (like his
    grandfather) is no جدة, 'اليمن جنوبه وشماله' no place. Written with ه (not ة) on a noun of the triggers'
    possessed_nouns (with و or ف before it, not ب or ل: 'بجده' is in Jeddah), after a word that is not في/إلى
    nor a place's head noun ('مدينة جده'): a dash or a quotation mark before it lists places ('طريق مكة – جده')."""
    written = remove_diacritics(word.text)
    if prev is None or not written.endswith(_HA):
        return False
    if prev in _PLACE_PREPOSITIONS or any(f in _lexicon().loc_heads for f in clitic_forms(prev)):
        return False
    stem = word.norm[:-1]
    return stem in _lexicon().possessed_nouns or (stem[:1] in "وف" and stem[1:] in _lexicon().possessed_nouns)


# A verb with the ending of the plural or the dual: the present (يسيران، سيصلون، ليبيعوا; of the stem no ي closes:
# يمنيون، تونسيين are nouns) and the past (قوبلوا، انقسموا).
_PRESENT_PLURAL = re.compile(r"^[وف]?[لس]?[يت](\w{2,}?)(ون|ان|وا)$")
_PAST_PLURAL = re.compile(r"^[وف]?(\w{3,}?)وا$")
_FUTURE = re.compile(r"^[وف]?س[نايت](\w{3,}?)(?:ون|ان|وا)?$")  # normalized: سأعود -> ساعود


def _future_verb(norm: str) -> bool:
    """س and a present prefix before a stem SaudiNewsNet writes after both ي and ت: سنعود، سيتوجهان، ستربط."""
    m = _FUTURE.match(norm)
    return bool(m) and present_stem(m[1])


_DUAL_STEM_RANK = 3000  # the word without ين among SaudiNewsNet's 3,000 commonest: a common noun (الفريق، وزير)


def _common_dual(norm: str) -> bool:
    """A dual (or plural) in ين of one of SaudiNewsNet's commonest words that is no nisba (الفريقين، الشوطين، وزيرين;
    not الحوثيين) and no name the tables know, whole or without ين (البحرين, اليمنين)."""
    stem = norm.removesuffix("ين")
    first = _lexicon().first_tokens
    return (stem != norm and len(stem) >= 4 and not stem.endswith("ي") and frequency_rank(stem) < _DUAL_STEM_RANK
            and norm not in first and stem not in first)


def _inflected_verb(norm: str) -> bool:
    """A verb in the plural or the dual, or in the future (سنعود، سيعود), read by its letters and confirmed by
    SaudiNewsNet: the present and the future need the stem written with both ي and ت (يسير and تسير for يسيران:
    no يانغ and تانغ behind يانغون, Yangon), the past with and without ت (قوبل and قوبلت for قوبلوا: no سامت
    behind ساموا, Samoa)."""
    m = _PRESENT_PLURAL.match(norm)
    if m and not m[1].endswith("ي") and present_stem(m[1]):
        return True
    if _future_verb(norm):
        return True  # 'سنعود', 'وسيعود': the future, whoever speaks
    m = _PAST_PLURAL.match(norm)
    return bool(m) and frequency_rank(m[1]) < UNRANKED and frequency_rank(m[1] + "ت") < UNRANKED


def _object_stem(norm: str) -> str:
    """A word without an object pronoun of us, me or them (يزورنا -> يزور), or itself; ه and ك, the end of many
    names' letters, are left."""
    return next((norm[:-len(p)] for p in _OBJECT_PRONOUNS if norm.endswith(p) and len(norm) - len(p) > 3), norm)


_OBJECT_PRONOUNS = ("هما", "هم", "ها", "نا", "ني", "كم")


def _present_verb(norm: str, persons: str = "يت") -> bool:
    """A verb in the present singular, read by its letters and confirmed by SaudiNewsNet (يتلقى and تتلقى are both
    written), and no given or family name the tables know (يزيد، يحيى، تامر، تركي). ``persons`` are the prefixes
    read: he and she, or also we ('نمشي سويا': نجيب and نبيل stay names)."""
    return len(norm) > 3 and norm[0] in persons and present_stem(norm[1:]) and not known_name(norm)


_TANWEEN = re.compile("[\u064B-\u064D]")
_NISBA_ENDING = re.compile("يا?$")  # normalized: مصرياً -> مصريا
_LINEAGE_WORDS = frozenset(normalize(w) for w in ("بن", "ابن", "بنت", "آل", "أبو", "أبا", "أبي", "أم"))
_SON_OF = frozenset(normalize(w) for w in ("بن", "ابن", "بنت"))  # of those, the ones a first name stands before
_VOCATIVES = frozenset({"يا", "ويا", "أيا"})  # no name holds one: a person's mention starts after it
_KINGDOM = normalize("المملكة")
_HEAD_COMMON_RANK = 10000  # a name's first word read as ب/ل + a word among the 10,000 commonest (بيونج is no ب + يونج)
_GIVEN_UNDER_CLITIC_TIMES = 10  # a given name under ب/ل: ten times as common without it (لمحمد; not بسام)
_SHORT_HEAD_TIMES = 5  # ... or, for three letters in a name of two words or more, five times as common
_PREP_MIN_LETTERS = 4  # shorter words after ب/ل are too often a name's own letters: بلان is Blanc, not ب + لان
_PREP_COMMON_RANK = 20000  # the word without ب/ل is among SaudiNewsNet's 20,000 commonest ...
_PREP_WRITTEN_RANK = 50000  # ... and with it among the 50,000 commonest: the phrase is written (ببريدة, بالرياض)


# the pronouns a ب/ل phrase may end in (_preposition_phrase); not ه, also ة folded, which _PRONOUN_SUFFIXES keeps
# for stripping a word that is known common without it
_PHRASE_PRONOUNS = ("هما", "كما", "هم", "هن", "ها", "كم")


def _preposition_phrase(tok: _Tok) -> bool:
    """A word with the preposition ب or ل that ends no name (or the preposition alone, 'لـ'): a phrase often
    written, whose word without the preposition is common and twice as common as with it (ببريدة 'in Buraidah',
    بإجمالي 'totalling', لأمراض 'for diseases'). Names that open with ب or ل are no commoner without it (بلاتر,
    بوتين, بلير) or are themselves rare (بناصر, بوقري, بلانك: family names, not ب + ناصر)."""
    if tok.norm[:1] not in "بل":
        return False
    if tok.norm in ("ب", "ل"):
        return True  # the preposition written apart, with tatweel: 'محمد لـ«الشرق الأوسط»'
    forms = clitic_forms(tok.norm)
    # one letter off: ب/ل alone (a لل word's reading keeps its length, ال standing for لل, so none is found there)
    bare = next((f for f in forms[1:] if len(tok.norm) - len(f) == 1), None)
    if bare is None or len(bare.removeprefix("ال")) < _PREP_MIN_LETTERS:
        return False
    if frequency_rank(tok.norm) <= _PREP_WRITTEN_RANK and commoner_without(tok.norm, bare, _PREP_COMMON_RANK, 2):
        return True
    # with a pronoun the phrase is rare however common its word: 'محمد بن نايف باسمهما' ('in their name'),
    # 'لرفاقهم'; ه alone is left out (it is also ة folded: بسمة)
    stem = next((bare[:-len(p)] for p in _PHRASE_PRONOUNS if bare.endswith(p)), "")
    return len(stem) > 2 and frequency_rank(stem) <= _PREP_COMMON_RANK and frequency_rank(bare) > frequency_rank(stem)


_OPENING_QUOTES, _CLOSING_QUOTES = "«\"“", "»\"”"
_QUOTE_OPENERS = frozenset(_OPENING_QUOTES + "„'‘")  # a token of its own before a quoted word (and the rarer marks)


def _quoted_outlet(text: str, start: int, end: int) -> bool:
    """The span is a whole quoted name that is an outlet's and a common word or place (``common_word_outlets`` of
    quotes_lexicon.json: الشرق الأوسط، الرياض، الوطن): in quote marks it names the outlet."""
    from .quotes import _lexicon as quote_lexicon

    if not (start and text[start - 1] in _OPENING_QUOTES and end < len(text) and text[end] in _CLOSING_QUOTES):
        return False
    return tuple(normalize(w) for w in text[start:end].split()) in quote_lexicon().common_outlets


def _prayer_tail(norms: tuple[str, ...], after: tuple[str, ...] = ()) -> int:
    """How many of the last words are a prayer formula or its first two words, or its first word when the words
    ``after`` the mention are the rest of it (data: quotes_lexicon.json), or a blessing and God ('فيصل رحمهما الله',
    'خالد وفقه الله': the triggers' blessing_verbs)."""
    from .quotes import _lexicon as quote_lexicon

    if len(norms) > 2 and norms[-1] in _ALLAH and norms[-2] in _lexicon().blessings:
        return 2
    for prayer in quote_lexicon().prayers:
        for n in range(len(prayer), 0, -1):
            if n < len(norms) and norms[-n:] == prayer[:n] and (n > 1 or after[:len(prayer) - 1] == prayer[1:]):
                return n
    return 0


_ALLAH = frozenset(normalize(w) for w in ("الله", "لله", "والله", "بالله", "فالله"))
_GOD = _ALLAH | {normalize("الرحمن")}  # a mention opening with either names God ('الرحمن الرحيم')
_BISM = normalize("بسم")
_PRESENT_VERB = re.compile(r"^[نيت](\w{3})$")  # نحمد، نسأل، يشكر: a present verb of a three-letter root


def _invokes_god(words: Sequence[_Tok]) -> bool:
    """A person's mention that is God's name or his attributes ('الله الرحمن الرحيم' of the basmala) or a verb
    and God ('نحمد الله', 'نسأل الله'): CLEANANERCorp tags الله alone O (48 times in its training split, PERS
    once). A name compounded with الله after a noun stays ('نصر الله', 'غرم الله', 'عبد الله')."""
    if words[0].norm in _GOD or (len(words) > 1 and words[0].norm == _BISM and words[1].norm in _ALLAH):
        return True
    if len(words) != 2 or words[1].norm not in _ALLAH:
        return False
    # 'الحمد لله', 'الحمد الله' (its ل left out; الجار الله, العبد الله are family names)
    verb = _PRESENT_VERB.match(words[0].norm)
    # 'الحمد لله', 'بعون الله', 'جزى الله', 'رحمهما الله': the triggers' god_formulas
    return words[0].norm in _lexicon().god_formulas or verb is not None and present_stem(verb[1])


def _no_name(norms: tuple[str, ...]) -> bool:
    """Words that name nobody: a whole prayer formula (رحمهم الله), or two words or more that are all ranks, titles
    and أول / ثاني (والعريف أول). One title alone may be a family name (القاضي, السلطان) and stays."""
    from .quotes import _lexicon as quote_lexicon

    if any(norms == prayer for prayer in quote_lexicon().prayers):
        return True
    if len(norms) < 2:
        return False
    lex = _lexicon()
    return all(n in _RANK_ORDINALS or lex.title_words.intersection(clitic_forms(n)) for n in norms)


def _bare_head(norm: str) -> bool:
    """An indefinite head noun of place or organization names (شارع، مملكة، وزارة), proclitics allowed."""
    lex = _lexicon()
    return any(not f.startswith("ال") and (f in lex.loc_heads or f in lex.org_heads) for f in name_forms(norm))


def find_mentions(
    text: str, spans: Iterable[tuple[int, int]] | None = None, *, recognizer: Recognizer | None = None
) -> list[Mention]:
    """Named-entity mentions in ``text`` (only inside ``spans`` when given: the article's own lines).

    >>> [(m.text, m.type, m.source) for m in find_mentions("وقع أكثر من 100 عضو في مجلس النواب العراقي")]
    [('مجلس النواب العراقي', 'ORG', 'model')]
    """
    recognizer = recognizer or load_recognizer()
    lex = _lexicon()
    spans = [(0, len(text))] if spans is None else sorted(spans)
    every = (_sentence_tokens(text, sentence.start, sentence.end) for lo, hi in spans
             for sentence in split_sentences(text, lo, hi))
    sentences = [toks for toks in every if any(t.word for t in toks)]
    # 1. the model, over the whole document at once (it reads what the document says of a repeated name)
    tagged = recognizer.tag_document([[t.text for t in toks] for toks in sentences])
    found: list[tuple[list[_Tok], int, int, Mention]] = []  # (sentence tokens, i, j, mention)
    for toks, tags in zip(sentences, tagged, strict=True):
        model = bio_spans(tags)
        # 2. gazetteer and alias phrases: they win where they cover a model span and are longer (or as long, for a
        # name of sure type: كورونا is no place), and fill places the model left untagged
        chosen = list(model)
        for i, j, kind in _gazetteer_spans(toks):
            overlapping = [s for s in chosen if s[0] < j and i < s[1]]
            sure = _sure(toks[i:j], lex)
            if all(i <= s[0] and s[1] <= j and ((j - i) > (s[1] - s[0]) or sure) for s in overlapping):
                chosen = [s for s in chosen if s not in overlapping] + [(i, j, kind, "gazetteer")]
        chosen = _repair(toks, chosen, lex)
        for span in sorted(chosen):
            i, j, kind = span[:3]
            m = _make(text, toks, i, j, kind, span[3] if len(span) > 3 else "model")
            if m:
                found.append((toks, i, j, m))
    found = _off_dates(text, spans, found)
    # 3. a named person's surname standing alone later in the document (السوداني after محمد شياع السوداني)
    found += _surname_mentions(text, sentences, found, lex)
    found = _surnames_retyped(found, lex)
    # 4. roles and affiliations of persons, from the words written before the name
    out = [_with_role(text, toks, i, m, found, lex) if m.type == "PERS" else m for toks, i, _, m in found]
    # 5. places the context reads otherwise than the tables: a capital named as the city (أمير الرياض، وسط لندن) is
    # no metonym of its state; عمان in a page on Jordan is Amman
    out = _placed(text, out, lex)
    return sorted(set(out), key=lambda m: (m.start, -m.end))


_LAST_WORD = re.compile(r"([^\W\d_]+)[^\S\n]*$")  # the word a line ends with, spaces after it
_DASHES = ("-", "\u2013", "\u2014")
_DATELINE_END = re.compile(r"[^\S\n]*[-\u2013\u2014:(]")


def _placed(text: str, mentions: list[Mention], lex: _Lexicon) -> list[Mention]:
    """The mentions with ``place`` set where the context reads a place otherwise than the tables: a capital named as
    the city (``_city_itself``: its own name), and a homograph of ``data/entities_homographs.tsv`` (عمان) written
    with the other place's own spelling (عمّان) or in a page that names the other place's country and nothing that
    names the tables' place (سلطنة، مسقط، العماني)."""
    homographs = {name for m in mentions if (name := _homograph(m))}
    other_here = {name: _other_place_here(text, mentions, name) for name in homographs}
    out = []
    for m in mentions:
        if _city_itself(text, m, lex):
            m = replace(m, place=remove_diacritics(m.text))
        elif (name := _homograph(m)) is not None:
            other, _, _, other_canonical = _homographs()[name]
            if other_here[name] or remove_diacritics(other) != other and other in _SHADDA_KEPT.sub("", m.text):
                m = replace(m, place=other_canonical)
        out.append(m)
    return out


def _other_place_here(text: str, mentions: list[Mention], name: str) -> bool:
    _, country, own_words, _ = _homographs()[name]
    told = {_canonical_cached(m.text, m.type)[0] for m in mentions if _homograph(m) != name}
    own = _canonical_cached(name, "LOC")[0]
    return country in told and own not in told and not own_words.intersection(normalize(text).split())


def _city_itself(text: str, m: Mention, lex: _Lexicon) -> bool:
    """Is ``m`` a capital that stands for its state in the tables (واشنطن) but is named here as the city: after a
    word of the triggers' ``city_cues`` (أمير الرياض، بمنطقة الرياض، وسط بغداد، سكان طهران), after العاصمة and a
    nisba (العاصمة البريطانية لندن), or in a dateline (واس- الرياض:, 'الرياض - واس' opening a line)? After a
    preposition alone it stays the state ('عقد بواشنطن': the seeds' annotation reads a meeting there as the US's)."""
    if m.type != "LOC" or _canonical_cached(m.text, m.type)[2] != "metonym":
        return False
    line = text[max(0, m.start - 40): m.start].rsplit("\n", 1)[-1]
    if line.rstrip().endswith(_DASHES) or not line.strip() and _DATELINE_END.match(text, m.end):
        return True  # a dateline, the place the story was filed from: 'واس- الرياض:', 'الرياض - واس' (not a
        # title that opens with the capital: 'واشنطن تبلغ بكين «قلقها»')
    prev = _LAST_WORD.search(line)
    if prev is None:  # punctuation right before it
        return False
    if lex.city_cues.intersection(clitic_forms(normalize(prev[1]))):
        return True
    before = _LAST_WORD.search(line, 0, prev.start()) if prev.start() and line[prev.start() - 1].isspace() else None
    return before is not None and nisba_country(normalize(prev[1])) is not None and \
        _CAPITAL in clitic_forms(normalize(before[1]))


_CAPITAL = normalize("العاصمة")


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w]*$")
_TODAY = normalize("اليوم")


def _word_before(text: str, pos: int) -> str | None:
    """The normalized word before ``pos`` (punctuation between them skipped), or None."""
    m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return normalize(m[1]) if m else None


def _construct(text: str, pos: int) -> bool:
    """Is the word before ``pos`` indefinite, so that what follows completes it ('دار اليوم')?"""
    before = _word_before(text, pos)
    return before is not None and not any(f.startswith("ال") for f in clitic_forms(before))


def _off_dates(text: str, spans: list[tuple[int, int]], found: list[tuple]) -> list[tuple]:
    """The tagger's mentions with the dates taken out: a name read inside a date is the date's month or day
    ('22 أبريل (نيسان) الماضي', 'سبتمبر (أيلول)', 'الخمسينيات'), and a date that counts from the day of writing
    is no part of the name before it ('في جدة البارحة', 'متحف باردو مارس (آذار) الماضي'): the name ends before it.
    An era keeps its adjective (العهد العثماني), and a date as written in an event's name stays with it
    ('ثورة 25 يناير', 'كأس العالم 2018')."""
    if not any(m.source == "model" for *_, m in found):
        return found
    heads = _lexicon().event_heads
    # (اليوم alone after an indefinite noun is its complement, not a date: 'دار اليوم', "قارئ اليوم قائد الغد")
    marks = [(d.start, d.end, from_now(d.text) and not (normalize(d.text) == _TODAY and _construct(text, d.start)))
             for d in find_dates(text, spans) if d.kind != "era"]
    out = []
    for toks, i, j, m in found:
        if m.source == "model":
            inside = [a for a, b, _ in marks if a <= m.start and m.end <= b]
            if inside:
                before = _word_before(text, inside[0])
                if not (before and heads.intersection(clitic_forms(before))):
                    continue
            cut = min((a for a, _, now in marks if now and m.start < a < m.end), default=None)
            if cut is not None:
                k = max(k for k in range(i, j + 1) if k == i or toks[k - 1].end <= cut)
                m = _make(text, toks, i, k, m.type, m.source) if k > i else None
                if m is None:
                    continue
                j = k
        out.append((toks, i, j, m))
    return out


def _sure(toks: list[_Tok], lex: _Lexicon) -> bool:
    """The words are a name of ``data/entities_terms.tsv`` (its first word under any clitic reading: بكورونا)."""
    rest = tuple(t.norm for t in toks[1:])
    return any((first, *rest) in lex.sure for first in name_forms(toks[0].norm))


def _gazetteer_spans(toks: list[_Tok]) -> list[tuple[int, int, str]]:
    """Gazetteer and alias phrases as token index ranges, each inside one run of words: a name read across a
    parenthesis or a comma ('حركة المقاومة الإسلامية (حماس)' is two names, not the alias written without it) would
    end inside the brackets."""
    out: list[tuple[int, int, str]] = []
    run: list[int] = []
    for k in range(len(toks) + 1):
        if k < len(toks) and toks[k].word:
            run.append(k)
            continue
        if (k + 1 < len(toks) and run and toks[k].text.strip() == "." and toks[k + 1].word
                and len(toks[run[-1]].norm) == 1 and len(toks[k + 1].norm) == 1):
            continue  # the dots of letters that abbreviate a name: أ. ف. ب
        if run:
            tags = _gazetteer_tags([toks[w].norm for w in run])
            out += [(run[gi], run[gj - 1] + 1, kind) for gi, gj, kind in bio_spans([t or "O" for t in tags])]
            run = []
    return out


def _listed_persons(toks: list[_Tok], chosen: list[tuple]) -> list[tuple]:
    """A person's span over given names joined by و is one person per name: 'الملوك سعود وفيصل وخالد', 'أبناؤه محمد
    وخالد', 'الشيخان محمد وحمد العبدالعزيز الجميح'. A span is cut before a word of و and a given name the tables know
    that is no name itself with its و (وليد، وحيد، وسام stay: 'محمد وليد') right after another given name, with
    its own و or without."""
    out = []
    for span in chosen:
        start = span[0]
        if span[2] == "PERS":
            for k in range(span[0] + 1, span[1]):
                norm, before = toks[k].norm, toks[k - 1]
                if (norm[:1] == "و" and len(norm) > 3 and given_name(norm[1:]) and not known_name(norm)
                        and before.word and (given_name(before.norm) or given_name(before.norm[1:])
                                             and before.norm[:1] == "و")):
                    out.append((start, k, *span[2:]))
                    start = k
        out.append((start, *span[1:]))
    return out


def _repair(toks: list[_Tok], chosen: list[tuple], lex: _Lexicon) -> list[tuple]:
    """Rules over one sentence's spans (token index ranges) where the CRF is known to stumble on news copy.

    - given names joined by و are a list of persons (سعود وفيصل);
    - a family name in nisba form right after a person (محمد شياع + السوداني) belongs to the person (a plural is no
      family name: 'الظواهري المسلمين');
    - a rare word right before a person, after a title or a nationality, is a first name (ألينا + رومانوفسكي);
    - a state body followed by a nisba adjective is an organization (الجيش العراقي, الخارجية الأميركية).
    """
    chosen = _compound_given_names(toks, _listed_persons(toks, sorted(chosen)), lex)
    at = {s[0]: s for s in chosen}
    # nisba-form family names
    out: list[tuple] = []
    for span in chosen:
        if out and out[-1][2] == "PERS" and span[2] == "MISC" and span[0] == out[-1][1] and span[1] == span[0] + 1 \
                and toks[span[0]].norm.startswith("ال") and toks[span[0]].norm.endswith("ي"):
            out[-1] = (out[-1][0], span[1], "PERS", "rule")
        else:
            out.append(span)
    # the second word of a two-word rank is no first name: الفريق أول حمد بن محمد العوهلي, العريف أول جمعة الحمادي,
    # اللواء ركن حمد بن علي العطية
    chosen = [(s[0] + 1, *s[1:]) if s[2] == "PERS" and s[1] - s[0] > 1 and s[0] > 0
              and toks[s[0]].norm in _RANK_ORDINALS and set(clitic_forms(toks[s[0] - 1].norm)) & lex.ranks else s
              for s in out]
    at = {s[0]: s for s in chosen}
    taken = {k for s in chosen for k in range(s[0], s[1])}
    persons = {k for s in chosen if s[2] == "PERS" for k in range(s[0], s[1])}
    out = []
    for span in chosen:
        i = span[0]
        if (span[2] == "PERS" and i >= 2 and i - 1 not in taken and toks[i - 1].word
                and _missed_first_name(toks, i, persons, lex)):
            span = (i - 1, span[1], "PERS", "rule")
        out.append(span)
    chosen = out
    taken = {k for s in chosen for k in range(s[0], s[1])}
    for k in range(len(toks) - 1):
        if k in taken or not toks[k].word or not toks[k + 1].word:
            continue
        if lex.national_bodies.intersection(clitic_forms(toks[k].norm)) and nisba_country(toks[k + 1].text):
            head = k - 1 if k and toks[k - 1].word else None
            if head is not None and set(clitic_forms(toks[head].norm)) & lex.role_heads:
                continue  # وزير الخارجية العراقي is a role, not a ministry
            if head is not None and set(clitic_forms(toks[head].norm)) & lex.org_heads and head not in taken:
                first = head  # وزارة الداخلية السعودية
            else:
                first = k
            nxt = at.get(k + 1)
            if k + 1 not in taken or (nxt and nxt[1] == k + 2 and nxt[2] in ("MISC", "LOC")):
                chosen = [s for s in chosen if s is not nxt] + [(first, k + 2, "ORG", "rule")]
                taken |= set(range(first, k + 2))
    chosen = _quoted_outlets(toks, _lone_titles(toks, _acronyms(toks, chosen, lex), lex), lex)
    return _named_after(toks, _titled_names(toks, chosen, lex), lex)


_ALA = "على"


def _compound_given_names(toks: list[_Tok], chosen: list[tuple], lex: _Lexicon) -> list[tuple]:
    """A given name the tables know and الدين/الإسلام are one given name (``compound_name_ends``), which the tagger
    cuts or reads as the religion: 'سيف' + 'الإسلام' (MISC) + 'القذافي'. Next to a person read by the tagger (ending
    at the given name, or starting right after the pair), the pair joins that person; alone it stays as read ('انتشر
    نور الإسلام' is the light of Islam). A span holding both words (صلاح الدين the province, نور الدين زنكي) and a
    body ending at the given name (حركة نور) stay as they are."""
    out = chosen
    for k in range(len(toks) - 1):
        if not (toks[k].word and toks[k + 1].word and toks[k + 1].norm in lex.compound_name_ends):
            continue
        if not known_name(conjunction_off(toks[k].norm)):
            continue
        held = {i: s for s in out for i in range(s[0], s[1])}
        before, pair, after = held.get(k), held.get(k + 1), held.get(k + 2)
        if before is not None and (before is pair or before[2] != "PERS"):
            continue
        if pair is not None and pair is not before and (pair[0] != k + 1 or pair[2] not in ("PERS", "MISC")):
            continue
        after = after if after is not None and after is not pair and after[0] == k + 2 and after[2] == "PERS" else None
        if pair is not None and pair is not before and pair[1] > k + 2:
            after = pair  # 'الإسلام القذافي' read as one person, or as one MISC name
        if before is None and after is None:
            continue
        lo = before[0] if before is not None else k
        if lo < k and remove_diacritics(toks[lo].text) == _ALA:
            lo += 1  # 'بالإعدام على سيف' read as Ali Saif: the preposition, as written, names nobody
        hi = after[1] if after is not None else k + 2
        out = sorted([s for s in out if s[1] <= lo or s[0] >= hi] + [(lo, hi, "PERS", "rule")])
    return out


def _named_after(toks: list[_Tok], chosen: list[tuple], lex: _Lexicon) -> list[tuple]:
    """A body, place or prize named after a person, which the tagger cut in two, is one name of the first span's
    type: a span that ends with a namesake's title (الملك، الإمام; no rank or profession) right before a person
    ('جامعة الإمام' + 'محمد بن سعود الإسلامية', 'مطار الملك' + 'خالد الدولي'), or a lone head word before a titled
    person ('جامعة' + 'الإمام محمد بن سعود'); an untagged head and title before a person open one too
    (``_namesake_head``)."""
    chosen = sorted(chosen)
    out: list[tuple] = []
    for span in chosen:
        if span[2] == "PERS":
            span = _named_by(toks, span, lex)
        if out and span[2] == "PERS" and out[-1][2] != "PERS" and out[-1][1] == span[0]:
            prev = out[-1]
            last = set(clitic_forms(toks[prev[1] - 1].norm))
            lone_head = (prev[1] - prev[0] == 1 and last & (lex.org_heads | lex.loc_heads)
                         and _namesake_title(toks[span[0]], lex))
            if last & lex.namesake_titles or lone_head:
                out[-1] = (prev[0], span[1], prev[2], "rule")
                continue
        if span[2] == "PERS" and (named := _namesake_head(toks, span[0], out, lex)):
            span = (named[0], span[1], named[1], "rule")
        out.append(span)
    return out


def _named_by(toks: list[_Tok], span: tuple, lex: _Lexicon) -> tuple:
    """The person's span cut where a phrase of ب begins (a known place: 'الملك فهد بجدة' -> 'الملك فهد'; or a
    phrase written more often than its word alone), before the name may become a body's: a person's mention drops
    it later, a body's would keep it ('مستشفى الملك فهد بجدة'). A phrase with ل may be the body's own ('مستشفى
    الملك خالد للعيون')."""
    i, j = span[:2]
    while j - i > 1 and toks[j - 1].norm[:1] == "ب" and (_preposition_phrase(toks[j - 1]) or any(
            lex.names.get((f,)) == "LOC" for f in clitic_forms(toks[j - 1].norm)[1:])):
        j -= 1
    return (i, j, *span[2:])


def _namesake_title(tok: _Tok, lex: _Lexicon) -> bool:
    """The word is a namesake's title under any clitic reading (الملك، والإمام)."""
    return not lex.namesake_titles.isdisjoint(clitic_forms(tok.norm))


def _namesake_head(toks: list[_Tok], i: int, before: list[tuple], lex: _Lexicon) -> tuple[int, str] | None:
    """(first token, type) of a name that an untagged head noun and title open before the person at token i
    ('مستشفى الملك' + 'عبد العزيز', 'شارع' + 'الملك فهد'), or None."""
    title = i if _namesake_title(toks[i], lex) else i - 1
    if title == i and not (i + 1 < len(toks) and toks[i + 1].word):
        return None  # the title alone ('قصر السلطان'): no one is named
    head = title - 1
    if head < 0 or (title < i and not _namesake_title(toks[title], lex)):
        return None
    if before and before[-1][1] > head or not (toks[head].word and toks[title].word):
        return None
    kind = next((lex.namesake_heads[f] for f in clitic_forms(toks[head].norm) if f in lex.namesake_heads), None)
    return (head, kind) if kind else None


_TITLED_FIRST_NAME_RANK = 20000  # after a title or a nationality: a word rarer than this may be a first name


def _missed_first_name(toks: list[_Tok], i: int, persons: set[int], lex: _Lexicon) -> bool:
    """The word before the person span at ``i`` (``toks[i - 1]``), left out by the model, opens the name.

    It stands where a first name can: right after a title, a rank, a role or a nationality (السفيرة الأمريكية ألينا
    رومانوفسكي, والعريف أول فاهم سعيد) when it is rarer than the 20,000 commonest SaudiNewsNet words; after a comma,
    a closing quotation mark or a person's name only when it is outside the frequency table altogether, and no
    common word under a clitic: a clause there opens with its verb as often as with a name ('، اعترف أمجد',
    'هرنانديز أضاف خافيير سافيولا', 'و[تعيين] عادل الجبير'); after an opening quotation mark or a colon it opens a
    quotation. And it looks like a name: no figure (1986), no article (an adjective after a title: الفنان القدير،
    المستشار القانوني), no common word before a pronoun suffix (ونظيره، أخرجه), no verb of the present tense
    (يعتذر) or in the plural (انتقدوا، وساندوا), no nationality, no title or word that ends a role.
    """
    prev, before = toks[i - 1], toks[i - 2]
    forms = clitic_forms(prev.norm)
    if (set(forms) & (lex.titles | lex.role_heads | lex.ranks | lex.role_breaks | lex.title_followers)
            or any(ch.isdigit() for ch in prev.norm) or any(f.startswith("ال") for f in forms)
            or prev.norm.endswith("وا") or _imperfect_verb(prev.norm, forms, lex) or nisba_country(prev.text)):
        return False
    if any(frequency_rank(f) <= _TITLED_FIRST_NAME_RANK for f in _suffix_bases(forms)):
        return False
    rank = frequency_rank(prev.norm)
    before_forms = set(clitic_forms(before.norm)) if before.word else set()
    titled = before.word and (nisba_country(before.text) is not None
                              or bool(before_forms & (lex.titles | lex.role_heads | lex.ranks))
                              or (before.norm in _RANK_ORDINALS and i >= 3
                                  and bool(set(clitic_forms(toks[i - 3].norm)) & lex.ranks)))
    if titled:
        return rank > _TITLED_FIRST_NAME_RANK
    after = (i - 2) in persons or (not before.word and before.text.strip()[-1:] in "،,)»”")
    return (after and rank >= UNRANKED
            and not any(frequency_rank(f) <= _TITLED_FIRST_NAME_RANK for f in forms[1:]))


def _acronyms(toks: list[_Tok], chosen: list[tuple], lex: _Lexicon) -> list[tuple]:
    """Latin letters spelled in Arabic and joined by dots (بي.إم.دبليو, إف. بي. آي) are one name, of the type the
    model gave most of its letters (an organization when it tagged none but an organization head stands before):
    the model tags them letter by letter, and one letter alone names nothing."""
    letters = lex.acronym_letters
    k = 0
    while k < len(toks):
        j = k
        while (j + 2 < len(toks) and toks[j].word and toks[j].norm in letters and toks[j + 1].text == "."
               and toks[j + 2].word and toks[j + 2].norm in letters):
            j += 2
        if j == k:
            k += 1
            continue
        end = j + 1
        inside = [sp for sp in chosen if sp[0] < end and k < sp[1]]
        kinds = Counter(sp[2] for sp in inside for _ in range(max(sp[0], k), min(sp[1], end)))
        head = k and toks[k - 1].word and bool(set(clitic_forms(toks[k - 1].norm)) & (lex.org_heads | lex.media_heads))
        if kinds or head:
            first = min([k, *(sp[0] for sp in inside)])
            last = max([end, *(sp[1] for sp in inside)])
            kind = kinds.most_common(1)[0][0] if kinds else "ORG"
            chosen = [sp for sp in chosen if sp not in inside] + [(first, last, kind, "rule")]
        k = end
    return chosen


def _lone_titles(toks: list[_Tok], chosen: list[tuple], lex: _Lexicon) -> list[tuple]:
    """A title the model tags as a person by itself: after آل it is a family name (آل الشيخ, آل سعود: the span takes
    آل); before another title or a name it is that person's title, no name of its own (الشيخ عبد العزيز آل الشيخ,
    الشيخ الدكتور صالح), and the person's role phrase keeps it."""
    starts = {toks[s[0]].start for s in chosen if s[2] == "PERS"}
    taken = {k for s in chosen for k in range(s[0], s[1])}
    out = []
    for span in chosen:
        i, j = span[:2]
        if span[2] == "PERS" and j == i + 1 and _title_word(toks[i]):
            if _after_aal(toks, i) and i - 1 not in taken:
                span = (i - 1, j, "PERS", "rule")
            elif _before_a_name(toks, i, starts, lex):
                continue
        out.append(span)
    return out


def _after_aal(toks: list[_Tok], k: int) -> bool:
    """The word before token ``k`` is آل: the title there is a family name (آل الشيخ)."""
    return k > 0 and toks[k - 1].word and toks[k - 1].norm == _AAL


def _before_a_name(toks: list[_Tok], k: int, starts: set[int], lex: _Lexicon) -> bool:
    """The word after token ``k`` opens a person's name (its offset is in ``starts``) or is another title: token
    ``k`` is then that person's title (الشيخ عبدالعزيز, الشيخ الدكتور صالح), no name of its own."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and nxt.word and (nxt.start in starts or bool(lex.title_words.intersection(
        clitic_forms(nxt.norm))))


_AAL = normalize("آل")


_RANK_ORDINALS = frozenset({"اول", "ثاني", "ركن", "الركن"})  # الفريق أول, الملازم ثاني, اللواء ركن (normalized)
_QUOTES = set('"\'«»“”„‘’')


def _quoted_outlets(toks: list[_Tok], chosen: list[tuple], lex: _Lexicon) -> list[tuple]:
    """موقع “بغداد اليوم”, مجلة "فورين بوليسي": the quoted words after a media head name an outlet (ORG)."""
    for k in range(len(toks) - 2):
        if not (toks[k].word and lex.media_heads.intersection(clitic_forms(toks[k].norm))):
            continue
        if toks[k + 1].word or not _QUOTES.intersection(toks[k + 1].text):
            continue
        j = k + 2
        while j < len(toks) and toks[j].word and j - k <= 6:
            j += 1
        if j == k + 2 or j >= len(toks) or not _QUOTES.intersection(toks[j].text) or j - k > 6:
            continue
        chosen = [s for s in chosen if s[1] <= k + 2 or s[0] >= j] + [(k + 2, j, "ORG", "rule")]
    return chosen


_PRONOUN_SUFFIXES = ("ها", "هم", "هما", "هن", "كم", "ته", "تها", "تهم", "ه")


def _suffix_bases(forms: Sequence[str]) -> set[str]:
    """The readings of a word's clitic forms without a pronoun suffix (وحماسته -> حماس, أمرها -> أمر), 3+ letters;
    before ته/تها/تهم also the noun in ة, folded to ه (موافقته -> موافقه, وعائلتها -> عاءله)."""
    bases = {f[:-len(p)] for f in forms for p in _PRONOUN_SUFFIXES if f.endswith(p) and len(f) - len(p) >= 3}
    return bases | {f[:-len(p)] + "ه" for f in forms for p in _PRONOUN_SUFFIXES
                    if p[0] == "ت" and f.endswith(p) and len(f) - len(p) >= 2}


def _past_verb(norm: str) -> bool:
    """A verb in the past singular, confirmed by SaudiNewsNet writing it with ت and with وا (خضعت، خضعوا for خضع),
    and no name the tables know (سعد، حمد)."""
    return 3 <= len(norm) <= 6 and past_form(norm) and not known_name(norm)


def _titled_names(toks: list[_Tok], chosen: list[tuple], lex: _Lexicon) -> list[tuple]:
    """Rare words right after a title or role phrase are a person's name the model missed (قوباد الطالباني).

    A one-word MISC span that is no known nationality adjective counts as free here: a foreign surname ending in
    -ي (رومانوفسكي) looks like a nisba to the model.
    """
    soft = {s[0] for s in chosen if s[2] == "MISC" and s[1] == s[0] + 1 and nisba_country(toks[s[0]].text) is None}
    taken = {k for s in chosen for k in range(s[0], s[1])} - soft
    heads = lex.titles | lex.role_heads | lex.ranks
    blocked = heads | lex.role_breaks | lex.title_followers | lex.org_heads | lex.loc_heads | lex.person_verbs
    # a title that is also a common noun ('الفريق مشواره': the team) opens no name the model missed
    titles = heads - lex.homonym_titles

    def common(word: str) -> bool:
        return frequency_rank(word) <= 5000

    def rare(k: int) -> bool:
        t = toks[k]
        forms = clitic_forms(t.norm)
        # a common word under a conjunction or a pronoun suffix is no name: 'ولي أمرها', 'الوزير وحماسته'
        bare = _suffix_bases(forms)
        # a definite word the frequency table knows is a family name only in their cluster: after a title, others are
        # its adjectives ('الفنان التشكيلي', 'المرشحة الراديكالية', 'اللاعب المعجزة'; a rare first name with the
        # article is lost with them: الرئيس الباجي قايد السبسي)
        adjective = any(f.startswith("ال") and frequency_rank(f) < UNRANKED and not family_name(f) for f in forms)
        # nor is a word with tanween written on it (an adverb or an indefinite noun: 'للفريق تحضيرًا', 'لاعب هاوٍ';
        # CLEANANERCorp tags none a person), nor a phrase of ب/ل ('قسم الفريق لمجموعتين': the team, not the rank),
        # nor a verb in the future, the plural or the dual ('الفريق سيؤدي', 'استراليا ستقدم مليوني دولار'), nor in
        # the present ('الملك يتلقى اتصالات': SaudiNewsNet writes تتلقى too; يزيد and تامر are names of the tables)
        return (t.word and k not in taken and not t.norm[:1].isdigit() and len(t.norm) > 2 and not adjective
                and not common(t.norm) and not any(map(common, forms[1:])) and not any(map(common, bare))
                and not blocked.intersection(forms) and nisba_country(t.text) is None
                and not _TANWEEN.search(t.text) and not _preposition_phrase(t) and not _inflected_verb(t.norm)
                and not _present_verb(t.norm) and not _past_verb(t.norm))

    # a title or a definite role opens a name (الوزير عزام الدخيل); an indefinite role head opens its complement
    # ('وزير دفاع إيراني': دفاع is no name)
    titled = [t.word and any(f in titles and (f.startswith("ال") or f not in lex.role_heads)
                             for f in clitic_forms(t.norm)) for t in toks]
    near_title = [t.word and bool(titles.intersection(clitic_forms(t.norm))) for t in toks]
    k = 1
    while k < len(toks):
        prev = toks[k - 1]
        after_title = titled[k - 1]
        if not (after_title or any(near_title[max(0, k - 8): k])) or not rare(k):
            k += 1
            continue
        anchored = after_title or (k - 1) in taken or nisba_country(prev.text) is not None
        if anchored:
            j = k + 1
            while j < len(toks) and j - k < 3 and rare(j):
                j += 1
            # one definite word before another is a noun and its adjective (السكرتير الخاص), not a surname
            phrase = (j - k == 1 and toks[k].norm.startswith("ال") and j < len(toks) and toks[j].word
                      and toks[j].norm.startswith("ال"))
            if (j - k >= 2 or after_title) and not phrase:
                chosen = [*(c for c in chosen if c[1] <= k or c[0] >= j), (k, j, "PERS", "rule")]
                taken |= set(range(k, j))
                k = j
                continue
        k += 1
    return chosen


def _surnames_retyped(found: list[tuple[list[_Tok], int, int, Mention]], lex: _Lexicon
                      ) -> list[tuple[list[_Tok], int, int, Mention]]:
    """A word the model reads alone as an organization, a place or a miscellaneous name is the person when the
    document names a person with it as the last word (or the first, before بن): 'السيسي يتجول بدراجته' (MISC)
    beside 'عبد الفتاح السيسي' (PERS), 'حكومة تسيبراس' beside 'ألكسيس تسيبراس', a headline's 'مندورة:' (LOC) beside
    'عدنان بن حسين مندورة'. Not a name of the tables (a place or a body: الهلال of 'محمد الهلال' stays the club) nor a
    nationality (السوداني); with the article, only a family name read as MISC (الأسد; not المغول of a
    garbled span, nor a club the model reads as ORG: 'دعمهم للهلال'); and not in quotation marks, where it names a
    brand or a work after the person («ديور», مسلسل «مريم»)."""
    last = set()
    for *_, m in found:
        words = tokenize(m.text) if m.type == "PERS" else ()
        if len(words) >= 2:
            last.add(words[-1].norm)
        if len(words) >= 3 and words[1].norm in _SON_OF:
            # the first word of a name of lineage, by which such a person is named alone: 'لبيد' beside 'لبيد بن
            # ربيعة العامري', 'معاوية' beside 'معاوية بن أبي سفيان'
            last.add(words[0].norm)
    if not last:
        return found
    out = []
    for toks, i, j, m in found:
        if (m.type in ("MISC", "ORG", "LOC") and m.source == "model" and j == i + 1
                and not (i and toks[i - 1].text.strip() in _QUOTE_OPENERS)):
            forms = clitic_forms(toks[i].norm)
            name = last.intersection(forms)
            if name and not any((f,) in lex.names or nisba_country(f) for f in forms) and all(
                    not n.startswith("ال") or family_name(n) and m.type == "MISC" for n in name):
                m = replace(m, type="PERS")
        out.append((toks, i, j, m))
    return out


def _surname_mentions(text, sentences, found, lex) -> list[tuple[list[_Tok], int, int, Mention]]:
    """A named person's family name written alone later in the document (السوداني after محمد شياع السوداني).

    Only a family name the model itself reads alone as a person somewhere in the document, one of the SaudiNewsNet
    word cluster of family names (القشعمي, ``ner.family_name``) or one outside the frequency table altogether
    (الكساسبة، الرنتاوي): the last word of a name is as often a common word
    (علم الدين, an emblem ending in الأرمن) or a nationality (للشاعر الفرنسي), which is the person only where no
    adjective can stand (حكومة السوداني) or after a title (اللواء التركي), or a family name written after آل (آل
    الشيخ); any of them right after a verb of saying (ويضيف الرمادي); and never
    a word of dates (الثاني of عبدالله الثاني, الماضي: dates_words.json), which the model misreads now and then.
    """

    surnames, alone, families = set(), set(), set()
    for _, _, _, m in found:
        toks = tokenize(m.text)
        if m.type == "PERS" and len(toks) >= 2 and toks[-1].norm.startswith("ال") and len(toks[-1].norm) >= 5:
            surnames.add(toks[-1].norm)
            if toks[-2].norm == _AAL:
                families.add(toks[-1].norm)  # آل الشيخ: written with آل, it is the family name
        elif m.type == "PERS" and len(toks) == 1 and m.source == "model":
            alone.update(clitic_forms(toks[0].norm))
    surnames -= _calendar_words()
    # a family name in the form of a nationality (السوداني) is the person after a word with no article, where no
    # adjective can stand (حكومة السوداني, مع السوداني; الجيش السوداني is the army of Sudan), or after a title
    # (اللواء التركي of منصور التركي)
    nisbas = {s for s in surnames if s not in alone and s.endswith("ي") and nisba_country(s) is not None}
    trusted = {s for s in surnames if s in alone or family_name(s) or frequency_rank(s) >= UNRANKED} | nisbas | families
    speech = _speech_verbs()
    if not surnames:
        return []
    covered = {(m.start, m.end) for *_, m in found if m.type == "PERS"}
    taken = [(m.start, m.end) for *_, m in found if m.type == "PERS" or len(tokenize(m.text)) > 1]
    starts = {m.start for *_, m in found if m.type == "PERS"}
    out = []
    for toks in sentences:
        for k, t in enumerate(toks):
            if not t.word or not surnames.intersection(clitic_forms(t.norm)):
                continue
            if any(s < t.end and t.start < e for s, e in taken):
                continue
            prev = next((toks[p] for p in range(k - 1, max(-1, k - 3), -1) if toks[p].word), None)  # past a «
            if not (prev and prev.norm in speech):
                if not trusted.intersection(clitic_forms(t.norm)):
                    continue
                if nisbas.intersection(clitic_forms(t.norm)) and not (
                        k and toks[k - 1].word and (lex.title_words.intersection(clitic_forms(toks[k - 1].norm))
                                                    or not any(f.startswith("ال") for f in name_forms(toks[k - 1].norm)))):
                    continue
            if families.intersection(clitic_forms(t.norm)) - alone and not _after_aal(toks, k):
                continue
            i = k
            if lex.title_words.intersection(clitic_forms(t.norm)):
                # a surname that is also a title (آل الشيخ, ميرنا المهندس) is the title of the name or title after
                # it, else the surname, with آل when آل is written before it
                if _before_a_name(toks, k, starts, lex):
                    continue
                if _after_aal(toks, k):
                    i = k - 1
            m = _make(text, toks, i, k + 1, "PERS", "rule")
            if m and (m.start, m.end) not in covered:
                out.append((toks, i, k + 1, m))
    if out:  # a single-token mention of another type at the same place gives way to the person
        places = {(m.start, m.end) for *_, m in out}
        found[:] = [f for f in found if (f[3].start, f[3].end) not in places]
    return out


@cache
def _speech_verbs() -> frozenset[str]:
    """Verbs of saying and of stance from the quotes lexicon, and their future (which quotes nothing but is no name
    either: 'سترى النور'): a family name after one is the speaker ('ويضيف الرمادي', 'وحث النويصر')."""
    from .quotes import _lexicon as quote_lexicon

    verbs = quote_lexicon().verbs
    futures = {p + "س" + v for v in verbs if v[:1] in "يت" for p in ("", "و", "ف")}
    return frozenset(verbs) | futures | quote_lexicon().stance


@cache
def _said_verbs() -> frozenset[str]:
    """The verbs of saying and stance that are no names (entities_triggers.json speech_verb_names: راي، رد، بين)."""
    return _speech_verbs() - _lexicon().speech_verb_names


@cache
def _calendar_words() -> frozenset[str]:
    """Ordinals and direction words of dates (الثاني، الماضي، المقبل), normalized: no family name alone."""
    from .dates import _lexicon as date_lexicon

    lex = date_lexicon()
    return frozenset(w for w in (*lex.ordinals, *lex.direction) if " " not in w)


def _with_role(text, toks, i, mention, found, lex) -> Mention:
    """The role phrase and affiliation written before a person's name: وزير الخارجية العراقي فؤاد حسين."""
    breaks = lex.role_breaks
    head = None
    k = i - 1
    # '... رئيس المراسم الملكية، وفهد العسكر': after a comma, و opens the next item of a list, whose title is not
    # the one before the comma (that one follows the previous name)
    listed = mention.start > toks[i].start and toks[i].text[:1] == "و"
    titled = False  # a title or rank after و (والدكتور، والفريق أول) between the comma and the name: a new list item
    while k >= 0 and i - k <= 9:
        t = toks[k]
        if not t.word:
            if t.norm not in {",", "،"} or head is not None or titled or (listed and k == i - 1):
                break  # a comma may stand between a title and its name, not between two titles
            k -= 1
            continue
        forms = clitic_forms(t.norm)
        if t.norm in breaks or lex.person_verbs.intersection(forms) or _imperfect_verb(t.norm, forms, lex):
            break
        if any(s.start < t.end and t.start < s.end for *_, s in found if s.type == "PERS"):
            break
        named = any(s.start <= t.start and t.end <= s.end for *_, s in found if s.type in ("ORG", "LOC"))
        if lex.role_heads.intersection(forms) and not named:  # الملك of مركز الملك سلمان is no title
            head = k
        if _opens_phrase(t, forms, lex):
            # a title written with ل (to, for), or a word of address with و, opens this person's phrase (وللأمير
            # محمد، لخادم الحرمين الشريفين الملك سلمان، لفخامة الرئيس، وصاحب السمو الملكي الأمير): the words
            # before it are the sentence's or the previous name's; a word of address is no role itself
            if lex.role_heads.intersection(forms[1:]):
                head = k
            break
        if t.text[:1] == "و" and lex.title_words.intersection(forms[1:]):
            if not lex.role_heads.intersection(forms[1:]):
                # a person's title with و ('أبناء الفقيد الشيخ حاتم والشيخ أمين والشيخ سامي') opens a new name of a
                # list: the words before it are the previous name's; a role head with و (رئيس مجلس الوزراء ووزير
                # الداخلية) may be one person's second role and does not stop the phrase
                break
            titled = True
        k -= 1
    if head is None:
        return mention
    last = i - 1
    while last > head and (not toks[last].word or toks[last].norm in lex.ranks):
        last -= 1
    role_toks = toks[head: last + 1]
    inside = [s for *_, s in found if s.type in ("ORG", "LOC") and role_toks[0].start <= s.start
              and s.end <= role_toks[-1].end]
    affiliation = None
    role_end = role_toks[-1].end
    for t in role_toks:
        country = nisba_country(t.text) if t.word else None
        if country and not any(s.start <= t.start and t.end <= s.end for s in inside):
            affiliation = country
            if t is role_toks[-1] and len(role_toks) > 1:
                role_end = role_toks[-2].end
            elif t is role_toks[-2] and len(role_toks) > 2 and not role_toks[-1].word:
                role_end = role_toks[-3].end
            break
    if affiliation is None and inside:
        affiliation = canonical_name(inside[0].text)[0]
    first = role_toks[0]
    start = first.start + _trim_role_head(first, lex)
    role = text[start:role_end].strip(" ،,")
    if start == first.start:
        role = _bare_title(role, lex)
    return Mention(mention.start, mention.end, mention.text, mention.type, role or None, affiliation, mention.source)


def _opens_phrase(t: _Tok, forms: tuple[str, ...], lex: _Lexicon) -> bool:
    """A title or word of address written with ل (لخادم، للرئيس، وللأمير), or a word of address with و (وصاحب): it
    opens a person's phrase. و before a title alone may join two titles of one person (مدير الفريق ورئيس البعثة)."""
    if forms[0] in lex.role_heads | lex.titles:  # وزير، ولي: the و is the word's own
        return False
    bare = t.norm[1:] if t.norm[:1] in "وف" else t.norm
    honorific = bool(lex.honorifics.intersection(forms[1:]))
    titled = bool((lex.role_heads | lex.titles | lex.ranks).intersection(forms[1:]))
    return (bare[:1] == "ل" and (titled or honorific)) or (bare != t.norm and honorific)


def _bare_title(role: str, lex: _Lexicon) -> str:
    """A role phrase without the و or ل written on its first word: وللأمير -> الأمير, لخادم الحرمين -> خادم
    الحرمين, للرئيس بوتين -> الرئيس (ل + ال written لل). A word that only starts like a clitic (وزير، ولي) stays."""
    known = lex.role_heads | lex.titles | lex.ranks
    word, _, rest = role.partition(" ")
    bare = conjunction_off(word)
    readings = (["ا" + bare[1:]] if bare.startswith("لل") else []) + ([bare[1:]] if bare[:1] in "لب" else [])
    for reading in [*readings, bare]:
        if reading != word and normalize(reading) in known:
            return " ".join(filter(None, (reading, rest)))
    return role


def _imperfect_verb(norm: str, forms: tuple[str, ...], lex: _Lexicon) -> bool:
    """A present-tense verb (يدعو، ويبحث) ends a role phrase: 'الرئيس اليمني يدعو الميليشيات ... صالح' gives صالح
    no role. Read by its prefix ي, so nouns of titles (تعليم، مدير) never end one."""
    bare = forms[-1] if forms else norm
    bare = bare[1:] if bare[:1] in "وف" and len(bare) > 4 else bare
    return len(bare) >= 4 and bare[0] == "ي" and not (set(forms) & (lex.titles | lex.role_heads | lex.ranks))


def _trim_role_head(tok: _Tok, lex: _Lexicon) -> int:
    for form in clitic_forms(tok.norm)[1:]:
        if form in lex.role_heads and tok.norm.endswith(form):
            # one clitic letter off (ووزير -> وزير, وولي -> ولي): lstrip would take the word's own و too
            return 1 if len(tok.norm) - len(form) == 1 and tok.text[:1] in "وفبل" else 0
    return 0


# --- linking ------------------------------------------------------------------------------------------------------


_VOWEL_LETTERS = "اوي"
SPELLING_MIN_SKELETON = 4  # letters left once long vowels are dropped: shorter words are Arabic roots, not spellings


def _skeleton(word: str) -> str:
    """A word with its long vowels inside dropped and its article left out: امريكي and اميركي meet."""
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    return word[0] + re.sub(f"[{_VOWEL_LETTERS}]", "", word[1:-1]) + word[-1] if len(word) > 3 else word


def _one_edit(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one letter added or dropped, or two neighbours swapped. A changed letter is
    not a spelling: one long vowel for another makes another word (الإسلامية / الإسلاموية)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]


def spelling_variants(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when two names (normalized words) are one name spelled two ways, as outlets transliterate foreign names:
    each word the same, or one long vowel added, dropped or moved (تشيلسي / تشلسي, اليونسكو / اليونيسكو,
    امريكي / اميركي), a vowel added or dropped away from the last three letters, where Arabic builds words
    (الناصرية is not الناصرة, الإسلاموية not الإسلامية), and in a word of at least
    ``SPELLING_MIN_SKELETON`` letters without its vowels: in a short word a long vowel makes another Arabic name
    (سعد / سعود, حسن / حسين, نايف / نواف).

    >>> spelling_variants(["تشيلسي"], ["تشلسي"]), spelling_variants(["محمد", "بن", "نايف"], ["محمد", "بن", "نواف"])
    (True, False)
    """
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if _skeleton(x) != _skeleton(y) or len(_skeleton(x)) < SPELLING_MIN_SKELETON or not _one_edit(x, y):
            return False
        if len(x) != len(y) and x[-3:] != y[-3:]:
            return False  # a vowel added at the end: another word built on the same stem
    return True


def canonical_name(mention_text: str, kind: str | None = None) -> tuple[str, str | None, str | None]:
    """(canonical name, its type, relation) of a mention's words through the alias and gazetteer tables.

    Relation is 'alias', 'metonym', 'short', 'nisba' (an adjective of a country: العراقية) or None when the name
    is not in the tables (the name itself is returned).

    >>> canonical_name("وواشنطن")
    ('الولايات المتحدة', 'LOC', 'metonym')
    >>> canonical_name("تنظيم داعش")[0]
    'تنظيم الدولة الإسلامية'
    """
    lex = _lexicon()
    toks = [t.norm for t in tokenize(mention_text)]
    readings = [toks]
    if len(toks) > 1 and (tail := lex.canon.get((toks[-1],))) and tail[1] == "ORG":
        readings.append(toks[-1:])  # الاتحاد الأوروبي اليويفا: a name and the acronym written after it, its own
    if len(toks) > 1 and toks[-1].startswith("ال"):
        readings.append(toks[:-1])  # رويترز الإخبارية, حزب الله اللبناني: a known organization and an adjective
    if len(toks) > 1 and set(clitic_forms(toks[0])) & (lex.media_heads | lex.org_heads):
        # وكالة رويترز الإخبارية -> رويترز: a generic head and a trailing adjective around a known name; a trailing
        # complement is no adjective (منظمة الأمم المتحدة للطفولة is UNICEF, not the UN)
        readings += [toks[1:]] + ([toks[1:-1]] if len(toks) > 2 and toks[-1].startswith("ال") else [])
    for n, words in enumerate(readings):
        for first in name_forms(words[0]) if words else ():
            hit = lex.canon.get((first, *words[1:]))
            own = lex.canon.get(_key(hit[0])) if hit else None
            ctype = own[1] if own else hit[1] if hit else None
            if hit and (n == 0 or ctype == "ORG"):  # تلفزيون سوريا is not Syria
                return hit[0], ctype, hit[2]
    country = nisba_country(toks[0]) if len(toks) == 1 and kind != "PERS" else None
    if country:
        own = lex.canon.get(_key(country))
        return country, own[1] if own else "LOC", "nisba"
    if len(toks) > 1 and kind in (None, "LOC") and lex.state_forms.intersection(clitic_forms(toks[0])):
        country = _formal_name_of(toks[1:], lex)
        if country:
            return country, "LOC", "alias"
    return mention_text, None, None


def _formal_name_of(words: list[str], lex: _Lexicon) -> str | None:
    """The country that the words after a state form (دولة، سلطنة، جمهورية) name: a country of the tables followed
    by adjectives only (مصر العربية، عمان، الكونغو الديمقراطية: the longest name first), or adjectives among which
    the nisba of exactly one country (الأردنية الهاشمية، الإسلامية الإيرانية); None otherwise (الشيشان، الخلافة)."""
    for n in range(len(words), 0, -1):
        if not all(w.startswith("ال") for w in words[n:]):
            break
        hit = lex.canon.get(tuple(words[:n]))
        if hit and normalize(hit[0]) in lex.countries:
            return hit[0]
    if all(w.startswith("ال") for w in words):
        found = {c for c in map(nisba_country, words) if c}
        if len(found) == 1:
            return found.pop()
    return None


def _entity_id(kind: str, canonical: str) -> str:
    return "ent-" + hashlib.sha1(f"{kind}|{normalize(canonical)}".encode()).hexdigest()[:10]


def link_entities(
    mentions_by_doc: Mapping[str, list[Mention]], *, groups: Iterable[Iterable[str]] | None = None,
    home: Mapping[str, str] | None = None,
) -> list[Entity]:
    """Fold mentions into entities across documents; short person names resolve to full ones within a group.

    ``groups`` are story groups (lists of doc ids); without them each document is its own group, so a surname
    never jumps between unrelated stories. Linear in the number of mentions: fit for a whole store.

    >>> a = [Mention(0, 18, "محمد شياع السوداني", "PERS")]
    >>> b = [Mention(5, 13, "السوداني", "PERS")]
    >>> es = link_entities({"a": a, "b": b}, groups=[["a", "b"]])
    >>> [(e.canonical, e.documents) for e in es if e.type == "PERS"]
    [('محمد شياع السوداني', ('a', 'b'))]
    """
    position = {d: k for k, d in enumerate(mentions_by_doc)}
    group_of: dict[str, int] = {}
    for g, members in enumerate(groups or ()):
        for d in members:
            group_of[d] = g
    scope = {d: group_of.get(d, ("doc", d)) for d in position}
    # 1. each mention gets a key: its canonical name (tables) or its normalized words
    keyed: dict[tuple[str, str], list[tuple[str, Mention, str | None]]] = defaultdict(list)
    canon_of: dict[tuple[str, str], tuple[str, str | None]] = {}
    for doc, mentions in mentions_by_doc.items():
        for m in mentions:
            if m.source == "outlet":  # «الرياض» the newspaper is no metonym of the kingdom
                canonical, ctype, relation = None, None, None
            elif home and doc in home and m.type == "LOC" and normalize(m.text) == _KINGDOM:
                # 'المملكة' in a Saudi outlet is Saudi Arabia (home_kingdom), a variant of its name there
                canonical, ctype, relation = _canonical_cached(home[doc], "LOC")
                relation = relation or "alias"
            else:
                canonical, ctype, relation = _canonical_cached(m.text, m.type)
                if m.place:  # 'أمير منطقة الرياض': the city, not the kingdom; 'العاصمة الأردنية عمان': Amman
                    canonical, ctype, relation = m.place, "LOC", "place"
            if m.source == "outlet":
                key = ("OUTLET", " ".join(_norm_words(m.text)))
            elif relation:
                key = ("C", normalize(canonical))
                canon_of.setdefault(key, (canonical, ctype))
            else:
                key = ("PERS" if m.type == "PERS" else "X", " ".join(_norm_words(m.text)))
            keyed[key].append((doc, m, relation))
    keyed = _extend_lineage(_merge_spellings(_person_sense(_merge_proclitics(keyed), scope), scope))
    # 2. a short person name (a surname, a compound surname: أوغلو, داود أوغلو) becomes the full name when exactly
    # one full name in its group ends with it; what follows بن or آل is the father's or the family's name, not the
    # person's (عبدالعزيز آل سعود, the founder, is not سلمان بن عبدالعزيز آل سعود)
    fulls_by_tail: dict[str, list[tuple[tuple[str, str], bool]]] = defaultdict(list)  # (full name, its own name)
    scopes_of: dict[tuple[str, str], set] = {}
    for key, items in keyed.items():
        if key[0] == "PERS" and " " in key[1]:
            words = key[1].split(" ")
            for n in range(1, len(words)):
                # three names or more after a given name are the father's name in full: 'علي عبدالله صالح' in
                # 'أحمد علي عبدالله صالح' is the son's lineage, not the son (داود أوغلو and شياع السوداني are)
                father = n >= 3 and given_name(words[-n - 1])
                fulls_by_tail[" ".join(words[-n:])].append((key, words[-n - 1] not in _LINEAGE and not father))
            scopes_of[key] = {scope[d] for d, _, _ in items}
    final: dict[tuple[str, str], list[tuple[str, Mention, str | None]]] = defaultdict(list)
    for key, items in keyed.items():
        short = key[0] == "PERS" and key[1] in fulls_by_tail
        for doc, m, relation in items:
            target = key
            if short:
                fulls = [(k, own) for k, own in fulls_by_tail[key[1]] if scope[doc] in scopes_of[k]]
                if len(fulls) == 1 and fulls[0][1]:  # one full name ends so, and not in its father's name
                    target = fulls[0][0]
            final[target].append((doc, m, relation))
    final = _scope_given_names(final, scope)
    # 3. one Entity per name: keys that come to one canonical name and type are one entity (the tagger's الخليج and
    # the nisba الخليجية, whose country is no lexicon entry, are the Gulf once)
    named: dict[str, tuple[str, str, list]] = {}
    adjectives: set[str] = set()  # entities of one adjective's forms, named by the form most written below
    for key, items in final.items():
        types = Counter(m.type for _, m, _ in items)
        if key in canon_of:
            canonical, ctype = canon_of[key]
            kind = ctype or types.most_common(1)[0][0]
        else:
            forms = (Counter(visible(m.text) for _, m, r in items if r != "nisba")
                     or Counter(visible(m.text) for _, m, _ in items))
            # a full name before a surname, a form that does not open with a definite word (a tagger's stray word
            # before a name: المستقيل جوزيف بلاتر, للراحل طلال مداح), the form most often written, the longer one
            canonical = max(forms, key=lambda f: (" " in f.strip(), not _STRAY_OPENING.match(normalize(f)),
                                                  forms[f], len(_norm_words(f)), -len(f)))
            if _LIL.match(normalize(canonical)):
                canonical = lam_off(canonical)  # للدفاع المدني is الدفاع المدني after the preposition ل
            kind = types.most_common(1)[0][0]
        ident = _entity_id(kind, canonical) if len(key) == 2 else _entity_id(kind, f"{canonical}|{key[2]}")
        if kind == "MISC" and key not in canon_of and len(words := _norm_words(canonical)) == 1:
            ident = _entity_id(kind, "adjective|" + _adjective_base(words[0]))  # العربية، العربي، عربية: one
            adjectives.add(ident)
        if ident in named:
            named[ident][2].extend(items)
        else:
            named[ident] = (canonical, kind, list(items))
    entities = []
    for ident, (canonical, kind, items) in named.items():
        items.sort(key=lambda x: (position[x[0]], x[1].start))
        forms = Counter(visible(m.text) for _, m, r in items if r != "nisba")
        spelled = {normalize(f) for f in forms}
        if ident in adjectives and forms:  # forms of one adjective: the one most written, a clitic's form last
            # ('ينسب للإسلام' three times and 'الإسلام' once is الإسلام)
            canonical = max(forms, key=lambda f: (not _clitic_form(f, spelled), forms[f], -len(f)))
            if _LIL.match(normalize(canonical)):
                canonical = lam_off(canonical)
        entities.append(Entity(
            id=ident, canonical=canonical, type=kind,
            # للسعودية is السعودية after the preposition ل (its alef elided): not another spelling of the name
            variants=tuple(f for f, _ in forms.most_common() if not _clitic_form(f, spelled)),
            roles=tuple(dict.fromkeys(m.role for _, m, _ in items if m.role)),
            documents=tuple(dict.fromkeys(d for d, _, _ in items)),
            mentions=tuple((d, m) for d, m, _ in items),
            affiliations=tuple(dict.fromkeys(m.affiliation for _, m, _ in items if m.affiliation)),
            metonyms=tuple(dict.fromkeys(visible(m.text) for _, m, r in items if r == "metonym")),
            adjectives=tuple(dict.fromkeys(visible(m.text) for _, m, r in items if r == "nisba")),
        ))
    entities.sort(key=lambda e: (position[e.documents[0]], e.mentions[0][1].start))
    return entities


def _scope_given_names(final: dict, scope: Mapping[str, object]) -> dict:
    """A person named by one word that opens two or more other persons' names, written in more than twice as many
    documents as the names it ends (محمد، فهد، عبدالعزيز), is a given name: alone, it is one person per story group
    (the king in one story, a neighbour's boy in another), not one person across the store. Groups join where the
    name is written with the same specific role (a role of two words or more, or a king: الملك فهد). A word that
    ends names as well (أوباما، بلاتر، صالح) keeps linking: a surname alone names the same person everywhere. Keys
    of a given name gain the first document of their groups."""
    opens: Counter[str] = Counter()  # full names opening with the word
    opens_docs: Counter[str] = Counter()  # ... and the documents that write them
    ends_docs: Counter[str] = Counter()  # documents writing a full name that ends with the word (not after بن/آل)
    for key, items in final.items():
        if key[0] == "PERS" and " " in key[1]:
            words, docs = key[1].split(" "), len({d for d, _, _ in items})
            opens[words[0]] += 1
            opens_docs[words[0]] += docs
            if words[-2] not in _LINEAGE:
                ends_docs[words[-1]] += docs
    out: dict = defaultdict(list)
    for key, items in final.items():
        word = key[1]
        if key[0] != "PERS" or " " in word or opens[word] < 2 or opens_docs[word] <= 2 * ends_docs[word]:
            out[key].extend(items)  # a surname (أوباما), or a name as often a surname as not (صالح): it links
            continue
        groups: dict[object, list] = defaultdict(list)
        for item in items:
            groups[scope[item[0]]].append(item)
        root = {g: g for g in groups}
        by_role: dict[str, object] = {}
        for g, members in groups.items():
            for _, m, _ in members:
                role = " ".join(_norm_words(m.role)) if m.role else ""
                role = _KING if role.split(" ")[0] == _KING else role  # الملك الشهيد فيصل is الملك فيصل
                if " " in role or role == _KING:
                    other = root[by_role.setdefault(role, g)]
                    mine = root[g]
                    for h in groups:  # few groups per name: relabel instead of a union-find
                        if root[h] == mine:
                            root[h] = other
        for g, members in groups.items():
            out[(*key, groups[root[g]][0][0])].extend(members)
    return out


_KING = normalize("الملك")


def _person_sense(keyed: dict, scope: Mapping[str, object]) -> dict:
    """A name the tagger reads as a person in a story group and, less than half as often there, as a place or an
    organization (أوباما after إدارة, ميسي, دي ميستورا in a headline) is the person throughout that group: one name,
    one sense per story. Only the tagger's own readings move, and only inside groups where the person reading is
    at least twice as common and seen at least twice (عرفات the mountain of the Hajj stays a place in its own story)."""
    def movable(item: tuple) -> bool:  # the tagger's own reading, not a table's
        return item[1].source == "model" and not item[2]

    for key in [k for k in keyed if k[0] == "X" and ("PERS", k[1]) in keyed]:
        person = ("PERS", key[1])
        as_person = Counter(scope[d] for d, _, _ in keyed[person])
        as_other = Counter(scope[it[0]] for it in keyed[key] if movable(it))
        moving = {g for g, n in as_other.items() if as_person[g] >= max(2, 2 * n)}
        if not moving:
            continue
        stay, move = [], []
        for it in keyed[key]:
            (move if scope[it[0]] in moving and movable(it) else stay).append(it)
        keyed[person].extend(move)
        if stay:
            keyed[key] = stay
        else:
            del keyed[key]
    return keyed


def _merge_spellings(keyed: dict, scope: Mapping[str, object]) -> dict:
    """Names spelled two ways (``spelling_variants``) become one key, the more frequent spelling. A long vowel moved
    (امريكي / اميركي) is a spelling anywhere; one added or dropped only where both spellings are met in one group:
    in one story's coverage it is a spelling, across a whole store it may be two names."""
    blocks: defaultdict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    scopes: dict[tuple[str, str], set] = {}
    for key, items in keyed.items():
        if key[0] != "C":
            blocks[key[0], " ".join(_skeleton(w) for w in key[1].split(" "))].append(key)
            scopes[key] = {scope[d] for d, _, _ in items}
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(k):
        while parent.get(k, k) != k:
            k = parent[k]
        return k

    for keys in blocks.values():
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                ra, rb = find(a), find(b)
                if ra == rb or not spelling_variants(a[1].split(" "), b[1].split(" ")):
                    continue
                if sorted(a[1]) == sorted(b[1]) or scopes[a] & scopes[b]:
                    ra, rb = sorted((ra, rb), key=lambda k: (-len(keyed[k]), k))
                    parent[rb] = ra
    if not parent:
        return keyed
    merged: defaultdict[tuple[str, str], list] = defaultdict(list)
    for key, items in keyed.items():
        merged[find(key)].extend(items)
    return merged


@cache
def _homographs() -> dict[str, tuple[str, str, frozenset[str], str]]:
    """``data/entities_homographs.tsv``: normalized name -> (the other place, its country, words naming the tables'
    place, the other place's canonical name: 'عمّان (الأردن)', apart from عُمان once both are normalized)."""
    return {normalize(name): (other, country, frozenset(normalize(w) for w in words.split()), f"{other} ({country})")
            for name, other, country, words in _data_lines("entities_homographs.tsv")}


def _homograph(m: Mention) -> str | None:
    """The homograph table's name that ``m`` is (clitics off: وعمان، بعمان), or None."""
    return _homograph_name(m.text) if m.type == "LOC" else None


@lru_cache(maxsize=1 << 14)
def _homograph_name(text: str) -> str | None:
    if " " in text.strip():
        return None
    table = _homographs()
    return next((f for f in name_forms(normalize(text)) if f in table), None)


_SHADDA_KEPT = re.compile("[\u064b-\u0650\u0652]")  # the short vowels and sukun off, the shadda kept: عَمّان


@lru_cache(maxsize=65536)
def _canonical_cached(text: str, kind: str) -> tuple[str, str | None, str | None]:
    return canonical_name(text, kind)


def _adjective_base(norm: str) -> str:
    """The masculine singular of a one-word adjective or group name, article and proclitics off (العربية, عربية,
    والعربي -> عربي; الإسلامية -> اسلامي; المسلمين -> مسلم): a descriptive word the tagger marks MISC is written in
    every gender and number, each of which was an entity of its own."""
    return nisba_bases(norm)[-1]


def _merge_proclitics(keyed: dict) -> dict:
    """A name read with a clitic still on it (لمركز الملك سلمان للإغاثة) joins the same name read without it, when
    that was read too: both forms are then in the text, so the clitic is the only difference. A one-word name
    whose ب, ك or ل may be a letter of its own (``_clitic_reading``) joins only when that reading holds."""
    for key in [k for k in keyed if k[0] != "C"]:
        target = next((k for k in _bare_readings(key[0], key[1]) if k in keyed and _clitic_reading(key[1], k[1])),
                      None)
        if target is not None:
            keyed[target].extend(keyed.pop(key))
    return keyed


_CLITIC_READING_TIMES = 5  # a one-word name read as ب/ك/ل + a name five times as common as the word as written


def _clitic_reading(name: str, bare: str) -> bool:
    """``name`` (normalized) reads as a clitic + ``bare``: always in a name of two words or more or with the article
    after the clitic (للاسد -> الاسد); for a one-word name with و or ف off when SaudiNewsNet does not write the word
    as one of its own or writes the rest too (وكفريا -> كفريا; not فروم, Froome, -> روم); with ب, ك or ل off when
    it does not write the word or writes the rest ``_CLITIC_READING_TIMES`` times as often (لبلاتر -> بلاتر,
    بفرويد -> فرويد; not كابل, Kabul, -> آبل, كمال -> مال, برايس -> رايس)."""
    if " " in name or bare.startswith("ال"):
        return True
    word = name[1:] if name[0] in "وف" else name
    if word == bare:  # و or ف off: unless the word is written as one and the rest is not (فروم، وايز)
        return frequency_rank(name) >= UNRANKED or frequency_rank(bare) < UNRANKED
    return frequency_rank(word) >= UNRANKED or commoner_without(word, bare, UNRANKED, _CLITIC_READING_TIMES)


def _clitic_form(form: str, spelled: set[str]) -> bool:
    """``form`` is a name of ``spelled`` (normalized forms) under a proclitic: للسعودية when السعودية is written."""
    return any(k[1] in spelled for k in _bare_readings("", normalize(form)))


def _bare_readings(kind: str, name: str) -> list[tuple[str, str]]:
    """(kind, name) keys of ``name`` with the proclitics of its first word off (``name_forms``: لمركز -> مركز,
    للسعودية -> السعودية), longest first; the name itself is not among them."""
    first, _, rest = name.partition(" ")
    return [(kind, f"{f} {rest}" if rest else f) for f in name_forms(first)[1:]]


@lru_cache(maxsize=65536)
def _norm_words(text: str) -> tuple[str, ...]:
    """Matching forms of a name's words, ``عبد`` joined to the name it begins (عبد الله / عبدالله, عبد ربه / عبدربه:
    outlets write these compound names both ways)."""
    words: list[str] = []
    for t in tokenize(text):
        if words and words[-1] == "عبد":
            words[-1] += t.norm
        else:
            words.append(t.norm)
    return tuple(words)


# A name whose first word is definite (المدافع، للراحل، بالأمير) carries a stray word of the sentence before it.
_STRAY_OPENING = re.compile(r"(?:[وف]?(?:ال|لل|بال|كال))\S*\s")
_LIL = re.compile(r"[وف]?لل\S\S")  # ل + ال written لل (للدفاع) or ل + a word of its own ل (للجنة)
# Words that carry a person's name on through the father's line or the family (بن عبدالعزيز، آل سعود).
_LINEAGE = frozenset({"بن", "ابن", "ال"})


def _extend_lineage(keyed: dict) -> dict:
    """A person's name and the same name carried on by the father's line or the family are one key, the longer one
    (سلمان بن عبدالعزيز / سلمان بن عبدالعزيز آل سعود, خالد الفيصل / خالد الفيصل بن عبدالعزيز), when the longer names
    that carry it on are one line (each the start of the next); a name carried on by another word is another person
    (عبدالله بن عبدالعزيز, the late king, is not عبدالله بن عبدالعزيز الربيعة)."""
    names = {k: tuple(k[1].split(" ")) for k in keyed if k[0] == "PERS" and " " in k[1]}
    carried: defaultdict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for key, words in names.items():
        for n in range(2, len(words)):
            if words[n] in _LINEAGE:
                carried[words[:n]].append(key)
    out = dict(keyed)
    for key, words in sorted(names.items(), key=lambda kv: len(kv[1])):  # shortest first: a name joins the next
        line = sorted(carried.get(words, ()), key=lambda k: len(names[k]))  # one up the line, and goes on with it
        if line and all(names[b][:len(names[a])] == names[a] for a, b in zip(line, line[1:], strict=False)):
            out[line[0]] = out[line[0]] + out.pop(key)
    return out


_TYPE_ORDER = {t: k for k, t in enumerate(("PERS", "ORG", "LOC", "MISC"))}


@lru_cache(maxsize=1)
def _home_kingdoms() -> tuple[tuple[str, str], ...]:
    return tuple((row[0].lower(), row[1]) for row in _data_lines("entities_home_kingdoms.tsv"))


def home_kingdom(url: str | None) -> str | None:
    """The kingdom an outlet's site belongs to (``entities_home_kingdoms.tsv``: .sa, .jo, .ma, .bh and named Saudi,
    Jordanian, Moroccan, Bahraini outlets), where ``المملكة`` alone names it; None elsewhere or without a URL.

    >>> home_kingdom("http://www.okaz.com.sa/new/Issues/20150726/Con20150726785635.htm"), home_kingdom("https://www.bbc.com/arabic")
    ('السعودية', None)
    """
    host = urlparse(url or "").netloc.lower().split(":")[0]
    if not host:
        return None
    for suffix, country in _home_kingdoms():
        if host.endswith(suffix) and (suffix.startswith(".") or host == suffix or host.endswith("." + suffix)):
            return country
    return None


def entities_json(mentions_by_doc: Mapping[str, list[dict]], story_of: Mapping[str, str],
                  home: Mapping[str, str] | None = None) -> list[dict]:
    """The analysis JSON's ``entities``: the stored mention records of each document linked into entities.

    ``mentions_by_doc`` maps a doc id to its ``extract_all(article)["mentions"]`` records (``Mention.to_json()``);
    ``story_of`` maps a doc id to its story id, the scope in which a surname (السوداني) resolves to a full name;
    ``home`` a doc id to the kingdom of its outlet (``home_kingdom``), where المملكة alone is that country.
    Entities come most widely reported first (documents, then mentions), then by type and name.

    >>> ms = {"a": [{"start": 0, "end": 18, "text": "محمد شياع السوداني", "type": "PERS"}],
    ...       "b": [{"start": 4, "end": 12, "text": "السوداني", "type": "PERS"},
    ...             {"start": 20, "end": 26, "text": "واشنطن", "type": "LOC"}]}
    >>> [(e["canonical"], e["documents"]) for e in entities_json(ms, {"a": "s1", "b": "s1"})]
    [('محمد شياع السوداني', ['a', 'b']), ('الولايات المتحدة', ['b'])]
    """
    mentions = {
        doc: [Mention(r["start"], r["end"], r["text"], r["type"], r.get("role"), r.get("affiliation"),
                      r.get("source", "model"), r.get("place")) for r in records]
        for doc, records in mentions_by_doc.items()
    }
    members: dict[str, list[str]] = defaultdict(list)
    for doc, story in story_of.items():
        members[story].append(doc)
    entities = link_entities(mentions, groups=members.values(), home=home)
    entities.sort(key=lambda e: (-len(e.documents), -len(e.mentions), _TYPE_ORDER.get(e.type, 9), e.canonical))
    return [e.to_json() for e in entities]


def entity_at(entities: Sequence[dict], doc: str, start: int, end: int) -> str | None:
    """The id of the entity with a mention in ``doc`` overlapping ``[start, end)`` (a quote's speaker), or None.

    A person named in the span wins (a speaker's mention wraps the name in a title and an affiliation: المتحدث باسم
    الجيش العراقي اللواء يحيى رسول is يحيى رسول, not the army); otherwise the widest overlap. For many look-ups, call
    it with the same list: it is indexed once.

    >>> ents = [{"id": "ent-1", "type": "PERS", "mentions": [{"doc": "a", "start": 10, "end": 19, "text": "فؤاد حسين"}]}]
    >>> entity_at(ents, "a", 0, 15), entity_at(ents, "a", 19, 30), entity_at(ents, "b", 10, 19)
    ('ent-1', None, None)
    """
    best, best_key = None, (False, 0)
    for start_m, end_m, kind, ident in _mention_index(entities).get(doc, ()):
        if start_m >= end:
            break
        overlap = min(end, end_m) - max(start, start_m)
        key = (kind == "PERS", overlap)
        if overlap > 0 and key > best_key:
            best, best_key = ident, key
    return best


_INDEXES: dict[int, tuple[Sequence[dict], dict[str, list[tuple[int, int, str, str]]]]] = {}


def _mention_index(entities: Sequence[dict]) -> dict[str, list[tuple[int, int, str, str]]]:
    """Doc id -> (start, end, type, entity id) of its mentions sorted by start; kept for the last list seen."""
    cached = _INDEXES.get(id(entities))
    if cached and cached[0] is entities:
        return cached[1]
    index: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for e in entities:
        for m in e["mentions"]:
            index[m["doc"]].append((m["start"], m["end"], e["type"], e["id"]))
    for rows in index.values():
        rows.sort()
    _INDEXES.clear()
    _INDEXES[id(entities)] = (entities, index)
    return index
