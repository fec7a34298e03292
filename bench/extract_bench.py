"""Speed of the four extractors together (dates, quantities, quotes, attributions) on real SaudiNewsNet articles.

    python bench/extract_bench.py                      # first 3000 articles: MB/s together, each, and baselines
    python bench/extract_bench.py --articles 500       # a quicker run
    python bench/extract_bench.py --quote-sample 50 --seed 11   # 50 quotes drawn at random to judge by hand

MB/s counts the UTF-8 bytes of the article text (``content``) per CPU second of this process (one core; the time
other processes take on a shared machine is not counted), after every table is built. In the same
run it times two baselines over the same text: one pass of a single regex that only finds digit runs and speech
verbs (a floor: what touching every character once with ``re`` costs), and ``dateparser.search_dates`` -- the
strongest off-the-shelf Arabic date finder runnable here -- on the first 100 articles (it is ~100x slower, so a
subset; measured when installed, skipped with a note otherwise).

``--quote-sample N`` prints N quotes drawn with a fixed seed from articles N..N+2000 of the corpus (not the seeds),
each with its sentence, cue and speaker, for a person to judge whether the speaker is right (the speaker's full
mention names who said it; a pronoun cue must resolve to the right earlier speaker). Reads
``../shared/corpus/saudinewsnet``; exits with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from pathlib import Path

from marsad.extract.dates import find_dates
from marsad.extract.quantities import find_quantities
from marsad.extract.quotes import find_attributions, find_quotes

ROOT = Path(__file__).resolve().parents[1]
SAUDINEWSNET = ROOT.parent / "shared" / "corpus" / "saudinewsnet" / "saudinewsnet_all.jsonl.gz"
EXTRACTORS = {
    "dates": find_dates,
    "quantities": find_quantities,
    "quotes": find_quotes,
    "attributions": find_attributions,
}


def articles(n: int, skip: int = 0) -> list[str]:
    out = []
    with gzip.open(SAUDINEWSNET, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < skip:
                continue
            if len(out) >= n:
                break
            out.append(json.loads(line)["content"])
    return out


def _time(fn, texts: list[str]) -> tuple[float, int]:
    """CPU seconds of this process (one core; other work on the machine does not count) and the mentions found."""
    t0 = time.process_time()
    found = sum(len(fn(t)) for t in texts)
    return time.process_time() - t0, found


def _together(text: str) -> list:
    # the order extract_all uses; find_quotes and find_attributions share one cached scan of the text
    return [*find_dates(text), *find_quantities(text), *find_quotes(text), *find_attributions(text)]


def throughput(n: int) -> None:
    texts = articles(n)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    _together(texts[0] + " قال إن 3 جنود أمس")  # build every table outside the timing
    print(f"{len(texts)} SaudiNewsNet articles, {mb:.2f} MB of UTF-8 article text, one core")
    print(f"  {'what':34s} {'found':>8s} {'seconds':>8s} {'MB/s':>7s}")
    seconds, found = _time(_together, texts)
    print(f"  {'all four extractors together':34s} {found:8d} {seconds:8.2f} {mb / seconds:7.2f}")
    for name, fn in EXTRACTORS.items():
        s, k = _time(fn, texts)
        print(f"  {name + ' alone':34s} {k:8d} {s:8.2f} {mb / s:7.2f}")
    floor = re.compile(r"\d+|(?<!\w)(?:قال|أكد|أضاف)(?!\w)")
    s, k = _time(floor.findall, texts)
    print(f"  {'baseline: one regex pass':34s} {k:8d} {s:8.2f} {mb / s:7.2f}")
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("  baseline: dateparser.search_dates  not installed (`pip install dateparser` to time it)")
    else:
        sub = texts[:100]
        sub_mb = sum(len(t.encode("utf-8")) for t in sub) / 1e6
        search_dates("أمس", languages=["ar"])
        s, k = _time(lambda t: search_dates(t, languages=["ar"]) or [], sub)
        print(f"  {'baseline: dateparser (100 articles)':34s} {k:8d} {s:8.2f} {sub_mb / s:7.2f}")
    print(f"\nreproduce: python bench/extract_bench.py --articles {n}")


def quote_sample(n: int, seed: int = 5) -> None:
    """N quotes drawn at random from SaudiNewsNet articles 2000..3999, printed for judging the speaker by hand."""
    texts = articles(2000, skip=2000)
    pool = [(i, q) for i, t in enumerate(texts) for q in find_quotes(t)]
    # drawn by a keyed hash of (article, offset), not by position in the pool: a change to the extractor that adds
    # or drops a few quotes leaves the rest of the sample as it was, so a re-judged sample differs only there
    def rank(item):
        return hashlib.sha1(f"{seed}:{item[0]}:{item[1].start}:{item[1].cue_span[0]}".encode()).hexdigest()
    print(f"{len(pool)} quotes in SaudiNewsNet articles 2000..3999; {n} drawn with seed {seed}\n")
    for k, (i, q) in enumerate(sorted(pool, key=rank)[:n], 1):
        text = texts[i]
        context = text[max(0, q.sentence[0] - 300): q.sentence[0]].replace("\n", " / ")
        print(f"[{k}] article {2000 + i}  cue={q.cue!r}  direct={q.direct}")
        print(f"    SPEAKER: {q.speaker!r}  (head {q.speaker_head!r})")
        print(f"    before : ...{context[-200:]}")
        print(f"    SENT   : {text[q.sentence[0]:q.sentence[1]][:400]}")
        print()
    print(f"reproduce: python bench/extract_bench.py --quote-sample {n} --seed {seed}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=3000, help="how many articles to time (default 3000)")
    parser.add_argument("--quote-sample", type=int, metavar="N", help="print N random quotes to judge by hand")
    parser.add_argument("--seed", type=int, default=5, help="seed of the quote sample (default 5)")
    args = parser.parse_args(argv)
    if not SAUDINEWSNET.is_file():
        print(f"../shared is not beside the project (looked for {SAUDINEWSNET}); nothing to measure.", file=sys.stderr)
        return 2
    if args.quote_sample:
        quote_sample(args.quote_sample, args.seed)
    else:
        throughput(args.articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
