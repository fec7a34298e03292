"""Number verdicts on real SaudiNewsNet sentences (2015-08-09..11): what is one measured thing, as of which day, and
whether outlets disagree or the figure drifted. Each case is an error family found by judging every disagree / drift
group of whole days (bench/labels/numbers_verdicts.json, ``python bench/compare_bench.py --verdicts DAY``)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad import compare
from marsad.extract import dates, quantities
from marsad.numbers import _conjoined, _garbled, _interval, _overlap, _places_said, _stage
from marsad.settings import Settings


def _doc(doc_id: str, outlet: str, day: str, lines: list[str], story: str) -> dict:
    rows, pos = [], 0
    for no, text in enumerate(["عنوان الخبر"] + lines, start=1):
        rows.append({"no": no, "kind": "title" if no == 1 else "body", "start": pos, "end": pos + len(text),
                     "text": text, "reason": None})
        pos += len(text) + 1
    return {"id": doc_id, "outlet": outlet, "url": None, "published": day, "published_from": "metadata",
            "source_credit": None, "lines": rows, "story": story, "topic": "t-1"}


def _analysis(docs: list[tuple], places: tuple[str, ...] = ()) -> dict:
    """A one-topic analysis of ``(id, outlet, published day, lines[, story])`` with the real date and quantity
    extractors run over each body line; ``places`` are marked as the entity layer marks a town (LOC mentions)."""
    out = {"documents": [], "relations": [], "stories": [], "topics": [], "dates": [], "quantities": [],
           "quotes": [], "attributions": [], "entities": []}
    mentions: dict[str, list[dict]] = {p: [] for p in places}
    for doc_id, outlet, day, lines, *story in docs:
        doc = _doc(doc_id, outlet, day, lines, story[0] if story else "s-1")
        out["documents"].append(doc)
        text = "\n".join(ln["text"] for ln in doc["lines"])
        spans = [(ln["start"], ln["end"]) for ln in doc["lines"][1:]]
        out["dates"] += [{"doc": doc_id, **d.to_json()}
                         for d in dates.find_dates(text, spans, anchor=date.fromisoformat(day))]
        out["quantities"] += [{"doc": doc_id, **q.to_json()} for q in quantities.find_quantities(text, spans)]
        for p in places:
            at = text.find(p)
            while at >= 0:
                mentions[p].append({"doc": doc_id, "start": at, "end": at + len(p), "text": p})
                at = text.find(p, at + 1)
    stories = sorted({d["story"] for d in out["documents"]})
    out["stories"] = [{"id": s, "documents": [d["id"] for d in out["documents"] if d["story"] == s]} for s in stories]
    out["topics"] = [{"id": "t-1", "stories": stories}]
    out["entities"] = [{"id": f"loc-{i}", "canonical": p, "type": "LOC", "mentions": m}
                       for i, (p, m) in enumerate(mentions.items())]
    return out


def _numbers(doc: dict) -> list[dict]:
    return compare.compare(doc, Settings.build())["numbers"]


def _groups(doc: dict, *values: float) -> list[dict]:
    """Number groups holding a reading of every value of ``values``."""
    return [n for n in _numbers(doc) if set(values) <= {r["value"] for r in n["readings"]}]


# --- two things, not one: places, markets, directions -------------------------------------------------------------
BURAYDAH = ("بلغ عدد السيارات الواردة لسوق مهرجان بريدة للتمور حتى يوم أمس وفقاً لفريق الإحصاء بالمهرجان 1467 سيارة "
            "محملة 194.792 كرتونا تزن 584.376 طناً من أصناف التمور.")
UNAIZAH = ("يبلغ عدد السيارات الواردة لسوق مهرجان عنيزة للتمور يوميا 1500 سيارة محملة 500 طن من أصناف التمور يوميا، "
           "حيث أظهرت بورصة السوق ارتفاع الطلب على السكري ليصل لأعلى سعر أمس الأحد بلغ 700 ريال للكرتون.")


def test_two_towns_the_entity_layer_tells_apart_are_two_markets():
    """alweeam / aleqtisadiya, 2015-08-10: cars at the Buraydah and at the Unaizah date festival. The town follows
    مهرجان, no place noun; the entity layer's LOC mentions tell the towns apart."""
    docs = [("a", "alweeam", "2015-08-10", [BURAYDAH]), ("b", "aleqtisadiya", "2015-08-10", [UNAIZAH])]
    assert _groups(_analysis(docs), 1467.0, 1500.0)  # without the entity layer: one measured thing
    assert _groups(_analysis(docs, places=("بريدة", "عنيزة")), 1467.0, 1500.0) == []


def test_a_country_entity_is_no_town():
    """A LOC entity that is a country (its capital is its metonym) leaves the gazetteer's countries in charge."""
    doc = _analysis([("a", "alweeam", "2015-08-10", [BURAYDAH])], places=("السعودية", "بريدة"))
    corpus = compare.Corpus(doc)
    assert {p for _, p in corpus.local_places["a"]} == {"@loc-1"}


def test_deals_of_two_markets_in_two_stories_are_not_compared():
    """aawsat's Gulf round-up (Muscat: 679 deals, the bourse named in the sentence before) and SPA's Karachi report
    (364 deals), 2015-08-10: one topic of market reports, two stories, two markets."""
    doc = _analysis([
        ("a", "aawsat", "2015-08-10", [
            "تراجع مؤشر البورصة العمانية في تعاملات جلسة يوم أمس بواقع 22.43 نقطة أو ما نسبته 0.35 في المائة ليقفل "
            "عند مستوى 6407.86 نقطة. وانخفضت قيم وأحجام التداولات، حيث قام المستثمرون بتناقل ملكية 6.1 مليون سهم "
            "بقيمة 1.8 مليون ريال نفذت من خلال 679 صفقة وارتفعت أسعار أسهم شركة واحدة."], "s-1"),
        ("b", "was", "2015-08-10", [
            "أغلق مؤشر بورصة كراتشي كبرى أسواق الأسهم الباكستانية تعاملاته اليومية عند مستوى 36084 نقطة.",
            "وبلغت كمية التداول 119.869.840 سهماً نفذت من خلال 364 صفقة ارتفعت فيها القيمة السوقية لأسهم 140 شركة."],
         "s-2"),
    ])
    assert _groups(doc, 679.0, 364.0) == []


def test_the_place_of_a_round_up_paragraph_is_named_in_the_sentence_before():
    """The Muscat figures of aawsat's round-up name no place; the sentence before them names the Omani bourse."""
    doc = _analysis([("a", "aawsat", "2015-08-10", [
        "تراجع مؤشر البورصة العمانية في تعاملات جلسة يوم أمس بواقع 22.43 نقطة. وانخفضت قيم وأحجام التداولات، حيث "
        "قام المستثمرون بتناقل ملكية 6.1 مليون سهم بقيمة 1.8 مليون ريال نفذت من خلال 679 صفقة."])])
    corpus = compare.Corpus(doc)
    unit = next(u for u in corpus.units["a"] if any(q["value"] == 679 for q in u.quantities))
    assert _places_said(corpus, unit, "نفذت من خلال", corpus.place_names()) == {"عُمان"}


def test_a_rise_and_a_fall_are_two_changes():
    """aleqtisadiya / alwatan, 2015-08-11: Brent up 24 cents, US crude down 18 cents, one day."""
    doc = _analysis([
        ("a", "aleqtisadiya", "2015-08-11", ["ووفقاً لـ \"رويترز\"، فقد ارتفع سعر خام برنت 24 سنتا إلى 48.85 دولار "
                                             "للبرميل بعدما تراجع إلى 48.24 دولار في وقت سابق من الجلسة."]),
        ("b", "alwatan", "2015-08-11", ["وهبط سعر الخام الأميركي 18 سنتا إلى 43.69 دولارا بعد تراجعه إلى 43.35 "
                                        "دولارا في وقت سابق وهو أدنى مستوى له منذ خمسة أشهر."]),
    ])
    assert _groups(doc, 24.0, 18.0) == []


# --- no reading at all --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("noun, conjoined", [
    ("ووظيفة", True),  # "بالمرتبتين الخامسة عشرة والرابعة عشرة ووظيفة ( سفير )": the next item, not a counted noun
    ("والرابعة", True),
    ("وظيفة", False),  # و is the root's first letter
    ("وحدة", False),
    ("جندي", False),
])
def test_a_noun_opening_with_a_conjunction_is_counted_by_no_number(noun, conjoined):
    assert _conjoined({"unit": noun}) is conjoined


def test_a_number_typed_in_display_order_is_no_reading():
    """aawsat 2015-08-09 wrote 3.2 as '2.\\u200f3' (a right-to-left mark inside the number): no disagreement with
    aleqtisadiya's 3.2 billion euros."""
    doc = _analysis([
        ("a", "aleqtisadiya", "2015-08-09", ["وتحتاج اليونان إلى أموال في موعد أقصاه 20 من آب (أغسطس) الجاري حتى "
                                             "تتمكن من سداد 3.2 مليار يورو إلى البنك المركزي الأوروبي."]),
        ("b", "aawsat", "2015-08-09", ["يذكر أن اليونان تحتاج إلى أموال في موعد أقصاه العشرين من أغسطس (آب) "
                                       "الحالي حتى تتمكن من سداد 2.\u200f3 مليار يورو إلى البنك المركزي الأوروبي."]),
    ])
    assert [n for n in _numbers(doc) if n["verdict"] != "agree"] == []


@pytest.mark.parametrize("text, garbled", [
    ("نحو 5.\u200f3 مليون مشاهد", False),  # aawsat 2015-08-11: 3.5 million viewers, read back by find_quantities
    ("نحو 5\u200f3 مليون مشاهد", True),  # a mark with no point: which digits come first cannot be told
    ("\u200f49 دولار للبرميل", False),  # a mark before the number (aawsat 2015-08-06) leaves its digits alone
    ("3.5 مليون مشاهد", False),
])
def test_a_bidi_mark_between_digits_garbles_the_number(text, garbled):
    assert _garbled({"text": text}) is garbled


def test_a_figure_cut_after_its_last_digit_is_the_same_figure():
    """aleqtisadiya 751,991 shares and aawsat '751.9 ألف سهم' (Bahrain, 10 August 2015): cut, not rounded."""
    exact = {"value": 751991, "qualifier": None, "text": "751 ألفا و991 سهما"}
    cut = {"value": 751900, "qualifier": None, "text": "751.9 ألف سهم"}
    assert _overlap(_interval(exact), _interval(cut))
    # ... but 2.3 trillion is neither 2.23 trillion rounded nor cut (aawsat / aleqtisadiya, 10 August 2015)
    assert not _overlap(_interval({"value": 2.3e12, "qualifier": None, "text": "2.3 تريليون دولار"}),
                        _interval({"value": 2.23e12, "qualifier": None, "text": "2.23 تريليون دولار"}))


# --- as of which day ----------------------------------------------------------------------------------------------
def test_a_day_named_in_another_clause_dates_the_count():
    """Cartons at the Buraydah festival, pages of 10 August 2015: alwatan's 194,792 came أمس الأول (8 August, the
    day named in the clause before the count), alyaum's 209,020 أمس (9 August): a drift, not a disagreement."""
    doc = _analysis([
        ("a", "alwatan", "2015-08-10", ["وطبقا لفرق الإحصاء في المهرجان فإن عدد سيارات نقل التمور التي وردت لساحة "
                                        "السوق أمس الأول، بلغت 1467 سيارة، محملة بـ194.792 عبوة كرتونية يبلغ وزنها "
                                        "584.376 طنا من مختلف الأصناف."]),
        ("b", "alyaum", "2015-08-10", ["بلغ عدد السيارات الواردة لسوق \"مهرجان بريدة للتمور\" أمس, وفقاً لتقرير "
                                       "فريق الإحصاء بالمهرجان 1554 سيارة محملة بـ 209.020 عبوة كرتونية تزن نحو "
                                       "627,006 أطنان من مختلف أنواع التمور."]),
    ])
    found = [n for n in _numbers(doc) if n["measure"] == "عبوة"]  # 194.792 is 194,792 with a thousands point
    assert len(found) == 1 and found[0]["verdict"] == "drift"
    assert {r["doc"]: r["as_of"] for r in found[0]["readings"]} == {"a": "2015-08-08", "b": "2015-08-09"}


def test_the_day_of_a_statement_does_not_date_a_period_sum():
    """China's trade in the first seven months, from Saturday's customs statement: aawsat's sentence names the
    statement's day, aleqtisadiya's none; 2.3 and 2.23 trillion dollars is a disagreement, not a drift."""
    doc = _analysis([
        ("a", "aawsat", "2015-08-10", ["وأشار بيان رسمي صادر عن المصلحة العامة للجمارك الصينية السبت إلى انخفاض حجم "
                                       "التجارة الخارجية الصينية بنسبة 7.3 في المائة، ليصل إلى 13.63 تريليون يوان "
                                       "(2.3 تريليون دولار) على أساس سنوي في الأشهر السبعة الأولى من عام 2015."]),
        ("b", "aleqtisadiya", "2015-08-10", ["وحددت بكين هدف النمو الاقتصادي هذا العام عند نحو 7 في المائة، لكن "
                                             "بيانات معاكسة أظهرت انكماش التجارة الخارجية للصين بأكثر من 7 في المائة "
                                             "لتصل إلى 13.63 تريليون يوان (2.23 تريليون دولار أمريكي) في الأشهر "
                                             "السبعة الأولى من العام الحالي قد تعوق هذا الهدف."]),
    ])
    found = _groups(doc, 2.3e12, 2.23e12)
    assert len(found) == 1 and found[0]["verdict"] == "disagree"


MALI_FIRST = ("واضاف المصدر العسكري ان \"قتيلين وثلاثة جرحى في صفوف القوات المسلحة المالية سقطوا\" كما تم \"قتل\" مسلح "
              "كان يحمل حزاما ناسفا، وهناك جثة \"لرجل ابيض\" امام الفندق\".")
MALI_LATER = ("وقال هذا المصدر في اتصال معه أن \"عملية احتجاز الرهائن متواصلة\" في مدينة سيفاري، مضيفا \"أن الحصيلة باتت "
              "الآن ثلاثة قتلى وأربعة جرحى في صفوف القوات المسلحة المالية، كما قتل إرهابيان\".")


def test_a_toll_that_has_become_another_drifts():
    """The Sevare hotel siege, 7 August 2015: three wounded soldiers by the first source (alyaum), four by the toll
    that 'has now become' (alriyadh): two stages of one day's count, a drift."""
    doc = _analysis([("a", "alyaum", "2015-08-07", [MALI_FIRST]), ("b", "alriyadh", "2015-08-07", [MALI_LATER])])
    found = _groups(doc, 3.0, 4.0)
    assert len(found) == 1 and found[0]["verdict"] == "drift"


@pytest.mark.parametrize("sentence, stage", [
    (MALI_LATER, "update"),
    ("وكانت المعلومات الأولية التي وردت عقب الانفجار قد أشارت إلى جرح 7 أشخاص بينهم 5 شرطيين.", "earlier"),
    (MALI_FIRST, None),
    # background in the pluperfect is no stage: alriyadh gives as background the APS quote aawsat gives as news
    ("وكانت وكالة الأنباء الجزائرية قد نقلت عن وزير الطاقة صالح خبري قوله إن المشاورات جارية.", None),
])
def test_stage_of_a_developing_count(sentence, stage):
    assert _stage(sentence) == stage


def test_market_prices_of_one_day_without_a_time_are_two_moments():
    """December gold futures on Monday 3 August 2015 from Reuters updates: 1092.30 (alriyadh) and 1089.40 at
    settlement (3alyoum), no time of day: a drift, not a disagreement."""
    doc = _analysis([
        ("a", "alriyadh", "2015-08-04", ["كما تراجع سعر الذهب في العقود الأمريكية الآجلة تسليم ديسمبر 0.3 بالمئة إلى "
                                         "1092.30 دولارا للأوقية."]),
        ("b", "3alyoum", "2015-08-04", ["وتراجع سعر الذهب في العقود الأمريكية الآجلة لتسليم ديسمبر كانون الأول عند "
                                        "التسوية 0.5 بالمئة إلى 1089.40 دولار للأوقية."]),
    ])
    found = _groups(doc, 1092.3, 1089.4)
    assert len(found) == 1 and found[0]["verdict"] == "drift"


def test_a_price_a_speaker_gave_is_one_statement():
    """The Algerian minister's oil price as APS quoted him, 11 August 2015: 49 dollars (aawsat) against 48
    (alriyadh) is a disagreement: one statement, not two market updates."""
    doc = _analysis([
        ("a", "aawsat", "2015-08-11", ["وفي وقت سابق اليوم نقلت وكالة الأنباء الجزائرية عن وزير الطاقة صالح خبري "
                                       "قوله إن المشاورات جارية لأخذ قرار بشأن احتمال عقد اجتماع طارئ لأوبك في ظل "
                                       "هبوط أسعار النفط صوب 49 دولارا للبرميل مسجلة أدنى مستوياتها منذ يناير."]),
        ("b", "alriyadh", "2015-08-11", ["وكانت وكالة الأنباء الجزائرية قد نقلت عن وزير الطاقة صالح خبري قوله إن "
                                         "المشاورات جارية لأخذ قرار بشأن احتمال عقد اجتماع طارئ لأوبك في ظل هبوط "
                                         "أسعار النفط صوب 48 دولارا للبرميل مسجلة أدنى مستوياتها منذ يناير."]),
    ])
    found = _groups(doc, 49.0, 48.0)
    assert len(found) == 1 and found[0]["verdict"] == "disagree"


# --- true disagreements stay --------------------------------------------------------------------------------------
def test_areas_taken_in_one_province_on_one_day_disagree():
    """One Reuters report of 10 August 2015: four areas of Ibb (alweeam) against six (3alyoum)."""
    doc = _analysis([
        ("a", "alweeam", "2015-08-10", ["قال سكان ومسؤولون محليون إن المقاومة سيطرت على أربع مناطق في محافظة إب "
                                        "بوسط البلاد اليوم الاثنين الأمر الذي يقرب المقاومة أكثر من العاصمة صنعاء."]),
        ("b", "3alyoum", "2015-08-10", ["قال سكان ومسؤولون إن مقاتلين مناهضين لجماعة الحوثي التي تهيمن على اليمن "
                                        "سيطروا على ست مناطق في محافظة إب بوسط البلاد اليوم الاثنين الأمر الذي يقرب "
                                        "المقاومة المسلحة من معقل الحوثيين في العاصمة صنعاء."]),
    ], places=("إب", "صنعاء", "اليمن"))
    found = _groups(doc, 4.0, 6.0)
    assert len(found) == 1 and found[0]["verdict"] == "disagree"


def test_a_figure_written_with_fewer_decimals_is_the_same_figure_rounded():
    # SaudiNewsNet 2015-07-26, the explosives seized in Bahrain: al-Jazirah 44 kg, al-Watan 43.8 kg -- one figure
    first = ("مضيفة الى مصادرة السلطات البحرينية {} كيلوجراما من مادة سي4 المتفجرة وثماني بنادق من طراز كلاشنيكوف "
             "و32 خزنة وذخيرة وصواعق.")
    second = ("وتخلص المقبوض عليهما من الشحنة بقذفها في البحر، بعد مشاهدتهما للطائرة العمودية التابعة للأمن البحريني، "
              "وعلى إثر ذلك، تمكنت دوريات خفر السواحل من العثور على الحقائب الأربعِ في قاعِ البحر وانتشالها، وعند "
              "فحصها وتفتيشها تبين احتواؤها على 43.8 كيلوجراما من مادة الـC4 المتفجرة، وثمانية أسلحة من نوع كلاشنكوف، "
              "و32 مخزنا لطلقات الرشاش كلاشينكوف وكمية من الطلقات والصواعق.")
    verdicts = {}
    for kg in (44, 45):
        doc = _analysis([("a", "aljazirah", "2015-07-26", [first.format(kg)]),
                         ("b", "alwatan", "2015-07-26", [second])])
        verdicts[kg] = [g["verdict"] for g in _groups(doc, kg, 43.8)]
    assert verdicts == {44: ["agree"], 45: ["disagree"]}  # 45 is not 43.8 rounded


def test_rounding_reads_arabic_indic_digits_and_decimal_sign():
    # "٤٣٫٨" (Arabic-Indic digits, Arabic decimal sign) is 43.8: one figure with "٤٤"; it used to raise ValueError
    from marsad.numbers import _rounded_from

    assert _rounded_from({"value": 44, "text": "٤٤ كيلوجراما"}, {"value": 43.8, "text": "٤٣٫٨ كيلوجراما"})
    assert not _rounded_from({"value": 45, "text": "٤٥ كيلوجراما"}, {"value": 43.8, "text": "٤٣٫٨ كيلوجراما"})
