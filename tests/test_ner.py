"""The neural recognizer: numpy inference against torch, batching, Viterbi, inputs, and the shipped model on news text."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from marsad.errors import BackendError
from marsad.extract import ner

from .conftest import bench_module

DOCUMENT = [
    ["وقال", "وزير", "الخارجية", "السعودي", "عادل", "الجبير", "في", "مؤتمر", "صحفي", "بالرياض", "أمس", "."],
    ["وأضاف", "الجبير", "أن", "المملكة", "تدعم", "جهود", "الأمم", "المتحدة", "."],
    ["من", "جهته", "،", "أكد", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "أن", "باريس", "ستستضيف", "المؤتمر", "."],
]


def _brute_force(scores, trans, start, end):
    k = len(start)
    best = max(itertools.product(range(k), repeat=len(scores)),
               key=lambda path: start[path[0]] + end[path[-1]] + sum(scores[t][p] for t, p in enumerate(path))
               + sum(trans[a, b] for a, b in itertools.pairwise(path)))
    return list(best)


def test_batched_viterbi_finds_each_sentences_best_path():
    rng = np.random.default_rng(0)
    lens = np.array([5, 4, 2, 1])
    scores = rng.normal(size=(4, 5, 3)).astype(np.float32)
    trans, start, end = (rng.normal(size=s).astype(np.float32) for s in ((3, 3), 3, 3))
    active = (lens[None, :] > np.arange(5)[:, None]).sum(1)
    tags = ner._viterbi(scores.copy(), lens, active, trans, start, end)
    for b, n in enumerate(lens):
        assert tags[b, :n].tolist() == _brute_force(scores[b, :n], trans, start, end)


def test_numpy_inference_matches_torch(tmp_path):
    torch = pytest.importorskip("torch")
    train = bench_module("train_ner")
    torch.manual_seed(0)
    vocab = ["قال", "الرءيس", "وزير", "الخارجيه", "الجبير", "الرياض", "ماكرون"]
    chars = "".join(sorted({c for w in vocab for c in w}))
    tags = ["O", *(f"{b}-{t}" for t in ner.TYPES for b in "BI")]
    embeddings = np.random.default_rng(0).normal(size=(len(vocab) + 2, 12)).astype(np.float32)
    p = {**train.NEURAL, "hidden": 8, "char_dim": 5, "filters": 6, "cluster_dim": 3}
    model = train._torch_tagger(embeddings, len(chars), len(tags), p).eval()
    with torch.no_grad():
        for q in model.parameters():  # float16 on disk: compare with the weights numpy will see
            q.copy_((q * 3).half().float())
    path = tmp_path / "tiny.npz"
    train._export(model, vocab, chars, tags, path)
    recognizer = ner.NeuralRecognizer(str(path))
    x = recognizer.featurizer.document(DOCUMENT)
    items = []
    start = 0
    for n in x["lengths"]:
        items.append({**{k: v[start: start + n] for k, v in x.items() if k != "lengths"}, "tags": np.zeros(n, int)})
        start += n
    batch, _ = train._batch(items, 0.0, None)
    with torch.no_grad():
        emissions = model.emissions(batch).numpy()
    crf = {k: v.numpy() for k, v in model.crf.state_dict().items()}
    expected = []
    for b, n in enumerate(x["lengths"]):
        one = ner._viterbi(emissions[b: b + 1, :n].copy(), np.array([n]), np.ones(n, int), crf["transitions"],
                           crf["start"], crf["end"])
        expected.append(one[0].tolist())
    assert recognizer.emissions(DOCUMENT) == expected


def test_featurizer_reads_a_word_through_its_clitics():
    f = ner.NeuralFeaturizer(["بغداد", "العراق"], "بغدادالعرق")
    x = f.document([["وبغداد", "للعراق", "بغداد", "كابول"]])
    assert x["words"].tolist() == [2, 3, 2, ner.UNK]
    assert x["onehot"].shape == (4, ner.ONE_HOTS + len(ner.FLAGS))


def test_unreadable_weights_say_how_to_rebuild(tmp_path):
    path = tmp_path / "broken.npz"
    path.write_bytes(b"not a model")
    with pytest.raises(BackendError, match="train_ner.py --neural"):
        ner.NeuralRecognizer(str(path))


@pytest.fixture(scope="module")
def shipped():
    try:
        return ner.load_recognizer("neural")
    except BackendError:
        pytest.skip("no neural weights shipped")


def test_sentence_order_and_empty_sentences_do_not_change_tags(shipped):
    together = shipped.tag_document(DOCUMENT)
    reordered = shipped.tag_document([DOCUMENT[2], [], DOCUMENT[0], DOCUMENT[1]])
    assert reordered[1] == []
    assert [reordered[2], reordered[3], reordered[0]] == together
    assert shipped.tag_document([]) == [] and shipped.tag([]) == []


@pytest.mark.parametrize(("sentence", "name", "kind"), [
    (DOCUMENT[0], "عادل الجبير", "PERS"),
    (DOCUMENT[2], "إيمانويل ماكرون", "PERS"),
    (DOCUMENT[1], "الأمم المتحدة", "ORG"),
    (["وصل", "وفد", "من", "حركة", "حماس", "إلى", "القاهرة", "لبحث", "وقف", "إطلاق", "النار", "في", "غزة", "."],
     "القاهرة", "LOC"),
])
def test_shipped_model_finds_names_in_news_sentences(shipped, sentence, name, kind):
    tags = shipped.tag(sentence)
    spans = {(" ".join(sentence[a:b]), t) for a, b, t in ner.bio_spans(tags)}
    assert (name, kind) in spans
