"""Span-level P/R/F1 of marsad's date and quantity extractors on the Wojood sample, beside dateparser.search_dates.

    python bench/wojood_eval.py                     # Wojood: train+val (development), test, all
    python bench/wojood_eval.py --published 2000    # infer_published vs SaudiNewsNet date_extracted
    python bench/wojood_eval.py --throughput 3000   # MB/s of find_dates + find_quantities on SaudiNewsNet text

Reads ``../shared/eval/wojood/{train,val,test}.txt`` (``token TAG [TAG...]``, a blank line between sentences; extra
columns are nested labels, all read) and ``../shared/corpus/saudinewsnet``; exits with a message when ../shared is
absent. dateparser is not a marsad dependency: it is measured when installed and skipped with a note otherwise.

How a marsad mention becomes the span Wojood would mark (Wojood's conventions, read from train+val):
- spans are whole tokens: a mention covering part of a token (the ``ل`` of ``للعام 2009``, the ``و`` of ``و20``)
  covers the token;
- DATE: Wojood includes a lead ``بتاريخ``/``تاريخ`` and the brackets after it (``بتاريخ ( 27 / 9 / 1948 )``), and a
  month name written before a bracketed numeric date (``كانون الاول ( 10 / 12 / 1946 )``) is one span with it; a
  year alone in brackets is marked without them (``( [[1948]] )``); ``في`` is never part of a DATE;
- CARDINAL: the number only (with a scale word: ``750 ألف``), without qualifier or counted noun; a range is two
  numbers (``[[ألفين]] إلى [[4 آلاف]] أجنبي``), where marsad keeps one quantity with ``value_max``;
- MONEY: number, scale word and currency with its adjective (``60 مليون دولار أمريكي``), without qualifier;
- PERCENT: number and sign or words (``70 %``, ``و20 بالمئة``).
- CARDINAL of a compound number written in words: one span per word (``ستة`` ``وثلاثين`` ``مليون`` ``وأربعمائة``
  ``ألف``), a simple one whole (``أربعة آلاف``);
- a number counting hours, days or years (``30 دقيقة``, ``12 عاما``) is Wojood's TIME or DATE, one counting metres
  or tonnes (``500 متر``) its QUANTITY: neither is a CARDINAL (marsad's ``unit_class``);
- DATE: a lead ``خلال``/``لمدة``/``منذ``/``قبل``/``بعد`` right before a date is part of Wojood's span.
Where Wojood's CARDINAL and marsad's quantities differ on purpose (train+val, 2026-11-23; the gold is never changed):
list and footnote numbers (``[ 1 ] مساقات``, ``3 التسجيل``) and model numbers (``موديل 48``) name rather than count,
so marsad keeps them out of its quantities (Wojood marks them, but not the numbers of a reference list, ``2 كاثلين ج.``);
a written compound is split word by word in one Wojood sentence and kept whole (``واحد وعشرين``) in another, and the
bench follows the first; an emphatic number after a dual or a noun (``لولايتين اثنتين``, ``لغة واحدة``) is marked in
some sentences and not in others; a lead qualifier is inside one CARDINAL span (``بحوالي ستة``) and outside all
others; the count after a month in ``يناير / كانون الثاني 919 استشارة`` (919 consultations since January) is marked
as part of the DATE, where marsad keeps it a count. A number word inside an idiom or a name (``ألف مبروك``,
``وست هام``, ``تحية وألف تحية``; numbers_words.json idioms, read from SaudiNewsNet) is no quantity for marsad; the
Wojood test split marks ``وألف`` of ``تحية وألف تحية`` (train+val has no such idiom), so that span is a miss there by
design. A fraction with a pronoun (``ثلثهم``) is read as a CARDINAL, as Wojood marks it.
Wojood tokenizes ``2,500`` as ``2 , 500`` and prints thousands groups without their leading zeros (``1 , 250 , 0``
for 1,250,000): sentences are rebuilt with digit groups rejoined and padded back to three digits so the extractors
see the text as an outlet printed it. ``$#$`` (Wojood's paragraph mark) is read as a line break.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from marsad.extract.dates import find_dates, infer_published
from marsad.extract.quantities import find_quantities

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WOJOOD = SHARED / "eval" / "wojood"
SAUDINEWSNET = SHARED / "corpus" / "saudinewsnet" / "saudinewsnet_all.jsonl.gz"
TYPES = ("DATE", "CARDINAL", "MONEY", "PERCENT")
DATE_LEADS = {"بتاريخ", "تاريخ", "وبتاريخ"}
SINCE = {"منذ", "ومنذ", "قبل", "بعد", "خلال", "لمدة"}


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[list[str]]
    text: str
    offsets: list[tuple[int, int]]


def read_wojood(path: Path) -> list[Sentence]:
    sentences, tokens, tags = [], [], []
    for line in path.read_text(encoding="utf-8").split("\n") + [""]:
        parts = line.split()
        if not parts:
            if tokens:
                sentences.append(_rebuild(tokens, tags))
                tokens, tags = [], []
            continue
        tokens.append(parts[0])
        tags.append(parts[1:])
    return sentences


def _rebuild(tokens: list[str], tags: list[list[str]]) -> Sentence:
    """Join tokens with spaces, except digit groups Wojood split (``2 , 500`` -> ``2,500``, ``13 . 2`` -> ``13.2``)."""
    text, offsets = "", []
    for i, tok in enumerate(tokens):
        glued = i > 0 and (
            (tok in {",", "."} and tokens[i - 1][-1:].isdigit() and i + 1 < len(tokens) and tokens[i + 1][:1].isdigit())
            or (i > 1 and tokens[i - 1] in {",", "."} and tokens[i - 2][-1:].isdigit() and tok[:1].isdigit())
        )
        shown = tok
        if glued and tokens[i - 1] == "," and tok.isdigit() and len(tok) < 3 and (
                tok == "0" or (i > 3 and tokens[i - 3] == ",") or (i + 2 < len(tokens) and tokens[i + 1] == ",")):
            shown = tok.zfill(3)  # 1 , 250 , 0 -> 1,250,000 (a group ",0" is never a decimal)
        elif tok == "$#$":
            shown = "\n"
        if i and not glued:
            text += " "
        offsets.append((len(text), len(text) + len(shown)))
        text += shown
    return Sentence(tokens, tags, text, offsets)


def gold_spans(s: Sentence) -> set[tuple[str, int, int]]:
    """(type, first token, end token) for every labelled span, nested ones included, one BIO decoding per column."""
    out = set()
    width = max(len(t) for t in s.tags)
    for col in range(width):
        start, kind = None, None
        for i, tags in enumerate([*s.tags, ["O"] * width]):
            tag = tags[col] if col < len(tags) else "O"
            if start is not None and tag != f"I-{kind}":
                out.add((kind, start, i))
                start = None
            if tag[:2] in ("B-", "I-") and start is None:  # an I- with no B- before it still opens a span
                start, kind = i, tag[2:]
    return {span for span in out if span[0] in TYPES}


def _tokens_of(s: Sentence, start: int, end: int) -> tuple[int, int] | None:
    inside = [i for i, (a, b) in enumerate(s.offsets) if a < end and start < b]
    return (inside[0], inside[-1] + 1) if inside else None


def predicted_spans(s: Sentence) -> set[tuple[str, int, int]]:
    out = set()
    dates = sorted(t for d in find_dates(s.text) if (t := _tokens_of(s, d.start, d.end)))
    for a, b in _merge_month_citations(s, dates):
        a, b = _wojood_date_edges(s, a, b)
        out.add(("DATE", a, b))
    for q in find_quantities(s.text):
        kind = {"cardinal": "CARDINAL", "money": "MONEY", "percent": "PERCENT"}[q.kind]
        if kind == "CARDINAL" and q.unit_class is not None:
            continue  # Wojood's TIME, DATE or QUANTITY
        lo, hi = q.number_span
        if kind == "CARDINAL" and not any(ch.isdigit() for ch in s.text[lo:hi]) and " و" in s.text[lo:hi]:
            words = (_tokens_of(s, lo + w.start(), lo + w.end()) for w in re.finditer(r"\S+", s.text[lo:hi]))
            out.update(("CARDINAL", *span) for span in words if span)
            continue
        if kind == "CARDINAL" and q.value_max is not None and (link := _RANGE_LINK.search(s.text, lo, hi)):
            ends = (_tokens_of(s, lo, link.start()), _tokens_of(s, link.end(), hi))  # ألفين إلى 4 آلاف: two spans
            out.update(("CARDINAL", *span) for span in ends if span)
            continue
        if kind != "CARDINAL" and q.unit_span is not None:
            hi = max(hi, q.unit_span[1])
            lo = min(lo, q.unit_span[0])  # "$50"
        span = _tokens_of(s, lo, hi)
        if span:
            out.add((kind, *span))
    return out


_RANGE_LINK = re.compile(r"\s*(?:-|–|إلى|الى|حتى)\s*|\s+و\s*(?=\d)")  # what joins the two ends of a range


def _merge_month_citations(s: Sentence, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``كانون الاول`` + ``( 10 / 12 / 1946 )``: Wojood marks the month name and the bracketed date as one span."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and out[-1][1] + 1 == a and s.tokens[out[-1][1]] == "(":
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _wojood_date_edges(s: Sentence, a: int, b: int) -> tuple[int, int]:
    toks = s.tokens
    lead = a
    if lead > 0 and toks[lead - 1] == "(":
        lead -= 1
    while lead > 0 and (toks[lead - 1] in DATE_LEADS or (toks[lead - 1] == ":" and lead > 1 and toks[lead - 2] in DATE_LEADS)):
        lead -= 1
    if lead < a and toks[lead] != "(":  # a lead word: take it and the brackets
        a = lead
    elif a > 0 and toks[a - 1] in SINCE:  # منذ يناير 2019, قبل ( 1948 ): Wojood keeps the preposition
        a -= 1
    elif a > 1 and toks[a - 1] == "(" and toks[a - 2] in SINCE:
        a -= 2
    if toks[a] == "(" or (a > 0 and toks[a - 1] == "(" and a > lead) or "(" in toks[a:b]:
        depth = toks[a:b].count("(") - toks[a:b].count(")")
        if depth > 0 and b < len(toks) and toks[b] == ")":
            b += 1
    return a, b


def dateparser_spans(s: Sentence, search_dates) -> set[tuple[str, int, int]]:
    out = set()
    found = search_dates(s.text, languages=["ar"]) or []
    pos = 0
    for sub, _ in found:
        at = s.text.find(sub, pos)
        if at < 0:
            continue
        pos = at + len(sub)
        span = _tokens_of(s, at, at + len(sub))
        if span:
            out.add(("DATE", *span))
    return out


def score(gold: list[set], pred: list[set], types=TYPES) -> dict[str, tuple[float, float, float, int]]:
    result = {}
    for t in types:
        tp = fp = fn = 0
        for g, p in zip(gold, pred, strict=True):
            gt, pt = {x for x in g if x[0] == t}, {x for x in p if x[0] == t}
            tp, fp, fn = tp + len(gt & pt), fp + len(pt - gt), fn + len(gt - pt)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        result[t] = (prec, rec, f1, tp + fn)
    return result


def evaluate(split_names: list[str], with_dateparser: bool = True) -> dict[str, dict]:
    """Scores per type for marsad (and dateparser's DATE when installed) on the union of the named splits."""
    sentences = [s for name in split_names for s in read_wojood(WOJOOD / f"{name}.txt")]
    gold = [gold_spans(s) for s in sentences]
    out = {"marsad": score(gold, [predicted_spans(s) for s in sentences])}
    if with_dateparser:
        search_dates = _dateparser()
        if search_dates is not None:
            out["dateparser"] = score(gold, [dateparser_spans(s, search_dates) for s in sentences], ("DATE",))
    return out


def _dateparser():
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("note: dateparser is not installed; `pip install dateparser` to measure it side by side", file=sys.stderr)
        return None
    return search_dates


def errors(split_names: list[str], kind: str, limit: int = 40) -> None:
    """Print missed and spurious spans of one type (development aid: run on train+val, never tune on test)."""
    for s in (s for name in split_names for s in read_wojood(WOJOOD / f"{name}.txt")):
        g, p = gold_spans(s), predicted_spans(s)
        for tag, spans in (("MISS", g - p), ("FALSE", p - g)):
            for t, a, b in sorted(spans):
                if t == kind and limit > 0:
                    limit -= 1
                    print(tag, " ".join(s.tokens[max(0, a - 3): a]), "[[", " ".join(s.tokens[a:b]), "]]",
                          " ".join(s.tokens[b: b + 3]))


def _articles(n: int):
    with gzip.open(SAUDINEWSNET, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= n:
                return
            yield json.loads(line)


def published(n: int) -> None:
    """How often infer_published equals (or is within a day of) SaudiNewsNet's crawl day, from 2015-08-01 on."""
    counts = Counter()
    for rec in _articles(n):
        real = date.fromisoformat(rec["date_extracted"][:10])
        if real < date(2015, 8, 1):
            continue
        counts["articles"] += 1
        guess = infer_published(rec["content"])
        if guess is None:
            counts["none"] += 1
            continue
        value = guess[0]
        if len(value) == 10:
            diff = abs((date.fromisoformat(value) - real).days)
            counts["day"] += 1
            counts["exact"] += diff == 0
            counts["within1"] += diff <= 1
        elif len(value) == 7:
            counts["month"] += 1
            counts["month_ok"] += value == real.isoformat()[:7]
        else:
            counts["year"] += 1
            counts["year_ok"] += value == str(real.year)
    total = counts["articles"]
    if not total:
        print(f"infer_published: none of the first {n} SaudiNewsNet records is dated 2015-08-01 or later (the days "
              "whose crawl date is the publication day); pass a larger N")
        return
    print(f"infer_published on {total} SaudiNewsNet articles dated 2015-08-01 or later (first {n} records):")
    for key in ("exact", "within1", "day", "month", "month_ok", "year", "year_ok", "none"):
        print(f"  {key:9s} {counts[key]:6d}  {counts[key] / total:6.1%}")
    if counts["day"]:
        print(f"  of day-level guesses: exact {counts['exact'] / counts['day']:.1%}, within 1 day {counts['within1'] / counts['day']:.1%}")


def throughput(n: int) -> None:
    texts = [rec["content"] for rec in _articles(n)]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    find_dates(texts[0])
    find_quantities(texts[0])  # build the tables outside the timing
    t0 = time.perf_counter()
    nd = sum(len(find_dates(t)) for t in texts)
    t1 = time.perf_counter()
    nq = sum(len(find_quantities(t)) for t in texts)
    t2 = time.perf_counter()
    print(f"{len(texts)} SaudiNewsNet articles, {size:.1f} MB UTF-8")
    print(f"  find_dates       {nd:7d} mentions  {t1 - t0:6.2f} s  {size / (t1 - t0):5.2f} MB/s")
    print(f"  find_quantities  {nq:7d} mentions  {t2 - t1:6.2f} s  {size / (t2 - t1):5.2f} MB/s")
    print(f"  both             {size / (t2 - t0):5.2f} MB/s")


def _table(title: str, result: dict[str, dict]) -> None:
    print(f"\n{title}")
    print(f"  {'system':11s} {'type':9s} {'P':>6s} {'R':>6s} {'F1':>6s} {'gold':>5s}")
    for system, scores in result.items():
        for t, (p, r, f, n) in scores.items():
            print(f"  {system:11s} {t:9s} {p:6.3f} {r:6.3f} {f:6.3f} {n:5d}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--published", type=int, metavar="N", help="check infer_published on the first N records")
    parser.add_argument("--throughput", type=int, metavar="N", help="time the extractors on the first N records")
    parser.add_argument("--errors", metavar="TYPE", help="print train+val errors of one type (DATE, CARDINAL...)")
    parser.add_argument("--no-dateparser", action="store_true", help="skip the dateparser comparison")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"../shared is not beside the project (looked for {SHARED}); nothing to evaluate.", file=sys.stderr)
        return 2
    if args.published:
        published(args.published)
    elif args.throughput:
        throughput(args.throughput)
    elif args.errors:
        errors(["train", "val"], args.errors.upper())
    else:
        dp = not args.no_dateparser
        _table("Wojood train+val (development)", evaluate(["train", "val"], dp))
        _table("Wojood test", evaluate(["test"], dp))
        _table("Wojood all", evaluate(["train", "val", "test"], dp))
        print("\nreproduce: python bench/wojood_eval.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
