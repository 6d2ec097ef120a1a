"""The end of the article: after a copyright line, a comment section or a cookie notice late in the page.

Pages put these after the article, and what follows them (more teasers, comments, footers)
is not article text either. A marker in the last part of the text counts; earlier, the
comment section's own heading counts after the first paragraph, a copyright notice after
three, and another comment marker only when most of the page's prose is before it, so a
notice at the top of the page never takes the article with it.
"""

from __future__ import annotations

import re

from ..cues.boilerplate import COMMENTS_HEADING, COPYRIGHT_NOTICE
from ..document import Document
from ..model import Label

NAME = "page_end"
KINDS = ("after-article",)
MARKERS = {"copyright", "comments", "cookie-notice"}
LATE = 0.7  # a marker counts when it starts after this share of the text
_NOTICE = re.compile(COPYRIGHT_NOTICE, re.IGNORECASE)
_COMMENTS_HEADING = re.compile(COMMENTS_HEADING, re.IGNORECASE)


def _is_marker(doc: Document, label: Label) -> bool:
    text = doc.blocks[label.block].text
    return label.kind in MARKERS and label.span is None and (label.kind != "copyright" or bool(_NOTICE.search(text)))


MIN_PROSE_BEFORE = 3


def _after_article(doc: Document, label: Label) -> bool:
    """Before the last part of the page, a copyright notice ends the article when several paragraphs of
    prose come before it; a comment marker, when most of the page's prose does too."""
    before = [doc.word_counts[i] for i in range(label.block) if doc.is_prose(i)]
    if label.kind == "comments" and before and _COMMENTS_HEADING.match(doc.blocks[label.block].text):
        return True
    if len(before) < MIN_PROSE_BEFORE or label.kind not in ("copyright", "comments"):
        return False
    after = sum(doc.word_counts[i] for i in range(label.block + 1, len(doc.blocks)) if doc.is_prose(i))
    return label.kind == "copyright" or sum(before) > after


def detect(doc: Document) -> list[Label]:
    if not doc.blocks:
        return []
    late = doc.blocks[0].start + LATE * (doc.blocks[-1].end - doc.blocks[0].start)
    marker = min((x.block for x in doc.labels if _is_marker(doc, x)
                  and (doc.blocks[x.block].start >= late or _after_article(doc, x))), default=None)
    if marker is None:
        return []
    labelled = doc.whole_labels()
    reason = f"after the end of the article (marked by \"{doc.blocks[marker].text[:40]}\")"
    after = range(marker + 1, len(doc.blocks))
    return [Label(i, "after-article", reason, NAME, 0.6) for i in after if i not in labelled]
