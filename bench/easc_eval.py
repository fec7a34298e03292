"""ROUGE-1/2/L of marsad's extractive summarizer on EASC, beside Lead and TextRank baselines in the same run.

    python bench/easc_eval.py              # all 153 articles and the newspaper subset
    python bench/easc_eval.py --show 3     # also print the first 3 summaries of each system

Reads ``../shared/eval/easc/`` (EASC, El-Haj et al. 2010: 153 Arabic articles, five human extractive summaries
each, written by Mechanical Turk workers who picked at most half of an article's sentences) and exits with a message
when ../shared is absent. ``SOURCES.CSV`` names the source of each article: the newspaper subset is the articles
from Alwatan and Alrai (the rest are Wikipedia pages).

Length budget: for each article, the mean length in words of its five reference summaries. Every system adds
sentences until it reaches the budget, and its output is cut at exactly that many words before scoring (ROUGE's
``-l`` option), so no system gains recall by being longer.

Systems (all on the same sentences: ``marsad.arabic.split_sentences`` of the article, its hard-wrapped lines joined):
- ``marsad``: ``marsad.summarize.summarize_texts`` (centroid + position relevance, MMR redundancy control);
- ``lead``: the article's first sentences up to the budget; ``lead-3``: its first three sentences (cut at the budget);
- ``textrank``: TextRank (Mihalcea & Tarau 2004): PageRank (d = 0.85) over a sentence graph weighted by shared
  content words / (log |s1| + log |s2|), top sentences up to the budget, shown in text order.

ROUGE (Lin 2004) is implemented here: ``rouge-score``'s default tokenizer keeps only ``[a-z0-9]`` and so drops Arabic
text entirely. Tokens are ``marsad.arabic.words`` (normalized: hamza and alef forms, teh marbuta, alef maqsura,
diacritics, digits), no stemming, no stop-word removal. ROUGE-N counts clipped n-gram matches; ROUGE-L uses the
longest common subsequence of the whole token sequences. Each summary is scored against each of the five references
and the scores are averaged (ROUGE-1.5.5's ``-f A``), then averaged over articles.
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from marsad import arabic, cluster, summarize

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EASC = SHARED / "eval" / "easc"
NEWSPAPERS = ("Alwatan Newspaper", "Alrai Newspaper")
METRICS = ("rouge1", "rouge2", "rougeL")


# --- data -------------------------------------------------------------------------------------------------------
def load(root: Path = EASC) -> list[dict]:
    """EASC articles: ``{topic, name, text, references: [5 texts], newspaper: bool}``, in topic order."""
    sources = _sources(root / "SOURCES.CSV")
    out = []
    topics = sorted((root / "EASC-UTF-8" / "Articles").iterdir(), key=lambda p: int(p.name.removeprefix("Topic")))
    for topic in topics:
        (article,) = list(topic.iterdir())
        refs = sorted((root / "EASC-UTF-8" / "MTurk" / topic.name).iterdir())
        name = _key(article.stem)
        out.append({"topic": topic.name, "name": article.name, "text": _join_lines(_read(article)),
                    "references": [_read(r) for r in refs], "newspaper": sources.get(name) in NEWSPAPERS})
    return out


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")


def _join_lines(text: str) -> str:
    # Newspaper articles are hard-wrapped mid-sentence; Wikipedia paragraphs end with a full stop anyway.
    return re.sub(r"\s*\n\s*", " ", text).strip()


def _key(name: str) -> str:
    """``"Art and Music (7)"`` and ``"Art and Music 7"`` -> ``"art and music 7"``."""
    return re.sub(r"\s+", " ", re.sub(r"[()]", " ", name)).strip().lower()


def _sources(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return {_key(row["Article"]): row["Source Name"] for row in csv.DictReader(f)
                if row.get("Article") and row.get("Source Name")}


# --- ROUGE ------------------------------------------------------------------------------------------------------
def tokens(text: str) -> list[str]:
    return arabic.words(text)


def _prf(overlap: int, n_sys: int, n_ref: int) -> tuple[float, float, float]:
    p = overlap / n_sys if n_sys else 0.0
    r = overlap / n_ref if n_ref else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def rouge_n(system: Sequence[str], reference: Sequence[str], n: int) -> tuple[float, float, float]:
    """(precision, recall, F1) of clipped n-gram matches."""
    sys_grams = Counter(tuple(system[i:i + n]) for i in range(len(system) - n + 1))
    ref_grams = Counter(tuple(reference[i:i + n]) for i in range(len(reference) - n + 1))
    overlap = sum((sys_grams & ref_grams).values())
    return _prf(overlap, sum(sys_grams.values()), sum(ref_grams.values()))


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence, bit-parallel (Allison & Dix 1986; Hyyrö 2004)."""
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for i, tok in enumerate(a):
        masks[tok] = masks.get(tok, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    for tok in b:
        u = v & masks.get(tok, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - bin(v).count("1")


def rouge_l(system: Sequence[str], reference: Sequence[str]) -> tuple[float, float, float]:
    return _prf(lcs_length(system, reference), len(system), len(reference))


def score(system: str, references: Sequence[str], budget: int) -> dict[str, tuple[float, float, float]]:
    """ROUGE-1/2/L (P, R, F1) of ``system`` cut at ``budget`` words, averaged over ``references``."""
    sys_tokens = tokens(system)[:budget]
    totals = {m: np.zeros(3) for m in METRICS}
    for ref in references:
        ref_tokens = tokens(ref)
        totals["rouge1"] += rouge_n(sys_tokens, ref_tokens, 1)
        totals["rouge2"] += rouge_n(sys_tokens, ref_tokens, 2)
        totals["rougeL"] += rouge_l(sys_tokens, ref_tokens)
    return {m: tuple(v / len(references)) for m, v in totals.items()}


# --- systems ----------------------------------------------------------------------------------------------------
def _sentences(text: str) -> list[arabic.Sentence]:
    return arabic.split_sentences(text)


def _fill(chosen: Sequence[arabic.Sentence], budget: int) -> list[arabic.Sentence]:
    out, words = [], 0
    for s in chosen:
        if words >= budget:
            break
        out.append(s)
        words += len(s.text.split())
    return out


def lead(text: str, budget: int) -> str:
    return " ".join(s.text for s in _fill(_sentences(text), budget))


def lead3(text: str, budget: int) -> str:
    return " ".join(s.text for s in _sentences(text)[:3])


def textrank(text: str, budget: int, damping: float = 0.85) -> str:
    sents = _sentences(text)
    bags = [set(cluster.terms(s.text)) for s in sents]
    n = len(sents)
    weights = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            shared = len(bags[i] & bags[j])
            if shared and len(bags[i]) > 1 and len(bags[j]) > 1:
                weights[i, j] = weights[j, i] = shared / (math.log(len(bags[i])) + math.log(len(bags[j])))
    out_sum = weights.sum(axis=1)
    out_sum[out_sum == 0] = 1.0
    transition = (weights / out_sum[:, None]).T
    rank = np.full(n, 1.0 / max(n, 1))
    for _ in range(100):
        new = (1 - damping) / max(n, 1) + damping * transition @ rank
        if np.abs(new - rank).sum() < 1e-8:
            rank = new
            break
        rank = new
    order = sorted(range(n), key=lambda i: (-rank[i], i))
    chosen = _fill([sents[i] for i in order], budget)
    return " ".join(s.text for s in sorted(chosen, key=lambda s: s.start))


def marsad_summary(text: str, budget: int) -> str:
    return " ".join(s.text for s in summarize.summarize_texts([text], max_words=budget))


SYSTEMS: dict[str, Callable[[str, int], str]] = {
    "marsad": marsad_summary, "lead": lead, "lead-3": lead3, "textrank": textrank}


# --- run --------------------------------------------------------------------------------------------------------
def budget_of(article: dict) -> int:
    """The mean length in words of the article's reference summaries."""
    return max(1, round(sum(len(tokens(r)) for r in article["references"]) / len(article["references"])))


def evaluate(articles: Sequence[dict], systems: Sequence[str] = tuple(SYSTEMS)) -> dict:
    """Per system: mean ROUGE over ``articles`` and the seconds spent summarizing: ``{system: {metric: (P,R,F)}}``."""
    results: dict[str, dict] = {}
    for name in systems:
        summarizer = SYSTEMS[name]
        totals = {m: np.zeros(3) for m in METRICS}
        seconds = 0.0
        for article in articles:
            budget = budget_of(article)
            started = time.perf_counter()
            output = summarizer(article["text"], budget)
            seconds += time.perf_counter() - started
            for m, prf in score(output, article["references"], budget).items():
                totals[m] += prf
        results[name] = {m: tuple(v / max(1, len(articles))) for m, v in totals.items()} | {"seconds": seconds}
    return results


def _table(title: str, results: dict, n: int) -> None:
    print(f"\n{title} ({n} articles)")
    print(f"  {'system':9s} " + " ".join(f"{m + ' ' + k:>10s}" for m in ("R1", "R2", "RL") for k in ("F1", "R")) +
          f" {'articles/s':>11s}")
    for name, r in results.items():
        cells = " ".join(f"{r[m][k]:10.4f}" for m in METRICS for k in (2, 1))
        rate = n / r["seconds"] if r["seconds"] else float("inf")
        print(f"  {name:9s} {cells} {rate:11.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print the first N summaries of each system")
    args = parser.parse_args(argv)
    if not EASC.is_dir():
        print(f"../shared is not beside the project (looked for {EASC}); nothing to evaluate.", file=sys.stderr)
        return 1
    articles = load()
    news = [a for a in articles if a["newspaper"]]
    budgets = [budget_of(a) for a in articles]
    print(f"EASC: {len(articles)} articles, {len(news)} from newspapers; budget = mean reference length, "
          f"{sum(budgets) / len(budgets):.1f} words on average (min {min(budgets)}, max {max(budgets)})")
    _table("All articles", evaluate(articles), len(articles))
    _table("Newspaper subset (Alwatan, Alrai)", evaluate(news), len(news))
    for article in articles[:args.show]:
        print(f"\n== {article['topic']} {article['name']} (budget {budget_of(article)} words)")
        for name, summarizer in SYSTEMS.items():
            print(f"  [{name}] {summarizer(article['text'], budget_of(article))}")
    print("\nreproduce: python bench/easc_eval.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
