"""Cleaning on real pages: the five seeds against their hand annotation, real SaudiNewsNet articles wrapped in the
debris other sites produce (mastheads, menus, captions, share buttons, related-article blocks, tag lines, tweets,
footers), invariants over any text, and the share of real article text the cleaner keeps."""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad import arabic, clean
from marsad.models import LINE_KINDS, Article, RawDoc

from .conftest import FIXTURES, SEEDS, gold_lines

PAGES = sorted((FIXTURES / "pages").glob("*.txt"))
SEED_IDS = [p.stem for p in sorted(SEEDS.glob("*.txt"))]
# Pinned floor for the per-line agreement with the hand annotation over all seed lines (measured 132/132 = 1.0).
SEED_LINE_ACCURACY_FLOOR = 0.97
# Pinned floor for the share of characters kept from real SaudiNewsNet records cleaned as structured documents
# (measured 0.9976 over 2,000 records; what goes is "مقالات أخرى للكاتب" boxes, "رابط الخبر" lines, "***").
SNN_KEPT_FLOOR = 0.99


def cleaned(doc_id: str, text: str, **kw) -> Article:
    kw.setdefault("format", "text")
    return clean.clean(RawDoc(id=doc_id, path=f"{doc_id}.txt", text=text, encoding="utf-8", **kw))


def page(body: list[str], *, before: list[str] = (), after: list[str] = ()) -> str:
    return "\n".join([*before, *body, *after])


# Real paragraphs (SaudiNewsNet, alyaum 2015-07-24) to set debris lines against.
TURKEY = [
    "طائرات حربية تركية تقصف مواقع داعش في سوريا",
    "قصفت ثلاث طائرات حربية تركية اليوم عدة مواقع لتنظيم داعش الإرهابي في سوريا وذلك غداة تبادل لإطلاق النار بين الجيش التركي والمسلحين على الحدود.",
    "وجاء في بيان للمكتب الإعلامي لرئيس الوزراء التركي أحمد داود أوغلو أن الطائرات المقاتلة التركية قصفت بالصواريخ مقرين عامين ونقطة تموين لمسلحي داعش قبل أن تعود إلى قاعدة ديار بكر.",
    "وأفادت وكالة ( دوغان ) التركية للأنباء أن الأهداف حددت حول بلدة حوار في سوريا المقابلة لكيليس في تركيا.",
]


# --- the seeds -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("doc_id", SEED_IDS)
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
    for key in ("lead", "subheading", "metadata"):
        for no in g.get(key, []):
            assert kinds[no] == key, (no, kinds[no])
    title = gold_lines(text, [g["title"]])[0] if g["title"] else None
    assert a.title == title


def test_seed_line_accuracy(seed_texts, gold):
    """Every seed line's kind against the annotation (unannotated non-blank lines count as misses)."""
    right = total = 0
    for doc_id, text in seed_texts.items():
        g = gold["documents"][doc_id]
        want = {n: kind for kind in ("noise", "metadata", "lead", "subheading", "body") for n in g.get(kind, [])}
        if g["title"]:
            want[g["title"]] = "title"
        for ln in cleaned(doc_id, text).lines:
            total += 1
            right += ln.kind == want.get(ln.no, "blank" if not ln.text else None)
    assert right / total >= SEED_LINE_ACCURACY_FLOOR, f"{right}/{total}"


def test_seed_metadata_is_lifted_out_of_the_text(seed_texts):
    a = cleaned("001", seed_texts["001_6b8f8232c79e6353"])
    assert (a.published, a.published_from, a.source_credit) == ("2024-02-12", "text", "الجزيرة")
    related = [ln for ln in a.lines if ln.no >= 18]
    assert all(ln.kind == "noise" for ln in related)
    assert related[0].reason == "read-also block"
    assert {ln.reason for ln in related[1:]} == {"unrelated to the article (read-also continuation)"}
    assert cleaned("002", seed_texts["002_c90bc23b3cdc86c4"]).dateline == "بغداد"
    s004 = {ln.no: ln for ln in cleaned("004", seed_texts["004_53a50ad2d6b5acfc"]).lines}
    assert s004[14].reason == "pull quote repeating line 13"
    assert s004[1].reason == "site name" and s004[4].reason == s004[5].reason == "repeated title"
    assert s004[27].reason == "hashtag line"
    s003 = {ln.no: ln for ln in cleaned("003", seed_texts["003_da7e6e73b57a95d2"]).lines}
    assert [s003[n].reason for n in (1, 28, 29)] == ["summary header", "embedded tweet", "embedded tweet"]
    s000 = {ln.no: ln for ln in cleaned("000", seed_texts["000_5d4c7b7a80708a78"]).lines}
    assert {s000[n].reason for n in (1, 2, 3, 4)} == {"masthead repeated at top"}
    assert {s000[n].reason for n in (8, 9)} == {"photo caption"}


def test_metadata_date_wins_over_the_text(seed_texts):
    a = cleaned("001", seed_texts["001_6b8f8232c79e6353"], published="2024-02-13")
    assert (a.published, a.published_from) == ("2024-02-13", "metadata")
    assert cleaned("002", seed_texts["002_c90bc23b3cdc86c4"]).published_from == "unknown"


def test_given_title_and_its_copies(seed_texts):
    text = seed_texts["004_53a50ad2d6b5acfc"]
    headline = "متغيرات تدفع فصائل عراقية لإعادة النظر في انسحاب الجيش الاميركي"
    a = cleaned("004", text, title=headline)
    assert a.title == headline
    assert [ln.no for ln in a.lines if ln.kind == "title"] == [2]
    assert all(ln.kind == "noise" for ln in a.lines if ln.text == headline and ln.no != 2)


@pytest.mark.parametrize("doc_id", SEED_IDS)
def test_fields_carry_over_and_hash_is_the_normalized_body(doc_id, seed_texts):
    a = cleaned(doc_id, seed_texts[doc_id], outlet="outlet", url="https://example.org/a", author="كاتب")
    assert (a.id, a.path, a.format, a.encoding, a.outlet, a.url, a.author) == (
        doc_id, f"{doc_id}.txt", "text", "utf-8", "outlet", "https://example.org/a", "كاتب")
    assert a.content_hash == hashlib.sha256(arabic.normalize(a.body).encode("utf-8")).hexdigest()


# --- other real pages ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_other_real_pages(path: Path):
    expect = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    a = cleaned(path.stem, text)
    kinds = {str(ln.no): ln.kind for ln in a.lines}
    wrong = {no: (kinds[no], want) for no, want in expect["lines"].items() if kinds[no] != want}
    assert not wrong
    assert a.title == expect["title"]
    for field in ("published", "source_credit", "dateline"):
        if field in expect:
            assert getattr(a, field) == expect[field], field
    for ln in a.lines:
        assert text[ln.start : ln.end] == ln.text
        assert (ln.reason is None) == (ln.kind in ("body", "blank"))


# --- single rules, each set in a real article ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "kind", "reason"),
    [
        ("— وكالة الأناضول (@aa_arabic) ٢٤ يوليو ٢٠١٥", "noise", "embedded tweet"),
        ("عاجل: طائرات تركية تقصف مواقع داعش https://twitter.com/AA_Arabic/status/624548796465307648", "noise", "embedded tweet"),
        ("الكلمات المفتاحية: تركيا، داعش، سوريا", "metadata", "keyword line"),
        ("#تركيا #داعش", "noise", "hashtag line"),
        ("حقوق النشر محفوظة لصحيفة اليوم 2015", "noise", "page footer"),
        ("التعليقات (4)", "noise", "page footer"),
        ("* * *", "noise", "separator line"),
        ("مشاركة الخبر: فيسبوك | تويتر | واتساب", "noise", "share buttons"),
        ("المصدر: وكالة الأنباء السعودية", "metadata", "source credit"),
        ("نشر في: الجمعة 24 يوليو 2015 - 16:26", "metadata", "publication-date line"),
        # lines read in SaudiNewsNet bodies (2015): SPA's end mark, columnists' contacts (Al-Madina, Okaz, Asharq
        # Al-Awsat), Ain Alyoum's slider buttons, Asharq Al-Awsat's syndication credit
        ("// انتهى //", "noise", "agency end mark"),
        ("88591 - Stc", "metadata", "contact line"),
        ("للتواصل أرسل sms إلى 88548", "metadata", "contact line"),
        ("alrashed@asharqalawsat.com", "metadata", "contact line"),
        ("تويتر: Arfaj1", "metadata", "contact line"),
        ("Next Previous", "noise", "share buttons"),
        ("* خدمة «نيويورك تايمز»", "metadata", "source credit"),
    ],
)
def test_debris_between_paragraphs(line, kind, reason):
    a = cleaned("t", page(TURKEY[:3] + [line] + TURKEY[3:]))
    ln = a.lines[3]
    assert (ln.kind, ln.reason) == (kind, reason)
    assert a.body.split("\n") == TURKEY[1:]


# The last paragraphs of two Ain Alyoum (3alyoum) articles of 2015-08-09, as SaudiNewsNet holds them: the page's tag
# list ("سمات" and the tags) run into the last paragraph after its full stop, or on a line of its own.
AIN_ALYOUM_RUN_ON = ("واستبعد مصدر مختص نيته إلغاء العملية، لأن إقدامه على ذلك سيعرضه للخطر، وقد يقبض عليه في المعسكر، "
                     "وهنا تكون الضربة موجعة له ولمن خلفه.")
AIN_ALYOUM_LAST = "ونتج عنه استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين في الموقع وإصابة تسعة آخرين."


def test_tag_list_run_into_the_last_paragraph_is_cut_off():
    text = page(TURKEY + [AIN_ALYOUM_RUN_ON + " سمات أبها تفجير تفجير طوارئ عسير "])
    a = cleaned("t", text)
    assert a.body.split("\n") == [*TURKEY[1:], AIN_ALYOUM_RUN_ON]
    head, tag = a.lines[-2:]
    assert head.no == tag.no == len(TURKEY) + 1 and (head.kind, tag.kind, tag.reason) == ("body", "metadata",
                                                                                          "keyword line")
    assert (text[head.start:head.end], text[tag.start:tag.end]) == (AIN_ALYOUM_RUN_ON, "سمات أبها تفجير تفجير طوارئ عسير")


def test_tag_list_on_its_own_last_line():
    a = cleaned("t", page(TURKEY + [AIN_ALYOUM_LAST, "\xa0", " سمات تفجير تفجير طوارئ عسير عبدالله عسيري"]))
    assert a.body.split("\n") == [*TURKEY[1:], AIN_ALYOUM_LAST]
    assert (a.lines[-1].kind, a.lines[-1].reason) == ("metadata", "keyword line")


@pytest.mark.parametrize(
    "last",
    [
        # real closing sentences (SaudiNewsNet 2015) in which سمات is a word: "traits"
        "وهناك كونسول مركزي حساس للمس في «فانتاج»، وهو من سمات بعض سيارات «أستون مارتن» الأخرى.",
        "هذه سمات النفس العزيزة. تبكيك حروف الروح قبل العين.",
        # a tag-like run that is not at the end of the article
        AIN_ALYOUM_RUN_ON,
    ],
)
def test_traits_are_not_a_tag_list(last):
    a = cleaned("t", page(TURKEY + [last]))
    assert a.body.split("\n") == [*TURKEY[1:], last]


@pytest.mark.parametrize(
    "sentence",
    [
        "التعليقات على مواقع التواصل الاجتماعي كانت غاضبة بعد القرار.",
        "نشر الجيش التركي 500 جندي على الحدود في 24 يوليو 2015.",
        "شارك الآلاف في المسيرة التي نظمت أمس في العاصمة أنقرة.",
        "وقال مسؤول تركي إن المصدر الرئيسي للتهديد هو تنظيم داعش على الحدود.",
        "وأضاف البيان أن جميع الحقوق التي كفلها القانون للمتهمين محفوظة.",
        "وكتب على حسابه في تويتر @AA_Arabic أن القصف مستمر.",
        "وقدمت الشركة خدمة «الجيل الخامس» في 3 مدن.",
    ],
)
def test_sentences_that_open_like_debris_stay_body(sentence):
    a = cleaned("t", page(TURKEY[:2] + [sentence] + TURKEY[2:]))
    assert sentence in a.body.split("\n")


def test_read_also_item_then_the_article_resumes():
    other = "الحوثي يسحب قياداته إلى صعدة"
    a = cleaned("t", page(TURKEY[:2] + [f"اقرأ أيضا: {other}"] + TURKEY[2:]))
    assert a.body.split("\n") == TURKEY[1:]
    assert a.lines[2].reason == "read-also block"


def test_read_also_block_runs_to_the_end_of_the_page():
    other = [
        "أمير نجران يوجه باستحداث برامج تحفز الشباب لزيارة المواقع التاريخية",
        "وجه صاحب السمو الأمير جلوي بن عبدالعزيز بن مساعد، أمير منطقة نجران، بإحداث برامج تحفز الشباب لزيارة المواقع التاريخية في المنطقة، وربطهم بمرحلة تأسيس المملكة.",
    ]
    a = cleaned("t", page(TURKEY, after=["ذات صلة", *other]))
    assert a.body.split("\n") == TURKEY[1:]
    assert [ln.reason for ln in a.lines[-2:]] == ["unrelated to the article (read-also continuation)"] * 2


def test_caption_label_and_dateline_line_before_the_article():
    before = ["اليوم", TURKEY[0], "عين اليوم – أنقرة", "طائرات حربية تركية فوق الحدود السورية", "(أ ف ب)"]
    a = cleaned("t", page(TURKEY[1:], before=before))
    got = [(ln.kind, ln.reason) for ln in a.lines[:5]]
    assert got == [
        ("noise", "page furniture above the title"),
        ("title", "title"),
        ("metadata", "dateline line"),
        ("noise", "photo caption"),
        ("noise", "label before the article"),
    ]


def test_a_verse_before_the_article_is_kept():
    verse = "سلامي على اللي يغلي البل عداه الميل"  # shares no words with the article: the outlet's own text
    a = cleaned("t", page(TURKEY[1:], before=[TURKEY[0], verse]))
    assert a.lines[1].kind == "body"


def test_inline_read_also_followed_by_the_linked_story_is_dropped():
    other = [
        "اقرأ أيضا: أمير نجران يوجه باستحداث برامج تحفز الشباب لزيارة المواقع التاريخية",
        "وجه صاحب السمو الأمير جلوي بن عبدالعزيز بن مساعد، أمير منطقة نجران، بإحداث برامج تحفز الشباب لزيارة المواقع التاريخية في المنطقة.",
    ]
    a = cleaned("t", page(TURKEY, after=other))
    assert a.body.split("\n") == TURKEY[1:]
    assert a.lines[-1].reason == "unrelated to the article (read-also continuation)"


def test_picture_credit_between_paragraphs_and_a_closing_list():
    items = ["1 - قاعدة ديار بكر", "2 - بلدة حوار", "3 - مدينة كيليس"]
    a = cleaned("t", page(TURKEY[:2] + ["تصوير: محمد الأحمد"] + TURKEY[2:], after=items))
    assert (a.lines[2].kind, a.lines[2].reason) == ("noise", "photo caption")
    assert a.body.split("\n") == TURKEY[1:] + items


def test_source_credit_in_brackets():
    a = cleaned("t", page(TURKEY, after=["(المصدر: رويترز)"]))
    assert (a.lines[-1].kind, a.source_credit) == ("metadata", "رويترز")


def test_truncated_teaser_copy():
    a = cleaned("t", page(TURKEY[:2] + ["وجاء في بيان للمكتب الإعلامي"] + TURKEY[2:]))
    assert (a.lines[2].kind, a.lines[2].reason) == ("noise", "truncated copy of line 4")


def test_repeated_lines_inside_the_article_are_kept():
    refrain = "يا دار عبلة بالجواء تكلمي"
    body = [TURKEY[1], refrain, TURKEY[2], refrain, TURKEY[3]]
    a = cleaned("t", page(body, before=[TURKEY[0]]))
    assert [ln.kind for ln in a.lines[1:]] == ["body", "subheading", "body", "subheading", "body"]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("تاريخ النشر: 12th, February 2024 GMT", "2024-02-12"),
        ("نشر في 11/02/2024", "2024-02-11"),
        ("نشر في: ١١ شباط ٢٠٢٤", "2024-02-11"),
        ("الأحد 11 فبراير 2024", "2024-02-11"),
        ("الأحد ١١ فبراير ٢٠٢٤ - 10:30 م", "2024-02-11"),
        ("تاريخ النشر: الأحد 11 فبراير 2024", "2024-02-11"),
        ("آخر تحديث: 2024-02-11 10:30", "2024-02-11"),
        ("Published: July 24, 2015 16:26", "2015-07-24"),
        ("الثلاثاء ٤ شوال ١٤٣٦ هـ - ٢١ يوليو ٢٠١٥ م", "2015-07-21"),
        ("وقالت الوزارة في بيان إن المحادثات ستبدأ في 11 فبراير 2024", None),
        ("وصل الوزير في 11 فبراير 2024", None),
        ("تاريخ النشر: فبراير 2024", None),
        ("المحادثات", None),
    ],
)
def test_date_lines(line, value):
    assert clean.parse_date_line(line) == value


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [("بغداد - قال المتحدث", "بغداد"), ("القاهرة – أعلنت الوزارة", "القاهرة"), ("لندن: رنيم حنوش", "لندن"),
     ("الرياض - واس - أعلنت وزارة الصحة", "الرياض"), ('خالد علي - سبق - جدة:عاد " قانون التحرش "', "جدة"),
     ("المدينة المنورة - شهدت فعاليات", "المدينة المنورة"), ("بغداد ـ قال المتحدث", "بغداد"),
     ("وقال المتحدث - في بيان - إن", None), ("2024 - عام الانتخابات", None), ("الأمـم المتحدة تقول إن", None),
     ("كشفت مصادر دبلوماسية، الخميس، عن اتفاق", None), ("http://www.sabq.org/a", None)],
)
def test_datelines(paragraph, place):
    assert clean.dateline(paragraph) == place


@pytest.mark.parametrize(("paragraph", "place"), [
    # SaudiNewsNet 2015-07-31: a reporter's name heading the text was taken for the dateline
    ("نايف السعدي – الطائف شهدت ساحة جامع الملك فهد بالطائف اليوم تنفيذ حكم", "الطائف"),  # 3alyoum
    ("محمد زامل ــ سبق ــ الرياض: توقع المحلل السياسي اليمني", "الرياض"),  # Sabq, a doubled tatweel
    ("عبدالله البرقاوي- سبق-الرياض:  أكد وزير العدل", "الرياض"),  # no space around the second dash
    ("إبراهيم الحذيفي – مكة المكرمة رصد المصوّر المحترف", "مكة المكرمة"),
    ("نايف عبدالله – عين اليوم أوضح الناطق الإعلامي", None),  # the outlet, no place
    # towns named like people stay places
    ("خميس مشيط - أعلنت إدارة المرور", "خميس مشيط"), ("أبو عريش - شهدت المحافظة", "أبو عريش"),
])
def test_a_reporter_heading_the_text_is_no_dateline(paragraph, place):
    assert clean.dateline(paragraph) == place


# --- structured documents: conservative rules only ---------------------------------------------------------------
def test_structured_text_keeps_ordinary_short_paragraphs():
    text = "الرياض - واس\nأعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة.\nتفاصيل\nوأضافت الوزارة أن المستشفى يضم 300 سرير.\nشارك"
    a = cleaned("r", text, format="json", structured=True, title="افتتاح مستشفى جديد")
    # the dateline line over the text is metadata (its place the dateline), as on a page
    assert [ln.kind for ln in a.lines] == ["title", "metadata", "body", "subheading", "body", "noise"]
    assert a.title == a.lines[0].text == "افتتاح مستشفى جديد" and a.dateline == "الرياض"


# Ain Alyoum (3alyoum) records of SaudiNewsNet, 2015-08-09: the line over the text names the outlet and the place,
# the writer and the outlet, or the outlet and the writer; 1,767 Ain Alyoum records have one.
@pytest.mark.parametrize(("line", "place"), [
    ("عين اليوم – جدة", "جدة"), ("عين اليوم – متابعات", None), ("لجين الأحمدي – عين اليوم", None),
    ("عين اليوم – هيفاء عبدالله", None), ("عبدالكريم الحمد ـ الرياض", "الرياض"),
])
def test_a_byline_or_dateline_over_a_record_text_is_metadata(line, place):
    a = cleaned("r", "\n".join([line, *TURKEY[1:]]), format="json", structured=True, title=TURKEY[0])
    assert (a.lines[1].kind, a.lines[1].reason) == ("metadata", "dateline line")
    assert a.body.split("\n") == TURKEY[1:] and a.dateline == place


def test_a_read_more_link_closing_a_teaser_is_page_debris():
    """119 Asharq Al-Awsat records of SaudiNewsNet end in a '...المزيد' link under the cut text."""
    a = cleaned("r", "\n\n".join([*TURKEY[1:], " ...المزيد"]), format="json", structured=True, title=TURKEY[0])
    assert (a.lines[-1].kind, a.lines[-1].reason) == ("noise", "page footer")
    assert a.body.split("\n") == TURKEY[1:]


@pytest.mark.parametrize(("given", "title"), [
    # SaudiNewsNet, 2015-08-10: Saudi Press Agency (was) and Al-Eqtisadiya titles
    ("عام / نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء", "نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء"),
    ("اقتصادي / مؤشر سوق الأسهم السعودية يرتفع 135 نقطة بتداولات 4 مليارات ريال",
     "مؤشر سوق الأسهم السعودية يرتفع 135 نقطة بتداولات 4 مليارات ريال"),
    ("قصة مصورة: مهرجان تمور بريدة", "مهرجان تمور بريدة"),
    ("الجبير: المملكة حريصة على تطوير علاقاتها مع إيران", "الجبير: المملكة حريصة على تطوير علاقاتها مع إيران"),
    ("العراق: إلغاء مناصب نواب رئيس الجمهورية", "العراق: إلغاء مناصب نواب رئيس الجمهورية"),
])
def test_a_desk_label_is_not_part_of_the_title(given, title):
    body = "أعلنت الجهة المختصة اليوم تفاصيل القرار الذي صدر بعد اجتماع استمر عدة ساعات في مقرها بالعاصمة."
    a = cleaned("r", body, format="json", structured=True, title=given)
    assert a.title == title
    assert a.lines[0].text == given  # the line keeps what the outlet printed


def test_an_agency_dateline_and_date_line_is_metadata():
    """SaudiNewsNet, 2015-08-10: a Saudi Press Agency item (113 of 123 sampled SPA records open so). The line is
    where and when; left in the body, its words made every SPA item of a day look alike."""
    text = ("المنامة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n"
            "أجرى صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة نائب ملك البحرين ولي العهد اتصالًا هاتفيًا مع "
            "وزير الخارجية الأمريكي جون كيري جرى خلاله استعراض العلاقات الثنائية بين البلدين.")
    a = cleaned("r", text, format="json", structured=True, title="نائب العاهل البحريني يجري اتصالًا هاتفيًا")
    assert [(ln.kind, ln.reason) for ln in a.lines][1] == ("metadata", "dateline line")
    assert (a.dateline, a.published, a.published_from) == ("المنامة", "2015-08-10", "text")
    assert "شوال" not in a.body


@pytest.mark.parametrize("line", [
    "وصل الوزير في 11 فبراير 2024 إلى الرياض",  # a sentence with a date
    "الرياض 10 أغسطس 2015",  # a place and a date, no agency: may open a sentence
    "قال الوزير 10 أغسطس 2015 واس",
])
def test_a_sentence_with_a_place_and_a_date_is_no_agency_head(line):
    assert clean.agency_date_line(line) is None


def test_a_records_title_is_read_like_a_printed_one():
    """SaudiNewsNet, 2015-08-10 (alweeam): the title field gives the figure the body prints only as (439491); as
    the article's first line it is extracted and citable, and a copy of it in the text is not added twice."""
    from marsad.extract import extract_all

    title = "الجوازات : 439 ألف تم تصحيح أوضاعهم من الأخوة اليمنيين"
    body = ("أوضحت المديرية العامة للجوازات أنه بلغ عدد من تم إنهاء إجراءات تصحيح أوضاعهم من الإخوة الأشقاء أبناء "
            "الجمهورية اليمنية المقيمين في المملكة العربية السعودية في كافة مراكز التصحيح بجوازات مناطق المملكة.")
    a = cleaned("r", body, format="json", structured=True, title=title)
    assert (a.lines[0].kind, a.lines[0].text, a.text[a.lines[0].start:a.lines[0].end]) == ("title", title, title)
    assert a.body == body and a.title == title
    assert 439000 in [q["value"] for q in extract_all(a)["quantities"]]
    again = cleaned("r", f"{title}\n{body}", format="json", structured=True, title=title)
    assert again.text == f"{title}\n{body}" and [ln.kind for ln in again.lines] == ["title", "body"]


def test_structured_keeps_repeats_captions_and_pull_quotes_but_drops_the_title_copy(seed_texts):
    text = seed_texts["004_53a50ad2d6b5acfc"]
    headline = "متغيرات تدفع فصائل عراقية لإعادة النظر في انسحاب الجيش الاميركي"
    a = cleaned("004", text, format="html", structured=True, title=headline)
    kinds = {ln.no: ln.kind for ln in a.lines}
    assert kinds[14] == "subheading"  # a pull quote is only dropped from raw scrapes
    assert kinds[2] == "title" and kinds[4] == kinds[27] == "noise"
    s000 = cleaned("000", seed_texts["000_5d4c7b7a80708a78"], structured=True)
    assert s000.title is None
    assert {ln.kind for ln in s000.lines if ln.no in (8, 9)} == {"body"}


# --- invariants --------------------------------------------------------------------------------------------------
def _pool() -> list[str]:
    lines = [ln for p in sorted(SEEDS.glob("*.txt")) for ln in p.read_text(encoding="utf-8").split("\n")]
    lines += [ln for p in PAGES for ln in p.read_text(encoding="utf-8").split("\n")]
    return lines + ["", "  ", "\t", "\r", "***", "ملخص", "اقرأ أيضا", "#", "(@x) 2024", "—"]


POOL = _pool()
page_texts = st.one_of(
    st.lists(st.sampled_from(POOL), max_size=30).map("\n".join),
    st.text(alphabet=st.sampled_from(list("بغداد - :.\n#@ـ«»١2xX\t ") + ["\u200f", "\u0651"]), max_size=200),
    st.text(max_size=200),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=page_texts, structured=st.booleans(), title=st.one_of(st.none(), st.sampled_from(POOL[:40])))
def test_every_line_is_classified_with_offsets_into_the_original(text, structured, title):
    a = cleaned("h", text, structured=structured, title=title)
    # a record's title that its text does not carry is the article's first line, ahead of the text
    added = a.text != text
    assert not added or (structured and a.text == f"{title.strip()}\n{text}" and a.lines[0].kind == "title")
    # one Line a line of text, or two where a line is cut in two (a tag list after the last sentence, a slider's
    # buttons before the byline: 'Next Previous حامد القرشي – عين اليوم'), both keeping its number
    nos = [ln.no for ln in a.lines]
    assert nos == sorted(nos) and sorted(set(nos)) == list(range(1, len(text.split("\n")) + added + 1))
    for ln in a.lines:
        assert ln.kind in LINE_KINDS
        assert a.text[ln.start : ln.end] == ln.text == ln.text.strip()
        assert (ln.kind == "blank") == (not ln.text)
        assert (ln.reason is None) == (ln.kind in ("body", "blank"))
    assert a.content_hash == hashlib.sha256(arabic.normalize(a.body).encode("utf-8")).hexdigest()


@settings(max_examples=100, deadline=None)
@given(text=st.lists(st.sampled_from(POOL), max_size=30).map("\n".join))
def test_a_clean_body_cleans_to_itself(text):
    """What the cleaner kept is never debris-shaped: cleaning the clean body again (as extracted text) keeps it."""
    body = cleaned("h", text).body
    assert cleaned("h2", body, structured=True).body == body


# --- real records ---------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def snn_records(shared_dir) -> list[dict]:
    """Every 15th SaudiNewsNet record: ~2,000 real articles from 14 outlets."""
    path = shared_dir / "corpus" / "saudinewsnet" / "saudinewsnet_all.jsonl.gz"
    if not path.exists():
        pytest.skip("SaudiNewsNet is not in ../shared")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in itertools.islice(f, 0, None, 15)]


@pytest.mark.shared
def test_structured_records_keep_their_text(snn_records):
    kept = total = 0
    for i, r in enumerate(snn_records):
        a = cleaned(str(i), r["content"], format="json", structured=True, title=r["title"], outlet=r["source"])
        for ln in a.lines:
            total += len(ln.text)
            kept += len(ln.text) if ln.kind in ("title", "lead", "subheading", "body") else 0
    assert len(snn_records) > 1500
    assert kept / total >= SNN_KEPT_FLOOR, kept / total


@pytest.mark.shared
def test_records_as_plain_pages_find_their_title(snn_records):
    """A record printed as a page (headline line, then the text): the headline is found without metadata."""
    found = sum(cleaned(str(i), f"{r['title'].strip()}\n{r['content']}").title == r["title"].strip()
                for i, r in enumerate(snn_records) if r["title"].strip())
    assert found / len(snn_records) >= 0.97


@pytest.mark.parametrize(("paragraph", "place"), [
    # SaudiNewsNet (Sabq, 14 openings in records 0-9999): an outlet and a byline word name no place
    ("سبق- متابعة: تدرس حكومة المحافظين، المنتخبة حديثاً في بريطانيا، قراراً", None),
    ("جدة - متابعات: أعلنت الهيئة العامة للأرصاد", "جدة"),  # a place beside the byline word stays
    ("الرياض - واس - أعلنت وزارة الداخلية", "الرياض"),
])
def test_a_byline_word_is_no_dateline(paragraph, place):
    assert clean.dateline(paragraph) == place


def test_slider_buttons_before_the_byline_are_cut_off_it():
    # SaudiNewsNet record 6386 (3alyoum, 270 records of that site open so): the slider's 'Next Previous' sat on
    # the byline's line, which was then read as the first paragraph
    text = (" Next Previous حامد القرشي – مكة المكرمة\n انتهت إدارة تنفيذ مشاريع الإنارة بأمانة العاصمة المقدسة من "
            "تركيب العديد من أعمدة الإضاءة الملونه والمختلفة الأشكال والأحجام لتزيين مداخل مكة المكرمه وشوارعها "
            "الرئيسية والطرق المؤدية إلى المسجد الحرام.")
    a = cleaned("s", text, structured=True, title="أعمدة إنارة ملونة تزين مداخل مكة")
    assert a.body.startswith("انتهت إدارة")
    assert ("Next Previous", "share buttons") in [(ln.text, ln.reason) for ln in a.lines]
    assert a.dateline == "مكة المكرمة"


def test_a_widgets_style_and_script_after_the_last_sentence_are_cut_off():
    # SaudiNewsNet record 21853 (Al Riyadh, 8 pages so in 31,030): a poll's CSS and jQuery ran on after the last
    # paragraph on its line, and were read as the article (entities 'zbackground', 'jQuery', numbers '0', '25')
    last = ("في المقابل يرى البعض الأخر أن اقتناء السيارات الفارهة ليس حكرا على طبقة أو فئة معينة من الناس. هل أنت "
            "ممن يسعى أو يؤيد شراء السيارات الفارهة.. أم أنها في نظرك شي غير مهم أو له آثار سلبية ؟")
    code = ("#vote_area2 ul { padding: 0; margin: 0; } .box_vote { zbackground: #FFFFFF; zborder:solid 1px #ccc; } "
            "jQuery(document).ready(function(){ var plot1 = jQuery.jqplot('pie1', [[ ['a1897',30] ]]); }); "
            "هل اقتناء سيارة فارهة ضرورة؟ نعم لا")
    text = ("أصبح هوس شراء السيارات الفارهة لا يقتصر على طبقة معينة من المجتمع في هذه الأيام، ويلاحظ بأن السيارات "
            "الفارهة تنتشر بشكل ملحوظ في طرقاتنا.\n" + last + " " + code)
    a = cleaned("s", text, structured=True, title="هوس اقتناء السيارات الفارهة")
    assert a.body.endswith("آثار سلبية ؟")
    kept = [ln for ln in a.lines if ln.reason == "style or script code"]
    assert [ln.text for ln in kept] == [code]
    assert a.text[kept[0].start:kept[0].end] == code  # the cut keeps the line's offsets
    # a line that is code from its start is removed whole
    b = cleaned("s", text.split("\n")[0] + "\nvar plot1 = jQuery.jqplot('pie1', [[ ['a1897',30] ]]);", structured=True)
    assert b.lines[-1].reason == "style or script code"


@pytest.mark.parametrize("line", [
    # Arabic prose that names code is the article's: what follows the match is mostly Arabic
    "وأوضح المهندس أن الأمر var x = 1 يكتب في السطر الأول من البرنامج الذي طورته الشركة السعودية للطلاب",
    "وتعرف الدالة function(x) { return x } في لغة جافا سكريبت بأنها دالة الهوية التي تعيد ما تأخذه كما هو",
])
def test_prose_that_names_code_stays(line):
    assert clean._code_start(line) is None
