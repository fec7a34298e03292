from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad import arabic

ARABIC_TEXT = st.text(
    alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(" .،؟!«»\"\n0123456789ـ"),
    max_size=200,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("أمريكي", "امريكي"),
        ("إيران", "ايران"),
        ("آب", "اب"),
        ("مستشفى", "مستشفي"),
        ("الولايات المتحدة", "الولايات المتحده"),
        ("مسؤول", "مسئول"),
        ("سُلّمت", "سلمت"),
        ("الأمريـــكية", "الامريكيه"),
        ("٢٠٢٤", "2024"),
        ("۲۵۰۰", "2500"),
        ("فی", "في"),  # Persian yeh, as in seed 001's keyword line
        ("کردستان", "كردستان"),
        ("«مهمة»", '"مهمه"'),
        ("ﻻ", "لا"),  # presentation-form ligature
    ],
)
def test_variants_fold_to_one_matching_form(a, b):
    assert arabic.normalize(a) == arabic.normalize(b)


@given(ARABIC_TEXT)
def test_normalize_is_idempotent(text):
    once = arabic.normalize(text)
    assert arabic.normalize(once) == once


@given(ARABIC_TEXT)
def test_offsets_point_back_into_the_original(text):
    norm, index = arabic.normalize_with_offsets(text)
    assert norm == arabic.normalize(text)
    assert len(index) == len(norm)
    assert index == sorted(index)
    assert all(0 <= i < len(text) for i in index)


# Letters with their hamza and diacritic forms, Arabic-Indic digits, tatweel, a lam-alef ligature and an ellipsis (the
# two expand when normalized, so they take the slower exact path).
FOLDABLE_TEXT = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهوية ًٌٍَُِّْـأإآؤئىة٠١٢٣٤٥٦٧٨٩0123456789/-.،:()…ﻻ\n")),
    max_size=80,
)


@settings(max_examples=200, deadline=None)
@given(FOLDABLE_TEXT)
def test_fold_with_offsets_agrees_with_normalize_with_offsets(text):
    norm, to_orig, to_norm = arabic.fold_with_offsets(text)
    ref, index = arabic.normalize_with_offsets(text)
    assert norm == ref == arabic.normalize(text)
    assert [to_orig(i) for i in range(len(norm))] == index
    # back from the original: the first normalized character an original one became
    assert all(to_norm(index[i]) == index.index(index[i]) for i in range(len(norm)))


def test_tokens_keep_original_spelling_and_offsets(seed_texts):
    text = seed_texts["003_da7e6e73b57a95d2"]
    for tok in arabic.tokenize(text):
        assert text[tok.start : tok.end] == tok.text
        assert tok.norm == arabic.normalize(tok.text)


def test_numbers_with_separators_are_one_token():
    assert [t.text for t in arabic.tokenize("نحو 2,500 جندي و3.5 مليار و٢٬٥٠٠")] == [
        "نحو", "2,500", "جندي", "و", "3.5", "مليار", "و", "٢٬٥٠٠",
    ]


def test_invisible_marks_inside_a_word_leave_it_one_word():
    """SaudiNewsNet pages carry right-to-left marks and joiners (393 of 31,030 articles): inside a word they keep it
    whole, as ``words`` reads it; before a word they are no part of it."""
    text = "للبرنامج الوطني للمعارض \u200fوالمؤتمرات وزارة \u200fالداخلية و\u200fالعراق"
    toks = arabic.tokenize(text)
    assert [t.norm for t in toks] == arabic.words(text) == [
        "للبرنامج", "الوطني", "للمعارض", "والمءتمرات", "وزاره", "الداخليه", "والعراق"]
    assert [t.text for t in toks][-1] == "و\u200fالعراق" and toks[3].text == "والمؤتمرات"
    assert arabic.visible("سلطان بن \u200fعبد العزيز") == "سلطان بن عبد العزيز"


def test_sentences_split_on_arabic_punctuation_not_inside_quotes_or_numbers():
    text = 'قال الوزير: «هذا مهم. وسنرى». ثم غادر؟ نعم! بلغ النمو 3.5 في المئة. د. أحمد حضر.'
    got = [s.text for s in arabic.split_sentences(text)]
    assert got == ["قال الوزير: «هذا مهم. وسنرى».", "ثم غادر؟", "نعم!", "بلغ النمو 3.5 في المئة.", "د. أحمد حضر."]


def test_sentences_end_at_line_breaks_and_offsets_are_exact(seed_texts):
    text = seed_texts["001_6b8f8232c79e6353"]
    sentences = arabic.split_sentences(text)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert all("\n" not in s.text for s in sentences)
    assert any(s.text.startswith("وقال المتحدث باسم الجيش العراقي") for s in sentences)


def test_light_stem_strips_clitics_and_suffixes():
    stem = arabic.light_stem
    assert stem(arabic.normalize("والمحادثات")) == stem(arabic.normalize("محادثات"))
    assert stem(arabic.normalize("الأميركية")) == stem(arabic.normalize("أميركي"))


# --- split_sentences against the character-by-character splitter it replaced ---------------------------------------
def _reference_split_sentences(text: str, start: int = 0, end: int | None = None) -> list[arabic.Sentence]:
    """The splitter as it was before it scanned with one regex (marsad 9e2d893), kept verbatim as the reference."""
    import re

    def split_line(lo: int, hi: int, out: list) -> None:
        begin, closers, straight_open, i = lo, [], False, lo
        while i < hi:
            ch = text[i]
            if ch in arabic._OPEN_QUOTES:
                closers.append(arabic._OPEN_QUOTES[ch])
            elif closers and ch == closers[-1]:
                closers.pop()
            elif ch == '"':
                straight_open = not straight_open
            elif ch in arabic._ENDERS and not closers and not straight_open and arabic._ends_sentence(text, i, hi):
                j = i + 1
                while j < hi and (text[j] in arabic._ENDERS or text[j] in arabic._TRAILERS):
                    if text[j] == '"':
                        straight_open = not straight_open
                    j += 1
                emit(begin, j, out)
                begin = i = j
                continue
            i += 1
        emit(begin, hi, out)

    def emit(lo: int, hi: int, out: list) -> None:
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi > lo and any(ch.isalnum() for ch in text[lo:hi]):
            out.append(arabic.Sentence(lo, hi, text[lo:hi]))

    end = len(text) if end is None else end
    out: list = []
    for para in re.finditer(r"[^\n]+", text[start:end]):
        split_line(start + para.start(), start + para.end(), out)
    return out


# Every character the splitter reacts to, with Arabic letters, digits, Latin initials and odd spaces between them.
SPLITTER_TEXT = st.text(
    alphabet=st.sampled_from(list("«»“”()\"'[]’.!?؟…۔ \n\t\u00a0\u200fـ،:")) | st.sampled_from(list("دمقالوزير3.5UeS_٣"))
    | st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    max_size=120,
)


@given(SPLITTER_TEXT, st.integers(0, 130), st.integers(0, 130))
def test_split_sentences_equals_the_character_by_character_reference(text, a, b):
    assert arabic.split_sentences(text) == _reference_split_sentences(text)
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    assert arabic.split_sentences(text, start, end) == _reference_split_sentences(text, start, end)


def test_split_sentences_equals_the_reference_on_every_seed_page(seed_texts):
    quoted = 0
    for name, text in seed_texts.items():
        got = arabic.split_sentences(text)
        assert got == _reference_split_sentences(text), name
        assert len(got) > 10, name
        quoted += sum("«" in s.text or '"' in s.text for s in got)
    assert quoted > 20  # the seeds' quotes are in the comparison


def test_split_sentences_equals_the_reference_on_saudinewsnet(shared_dir):
    import gzip
    import json

    with gzip.open(shared_dir / "corpus" / "saudinewsnet" / "saudinewsnet_all.jsonl.gz", "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["content"] for line, _ in zip(f, range(300), strict=False)]
    for text in texts:
        assert arabic.split_sentences(text) == _reference_split_sentences(text)
