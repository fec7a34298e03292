"""The named-entity tagger: language tables, CRF features and the recognizers behind one interface.

``load_recognizer('crf')`` opens the shipped CRF (python-crfsuite), trained on CLEANANERCorp TRAIN by
``bench/train_ner.py`` with ``document_features`` (the same code serves training and recognition);
``load_recognizer('neural')`` opens the shipped BiLSTM-CRF, trained with torch by ``bench/train_ner.py --neural``
and run here in numpy over ``NeuralFeaturizer`` inputs; ``load_recognizer()`` opens ``DEFAULT_RECOGNIZER``;
``load_recognizer('transformers:<dir>')`` opens a token-classification model the user has on disk. Mentions,
roles and linking live in ``entities.py``.

>>> load_recognizer().tag(["قال", "الرئيس", "جو", "بايدن"])
['O', 'O', 'B-PERS', 'I-PERS']
"""

from __future__ import annotations

import contextlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from ..arabic import normalize, remove_diacritics, tokenize
from ..errors import BackendError
from ..settings import Settings

MODEL_VERSION = "v2"  # v2: document features (ner.document_features) and consistent tags (ner.propagate)
MODEL_FILE = f"ner-crf-{MODEL_VERSION}.crfsuite"
MODEL_META = f"ner-crf-{MODEL_VERSION}.json"
# The attributes the CRF gave a weight (L1 drops most): features outside it are dropped before tagging, which saves
# crfsuite a third of its work. Written by bench/train_ner.py; without it every feature is passed.
MODEL_ATTRIBUTES = f"ner-crf-{MODEL_VERSION}.attributes.txt"
CLUSTERS_VERSION = "v1"
CLUSTERS_FILE = f"ner-clusters-{CLUSTERS_VERSION}.tsv"
TYPES = ("PERS", "ORG", "LOC", "MISC")
DEFAULT_RECOGNIZER = Settings().entity_model  # what load_recognizer() opens: the entity_model setting's default
NEURAL_VERSION = "v2"  # v2: the mean weights of the last 20 of 60 epochs, trained on all of TRAIN
NEURAL_FILE = f"ner-lstm-{NEURAL_VERSION}.npz"
NEURAL_META = f"ner-lstm-{NEURAL_VERSION}.json"

# --- language data ------------------------------------------------------------------------------------------------


def _data_lines(name: str) -> list[list[str]]:
    text = resources.files("marsad").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.split("\n") if line.strip() and not line.startswith("#")]


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(phrase))


@dataclass(frozen=True)
class _Lexicon:
    titles: frozenset[str]
    person_verbs: frozenset[str]
    org_heads: frozenset[str]
    loc_heads: frozenset[str]
    role_heads: frozenset[str]
    ranks: frozenset[str]
    title_words: frozenset[str]  # titles and ranks: the words written before a person's name (الشيخ، الدكتور)
    national_bodies: frozenset[str]
    media_heads: frozenset[str]
    common_countries: frozenset[str]  # country names that are also common words (مالي "financial")
    country_cues: frozenset[str]  # words after which such a name is the country (في، شمال، حكومة ...)
    role_breaks: frozenset[str]  # words that end the backward scan for a role phrase
    title_followers: frozenset[str]  # words that follow a title without being a name (المبعوث الأممي)
    honorifics: frozenset[str]  # words of address that open a person's title phrase (خادم، صاحب، فخامة)
    pronoun_words: frozenset[str]  # a preposition with a pronoun (لي، له، عنه): alone it names nobody
    clause_particles: frozenset[str]  # بأن، فإن، تدعى: open a clause or give a name; never a name's first word (as
    # written: بان is Ban)
    speech_verb_names: frozenset[str]  # راي، رد، بين: verbs of saying that are names too, kept in a mention
    personal_pronouns: frozenset[str]  # أنا، نحن: a mention opening with one names nobody (as written: آنا is Anna)
    possessed_nouns: frozenset[str]  # جد، جنوب: with ـه they fold onto a place name in ة (جدّه: his grandfather)
    letter_names: frozenset[str]  # Latin letters spelled in Arabic (بي، إف): alone they name nothing
    acronym_letters: frozenset[str]  # letters that are also words (في): letters only between dots
    event_heads: frozenset[str]  # هجمات، ثورة: before a date, the date names an event (هجمات 11 سبتمبر)
    namesake_titles: frozenset[str]  # الملك، الإمام: a body or place named after the person they title
    homonym_titles: frozenset[str]  # الفريق، اللواء: also common nouns (the team, the brigade)
    compound_name_ends: frozenset[str]  # الدين، الإسلام: a given name's second word (سيف الإسلام، صلاح الدين)
    waw_names: frozenset[str]  # وهبة، وجدي: given names in و whose rest is a word too; after a title, the name
    noun_names: frozenset[str]  # القاعدة: a name that is a common noun too ('the base')
    name_adjectives: frozenset[str]  # الإرهابية: adjectives after such a name that keep it the name
    demonstratives: frozenset[str]  # هذه، تلك: before such a name, the noun
    god_formulas: frozenset[str]  # بحمد، جزى، رحمهما: before الله a formula, no name (with و/ف before them too)
    blessings: frozenset[str]  # رحمهما، تغمده، وفقه: a blessing verb with its object pronoun, which ends no name
    city_cues: frozenset[str]  # أمير، سكان، وسط: before a capital, it is the city, no metonym of its state
    state_forms: frozenset[str]  # دولة، سلطنة، جمهورية: open a state's formal name (سلطنة عمان، جمهورية مصر العربية)
    countries: frozenset[str]  # the normalized canonical names of the gazetteer's countries
    namesake_heads: dict[str, str]  # مستشفى -> ORG, شارع -> LOC: the noun before such a title, and the name's type
    names: dict[tuple[str, ...], str]  # normalized phrase -> type (gazetteer names and alias variants)
    canon: dict[tuple[str, ...], tuple[str, str, str]]  # normalized phrase -> (canonical, type, relation)
    nisba: dict[str, str]  # normalized nisba adjective (masculine singular) -> canonical country
    sure: frozenset[tuple[str, ...]]  # names whose table type wins over the model's on the same words (كورونا MISC)
    first_tokens: frozenset[str]
    max_len: int

    @property
    def phrases(self) -> tuple[dict[tuple[str, ...], str], frozenset[str], int]:
        return self.names, self.first_tokens, self.max_len


@cache
def places() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every place the lexicon names (countries, cities, towns) as normalized word tuples, by the first word as it
    may be written, proclitics and all (تبوك، بتبوك، وتبوك، لتبوك ...; الطائف، بالطائف، للطائف ...), longest first:
    {"بخميس": (("خميس", "مشيط"),), "وتبوك": (("تبوك",),) ...}. One lookup per word of a text."""
    by_first: defaultdict[str, set[tuple[str, ...]]] = defaultdict(set)
    for key, kind in _lexicon().names.items():
        if kind != "LOC" or not key:
            continue
        first = key[0]
        bare = first[2:] if first.startswith("ال") else first
        written = {first, "ال" + bare, "لل" + bare}  # the article written or not: الجزائر / جزائر
        for form in list(written):
            written |= {c + form for c in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")}
        for form in written:
            by_first[form].add(key)
    return {form: tuple(sorted(keys, key=lambda k: (-len(k), k))) for form, keys in by_first.items()}


@cache
def _lexicon() -> _Lexicon:
    triggers = json.loads(resources.files("marsad").joinpath("data", "entities_triggers.json").read_text("utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize(w) for w in triggers[key])

    def written(key: str) -> frozenset[str]:  # hamza kept: normalized, فإن and بأن are فان (van) and بان (Ban)
        return frozenset(remove_diacritics(w) for w in triggers[key])

    names: dict[tuple[str, ...], str] = {}
    canon: dict[tuple[str, ...], tuple[str, str, str]] = {}
    nisba: dict[str, str] = {}
    countries: set[str] = set()
    for row in _data_lines("entities_gazetteer.tsv"):
        name, kind_type, canonical, kind = row[:4]
        if kind == "country":
            countries.add(normalize(canonical))
        if kind == "nisba":
            nisba.setdefault(normalize(name), canonical)
        else:
            names[_key(name)] = kind_type
            canon.setdefault(_key(name), (canonical, kind_type, "alias"))
    for row in _data_lines("entities_names.tsv"):
        names[_key(row[0])] = row[1]
    for row in _data_lines("entities_places.tsv"):
        names.setdefault(_key(row[0]), "LOC")
    terms = {_key(row[0]): row[1] for row in _data_lines("entities_terms.tsv")}
    names.update(terms)
    sure = frozenset(terms)
    for variant, canonical, kind_type, relation in _data_lines("entities_aliases.tsv"):
        if relation == "nisba":
            nisba[normalize(variant)] = canonical
            continue
        names[_key(variant)] = kind_type
        canon[_key(variant)] = (canonical, kind_type, relation)
        names.setdefault(_key(canonical), kind_type)
        canon.setdefault(_key(canonical), (canonical, kind_type, "alias"))
    blessings = _blessings(triggers)
    return _Lexicon(
        titles=words("person_titles"), person_verbs=words("person_verbs"), org_heads=words("org_heads"),
        loc_heads=words("loc_heads"), role_heads=words("role_heads"), ranks=words("ranks"),
        title_words=words("person_titles") | words("ranks"),
        national_bodies=words("national_bodies"), media_heads=words("media_heads"),
        common_countries=words("common_word_countries"), country_cues=words("country_cues"),
        role_breaks=words("role_breaks"), title_followers=words("title_followers"), honorifics=words("honorifics"),
        pronoun_words=words("pronoun_words"), letter_names=words("letter_names"),
        clause_particles=written("clause_particles") | written("naming_verbs"), personal_pronouns=written("personal_pronouns"),
        speech_verb_names=words("speech_verb_names"),
        possessed_nouns=words("possessed_nouns"),
        acronym_letters=words("acronym_letters") | words("letter_names"), event_heads=words("event_heads"),
        namesake_titles=words("namesake_titles"), homonym_titles=words("homonym_titles"),
        compound_name_ends=words("compound_name_ends"), waw_names=words("waw_names"),
        noun_names=words("noun_names"), name_adjectives=words("name_adjectives"),
        demonstratives=words("demonstratives"), god_formulas=_with_conjunctions(triggers["god_formulas"]) | blessings,
        blessings=blessings, city_cues=words("city_cues") | words("loc_heads"),
        state_forms=words("state_forms"), countries=frozenset(countries),
        namesake_heads={normalize(w): kind for kind, ws in triggers["namesake_heads"].items() for w in ws},
        names=names, canon=canon, nisba=nisba, sure=sure,
        first_tokens=frozenset(k[0] for k in names), max_len=max(len(k) for k in names),
    )


def _blessings(triggers: dict) -> frozenset[str]:
    """The triggers' ``blessing_verbs`` with an object pronoun (رحمهما، شفاه، يرحمك), alone or after و/ف, normalized."""
    return _with_conjunctions(verb + pronoun for verb in triggers["blessing_verbs"] for pronoun in _OBJECT_PRONOUNS)


def _with_conjunctions(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize(conjunction + w) for w in words for conjunction in ("", "و", "ف"))


_OBJECT_PRONOUNS = ("ه", "ها", "هما", "هم", "هن", "ك", "كما", "كم", "ني", "نا")


@cache
def _clusters() -> dict[str, tuple[str, str, int]]:
    """Normalized word -> (coarse cluster, fine cluster, frequency rank), learnt from SaudiNewsNet."""
    path = resources.files("marsad").joinpath("weights", CLUSTERS_FILE)
    if not path.is_file():
        return {}
    table = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        parts = line.split("\t")
        if len(parts) == 4 and not line.startswith("#"):
            table[parts[0]] = (parts[1], parts[2], int(parts[3]))
    return table


# --- clitics ------------------------------------------------------------------------------------------------------
# Proclitics of news Arabic in the order they stack: conjunction و/ف, then preposition ب/ل/ك, then the article ال
# (ل + ال is written لل). Enclitic pronouns are not stripped: names rarely carry them.


def clitic_forms(norm: str) -> tuple[str, ...]:
    """The normalized word and its readings with proclitics removed, longest first (cached: called per token).

    >>> clitic_forms("وبالعراق")
    ('وبالعراق', 'بالعراق', 'العراق')
    >>> clitic_forms("للعراق")
    ('للعراق', 'العراق')
    """
    return _clitic_forms(norm)


@lru_cache(maxsize=1 << 17)
def _clitic_forms(norm: str) -> tuple[str, ...]:
    out = [norm]
    w = norm
    if len(w) > 3 and w[0] in "وف":
        w = w[1:]
        out.append(w)
    if len(w) > 4 and w.startswith("لل"):
        out.append("ال" + w[2:])
    elif len(w) > 3 and w[0] in "بلك":
        out.append(w[1:])
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def name_forms(norm: str) -> tuple[str, ...]:
    """``clitic_forms`` and, for a word written with لل, the reading ل + a word of its own ل (للبنان -> لبنان,
    للجنة -> لجنة) before the one with the article (للعراق -> العراق) where SaudiNewsNet bears it out
    (``_own_lam``: not للحج, for Hajj, which is no ل + لحج, the Yemeni province): the readings under which a name
    is looked up. Title and role rules keep to ``clitic_forms`` (للاعب is ل + اللاعب before a name, seldom ل + لاعب).

    >>> name_forms("للبنان"), name_forms("وللحج")
    (('للبنان', 'لبنان', 'البنان'), ('وللحج', 'للحج', 'الحج'))
    """
    w = norm[1:] if len(norm) > 3 and norm[0] in "وف" else norm
    if len(w) < 4 or not w.startswith("لل"):
        return _clitic_forms(norm)
    readings = (w[1:], "ال" + w[2:]) if _own_lam(w[1:]) else ("ال" + w[2:],)
    return (norm, w, *readings) if w != norm else (norm, *readings)


def _own_lam(word: str) -> bool:
    """A normalized word written after the preposition ل as لل + the rest (لجنة -> للجنة) is the reading of لل
    rather than ل + ال + the rest: it is the commoner of the two (لبنان over البنان; not لحج beside الحج) and
    written with the article too (اللجنة) unless it is a name that never takes one (لبنان); للوكالة is ل + الوكالة,
    though لوكالة is the commoner word."""
    definite, own = frequency_rank("ا" + word), frequency_rank(word)
    return own < definite and (definite >= UNRANKED or frequency_rank("ال" + word) < UNRANKED)


def lam_off(name: str) -> str:
    """A name whose first ل (after و or ف) is the preposition, as written without it: لوزارة الصحة -> وزارة الصحة,
    للمصادر -> المصادر (ل + ال is written لل, the article's alef dropped), للجنة -> لجنة and للبنان -> لبنان
    (ل + a word of its own ل: of the two readings of لل, the one SaudiNewsNet writes more often). A conjunction
    before it goes too.

    >>> lam_off("للدفاع المدني"), lam_off("وللجنة الاستئناف"), lam_off("للجنة الوطنية"), lam_off("لوزارة")
    ('الدفاع المدني', 'لجنة الاستئناف', 'اللجنة الوطنية', 'وزارة')
    """
    word, tail = re.match(r"(\S*)(.*)", name, re.S).groups()
    following = tail.split(None, 1)
    return _lam_off_word(word, bool(following) and definite_adjective(normalize(following[0]), normalize(word))) + tail


def definite_adjective(norm: str, head: str = "") -> bool:
    """A normalized word that reads as a definite adjective after the noun ``head`` (normalized): a nisba (الوطنية،
    الدولي), an elative (العليا، الكبرى), a feminine word after a feminine noun (اللجنة المنظمة، العامة) or a relative
    pronoun (التي). After للجنة it shows the article was written: للجنة المنظمة is ل + اللجنة المنظمة, while للجنة
    الاستئناف is ل + لجنة الاستئناف (a noun after a noun: no article on the first). SaudiNewsNet writes للجنة + a
    definite word 3,497 times, the commonest followers being such adjectives (المحلية، التنفيذية، المنظمة، العامة)."""
    if not norm.startswith("ال") or len(norm) < 4:
        return False
    return (norm.endswith(("ي", "يه")) or (len(norm) <= 6 and norm.endswith("ا")) or norm in ("التي", "الذي")
            or (head.endswith("ه") and norm.endswith("ه")))


def _lam_off_word(word: str, adjective_follows: bool = False) -> str:
    norm = normalize(word)
    cut = 1 if norm[:1] in ("و", "ف") and norm[1:2] == "ل" and len(norm) > 3 else 0
    if norm[cut:cut + 1] != "ل" or len(norm) - cut < 4:
        return word
    letters = 0  # the original spelling after the ل (diacritics may sit between letters)
    for i, ch in enumerate(word):
        letters += bool(normalize(ch))
        if letters == cut + 2:
            rest = word[i:]
            break
    else:
        return word
    if not norm[cut:].startswith("لل"):
        return rest
    if not _own_lam(norm[cut + 1:]):
        return "ا" + rest  # ل + ال: للدفاع -> الدفاع, للوكالة -> الوكالة
    return "ال" + rest if adjective_follows else rest  # للجنة الوطنية -> اللجنة الوطنية; للبنان -> لبنان


def _core(norm: str) -> str:
    """Clitics and the article off: the form features generalize over."""
    w = clitic_forms(norm)[-1]
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


# --- features -----------------------------------------------------------------------------------------------------
_PUNCT_ONLY = re.compile(r"^\W+$")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")


def _shape(token: str) -> str:
    if _PUNCT_ONLY.match(token):
        return "P"
    if _DIGIT.search(token):
        return "D"
    if _LATIN.search(token):
        return "L"
    return "A"


@lru_cache(maxsize=1 << 17)
def _word_features(token: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(features of a token in its own position, features it lends its neighbours); cached per token string."""
    lex, clusters = _lexicon(), _clusters()
    n = normalize(token).strip("\"'()«»[]،,.:؛;!؟?-")
    n = n or normalize(token)
    forms = clitic_forms(n)
    core = _core(n)
    shape = _shape(token)
    own = [f"w={n}", f"c={core}", f"sh={shape}", f"p2={n[:2]}", f"p3={n[:3]}", f"s2={n[-2:]}", f"s3={n[-3:]}",
           f"s1={n[-1:]}", f"cp2={core[:2]}", f"cs2={core[-2:]}", f"len={min(len(core), 9)}"]
    if forms[-1].startswith("ال") or n.startswith("لل"):
        own.append("al")
    if len(forms) > 1:
        own.append(f"pre={n[: len(n) - len(forms[-1])]}")
    ctx = [f"w={n}", f"c={core}", f"sh={shape}"]
    for name, bag in (("ti", lex.titles), ("ve", lex.person_verbs), ("oh", lex.org_heads), ("lh", lex.loc_heads)):
        if any(f in bag for f in forms):
            own.append(f"tr={name}")
            ctx.append(f"tr={name}")
    if any(f in lex.nisba for f in nisba_bases(n)):
        own.append("nisba")
        ctx.append("nisba")
    for f in forms:
        kind = lex.names.get((f,))
        if kind:
            own.append(f"gz1={kind}")
            break
    cl = clusters.get(n) or clusters.get(core) or next((clusters[f] for f in forms if f in clusters), None)
    if cl:
        own += [f"k={cl[0]}", f"kf={cl[1]}", f"fr={min(len(str(cl[2])), 5)}"]
        ctx += [f"k={cl[0]}", f"kf={cl[1]}"]
    else:
        own.append("oov")
    return tuple(own), tuple(ctx)


@lru_cache(maxsize=1 << 18)
def _shifted(token: str, offset: int, known: frozenset[str] | None = None) -> tuple[str, ...]:
    feats = (f"{offset}{f}" for f in _word_features(token)[1])
    return tuple(feats) if known is None else tuple(f for f in feats if f in known)


UNRANKED = 10**9  # frequency_rank of a word outside the SaudiNewsNet table
_UNRANKED = ("", "", UNRANKED)


def frequency_rank(word: str) -> int:
    """SaudiNewsNet frequency rank of a normalized word (1 = the commonest); 10**9 for a word outside the table."""
    return _clusters().get(word, _UNRANKED)[2]


def _clustered_with(word: str, prototype: str, level: int) -> bool:
    """``word`` shares the coarse (``level`` 0) or fine (1) SaudiNewsNet word cluster of ``prototype``."""
    own = _clusters().get(word)
    return own is not None and own[level] == _clusters().get(prototype, _UNRANKED)[level]


def given_name(word: str) -> bool:
    """A normalized word of the SaudiNewsNet word cluster of محمد: Arabic given names (خالد، طارق، طلال، عماد،
    مازن, 385 words), read from the shipped clusters, no list by hand."""
    return _clustered_with(word, "محمد", 0)


def foreign_given_name(word: str) -> bool:
    """A normalized word of the SaudiNewsNet word cluster of جون: given names of foreigners and a few Arabs written
    before a family name (ديفيد، توماس، جورج، باراك، سامح، 257 words), read from the shipped clusters."""
    return _clustered_with(word, "جون", 0)


def family_name(word: str) -> bool:
    """A normalized word of the SaudiNewsNet word cluster of القحطاني: family names (العتيبي، الطريفي، العساف، السديري,
    735 words), read from the shipped clusters, no list by hand."""
    return _clustered_with(word, "القحطاني", 0)


def public_figure(word: str) -> bool:
    """A normalized word of the SaudiNewsNet fine word cluster of أوباما: names of statesmen in the news (كيري،
    روحاني، لافروف), read from the shipped clusters, no list by hand."""
    return _clustered_with(word, "اوباما", 1)


def known_name(word: str) -> bool:
    """A normalized word the tables know as a given, family or foreign given name (يزيد، تركي، سعد)."""
    return given_name(word) or family_name(word) or foreign_given_name(word)


def past_form(word: str) -> bool:
    """SaudiNewsNet writes ``word`` (normalized) with the ت of 'she' and with the وا of 'they' after it (خضعت and
    خضعوا for خضع, اتهمت and اتهموا for اتهم): the letters are a verb's past."""
    return frequency_rank(word + "ت") < UNRANKED and frequency_rank(word + "وا") < UNRANKED


def present_stem(stem: str) -> bool:
    """SaudiNewsNet writes ``stem`` (normalized) after both ي and ت, as a verb's present tense (يسير، تسير): the
    letters after such a prefix are a verb's, not a name's (يانغون: no يانغ and تانغ) or a noun's (تطبيق)."""
    return frequency_rank("ي" + stem) < UNRANKED and frequency_rank("ت" + stem) < UNRANKED


def commoner_without(word: str, bare: str, common_rank: int, times: int) -> bool:
    """``word`` reads as a clitic + ``bare``: ``bare`` is among SaudiNewsNet's ``common_rank`` commonest words and
    ``times`` times as common as ``word`` (لمكتبة -> مكتبة, ببريدة -> بريدة; not بلاتر -> لاتر)."""
    rank = frequency_rank(bare)
    return rank <= common_rank and times * rank < frequency_rank(word)


@lru_cache(maxsize=1 << 17)
def _word_info(token: str) -> tuple[str, str, tuple[str, ...], int]:
    """(normalized word, its core, the trigger features it lends its neighbours, SaudiNewsNet frequency rank)."""
    own, ctx = _word_features(token)
    n = own[0][2:]
    core = _core(n)
    clusters = _clusters()
    rank = (clusters.get(n) or clusters.get(core) or _UNRANKED)[2]
    return n, core, tuple(f for f in ctx if f.startswith("tr=") or f == "nisba"), rank


def _gazetteer_tags(norms: Sequence[str]) -> list[str | None]:
    """BIO tags of the longest gazetteer/alias phrase matches over a sentence's normalized tokens."""
    names, first_tokens, max_len = _lexicon().phrases
    tags: list[str | None] = [None] * len(norms)
    i = 0
    while i < len(norms):
        best = 0
        kind = ""
        for first in name_forms(norms[i]):
            if first not in first_tokens:
                continue
            for n in range(min(max_len, len(norms) - i), 0, -1):
                if n <= best:
                    break
                k = names.get((first, *norms[i + 1: i + n]))
                if k:
                    best, kind = n, k
                    break
        if best:
            tags[i] = f"B-{kind}"
            for j in range(i + 1, i + best):
                tags[j] = f"I-{kind}"
            i += best
        else:
            i += 1
    return tags


def sentence_features(tokens: Sequence[str], known: frozenset[str] | None = None) -> list[list[str]]:
    """CRF features for each token of one sentence (the same code serves training and recognition).

    ``known``: keep only these attributes (the ones the model weighs); the filtering of a word's own and
    neighbour features is cached with them.
    """
    n = len(tokens)
    norms = [_word_features(t)[0][0][2:] for t in tokens]
    triggers = [_word_info(t)[2] for t in tokens]
    left = [tuple("L" + f for f in t) if t else () for t in triggers]
    right = [tuple("R" + f for f in t) if t else () for t in triggers]
    gaz = _gazetteer_tags(norms)
    padded = ["<s>", *norms, "</s>"]
    out: list[list[str]] = []
    for i in range(n):
        feats = list(_own(tokens[i], known))
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                feats += _shifted(tokens[j], off, known)
            else:
                feats.append(f"{off}pad")
        more = [f"bg-={padded[i]}|{norms[i]}", f"bg+={norms[i]}|{padded[i + 2]}"]
        if gaz[i]:
            more.append(f"gz={gaz[i]}")
        if i and gaz[i - 1]:
            more.append(f"-1gz={gaz[i - 1]}")
        if i + 1 < n and gaz[i + 1]:
            more.append(f"+1gz={gaz[i + 1]}")
        # triggers three and four words away (الرئيس الأمريكي باراك أوباما: the title is three words before أوباما)
        far = (left[i - 4] if i >= 4 else ()) + (left[i - 3] if i >= 3 else ())
        far += (right[i + 3] if i + 3 < n else ()) + (right[i + 4] if i + 4 < n else ())
        if far:
            more += sorted(set(far))
        feats += more if known is None else [f for f in more if f in known]
        out.append(feats)
    return out


@lru_cache(maxsize=1 << 17)
def _own(token: str, known: frozenset[str] | None) -> tuple[str, ...]:
    feats = ("bias", *_word_features(token)[0])
    return feats if known is None else tuple(f for f in feats if f in known)


# A word rarer than this many commonest SaudiNewsNet words counts as "rare" (names mostly are); commoner than
# DOC_MIN_RANK it gets no document features (function words and common nouns recur everywhere).
RARE_RANK = 5000
DOC_MIN_RANK = 300
# Sentences taken as one document when a corpus marks no document boundaries (CLEANANERCorp): about one article.
DOC_SENTENCES = 20


def document_features(sentences: Sequence[Sequence[str]], known: frozenset[str] | None = None,
                      ) -> list[list[list[str]]]:
    """CRF features of every token of a document: ``sentence_features`` plus what the document says of its word.

    A name is often introduced once with a title or a verb (أكد مجذوب الخليفة) and then repeated bare; each
    occurrence gets, as ``D:`` features, the trigger classes seen before and after the same word anywhere in the
    document and whether rare words stand beside it — no labels involved, so training and recognition agree.
    """
    infos, seen, count = _document_context(sentences)
    out = []
    for toks, inf in zip(sentences, infos, strict=True):
        feats = sentence_features(toks, known)
        for f, (_, core, _, _) in zip(feats, inf, strict=True):
            if core in count:
                doc = [f"D:n={min(count[core], 3)}", *(f"D:{k}" for k in seen[core])]
                f += doc if known is None else [d for d in doc if d in known]
        out.append(feats)
    return out


def _document_context(sentences: Sequence[Sequence[str]]) -> tuple[list, dict[str, set[str]], Counter[str]]:
    """(each token's ``_word_info``, the trigger classes seen around each rare-enough word, its count)."""
    infos = [[_word_info(t) for t in toks] for toks in sentences]
    seen: dict[str, set[str]] = defaultdict(set)
    count: Counter[str] = Counter()
    for inf in infos:
        for i, (_, core, _, rank) in enumerate(inf):
            if len(core) < 3 or rank < DOC_MIN_RANK:
                continue
            bag = seen[core]
            count[core] += 1
            if i:
                bag.update("p" + f for f in inf[i - 1][2])
                if inf[i - 1][3] > RARE_RANK and len(inf[i - 1][1]) > 2:
                    bag.add("prare")
            if i > 1:
                bag.update("pp" + f for f in inf[i - 2][2])
            if i + 1 < len(inf):
                bag.update("n" + f for f in inf[i + 1][2])
                if inf[i + 1][3] > RARE_RANK and len(inf[i + 1][1]) > 2:
                    bag.add("nrare")
    return infos, seen, count


def propagate(sentences: Sequence[Sequence[str]], tags: list[list[str]], min_rank: int = 1000) -> list[list[str]]:
    """One document's tags made consistent: a word tagged alone as an entity (or as a person's last name) somewhere
    is tagged the same where the model left it out (الراغب after محرم الراغب; جوزيه four times, tagged once).
    Words among the ``min_rank`` commonest are left alone. A word tagged only under a clitic whose core is a common
    word, far commoner alone (بعقوبة: ب + عقوبة), is tagged again only as written. Changes ``tags`` in place and
    returns it."""
    table: dict[str, Counter[str]] = defaultdict(Counter)  # by core
    as_written: dict[str, Counter[str]] = defaultdict(Counter)  # by the normalized word, its clitics kept
    vouched: set[str] = set()  # cores a word tagged alone vouches for whatever its clitics
    for toks, row in zip(sentences, tags, strict=True):
        for a, b, kind in bio_spans(row):
            if b - a == 1:
                norm, core, _, rank = _word_info(toks[a])
                table[core][kind] += 1
                as_written[norm][kind] += 1
                if norm == core or not _commoner_core(core, rank):
                    vouched.add(core)  # a clitic on a common word vouches for the same written word only: 'بعقوبة'
                    # tagged a place in 'لم يقترن بعقوبة' (with a punishment) makes no place of every عقوبة
            elif kind == "PERS":
                core = _word_info(toks[b - 1])[1]
                table[core]["PERS"] += 1
                vouched.add(core)
    if not table:
        return tags
    for toks, row in zip(sentences, tags, strict=True):
        for i, tok in enumerate(toks):
            if row[i] != "O":
                continue
            norm, core, _, rank = _word_info(tok)
            counts = table[core] if core in vouched else as_written.get(norm)
            if counts is None or len(core) < 3 or rank < min_rank:
                continue
            kind = counts.most_common(1)[0][0]
            if i and row[i - 1] != "O" and row[i - 1].endswith(kind):
                continue
            row[i] = f"B-{kind}"
    return tags


_CORE_COMMON_RANK = 10000  # a clitic word's core among SaudiNewsNet's 10,000 commonest ...
_CORE_TIMES = 4  # ... and four times as common as the word written with the clitic: ب/ل/و on a common word


def _commoner_core(core: str, rank: int) -> bool:
    """The core of a word written with a clitic (rank ``rank``) is a common word, far commoner alone."""
    own = _clusters().get(core)
    return own is not None and own[2] < _CORE_COMMON_RANK and own[2] * _CORE_TIMES < rank


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) token ranges of a BIO sequence, conlleval's way (a stray I- opens an entity)."""
    out, start, kind = [], None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if start is not None and (prefix != "I" or t != kind):
            out.append((start, i, kind))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, t
    return out


def nisba_bases(norm: str) -> list[str]:
    """Masculine singular readings of a possible nisba adjective: العراقية -> عراقي, الأميركيين -> اميركي."""
    out = []
    for f in name_forms(norm):
        w = f[2:] if f.startswith("ال") else f
        out.append(w)
        if w.endswith("ه"):
            out.append(w[:-1])
        elif w.endswith(("ين", "ون", "ات")) and len(w) > 5:
            out.append(w[:-2])
    return out


def country_reading(prev: str | None, norm: str) -> bool:
    """May the normalized word ``norm`` be read as a country here, ``prev`` being the normalized word before it (None
    at the start of a line)? Always, unless it is a country name that is also a common word (``common_word_countries``
    of entities_triggers.json: مالي "financial"); such a word is the country with a proclitic ب/ل, first in its
    sentence, after a preposition, a direction or a state noun (``country_cues``) or after another place name, and
    the adjective after any other word.

    >>> country_reading("في", "مالي"), country_reading(None, "مالي"), country_reading("وسط", "مالي")
    (True, True, True)
    >>> country_reading("دعم", "مالي"), country_reading("انقاذ", "مالي"), country_reading("السنغال", "ومالي")
    (False, False, True)
    """
    lex = _lexicon()
    forms = clitic_forms(norm)
    if forms[-1] not in lex.common_countries:
        return True
    if len(forms) > 1 and forms[-2][0] in "بل":  # بمالي، لمالي
        return True
    # or after another place: a list of countries (السنغال ومالي وبنين)
    return prev is None or any(f in lex.country_cues or lex.names.get((f,)) == "LOC" for f in clitic_forms(prev))


def common_word_countries() -> frozenset[str]:
    """Country names that are also common words (مالي), normalized."""
    return _lexicon().common_countries


def conjunction_off(norm: str) -> str:
    """A normalized word without the conjunction و/ف written on it, when more than three letters are left with it
    (والوزارة -> الوزارة, فسيف -> سيف; وزن, فهد of three letters stay)."""
    return norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm


def nisba_country(word: str) -> str | None:
    """The country a nisba adjective points to, or None.

    >>> nisba_country("العراقية"), nisba_country("والأميركيين"), nisba_country("حكومة")
    ('العراق', 'الولايات المتحدة', None)
    """
    return _nisba_country(word)


@lru_cache(maxsize=1 << 16)
def _nisba_country(word: str) -> str | None:
    nisba = _lexicon().nisba
    return next((nisba[b] for b in nisba_bases(normalize(word)) if b in nisba), None)


# --- the neural tagger's inputs -----------------------------------------------------------------------------------
# The BiLSTM-CRF (``NeuralRecognizer``) reads, for each token: the SaudiNewsNet word vector of the word and of its
# core (clitics and article off), a character CNN over the normalized word, and the CRF's compact knowledge as
# one-hot inputs: shape, gazetteer match, coarse word cluster, frequency band, trigger classes, and the document
# context of ``_document_context``. ``NeuralFeaturizer.document`` is the one code path for training and recognition.

SHAPES = ("P", "D", "L", "A")
GAZ_TAGS = (None, *(f"{p}-{t}" for t in TYPES for p in "BI"))
TRIGGERS = ("ti", "ve", "oh", "lh", "nisba")
# own flags, then the document's: seen 1, 2, 3+ times; trigger classes before (p), two before (pp), after (n); rare
# neighbours before and after
FLAGS = ("al", "pre", "oov", *(f"tr={t}" for t in TRIGGERS[:4]), "nisba", *(f"gz1={t}" for t in TYPES),
         "D:n=1", "D:n=2", "D:n=3", *(f"D:{w}{t}" for w in ("p", "pp", "n") for t in
                                          (*(f"tr={t}" for t in TRIGGERS[:4]), "nisba")), "D:prare", "D:nrare")
_FLAG_INDEX = {f: i for i, f in enumerate(FLAGS)}
ONE_HOTS = len(SHAPES) + len(GAZ_TAGS) + 6  # shape, gazetteer tag, frequency band (0 = not in the clusters, 1-5)
MAX_CHARS = 16  # longer words are cut: the CNN sees their first 16 letters, enough for names with clitics
PAD, UNK = 0, 1


class NeuralFeaturizer:
    """Token ids and input features of a document for the neural tagger, given its word and character tables.

    >>> f = NeuralFeaturizer(["قال", "الرءيس"], "قالرءيس")
    >>> f.document([["قال", "الرئيس", "زيد"]])["words"].tolist()
    [2, 3, 1]
    """

    def __init__(self, vocab: Sequence[str], chars: str) -> None:
        self.words = {w: i + 2 for i, w in enumerate(vocab)}
        self.chars = {c: i + 2 for i, c in enumerate(chars)}
        self._cache: dict[str, tuple] = {}

    def _token(self, token: str) -> tuple:
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        import numpy as np

        own = _word_features(token)[0]
        n, core = own[0][2:], own[1][2:]
        words = self.words
        wid = words.get(n) or next((words[f] for f in clitic_forms(n)[1:] if f in words), UNK)
        cid = words.get(core, UNK)
        chars = np.zeros(MAX_CHARS, dtype=np.int32)
        ids = [self.chars.get(c, UNK) for c in (n or "?")[:MAX_CHARS]]
        chars[: len(ids)] = ids
        cluster, band, flags = 0, 0, []
        shape = SHAPES.index(own[2][3:])
        for f in own[3:]:
            if f.startswith("k="):
                cluster = int(f[2:]) + 1
            elif f.startswith("fr="):
                band = int(f[3:])
            elif f.startswith("pre="):
                flags.append(_FLAG_INDEX["pre"])
            elif f in _FLAG_INDEX:
                flags.append(_FLAG_INDEX[f])
        hit = (wid, cid, chars, len(ids), cluster, shape, band, tuple(flags))
        if len(self._cache) < 1 << 18:
            self._cache[token] = hit
        return hit

    def document(self, sentences: Sequence[Sequence[str]]) -> dict:
        """Arrays over the document's tokens in reading order (``lengths`` gives each sentence's share)."""
        import numpy as np

        infos, seen, count = _document_context(sentences)
        rows = [self._token(t) for toks in sentences for t in toks]
        n = len(rows)
        onehot = np.zeros((n, ONE_HOTS + len(FLAGS)), dtype=np.float32)
        gaz_base, band_base, flag_base = len(SHAPES), len(SHAPES) + len(GAZ_TAGS), ONE_HOTS
        k = 0
        for toks, inf in zip(sentences, infos, strict=True):
            gaz = _gazetteer_tags([i[0] for i in inf])
            for j in range(len(toks)):
                row = rows[k]
                onehot[k, row[5]] = 1
                onehot[k, gaz_base + GAZ_TAGS.index(gaz[j])] = 1
                onehot[k, band_base + row[6]] = 1
                for f in row[7]:
                    onehot[k, flag_base + f] = 1
                core = inf[j][1]
                if core in count:
                    onehot[k, flag_base + _FLAG_INDEX[f"D:n={min(count[core], 3)}"]] = 1
                    for d in seen[core]:
                        onehot[k, flag_base + _FLAG_INDEX["D:" + d]] = 1
                k += 1
        return {
            "words": np.fromiter((r[0] for r in rows), dtype=np.int64, count=n),
            "cores": np.fromiter((r[1] for r in rows), dtype=np.int64, count=n),
            "chars": np.stack([r[2] for r in rows]) if rows else np.zeros((0, MAX_CHARS), dtype=np.int32),
            "char_lengths": np.fromiter((r[3] for r in rows), dtype=np.int64, count=n),
            "clusters": np.fromiter((r[4] for r in rows), dtype=np.int64, count=n),
            "onehot": onehot,
            "lengths": np.array([len(s) for s in sentences], dtype=np.int64),
        }


# --- recognizers --------------------------------------------------------------------------------------------------


class Recognizer:
    """A sequence tagger: one sentence's tokens in, one BIO tag (``B-PERS``, ``I-LOC``, ``O``) per token out.

    ``tag_document`` tags a document's sentences together, so a recognizer may use what the whole document says.
    """

    name = "base"

    def tag(self, tokens: Sequence[str]) -> list[str]:
        raise NotImplementedError

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        return [self.tag(tokens) for tokens in sentences]


class CrfRecognizer(Recognizer):
    """The shipped CRF (python-crfsuite); holds the opened model file."""

    def __init__(self, path: str) -> None:
        try:
            import pycrfsuite
        except ImportError as e:
            raise BackendError("the 'crf' recognizer needs python-crfsuite: pip install python-crfsuite") from e
        self.name = "crf"
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(path)
        _lexicon(), _clusters()  # the feature tables load with the model, not on the first sentence
        self._known = _known_attributes(str(Path(path).with_name(Path(path).name.replace(".crfsuite", ".attributes.txt"))))

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return self.tag_document([tokens])[0]

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        features = document_features([s for s in sentences if s], self._known)
        tags = [list(self._tagger.tag(f)) for f in features]
        tags = propagate([s for s in sentences if s], tags)
        it = iter(tags)
        return [next(it) if s else [] for s in sentences]


@cache
def _known_attributes(path: str) -> frozenset[str] | None:
    """The attribute list beside a model, one object per file: the feature caches take it as part of their key, and
    a second equal set would be compared element by element on every look-up."""
    file = Path(path)
    return frozenset(file.read_text(encoding="utf-8").split("\n")) if file.is_file() else None


# Padded steps (sentences x longest sentence) the BiLSTM runs at once: bounds its memory to a few megabytes
# whatever the page; one batch per document before held 1.2 GB for a 31,560-character SaudiNewsNet record.
BATCH_CELLS = 4096


class NeuralRecognizer(Recognizer):
    """The shipped BiLSTM-CRF, run in numpy (no torch at run time); trained by ``bench/train_ner.py --neural``.

    The weights file holds float16 arrays (torch's names and layouts: LSTM gates in i, f, g, o order) plus the
    word and character tables; sentences of a document run through the LSTM together, longest first.
    """

    def __init__(self, path: str) -> None:
        import numpy as np

        self.name = "neural"
        try:
            with np.load(path) as z:
                w = {k: z[k].astype(np.float32) if z[k].dtype == np.float16 else z[k] for k in z.files}
        except (OSError, ValueError) as e:
            raise BackendError(f"the NER weights {path} cannot be read ({e}): run python bench/train_ner.py "
                               "--neural to rebuild them") from e
        vocab = bytes(w.pop("vocab")).decode("utf-8").split("\n")
        chars = bytes(w.pop("chars")).decode("utf-8")
        self.featurizer = NeuralFeaturizer(vocab, chars)
        self.tags = bytes(w.pop("tags")).decode("utf-8").split("\n")
        hidden = w["lstm.weight_hh_l0"].shape[1]
        # sigmoid(x) = (tanh(x / 2) + 1) / 2: halving the i, f, o rows lets one tanh serve all four gates
        half = np.ones(4 * hidden, dtype=np.float32) * 0.5
        half[2 * hidden: 3 * hidden] = 1.0
        self._w_in = np.concatenate([w["lstm.weight_ih_l0"].T * half, w["lstm.weight_ih_l0_reverse"].T * half], 1)
        self._b_in = np.concatenate([(w["lstm.bias_ih_l0"] + w["lstm.bias_hh_l0"]) * half,
                                     (w["lstm.bias_ih_l0_reverse"] + w["lstm.bias_hh_l0_reverse"]) * half])
        self._w_hh = np.stack([w["lstm.weight_hh_l0"].T * half, w["lstm.weight_hh_l0_reverse"].T * half])
        self._hidden = hidden
        self._emb = w["words.weight"]
        self._char_emb = w["char_emb.weight"]
        conv = w["char_cnn.weight"]  # (filters, char dims, width)
        self._char_w = conv.transpose(2, 1, 0).reshape(-1, conv.shape[0])  # (width * char dims, filters)
        self._char_b = w["char_cnn.bias"]
        self._width = conv.shape[2]
        self._cluster_emb = w["clusters.weight"]
        self._out_w, self._out_b = w["out.weight"].T.copy(), w["out.bias"]
        self._trans, self._start, self._end = w["crf.transitions"], w["crf.start"], w["crf.end"]
        _lexicon(), _clusters()

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return self.tag_document([tokens])[0]

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        kept = [s for s in sentences if s]
        if not kept:
            return [[] for _ in sentences]
        with _one_blas_thread():
            ids = self.emissions(kept)
        out = propagate(kept, [[self.tags[i] for i in row] for row in ids])  # +0.7 micro-F1 points on dev
        it = iter(out)
        return [next(it) if s else [] for s in sentences]

    def _char_features(self, chars, lengths):
        import numpy as np

        n, length = chars.shape
        e = self._char_emb[chars]  # (n, L, d)
        pad = self._width // 2
        e = np.pad(e, ((0, 0), (pad, pad), (0, 0)))
        cols = np.concatenate([e[:, k: k + length] for k in range(self._width)], axis=2)  # (n, L, width*d)
        conv = cols @ self._char_w + self._char_b  # (n, L, filters)
        conv[np.arange(length)[None, :] >= lengths[:, None]] = -np.inf
        return conv.max(axis=1)

    def emissions(self, sentences: Sequence[Sequence[str]]) -> list:
        """Viterbi tag ids of each (non-empty) sentence."""
        import numpy as np

        x = self.featurizer.document(sentences)
        inputs = np.concatenate([self._emb[x["words"]], self._emb[x["cores"]],
                                 self._char_features(x["chars"], x["char_lengths"]),
                                 self._cluster_emb[x["clusters"]], x["onehot"]], axis=1)
        gates = inputs @ self._w_in + self._b_in  # (n, 8H): both directions' input terms at once
        lengths = x["lengths"]
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        order = np.argsort(-lengths, kind="stable")
        result: list = [None] * len(order)
        # Sentences run together, longest first, in batches of at most BATCH_CELLS padded steps: one batch padded to a
        # 2,000-word "sentence" (a page without punctuation) would hold hundreds of megabytes.
        first = 0
        while first < len(order):
            last = first + max(1, BATCH_CELLS // int(lengths[order[first]]))
            batch = order[first:last]
            best = self._batch(gates, lengths[batch], starts[batch])
            for k, sentence in enumerate(batch):
                result[sentence] = best[k, : lengths[sentence]].tolist()
            first = last
        return result

    def _batch(self, gates, lens, begins):
        """Viterbi tag ids (B, T) of a batch of sentences sorted longest first, from the document's input gates."""
        import numpy as np

        b, t_max, h4 = len(lens), int(lens[0]), 4 * self._hidden
        steps = np.arange(t_max)
        valid = steps[None, :] < lens[:, None]
        fwd = np.where(valid, begins[:, None] + steps[None, :], 0)
        bwd = np.where(valid, begins[:, None] + lens[:, None] - 1 - steps[None, :], 0)
        g = np.empty((t_max, 2, b, h4), dtype=np.float32)  # step-major: each step reads one contiguous block
        g[:, 0] = gates[fwd.T, :h4]
        g[:, 1] = gates[bwd.T, h4:]
        active = (lens[None, :] > steps[:, None]).sum(1)  # sentences still running at each step (sorted)
        hid = self._hidden
        c = np.zeros((2, b, hid), dtype=np.float32)
        out = np.zeros((t_max, 2, b, hid), dtype=np.float32)
        for t in range(t_max):
            a = active[t]
            z = g[t, :, :a]
            if t:
                z += np.matmul(out[t - 1, :, :a], self._w_hh)
            np.tanh(z, out=z)
            z[..., :2 * hid] += 1.0  # i and f: sigmoid = (tanh(x/2) + 1) / 2, the halves folded in below
            z[..., 3 * hid:] += 1.0  # o
            ca = c[:, :a]
            ca *= z[..., hid: 2 * hid]
            ca += z[..., :hid] * z[..., 2 * hid: 3 * hid]
            ca *= 0.5
            np.multiply(np.tanh(ca), z[..., 3 * hid:], out=out[t, :, :a])
            out[t, :, :a] *= 0.5
        scores = (out[:, 0] @ self._out_w[:hid]).transpose(1, 0, 2) + self._out_b  # (B, T, K)
        # the backward direction's share back in reading order: position p of a sentence is its step len-1-p
        backward = (out[:, 1] @ self._out_w[hid:]).transpose(1, 0, 2)
        rows = np.repeat(np.arange(b), lens)
        pos = np.concatenate([np.arange(n) for n in lens])
        scores[rows, pos] += backward[rows, lens[rows] - 1 - pos]
        return _viterbi(scores, lens, active, self._trans, self._start, self._end)


@cache
def _blas_controller():
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # a declared dependency; without it the products may spread over threads (slower, not wrong)
        return None
    return ThreadpoolController()


def _one_blas_thread():
    """The recognizer's matrix products are small (a document's sentences by 128 hidden units): BLAS threads only
    spin on them, and with the pipeline's worker processes they fight over the cores (SaudiNewsNet 2015-07-26, 1,459
    records, 2 workers: 85 s with BLAS threads, 21 s without). Limited here, for one document at a time, not for the
    caller's numpy."""
    controller = _blas_controller()
    return controller.limit(limits=1, user_api="blas") if controller is not None else contextlib.nullcontext()


def _viterbi(scores, lens, active, trans, start, end):
    """Best tag ids of a batch of sentences sorted longest first (``active[t]``: how many reach step t)."""
    import numpy as np

    b, t_max, _ = scores.shape
    score = start + scores[:, 0]
    back = np.zeros((t_max, b, len(start)), dtype=np.int64)
    for t in range(1, t_max):
        a = active[t]
        s = score[:a, :, None] + trans[None]
        back[t, :a] = s.argmax(1)
        score[:a] = s.max(1) + scores[:a, t]
    cur = (score + end).argmax(1)
    tags = np.zeros((b, t_max), dtype=np.int64)
    tags[np.arange(b), lens - 1] = cur
    for t in range(t_max - 1, 0, -1):
        a = active[t]
        cur[:a] = back[t, np.arange(a), cur[:a]]
        tags[:a, t - 1] = cur[:a]
    return tags


class TransformersRecognizer(Recognizer):
    """A token-classification model the user has on disk (e.g. a fine-tuned AraBERT), through transformers.

    Loaded with ``local_files_only``: marsad never downloads. Labels are mapped onto PERS/ORG/LOC/MISC
    (PER -> PERS, GPE -> LOC); a word takes the label of its first sub-word.
    """

    def __init__(self, path: str) -> None:
        try:
            import torch
            from transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError as e:
            raise BackendError(
                "the 'transformers:<path>' recognizer needs torch and transformers: pip install torch transformers"
            ) from e
        try:
            self._tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
            self._model = AutoModelForTokenClassification.from_pretrained(path, local_files_only=True).eval()
        except OSError as e:
            raise BackendError(f"no token-classification model could be loaded from {path!r}: {e}") from e
        self._torch = torch
        self.name = f"transformers:{path}"
        labels = self._model.config.id2label
        self._labels = {int(i): _map_label(label) for i, label in labels.items()}

    def tag(self, tokens: Sequence[str]) -> list[str]:
        if not tokens:
            return []
        enc = self._tokenizer(list(tokens), is_split_into_words=True, truncation=True, return_tensors="pt")
        with self._torch.no_grad():
            ids = self._model(**enc).logits[0].argmax(-1).tolist()
        tags = ["O"] * len(tokens)
        seen = set()
        for position, word in enumerate(enc.word_ids()):
            if word is not None and word not in seen:
                seen.add(word)
                tags[word] = self._labels[ids[position]]
        return tags


_LABEL_TYPES = {"PER": "PERS", "PERSON": "PERS", "PERS": "PERS", "GPE": "LOC", "LOC": "LOC", "LOCATION": "LOC",
                "ORG": "ORG", "ORGANIZATION": "ORG", "MISC": "MISC"}


def _map_label(label: str) -> str:
    prefix, _, kind = label.partition("-")
    kind = _LABEL_TYPES.get(kind.upper())
    if prefix not in ("B", "I") or kind is None:
        return "O"
    return f"{prefix}-{kind}"


@cache
def load_recognizer(name: str = DEFAULT_RECOGNIZER) -> Recognizer:
    """The recognizer called ``name``, loaded once: 'neural' or 'crf' (shipped) or 'transformers:<local model dir>'.

    >>> load_recognizer().tag(["قال", "الرئيس", "جو", "بايدن"])
    ['O', 'O', 'B-PERS', 'I-PERS']
    """
    shipped = {"crf": (MODEL_FILE, CrfRecognizer, ""), "neural": (NEURAL_FILE, NeuralRecognizer, " --neural")}
    if name in shipped:
        file, recognizer, option = shipped[name]
        path = resources.files("marsad").joinpath("weights", file)
        if not path.is_file():
            raise BackendError(f"the shipped NER model {file} is missing: run python bench/train_ner.py{option}")
        with resources.as_file(path) as real:
            return recognizer(str(real))
    if name.startswith("transformers:"):
        return TransformersRecognizer(name.split(":", 1)[1])
    raise BackendError(f"unknown recognizer {name!r}: use 'neural', 'crf' or 'transformers:<path to a local model>'")
