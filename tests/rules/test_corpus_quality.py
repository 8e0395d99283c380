"""The checks on the labelled corpus meet the quality bar in every category:
precision ≥ 0.95 (a false alarm costs a unit's trust) and recall ≥ 0.9."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from rules.base import CATEGORIES
from rules.evaluation import load_corpus, score

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def scores():
    spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "content_checks.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    labels, pages = load_corpus(bench.CORPUS)
    return score(bench.corpus_ruleset(labels), pages)


@pytest.mark.parametrize("category", CATEGORIES)
def test_category_quality(scores, category):
    s = scores[category]
    assert s.labels >= 20, "the corpus needs at least 20 labelled problems per category"
    assert s.precision >= 0.95, "false alarms:\n" + "\n".join(s.false_alarms)
    assert s.recall >= 0.9, "misses:\n" + "\n".join(s.misses)
