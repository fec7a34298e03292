"""The static HTML report, rendered from analysis dicts built by hand from the real seed pages."""

from __future__ import annotations

import html
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.errors import InputError
from marsad.report import anchor, count, outlet_of, removal_reason, span_anchor, story_filename, write_html
from tests.conftest import gold_lines

KINDS = ("title", "lead", "subheading", "body", "metadata", "noise")


def _document(doc_id: str, text: str, gold: dict, **extra) -> dict:
    """A document record as marsad.analysis writes it, with line kinds taken from the hand annotation."""
    kind_of = {}
    for kind in KINDS:
        value = gold.get(kind)
        for no in ([value] if isinstance(value, int) else value or []):
            kind_of[no] = kind
    lines, removed, offset = [], [], 0
    for no, raw in enumerate(text.split("\n"), start=1):
        start, end = offset, offset + len(raw)
        offset = end + 1
        if not raw.strip():
            continue
        kind = kind_of.get(no, "body")
        record = {"no": no, "kind": kind, "start": start, "end": end, "text": raw.strip(),
                  "reason": None if kind in ("body", "lead", "subheading") else kind}
        lines.append(record)
        if kind == "noise":
            removed.append({"no": no, "text": raw.strip(), "reason": "debris line", "start": start, "end": end})
    title = gold_lines(text, [gold["title"]])[0] if gold.get("title") else None
    body = "\n".join(gold_lines(text, gold.get("body") or []))
    return {"id": doc_id, "path": f"examples/seeds/{doc_id}.txt", "format": "text", "encoding": "utf-8",
            "outlet": None, "url": None, "author": None, "title": title,
            "published": (gold.get("published") or {}).get("true_date"), "published_from": "inferred",
            "source_credit": None, "dateline": None, "lead": "", "subheadings": [], "body": body,
            "lines": lines, "removed": removed, "duplicate_of": None, "wire_copies": [], **extra}


@pytest.fixture()
def seed_analysis(seed_texts, gold) -> dict:
    ids = sorted(seed_texts)
    docs = [_document(i, seed_texts[i], gold["documents"][i]) for i in ids]
    # Two stories as a clusterer would put them: the Iraq/coalition talks, and the rest.
    docs[0]["story"] = docs[1]["story"] = docs[3]["story"] = "s-1"
    docs[2]["story"] = docs[4]["story"] = "s-2"
    docs[3]["source_credit"] = "الجزيرة"
    docs[3]["duplicate_of"] = docs[0]["id"]
    stories = [{"id": s, "title": next(d["title"] for d in docs if d["story"] == s and d["title"]),
                "documents": [d["id"] for d in docs if d["story"] == s], "topic": "t-1"} for s in ("s-1", "s-2")]
    return {"schema": "marsad.analysis.v1", "generated_at": "2026-11-23T08:00:00Z", "marsad_version": "0.1.0",
            "run": {"seen": 6, "added": 5, "unchanged": 0, "rejected": 1, "duplicates": 1, "seconds": 1.2},
            "documents": docs, "stories": stories,
            "topics": [{"id": "t-1", "title": "العراق والتحالف الدولي", "stories": ["s-1", "s-2"]}],
            "relations": [{"doc": docs[3]["id"], "of": docs[0]["id"], "kind": "near", "score": 0.91}],
            "rejections": [{"path": "scrape/broken.bin", "stage": "ingest",
                            "reason": "binary file (NUL bytes); not a text, HTML, JSON or feed document"}],
            "quotes": [{"doc": docs[1]["id"], "start": 0, "end": 10, "text": "طالما لم يعكر صفو المحادثات شيء",
                        "speaker": "يحيى رسول", "cue": "قال", "direct": True}],
            "quantities": [{"doc": docs[1]["id"], "start": 0, "end": 9, "text": "نحو 2500 جندي", "value": 2500,
                            "qualifier": "about", "unit": "جندي", "kind": "cardinal"}],
            "entities": [{"id": "e-1", "canonical": "يحيى رسول", "type": "PERS", "variants": ["رسول"],
                          "roles": ["المتحدث باسم الجيش العراقي"], "documents": [docs[1]["id"]], "mentions": []}]}


def _text(page: Path) -> str:
    return html.unescape(page.read_text(encoding="utf-8"))


def _story_page(out: Path, story_id: str) -> Path:
    return out / "stories" / story_filename(story_id)


def test_index_is_rtl_arabic_and_summarizes_the_run(seed_analysis, tmp_path):
    index = write_html(seed_analysis, tmp_path)
    assert index == tmp_path / "index.html"
    page = index.read_text(encoding="utf-8")
    assert re.search(r'<html dir="rtl" lang="ar">', page)
    assert '<meta charset="utf-8">' in page
    assert "<script" not in page and "http://" not in page and "https://" not in page  # offline, no JS
    text = _text(index)
    assert "العراق والتحالف الدولي" in text
    for story in seed_analysis["stories"]:
        assert f'href="stories/{story_filename(story["id"])}"' in page
        assert story["title"] in text


def test_every_story_page_exists_and_holds_each_body_line(seed_analysis, seed_texts, gold, tmp_path):
    write_html(seed_analysis, tmp_path)
    for story in seed_analysis["stories"]:
        page = _story_page(tmp_path, story["id"])
        assert page.is_file()
        text = _text(page)
        for doc_id in story["documents"]:
            assert f'id="{anchor(doc_id)}"' in page.read_text(encoding="utf-8")
            for line in gold_lines(seed_texts[doc_id], gold["documents"][doc_id]["body"]):
                assert line in text, (doc_id, line)


@pytest.mark.parametrize("doc_index", range(5))
def test_removed_lines_appear_only_inside_details(seed_analysis, tmp_path, doc_index):
    write_html(seed_analysis, tmp_path)
    doc = seed_analysis["documents"][doc_index]
    page = _text(_story_page(tmp_path, doc["story"]))
    article = page[page.index(f'id="{anchor(doc["id"])}"'):]
    article = article[:article.index("</article>")]
    details = "".join(re.findall(r"<details.*?</details>", article, flags=re.S))
    outside = re.sub(r"<details.*?</details>", "", article, flags=re.S)
    kept = {ln["text"] for ln in doc["lines"] if ln["kind"] != "noise"}
    for removed in doc["removed"]:
        assert removed["text"] in details
        if removed["text"] not in kept:  # a debris line may repeat a kept line word for word (pull quotes)
            assert removed["text"] not in {node.strip() for node in re.findall(r">([^<]+)<", outside)}
    assert bool(details) == bool(doc["removed"])


def test_articles_are_ordered_by_date_and_show_where_the_date_came_from(seed_analysis, tmp_path):
    write_html(seed_analysis, tmp_path)
    page = _story_page(tmp_path, "s-1").read_text(encoding="utf-8")
    docs = {d["id"]: d for d in seed_analysis["documents"]}
    members = sorted(seed_analysis["stories"][0]["documents"], key=lambda i: docs[i]["published"])
    positions = [page.index(f'<article class="doc" id="{anchor(i)}"') for i in members]
    assert positions == sorted(positions)
    assert "مُستنتَج" in page and '<abbr title="' in page
    assert "الجزيرة" in html.unescape(page)  # source credit stands in for the unknown outlet


def test_rejections_relations_and_extractions_are_listed(seed_analysis, tmp_path):
    write_html(seed_analysis, tmp_path)
    index = _text(tmp_path / "index.html")
    assert "scrape/broken.bin" in index and "binary file (NUL bytes)" in index
    assert "شبه مطابق" in index and "0.91" in index
    assert "scrape/broken.bin" in _text(tmp_path / "rejections.html")
    story = _text(_story_page(tmp_path, "s-1"))
    assert "يحيى رسول" in story and "طالما لم يعكر صفو المحادثات شيء" in story
    assert "2500" in story and "نحو" in story
    assert "نسخة مكررة" in story


def test_everything_is_escaped(seed_analysis, tmp_path):
    evil = '<script>alert("x")</script>'
    seed_analysis["stories"][0]["title"] = evil
    seed_analysis["documents"][0]["title"] = evil
    seed_analysis["documents"][0]["removed"].append({"no": 99, "text": evil, "reason": evil})
    seed_analysis["rejections"][0]["reason"] = evil
    write_html(seed_analysis, tmp_path)
    for page in [tmp_path / "index.html", *sorted((tmp_path / "stories").glob("*.html"))]:
        raw = page.read_text(encoding="utf-8")
        assert "<script" not in raw
    assert "&lt;script&gt;" in (tmp_path / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("story_id", ["../../etc/passwd", "a/b", "قصة-1", "-x-", "CON", "con", "nul.txt", "s 1", "", "x" * 300, "S-1"])
def test_story_file_names_are_safe_whatever_the_id(story_id, tmp_path):
    analysis = {"schema": "marsad.analysis.v1",
                "documents": [{"id": "d1", "title": "عنوان", "body": "فقرة أولى", "story": story_id}],
                "stories": [{"id": story_id, "title": "عنوان", "documents": ["d1"]}]}
    write_html(analysis, tmp_path / "out")
    pages = list((tmp_path / "out" / "stories").iterdir())
    assert [p.name for p in pages] == [story_filename(story_id)]
    assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*\.html", pages[0].name) and len(pages[0].name) < 100
    assert "فقرة أولى" in _text(pages[0])


@settings(max_examples=50, deadline=None)
@given(st.text(min_size=0, max_size=40))
def test_distinct_ids_never_share_a_page(story_id):
    name = story_filename(story_id)
    assert "/" not in name and "\\" not in name and not name.startswith(".")
    if story_id != story_id.lower():
        assert story_filename(story_id.lower()) != name  # case-insensitive disks


def test_minimal_analysis_with_missing_optional_keys(tmp_path):
    analysis = {"schema": "marsad.analysis.v1", "documents": [
        {"id": "a", "body": "السطر الأول\nالسطر الثاني"},  # no story, no title, no lines
        {"id": "b", "title": None, "lines": [], "story": "s-9", "published": None, "wire_copies": ["a", "b"]}]}
    index = write_html(analysis, tmp_path)
    assert index.is_file()
    pages = {p.name: _text(p) for p in (tmp_path / "stories").glob("*.html")}
    assert any("السطر الثاني" in t for t in pages.values())
    assert story_filename("s-9") in pages
    assert "Undefined" not in "".join(pages.values()) and "None" not in "".join(pages.values())


def test_empty_analysis_and_bad_input(tmp_path):
    assert write_html({"schema": "marsad.analysis.v1", "documents": []}, tmp_path).is_file()
    with pytest.raises(InputError):
        write_html({"schema": "marsad.analysis.v1"}, tmp_path)


def _synthetic(n_docs: int, n_stories: int, body: str) -> dict:
    docs = [{"id": f"{i:06d}_{i * 7919:016x}", "title": f"خبر رقم {i}", "outlet": f"منفذ {i % 37}",
             "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "published_from": "metadata",
             "body": body, "story": f"s-{i % n_stories}",
             "removed": [{"no": 1, "text": "إقرأ أيضاً:", "reason": "read-also block"}]} for i in range(n_docs)]
    stories = [{"id": f"s-{s}", "title": f"قصة {s}", "documents": [d["id"] for d in docs[s::n_stories]]}
               for s in range(n_stories)]
    return {"schema": "marsad.analysis.v1", "documents": docs, "stories": stories,
            "topics": [{"id": "t-1", "title": "موضوع", "stories": [s["id"] for s in stories]}],
            "relations": [{"doc": docs[i]["id"], "of": docs[i - 1]["id"], "kind": "exact", "score": 1.0}
                          for i in range(1, n_docs, 50)]}


def test_large_run_renders_fast_and_paginates(seed_texts, tmp_path):
    body = next(iter(seed_texts.values()))
    analysis = _synthetic(5000, 1000, body)
    started = time.perf_counter()
    write_html(analysis, tmp_path, page_size=500)
    elapsed = time.perf_counter() - started
    assert elapsed < 10, elapsed
    assert len(list((tmp_path / "stories").glob("*.html"))) == 1000
    assert (tmp_path / "index-2.html").is_file() and not (tmp_path / "index-3.html").exists()
    assert (tmp_path / "index.html").stat().st_size < 2_000_000


def test_untitled_article_is_named_by_its_first_words(seed_analysis, seed_texts, gold, tmp_path):
    untitled = next(d for d in seed_analysis["documents"] if not d["title"])  # seed 003 has no title line
    write_html(seed_analysis, tmp_path)
    page = _text(_story_page(tmp_path, untitled["story"]))
    first_words = " ".join(untitled["body"].split()[:5])
    assert first_words in page and "بلا عنوان" in page


@pytest.mark.parametrize(("doc", "expected"), [
    ({"id": "a", "outlet": "اليوم السابع", "source_credit": "رويترز", "path": "x/a.html"}, "اليوم السابع"),
    ({"id": "a", "outlet": None, "source_credit": "الجزيرة", "path": "x/a.html"}, "الجزيرة"),
    ({"id": "a", "path": "scrape\\2024\\a.html"}, "a.html"),
    ({"id": "a"}, "a"),
])
def test_outlet_falls_back_to_credit_then_file_name(doc, expected):
    assert outlet_of(doc) == expected


def test_unknown_outlets_are_counted_apart_and_quantities_read_naturally(seed_analysis, tmp_path):
    write_html(seed_analysis, tmp_path)
    story = _text(_story_page(tmp_path, "s-1"))  # one article credits الجزيرة, two name no outlet
    assert "منفذ واحد · مقالان بلا منفذ معروف" in story
    assert "2,500" in story


@pytest.mark.parametrize(("n", "noun", "expected"), [
    (1, "article", "مقال واحد"), (2, "article", "مقالان"), (3, "article", "3 مقالات"), (10, "story", "10 قصص"),
    (11, "article", "11 مقالًا"), (99, "outlet", "99 منفذًا"), (100, "article", "100 مقال"),
    (103, "line", "103 أسطر"), (0, "article", "0 مقال"),
])
def test_counts_follow_arabic_number_agreement(n, noun, expected):
    assert html.unescape(re.sub(r"<[^>]+>", "", str(count(n, noun)))) == expected


# --- cross-source sections: summaries, facts, numbers, editorial, timeline (issue 6) ----------------------------
def _span(doc: dict, needle: str, whole_sentence: bool = True) -> dict:
    """``{doc, line, start, end, text}`` of ``needle`` (or of its whole line) in the document's own lines."""
    line = next(ln for ln in doc["lines"] if needle in ln["text"])
    lo = line["text"].index(needle)
    hi = lo + len(needle)
    if whole_sentence:
        lo, hi = 0, len(line["text"])
    return {"doc": doc["id"], "line": line["no"], "start": line["start"] + lo, "end": line["start"] + hi,
            "text": line["text"][lo:hi]}


class _Ids(HTMLParser):
    """Ids of a page, and the text inside each element that has one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: dict[str, str] = {}
        self.classes: dict[str, str] = {}
        self._open: list[tuple[str | None, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("meta", "br", "img", "link", "input"):
            if a.get("id"):
                self.ids[a["id"]] = ""
            return
        self._open.append((a.get("id"), []))
        if a.get("id"):
            self.ids[a["id"]] = ""
            self.classes[a["id"]] = a.get("class") or ""

    def handle_endtag(self, tag):
        if tag in ("meta", "br", "img", "link", "input") or not self._open:
            return
        ident, parts = self._open.pop()
        text = "".join(parts)
        if ident:
            self.ids[ident] = text
        if self._open:
            self._open[-1][1].append(text)

    def handle_data(self, data):
        if self._open:
            self._open[-1][1].append(data)


def _ids(page: Path) -> _Ids:
    parser = _Ids()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


@pytest.fixture()
def compared_analysis(seed_analysis) -> dict:
    d = {doc["id"][:3]: doc for doc in seed_analysis["documents"]}
    troops = [_span(d["000"], "وللولايات المتحدة 2500 جندي"), _span(d["001"], "وتنشر الولايات المتحدة نحو 2500"),
              _span(d["003"], "ويوجد نحو 2500 جندي")]
    attacks = [(d["003"], "نحو 150 هجوماً", 150, "about", "2024-01-24"),
               (d["001"], "لأكثر من 165 هجوما", 165, "more_than", "2024-02-11")]
    readings = [{**_span(doc, text, whole_sentence=False), "outlet": None, "value": value, "qualifier": q, "as_of": as_of}
                for doc, text, value, q, as_of in attacks]
    masthead = next(ln for ln in d["000"]["lines"] if ln["kind"] == "noise")
    d["000"]["removed"].append({"no": 90, "text": "إقرأ أيضاً:", "reason": "read-also block"})
    seed_analysis.update({
        "summaries": [
            {"scope": "story", "id": "s-1", "sentences": [
                {k: v for k, v in _span(d["000"], "كشفت مصادر دبلوماسية").items() if k != "line"}, troops[1]]},
            {"scope": "topic", "id": "t-1", "sentences": [troops[0], _span(d["002"], "وتشكل التحالف العسكري")]}],
        "facts": [
            {"id": "f-1", "story": "s-1", "topic": "t-1", "text": "للولايات المتحدة نحو 2500 جندي في العراق",
             "sentences": troops, "documents": [t["doc"] for t in troops],
             "outlets": ["اليوم السابع", "الجزيرة", "تلفزيون سوريا"],
             "origins": [{"name": "رويترز", "documents": [troops[0]["doc"], troops[2]["doc"]]},
                         {"name": "الجزيرة", "documents": [troops[1]["doc"]]}],
             "independent_origins": 2, "unique": False},
            {"id": "f-2", "story": "s-1", "topic": "t-1", "text": "واشنطن تخطط للانسحاب من سوريا",
             "sentences": [_span(d["003"], "فورين بوليسي")], "documents": [d["003"]["id"]],
             "outlets": ["تلفزيون سوريا"], "origins": [{"name": "فورين بوليسي", "documents": 1}],
             "independent_origins": 1, "unique": True},
            # a sentence on a removed line: shown, linked to its article only
            {"id": "f-3", "story": "s-1", "topic": "t-1", "text": "نص من سطر محذوف", "unique": True,
             "sentences": [{"doc": d["000"]["id"], "line": masthead["no"], "start": masthead["start"],
                            "end": masthead["end"], "text": masthead["text"]}]}],
        "numbers": [{"id": "n-1", "story": "s-1", "topic": "t-1", "measure": "الهجمات على القوات الأميركية",
                     "readings": list(reversed(readings)), "verdict": "drift"}],
        "editorial": [{**_span(d["002"], "ويكشف هذا الاستعجال"), "reason": "unattributed evaluation"}],
        "timeline": [
            {"topic": "t-1", "story": "s-1", "date": "2024-02-11", "granularity": "day", "text": "استئناف المحادثات",
             "sources": [_span(d["001"], "ومنذ منتصف أكتوبر")]},
            {"topic": "t-1", "story": "s-1", "date": "2014", "granularity": "year", "text": "تشكيل التحالف الدولي",
             "sources": [_span(d["001"], "تشكل عام 2014"), _span(d["002"], "وتشكل التحالف العسكري")]},
            {"topic": "t-1", "story": "s-2", "date": "2025-09", "granularity": "month",
             "text": "الموعد المستهدف لإنهاء عمل التحالف", "sources": [_span(d["004"], "بحلول سبتمبر")]}],
    })
    return seed_analysis


def test_every_link_of_every_page_lands_on_an_existing_anchor(compared_analysis, tmp_path):
    write_html(compared_analysis, tmp_path)
    pages = sorted(tmp_path.rglob("*.html"))
    assert (tmp_path / "topics").is_dir()
    checked = 0
    for page in pages:
        for href in re.findall(r'href="([^"]+)"', page.read_text(encoding="utf-8")):
            target, _, fragment = html.unescape(href).partition("#")
            file = (page.parent / target).resolve() if target else page
            assert file.is_file(), (page.name, href)
            if fragment:
                assert fragment in _ids(file).ids, (page.name, href)
                checked += 1
    assert checked > 20


def test_summary_sentences_link_to_their_highlighted_span(compared_analysis, tmp_path):
    write_html(compared_analysis, tmp_path)
    page = _story_page(tmp_path, "s-1")
    raw = page.read_text(encoding="utf-8")
    ids = _ids(page)
    summary = raw[raw.index('<section class="summary"'):raw.index("</section>")]
    sentences = compared_analysis["summaries"][0]["sentences"]
    for x in sentences:
        href = f'../stories/{story_filename("s-1")}#{span_anchor(x["doc"], x["start"], x["end"])}'
        assert f'href="{href}"' in summary
        assert ids.ids[span_anchor(x["doc"], x["start"], x["end"])] == x["text"]  # the span holds the sentence
        assert "summary" in ids.classes[span_anchor(x["doc"], x["start"], x["end"])]
    # the cited paragraph still reads whole once its markup is removed
    line = sentences[0]["text"]
    assert line in re.sub(r"<[^>]+>", "", html.unescape(raw))


def test_facts_show_outlets_independent_origins_and_unique_claims(compared_analysis, tmp_path):
    write_html(compared_analysis, tmp_path)
    text = re.sub(r"<[^>]+>", "", _text(_story_page(tmp_path, "s-1")))
    assert "ما تتفق عليه المصادر" in text
    assert "تؤكدها 3 منافذ" in text and "تعود إلى مصدرين مستقلين" in text
    assert "رويترز (مقالان)" in text and "الجزيرة (مقال واحد)" in text
    assert "ما انفرد به منفذ واحد" in text and "واشنطن تخطط للانسحاب من سوريا" in text
    assert "نص من سطر محذوف" in text  # shown, though its sentence cannot be highlighted
    other = re.sub(r"<[^>]+>", "", _text(_story_page(tmp_path, "s-2")))
    assert "ما تتفق عليه المصادر" not in other  # facts stay on their own story's page


def test_numbers_are_side_by_side_with_as_of_dates_and_the_verdict(compared_analysis, tmp_path):
    write_html(compared_analysis, tmp_path)
    raw = _text(_story_page(tmp_path, "s-1"))
    section = raw[raw.index('id="numbers"'):]
    text = re.sub(r"<[^>]+>", "", section)
    assert "الهجمات على القوات الأميركية" in text and "تغيّرت مع الوقت" in text
    assert text.index("2024-01-24") < text.index("2024-02-11")  # readings in date order
    assert "نحو 150" in text and "أكثر من 165" in text
    assert section.count('class="reading"') == 2


def test_editorial_sentences_are_flagged_in_the_list_and_in_the_text(compared_analysis, tmp_path):
    write_html(compared_analysis, tmp_path)
    page = _story_page(tmp_path, "s-2")
    e = compared_analysis["editorial"][0]
    ids = _ids(page)
    key = span_anchor(e["doc"], e["start"], e["end"])
    assert ids.ids[key] == e["text"] and "editorial" in ids.classes[key]
    text = re.sub(r"<[^>]+>", "", _text(page))
    assert "رأي أو تقييم غير منسوب" in text and "unattributed evaluation" in text


def test_topic_page_has_the_topic_summary_and_an_ordered_timeline(compared_analysis, tmp_path):
    write_html(compared_analysis, tmp_path)
    assert 'href="topics/' in (tmp_path / "index.html").read_text(encoding="utf-8")
    page = tmp_path / "topics" / story_filename("t-1")
    text = re.sub(r"<[^>]+>", "", _text(page))
    assert "ملخص الموضوع" in text and "الخط الزمني" in text
    dates = ["2014", "2024-02-11", "2025-09"]
    assert [text.index(x) for x in dates] == sorted(text.index(x) for x in dates)
    for x in compared_analysis["summaries"][1]["sentences"]:
        assert x["text"] in text
    # the story page lists only its own dated events
    story = re.sub(r"<[^>]+>", "", _text(_story_page(tmp_path, "s-1")))
    assert "تشكيل التحالف الدولي" in story and "الموعد المستهدف لإنهاء عمل التحالف" not in story


def test_removal_reasons_read_in_arabic(compared_analysis, tmp_path):
    write_html(compared_analysis, tmp_path)
    raw = _text(_story_page(tmp_path, "s-1"))
    assert 'title="read-also block">كتلة «اقرأ أيضًا»<' in raw
    assert removal_reason("pull quote repeating line 13") == "اقتباس بارز يكرر السطر 13"
    assert removal_reason("something new") == "something new"


def test_main_entities_are_named_on_the_story_page(compared_analysis, tmp_path):
    write_html(compared_analysis, tmp_path)
    text = re.sub(r"<[^>]+>", "", _text(_story_page(tmp_path, "s-1")))
    assert "أبرز الكيانات: يحيى رسول" in text


def test_main_entities_put_people_bodies_and_places_before_misc():
    from marsad.report import _main_entities

    entities = [{"id": "m", "type": "MISC", "canonical": "العربية", "documents": ["a", "b", "c"], "mentions": [1, 2, 3]},
                {"id": "p", "type": "PERS", "canonical": "يحيى رسول", "documents": ["a"], "mentions": [1]},
                {"id": "o", "type": "ORG", "canonical": "التحالف الدولي", "documents": ["a", "b"], "mentions": [1, 2]}]
    assert [e["id"] for e in _main_entities(entities, {"a", "b", "c"})] == ["o", "p", "m"]
