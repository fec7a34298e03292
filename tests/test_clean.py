"""Cleaning on real pages: the five seeds against their hand annotation, and real SaudiNewsNet articles wrapped in
the debris other sites produce (mastheads, share buttons, related-article blocks, tag lines, tweets, footers)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad import clean
from marsad.models import RawDoc

from .conftest import FIXTURES, gold_lines

PAGES = sorted((FIXTURES / "pages").glob("*.txt"))


def cleaned(doc_id: str, text: str, **kw) -> clean.Article:
    return clean.clean(RawDoc(id=doc_id, path=f"{doc_id}.txt", text=text, format="text", encoding="utf-8", **kw))


@pytest.mark.parametrize("doc_id", ["000_5d4c7b7a80708a78", "001_6b8f8232c79e6353", "002_c90bc23b3cdc86c4",
                                    "003_da7e6e73b57a95d2", "004_53a50ad2d6b5acfc"])
def test_seed_lines_are_classified_as_annotated(doc_id, seed_texts, gold):
    g = gold["documents"][doc_id]
    text = seed_texts[doc_id]
    a = cleaned(doc_id, text)
    body = a.body.split("\n")
    for line in gold_lines(text, g["body"]):
        assert line in body
    own = set(a.content.split("\n"))
    for line in gold_lines(text, g["noise"]):
        assert line not in own
    kinds = {ln.no: ln.kind for ln in a.lines}
    for key in ("lead", "subheading"):
        for no in g.get(key, []):
            assert kinds[no] == key, (no, kinds[no])
    title = gold_lines(text, [g["title"]])[0] if g["title"] else None
    assert a.title == title
    for ln in a.lines:
        assert text[ln.start : ln.end] == ln.text
        if ln.kind in ("noise", "metadata"):
            assert ln.reason


def test_seed_metadata_is_lifted_out_of_the_text(seed_texts):
    a = cleaned("001", seed_texts["001_6b8f8232c79e6353"])
    assert (a.published, a.published_from, a.source_credit) == ("2024-02-12", "text", "الجزيرة")
    read_also = [ln for ln in a.lines if ln.no >= 18]
    assert all(ln.kind == "noise" for ln in read_also)
    assert read_also[0].reason == "read-also block"
    assert cleaned("002", seed_texts["002_c90bc23b3cdc86c4"]).dateline == "بغداد"
    pull = next(ln for ln in cleaned("004", seed_texts["004_53a50ad2d6b5acfc"]).lines if ln.no == 14)
    assert pull.reason == "pull quote repeating line 13"


def test_metadata_date_wins_over_the_text(seed_texts):
    a = cleaned("001", seed_texts["001_6b8f8232c79e6353"], published="2024-02-13")
    assert (a.published, a.published_from) == ("2024-02-13", "metadata")


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_other_real_pages(page: Path):
    expect = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    a = cleaned(page.stem, page.read_text(encoding="utf-8"))
    kinds = {str(ln.no): ln.kind for ln in a.lines}
    wrong = {no: (kinds[no], want) for no, want in expect["lines"].items() if kinds[no] != want}
    assert not wrong
    assert a.title == expect["title"]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("تاريخ النشر: 12th, February 2024 GMT", "2024-02-12"),
        ("نشر في: ١١ شباط ٢٠٢٤", "2024-02-11"),
        ("تاريخ النشر: الأحد 11 فبراير 2024", "2024-02-11"),
        ("آخر تحديث: 2024-02-11 10:30", "2024-02-11"),
        ("وقالت الوزارة في بيان إن المحادثات ستبدأ في 11 فبراير 2024", None),
    ],
)
def test_date_lines(line, value):
    assert clean.parse_date_line(line) == value


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [("بغداد - قال المتحدث", "بغداد"), ("القاهرة – أعلنت الوزارة", "القاهرة"), ("لندن: رنيم حنوش", "لندن"),
     ("وقال المتحدث - في بيان - إن", None), ("2024 - عام الانتخابات", None)],
)
def test_datelines(paragraph, place):
    assert clean.dateline(paragraph) == place


def test_structured_text_keeps_ordinary_short_paragraphs():
    text = "الرياض - واس\nأعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة.\nتفاصيل\nوأضافت الوزارة أن المستشفى يضم 300 سرير.\nشارك"
    a = clean.clean(RawDoc(id="r", path="r.json#1", text=text, format="json", encoding="utf-8", structured=True,
                           title="افتتاح مستشفى جديد"))
    kinds = [ln.kind for ln in a.lines]
    assert kinds == ["body", "body", "subheading", "body", "noise"]
    assert a.title == "افتتاح مستشفى جديد"
