"""Eval gate: correlation of ``similarity.score`` with the human ``Overall`` judgement on the 54 Arabic–Arabic pairs
of SemEval-2022 Task 8 (../shared/eval/semeval2022_ar), against pinned floors.

The floors sit a few points below what was measured; never lower them silently. Measured 2026-11-23 with
``python bench/semeval_eval.py``: Pearson 0.774, Spearman 0.739 (default configuration, bundled IDF; entity weight
scaled by the entity evidence, bylines left out, datelines read; 0.763 / 0.723 before these); plain TF-IDF cosine
of raw words 0.699 / 0.694 in the same run; leave-one-out Pearson of fitting the three weights 0.741. With 54
pairs one Pearson point is noise, so the floors guard against breakage and clear drift, and the score must keep
beating the raw-word baseline.
"""

from __future__ import annotations

import pytest

from .conftest import bench_module

PEARSON_FLOOR, SPEARMAN_FLOOR = 0.74, 0.70


@pytest.fixture(scope="module")
def measured(shared_dir):
    module = bench_module("semeval_eval")
    if not (shared_dir / module.PAIRS).is_file():
        pytest.skip(f"{module.PAIRS} is not in ../shared")
    return module.evaluate(shared_dir)


@pytest.mark.shared
def test_semeval_pearson_and_spearman_stay_above_floor(measured):
    pearson, spearman = measured["marsad"]
    assert pearson >= PEARSON_FLOOR, f"Pearson {pearson:.3f} fell below the pinned floor {PEARSON_FLOOR}"
    assert spearman >= SPEARMAN_FLOOR, f"Spearman {spearman:.3f} fell below the pinned floor {SPEARMAN_FLOOR}"


@pytest.mark.shared
def test_semeval_beats_raw_word_tfidf(measured):
    assert measured["marsad"][0] > measured["raw_tfidf"][0] + 0.02, measured
