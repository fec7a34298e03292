"""Ingest on real Arabic text in every format and encoding Arabic sites use, and every kind of bad input."""

from __future__ import annotations

import gzip
import json
import os

import pytest

from marsad import ingest
from marsad.models import RawDoc, Rejection

SEED = "004_53a50ad2d6b5acfc"


def read(*paths, **kw):
    return list(ingest.iter_documents([str(p) for p in paths], **kw))


@pytest.fixture
def seed(seed_texts):
    return seed_texts[SEED]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256"])
def test_encodings_come_out_as_the_same_arabic(tmp_path, seed, encoding):
    text = seed.replace("“", '"').replace("”", '"') if encoding == "cp1256" else seed  # cp1256 has no curly quotes
    path = tmp_path / f"page-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    (doc,) = read(path)
    assert isinstance(doc, RawDoc)
    assert doc.text == text
    assert doc.id == f"page-{encoding}"


def test_mojibake_is_never_accepted_as_text():
    with pytest.raises(ingest.InputError):
        ingest.decode(bytes(range(128, 256)) * 50 + b"\x00" * 300)
    text, enc = ingest.decode("الولايات المتحدة والعراق".encode("cp1256"))
    assert (text, enc) == ("الولايات المتحدة والعراق", "cp1256")


def test_html_page_main_text_and_metadata(tmp_path, seed_texts):
    paras = seed_texts["002_c90bc23b3cdc86c4"].split("\n")[2:8]
    html = (
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="windows-1256">'
        "<title>محادثات عراقية أميركية لتقليص قوات التحالف</title>"
        '<meta property="og:site_name" content="العرب"><meta name="date" content="2024-02-11"></head><body>'
        "<nav><a href='/'>الرئيسية</a> | <a href='/iraq'>العراق</a></nav><article><h1>محادثات عراقية أميركية لتقليص قوات التحالف</h1>"
        + "".join(f"<p>{p}</p>" for p in paras) + "</article><footer>جميع الحقوق محفوظة</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("cp1256"))
    (doc,) = read(path)
    assert isinstance(doc, RawDoc) and doc.format == "html" and doc.structured
    for p in paras:
        assert p.strip() in doc.text
    assert "الرئيسية" not in doc.text
    assert doc.title == "محادثات عراقية أميركية لتقليص قوات التحالف"
    assert doc.published == "2024-02-11"


def test_truncated_html_still_gives_its_text(tmp_path, seed_texts):
    para = seed_texts["001_6b8f8232c79e6353"].split("\n")[2]
    path = tmp_path / "cut.html"
    path.write_text(f"<html><body><article><p>{para}</p><p>{para[:40]}<a hre", encoding="utf-8")
    (doc,) = read(path)
    assert isinstance(doc, RawDoc) and para in doc.text


def test_jsonl_records_with_one_broken_line(tmp_path, seed_texts):
    lines = [
        json.dumps({"id": "a1", "title": "عنوان", "content": seed_texts[SEED], "published": "2025-01-20T10:00:00Z",
                    "source": {"name": "الصالح نيوز"}, "url": "https://x/1", "author": "محرر"}, ensure_ascii=False),
        "{broken",
        json.dumps({"text": "<p>فقرة أولى</p><p>فقرة ثانية</p>", "date_extracted": "2015-07-21 02:51:32",
                    "site": "sabq"}, ensure_ascii=False),
    ]
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    a, bad, c = read(path)
    assert (a.id, a.path, a.title, a.published, a.outlet, a.url, a.author) == (
        "a1", f"{path}#1", "عنوان", "2025-01-20T10:00:00", "الصالح نيوز", "https://x/1", "محرر")
    assert isinstance(bad, Rejection) and bad.path == f"{path}#2" and "JSON" in bad.reason
    assert (c.id, c.text, c.published, c.outlet) == ("feed-3", "فقرة أولى\nفقرة ثانية", "2015-07-21T02:51:32", "sabq")


def test_json_array_and_wrapped_list(tmp_path):
    records = [{"headline": "خبر", "body": "نص الخبر الأول"}, {"title": "خبر 2", "article": "نص الخبر الثاني"}]
    (tmp_path / "a.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"articles": records}, ensure_ascii=False), encoding="utf-8")
    docs = read(tmp_path)
    assert [d.text for d in docs] == ["نص الخبر الأول", "نص الخبر الثاني"] * 2
    assert [d.id for d in docs[:2]] == ["a-1", "a-2"]


RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>الجزيرة نت</title>
<item><title>العراق وأميركا يستأنفان محادثات تقليص قوات التحالف</title><link>https://aj.net/1</link>
<pubDate>الإثنين، 12 فبراير 2024</pubDate><description>&lt;p&gt;أعلن الجيش العراقي أن بغداد وواشنطن أجرتا محادثات جديدة.&lt;/p&gt;</description></item>
<item><title>خبر ثان</title><link>https://aj.net/2</link><pubDate>Sun, 11 Feb 2024 09:30:00 GMT</pubDate>
<description>وتنشر الولايات المتحدة نحو 2500 جندي في العراق.</description></item></channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>موقع</title>
<entry><id>tag:x,1</id><title>عنوان</title><updated>2024-01-25T08:00:00Z</updated>
<content type="html">&lt;p&gt;كشفت مصادر دبلوماسية عن اتفاق.&lt;/p&gt;</content></entry></feed>"""


def test_rss_and_atom_feeds_with_arabic_dates(tmp_path):
    (tmp_path / "a.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "b.atom").write_text(ATOM, encoding="utf-8")
    first, second, atom = read(tmp_path)
    assert first.outlet == "الجزيرة نت" and first.format == "rss"
    assert first.published == "2024-02-12"
    assert first.text == "أعلن الجيش العراقي أن بغداد وواشنطن أجرتا محادثات جديدة."
    assert second.published == "2024-02-11T09:30:00"
    assert (atom.id, atom.published, atom.text) == ("tag:x,1", "2024-01-25T08:00:00", "كشفت مصادر دبلوماسية عن اتفاق.")


def test_bad_files_are_rejected_and_the_batch_goes_on(tmp_path, seed):
    (tmp_path / "good.txt").write_text(seed, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50)
    (tmp_path / "big.txt").write_bytes("ا".encode() * 700_000)
    (tmp_path / ".hidden.txt").write_text(seed, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "broken-link.txt").symlink_to(tmp_path / "gone.txt")
    out = {os.path.basename(x.path): x for x in read(tmp_path, tmp_path / "missing.txt", max_file_mb=1.0)}
    assert isinstance(out["good.txt"], RawDoc)
    reasons = {k: v.reason for k, v in out.items() if isinstance(v, Rejection)}
    assert set(reasons) == {"empty.txt", "image.txt", "big.txt", "broken-link.txt", "missing.txt"}
    assert "empty" in reasons["empty.txt"]
    assert "max_file_mb" in reasons["big.txt"]
    assert "no such file" in reasons["missing.txt"]


def test_a_20_mb_text_file_ingests(tmp_path, seed):
    path = tmp_path / "huge.txt"
    reps = 20 * 1024 * 1024 // len(seed.encode()) + 1
    path.write_text(seed * reps, encoding="utf-8")
    (doc,) = read(path)
    assert isinstance(doc, RawDoc) and len(doc.text) == len(seed) * reps
