"""Named entities: who and what an article names (PERS, ORG, LOC, MISC), and one canonical entity per real actor.

Three steps, read top to bottom:

1. ``find_mentions(text, spans)`` tags the article's own lines with the shipped CRF (trained on CLEANANERCorp by
   ``bench/train_ner.py``), then widens recall with gazetteers and aliases (``data/entities_*``), gives each person
   the role and affiliation written before the name, and finds a named person's surname standing alone later.
2. ``link_entities(mentions_by_doc, groups=...)`` folds mentions into entities across spelling variants
   (أمريكي/أميركي, ي/ى, ة/ه, hamza forms), known aliases (داعش -> تنظيم الدولة الإسلامية), metonyms (واشنطن for the
   US government, kept apart in ``Entity.metonyms``) and, inside a story group, short names (السوداني) to full ones.
3. ``Entity.to_json()`` is the analysis JSON's ``entities`` record.

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
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..arabic import normalize, split_sentences, tokenize
from ..errors import BackendError

MODEL_VERSION = "v1"
MODEL_FILE = f"ner-crf-{MODEL_VERSION}.crfsuite"
MODEL_META = f"ner-crf-{MODEL_VERSION}.json"
CLUSTERS_FILE = f"ner-clusters-{MODEL_VERSION}.tsv"
TYPES = ("PERS", "ORG", "LOC", "MISC")

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
    source: str = "model"  # 'model' | 'gazetteer' | 'rule'

    def to_json(self) -> dict:
        return {
            "start": self.start, "end": self.end, "text": self.text, "type": self.type,
            "role": self.role, "affiliation": self.affiliation, "source": self.source,
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
    national_bodies: frozenset[str]
    media_heads: frozenset[str]
    names: dict[tuple[str, ...], str]  # normalized phrase -> type (gazetteer names and alias variants)
    canon: dict[tuple[str, ...], tuple[str, str, str]]  # normalized phrase -> (canonical, type, relation)
    nisba: dict[str, str]  # normalized nisba adjective (masculine singular) -> canonical country
    first_tokens: frozenset[str]
    max_len: int


@cache
def _lexicon() -> _Lexicon:
    triggers = json.loads(resources.files("marsad").joinpath("data", "entities_triggers.json").read_text("utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize(w) for w in triggers[key])

    names: dict[tuple[str, ...], str] = {}
    canon: dict[tuple[str, ...], tuple[str, str, str]] = {}
    nisba: dict[str, str] = {}
    for row in _data_lines("entities_gazetteer.tsv"):
        name, kind_type, canonical, kind = row[:4]
        if kind == "nisba":
            nisba.setdefault(normalize(name), canonical)
        else:
            names[_key(name)] = kind_type
            canon.setdefault(_key(name), (canonical, kind_type, "alias"))
    for row in _data_lines("entities_names.tsv"):
        names[_key(row[0])] = row[1]
    for variant, canonical, kind_type, relation in _data_lines("entities_aliases.tsv"):
        if relation == "nisba":
            nisba[normalize(variant)] = canonical
            continue
        names[_key(variant)] = kind_type
        canon[_key(variant)] = (canonical, kind_type, relation)
        names.setdefault(_key(canonical), kind_type)
        canon.setdefault(_key(canonical), (canonical, kind_type, "alias"))
    return _Lexicon(
        titles=words("person_titles"), person_verbs=words("person_verbs"), org_heads=words("org_heads"),
        loc_heads=words("loc_heads"), role_heads=words("role_heads"), ranks=words("ranks"),
        national_bodies=words("national_bodies"), media_heads=words("media_heads"),
        names=names, canon=canon, nisba=nisba,
        first_tokens=frozenset(k[0] for k in names), max_len=max(len(k) for k in names),
    )


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


def clitic_forms(norm: str) -> list[str]:
    """The normalized word and its readings with proclitics removed, longest first.

    >>> clitic_forms("وبالعراق")
    ['وبالعراق', 'بالعراق', 'العراق']
    >>> clitic_forms("للعراق")
    ['للعراق', 'العراق']
    """
    out = [norm]
    w = norm
    if len(w) > 3 and w[0] in "وف":
        w = w[1:]
        out.append(w)
    if len(w) > 4 and w.startswith("لل"):
        out.append("ال" + w[2:])
    elif len(w) > 3 and w[0] in "بلك":
        out.append(w[1:])
    return out


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


@cache
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
    if any(f in lex.nisba for f in _nisba_bases(n)):
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


@cache
def _shifted(token: str, offset: int) -> tuple[str, ...]:
    return tuple(f"{offset}{f}" for f in _word_features(token)[1])


def _gazetteer_tags(norms: Sequence[str]) -> list[str | None]:
    """BIO tags of the longest gazetteer/alias phrase matches over a sentence's normalized tokens."""
    lex = _lexicon()
    tags: list[str | None] = [None] * len(norms)
    i = 0
    while i < len(norms):
        best = 0
        kind = ""
        for first in clitic_forms(norms[i]):
            if first not in lex.first_tokens:
                continue
            for n in range(min(lex.max_len, len(norms) - i), 0, -1):
                if n <= best:
                    break
                k = lex.names.get((first, *norms[i + 1: i + n]))
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


def sentence_features(tokens: Sequence[str]) -> list[list[str]]:
    """CRF features for each token of one sentence (the same code serves training and recognition)."""
    n = len(tokens)
    norms = [_word_features(t)[0][0][2:] for t in tokens]
    gaz = _gazetteer_tags(norms)
    out: list[list[str]] = []
    for i, tok in enumerate(tokens):
        feats = ["bias", *_word_features(tok)[0]]
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                feats += _shifted(tokens[j], off)
            else:
                feats.append(f"{off}pad")
        prev = norms[i - 1] if i else "<s>"
        nxt = norms[i + 1] if i + 1 < n else "</s>"
        feats += [f"bg-={prev}|{norms[i]}", f"bg+={norms[i]}|{nxt}"]
        if gaz[i]:
            feats.append(f"gz={gaz[i]}")
        if i and gaz[i - 1]:
            feats.append(f"-1gz={gaz[i - 1]}")
        if i + 1 < n and gaz[i + 1]:
            feats.append(f"+1gz={gaz[i + 1]}")
        out.append(feats)
    return out


def _nisba_bases(norm: str) -> list[str]:
    """Masculine singular readings of a possible nisba adjective: العراقية -> عراقي, الأميركيين -> اميركي."""
    out = []
    for f in clitic_forms(norm):
        w = f[2:] if f.startswith("ال") else f
        out.append(w)
        if w.endswith("ه"):
            out.append(w[:-1])
        elif w.endswith(("ين", "ون", "ات")) and len(w) > 5:
            out.append(w[:-2])
    return out


def nisba_country(word: str) -> str | None:
    """The country a nisba adjective points to, or None.

    >>> nisba_country("العراقية"), nisba_country("والأميركيين"), nisba_country("حكومة")
    ('العراق', 'الولايات المتحدة', None)
    """
    nisba = _lexicon().nisba
    return next((nisba[b] for b in _nisba_bases(normalize(word)) if b in nisba), None)


# --- recognizers --------------------------------------------------------------------------------------------------


class Recognizer:
    """A sequence tagger: one sentence's tokens in, one BIO tag (``B-PERS``, ``I-LOC``, ``O``) per token out."""

    name = "base"

    def tag(self, tokens: Sequence[str]) -> list[str]:
        raise NotImplementedError


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

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return list(self._tagger.tag(sentence_features(tokens))) if tokens else []


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
def load_recognizer(name: str = "crf") -> Recognizer:
    """The recognizer called ``name``, loaded once: 'crf' (shipped) or 'transformers:<local model dir>'.

    >>> load_recognizer().tag(["قال", "الرئيس", "جو", "بايدن"])
    ['O', 'O', 'B-PERS', 'I-PERS']
    """
    if name == "crf":
        path = resources.files("marsad").joinpath("weights", MODEL_FILE)
        if not path.is_file():
            raise BackendError(f"the shipped NER model {MODEL_FILE} is missing: run python bench/train_ner.py")
        with resources.as_file(path) as real:
            return CrfRecognizer(str(real))
    if name.startswith("transformers:"):
        return TransformersRecognizer(name.split(":", 1)[1])
    raise BackendError(f"unknown recognizer {name!r}: use 'crf' or 'transformers:<path to a local model>'")


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
        for m in re.finditer(r"\S+", text[pos:s]):
            out.append(_Tok(m.group(), pos + m.start(), pos + m.end(), normalize(m.group()), False))
        out.append(_Tok(t.text, s, e, t.norm, True))
        pos = e
    for m in re.finditer(r"\S+", text[pos:end]):
        out.append(_Tok(m.group(), pos + m.start(), pos + m.end(), normalize(m.group()), False))
    return out


def _bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    out, start, kind = [], None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if start is not None and (prefix != "I" or t != kind):
            out.append((start, i, kind))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, t
    return out


def _trim_clitics(tok: _Tok) -> int:
    """How many characters of ``tok.text`` are proclitics to leave out of a mention (وواشنطن -> واشنطن)."""
    lex, clusters = _lexicon(), _clusters()
    forms = clitic_forms(tok.norm)
    own_rank = clusters.get(tok.norm, ("", "", 10**9))[2]
    for form in reversed(forms[1:]):
        if tok.norm.startswith("لل") and form.startswith("ال") and not tok.norm.endswith(form):
            continue  # ل + ال is written لل: no substring of the token spells the bare name
        # a bare name the tables know, a word with the article (وبالعراق), or a conjunction off a word that is
        # commoner without it (وحماس); a preposition off an unknown word is not trusted (لويد is not ل + ويد)
        known = (form in lex.first_tokens or (form.startswith("ال") and len(form) >= 5)
                 or (len(tok.norm) - len(form) == 1 and tok.norm[0] in "وف"
                     and clusters.get(form, ("", "", 10**9))[2] < own_rank))
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


def _make(text: str, toks: Sequence[_Tok], i: int, j: int, kind: str, source: str) -> Mention | None:
    words = [t for t in toks[i:j] if t.word]
    if not words:
        return None
    start = words[0].start + _trim_clitics(words[0])
    end = words[-1].end
    if end - start < 2:
        return None
    return Mention(start, end, text[start:end], kind, source=source)


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
    sentences: list[list[_Tok]] = []
    found: list[tuple[list[_Tok], int, int, Mention]] = []  # (sentence tokens, i, j, mention)
    for lo, hi in spans:
        for sentence in split_sentences(text, lo, hi):
            toks = _sentence_tokens(text, sentence.start, sentence.end)
            if not any(t.word for t in toks):
                continue
            sentences.append(toks)
            # 1. the model
            model = _bio_spans(recognizer.tag([t.text for t in toks]))
            # 2. gazetteer and alias phrases: they win where they cover a model span and are longer, and fill
            # places the model left untagged
            words = [k for k, t in enumerate(toks) if t.word]
            gaz = _bio_spans([tag or "O" for tag in _gazetteer_tags([toks[k].norm for k in words])])
            chosen = list(model)
            for gi, gj, kind in gaz:
                i, j = words[gi], words[gj - 1] + 1
                overlapping = [s for s in chosen if s[0] < j and i < s[1]]
                if all(i <= s[0] and s[1] <= j and (j - i) > (s[1] - s[0]) for s in overlapping):
                    chosen = [s for s in chosen if s not in overlapping] + [(i, j, kind, "gazetteer")]
            chosen = _repair(toks, chosen, lex)
            for span in sorted(chosen):
                i, j, kind = span[:3]
                m = _make(text, toks, i, j, kind, span[3] if len(span) > 3 else "model")
                if m:
                    found.append((toks, i, j, m))
    # 3. a named person's surname standing alone later in the document (السوداني after محمد شياع السوداني)
    found += _surname_mentions(text, sentences, found, lex)
    # 4. roles and affiliations of persons, from the words written before the name
    out = [_with_role(text, toks, i, m, found, lex) if m.type == "PERS" else m for toks, i, _, m in found]
    return sorted(set(out), key=lambda m: (m.start, -m.end))


def _repair(toks: list[_Tok], chosen: list[tuple], lex: _Lexicon) -> list[tuple]:
    """Rules over one sentence's spans (token index ranges) where the CRF is known to stumble on news copy.

    - a family name in nisba form right after a person (محمد شياع + السوداني) belongs to the person;
    - a rare word right before a person, after a title, place or comma, is a first name (ألينا + رومانوفسكي);
    - a state body followed by a nisba adjective is an organization (الجيش العراقي, الخارجية الأميركية).
    """
    clusters = _clusters()
    chosen = sorted(chosen)
    at = {s[0]: s for s in chosen}
    # nisba-form family names
    out: list[tuple] = []
    for span in chosen:
        if out and out[-1][2] == "PERS" and span[2] == "MISC" and span[0] == out[-1][1] and span[1] == span[0] + 1 \
                and toks[span[0]].norm.startswith("ال"):
            out[-1] = (out[-1][0], span[1], "PERS", "rule")
        else:
            out.append(span)
    chosen, at = out, {s[0]: s for s in out}
    taken = {k for s in chosen for k in range(s[0], s[1])}
    out = []
    for span in chosen:
        i = span[0]
        if span[2] == "PERS" and i >= 2 and i - 1 not in taken and toks[i - 1].word:
            prev, before = toks[i - 1], toks[i - 2]
            # beyond the 5,000 commonest SaudiNewsNet words: a name more likely than a common word
            rare = clusters.get(prev.norm, ("", "", 10**9))[2] > 5000
            plain = not (set(clitic_forms(prev.norm)) & (lex.titles | lex.role_heads | lex.ranks | _role_breaks()))
            anchored = (not before.word or (i - 2) in taken or nisba_country(before.text) is not None
                        or bool(set(clitic_forms(before.norm)) & (lex.titles | lex.role_heads | lex.ranks)))
            if rare and plain and anchored and nisba_country(prev.text) is None:
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
    chosen = _quoted_outlets(toks, chosen, lex)
    return _titled_names(toks, chosen, lex, clusters)


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


def _titled_names(toks: list[_Tok], chosen: list[tuple], lex: _Lexicon, clusters) -> list[tuple]:
    """Rare words right after a title or role phrase are a person's name the model missed (قوباد الطالباني)."""
    taken = {k for s in chosen for k in range(s[0], s[1])}
    titles = lex.titles | lex.role_heads | lex.ranks
    blocked = titles | _role_breaks() | lex.org_heads | lex.loc_heads | lex.person_verbs

    def rare(k: int) -> bool:
        t = toks[k]
        return (t.word and k not in taken and not t.norm[:1].isdigit() and len(t.norm) > 2
                and clusters.get(t.norm, ("", "", 10**9))[2] > 5000
                and not set(clitic_forms(t.norm)) & blocked and nisba_country(t.text) is None)

    k = 1
    while k < len(toks):
        prev = toks[k - 1]
        after_title = prev.word and bool(set(clitic_forms(prev.norm)) & titles)
        anchored = after_title or (k - 1) in taken or nisba_country(prev.text) is not None
        recent_title = any(toks[i].word and set(clitic_forms(toks[i].norm)) & titles for i in range(max(0, k - 8), k))
        if rare(k) and anchored and recent_title:
            j = k + 1
            while j < len(toks) and j - k < 3 and rare(j):
                j += 1
            if j - k >= 2 or after_title:
                chosen = [*chosen, (k, j, "PERS", "rule")]
                taken |= set(range(k, j))
                k = j
                continue
        k += 1
    return chosen


def _surname_mentions(text, sentences, found, lex) -> list[tuple[list[_Tok], int, int, Mention]]:
    surnames = set()
    for _, _, _, m in found:
        toks = tokenize(m.text)
        if m.type == "PERS" and len(toks) >= 2 and toks[-1].norm.startswith("ال") and len(toks[-1].norm) >= 5:
            surnames.add(toks[-1].norm)
    if not surnames:
        return []
    covered = {(m.start, m.end) for *_, m in found if m.type == "PERS"}
    taken = [(m.start, m.end) for *_, m in found if m.type == "PERS" or len(tokenize(m.text)) > 1]
    out = []
    for toks in sentences:
        for k, t in enumerate(toks):
            if not t.word or not surnames.intersection(clitic_forms(t.norm)):
                continue
            if any(s < t.end and t.start < e for s, e in taken):
                continue
            m = _make(text, toks, k, k + 1, "PERS", "rule")
            if m and (m.start, m.end) not in covered:
                out.append((toks, k, k + 1, m))
    if out:  # a single-token mention of another type at the same place gives way to the person
        places = {(m.start, m.end) for *_, m in out}
        found[:] = [f for f in found if (f[3].start, f[3].end) not in places]
    return out


def _with_role(text, toks, i, mention, found, lex) -> Mention:
    """The role phrase and affiliation written before a person's name: وزير الخارجية العراقي فؤاد حسين."""
    breaks = _role_breaks()
    head = None
    k = i - 1
    while k >= 0 and i - k <= 9:
        t = toks[k]
        if not t.word:
            if t.norm not in {",", "،"}:
                break
            k -= 1
            continue
        forms = clitic_forms(t.norm)
        if t.norm in breaks or lex.person_verbs.intersection(forms):
            break
        if any(s.start < t.end and t.start < s.end for *_, s in found if s.type == "PERS"):
            break
        if lex.role_heads.intersection(forms):
            head = k
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
    return Mention(mention.start, mention.end, mention.text, mention.type, role or None, affiliation, mention.source)


def _trim_role_head(tok: _Tok, lex: _Lexicon) -> int:
    for form in clitic_forms(tok.norm)[1:]:
        if form in lex.role_heads and tok.norm.endswith(form):
            return len(tok.text) - len(tok.text.lstrip("وفبل")) if len(tok.norm) - len(form) == 1 else 0
    return 0


@cache
def _role_breaks() -> frozenset[str]:
    triggers = json.loads(resources.files("marsad").joinpath("data", "entities_triggers.json").read_text("utf-8"))
    return frozenset(normalize(w) for w in triggers["role_breaks"])


# --- linking ------------------------------------------------------------------------------------------------------


def _skeleton(norm_tokens: Iterable[str]) -> str:
    """A spelling-tolerant key: long vowels inside a word dropped, so امريكي and اميركي meet."""
    return " ".join(w[0] + re.sub("[اوي]", "", w[1:-1]) + w[-1] if len(w) > 3 else w for w in norm_tokens)


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
    if len(toks) > 1 and set(clitic_forms(toks[0])) & (lex.media_heads | lex.org_heads):
        # وكالة رويترز الإخبارية -> رويترز: a generic head and a trailing adjective around a known name
        readings += [toks[1:], toks[1:-1]]
    for n, words in enumerate(readings):
        for first in clitic_forms(words[0]) if words else ():
            hit = lex.canon.get((first, *words[1:]))
            own = lex.canon.get(_key(hit[0])) if hit else None
            ctype = own[1] if own else hit[1] if hit else None
            if hit and (n == 0 or ctype == "ORG"):  # تلفزيون سوريا is not Syria
                return hit[0], ctype, hit[2]
    country = nisba_country(toks[0]) if len(toks) == 1 and kind != "PERS" else None
    if country:
        own = lex.canon.get(_key(country))
        return country, own[1] if own else "LOC", "nisba"
    return mention_text, None, None


def _entity_id(kind: str, canonical: str) -> str:
    return "ent-" + hashlib.sha1(f"{kind}|{normalize(canonical)}".encode()).hexdigest()[:10]


def link_entities(
    mentions_by_doc: Mapping[str, list[Mention]], *, groups: Iterable[Iterable[str]] | None = None
) -> list[Entity]:
    """Fold mentions into entities across documents; short person names resolve to full ones within a group.

    ``groups`` are story groups (lists of doc ids); without them each document is its own group, so a surname
    never jumps between unrelated stories.

    >>> a = [Mention(0, 18, "محمد شياع السوداني", "PERS")]
    >>> b = [Mention(5, 13, "السوداني", "PERS")]
    >>> es = link_entities({"a": a, "b": b}, groups=[["a", "b"]])
    >>> [(e.canonical, e.documents) for e in es if e.type == "PERS"]
    [('محمد شياع السوداني', ('a', 'b'))]
    """
    order = list(mentions_by_doc)
    group_of = {d: (d,) for d in order}
    for g in groups or ():
        members = tuple(g)
        for d in members:
            group_of[d] = members
    # 1. each mention gets a key: its canonical name (tables) or the spelling-tolerant skeleton of its words
    keyed: dict[tuple[str, str], list[tuple[str, Mention, str | None]]] = defaultdict(list)
    canon_of: dict[tuple[str, str], str] = {}
    for doc, mentions in mentions_by_doc.items():
        for m in mentions:
            canonical, ctype, relation = canonical_name(m.text, m.type)
            if relation:
                key = ("C", normalize(canonical))
                canon_of[key] = canonical
                if ctype:
                    canon_of[("T",) + key] = ctype
            else:
                words = [t.norm for t in tokenize(m.text)]
                key = ("PERS" if m.type == "PERS" else "X", _skeleton(words))
            keyed[key].append((doc, m, relation))
    # 2. a one-word person name becomes the full name when exactly one full name in its group ends with it
    merged: dict[tuple[str, str], tuple[str, str]] = {}
    persons = [k for k in keyed if k[0] == "PERS"]
    for key in persons:
        if " " in key[1]:
            continue
        docs = {d for d, _, _ in keyed[key]}
        for doc in docs:
            scope = set(group_of[doc])
            fulls = {k for k in persons if " " in k[1] and k[1].endswith(" " + key[1])
                     and any(d in scope for d, _, _ in keyed[k])}
            if len(fulls) == 1:
                merged[(key[1], doc)] = fulls.pop()
    final: dict[tuple[str, str], list[tuple[str, Mention, str | None]]] = defaultdict(list)
    for key, items in keyed.items():
        for doc, m, relation in items:
            final[merged.get((key[1], doc), key) if key[0] == "PERS" else key].append((doc, m, relation))
    # 3. one Entity per key
    entities = []
    for key, items in final.items():
        items.sort(key=lambda x: (order.index(x[0]), x[1].start))
        forms = Counter(m.text for _, m, r in items if r != "nisba")
        types = Counter(m.type for _, m, _ in items)
        if key in canon_of:
            canonical = canon_of[key]
            kind = canon_of.get(("T",) + key) or types.most_common(1)[0][0]
        else:
            forms = forms or Counter(m.text for _, m, _ in items)
            canonical = max(forms, key=lambda f: (len(tokenize(f)), forms[f], -len(f)))
            kind = types.most_common(1)[0][0]
        entities.append(Entity(
            id=_entity_id(kind, canonical), canonical=canonical, type=kind,
            variants=tuple(f for f, _ in forms.most_common()),
            roles=tuple(dict.fromkeys(m.role for _, m, _ in items if m.role)),
            documents=tuple(dict.fromkeys(d for d, _, _ in items)),
            mentions=tuple((d, m) for d, m, _ in items),
            affiliations=tuple(dict.fromkeys(m.affiliation for _, m, _ in items if m.affiliation)),
            metonyms=tuple(dict.fromkeys(m.text for _, m, r in items if r == "metonym")),
            adjectives=tuple(dict.fromkeys(m.text for _, m, r in items if r == "nisba")),
        ))
    entities.sort(key=lambda e: (order.index(e.documents[0]), e.mentions[0][1].start))
    return entities
