"""Train marsad's named-entity recognizer (a CRF) on CLEANANERCorp TRAIN and print its TEST figures.

    python bench/train_ner.py                 # retrain the shipped model (clusters kept if present)
    python bench/train_ner.py --clusters      # also rebuild the word clusters from SaudiNewsNet first
    python bench/train_ner.py --dev           # tune: train on the first 90% of TRAIN, score its last 10% (no TEST)

Reads ``../shared/eval/anercorp/cleananercorp_TRAIN.txt`` (and ``_TEST.txt`` for the final report), and for
``--clusters`` ``../shared/corpus/saudinewsnet/saudinewsnet_all.jsonl.gz``. Writes into ``src/marsad/weights/``:
``ner-crf-<version>.crfsuite`` (the model), ``ner-crf-<version>.json`` (version, parameters, scores) and
``ner-clusters-<version>.tsv`` (word -> cluster ids, frequency rank). Licences: see ``ner-LICENSE.md`` there.

Word clusters: each of the most frequent SaudiNewsNet words is described by the words seen one and two places to
its left and right (positive PMI over the most frequent context words), reduced with a truncated SVD and grouped
with k-means at two granularities. Brown clustering was ruled out for its running time in pure Python.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ANERCORP = SHARED / "eval" / "anercorp"
SAUDINEWSNET = SHARED / "corpus" / "saudinewsnet" / "saudinewsnet_all.jsonl.gz"
WEIGHTS = ROOT / "src" / "marsad" / "weights"

sys.path.insert(0, str(ROOT / "bench"))
from marsad.extract import ner  # noqa: E402
from ner_eval import read_documents, score  # noqa: E402

PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 250, "feature.possible_transitions": True}
VOCAB, CONTEXTS, DIMS, COARSE, FINE = 60000, 4000, 120, 150, 1000


def build_clusters(limit_docs: int | None = None) -> None:
    import numpy as np
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize as l2

    from marsad.arabic import words

    t0 = time.time()
    docs: list[list[str]] = []
    with gzip.open(SAUDINEWSNET, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit_docs and i >= limit_docs:
                break
            record = json.loads(line)
            docs.append(words((record.get("title") or "") + "\n" + (record.get("content") or "")))
    counts = Counter(w for d in docs for w in d)
    vocab = [w for w, _ in counts.most_common(VOCAB)]
    index = {w: i for i, w in enumerate(vocab)}
    ids = np.fromiter((index.get(w, -1) for d in docs for w in [*d, "\n"]), dtype=np.int64)
    print(f"clusters: {len(ids):,} tokens, vocabulary {len(vocab):,} ({time.time() - t0:.0f}s)", flush=True)
    rows, cols = [], []
    for k, off in enumerate((-2, -1, 1, 2)):
        a = ids[max(0, -off): len(ids) - max(0, off)]
        b = ids[max(0, off): len(ids) - max(0, -off)]
        keep = (a >= 0) & (b >= 0) & (b < CONTEXTS)
        rows.append(a[keep])
        cols.append(b[keep] + k * CONTEXTS)
    r, c = np.concatenate(rows), np.concatenate(cols)
    m = sparse.coo_matrix((np.ones(len(r), dtype=np.float32), (r, c)), shape=(len(vocab), 4 * CONTEXTS)).tocsr()
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** 0.75  # context smoothing (Levy, Goldberg & Dagan 2015)
    col = col / col.sum() * total
    m = m.tocoo()
    pmi = np.log(m.data * total / (row[m.row] * col[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    vectors = l2(TruncatedSVD(DIMS, random_state=0).fit_transform(ppmi))
    coarse = MiniBatchKMeans(COARSE, random_state=0, n_init=3, batch_size=4096).fit_predict(vectors)
    fine = MiniBatchKMeans(FINE, random_state=0, n_init=1, batch_size=4096).fit_predict(vectors)
    out = WEIGHTS / ner.CLUSTERS_FILE
    with out.open("w", encoding="utf-8") as fh:
        fh.write(f"# marsad NER word clusters {ner.CLUSTERS_VERSION}: k-means over PPMI+SVD context vectors of "
                 "SaudiNewsNet (CC BY-NC-SA 4.0); word, coarse id, fine id, frequency rank\n")
        for i, w in enumerate(vocab):
            fh.write(f"{w}\t{coarse[i]}\t{fine[i]}\t{i + 1}\n")
    print(f"clusters: wrote {out} ({time.time() - t0:.0f}s)", flush=True)


def train(docs, model_path: Path, params: dict) -> float:
    """Train on documents (lists of (tokens, tags) sentences) with the recognizer's own document features."""
    import pycrfsuite

    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    for doc in docs:
        for features, (_, tags) in zip(ner.document_features([t for t, _ in doc]), doc, strict=True):
            trainer.append(features, tags)
    trainer.set_params(params)
    trainer.train(str(model_path))
    return time.time() - t0


def evaluate(model_path: Path, docs) -> dict:
    recognizer = ner.CrfRecognizer(str(model_path))
    predicted = [tags for doc in docs for tags in recognizer.tag_document([t for t, _ in doc])]
    return score([tags for doc in docs for _, tags in doc], predicted)


def report(scores: dict) -> str:
    return "  ".join(f"{t} P {p:.3f} R {r:.3f} F1 {f:.3f}" for t, (p, r, f, _) in scores.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clusters", action="store_true", help="rebuild the SaudiNewsNet word clusters first")
    ap.add_argument("--dev", action="store_true", help="score on a dev split of TRAIN; write no model")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    args = ap.parse_args()
    train_file = ANERCORP / "cleananercorp_TRAIN.txt"
    if not train_file.is_file():
        sys.exit(f"{train_file} not found: put shared/ beside the project (see shared/README.md)")
    if args.clusters:
        build_clusters()
    params = {**PARAMS, "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    docs = read_documents(train_file)
    if args.dev:
        # the last tenth, not a random sample: TEST follows TRAIN in the corpus, and a random sample would put
        # sentences of one article on both sides and flatter the features that read the document
        cut = len(docs) * 9 // 10
        dev, rest = docs[cut:], docs[:cut]
        path = Path(tempfile.gettempdir()) / "marsad-ner-dev.crfsuite"
        seconds = train(rest, path, params)
        scores = evaluate(path, dev)
        print(f"dev ({sum(len(d) for d in dev)} sentences) {params} trained in {seconds:.0f}s")
        print(report(scores))
        print(f"dev micro-F1 {scores['micro'][2]:.4f}")
        return
    WEIGHTS.mkdir(parents=True, exist_ok=True)
    path = WEIGHTS / ner.MODEL_FILE
    seconds = train(docs, path, params)
    finish(path, params, seconds)


def finish(path: Path, params: dict, seconds: float) -> None:
    """Write the model's attribute list and metadata beside it, scoring it on TEST once."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    attributes = sorted({attribute for attribute, _ in tagger.info().state_features})
    (WEIGHTS / ner.MODEL_ATTRIBUTES).write_text("\n".join(attributes) + "\n", encoding="utf-8")
    scores = evaluate(path, read_documents(ANERCORP / "cleananercorp_TEST.txt"))
    meta = {
        "name": "marsad-ner-crf", "version": ner.MODEL_VERSION, "trained": date.today().isoformat(),
        "data": "CLEANANERCorp TRAIN (CC BY-SA 4.0 text / GPL-3.0 repository)",
        "features": f"marsad.extract.ner.document_features over documents of {ner.DOC_SENTENCES} sentences; "
                    "tags made consistent by ner.propagate",
        "clusters": ner.CLUSTERS_FILE, "params": params, "train_seconds": round(seconds),
        "test": {t: dict(zip(("P", "R", "F1", "gold"), v, strict=True)) for t, v in scores.items()},
    }
    (WEIGHTS / ner.MODEL_META).write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"model {path} ({path.stat().st_size / 1e6:.1f} MB) trained in {seconds:.0f}s")
    print(report(scores))
    print(f"TEST micro-F1 {scores['micro'][2]:.4f}")


if __name__ == "__main__":
    main()
