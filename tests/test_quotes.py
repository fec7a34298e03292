"""Quotes and attributions on the seed pages and on real SaudiNewsNet sentences (speakers written by hand)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.extract.quotes import Attribution, Quote, find_attributions, find_quotes

from .conftest import bench_module, gold_spans


# --- the seeds ---------------------------------------------------------------------------------------------------
def test_every_gold_quote_is_found_with_its_speaker(seed_texts, gold):
    for item in gold["quotes"]:
        text = seed_texts[item["doc"]]
        body = gold["documents"][item["doc"]].get("body")
        quotes = find_quotes(text, gold_spans(text, body) if body else None)
        hits = [q for q in quotes if item["contains"] in q.text]
        assert hits, f"{item['doc']}: no quote contains {item['contains']!r}"
        assert any(q.speaker and item["speaker"] in q.speaker and q.speaker_head == item["speaker"] for q in hits), (
            item, [(q.speaker, q.speaker_head) for q in hits])


@pytest.mark.parametrize("doc", ["000_5d4c7b7a80708a78", "003_da7e6e73b57a95d2", "004_53a50ad2d6b5acfc"])
def test_seed_outlets_are_reporters(seed_texts, gold, doc):
    text = seed_texts[doc]
    body = gold["documents"][doc].get("body")
    reporters = {a.reporter for a in find_attributions(text, gold_spans(text, body) if body else None)}
    for outlet in gold["documents"][doc]["attributed_to"]:
        assert outlet in reporters, (outlet, reporters)


@pytest.mark.parametrize(
    ("doc", "cue", "reporter", "source"),
    [
        ("000_5d4c7b7a80708a78", "وفق", "رويترز", None),
        ("003_da7e6e73b57a95d2", "ونقلت", "رويترز", "أربعة مصادر"),
        ("003_da7e6e73b57a95d2", "وقال", "رويترز", "مسؤول أميركي"),
        ("003_da7e6e73b57a95d2", "ونقلت", "فورين بوليسي", "مصادر أميركية رفيعة المستوى في البيت الأبيض ووزارتي الدفاع والخارجية"),
        ("003_da7e6e73b57a95d2", "قال", "تلفزيون سوريا", "مسؤول رفيع في مجلس الأمن القومي الأميركي"),
        ("004_53a50ad2d6b5acfc", "ونقل", "بغداد اليوم", "مصدر أمني"),
    ],
)
def test_seed_attribution_chains(seed_texts, doc, cue, reporter, source):
    text = seed_texts[doc]
    found = [(a.cue, a.reporter, a.source) for a in find_attributions(text)]
    assert (cue, reporter, source) in found, found


def test_pronoun_and_definite_head_resolve_to_the_named_speaker(seed_texts):
    text = seed_texts["003_da7e6e73b57a95d2"]
    quotes = find_quotes(text)
    first = next(q for q in quotes if q.cue == "وقال" and "يقتربان" in q.text)
    for cue in ("مضيفاً", "وأوضح", "مؤكداً"):
        q = next(q for q in quotes if q.cue == cue)
        assert (q.speaker, q.speaker_span) == (first.speaker, first.speaker_span) == ("مسؤول أميركي", q.speaker_span)


def test_outlet_pages_debris_is_ignored_with_spans(seed_texts, gold):
    text = seed_texts["001_6b8f8232c79e6353"]
    spans = gold_spans(text, gold["documents"]["001_6b8f8232c79e6353"]["body"])
    for q in find_quotes(text, spans):
        assert any(lo <= q.start and q.end <= hi for lo, hi in spans)
        assert "ويتكوف" not in (q.speaker or "")


# --- real sentences from SaudiNewsNet (2015), speakers written by hand -------------------------------------------
SNN = [
    # (text, speaker contains, head, cue, direct)
    ('وقال دريك: "نظرا لأن معالجة الوسائط حساسة غالبا لعنصر الوقت، فإن المكتبة يتم تطبيقها بالكود الأولي (سي بلس بلس)".',
     "دريك", "دريك", "وقال", True),
    ("الباحث التونسي يوسف الغربي قال في حديث لـ«الشرق الأوسط» إن تنظيم داعش بالتحديد اتجه إلى أسلوب آخر تدعمه آراء فقهية.",
     "الباحث التونسي يوسف الغربي", "يوسف الغربي", "قال", False),
    ('وأضاف العمصي "إن فريق اتحاد الشجاعية سيغادر قطاع غزة غدا الأربعاء، وسيلعب مباراة الإياب ضمن نهائي كأس فلسطين".',
     "العمصي", "العمصي", "وأضاف", True),
    ("وأضاف الدكتور اليوسف أن المجتمع السعودي في كل الظروف وفي كل الأحداث مجتمع متماسك ومتحد مع حكومته الرشيدة.",
     "الدكتور اليوسف", "اليوسف", "وأضاف", False),
    ("وأضافت الوزارة في بيان أن من المرجح عقد الاجتماع غدا.", "الوزارة", "الوزارة", "وأضافت", False),
    ("وحول مدى خطورة المعركة الموازية ضد الشائعات، قال العميد سمير لـ«الشرق الأوسط» إن «هذا الأمر ليس مستغربا ممن يقومون به».",
     "العميد سمير", "سمير", "قال", True),
    ("وأوضح المتحدث الرسمي بقيادة حرس الحدود بالمنطقة الشرقية النقيب عمر بن محمد الأكلبي, أن فرق البحث والإنقاذ بقطاع سلوى تلقت بلاغاً عن تعرض طفل لحالة غرق بشاطئ العقير.",
     "المتحدث الرسمي بقيادة حرس الحدود بالمنطقة الشرقية النقيب عمر بن محمد الأكلبي", "عمر بن محمد الأكلبي", "وأوضح", False),
    ("وأوضح المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة مكة المكرمة علي بن عبد الله الغامدي أن البلاغات منها 8632 بلاغا بمكة و5593 بلاغا بجدة.",
     "المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة مكة المكرمة علي بن عبد الله الغامدي", "علي بن عبد الله الغامدي", "وأوضح", False),
    ("وفي محافظة الضالع الجنوبية، قال مسؤول محلي لـ«الشرق الأوسط»، إن ميليشيات الحوثي في قعطبة تحتجز منذ صبيحة الجمعة ثلاث قاطرات.",
     "مسؤول محلي", "مسؤول محلي", "قال", False),
    ("وقال مسؤول بالشركة لـ«رويترز» طلب عدم نشر اسمه: «هذا الأمر عادي ووارد بالنسبة لعدد من الشركات وستعود المصفاة إلى عملها الطبيعي في أقرب الآجال».",
     "مسؤول بالشركة", "مسؤول بالشركة", "وقال", True),
    ("وأكد المتهم الأول أن الشخص الذي ظهر مرتديا الزي الوطني في مقطع الفيديو هو نفسه الانتحاري منفذ التفجير.",
     "المتهم الأول", "المتهم الأول", "وأكد", False),
    ("وقال روحاني إن «هذه صفحة جديدة في التاريخ»، مشيرا إلى أن الاتفاق دشن حقبة من التصالح مع العالم الخارجي.",
     "روحاني", "روحاني", "وقال", True),
    ("أمنيا أعلنت قوى الأمن الداخلي أن الحقيبة التي تم الاشتباه بها عند مفرق ذوق مكايل (شرق بيروت) خالية من المتفجرات.",
     "قوى الأمن الداخلي", "قوى الأمن الداخلي", "أعلنت", False),
    ("قال مسؤول ليبي، لـ«الشرق الأوسط»، إن 150 ألف مهاجر غير شرعي يدخلون البلاد شهريا، بينهم مقاتلون متطرفون.",
     "مسؤول ليبي", "مسؤول ليبي", "قال", False),
    ("وبين العنزي أن أبرز ما عند هذه الفرقة من ضلال هو تكفير المسلمين بالكبائر.", "العنزي", "العنزي", "وبين", False),
    # a stance verb with a ب / من object names the speaker of the participle that follows (records 27832, 28661)
    ("وأشاد الدكتور محمد سعد مبارك، رئيس الجامعة الليبية الدولية، بما تقدمه جامعة قناة السويس المصرية من خدمات "
     "جليلة لطلاب ليبيا، مؤكدا أن هناك اتفاقية للتعاون المشترك مع الجامعة منذ عام 2005.",
     "الدكتور محمد سعد مبارك، رئيس الجامعة الليبية الدولية", "محمد سعد مبارك", "مؤكدا", False),
    ("شدد عادل الجبير، وزير الخارجية السعودي، أمس، على أن القاهرة جزء أساسي ورئيسي في تحالف «إعادة الأمل» الداعم "
     "للشرعية في اليمن.", "عادل الجبير، وزير الخارجية السعودي", "عادل الجبير", "شدد", False),
    ("ونوه العكيك بما تتمتع به بلادنا من نعمة الأمن والأمان والاستقرار، مبيناً بأن المواطن يعي ذلك.",
     "العكيك", "العكيك", "مبيناً", False),
    # titles, a name, then the role: the name is the head (was the role's tail, 'بمملكة البحرين')
    ("وأكد معالي الفريق الركن الشيخ راشد بن عبدالله آل خليفة وزير الداخلية بمملكة البحرين أن الأجهزة الأمنية تقوم "
     "بواجبها.", "وزير الداخلية بمملكة البحرين", "راشد بن عبدالله آل خليفة", "وأكد", False),
    ("وقال الدكتور حامد النيادي وكيل وزارة الطاقة الإماراتي إن آلية التسعير الجديدة تراعي المعايير الدولية.",
     "الدكتور حامد النيادي وكيل وزارة الطاقة الإماراتي", "حامد النيادي", "وقال", False),
    ("وقال سمو الأمير عبدالله بن مساعد إن الاتحاد سيحاسب الأندية المديونة.", "عبدالله بن مساعد",
     "عبدالله بن مساعد", "وقال", False),
]


def test_a_stance_verb_without_a_subject_leaves_the_speaker_named_before():
    # SaudiNewsNet (2015, records 5000-8000): 'وأشاد بالجهود': the subject is a pronoun, the ب-phrase its object
    text = ("وقال وكيل محافظة الداير أحمد بن حسن الفيفي إن الحركة التجارية نشطة.\nوأشاد بالجهود التي تبذلها الأجهزة "
            "الأمنية المختلفة لتوفير الأمن، مؤكدا أن ذلك أعطى ثقة وطمأنينة لدى المستثمرين.")
    assert [q.speaker_head for q in find_quotes(text)] == ["أحمد بن حسن الفيفي"] * 2


@pytest.mark.parametrize(("text", "speaker", "head", "cue", "direct"), SNN)
def test_saudinewsnet_speakers(text, speaker, head, cue, direct):
    quotes = find_quotes(text)
    assert quotes, text
    q = quotes[0]
    assert speaker in q.speaker
    assert (q.speaker_head, q.cue, q.direct) == (head, cue, direct)
    assert text[q.start:q.end] == q.text and text[slice(*q.speaker_span)] == q.speaker


@pytest.mark.parametrize(
    ("text", "reporter", "source"),
    [
        ("الباحث التونسي يوسف الغربي قال في حديث لـ«الشرق الأوسط» إن تنظيم داعش اتجه إلى أسلوب آخر.", "الشرق الأوسط", "الباحث التونسي يوسف الغربي"),
        ("وقال مسؤول بالشركة لـ«رويترز» طلب عدم نشر اسمه: «هذا الأمر عادي ووارد بالنسبة لعدد من الشركات».", "رويترز", "مسؤول بالشركة"),
        ("ويوم السبت قال ترامب انه سينشغل في دعايته الانتخابية ولن يتمكن من الحضور، وفقا لوكالة رويترز.", "رويترز", None),
        ("وأضاف المصدر لـ«عكاظ»: ما حصل في القصير وقارة والجراجير يدخل في هذا السياق.", "عكاظ", "المصدر"),
        # SaudiNewsNet 2015-07-26 and records 0-7999: the agency's nationality is its name's own (DPA, SPA), the
        # quotation after the name and the initials in brackets are not, nor the conjunction إن inside a quoted name
        ("وقالت وكالة الانباء السودانية الرسمية \"توجه المشير عمر البشير رئيس الجمهورية ظهر اليوم إلى العاصمة "
         "الموريتانية نواكشوط مترئسا وفد السودان\".", "وكالة الانباء السودانية", None),
        ("وقال الساهر لوكالة الأنباء الألمانية (د ب أ) إن الأغنية التي تولى تلحينها بنفسه موجهة للقادة.",
         "وكالة الأنباء الألمانية", "الساهر"),
        ("ونقلت وكالة الأنباء السعودية عن المهندس يوسف الظاهري مدير عام المطار أن الرحلات انتظمت.",
         "وكالة الأنباء السعودية", "المهندس يوسف الظاهري مدير عام المطار"),
        ("وحسب موقع «سي إن إن بالعربية» فإن الطائرة هبطت بسلام.", "سي إن إن بالعربية", None),
    ],
)
def test_saudinewsnet_attributions(text, reporter, source):
    assert (reporter, source) in [(a.reporter, a.source) for a in find_attributions(text)]
    for a in find_attributions(text):
        assert '"' not in a.text and "(" not in a.text, a.text  # no quotation, no bracket left open in it


def test_honorific_pronoun_takes_the_last_named_speaker():
    # SPA style: the minister is named once, then 'معاليه'
    text = ("أكد وزير الإسكان شويش الضويحي أن الوزارة ماضية في تنفيذ المشاريع.\n"
            "وقال معاليه في تصريح صحافي :” تعد هيئة المهندسين السعوديين إحدى الجهات الوطنية التي نعتز بها”.")
    quotes = find_quotes(text)
    assert [q.speaker_head for q in quotes] == ["شويش الضويحي", "شويش الضويحي"]
    assert quotes[1].direct and quotes[1].text.startswith("تعد هيئة")


@pytest.mark.parametrize(("text", "speakers"), [
    # SaudiNewsNet record 1345: nobody spoke before 'وقال سموه'; the prince of the lead is meant
    ("الأمير فيصل بن خالد يعتمد فعاليات ملتقى السياحة المعرفية\nاعتمد صاحب السمو الملكي الامير فيصل بن خالد بن "
     "عبدالعزيز امير منطقة عسير رئيس مجلس شباب منطقة عسير برامج وفعاليات ملتقى السياحة المعرفية الاول.\nوقال "
     "سموه: إن هذا الملتقى يأتي ايماناً منا بضرورة دعم الشباب.", ["الامير فيصل بن خالد بن عبدالعزيز"]),
    # record 9028: a name the corpus knows as common (جلوي) still follows the title before بن; the prince named
    # last (سلطان بن سلمان) is not the one speaking
    ("أمير نجران يدعو لتحفيز الشباب\nدعا صاحب السمو الأمير جلوي بن عبدالعزيز بن مساعد، أمير منطقة نجران، بإحداث "
     "برامج تحفز الشباب، بمتابعة صاحب السمو الملكي الأمير سلطان بن سلمان بن عبدالعزيز، رئيس الهيئة.\nوقال سموه «إن "
     "القصر الشامخ يوثق مرحلة مهمة في تأسيس البلاد».", ["الأمير جلوي بن عبدالعزيز بن مساعد"]),
    # after record 6497 (shortened, the king's quoted words made a quote of his own): the last speaker holds no
    # prince's title
    ("ثم ألقى صاحب السمو الملكي الأمير عبدالله بن مساعد بن عبدالعزيز كلمة. وقال خادم الحرمين الشريفين: "
     "«الشباب سفراء لبلدهم».\nوأكد سموه أنهم جميعاً يستشعرون حجم المسؤولية.",
     ["خادم الحرمين الشريفين", "الأمير عبدالله بن مساعد بن عبدالعزيز"]),
    # record 15943: the last speaker is the same man under his family name: he goes on
    ("أوضح المتحدث الرسمي للهيئة الشيخ تركي بن عبد الله الشليل، أن قضايا التحرش قليلة.\nوأكَّد الشليل أن "
     "الرئاسة تحرص على التوعية.\nوأضاف فضيلته: أن الرئاسة تقف بحزم ضد المتحرشين.",
     ["المتحدث الرسمي للهيئة الشيخ تركي بن عبد الله الشليل", "الشليل", "الشليل"]),
])
def test_honorific_pronoun_stands_for_a_titled_person(text, speakers):
    assert [q.speaker for q in find_quotes(text)] == speakers


def test_honorific_referent_is_no_run_of_tatweels():
    # tokens of marks only normalize to '': they are no name after the title
    assert [q.speaker for q in find_quotes("زار الأمير ـ ـ بن ـ\nوقال سموه: إن الزيارة مهمة.")] == [None]


@pytest.mark.parametrize(("text", "speakers"), [
    # SaudiNewsNet record 3575: دعت has a direct object; its subject stops before it (a definite word after a
    # complement with لل), and the participle speaks for it
    ("ودعت المديرية العامة للجوازات الإخوة اليمنيين ممن تنطبق عليهم شروط الحصول على هوية زائر، إلى سرعة مراجعة "
     "مراكز التصحيح، مؤكدة أن من يحصل على وثيقة من سفارة بلاده فقط لا تخوله في البقاء.",
     ["المديرية العامة للجوازات"]),
    # record 14869: وجّه, the body's name, then its object
    ("ووجه اتحاد القوى العراقية في بيان له (حصلت «عكاظ» على نسخة منه) انتقادات لرئيس الوزراء لسماحه لايران "
     "بالسيطرة على القرار السياسي مبينا ان قرار مرشد الثورة الايرانية يمثل خرقا للسيادة العراقية.",
     ["اتحاد القوى العراقية"]),
    # record 7759: أبدى, a role set off by a comma, then its object with a pronoun ending
    ("وأبدى وكيل إمارة الباحة، إعجابه بما نفذته المحافظة من فعاليات الأسر المنتجة، وقال: \"نرغب في بذل المزيد "
     "من الجهد\".", ["وكيل إمارة الباحة"]),
    # a bare noun after such a verb may be its object: nobody is named
    ("ووصف الاتفاق بأنه تاريخي، مؤكدا أن العمل بدأ.", [None]),
])
def test_a_transitive_verb_opening_the_sentence_names_who_speaks_after_it(text, speakers):
    assert [q.speaker for q in find_quotes(text)] == speakers


@pytest.mark.parametrize(("text", "cues"), [
    # SaudiNewsNet 2015-08-07 (al-Jazirah): ورد is roses here, no verb of reply
    ("ويجعل المعارض التشكيلية متنوعة كباقة ورد مختلفة العطور والألوان, ولعل الأعمال الفائزة أصبحت أعدادها تستحق أن "
     "تجمع في متحف باسم لوحة وقصيدة.", []),
    # record 4554: فرد is an individual
    ("بل إن رب الأسرة أو اي فرد فيها يجب أن يكون هو جرس الإنذار الأول.", []),
    # record 417: a reply after a comma and before a colon is still read
    ("وعينك على من مِن المخرجين العرب لتتعاوني معهم؟ سألتها، فردّت: «تشهد الساحة الفنية العربية حاليا وجود مواهب "
     "عدة في مجال الإخراج».", ["فردّت"]),
    # record 9229: no comma before it, but a colon after it
    ("لقد تحدث ابن أخ فؤاد الأطرش الذي يعيش في سويسرا عن شائعة الجاسوسية فرد: إنها اشتغلت لبلدها واستقلاله.",
     ["فرد"]),
])
def test_wa_radd_replies_only_where_it_opens_a_clause(text, cues):
    assert [q.cue for q in find_quotes(text)] == cues


# --- error families of a fresh hand-judged sample (bench/labels/quotes_speakers_saudinewsnet.json) -----------------
# Real SaudiNewsNet sentences (record number in the comment), copied so that no test needs ../shared. The rules were
# written after reading that sample; the sentences from records 20000.. were read afterwards, as a check.
@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a role's complement after على opened by an indefinite noun stays in the mention (15543, 15023)
        ("قال مدير القطاع الصحي المشرف العام على مستشفى الملك سعود بعنيزة الدكتور عبدالله الموسى، بأن «السيجما ستة» "
         "هي عملية استراتيجية تمكن المنشأة من تحسين عملياتها الأساسية.", "قال",
         "مدير القطاع الصحي المشرف العام على مستشفى الملك سعود بعنيزة الدكتور عبدالله الموسى"),
        ("ولفت المشرف العام على وكالة التنمية في إمارة المنطقة؛ إلى أن 5 شركات تولت مهمة النقل في موسم العام الحالي.",
         "ولفت", "المشرف العام على وكالة التنمية في إمارة المنطقة"),
        ("ويؤكد القائمون على الدراسة أن الأطفال يجب أن يمكثوا في وضع ثابت أمام الأجهزة.", "ويؤكد",  # 21168
         "القائمون على الدراسة"),
        # a quantity word before من (15224)
        ("فيما اعترف عديد من شركات الطيران الأخرى (من بينها شركات طيران أمريكية) علانية أنها كانت من المستفيدين من "
         "الإعانات المالية.", "اعترف", "عديد من شركات الطيران الأخرى"),
        # an addressee after the name ends the mention (15173)
        ("وأضاف أكينو لجمع من أنصاره في النادي الفلبيني التاريخي أن «الشخص المناسب المستعد جيدا لمواصلة الطريق القويم "
         "ليس سوى مار روكساس».", "وأضاف", "أكينو"),
        # a subject closed by a comma before a cue without و (15150, 14952, 20622)
        ("وترفض وزارة الأوقاف الاعتراف بهؤلاء الخريجين؛ لكن محمد مختار المهدي رئيس الجمعية الشرعية، أكد لـ«الشرق "
         "الأوسط»، أن «الجمعية تعطي تصريحا للخريج ويكون هناك مراقبة منها لأدائه».", "أكد",
         "محمد مختار المهدي رئيس الجمعية الشرعية"),
        ("يُذكر أن دراسة علمية أجرتها وزارة التعليم، ذكرت أن 85% من المتفوقين دراسياً هم من طلاب حلقات ومدارس تحفيظ "
         "القران الكريم.", "ذكرت", "دراسة علمية أجرتها وزارة التعليم"),
        ("يذكر أن مسؤولا في الاتحاد السعودي لكرة القدم، أكد لـ«الشرق الأوسط»، أن الإنجليزي هاورد ويب، مدير دائرة "
         "التحكيم، هو من سيتولى المهمة.", "أكد", "مسؤولا في الاتحاد السعودي لكرة القدم"),
        # the subject of a stance verb opening the sentence speaks the participle or pronoun cue after it (14031, 20543)
        ("وعبّر مسافر آخر كان قادماً من الرياض إلى الطائف عن استيائه من حالة الطريق السريع، مضيفاً أن درجة الصيانة "
         "ضعيفة جداً، مبيناً أنه مع حفرة صغيرة قد يقع حادث جسيم.", "مبيناً", "مسافر آخر"),
        ("أعرب رئيس المفوضية الأوروبية جان كلود يونكر، عن ثقته في فرص توصل اليونان إلى اتفاق مع الدائنين، وقال إن "
         "المفاوضات احتاجت إلى بعض الوقت لتنظيمها.", "وقال", "رئيس المفوضية الأوروبية جان كلود يونكر"),
        # and after a fronted phrase and its comma, for the pronoun cue of the next sentence (15181)
        ("وقبل إعلان النتائج في العاصمة الماليزية، ظهر الرئيس الصيني شي جينبينغ في شريط فيديو يؤكد «الدعم القوي» من "
         "حكومته واعدا بألعاب «رائعة». وأضاف أن الألعاب الأولمبية الشتوية «ستشجع التبادل والفهم المتبادل».",
         "وأضاف", "الرئيس الصيني شي جينبينغ"),
    ],
)
def test_speaker_families_of_the_judged_sample(text, cue, speaker):
    found = [q for q in find_quotes(text) if q.cue == cue]
    assert found, [(q.cue, q.speaker) for q in find_quotes(text)]
    assert found[0].speaker == speaker
    assert text[slice(*found[0].speaker_span)] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a fronted phrase before the comma is no subject (20602, 20250)
        "وفي مقابلة صحافية قبل شهور، قالت: «روحاني وحكومته دعوا نشطاء المجتمع المدني لإحياء المجتمع المدني».",
        "ومع حضور ممثل عن «جينيس» الحفل، أشار إلى أن قمع الآيسكريم هو أكبر من حامل اللقب السابق.",
        # an apposition between two commas is no subject either (21214)
        "وأصدر مجلس الإسماعيلى بيانا رسميا حول صفقة انتقال عمرو السولية، لاعب وسط الفريق إلى الأهلى، قال فيه : إنه "
        "«لا نية إطلاقا لبيع اللاعب لأي نادي داخل مصر».",
    ],
)
def test_a_phrase_before_a_comma_is_not_always_the_speaker(text):
    bad = ("مقابلة", "حضور", "لاعب وسط")
    assert not any(q.speaker and any(b in q.speaker for b in bad) for q in find_quotes(text))


def test_a_definite_role_after_a_stance_verb_takes_up_the_named_person():
    # 20903: 'ودافع المدرب الأرجنتيني' after 'مارتينو' is Martino, as the pronoun cue after it
    text = ("وقال مارتينو إن الفريق سيعود أقوى.\nودافع المدرب الأرجنتيني عن ميسي أمام الانتقادات، "
            "وقال \"أعتقد أن ميسي ظهر في أبهى صوره خلال بطولة كوبا أميركا الماضية\".")
    assert [q.speaker for q in find_quotes(text)] == ["مارتينو", "مارتينو"]


# --- shapes ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        'وقالت الخارجية العراقية إنه تم تسليم رسالة "مهمة" وأن رئيس الوزراء سيدرسها بعناية.',
        "وتبنت معظم تلك الهجمات «المقاومة الإسلامية» التي تضم مقاتلين في فصائل.",
    ],
)
def test_short_quoted_terms_are_not_quotes(text):
    assert not any(q.direct for q in find_quotes(text))


def test_quote_runs_past_a_sentence_stop():
    text = 'وأضاف سواريز "هذا العام أبدأ مع زملائي. لهذا سيكون الموقف مختلفا." ويخوض برشلونة مباراته اليوم.'
    q = find_quotes(text)[0]
    assert q.direct and q.text == "هذا العام أبدأ مع زملائي. لهذا سيكون الموقف مختلفا."


def test_colon_headline_form():
    q = find_quotes("مسؤول رفيع في مجلس الأمن القومي الأميركي لتلفزيون سوريا: الإدارة الأميركية لا تفكر بالانسحاب من سوريا")[0]
    assert q.speaker_head == "مسؤول رفيع في مجلس الأمن القومي الأميركي" and q.cue == ":"
    assert q.text == "الإدارة الأميركية لا تفكر بالانسحاب من سوريا"


@pytest.mark.parametrize("headline", [
    # SaudiNewsNet 2015-07-21 and records 6000-11999: a place's name before a headline's colon says where the news
    # happened; nobody speaks
    "كينيا: مقتل 5 أشخاص بهجوم على آلية للشرطة\nأعلنت الشرطة الكينية أن مقاتلين قتلوا خمسة أشخاص",
    "مصر: دعوة إخوانية للتظاهر غدا",
    "تركيا : اعتقال 851 شخصا بشبهة الانتماء لـ «منظمات إرهابية»",
    "كوريا الشمالية: 99.97% نسبة الإقبال على التصويت في الانتخابات",
])
def test_a_place_before_a_headline_colon_is_no_speaker(headline):
    assert [q for q in find_quotes(headline) if q.cue == ":"] == []


@pytest.mark.parametrize(("headline", "speaker"), [
    # ... unless it speaks of itself, to the end of the line, or the name is a family's or a body's
    ("الرياض: زيارة مشعل للعمرة.. وموقفنا من حماس لم يتغير\nأفاد وزير الخارجية السعودي", "الرياض"),
    ("البحرين: مصادرة أسلحة قادمة من إيران ونطلب وقفة حاسمة من المجتمع الدولي", "البحرين"),
    ("الحكير: نهضة تنموية كبرى تعيشها المدينة المنورة", "الحكير"),
    ("مقاومة عدن: لا إعدامات للأسرى", "مقاومة عدن"),
])
def test_a_place_speaking_of_itself_before_a_headline_colon_speaks(headline, speaker):
    assert [q.speaker for q in find_quotes(headline) if q.cue == ":"] == [speaker]


@pytest.mark.parametrize("label", ["المصدر: الجزيرة نت اليوم الأحد", "تاريخ النشر: 12th, February 2024 GMT", "سبق - الرياض: وجد الأمير فهد اللاعبين"])
def test_page_labels_are_not_speakers(label):
    assert find_quotes(label) == []


@pytest.mark.parametrize("text", [
    # SaudiNewsNet 2015 (CC BY-NC-SA 4.0; short excerpts): a rubric, an item of a list, a question the writer asks
    "قصة مصورة: محتج يمطر بلاتر بنقود مزورة\n أمطر محتج السويسري سيب بلاتر رئيس الاتحاد الدولي لكرة القدم",
    "سادسًا: بعد النظر في قرار مجلس الشورى رقم (35 - 22) وتاريخ 26 - 5 - 1436هـ، قرر مجلس الوزراء الموافقة",
    "والسؤال: متى تنهض مجالسنا البلدية بمهامها وتذلل العقبات، وترتقي بالخدمات البلدية، وتعمل على تحسينها",
    "الخلاصة: إن هذه الأدوية مفيدة في التحكم بالألم",
])
def test_rubrics_and_list_items_before_a_colon_are_not_speakers(text):
    """The page labels include the ordinals past خامسا, 'قصة مصورة' (a photo story), الخلاصة, خاتمة, and any label
    written with و (والسؤال، وثانيا)."""
    assert _speakers_of(text, ":") == []


def test_plural_pronoun_is_not_given_a_singular_antecedent(seed_texts):
    quotes = find_quotes(seed_texts["002_c90bc23b3cdc86c4"])
    q = next(q for q in quotes if q.cue == "قالوا")
    assert q.speaker is None


def test_json_shape_and_bad_spans():
    q = find_quotes("وقال مسؤول أميركي إن الولايات المتحدة تحتفظ بحقها.")[0]
    assert isinstance(q, Quote) and set(q.to_json()) >= {"start", "end", "speaker", "speaker_head", "cue", "direct"}
    a = find_attributions("وفق وكالة رويترز الاخبارية.")[0]
    assert isinstance(a, Attribution) and a.to_json()["reporter"] == "رويترز"
    with pytest.raises(ValueError, match="outside the text"):
        find_quotes("قال", [(0, 99)])


# --- invariants --------------------------------------------------------------------------------------------------
_PIECES = [
    "وقال المتحدث باسم الوزارة", "إن", "أن", "«الوضع معقد جدا في المنطقة»", '"رويترز"', "مضيفاً أن", "وأضاف", ":",
    "نقلت وكالة الأنباء", "عن مصدر أمني", "وفق", "، ", ". ", "\n", "الحكومة ستواصل العمل", "مسؤول أميركي", "لـ",
    "بحسب مصادر", "وأوضح المسؤول", '"', "«", "»",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_offsets_always_index_the_text(pieces):
    text = " ".join(pieces)
    for q in find_quotes(text):
        assert text[q.start:q.end] == q.text and q.start <= q.end
        assert text[slice(*q.cue_span)] == q.cue
        assert q.speaker is None or text[slice(*q.speaker_span)] == q.speaker
    for a in find_attributions(text):
        assert text[a.start:a.end] == a.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.integers(0, 3))
def test_spans_restrict_what_is_read(pieces, keep):
    text = " ".join(pieces)
    lines, pos, spans = text.split("\n"), 0, []
    for i, line in enumerate(lines):
        if i % 4 == keep:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    for q in find_quotes(text, spans):
        assert any(lo <= q.cue_span[0] and q.cue_span[1] <= hi for lo, hi in spans)


# --- speaker mentions: where they end, and who a cue without one refers to (SaudiNewsNet, 2015) -------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an outlet the speaker talks to is the addressee, not part of the speaker
        ("وقال قائد قوات محلية لرويترز عبر الهاتف “نحن في عملية لإستكمال بسط سيطرتنا على مدينة عدن”.",
         "قائد قوات محلية"),
        # a role's complement keeps the name that follows it
        ("وأوضح المشرف على الفعاليات علي عبدالله الغانم أن الاحتفال بعيد الفطر المبارك من البرامج الرئيسة.",
         "المشرف على الفعاليات علي عبدالله الغانم"),
        # time words and manner participles end the mention
        ("قال تقرير أول أمس الاثنين إن ما يقرب من 20 مليون شخص أجبروا على النزوح عن ديارهم.", "تقرير"),
        ("وقال الدكتور التركي معقبا، إن الرابطة تأمل من مؤسسات التوجيه الاجتماعي أن يكون لها أثر إيجابي.",
         "الدكتور التركي"),
        ("وقال ظريف مخاطبا نواب البرلمان: «نحن لا نقول إن الاتفاق بالكامل في صالح إيران».", "ظريف"),
        # a subject before the cue: an outlet after لكن, a topic fronted by أما and taken up by ف
        ("ولم يصب أحد في الهجوم، لكن صحيفة «يني شفق» المؤيدة للحكومة قالت إن جماعة يسارية أعلنت مسؤوليتها عنه.",
         "صحيفة «يني شفق» المؤيدة للحكومة"),
        ("أما المحلل السياسي أمين قمورية، فأوضح لـ «اليوم» أن المنطقة ستكون منطقة جديدة من بعد الاتفاق.",
         "المحلل السياسي أمين قمورية"),
    ],
)
def test_speaker_mentions_end_where_the_speaker_ends(text, speaker):
    assert [q.speaker for q in find_quotes(text)][:1] == [speaker]


def test_between_and_is_not_a_cue():
    text = ("اشار سامي الجابر أن سيناريو الإقالة تم وهو في إسبانيا حيث أن الخط كان مفتوحاً بينه وبين رئيس الهلال "
            "الأمير عبدالرحمن بن مساعد قبل الاتصال به، كاشفاً أنه احتاج ليوم كامل لاستيعاب القرار.")
    assert {q.speaker for q in find_quotes(text)} == {"سامي الجابر"}


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-08-09 (a Reuters report) and an opinion column: the بين that opens 'between' is many words
        # and a comma before the وبين that closes it
        "لم يحدث أي اتصال مثمر فعليا بين الدول العربية السنية الداعمة للمعارضة المسلحة التي تحارب الرئيس بشار الأسد "
        "وبين دمشق أو داعميها الرئيسيين: إيران الشيعية وروسيا.",
        "يسعى وبسرعة للفصل بين المعتقد الذي هو جوهري ومثالي وصالح، وبين تطبيقات المؤمنين بالخطأ للمذهب.",
    ],
)
def test_the_second_between_is_not_a_cue_however_far_the_first(text):
    assert find_quotes(text) == []


def test_and_he_explained_after_a_between_in_an_earlier_sentence_is_a_cue():
    text = ("استطاع المهرجان أن يمزج من خلال فعالياته بين الحداثة والحضارة. وبين أن الأجيال الجديدة تأثرت بالتقنية "
            "كثيرا.")
    (q,) = find_quotes(text)
    assert q.cue == "وبين" and q.text.startswith("الأجيال الجديدة")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # SaudiNewsNet: an adverb of time before or after the speaker is neither the speaker nor part of it
        ("وأوضحت حينها إدارة الوحدة في بيان رسمي أصدرته بأنه تم إيقاف الموظف عن العمل.", "إدارة الوحدة"),
        ("وقال بعض المسؤولين الأمريكيين حينها إنهم يعتقدون أن الهجوم كان مدبرا.", "بعض المسؤولين الأمريكيين"),
        ("وقال اللواء أحمد عسيري إن العمليات مستمرة. وبيّن حينها، أن خبراء عسكريين من إيران موجودون باليمن.",
         "اللواء أحمد عسيري"),
    ],
)
def test_adverbs_of_time_around_the_speaker(text, speaker):
    assert [q.speaker for q in find_quotes(text)][-1] == speaker


def test_a_paragraph_of_quotation_goes_on_quoting_the_speaker_before_it():
    text = ('قال رئيس وزراء مالطا جوزيف موسكات في بيان له إن نتيجة الاستفتاء تحمل عواقب للدول الدائنة.\n'
            '"لقد سعت الحكومة اليونانية إلى حماية مصالح شعبها مستخدمة الأسلوب الذي تراه مناسبا".')
    last = find_quotes(text)[-1]
    assert last.direct and last.text.startswith("لقد سعت") and last.speaker == "رئيس وزراء مالطا جوزيف موسكات"


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        # SaudiNewsNet 2015-08-09 and records 0-12000: a quotation right after the outlet spoken to is no part of its
        # name (it was read as one 'quoted name' up to the closing mark)
        ('وقال نائب محافظ منطقة موسكو لوكالة انترفاكس الروسية "نؤكد انه تم العثور حتى الآن على جثث ثمانية قتلى".',
         "انترفاكس"),
        ('وقال مدير المرصد رامي عبد الرحمن لوكالة فرانس برس "نفذت الطائرات التركية فجرا ثلاث ضربات جوية على مواقع '
         'لتنظيم داعش".', "فرانس برس"),
        ('وقال مصدر لصحيفة "ذي دايلي ستار صنداي" إن اللاعب سينتقل إلى النادي.', "ذي دايلي ستار صنداي"),
    ],
)
def test_the_outlet_spoken_to_ends_before_a_quotation(text, reporter):
    assert [a.reporter for a in find_attributions(text)] == [reporter]


def test_according_to_a_source_is_not_an_outlet():
    (a,) = find_attributions("وبحسب مصادر أمنية فإن الهجوم وقع ليلا قرب الحدود.")
    assert (a.reporter, a.source, a.cue) == (None, "مصادر أمنية", "وبحسب")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال بان كي مون في بيان صادر عنه \"إنه لا توجد أي قضية أو مظلمة تبرر استهداف المدنيين\".", "بان كي مون"),
        ("خالد العجلان رئيس نادي الطائي السابق قال: للأسف لم تتعلم الأندية من أخطائها بالتعاقد مع اللاعبين.",
         "خالد العجلان رئيس نادي الطائي السابق"),
        ("المدرب الوطني الدكتور عبدالعزيز الخالد يقول معلقا على ذلك: لا أعتقد أن الأندية السعودية تستفيد من أخطائها.",
         "المدرب الوطني الدكتور عبدالعزيز الخالد"),
        ("ولم تتمكن وزارة الدفاع من تأكيد التقرير لكن مسؤولا قال انهم يسعون للتحقق من صحته.", "مسؤولا"),
        ("من جانبه أكد المشرف الفني على الفعاليات سلطان النوة أن الجمعية دأبت على إتاحة الفرصة للمواهب.",
         "المشرف الفني على الفعاليات سلطان النوة"),
    ],
)
def test_more_speaker_shapes(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "وإذا كانت قناة تلفزيونية نقلت وقائع حفل اعتُبر خادشًا للحياء، فإن رعاية زواج عرفي لا يقل فداحة.",  # passive
        "يقوم أصحاب المنازل بإعداد المأكولات الشعبية مثل: «الخبزة المقناة، والعريكة، والمقلقل، والسمن البلدي».",
    ],
)
def test_no_speech_no_quote(text):
    assert find_quotes(text) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("قال إن الوزير. ؟!…«»“”\"()'] 3.5د")), max_size=60))
def test_the_one_sentence_shortcut_splits_like_arabic_split_sentences(line):
    from marsad.arabic import split_sentences
    from marsad.extract.quotes import _sentences

    text = "سطر قبله.\n" + line
    lo = text.index("\n") + 1
    assert _sentences(text, lo, len(text), text[lo:]) == split_sentences(text, lo, len(text))


@pytest.mark.shared
def test_speaker_precision_on_the_judged_sample_stays_above_floor(shared_dir):
    # bench/labels/quotes_speakers_saudinewsnet.json: 50 quotes judged by hand; 38/50 right before the rules for its
    # error families, 48/50 after (2026-11-23). A development figure (the rules were written after reading it): the
    # floor guards against breakage, it is not a held-out score.
    right, wrong, lost = bench_module("extract_bench").speakers()
    assert right >= 45, (right, wrong, lost)


def test_speaker_is_never_read_inside_the_quotation_after_the_cue():
    # SaudiNewsNet (al-Madina column on Sheikh Ali al-Tantawi): 'فقال "كذلك الحال في جدة ..."' -- كذلك opens the
    # quotation, it is no filler between the cue and a speaker; 'رحمه الله' after يقول is a prayer, not a speaker
    text = ('يقول رحمه الله "جئت إلى هذه البلاد من طريق تبوك وكانت بلدة صغيرة" ثم انتقل فقال "كذلك الحال في جدة '
            'والطائف والرياض.. أنكم أيها السعوديون تنعمون بنعمة عظيمة" هذه الكلمات وقفت عندها اليوم.')
    found = find_quotes(text)
    assert found
    for q in found:
        assert q.speaker is None or ("الحال" not in q.speaker and "رحمه" not in q.speaker), q.speaker


def test_a_prayer_after_a_name_ends_the_speaker():
    text = 'وكتب الشيخ محمد حامد الفقي -رحمه الله- في مقدمته: "هذه زبدة سيرة رسول الله، كل مسلم اليوم بأشد الحاجة إليها".'
    (q,) = find_quotes(text)
    assert q.speaker == "الشيخ محمد حامد الفقي"


def test_an_outlet_named_by_a_common_word_needs_quotes_or_a_media_noun():
    # SaudiNewsNet 2015-07-26: 'أعلن اليوم' (announced today) was read as al-Yaum relaying a claim
    assert find_attributions("وقال مدير المركز إن الفريق أعلن اليوم عن خطة جديدة.") == []
    assert [(a.reporter, a.source) for a in find_attributions("وذكرت «اليوم» أن الاجتماع تأجل.")] == [("اليوم", None)]
    assert [(a.reporter, a.source) for a in find_attributions("وذكرت صحيفة الرياض أن الاجتماع تأجل.")] == [("الرياض", None)]
    # a dash read as the source is no source
    assert all(a.source is None or any(ch.isalpha() and ch != "\u0640" for ch in a.source)
               for a in find_attributions("وأشار ـ في تصريح هاتفي لـ(اليوم) ـ إلى أن العمل مستمر."))


def test_an_outlet_addressed_before_a_colon_ends_at_the_colon():
    # SaudiNewsNet 2015: the reporter was "فرانس برس: «وضع محمد علان صعب للغاية ..." (the quotation swallowed)
    text = "وقال المحامي لوكالة فرانس برس: «وضع محمد علان صعب للغاية، وجسمه بدأ يرفض المياه». وأضاف"
    assert [(a.reporter, a.source) for a in find_attributions(text)] == [("فرانس برس", "المحامي")]
    (q,) = find_quotes(text)
    assert q.speaker == "المحامي" and q.text.startswith("وضع محمد علان")


@pytest.mark.parametrize(("text", "reporter"), [
    # SaudiNewsNet 2015: a quoted name after a masculine speech verb is a person (Sabq quotes family names)...
    ("كرّمت الجامعة الطلاب. وذكر «الحداد» أن تكريمه مع زملائه من قبل مسؤولي الجامعة حافز", None),
    ("علاقة وثيقة بين «كويليام» وحكومة كاميرون نتيجة التقرير الأخير", None),
    ("عموما، لأن الانتقال بين موقعين مُختلفين ليس من الأمور الصعبة", None),  # between two sites: no outlet
    # ... and an outlet after a feminine one, or when it is an outlet's name
    ("وقالت «الحياة» إن المفاوضات متعثرة", "الحياة"),
    ("وكان النجيفي أبلغ «الشرق الأوسط» بأن دعمنا لهذه الإصلاحات مستمر", "الشرق الأوسط"),
])
def test_a_quoted_name_after_a_speech_verb(text, reporter):
    assert [a.reporter for a in find_attributions(text)] == ([reporter] if reporter else [])


@pytest.mark.parametrize(("text", "speakers"), [
    # SaudiNewsNet 2015-07-26 (alriyadh, aleqtisadiya, almadina)
    ('وقال بيان صادر عن وزارة الداخلية اليوم الأحد إنه "في إطار المتابعات الأمنية المكثفة وتوجيه الضربات الأمنية '
     "الاستباقية المُقننة التي تستهدف القيادات الوسطى لتنظيم الإخوان الإرهابي والموالين لهم المتهمين في قضايا التعدي "
     "على المنشآت العامة والخاصة والمشاركين في الأعمال العدائية والتحريض عليها على مستوى محافظات الجمهورية فقد أسفرت "
     'جهود الأجهزة الأمنية بتاريخ أمس السبت عن ضبط 24 من تلك العناصر" .', ["بيان صادر عن وزارة الداخلية"]),
    ("وكانت قد أعلنت وزارة الصحة البارحة الأولى، في بيانها اليومي أنه تم تسجيل حالة إصابة مؤكدة بفيرس كورونا في "
     "الرياض، لوافد يبلغ من العمر 28 عاماً، مؤكدة أن وضعه الصحي مستقر", ["وزارة الصحة", "وزارة الصحة"]),
    ("وقد لاحظت أن المتحاورين في البرنامج كانوا يظنون أن اللجنة التي ثمنت عقارات جبل عمر هي لجنة حكومية أو مكونة من "
     "جهة رسمية مختصة ولذلك ورد اسم أمانة العاصمة باعتبارها الجهة المكلفة بالإشراف على عملية لجان التثمين إلا أن "
     "حقيقة الأمر أن اللجنة التي كانت تُثمن عقارات جبل عمر ليست رسمية", []),
])
def test_issuers_times_and_verbs_that_are_no_speech(text, speakers):
    """'صادر عن' names the issuer inside the mention; 'البارحة الأولى' is a time; 'ورد اسم' is 'was mentioned'."""
    assert [q.speaker for q in find_quotes(text) if q.speaker] == speakers


@pytest.mark.parametrize(("text", "expected"), [
    # SaudiNewsNet record 1309: 'عن طريق' is "by way of" after نقل, no source
    ("وبعد عدة محاولات تمكنت من الهبوط في منطقة التقاء بالقرب من الحادث وجرى نقل الحالات عن طريق الإسعاف الأرضي "
     "وعلى الفور جرى نقل الحالات إلى طوارئ المستشفى العام.", []),
    # record 4479: the source ends where فقد opens the clause it supports
    ("اعتبرتها المنظمة جرائم حرب، وحسب التقرير فقد دهس جنود مدنيين بالدبابات ثم عادوا وتأكدوا من موتهم.",
     ["التقرير"]),
])
def test_by_way_of_is_no_source_and_faqad_ends_one(text, expected):
    assert [a.source for a in find_attributions(text)] == expected


@pytest.mark.parametrize(("text", "speaker", "head"), [
    # SaudiNewsNet 2015-07-26 and records 22000-25000: a title followed by a country's nisba or a role adjective is
    # the role itself, nobody is named (the head was 'اليمني', 'السابق')...
    ("وأكد الرئيس اليمني، أن مدينة عدن أصبحت، بعد تحريرها من المليشيات المتمردة، تستقبل المساعدات الإنسانية.",
     "الرئيس اليمني", "الرئيس اليمني"),
    ("وأكد الرئيس التنفيذي للشركة أن النتائج جاءت أفضل من المتوقع.", "الرئيس التنفيذي للشركة", "الرئيس التنفيذي للشركة"),
    # ... but after a rank that a personal name follows, the same word is the family name
    ("وقال اللواء التركي، إن الحادث نتج عنه استشهاد 12 من منسوبي قوات الطوارئ الخاصة.", "اللواء التركي", "التركي"),
    # a title word that is an adjective of the role before a prepositional word names nobody (head was 'للوزارة')
    ("وأكد مدير المركز الإعلامي للوزارة أن البرنامج يشمل الموظفين السعوديين والمقيمين على حد سواء.",
     "مدير المركز الإعلامي للوزارة", "مدير المركز الإعلامي للوزارة"),
    # a definite complement with ل closes the role; the name follows it (head was the whole mention)
    ("وأوضح المتحدث الإعلامي للجنة سعود التويم، أن اللجنة المحلية للانتخابات البلدية بمحافظة جدة شرعت في تطبيق خطتها.",
     "المتحدث الإعلامي للجنة سعود التويم", "سعود التويم"),
    ("وذكر المتحدث الإعلامي للأرصاد وحماية البيئة حسين القحطاني أن السماء غائمة جزئيا.",
     "المتحدث الإعلامي للأرصاد وحماية البيئة حسين القحطاني", "حسين القحطاني"),
    ("وبين رئيس الفريق الإعلامي باللجنة التنفيذية للانتخابات البلدية حمد العمر أن للمركز دوراً يقوم به.",
     "رئيس الفريق الإعلامي باللجنة التنفيذية للانتخابات البلدية حمد العمر", "حمد العمر"),
    ("قال المتحدث باسم قوات التحالف المستشار في مكتب وزير الدفاع العميد ركن أحمد بن حسن عسيري في تصريح لقناة "
     '" الإخبارية" أن البنية التحتية للجيش اليمني محط اهتمام قيادة التحالف.',
     "المتحدث باسم قوات التحالف المستشار في مكتب وزير الدفاع العميد ركن أحمد بن حسن عسيري", "أحمد بن حسن عسيري"),
    ("وأوضح عميد كلية الطب بالجامعة د. علي الغامدي أنه أقيم بهذه المناسبة لقاء تعارف.",
     "عميد كلية الطب بالجامعة د. علي الغامدي", "علي الغامدي"),
])
def test_the_head_of_a_role_phrase(text, speaker, head):
    q = find_quotes(text)[0]
    assert (q.speaker, q.speaker_head) == (speaker, head)


def test_an_aside_about_the_speaker_is_no_part_of_the_mention():
    # SaudiNewsNet 2015-07-26 and records 22000-25000: 'وهو ...' after the name was read into the speaker, and a long
    # aside must not lose the إن/أن or quotation that follows it (nor take a quoted outlet inside it for the quote)
    (q,) = find_quotes("وأوضح العيسى وهو متخصص في القضايا القانونية المتعلقة بسوق الأسهم، أن قضايا التعويض من القضايا "
                       "الصعبة قانونيًا في المملكة وخارجها.")
    assert q.speaker == "العيسى" and q.text.startswith("قضايا التعويض")
    (q,) = find_quotes("وقال منيف الزهيري وهو قيادي في القوات التي تقاتل الحوثيين ونائب مدير المطار لرويترز: «في حوالي "
                       "الساعة الواحدة مساء بالتوقيت المحلي وصلت طائرة تابعة للخطوط الجوية اليمنية».")
    assert q.speaker == "منيف الزهيري" and q.direct and q.text.startswith("في حوالي الساعة")
    (q,) = find_quotes('وقال المواطن أحمد العولقي، وهو أحد النازحين الذين التقت بهم "الوطن" في ميناء المكلا، إنه عاد '
                       "إلى عدن بعد أن تحررت.")
    assert q.speaker_head == "أحمد العولقي" and q.text.startswith("عاد إلى عدن")


def test_an_unnamed_source_without_an_complement_ends_before_the_object():
    # SaudiNewsNet 2015-07-26: 'نفى مصدر ... وجود أي تغيير' -- وجود is the object of نفى, not part of the source
    (q,) = find_quotes("نفى مصدر دبلوماسي مصري مسؤول وجود أي تغيير في موقف القاهرة من الأزمة السورية، لافتا إلى أن "
                       "النظرة المصرية تجاه نظام الأسد لا تتعارض مع الموقف السعودي.")
    assert q.speaker == "مصدر دبلوماسي مصري مسؤول"
    (q,) = find_quotes("نفى مصدر أمني رفيع المستوى وجود أي اتصالات، مؤكدا أن الوضع مستقر.")
    assert q.speaker == "مصدر أمني رفيع المستوى"


@pytest.mark.parametrize("text", [
    # SaudiNewsNet 2015-07-26: an adverb or a prepositional phrase after the cue is no speaker ('لاحقا', 'في الأيام
    # الماضية' were); the cue goes on with the speaker named before
    "وأضاف العريبي أن الحكومة الليبية تنفي ذلك. وقال لاحقا في تصريحات لوكالة الأنباء الليبية الرسمية إن «التحقيقات "
    "الأولية تجري مع المتهم التونسي».",
    "وأضاف العريبي أن الحكومة الليبية تنفي ذلك. وكان قد قال في الأيام الماضية إن «التحقيقات الأولية تجري مع المتهم».",
])
def test_an_adverb_or_a_prepositional_phrase_after_the_cue_is_no_speaker(text):
    assert [q.speaker for q in find_quotes(text)] == ["العريبي", "العريبي"]


def test_a_pronoun_cue_after_a_verse_is_the_preacher_going_on():
    # SaudiNewsNet 2015 (the Grand Mufti on the Asir mosque bombing): 'وأكد أن' after 'قال الله تعالى "..."' was
    # read as God speaking; the cue after the verse is the Mufti's. قال after scripture may still go on with it.
    text = ('المفتي: عمل إجرامي مشين وقبيح\n'
            'وقال المفتي في مداخلة مع قناة الإخبارية إن المصاب مصاب الجميع، قال الله تعالى "ومن أظلم ممن منع مساجد '
            'الله أن يذكر فيها اسمه وسعى في خرابها، أولئك ما كان لهم أن يدخلوها إلا خائفين". وأكد أن هذا عمل إجرامي '
            'ومشين وقبيح لا يقبله إنسان ولا دين.')
    found = [(q.cue, q.speaker) for q in find_quotes(text)]
    assert ("وأكد", "المفتي") in found, found
    assert not any(cue == "وأكد" and speaker and "الله" in speaker for cue, speaker in found)
    hadith = 'قال رسول الله صلى الله عليه وسلم: «اتق الله حيثما كنت». وقال: «وأتبع السيئة الحسنة تمحها».'
    assert [q.speaker for q in find_quotes(hadith)] == ["رسول الله"] * 2


@pytest.mark.parametrize("text", [
    # SaudiNewsNet records 6506 and 25467: 'إلا أن' / 'غير أن' join two clauses; ورد and يضيف are no speech here
    "وكان الأهلي قد أنهى الشوط الأول لصالحه بهدف نظيف سجله مصطفى بصاص في الدقيقة 20، ورد التعاون في الشوط الثاني "
    "بهدفين سجلهما إسماعيل محمد المغربي في الدقيقتين 63 و66، إلا أن مهند عسيري سجل هدف التعادل للأهلي في الدقيقة 81.",
    "وكاد عمر هوساوي أن يضيف الهدف الثاني بكرة من ضربة رأس غير أن شراحيلي أخرج الكرة إلى ركنية.",
])
def test_a_clause_of_contrast_is_no_reported_content(text):
    assert find_quotes(text) == []


def test_a_long_quotation_after_the_speaker_and_a_place_is_what_was_said():
    # SaudiNewsNet record 5159: the quotation after 'في التقرير' is the official's words (it was read from its
    # inner 'أن' on, and then given to the report named later)
    text = ('وقال دومينيك بيرجون مدير قسم الطوارئ وإعادة التأهيل لدى الفاو في التقرير "رغم أن محصول سوريا الحالي '
            'أفضل من المتوقع بفضل الأمطار الجيدة فإن القطاع الزراعي المحلي مازال منهكا بفعل الصراع." ويعاني الإنتاج '
            'الزراعي من جراء نقص الوقود حسبما ذكر التقرير.')
    q = find_quotes(text)[0]
    assert q.speaker.startswith("دومينيك بيرجون") and q.direct and q.text.startswith("رغم أن محصول سوريا")


def test_a_quoted_name_after_a_preposition_of_time_or_a_naming_noun_is_no_quote():
    # SaudiNewsNet records 8999 and 10671: a conference's and a centre's names in quotation marks
    text = ("وقال المعلم في كلمة ألقاها خلال «المؤتمر الإعلامي الدولي لمواجهة الارهاب التكفيري» الذي عقد في دمشق "
            "الجمعة: «هناك حديث كثير عن الاتفاق النووي الإيراني وأثره على الأزمة السورية».")
    assert not any(q.text.startswith("المؤتمر") for q in find_quotes(text))
    text = ('حينما أعلن خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود عن تدشين "مركز الملك سلمان للإغاثة '
            'والأعمال الإنسانية" في الرياض، وتوجيهه بتخصيص مليار ريال للمركز.')
    assert not any(q.text.startswith("مركز الملك سلمان") for q in find_quotes(text))


def test_a_clause_after_the_speakers_comma_is_no_part_of_the_mention():
    # SaudiNewsNet record 11693
    text = ('وقال أوباما، وقد ضجت القاعة بالضحك والاستحسان "أتصور أن بعض المنتقدين لي في بلادي (الولايات المتحدة) '
            'يقولون إنني عدت إلى هنا بحثا عن شهادة ميلادي. ليس هذا هو الأمر".')
    assert [q.speaker for q in find_quotes(text)] == ["أوباما"]


def test_zada_added_is_a_speech_verb_only_when_what_was_said_follows_at_once():
    """SaudiNewsNet records 6260, 212, 17830, 27891: زاد is 'added' before a colon or إن/أن after a short speaker, and
    'increased' everywhere else."""
    text = ("كشف الدكتور عبدالله البرقان رئيس لجنة الاحتراف بالاتحاد السعودي لكرة القدم، عن استلام لجنته للبطاقات "
            "الدولية للجزائري فريد ملولي. وزاد: «تم استلام شهادة اللاعب الجزائري فريد ملولي وكذلك العراقي سعد عبد "
            "الأمير لصالح نادي القادسية».")
    quote = next(q for q in find_quotes(text) if q.cue == "وزاد")
    assert quote.direct and "البرقان" in quote.speaker
    text = ("وزاد الضعيان أن متطلبات العناية بالمنشأة الترفيهية مكلفة للغاية، مثل مبالغ الاهتمام بالمسطحات الخضراء.")
    assert [q.speaker for q in find_quotes(text)] == ["الضعيان"]
    for text in ('وارتفع مؤشر "داو جونز الصناعي" 9.15 نقطة ليصل إلى 17699.01 نقطة ، وزاد مؤشر "ستاندرد آند بورز 500 " '
                 "بمقدار 1.39 نقطة إلى 2105.23 نقطة.",
                 "وزادت الوظائف غير الزراعية في الولايات المتحدة 215 ألفا في يوليو تموز بينما توقع الاقتصادية أن ترتفع "
                 "223 ألفا لكنها ظلت في نطاق يشير إلى تحسن سوق العمل."):
        assert not [q for q in find_quotes(text) if q.cue in ("وزاد", "وزادت")]


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet records 13256, 466, 12089: a phrase with في after the speaker's comma says where or in what they
    # spoke, not who they are; after a role still waiting for its name it may lead to the name
    ("وكتب مايكل هيرن، في كتاب «دراسة مغامرات هاكلبيري فين»: «أكثر من في أي رواية أخرى له، استعمل مارك توين كثيرا "
     "من الألفاظ البذيئة».", "مايكل هيرن"),
    ("وقال محمد عبد السلام، الناطق باسم الحوثيين، في تصريح صحافي بثته وكالة الأنباء اليمنية «سبأ» التي تخضع لسيطرة "
     "الحوثيين، إن أكثر من 200 غارة نفذت على عدن.", "محمد عبد السلام، الناطق باسم الحوثيين"),
    ('وقال مدير مكتب الحملة الوطنية السعودية لنصرة الأشقاء في سورية، في لبنان وليد بن علي الجلال إن "الحملة مستمرة '
     'في تنفيذ المرحلة الثانية من البرنامج الطبي".',
     "مدير مكتب الحملة الوطنية السعودية لنصرة الأشقاء في سورية، في لبنان وليد بن علي الجلال"),
])
def test_a_phrase_with_fi_after_the_speakers_comma_is_no_part_of_the_speaker(text, speaker):
    assert speaker in [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet (Asharq Al-Awsat, 2015): ل + a common word right after a name is whom the speaker addressed
    ("وقال كيري لمجلس العلاقات الخارجية وهو مؤسسة بحثية في نيويورك: «يجب أن نغير آليات الوضع في سوريا»، للقضاء على "
     "تنظيم داعش المتشدد الذي أعلن قيام خلافة في أراض يسيطر عليها في سوريا والعراق.", "كيري"),
    # a name that starts with ل is no addressee (ليلى is no ل + يلي)
    ('وقالت نور ليلى نغاه زوجة كبير المضيفين في الطائرة وان سويد وان اسماعيل "نعيش في الألم منذ فترة طويلة."',
     "نور ليلى نغاه زوجة كبير المضيفين في الطائرة وان سويد وان اسماعيل"),
    # statements with ل: who made them speaks; a phrase of time after the name may run long before عن أن / إن
    ("كشفت تصريحات لوزير الدفاع الفرنسي جان إيف لودريان، قبيل توجهه إلى القاهرة لإبرام الصفقة في فبراير الماضي، عن أن "
     "طائرات «الرافال» ستساعد مصر على «تأمين قناة السويس، ومكافحة الإرهاب في سيناء».", "وزير الدفاع الفرنسي جان إيف لودريان"),
    ('وقال ستاثاكيس قبيل بدء المفاوضات، التي استمرت لأكثر من ست ساعات، إن المحادثات أصبحت "في المرحلة النهائية"، '
     'وذكرت صحيفة "آفي" المقربة من الحكومة أن كل الدلائل تشير إلى اتفاق حاسم.', "ستاثاكيس"),
    ("أكد وزير الخارجية عادل الجبير خلال مؤتمر صحفي مشترك مع نظيره الروسي سيرجي لافروف اليوم الثلاثاء في روسيا، أن موقف "
     "المملكة من القضية السورية ثابت لن يتغير.", "وزير الخارجية عادل الجبير"),
])
def test_the_speaker_stops_where_an_addressee_or_a_time_begins(text, speaker):
    assert find_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet records 20295, 1547, 4576, 5149, 4688: an outlet spoken to whose name opens with a two-letter word
    # (ل + بي بي سي), a pointer to what was just reported (صرح بذلك), a relative clause about the speaker (والتي ...,
    # والذي ...) and بقوله are no part of the speaker
    ('وكان قائد عسكري ميداني يمني قال لبي بي سي إن "الجيش الوطني والمقاومة الشعبية " سيطروا اليوم على مدرج المطار '
     "الحربي بقاعدة العند الجوية", "قائد عسكري ميداني يمني"),
    ("صرح بذلك وكيل الوزارة لشؤون المساجد والدعوة الإرشاد الدكتور توفيق بن عبدالعزيز السديري، الذي بين أنه تم توزيع "
     "(موسوعة خطب الجمعة) الذي تم إعدادها من قِبل الفريق العلمي للمساجد",
     "وكيل الوزارة لشؤون المساجد والدعوة الإرشاد الدكتور توفيق بن عبدالعزيز السديري"),
    ("وقالت المتطوعة نجلاء البراك والتي شاركت في العديد من الأعمال التطوعية لمدة أربع سنوات متتالية ان الهدف من "
     "المشاركة خدمة المجتمع واكتساب الخبرة والصبر", "المتطوعة نجلاء البراك"),
    ('وقال بينيتيز مدرب ليفربول السابق والذي تولى تدريب ريال مدريد الشهر الماضي "دي خيا ليس لاعبا في فريقي"',
     "بينيتيز مدرب ليفربول السابق"),
])
def test_what_follows_the_speaker_about_them_is_no_part_of_the_speaker(text, speaker):
    assert find_quotes(text)[0].speaker == speaker


def test_bi_qawlihi_after_the_cue_leaves_the_speaker_of_the_sentence_before():
    # SaudiNewsNet record 0: بقوله ('by saying') was read as the speaker of the second quotation
    text = ('إذ قال كاميرون في سياق خطابه، "عندما تسعى مجموعات متطرفة مثل داعش لحشد شبابنا لقضيتها المسمومة، فانها '
            'قد تمنحهم احساسا بالانتماء ربما يفتقرون اليه هنا في الداخل"، واستطرد بقوله "هذا الامر يجعلهم أكثر عرضة '
            'للتطرف".')
    assert [q.speaker for q in find_quotes(text)] == ["كاميرون"] * 2


def test_a_first_person_verb_after_the_cue_is_the_speakers_own_word_not_the_speaker():
    # SaudiNewsNet record 782: 'وتابع أعتقد أن' read أعتقد ('I believe') as the speaker
    text = ("وأضاف النائب أن تلك المنظمات الإرهابية تسعى للنيل من أمن المملكة. وتابع أعتقد أن ما تحقق من انتصارات على يد "
            "الأمن السعودي بكشف تلك المخططات رسالة للعالم أجمع.")
    assert [q.speaker for q in find_quotes(text)] == ["النائب", "النائب"]


@pytest.mark.parametrize("text", [
    # SaudiNewsNet records 2701, 6282 (Sabq): 'متابعة' after the outlet's name is a byline ("follow-up"), not the
    # participle 'going on (she said)': the article's first sentence is no quotation
    "الحكومة البريطانية تدرس تقليص خدمات BBC\n سبق- متابعة: تدرس حكومة المحافظين، المنتخبة حديثاً في بريطانيا، "
    "قراراً يقضي بتقليص خدمات ونفقات هيئة الإذاعة البريطانية",
    "لجنة الشؤون الخارجية الأمريكية: لا نثق بإيران\n سبق- متابعة: بدأت لجنة العلاقات الخارجية في مجلس الشيوخ "
    "الأمريكي، الخميس، جلسة استماع لمناقشة الاتفاق النووي",
])
def test_a_byline_word_opening_an_article_is_no_cue(text):
    assert [q.cue for q in find_quotes(text) if q.cue == "متابعة"] == []


def test_the_same_word_after_a_speaker_goes_on_with_the_quote():
    text = 'وقالت الوزيرة إن الوضع مستقر، متابعة: "لن نتراجع عن قرارنا"'
    assert [(q.cue, q.speaker) for q in find_quotes(text)][-1] == ("متابعة", "الوزيرة")


@pytest.mark.parametrize("text", [
    # SaudiNewsNet records 5536, 6550, 1658: a handle, an address or a link after a colon is no quotation
    "لماذا انا علمانيٌّ ؟\n twitter: @Dr_AhmedKhalilahkhalil25@hotmail.com",
    "وهذه واحدة من ثمرات العيد التي جنيتها وقطفتها بكل حب وفرح وحبور.\nتويتر: Arfaj1@\nإيميل: Arfaj555@yahoo.com\n",
    "ويمكن الاطلاع على الإصدارات عبر الرابط http://publications.kacst.edu.sa/ . رابط الخبر بصحيفة الوئام",
])
def test_a_link_or_an_address_after_a_colon_is_no_quote(text):
    assert find_quotes(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet 2015-07-26 (Aleqtisadiya, Alweeam) and records 0-15999: a speech verb without إن/أن takes an
    # object; the speaker ends with the name before it, and the participle cue after it speaks for that name only
    ("وأكد معالي أمين العاصمة المقدسة الدكتور أسامه بن فضل البار، حرص الجهات المسؤولة بالأمانة على تحقيق أعلى "
     "مستوى من الخدمات للمواطنين، مشيراً إلى أن هذه المشاريع أوكلت مهمة إنجازها إلى عدد من الشركات الوطنية.",
     "معالي أمين العاصمة المقدسة الدكتور أسامه بن فضل البار"),
    ("من جهته أكد رئيس الفريق الإعلامي الأستاذ/ حمد العمر استمرار الحملة الإعلامية والتوعوية خلال المرحلة المقبلة، "
     "مشيراً إلى أنه سيتم استئناف هذه الحملة خلال الأيام القليلة المقبلة.", "رئيس الفريق الإعلامي الأستاذ/ حمد العمر"),
    # ... while a role in apposition and its place stay the speaker's
    ("وأشار الأستاذ نواف العنزي، المشرف على الأنشطة في المركز، إلى أن البرامج متنوعة. وقال: «سوف تكثف هذه المشاركات».",
     "الأستاذ نواف العنزي، المشرف على الأنشطة في المركز"),
])
def test_the_object_of_a_speech_verb_is_no_part_of_its_speaker(text, speaker):
    assert [q.speaker for q in find_quotes(text)][:1] == [speaker]


def test_a_feminine_cue_never_continues_a_man():
    """SaudiNewsNet records 0-15999: 'وقالت المتحدثة' after 'قال المتحدث ... بيتر سميردون' was read as him taken up
    again, and a feminine pronoun cue ('وأضافت', 'قائلة') went on quoting the last man named (Asharq Al-Awsat,
    2015-07)."""
    text = ("من جانبه، قال المتحدث باسم برنامج الأغذية العالمي بيتر سميردون، الذي قام بتسليم الحمولة: «هذه أول سفينة "
            "يستأجرها البرنامج ترسو في الميناء منذ اندلاع الصراع».\nواستأجر سفينة الأمم المتحدة برنامج الأغذية "
            "العالمي. وقالت المتحدثة باسم هذه المنظمة الدولية ريم ندا: «إنها أول سفينة يستأجرها برنامج الأغذية "
            "العالمي تبلغ مرفأ عدن».")
    speakers = [q.speaker for q in find_quotes(text)]
    assert speakers[0].endswith("بيتر سميردون") and speakers[-1].startswith("المتحدثة"), speakers
    text = ("وقال الدكتور نيتن تشوهان، المتخصص في جراحة الوجه بجامعة تورونتو، إن النتائج مهمة. وهو ما وافقت عليه "
            "الدكتورة أشاني ويرارتنتا، المتخصصة في نمو الخلايا، قائلة: «ثمة اختلاف واسع فيما بين الأعراق البشرية».\n"
            "وأضافت أن من الضروري الاهتمام بالترطيب للجلد.")
    for q in find_quotes(text)[1:]:
        assert q.speaker is None or "الدكتورة" in q.speaker, (q.cue, q.speaker)


def test_a_military_rank_is_no_mans_title():
    # SaudiNewsNet 12773: a policewoman's rank has no feminine form
    text = ("وقالت العقيد نشوى محمود في الشرطة النسائية المصرية إن الانتشار الأمني الكثيف في الشوارع يردع المتحرشين. "
            "وأضافت أن الحملات مستمرة.")
    assert [q.speaker for q in find_quotes(text)] == ["العقيد نشوى محمود في الشرطة النسائية المصرية"] * 2


def test_a_masculine_cue_does_not_continue_a_body_in_the_feminine():
    # SaudiNewsNet record 245 (Asharq al-Awsat, 2015-07-21): وأضاف after 'وكشفت دراسة حديثة' is the man quoted before
    text = ("وأضاف رينا أنه على الرغم من ازدياد شعبية محتوى الفيديو المتاح للعموم حول العالم، يستمر الاشتراك "
            "التلفزيوني في منطقة الشرق الأوسط وشمال أفريقيا في فرض هيمنته.\n"
            "وكشفت دراسة حديثة لشركة «آي إتش إس تكنولوجي» أن إجمالي اشتراكات التلفزيون المنزلي الأساسية في المنطقة "
            "حقق ارتفاعًا.\n"
            "وأضاف: «تشهد معدلات الاستثمار في المحتوى الرياضي نموًا لا مثيل له في التاريخ».")
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes if q.cue == "وأضاف"] == ["رينا", "رينا"]


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # ... but 'رئيسها' (its head) is no woman's title (SaudiNewsNet record 97)
    ("ومن بين المترددين رابطة معاداة التشهير. وقال رئيسها أبراهام فوكسمان: «قرأناه (الاتفاق). لا نؤيده. لكن، يمكن "
     "إقناعنا به». وأضاف: «سنقدم سلسلة من الأسئلة لأعضاء الكونغرس، وسنطلب منهم سلسلة من الإجابات».",
     "وأضاف", "رئيسها أبراهام فوكسمان"),
])
def test_a_masculine_cue_continues_a_man(text, cue, speaker):
    assert _speakers_of(text, cue) == [speaker]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # SaudiNewsNet record 805: 'فان' after a given name is the Dutch particle, not فإن opening the content
    ("اعتبر المهاجم الدولي الهولندي روبن فان بيرسي أن مواطنه ومدربه لويس فان جال، لم يمنحه فرصة عادلة من أجل "
     "استعادة مكانته في مانشستر يونايتد الإنجليزي.", "المهاجم الدولي الهولندي روبن فان بيرسي", "مواطنه ومدربه"),
    # ... and فإن after a common word is still the complementizer
    ("وقال المتحدث فان هناك خطة لإعادة الإعمار.", "المتحدث", "هناك خطة"),
])
def test_van_after_a_given_name_is_part_of_the_name(text, speaker, content):
    (quote,) = find_quotes(text)
    assert quote.speaker == speaker
    assert quote.text.startswith(content)


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # SaudiNewsNet record 3780 (Al Riyadh, 2015-07-22): a sentence opening with a speech verb and no إن/أن names
    # whom the next 'وقال' continues; a feminine plural (الشائعات) is the verb's object, not part of the role
    ("تطرق مدرب مانشستر يونايتد الهولندي لويس فان غال أمس الى انضمام مهاجم \"مفاجأة\" قبل بداية الموسم. ونفى "
     "المدرب الهولندي الشائعات التي تتداولها وسائل الاعلام بخصوص التعاقد مع مهاجمي بايرن ميونيخ. وقال: "
     "\"المفاوضات جارية، انه ليس أحد المهاجمين الذين تم التطرق اليهم في وسائل الاعلام\".",
     "وقال", "المدرب الهولندي"),
    # record 3315: the unnamed sources of the opening sentence, not 'المصادر' alone
    ("أفادت مصادر أمنية عراقية أمس الثلاثاء بمقتل 24 مدنيا وإصابة 37 آخرين في مدينة بعقوبة شمال شرقي بغداد. "
     "وقالت المصادر لوكالة الأنباء الألمانية إن عبوة ناسفة انفجرت امس في حي اليرموك الثانية غربي بعقوبة.",
     "وقالت", "مصادر أمنية عراقية"),
    # record 1108: 'وبينت' goes on with the ministry that 'أكدت' named
    ("أكدت وزارة الصحة عبر موقعها الاليكتروني عدم تسجيل اي حالات مصابة بكورونا خلال الايام الاربعة الماضية. "
     "وبينت أن هناك 6 حالات تخضع للعلاج من الفيروس.", "وبينت", "وزارة الصحة"),
    # record 7940: a common noun after the named spokesman is the verb's object (استشهاد ضابط)
    ("أعلن الناطق العسكري الرسمي باسم القوات المسلحة المصرية العميد محمد سمير استشهاد ضابط وثلاثة جنود في "
     "انفجار عبوة ناسفة بشمال سيناء. وقال في بيان صحفي إنه في صباح الخميس انفجرت عبوة ناسفة.",
     "وقال", "الناطق العسكري الرسمي باسم القوات المسلحة المصرية العميد محمد سمير"),
    # record 2114: so is a noun with a pronoun (دعمه) after a family name
    ("أكد محافظ بقيق محمد بن سعود المتحمي دعمه لكل ما يخدم المرضى. وقال خلال معايدته للمرضى ان المستشفى "
     "الجديد سيقدم خدماته الصحية قريبا.", "وقال", "محافظ بقيق محمد بن سعود المتحمي"),
    # SaudiNewsNet 2015-07-24 (Al Yaum) and record 5869: after a family name with the article, a rarer common
    # word (مغادرة، فقدان) is the object too
    ("أكد القنصل السعودي في مدينة مشهد الإيرانية، عبدالله الحمراني مغادرة جميع المصابين بالتسمم الغذائي مستشفى "
     "الكاظم بعد تلقي العلاج اللازم يوم أمس الأول. وقال ان القنصلية تبلغت بالحادثة التي وقعت صباح يوم الثلاثاء.",
     "وقال", "القنصل السعودي في مدينة مشهد الإيرانية، عبدالله الحمراني"),
    ("نفى مدير جامعة الملك فيصل بالأحساء الدكتور عبدالعزيز الساعاتي، فقدان \"وثائق\" خلال نقل ملفات ووثائق "
     "الطلاب والطالبات المقبولين في الجامعة للعام الجامعي الجديد عبر خدمات البريد السعودي. وأكد أن عملية استلام "
     "الوثائق في البريد لا تستغرق أكثر من 10 أيام.", "وأكد", "مدير جامعة الملك فيصل بالأحساء الدكتور عبدالعزيز الساعاتي"),
])
def test_a_sentence_opening_with_a_speech_verb_names_the_antecedent(text, cue, speaker):
    assert _speakers_of(text, cue) == [speaker]


def test_a_quoted_question_put_to_the_speaker_is_not_his_words():
    # SaudiNewsNet record 2968 (Al Watan, 2015-07-22): the question after 'سؤال' is the interviewer's
    text = ("وعلى سؤال \"هل ستستخدم نفوذ الولايات المتحدة لدى إيران لتضغط الأخيرة على النظام السوري من أجل حل "
            "سلمي؟\"، أجاب كيري: \"لا أستطيع التحدث نيابة عن إيران لأننا تفاوضنا معها في الملف النووي فقط\".")
    assert [(q.speaker, q.text[:12]) for q in find_quotes(text)] == [("كيري", "لا أستطيع ال")]


def test_a_byline_with_the_reporter_before_the_outlet_is_no_speech():
    # SaudiNewsNet record 4957 (Sabq, 2015-07-22): 'متابعة' after reporter and outlet is the byline's "follow-up"
    text = ("مشاري الحنتوشي- سبق- متابعة: كشفت تقارير أراكانية، صدور قرار من السلطات البورمية، يقضي بمنع صيادي "
            "الأسماك الروهنجيين من ممارسة الصيد.")
    assert [q.cue for q in find_quotes(text)] == []


@pytest.mark.parametrize(("text", "cue", "not_speaker"), [
    # SaudiNewsNet record 473: 'لي' before an aside is "to me", not the name Lee
    ("وجاء يوسف شاهين بعد قليل، وقال لي وهو ما زال يغالب آثار النوم: أهلا تونة إنتي فين، أنا قلبت عليكي الدنيا.",
     "وقال", "لي"),
    # record 1390: 'عنهم' is whom they spoke of
    ("قله فقط من أهل العلم كالطحاوي وابن حزم أصابت في تعريفهم وقالت عنهم بأنهم طائفة من النصارى كانت توحد الخالق.",
     "وقالت", "عنهم"),
])
def test_a_pronoun_after_the_cue_is_not_the_speaker(text, cue, not_speaker):
    speakers = _speakers_of(text, cue)
    assert speakers and not_speaker not in speakers


def test_the_object_of_lafata_al_nazar_is_not_part_of_the_speaker():
    # SaudiNewsNet record 1239 (Al Jazirah): 'ولفت التقرير النظر إلى أن' -- the report drew attention
    text = ("وأوضح التقرير أن تسديد القروض خلال العام الماضي بلغ 6.1 مليارات ريال.\nولفت التقرير النظر إلى أن الدولة "
            "تبنت عبر وزارة المالية برنامجا شاملا للقروض المحلية.")
    assert [q.speaker for q in find_quotes(text)] == ["التقرير", "التقرير"]


def test_a_topic_opened_with_amma_is_whom_a_later_cue_continues():
    # SaudiNewsNet record 455 (Asharq Al-Awsat): after 'أما أبو شعيب فقد ...' the subject-less 'يقول' is Abu Shuaib,
    # not the defector quoted before; ', وقد بدا أنه' is an aside, no speaker
    text = ("وقال أبو هريرة إن التنظيم لم يعد كما عرفه.\n\n أما أبو شعيب فقد توصل إلى قناعات مماثلة، بل بدأ في إعادة "
            "قراءة الحالة التي أصبح عليها مع داعش.\n\n يقول، وقد بدا أنه يتحول إلى فقيه يبحث لنفسه عن طريق جديد، إن "
            "«الدنيا تغيرت أمام عينيه.. يرى دنيا جديدة».")
    assert {q.speaker for q in find_quotes(text) if q.cue == "يقول"} == {"أبو شعيب"}


def test_a_source_who_withholds_his_name_does_not_speak_through_dhikr():
    # SaudiNewsNet record 4065 (Al Riyadh): 'فضل عدم ذكر اسمه' is no cue; the speaker is not 'اسمه'
    text = ("اعتبر إمام أحد الجوامع في الرياض -فضل عدم ذكر اسمه- أن الكثير من المصلين والمعتكفين ينقصهم الوعي "
            "بأهمية نظافة المكان.")
    assert "اسمه" not in [q.speaker for q in find_quotes(text)]


def test_a_speaker_epithet_in_reversed_marks_is_kept_whole():
    # SaudiNewsNet 2015-07-24 (Al Yaum): ” opens and “ closes the epithet, typed reversed; the speaker kept the
    # opening mark only
    text = ("وكان 22 مواطنا سعوديا قد تعرضوا يوم الثلاثاء لحالة تسمم غذائي جراء تناول وجبة طعام في أحد الفنادق "
            "بمدينة مشهد الإيرانية. وقال باسم الضامن ”شاهد عيان“ ان الحادثة وقعت يوم الثلاثاء أثناء تناول وجبة "
            "الافطار بالفندق المذكور.")
    assert [q.speaker for q in find_quotes(text)] == ["باسم الضامن ”شاهد عيان“"]


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet 2015-07-24 (Al Yaum, a Pew poll): a share of those polled speaks, with the whole it is taken from
    # and its percent sign ('35' alone, 'ثلاثة أرباع' and 'عدد أكبر' were the speakers)
    ("وأظهر استطلاع بيو، أن من بين الأمريكيين المطلعين على اتفاق فيينا النووي 38% منهم قالوا إنهم لا يثقون به، "
     "وقال 35% إنهم لا يملكون سوى ثقة قليلة جدا بإلتزام إيران بجانبها من الاتفاق.", "35%"),
    ("ووجدت الدراسة انقساما حزبيا واسعا من حيث نسبة الموافقة. قال ثلاثة أرباع من الجمهوريين الذين شملهم الاستطلاع "
     "(75%) إنهم يعارضون الصفقة.", "ثلاثة أرباع من الجمهوريين"),
    ("ووفقا للمسح، رأى عدد أكبر من الأمريكيين أن الصفقة لن تسفر عن أية نتائج ملموسة.", "عدد أكبر من الأمريكيين"),
    # SaudiNewsNet record 543 (Al Eqtisadiya)
    ("وقال 57 في المائة من الآباء، إن أطفالهم يفضلون الكومبيوتر اللوحي على التلفزيون.", "57 في المائة من الآباء"),
])
def test_a_share_of_those_polled_is_the_speaker_with_its_whole(text, speaker):
    assert speaker in [q.speaker for q in find_quotes(text)]


def test_more_than_once_is_no_share():
    # SaudiNewsNet record 1015: 'في أكثر من مناسبة' (on more than one occasion) is no share of a group
    text = "وأوضح الفيفا في أكثر من مناسبة عقب ذلك أن موعد الجمعية العمومية سيكون بين ديسمبر 2015 فبراير 2016."
    assert [q.speaker for q in find_quotes(text)] == ["الفيفا"]  # 'الفيفا في أكثر' before


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet records 124, 2042, 1749: 'many of' speaks with the group it counts ('الكثير' and 'العديد' alone
    # were the speakers)
    ("ويقول الكثير من الخبراء بأن إيران لا يمكنها إخفاء أي أعمال نووية كبيرة.", "الكثير من الخبراء"),
    ("وقال العديد من السكان المحليين أن الرجل اعتاد التحرش بالنساء في عدة مناسبات.", "العديد من السكان المحليين"),
    ("هذا وتؤكد العديد من التقارير الإعلامية ان الإعلان عن صدور الساعة الجديدة رسميا سيكون بالتزامن مع صدور "
     "“غالاكسي نوت 5″.", "العديد من التقارير الإعلامية"),
    # SaudiNewsNet records 6834, 17425, 5253: 'كل من X وY' (both X and Y) names the speakers ('كل' was the speaker)
    ("وأوضح كل من أحمد الجابري وفهد الشيخي، أنه سجلت أسعار بيع الطماطم أسعارا خيالية.", "أحمد الجابري وفهد الشيخي"),
    ("ويشير كل من شوماخر ودي ماورا إلى أنه بسبب ذلك الإطار، فإن إطار الدول منخفضة الدخل قد يقدّم صورة أكثر دقة.",
     "شوماخر ودي ماورا"),
])
def test_many_of_and_each_of_name_the_speakers(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet 2015-08-06 (Al Riyadh): a verb with no إن/أن names, alone before a stop word, the one the
    # participle after it goes on with (the participle had no speaker)
    ("وفي معرض رده عن سؤاله حول تلك الواقعة، أجاب جوارديولا خلال المؤتمر الصحفي الذي أعقب المباراة التي انتهت "
     "لصالح فريقه بثلاثية نظيفة، قائلا: \"أنا حزين من أجل كيميش\".", "جوارديولا"),
    # SaudiNewsNet records 5096, 14925
    ("ورد كوربين على تصريحات بلير قائلا: «الوقت الآن ليس مناسبا للحديث عن الفوز».", "كوربين"),
    ("وكشف مسهور لـ \" سبق \" آخر التطورات الميدانية في المعارك التي يشنها رجال المقاومة قائلاً: استطاع رجال "
     "المقاومة الجنوبية تحقيق انتصارات.", "مسهور"),
])
def test_a_lone_name_after_a_verb_without_words_is_the_participles_speaker(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(("text", "speakers"), [
    # the last speaker named in full stays the antecedent when only his family name follows the next verb
    ("وقال وزير الخارجية الإيراني محمد جواد ظريف إن الاتفاق تاريخي. وأضاف ظريف في المؤتمر، مشيرا إلى أن العقوبات "
     "سترفع.", ["وزير الخارجية الإيراني محمد جواد ظريف"] * 2),
    # a word in a common noun's form is no name: 'قال كلامه' (his words), 'يشير حاسما'
    ("وقال الوزير في المؤتمر إن الاتفاق تاريخي. ثم قال كلامه في المؤتمر، مشيرا إلى أن العقوبات سترفع.",
     ["الوزير"] * 2),
])
def test_a_lone_word_after_a_verb_is_no_new_speaker_when_it_cannot_be_one(text, speakers):
    assert [q.speaker for q in find_quotes(text)] == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet records 15075, 8626, 1854: an adverb alone after the cue is no speaker ('سابقا', 'تزامنا' were);
    # the subject stands before the verb
    ("وكان الباحثون قد أعلنوا سابقا ان حالة مناطق الدماغ تكون أكثر وضوحا عند الأطفال.", "الباحثون"),
    ("وكانت الحكومة التركية أكدت، تزامنا مع الغارات وحملات اعتقال، أنها لن تتهاون مع المتمردين الأكراد.",
     "الحكومة التركية"),
    ("وكان طارق الشريف، نجل الممثل العالمي قد صرح سابقا أن والده مصاب بمرض ألزهايمر منذ ثلاث سنوات.",
     "طارق الشريف، نجل الممثل العالمي"),
])
def test_an_adverb_after_the_cue_leaves_the_subject_before_it(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet records 533, 51, 13219: a cue with فيه/فيها speaks for whoever published the document before it
    # (the last speaker, an earlier source or nobody before)
    ("واستبعدت الشرطة وجود عمل إجرامي. وأصدرت مور (52 عاما) بيانا قالت فيه: «أشعر بصدمة تامة.. كنت مسافرة خارج "
     "البلاد للقاء بناتي».", "مور"),
    ("أصدر المتحدث الرسمي باسم الجيش بيانا جديدا أكد فيه أن عدد ضحايا القوات هو «سبعة» فقط.",
     "المتحدث الرسمي باسم الجيش"),
    ("وقالت واشنطن إن الاتصال جرى أمس. وأصدر البيت الأبيض بيانا عن الاتصال الهاتفي، قال فيه إن الرئيسين ناقشا "
     "«تعميق التعاون المستمر في الحرب المستمرة ضد داعش».", "البيت الأبيض"),
])
def test_words_in_a_document_are_its_publishers(text, speaker):
    assert [q.speaker for q in find_quotes(text)][-1] == speaker


def test_a_document_after_the_verb_is_no_publisher():
    # SaudiNewsNet record 15055: 'سلسلة' is the object of أطلقت, whose subject stands before it
    text = ("فكانت “الهيئة العامة للطيران المدني” بالسعودية، أطلقت سلسلة تغريدات “تويترية” أكدت فيها أن الحادث "
            "“يحظى بمتابعة من قبل مكتب التحقيقات في المملكة”.")
    assert "سلسلة" not in [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet record 12981: a definite 'many' after the subject is the object, not a share of the speakers
    ("وحذّر الباحثون العديد من المدخنين من شرب سيجارة واحدة بعد كل وجبة لأن الجهاز الهضمي يتطلب المزيد من الدم.",
     "الباحثون العديد"),
    # 'كل من' before a verb: whoever, no list of names
    ("يقول كل من يعرفهما إنه لا يدير شؤون البلاد.", "كل"),
])
def test_many_of_after_a_subject_and_whoever_are_left_as_they_were(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_each_of_before_a_token_with_no_letters_is_read_without_failing():
    # a tatweel alone after 'كل من' has an empty normalized form: reading its first letter raised IndexError
    assert [q.speaker for q in find_quotes("وقال كل من ـ الوزير إن الاتفاق تاريخي.")] == ["كل"]


@pytest.mark.parametrize("text", [
    # SaudiNewsNet 2015-07-25 (Al Yaum, a headline): the quoted name completes 'مزاعم استهداف', the verb's object
    "وزارة الداخلية المصرية تنفي مزاعم استهداف «مرسي»\nبددت الداخلية المصرية الشائعات الإخوانية.",
    # SaudiNewsNet 2015-07-25 (3alyoum, Reuters): 'قيام' was the speaker of “الخلافة الاسلامية”
    "أوباما وأردوغان يتفقان\nوقال البيان ان الزعيمين ناقشا القتال ضد تنظيم الدولة الاسلامية المتشدد الذي استولى على "
    "مساحات واسعة من الاراضي في سوريا والعراق وأعلن قيام “الخلافة الاسلامية”.",
])
def test_a_short_quoted_name_after_a_noun_is_no_quote(text):
    assert [(q.speaker, q.text) for q in find_quotes(text) if q.direct] == []


@pytest.mark.parametrize("text", [
    # SaudiNewsNet 2015-07-25 (Al Eqtisadiya, a Financial Times page): the case and the defence of each inquiry are
    # labels; the words after them name their own speaker
    "الاتحاد الأوروبي يواجه الصفقات التفضيلية قانونيا\nالقضية: صفقات الضرائب المبرمة في 1991 و2007\n"
    "الدفاع: تقول أيرلندا إنها لم ترتكب أي عمل غير مشروع أو غير قانوني",
    # SaudiNewsNet record 3178 (Al Riyadh): a list of proposals
    "مقترحات الإسكان\nالمقترح الثاني: أن تعمل وزارة الإسكان بحكم إشرافها على عمل صندوق التنمية العقارية.",
    # SaudiNewsNet record 472 (Asharq Al-Awsat, a memoir): 'قلت' is the writer's own verb
    "فاتن حمامة\nقلت: وفيها إيه، عموما إحنا متفقين على الطلاق.",
])
def test_a_label_before_a_colon_below_the_headline_is_nobody(text):
    assert _speakers_of(text, ":") == []


@pytest.mark.parametrize(("text", "speaker"), [
    # a headline's ministry speaks (SaudiNewsNet record 4114) ...
    ("الجوازات: تصحيح أوضاع 350 ألف يمني.. وبدء إنفاذ الأمر السامي بالتمديد\nنص الخبر.", "الجوازات"),
    # ... and so does a family name below it (SaudiNewsNet record 2585, a subheading)
    ("الأندية لا تعترف بالفنيين\nالحربي: يبحثون عن رضا الجمهور\nويقول لاعب نادي الهلال السابق أحمد الحربي.",
     "الحربي"),
])
def test_somebody_before_a_colon_speaks(text, speaker):
    assert _speakers_of(text, ":") == [speaker]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # SaudiNewsNet record 5101 (Asharq Al-Awsat): إن of the channel's quoted name opened the quote, and the name
    # itself was read as a quotation
    ("وصرح وزير الخارجية الأميركي، جون كيري، لشبكة «إم إس إن بي سي»، أنه بحث مسألة الصحافي يوميًا خلال "
     "المفاوضات.", "وزير الخارجية الأميركي، جون كيري", "بحث مسألة الصحافي يوميًا خلال المفاوضات"),
    # SaudiNewsNet record 97: the speaker was 'قناة «سي' and the quote began with إن»
    ("وقد كشفت قناة «سي إن إن»، أن الرئيس أوباما قابل الخميس الماضي أعضاء الكونغرس.", "قناة «سي إن إن»",
     "الرئيس أوباما قابل الخميس الماضي أعضاء الكونغرس"),
])
def test_an_outlets_quoted_name_is_read_whole(text, speaker, content):
    assert [(q.speaker, q.text) for q in find_quotes(text)] == [(speaker, content)]


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet 2015-07-25 (Al Watan): the young men are spoken to; nobody after the verb speaks
    ("الإبداع يتصدر ملتقى شباب الباحة\nفعندما وقع أمير منطقة الباحة الأمير مشاري بن سعود على لوحة عضويته بمجلس "
     "شباب المنطقة قال للشباب \"هناك العديد من الطموحات والتطلعات ننتظر تحقيقها من أبنائنا الشباب في هذه "
     "المنطقة\".", None),
    # SaudiNewsNet record 2904 (Al Madina): the advice to young men, after a colon, is still read
    ("الزواج\nوأرسل نصيحة للأسر بعد المبالغة في المهور وقال للشباب: الاختيار الصحيح من البداية هو أهم ما في الزواج "
     "فالزوجة الصالحة هي من تساعدك في تحقيق أحلامك وطموحاتك", None),
])
def test_whom_the_words_are_spoken_to_is_no_speaker(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet 2015-07-25 (Al Watan): the mufti speaks to teachers
    ("المفتي للمعلمين: ربوا شبابنا بعيدا عن الغلو والتطرف\nأوصى سماحة المفتي العام للمملكة المعلمين.", "المفتي"),
    # SaudiNewsNet record 5961 (Al Riyadh)
    ("وزير الدفاع الأمريكي للسعوديين: تهديد إيران هم مشترك\n أكد وزير الدفاع الأمريكي آش كارتر أن قدرة إيران "
     "على العدوان محدودة.", "وزير الدفاع الأمريكي"),
    # SaudiNewsNet record 634: ل of a body's name is no addressee
    ("مركز الملك سلمان للإغاثة: وصول الدفعة الثالثة من المعونات الإغاثية الطبية لليمن\nوصلت أمس الدفعة الثالثة.",
     "مركز الملك سلمان للإغاثة"),
])
def test_whom_a_headline_speaks_to_is_no_part_of_its_speaker(text, speaker):
    assert _speakers_of(text, ":") == [speaker]


@pytest.mark.parametrize(("text", "cited"), [
    # SaudiNewsNet 2015-07-27 (Al Weeam): the channel's name ends the attribution, not the clause after it
    ("وفي مأرب، شمال شرقي العاصمة صنعاء، هاجم الحوثيون وميليشيات صالح بحسب سكاي نيوز مواقع للمقاومة الشعبية في "
     "إيدات الراء ومنطقة الجفينة جنوبي غرب المدينة.", "بحسب سكاي نيوز"),
    # SaudiNewsNet record 5251 (Al Yaum)
    ("ووفقا لـ \"رويترز\" انخفض إنتاج الصلب في الصين أكبر منتج ومستهلك للمعدن في العالم.", "ووفقا لـ \"رويترز\""),
])
def test_an_outlet_cited_by_a_preposition_ends_at_its_name(text, cited):
    assert [a.text for a in find_attributions(text)] == [cited]


def test_a_headline_addressed_to_somebody_names_no_speaker():
    # SaudiNewsNet 2015-07-27 (Al Jazirah, a column; record 11761): 'للمتحرشين' was the speaker
    text = "للمتحرشين: المجتمع ليس غابة\nاستحوذت حادثة التحرش التي تعرضت لها فتيات على اهتمام المجتمع."
    assert [q.speaker for q in find_quotes(text)] == []


@pytest.mark.parametrize(("text", "speakers"), [
    # SaudiNewsNet 2015-08-02 (Al Watan): Fred denies, then speaks; the doctors before him do not
    ("ونفى الأطباء أن تكون مادة هيدروكلوروثيازيد متواجدة بين الأدوية التي تم إرسالها إلى تشيلي.\nمن جهته، نفى فريد "
     "(22 عاما) المحترف في نادي شاختار دونتسك الأوكراني، تناوله مادة منشطة في كوبا أميركا، وقال: \"لم أتناول أي "
     "مادة محظورة. أنا مقتنع ببراءتي\".", ["الأطباء", "فريد"]),
    # SaudiNewsNet record 3013 (a captain's full name with عبد)
    ("أكد حسين عبد الغني قائد فريق النصر صعوبة التمارين التي تأتي بعد فترة طويلة من الانقطاع، وقال: «بدأنا "
     "التمارين بشكل أقل قوة ولم تكن مجهدة».", ["حسين عبد الغني"]),
    # SaudiNewsNet record 1: a rare family name ends the name
    ("من جهة أخرى، أعلن بدر محمد باسملة وزير النقل اليمني عن إعداد خطة طوارئ للمدينة، مؤكدا أن أولوية الحكومة "
     "تشغيل الموانئ وتحسين الخدمات.", ["بدر محمد باسملة"]),
    # a given name alone before a noun is the object: safety, not Salama
    ("قال الوزير إن العمل مستمر. وأكد سلامة الإجراءات المتبعة في المطار، وقال: «لا خوف على المسافرين».",
     ["الوزير", "الوزير"]),
])
def test_a_named_subject_with_no_complementizer_speaks_next(text, speakers):
    assert [q.speaker for q in find_quotes(text)] == speakers


def test_a_quotation_left_open_by_the_page_is_the_cues_words():
    # SaudiNewsNet 2015-08-02 (Al Eqtisadiya, Reuters copy): the closing mark is lost at the paragraph's end; بأن
    # inside the quotation made 'بعثت برسالة' the speaker
    text = ("وقال زنغنه \"بدأنا التسويق بالفعل وفي غضون يوم من رفع العقوبات سنرفع الإنتاج.\"\n"
            "وتابع \"بعثت برسالة إلى أوبك بأن العقوبات سترفع وأننا سنعود (إلى مستويات الانتاج السابقة).\n"
            "\"لن نطلب إذنا من أحد لاستعادة حقوقنا.\"")
    found = [(q.speaker, q.text) for q in find_quotes(text) if q.cue == "وتابع"]
    assert found == [("زنغنه", "بعثت برسالة إلى أوبك بأن العقوبات سترفع وأننا سنعود (إلى مستويات الانتاج السابقة)")]


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet record 6048 (a verb opens the sentence: the player expressed his joy, then said)
    ("من جانبه أبدى اللاعب مدالله العليان سعادته الغامرة بالتجديد للتعاون وقال \"لم أتخيل نفسي خارج أسوار هذا "
     "النادي\".", None),
    # SaudiNewsNet record 6459: the one who gave the speech the words are in (no speaker before session 26)
    ("وفي الحفل ألقى وزير الزراعة كلمة قال فيها إن مما أنعم الله تعالى على هذه البلاد ما تحقق لها من أمن.",
     "وزير الزراعة"),
    # SaudiNewsNet record 3358: a list's number before a foreign name and its role
    ("3) ديفيد ميليبند وزير الخارجية البريطاني الأسبق قال: (سعود الفيصل يستطيع أن يحصل على ما يريده بخطاب واحد).",
     "ديفيد ميليبند وزير الخارجية البريطاني الأسبق"),
])
def test_a_name_and_role_before_the_cue_opens_with_a_name(text, speaker):
    assert [q.speaker for q in find_quotes(text)][:1] == [speaker]


@pytest.mark.parametrize("text", [
    # SaudiNewsNet 2015-08-02 (Al Yaum): the grooms are listed, nobody speaks
    "«جبيل الأحساء» تزف 32 عريساً\nوأقيم الحفل في ساحة الاحتفالات الشعبية.\nوالعرسان هم: فاضل أحمد البقشي، "
    "عبدالهادي محمد الصحيح، عقيل عبدالمحسن آل سالم، فوزي الجعيدان.",
    # SaudiNewsNet record 3024: the question is asked by the writer
    "الاتفاق النووي\nوالسؤال هو: هل الوضع أفضل مع 15 عامًا من القيود، بدلا من المواجهة؟",
])
def test_a_colon_after_a_pronoun_introduces_a_list_not_a_speaker(text):
    assert _speakers_of(text, ":") == []


def test_a_time_between_a_relaying_outlet_and_its_source_is_no_part_of_the_outlet():
    # SaudiNewsNet 2015-08-02 (Al Eqtisadiya)
    text = "ونقلت وسائل إعلام محلية أمس السبت عن ماجوميد دينييف قوله إن الأمر صعب."
    assert [(a.reporter, a.source) for a in find_attributions(text)] == [("وسائل إعلام محلية", "ماجوميد دينييف")]


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet 2015-08-02 (3alyoum): the circular is where he said it, not part of who he is
    ("وقال المزروع في تعميم للجامعات: إشارة لتوصيات محضر الاجتماع الخامس عشر للجنة الوطنية.", "المزروع"),
    # SaudiNewsNet record 3278
    ("وكتب سواريز في حسابه على انستغرام: \"لا يوجد أصعب من وداع المكان الذي تحبه\".", "سواريز"),
    # SaudiNewsNet record 236: the book's quoted title and a comma before the words
    ("وحول ما يؤلم السجناء، كتب منتصر الزيات في كتاب «أيمن الظواهري.. كما عرفته»، شارحًا: «... وفي اعتقادي أن "
     "أهم ما كان يؤلم الظواهري أنه أجبر تحت وطأة التعذيب».", "منتصر الزيات"),
    # SaudiNewsNet record 37: a statement, a time, then إن
    ("قالت وزارة الداخلية التركية في بيان، اليوم (الاثنين)، ان انفجارا في بلدة سروج أسفر عن قتلى.",
     "وزارة الداخلية التركية"),
])
def test_where_the_words_were_written_is_no_part_of_the_speaker(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(("text", "speakers"), [
    # SaudiNewsNet 2015-08-03 (3alyoum): prices 'are considered high', nobody else speaks
    ("وعن أسعار الخدمات السياحية المقدمة أشار رئيس اللجنة السياحية بجدة إلى أن الأسعار في الصيف تعتبر مرتفعة في "
     "جميع مصايف المملكة، والسبب يعود إلى أن المستثمرين يعانون من ركود طول أيام السنة.",
     ["رئيس اللجنة السياحية بجدة"]),
    # SaudiNewsNet record 6710: the kingdom considers Russia an important partner (two objects, no speech)
    ("بدوره قال ولي ولي العهد إن بلاده تعتبر روسيا شريكا مهماً، معيدا إلى الأذهان أن الاتحاد السوفيتي كان أول "
     "دولة اعترفت بالمملكة العربية السعودية في عام 1926.", ["ولي ولي العهد"]),
    # SaudiNewsNet record 362: a cause 'is considered the commonest', an elative opens the predicate
    ("يقول بروفسور أبو النور بأن حدوث خلل في الغدة النخامية يعتبر أكثر الأسباب شيوعًا لارتفاع هرمون الحليب، "
     "وهناك أيضًا بعض الأسباب التي قد تؤدي إلى ذلك.", ["بروفسور أبو النور"]),
])
def test_a_verb_of_considering_with_a_predicate_is_no_speech(text, speakers):
    assert [q.speaker for q in find_quotes(text)] == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet record 10676: one of the businesswomen speaks
    ("واعتبرت إحدى سيدات الأعمال أنّ المرأة هنا أصبحت منجم ذهب للوكيل.", "إحدى سيدات الأعمال"),
    # SaudiNewsNet record 2203: an adverb (سابقًا) in the speaker's role is no object
    ("واعتبر مدير عام التخطيط العمراني في أمانة المنطقة الشرقية سابقًا المهندس شاكر نوح، ان هذه الضربة من "
     "الضربات الاستباقية القوية لأجهزة الأمن.",
     "مدير عام التخطيط العمراني في أمانة المنطقة الشرقية سابقًا المهندس شاكر نوح"),
])
def test_a_verb_of_considering_with_a_speaker_stays_speech(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet 2015-08-03 (Asharq Al-Awsat): the hour is when, not part of who
    ("قال الجيش النيجيري في ساعة متأخرة من مساء يوم (الاحد)، إنّه أنقذ 178 شخصًا كانت جماعة «بوكو حرام» المتطرفة، "
     "تحتجزهم في ولاية بورنو.", "الجيش النيجيري"),
    # SaudiNewsNet record 4617: 'في آخر إحصاءاتها' is where the figures were given
    ("أوضحت المديرية العامة للجوازات في اخر إحصاءاتها الرسمية أن عدد المصحح وضعهم من اليمنيين بلغ 439 ألفا.",
     "المديرية العامة للجوازات"),
    # SaudiNewsNet record 5163: a public figure's name (كارتر) may have a long phrase of where after it
    ("وبعد ان تحدث الى قادة أمريكيين ومسؤولين عراقيين قال كارتر في أول زيارة للعراق منذ أصبح وزيرا للدفاع في "
     "فبراير شباط إنه يهدف الى إجراء تقييم ميداني لمجريات الأمور.", "كارتر"),
])
def test_a_phrase_of_when_or_where_after_the_speaker_is_no_part_of_it(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def _speaker_of(text: str, cue: str) -> str | None:
    return next(q.speaker for q in find_quotes(text) if q.cue == cue)


def _speakers_of(text: str, cue: str) -> list[str | None]:
    """The speakers of every quote of ``cue`` in ``text``, in order."""
    return [q.speaker for q in find_quotes(text) if q.cue == cue]


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # SaudiNewsNet record 19101: a subject before its verb ('كان ... صرح') is who the next sentence's وقال goes on with
    ("وكان رئيس الوزراء اليوناني أليكسيس تسيبراس صرح في البرلمان بأنه طلب من وزير المالية السابق في حكومته يانيس "
     "فاروفاكيس وضع «خطة دفاعية» في حال اضطرت اليونان للخروج من منطقة اليورو تحت ضغط دائنيها الأكثر تشددا وبينهم "
     "ألمانيا. وقال «لم تكن لدى الحكومة خطة لخروج اليونان من اليورو لكنني طلبت من وزارة المالية وضع خطة طوارئ»",
     "وقال", "رئيس الوزراء اليوناني أليكسيس تسيبراس"),
    # record 9708: a body that said something, then 'وأضاف'
    ("وكان جيش الفتح قال في بيان نشره على الإنترنت: إن استهداف المواقع العسكرية للنظام السوري والمليشيات التابعة له "
     "في بلدتي كفريا والفوعة، هو رد مشروع على سياسة الإبادة التي يتبعها النظام ومن معه.\nوأضاف، أن مصير قوات النظام "
     "ومليشياته في البلدتين وكل النقاط التي تصل إليها، مرتبط بمصير المدنيين في الزبداني.", "وأضاف", "جيش الفتح"),
])
def test_a_subject_before_its_verb_is_carried_to_the_next_cue(text, cue, speaker):
    assert _speaker_of(text, cue) == speaker


def test_a_subject_inside_reported_words_or_of_a_plural_verb_is_not_carried():
    # record 13870: 'وأضاف أن تقرير الطب الشرعي أكد ...، لافتاً' -- still the major general adding, not the report
    text = ("وأوضح اللواء خليل المنصوري مساعد القائد العام لشرطة دبي لشؤون البحث الجنائي بأن المتهمة تعمل خادمة لدى "
            "أسرة من جنسية دولة عربية.\nوأضاف أن تقرير الطب الشرعي أكد تعرض الرضيع للخنق ثم الضرب بآلة صلبة أحدثت "
            "كسوراً في رأسه وأجزاء من جسده، لافتاً إلى أن فرق البحث والتحري واجهت تحديات صعبة في ظل حداثة سن الرضيع.")
    assert _speaker_of(text, "لافتاً") == "اللواء خليل المنصوري مساعد القائد العام لشرطة دبي لشؤون البحث الجنائي"
    # record 16479: 'مسؤولون في واشنطن قد صرحوا' is no antecedent of Kerry's 'وقال' after it
    text = ("وأضاف كيري: «هذا الأمر من بين أسباب تفاوضنا مع تركيا في الأسابيع القليلة الماضية».\nوقصفت طائرات حربية "
            "تركية أهدافا لـ«داعش» في سوريا للمرة الأولى يوم أول من أمس الجمعة، وكان مسؤولون في واشنطن قد صرحوا بأن "
            "تركيا وافقت على السماح لطائرات أميركية بشن ضربات جوية من قاعدة قرب الحدود السورية.\nوعبر كيري عن أمله في "
            "استكمال مناقشات سابقة بينه وبين لافروف بشأن سوريا. وقال: «نريد دمج السعوديين ودمج الأتراك وفي نهاية "
            "المطاف ربما سنرى ما يمكن أن يقوم به الإيرانيون».")
    assert _speaker_of(text, "وقال") == "كيري"


@pytest.mark.parametrize("text", [
    # SaudiNewsNet record 5260: 'this does not negate that' -- a thing, nobody denying
    "وعموما فإن تنامي الطلب العالمي على النفط في آسيا في ارتفاع ويمكن أن يستوعب أغلب الزيادات من منطقة الخليج "
    "العربي، وهذا لا ينفي أن السوق النفطية أمام تحدي المحافظة على حصص السوق.",
    # record 14499: 'but this does not negate the fact that' ('حقيقة' was the speaker)
    "وتضم الكويت أقلية شيعية تعيش بسلام مع الأغلبية السنية لكن هذا لا ينفي حقيقة أن الجغرافيا تضع الكويت في قلب "
    "الصراع الطائفي المحتدم في المنطقة حيث لا تبعد عنها إيران سوى كيلو مترات قليلة.",
])
def test_a_thing_that_does_not_negate_is_no_speaker(text):
    assert not [q for q in find_quotes(text) if q.cue == "ينفي"]


def test_the_noun_denial_is_no_cue():
    # SaudiNewsNet record 19016: 'رفض المهنا إثبات أو نفي صحة ما تم تداوله حول أنه ...' -- the noun (written with ي),
    # not the verb نفى; 'صحة' was the speaker of it and of the وأضاف after it
    text = ("ومن جانب آخر، رفض المهنا إثبات أو نفي صحة ما تم تداوله حول أنه لن يكون له أي دور في التكليفات الخاصة "
            "بالحكام السعوديين، واكتفى بالرد على ذلك بأن للجنة الحكام مهامًا خاصة ولدائرة التحكيم مهام خاصة أيضًا، "
            "وأضاف: نحن في لجنة الحكام سنكون داعمين بقوة لدائرة التحكيم.")
    found = find_quotes(text)
    assert "نفي" not in [q.cue for q in found]
    assert "صحة" not in [q.speaker for q in found]
    # the verb stays a cue: 'ونفى المهنا أن يكون ...'
    assert [q.speaker for q in find_quotes("ونفى المهنا أن يكون للجنة أي دور في التكليفات الخاصة بالحكام.")] == ["المهنا"]


@pytest.mark.parametrize("text, cue, ends, participle", [
    # SaudiNewsNet record 10781: 'مشيرا الى انه' opens the president's next words; they were part of what he 'confirmed'
    ("وأكد السبسي على موجات اذاعة موزاييك اف ام انه بصحة جيدة وبخير مشيرا الى انه يتواجد في مكتبه يوميا منذ الثامنة "
     "صباحا الى حدود الواحدة بعد الزوال وأن برنامج عمله ثري ومتنوع ومتواصل.", "وأكد", "بصحة جيدة وبخير", "مشيرا"),
    # record 14499
    ("ونفى أن تكون الخلية الجديدة خططت لتنفيذ عمليات في أي من الكويت أو دول الخليج العربية مبينًا أن أنشطة عناصرها "
     "تركزت في سوريا والعراق.", "ونفى", "أو دول الخليج العربية", "مبينًا"),
    # SaudiNewsNet 2015-08-06 (Al Riyadh): 'قائلا "..."' -- the quotation was his twice, under رأى and under قائلا
    ('لكن المعيبد رأى أنه غير معني بالنفي أو الإثبات قائلا "نحن في مرحلة حساسة من المفاوضات ولا نملك التعليق لأن '
     'الأمر ليس بيد الاتحاد السعودي لكرة القدم الان."، وأضاف "لقد وضعنا الكثير من الخطط البديلة فيما لو تعثرت '
     'المفاوضات."', "رأى", "غير معني بالنفي أو الإثبات", "قائلا"),
])
def test_a_participle_that_opens_words_ends_the_words_before_it(text, cue, ends, participle):
    found = find_quotes(text)
    before = [q for q in found if q.cue == cue]
    assert len(before) == 1 and before[0].text.endswith(ends), [(q.cue, q.text) for q in found]
    assert [q for q in found if q.cue == participle]  # the participle's own words are still read
    assert len({q.text for q in found}) == len(found)  # no words twice, under two cues


def test_a_participle_read_as_a_noun_or_adjective_ends_nothing():
    # record 16425: 'طوقًا أمنيًا مشددًا لتأمين' -- an adjective, not 'stressing'; the words run on past it
    text = ("وقال المتحدث الرسمي للقوات المسلحة المصرية، العميد محمد سمير، إن القوات المسلحة عززت من إجراءاتها بمنطقة "
            "شرق قناة السويس، في حين فرضت قوات الجيش الثاني الميداني طوقًا أمنيًا مشددًا لتأمين محيط القناة الجديدة.")
    (quote,) = [q for q in find_quotes(text) if q.cue == "وقال"]
    assert quote.text.endswith("لتأمين محيط القناة الجديدة")


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # SaudiNewsNet record 13772: 'praised the pivotal role' -- the ب object is no part of who speaks next
    ("نوه رئيس هيئة الأركان العامة في اليمن اللواء محمد المقدشي بالدور المحوري الذي أسهمت به دول التحالف العربي "
     "بقيادة المملكة، في إعادة الأمل للشعب اليمني، مؤكدا أن عاصفة الحزم قلبت الموازين.", "مؤكدا",
     "رئيس هيئة الأركان العامة في اليمن اللواء محمد المقدشي"),
    # record 15787: the same with the name alone after the rank
    ("ونوه اللواء المقدشي بالدور المحوري الذي أسهمت به دول التحالف العربي، مشيراً إلى أن عاصفة الحزم قلبت "
     "الموازين.", "مشيراً", "اللواء المقدشي"),
])
def test_an_object_with_bi_after_a_name_ends_the_speaker(text, cue, speaker):
    assert _speaker_of(text, cue) == speaker


def test_a_place_with_bi_before_a_title_and_name_stays_in_the_speaker():
    # SaudiNewsNet record 5869: 'in Al-Ahsa' is where the university is; the president's name follows it
    text = ("وأكد مدير جامعة الملك فيصل بالأحساء الدكتور عبدالعزيز الساعاتي أن الجامعة ماضية في خططها، مؤكدا أن "
            "القبول سيكون وفق المعايير.")
    assert _speaker_of(text, "وأكد") == "مدير جامعة الملك فيصل بالأحساء الدكتور عبدالعزيز الساعاتي"


# SaudiNewsNet 2015-08-08 (aleqtisadiya, the death of the broadcaster Saud Al-Dosari): condolences quoted from tweets
_DOSARI = ("وقال الأمير عبدالرحمن بن مساعد على حسابه \"رحم الله سعود الدوسري وغفر له وأسكنه فسيح جناته إنا لله وإنا "
           "إليه راجعون\" ، وأيضا أكد الشاعر المعروف ياسر التويجري خبر الوفاة قائلا في تغريدته \"لله ما أخذ وله ما "
           "أعطى ، رحم الله الأخ سعود الدوسري رحمة واسعة\".\nوقال الإعلامي تركي الدخيل عن المرحوم انه كان فاضلا خلوقا "
           "محبوبا من الجميع. من جهتة اكتفى نجم الكرة السعودية ياسر القحطاني بالدعاء له قائلا بتغريدته \"إن لله وإنا "
           "إليه راجعون.. اللهم اغفر لعبدك سعود الدوسري ونقه من الذنوب والخطايا\"، كما أكد خبر الوفاة عدد من "
           "الشخصيات المعروفة.")


def test_a_comma_after_a_quotation_ends_the_words_quoted():
    # '"..." ، وأيضا أكد': the prince's words are the quotation, not the poet's sentence after it
    said = {(q.cue, q.text, q.speaker) for q in find_quotes(_DOSARI)}
    assert ("وقال", "رحم الله سعود الدوسري وغفر له وأسكنه فسيح جناته إنا لله وإنا إليه راجعون",
            "الأمير عبدالرحمن بن مساعد") in said
    assert not [q for q in find_quotes(_DOSARI) if "أكد الشاعر" in q.text or "كما أكد" in q.text]


@pytest.mark.parametrize(("cue", "words", "speaker"), [
    # a poet is a speaker's role; his name after it is no object of أكد ('خبر الوفاة' is)
    ("قائلا", "لله ما أخذ", "الشاعر المعروف ياسر التويجري"),
    # 'من جهته' before a stance verb opening the sentence: its subject is whom the participle continues
    ("قائلا", "إن لله وإنا إليه راجعون", "نجم الكرة السعودية ياسر القحطاني"),
])
def test_the_subject_of_the_verb_before_a_participle_speaks(cue, words, speaker):
    (quote,) = [q for q in find_quotes(_DOSARI) if q.cue == cue and q.text.startswith(words)]
    assert quote.speaker == speaker


def test_a_second_clause_after_a_quotation_goes_on():
    # SaudiNewsNet record 145: '«...»، وإن موغيريني ناقشتها' -- the diplomats' words go on after the comma
    text = ("ولم يفصح الدبلوماسيون بالاتحاد الأوروبي عن اسم الجماعة التي ستفرض عليها عقوبات، لكنهم قالوا إن «الخطط "
            "التي تشمل تجميد أرصدة وحظر سفر أفراد بلغت مراحل متقدمة»، وإن مسؤولة السياسة الخارجية بالاتحاد الأوروبي "
            "فيديريكا موغيريني ناقشتها مع وزراء خارجية الاتحاد في بروكسل.")
    assert any(q.cue == "قالوا" and q.text.endswith("في بروكسل") for q in find_quotes(text))


@pytest.mark.parametrize(("text", "speaker", "words"), [
    # SaudiNewsNet record 12496: '، كما أفادت' -- كما 'also', not 'as': the sources speak
    ("وفي محافظة الضالع (شمال)، أعلن المتحدث باسم القوات الموالية ناصر الشعيبي مقتل أربعة متمردين في كمين وأسر 119 "
     "آخرين.\nكما أفادت مصادر في المقاومة الشعبية أن قوات من الجيش الوطني الموالي للشرعية تواصل تقدّمها نحو قاعدة "
     "العند.", "مصادر في المقاومة الشعبية", "قوات من الجيش الوطني"),
    # record 5136: '، بينما تؤكد دلال حنينة' ends the words of the bride before her
    ("وتقول نانسي بيرم، وهي موظفة في مصرف، ببعض التفكه، إن اختيارها لفستان عرسها كان أصعب من اختيارها لشريك حياتها، "
     "بينما تؤكد دلال حنينة، وهي عروس تحضّر لزفافها وتعمل في مجال تصوير الإعلانات، إن ما يهمّها هو أن تفاجئ عريسها "
     "يوم الزفاف بإطلالة بهيّة تبهره.", "نانسي بيرم", "اختيارها لفستان"),
])
def test_the_words_opening_the_next_cue_end_the_content(text, speaker, words):
    (quote,) = [q for q in find_quotes(text) if q.text.startswith(words)]
    assert quote.speaker == speaker
    assert not re.search("كما|بينما", quote.text)  # the next clause is somebody else's


def test_kama_as_reports_nothing():
    # SaudiNewsNet record 17811: 'كما أوضح أيضا وصفه البنائي إذ إنه' -- 'as its description showed', إن is إذ's
    text = ("فقد تأثرت العمارة المبكرة بالمجمع اليهودي، وهو المركز المحلي لحياة اليهود الدينية والاجتماعية، كما أوضح "
            "أيضا وصفه البنائي إذ إنه يشبه إلى حد ما خيمة الاجتماع والهيكل.")
    assert find_quotes(text) == []


def test_a_preposition_with_a_pronoun_is_no_subject():
    # SaudiNewsNet record 19402: 'حيث رحب بهم في جدة، وأكد أنهم' -- 'welcomed them in Jeddah' names nobody
    text = ("كرم مساعد المدير العام للتعليم بجدة للخدمات المساندة عبد العزيز الرفاعي، «سفراء الحزم» من أبناء جنودنا "
            "البواسل في المنطقة الجنوبية، وذلك في ختام جولتهم في تعليم جدة. \nحيث رحب بهم في جدة، وأكد أنهم يمثلون "
            "أبناء الوطن المخلصين.")
    assert all("بهم" not in (q.speaker or "") for q in find_quotes(text))


def test_a_quotation_after_a_speech_cue_in_it_takes_the_cue_before_it():
    # SaudiNewsNet record 51: 'تعلن' inside «القوات المسلحة تعلن ...» is a quoted word, no cue for what follows
    text = ("أصدر المتحدث الرسمي باسم الجيش بيانا جديدا أكد فيه أن عدد ضحايا القوات هو «سبعة» فقط، مشددا على أن "
            "«القوات المسلحة تعلن الأرقام الحقيقية لأبطالها البواسل من الشهداء والمصابين، دون أدنى مواربة»، وذلك ردا "
            "على «استمرار الادعاءات الكاذبة التي دأبت عليها المواقع الإعلامية الخاصة بالكيانات الإرهابية».")
    assert {q.cue for q in find_quotes(text)} <= {"أكد", "مشددا"}


def test_a_place_in_alif_after_m_is_no_participle_of_manner():
    # SaudiNewsNet 2015-08-08 (Al Riyadh): 'مولدوفا' read as an accusative participle ('مبتسما') cut the speaker to
    # 'رئيس وزراء'; the participle of manner still ends a speaker ('قال نابيلي مبتسمًا:')
    text = ("قال رئيس وزراء مولدوفا الجديد فاليريو ستريليت إن بلاده تكثف جهودها لتعقب ملايين الدولارات اختفت من نظامها "
            "المصرفي.")
    assert _speaker_of(text, "قال") == "رئيس وزراء مولدوفا الجديد فاليريو ستريليت"
    assert _speaker_of("وعن ذلك، قال نابيلي مبتسمًا: «السياسيون يحجون إلى مكاتبنا».", "قال") == "نابيلي"


def test_a_question_word_is_no_speaker():
    # SaudiNewsNet 2015-08-08 (Okaz): 'فقالوا وما العيب أن ...' -- the words asked, said by those named before
    text = ("أما كبار العقول فقالوا وما العيب أن يرأس الأهلي وحداوي، وأنا أزيد على ذلك وأقول أهلا بمساعد الزويهري "
            "رئيسا للأهلي.")
    assert _speaker_of(text, "فقالوا") == "كبار العقول"


def test_a_verb_after_a_comma_ends_words_said_in_a_clause_of_while():
    # SaudiNewsNet 2015-08-08 (Al Watan): 'وفيما قال مسؤول ... إنه ...، اتهم إمام وخطيب جمعة' -- the preacher's
    # accusation is the sentence's main clause, not the official's words
    text = ("وفيما قال مسؤول رفيع في مجلس الشورى إنه لا يمكن إعفاء الإيرانيين من المسؤولية فيما يجري من أحداث إرهابية "
            "داخل السعودية، اتهم إمام وخطيب جمعة في الرياض، نظام الملالي الإيراني بمسؤوليته خلف الأحداث الجارية.")
    (quote,) = find_quotes(text)
    assert quote.text.endswith("داخل السعودية")


def test_a_cue_after_the_relative_man_or_albaad_has_no_speaker():
    # SaudiNewsNet 2015-08-09 (Al Eqtisadiya): 'هناك من يرى العكس تماما' -- من is the subject, 'العكس تماما' the object
    # of يرى; the old reading made 'العكس تماما' a speaker and the antecedent of the cues after it
    text = ("وفي المقابل، هناك من يرى العكس تماما، معتقدا أن الأطراف الأجنبية الخارجية قد لا تتآمر، ولكنها تستغل "
            "الفرص السانحة لتحقيق مصالحها. فعلى سبيل المثال، بعضهم يرى أن إسرائيل لها دور في تأسيس \"داعش\"، وأن "
            "البغدادي يهودي الأصل، وهناك من يرى أنها صناعة إيرانية.")
    quotes = find_quotes(text)
    assert all(q.speaker is None for q in quotes)
    assert [q.text for q in quotes] == [
        "إسرائيل لها دور في تأسيس \"داعش\"، وأن البغدادي يهودي الأصل", "صناعة إيرانية"]
    # SaudiNewsNet record 2846 (Sabq): the American speaking reports what some Americans think; they are not him
    text = ("قال \"أبو متعب \" الأمريكي الشخصية الأشهر على موقع اليوتيوب إنه أحب اللهجة السعودية. وأوضح أن هناك من "
            "الأمريكان من يرى أن السعوديين يشبهون الهنود ولا يعرفون الفرق بينهم.")
    assert _speaker_of(text, "يرى") is None
    # a comma before البعض/بعضهم, or a cue with و, goes on with the speaker (record 4064, Okaz)
    text = ("وأضاف السديس أنه يتم تنبيه المعتكفين في حال وجود مخالفات من قبل بعضهم، وأضاف أنه قد تم تخصيص أماكن "
            "وقوف مخصصة للسيارات.")
    assert [q.speaker for q in find_quotes(text)] == ["السديس", "السديس"]


def test_an_after_a_word_of_time_opens_no_words_said():
    # SaudiNewsNet 2015-08-09 (Asharq Al-Awsat): 'أعلن ... ترشحه ...، بعد أن تلقى دعم' -- when, not what he announced;
    # the old reading quoted 'تلقى دعم ...' for a speaker running on into the object 'ترشحه لرئاسة ...'
    text = ("أعلن رئيس نادي الشباب المكلف عبد الله القريني ترشحه لرئاسة مجلس الإدارة في الدورة المقبلة، بعد أن تلقى "
            "دعم ومباركة الرئيس الفخري الأمير خالد بن سلطان بن عبد العزيز. وقال: «الشباب خلال مسيرة مجالس الإدارات "
            "المختلفة يسير وفق استراتيجية ثابتة».")
    (quote,) = find_quotes(text)
    assert (quote.speaker, quote.cue) == ("رئيس نادي الشباب المكلف عبد الله القريني", "وقال")
    # SaudiNewsNet record 5866 (Sabq): the words said come after the clause of time and its comma
    text = ("من جهته، وفي اتصال هاتفي أكد المتحدث الرسمي للهيئة الوطنية لحماية النزاهة ومكافحة الفساد \"نزاهة\" "
            "عبدالرحمن العجلان، بعد أن أبلغته الصحيفة بالتفاصيل المذكورة، أن هذا الأمر غير مقبول.")
    (quote,) = find_quotes(text)
    assert quote.text == "هذا الأمر غير مقبول"
    # record 17230 (Al Madina): or in quotation marks after it
    text = ("وقالت نجمة الكانتري دولي بارتون بعد أن علمت بوفاة أندرسون “لين تفتحت في حديقة زهور الرب الآن.. سنفتقدها "
            "وسنتذكرها بكل الحب.”")
    (quote,) = find_quotes(text)
    assert (quote.speaker, quote.direct) == ("نجمة الكانتري دولي بارتون", True)
    assert quote.text.startswith("لين تفتحت")
    # 'من قبل أن' is 'before' then the words (record 3556; passes on the old code too)
    text = "وكان نتانياهو قد اعتبر من قبل أن الاتفاق يهدد أمن إسرائيل."
    assert [q.text for q in find_quotes(text)] == ["الاتفاق يهدد أمن إسرائيل"]


def test_a_foreign_name_in_alif_after_m_before_a_known_name_is_no_participle():
    # SaudiNewsNet 2015-08-09 (Al Weeam, a Reuters report): 'مونيكا' read as an accusative participle of manner
    # ('مبتسما') ended the mention before it began, and the economist's words had no speaker
    text = ("وقالت مونيكا مالك كبيرة الاقتصاديين في بنك أبوظبي التجاري “لا توجد أزمة على المدى القصير – ماالت لدى "
            "السعودية قدرة كبيرة على تغطية عجز الميزانية.”")
    assert _speaker_of(text, "وقالت") == "مونيكا مالك كبيرة الاقتصاديين في بنك أبوظبي التجاري"


def test_a_mention_cut_at_its_longest_ends_before_a_preposition():
    # the same report: the mention reaches its longest (16 words) at 'في' of 'في جامعة هارفارد'
    text = ("وقال خالد السويلم المسؤول السابق في مؤسسة النقد العربي السعودي والزميل حاليا بمركز بلفر بمعهد كنيدي في "
            "جامعة هارفارد “من المستبعد أن تفي إيرادات النفط وحدها بمستوى الإنفاق المطلوب في المستقبل.”")
    assert _speaker_of(text, "وقال").endswith("بمعهد كنيدي")


def test_a_name_after_its_title_runs_past_the_longest_mention():
    # SaudiNewsNet 2015-08-09 (Okaz): the 16-word mention ended at 'الدكتور عبدالمعين', the family name left out
    text = ("وأوضح لـ«عكاظ» المشرف على الحملة أستاذ مشارك واستشاري طب الأطفال والغدد الصماء والسكري بجامعة الملك "
            "عبدالعزيز الدكتور عبدالمعين عيد الآغا، أن الحملة نفذت بمشاركة 1500 من طلاب وطالبات الطب.")
    assert _speaker_of(text, "وأوضح").endswith("الدكتور عبدالمعين عيد الآغا")
    # record 9759 (Al Madina): ... and through بن and آل, but not into the object after على
    text = ("أكد سماحة مفتي عام المملكة رئيس هيئة كبار العلماء وإدارة البحوث العلمية والإفتاء الشيخ عبدالعزيز بن "
            "عبدالله آل الشيخ على المعلمين والمعلمات أن يربوا شبابنا وبناتنا تربية إسلامية صحيحة.")
    assert _speaker_of(text, "أكد").endswith("الشيخ عبدالعزيز بن عبدالله آل الشيخ")


def test_ali_written_with_alif_maqsura_between_names_is_the_name():
    # SaudiNewsNet 2015-08-09 (Al Weeam): 'محمد على المقدشي' -- the name علي, not the preposition; the speaker was
    # cut to 'اللواء الركن محمد'
    text = ("وقال اللواء الركن محمد على المقدشي، خلال زيارة هي الأولى له لمعسكر (رويك) شرق محافظة مأرب، إن “الحرب "
            "الدائرة في اليمن عربية فارسية بامتياز”.")
    assert _speaker_of(text, "وقال") == "اللواء الركن محمد على المقدشي"


def test_a_noun_governing_an_opens_the_words_said():
    # SaudiNewsNet record 12100 (Al Madina): 'أكد شكري ضرورة أن' -- the need is what he stressed, not part of him
    text = ("وفيما يخص الاتفاق النووي مع ايران، أكد شكري ضرورة أن يؤدي أي اتفاق إلى إخلاء منطقة الشرق الأوسط من السلاح "
            "النووي.")
    (quote,) = find_quotes(text)
    assert (quote.speaker, quote.text) == (
        "شكري", "ضرورة أن يؤدي أي اتفاق إلى إخلاء منطقة الشرق الأوسط من السلاح النووي")
    # SaudiNewsNet 2015-08-09 (Al Eqtisadiya): with no named subject after the cue, 'ضرورة' was the speaker
    text = ("وكانت الجماهير الاتفاقية قد رحبت بإعلان الرئاسة العامة لرعاية الشباب البرنامج الزمني لانطلاق الانتخابات، "
            "حيث رأت ضرورة أن يكون هناك رئيس رسمي يقود النادي في الفترة المقبلة.")
    assert all(q.speaker != "ضرورة" for q in find_quotes(text))


def test_an_after_doona_opens_a_clause_of_manner():
    # SaudiNewsNet 2015-08-09 (Okaz): 'وحذروا، دون أن يقدموا دليلا واحدا، من' -- 'without offering', no words said;
    # the old reading quoted 'يقدموا دليلا واحدا' for the speaker 'دون'
    text = ("لا حكمة لديهم ولا منطق بقدر ما عادوا إلى تلك الاسطوانات القديمة المشروخة وحذروا، دون أن يقدموا دليلا "
            "واحدا، من (خطر ) الفساد من جراء هذه الانتخابات.")
    assert find_quotes(text) == []
    # record 7104 (Asharq Al-Awsat): the quotation after the clause is what he wrote, and دون is nobody
    text = ("وكتب دون أن يذكر إردوغان بالاسم «من المخجل أن يتصل مسؤولون أجانب بالشخص الذي يعتبر المسؤول الأول عن إرهاب "
            "تنظيم داعش في تركيا، لتقديم التعازي بعد اعتداء سوروج».")
    (quote,) = find_quotes(text)
    assert quote.speaker is None and quote.text.startswith("من المخجل")


def test_a_recording_after_fi_ends_the_speaker():
    # SaudiNewsNet 2015-08-09 (Al Watan): the speaker ran on into 'في تسجيل مصور وضع'
    text = ("وقال العبيدي في تسجيل مصور وضع على الموقع الإلكتروني للوزارة مساء أول من أمس: اغتالت غيلة وبدم بارد وبفعل "
            "لا يمكن أن يكون مرتكبوه ممن يمكن أن تطلق عليهم صفات الإنسانية أو مسمياتها أو سماتها 2070 مواطنا من أهالي "
            "نينوى.")
    assert _speaker_of(text, "وقال") == "العبيدي"


def test_a_word_with_bi_right_after_the_cue_is_no_speaker():
    # SaudiNewsNet 2015-08-09 (Al Riyadh): 'يصرح بمقولة صاحب السمو الملكي الأمير خالد الفيصل "..."' -- he quotes
    # the prince's saying; 'بمقولة ...' was the speaker. A name in ب stays: 'وقال بالمر' (record 13301, Palmer)
    text = ("الطموح لا يتوقف عند حد معين ومهندس السوق وباعث النور فيه يصرح بمقولة صاحب السمو الملكي الأمير خالد الفيصل "
            "\"إذا كنتم تنتظرون رضائي عن السوق فلن يحدث ذلك أبداً\".")
    assert all(not (q.speaker or "").startswith("بمقولة") for q in find_quotes(text))
    text = ("أما سيسيل فقد سلخ جلده وقطعت رأسه، وقال بالمر إنه دفع مبلغ 50 ألف دولار في عملية الصيد.")
    assert _speaker_of(text, "وقال") == "بالمر"


def test_a_verb_before_a_speaker_and_a_colon_is_no_part_of_the_speaker():
    # SaudiNewsNet 2015-08-09 (Asharq Al-Awsat): 'وتشرح كولوتا: «...»' -- explains, a verb the lexicon lacks; the
    # speaker was 'وتشرح كولوتا'
    text = ("والتعامل مع الأطفال الذين فقدوا أشقاء أو شقيقات أو آباء يختلف. وتشرح كولوتا: «معهم الأمر يتعلق باللعب، يجب "
            "أن نصرف انتباههم. يلعبون وعندما اللعب يحمون أنفسهم من شيء أكبر منهم».")
    assert _speaker_of(text, ":") == "كولوتا"


def test_a_given_name_and_a_rare_family_name_in_al_i_are_the_subject_of_a_cue_without_an():
    # SaudiNewsNet 2015-08-10 (Al Riyadh): 'أكد ل"الرياض" أسامة النجيفي ... دعمه' -- a cue taking an object, whose
    # subject is the one the next 'وقال:' goes on with (it had no speaker: النجيفي is in no table of names)
    text = ("من جانبه أكد ل\"الرياض\" أسامة النجيفي نائب رئيس الجمهورية العراقية دعمه وترحيبه بالقرارات التي اتخذها "
            "العبادي رئيس مجلس الوزرا، وقال: إن المعيار المهم والأساسي في هذه المرحلة الحاسمة هو الولاء للشعب.")
    assert _speaker_of(text, "وقال") == "أسامة النجيفي"
    # record 12790 (Sabq): 'ووجّه فهد المنجومي، ...، مشيراً إلى أنه' -- the journalist goes on
    text = ("ووجّه فهد المنجومي، في مستهلّ مداخلته في الحلقة، كلمة لإدارة مستشفى الملك فيصل بالششة بمكة المكرمة، "
            "مشيراً إلى أنه لم يتسبب في إعفائه، وإنما كان مجرد ناشر للخبر.")
    assert _speaker_of(text, "مشيراً") == "فهد المنجومي"


def test_a_plural_participle_goes_on_with_no_one_man():
    # record 10492 (Sabq): graduates' letter, then 'وقال نبيل العبدلي، إنه ...، مضيفين أن' -- they add, not he
    text = ("وقال نبيل العبدلي، إنه على الرغم من المطالبات منذ قرابة الخمس السنوات إلا أن كليات الصيدلة تتحجّج بحجج ليس "
            "لها أي مبرر سوى لحاملي دبلوم الصيدلة الراغبين بإكمال دراستهم، مضيفين أن العجيب في الأمر أنك تجد في نفس "
            "الجامعة كلية التمريض تطبّق البرنامج.")
    assert _speaker_of(text, "وقال") == "نبيل العبدلي"
    assert _speaker_of(text, "مضيفين") is None


def test_a_masculine_cue_does_not_go_on_with_a_woman_named_by_a_noun():
    # record 2833 (Sabq, 2015): the wife speaks, then 'رفض وقال لي' -- the husband, whom no name marks: nobody
    # named, not the wife (الزوجة is a woman as الدكتورة is)
    text = ('وتنقل الصحيفة عن الزوجة قولها: بعد الزواج أصبحنا مختلفين جداً؛ برغم أنني لم ألاحظ ذلك خلال فترة الخطوبة. '
            "وتابعت: حاولنا -خلال 12 شهراً- التحمل؛ ولكننا فشلنا في الحفاظ على زواجنا، وعندما طلبتُ الطلاق رفض وقال "
            "لي بأن كل الأزواج غير سعداء، وأننا تزوجنا ونفَذ قضاء الله.")
    assert _speaker_of(text, "وتابعت") == "الزوجة"
    assert _speaker_of(text, "وقال") is None


def test_a_plural_participle_goes_on_with_no_one_woman():
    # SaudiNewsNet 2015-08-06 (Al-Watan): an unnamed woman speaks, then the baggage staff, 'مؤكدين أن'
    text = ("وقالت سيدة عانت نفس المشكلة إن فرحتها بلقاء أسرتها بعد عام كامل كانت عارمة. وقابل منسوبو مكتب خدمات "
            "الأمتعة غضب الركاب بصدر رحب، حيث حاولوا شرح موقفهم وامتصاص غضب الركاب، مؤكدين أن الخلل ليس منهم أصلا.")
    assert _speaker_of(text, "مؤكدين") is None


def test_a_colon_after_kull_min_lists_the_speakers_and_opens_no_words():
    # SaudiNewsNet 2015-08-10 (Al Madina): 'كشف مختصون ... وهم كل من: الدكتور رجب بريسالي، ...، أن' -- the names
    # were quoted as the words said
    text = ("كشف مختصون في علم النفس والاجتماع وهم كل من: الدكتور رجب بريسالي، والدكتور علي الزهراني، والأخصائي حميد "
            "السفياني، إضافة إلى خبير أمني، أن أهداف «داعش» أصبحت واضحة للجميع.")
    (q,) = find_quotes(text)
    assert text[q.start:q.end] == "أهداف «داعش» أصبحت واضحة للجميع"
    # record 4613: thirteen signatories between the speaker and إن
    text = ("وقال الوجهاء في البيان الذي وقعه كل من: علي البغلي وموسى معرفي وعلي الموسى وعبدالمحسن مظفر ومحمد الصايغ "
            "وجاسم حبيب ومعصومة المبارك ومحمد الصايغ وإبراهيم العبدالمحسن وعبدالرزاق معرفي وعدنان الموسى ود.محمد "
            "المؤمن ومنصور حيات ـ إن \"المخلصين من أبناء الشعب الكويتي فوجئوا بالتصرفات والتصريحات الشاذة\".")
    (q,) = find_quotes(text)
    assert text[q.start:q.end].startswith("المخلصين من أبناء الشعب")


@pytest.mark.parametrize("text", [
    # SaudiNewsNet 2015-08-10 (Al Riyadh): 'نقل الأمهات واليرقات السليمة بعيدا عن مناطق الإصابة' -- moving the brood
    # stock away from the infected areas; the areas were a source the 'larvae' relayed
    "ولكن يلجأ المزارعون إلى استخدام المطهرات. نقل الأمهات واليرقات السليمة بعيدا عن مناطق الإصابة والضغوطات البيئية.",
    # record 6167: 'besides setting up'
    "يسهم البرنامج في نقل الدراية والمعرفة إلى الشباب السعودي، فضلا عن إنشاء التجمعات الصناعية المستدامة.",
    # record 8746: 'remote data transfer'
    "وتمكن الباحثان من استغلال خاصية نقل البيانات عن بعد لشركة فيات كرايسلر.",
    # record 11112: a relative clause's verb before عن
    "نقلت على الفور الى مستشفى العاصمة «مسقط»، التي تبعد عن مدينة «مسندم» نحو 400 كم تقريبا.",
    # record 123: the verb's own أن before عن
    "وكانت الوكالة نقلت حينها أن إيران لم تسارع بإبلاغ الوكالة عن موقع فوردو إلا بعد كشفه.",
])
def test_an_of_another_word_or_clause_names_no_source_of_a_relay(text):
    assert find_attributions(text) == []


@pytest.mark.parametrize(("text", "reporter", "source"), [
    # record 2707: إن of a spelled name is no complementizer
    ("ونقلت شبكة \"إن بي سي نيوز\" عن المتحدث باسم مركز مين الطبي أن الحالة مستقرة.", "إن بي سي نيوز",
     "المتحدث باسم مركز مين الطبي"),
    # record 11519: a relative clause describing the outlet
    ("نقلت وكالة الأنباء التي يسيطر عليها الحوثيون «سبأ» عن الحوثيين قولهم إن الهجوم فشل.", "سبأ", "الحوثيين"),
])
def test_a_relay_past_a_spelled_name_or_a_relative_clause_keeps_its_source(text, reporter, source):
    (a,) = find_attributions(text)
    assert (a.reporter, a.source) == (reporter, source)


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet 2015-08-10 (Asharq Al-Awsat): a name opening the sentence, its role between commas, then the cue
    ("عايد بن خليف الشمري، عضو هيئة التدريس بالمعهد العلمي، قال خلال حديث إلى «الشرق الأوسط» إن «التكفير هو الأصل "
     "قديما وحديثا»، مشيرا إلى أن الأصول الفكرية العقدية تخرج منها الظواهر.",
     "عايد بن خليف الشمري، عضو هيئة التدريس بالمعهد العلمي"),
    # record 10233 (Al Eqtisadiya): the speaker was 'عائدات السندات', named in the sentence before
    ("وقد ارتفعت عائدات السندات خلال الأسبوع. روبرت باكلاند، مختص الاستراتيجية في سيتي جروب، يشير إلى أن العائدات "
     "ستبقى مرتفعة.", "روبرت باكلاند، مختص الاستراتيجية في سيتي جروب"),
])
def test_a_name_opening_the_sentence_and_its_role_between_commas_are_the_subject_of_the_cue(text, speaker):
    assert find_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize(("text", "words"), [
    # SaudiNewsNet 2015-08-10 (Al Riyadh): إن of the channel's name was taken for the complementizer
    ("وذكرت قناة (إن.تي.في) التلفزيونية إن الشرطة التركية اعتقلت الامرأة، وأكد مكتب حاكم اسطنبول أن الهجوم نفذته "
     "إمرأتان.", "الشرطة التركية اعتقلت الامرأة"),
    # record 10178: 'هيئة الإذاعة والتلفزيون اليابانية (إن.اتش.كيه) أن'
    ("وأفادت هيئة الإذاعة والتلفزيون اليابانية (إن.اتش.كيه) أن سقوط الطائرة أدى إلى اشتعال النار في منازل وسيارات.",
     "سقوط الطائرة أدى إلى اشتعال النار في منازل وسيارات"),
    # guards: إن right after a spelled name is the complementizer (record 17850), and so is أن before دي
    ("وقال بنك إتش.إس.بي.سي إن أرباحه تخطت التوقعات في النصف الأول من العام.",
     "أرباحه تخطت التوقعات في النصف الأول من العام"),
    ("وذكر مصدر أن دي ميستورا سيلتقي قيادات المعارضة.", "دي ميستورا سيلتقي قيادات المعارضة"),
])
def test_in_of_a_spelled_name_opens_no_words(text, words):
    (q,) = [q for q in find_quotes(text) if q.cue in ("وذكرت", "وأفادت", "وقال", "وذكر")]
    assert text[q.start:q.end] == words


@pytest.mark.parametrize(("text", "speaker", "words"), [
    # SaudiNewsNet 2015-08-11 (Asharq Al-Awsat): the company's quoted name was read as what he said
    ("من جهته، قال باراغ جين ناينتيا، المدير الإداري لشركة «ماهاراشترا توريزم ديفلبمنت كوربوريشن»، التي تتولى تنظيم "
     "جولات سياحية داخل بوليوود: «بوليوود واحدة من أكبر صناعات الأفلام في العالم، ويفد الناس لرؤيتها».",
     "باراغ جين ناينتيا، المدير الإداري لشركة «ماهاراشترا توريزم ديفلبمنت كوربوريشن»",
     "بوليوود واحدة من أكبر صناعات الأفلام في العالم، ويفد الناس لرؤيتها"),
    # record 7093 (four words of the company's name, after شركة)
    ("وتقول كريستين بالمر، المتحدثة باسم شركة «إيه إيه آر بي» إن المؤسسة كانت تعمل على إنتاج جهاز للجيل القادم.",
     "كريستين بالمر، المتحدثة باسم شركة «إيه إيه آر بي»", "المؤسسة كانت تعمل على إنتاج جهاز للجيل القادم"),
])
def test_a_short_quotation_after_a_body_noun_is_its_name_in_the_speaker(text, speaker, words):
    (q,) = find_quotes(text)
    assert (q.speaker, text[q.start:q.end]) == (speaker, words)


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet 2015-08-11 (Al Watan): the speaker was 'سجون الشمالية في إعلانها'
    ("وأكدت سجون الشمالية في إعلانها أنه من تتوافر لديه تلك الشروط ويرغب العمل في إحدى الإصلاحيات عليه إحضار "
     "ملفه إلى إدارة سجون المنطقة.", "سجون الشمالية"),
    # record 5162 (Al Eqtisadiya): 'في إعلان لها اليوم على موقع "تداول"'
    ('وأوضحت الشركة في إعلان لها اليوم على موقع "تداول" أنها حققت صافي ربح خلال الربع الثاني بلغ 19.9 مليون ريال.',
     "الشركة"),
])
def test_an_announcement_after_fi_ends_the_speaker(text, speaker):
    assert find_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize(("text", "speaker", "reporter"), [
    # SaudiNewsNet 2015-08-11 (3alyoum, from Reuters): the speaker was 'سكان القرية “رويترز”'
    ("وأبلغ سكان القرية “رويترز” أن أسرة مرموقة تجبر منذ سنوات أطفالا على ممارسة الفاحشة.", "سكان القرية", "رويترز"),
    # record 5159: a known outlet, unquoted, after the speaker
    ("وفي مايو أيار أبلغ مسؤولون حكوميون وزراعيون رويترز أنهم يتوقعون أن يبلغ إنتاج القمح السوري نحو ثلاثة ملايين طن.",
     "مسؤولون حكوميون وزراعيون", "رويترز"),
    # record 11517: the outlet told right after the verb, the speaker after it
    ("وأبلغ «الشرق الأوسط» عبد العزيز العكبري رئيس لجنة الخدمات في المجلس الأهلي الحضرمي، أن الحركة الملاحية في "
     "الميناء تسير بصورة طبيعية.", "عبد العزيز العكبري رئيس لجنة الخدمات في المجلس الأهلي الحضرمي", "الشرق الأوسط"),
    # guard, record 6418: the outlet after في is where the speakers work; the one after them is whom they told
    ("وأبلغ محررون في فايننشال تايمز رويترز بأن هناك بعض التخوف نظرا لقلة ما يعرفونه عن مالكهم الجديد.",
     "محررون في فايننشال تايمز", "رويترز"),
])
def test_the_outlet_a_telling_verb_names_is_whom_the_speaker_told(text, speaker, reporter):
    (q,) = find_quotes(text)
    assert q.speaker == speaker
    assert [(a.reporter, a.source) for a in find_attributions(text)] == [(reporter, speaker)]


def test_a_common_word_outlet_unquoted_is_no_one_told():
    # record 3103 (conveying greetings, no speech): 'العربية' of the country's name is no outlet
    text = ("أبلغ التهاني وأطيب التمنيات بموفور الصحة والسعادة للرئيس المصري، ولحكومة وشعب جمهورية مصر العربية "
            "الشقيق المزيد من التقدم والازدهار.")
    assert find_attributions(text) == []


@pytest.mark.parametrize(("text", "speaker", "words", "reporter"), [
    # SaudiNewsNet 2015-08-11 (Al Yaum): the words said were '«اليوم» نسخة منه إلى أن القيادة ...'
    ("وأشار بيان للجنة التنسيقية للائتلاف تلقت «اليوم» نسخة منه إلى أن القيادة بدأت بممارسة مهمات الائتلاف على الفور، "
     "وأنها سوف تعلن كل خطوة في حينها.", "بيان للجنة التنسيقية للائتلاف",
     "القيادة بدأت بممارسة مهمات الائتلاف على الفور، وأنها سوف تعلن كل خطوة في حينها", "اليوم"),
    # record 350 (Asharq Al-Awsat): the speaker was 'وزارة الداخلية تلقت «الشرق الأوسط» نسخة'
    ("وقال بيان لوزارة الداخلية تلقت «الشرق الأوسط» نسخة منه إن «الغبان تفقد القطعات العسكرية في ناحية خان بني سعد».",
     "وزارة الداخلية", "الغبان تفقد القطعات العسكرية في ناحية خان بني سعد", "الشرق الأوسط"),
])
def test_the_outlet_that_received_a_copy_is_no_part_of_the_speaker(text, speaker, words, reporter):
    (q,) = find_quotes(text)
    assert (q.speaker, text[q.start:q.end]) == (speaker, words)
    assert [a.reporter for a in find_attributions(text)] == [reporter]


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet 2015-08-04 (Al Watan): nine words of role and name before قال had no speaker
    ("وتطوير تقديم الخدمات التنافسية.\n الرئيس التنفيذي السابق لشركة اتحاد عذيب للاتصالات أحمد السنيدي قال لـ\"الوطن\" "
     "إن شركات الاتصالات العاملة في المملكة لم تضطر إلى إجراء عملية إعادة هيكلة.",
     "الرئيس التنفيذي السابق لشركة اتحاد عذيب للاتصالات أحمد السنيدي"),
    # record 3047 (Asharq Al-Awsat): after كان
    ("وكان الناطق الرسمي باسم الحكومة الأردنية وزير الدولة لشؤون الإعلام محمد المومني أكد في تصريح صحافي «أن إغلاق "
     "الحدود العراقية تم من قبل الجانب العراقي».",
     "الناطق الرسمي باسم الحكومة الأردنية وزير الدولة لشؤون الإعلام محمد المومني"),
])
def test_a_long_role_and_name_opening_the_sentence_is_the_speaker(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_a_long_clause_before_a_cue_is_no_speaker():
    # guard, record 2303 (a column): the words before يؤكد end in a common word after ف, no name
    text = ("ـ في ظني أن عنصر المفاجأة والإبهار لدى صناع القرار بنادي النصر قد ولى بلا رجعة بتعاقدهم مع الفاشل مدربا "
            "لناديهم فالواقع يؤكد بأن شهر العسل ما بينه وبين النصر لن يتخطى مداه نصف الدور الأول.")
    assert all(q.speaker is None or "فالواقع" not in q.speaker for q in find_quotes(text))


@pytest.mark.parametrize(("text", "speaker"), [
    # record 13120: the speaker was 'مجموعة من العلماء الأميركيين الستار'
    ("بعد أكثر من عامين من الدراسة والتحقيق، كشفت مجموعة من العلماء الأميركيين الستار عن جراحة المخ التي قالوا عنها "
     "إنها غيرت مجرى التاريخ ومنعت نابليون بونابرت من السيطرة على روسيا.", "مجموعة من العلماء الأميركيين"),
    # SaudiNewsNet 2015-08-04 (Sabq), with أن after عن
    ("كشفت شركة \"سوني\" اليابانية النقاب عن أن هاتفها الجديد سيطرح في الأسواق منتصف أغسطس الحالي.",
     'شركة "سوني" اليابانية'),
    # guard, record 459: النقاب is the family name, no عن after it
    ("ويكشف المستشار عبد الكريم النقاب أن الجيش الوطني الليبي تمكن من توقيف شحنة أسلحة.",
     "المستشار عبد الكريم النقاب"),
])
def test_the_veil_unveiled_is_no_part_of_the_speaker(text, speaker):
    assert find_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet 2015-08-01 (Asharq Al-Awsat, record 15129): the speaker was '... في الحركة رافضا الكشف'
    ("كما أضاف قيادي بمرتبة متوسطة في الحركة رافضا الكشف عن اسمه: «يعتبر الملا منصور رجل باكستان، لذلك هناك "
     "خلافات في أوساط قيادة طالبان».", "قيادي بمرتبة متوسطة في الحركة"),
    # record 11564, with a comma before the clause, and record 10086 with هويته
    ("من جانبه، قال ضابط رفيع المستوى في معسكر شرطة نينوى، فضل عدم الكشف عن اسمه، لـ«الشرق الأوسط»: «نفذنا الأوامر "
     "الصادرة من وزارة الداخلية».", "ضابط رفيع المستوى في معسكر شرطة نينوى"),
    ("وقال ضابط رفيع في الأنبار رفض الكشف عن هويته لوكالة الأنباء الألمانية إن «الخسائر كبيرة».",
     "ضابط رفيع في الأنبار"),
    # record 96, with نشر; record 11625 with ذكر, the verb's letters: it was read as a cue and cut the sentence,
    # and the quotation went to nobody
    ("وقال مسؤول دفاع أميركي بارز طلب عدم نشر اسمه إن إيران ستواصل على الأرجح محاولة استغلال الدول الضعيفة.",
     "مسؤول دفاع أميركي بارز"),
    ("قال مسؤول مصرفي آخر، فضل عدم ذكر اسمه، إنه وفق نظام القطاع المصرفي فإنه لا توجد هناك قروض غير متعثرة.",
     "مسؤول مصرفي آخر"),
])
def test_a_source_withholding_its_name_ends_before_the_clause(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # SaudiNewsNet 2015-08-01 (Al-Riyadh, Reuters copy, record 15706): the speaker ran on to 'في مايو أيار'
    ("وقالت توتال المغرب للطاقة المملوكة لتوتال الفرنسية في مايو أيار إنها تخطط لجمع 612-720 مليون درهم مغربي.",
     "توتال المغرب للطاقة المملوكة لتوتال الفرنسية"),
    ("وقالت البحرين في يونيو الماضي، إنها ألقت القبض على المشتبه بهم.", "البحرين"),  # record 11304
    ("واعتبرت المستشارة الألمانية أنجيلا ميركل في 2015، أن التعاون مع أنقرة ضروري.",  # record 13106
     "المستشارة الألمانية أنجيلا ميركل"),
    ("وقال بيارا باور المدير التنفيذي لمجموعة كرة القدم ضد العنصرية في أوروبا في العام الماضي إنه لم يتعرض لإهانات.",
     "بيارا باور المدير التنفيذي لمجموعة كرة القدم ضد العنصرية في أوروبا"),  # record 7252: في a place stays
])
def test_a_time_after_the_speaker_is_no_part_of_it(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_a_website_of_some_institution_is_no_outlet():
    # record 18766 (Sabq): 'لموقع مؤسسة حكومية' made the reporter 'مؤسسة حكومية على'
    text = ("وكان المتحدث الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطية القرشي أوضح أن الجهات الأمنية "
            "بشرطة محافظة الليث تلقت بلاغًا يفيد باختراق «هكر» لموقع مؤسسة حكومية على الشبكة العنكبوتية؛ حيث تم ضبط "
            "المتهم لسماع أقواله.")
    assert [q.speaker for q in find_quotes(text)] == [
        "المتحدث الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطية القرشي"]
    assert all(a.reporter is None or "مؤسسة" not in a.reporter for a in find_attributions(text))


@pytest.mark.parametrize(("text", "speaker"), [
    # record 19070 (Asharq Al-Awsat): the king's words to the envoys; the speaker was 'ملككم' (your king)
    ("غير أن ملك الحبشة كشفهم وردهم إلى مصر. وقال لهم: أبلغوا ملككم أنني مستاء أشد الاستياء لغزوه مصر.", None),
    # record 11577: the speaker was 'المؤسسة العسكرية الباكستانية', whom they warned
    ("وقال مسؤولون بوزارة الخارجية إنهم حذروا المؤسسة العسكرية الباكستانية من أن التقارير المتواترة مقلقة.", None),
    # record 7194: a plural verb after its subject
    ("على أن الباحثين رأوا جانبا مضيئا في بيانات مخيبة للآمال: تباطؤ بنسبة 34 في المائة.", "الباحثين"),
])
def test_the_words_after_a_plural_verb_are_no_speaker(text, speaker):
    quotes = [q for q in find_quotes(text) if q.cue in ("أبلغوا", "حذروا", "رأوا")]
    assert quotes and all(q.speaker == speaker for q in quotes)


@pytest.mark.parametrize("text", [
    # record 4880 (a column): 'في الرحلات' is no speaker
    "* في الرحلات يقولون عدة فوائد ورحلتي هذه المرة علمتني أن السفر متعب.",
    # record 14696: 'يعني كأنهم' is no speaker
    "وكانت أكبر «حبو» في التاريخ الحديث.. يعني كأنهم قالوا لهتلر: يا ادولف، خذ الجزء الألماني.",
])
def test_a_phrase_or_a_verb_opening_the_sentence_is_no_speaker(text):
    assert all(q.speaker is None for q in find_quotes(text))


@pytest.mark.parametrize("text", [
    # Alweeam 2015-07-31: 'سيعلن' quoted 'يلعب دورا ...' from the speaker 'ترشحه الرسمي الشهر المقبل'
    "وأضاف تشونج في مقابلة انه سيعلن ترشحه الرسمي الشهر المقبل من أوروبا وعبر عن رغبته في أن يلعب دورا لتطهير "
    "المؤسسة مما علق بها من فضائح فساد.",
    # record 5938 (a column): what some will say, nobody has said
    "سيقول البعض إن الثورات تحتاج عقودا لتؤثر إيجابيا على الشعوب، وأقول بالمقابل أين هذا التأثير.",
    # record 1420: the resolution will announce
    "وسيعلن القرار بداية عملية رفع العقوبات التدريجية والمشروطة لقاء ضمانات بأن طهران لن تعمل على امتلاك السلاح النووي.",
])
def test_a_verb_of_speech_in_the_future_quotes_nothing(text):
    assert not [q for q in find_quotes(text) if q.cue.lstrip("وف").startswith("س")]


@pytest.mark.parametrize(("text", "source"), [
    # record 11012: the source ran on into the sentence, 'البيان ستتوقف الأعمال العسكرية فوق المدن المدينة'
    ("وبحسب البيان ستتوقف الأعمال العسكرية فوق المدن المدينة.", "البيان"),
    # record 10410
    ("بحسب تقرير صادر عن صندوق النقد الدولي وستعود معدلات النمو إلى الارتفاع.", "تقرير صادر عن صندوق النقد الدولي"),
])
def test_a_verb_in_the_future_ends_the_source(text, source):
    assert [a.source for a in find_attributions(text)] == [source]


def test_a_name_that_looks_like_a_future_verb_stays_in_the_speaker():
    # record 18602: سيرجي is written like س + يرجي; a guard, right on the old code too
    text = "قال وزير الخارجية الروسي سيرجي لافروف اليوم الاثنين إن العقوبات ستضر جهود مكافحة الارهاب."
    assert [q.speaker for q in find_quotes(text)] == ["وزير الخارجية الروسي سيرجي لافروف"]


@pytest.mark.parametrize(("text", "speaker"), [
    # record 17294: 'to me', then the speaker ('لي العيدان' was the speaker)
    ("واستفسرت عن مصيري القادم، فأكد لي العيدان أن الرائد يحترم المواثيق والاتفاقيات.", "العيدان"),
    # record 8325: 'to him' ended the mention before the speaker, who was then the last one named (كيري)
    ("لكن كيري واجه عاصفة من التشكيك من الجمهوريين.. وقال له رئيس اللجنة بوب كوركر: «أعتقد أنك تعرضت للسلب».",
     "رئيس اللجنة بوب كوركر"),
])
def test_the_one_spoken_to_before_the_speaker_is_no_part_of_it(text, speaker):
    assert [q.speaker for q in find_quotes(text) if q.direct or "أن" not in q.text][-1:] == [speaker]


def test_the_object_of_a_verb_after_lahu_is_no_speaker():
    # record 525, a guard (right on the old code too): 'لو كتب لها النجاح' (if it succeeds)
    text = "ويقول الموقع إن التجربة لو كتب لها النجاح فإنها ستمثل تحولا في صناعة المتاجر الإلكترونية بالكامل."
    assert all(q.speaker != "النجاح" for q in find_quotes(text))


def test_in_this_regard_after_a_cue_is_no_speaker():
    # record 13348: 'وقال بهذا الخصوص إن' had the speaker 'بهذا الخصوص'; the one named before goes on
    text = ("وأكد ليون أن التوقيع بالأحرف الأولى على الاتفاق السياسي الليبي يعتبر خطوة كبيرة نحو التسوية السلمية، وقال "
            "بهذا الخصوص إن «الجلسة القادمة للحوار السياسي تمثل فرصة بالنسبة للأطراف لتوضيح أي سوء فهم».")
    assert _speakers_of(text, "وقال") == ["ليون"]


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # record 27418 (alyaum): 'وقال طالباً التأمين على دعائه:' had the speaker 'طالباً التأمين' (asking for amen)
    ('ثم تناول الفريق "المحرج" إحدى صفحات القرآن الكريم التي احترقت، وقال طالباً التأمين على دعائه: '
     '"أحرَقَ الله من أحرقها"، وردد الدعاء.', "وقال", 'الفريق "المحرج"'),
    # record 10677 (alriyadh): 'واستطرد شارحاً ذلك بقوله إن' had the speaker 'شارحاً' (explaining)
    ("قال الحليبي إن صنّاع التمور يحتاجون إلى تأشيرات من وزارة العمل لجلب يد عاملة متخصصة في مهنة التصنيع، وأعاب "
     "على العمالة التي تدخل إلى المملكة بأن غالبيتها لا تملك أي معرفة بقطاع تصنيع التمور، إلا أنها بكل أسف تمارس "
     "العمل في مصانع تعبئة التمور، واستطرد شارحاً ذلك بقوله إن كثيرا من العمالة تأتي للمملكة وهي في الأساس للعمل "
     "في النجارة أو الحدادة.", "واستطرد", "الحليبي"),
    # record 6720 (3alyoum): an adverb, then the speaker ('أولاً الدكتور صدقة فاضل ...' was the speaker)
    ("وقال أولاً الدكتور صدقة فاضل عضو مجلس الشورى، إنه بعد مائة يوم من تولي الملك مقاليد الحكم تغيرت أمور كثيرة.",
     "وقال", "الدكتور صدقة فاضل عضو مجلس الشورى"),
])
def test_a_word_in_the_accusative_after_the_cue_is_how_not_who(text, cue, speaker):
    assert _speakers_of(text, cue) == [speaker]


def test_after_a_verb_of_considering_the_accusative_stays_its_predicate():
    # record 414, a guard (right on the old code too): 'يعتبر دعمًا للإسلام' (is considered a support) quotes nobody
    text = ("كما أن العمل يعتبر دعمًا للإسلام، والتأكيد على أنه ليس هناك أحد ضد الدين، أو استخدام الدين في غير "
            "مكانه.")
    assert [q for q in find_quotes(text) if q.cue == "يعتبر"] == []


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # record 17019 (alwatan): 'ويتابع:' was the speaker's name (15 such in records 0-19999, 'وتتابع:' 7)
    ("وعن آلية اختبار العسل الموجود في السوق ومعرفة مدى جودته، ذكر الحصيني، أنه لا يوجد جهاز لاختبار العسل أو "
     "مختبر مصاحب للمهرجان، مشدداً على أن الجميع في المهرجان يحاربون العسل الذي يفتقد للجودة.\n"
     'ويتابع: "أحد تجار العسل في المهرجان قال إن العسل المعروض هذا العام في مهرجان النماص من أجود أنواع العسل"',
     "ويتابع", "الحصيني"),
    # record 405 (aawsat): 'وتتساءل ناغوسكي:' names her, then 'وتجيب:' goes on with her ('وتجيب' was the speaker)
    ("قد يظن الكثيرون ممن لا يشعرون بالرغبة العفوية أن تلك الرغبة أمر ممتع، ويشعرون أنهم محطمون لعدم شعورهم بها.\n"
     "مع ذلك فإن الرغبة العفوية ليست أمرًا ضروريًا للشعور بلذة ومتعة. وتتساءل ناغوسكي: هل فكرة اشتهاء البشر أهم من "
     "استمتاعهم بالعملية التي يمارسونها؟ وتجيب: أفضل طريقة لإفساد حياتك هي الاعتقاد أن هناك خللا ما في طريقة شعورك.",
     "وتجيب", "ناغوسكي"),
    # record 417 (aawsat): 'وتتابع:' after the actress's answers
    ("صبا مبارك: أفضل متابعة المسلسلات اللبنانية خارج سباق رمضان\n"
     "وعن الإضافات التي لمستها في هذين الدورين أجابت الممثلة الأردنية صبا مبارك: «يمكن القول: إن الأول ليس مجرّد "
     "إضافة إلى مشواري المهني، بل فرصة وافقت عليها لما تحمل من أهمية في بنيتها عامة». وتتابع: «حتى الآن يحقق المسلسل "
     "نسبة متابعة عالية جدا، وهو يشغل مواقع التواصل الاجتماعي بشكل كبير».", "وتتابع", "الممثلة الأردنية صبا مبارك"),
])
def test_a_verb_going_on_alone_before_a_colon_continues_the_speaker(text, cue, speaker):
    assert _speakers_of(text, cue) == [speaker]


def test_a_feminine_verb_going_on_skips_a_man():
    # a constructed pair of speakers for the agreement (the old code made 'وتتابع' the speaker): a woman's verb going
    # on skips the man who spoke last
    text = ("قالت الدكتورة سارة العمري إن المرض منتشر في المنطقة.\nوقال الدكتور خالد السعيد إن العلاج متوفر.\n"
            "وتتابع: «الوقاية تبقى أهم من العلاج في كل الأحوال».")
    assert _speakers_of(text, "وتتابع") == ["الدكتورة سارة العمري"]


def test_a_common_verb_alone_before_a_colon_is_no_speaker():
    # record 244, a guard (right on the old code too): 'وتشمل:' opens a list, nobody speaks
    text = ("وأعلنت الحكومة البلجيكية إجراءات جديدة للتقشف أثارت غضب النقابات.\n"
            "وتشمل: رفع سن التقاعد إلى 67 عاما وتجميد الأجور في القطاع العام.")
    assert [q for q in find_quotes(text) if q.cue in ("وتشمل", ":")] == []


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # record 7077 (aawsat): 'وأضاف البيان أن العبيدي شدد على' gave 'شدد' the statement, not the minister
    ('وقال بيان لوزارة الدفاع العراقية، إن «الجانبين بحثا سبل تدعيم التعاون العسكري بين البلدين». وأضاف البيان أن '
     'العبيدي شدد على «ضرورة مساهمة المجتمع الدولي بإعادة بناء المناطق المحررة».', "شدد", "العبيدي"),
    # record 19460 (aawsat): 'يُذكر أن عمرو السولية أكد' had no speaker
    ("يُذكر أن عمرو السولية أكد في وقت سابق أنه لن يلعب لأى نادٍ آخر غير الأهلي.", "أكد", "عمرو السولية"),
    # record 13293 (aawsat): 'بدليل أن سكوت ستاينبورغ أعلن مؤخرا أنه' had the speaker 'التقديرات'
    ("بلا شك فإن الوضع أسوأ بالنسبة لهؤلاء، بدليل أن سكوت ستاينبورغ أعلن مؤخرا أنه سيغلق ماركة «باند أوف آوتسايدرز».",
     "أعلن", "سكوت ستاينبورغ"),
])
def test_a_name_after_an_or_inna_is_the_subject_of_the_verb_after_it(text, cue, speaker):
    assert _speakers_of(text, cue) == [speaker]


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # record 385 (aawsat, Reuters): the time was part of the speaker
    ("وقالت الرابطة الوطنية للوسطاء العقاريين الأسبوع الماضي إن مبيعات المساكن القائمة هبطت 3.3 في المائة.",
     "وقالت", "الرابطة الوطنية للوسطاء العقاريين"),
    # record 18311 (alyaum): 'مطلع الأسبوع الجاري' after the verb was the speaker
    ("وكانت الحكومة البريطانية أعلنت مطلع الأسبوع الجاري أنها خصصت عشرة ملايين يورو لتحسين السياج حول موقع المحطة.",
     "أعلنت", "الحكومة البريطانية"),
    # record 12908 (alyaum): 'الاسبوع الماضي' was the speaker
    ("وكان صندوق النقد الدولي اعلن الاسبوع الماضي في تقرير ان السلطات الاماراتية كانت تدفع 29 مليار دولار سنويا.",
     "اعلن", "صندوق النقد الدولي"),
    # a guard (right on the old code too): 'العام السابق' after a definite noun is 'the former secretary general'
    ("وقال الأمين العام السابق للأمم المتحدة كوفي عنان إن الوضع خطير.", "وقال",
     "الأمين العام السابق للأمم المتحدة كوفي عنان"),
])
def test_a_time_after_the_cue_is_no_part_of_the_speaker(text, cue, speaker):
    assert _speakers_of(text, cue) == [speaker]


@pytest.mark.parametrize(("text", "content"), [
    # record 7809 (alriyadh): the headline's words were «بتروكيم» alone, the name quoted as the sentence's subject
    ("«السعودي الفرنسي»: «بتروكيم» سجلت أعلى هامش ربح في تاريخها قبل الفوائد والضرائب",
     "«بتروكيم» سجلت أعلى هامش ربح في تاريخها قبل الفوائد والضرائب"),
    # record 11938 (aleqtisadiya): «سابك» alone
    ("البنيان: «سابك» لن تدخل للتنقيب عن النفط الصخري", "«سابك» لن تدخل للتنقيب عن النفط الصخري"),
])
def test_a_quoted_name_opening_a_headlines_words_is_their_subject(text, content):
    [quote] = find_quotes(text)
    assert (quote.cue, text[quote.start:quote.end]) == (":", content)


def test_a_quotation_after_a_colon_ends_at_its_marks():
    # record 224 (okaz), a guard (right on the old code too): the saying is quoted, the writer's words go on after it
    text = ("وصول الإرهاب الديني إلى الكويت عبر تفجير مسجد الإمام الصادق ليس مفاجئا. فقديما قيل: «من زرع الحنظل لن "
            "يجنى غير الحنظل»، وفى الواقع، فإنه حتى لو أننا لم نزرع شيئًا ولم نتهاون ونتحالف بالأمس مع الإرهاب.")
    assert [text[q.start:q.end] for q in find_quotes(text) if q.cue == ":"] == ["من زرع الحنظل لن يجنى غير الحنظل"]


def test_without_and_a_verbal_noun_end_the_speaker():
    # record 7425 (aawsat): the speaker was 'رومنيجه دون الكشف' (4 such in records 0-19999)
    text = ("وقال رومنيجه أيضاً إن فيدال ربما ينضم في الأسبوع المقبل إلى زملائه الجدد. وأضاف رومنيجه دون الكشف عن أي "
            "تفاصيل تتعلق بمبلغ الصفقة أو مدة التعاقد «إذا سار كل شيء حسب الخطة فانه ربما يبدأ التدريب (معنا) في "
            "الأسبوع المقبل».")
    assert _speakers_of(text, "وأضاف") == ["رومنيجه"]


def test_don_the_name_stays_in_the_speaker():
    # a guard (right on the old code too), record 8598's words: دون before a rare word is the name Don
    assert _speakers_of("وقالت السفيرة دون ليبري إن الاتفاق يخدم البلدين.", "وقالت") == ["السفيرة دون ليبري"]


@pytest.mark.parametrize(("text", "content"), [
    # record 478 (aawsat, a memoir): 'فقلت' was the speaker (10 such in records 0-19999)
    ("{الشرق الأوسط} تنشر مذكرات فاتن حمامة (3): الحب الأول.. وشماعة الملابس.. ورسالة غرام\n"
     "فقال: انت مصرية؟\nفقلت: لكن أنا مصرية.", "لكن أنا مصرية"),
    ("{الشرق الأوسط} تنشر مذكرات فاتن حمامة (3): الحب الأول.. وشماعة الملابس.. ورسالة غرام\n"
     "فقال لي بفرحة: أنا تحت أمرك يا بنتي.\nفقلت: أريد أن أسهر الليلة.", "أريد أن أسهر الليلة"),
])
def test_i_said_before_a_colon_is_the_writer_speaking(text, content):
    quotes = [q for q in find_quotes(text) if q.cue == "فقلت"]
    assert [(q.speaker, text[q.start:q.end]) for q in quotes] == [(None, content)]


def test_a_noun_with_waw_and_the_article_before_a_colon_is_a_label():
    # record 11591 (aawsat): each 'والمجموعة ...:' was a speaker, its teams their words (33 such colon speakers in
    # records 0-19999 opened with و and the article)
    text = ("الألمان متفائلون.. ومدرب إنجلترا يفكر في بطولة أوروبا أولاً\n"
            "وضمت المجموعة الأولى: هولندا، فرنسا، السويد، بلغاريا، بيلاروسيا، لوكسمبورغ. والمجموعة الثانية: البرتغال، "
            "سويسرا، المجر، جزر فارو، لاتفيا، أندورا. والمجموعة الثالثة: ألمانيا، التشيك، آيرلندا الشمالية، النرويج.")
    assert [q for q in find_quotes(text) if q.cue == ":"] == []


def test_a_headlines_party_with_waw_speaks():
    # record 12958 (sabq), a guard (right on the old code too): in the headline, 'والأمانة:' is the municipality
    text = "أسماء شوارع تثير حفيظة المكيين.. والأمانة: هناك لجنة للتسمية\nحامد القرشي – مكة المكرمة"
    assert _speakers_of(text, ":") == ["والأمانة"]


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # record 3004 (alriyadh): 'لضيفه' (to his guest) was the speaker; the Israeli minister who spoke last goes on
    ("من جهته قال يعالون إن حالة عدم الاستقرار ستستمر في سوريا لفترة طويلة. وقام الوزير يعلون، بمصاحبة كارتر، بجولة "
     "على حدود إسرائيل الشمالية مع لبنان وسوريا. وأوضح لضيفه أن الاتفاق مع طهران لا يغير شيئا في مخططات «محور الشر».",
     "وأوضح", "يعالون"),
    # record 8420 (alyaum, Reuters): 'لمجلس العلاقات الخارجية' (to the Council on Foreign Relations) was the speaker
    ("وقال كيري “سيكون هذا خطأ فادحا..خطأ جسيما له عواقب خطيرة على اسرائيل.”\n وامام الكونجرس حتى 17 سبتمبر ايلول "
     "للموافقة على الاتفاق او رفضه.\n وقال لمجلس العلاقات الخارجية وهو مؤسسة بحثية في نيويورك “أخشى مما يمكن أن "
     "يحدث اذا رفضه الكونجرس.”", "وقال", "كيري"),
])
def test_whom_the_words_are_for_right_after_the_cue_is_no_speaker(text, cue, speaker):
    assert _speakers_of(text, cue)[-1] == speaker


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # guards (right on the old code too): names in ل before a rare word or a colon (record 17884's Lamine Diack,
    # record 15445's poet Labid)
    ('وأضاف لامين دياك رئيس الاتحاد الدولي للقوى لرويترز "الأمر مضحك جدا ولا أساس له من الصحة"', "وأضاف",
     "لامين دياك رئيس الاتحاد الدولي للقوى"),
    ("والفرج: الثغر، وكل موضع يُخافمنه فرج.. قال لبيد: رابطُ الجأشِ على فرْجِهمُ أَعْطَفُ الجَوْنِ بمربوعٍ مِثَلْ",
     "قال", "لبيد"),
])
def test_a_name_in_lam_after_the_cue_speaks(text, cue, speaker):
    assert _speakers_of(text, cue) == [speaker]


@pytest.mark.parametrize("text", [
    # record 11775 (and 9595, 12228, 12904): the programme is what 'يعتبر' (is considered) says something of, no outlet
    "ويعتبر برنامج «حماية الأجور» إحدى أدوات الوزارة لمتابعة أداء سوق العمل، وتثبيت حقوق العاملين من خلال شفافية "
    "معلومات الأجور.",
    # record 3198: a company in quotation marks after 'وتعتبر' is the subject of 'is considered'
    'وسجلت "بتروبراس" خسائر بلغت 6.2 مليار ريال (ما يقرب من 2 مليار دولار) في عام 2014 وتعتبر "بتروبراس" أكبر شركة '
    "في البرازيل بإيرادات تبلغ نحو 140 مليار دولار سنويا.",
])
def test_a_name_considered_something_relays_nothing(text):
    # 41 such attributions in records 0-19999 were removed, every one read
    assert find_attributions(text) == []


def test_a_paper_that_considers_that_relays():
    # record 11595 (aawsat), a guard (right on the old code too): أن follows the paper, it reports
    text = ("واعتبرت صحيفة «الغارديان» أن أحد أسباب تقدم كوربين في الاستطلاع هو ابتعاد الشباب البريطاني من الخطابات "
            "السياسية التقليدية واهتمامهم بخطابات العدالة الاجتماعية والمساواة.")
    assert [a.reporter for a in find_attributions(text)] == ["الغارديان"]


def test_a_relay_passive_before_a_day_names_no_reporter():
    # SaudiNewsNet 2015-07-27 (sabq, Reuters): 'يوم' of 'يوم الإثنين' was the reporter
    text = ("رويترز- إسطنبول: نُقل يوم الإثنين عن رئيس الوزراء التركي أحمد داود أوغلو؛ قوله إنه ليس لدى تركيا خطط "
            "لإرسال قوات برية إلى سوريا.")
    assert [(a.reporter, a.source) for a in find_attributions(text)] == [
        (None, "رئيس الوزراء التركي أحمد داود أوغلو")]


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # record 10933 (alriyadh): 'بشدة' (strongly) was the speaker's last word
    ('نفت دولة جنوب السودان بشدة أن تكون سمحت لإسرائيل بإقامة قاعدة عسكرية على أراضيها، مشيرة إلى أن إثارة هذا '
     'الموضوع "يهدف إلى ضرب علاقتها بالدول العربية".', "نفت", "دولة جنوب السودان"),
    # record 11567 (aawsat): the list the stance verb names, not 'القائمة العربية المشتركة» بشدة'
    ("وأدانت «القائمة العربية المشتركة» بشدة هذه الاعتداءات، وبشكل خاص الدخول المستفز للوزير الإسرائيلي المتطرف، "
     "أوري أرئيل، لباحات المسجد الأقصى، وقالت: «إن هدف دخوله الاستفزازي تغيير الوضع القائم».", "وقالت",
     "«القائمة العربية المشتركة»"),
])
def test_an_adverb_of_manner_ends_the_speaker(text, cue, speaker):
    assert _speakers_of(text, cue) == [speaker]


def test_a_feminine_weak_verb_names_whom_the_next_feminine_cue_continues():
    # record 7199 (alwatan): 'نفت' (of نفى) is feminine; 'وقالت' goes on with the club's management, not 'الأهلي'
    text = ('وزاد: "فوجئت إدارة الأهلي بإصدار نظيرتها الشبابية بيانا رسميا تضمن نفيا قاطعا عن وجود أي نية لديهم لبيع '
            'عقود اللاعبين". وكانت الإدارة الشبابية قد نفت نيتها بيع أي من لاعبيها، وقالت عبر بيان لها "لا صحة لما '
            'تردد في بعض وسائل الإعلام عن موافقة إدارة الشباب على بيع عقود بعض لاعبي الفريق".')
    assert _speakers_of(text, "وقالت") == ["الإدارة الشبابية"]


def test_a_feminine_cue_does_not_continue_a_man_named_by_his_given_name():
    # record 4847 (alriyadh): 'وتقول' is the student سماح عبدالجبار's, not عبدالحميد العنزي's; she is named by no cue,
    # so nobody is better than the man
    text = ("فيما ذكر عبدالحميد العنزي أن كثيرا من المبتعثين يجتمعون مع بعضهم كالأسرة في المناسبات الوطنية والدينية "
            "للاحتفال سويا.\nكما تبادلت المبتعثة سماح عبدالجبار صورها وصور أطفالها بملابس العيد مع أسرتها وصديقاتها "
            "وتقول «بأنها شعرت وكأنها تعيش العيد وسط اسرتها من خلال الصور والتسجيلات».")
    assert _speakers_of(text, "ذكر") == ["عبدالحميد العنزي"]
    assert _speakers_of(text, "وتقول") == [None]


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # SaudiNewsNet 2015-08-02 (alweeam; records 17223, 18038 and others carry it too): the speaker was 'المشرف'
    ("وأوضح المشرف على فرق الفنون الشعبية هذال العتيبي أن مشاركة الفرق في صيف الباحة جاء بناءً على توجيهات صاحب "
     "السمو الملكي الأمير مشاري بن سعود بن عبدالعزيز أمير منطقة الباحة.", "وأوضح",
     "المشرف على فرق الفنون الشعبية هذال العتيبي"),
    # record 18114 (alriyadh): 'على كرة' (football) is what he supervises
    ("من جانبه، أكد المشرف العام على كرة عبدالمحسن العبيد بأنهم أنهوا التعاقد مع المدرب.", "أكد",
     "المشرف العام على كرة عبدالمحسن العبيد"),
])
def test_what_a_supervisor_supervises_is_part_of_the_speaker(text, cue, speaker):
    assert _speakers_of(text, cue) == [speaker]
