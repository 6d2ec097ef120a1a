"""Readers' comments over the comment form, where the page printed neither a heading nor a name over them.

Their text reads as prose; what tells them are the replies among them: a greeting to a reader by name
("Hi Milan,", "Hi, Pamela, I ...") or thanks for a comment ("Thanks for your question.", "Danke für Ihren
Kommentar"). With two such blocks or more between the article and the comment form under them (a comment
section's own marker: "Comments are closed.", "Save my name, email, and website ..."), the comments start
over the first: from the last line of furniture or the last short line over it, across no more than
``MAX_ABOVE`` paragraphs (the first comment, the author's bio). Where none stands that close, the comments
may run on from the article's own last paragraph, and all stays.
"""

from __future__ import annotations

import re

from ..cues.comments import GREETINGS, THANKS_FOR_THE_COMMENT
from ..document import Document
from ..lazy_regex import compile_later
from ..model import Label
from ..prefilter import Prefilter

NAME = "replies"
KINDS = ("comments",)
MIN_REPLIES = 2
MAX_ABOVE = 3  # paragraphs over the first reply that may be comments: the first comment, the author's bio
_NAME = r"(?-i:[A-ZÀ-ÞĀ-ŽА-ЯΑ-Ω][\w'’-]+)(?:\s(?-i:[A-ZÀ-ÞĀ-ŽА-ЯΑ-Ω][\w'’.-]*)){0,2}"
_GREETING = compile_later(rf"^\W*(?:{GREETINGS})\s*,?\s+{_NAME}\s*[,!]", re.IGNORECASE)
_THANKS = compile_later(THANKS_FOR_THE_COMMENT, re.IGNORECASE)
_MAY_THANK = Prefilter([_THANKS])  # the words _THANKS needs: a scan for them is a tenth of its search's cost


def is_reply(text: str) -> bool:
    """A comment answering another, or the author: a greeting by name, or thanks for a comment."""
    return bool(_GREETING.match(text) or (_MAY_THANK.candidates(text) and _THANKS.search(text)))


def detect(doc: Document) -> list[Label]:
    labelled = doc.whole_labels()
    forms = sorted(x.block for x in doc.labels if x.kind == "comments" and x.span is None and x.block > doc.header_end)
    if not forms:
        return []
    replies = [i for i in range(doc.header_end + 1, forms[-1]) if i not in labelled and doc.cached(is_reply,
                                                                                                 doc.blocks[i].text)]
    form = next((i for i in forms if replies and i > replies[0]), None)  # the comment section's marker under them
    replies = [i for i in replies if form is not None and i < form]
    if len(replies) < MIN_REPLIES:
        return []
    start = replies[0]
    while start - 1 > doc.header_end and start - 1 not in labelled and doc.is_prose(start - 1):
        start -= 1
    if replies[0] - start > MAX_ABOVE or start - 1 <= doc.header_end:
        return []
    reason = f"a reader's comment, over the comment form (a reply: \"{doc.blocks[replies[0]].text[:30]}\")"
    return [Label(i, "comments", reason, NAME, 0.7) for i in range(start, form) if i not in labelled]
