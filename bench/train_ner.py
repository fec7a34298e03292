"""Train marsad's named-entity recognizer (a CRF) on CLEANANERCorp TRAIN and print its TEST figures.

    python bench/train_ner.py                 # retrain the shipped model (clusters kept if present)
    python bench/train_ner.py --clusters      # also rebuild the word clusters from SaudiNewsNet first
    python bench/train_ner.py --dev           # tune: train on the first 90% of TRAIN, score its last 10% (no TEST)
    python bench/train_ner.py --neural        # retrain the shipped BiLSTM-CRF (60 epochs on all of TRAIN, the mean
                                              # weights of the last 20; about 20 minutes on one core)
    python bench/train_ner.py --neural --dev  # the same on 90% of TRAIN, scored on the last 10% after every epoch

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
import os
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


# --- the neural tagger --------------------------------------------------------------------------------------------
# A BiLSTM-CRF (Lample et al. 2016) over SaudiNewsNet word2vec vectors (frozen), a character CNN (Ma & Hovy 2016)
# and the CRF's compact features (ner.NeuralFeaturizer). Trained here with CPU torch, run by marsad in numpy.
VECTORS = Path(tempfile.gettempdir()) / "marsad-ner-w2v100.txt"  # a cache: rebuilt when missing or with --vectors
NEURAL = {"vocab": 50000, "hidden": 128, "char_dim": 25, "filters": 50, "cluster_dim": 16, "dropout": 0.5,
          "word_dropout": 0.05, "lr": 2e-3, "batch": 32, "epochs": 60, "seed": 1, "threads": 1,
          "tune": 0, "average": 20}
# tune: 1 = fine-tune the word vectors too. average: N > 0 ships the mean of the weights after each of the last N
# epochs (stochastic weight averaging, Izmailov et al. 2018) instead of the epoch that scored best on dev; it needs
# no dev split, so the shipped model learns from all of TRAIN. On the dev tenth (trained on the other nine): the mean
# of epochs 41-60 0.7997, single epochs 41-60 0.784-0.800, v1's recipe (30 epochs, the best on dev) 0.7902;
# longer does not help: 90 epochs, the mean of the last 30, 0.7980.
# average=0 restores early stopping: trained on nine tenths, the epoch chosen on the last.


def build_vectors() -> None:
    """Skip-gram word2vec (gensim) over SaudiNewsNet, normalized words as marsad.arabic.words gives them."""
    from gensim.models import Word2Vec

    from marsad.arabic import words

    t0 = time.time()
    with gzip.open(SAUDINEWSNET, "rt", encoding="utf-8") as fh:
        docs = [words((r.get("title") or "") + "\n" + (r.get("content") or "")) for r in map(json.loads, fh)]
    model = Word2Vec(docs, vector_size=100, window=5, min_count=3, sg=1, negative=5, workers=2, epochs=5, seed=0)
    model.wv.save_word2vec_format(str(VECTORS))
    print(f"vectors: {len(model.wv):,} words in {time.time() - t0:.0f}s -> {VECTORS}", flush=True)


def _read_vectors(limit: int, wanted: set[str]):
    import numpy as np

    words, rows = [], []
    with VECTORS.open(encoding="utf-8") as fh:
        next(fh)
        for i, line in enumerate(fh):
            word, _, rest = line.rstrip("\n").partition(" ")
            if i < limit or word in wanted:
                words.append(word)
                rows.append(np.array(rest.split(), dtype=np.float32))
    return words, np.stack(rows)


def _torch_tagger(embeddings, n_chars: int, n_tags: int, p: dict):
    import torch
    from torch import nn

    class Crf(nn.Module):
        def __init__(self, k: int) -> None:
            super().__init__()
            self.transitions = nn.Parameter(torch.zeros(k, k))
            self.start = nn.Parameter(torch.zeros(k))
            self.end = nn.Parameter(torch.zeros(k))

        def nll(self, em, tags, mask):
            b, t_max, _ = em.shape
            lengths = mask.sum(1)
            score = self.start[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
            alpha = self.start + em[:, 0]
            for t in range(1, t_max):
                m = mask[:, t]
                step = self.transitions[tags[:, t - 1], tags[:, t]] + em[:, t].gather(1, tags[:, t: t + 1]).squeeze(1)
                score = score + step * m
                nxt = torch.logsumexp(alpha[:, :, None] + self.transitions[None] + em[:, t, None, :], dim=1)
                alpha = torch.where(m[:, None], nxt, alpha)
            score = score + self.end[tags.gather(1, (lengths - 1)[:, None]).squeeze(1)]
            return (torch.logsumexp(alpha + self.end, 1) - score).sum()

    class Tagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.words = nn.Embedding.from_pretrained(torch.tensor(embeddings), freeze=not p["tune"],
                                                      padding_idx=0)
            self.char_emb = nn.Embedding(n_chars + 2, p["char_dim"], padding_idx=0)
            self.char_cnn = nn.Conv1d(p["char_dim"], p["filters"], 3, padding=1)
            self.clusters = nn.Embedding(COARSE + 1, p["cluster_dim"])
            width = 2 * embeddings.shape[1] + p["filters"] + p["cluster_dim"] + ner.ONE_HOTS + len(ner.FLAGS)
            self.lstm = nn.LSTM(width, p["hidden"], batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * p["hidden"], n_tags)
            self.crf = Crf(n_tags)
            self.drop = nn.Dropout(p["dropout"])

        def emissions(self, x):
            b, t_max = x["mask"].shape
            chars = self.char_emb(x["chars"]).transpose(1, 2)  # (N, d, L)
            conv = self.char_cnn(chars).transpose(1, 2)  # (N, L, filters)
            pad = torch.arange(conv.shape[1])[None, :] >= x["char_lengths"][:, None]
            conv = conv.masked_fill(pad[:, :, None], float("-inf")).max(1).values
            flat = torch.cat([self.words(x["words"]), self.words(x["cores"]), conv, self.clusters(x["clusters"]),
                              x["onehot"]], 1)
            seq = flat.new_zeros(b, t_max, flat.shape[1])
            seq[x["mask"]] = flat
            packed = nn.utils.rnn.pack_padded_sequence(self.drop(seq), x["mask"].sum(1), batch_first=True,
                                                       enforce_sorted=False)
            out, _ = self.lstm(packed)
            out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=t_max)
            return self.out(self.drop(out))

    return Tagger()


def _sentence_arrays(docs, featurizer, tag_index):
    """Each training sentence's input arrays and gold tag ids (document context computed per document)."""
    import numpy as np

    out = []
    for doc in docs:
        x = featurizer.document([t for t, _ in doc])
        start = 0
        for _, tags in doc:
            end = start + len(tags)
            item = {k: v[start:end] for k, v in x.items() if k != "lengths"}
            item["tags"] = np.array([tag_index[t] for t in tags], dtype=np.int64)
            out.append(item)
            start = end
    return out


def _batch(items, word_dropout: float, rng):
    import numpy as np
    import torch

    lengths = [len(i["tags"]) for i in items]
    t_max = max(lengths)
    mask = np.arange(t_max)[None, :] < np.array(lengths)[:, None]
    x = {k: torch.from_numpy(np.concatenate([i[k] for i in items])) for k in items[0] if k != "tags"}
    for key in ("words", "cores"):
        if word_dropout:
            x[key] = x[key].masked_fill(torch.from_numpy(rng.random(len(x[key])) < word_dropout), ner.UNK)
    x["mask"] = torch.from_numpy(mask)
    tags = np.zeros((len(items), t_max), dtype=np.int64)
    for k, i in enumerate(items):
        tags[k, : lengths[k]] = i["tags"]
    return x, torch.from_numpy(tags)


def _export(model, vocab: list[str], chars: str, tags: list[str], path: Path) -> None:
    import numpy as np

    arrays = {k: v.detach().numpy().astype(np.float16) for k, v in model.state_dict().items()}
    arrays["vocab"] = np.frombuffer("\n".join(vocab).encode("utf-8"), dtype=np.uint8)
    arrays["chars"] = np.frombuffer(chars.encode("utf-8"), dtype=np.uint8)
    arrays["tags"] = np.frombuffer("\n".join(tags).encode("utf-8"), dtype=np.uint8)
    np.savez_compressed(path, **arrays)


def train_neural(docs, path: Path, p: dict, dev) -> tuple[float, list]:
    """Train the BiLSTM-CRF on ``docs``, score it on ``dev`` after every epoch and write the best epoch's weights
    to ``path`` (early stopping on dev, as Lample et al. 2016 do), or with ``p["average"]`` the mean weights of the
    last epochs (``dev`` may then be None: no scoring)."""
    import copy

    import numpy as np
    import torch

    torch.manual_seed(p["seed"])
    torch.set_num_threads(p["threads"])
    rng = np.random.default_rng(p["seed"])
    if not VECTORS.is_file():
        build_vectors()
    t0 = time.time()
    train_words = Counter()
    for doc in docs:
        for tokens, _ in doc:
            for t in tokens:
                n = ner._word_features(t)[0][0][2:]
                train_words.update((n, ner._core(n), *ner.clitic_forms(n)))
    words, vectors = _read_vectors(p["vocab"], set(train_words))
    embeddings = np.concatenate([np.zeros((2, vectors.shape[1]), dtype=np.float32), vectors])
    chars = "".join(sorted({c for doc in docs for tokens, _ in doc for t in tokens for c in normalize_word(t)}))
    tags = ["O", *(f"{b}-{t}" for t in ner.TYPES for b in "BI")]
    featurizer = ner.NeuralFeaturizer(words, chars)
    items = _sentence_arrays(docs, featurizer, {t: i for i, t in enumerate(tags)})
    model = _torch_tagger(embeddings, len(chars), len(tags), p)
    optimizer = torch.optim.Adam([q for q in model.parameters() if q.requires_grad], lr=p["lr"])
    history: list[tuple[int, float]] = []
    best, averaged = None, None
    print(f"neural: {len(items)} sentences, vocabulary {len(words):,}, {len(chars)} characters "
          f"({time.time() - t0:.0f}s)", flush=True)
    for epoch in range(1, p["epochs"] + 1):
        model.train()
        # batches of sentences of similar length (less padding), in random order
        order = sorted(range(len(items)), key=lambda i: (len(items[i]["tags"]), rng.random()))
        batches = [order[k: k + p["batch"]] for k in range(0, len(order), p["batch"])]
        rng.shuffle(batches)
        loss_sum = 0.0
        for batch in batches:
            x, gold = _batch([items[i] for i in batch], p["word_dropout"], rng)
            loss = model.crf.nll(model.emissions(x), gold, x["mask"]) / len(batch)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            loss_sum += loss.item() * len(batch)
        line = f"epoch {epoch} loss {loss_sum / len(items):.3f} ({time.time() - t0:.0f}s)"
        model.eval()
        if p["average"] and epoch > p["epochs"] - p["average"]:
            state = model.state_dict()
            averaged = averaged or {k: torch.zeros_like(v, dtype=torch.float64) for k, v in state.items()}
            for k, v in state.items():
                averaged[k] += v.double() / p["average"]
        if dev is None:
            print(line, flush=True)
            continue
        _export(model, words, chars, tags, path)
        scores = evaluate_neural(path, dev)
        history.append((epoch, scores["micro"][2]))
        if scores["micro"][2] >= max(h[1] for h in history):
            best = (epoch, scores, copy.deepcopy(model.state_dict()))
        print(line + f"  dev micro-F1 {scores['micro'][2]:.4f}  " + report(scores), flush=True)
    if p["average"]:
        model.load_state_dict({k: v.to(model.state_dict()[k].dtype) for k, v in averaged.items()})
        _export(model, words, chars, tags, path)
        if dev is not None:
            scores = evaluate_neural(path, dev)
            history.append((0, scores["micro"][2]))  # epoch 0: the averaged model
            print(f"mean of the last {p['average']} epochs: dev micro-F1 {scores['micro'][2]:.4f}  "
                  + report(scores), flush=True)
        return time.time() - t0, history
    model.load_state_dict(best[2])
    _export(model, words, chars, tags, path)
    print(f"best epoch {best[0]}: dev " + report(best[1]), flush=True)
    return time.time() - t0, history


def normalize_word(token: str) -> str:
    return ner._word_features(token)[0][0][2:]


def evaluate_neural(path: Path, docs) -> dict:
    recognizer = ner.NeuralRecognizer(str(path))
    predicted = [tags for doc in docs for tags in recognizer.tag_document([t for t, _ in doc])]
    return score([tags for doc in docs for _, tags in doc], predicted)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clusters", action="store_true", help="rebuild the SaudiNewsNet word clusters first")
    ap.add_argument("--dev", action="store_true", help="score on a dev split of TRAIN; write no model")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    ap.add_argument("--neural", action="store_true", help="train the BiLSTM-CRF (needs torch and gensim: "
                    "pip install -e '.[train]')")
    ap.add_argument("--vectors", action="store_true", help="rebuild the SaudiNewsNet word vectors first")
    ap.add_argument("--epochs", type=int, default=NEURAL["epochs"])
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help=f"a neural training parameter ({', '.join(NEURAL)})")
    args = ap.parse_args()
    train_file = ANERCORP / "cleananercorp_TRAIN.txt"
    if not train_file.is_file():
        sys.exit(f"{train_file} not found: put shared/ beside the project (see shared/README.md)")
    if args.clusters:
        build_clusters()
    params = {**PARAMS, "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    docs = read_documents(train_file)
    if args.neural:
        neural(docs, args)
        return
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


def neural(docs, args) -> None:
    if args.vectors:
        build_vectors()
    p = {**NEURAL, "epochs": args.epochs}
    for pair in args.set:
        name, _, value = pair.partition("=")
        if name not in NEURAL:
            sys.exit(f"unknown neural parameter {name!r}: use one of {', '.join(NEURAL)}")
        p[name] = type(NEURAL[name])(value)
    path = Path(tempfile.gettempdir()) / f"marsad-ner-dev-{os.getpid()}.npz" if args.dev else WEIGHTS / ner.NEURAL_FILE
    if p["average"] and not args.dev:  # the mean weights need no dev split: learn from all of TRAIN
        seconds, _ = train_neural(docs, path, p, dev=None)
        finish_neural(path, {**p, "trained_on": "all of TRAIN"}, seconds)
        return
    # the same dev split as the CRF's --dev: trained on the first nine tenths, the epoch chosen on the last tenth
    cut = len(docs) * 9 // 10
    seconds, history = train_neural(docs[:cut], path, p, dev=docs[cut:])
    best = history[-1] if p["average"] else max(history, key=lambda h: h[1])  # the averaged model is the last
    print(f"{p} trained in {seconds:.0f}s; " + ("mean weights" if p["average"] else f"best epoch {best[0]}"))
    if args.dev:
        print(f"the model kept: {path}\ndev micro-F1 {best[1]:.4f}")
        return
    finish_neural(path, {**p, "best_epoch": best[0], "dev_micro_f1": round(best[1], 4)}, seconds)


def finish_neural(path: Path, p: dict, seconds: float) -> None:
    """Write the neural model's metadata beside it, scoring it on TEST once."""
    scores = evaluate_neural(path, read_documents(ANERCORP / "cleananercorp_TEST.txt"))
    meta = {
        "name": "marsad-ner-bilstm-crf", "version": ner.NEURAL_VERSION, "trained": date.today().isoformat(),
        "data": "CLEANANERCorp TRAIN (CC BY-SA 4.0 text / GPL-3.0 repository); word vectors: SaudiNewsNet "
                "(CC BY-NC-SA 4.0)",
        "inputs": "word2vec of the word and of its core, character CNN, ner.NeuralFeaturizer features",
        "clusters": ner.CLUSTERS_FILE, "params": p, "train_seconds": round(seconds),
        "test": {t: dict(zip(("P", "R", "F1", "gold"), v, strict=True)) for t, v in scores.items()},
    }
    _write_meta(ner.NEURAL_META, meta, path, scores, seconds)


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
    _write_meta(ner.MODEL_META, meta, path, scores, seconds)


def _write_meta(name: str, meta: dict, path: Path, scores: dict, seconds: float) -> None:
    """Write a model's metadata beside it and print its TEST figures."""
    (WEIGHTS / name).write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"model {path} ({path.stat().st_size / 1e6:.1f} MB) trained in {seconds:.0f}s")
    print(report(scores))
    print(f"TEST micro-F1 {scores['micro'][2]:.4f}")


if __name__ == "__main__":
    main()
