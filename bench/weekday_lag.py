"""How far before a page's date the weekday it calls today (اليوم السبت) or yesterday (أمس الجمعة) lies, on SaudiNewsNet.

    python bench/weekday_lag.py
    python bench/weekday_lag.py --data other.jsonl.gz   # records with date_extracted (YYYY-MM-DD...) and content

SaudiNewsNet dates each record by the day it was crawled. For the first اليوم/أمس + weekday of every record, prints how
many days before that date (yesterday's: the day before it) the named weekday falls, 0-6, overall and per outlet. A
lag that decays from 0 says pages are crawled days after they were written; the count at 6 holds the pages dated a day
early (time zones). ``marsad.extract.dates.WEEKDAY_LAG_DAYS`` (how far back a day word may move to its weekday) is read
from these counts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path

from marsad.arabic import normalize
from marsad.extract.dates import WEEKDAY_LAG_DAYS

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet" / "saudinewsnet_all.jsonl.gz"
DAY_WORDS = {"اليوم": 0, "امس": -1}  # normalized


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=CORPUS)
    args = ap.parse_args()
    if not args.data.exists():
        print(f"{args.data} not found: this benchmark reads SaudiNewsNet from ../shared beside the project "
              "(or pass --data)", file=sys.stderr)
        return 2
    calendar = json.loads(files("marsad.data").joinpath("dates_calendar.json").read_text(encoding="utf-8"))
    weekdays = {normalize(w): n for w, n in calendar["weekdays"].items()}
    pattern = re.compile(rf"(?<!\S)({'|'.join(DAY_WORDS)})\s+({'|'.join(map(re.escape, weekdays))})(?![^\W\d_])")
    lags: Counter[int] = Counter()
    by_outlet: defaultdict[str, Counter[int]] = defaultdict(Counter)
    records = 0
    with gzip.open(args.data, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            records += 1
            words = normalize(r.get("content") or "")
            m = pattern.search(words)
            if m:
                day = date.fromisoformat(r["date_extracted"][:10]) + timedelta(days=DAY_WORDS[m[1]])
                lag = (day.weekday() - weekdays[m[2]]) % 7
                lags[lag] += 1
                by_outlet[r.get("source") or "?"][lag] += 1
    total = sum(lags.values())
    print(f"{records:,} records, {total:,} with اليوم/أمس + a weekday; days from the record's date back to the weekday:")
    print(f"{'lag':<13}" + "".join(f"{d:>7}" for d in range(7)))
    print(f"{'all':<13}" + "".join(f"{lags[d]:>7,}" for d in range(7)))
    for outlet, c in sorted(by_outlet.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{outlet[:12]:<13}" + "".join(f"{c[d]:>7,}" for d in range(7)))
    print(f"WEEKDAY_LAG_DAYS = {WEEKDAY_LAG_DAYS}: lags 0-{WEEKDAY_LAG_DAYS} move the day back "
          f"({sum(lags[d] for d in range(WEEKDAY_LAG_DAYS + 1)) / max(total, 1):.1%}), the rest forward")
    print("reproduce: python bench/weekday_lag.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
