"""Incremental story grouping on the seeds' own paragraphs (gold lines), independent of the cleaner."""

from __future__ import annotations

from datetime import date
from itertools import permutations

import pytest

from marsad import cluster, dedupe

from .conftest import gold_lines
from .test_dedupe import article

DAYS = {  # publication days from the gold annotation (004 has none)
    "000_5d4c7b7a80708a78": date(2024, 1, 25), "001_6b8f8232c79e6353": date(2024, 2, 12),
    "002_c90bc23b3cdc86c4": date(2024, 2, 11), "003_da7e6e73b57a95d2": date(2024, 1, 25),
    "004_53a50ad2d6b5acfc": None,
}


def seed_articles(seed_texts, gold):
    out = {}
    for doc_id, g in gold["documents"].items():
        own = gold_lines(seed_texts[doc_id], g.get("lead", []) + g["body"])
        out[doc_id] = article(doc_id, own)
    return out


def place(index, doc_id, art):
    day = DAYS[doc_id].toordinal() if DAYS[doc_id] else None
    return index.add(doc_id, cluster.features(art), day, dedupe.fingerprint(art).shingles)


@pytest.mark.parametrize("order", list(permutations(sorted(DAYS)))[::17])
def test_seed_events_do_not_depend_on_arrival_order(seed_texts, gold, order):
    arts = seed_articles(seed_texts, gold)
    index = cluster.StoryIndex()
    for doc_id in order:
        place(index, doc_id, arts[doc_id])
    got = sorted(sorted(docs) for docs in index.stories().values())
    assert got == sorted(sorted(e["documents"]) for e in gold["stories"]["events"])
    assert len(index.topics()) == 1


def test_time_window_keeps_the_same_words_weeks_apart_in_separate_stories(seed_texts, gold):
    arts = seed_articles(seed_texts, gold)
    index = cluster.StoryIndex(story_window_days=4)
    a = index.add("a", cluster.features(arts["001_6b8f8232c79e6353"]), date(2024, 2, 12).toordinal(), None)
    b = index.add("b", cluster.features(arts["001_6b8f8232c79e6353"]), date(2024, 4, 1).toordinal(), None)
    assert a.story != b.story
    assert a.topic == b.topic


def test_a_bridging_article_merges_two_reports_of_one_event():
    from collections import Counter

    index = cluster.StoryIndex()
    # One earthquake told in two vocabularies (زلزال / هزة أرضية): alike (cosine 0.278, at least story_support) but
    # under the join threshold (0.28).
    a = index.add("a", Counter({"زلزال": 3, "تركيا": 1, "ملاطية": 1, "ضحايا": 1}), 700000, None)
    b = index.add("b", Counter({"هزة": 3, "أرضية": 1, "ملاطية": 1, "ضحايا": 1}), 700000, None)
    assert a.story != b.story
    c = index.add("c", Counter({"زلزال": 3, "هزة": 3, "أرضية": 1, "تركيا": 1, "ملاطية": 1, "ضحايا": 1}), 700000, None)
    assert set(c.merged_stories) | {c.story} == {a.story, b.story}
    assert index.stories() == {c.story: ("a", "b", "c")}


def test_an_article_mentioning_two_unrelated_events_does_not_merge_them():
    from collections import Counter

    index = cluster.StoryIndex()
    a = index.add("a", Counter({"زلزال": 3, "تركيا": 2}), 700000, None)
    b = index.add("b", Counter({"فيضان": 3, "باكستان": 2}), 700000, None)
    c = index.add("c", Counter({"زلزال": 3, "تركيا": 2, "فيضان": 3, "باكستان": 2}), 700000, None)
    assert c.merged_stories == ()
    assert len({a.story, b.story, c.story}) >= 2


def test_restore_rebuilds_the_same_index(seed_texts, gold):
    arts = seed_articles(seed_texts, gold)
    index = cluster.StoryIndex()
    placed = {d: place(index, d, arts[d]) for d in sorted(arts)}
    again = cluster.StoryIndex()
    for d in placed:
        art = arts[d]
        again.restore(d, cluster.features(art), DAYS[d].toordinal() if DAYS[d] else None,
                      dedupe.fingerprint(art).shingles, index.story_of(d), index.topic_of(index.story_of(d)))
    assert again.stories() == index.stories()
    extra = again.add("copy", cluster.features(arts["000_5d4c7b7a80708a78"]), DAYS["000_5d4c7b7a80708a78"].toordinal(),
                      dedupe.fingerprint(arts["000_5d4c7b7a80708a78"]).shingles)
    assert extra.story == index.story_of("000_5d4c7b7a80708a78")


def test_a_story_never_spans_more_than_its_maximum():
    from collections import Counter

    index = cluster.StoryIndex(story_window_days=4, story_max_span_days=6)
    words = Counter({"موسم": 3, "الحج": 3, "الحجاج": 2})
    placed = [index.add(f"d{day}", words, 700000 + day, None) for day in range(0, 12, 3)]
    assert placed[0].story == placed[1].story == placed[2].story  # days 0, 3, 6: within the span
    assert placed[3].story != placed[0].story  # day 9 would stretch it to 9 days
    assert placed[3].topic == placed[0].topic


# Headline and lead of real SaudiNewsNet items (Sabq and Asharq Al-Awsat, 2 Aug 2015; record numbers in brackets).
RAID_RAFHA = ("ضبط 10 وافدين يعملون تحت أشعة الشمس الحارقة برفحاء",  # [17560]
              "ضبط فرع مكتب العمل والعمال برفحاء، ظهر اليوم، مجموعة وافدين يعملون تحت أشعة الشمس الحارقة، وذلك ضمن "
              "إطار الحملات التفتيشية التي يقوم بها المكتب لتعقب المخالفين لقرار وزارة العمل. وأكدت مصادر أنه جرى "
              "ضبط 10 وافدين يعملون تحت أشعة الشمس في الفترة التي تمنع الأيدي العاملة من مزاولة العمل.")
RAID_ARAR = ("شاهد.. ضبط 93 وافداً مخالفاً يعملون تحت أشعة الشمس في عرعر",  # [17570]
             "ضبط فرع وزارة العمل بمدينة عرعر 96 وافداً مخالفاً لنظام العمل، منهم 93 وافداً يعملون تحت أشعة الشمس "
             "الحارقة في عدد من المشاريع، وذلك ضمن حملات تفتيشية يوم أمس السبت.")
UAE_AAWSAT = ("الإمارات تحيل 41 متهما إلى القضاء بتهم الإرهاب",  # [16433]
              "أعلنت السلطات الاماراتية، اليوم (الاحد)، ان النيابة العامة أحالت على القضاء 41 شخصا بتهمة الانتماء "
              "الى \"تنظيم ارهابي\" من اجل \"الانقضاض على السلطة في الدولة لإقامة دولة خلافة\".")
UAE_SABQ = ("الإمارات تحيل 41 شخصاً للمحاكمة بتهمة تشكيل \"تنظيم إرهابي\"",  # [17616]
            "أحالت النيابة العامة في دولة الإمارات العربية المتحدة 41 شخصاً للمحاكمة بتهمة \"تشكيل تنظيم إرهابي\"، "
            "حسبما ذكرت وكالة الأنباء الإماراتية الرسمية \"وام\".")


def titled(doc_id, title_and_lead):
    from dataclasses import replace

    title, lead = title_and_lead
    return replace(article(doc_id, [lead]), title=title)


def test_headline_numbers_are_the_figures_of_the_title_not_its_years():
    counts = cluster.features(titled("a", RAID_ARAR))
    assert cluster.headline_numbers(counts) == (93.0,)
    assert cluster.headline_numbers(cluster.features(titled("b", ("ميزانية 2016 و1437 هـ", "نص")))) == ()


def test_one_figure_rounded_or_written_in_thousands_is_the_same_figure():
    # «الجوازات»: أكثر من 400000 يمني صححت أوضاعهم (Asharq Al-Awsat) / تصحّح أوضاع 407 آلاف يمني (Sabq), one count.
    assert cluster.same_figure(400000, 407)
    assert cluster.same_figure(3.2, 3.20)
    assert not cluster.same_figure(42, 93)
    assert not cluster.same_figure(10, 12)


def _cosine(index, a, b):
    """The plain cosine of two indexed articles, before any conflict rule."""
    return cluster._dot(index._vector_of(index._docs[a]), index._vector_of(index._docs[b]))


def test_look_alike_items_with_different_figures_stay_apart():
    # Two labour-office raids in two towns: the same words, other figures. Thresholds low enough that the words
    # alone join them (these excerpts are shorter than the articles, so their cosine is lower).
    day = date(2015, 8, 2).toordinal()
    index = cluster.StoryIndex(story_threshold=0.2, story_support=0.15)
    a = index.add("rafha", cluster.features(titled("rafha", RAID_RAFHA)), day, None)
    b = index.add("arar", cluster.features(titled("arar", RAID_ARAR)), day, None)
    assert _cosine(index, "rafha", "arar") >= index.story_threshold  # the words alone would join them
    assert a.story != b.story
    assert a.topic == b.topic  # one kind of happening: linked at the topic level


def test_one_event_with_the_same_figure_joins_across_outlets():
    day = date(2015, 8, 2).toordinal()
    index = cluster.StoryIndex()
    a = index.add("aawsat", cluster.features(titled("aawsat", UAE_AAWSAT)), day, None)
    b = index.add("sabq", cluster.features(titled("sabq", UAE_SABQ)), day, None)
    assert a.story == b.story


def test_one_figure_is_one_term_however_an_outlet_writes_it():
    # SaudiNewsNet 2015-08-02: "بنسبة 3.20" (al-Yaum) and "بنسبة 3.2%" (Sabq) on one session of the Saudi index
    a = list(cluster.terms("الأسهم السعودية تغلق تداولاتها على تراجع حاد بنسبة 3.20 عند 9,000 نقطة"))
    b = list(cluster.terms("سوق الأسهم السعودية تتراجع دون حاجز 9000 نقطة بنسبة 3.2%"))
    assert {"3.2", "9000"} <= set(a) & set(b)
    assert "2015" in cluster.terms("عام 2015") and "5" not in cluster.terms("5 أشخاص")


RAIN_QURAYYAT = ("القريات.. أمطار خفيفة وموجة غبار تشهدها المحافظة اليوم",  # [17553]
                 "تشهد محافظة القريات بمنطقة الجوف، موجة غبار، وهطول أمطار خفيفة على نواحي مركز الحديثة بالمحافظة. "
                 "وكانت الرئاسة العامة للأرصاد وحماية البيئة، قد توقعت عبر تقريرها اليوم هطول أمطار رعدية متوسطة "
                 "إلى غزيرة، مصحوبة بنشاط في الرياح السطحية وتدني الرؤية الأفقية.")
RAIN_TAIF = ("أمطار غزيرة على الطائف وإغلاق جبل كرا",  # [17572]
             "شهدت محافظة الطائف اليوم، هطول أمطار، خفيفة إلى متوسطة إلى غزيرة على محافظة الطائف والمراكز التابعة "
             "لها. وأوضح المتحدث الإعلامي بالإدارة العامة للدفاع المدني بالمحافظة أن الأمطار شملت الحوية والحلقة.")
WEDDING_ZAHRANI = ('"الزهراني" يحتفل بزواجه',  # [18962]
                   "احتفل وائل محمد حمدان الزهراني، بزواجه من كريمة عبد ربه صالح الزهراني، من أهالي قرية عشبه "
                   "بمحافظة المندق، بحضور جمع كبير من الأقارب والأصدقاء والأعيان الذين هنأوا العروسين.")
WEDDING_KAABI = ('"الكعبي" يحتفل بزفاف نجله في الرياض',  # [18984]
                 "احتفل الشيخ علي بن محمد بن أحمد الكعبي بزواج نجله (أحمد) يوم الأربعاء الماضي بقصر مارينا "
                 "للاحتفالات والمؤتمرات بالرياض من ابنة الشيخ عبدة بن علي بن إبراهيم الكعبي، بحضور الأهل والأقارب.")


def test_headline_names_are_places_and_quoted_names():
    rain = cluster.names_of(titled("q", RAIN_QURAYYAT))
    assert rain.headline == ("p:القريات",) and {"القريات", "الجوف"} <= rain.places
    assert cluster.names_of(titled("r", RAID_RAFHA)).headline == ("p:رفحاء",)  # بـرفحاء: the clitic comes off
    wedding = cluster.names_of(titled("w", WEDDING_KAABI))
    assert set(wedding.headline) == {"q:كعب", "p:الرياض"}
    assert cluster.names_of(titled("n", ("أمطار غزيرة وإغلاق جبل", "نص"))) == cluster.NO_NAMES
    assert cluster.Names.from_json(wedding.to_json()) == wedding and cluster.Names.from_json(None) == cluster.NO_NAMES


@pytest.mark.parametrize("first,second", [(RAIN_QURAYYAT, RAIN_TAIF), (WEDDING_ZAHRANI, WEDDING_KAABI)])
def test_look_alike_items_naming_other_places_or_people_stay_apart(first, second):
    # SaudiNewsNet 2015-08-02/03 (dev labels): rain in two towns, two families' weddings: no figures to tell them
    # apart, the words alone join them at thresholds this low (the excerpts are shorter than the articles).
    day = date(2015, 8, 2).toordinal()
    a_art, b_art = titled("a", first), titled("b", second)
    plain = cluster.StoryIndex(story_threshold=0.2, story_support=0.1)
    assert plain.add("a", cluster.features(a_art), day, None).story == plain.add(
        "b", cluster.features(b_art), day, None).story  # without names: one story
    index = cluster.StoryIndex(story_threshold=0.2, story_support=0.1)
    a = index.add("a", cluster.features(a_art), day, None, cluster.names_of(a_art))
    b = index.add("b", cluster.features(b_art), day, None, cluster.names_of(b_art))
    assert _cosine(index, "a", "b") >= index.story_threshold and a.story != b.story


def test_same_place_in_both_headlines_is_no_conflict():
    a = cluster.names_of(titled("a", RAIN_TAIF))
    b = cluster.names_of(titled("b", ("الطائف.. إغلاق جبل كرا بعد الأمطار", "أغلقت الجهات المختصة طريق جبل كرا.")))
    counts_a, counts_b = cluster.features(titled("a", RAIN_TAIF)), {}
    assert not cluster.names_differ(a, counts_a, b, counts_b)
    # one headline without names: nothing to compare
    assert not cluster.names_differ(a, counts_a, cluster.NO_NAMES, counts_b)


# Congratulation cables of one day (SaudiNewsNet 2015-07-22, al-Riyadh; record numbers in brackets): one template,
# three occasions. The cable naming nobody in its headline (السيسي is a person, not a place) links to both others.
_CABLE = ("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة {to} بمناسبة ذكرى {day} لبلاده. "
          "وأعرب الملك المفدى باسمه واسم شعب وحكومة المملكة العربية السعودية عن أصدق التهاني وأطيب التمنيات بالصحة "
          "والسعادة {his}، ولحكومة وشعب {people} اطراد التقدم والازدهار.")
CABLE_OMAN = ("خادم الحرمين يهنئ سلطان عُمان بذكرى يوم النهضة لبلاده", _CABLE.format(  # [4273]
    to="لجلالة السلطان قابوس بن سعيد سلطان عُمان", day="يوم النهضة", his="لجلالته", people="سلطنة عُمان الشقيق"))
CABLE_SISI = ("خادم الحرمين يهنئ السيسي بذكرى اليوم الوطني لبلاده", _CABLE.format(  # [4275]
    to="لفخامة الرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية", day="اليوم الوطني", his="لفخامته",
    people="جمهورية مصر العربية الشقيق"))
CABLE_COLOMBIA = ("خادم الحرمين وولي العهد يهنئان الرئيس الكولومبي", _CABLE.format(  # [3902]
    to="لفخامة الرئيس خوان مانويل سانتوس رئيس جمهورية كولومبيا", day="استقلال", his="لفخامته",
    people="جمهورية كولومبيا الصديق"))


def test_a_story_of_one_named_happening_does_not_take_another_through_an_unnamed_member():
    day = date(2015, 7, 22).toordinal()
    index = cluster.StoryIndex()
    placed = {}
    for doc_id, item in (("oman", CABLE_OMAN), ("sisi", CABLE_SISI), ("colombia", CABLE_COLOMBIA)):
        art = titled(doc_id, item)
        placed[doc_id] = index.add(doc_id, cluster.features(art), day, None, cluster.names_of(art))
    assert cluster.names_of(titled("c", CABLE_COLOMBIA)).headline == ("p:كولومبيا",)  # the nisba names the country
    assert placed["colombia"].story != placed["oman"].story
    assert placed["colombia"].topic == placed["oman"].topic  # one kind of happening: one topic
