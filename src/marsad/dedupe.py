"""Exact and near-duplicate detection: wire copies and reprints become relations, never deletions.

An article's *fingerprint* is the hash of its normalized body (exact copies) and the set of its word n-gram
shingles (near copies). Near copies are found with MinHash LSH (datasketch), so a new article is compared with a
handful of candidates, not with the whole store, and then confirmed with the exact shingle Jaccard.

>>> from marsad.models import Article, Line
>>> text = "قال المتحدث باسم الجيش العراقي إن المحادثات ستستمر بصورة دورية حتى إنهاء مهمة التحالف"
>>> a = Article(id="a", path="a.txt", text=text, lines=(Line(1, 0, len(text), text, "body"),))
>>> index = DuplicateIndex()
>>> index.add("a", fingerprint(a)) is None
True
>>> index.add("b", fingerprint(a)).kind
'exact'
"""

from __future__ import annotations

import hashlib
import zlib
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from . import arabic
from .models import Article, Relation

# datasketch 2 offers several MinHash schemes; signatures are stored, so the scheme is pinned, not defaulted.
SCHEME = "affine32"


@dataclass(frozen=True)
class Fingerprint:
    exact: str  # sha256 of the normalized content
    shingles: np.ndarray  # sorted unique uint32 hashes of word n-grams

    def jaccard(self, other: Fingerprint) -> float:
        if not len(self.shingles) or not len(other.shingles):
            return 0.0
        both = len(np.intersect1d(self.shingles, other.shingles, assume_unique=True))
        return both / (len(self.shingles) + len(other.shingles) - both)

    def containment(self, other: Fingerprint) -> float:
        """Share of the smaller shingle set found in the other: high when one text is quoted inside another."""
        small = min(len(self.shingles), len(other.shingles))
        if not small:
            return 0.0
        return len(np.intersect1d(self.shingles, other.shingles, assume_unique=True)) / small


def shingles(text: str, n: int = 3, words: list[str] | None = None) -> np.ndarray:
    """Sorted unique CRC32 hashes of the word ``n``-grams of ``text``'s matching form (stable across runs); ``words``
    is ``arabic.words(text)`` when the caller has it already."""
    toks = arabic.words(text) if words is None else words
    if len(toks) < n:
        grams = [" ".join(toks)] if toks else []
    else:
        grams = [" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1)]
    return np.unique(np.fromiter((zlib.crc32(g.encode()) for g in grams), dtype=np.uint32, count=len(grams)))


def fingerprint(article: Article, shingle_words: int = 3, words: list[str] | None = None) -> Fingerprint:
    """The article's fingerprint; ``words`` is ``arabic.words(article.content)`` when the caller has it already (the
    pipeline splits the content once for this and for ``cluster.describe``)."""
    content = article.content
    exact = hashlib.sha256(arabic.normalize(content).encode()).hexdigest()
    return Fingerprint(exact, shingles(content, shingle_words, words))


@cache
def _permutations(num_perm: int) -> np.ndarray:
    """The permutations of every signature (seed 1, as MinHash draws them): drawn once, not per article (two thirds
    of the cost of a signature)."""
    return MinHash(num_perm=num_perm, scheme=SCHEME).permutations


class DuplicateIndex:
    """Every article seen so far, searchable for exact and near copies.

    ``add`` returns the relation of a new article to the earliest stored article it copies, or None.
    Memory is one MinHash LSH entry and one shingle array per article; the LSH keeps lookups sub-linear.
    """

    def __init__(self, threshold: float = 0.6, num_perm: int = 128) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._exact: dict[str, str] = {}
        self._prints: dict[str, Fingerprint] = {}
        self._rank: dict[str, int] = {}  # order of indexing: of equally close copies the earliest is named
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)

    def __len__(self) -> int:
        return len(self._prints)

    def signature(self, fp: Fingerprint) -> np.ndarray:
        """The MinHash signature of ``fp`` (stored beside the article so a reopened index needs no rehashing)."""
        m = MinHash(num_perm=self.num_perm, hashfunc=int, scheme=SCHEME, permutations=_permutations(self.num_perm))
        if len(fp.shingles):
            m.update_batch(fp.shingles.tolist())
        return m.hashvalues

    def add(self, doc_id: str, fp: Fingerprint, signature: np.ndarray | None = None) -> Relation | None:
        """Index a new article; returns its relation to the best earlier copy, or None."""
        signature = self.signature(fp) if signature is None else signature
        found = self.find(fp, signature)
        self.restore(doc_id, fp, signature)
        return None if found is None else Relation(doc_id, *found)

    def restore(self, doc_id: str, fp: Fingerprint, signature: np.ndarray) -> None:
        """Index an article without looking for its copies (reopening a store)."""
        self._exact.setdefault(fp.exact, doc_id)
        self._prints[doc_id] = fp
        self._rank.setdefault(doc_id, len(self._rank))
        if len(fp.shingles):
            self._lsh.insert(doc_id, LeanMinHash(seed=1, hashvalues=signature, scheme=SCHEME), check_duplication=False)

    def find(self, fp: Fingerprint, signature: np.ndarray | None = None) -> tuple[str, str, float] | None:
        """(stored id, "exact" | "near", Jaccard) of the best copy of ``fp`` already indexed, or None."""
        if fp.exact in self._exact:
            return self._exact[fp.exact], "exact", 1.0
        if not len(fp.shingles):
            return None
        best: tuple[str, str, float] | None = None
        signature = self.signature(fp) if signature is None else signature
        found = self._lsh.query(LeanMinHash(seed=1, hashvalues=signature, scheme=SCHEME))
        for cand in sorted(found, key=self._rank.__getitem__):  # the LSH answers in no fixed order
            score = fp.jaccard(self._prints[cand])
            if score >= self.threshold and (best is None or score > best[2]):
                best = (cand, "near", score)
        return None if best is None else (best[0], "near", round(best[2], 4))

    def get(self, doc_id: str) -> Fingerprint | None:
        return self._prints.get(doc_id)


def copy_groups(pairs: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """Doc id -> every member of its group of copies (itself included), the groups connected through ``pairs``
    (a copy and what it copies: the relations).

    >>> sorted(copy_groups([("b", "a"), ("c", "b"), ("e", "d")])["c"])
    ['a', 'b', 'c']
    """
    return {x: group for group in map(frozenset, components(pairs)) for x in group}


def components(pairs: Iterable[tuple[Hashable, Hashable]]) -> list[set]:
    """The connected groups of the graph whose edges are ``pairs`` (union-find with path halving)."""
    parent: dict = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    groups: defaultdict = defaultdict(set)
    for x in list(parent):
        groups[find(x)].add(x)
    return list(groups.values())
