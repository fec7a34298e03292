"""Exact and near duplicates on real seed text: reprints found, rewrites of one wire story not taken for copies."""

from __future__ import annotations

from marsad import dedupe
from marsad.models import Article, Line

from .conftest import gold_lines


def article(doc_id: str, paragraphs: list[str]) -> Article:
    text = "\n".join(paragraphs)
    lines, pos = [], 0
    for no, para in enumerate(paragraphs, 1):
        lines.append(Line(no, pos, pos + len(para), para, "body"))
        pos += len(para) + 1
    return Article(id=doc_id, path=f"{doc_id}.txt", text=text, lines=tuple(lines))


def seed_body(seed_texts, gold, doc_id):
    return gold_lines(seed_texts[doc_id], gold["documents"][doc_id]["body"])


def test_identical_body_is_an_exact_copy_even_with_other_diacritics(seed_texts, gold):
    body = seed_body(seed_texts, gold, "002_c90bc23b3cdc86c4")
    index = dedupe.DuplicateIndex()
    assert index.add("a", dedupe.fingerprint(article("a", body))) is None
    voweled = [p.replace("قال", "قَالَ").replace("ـ", "") for p in body]
    rel = index.add("b", dedupe.fingerprint(article("b", voweled)))
    assert (rel.doc, rel.of, rel.kind) == ("b", "a", "exact")


def test_reprint_with_a_cut_paragraph_and_an_added_line_is_a_near_copy(seed_texts, gold):
    body = seed_body(seed_texts, gold, "004_53a50ad2d6b5acfc")
    index = dedupe.DuplicateIndex(threshold=0.6)
    index.add("orig", dedupe.fingerprint(article("orig", body)))
    reprint = body[:-2] + ["ونقلت وكالات الأنباء هذه الأنباء عن المصادر ذاتها دون تعليق رسمي."]
    rel = index.add("copy", dedupe.fingerprint(article("copy", reprint)))
    assert rel is not None and rel.kind == "near" and rel.of == "orig"
    assert 0.6 <= rel.score < 1.0


def test_two_rewrites_of_one_wire_story_are_not_duplicates(seed_texts, gold):
    """000 and 003 both retell one Reuters report in their own words: same story, not copies."""
    index = dedupe.DuplicateIndex()
    for doc_id in ("000_5d4c7b7a80708a78", "003_da7e6e73b57a95d2"):
        assert index.add(doc_id, dedupe.fingerprint(article(doc_id, seed_body(seed_texts, gold, doc_id)))) is None


def test_restored_index_finds_the_same_copies(seed_texts, gold):
    body = seed_body(seed_texts, gold, "001_6b8f8232c79e6353")
    fp = dedupe.fingerprint(article("a", body))
    first = dedupe.DuplicateIndex()
    sig = first.signature(fp)
    reopened = dedupe.DuplicateIndex()
    reopened.restore("a", dedupe.Fingerprint(fp.exact, fp.shingles.copy()), sig.copy())
    near = dedupe.fingerprint(article("b", body[:-1]))
    assert reopened.find(near) == first.find(near) or reopened.find(near)[0] == "a"
    assert reopened.find(near)[0] == "a"


def test_signature_and_shingles_do_not_depend_on_the_shared_word_split(seed_texts, gold):
    """Signatures are stored: the permutations drawn once must be the ones a fresh MinHash draws (seed 1), and the
    content split once by the pipeline must give the shingles the text gives."""
    import numpy as np
    from datasketch import MinHash

    from marsad import arabic

    a = article("a", seed_body(seed_texts, gold, "001_6b8f8232c79e6353"))
    fp = dedupe.fingerprint(a)
    shared = dedupe.fingerprint(a, words=arabic.words(a.content))
    assert fp.exact == shared.exact and np.array_equal(fp.shingles, shared.shingles) and len(fp.shingles) > 100
    fresh = MinHash(num_perm=128, hashfunc=int, scheme=dedupe.SCHEME)
    fresh.update_batch(fp.shingles.tolist())
    assert np.array_equal(dedupe.DuplicateIndex(num_perm=128).signature(fp), fresh.hashvalues)


def test_of_equally_close_copies_the_earliest_indexed_is_named(seed_texts, gold):
    """The LSH answers in the order of a set of ids, which changes with Python's hash seed: the relation must not."""
    body = seed_body(seed_texts, gold, "004_53a50ad2d6b5acfc")
    extra = ["كلمة", "أخرى", "هنا", "ثم", "سطر", "جديد", "آخر", "فقط"]
    index = dedupe.DuplicateIndex(threshold=0.6)
    ids = [f"copy-{k}" for k in range(8)]
    for k, doc_id in enumerate(ids):  # eight reprints, each with one closing line of its own of equal length
        index.add(doc_id, dedupe.fingerprint(article(doc_id, body + [f"{extra[k]}{k} سطر{k} ختام{k} خاص{k}"])))
    scores = {round(dedupe.fingerprint(article("n", body)).jaccard(index.get(d)), 6) for d in ids}
    assert len(scores) == 1  # equally close: the tie is what is tested
    rel = index.add("new", dedupe.fingerprint(article("new", body)))
    assert rel is not None and rel.of == "copy-0"
