"""benchmarks/metric.py must give the same numbers as the bench folder's reference score.py."""

from __future__ import annotations

import importlib.util
import itertools
import json
import statistics
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = REPO_ROOT.parent / "shared" / "bench"


def load_module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


metric = load_module("bench_metric", REPO_ROOT / "benchmarks" / "metric.py")


@pytest.fixture(scope="module")
def reference() -> ModuleType:
    if not (BENCH_DIR / "score.py").is_file():
        pytest.skip(f"no reference scorer at {BENCH_DIR}")
    return load_module("bench_score", BENCH_DIR / "score.py")


TEXT = "The quick brown fox jumps over the lazy dog."

# (pairs of (truth, prediction), expected precision, recall, f1, exact)
KNOWN = [
    pytest.param([(TEXT, TEXT)], 1.0, 1.0, 1.0, 1.0, id="identical"),
    pytest.param([(TEXT, "The quick, brown fox -- jumps over the lazy dog")], 1.0, 1.0, 1.0, 1.0,
                 id="punctuation-ignored"),
    pytest.param([("a b c d e", "f g h i j")], 0.0, 0.0, 0.0, 0.0, id="disjoint"),
    pytest.param([("a b c d e f", "a b c d e")], 1.0, 2 / 3, 0.8, 0.0, id="prefix"),
    pytest.param([("a b c d e", "a b c d e f")], 2 / 3, 1.0, 0.8, 0.0, id="extra-word"),
    pytest.param([("a b c d a b c d", "a b c d")], 1.0, 0.2, 1 / 3, 0.0, id="repeated-shingle"),
    pytest.param([("A b c d", "a b c d")], 0.0, 0.0, 0.0, 0.0, id="case-sensitive"),
    # an empty prediction has no precision: left out of the precision mean, recall 0
    pytest.param([(TEXT, TEXT), (TEXT, "")], 1.0, 0.5, 2 / 3, 0.5, id="empty-prediction"),
    # an empty truth has no recall: left out of the recall mean, precision 0
    pytest.param([(TEXT, TEXT), ("", TEXT)], 0.5, 1.0, 2 / 3, 0.5, id="empty-truth"),
    # both empty: in neither mean, but an exact match
    pytest.param([(TEXT, TEXT), ("", "")], 1.0, 1.0, 1.0, 1.0, id="both-empty"),
    # fewer than 4 tokens: the whole text is one shorter shingle
    pytest.param([("Hello world", "Hello world")], 1.0, 1.0, 1.0, 1.0, id="short-identical"),
    pytest.param([("Hello world", "Hello world again")], 0.0, 0.0, 0.0, 0.0, id="short-vs-longer"),
]


@pytest.mark.parametrize(("pairs", "p", "r", "f1", "exact"), KNOWN)
def test_known_values(pairs: list[tuple[str, str]], p: float, r: float, f1: float, exact: float) -> None:
    m = metric.score(pairs)
    assert m == pytest.approx({"precision": p, "recall": r, "f1": f1, "exact": exact})


def test_building_blocks() -> None:
    assert metric.tokens("Hello, wörld! 42") == ["Hello", "wörld", "42"]
    assert metric.tokens(None) == []
    assert metric.shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert metric.shingles("a b") == {("a", "b"): 1}
    assert metric.shingles("") == {}
    assert metric.case_counts("a b c d e f", "a b c d e") == pytest.approx((2 / 3, 0.0, 1 / 3))
    assert metric.case_counts("", "") == (0.0, 0.0, 0.0)


def test_no_scorable_case_raises_like_the_reference() -> None:
    with pytest.raises(statistics.StatisticsError):
        metric.score([("", "")])


@pytest.mark.parametrize(("pairs", "p", "r", "f1", "exact"), KNOWN)
def test_known_values_match_reference(reference: ModuleType, pairs: list[tuple[str, str]], p: float,
                                      r: float, f1: float, exact: float) -> None:
    assert metric.score(pairs) == reference.score(pairs)


def test_matches_reference_on_shb_naive(reference: ModuleType) -> None:
    with (BENCH_DIR / "shb-naive.jsonl").open(encoding="utf-8") as f:
        cases = [json.loads(line) for line in itertools.islice(f, 50)]
    assert len(cases) == 50
    pairs = [(c["truth"], c["input"]) for c in cases]
    for truth, pred in pairs:
        assert metric.case_counts(truth, pred) == reference.tp_fp_fn(truth, pred)
    assert metric.score(pairs) == reference.score(pairs)
    # a prediction that keeps only the first half of each input must agree too
    halves = [(t, p[: len(p) // 2]) for t, p in pairs]
    assert metric.score(halves) == reference.score(halves)
