"""The page's headline standing before the article: its first line, short and not a sentence.

Only a line followed straight away by the article's first paragraph of prose counts, so
that taking it out never makes the next line a headline.
"""

from __future__ import annotations

from .. import text as tx
from ..document import Document
from ..model import Label

NAME = "headlines"
KINDS = ("headline",)
MIN_WORDS, MAX_WORDS = 3, 20
DEK_MAX_WORDS = 40


def detect(doc: Document) -> list[Label]:
    labelled = doc.whole_labels()
    rest = [i for i in range(doc.header_end + 1) if i not in labelled]
    if len(rest) not in (2, 3) or rest[-1] != doc.header_end:
        return []
    first = rest[0]
    text = doc.blocks[first].text
    if not (MIN_WORDS <= doc.word_counts[first] <= MAX_WORDS and not tx.ends_sentence(text.rstrip("?!"))):
        return []
    labels = [Label(first, "headline", "the page's headline, before the article's first paragraph", NAME, 0.6,
                    found={"title": text})]
    if len(rest) == 3:
        dek = rest[1]
        if MIN_WORDS <= doc.word_counts[dek] <= DEK_MAX_WORDS and not tx.ends_sentence(doc.blocks[dek].text):
            labels.append(Label(dek, "headline", "the summary line under the headline", NAME, 0.6))
        else:
            return []
    return labels
