"""Speed of the four extractors together (dates, quantities, quotes, attributions) on real SaudiNewsNet articles.

    python bench/extract_bench.py                      # first 3000 articles: MB/s together, each, and baselines
    python bench/extract_bench.py --articles 500       # a quicker run
    python bench/extract_bench.py --quote-sample 50 --seed 11   # 50 quotes drawn at random to judge by hand
    python bench/extract_bench.py --speakers           # speaker precision on the hand-judged quotes in bench/labels

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

``--speakers`` scores the speakers of the quotes judged by hand in ``bench/labels/quotes_speakers_saudinewsnet.json``
(50 quotes of records 14000..15999, drawn with ``--quote-sample 50 --seed 23 --first 14000``): a quote is right when
marsad still finds it (same cue offset) and its speaker contains the labelled head and lies inside one of the
labelled mentions (normalized text). The extractor's rules for the error families found there were written after
reading that sample, so its figure is a development figure, not a held-out one. ``quotes_speakers_heldout.json`` (30
quotes of records 27000..28999) was judged after that first round and then read for a second round, so it is a
development figure too; ``quotes_speakers_heldout2.json`` (30 quotes of records 8000..9999) was judged after both
rounds and never used to write a rule: its figure is the held-out one.
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

from marsad.arabic import normalize
from marsad.extract.dates import find_dates
from marsad.extract.quantities import find_quantities
from marsad.extract.quotes import find_attributions, find_quotes

ROOT = Path(__file__).resolve().parents[1]
SPEAKER_LABELS = ROOT / "bench" / "labels" / "quotes_speakers_saudinewsnet.json"  # development sample
SPEAKER_SECOND = ROOT / "bench" / "labels" / "quotes_speakers_heldout.json"  # judged after round 1, tuned on in round 2
SPEAKER_HELDOUT = ROOT / "bench" / "labels" / "quotes_speakers_heldout2.json"  # judged after both rounds, never tuned on
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


def quote_sample(n: int, seed: int = 5, first: int = 2000) -> None:
    """N quotes drawn at random from SaudiNewsNet articles first..first+1999, printed for judging the speaker by hand."""
    texts = articles(2000, skip=first)
    pool = [(i, q) for i, t in enumerate(texts) for q in find_quotes(t)]
    # drawn by a keyed hash of (article, offset), not by position in the pool: a change to the extractor that adds
    # or drops a few quotes leaves the rest of the sample as it was, so a re-judged sample differs only there
    def rank(item):
        return hashlib.sha1(f"{seed}:{item[0]}:{item[1].start}:{item[1].cue_span[0]}".encode()).hexdigest()
    print(f"{len(pool)} quotes in SaudiNewsNet articles {first}..{first + 1999}; {n} drawn with seed {seed}\n")
    for k, (i, q) in enumerate(sorted(pool, key=rank)[:n], 1):
        text = texts[i]
        context = text[max(0, q.sentence[0] - 300): q.sentence[0]].replace("\n", " / ")
        print(f"[{k}] article {first + i}  cue={q.cue!r} at {q.cue_span[0]}  quote {q.start}-{q.end}  direct={q.direct}")
        print(f"    SPEAKER: {q.speaker!r}  (head {q.speaker_head!r})")
        print(f"    before : ...{context[-200:]}")
        print(f"    SENT   : {text[q.sentence[0]:q.sentence[1]][:400]}")
        print()
    print(f"reproduce: python bench/extract_bench.py --quote-sample {n} --seed {seed} --first {first}")


def _plain(s: str) -> str:
    return " ".join(normalize(s).replace("ـ", " ").translate(_MARKS).split())


_MARKS = str.maketrans({ch: " " for ch in "\"«»“”'،,:؛;()-"})


def records(numbers: set[int]) -> dict[int, str]:
    out = {}
    with gzip.open(SAUDINEWSNET, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i in numbers:
                out[i] = json.loads(line)["content"]
            if len(out) == len(numbers):
                break
    return out


def speakers(verbose: bool = False, path: Path = SPEAKER_LABELS) -> tuple[int, int, int]:
    """Right, wrong and lost (no longer found) speakers on the hand-judged quotes; prints the wrong ones."""
    labels = json.loads(path.read_text(encoding="utf-8"))["quotes"]
    texts = records({item["record"] for item in labels})
    right = wrong = lost = heads = 0
    for item in labels:
        found = [q for q in find_quotes(texts[item["record"]]) if q.cue_span[0] == item["cue_start"]]
        if item.get("not_a_quote"):  # right when marsad no longer reports it
            right += not found
            wrong += bool(found)
            if found or verbose:
                print(f"  {'WRONG' if found else 'right':6s} record {item['record']} cue {item['cue']!r}: not a quote")
            continue
        if not found:
            lost += 1
            print(f"  lost   record {item['record']} cue {item['cue']!r} at {item['cue_start']}")
            continue
        said = _plain(found[0].speaker or "")
        ok = bool(said) and _plain(item["head"]) in said and any(said in _plain(m) for m in item["speaker"])
        heads += _plain(found[0].speaker_head or "") == _plain(item["head"])
        right += ok
        wrong += not ok
        if not ok or verbose:
            print(f"  {'right' if ok else 'WRONG':6s} record {item['record']} cue {item['cue']!r}: "
                  f"{found[0].speaker!r} (labelled {item['speaker'][0]!r})")
    n = len(labels)
    print(f"speaker precision on {n} hand-judged SaudiNewsNet quotes ({path.name}): {right}/{n} = {right / n:.1%} "
          f"right, {wrong} wrong, {lost} no longer found; the head (the name inside the mention) exactly the "
          f"labelled one in {heads}/{sum(not item.get('not_a_quote') for item in labels)}")
    print("reproduce: python bench/extract_bench.py --speakers")
    return right, wrong, lost


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=3000, help="how many articles to time (default 3000)")
    parser.add_argument("--quote-sample", type=int, metavar="N", help="print N random quotes to judge by hand")
    parser.add_argument("--seed", type=int, default=5, help="seed of the quote sample (default 5)")
    parser.add_argument("--speakers", action="store_true", help="score speakers on the hand-judged quotes")
    parser.add_argument("-v", "--verbose", action="store_true", help="with --speakers: print the right ones too")
    parser.add_argument("--first", type=int, default=2000, help="first record of the quote sample's 2000 (default 2000)")
    args = parser.parse_args(argv)
    if not SAUDINEWSNET.is_file():
        print(f"../shared is not beside the project (looked for {SAUDINEWSNET}); nothing to measure.", file=sys.stderr)
        return 2
    if args.speakers:
        for path in (SPEAKER_LABELS, SPEAKER_SECOND, SPEAKER_HELDOUT):
            speakers(args.verbose, path)
    elif args.quote_sample:
        quote_sample(args.quote_sample, args.seed, args.first)
    else:
        throughput(args.articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
