"""The end of the article: after a copyright line, a comment section or a cookie notice late in the page.

Pages put these after the article, and what follows them (more teasers, comments, footers)
is not article text either. A marker in the last part of the text counts; earlier, the
comment section's own heading counts after the first paragraph (unless it is also a word for
an article's section: "Diskuse", "Maoni"), the comment form's own notice ("Your email address will
not be published", "Comments are moderated") after some text, a copyright notice after three, and
another comment marker only when most of the page's prose is before it, so a notice at the top of
the page never takes the article with it.
"""

from __future__ import annotations

import re

from ..continuation import goes_on
from ..cues.boilerplate import (
    COMMENT_FORM_NOTICES,
    COMMENTS_HEADING,
    COMMENTS_HEADING_ALSO_PROSE,
    COMMENTS_ON_POST,
    COPYRIGHT_NOTICE,
)
from ..document import Document
from ..lazy_regex import compile_later
from ..model import Label

NAME = "page_end"
KINDS = ("after-article",)
MARKERS = {"copyright", "comments", "cookie-notice"}
CREDITS = {"photo-credit", "caption"}
LATE = 0.7  # a marker counts when it starts after this share of the text
MIN_PROSE_BEFORE = 3
_NOTICE = compile_later(COPYRIGHT_NOTICE, re.IGNORECASE)
_COMMENTS_HEADING = compile_later(f"{COMMENTS_HEADING}|{COMMENTS_ON_POST}", re.IGNORECASE)
_ALSO_PROSE = compile_later(COMMENTS_HEADING_ALSO_PROSE, re.IGNORECASE)
_FORM_NOTICE = compile_later("|".join(COMMENT_FORM_NOTICES), re.IGNORECASE)
FORM_MIN_TEXT_BEFORE = 40  # words of text not yet labelled over a comment form's notice: an article, if a short one


def _is_marker(doc: Document, label: Label, credits: set[int]) -> bool:
    """A whole-block marker; a copyright line only when it is the page's notice, not a photo credit ("© AFP")."""
    if label.kind not in MARKERS or label.span is not None:
        return False
    return label.kind != "copyright" or (label.block not in credits
                                         and bool(_NOTICE.search(doc.blocks[label.block].text)))


def _ends_article(doc: Document, label: Label, late: float, paragraphs: list[int], words: list[int],
                  text_before: list[int]) -> bool:
    """In the last part of the page any marker ends the article. Before it, the comment section's heading
    does after a paragraph of prose, the comment form's own notice after some text (an article of tables
    and short lines has no prose), a copyright notice after several paragraphs, and another comment marker
    when most of the page's prose is before it too. ``paragraphs`` and ``words`` count the prose before each
    block, ``text_before`` the words of the blocks no detector has taken."""
    i = label.block
    if doc.blocks[i].start >= late:
        return True
    text = doc.blocks[i].text
    if label.kind == "comments" and paragraphs[i] and _COMMENTS_HEADING.match(text) and not _ALSO_PROSE.match(text):
        return True
    if label.kind == "comments" and text_before[i] >= FORM_MIN_TEXT_BEFORE and _FORM_NOTICE.search(text):
        return True
    if paragraphs[i] < MIN_PROSE_BEFORE or label.kind not in ("copyright", "comments"):
        return False
    return label.kind == "copyright" or words[i] > words[-1] - words[i + 1]


def detect(doc: Document) -> list[Label]:
    if not doc.blocks:
        return []
    late = doc.blocks[0].start + LATE * (doc.blocks[-1].end - doc.blocks[0].start)
    paragraphs, words = [0], [0]  # prose paragraphs and their words before each block (one pass: linear)
    for i in range(len(doc.blocks)):
        prose = doc.is_prose(i)
        paragraphs.append(paragraphs[-1] + prose)
        words.append(words[-1] + (doc.word_counts[i] if prose else 0))
    credits = {x.block for x in doc.labels if x.kind in CREDITS}
    markers = sorted((x for x in doc.labels if _is_marker(doc, x, credits)), key=lambda x: x.block)
    if not markers:
        return []
    labelled = doc.whole_labels()
    text_before = [0]
    for i in range(markers[-1].block):
        text_before.append(text_before[-1] + (0 if i in labelled else doc.word_counts[i]))
    found = next((x for x in markers if _ends_article(doc, x, late, paragraphs, words, text_before)), None)
    # a comment heading may be a line of the article ("12 Comments" over what the readers wrote); a copyright or
    # cookie notice is not
    if found is None or (found.kind == "comments" and goes_on(doc, found.block, labelled)):
        return []
    marker = found.block
    reason = f"after the end of the article (marked by \"{doc.blocks[marker].text[:40]}\")"
    after = range(marker + 1, len(doc.blocks))
    return [Label(i, "after-article", reason, NAME, 0.6) for i in after if i not in labelled]
