"""The end of the article marked by the furniture that closes it: what follows is the page's.

Furniture that closes an article (a menu, share buttons, a newsletter's prompt, an author's note or
contact line, or a form's message) ends it when it stands after the article's last paragraph of prose:
the short lines under it (lists of headlines, menus, a comment's lines) are the page's. A time stamp
does not: a live report's last entry may be one short line under its time. Runs after the list
detectors, so that a line they name (the tags under "Tags") keeps their kind.
"""

from __future__ import annotations

from .. import patterns as pt
from .. import text as tx
from ..continuation import goes_on, last_sentence
from ..decide import MIN_CONFIDENCE
from ..document import Document
from ..model import Label

NAME = "closers"
KINDS = ("after-article",)
# A long block between the last paragraph and the closer is the article's (a list printed as one line); once the page
# below is gone it would stand last, where the teaser detector takes a long unfinished block for another story's blurb.
LONG_WORDS = 20
CLOSERS = {"navigation", "share-prompt", "contact-info", "author-note", "form-message", "newsletter"}
# Boxes a page sets between the article's paragraphs as well as under them: straight under the last paragraph with
# one finished sentence of its own below, the box stands inside the article (its last line is no furniture).
INLINE_BOXES = {"newsletter"}
LAST_SENTENCE_MIN_WORDS = 5  # and opening with a word: not a time stamp ("12:51 p.m.")


def detect(doc: Document) -> list[Label]:
    labelled = doc.whole_labels()
    last = next((i for i in reversed(range(len(doc.blocks))) if i not in labelled and doc.is_prose(i)), None)
    if last is None:
        return []
    closer = min((x.block for x in doc.labels if x.span is None and x.kind in CLOSERS and x.block > last
                  and x.confidence >= MIN_CONFIDENCE), default=None)
    if closer is None or any(i not in labelled and doc.word_counts[i] >= LONG_WORDS for i in range(last + 1, closer)):
        return []
    if goes_on(doc, closer, labelled):
        return []
    under = [i for i in range(closer + 1, len(doc.blocks)) if i not in labelled]
    above = range(last + 1, closer)  # the article's short closing sentences and labelled furniture, if any
    if (len(under) == 1 and _kind(doc, closer) in INLINE_BOXES
            and all(i in labelled or tx.ends_sentence(doc.blocks[i].text) for i in above)
            and doc.word_counts[under[0]] >= LAST_SENTENCE_MIN_WORDS
            and pt.OPENS_SENTENCE.match(doc.blocks[under[0]].text) and last_sentence(doc, under[0])):
        return []  # a newsletter's box between the last paragraphs: the one sentence under it is the article's end
    reason = f"after the furniture closing the article (\"{doc.blocks[closer].text[:40]}\")"
    return [Label(i, "after-article", reason, NAME, 0.6) for i in range(closer + 1, len(doc.blocks))
            if i not in labelled]


def _kind(doc: Document, index: int) -> str | None:
    """The kind of the closing furniture's label on block ``index``."""
    return next((x.kind for x in doc.labels if x.block == index and x.span is None and x.kind in CLOSERS), None)
