from __future__ import annotations

import pytest
from hypothesis import given
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


def test_tokens_keep_original_spelling_and_offsets(seed_texts):
    text = seed_texts["003_da7e6e73b57a95d2"]
    for tok in arabic.tokenize(text):
        assert text[tok.start : tok.end] == tok.text
        assert tok.norm == arabic.normalize(tok.text)


def test_numbers_with_separators_are_one_token():
    assert [t.text for t in arabic.tokenize("نحو 2,500 جندي و3.5 مليار و٢٬٥٠٠")] == [
        "نحو", "2,500", "جندي", "و", "3.5", "مليار", "و", "٢٬٥٠٠",
    ]


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
