"""Speed of comparing the sources (facts, numbers, editorial lines, timeline) on a busy real SaudiNewsNet story.

    python bench/compare_bench.py                       # SaudiNewsNet 2015-08-02..03 through the pipeline, then compare
    python bench/compare_bench.py --days 2015-08-06     # other days (comma-separated)
    python bench/compare_bench.py --size 50 --repeat 5

Runs marsad.pipeline on the chosen days of ../shared/corpus/saudinewsnet (a temporary database), takes the busiest
story and, when it has fewer than ``--size`` articles, the biggest stories of the same topic until ``--size`` articles,
and times ``marsad.compare.compare`` on the analysis document of those articles only (best of ``--repeat`` runs).
Target: under one second for 50 articles. Baseline in the same run: the same units compared all-pairs (every clause
of every article against every clause of every other article, the same rare-word cosine) -- what the inverted index
of rare terms avoids. Prints what the comparison found, so the figures can be eyeballed, and the same counts for the
whole days (number verdicts; facts, and how many repeat another fact's text or share a clause with another).

    python bench/compare_bench.py --verdicts 2015-08-10 --analysis /tmp/day/out/a.json

Verdict precision of the number comparisons: re-runs ``compare`` (the current code) on the analysis document of one
SaudiNewsNet day (``--analysis``: written by ``marsad analyze DAY.jsonl --json FILE`` on that day's records; without
it the day is built through the pipeline, 2-4 minutes) and scores every ``disagree`` / ``drift`` group against the
hand judgements of ``bench/labels/numbers_verdicts.json``: a group is judged when its readings (record url, value)
are those of a judged group; it is right when the judged truth is its verdict. Baseline in the same run: every group
of two or more outlets with different values called a disagreement (what a reader gets without as-of dates and
without telling measured things apart), scored on the same judgements. Groups not in the file are printed for
judging; judged true disagreements / drifts that no flagged group finds any more are counted (recall proxy).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet" / "saudinewsnet_all.jsonl.gz"
LABELS = ROOT / "bench" / "labels" / "numbers_verdicts.json"
FLAGGED = ("disagree", "drift")


def restrict(analysis: dict, doc_ids: list[str], topic: str) -> dict:
    """The analysis document of ``doc_ids`` only, as one topic."""
    ids = set(doc_ids)
    out = dict(analysis)
    out["documents"] = [dict(d, topic=topic) for d in analysis["documents"] if d["id"] in ids]
    for key in ("dates", "quantities", "quotes", "attributions"):
        out[key] = [r for r in analysis.get(key, []) if r["doc"] in ids]
    out["relations"] = [r for r in analysis["relations"] if r["doc"] in ids and r["of"] in ids]
    stories = {d["story"] for d in out["documents"]}
    out["stories"] = [s for s in analysis["stories"] if s["id"] in stories]
    out["topics"] = [{"id": topic, "title": "", "stories": sorted(stories)}]
    return out


def all_pairs_seconds(analysis: dict) -> tuple[float, int]:
    """Baseline: every unit against every unit of the other articles, same similarity."""
    from marsad.compare import Corpus

    start = time.perf_counter()
    corpus = Corpus(analysis)
    units = corpus.all_units
    linked = 0
    for i, a in enumerate(units):
        for b in units[i + 1:]:
            if a.doc != b.doc and corpus.similarity(a, b) >= 0.4:
                linked += 1
    return time.perf_counter() - start, linked


def day_analysis(data: Path, day: str, tmp: Path) -> dict:
    """The analysis document of one date_extracted day of SaudiNewsNet, through the pipeline."""
    from marsad import analysis as analysis_doc
    from marsad import pipeline
    from marsad.settings import Settings
    from marsad.store import Store

    sample = tmp / "day.jsonl"
    with gzip.open(data, "rt", encoding="utf-8") as f, sample.open("w", encoding="utf-8") as out:
        for line in f:
            if json.loads(line)["date_extracted"][:10] == day:
                out.write(line)
    with Store(tmp / "day.db") as store:
        pipeline.run([sample], Settings.build(), store)
        return analysis_doc.build(store)


def _value(v: float) -> str:
    return f"{float(v):.6g}"


def reading_key(reading: dict, docs: dict) -> tuple[str, str]:
    """What finds a reading again in another build of the same day: its article's url (else its record number, the
    doc id's suffix) and its value."""
    doc = docs[reading["doc"]]
    return doc.get("url") or reading["doc"].rsplit("-", 1)[-1], _value(reading["value"])


def group_key(group: dict, docs: dict) -> frozenset:
    return frozenset(reading_key(r, docs) for r in group["readings"])


def labelled_key(group: dict) -> frozenset:
    return frozenset((r.get("url") or str(r["record"]), _value(r["value"])) for r in group["readings"])


def baseline_groups(numbers: list[dict]) -> list[dict]:
    """The naive reading: every group of one measure whose outlets give different values is a disagreement."""
    return [dict(n, verdict="disagree") for n in numbers
            if len({r["outlet"] for r in n["readings"]}) > 1 and len({_value(r["value"]) for r in n["readings"]}) > 1]


def score(groups: list[dict], judged: dict, docs: dict) -> tuple[int, int, list[dict]]:
    """(right, judged, unjudged groups) of the flagged ``groups``."""
    right = seen = 0
    unjudged = []
    for n in groups:
        label = judged.get(group_key(n, docs))
        if label is None:
            unjudged.append(n)
            continue
        seen += 1
        right += label["truth"] == n["verdict"]
    return right, seen, unjudged


def found_again(label: dict, groups: list[dict], docs: dict) -> bool:
    """A judged true disagreement / drift is still found: a flagged group with its verdict holds two of its readings
    with different values."""
    keys = labelled_key(label)
    for n in groups:
        if n["verdict"] != label["truth"]:
            continue
        mine = group_key(n, docs) & keys
        if len({v for _, v in mine}) > 1:
            return True
    return False


def print_group(n: dict, docs: dict) -> None:
    print(f"  -- {n['verdict']} measure {n['measure']} ({n['measure_key']}) story {n['story']} topic {n['topic']}")
    for r in n["readings"]:
        record = r["doc"].rsplit("-", 1)[-1]
        print(f"     #{record} {r['outlet']} {_value(r['value'])} {r.get('qualifier') or ''} as of {r['as_of']} "
              f"({r['as_of_from']}{', ' + r['as_of_time'] if r.get('as_of_time') else ''}): {r['sentence']['text']}")


def verdicts(args: argparse.Namespace) -> int:
    from marsad import compare
    from marsad.settings import Settings

    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    day = labels["days"].get(args.verdicts, {"groups": []})
    if args.analysis:
        whole = json.loads(args.analysis.read_text(encoding="utf-8"))
        source = f"analysis {args.analysis}"
    elif args.data.exists():
        with tempfile.TemporaryDirectory() as tmp:
            whole = day_analysis(args.data, args.verdicts, Path(tmp))
        source = f"SaudiNewsNet {args.verdicts} through the pipeline"
    else:
        print(f"SaudiNewsNet not found at {args.data} and no --analysis given; this benchmark needs ../shared beside "
              "the project (or a day's analysis JSON).")
        return 2
    docs = {d["id"]: d for d in whole["documents"]}
    start = time.perf_counter()
    numbers = compare.compare(whole, Settings.build())["numbers"]
    seconds = time.perf_counter() - start
    flagged = [n for n in numbers if n["verdict"] in FLAGGED]
    judged = {labelled_key(g): g for g in day["groups"]}
    right, seen, unjudged = score(flagged, judged, docs)
    b_right, b_seen, b_unjudged = score(baseline_groups(numbers), judged, docs)
    true = [g for g in day["groups"] if g["truth"] in FLAGGED]
    kept = sum(found_again(g, flagged, docs) for g in true)
    print(f"day                 {args.verdicts} ({day.get('role', 'not in the labels file')}), {source}: "
          f"{len(whole['documents'])} articles, {len({d.get('outlet') for d in docs.values()})} outlets")
    print(f"compare()           {seconds:.1f} s; numbers {dict(Counter(n['verdict'] for n in numbers))}")
    print(f"verdict precision   {right}/{seen} judged disagree/drift groups right"
          f"{f' = {right / seen:.0%}' if seen else ''}; {len(unjudged)} flagged groups not judged yet")
    print(f"baseline            every multi-outlet group with two values a disagreement: {b_right}/{b_seen} judged "
          f"right{f' = {b_right / b_seen:.0%}' if b_seen else ''} ({len(b_unjudged)} not judged)")
    print(f"recall proxy        {kept}/{len(true)} judged true disagreements/drifts still found with their verdict")
    for g in true:
        if not found_again(g, flagged, docs):
            print(f"  lost: {g['truth']} {g['measure']}: {g.get('note', '')}")
    if unjudged:
        print("not judged yet (add them to the labels file):")
        for n in unjudged:
            print_group(n, docs)
    if args.show:
        print("judged:")
        for n in flagged:
            label = judged.get(group_key(n, docs))
            if label is not None:
                print(f"  [{'right' if label['truth'] == n['verdict'] else 'WRONG: ' + label['truth']}]"
                      f" {label.get('note', '')}")
                print_group(n, docs)
    analysis_opt = f" --analysis {args.analysis}" if args.analysis else ""
    print(f"reproduce: python bench/compare_bench.py --verdicts {args.verdicts}{analysis_opt}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=CORPUS)
    ap.add_argument("--days", default="2015-08-02,2015-08-03", help="date_extracted days to ingest, comma-separated")
    ap.add_argument("--size", type=int, default=50, help="articles in the compared story")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--verdicts", metavar="DAY", help="score the number verdicts of one date_extracted day against "
                    f"{LABELS.relative_to(ROOT)}")
    ap.add_argument("--analysis", type=Path, help="with --verdicts: that day's analysis JSON (marsad analyze --json)")
    ap.add_argument("--show", action="store_true", help="with --verdicts: print every flagged group's sentences")
    args = ap.parse_args()
    if args.verdicts:
        return verdicts(args)
    if not args.data.exists():
        print(f"SaudiNewsNet not found at {args.data}; this benchmark needs ../shared beside the project.")
        return 2

    from marsad import analysis as analysis_doc
    from marsad import compare, pipeline
    from marsad.settings import Settings
    from marsad.store import Store

    days = set(args.days.split(","))
    tmp = tempfile.TemporaryDirectory()
    sample = Path(tmp.name) / "days.jsonl"
    with gzip.open(args.data, "rt", encoding="utf-8") as f, sample.open("w", encoding="utf-8") as out:
        for line in f:
            if json.loads(line)["date_extracted"][:10] in days:
                out.write(line)
    settings = Settings.build()
    t0 = time.perf_counter()
    with Store(Path(tmp.name) / "bench.db") as store:
        report = pipeline.run([sample], settings, store)
        whole = analysis_doc.build(store)
    print(f"ingested            {report.added} articles of {sorted(days)} in {time.perf_counter() - t0:.0f} s")

    story = whole["stories"][0]
    docs = list(story["documents"])
    topic = next(t for t in whole["topics"] if t["id"] == story["topic"])
    sizes = {s["id"]: s for s in whole["stories"]}
    for sid in sorted(topic["stories"], key=lambda s: -len(sizes[s]["documents"])):
        if len(docs) >= args.size:
            break
        if sid != story["id"]:
            docs += sizes[sid]["documents"][: args.size - len(docs)]
    docs = docs[: args.size]
    part = restrict(whole, docs, story["topic"])
    outlets = Counter(d["outlet"] for d in part["documents"])
    print(f"busiest story       {story['id']} ({len(story['documents'])} articles): {story['title']}")
    print(f"compared            {len(docs)} articles ({len(story['documents'])} of that story, the rest from its "
          f"topic {story['topic']}), {len(outlets)} outlets, {len(part['relations'])} copy relations")

    best, result = float("inf"), None
    for _ in range(args.repeat):
        start = time.perf_counter()
        result = compare.compare(part, Settings.build())
        best = min(best, time.perf_counter() - start)
    base, base_links = all_pairs_seconds(part)
    units = sum(1 for _ in compare.Corpus(part).all_units)
    shared = [f for f in result["facts"] if len(f["documents"]) > 1]
    print(f"units (clauses)     {units}")
    print(f"compare()           {best:.3f} s (best of {args.repeat}); target < 1 s for {args.size} articles: "
          f"{'met' if best < 1 else 'MISSED'}")
    print(f"baseline all-pairs  {base:.3f} s for the similarity step alone ({base_links} links at 0.4)")
    print(f"facts               {len(result['facts'])} ({len(shared)} carried by 2+ articles, "
          f"{sum(not f['unique'] for f in result['facts'])} by 2+ independent origins)")
    print(f"numbers             {dict(Counter(n['verdict'] for n in result['numbers']))}")
    print(f"editorial lines     {len(result['editorial'])}")
    print(f"timeline events     {len(result['timeline'])}")
    for f in sorted(shared, key=lambda f: -f["independent_origins"])[:3]:
        print(f"  fact: {len(f['documents'])} articles, {f['independent_origins']} origins: {f['text'][:90]}")
    # the whole days, for the figures a judged sample is read from (numbers flagged, one fact per statement)
    start = time.perf_counter()
    everything = compare.compare(whole, Settings.build())
    texts = Counter(f["text"] for f in everything["facts"])
    owners = Counter((s["doc"], s["start"]) for f in everything["facts"] for s in f["sentences"])
    print(f"whole days          compare() {time.perf_counter() - start:.1f} s on {len(whole['documents'])} articles; "
          f"numbers {dict(Counter(n['verdict'] for n in everything['numbers']))}; facts {len(everything['facts'])} "
          f"({sum(len(f['documents']) > 1 for f in everything['facts'])} multi-article), "
          f"{sum(c - 1 for c in texts.values() if c > 1)} repeat another fact's text, "
          f"{sum(1 for c in owners.values() if c > 1)} clauses in two facts or more")
    options = "".join(f" --{name} {value}" for name, value, default in (
        ("days", args.days, "2015-08-02,2015-08-03"), ("size", args.size, 50), ("repeat", args.repeat, 3))
        if value != default)
    print(f"reproduce: python bench/compare_bench.py{options}")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
