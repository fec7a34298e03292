"""Throughput and peak memory of the whole pipeline on SaudiNewsNet (31,030 real articles, ../shared).

    python bench/ingest_bench.py                 # all records, fresh database in a temp folder
    python bench/ingest_bench.py --limit 2000    # a quick look
    python bench/ingest_bench.py --workers 1     # steps 3-5 in this process only (default: one worker per core)

Prints articles per second, peak RSS, what was stored/rejected, stories and topics, and the same figures for a
baseline in the same run: reading and JSON-decoding the records only (the floor any ingester pays), so the ratio
says what marsad's analysis costs on top of reading the data.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet" / "saudinewsnet_all.jsonl.gz"


def peak_rss_mb() -> tuple[float, float]:
    """Peak RSS of this process and of the largest worker process, in MB (Linux reports KiB)."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def baseline(path: Path, limit: int | None) -> tuple[int, float]:
    start = time.perf_counter()
    n = 0
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            json.loads(line)
            n += 1
            if limit and n >= limit:
                break
    return n, time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="only the first N records")
    ap.add_argument("--db", type=Path, default=None, help="database path (default: a temporary file)")
    ap.add_argument("--workers", type=int, default=0, help="the `workers` setting (0 = one per CPU core)")
    ap.add_argument("--analysis", action="store_true",
                    help="also time building the analysis document (entities, facts, numbers, timeline, summaries)")
    args = ap.parse_args()
    if not args.data.exists():
        print(f"SaudiNewsNet not found at {args.data}; this benchmark needs ../shared beside the project.")
        return 2

    from marsad import analysis, pipeline
    from marsad.settings import Settings
    from marsad.store import Store

    source = args.data
    tmp = tempfile.TemporaryDirectory()
    if args.limit:  # write the first N records to a file of their own so ingest sees only those
        source = Path(tmp.name) / "sample.jsonl"
        with gzip.open(args.data, "rt", encoding="utf-8") as f, source.open("w", encoding="utf-8") as out:
            for i, line in enumerate(f):
                if i >= args.limit:
                    break
                out.write(line)
    db = args.db or Path(tmp.name) / "bench.db"

    n_base, t_base = baseline(args.data, args.limit)
    start = time.perf_counter()
    with Store(db) as store:
        report = pipeline.run([source], Settings.build({"workers": args.workers}), store)
        stories = Counter(story for (story,) in store.db.execute("SELECT story FROM documents"))
        topics = store.db.execute("SELECT COUNT(DISTINCT topic) FROM stories").fetchone()[0]
        relations = Counter(kind for (kind,) in store.db.execute("SELECT kind FROM relations"))
        published_from = Counter(src for (src,) in store.db.execute("SELECT published_from FROM documents"))
        seconds = time.perf_counter() - start
        if args.analysis:
            t0 = time.perf_counter()
            doc = analysis.build(store, Settings.build())
            analysis_seconds = time.perf_counter() - t0
            analysis_counts = {k: len(doc[k]) for k in ("entities", "facts", "numbers", "editorial", "timeline",
                                                        "summaries")}
    reasons = Counter(r.reason.split(":")[0][:60] for r in report.rejections)

    rate = report.seen / seconds if seconds else 0.0
    base_rate = n_base / t_base if t_base else 0.0
    print(f"records seen        {report.seen}")
    print(f"stored              {report.added}   rejected {report.rejected}   already stored {report.unchanged}")
    for reason, count in reasons.most_common(5):
        print(f"  rejected: {count:6d}  {reason}")
    print(f"duplicates          {dict(relations)}")
    print(f"published_from      {dict(published_from)}")
    print(f"stories             {len(stories)} ({sum(1 for c in stories.values() if c > 1)} with 2+ articles, "
          f"largest {max(stories.values(), default=0)})")
    print(f"topics              {topics}")
    print(f"wall time           {seconds:.1f} s")
    print(f"articles / second   {rate:.0f}")
    main_mb, worker_mb = peak_rss_mb()
    print(f"workers             {args.workers or 'one per core'}")
    print(f"peak RSS            {main_mb:.0f} MB (main process); largest worker process {worker_mb:.0f} MB")
    if args.analysis:
        print(f"analysis document   {analysis_seconds:.1f} s: {analysis_counts}")
    print(f"baseline (read+json only): {base_rate:.0f} records/s; marsad costs {base_rate / rate:.0f}x the baseline")
    options = (f" --limit {args.limit}" if args.limit else "") + (f" --workers {args.workers}" if args.workers else "")
    options += " --analysis" if args.analysis else ""
    print(f"reproduce: python bench/ingest_bench.py{options}")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
