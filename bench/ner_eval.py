"""Entity-level P/R/F1 of marsad's recognizer on any CoNLL-style NER file (conlleval-style: exact span and type).

    python bench/ner_eval.py                              # CLEANANERCorp TEST from ../shared
    python bench/ner_eval.py --data FILE [--model crf]    # any `token TAG` file, BIO tags, blank line between sentences

Tag names are mapped onto PERS/ORG/LOC/MISC where corpora differ (PER/PERSON -> PERS, GPE/LOCATION -> LOC,
ORGANIZATION -> ORG, other types -> MISC is *not* done: unknown types are scored under their own name). IOB1 and
BIOES files are read as BIO (an I- after O or another type opens an entity; E-/S- are read as I-/B-). Extra columns
after the tag (nested labels) are ignored. Prints per-type and micro P/R/F1, tokens per second of recognition on the
given tokens, model load time, and last ``micro-F1 <value>``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "eval" / "anercorp" / "cleananercorp_TEST.txt"
TYPE_MAP = {"PER": "PERS", "PERSON": "PERS", "PERS": "PERS", "GPE": "LOC", "LOCATION": "LOC", "LOC": "LOC",
            "ORGANIZATION": "ORG", "ORG": "ORG", "MISC": "MISC", "MISCELLANEOUS": "MISC"}


def _map_tag(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, kind = tag.split("-", 1)
    prefix = {"E": "I", "S": "B", "L": "I", "U": "B"}.get(prefix, prefix)
    return f"{prefix}-{TYPE_MAP.get(kind.upper(), kind.upper())}"


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences as (tokens, BIO tags) from a ``token TAG`` file."""
    sentences, tokens, tags = [], [], []
    for line in path.read_text(encoding="utf-8").split("\n") + [""]:
        parts = line.split()
        if len(parts) < 2:
            if tokens:
                sentences.append((tokens, tags))
            tokens, tags = [], []
            continue
        tokens.append(parts[0])
        tags.append(_map_tag(parts[1]))
    return sentences


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start, end, type) of a BIO sequence, conlleval's way (a stray I- opens an entity)."""
    out, start, kind = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if start is not None and (prefix != "I" or t != kind):
            out.add((start, i, kind))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, t
    return out


def score(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, tuple[float, float, float, int]]:
    """Per-type and micro (P, R, F1, gold count)."""
    counts: dict[str, list[int]] = {}
    for g, p in zip(gold, predicted, strict=True):
        gs, ps = spans(g), spans(p)
        for kind in {s[2] for s in gs | ps}:
            c = counts.setdefault(kind, [0, 0, 0])
            c[0] += len({s for s in gs & ps if s[2] == kind})
            c[1] += len({s for s in ps if s[2] == kind})
            c[2] += len({s for s in gs if s[2] == kind})
    counts["micro"] = [sum(c[i] for c in counts.values()) for i in range(3)]
    out = {}
    for kind in sorted(counts, key=lambda k: (k == "micro", k)):
        tp, npred, ngold = counts[kind]
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        out[kind] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, ngold)
    return out


def evaluate(path: Path, model: str = "crf") -> dict:
    """Scores plus timing of ``model`` on the CoNLL file at ``path``."""
    from marsad.extract import entities

    sentences = read_conll(path)
    t0 = time.perf_counter()
    recognizer = entities.load_recognizer(model)
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    predicted = [recognizer.tag(tokens) for tokens, _ in sentences]
    seconds = time.perf_counter() - t0
    ntokens = sum(len(t) for t, _ in sentences)
    return {"scores": score([t for _, t in sentences], predicted), "tokens": ntokens,
            "tokens_per_second": ntokens / seconds, "load_seconds": load}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT, help="CoNLL-style file (default: CLEANANERCorp TEST)")
    ap.add_argument("--model", default="crf", help="recognizer name for marsad.extract.entities.load_recognizer")
    args = ap.parse_args()
    if not args.data.is_file():
        sys.exit(f"{args.data} not found: pass --data FILE, or put shared/ beside the project for CLEANANERCorp")
    result = evaluate(args.data, args.model)
    print(f"{args.data.name}: {result['tokens']:,} tokens; model '{args.model}' loaded in "
          f"{result['load_seconds']:.2f}s; recognition {result['tokens_per_second']:,.0f} tokens/s (one process)")
    print(f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for kind, (p, r, f, g) in result["scores"].items():
        print(f"{kind:<6} {p:6.3f} {r:6.3f} {f:6.3f} {g:6d}")
    print(f"micro-F1 {result['scores']['micro'][2]:.4f}")


if __name__ == "__main__":
    main()
