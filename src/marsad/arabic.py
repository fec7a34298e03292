"""The Arabic text layer: normalization for matching, tokens and sentences with offsets into the original.

Display text is never changed here. ``normalize`` makes a *matching* form; ``normalize_with_offsets`` also
returns, for each character of that form, the index of the original character it came from, so a match found in
normalized text can be cited in the outlet's own spelling. ``fold_with_offsets`` gives the same form with the
offsets as two maps (normalized -> original and back) and is about ten times faster on news text: the extractors use it.

>>> normalize("أمريكيّ")
'امريكي'
>>> normalize("الولايات المتحدة الأميركية") == normalize("الولايات المتحده الاميركيه")
True
>>> [t.text for t in tokenize("قال: «نحو 2,500 جندي»")]
['قال', 'نحو', '2,500', 'جندي']
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

# --- character tables -----------------------------------------------------------------------------------------
# Harakat, Quranic marks and tatweel: U+064B..U+065F (fathatan .. wavy hamza below), U+0670 (superscript alef),
# U+06D6..U+06ED (Quranic annotation signs), U+0640 (tatweel, a stretching mark with no sound).
_DELETE = [chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640"] + [chr(c) for c in range(0x06D6, 0x06EE)]
# Invisible format characters that scrapes carry: ZWNJ..RLM (U+200C..U+200F), bidi embeddings and isolates
# (U+202A..U+202E, U+2066..U+2069), Arabic letter mark (U+061C), BOM / ZWNBSP (U+FEFF), soft hyphen (U+00AD).
_INVISIBLE = "".join([chr(c) for c in range(0x200C, 0x2010)] + [chr(c) for c in range(0x202A, 0x202F)]
                     + [chr(c) for c in range(0x2066, 0x206A)] + ["\u061C", "\uFEFF", "\u00AD"])
_DELETE += list(_INVISIBLE)

_LETTERS = {
    # alef with madda / hamza above / hamza below / wasla -> bare alef
    "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",
    # hamza on waw and on yeh -> bare hamza, so مسؤول and مسئول fold together
    "\u0624": "\u0621", "\u0626": "\u0621",
    # alef maqsura -> yeh; teh marbuta -> heh
    "\u0649": "\u064A", "\u0629": "\u0647",
    # Persian and Urdu letter shapes that Arabic pages pick up from keyboards: farsi yeh, yeh barree, keheh,
    # heh doachashmee, heh goal, heh with yeh above, ae
    "\u06CC": "\u064A", "\u06D2": "\u064A", "\u06A9": "\u0643", "\u06BE": "\u0647", "\u06C1": "\u0647",
    "\u06C0": "\u0647", "\u06D5": "\u0647",
}
# Arabic-Indic digits U+0660..U+0669 and extended (Persian/Urdu) digits U+06F0..U+06F9 -> ASCII digits
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_PUNCT = {
    "\u060C": ",", "\u061B": ";", "\u061F": "?", "\u066A": "%", "\u066B": ".", "\u066C": ",", "\u06D4": ".",
    "\u00AB": '"', "\u00BB": '"', "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u2033": '"',
    "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2026": "...", "\u00A0": " ", "\u2007": " ", "\u202F": " ", "\u3000": " ",
}
# Arabic presentation forms A (U+FB50..U+FDFF) and B (U+FE70..U+FEFF) fold to base letters through NFKC.
_PRESENTATION = [(0xFB50, 0xFDFF), (0xFE70, 0xFEFE)]


@cache
def _table() -> dict[int, str]:
    table: dict[int, str] = {ord(c): "" for c in _DELETE}
    for mapping in (_LETTERS, _DIGITS, _PUNCT):
        table.update({ord(k): v for k, v in mapping.items()})
    for lo, hi in _PRESENTATION:
        for code in range(lo, hi + 1):
            folded = unicodedata.normalize("NFKC", chr(code))
            if folded != chr(code):
                # a presentation form may itself carry harakat (e.g. U+FC5E shadda with dammatan): fold those too
                table[code] = folded.translate({ord(c): "" for c in _DELETE}).translate(
                    {ord(k): v for k, v in _LETTERS.items()}
                )
    return table


def remove_diacritics(text: str) -> str:
    """Drop harakat, Quranic marks and tatweel; letters are kept as written."""
    return text.translate({ord(c): "" for c in _DELETE})


def normalize(text: str) -> str:
    """The matching form of ``text``: letters folded, diacritics and tatweel dropped, digits ASCII, Latin lowercased.

    Idempotent: ``normalize(normalize(t)) == normalize(t)``.
    """
    return text.translate(_table()).lower()


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """``normalize`` plus, for each output character, the index in ``text`` of the character it came from."""
    table = _table()
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        rep = table.get(ord(ch), ch)
        if rep:
            rep = rep.lower()
            out.append(rep)
            index.extend([i] * len(rep))
    return "".join(out), index


@cache
def _fold_table() -> tuple[dict[int, str], re.Pattern[str]]:
    """``normalize`` as a one-to-one-or-delete ``str.translate`` table, plus a pattern of the characters it would
    expand (ligatures, '…'), for which we fall back to the exact but slower ``normalize_with_offsets``.

    Built from ``normalize`` itself over the BMP so the two can never disagree.
    """
    table: dict[int, str] = {}
    expanding: list[str] = []
    for code in range(0x10000):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        out = normalize(ch)
        if out == ch:
            continue
        if len(out) <= 1:
            table[code] = out
        else:
            expanding.append(re.escape(ch))
    return table, re.compile("[" + "".join(expanding) + "]")


@cache
def _deleted_pattern() -> re.Pattern[str]:
    table, _ = _fold_table()
    return re.compile("[" + "".join(re.escape(chr(c)) for c, v in table.items() if v == "") + "]")


@lru_cache(maxsize=8)  # the extractors fold the same article one after the other
def fold_with_offsets(text: str) -> tuple[str, Callable[[int], int], Callable[[int], int]]:
    """The normalized form of ``text`` and two maps: normalized index -> original index, and back.

    Equivalent to ``normalize_with_offsets`` but about ten times faster on news text, where normalization mostly
    maps one character to one or deletes one (harakat, tatweel). ``to_orig(len(norm))`` is ``len(text)``.

    >>> norm, to_orig, to_norm = fold_with_offsets("جنوداً 3")
    >>> norm, to_orig(norm.index("3")), to_norm(7)
    ('جنودا 3', 7, 6)
    """
    table, expanding = _fold_table()
    if expanding.search(text):
        norm, index = normalize_with_offsets(text)
        index.append(len(text))
        return norm, index.__getitem__, lambda o: bisect.bisect_left(index, o)
    norm = text.translate(table).lower()
    deleted = [m.start() for m in _deleted_pattern().finditer(text)]
    if not deleted:
        return norm, int, int

    def to_orig(p: int) -> int:
        # the original index o of normalized index p satisfies o - (#deleted before o) == p, o not deleted
        k = bisect.bisect_right(deleted, p)
        while True:
            k2 = bisect.bisect_right(deleted, p + k)
            if k2 == k:
                return p + k
            k = k2

    return norm, to_orig, lambda o: o - bisect.bisect_left(deleted, o)


def orig_end(text: str, to_orig: Callable[[int], int], norm_end: int) -> int:
    """End offset in ``text`` of a match ending at ``norm_end``, keeping the marks normalization dropped after its
    last character (the tatweel of هـ, a final tanween)."""
    end = to_orig(norm_end - 1) + 1
    deleted = _deleted_pattern()
    while end < len(text) and deleted.match(text, end):
        end += 1
    return end



# --- tokens ------------------------------------------------------------------------------------------------------
_MARKS = "\u064B-\u065F\u0670\u0640"
# A number: digits (any script) with thousands or decimal separators inside it. A word: letters with their
# diacritics and tatweel, and the invisible format characters a scrape leaves inside it (و\u200fالعراق, مصر\u200cية
# are one word, as ``words`` reads them after ``normalize`` deleted those characters); never at a word's edge.
# Underscore is not a word character here (hashtags use it as a joiner).
_TOKEN = re.compile(
    rf"\d+(?:[.,\u066B\u066C]\d+)*|(?:[^\W\d_]|[{_MARKS}])+(?:[{_INVISIBLE}]+(?:[^\W\d_]|[{_MARKS}])+)*",
)


_INVISIBLE_CHARS = re.compile(f"[{_INVISIBLE}]")


def visible(text: str) -> str:
    """``text`` without the invisible format characters (for names shown to a reader; offsets keep the original)."""
    return _INVISIBLE_CHARS.sub("", text)


@dataclass(frozen=True)
class Token:
    text: str  # as written
    start: int
    end: int
    norm: str  # matching form

    @property
    def is_number(self) -> bool:
        return self.norm[:1].isdigit()


def tokenize(text: str) -> list[Token]:
    """Words and numbers with their offsets; punctuation is not a token."""
    return [Token(m.group(), m.start(), m.end(), normalize(m.group())) for m in _TOKEN.finditer(text)]


def words(text: str) -> list[str]:
    """Matching forms of the words and numbers of ``text`` (no offsets; fast path for features)."""
    return _TOKEN.findall(normalize(text))


# --- light stemming ----------------------------------------------------------------------------------------------
# Light stemming after Larkey, Ballesteros & Connell, "Light Stemming for Arabic Information Retrieval" (light10),
# written over the normalized alphabet (ة->ه, ى->ي). Prefixes longest first; a stem keeps at least 2 letters.
_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")


def light_stem(norm_word: str) -> str:
    """Strip one article/conjunction prefix and suffixes from a *normalized* word (light10)."""
    w = norm_word
    if len(w) > 3 and w[0] == "و":
        w = w[1:]
    for p in _PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 2:
            w = w[len(p):]
            break
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 2:
            w = w[: -len(s)]
    return w


# --- sentences ---------------------------------------------------------------------------------------------------
_OPEN_QUOTES = {"\u00AB": "\u00BB", "\u201C": "\u201D", "(": ")"}
_ENDERS = ".!?\u061F\u2026\u06D4"
_TRAILERS = "\"'\u00BB\u201D)]\u2019"
# Abbreviations that end in a full stop but do not end a sentence: single letters (Arabic: د. for doctor, م. for
# metre or AD, هـ. for Hijri; Latin initials) and a few multi-letter Latin forms common in news copy.
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[^\W\d_]\u0640?|[A-Z][a-z]{0,3}|U\.S|etc|No)\.$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of ``text[start:end]`` with offsets into ``text``.

    A line break always ends a sentence (scraped paragraphs are lines). Inside a line a sentence ends at ``. ! ? ؟ …``
    unless the stop is part of a number (3.5), follows an abbreviation (د.) or falls inside « », “ ” or ( ).
    Closing quotes and brackets right after the stop stay with the sentence.

    >>> [s.text for s in split_sentences("قال: «هذا مهم. وسنرى». ثم غادر؟\\nنعم")]
    ['قال: «هذا مهم. وسنرى».', 'ثم غادر؟', 'نعم']
    """
    end = len(text) if end is None else end
    out: list[Sentence] = []
    for para in _LINE.finditer(text, start, end):
        _split_line(text, para.start(), para.end(), out)
    return out


_LINE = re.compile(r"[^\n]+")
# The only characters that change the splitter's state: quote and bracket openers and closers, '"' and the stops.
# Everything between two of them is skipped by the regex engine instead of being looked at one by one in Python.
_EVENT = re.compile("[" + re.escape("".join(_OPEN_QUOTES) + "".join(_OPEN_QUOTES.values()) + '"' + _ENDERS) + "]")
_TRAIL = re.compile("[" + re.escape(_ENDERS + _TRAILERS) + "]*")
_ALNUM = re.compile(r"[^\W_]")  # str.isalnum, one character


def _split_line(text: str, lo: int, hi: int, out: list[Sentence]) -> None:
    begin = lo
    closers: list[str] = []
    straight_open = False
    resume = lo  # events before this were swallowed by the stops and closers that end a sentence
    for m in _EVENT.finditer(text, lo, hi):
        i = m.start()
        if i < resume:
            continue
        ch = text[i]
        if ch in _OPEN_QUOTES:
            closers.append(_OPEN_QUOTES[ch])
        elif closers and ch == closers[-1]:
            closers.pop()
        elif ch == '"':
            straight_open = not straight_open
        elif ch in _ENDERS and not closers and not straight_open and _ends_sentence(text, i, hi):
            j = _TRAIL.match(text, i + 1, hi).end()  # closing quotes and brackets stay with the sentence
            if text.count('"', i + 1, j) % 2:
                straight_open = not straight_open
            _emit(text, begin, j, out)
            begin = resume = j
    _emit(text, begin, hi, out)


def _ends_sentence(text: str, i: int, hi: int) -> bool:
    if text[i] != ".":
        return True
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if prev.isdigit() and nxt.isdigit():
        return False
    if nxt.isalnum():  # "U.S.A", "www.site.com"
        return False
    return not _ABBREVIATION.search(text[max(0, i - 6): i + 1])


def _emit(text: str, lo: int, hi: int, out: list[Sentence]) -> None:
    piece = text[lo:hi]
    body = piece.lstrip()
    lo += len(piece) - len(body)
    body = body.rstrip()
    if body and _ALNUM.search(body):
        out.append(Sentence(lo, lo + len(body), body))


def is_arabic_letter(ch: str) -> bool:
    """True for letters of the Arabic blocks (U+0600..U+06FF, U+0750..U+077F, presentation forms)."""
    code = ord(ch)
    return ch.isalpha() and (0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF)


def arabic_ratio(text: str) -> float:
    """Share of letters in ``text`` that are Arabic; 0.0 when there are no letters."""
    letters = [ch for ch in text if ch.isalpha()]
    return sum(map(is_arabic_letter, letters)) / len(letters) if letters else 0.0
