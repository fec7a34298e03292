"""Story grouping on real news: quality on hand labels, a readable sample, whole-corpus throughput, add-one latency.

    python bench/cluster_bench.py                       # everything (about two minutes of grouping)
    python bench/cluster_bench.py --quality-only        # (a) on the labelled days only, a few seconds
    python bench/cluster_bench.py --limit 5000          # (b)-(d) on the first 5,000 records

(a) pairwise and B-cubed precision/recall/F1 of the story index on SaudiNewsNet articles labelled by hand
    (bench/labels/saudinewsnet_events.json: three development days and three held-out days; see bench/labels/README.md),
    grouped alone and inside the whole-corpus run, beside two baselines run on the same articles: the story index as
    it was before issue 3 (the cluster.py of commit BEFORE, when git is there) and TF-IDF single-pass leader clustering;
(b) the largest stories of one real day, with their titles, for a person to check;
(c) the whole corpus (31,030 records) grouped in one run: articles/s, peak RSS and the per-article cost around 1k,
    10k and 31k articles. Grouping is the work after cleaning (features, fingerprint, MinHash signature, duplicate
    index, story index); cleaning is done first and timed apart;
(d) latency of adding one article to the full index: p50 and p99 over a few hundred held-back articles.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import resource
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "saudinewsnet" / "saudinewsnet_all.jsonl.gz"
LABELS = Path(__file__).resolve().parent / "labels" / "saudinewsnet_events.json"
COMMAND = "python bench/cluster_bench.py"
BEFORE = "3dc45ed"  # the last commit before issue 3 reworked the story index: the "before" baseline


@dataclass(frozen=True)
class Item:
    n: int  # 1-based record number in the corpus file (ingest names it "saudinewsnet_all-<n>")
    outlet: str
    day: int | None
    article: object  # marsad.models.Article


def load_articles(path: Path, days: Iterable[str] | None = None, numbers: Iterable[int] | None = None,
                  limit: int | None = None) -> list[Item]:
    """Cleaned SaudiNewsNet articles as the pipeline's steps 1-4 make them (records too short to keep left out)."""
    from marsad import clean, ingest, pipeline
    from marsad.settings import Settings

    days = set(days) if days else None
    numbers = set(numbers) if numbers else None
    min_chars = Settings.build().min_body_chars
    out = []
    for raw in ingest.iter_documents([path]):
        if not hasattr(raw, "text"):
            continue
        n = int(raw.id.rsplit("-", 1)[1])
        if limit and n > limit:
            break
        if (days and (raw.published or "")[:10] not in days) or (numbers and n not in numbers):
            continue
        art = clean.clean(raw)
        if len(art.content) < min_chars:
            continue
        art = pipeline.resolve_published(art)
        day = pipeline.day_of(art.published) if art.published_from in ("metadata", "text") else None
        out.append(Item(n, raw.outlet or "", day, art))
    out.sort(key=lambda it: (it.article.published or "", it.n))  # arrival order: publication time
    return out


# --- groupers run on the same prepared articles -----------------------------------------------------------------
@dataclass
class Prepared:
    id: str
    counts: Counter
    day: int | None
    shingles: object
    names: object = None  # marsad.cluster.Names


def prepare(items: list[Item], shingle_words: int) -> list[Prepared]:
    from marsad import cluster, dedupe

    out = []
    for it in items:
        counts, names = cluster.describe(it.article)
        out.append(Prepared(str(it.n), counts, it.day, dedupe.fingerprint(it.article, shingle_words).shingles, names))
    return out


def group_with(index, docs: list[Prepared], names: bool = False) -> dict[str, str]:
    """Add ``docs`` to ``index`` in order (with their headline names when the index takes them); their stories."""
    for d in docs:
        if names:
            index.add(d.id, d.counts, d.day, d.shingles, d.names)
        else:
            index.add(d.id, d.counts, d.day, d.shingles)
    return {d.id: index.story_of(d.id) for d in docs}


def before_index_factory() -> Callable | None:
    """The StoryIndex of cluster.py at commit BEFORE (the grouping before this work), or None without git."""
    try:
        source = subprocess.run(["git", "show", f"{BEFORE}:src/marsad/cluster.py"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    if "class StoryIndex" not in source:
        return None
    spec = importlib.util.spec_from_loader("marsad._cluster_before", loader=None)
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "marsad"
    sys.modules[spec.name] = module
    exec(compile(source, f"{BEFORE}:src/marsad/cluster.py", "exec"), module.__dict__)  # noqa: S102 - our own file
    return lambda: module.StoryIndex()


class LeaderIndex:
    """Baseline: single-pass leader clustering on TF-IDF cosine (each story is its first article; IDF of the batch).

    A new article joins the story whose leader it is most similar to (within the time window) when the cosine is at
    least ``threshold``, else it leads a new story. Compares with every leader in the window: fine for a few
    hundred articles, not meant for the whole corpus.
    """

    def __init__(self, docs: list[Prepared], threshold: float = 0.3, window: int = 4) -> None:
        df = Counter(t for d in docs for t in d.counts)
        n = len(docs)
        self.idf = {t: math.log((n + 1) / (c + 1)) + 1 for t, c in df.items()}
        self.threshold, self.window = threshold, window
        self.leaders: list[tuple[str, dict, int | None]] = []
        self.story: dict[str, str] = {}

    def _vec(self, counts: Counter) -> dict:
        v = {t: (1 + math.log(c)) * self.idf.get(t, 1.0) for t, c in counts.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {t: x / norm for t, x in v.items()}

    def add(self, doc_id, counts, day, shingles) -> None:
        vec = self._vec(counts)
        best, best_sim = None, self.threshold
        for lid, lvec, lday in self.leaders:
            if day is not None and lday is not None and abs(day - lday) > self.window:
                continue
            sim = sum(w * lvec.get(t, 0.0) for t, w in vec.items())
            if sim >= best_sim:
                best, best_sim = lid, sim
        if best is None:
            self.leaders.append((doc_id, vec, day))
            best = doc_id
        self.story[doc_id] = best

    def story_of(self, doc_id: str) -> str:
        return self.story[doc_id]


# --- (a) quality ------------------------------------------------------------------------------------------------
def read_labels(path: Path = LABELS) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def quality_table(rows: list[tuple[str, str, dict, dict]]) -> None:
    from marsad import cluster

    print(f"  {'split':<9} {'grouper':<34} {'pair P':>7} {'pair R':>7} {'pair F1':>7}   {'B3 P':>6} {'B3 R':>6} "
          f"{'B3 F1':>6}  stories")
    for split, name, gold, pred in rows:
        pp, pr, pf = cluster.pairwise_scores(gold, pred)
        bp, br, bf = cluster.bcubed_scores(gold, pred)
        print(f"  {split:<9} {name:<34} {pp:7.3f} {pr:7.3f} {pf:7.3f}   {bp:6.3f} {br:6.3f} {bf:6.3f}  "
              f"{len(set(pred[i] for i in gold))}")


def labelled_quality(labels: dict, settings) -> dict[str, dict]:
    """Group each labelled split alone with every grouper; print the table; return gold labels per split."""
    from marsad import cluster

    before = before_index_factory()
    numbers = {a["n"] for s in labels["splits"].values() for a in s["articles"]}
    items = {it.n: it for it in load_articles(CORPUS, numbers=numbers)}
    rows, golds = [], {}
    for split, data in labels["splits"].items():
        gold = {str(a["n"]): a["event"] for a in data["articles"] if a["n"] in items}
        golds[split] = gold
        docs = prepare(sorted((items[a["n"]] for a in data["articles"] if a["n"] in items),
                              key=lambda it: (it.article.published or "", it.n)), settings.shingle_words)
        rows.append((split, "marsad StoryIndex (this version)", gold,
                     group_with(cluster.StoryIndex.from_settings(settings), docs, names=True)))
        if before:
            rows.append((split, f"StoryIndex before issue 3 ({BEFORE})", gold, group_with(before(), docs)))
        rows.append((split, "TF-IDF leader, cosine 0.30", gold, group_with(LeaderIndex(docs), docs)))
        rows.append((split, "every article alone", gold, {i: i for i in gold}))
    print(f"(a) quality on hand-labelled SaudiNewsNet days, each split grouped alone   [{COMMAND} --quality-only]")
    print("    " + "; ".join(f"{split} = {', '.join(data['days'])} ({', '.join(data.get('outlets', labels['outlets']))})"
                           for split, data in labels["splits"].items())
          + " (dev splits are for tuning; the held-out splits are reported, never tuned on)")
    if not before:
        print("    (the cluster.py of commit BEFORE is not readable here: the 'before' row is left out)")
    quality_table(rows)
    return golds


# --- (b)-(d) the whole corpus -----------------------------------------------------------------------------------
def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def whole_corpus(args, settings, labels: dict, golds: dict) -> None:
    from marsad import cluster, dedupe

    t0 = time.perf_counter()
    items = load_articles(CORPUS, limit=args.limit)
    t_clean = time.perf_counter() - t0
    held_back = {it.n for it in items[args.latency_every // 2::args.latency_every]}  # spread over the 3 weeks
    grouped = [it for it in items if it.n not in held_back]
    late = [it for it in items if it.n in held_back]
    limit = f" --limit {args.limit}" if args.limit else ""
    print(f"\n(c) whole corpus grouped in one run   [{COMMAND}{limit}]")
    print(f"    read and cleaned {len(items):,} articles in {t_clean:.1f} s (not part of grouping; "
          f"{len(late)} held back for (d))")

    duplicates = dedupe.DuplicateIndex(settings.near_duplicate_jaccard, settings.minhash_perms)
    stories = cluster.StoryIndex.from_settings(settings)
    cost, story_seconds = [], 0.0
    start = time.perf_counter()
    for it in grouped:
        t = time.perf_counter()
        story_seconds += place(it, settings, duplicates, stories)
        cost.append(time.perf_counter() - t)
    seconds = time.perf_counter() - start
    n = len(grouped)
    print(f"    grouping: {n:,} articles in {seconds:.1f} s = {n / seconds:,.0f} articles/s, of which the story index "
          f"{story_seconds:.1f} s ({1000 * story_seconds / n:.2f} ms/article; the rest is features, fingerprint, "
          f"MinHash and the duplicate index); peak RSS {peak_rss_mb():,.0f} MB (whole process, cleaned corpus "
          f"included)")
    windows = [(f"~{c // 1000}k", c - 500, c + 500) for c in (1000, 10000) if c + 500 <= n] + \
              [(f"last 1k ({n / 1000:.1f}k)", n - 1000, n)]
    base = None
    for name, lo, hi in windows:
        ms = 1000 * sum(cost[lo:hi]) / (hi - lo)
        base = base or ms
        print(f"    per-article cost around {name:<14} {ms:6.2f} ms  ({ms / base:.2f}x the first window)")
    by_story = stories.stories()
    sizes = sorted((len(d) for d in by_story.values()), reverse=True)
    topics = stories.topics()
    tsizes = sorted((sum(len(by_story[s]) for s in ss) for ss in topics.values()), reverse=True)
    print(f"    {len(sizes):,} stories (largest {sizes[:5]}; {sum(s > 1 for s in sizes):,} with 2+ articles), "
          f"{len(topics):,} topics (largest by articles {tsizes[:5]})")

    # (d) add one more article to the full index
    lat = []
    for it in late:
        t = time.perf_counter()
        place(it, settings, duplicates, stories)
        lat.append(1000 * (time.perf_counter() - t))
    if lat:
        lat.sort()
        p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]  # noqa: E731
        print(f"\n(d) adding one article to an index of {n:,}: p50 {p(0.5):.1f} ms, p99 {p(0.99):.1f} ms, "
              f"max {lat[-1]:.1f} ms over {len(lat)} additions (features + fingerprint + duplicates + story)   "
              f"[{COMMAND}]")

    # (a, continued) the labelled articles' placements inside the whole-corpus run
    if not args.limit:
        rows = []
        for split, gold in golds.items():
            pred = {i: stories.story_of(i) for i in gold if i in stories}
            rows.append((split, "marsad StoryIndex, whole corpus", {i: gold[i] for i in pred}, pred))
        print(f"\n(a') the same labels, placements taken from the whole-corpus run   [{COMMAND}]")
        quality_table(rows)

    # (b) a readable sample
    by_n = {str(it.n): it for it in items}
    day = args.sample_day
    members = defaultdict(list)
    for sid, docs in stories.stories().items():
        on_day = [by_n[d] for d in docs if d in by_n and (by_n[d].article.published or "")[:10] == day]
        if on_day:
            members[sid] = sorted(on_day, key=lambda it: it.article.published or "")
    if members:
        print(f"\n(b) the {args.sample} largest stories of {day} (their articles of that day: outlet | title)   "
              f"[{COMMAND} --sample-day {day}]")
        ranked = sorted(members, key=lambda s: (-len(members[s]), s))[:args.sample]
        for sid in ranked:
            its = members[sid]
            print(f"  story {sid} (topic {stories.topic_of(sid)}): {len(its)} articles that day, "
                  f"{len(set(i.outlet for i in its))} outlets")
            for it in its[:args.titles]:
                print(f"     {it.outlet:<14} {it.article.title}")
            if len(its) > args.titles:
                print(f"     ... {len(its) - args.titles} more")

    if args.before and not args.limit:  # the same articles through the index of commit BEFORE, printed last (it is slow)
        ids = {str(it.n) for it in grouped}
        rows = []
        before = before_index_factory()
        if before:  # the same articles through the index of commit BEFORE (story index only: the rest is the same code)
            old, t = before(), time.perf_counter()
            for it in grouped:
                old.add(str(it.n), cluster.features(it.article), it.day,
                        dedupe.fingerprint(it.article, settings.shingle_words).shingles)
            old_sizes = sorted((len(d) for d in old.stories().values()), reverse=True)
            print(f"\n(c') before issue 3 (the StoryIndex of commit BEFORE, same articles): {len(old_sizes):,} stories (largest "
                  f"{old_sizes[:5]}), {len(old.topics()):,} topics; {time.perf_counter() - t:.0f} s with features "
                  f"and shingles   [{COMMAND} --before]")
            for split, gold in golds.items():
                pred = {i: old.story_of(i) for i in gold if i in ids}
                rows.append((split, "StoryIndex before issue 3, whole", {i: gold[i] for i in pred}, pred))
            print(f"\n(a'') the same labels through the index of commit BEFORE in its whole-corpus run   [{COMMAND} --before]")
            quality_table(rows)


def place(it: Item, settings, duplicates, stories) -> float:
    """The pipeline's steps 6-7 for one cleaned article (as pipeline.run does them); returns the story index's time."""
    from marsad import arabic, cluster, dedupe

    words = arabic.words(it.article.content)  # as pipeline.prepare: the content split once for both
    fp = dedupe.fingerprint(it.article, settings.shingle_words, words)
    counts, names = cluster.describe(it.article, words)
    signature = duplicates.signature(fp)
    duplicates.add(str(it.n), fp, signature)
    t = time.perf_counter()
    stories.add(str(it.n), counts, it.day, fp.shingles, names)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quality-only", action="store_true", help="only (a) on the labelled days grouped alone")
    ap.add_argument("--limit", type=int, default=None, help="(b)-(d) on the first N records only")
    ap.add_argument("--sample-day", default="2015-08-10", help="day of the readable sample (b)")
    ap.add_argument("--sample", type=int, default=10, help="how many stories the sample shows")
    ap.add_argument("--titles", type=int, default=12, help="titles shown per story")
    ap.add_argument("--latency-every", type=int, default=100, help="hold back every Nth article for (d)")
    ap.add_argument("--before", action="store_true", help="also group the whole corpus with the index of commit BEFORE")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a marsad setting")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"SaudiNewsNet not found at {CORPUS}; this benchmark needs ../shared beside the project.")
        return 2
    from marsad.settings import Settings, parse_assignments

    settings = Settings.build(parse_assignments(args.set))
    labels = read_labels()
    golds = labelled_quality(labels, settings)
    if not args.quality_only:
        whole_corpus(args, settings, labels, golds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
