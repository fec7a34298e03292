"""The store: what goes in comes back out, and the schema is versioned."""

from __future__ import annotations

from collections import Counter

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.models import Article, Line, Rejection, Relation
from marsad.store import MIGRATIONS, Store

PARAGRAPH = st.text(alphabet=st.characters(min_codepoint=0x0621, max_codepoint=0x064A) | st.just(" "), min_size=1,
                    max_size=80).map(str.strip).filter(bool)


@settings(max_examples=30, deadline=None)
@given(paragraphs=st.lists(PARAGRAPH, min_size=1, max_size=5), title=st.none() | PARAGRAPH,
       published=st.none() | st.dates().map(lambda d: d.isoformat()))
def test_article_round_trip(paragraphs, title, published):
    text = "\n".join(paragraphs)
    lines, pos = [], 0
    for no, para in enumerate(paragraphs, 1):
        lines.append(Line(no, pos, pos + len(para), para, "body" if no > 1 else "noise", None if no > 1 else "x"))
        pos += len(para) + 1
    art = Article(id="a", path="a.txt", text=text, lines=tuple(lines), title=title, published=published,
                  published_from="text" if published else "unknown", content_hash="h")
    with Store(":memory:") as store:
        with store.transaction():
            store.save_article(art, raw_hash="r", counts=Counter({"كلمه": 2}), shingles=np.array([3, 1], np.uint32),
                               signature=np.arange(4, dtype=np.uint64), day=None, story="s-1", topic="t-1",
                               relation=Relation("a", "b", "near", 0.7), extractions={"dates": [{"text": "أمس"}]})
        (back, story, topic), = store.articles()
        assert (back, story, topic) == (art, "s-1", "t-1")
        row, = store.index_rows()
        assert row.counts == Counter({"كلمه": 2}) and list(row.shingles) == [3, 1] and list(row.signature) == [0, 1, 2, 3]
        assert store.relations() == [Relation("a", "b", "near", 0.7)]
        assert list(store.extractions("dates")) == [("a", [{"text": "أمس"}])]


def test_new_store_is_at_the_latest_schema_and_rejections_are_listed_once(tmp_path):
    with Store(tmp_path / "m.db") as store:
        assert store.schema_version == len(MIGRATIONS)
        for _ in range(2):
            with store.transaction():
                store.save_rejection(Rejection("x.bin", "binary file"))
        assert store.rejections() == [Rejection("x.bin", "binary file", "ingest")]


def test_a_store_of_the_first_schema_is_migrated_and_keeps_its_articles(tmp_path):
    import sqlite3

    path = tmp_path / "v1.db"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0])
    db.execute("""INSERT INTO documents (id, path, raw_hash, text, lines, features, story, ingested_at)
                  VALUES ('a', 'a.txt', 'r', 'نص', '[]', '{"نص": 1}', 's-1', 'now')""")
    db.execute("INSERT INTO stories VALUES ('s-1', 't-1')")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        row, = store.index_rows()
        assert row.counts == Counter({"نص": 1}) and row.names is None  # stored before names: none to compare
        art = Article(id="b", path="b.txt", text="نص", lines=(Line(1, 0, 2, "نص", "body"),), content_hash="h")
        with store.transaction():
            store.save_article(art, raw_hash="r2", counts=Counter({"نص": 1}), names={"headline": ["p:تبوك"],
                               "places": ["تبوك"]}, shingles=np.array([1], np.uint32), signature=None, day=None,
                               story="s-1", topic="t-1")
        assert [r.names for r in store.index_rows()] == [None, {"headline": ["p:تبوك"], "places": ["تبوك"]}]
