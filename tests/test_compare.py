"""Comparing the sources: facts across outlets with their independent origins, numbers that drift, editorial lines
and the timeline, on the five real seed pages run through the whole pipeline, and on small real-text cases."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from marsad import analysis, arabic, compare, facts, pipeline
from marsad.editorial import editorial_cues, is_reported
from marsad.numbers import _interval, _overlap
from marsad.settings import Settings
from marsad.store import Store

S000, S001, S002, S003, S004 = ("000_5d4c7b7a80708a78", "001_6b8f8232c79e6353", "002_c90bc23b3cdc86c4",
                                "003_da7e6e73b57a95d2", "004_53a50ad2d6b5acfc")


@pytest.fixture(scope="module")
def seeds(tmp_path_factory, seeds_dir) -> tuple[dict, dict]:
    """(analysis document, comparison) of the seeds, through pipeline.run and analysis.build."""
    db = tmp_path_factory.mktemp("compare") / "seeds.db"
    with Store(db) as store:
        pipeline.run([seeds_dir], Settings.build(), store)
        doc = analysis.build(store)
    return doc, compare.compare(doc, Settings.build())


def _has(text: str, keyword: str) -> bool:
    return arabic.normalize(keyword) in arabic.normalize(text)


def test_output_shape(seeds):
    _, out = seeds
    assert set(out) == {"facts", "numbers", "editorial", "timeline"}
    fact = out["facts"][0]
    assert {"id", "story", "topic", "text", "sentences", "documents", "outlets", "origins", "independent_origins",
            "unique"} <= set(fact)
    assert {"doc", "line", "start", "end", "text"} <= set(fact["sentences"][0])
    assert len({f["id"] for f in out["facts"]}) == len(out["facts"])


def test_every_gold_shared_fact_is_one_fact_with_exactly_its_documents(seeds, gold):
    _, out = seeds
    for entry in gold["shared_facts"]:
        matches = [f for f in out["facts"] if set(f["documents"]) == set(entry["documents"])
                   and any(_has(s["text"], entry["keyword"]) for s in f["sentences"])]
        assert matches, f"no fact with exactly {entry['documents']} for: {entry['fact']}"


def test_a_sentence_stating_two_counts_supports_two_facts(seeds):
    """001 line 7: 'نحو 2500 جندي في العراق و900 في سوريا' is in the 2500 fact (5 outlets) and the 900 fact."""
    _, out = seeds
    with_line = [f for f in out["facts"] if any(s["doc"] == S001 and s["line"] == 7 for s in f["sentences"])]
    assert sorted(len(f["documents"]) for f in with_line) == [2, 5]


def test_no_fact_rests_on_a_removed_line(seeds):
    doc, out = seeds
    own = {(d["id"], ln["no"]): ln for d in doc["documents"] for ln in d["lines"]
           if ln["kind"] in ("title", "lead", "subheading", "body")}
    for f in out["facts"]:
        for s in f["sentences"]:
            ln = own.get((s["doc"], s["line"]))
            assert ln is not None, f"{s['doc']} line {s['line']} is not the article's own text"
            assert ln["start"] <= s["start"] < s["end"] <= ln["end"]
            assert ln["text"][s["start"] - ln["start"]: s["end"] - ln["start"]] == s["text"]
    texts = " ".join(s["text"] for f in out["facts"] for s in f["sentences"])
    assert "ويتكوف" not in texts and "محمد الباز" not in texts  # read-also block of 001, masthead of 000


def test_origins_collapse_outlets_citing_one_agency(seeds):
    _, out = seeds
    troops = next(f for f in out["facts"] if len(f["documents"]) == 5)
    names = {o["name"]: o["documents"] for o in troops["origins"]}
    assert names["رويترز"] == sorted([S000, S003])  # 000: "وفق وكالة رويترز", 003: "كشفت وكالة رويترز"
    assert names["الجزيرة"] == [S001]  # 001: "المصدر: الجزيرة"
    assert troops["independent_origins"] == 4 and not troops["unique"]
    letter = next(f for f in out["facts"] if set(f["documents"]) == {S000, S003}
                  and any(_has(s["text"], "رسالة") for s in f["sentences"]))
    assert letter["independent_origins"] == 1 and letter["unique"]  # two outlets, one origin: Reuters


def test_attacks_on_us_forces_drift_over_time(seeds, gold):
    _, out = seeds
    drift = gold["numeric_drift"][0]
    found = [n for n in out["numbers"] if {r["doc"] for r in drift["readings"]} <= {r["doc"] for r in n["readings"]}
             and n["measure_key"] == "هجوم"]
    assert len(found) == 1
    n = found[0]
    assert n["verdict"] == "drift"
    values = sorted((r["value"], r["qualifier"]) for r in n["readings"])
    assert values == [(150.0, "about"), (150.0, "about"), (165.0, "more than")]
    by_doc = {r["doc"]: r for r in n["readings"]}
    assert by_doc[S003]["as_of_from"] == "sentence"  # "بلغت حتى 24 من كانون الثاني الجاري"
    assert by_doc[S001]["as_of_from"] == "published"  # "منذ منتصف أكتوبر" starts the period, it is no as-of date
    assert by_doc[S001]["as_of"] == "2024-02-12"


def test_numbers_keep_two_places_apart(seeds):
    """2500 soldiers in Iraq and 900 in Syria are two measured things, both agreed on, never one disagreement."""
    _, out = seeds
    soldiers = [n for n in out["numbers"] if n["measure_key"] == "جند"]
    assert {tuple(sorted({r["value"] for r in n["readings"]})) for n in soldiers} >= {(2500.0,), (900.0,), (3.0,)}
    assert all(n["verdict"] == "agree" for n in soldiers)


def test_seed_002_line_7_is_the_only_editorial_line(seeds):
    _, out = seeds
    assert [(e["doc"], e["line"]) for e in out["editorial"]] == [(S002, 7)]
    assert "unattributed" in out["editorial"][0]["reason"]
    # the cues are shown as the sentence prints them (hamza forms and all), not in their folded matching form
    assert out["editorial"][0]["cues"] and all(c in out["editorial"][0]["text"] for c in out["editorial"][0]["cues"])


def test_timeline_of_the_seeds_topic(seeds):
    doc, out = seeds
    events = out["timeline"]
    assert [e["date"] for e in events] == sorted([e["date"] for e in events], key=lambda d: _day(d))
    formed = [e for e in events if e["date"] == "2014" and any(_has(s["text"], "تشكل") or _has(s["text"], "تشكيل")
                                                                for s in e["sources"])]
    assert formed and max(len(e["documents"]) for e in formed) >= 3  # 001, 003 and 004 each say it: one event
    dialogue = [e for e in events if e["date"] == "2023-08-07/2023-08-08"]
    assert dialogue and dialogue[0]["granularity"] == "range" and _has(dialogue[0]["text"], "حوار")
    resumed = [e for e in events if e["date"] == "2024-02-11"]
    assert resumed and any(_has(e["text"], "محادثات") for e in resumed)
    target = [e for e in events if e["date"] == "2025-09"]
    assert target and _has(target[0]["text"], "سبتمبر")
    order = [events.index(x[0]) for x in (formed, dialogue, resumed, target)]
    assert order == sorted(order)


def test_timeline_has_the_letter_when_its_page_is_dated(seeds):
    """'أمس الأربعاء' in 000 is 24 January 2024 only once 000 is known to be published on 25 January 2024; the page
    states no date, so this waits for publication-date inference (issue 5)."""
    doc, out = seeds
    published = next(d["published"] for d in doc["documents"] if d["id"] == S000)
    assert published == "2024-01-25"  # placed by its story's coverage: "أمس الأربعاء" the day before
    letter = [e for e in out["timeline"] if e["date"] == "2024-01-24" and _has(e["text"], "رسالة")]
    assert letter


def _day(value: str) -> str:
    first = value.split("/")[0].split("-")
    return "-".join(first + ["00"] * (3 - len(first)))


# --- small real-text cases --------------------------------------------------------------------------------------
def _doc(doc_id: str, outlet: str, lines: list[str], topic: str = "t-1", story: str = "s-1") -> dict:
    rows, pos = [], 0
    for no, text in enumerate(lines, start=1):
        rows.append({"no": no, "kind": "title" if no == 1 else "body", "start": pos, "end": pos + len(text),
                     "text": text, "reason": None})
        pos += len(text) + 1
    return {"id": doc_id, "outlet": outlet, "url": None, "published": "2015-08-02", "published_from": "metadata",
            "source_credit": None, "lines": rows, "story": story, "topic": topic}


# SaudiNewsNet, 2015-08-02: one SPA wire item as two outlets carried it.
SPA_LINES = [
    "خادم الحرمين يصل إلى طنجة",
    "وصل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود إلى مدينة طنجة المغربية مساء اليوم قادما من فرنسا "
    "في إجازة خاصة، وفق وكالة الأنباء السعودية.",
    "وكان في استقبال خادم الحرمين الشريفين لدى وصوله مطار ابن بطوطة الدولي عدد من المسؤولين المغاربة.",
]


def _tiny(relations: list[dict], second_lines: list[str] = SPA_LINES) -> dict:
    docs = [_doc("a", "alriyadh", SPA_LINES), _doc("b", "okaz", second_lines)]
    return {"documents": docs, "relations": relations, "stories": [{"id": "s-1", "documents": ["a", "b"]}],
            "topics": [{"id": "t-1", "stories": ["s-1"]}], "dates": [], "quantities": [], "quotes": [],
            "attributions": []}


def test_wire_copies_are_one_origin():
    own = [SPA_LINES[0], SPA_LINES[1].replace("، وفق وكالة الأنباء السعودية", ""), SPA_LINES[2]]
    doc = _tiny([{"doc": "b", "of": "a", "kind": "near", "score": 0.9}], own)
    doc["documents"][0]["lines"][1]["text"] = own[1]
    doc["documents"][0]["lines"][1]["end"] = doc["documents"][0]["lines"][1]["start"] + len(own[1])
    shared = [f for f in compare.compare(doc, Settings.build())["facts"] if len(f["documents"]) == 2]
    assert shared and all(f["independent_origins"] == 1 and f["unique"] for f in shared)
    assert shared[0]["origins"][0]["kind"] == "copies"


# SaudiNewsNet, 2015-07-25 (titles and one sentence of each article): one friendly match as alriyadh and aleqtisadiya
# wrote it, each in its own words (no 8 words in a row alike), and one sentence of an agency story on migrants that
# alriyadh and alyaum both carried, without credit, in two different articles.
OWN_WORDS = [
    ("الشباب يقص شريط الوديات بإكسيلسيور الهولندي",
     "يخوض الشباب عند الساعة الخامسة من عصر اليوم (السبت) أول مبارياته الودية أمام إكسيلسيور الهولندي على ملعب "
     "كارلتون دي بروغ ضمن استعدادات الفريق للموسم المقبل."),
    ("الشباب .. 3 حصص لإكسيلسيور",
     "يخوض فريق الشباب لكرة القدم أولى مبارياته الودية أمام فريق نظيره إكسيلسيور الهولندي على ملعب كارلتون دي "
     "بروغ، ضمن استعداداته للموسم المقبل."),
]
SAME_WORDS = [
    ("غرق 40 مهاجراً قبالة الساحل الليبي",
     "وآخرين سقطوا خلال عمليات الإنقاذ التي نفذتها سفينة تجارية نقلت فيما بعد المهاجرين إلى سفينة البحرية الألمانية."),
    ("اشتباكات في بنغازي والجيش الليبي يقصف مواقع المتطرفين",
     "وآخرون سقطوا خلال عمليات الإنقاذ التي نفذتها سفينة تجارية نقلت فيما بعد المهاجرين إلى سفينة البحرية الألمانية."),
]


def _pair(lines_a: tuple[str, str], lines_b: tuple[str, str]) -> list[dict]:
    doc = _tiny([], list(lines_b))
    doc["documents"][0] = _doc("a", "alriyadh", list(lines_a))
    return [f for f in compare.compare(doc, Settings.build())["facts"] if len(f["documents"]) == 2]


def _wording_origins(lines_a: tuple[str, str], lines_b: tuple[str, str], entities: list[dict] = ()) -> list[str]:
    """The origins facts._shared_wording leaves of the two articles' second lines (alriyadh 'a', okaz 'b')."""
    doc = _tiny([], list(lines_b))
    doc["documents"][0] = _doc("a", "alriyadh", list(lines_a))
    doc["entities"] = list(entities)
    corpus = compare.Corpus(doc)
    units = [u for d in ("a", "b") for u in corpus.units[d] if u.line == 2]
    per_origin = {("outlet:" + o, o, "outlet"): {d} for d, o in (("a", "alriyadh"), ("b", "okaz"))}
    return [name for _, name, _ in facts._shared_wording(corpus, units, per_origin)]


def test_two_outlets_are_two_origins_unless_they_share_the_wording_or_cite_one_agency():
    assert _wording_origins(*OWN_WORDS) == ["alriyadh", "okaz"]  # one match, each outlet in its own words
    assert _wording_origins(*SAME_WORDS) == ["alriyadh + okaz (same wording)"]
    # the words they share are a name (an entity mention): no shared wording
    title = "اجتمع وزير الدولة للشؤون الخارجية الدكتور نزار بن عبيد مدني"
    a, b = ("لقاء", title + " بسفير اليابان."), ("مباحثات", title + " أمس بالمندوب الأممي.")
    assert _wording_origins(a, b) == ["alriyadh + okaz (same wording)"]
    name = title.index("الدكتور")
    mentions = [{"doc": d, "start": 5 + name, "end": 5 + len(title)} for d in ("a",)] + [
        {"doc": "b", "start": 8 + name, "end": 8 + len(title)}]
    assert _wording_origins(a, b, [{"id": 1, "type": "PERS", "canonical": "نزار مدني", "mentions": mentions}]) == [
        "alriyadh", "okaz"]

    # the same sentence word for word in two outlets that are no copies of each other: one origin they share
    shared = _pair(*SAME_WORDS)
    assert shared and all(f["independent_origins"] == 1 for f in shared)
    assert shared[0]["origins"] == [{"name": "alriyadh + okaz (same wording)", "kind": "wording",
                                     "documents": ["a", "b"]}]
    plain = [SPA_LINES[0], SPA_LINES[1].replace("، وفق وكالة الأنباء السعودية", ""), SPA_LINES[2]]
    copied = [f for f in _pair(tuple(plain[:2]), tuple(plain[:2])) if f["text"].startswith("وصل")]
    assert copied and copied[0]["independent_origins"] == 1  # a title of five words alike is no shared wording

    cited = _tiny([])  # both first sentences end "وفق وكالة الأنباء السعودية"
    cited["attributions"] = [
        {"doc": d, "start": SPA_LINES[1].index("وفق") + len(SPA_LINES[0]) + 1, "end": 0,
         "reporter": "وكالة الأنباء السعودية", "source": None, "cue": "وفق"} for d in ("a", "b")]
    shared = [f for f in compare.compare(cited, Settings.build())["facts"] if len(f["documents"]) == 2]
    assert shared and all([o["name"] for o in f["origins"]] == ["واس"] for f in shared)


def test_unique_claims_only_where_another_origin_reports_the_topic():
    extra = "وكان في وداعه لدى مغادرته باريس السفير السعودي لدى فرنسا وعدد من أعضاء السفارة."
    alone = _tiny([])
    alone["documents"] = alone["documents"][:1]
    alone["stories"][0]["documents"] = ["a"]
    assert compare.compare(alone, Settings.build())["facts"] == []  # one article: nothing to single out

    two = _tiny([], SPA_LINES + [extra])  # okaz adds a sentence alriyadh does not carry
    unique = [f for f in compare.compare(two, Settings.build())["facts"] if f["unique"]]
    assert [f["documents"] for f in unique if f["text"] == extra] == [["b"]]


@pytest.mark.parametrize("cited, origin", [
    ("وكالة رويترز الإخبارية", "رويترز"),
    ("رويترز", "رويترز"),
    ("أ ف ب", "فرانس برس"),
    ("وكالة الصحافة الفرنسية", "فرانس برس"),
    ("وكالة الأنباء السعودية بمناسبة", "واس"),
    ("الجزيرة", "الجزيرة"),
])
def test_cited_origin_names(cited, origin):
    assert compare.cited_origin(cited).name == origin


def test_a_cited_agency_without_a_name_is_no_origin():
    assert compare.cited_origin("لوكالة الأنباء") is None
    assert compare.cited_origin(None) is None


@pytest.mark.parametrize("a, b, same", [
    ({"value": 150, "qualifier": "about", "text": "نحو 150 هجوما"}, {"value": 150, "qualifier": None, "text": "150 هجوما"}, True),
    ({"value": 165, "qualifier": "more than", "text": "أكثر من 165"}, {"value": 170, "qualifier": None, "text": "170"}, True),
    ({"value": 150, "qualifier": "about", "text": "نحو 150"}, {"value": 165, "qualifier": "more than", "text": "أكثر من 165"}, False),
    ({"value": 100, "qualifier": None, "text": "مئات الجنود"}, {"value": 900, "qualifier": None, "text": "900 جندي"}, True),
    ({"value": 100, "qualifier": None, "text": "مئات الجنود"}, {"value": 2500, "qualifier": None, "text": "2500 جندي"}, False),
])
def test_readings_compatible(a, b, same):
    assert _overlap(_interval(a), _interval(b)) is same


@pytest.mark.parametrize("sentence, editorial", [
    # seed 002 line 7: the writer's own conclusion
    ("ويكشف هذا الاستعجال في إنهاء مهام التحالف الدولي الذي تقوده واشنطن خضوع القيادات السياسية في العراق للنفوذ "
     "الإيراني بشكل كبير وهو ما يجعل بغداد حديقة خلفية لطهران.", True),
    # seed 004 line 10: a plain report with an intensifier only
    ("لكن بعد التغيرات الجيوسياسية في المنطقة خاصة بعد سقوط نظام الأسد توقفت الهجمات بشكل كبير على القواعد "
     "العسكرية للتحالف الدولي.", False),
    # seed 004 line 12: a judgement, but someone else's
    ("وأكد الطرف الاميركي أن أي انسحاب لقوات التحالف الدولي من العراق يجب أن يكون مدروسًا ومتدرجًا.", False),
])
def test_editorial_sentences(sentence, editorial):
    cues = editorial_cues(sentence)
    flagged = sum(w for _, w, _ in cues) >= compare.lexicon().editorial_threshold and not is_reported(sentence, cues)
    assert flagged is editorial


def test_normalization_collisions_are_not_cues():
    """وكأن folds to وكان ('was') under matching normalization: it must not make every narrative line a cue."""
    assert editorial_cues("وكان رئيس الوزراء العراقي قد جدد دعوته لإنهاء وجود قوات التحالف") == []


def test_clauses_split_only_where_both_sides_say_something():
    doc = _doc("x", "o", ["عنوان", "وأكدت ثلاثة مصادر أخرى أن سفيرة واشنطن في بغداد سلّمت الرسالة، مشيرة إلى أن "
                                    "الولايات المتحدة بفعلها ذلك، أسقطت شروطاً مسبقة بأن تتوقف الهجمات ضدها."])
    pieces = [doc["lines"][1]["text"][s - doc["lines"][1]["start"]: e - doc["lines"][1]["start"]]
              for no, _, s, e, _ in compare.units_of(doc) if no == 2]
    # "مشيرة إلى أن الولايات المتحدة بفعلها ذلك" says too little alone: it stays with the clause before it
    assert len(pieces) == 2
    assert "سلّمت الرسالة" in pieces[0] and pieces[1].startswith("أسقطت شروطاً مسبقة")


def test_entities_when_present_join_spelling_variants():
    """With the entity layer's output, two mentions of one entity count as one shared term (أمريكية / أميركية)."""
    doc = _tiny([])
    doc["entities"] = [{"id": "e-1", "canonical": "الولايات المتحدة", "type": "LOC", "variants": [],
                        "documents": ["a", "b"],
                        "mentions": [{"doc": "a", "start": 30, "end": 40, "text": ""},
                                     {"doc": "b", "start": 30, "end": 40, "text": ""}]}]
    corpus = compare.Corpus(doc)
    with_entity = [u for u in corpus.all_units if "@e-1" in u.terms]
    assert {u.doc for u in with_entity} == {"a", "b"}


# --- numbers on real SaudiNewsNet sentences (2015-08): what is one measured thing ----------------------------------
def _measured(docs: list[tuple[str, str, str, list[str]]]) -> dict:
    """A one-topic, one-story analysis of ``(id, outlet, published day, lines)`` with the real date and quantity
    extractors run over each body line."""
    from datetime import date

    from marsad.extract import dates, quantities

    out = {"documents": [], "relations": [], "stories": [{"id": "s-1", "documents": [d[0] for d in docs]}],
           "topics": [{"id": "t-1", "stories": ["s-1"]}], "dates": [], "quantities": [], "quotes": [],
           "attributions": []}
    for doc_id, outlet, day, lines in docs:
        doc = _doc(doc_id, outlet, ["عنوان الخبر"] + lines)
        doc["published"] = day
        out["documents"].append(doc)
        text = "\n".join(ln["text"] for ln in doc["lines"])
        spans = [(ln["start"], ln["end"]) for ln in doc["lines"][1:]]
        out["dates"] += [{"doc": doc_id, **d.to_json()} for d in dates.find_dates(text, spans,
                                                                                     anchor=date.fromisoformat(day))]
        out["quantities"] += [{"doc": doc_id, **q.to_json()} for q in quantities.find_quantities(text, spans)]
    return out


def _groups(doc: dict, *values: float) -> list[dict]:
    """Number groups holding a reading of every value of ``values``."""
    numbers = compare.compare(doc, Settings.build())["numbers"]
    return [n for n in numbers if set(values) <= {r["value"] for r in n["readings"]}]


@pytest.mark.parametrize(("sentence", "countries"), [
    # SaudiNewsNet records 27048 and 21756: a stem match read بن as لبنان, إمارة as الإمارات, المالية as مالي
    ("توقع مدير إدارة التطوير السياحي في إمارة منطقة الباحة سعيد بن ناصر الزهراني، أن عدد السياح الذين قدموا إلى "
     "منطقة الباحة الصيف الجاري يتجاوزون 1.5 مليون سائح وزائر.", set()),
    ("كشف نائب رئيس مجلس إدارة جمعية البر لقرى جنوب مكة ورئيس اللجنة التنفيذية عبدالله بن داود الفايز، أن الجمعية "
     "ترعى نحو 3 آلاف أسرة محتاجة للمساعدات المالية والعينية", set()),
    # record 3183: أو read as بالاو, بحر as البحرين, التسوية-like stems as بوتسوانا
    ("لقد تبين أن التوقع بأن يدفع فائض النفط الخام العالمي أسعار خام بحر الشمال – برنت – دون مستوى 60 دولارا للبرميل "
     "في وقت ما من الربع الثاني من هذا العام هو سابق لأوانه، حيث تم استيعاب جزء كبير من هذا الفائض في الخزانات أو تم "
     "تكريره إلى منتجات.", set()),
    # the same reading finds what the stems found: countries with clitics, nisbas (SaudiNewsNet 2015-07-31, 2015-08-08)
    ("وقفز الخام الأميركي (غرب تكساس الوسيط) في عقود سبتمبر 20 سنتا أو 0.4 في المائة", {"الولايات المتحدة"}),
    ("تحرير رهائن مع إنهاء حصار فندق في مالي", {"مالي"}),
    ("وأضافت أن المهاجرين جاءوا من دول مثل السنغال ومالي وبنين ونيجيريا.", {"السنغال", "مالي", "بنين", "نيجيريا"}),
])
def test_countries_are_read_from_whole_words_not_stems(sentence, countries):
    assert compare.places_in(sentence) == countries


def test_a_country_that_is_also_a_word_needs_the_article_to_name_it():
    """مالي is also "financial": after a noun, and its nisba المالية, it is the country only where the entity layer
    found Mali in the article (aawsat 2015-08-08, the Sevare siege)."""
    sentence = "وقال مصدر عسكري مالي في مدينة غاو إن القوات المسلحة المالية"
    assert compare.places_in(sentence) == set()
    assert compare.places_in(sentence, frozenset({"مالي"})) == {"مالي"}


def test_numbers_said_of_different_named_places_are_two_things():
    """Air strikes in Marib and in al-Jawf: no disagreement (SaudiNewsNet, alwatan / alweeam 2015-08-02)."""
    doc = _measured([
        ("a", "alwatan", "2015-08-02", ["وفي محافظة مأرب، شنت مقاتلات التحالف قرابة 20 غارة جوية، استهدفت مواقع "
                                        "وتجمعات وآليات الحوثيين في مناطق متفرقة من المحافظة."]),
        ("b", "alweeam", "2015-08-02", ["كما شن طيران التحالف 6 غارات على تجمع لميليشيات الحوثي و صالح في وادي خبش "
                                        "(الخارد) بمديرية المطمة في محافظة الجوف، وقصف أهدافا أخرى في همدان بمدينة "
                                        "الحزم عاصمة الجوف، إضافة إلى استهدافه عربات للحوثيين في منطقة الغيل."]),
    ])
    assert _groups(doc, 20.0, 6.0) == []
    assert compare.named_places("وفي محافظة مأرب، شنت مقاتلات التحالف") == {"مارب"}


def test_soldiers_killed_and_soldiers_wounded_are_two_counts():
    doc = _measured([
        ("a", "alriyadh", "2015-08-03", ["وقال الجيش إن أربعة جنود أصيبوا في الهجوم -الذي استخدم فيه مقاتلو حزب "
                                         "العمال البنادق- في حالة خطيرة."]),
        ("b", "okaz", "2015-08-03", ["قال الجيش التركي إن 3 جنود قتلوا وأصيب 31 في هجوم انتحاري نفذه حزب العمال "
                                     "الكردستاني في شرق تركيا أمس."]),
    ])
    assert _groups(doc, 4.0, 3.0) == []


def test_list_items_of_different_categories_are_not_a_disagreement():
    """Seats per class of municipality, listed line by line by two outlets: class B 15, class C 12."""
    doc = _measured([
        ("a", "alriyadh", "2015-08-02", ["- ثمانية عشر عضواً في البلديات من فئة (أ).",
                                         "- خمسة عشر عضواً في البلديات من فئة (ب)."]),
        ("b", "okaz", "2015-08-02", ["• 15 عضوا في البلديات من فئة (ب).", "• 12 عضوا في البلديات من فئة (ج)"]),
    ])
    flagged = [n for n in compare.compare(doc, Settings.build())["numbers"] if n["verdict"] != "agree"]
    assert flagged == []
    assert _groups(doc, 15.0) and _groups(doc, 15.0)[0]["verdict"] == "agree"  # class B said alike by both


def test_a_distance_that_places_is_no_measured_thing():
    """'١٨٠ كلم شرق المدينة المنورة' says where a well is: two well accidents 180 and 270 km away are no drift."""
    doc = _measured([
        ("a", "sabq", "2015-08-02", ["انتشلت فرق الدفاع المدني بالمدينة المنورة صباح اليوم، جثمان مواطن يبلغ من "
                                     "العمر 19 عاماً، سقط في بئر بمركز الهميج ١٨٠ كلم شرق المدينة المنورة، وسلمت "
                                     "الجثة إلى جهات الاختصاص."]),
        ("c", "alweeam", "2015-08-02", ["لقي مواطن يبلغ من العمر ١٩ عاما مصرعه جراء سقوطه ببئر في مركز الهميج "
                                        "(١٨٠ كلم شرق المدينة المنورة) ."]),
        ("b", "sabq", "2015-08-03", ["وأوضح الناطق الإعلامي المكلف باسم الدفاع المدني بمنطقة المدينة المنورة، النقيب "
                                     "نايف محمد الجهني، أن مركز التحكم والتوجيه بإدارة الدفاع المدني بمحافظة العيص "
                                     "أبلغ عند الساعة ٨:٥٨ من صباح هذا اليوم الاثنين عن سقوط مقيم في بئر بمركز "
                                     "المرمية ٢٧٠ كلم شمال غرب المدينة المنورة، وعليه تم توجيه فرق الدفاع المدني "
                                     "اللازمة إلى الموقع."]),
    ])
    assert _groups(doc, 180.0, 270.0) == []


def test_the_same_day_named_in_the_sentence_makes_a_disagreement_not_a_drift():
    """13 and 18 families hosted, both as of Friday 31 July: one published Sunday says 'صباح يوم الجمعة'."""
    doc = _measured([
        ("a", "alriyadh", "2015-08-02", ["وفي سياق متصل، أنهت جمعية البر بالأحساء الجمعة الإجراءات النظامية لمغادرة "
                                         "العمانيين المصابين وذويهم بالتعاون مع الجهات الحكومية ذات الاختصاص بعد ان "
                                         "استضافت الجمعية 13 أسرة من المصابين وقدمت لهم كافة الخدمات التي يحتاجونها "
                                         "ضمن مشروع عابر سبيل."]),
        ("b", "aljazirah", "2015-08-02", ["أنهت جمعية البر بالأحساء في وقت قياسي من صباح يوم الجمعة كافة الإجراءات "
                                          "النظامية لمغادرة مصابي حادث خريص وذويهم، بالتعاون مع الجهات الحكومية ذات "
                                          "الاختصاص وذلك بعد أن استضافات الجمعية 18 أسرة من المصابين وقدّمت لهم كافة "
                                          "الخدمات التي يحتاجونها ضمن مشروع عابر سبيل."]),
    ])
    found = _groups(doc, 13.0, 18.0)
    assert len(found) == 1 and found[0]["verdict"] == "disagree"


def test_prices_at_two_times_of_one_day_drift():
    """Spot gold at 06:33 and at 14:04 GMT of 6 August 2015: two moments, so a drift, never a disagreement."""
    doc = _measured([
        ("a", "aleqtisadiya", "2015-08-06", ["وارتفع سعر الذهب في المعاملات الفورية 0.1 بالمئة إلى 1086.20 دولار "
                                             "للأوقية بحلول الساعة 0633 بتوقيت جرينتش."]),
        ("b", "3alyoum", "2015-08-06", ["وارتفع سعر الذهب في المعاملات الفورية 0.2 بالمئة إلى 1086.56 دولار "
                                        "للأوقية بحلول الساعة 1404 بتوقيت جرينتش."]),
    ])
    found = _groups(doc, 1086.2, 1086.56)
    assert len(found) == 1 and found[0]["verdict"] == "drift"
    assert sorted(r["as_of_time"] for r in found[0]["readings"]) == ["06:33", "14:04"]


def test_a_market_price_is_said_where_its_own_sentence_says():
    """Brent at 06:47 GMT (alriyadh) and at 14:27 GMT (aawsat), 2015-07-31: a drift, though one article's lead names
    the US stockpiles and the other's the Chinese slowdown (those are demand, not the market of the price); US crude
    (الخام الأميركي) in the same article is another market, never a reading of Brent."""
    doc = _measured([
        ("a", "alriyadh", "2015-07-31", [
            "استقرت أسعار النفط في التعاملات الآسيوية امس بعد أن أظهرت بيانات أسبوعية هبوطاً أكبر من المتوقع في "
            "مخزونات الولايات المتحدة من النفط الخام والبنزين.",
            "وارتفع سعر مزيج برنت في العقود الآجلة تسليم سبتمبر 13 سنتاً إلى 53.51 دولاراً للبرميل بحلول الساعة 0647 "
            "بتوقيت جرينتش بعدما ارتفع ثمانية سنتات عند التسوية في الجلسة السابقة."]),
        ("b", "aawsat", "2015-07-31", [
            "وقال إنه لا يتوقع أي مشكلات بسوق النفط جراء التباطؤ الاقتصادي في الصين",
            "وارتفع سعر مزيج برنت في العقود الآجلة لتسليم سبتمبر (أيلول) 50 سنتا أو واحدا في المائة إلى 53.88 دولار "
            "للبرميل بحلول الساعة 14:27 بتوقيت غرينتش بعدما ارتفع ثمانية سنتات عند التسوية في الجلسة السابقة.",
            "وقفز الخام الأميركي (غرب تكساس الوسيط) في عقود سبتمبر 20 سنتا أو 0.4 في المائة إلى 48.99 دولار للبرميل "
            "بعدما أنهى الجلسة السابقة، مرتفعا 81 سنتا أو 1.7 في المائة."]),
    ])
    found = _groups(doc, 53.51, 53.88)
    assert len(found) == 1 and found[0]["verdict"] == "drift"
    assert 48.99 not in {r["value"] for r in found[0]["readings"]}


def test_sums_of_two_different_priced_things_are_not_one_measure():
    """2015-07-26: the average UK mortgage (aawsat, 126 thousand pounds) and the average UK house price (aleqtisadiya,
    193 thousand): one currency, two measured things, no disagreement."""
    doc = _measured([
        ("a", "aawsat", "2015-07-26", [
            "ومن المعروف أن الفوائد المفروضة على القروض العقارية تكون في العادة أعلى من سعر الفائدة الأساسي. وهي تصل "
            "في المتوسط حاليا إلى 3.5 في المائة وقد ترتفع إلى 4.5 في المائة أو أكثر خلال العام المقبل. ويصل متوسط حجم "
            "القرض العقاري في بريطانية إلى 126 ألف إسترليني تقريبا."]),
        ("b", "aleqtisadiya", "2015-07-26", [
            "ويقدر متوسط سعر المنزل حاليا في بريطانيا بـ 193 ألف جنيه إسترليني، وهي المرة الأولى التي يصل فيها متوسط "
            "السعر لهذا المستوى، وهي المرة الأولى كذلك التي يتخطى فيها السعر حاجز الـ 190 ألف جنيه إسترليني، فيما "
            "يتوقع الخبراء العقاريون زيادة أسعار المنازل في بريطانيا بنسبة 6 في المائة خلال العام الجاري."]),
    ])
    assert _groups(doc, 126000.0, 193000.0) == []


def test_changes_of_two_moments_are_not_one_measured_thing():
    """'ارتفعت عقود الخام الأمريكي ... 32 سنتا' on 3 August and '... 18 سنتا' on 6 August: two changes."""
    doc = _measured([
        ("a", "aleqtisadiya", "2015-08-04", ["وارتفعت عقود الخام الأمريكي تسليم أيلول (سبتمبر) 32 سنتا إلى 46.06 "
                                             "دولار متعافية من أدنى مستوياتها في أربعة أشهر."]),
        ("b", "3alyoum", "2015-08-07", ["وارتفعت عقود الخام الامريكي لأقرب استحقاق 18 سنتا الي 44.84 دولار للبرميل "
                                        "بحلول الساعة 0450 بتوقيت جرينتش."]),
    ])
    assert _groups(doc, 32.0, 18.0) == []


def test_two_quarters_of_one_city_are_two_places():
    doc = _measured([
        ("a", "3alyoum", "2015-08-06", ["أنقذت فرق الدفاع المدني بالعاصمة المقدسة 35 شخصًا عقب اشتعال حريق بأحد "
                                        "المساكن صباح اليوم بحي العزيزية."]),
        ("b", "alweeam", "2015-08-06", ["تمكنت فرق الدفاع المدني بالعاصمة المقدسة من إنقاذ 15 شخصًا في حريق اندلع "
                                        "مساء اليوم، في شقة بداخل عمارة بحي العوالي بسبب التماس كهربائي."]),
    ])
    assert _groups(doc, 35.0, 15.0) == []


@pytest.mark.parametrize("a, b", [
    # 157 million shares is 157,978,034 rounded (aleqtisadiya / alyaum, 2015-08-06)
    ({"value": 157e6, "qualifier": None, "text": "157 مليون سهم"}, {"value": 157978034, "text": "157,978,034 سهما"}),
    ({"value": 4.2e6, "qualifier": None, "text": "4.2 مليون سهم"}, {"value": 4.24e6, "text": "4.24 مليون سهم"}),
])
def test_a_figure_before_a_scale_word_is_rounded(a, b):
    assert _overlap(_interval(a), _interval(b))
    assert not _overlap(_interval({"value": 2500, "qualifier": None, "text": "2500 جندي"}),
                        _interval({"value": 2501, "qualifier": None, "text": "2501 جندي"}))


def test_years_and_clock_minutes_are_no_counts():
    doc = _measured([
        ("a", "aawsat", "2015-08-06", ["‏49 دولار للبرميل أمس بحلول الساعة 13:19 بتوقيت غرينتش."]),
        ("b", "alriyadh", "2015-08-06", ["وبلغ سعر البرميل 49 دولار بحلول الساعة 13:28 بتوقيت غرينتش."]),
    ])
    assert [n for n in compare.compare(doc, Settings.build())["numbers"] if n["measure_key"] == "توقيت"] == []


# --- facts: one statement, one fact ------------------------------------------------------------------------------
def test_a_statement_two_articles_carry_in_parts_is_one_fact():
    """SaudiNewsNet 2015-08-02 (alwatan / aawsat): alwatan puts a comma before 'كما', aawsat does not, so one article
    has the statement in two clauses and the other in one. On the whole corpus the one clause was matched with each
    of the two apart, which made two facts with the same text; they are one fact. Two counts of one sentence (the
    2500 / 900 soldiers of the seeds) found through their numbers stay two."""
    from marsad.facts import _merge_duplicates

    tail = "وأضافت أن أصوات ضخمة سمعت في محيط المكان، نتيجة لانفجار الأسلحة والذخائر{} كما أدت إلى مصرع وإصابة عشرات " \
           "المتمردين."
    doc = _tiny([])
    doc["documents"] = [_doc("a", "alwatan", ["عنوان", tail.format("،")]), _doc("b", "aawsat", ["عنوان", tail.format("")])]
    units = compare.Corpus(doc).all_units
    a1, a2 = [u.idx for u in units if u.doc == "a" and ("لانفجار" in u.text or "مصرع" in u.text)]
    b1 = next(u.idx for u in units if u.doc == "b" and "لانفجار" in u.text and "مصرع" in u.text)
    assert a1 != a2
    assert _merge_duplicates([({a1, b1}, None), ({a2, b1}, None)], units) == [{a1, a2, b1}]
    assert len(_merge_duplicates([({a1, b1}, "42 مسلح"), ({a2, b1}, "93 جريح")], units)) == 2


# --- origins and editorial ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("doc, name", [
    ({"id": "d", "outlet": None, "source_credit": "صحيفة الحياة", "url": None, "path": "x/001.txt"}, "صحيفة الحياة"),
    ({"id": "d", "outlet": None, "source_credit": None, "url": "https://www.okaz.com.sa/news/1", "path": "a.txt"},
     "okaz.com.sa"),
    ({"id": "d", "outlet": None, "source_credit": None, "url": None, "path": "pages/001_aljazeera.txt"},
     "001_aljazeera"),
    ({"id": "d", "outlet": "alriyadh", "source_credit": None, "url": None, "path": "a.txt"}, "alriyadh"),
])
def test_an_unknown_outlet_is_named_by_what_a_reader_can_place(doc, name):
    assert compare.outlet_name(doc) == name
    assert compare.outlet_known(doc) is (doc["outlet"] is not None)


def test_an_unknown_outlet_origin_is_marked():
    doc = _tiny([])
    for d, path in zip(doc["documents"], ("scrapes/001_riyadh.txt", "scrapes/002_okaz.txt"), strict=True):
        d["outlet"], d["path"] = None, path
    doc["documents"][0]["lines"] = _doc("a", None, [SPA_LINES[0], SPA_LINES[1].replace(
        "، وفق وكالة الأنباء السعودية", ""), SPA_LINES[2]])["lines"]
    doc["documents"][1]["lines"] = doc["documents"][0]["lines"]
    shared = [f for f in compare.compare(doc, Settings.build())["facts"] if len(f["documents"]) == 2]
    titles = {(o["name"], o["kind"]) for f in shared if f["text"] == SPA_LINES[0] for o in f["origins"]}
    assert titles == {("001_riyadh", "unknown outlet"), ("002_okaz", "unknown outlet")}
    # the body sentence, word for word in both: one origin, named by the files
    assert {(o["name"], o["kind"]) for f in shared if f["text"] != SPA_LINES[0] for o in f["origins"]} == {
        ("001_riyadh + 002_okaz (same wording)", "wording")}


def test_a_claim_reported_with_iddaa_is_attributed():
    """SaudiNewsNet: 'ادعت' reports what someone claimed; the sentence is no editorial line."""
    sentence = ("وفي الواقع، ادعت أنه كان بإمكان اليونان تحقيق نسب أفضل من المتوقع للديون بالنسبة للناتج المحلي "
                "الإجمالي بحلول عام 2020 و2022.")
    assert is_reported(sentence, editorial_cues(sentence))


def test_a_clause_of_names_only_is_no_fact():
    # SaudiNewsNet 2015-07-26: two outlets list the same agencies in one sentence; the list item names bodies and
    # states nothing, so it is no fact "confirmed by two outlets". The clause with the claim still is one.
    from .test_numbers import _analysis

    line = ("وشارك في الحملة وزارة التجارة والصناعة، والهيئة السعودية للمواصفات والمقاييس والجودة، "
            "ومصلحة الجمارك العامة")
    claim = "وضبطت الفرق الميدانية 943 ثلاجة مخالفة للمواصفات في مستودعات جدة"
    doc = _analysis([("a", "sabq", "2015-07-26", [claim, line]), ("b", "almadina", "2015-07-26", [claim, line])],
                    places=("وزارة التجارة والصناعة", "الهيئة السعودية للمواصفات والمقاييس والجودة",
                            "مصلحة الجمارك العامة"))
    texts = [[s["text"] for s in f["sentences"]] for f in compare.compare(doc, Settings.build())["facts"]]
    assert any("943 ثلاجة" in t[0] for t in texts)
    assert not any(t[0].strip(" ،,").startswith(("والهيئة", "ومصلحة")) for t in texts), texts


def test_items_of_a_list_with_one_count_are_not_one_fact():
    # SaudiNewsNet 2015-07-26, new hospitals of the Makkah region as several outlets list them: two hospitals of
    # 500 beds in two towns are two items, not one fact; the region's total stays its own fact
    from .test_numbers import _analysis

    lines = ["وأوضحت الشؤون الصحية في منطقة مكة المكرمة أنه من المتوقع ارتفاع عدد الأسرة في مستشفيات المحافظات "
             "والمراكز التابعة لها من 8500 سرير إلى أكثر من 10 آلاف سرير",
             "ويجري حاليا تنفيذ مستشفى الصحة النفسية بجدة بسعة 500 سرير",
             "ومن المشاريع المنجزة مستشفى الملك فيصل في الطائف بسعة 500 سرير"]
    doc = _analysis([("a", "okaz", "2015-07-26", lines), ("b", "alriyadh", "2015-07-26", lines),
                     ("c", "almadina", "2015-07-26", lines)], places=("جدة", "الطائف", "مكة المكرمة"))
    for f in compare.compare(doc, Settings.build())["facts"]:
        texts = " ".join(s["text"] for s in f["sentences"])
        assert not ("بجدة" in texts and "الطائف" in texts), texts
        assert not ("10 آلاف" in texts and "بسعة 500" in texts), texts


# SaudiNewsNet records of 2015-07-25 (line numbers of saudinewsnet_all.jsonl.gz): a bank-loans story of 7 articles,
# a building lease and female circumcision figures, whose facts changed from one Python process to the next.
HASH_SEED_RECORDS = {8538, 8618, 8660, 8668, 8700, 8716, 8992, 9208, 9276, 9350, 9435, 9480, 9629, 9854}


def test_the_comparison_does_not_depend_on_the_hash_seed(shared_dir, tmp_path):
    """Sets of words and quantity labels iterate in an order that changes with PYTHONHASHSEED; sums over them and
    groups built in that order must not (on the whole day 5 facts of 11,504 changed their sentences between runs)."""
    import gzip

    records = tmp_path / "day.jsonl"
    with gzip.open(shared_dir / "corpus" / "saudinewsnet" / "saudinewsnet_all.jsonl.gz", "rt", encoding="utf-8") as f:
        records.write_text("".join(line for no, line in enumerate(f) if no in HASH_SEED_RECORDS), encoding="utf-8")
    with Store(tmp_path / "day.db") as store:
        pipeline.run([records], Settings.build(), store)
        doc = analysis.build(store)
    path = tmp_path / "day.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    script = ("import json, sys; from marsad import compare; from marsad.settings import Settings; "
              "print(json.dumps(compare.compare(json.load(open(sys.argv[1], encoding='utf-8')), Settings.build()), "
              "sort_keys=True))")
    runs = {subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2, 3)}
    assert len(runs) == 1 and len(json.loads(runs.pop())["facts"]) > 20
