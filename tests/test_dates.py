"""Dates: the seeds' gold values, real sentences from Saudi and pan-Arab outlets, and what must not be a date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.extract.dates import DateMention, find_dates, infer_published
from marsad.extract.quantities import find_quantities


def _values(text: str, anchor: date | None = None) -> dict[str, str | None]:
    return {d.text: d.value for d in find_dates(text, anchor=anchor)}


# --- the seeds ---------------------------------------------------------------------------------------------------
def test_every_gold_date_resolves_to_its_gold_value(seed_texts, gold):
    for item in gold["dates"]:
        text = seed_texts[item["doc"]]
        given_published = item.get("given_published")
        anchor = date.fromisoformat(given_published) if given_published else None
        found = {d.text: d for d in find_dates(text, anchor=anchor)}
        assert item["text"] in found, (item, sorted(found))
        mention = found[item["text"]]
        assert mention.value == item["value"], (item, mention)
        assert text[mention.start: mention.end] == item["text"]
        if mention.kind == "relative":
            assert mention.anchor == given_published


def test_gold_dates_have_no_value_without_an_anchor_when_relative(seed_texts):
    found = {d.text: d for d in find_dates(seed_texts["002_c90bc23b3cdc86c4"])}
    assert found["الخميس الماضي"].value is None and found["الخميس الماضي"].anchor is None
    assert found["7-8 أغسطس 2023"].value == "2023-08-07/2023-08-08"
    assert found["7-8 أغسطس 2023"].granularity == "range"


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ("003_da7e6e73b57a95d2", "2024-01-25"),  # 24 من كانون الثاني الجاري + أمس الأربعاء
        ("001_6b8f8232c79e6353", "2024-02-12"),  # the page's own "12th, February 2024"
    ],
)
def test_infer_published_on_seeds(seed_texts, doc, expected):
    value, evidence = infer_published(seed_texts[doc])
    assert value == expected
    assert evidence


def test_infer_published_002_lands_in_early_february_2024(seed_texts):
    # 25 يناير الماضي (so we are past January), 7-8 أغسطس 2023, اليوم الأحد; really published 2024-02-11
    value, _ = infer_published(seed_texts["002_c90bc23b3cdc86c4"])
    assert "2024-02-01" <= value <= "2024-02-11"
    assert date.fromisoformat(value).weekday() == 6  # اليوم الأحد


def test_infer_published_ignores_future_dates(seed_texts):
    # 004 says بحلول سبتمبر/أيلول 2025: a deadline, not the day of writing
    # and its other dates (عام 2003, عام 2014) are years: lower bounds, not a publication date
    assert infer_published(seed_texts["004_53a50ad2d6b5acfc"]) is None


def test_infer_published_is_none_without_evidence():
    assert infer_published("قال المتحدث إن الاجتماعات ستتواتر بصورة دورية") is None


# --- real sentences ------------------------------------------------------------------------------------------------
ANCHOR = date(2015, 8, 5)  # a Wednesday: SaudiNewsNet's crawl days


@pytest.mark.parametrize(
    ("text", "mention", "value", "kind"),
    [
        # Saudi outlets write the Hijri date first, the Gregorian in brackets or after الموافق
        ("أقيم مساء الأحد 10 شوال 1436هـ (26 يوليو 2015م) حفل معايدة", "10 شوال 1436هـ", "2015-07-26", "hijri"),
        ("أقيم مساء الأحد 10 شوال 1436هـ (26 يوليو 2015م) حفل معايدة", "26 يوليو 2015م", "2015-07-26", "absolute"),
        ("وذلك يوم الأربعاء الموافق 20 شوال 1436هـ بمقر الإمارة", "20 شوال 1436هـ", "2015-08-05", "hijri"),
        ("صدر القرار بتاريخ 1436/10/20هـ ويعمل به فورا", "1436/10/20هـ", "2015-08-05", "hijri"),
        ("اليوم الاثنين الموافق 18 / 10 / 1436هـ بمحافظة الأحساء", "الاثنين الموافق 18 / 10 / 1436هـ", "2015-08-03", "hijri"),
        ("الصادر بتاريخ 29 /6 /2015، خبراً عن نتائج", "29 /6 /2015", "2015-06-29", "numeric"),
        ("بلغ ذروته في يونيو/حزيران عام 2014 حوالي", "يونيو/حزيران عام 2014", "2014-06", "absolute"),
        ("منذ ثورة يناير (كانون الثاني) 2011 لن تتوقف", "يناير (كانون الثاني) 2011", "2011-01", "absolute"),
        ("أول بطولة رسمية للنادي في عام 1988م ليترك", "عام 1988م", "1988", "absolute"),
        ("خلال موسمي عامي 2014 و2015", "عامي 2014 و2015", "2014/2015", "absolute"),
        ("أعلن الجيش في حرب 1948 عن", "1948", "1948", "absolute"),
        ("تحقيق أهداف رؤية 2030.", "2030", "2030", "absolute"),
        ("في شهر رمضان 1436هـ", "شهر رمضان 1436هـ", "2015-06-18/2015-07-16", "hijri"),
    ],
)
def test_absolute_and_hijri_dates(text, mention, value, kind):
    found = {d.text: d for d in find_dates(text, anchor=ANCHOR)}
    assert mention in found, sorted(found)
    assert (found[mention].value, found[mention].kind) == (value, kind)
    assert found[mention].anchor is None


@pytest.mark.parametrize(
    ("text", "mention", "value", "granularity"),
    [
        ("وصل وزير الخارجية إلى مسقط أمس، والتقى نظيره", "أمس", "2015-08-04", "day"),
        ("انتخب رئيسا جديدا للنادي أول من أمس خلفا لفهد", "أول من أمس", "2015-08-03", "day"),
        # the anchor is a Wednesday: "today, Thursday" is the Thursday (the canal opened on 6 August 2015), and
        # "yesterday, Monday" the Monday (the article was written a day before its date)
        ("افتتح الرئيس اليوم الخميس قناة السويس الجديدة", "اليوم الخميس", "2015-08-06", "day"),
        ("وقال في مؤتمر صحفي أمس الاثنين إن الحملة مستمرة", "أمس الاثنين", "2015-08-03", "day"),
        # a weekday up to five days back is the day (a page crawled days after it was written: bench/weekday_lag.py)
        ("وكان الفريق قد وصل أمس الجمعة إلى معسكره", "أمس الجمعة", "2015-07-31", "day"),
        ("تلقى مستشفى أضم العام اليوم السبت بلاغا من إدارة الدفاع المدني", "اليوم السبت", "2015-08-01", "day"),
        ("ينطلق البرنامج بعد غد الجمعة في الخرج", "بعد غد الجمعة", "2015-08-07", "day"),
        ("وتقام مباراة كأس السوبر الثلاثاء المقبل في تبيليسي", "الثلاثاء المقبل", "2015-08-11", "day"),
        ("وأعلن ناديه يوم السبت الماضي تعاقده", "يوم السبت الماضي", "2015-08-01", "day"),
        ("وقال المرصد في بيان الخميس: إن غالبية", "الخميس", "2015-07-30", "day"),
        ("وكانت تركيا قد وافقت الشهر الماضي على", "الشهر الماضي", "2015-07", "month"),
        ("ستتحسن الأوضاع بحلول نهاية هذا العام.", "نهاية هذا العام", "2015", "year"),
        ("قال إنه عقد اجتماع طارئ الأسبوع المقبل", "الأسبوع المقبل", "2015-W33", "week"),
        ("الذي أعلن استقالته قبل شهر بعد أن قضى", "قبل شهر", "2015-07", "month"),
        ("اندلع الحريق قبل 3 أيام في المستودع", "قبل 3 أيام", "2015-08-02", "day"),
        ("الغائب عن الملاعب من ابريل الماضي، والاسباني", "ابريل الماضي", "2015-04", "month"),
        ("انتهى إيقافه في ديسمبر الماضي بسبب", "ديسمبر الماضي", "2014-12", "month"),
        ("الانتخابات التمهيدية في 6 اب/اغسطس على شبكة فوكس", "6 اب/اغسطس", "2015-08-06", "day"),
        ("في منتصف أكتوبر المقبل", "منتصف أكتوبر المقبل", "2015-10", "month"),
    ],
)
def test_relative_dates_resolve_against_the_anchor(text, mention, value, granularity):
    found = {d.text: d for d in find_dates(text, anchor=ANCHOR)}
    assert mention in found, sorted(found)
    d = found[mention]
    assert (d.value, d.granularity, d.kind, d.anchor) == (value, granularity, "relative", "2015-08-05")


@pytest.mark.parametrize(
    "text",
    [
        "وللولايات المتحدة 2500 جندي في العراق",
        "بعد أقل من 24 ساعة قتل 3 جنود",
        "توفي الشاب البالغ من العمر 25 عاما في الحادث",
        "للاستفسار الاتصال على الرقم 0555123456 أو 920000000",
        "سجلت الشركة 1500 حالة خلال الربع",
        "قتل 2000 شخص في الزلزال",
        "يمارس الرياضة يوميا ومارس السباحة منذ صغره",  # مارس the verb, not March
        "قال أب الضحية إن ابنه",  # آب is also "father"
        "نقل موقع «بغداد اليوم» عن مصدر أمني",  # an outlet's name
        "يحتفل العالم باليوم العالمي للمرأة",
        "ارتفع المؤشر 2015 نقطة",
    ],
)
def test_counts_and_names_are_not_dates(text):
    assert find_dates(text, anchor=ANCHOR) == []


def test_a_day_and_month_without_year_resolves_to_the_nearest_one():
    assert _values("قال في 25 ديسمبر إن", date(2016, 1, 3)) == {"25 ديسمبر": "2015-12-25"}
    assert _values("سيعقد في 3 يناير", date(2015, 12, 28)) == {"3 يناير": "2016-01-03"}


# SaudiNewsNet copy of July-August 2015: a day written as an ordinal (1,429 such mentions in 1,171 of its articles).
@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        ("التابعة لقضاء راوندوز (شمال شرقي أربيل) في الأول من أغسطس (آب) الحالي", date(2015, 8, 6),
         "الأول من أغسطس (آب) الحالي", "2015-08-01"),
        ("إلى لندن لإحياء حفل في القاعة الكبرى في الرابع عشر من أغسطس المقبل", date(2015, 7, 22),
         "الرابع عشر من أغسطس المقبل", "2015-08-14"),
        ("والتي ستدخل حيز التطبيق الإلزامي في الأول من يناير 2016", date(2015, 7, 31), "الأول من يناير 2016",
         "2016-01-01"),
        ("إذ إن انطلاقتها في الثاني والعشرين من ديسمبر يعتبر الأنسب", date(2015, 8, 2), "الثاني والعشرين من ديسمبر",
         "2015-12-22"),
        ("أمام فيرونا الايطالي مساء يوم الأربعاء المقبل الخامس من شهر أغسطس", date(2015, 8, 3),
         "الخامس من شهر أغسطس", "2015-08-05"),
        ("وستتواصل جهود المشرفين حتى الخامس عشر من ذي القعدة 1436هـ", date(2015, 8, 4),
         "الخامس عشر من ذي القعدة 1436هـ", "2015-08-30"),
    ],
)
def test_a_day_written_as_an_ordinal(text, published, mention, value):
    assert _values(text, published).get(mention) == value


def test_an_ordinal_without_a_month_is_no_date():
    assert find_dates("وتنص المادة الثالثة من القانون على أن الفريق حل في المركز الثاني من أصل 12", anchor=ANCHOR) == []


def test_spans_restrict_the_search_and_offsets_stay_in_the_text():
    text = "عنوان: أمس\nوقع الحادث عام 2014 في المدينة"
    body = (text.index("\n") + 1, len(text))
    found = find_dates(text, [body])
    assert [(d.text, text[d.start: d.end]) for d in found] == [("عام 2014", "عام 2014")]
    with pytest.raises(ValueError, match="outside the text"):
        find_dates(text, [(0, len(text) + 5)])


def test_mentions_keep_the_outlets_spelling_with_diacritics():
    text = "وأُعلِنَ ذلك في الـ 20 من شوّال 1436هـ رسميّاً"
    (d,) = find_dates(text)
    assert d.text == "20 من شوّال 1436هـ" and d.value == "2015-08-05"


def test_to_json_is_plain_data():
    (d,) = find_dates("عام 2014")
    assert d.to_json() == {"start": 0, "end": 8, "text": "عام 2014", "value": "2014", "granularity": "year",
                           "kind": "absolute", "anchor": None}
    assert isinstance(d, DateMention)


# --- invariants ----------------------------------------------------------------------------------------------------
_arabicish = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهوية ًٌٍَُِّْـأإآؤئىة٠١٢٣٤٥٦٧٨٩0123456789/-.،:()…ﻻ\n")),
    max_size=80,
)


@settings(max_examples=200, deadline=None)
@given(_arabicish)
def test_mentions_are_slices_of_the_text(text):
    for d in find_dates(text, anchor=ANCHOR):
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start: d.end] == d.text


# --- lengths of time, spans, ranges, eras (read from Wojood's development split and SaudiNewsNet copy) -------------
@pytest.mark.parametrize(
    ("text", "mention", "value", "kind"),
    [
        ("بخبرة مهنية تبلغ 8 سنوات .", "8 سنوات", "P8Y", "duration"),
        ("مستهل زيارة تستمر لثلاثة أيام ويضم وفد", "ثلاثة أيام", "P3D", "duration"),
        ("وبعد مرور عامين على تلك الحادثة", "عامين", "P2Y", "duration"),
        ("تم التعاقد معها لثلاثة أشهر ضمن برنامج الدعم المؤقت", "ثلاثة أشهر", "P3M", "duration"),
        ("تمكنت هذا الاسبوع من قضاء بضعة أيام بصحبته", "بضعة أيام", None, "duration"),
        ("مهرجان صيف الشرقية والذي يستمر لـ 15 يوماً في 8 مواقع", "15 يوماً", "P15D", "duration"),
        ("رئيس جامعة بيرزيت لمدة ست سنوات بدءاً من العام 2004", "مدة ست سنوات", "P6Y", "duration"),
        ("وثائق اراضي من الفترة العثمانية تبين العلاقة", "الفترة العثمانية", None, "era"),
        ("المراة الفلسطينية في الاربعينات من ارشيف صور", "الاربعينات", "1940/1949", "absolute"),
        ("بحلول شهر رمضان عام ( 1992 ) .", "شهر رمضان عام ( 1992 )", "1992-03-05/1992-04-03", "hijri"),
        ("الموافق : 20 / شعبان / 1428 هجرية", "20 / شعبان / 1428 هجرية", "2007-09-02", "hijri"),
        ("خليل السكاكيني : بتاريخ 9 / 10 / 10 / ( 1940 ) .", "9 / 10 / 10 / ( 1940 )", "1940-10-09/1940-10-10",
         "numeric"),
        ("بيرزيت رقم 97 بتاريخ 17 / 2 / ( 1966 ) .", "17 / 2 / ( 1966 )", "1966-02-17", "numeric"),
        ("في الفترة من 13 وحتى 15 تشرين الثاني / نوفمبر 2016 ؛", "من 13 وحتى 15 تشرين الثاني / نوفمبر 2016",
         "2016-11-13/2016-11-15", "absolute"),
        ("من 140 حالة أسبوعياً منذ بداية 2019 .", "بداية 2019", "2019", "absolute"),
        ("الشتوية مطلع 2016، وفق الخطة", "مطلع 2016", "2016", "absolute"),
    ],
)
def test_lengths_eras_and_ranges(text, mention, value, kind):
    found = {d.text: d for d in find_dates(text, anchor=ANCHOR)}
    assert mention in found, sorted(found)
    assert (found[mention].value, found[mention].kind) == (value, kind)


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("احنا مقبلين ع شهر رمضان المبارك واكيد", "شهر رمضان المبارك", "2015-06-18/2015-07-16"),
        ("وأقيمت البطولة في رمضان الماضي بمشاركة", "رمضان الماضي", "2015-06-18/2015-07-16"),
        ("وبين يناير ومارس ، ارتفع عدد", "بين يناير ومارس", "2015-01/2015-03"),
        ("قبل نهاية العام ، سيحتاج عدد", "نهاية العام", "2015"),
        ("وقد ظهرت في السنوات الأخيرة مناطق", "السنوات الأخيرة", None),
    ],
)
def test_hijri_months_month_ranges_and_spans_resolve_against_the_anchor(text, mention, value):
    found = {d.text: d for d in find_dates(text, anchor=ANCHOR)}
    assert mention in found, sorted(found)
    assert found[mention].value == value and found[mention].kind == "relative"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("خلال الانتفاضة الأولى 1987 صادر عن القيادة", "1987"),  # after a definite noun and its adjective
        ("في دمشق ( 1975 ) الجزء الرابع", "1975"),  # alone in brackets
        ("دقيق لمنكوبي زلزال 1927 .", "1927"),  # closing a clause after a noun
        ("بسبب ظروف العاملين في منشآت مونديال قطر 2022. وحددت", "2022"),
    ],
)
def test_a_bare_year_in_a_years_company(text, year):
    assert [d.value for d in find_dates(text)] == [year]


@pytest.mark.parametrize(
    "text",
    [
        "بلاغا عن تعرض مواطن (48 عاما) للغرق",  # an age beside a name
        "وأكد أن فيليبي لويس، 29 عاما، في طريقه للرحيل",
        "أن لا يقل عمر المتقدم للوظيفة عن ١٨ عاما، وإكمال التدريب",
        "مركز الاستشارات 1955 مركزا عالميا",  # a count and its noun
        "قطعة أرض مساحتها 1000 م مربع",  # metres, not the year 1000 AD
        "وبلغ عددهم الى 1987.",
        "في اليمين عقود إلى الوراء",
    ],
)
def test_ages_counts_and_measures_are_not_dates(text):
    assert find_dates(text, anchor=ANCHOR) == []


def test_infer_published_ignores_lengths_of_time():
    assert infer_published("أمضى 8 سنوات في المنصب قبل أن يستقيل في 3 مارس 2014") == ("2014-03-03", "3 مارس 2014")


def test_a_year_alone_is_not_a_publication_date():
    assert infer_published("تشكل التحالف الدولي عام 2014 لمحاربة تنظيم الدولة") is None


def _own_spans(raw_text: str):
    from marsad import clean
    from marsad.models import RawDoc

    article = clean.clean(RawDoc(id="x", path="x.txt", text=raw_text, format="text", encoding="utf-8"))
    return article.text, [(ln.start, ln.end) for ln in article.lines_of("lead", "body")]


def test_near_places_an_undated_page_by_the_coverage_of_its_topic(seed_texts):
    # 003's clean text (without the embedded tweet) says only "24 من كانون الثاني الجاري" and "أمس الأربعاء": the year
    # comes from its topic's dated coverage (001, 12 February 2024), the day from the weekday
    text, spans = _own_spans(seed_texts["003_da7e6e73b57a95d2"])
    assert infer_published(text, spans, near=date(2024, 2, 12))[0] == "2024-01-25"


def test_close_places_a_weekday_by_the_coverage_of_its_event(seed_texts):
    # 000 names only weekdays (الخميس, أمس الأربعاء); its story's other report is of 25 January 2024
    text, spans = _own_spans(seed_texts["000_5d4c7b7a80708a78"])
    assert infer_published(text, spans) is None
    assert infer_published(text, spans, near=date(2024, 2, 12)) is None  # a topic-wide date places no weekday
    assert infer_published(text, spans, near=date(2024, 1, 25), close=True)[0] == "2024-01-25"
    # 002: "25 يناير الماضي" only bounds it to February; اليوم الأحد nearest its event's coverage (12 February)
    text, spans = _own_spans(seed_texts["002_c90bc23b3cdc86c4"])
    assert infer_published(text, spans, near=date(2024, 2, 12), close=True)[0] == "2024-02-11"


@pytest.mark.parametrize("text, expected", [
    # SaudiNewsNet 2015-07-26 (the Makkah region's hospitals): a year in the Hijri range without هـ, in a 2015
    # article, is the Hijri year
    ("سترتفع الطاقة السريرية إلى 10 آلاف سرير بنهاية العام 1440", ("2018-09-11/2019-08-30", "range", "hijri")),
    # ... unless that Hijri year is far from the publication date: the fall of Constantinople is Gregorian 1453
    ("منذ فتح القسطنطينية عام 1453", ("1453", "year", "absolute")),
    ("في عام 2014", ("2014", "year", "absolute")),
])
def test_a_bare_year_in_the_hijri_range_is_hijri_near_the_publication_date(text, expected):
    (d,) = find_dates(text, anchor=date(2015, 7, 26))
    assert (d.value, d.granularity, d.kind) == expected


@pytest.mark.parametrize("text, today", [
    # a noun or a preposition after اليوم: it is today (these were missed: every definite word after it was read
    # as a named day)
    ("ووصل الوفد اليوم إلى الرياض", True),
    ("وصل اليوم الأمير إلى جدة", True),
    ("يبدأ اليوم الاجتماع التشاوري", True),
    # an adjective, an ordinal or a relative pronoun after it: another day
    ("احتفالات اليوم الوطني", False),
    ("فعاليات اليوم السادس من المهرجان", False),
    ("في اليوم الذي وقع فيه الانفجار", False),
    ("وفي اليوم التالي", False),
    # the same day, told before (SaudiNewsNet 2015-07-26: 'بزيارة العراق في نفس اليوم عصر الأحد')
    ("بزيارة العراق في نفس اليوم عصر الأحد", False),
    ("وفي اليوم نفسه أعلنت الوزارة", False),
])
def test_when_alyawm_is_today(text, today):
    found = [d for d in find_dates(text, anchor=date(2015, 7, 26)) if "اليوم" in d.text]
    assert bool(found) == today and all(d.value == "2015-07-26" for d in found)


@pytest.mark.parametrize("text, expected", [
    # SaudiNewsNet 2015-07-26, the Yemeni president's letter: "في السابع من يوليو الماضي" is earlier this month
    ("وأود أن أشير إلى كتابي لمقامكم في السابع من يوليو (تموز) الماضي", "2015-07-07"),
    ("في 30 يوليو الماضي", "2014-07-30"),  # a day after the publication day: last year's
    ("في يوليو الماضي", "2014-07"),
    # "ما يوليه من اهتمام" (what he gives of care) is no month
    ("وهو دليل على ما يوليه الملك سلمان من اهتمام بالغ بالعمل الإغاثي", None),
])
def test_a_past_month_of_the_publication_month_and_the_verb_yuliihi(text, expected):
    found = find_dates(text, anchor=date(2015, 7, 26))
    assert [d.value for d in found] == ([expected] if expected else [])


@pytest.mark.parametrize("text, expected", [
    # SaudiNewsNet 2015-08-01 (Al-Watan): the Saudi Super Cup final "12 أغسطس المقبل بلندن" is later this month,
    # not August 2016
    ("قبل مواجهة الهلال في نهائي السوبر السعودي 12 أغسطس المقبل بلندن", "2015-08-12"),
    ("في 1 أغسطس المقبل", "2016-08-01"),  # the publication day itself: next year's
    ("في أغسطس المقبل", "2016-08"),
])
def test_a_coming_day_of_the_publication_month(text, expected):
    assert [d.value for d in find_dates(text, anchor=date(2015, 8, 1))] == [expected]


@pytest.mark.parametrize(("text", "value"), [
    # SaudiNewsNet, 4-6 August 2015: the month right after the publication month is the coming one
    ("ارتفعت عقود الخام الامريكي لتسليم سبتمبر عند التسوية", "2015-09"),
    ("الانتخابات البلدية التي ستنطلق غرة شهر ذي القعدة", "2015-08-16/2015-09-13"),
    # any other month named without a year or a direction word is the latest one not after it
    ("في ديسمبر أعلنت الشركة أرباحها", "2014-12"),
    ("وفي يوليو ارتفعت الأسعار", "2015-07"),
    # the teens (خمس عشرة سنة was read as P10Y: they were missing from the number words of dates)
    ("أفرج عنه بعد خروجه من السجن لمدة خمس عشرة سنة.", "P15Y"),
    ("قضى ثلاثة عشر عاما في المنفى", "P13Y"),
    ("وقعت الحادثة منذ خمسة عشر يوما", "2015-07-20"),
])
def test_real_dates_of_august_2015_resolve(text, value):
    found = find_dates(text, [(0, len(text))], anchor=date(2015, 8, 4))
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize(("text", "mention", "value"), [
    # SaudiNewsNet, August 2015: a day of a Hijri month without its year was a count (8 of ذي, 22 of شعبان)
    ("أكدت جامعة نجران بدء الدراسة في 8 ذي القعدة المقبل", "8 ذي القعدة المقبل", "2015-08-23"),
    ("وتستمر الفعاليات حتى يوم 20 شوال", "20 شوال", "2015-08-05"),
    # a Hijri year before Umm al-Qura's table: a date all the same, without a Gregorian value
    ("بدأ بناؤه في 22 شعبان 492هـ", "22 شعبان 492هـ", None),
])
def test_a_day_of_a_hijri_month_without_its_year(text, mention, value):
    from marsad.extract.quantities import find_quantities

    found = find_dates(text, [(0, len(text))], anchor=date(2015, 8, 4))
    assert [(d.text, d.value) for d in found] == [(mention, value)]
    assert not find_quantities(text, [(0, len(text))])  # no longer a count


def test_a_score_against_nil_is_no_day_of_safar():
    text = "الخسارة في السوبر تعني خسارة فريقه 3 ـ صفر"  # SaudiNewsNet 2015: صفر is zero here, not the month
    assert find_dates(text, [(0, len(text))], anchor=date(2015, 8, 4)) == []
    text = "تبدأ الدورة في 3 صفر المقبل"
    assert [d.value for d in find_dates(text, [(0, len(text))], anchor=date(2015, 8, 4))] == ["2015-11-15"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # SaudiNewsNet records 17713, 13681, 12304, 16504, 6358 (the month in both series, juxtaposed or dashed, keeps its
    # year; 'من العام الماضي' is the month of last year; a bare month two ahead of the article is coming)
    ("وهو أكبر هبوط شهري منذ أكتوبر تشرين الأول عام 2008.", "2015-08-03", ("أكتوبر تشرين الأول عام 2008", "2008-10")),
    ("وستجرى الانتخابات في 26 شباط - فبراير عام 2016.", "2015-07-31", ("26 شباط - فبراير عام 2016", "2016-02-26")),
    ("مدعوما بالجيش الموالي للشرعية لإعادة الأمور إلى ما كانت عليه قبل سبتمبر من العام الماضي.", "2015-07-27",
     ("سبتمبر من العام الماضي", "2014-09")),
    ("670 مليار دولار أي ما يُعادل 3 دولارات للسهم في الفترة نفسها من أبريل إلى يونيو (حزيران) من العام الماضي.",
     "2015-08-02", ("من أبريل إلى يونيو (حزيران) من العام الماضي", "2014-04/2014-06")),
    ("وارتفع سعر الخام الأمريكي في العقود الآجلة تسليم سبتمبر 12 سنتا إلى 48.57 دولار للبرميل بعد انخفاضه 74 سنتا "
     "عند التسوية أمس الخميس ليصل إلى 48.", "2015-07-24", ("سبتمبر", "2015-09")),
])
def test_months_in_both_series_and_of_named_years(text, published, expected):
    found = [(d.text, d.value) for d in find_dates(text, anchor=date.fromisoformat(published))]
    assert found[0] == expected, found


@pytest.mark.parametrize(("text", "published", "phrase", "value"), [
    # SaudiNewsNet records 16884, 8798: counted from another event, a length of time, not a date after publication
    ("يذكر ان هذه اول زيارة يقوم بها لافروف لمنطقة الخليج بعد توصل ايران ومجموعة 5+1 في الرابع عشر من الشهر الماضي "
     "اتفاقا بشأن البرنامج النووي لطهران بعد 12 عاماً من المفاوضات المضنية.", "2015-08-02", "بعد 12 عاماً", "P12Y"),
    ("ووقع الحادث بعد ثلاث سنوات تقريباً على إطلاق النار الذي شهدته دار للسينما في أورورا بولاية كولورادو، وقُتل فيه "
     "12 شخصاً.", "2015-07-25", "بعد ثلاث سنوات", "P3Y"),
    # record 266: 'من الآن' counts from today, a date two years on
    ("من ناحية ثانية، كشف العامر أن استثمارات القطاع قد تواجه أزمة حقيقية بعد نحو عامين من الآن نتيجة توقف برنامج دعم "
     "رواتب المعلمين والمعلمات في المدارس الأهلية", "2015-07-21", "بعد نحو عامين", "2017"),
])
def test_after_n_years_of_another_event_is_a_length_of_time(text, published, phrase, value):
    found = {d.text: d.value for d in find_dates(text, anchor=date.fromisoformat(published))}
    assert found[phrase] == value, found


@pytest.mark.parametrize(("text", "published", "phrase", "value"), [
    # SaudiNewsNet 2015: a day of a month named by its place was read as the month alone, and its number as a count
    ("وأضاف أنه سيتم إطلاق اللعبة في يوم 31 من الشهر الجاري، وعرض بعض الصور لها.", date(2015, 7, 22),
     "يوم 31 من الشهر الجاري", "2015-07-31"),
    ("التفجيرات الإرهابية التي وقعت في الكويت وتونس وفرنسا في 26 من الشهر الماضي", date(2015, 7, 21),
     "26 من الشهر الماضي", "2015-06-26"),
    ("ويستمر المعسكر الخارجي في سالزبورج حتى العاشر من الشهر المقبل ويتخلله خوض الفريق ثلاث مباريات", date(2015, 7, 21),
     "العاشر من الشهر المقبل", "2015-08-10"),
    ("بعد ان تم التوصل اليه في الرابع عشر من الشهر الحالي اثر اشهر طويلة من المفاوضات", date(2015, 7, 21),
     "الرابع عشر من الشهر الحالي", "2015-07-14"),
    # an ordinal of weeks is no day
    ("لم تبلغ ايراداته سوى 918 دولار اميركي في نهاية الاسبوع الاول من الشهر الجاري.", date(2015, 7, 21),
     "الشهر الجاري", "2015-07"),
])
def test_a_day_of_the_month_named_by_its_place(text, published, phrase, value):
    assert _values(text, published)[phrase] == value
    if phrase[0].isdigit() or phrase.startswith("يوم"):
        assert find_quantities(text) == []  # the day is no count


@pytest.mark.parametrize("text, value", [
    # SaudiNewsNet records 0-7999: 'بعد' + a length of time in a narrative counts from the event told, so it is a
    # length of time (it was resolved from the publication date: 2015-07-25, 2016, 2040 ...)
    ("على خلفية إنشائه للمعسكرات التدريبية، وأطلقت سراحه بعد يوم واحد، ليغادر بعدها إلى خارج البلاد.", "P1D"),
    ("وبعد عامين بلغ الهلال نهائي كأس الملك أمام الأهلي.", "P2Y"),
    ("يُجاب عنه بأن الخلاف حدث بينه وبين معاوية بعد 25 سنة، وانقسم المسلمون بالفعل.", "P25Y"),
    ("وتمَّ مخالفة (218) منها بعد ثلاثة أيام فقط من بدء هذه الحملة.", "P3D"),
    # in a clause about the future it is a date counted from the publication
    ("وحسب قوله سيعرض المنتج الجديد في الأسواق بعد 14 شهرا.", "2016-09"),
    ("إيران لن تقبل إعادة فرض العقوبات بعد عشر سنوات", "2025"),
])
def test_after_a_length_of_time_is_a_date_only_in_a_clause_about_the_future(text, value):
    (d,) = find_dates(text, anchor=date(2015, 7, 24))
    assert d.value == value


@pytest.mark.parametrize("text", [
    "وكانت نظراتي للفن وآرائي الفنية تتطور يوما بعد يوم حتى جاء ذلك اليوم.",  # day after day
    "مهرجان القطيف يتجدد ويتطور عاماً بعد عام ليخرج بإطلالة مختلفة.",
    "وللأسف قيمة العيد ومعناه بعد شهر الصيام لا يتحقق.",  # after the month of fasting
])
def test_idioms_with_after_are_no_dates(text):
    assert [d.text for d in find_dates(text, anchor=date(2015, 7, 24)) if d.text.startswith("بعد")] == []


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # SaudiNewsNet records 0-7999: a four-digit number after a year's cue, followed by a verb, a conjunction or a
    # prepositional phrase, is a year; before (with an indefinite word after) it was a count of that word
    ("والذي تشدد الحظر الذي فرضه الرئيس الأميركي الراحل جون كينيدي في 1962 وشدده قانون هلمز - بورتون في 1996",
     "1962", "1962"),
    ("بسبعة قرارات صادرة عن المجلس منذ 2006 تتضمن عقوبات على إيران", "2006", "2006"),
    ("يعتمدها الجيش التركي منذ 2012 كلما طال اطلاق نار اراضيه", "2012", "2012"),
    ("حزب العمال الكردستاني الذي يخوض منذ 1984 تمردا ضد حكومة أنقرة", "1984", "1984"),
    # Wojood: 'مع إعطاء الأولوية حتى 2019 لعمليات القوات العراقية'
    ("مع إعطاء الأولوية حتى 2019 لعمليات القوات العراقية ضد تنظيم الدولة", "2019", "2019"),
    ("ستصل الإيرادات إلى 1.8 تريليون دولار بحلول 2019 مدعوماً بنمو أسرع", "2019", "2019"),
    ("رونالدينيو ساهم بفوز البرازيل بمونديال 2002 وحاز على جائزة الكرة الذهبية", "2002", "2002"),  # ب on the cue
    ("كما تراجعت العقارية خلال النصف الأول من 2015، أتى أدنى من أدائها", "2015", "2015"),  # من after a time noun
    ("بعد أن قام المصريون بطرده في صيف 2011 اكتشف مراقبون أمنيون", "2011", "2011"),
    # ranges: من/بين ... إلى/حتى/و, with عام/سنة on either end, a sentence's full stop after
    ("تبلغ 28 مليون طن على الأقل خلال الفترة من 2013 وحتى 2017. في الوقت نفسه", "من 2013 وحتى 2017", "2013/2017"),
    ("برئاسة خوان لابورتا الذي ترأس النادي في الفترة بين 2003 و2010. اما المرشحان", "بين 2003 و2010", "2003/2010"),
    ("شغل منصب رئيس بلدية لوريان بلا انقطاع من عام 1981 إلى عام 1998، فإنه", "من عام 1981 إلى عام 1998",
     "1981/1998"),
    ("صار ممصلافي القصر من الأرمن بين عامي 1770 و1840، وهكذا صار", "عامي 1770 و1840", "1770/1840"),
    # years joined by و after a cue: each a year ('في 2005 و2010' is two years, not the years between)
    ("نكورونزيزا الذي انتخب في 2005 و2010 تنتهك الدستور", "2010", "2010"),
    ("تسلم القاهرة ثلاث طائرات سنويا في أعوام 2015 و2016 و2017، على أن", "2016", "2016"),
    ("أن زار مرتين بصفته الشخصية في سنة 1987 و2006 كوجيلو مهد عائلته", "2006", "2006"),
])
def test_a_number_in_a_years_company_is_a_year(text, phrase, value):
    assert _values(text, date(2015, 7, 24)).get(phrase) == value, _values(text, date(2015, 7, 24))
    assert not [q.text for q in find_quantities(text) if phrase.split()[-1] in q.text]


@pytest.mark.parametrize(("text", "count"), [
    # ... unless the word after is one news writes after numbers to say what they count (numbers_counted_nouns.tsv)
    ("وتم ضبط 30 مخالفة، جاء ذلك خلال 1947 جولة تفتيشية نفذتها البلدية", "1947 جولة"),
    ("التعليقات التي وصلت لأكثر من 2000 تعليق، من هذا البيان", "أكثر من 2000 تعليق"),  # a count qualifier before من
    ("شارك في تنظيم أكثر من 2000 فعالية وأنشطة احتفالية", "أكثر من 2000 فعالية"),
    ("الذين يتراوح دخلهم الشهري بين 2000 و3000 درهم فإن أمامهم خيارات", "2000 و3000 درهم"),
])
def test_a_counted_noun_after_a_cue_keeps_the_number_a_count(text, count):
    assert count in [q.text for q in find_quantities(text)]
    assert not find_dates(text, anchor=date(2015, 7, 24))


def test_the_un_resolutions_joined_by_wa_are_no_years():
    text = "القرارات السبعة التي اتخذتها الأمم المتحدة، وهي القرارات 1696 و1737 و1747 و1803 و1835 و1929 و2224."
    assert find_dates(text, anchor=date(2015, 7, 14)) == []


def test_a_year_after_a_definite_name_before_a_preposition():
    text = "ظهر عليه في بطولة كأس العالم 2014 بالبرازيل. وتولى وانتشوب المسؤولية"  # SaudiNewsNet record 195
    assert _values(text, date(2015, 7, 24)).get("2014") == "2014"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # SaudiNewsNet records 9488, 10947, 9784, 5454: a range of days of a Hijri month, resolved as one range
    ("ينظم الملتقى العلمي بمحافظة الطائف خلال الفترة من 19 إلى 21 شوال الجاري الملتقى العلمي",
     "من 19 إلى 21 شوال الجاري", "2015-08-04/2015-08-06"),
    ("والذي يعقد خلال الفترة من 15 إلى 26 شوال الجاري بغابة رغدان في الباحة",
     "من 15 إلى 26 شوال الجاري", "2015-07-31/2015-08-11"),
    ("بمحافظة الطائف خلال الفترة 19 - 21 شوال 1436هـ الموافق 4 - 6 أغسطس", "19 - 21 شوال 1436هـ",
     "2015-08-04/2015-08-06"),
    ("والمنعقد في الفترة من 20 إلى 21 ربيع الآخر 1437هـ، برعاية سفير خادم الحرمين",
     "من 20 إلى 21 ربيع الآخر 1437هـ", "2016-01-30/2016-01-31"),
])
def test_a_range_of_hijri_days(text, phrase, value):
    assert _values(text, date(2015, 8, 1)).get(phrase) == value, _values(text, date(2015, 8, 1))
    assert not find_quantities(text.split("الموافق")[0])  # the days are no count


@pytest.mark.parametrize("text", [
    # SaudiNewsNet records 463, 11793, 165, 7796: a day and month after مدينة, شارع ... name a place, not a date
    "وأكد أن مقر اللجنة يقع في مسجد الحصري بمدينة السادس من أكتوبر، ومسجد رابعة العدوية",
    "لإقامة معسكر إعدادي بمدينة 6 أكتوبر، والذي سيستمر لمدة أسبوعين",
    "افتتح «المركز الدولي للكتاب» بشارع 26 يوليو، بجوار مبنى دار القضاء العالي",
    "واندلعت اشتباكات في بعض المباني وخاصة في شارع 26 سبتمبر. وذكرت مصادر محلية",
])
def test_a_day_and_month_in_a_place_name_is_no_date(text):
    assert not [d.text for d in find_dates(text, anchor=date(2015, 8, 1)) if "أكتوبر" in d.text or "يوليو" in d.text
                or "سبتمبر" in d.text]
    assert not [q.text for q in find_quantities(text) if q.value in (6, 26)]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # SaudiNewsNet records 5556, 6098, 9262, 11990: a school, financial or academic year of two Hijri years
    ("إلى المتقدمين على الوظائف التعليمية للعام الدراسي 1436- 1437هـ، إلى تسجيل موعد إجراء", "1436- 1437هـ",
     "2014-10-25/2016-10-01"),
    ("برنامج الانتساب للعام الجامعي 1436/1437هـ عبر بوابة القبول", "1436/1437هـ", "2014-10-25/2016-10-01"),
    ("الوظائف التعليمية للعام الدراسي ١٤٣٦/١٤٣٧ه إلى ضرورة الدخول", "١٤٣٦/١٤٣٧ه", "2014-10-25/2016-10-01"),
    ("برنامجا تدريبيًا اُعتمدت في ميزانية العام 1435/1436هـ تم توزيعها", "العام 1435/1436هـ",
     "2013-11-04/2015-10-13"),
])
def test_two_hijri_years_are_one_span(text, phrase, value):
    assert _values(text, date(2015, 7, 23)).get(phrase) == value, _values(text, date(2015, 7, 23))
    assert not find_quantities(text)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # SaudiNewsNet records 5095, 6209: a day of the current month with the month word left out
    ("خلال زيارة الوزير فابيوس إلى طهران في 29 الحالي، إذ سيلتقي الرئيس روحاني", "29 الحالي", "2015-07-29"),
    ("انتهاء الترشيح لبرامج معهد الإدارة 21 الجاري\n أعلن معهد الإدارة العامة", "21 الجاري", "2015-07-21"),
])
def test_a_day_of_the_current_month(text, phrase, value):
    assert _values(text, date(2015, 7, 23)).get(phrase) == value, _values(text, date(2015, 7, 23))


@pytest.mark.parametrize("text", [
    # SaudiNewsNet 2015-07-21 and records 0-4999: م after a noun of size, or after three digits with no year word,
    # is metres; a decade followed by العمر or عمره is an age
    "سقوط مركبة لعائلة هوت بهم مركبتهم من ارتفاع أكثر من 200 م من عقبة بني ذبيان",
    "وستقام هذه المعارض في صيوان كبير بمساحة ١٠٠٠ م بتكييف وفرش وإضاءة.",
    "وأكد أن الحي القطيفي تم إنشاؤه بمساحة 1600م، ويعد من أبرز المواقع",
    "فما انتقل إلى رحمة الله كل من الأب 45 عاما، وفتاتان في الثلاثينيات من العمر وطفلان 13 و 15 عاما.",
    "ظهر ديفي، الذي هو في الثلاثينيات من عمره ويعاني شللا",
])
def test_metres_and_ages_are_no_dates(text):
    found = [d.text for d in find_dates(text, anchor=ANCHOR)]
    assert not any("م" in t.split() or t.endswith(("م", "العمر", "عمره")) or "الثلاثينيات" in t for t in found), found


@pytest.mark.parametrize(("text", "mention", "value"), [
    ("وصلت البعثة في 11 صفر 309هـ (21 يوليو (تموز) 921م). ذاق أفراد البعثة", "921م", "0921"),
    ("وصل الإسلام لمكة المكرمة في عام 26 هـ/ \u200f\u200f647 م، ومن تلك الفترة", "647 م", "0647"),
    ("وكتب عنها الرحالة الإسماعيلي أبو حاتم الرازي (ت 932م)، الذي زار أرمينيا", "932م", "0932"),
    ("ازدهرت التجارة في الثلاثينيات من القرن الماضي", "الثلاثينيات من القرن الماضي", "1930/1939"),
])
def test_short_years_and_decades_in_a_years_company(text, mention, value):
    found = {d.text: d.value for d in find_dates(text, anchor=ANCHOR)}
    assert found.get(mention) == value, found


@pytest.mark.parametrize(("text", "anchor", "day"), [
    # SaudiNewsNet record 3582 (2015-07-22, a Wednesday): the headline's bare الأحد is the Sunday the body calls
    # 'يوم الأحد المقبل', not the one three days back
    ("التقديم على وظائف الهلال الأحمر الأحد\n أعلنت هيئة الهلال الأحمر السعودي فتح باب التقديم على وظائف أخصائي "
     "إسعاف طب طوارئ اعتباراً من يوم الأحد المقبل.", date(2015, 7, 22), "2015-07-26"),
    # record 3664: so with القادم
    ("«سابك» تعلن نتائجها المالية.. الأحد\nتعتزم الشركة السعودية للصناعات الأساسية \"سابك\" الإعلان عن نتائجها "
     "المالية عن الربع الثاني 2015 صباح الأحد القادم.", date(2015, 7, 22), "2015-07-26"),
    # ... and a bare weekday stays the latest one when the article names that weekday both ways
    ("قال الوزير الأحد إن الاجتماع سيعقد الأحد المقبل، وكان قد التقى أمس الأحد بالسفير.", date(2015, 7, 20),
     "2015-07-19"),
])
def test_a_bare_weekday_is_the_one_the_article_names_with_a_direction(text, anchor, day):
    (bare,) = [d for d in find_dates(text, anchor=anchor) if d.text == "الأحد"]
    assert bare.value == day


def test_ghad_is_tomorrow_after_a_word_of_time_not_the_future():
    # SaudiNewsNet record 3441 (Al Riyadh, 2015-07-22): 'مساء يوم غدٍ الخميس' is tomorrow, Thursday (it was read as
    # a bare الخميس, six days back); record 4592: 'استبشرنا بغد مضيء' is "a bright tomorrow", no date
    assert _values("ويقام عرض آخر مساء يوم غدٍ الخميس.", date(2015, 7, 22)) == {"غدٍ الخميس": "2015-07-23"}
    assert _values("تنطلق الفعاليات صباح غد في ديوان الإمارة.", date(2015, 7, 22)) == {"غد": "2015-07-23"}
    assert _values("وأننا بحمد الله استبشرنا بغد مضيء مشرق ولتحقيق غدٍ أفضل", date(2015, 7, 22)) == {}


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    # SaudiNewsNet 2015-07-24 (Al Madina): a Hijri day and month after a weekday, no year: 2 Shawwal 1436 is the
    # Saturday; 2 October 2015 is a Friday
    ("بدأت بتقديم النادي الأهلي عرضا رسميا بتاريخ يوم السبت ٢-١٠ ثاني أيام العيد، لتأتي الموافقة الرسمية",
     date(2015, 7, 24), [("يوم السبت ٢-١٠", "2015-07-18")]),
    # SaudiNewsNet 2015-07-25: month first (Shawwal 12, 13, 14)
    ("وحددت الكلية أيام الثلاثاء 10/12 والأربعاء 10/13 والخميس 10/14 مواعيد المراجعة", date(2015, 7, 25),
     [("الثلاثاء 10/12", "2015-07-28"), ("الأربعاء 10/13", "2015-07-29"), ("الخميس 10/14", "2015-07-30")]),
    # record 1889 (2015-07-21): 28 Ramadan 1436, a Wednesday
    ("تلقت غرفة العمليات البلاغ عند الساعة ٢٠:٠٦ من مساء يوم الأربعاء 28/9 متضمنا وجود حريق شاحنة", date(2015, 7, 21),
     [("يوم الأربعاء 28/9", "2015-07-15")]),
])
def test_a_day_and_month_after_a_weekday_are_read_by_the_weekday(text, anchor, expected):
    assert [(d.text, d.value) for d in find_dates(text, anchor=anchor) if d.granularity == "day"] == expected



# --- a weekday that is a person's family name -------------------------------------------------------------------
# SaudiNewsNet, alriyadh 2015-08-03: the secretary general of the Saudi football federation is أحمد الخميس
_KHAMIS = ("أكد أمين عام الاتحاد السعودي لكرة القدم أحمد الخميس أن قرار تأجيل البطولة جاء بالإجماع. "
           "وقال الخميس في تصريح خاص لوكالة الأنباء الألمانية اليوم الاثنين إن الاجتماع كان إيجابيا.")


def test_a_weekday_inside_a_persons_name_is_no_day():
    first = _KHAMIS.index("الخميس")
    second = _KHAMIS.index("الخميس", first + 1)
    names = [(first - len("أحمد "), first + len("الخميس")), (second, second + len("الخميس"))]
    found = [(d.text, d.value) for d in find_dates(_KHAMIS, anchor=date(2015, 8, 3), names=names)]
    assert found == [("اليوم الاثنين", "2015-08-03")]
    # without the names both are read as the Thursday before
    assert [d.value for d in find_dates(_KHAMIS, anchor=date(2015, 8, 3))].count("2015-07-30") == 2


def _article(text: str):
    from marsad import clean
    from marsad.models import RawDoc

    return clean.clean(RawDoc(id="d1", path="d1.txt", text=text, encoding="utf-8", format="text",
                              published="2015-08-03"))


def test_extraction_gives_the_recognizers_persons_to_the_dates():
    from marsad.extract import extract_all

    found = extract_all(_article(_KHAMIS))
    assert "أحمد الخميس" in [m["text"] for m in found["mentions"] if m["type"] == "PERS"]
    assert [d["text"] for d in found["dates"]] == ["اليوم الاثنين"]


@pytest.mark.parametrize("text", [
    "أعلن الرئيس الفلسطيني محمود عباس الخميس أن المفاوضات انتهت.",  # AFP's weekday after a name, no يوم
    "وقال وزير الخارجية عادل الجبير الخميس إن المملكة تدعم الحل.",
])
def test_a_weekday_after_a_name_in_a_wire_report_stays_a_day(text):
    from marsad.extract import extract_all

    assert [(d["text"], d["value"]) for d in extract_all(_article(text))["dates"]] == [("الخميس", "2015-07-30")]
