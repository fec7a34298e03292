"""The whole flow on one screen: raw files in, stored articles placed in stories out.

    1. ingest      files and folders -> RawDoc, or Rejection (undecodable, binary, empty, unreadable ...)
    2. identify    a document already stored from the same path with the same content is skipped
    3. clean       RawDoc -> Article: every line classified, debris kept with its reason
    4. date        publication date from metadata, else a date line, else inferred from the content
    5. extract     entities, dates, quantities, quotes and attributions from the article's own lines
    6. duplicates  exact and near copies become relations to the earlier article
    7. stories     the article joins, opens or merges an event-level story; stories link into topics
    8. store       the article and everything found about it are written in one transaction

A document that fails at any step becomes a Rejection with the step and the reason; the batch goes on.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import sys
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import replace
from datetime import date
from itertools import islice
from os import PathLike
from time import perf_counter

from . import arabic, clean, cluster, dedupe, extract, ingest
from .extract import dates
from .models import Article, RawDoc, Rejection, RunReport
from .settings import Settings
from .store import Store


def run(paths: Iterable[str | PathLike], settings: Settings, store: Store,
        progress: Callable[[RawDoc | Rejection], None] | None = None) -> RunReport:
    """Analyze ``paths`` into ``store``; returns what happened. Safe to call again on the same paths.

    Steps 3-5 are independent per document and run in ``settings.workers`` processes; steps 6-8 run here, one
    document at a time in input order, so the result does not depend on the number of workers.
    """
    started = perf_counter()
    report = RunReport()
    from .extract.entities import load_recognizer

    load_recognizer(settings.entity_model)  # a wrong entity_model fails here, once, with what to do
    run_id = store.start_run(settings.as_dict())
    duplicates, stories = open_indexes(store, settings)
    new_docs = _identify(ingest.iter_documents(paths, max_file_mb=settings.max_file_mb), store, report, run_id,
                         progress)  # 1. ingest, 2. identify

    for doc_id, raw_hash, prepared in _prepare_all(new_docs, settings):  # 3-5 clean, date, extract
        if isinstance(prepared, Rejection):
            _reject(store, report, prepared, run_id)
            continue
        article, found, fp, counts, names = prepared
        signature = duplicates.signature(fp)
        relation = duplicates.add(doc_id, fp, signature)  # 6. duplicates
        # Only a date the page states drives the time window: an inferred date is a guess (often a lower bound
        # taken from the latest date mentioned) and would split stories it cannot place.
        day = day_of(article.published) if article.published_from in ("metadata", "text") else None
        placed = stories.add(doc_id, counts, day, fp.shingles, names)  # 7. stories
        with store.transaction():  # 8. store
            store.save_article(article, raw_hash=raw_hash, counts=counts, names=names.to_json(), shingles=fp.shingles,
                               signature=signature,
                               day=day, story=placed.story, topic=placed.topic, merged_stories=placed.merged_stories,
                               merged_topics=placed.merged_topics, relation=relation, extractions=found)
        report.added += 1
        report.duplicates += relation is not None

    report.seconds = round(perf_counter() - started, 3)
    store.finish_run(run_id, report.seen, report.added, report.unchanged, report.rejected, report.duplicates)
    return report


Prepared = tuple[Article, dict[str, list[dict]], dedupe.Fingerprint, Counter[str], cluster.Names]


def prepare(raw: RawDoc, doc_id: str, settings: Settings) -> Prepared | Rejection:
    """Steps 3-5 for one document: clean, date, extract, fingerprint. A failure becomes a Rejection (kept as data)."""
    stage = "clean"
    try:
        article = clean.clean(raw)  # 3. clean
        article = _with_id(article, doc_id)
        if len(article.content) < settings.min_body_chars:
            return Rejection(raw.path, f"no article text after cleaning ({len(article.content)} characters, fewer "
                             f"than min_body_chars={settings.min_body_chars})", "clean")
        stage = "date"
        article = resolve_published(article)  # 4. date
        stage = "extract"
        found = extract.extract_all(article, settings.entity_model)  # 5. extract
        stage = "fingerprint"
        words = arabic.words(article.content)  # split once for the fingerprint and the story index's terms
        return (article, found, dedupe.fingerprint(article, settings.shingle_words, words),
                *cluster.describe(article, words))
    except Exception as e:  # a bug on one odd document must not stop the batch: keep it as data
        return Rejection(raw.path, f"failed at {stage}: {type(e).__name__}: {e}", stage)


# Fewer new documents than this in a batch are prepared in this process: starting workers costs more than it saves.
PARALLEL_MIN_DOCS = 16
BATCH_DOCS = 256  # documents identified ahead of the workers; bounds memory on huge inputs


def _prepare_all(new_docs: Iterator[tuple[RawDoc, str, str]], settings: Settings
                 ) -> Iterator[tuple[str, str, Prepared | Rejection]]:
    """``prepare`` over ``new_docs`` in input order, in worker processes when there are enough documents."""
    workers = settings.workers or os.cpu_count() or 1
    pool = None
    try:
        while batch := list(islice(new_docs, BATCH_DOCS)):
            if workers > 1 and len(batch) >= PARALLEL_MIN_DOCS and pool is None:
                context = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork")
                pool = context.Pool(workers, initializer=_ignore_interrupts)
            jobs = [(raw, doc_id, settings) for raw, doc_id, _ in batch]
            results = pool.imap(_prepare_job, jobs, chunksize=4) if pool else map(_prepare_job, jobs)
            for (_, doc_id, raw_hash), prepared in zip(batch, results, strict=True):
                yield doc_id, raw_hash, prepared
    finally:
        if pool is not None:
            pool.terminate()


def _ignore_interrupts() -> None:
    """Ctrl-C is the main process's to handle (it stops the workers); a worker printing its own traceback for it
    would only bury the run's summary."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _prepare_job(job: tuple[RawDoc, str, Settings]) -> Prepared | Rejection:
    return prepare(*job)


def _identify(items: Iterable[RawDoc | Rejection], store: Store, report: RunReport, run_id: int,
              progress: Callable[[RawDoc | Rejection], None] | None) -> Iterator[tuple[RawDoc, str, str]]:
    """New documents with their id and raw hash; rejections are recorded, already stored documents counted."""
    taken: set[str] = set()  # ids given in this run to documents not stored yet
    seen: set[tuple[str, str]] = set()  # (path, raw hash) met in this run
    for item in items:
        report.seen += 1
        if progress:
            progress(item)
        if isinstance(item, Rejection):
            _reject(store, report, item, run_id)
            continue
        raw_hash = hashlib.sha256(f"{item.title or ''}\x00{item.text}".encode()).hexdigest()
        doc_id = None if (item.path, raw_hash) in seen else choose_id(store, item, raw_hash, taken)
        if doc_id is None:
            report.unchanged += 1
            continue
        seen.add((item.path, raw_hash))
        taken.add(doc_id)
        yield item, doc_id, raw_hash


def open_indexes(store: Store, settings: Settings) -> tuple[dedupe.DuplicateIndex, cluster.StoryIndex]:
    """The duplicate and story indexes of everything already stored (rebuilt from stored features, not recomputed)."""
    duplicates = dedupe.DuplicateIndex(settings.near_duplicate_jaccard, settings.minhash_perms)
    stories = cluster.StoryIndex.from_settings(settings)
    for row in store.index_rows():
        fp = dedupe.Fingerprint(row.content_hash, row.shingles)
        signature = row.signature if row.signature is not None else duplicates.signature(fp)
        duplicates.restore(row.id, fp, signature)
        stories.restore(row.id, row.counts, row.day, row.shingles, row.story, row.topic,
                        cluster.Names.from_json(row.names))
    return duplicates, stories


def choose_id(store: Store, raw: RawDoc, raw_hash: str, taken: Collection[str] = ()) -> str | None:
    """The id to store ``raw`` under, or None when this exact document is stored already.

    A changed document at a stored path is kept as a new revision (``id@2``); a different document whose id is
    taken (two folders with ``index.html``) gets the path's short hash appended. Nothing stored is overwritten.
    """
    revisions = store.find_path(raw.path)
    if any(h == raw_hash for _, h in revisions):
        return None
    doc_id = raw.id if not revisions else f"{raw.id}@{len(revisions) + 1}"
    if doc_id in taken or store.has_id(doc_id):
        doc_id = f"{doc_id}-{hashlib.sha1(raw.path.encode()).hexdigest()[:8]}"
    base, n = doc_id, 1
    while doc_id in taken or store.has_id(doc_id):  # the same path twice in one run with different content
        n += 1
        doc_id = f"{base}-{n}"
    return doc_id


def resolve_published(article: Article) -> Article:
    """Keep a metadata or date-line date; otherwise infer one from the content, marked as inferred."""
    if article.published:
        return article
    guess = dates.infer_published(article.text, [(ln.start, ln.end) for ln in article.lines_of("lead", "body")])
    if guess is None:
        return replace(article, published=None, published_from="unknown")
    return replace(article, published=guess[0], published_from="inferred")


def day_of(published: str | None) -> int | None:
    """Date ordinal of a day-precise ISO date, None for coarser or missing dates (no time window then)."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def _reject(store: Store, report: RunReport, rejection: Rejection, run_id: int) -> None:
    with store.transaction():
        store.save_rejection(rejection, run_id)
    report.rejected += 1
    report.rejections.append(rejection)


def _with_id(article: Article, doc_id: str) -> Article:
    return article if article.id == doc_id else replace(article, id=doc_id)
