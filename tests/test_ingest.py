"""Ingest: real Arabic pages in every encoding and format a scraper produces, and every way a file can be bad."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad import ingest
from marsad.arabic import arabic_ratio
from marsad.errors import InputError
from marsad.ingest import decode, html_to_text, iter_documents
from marsad.models import RawDoc, Rejection

SEED = "001_6b8f8232c79e6353"


def paragraphs(text: str, n: int = 6) -> list[str]:
    """The first ``n`` long Arabic lines of a seed page (its article paragraphs, not its menus)."""
    lines = [line.strip() for line in text.splitlines()]
    return [line for line in lines if len(line) > 80 and arabic_ratio(line) > 0.8][:n]


def only(items: list) -> object:
    assert len(items) == 1, items
    return items[0]


# --- encodings ---------------------------------------------------------------------------------------------------

ENCODINGS = [
    ("utf-8", lambda t: t.encode("utf-8"), "utf-8"),
    ("utf-8-bom", lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
    ("utf-16-le-bom", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16-le"),
    ("utf-16-be-bom", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16-be"),
    ("utf-16-le-no-bom", lambda t: t.encode("utf-16-le"), "utf-16-le"),
    ("cp1256", lambda t: t.encode("cp1256", errors="replace"), "cp1256"),
    ("iso8859-6", lambda t: t.encode("iso8859-6", errors="replace"), "iso8859-6"),
]


@pytest.mark.parametrize(("label", "encode", "expected"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
@pytest.mark.parametrize("seed", ["000_5d4c7b7a80708a78", SEED, "003_da7e6e73b57a95d2"])
def test_seed_page_round_trips_through_every_encoding(seed_texts, tmp_path, seed, label, encode, expected):
    original = "\n".join(paragraphs(seed_texts[seed]))
    if label in ("cp1256", "iso8859-6"):  # these code pages lack some characters (e.g. curly quotes): compare
        original = original.encode(label, errors="replace").decode(label)  # against what they can hold
    file = tmp_path / f"{seed}.txt"
    file.write_bytes(encode(original))
    doc = only(list(iter_documents([file])))
    assert isinstance(doc, RawDoc)
    assert (doc.text, doc.encoding, doc.id, doc.format, doc.structured) == (original, expected, seed, "text", False)
    assert "Ø" not in doc.text and "Ç" not in doc.text


def test_whole_seed_page_keeps_every_character_but_line_endings(seed_texts, tmp_path):
    text = seed_texts[SEED]
    file = tmp_path / "page.txt"
    file.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    doc = only(list(iter_documents([file])))
    assert doc.text == text


def test_meta_charset_decides_between_arabic_code_pages(seed_texts):
    body = "\n".join(paragraphs(seed_texts[SEED], 3))
    page = f'<html><head><meta charset="windows-1256"></head><body><p>{body}</p></body></html>'
    text, encoding = decode(page.encode("cp1256", errors="replace"))
    assert encoding == "cp1256"
    assert arabic_ratio(text) > 0.9


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20,
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 20,
    b"PK\x03\x04" + bytes(range(256)) * 20,
    bytes(range(256)) * 20,
])
def test_binary_bytes_are_undecodable(data):
    with pytest.raises(InputError, match="binary"):
        decode(data)


@given(st.text(alphabet=st.characters(min_codepoint=0x0621, max_codepoint=0x064A) | st.sampled_from(" \n.،0123"),
               min_size=1))
@settings(max_examples=150, deadline=None)
def test_utf8_arabic_always_round_trips(text):
    assert decode(text.encode("utf-8")) == (text, "utf-8")


@given(st.lists(st.sampled_from(["السلام", "عليكم", "بغداد", "الحكومة", "التحالف", "قال", "في", "من"]),
                min_size=3, max_size=40).map(" ".join))
@settings(max_examples=100, deadline=None)
def test_cp1256_arabic_always_round_trips(text):
    assert decode(text.encode("cp1256")) == (text, "cp1256")


# --- HTML --------------------------------------------------------------------------------------------------------

NAV = '<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li><li>اقتصاد</li></ul></nav>'
FOOTER = "<footer><p>جميع الحقوق محفوظة © 2024</p><p>اتصل بنا | سياسة الخصوصية</p></footer>"


def html_page(paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        "<title>نهاية مهمة التحالف في العراق | الجزيرة نت</title>"
        '<meta property="og:site_name" content="الجزيرة نت">'
        '<meta property="article:published_time" content="2024-09-27T14:05:00+03:00">'
        '<link rel="canonical" href="https://www.aljazeera.net/news/2024/9/27/iraq-coalition">'
        '<script>var tracking = "ignore me";</script></head>'
        f"<body>{NAV}<article><h1>نهاية مهمة التحالف في العراق</h1>{body}</article>{FOOTER}</body></html>"
    )


def test_html_page_gives_main_text_and_metadata(seed_texts, tmp_path):
    paras = paragraphs(seed_texts[SEED])
    file = tmp_path / "page.html"
    file.write_text(html_page(paras), encoding="utf-8")
    doc = only(list(iter_documents([file])))
    assert (doc.format, doc.structured, doc.id) == ("html", True, "page")
    for para in paras:
        assert para in doc.text.split("\n")
    assert "سياسة الخصوصية" not in doc.text and "tracking" not in doc.text
    assert doc.title and "نهاية مهمة التحالف" in doc.title
    assert doc.published and doc.published.startswith("2024-09-27")
    assert doc.outlet == "الجزيرة نت"
    assert doc.url == "https://www.aljazeera.net/news/2024/9/27/iraq-coalition"


def test_truncated_html_still_yields_its_text(seed_texts, tmp_path):
    paras = paragraphs(seed_texts[SEED])
    page = html_page(paras)
    cut = page.index(paras[2]) + 40
    cut = page.index("<", cut)  # end the file in the middle of the next tag
    file = tmp_path / "cut.htm"
    file.write_text(page[: cut + 2], encoding="utf-8")
    doc = only(list(iter_documents([file])))
    assert isinstance(doc, RawDoc)
    assert paras[0] in doc.text and paras[1] in doc.text


def test_short_html_without_main_text_falls_back_to_visible_text(tmp_path):
    file = tmp_path / "short.html"
    file.write_text("<html><body><div>عاجل: انفجار في بغداد</div></body></html>", encoding="utf-8")
    doc = only(list(iter_documents([file])))
    assert isinstance(doc, RawDoc)
    assert "عاجل: انفجار في بغداد" in doc.text


def test_cp1256_html_page_is_decoded(seed_texts, tmp_path):
    paras = [p.encode("cp1256", errors="replace").decode("cp1256") for p in paragraphs(seed_texts[SEED])]
    file = tmp_path / "legacy.html"
    file.write_bytes(html_page(paras).replace('charset="utf-8"', 'charset="windows-1256"').encode("cp1256"))
    doc = only(list(iter_documents([file])))
    assert doc.encoding == "cp1256"
    assert paras[0] in doc.text


def test_html_to_text_keeps_paragraphs_and_drops_scripts():
    html = "<div><script>x=1</script><p>قال الوزير</p><p>إن <b>المحادثات</b>\n مستمرة<br>غدا</p></div>"
    assert html_to_text(html) == "قال الوزير\nإن المحادثات مستمرة\nغدا"


# --- JSON and JSONL ----------------------------------------------------------------------------------------------


def records(seed_texts) -> list[dict]:
    return [
        {"id": "aj-1", "title": "انتهاء مهمة التحالف", "content": "\n".join(paragraphs(seed_texts[SEED], 3)),
         "date": "2024-09-27 14:05:00", "source": "الجزيرة", "url": "https://example.org/1", "author": "مراسل"},
        {"headline": "بغداد وواشنطن", "body": "<p>" + "</p><p>".join(paragraphs(seed_texts["000_5d4c7b7a80708a78"],
                                                                         2)) + "</p>",
         "pubDate": "Fri, 27 Sep 2024 09:00:00 GMT", "publisher": {"name": "رويترز"}, "link": "https://e.org/2"},
    ]


def test_jsonl_with_a_broken_line_rejects_that_line_only(seed_texts, tmp_path):
    first, second = records(seed_texts)
    file = tmp_path / "broken.jsonl"
    file.write_text(json.dumps(first, ensure_ascii=False) + "\n{broken\n" + json.dumps(second, ensure_ascii=False)
                    + "\n", encoding="utf-8")
    items = list(iter_documents([file]))
    assert [type(i).__name__ for i in items] == ["RawDoc", "Rejection", "RawDoc"]
    assert items[1].path == f"{file}#2" and items[1].path.endswith("broken.jsonl#2")
    assert "JSON" in items[1].reason and items[1].stage == "ingest"
    a, b = items[0], items[2]
    assert (a.id, a.path, a.title, a.text, a.published, a.outlet, a.url, a.author, a.format, a.structured) == (
        "aj-1", f"{file}#1", first["title"], first["content"], "2024-09-27T14:05:00", "الجزيرة",
        "https://example.org/1", "مراسل", "json", True)
    # No id field: stem and record number. HTML body: its paragraphs, one a line. Nested publisher name.
    assert (b.id, b.path, b.title, b.outlet, b.published) == (
        "broken-3", f"{file}#3", "بغداد وواشنطن", "رويترز", "2024-09-27T09:00:00")
    assert b.text == "\n".join(paragraphs(seed_texts["000_5d4c7b7a80708a78"], 2))


@pytest.mark.parametrize("shape", ["list", "articles", "items", "data"])
def test_json_array_and_wrapped_lists(seed_texts, tmp_path, shape):
    recs = records(seed_texts)
    value = recs if shape == "list" else {"status": "ok", shape: recs}
    file = tmp_path / "feed.json"
    file.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    docs = list(iter_documents([file]))
    assert [d.id for d in docs] == ["aj-1", "feed-2"]
    assert [d.path for d in docs] == [f"{file}#1", f"{file}#2"]


def test_single_json_object_is_one_document(seed_texts, tmp_path):
    file = tmp_path / "one.json"
    file.write_text(json.dumps(records(seed_texts)[0], ensure_ascii=False), encoding="utf-8")
    doc = only(list(iter_documents([file])))
    assert (doc.id, doc.path) == ("aj-1", str(file))


def test_gzipped_jsonl_and_record_without_text(seed_texts, tmp_path):
    file = tmp_path / "batch.jsonl.gz"
    lines = [json.dumps(records(seed_texts)[0], ensure_ascii=False), json.dumps({"views": 12, "tags": ["سياسة"]}),
             json.dumps({"id": "y", "title": "عنوان بلا نص", "content": " "})]
    with gzip.open(file, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    doc, rejection, untitled = list(iter_documents([file]))
    assert doc.id == "aj-1" and doc.text == records(seed_texts)[0]["content"]
    assert isinstance(rejection, Rejection) and rejection.path.endswith("batch.jsonl.gz#2")
    assert "not an article record" in rejection.reason
    # A record with a title but an empty body (the scraper missed it) is kept: the cleaner decides about it.
    assert (untitled.id, untitled.title, untitled.text) == ("y", "عنوان بلا نص", "")


# --- RSS and Atom ------------------------------------------------------------------------------------------------


def rss(paras: list[str]) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>وكالة الأنباء العراقية</title><link>https://ina.iq</link>
<item><title>انسحاب التحالف</title><link>https://ina.iq/1</link><guid>ina-20240211-1</guid>
<pubDate>الأحد، 11 فبراير 2024</pubDate><description><![CDATA[<p>{paras[0]}</p><p>{paras[1]}</p>]]></description></item>
<item><title>المحادثات مستمرة</title><link>https://ina.iq/2</link>
<pubDate>Mon, 12 Feb 2024 08:15:00 +0300</pubDate><description>{paras[2]}</description></item>
<item><title>بيان</title><pubDate>١٣ كانون الثاني ٢٠٢٤</pubDate><description>{paras[3]}</description></item>
</channel></rss>"""


def atom(paras: list[str]) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>الشرق الأوسط</title>
<entry><title>عودة القوات</title><id>tag:aawsat.com,2024:1</id><link href="https://aawsat.com/1"/>
<updated>2024-02-11T10:30:00Z</updated><author><name>محرر الشؤون العربية</name></author>
<content type="html">&lt;p&gt;{paras[0]}&lt;/p&gt;&lt;p&gt;{paras[1]}&lt;/p&gt;</content></entry></feed>"""


@pytest.mark.parametrize("suffix", [".rss", ".xml", ""])
def test_rss_feed_one_document_per_item_with_arabic_dates(seed_texts, tmp_path, suffix):
    paras = paragraphs(seed_texts[SEED])
    file = tmp_path / f"ina{suffix}"
    file.write_text(rss(paras), encoding="utf-8")
    docs = list(iter_documents([file]))
    assert [d.id for d in docs] == ["ina-20240211-1", "ina-2", "ina-3"]  # the guid, else <stem>-<entry number>
    assert [d.published for d in docs] == ["2024-02-11", "2024-02-12T08:15:00", "2024-01-13"]
    assert {d.outlet for d in docs} == {"وكالة الأنباء العراقية"} and {d.format for d in docs} == {"rss"}
    assert docs[0].text == f"{paras[0]}\n{paras[1]}" and docs[1].text == paras[2]
    assert [d.path for d in docs] == [f"{file}#1", f"{file}#2", f"{file}#3"]


def test_atom_feed(seed_texts, tmp_path):
    paras = paragraphs(seed_texts[SEED])
    file = tmp_path / "aawsat.atom"
    file.write_text(atom(paras), encoding="utf-8")
    doc = only(list(iter_documents([file])))
    assert (doc.id, doc.outlet, doc.title, doc.url, doc.author, doc.published) == (
        "tag:aawsat.com,2024:1", "الشرق الأوسط", "عودة القوات", "https://aawsat.com/1", "محرر الشؤون العربية",
        "2024-02-11T10:30:00")
    assert doc.text == f"{paras[0]}\n{paras[1]}"


@pytest.mark.parametrize(("raw", "iso"), [
    ("الأحد، 11 فبراير 2024", "2024-02-11"),
    ("١١ شباط ٢٠٢٤", "2024-02-11"),
    ("الخميس 3 كانون الأول 2020 - 10:45", "2020-12-03"),
    ("25 تشرين الثاني 2023", "2023-11-25"),
    ("نشر في 7 أغسطس، 2019", "2019-08-07"),
    ("2015-07-21 02:51:32", "2015-07-21T02:51:32"),
    ("2024-09-27T14:05:00+03:00", "2024-09-27T14:05:00"),
    ("2024-09-27", "2024-09-27"),
    ("Sun, 11 Feb 2024 10:30:00 GMT", "2024-02-11T10:30:00"),
    (1707647400, "2024-02-11T10:30:00"),
    ("11/02/2024", None),          # day/month order unknown: not guessed
    ("31 فبراير 2024", None),      # no such day
    ("قبل ساعتين", None),
    ("", None),
    (None, None),
])
def test_normalize_date(raw, iso):
    assert ingest.normalize_date(raw) == iso


# --- bad inputs --------------------------------------------------------------------------------------------------


def test_bad_files_are_rejected_by_name_and_the_batch_goes_on(seed_texts, seeds_dir, tmp_path):
    folder = tmp_path / "mixed"
    (folder / "sub").mkdir(parents=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (folder / "noise.bin").write_bytes(os.urandom(4000).replace(b"\x00", b"\x01") + b"\x00\x07" * 300)
    (folder / "sub" / "page.txt").write_text(seed_texts[SEED], encoding="utf-8")
    (folder / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    (folder / "README.md").write_text("# notes", encoding="utf-8")
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    items = list(iter_documents([folder, tmp_path / "missing.txt", seeds_dir / f"{SEED}.txt", folder / "sub"]))
    names = [(type(i).__name__, Path(i.path).name) for i in items]
    assert names == [
        ("Rejection", "blank.txt"), ("Rejection", "dangling.txt"), ("Rejection", "empty.txt"),
        ("Rejection", "image.txt"), ("Rejection", "noise.bin"), ("RawDoc", "page.txt"),
        ("Rejection", "missing.txt"), ("RawDoc", f"{SEED}.txt"), ("RawDoc", "page.txt"),
    ]
    reasons = {Path(i.path).name: i.reason for i in items if isinstance(i, Rejection)}
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.txt"]
    assert "binary" in reasons["image.txt"] and "binary" in reasons["noise.bin"]
    assert "symbolic link" in reasons["dangling.txt"] and "no such file" in reasons["missing.txt"]
    assert all(i.path.endswith(Path(i.path).name) and i.reason.endswith(i.path) for i in items
               if isinstance(i, Rejection))


def test_unreadable_file_is_rejected(seed_texts, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their mode")
    file = tmp_path / "locked.txt"
    file.write_text(seed_texts[SEED], encoding="utf-8")
    file.chmod(0)
    try:
        rejection = only(list(iter_documents([file])))
    finally:
        file.chmod(0o644)
    assert isinstance(rejection, Rejection) and "cannot read" in rejection.reason


def test_a_folder_inside_a_folder_named_like_a_file_is_walked_not_read(seed_texts, tmp_path):
    weird = tmp_path / "looks_like.txt"
    weird.mkdir()
    (weird / "inner.txt").write_text(seed_texts[SEED], encoding="utf-8")
    assert [d.id for d in iter_documents([tmp_path])] == ["inner"]


def test_fifo_where_a_file_is_expected_is_rejected(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    rejection = only(list(iter_documents([fifo])))
    assert isinstance(rejection, Rejection) and "not a regular file" in rejection.reason


def test_oversized_file_names_the_setting(seed_texts, tmp_path):
    file = tmp_path / "big.txt"
    file.write_text(seed_texts[SEED] * 60, encoding="utf-8")
    rejection = only(list(iter_documents([file], max_file_mb=0.1)))
    assert isinstance(rejection, Rejection)
    assert "max_file_mb" in rejection.reason and "MB" in rejection.reason and rejection.path == str(file)


def test_twenty_megabyte_text_file_ingests_quickly(seed_texts, tmp_path):
    page = seed_texts[SEED].encode("utf-8")
    file = tmp_path / "huge.txt"
    file.write_bytes(page * (20 * 1024 * 1024 // len(page) + 1))
    start = time.perf_counter()
    doc = only(list(iter_documents([file])))
    assert time.perf_counter() - start < 5
    assert isinstance(doc, RawDoc) and len(doc.text.encode("utf-8")) == file.stat().st_size


# --- the real corpus ---------------------------------------------------------------------------------------------


def test_saudinewsnet_sample_ingests_with_fields(shared_dir, tmp_path):
    corpus = shared_dir / "corpus" / "saudinewsnet" / "saudinewsnet_all.jsonl.gz"
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        sample = [next(f) for _ in range(300)]
    file = tmp_path / "sample.jsonl"
    file.write_text("".join(sample), encoding="utf-8")
    docs = list(iter_documents([file]))
    assert len(docs) == 300 and all(isinstance(d, RawDoc) for d in docs)
    first = json.loads(sample[0])
    assert (docs[0].title, docs[0].outlet, docs[0].url, docs[0].text) == (
        first["title"], first["source"], first["url"], first["content"])
    assert all(d.published and d.published[:2] in ("19", "20") for d in docs)
    assert all(arabic_ratio(d.text) > 0.5 for d in docs)


def test_saudinewsnet_ingests_fully_without_rejection(shared_dir):
    corpus = shared_dir / "corpus" / "saudinewsnet" / "saudinewsnet_all.jsonl.gz"
    count = 0
    for item in iter_documents([corpus]):
        assert isinstance(item, RawDoc), item
        count += 1
    assert count == 31030


# --- formats without a telling extension -------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "kind"), [("jsonl", "json"), ("html", "html"), ("rss", "rss"), ("text", "text")])
def test_format_is_sniffed_when_the_extension_says_nothing(seed_texts, tmp_path, name, kind):
    paras = paragraphs(seed_texts[SEED])
    content = {
        "jsonl": "\n".join(json.dumps({"title": "خبر", "content": p}, ensure_ascii=False) for p in paras[:3]),
        "html": html_page(paras),
        "rss": rss(paras),
        "text": seed_texts[SEED],
    }[name]
    file = tmp_path / "download"
    file.write_text(content, encoding="utf-8")
    docs = list(iter_documents([file]))
    assert docs and all(isinstance(d, RawDoc) and d.format == kind for d in docs)
    assert paras[0] in docs[0].text


def test_gzipped_html_is_read_and_a_gzip_bomb_is_stopped(seed_texts, tmp_path):
    page = tmp_path / "page.html.gz"
    with gzip.open(page, "wt", encoding="utf-8") as f:
        f.write(html_page(paragraphs(seed_texts[SEED])))
    assert only(list(iter_documents([page]))).format == "html"
    bomb = tmp_path / "bomb.txt.gz"
    with gzip.open(bomb, "wb") as f:
        f.write(" ".join(paragraphs(seed_texts[SEED])).encode("utf-8") * 400)  # ~0.5 MB from a few KB
    rejection = only(list(iter_documents([bomb], max_file_mb=0.1)))
    assert isinstance(rejection, Rejection) and "max_file_mb" in rejection.reason


def test_symlink_loop_in_a_folder_ends(seed_texts, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "page.txt").write_text(seed_texts[SEED], encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path)
    assert [d.id for d in iter_documents([tmp_path])] == ["page"]
