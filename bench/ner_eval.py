"""Entity-level P/R/F1 of marsad's recognizer on any CoNLL-style NER file (conlleval-style: exact span and type).

    python bench/ner_eval.py                              # CLEANANERCorp TEST from ../shared
    python bench/ner_eval.py --data FILE [--model crf]    # any `token TAG` file, BIO tags, blank line between sentences

Tag names are mapped onto PERS/ORG/LOC/MISC where corpora differ (PER/PERSON -> PERS, GPE/LOCATION -> LOC,
ORGANIZATION -> ORG, other types -> MISC is *not* done: unknown types are scored under their own name). IOB1 and
BIOES files are read as BIO (an I- after O or another type opens an entity; E-/S- are read as I-/B-). Extra columns
after the tag (nested labels) are ignored. ``-DOCSTART-`` lines separate documents; a file without them is read
as documents of ``ner.DOC_SENTENCES`` consecutive sentences (about one news article), since the recognizer reads a
whole document at once. Prints per-type and micro P/R/F1, tokens per second of recognition on the given tokens
(one process, one core; wall and CPU time), model load time, the P/R/F1 of ``find_mentions`` (the model with the
gazetteers and rules, as the pipeline reads text), ``find_mentions`` words per CPU-second end to end on
SaudiNewsNet articles when ../shared has them, the same figures for a baseline (each word's most frequent tag in
CLEANANERCorp TRAIN, the CoNLL shared tasks' baseline) when TRAIN is there, the CRF's figures beside the shipped
neural model's (the strongest baseline runnable here), and last ``micro-F1 <value>``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

# one core: BLAS must not spread the neural recognizer's matrix products over threads (read when numpy loads)
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "eval" / "anercorp" / "cleananercorp_TEST.txt"
TRAIN = DEFAULT.with_name("cleananercorp_TRAIN.txt")
SAUDINEWSNET = ROOT.parent / "shared" / "corpus" / "saudinewsnet" / "saudinewsnet_all.jsonl.gz"
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
    return [s for doc in read_documents(path) for s in doc]


def read_documents(path: Path, doc_sentences: int | None = None) -> list[list[tuple[list[str], list[str]]]]:
    """Documents (lists of (tokens, BIO tags) sentences): split at ``-DOCSTART-`` lines, else every
    ``doc_sentences`` sentences (default ``ner.DOC_SENTENCES``)."""
    from marsad.extract.ner import DOC_SENTENCES

    docs: list[list[tuple[list[str], list[str]]]] = [[]]
    marked = False
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").split("\n") + [""]:
        parts = line.split()
        if parts and parts[0] == "-DOCSTART-":
            marked = True
            if docs[-1]:
                docs.append([])
            continue
        if len(parts) < 2:
            if tokens:
                docs[-1].append((tokens, tags))
            tokens, tags = [], []
            continue
        tokens.append(parts[0])
        tags.append(_map_tag(parts[1]))
    sentences = [s for d in docs for s in d]
    if not marked:
        size = doc_sentences or DOC_SENTENCES
        docs = [sentences[k: k + size] for k in range(0, len(sentences), size)]
    return [d for d in docs if d]


def score(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, tuple[float, float, float, int]]:
    """Per-type and micro (P, R, F1, gold count)."""
    from marsad.extract.ner import bio_spans

    counts: dict[str, list[int]] = {}
    for g, p in zip(gold, predicted, strict=True):
        gs, ps = set(bio_spans(g)), set(bio_spans(p))
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


def evaluate(path: Path, model: str | None = None) -> dict:
    """Scores plus timing of ``model`` on the CoNLL file at ``path`` (documents tagged whole)."""
    from marsad.extract import ner

    docs = read_documents(path)
    t0 = time.perf_counter()
    recognizer = ner.load_recognizer(model) if model else ner.load_recognizer()
    load = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    predicted = [tags for doc in docs for tags in recognizer.tag_document([tokens for tokens, _ in doc])]
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    sentences = [s for doc in docs for s in doc]
    ntokens = sum(len(t) for t, _ in sentences)
    return {"scores": score([t for _, t in sentences], predicted), "tokens": ntokens,
            "tokens_per_second": ntokens / seconds, "tokens_per_cpu_second": ntokens / cpu, "load_seconds": load}


def mentions_speed(articles: int) -> tuple[int, float]:
    """(words, words per CPU-second) of ``entities.find_mentions`` end to end (sentences, model, gazetteers, rules,
    roles) on SaudiNewsNet articles, after as many others warm the per-word caches as a long run would."""
    import gzip
    import json

    from marsad.extract import entities

    texts = []
    with gzip.open(SAUDINEWSNET, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            texts.append((record.get("title") or "") + "\n" + (record.get("content") or ""))
            if len(texts) >= 2 * articles:
                break
    for text in texts[articles:]:
        entities.find_mentions(text)
    words = sum(len(t.split()) for t in texts[:articles])
    c0 = time.process_time()
    for text in texts[:articles]:
        entities.find_mentions(text)
    return words, words / (time.process_time() - c0)


def end_to_end(path: Path, model: str) -> dict:
    """Scores of ``entities.find_mentions`` (the model, gazetteers and rules: what the pipeline keeps) on the CoNLL
    file at ``path``: each document's sentences joined into one text, each mention mapped back onto the tokens it
    covers (a mention that drops a clitic still covers its token)."""
    from marsad.extract import entities, ner

    recognizer = ner.load_recognizer(model)
    gold, predicted = [], []
    for doc in read_documents(path):
        text, offsets, spans = "", [], []
        for tokens, _ in doc:
            start, row = len(text), []
            for token in tokens:
                row.append((len(text), len(text) + len(token)))
                text += token + " "
            spans.append((start, len(text) - 1))
            text = text[:-1] + "\n"
            offsets.append(row)
        mentions = entities.find_mentions(text, spans, recognizer=recognizer)
        for (tokens, tags), row in zip(doc, offsets, strict=True):
            tagged = ["O"] * len(tokens)
            for m in mentions:
                covered = [k for k, (s, e) in enumerate(row) if s < m.end and m.start < e]
                for n, k in enumerate(covered):
                    tagged[k] = ("B-" if n == 0 else "I-") + m.type
            gold.append(tags)
            predicted.append(tagged)
    return score(gold, predicted)


def most_frequent_tag_baseline(train: Path, path: Path) -> dict:
    """Scores of tagging each word with its most frequent tag in ``train`` (O when unseen)."""
    from collections import Counter, defaultdict

    counts: dict[str, Counter] = defaultdict(Counter)
    for tokens, tags in read_conll(train):
        for token, tag in zip(tokens, tags, strict=True):
            counts[token][tag.split("-")[-1] if tag != "O" else "O"] += 1
    gold, predicted = [], []
    for tokens, tags in read_conll(path):
        row = []
        for token in tokens:
            kind = counts[token].most_common(1)[0][0] if token in counts else "O"
            row.append("O" if kind == "O" else ("I-" if row and row[-1].endswith(kind) else "B-") + kind)
        gold.append(tags)
        predicted.append(row)
    return score(gold, predicted)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT, help="CoNLL-style file (default: CLEANANERCorp TEST)")
    ap.add_argument("--model", default=None, help="recognizer name for marsad.extract.ner.load_recognizer "
                    "(default: the shipped default; 'crf', 'neural', 'transformers:<dir>')")
    ap.add_argument("--articles", type=int, default=300,
                    help="SaudiNewsNet articles timed through find_mentions end to end (0: skip)")
    args = ap.parse_args()
    if not args.data.is_file():
        if args.data == DEFAULT:
            sys.exit(f"{args.data} not found: ../shared is not beside the project. Put shared/ there for "
                     "CLEANANERCorp TEST, or score another corpus with --data FILE")
        sys.exit(f"{args.data} not found: pass --data with an existing CoNLL-style file (token TAG lines)")
    from marsad.extract import ner

    name = args.model or ner.DEFAULT_RECOGNIZER
    result = evaluate(args.data, name)
    print(f"{args.data.name}: {result['tokens']:,} tokens; model '{name}' loaded in "
          f"{result['load_seconds']:.2f}s; recognition {result['tokens_per_second']:,.0f} tokens/s wall, "
          f"{result['tokens_per_cpu_second']:,.0f} tokens per CPU-second (one process, one core)")
    crf = evaluate(args.data, "crf") if name != "crf" else None
    if crf:
        print(f"baseline model 'crf' loaded in {crf['load_seconds']:.2f}s; recognition "
              f"{crf['tokens_per_cpu_second']:,.0f} tokens per CPU-second")
    if args.articles and SAUDINEWSNET.is_file():
        words, speed = mentions_speed(args.articles)
        print(f"find_mentions end to end on {args.articles} SaudiNewsNet articles ({words:,} words, caches warmed on "
              f"as many others): {speed:,.0f} words per CPU-second")
    elif args.articles:
        print(f"(find_mentions speed not measured: {SAUDINEWSNET} not found)")
    whole = end_to_end(args.data, name)
    baseline = most_frequent_tag_baseline(TRAIN, args.data) if TRAIN.is_file() else None
    if baseline is None:
        print(f"(no baseline: {TRAIN} not found)")
    print(f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}   find_mentions P/R/F1"
          + ("   crf P/R/F1      " if crf else "") + ("   most-frequent-tag P/R/F1" if baseline else ""))
    for kind, (p, r, f, g) in result["scores"].items():
        tail = ""
        for other in (whole, crf["scores"] if crf else None, baseline):
            if other is not None:
                q = other.get(kind, (0.0, 0.0, 0.0, 0))
                tail += f"   {q[0]:.3f}/{q[1]:.3f}/{q[2]:.3f}"
        print(f"{kind:<6} {p:6.3f} {r:6.3f} {f:6.3f} {g:6d}{tail}")
    print(f"reproduce: python bench/ner_eval.py{'' if args.data == DEFAULT else f' --data {args.data}'}"
          f"{'' if args.model is None else f' --model {args.model}'}"
          f"{'' if args.articles == 300 else f' --articles {args.articles}'}")
    print(f"(find_mentions: the model with marsad's gazetteers and rules, as the pipeline reads text; its entity types "
          f"and span conventions are marsad's: 'الجيش الأمريكي' is one organization where {args.data.name} may tag "
          f"the adjective apart)")
    print(f"micro-F1 {result['scores']['micro'][2]:.4f}")


if __name__ == "__main__":
    main()
