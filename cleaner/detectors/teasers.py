"""Teasers: blurbs of other stories at the end of the page, cut off mid-sentence, sharing little vocabulary.

Walking back from the last block, each long block is compared with the article before it
(the share of its content terms found there). A blurb that stops mid-sentence, or opens
with an ALL-CAPS kicker, and shares less than half its terms is another story's teaser;
so is any long block sharing almost nothing with a substantial article. The walk stops
at the first block that is neither, so the article's own ending is never reached past.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import text as tx
from ..document import Document
from ..model import Label

NAME = "teasers"
TEASER_MIN_WORDS = 25
CUT_MAX_OVERLAP = 0.5  # a cut-off blurb sharing less than this with the article is another story
UNCUT_MAX_OVERLAP = 0.15  # any long block sharing less than this with a substantial article
SUBSTANTIAL_TERMS = 80  # the article must have this many content terms before the uncut rule applies
KICKER = re.compile(r"^[^\W\d_a-z]{2,}(?:[ '’-][^\W\d_a-z]{2,}){0,3}\s*:\s")
# Stopping mid-sentence: on a lowercase word, a comma, a dash, a colon or an ellipsis.
CUT_OFF = re.compile(r"(?:(?<![/.@\w])[^\W\d_A-ZÀ-ÞА-Я][^\W\d_]*|[,:;–—-]|\.\.\.|…)\s*$")
# ...or just after starting a new sentence: "...her actions. Guan" (an all-caps sign-off like "PTI" is not).
BARELY_BEGUN = re.compile(r"[.!?]\s+[^\W\d_]+[^\W\d_A-ZÀ-ÞА-Я]\s*$")


def _cut(text: str) -> bool:
    return any((CUT_OFF.search(text), BARELY_BEGUN.search(text), KICKER.match(text)))


def _reason(share: float, cut: bool) -> str:
    shape = "cut off mid-sentence" if cut else "on another subject"
    return f"a blurb of another story at the end of the page, {shape}, sharing {share:.0%} of its words"


def detect(doc: Document) -> list[Label]:
    labelled = doc.whole_labels()
    body = Counter(term for i, terms in enumerate(doc.terms) if i not in labelled for term in terms)
    labels = []
    for index in reversed(range(len(doc.blocks))):
        if index in labelled:
            continue
        terms = doc.terms[index]
        body.subtract(terms)  # what comes before this block
        if doc.word_counts[index] < TEASER_MIN_WORDS or not terms:
            break
        shared = sum(1 for term in terms if body[term] > 0)
        share = shared / len(terms)
        cut = _cut(doc.blocks[index].text)
        substantial = sum(1 for count in body.values() if count > 0) >= SUBSTANTIAL_TERMS
        if not ((cut and share < CUT_MAX_OVERLAP) or (substantial and share < UNCUT_MAX_OVERLAP)):
            break
        labels.append(Label(index, "teaser", _reason(share, cut), NAME, 0.8))
    return labels
