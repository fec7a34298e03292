"""Editorial lines: sentences of the article's own voice that evaluate or opine without a quotation or attribution.

A sentence of a lead, subheading or body line is editorial when the cues of ``compare_editorial.json`` it holds
(rhetorical framing ``يكشف هذا``، ``وهو ما يعني``; loaded words ``خضوع``، ``حديقة خلفية``; modal judgement ``يجب أن``;
intensifiers) weigh at least the lexicon's threshold, and nothing in it is reported speech: no quotation or
attribution found by the extractors overlaps it, and it holds no speech verb or attribution cue (قال، أكد، وفق).
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from . import arabic
from .compare import Corpus, lexicon

EDITORIAL_KINDS = ("lead", "subheading", "body")


def editorial(corpus: Corpus, quotes: list[dict] | None = None) -> list[dict]:
    lex = lexicon()
    reported: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in quotes or []:
        reported[r["doc"]].append((r["start"], r["end"]))
    out = []
    for doc_id, doc in corpus.docs.items():
        for ln in doc["lines"]:
            if ln["kind"] not in EDITORIAL_KINDS:
                continue
            for s in arabic.split_sentences(ln["text"]):
                start, end = ln["start"] + s.start, ln["start"] + s.end
                cues = editorial_cues(s.text)
                weight = sum(w for _, w, _ in cues)
                if weight < lex.editorial_threshold:
                    continue
                if any(a < end and start < b for a, b in reported[doc_id]):
                    continue
                if is_reported(s.text, cues):
                    continue
                reasons = sorted({r for _, _, r in cues}, key=[r for _, _, r in cues].index)
                shown = [as_written(s.text, c) for c, _, _ in cues]
                out.append({
                    "doc": doc_id, "line": ln["no"], "start": start, "end": end, "text": s.text,
                    "reason": "unattributed " + ", ".join(reasons) + ": " + "، ".join(shown),
                    "cues": shown, "weight": round(weight, 2),
                })
    return out


def editorial_cues(text: str) -> list[tuple[str, float, str]]:
    """(cue in the lexicon's normal form, weight, reason) of every lexicon phrase in ``text``, each once."""
    index = _cue_index()
    words = arabic.words(text)
    found: dict[str, tuple[str, float, str]] = {}
    for i, w in enumerate(words):
        for phrase, weight, reason in index.get(w, ()):
            if tuple(words[i + 1: i + len(phrase)]) == phrase[1:]:
                cue = " ".join(phrase)
                found.setdefault(cue, (cue, weight, reason))
    return list(found.values())


def as_written(text: str, cue: str) -> str:
    """A cue (lexicon normal form) as ``text`` prints it, e.g. 'من المؤكد أن' rather than its folded form.

    >>> as_written("ومن المؤكد أن ذلك لا يؤخذ في الاعتبار", "من المءكد ان")
    'ومن المؤكد أن'
    """
    phrase = cue.split()
    toks = arabic.tokenize(text)
    for i, t in enumerate(toks):
        if t.norm.endswith(phrase[0]) and [u.norm for u in toks[i + 1: i + len(phrase)]] == phrase[1:]:
            return text[t.start:toks[i + len(phrase) - 1].end]
    return cue


@cache
def _cue_index() -> dict[str, list[tuple[tuple[str, ...], float, str]]]:
    """First word of every cue, in each form it takes in text (with و/ف/ب/ل; a single word also with ال), -> cues."""
    index: defaultdict[str, list] = defaultdict(list)
    for phrase, weight, reason in lexicon().editorial:
        first = phrase[0]
        forms = {first} | {c + first for c in ("و", "ف", "ب", "ل")}
        if len(phrase) == 1:
            forms |= {"ال" + first, "وال" + first, "بال" + first, "لل" + first.removeprefix("ل")}
        for form in forms:
            index[form].append((phrase, weight, reason))
    return dict(index)


SPEECH_REACH = 8  # words between a speech verb and the أن/إن that opens what was said


def is_reported(text: str, cues: list[tuple[str, float, str]] = ()) -> bool:
    """True when ``text`` reports someone's words: an attribution cue (وفق، بحسب), a speech verb followed by أن/إن
    or a colon, or a quotation mark. A verb that is part of an editorial cue (``يكشف هذا``) is not speech."""
    lex = lexicon()
    words = arabic.words(text)
    in_cues = {w for c, _, _ in cues for w in c.split()}
    for i, w in enumerate(words):
        if w in lex.attribution_cues:
            return True
        if (w in lex.speech and not any(w.endswith(c) for c in in_cues)
                and any(x in lex.complementizers for x in words[i + 1: i + 1 + SPEECH_REACH])):
            return True
    return any(ch in text for ch in '"«»“”:')
