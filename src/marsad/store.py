"""The embedded store: one SQLite file holding documents, duplicates, stories, extractions and rejections.

The schema is versioned with ``PRAGMA user_version`` and brought up to date by the ``MIGRATIONS`` list when a store
is opened; a store written by a newer marsad is refused rather than damaged. Writes happen inside transactions
(``with store.transaction():``), so a crash leaves either the whole article or none of it.

>>> store = Store(":memory:")
>>> store.schema_version == len(MIGRATIONS)
True
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from .errors import StoreError
from .models import Article, Line, Rejection, Relation

MIGRATIONS: tuple[str, ...] = (
    # 1: the foundation
    """
    CREATE TABLE documents (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        path TEXT NOT NULL,
        raw_hash TEXT NOT NULL,
        format TEXT, encoding TEXT, outlet TEXT, url TEXT, author TEXT,
        title TEXT, published TEXT, published_from TEXT NOT NULL DEFAULT 'unknown',
        source_credit TEXT, dateline TEXT,
        text TEXT NOT NULL,
        lines TEXT NOT NULL,
        content_hash TEXT,
        features TEXT NOT NULL,
        shingles BLOB,
        signature BLOB,
        day INTEGER,
        story TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_path ON documents(path);
    CREATE INDEX documents_story ON documents(story);
    CREATE INDEX documents_content_hash ON documents(content_hash);
    CREATE TABLE stories (id TEXT PRIMARY KEY, topic TEXT NOT NULL);
    CREATE INDEX stories_topic ON stories(topic);
    CREATE TABLE relations (
        doc TEXT NOT NULL, of TEXT NOT NULL, kind TEXT NOT NULL, score REAL NOT NULL,
        PRIMARY KEY (doc, of)
    );
    CREATE INDEX relations_of ON relations(of);
    CREATE TABLE extractions (
        doc TEXT NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL,
        PRIMARY KEY (doc, kind)
    );
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, finished_at TEXT,
        seen INTEGER, added INTEGER, unchanged INTEGER, rejected INTEGER, duplicates INTEGER,
        settings TEXT NOT NULL
    );
    CREATE TABLE rejections (
        id INTEGER PRIMARY KEY AUTOINCREMENT, run INTEGER, path TEXT NOT NULL, reason TEXT NOT NULL,
        stage TEXT NOT NULL, at TEXT NOT NULL
    );
    """,
    # 2: the names an article's headline gives and the places it names (cluster.Names, JSON); NULL for articles
    # stored before: they are told apart from look-alike items by their figures only
    "ALTER TABLE documents ADD COLUMN names TEXT",
)


@dataclass(frozen=True)
class StoredDoc:
    """What the indexes need of a stored article to be rebuilt without re-reading its text."""

    id: str
    counts: Counter[str]
    day: int | None
    shingles: np.ndarray
    signature: np.ndarray | None
    content_hash: str
    story: str
    topic: str
    names: dict | None = None  # cluster.Names.to_json()


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Store:
    """A marsad database. ``Store(path)`` creates or opens it and migrates it to the current schema."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"cannot open the marsad database {self.path!r}: {e}. Is it a marsad .db file? "
                             "Give another --db path to start a new one.") from e

    # --- schema ----------------------------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path!r} has schema version {version}, newer than this marsad understands "
                             f"({len(MIGRATIONS)}); upgrade marsad to read it.")
        for number in range(version, len(MIGRATIONS)):
            with self.transaction():
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number + 1}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All writes inside are committed together, or rolled back together on any error."""
        self.db.execute("BEGIN")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------------------------------
    def start_run(self, settings: dict[str, Any]) -> int:
        cur = self.db.execute("INSERT INTO runs (started_at, settings) VALUES (?, ?)",
                              (_now(), json.dumps(settings, ensure_ascii=False)))
        return int(cur.lastrowid or 0)

    def finish_run(self, run: int, seen: int, added: int, unchanged: int, rejected: int, duplicates: int) -> None:
        self.db.execute(
            "UPDATE runs SET finished_at=?, seen=?, added=?, unchanged=?, rejected=?, duplicates=? WHERE id=?",
            (_now(), seen, added, unchanged, rejected, duplicates, run),
        )

    def save_rejection(self, rejection: Rejection, run: int | None = None) -> None:
        self.db.execute("INSERT INTO rejections (run, path, reason, stage, at) VALUES (?, ?, ?, ?, ?)",
                        (run, rejection.path, rejection.reason, rejection.stage, _now()))

    def save_article(
        self,
        article: Article,
        *,
        raw_hash: str,
        counts: Counter[str],
        names: dict | None = None,
        shingles: np.ndarray,
        signature: np.ndarray | None,
        day: int | None,
        story: str,
        topic: str,
        merged_stories: tuple[str, ...] = (),
        merged_topics: tuple[str, ...] = (),
        relation: Relation | None = None,
        extractions: dict[str, list[dict]] | None = None,
    ) -> None:
        """Write one article with its place in the stories; call inside ``transaction()``."""
        lines = [[ln.no, ln.start, ln.end, ln.kind, ln.reason] for ln in article.lines]
        self.db.execute(
            """INSERT INTO documents (id, path, raw_hash, format, encoding, outlet, url, author, title, published,
               published_from, source_credit, dateline, text, lines, content_hash, features, names, shingles,
               signature, day, story, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (article.id, article.path, raw_hash, article.format, article.encoding, article.outlet, article.url,
             article.author, article.title, article.published, article.published_from, article.source_credit,
             article.dateline, article.text, json.dumps(lines, ensure_ascii=False), article.content_hash,
             json.dumps(counts, ensure_ascii=False), None if not names else json.dumps(names, ensure_ascii=False),
             shingles.astype(np.uint32).tobytes(),
             None if signature is None else signature.astype(np.uint64).tobytes(), day, story, _now()),
        )
        for gone in merged_stories:
            self.db.execute("UPDATE documents SET story=? WHERE story=?", (story, gone))
            self.db.execute("DELETE FROM stories WHERE id=?", (gone,))
        self.db.execute("INSERT INTO stories (id, topic) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET topic=excluded.topic",
                        (story, topic))
        for gone in merged_topics:
            self.db.execute("UPDATE stories SET topic=? WHERE topic=?", (topic, gone))
        if relation is not None:
            self.db.execute("INSERT OR REPLACE INTO relations (doc, of, kind, score) VALUES (?, ?, ?, ?)",
                            (relation.doc, relation.of, relation.kind, relation.score))
        for kind, records in (extractions or {}).items():
            self.db.execute("INSERT OR REPLACE INTO extractions (doc, kind, data) VALUES (?, ?, ?)",
                            (article.id, kind, json.dumps(records, ensure_ascii=False)))

    # --- reading ---------------------------------------------------------------------------------------------
    def find_path(self, path: str) -> list[tuple[str, str]]:
        """(id, raw_hash) of every stored revision of the document at ``path``."""
        return list(self.db.execute("SELECT id, raw_hash FROM documents WHERE path=? ORDER BY seq", (path,)))

    def has_id(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone() is not None

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def index_rows(self) -> Iterator[StoredDoc]:
        """Every stored article in insertion order, as the duplicate and story indexes need it."""
        rows = self.db.execute(
            """SELECT d.id, d.features, d.day, d.shingles, d.signature, d.content_hash, d.story, s.topic, d.names
               FROM documents d JOIN stories s ON s.id = d.story ORDER BY d.seq"""
        )
        for doc_id, feats, day, shingles, signature, content_hash, story, topic, names in rows:
            yield StoredDoc(
                doc_id, Counter(json.loads(feats)), day,
                np.frombuffer(shingles or b"", dtype=np.uint32),
                None if signature is None else np.frombuffer(signature, dtype=np.uint64),
                content_hash or "", story, topic, json.loads(names) if names else None,
            )

    def articles(self) -> Iterator[tuple[Article, str, str]]:
        """(article, story, topic) for every stored article, in insertion order."""
        rows = self.db.execute(
            """SELECT d.id, d.path, d.text, d.lines, d.format, d.encoding, d.title, d.outlet, d.url, d.author,
                      d.published, d.published_from, d.source_credit, d.dateline, d.content_hash, d.story, s.topic
               FROM documents d JOIN stories s ON s.id = d.story ORDER BY d.seq"""
        )
        for (doc_id, path, text, lines, fmt, enc, title, outlet, url, author, published, published_from,
             credit, dateline, content_hash, story, topic) in rows:
            parsed = tuple(Line(no, start, end, text[start:end], kind, reason)
                           for no, start, end, kind, reason in json.loads(lines))
            yield (Article(doc_id, path, text, parsed, fmt, enc, title, outlet, url, author, published,
                           published_from, credit, dateline, content_hash or ""), story, topic)

    def relations(self) -> list[Relation]:
        return [Relation(*row) for row in self.db.execute("SELECT doc, of, kind, score FROM relations ORDER BY doc")]

    def extractions(self, kind: str) -> Iterator[tuple[str, list[dict]]]:
        for doc, data in self.db.execute(
            "SELECT e.doc, e.data FROM extractions e JOIN documents d ON d.id = e.doc WHERE e.kind=? ORDER BY d.seq",
            (kind,),
        ):
            yield doc, json.loads(data)

    def rejections(self) -> list[Rejection]:
        """Every distinct rejection ever recorded (a file rejected by several runs is listed once)."""
        return [Rejection(*row) for row in self.db.execute("SELECT path, reason, stage FROM rejections GROUP BY path, reason, stage ORDER BY MIN(id)")]

    def last_run(self) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT id, started_at, finished_at, seen, added, unchanged, rejected, duplicates FROM runs "
            "ORDER BY id DESC LIMIT 1"
        ).fetchone()
        keys = ("id", "started_at", "finished_at", "seen", "added", "unchanged", "rejected", "duplicates")
        return dict(zip(keys, row, strict=True)) if row else None
