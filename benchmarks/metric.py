"""The benchmark metric, identical in results to the reference ``score.py`` of the bench folder.

Texts are split into ``\\w+`` tokens and compared as multisets of 4-token shingles (a text shorter
than 4 tokens is one shorter shingle). Precision and recall are computed per case, normalised by the
case's shingle total, and macro-averaged over the cases where they are defined; F1 comes from the
two means. ``exact`` is the share of cases whose token sequence equals the truth's.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable

TOKEN = re.compile(r"\w+")
Counts = tuple[float, float, float]


def tokens(text: str | None) -> list[str]:
    """The word tokens of ``text`` (``None`` counts as empty)."""
    return TOKEN.findall(text or "")


def shingles(text: str | None, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of ``n``-token shingles; a shorter non-empty text is a single shorter shingle."""
    tk = tokens(text)
    return Counter(tuple(tk[i : i + n]) for i in range(max(1, len(tk) - n + 1)) if tk[i : i + n])


def case_counts(truth: str | None, pred: str | None) -> Counts:
    """(tp, fp, fn) of one case, as shares of their sum; all zero when both texts are empty."""
    a, b = shingles(truth), shingles(pred)
    tp = fp = fn = 0.0
    for key in set(a) | set(b):
        x, y = a.get(key, 0), b.get(key, 0)
        tp += min(x, y)
        fp += max(0, y - x)
        fn += max(0, x - y)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(counts: Counts) -> float:
    """Precision of one case: 1.0 when nothing is wrong, 0.0 when nothing was predicted."""
    tp, fp, fn = counts
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(counts: Counts) -> float:
    """Recall of one case: 1.0 when nothing is wrong, 0.0 when the truth is empty."""
    tp, fp, fn = counts
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(pairs: Iterable[tuple[str, str]]) -> dict[str, float]:
    """[(truth, prediction)] -> {"precision", "recall", "f1", "exact"}.

    Precision is averaged over the cases with a non-empty prediction, recall over those with a
    non-empty truth; like the reference, raises ``statistics.StatisticsError`` if there are none.
    """
    pairs = list(pairs)
    counts = [case_counts(t, p) for t, p in pairs]
    p = statistics.mean(precision(c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(recall(c) for c in counts if c[0] + c[2] > 0)
    exact = statistics.mean(float(tokens(t) == tokens(o)) for t, o in pairs)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "exact": exact}
