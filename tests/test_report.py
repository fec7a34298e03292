"""The static HTML report, rendered from analysis dicts built by hand from the real seed pages."""

from __future__ import annotations

import html
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.errors import InputError
from marsad.report import anchor, count, outlet_of, story_filename, write_html
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
