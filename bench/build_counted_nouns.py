"""Build ``src/marsad/data/numbers_counted_nouns.tsv``: the words Arabic news writes right after a number, read from SaudiNewsNet.

    python bench/build_counted_nouns.py [--shared ../shared]

A four-digit number in a year's company (``في 1962``, ``منذ 2006``, ``خلال 2014``) is a year unless the word after it
is what the number counts (``خلال 1947 جولة``, ``في 2000 حالة``). Which words count things is read from how news
uses them: a word that follows a number of one to three digits (``25 شخصا``, ``300 جولة``; not a year, a
percentage or a time) at least ``MIN_COUNT`` times in SaudiNewsNet, and in at least ``MIN_SHARE`` of all its
occurrences, is listed (so ``شخصا`` and ``جولة`` are, and the verbs and conjunctions that also happen to follow a
number now and then, ``تتضمن``, ``وشدده``, ``حقق``, are not); the function words of ``numbers_words.json``
(``not_nouns``: في of ``15 في المئة``, من, إلى ...) are left out. Each row: the normalized word, how often it follows
such a number, how often it occurs. No word was added or removed by hand.

Source: SaudiNewsNet (CC BY-NC-SA 4.0), only word counts are kept (facts, no text). Run at build time; marsad reads
the TSV.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

from marsad.arabic import normalize

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "marsad" / "data" / "numbers_counted_nouns.tsv"
MIN_COUNT, MIN_SHARE = 3, 0.005
_WORD = re.compile(r"[^\W\d_]+")
# a number of one to three digits (or grouped thousands) standing alone, then a word
_COUNT = re.compile(r"(?<![\d/.,:-])(?:\d{1,3}(?:,\d{3})*)(?![\d/.,:%-])\s+([^\W\d_]+)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    source = args.shared / "corpus" / "saudinewsnet" / "saudinewsnet_all.jsonl.gz"
    if not source.is_file():
        print(f"SaudiNewsNet not found at {source}; pass --shared", file=sys.stderr)
        return 2
    words = json.loads((ROOT / "src" / "marsad" / "data" / "numbers_words.json").read_text(encoding="utf-8"))
    function_words = {normalize(w) for w in words["not_nouns"]}
    after, total = Counter(), Counter()
    with gzip.open(source, "rt", encoding="utf-8") as f:
        for line in f:
            text = normalize(json.loads(line)["content"])
            total.update(_WORD.findall(text))
            after.update(m.group(1) for m in _COUNT.finditer(text))
    rows = sorted(((w, n, total[w]) for w, n in after.items() if n >= MIN_COUNT and n >= MIN_SHARE * total[w]
                   and w not in function_words),
                  key=lambda r: (-r[1], r[0]))
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# word\tafter_a_number\toccurrences  (bench/build_counted_nouns.py from SaudiNewsNet)\n")
        for w, n, t in rows:
            out.write(f"{w}\t{n}\t{t}\n")
    print(f"{len(rows)} words -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
