"""Author notes closing the article: "Jane Roe contributed reporting.", "Jane Roe is a reporter for ...".

Only the last third of the page (or from the article's last paragraph on) is looked at, and only
short blocks:
inside the article, "X is a reporter for Y" is a fact, not a note.
"""

from __future__ import annotations

import re

from ..cues import author_notes, bylines
from ..document import Document
from ..model import Label
from ..prefilter import Prefilter

NAME = "author_notes"
KINDS = ("author-note",)
MAX_WORDS = 70
_NOTES = [
    ("a contributor credit", re.compile(author_notes.CONTRIBUTOR_NOTES, re.IGNORECASE)),
    ("an author's bio", re.compile(author_notes.AUTHOR_BIO.replace("ROLES", bylines.ROLE_WORDS), re.IGNORECASE)),
    ("a line to contact or follow the author", re.compile(author_notes.CONTACT, re.IGNORECASE)),
]
_PREFILTER = Prefilter(pattern for _, pattern in _NOTES)


def note(text: str) -> str | None:
    """What kind of note about the author ``text`` is, or None."""
    candidates = _PREFILTER.candidates(text)  # the notes whose cue words are in it
    return next((reason for i, (reason, pattern) in enumerate(_NOTES) if i in candidates and pattern.search(text)),
                None)


def detect(doc: Document) -> list[Label]:
    labels: list[Label] = []
    labelled = doc.whole_labels()
    start = min(doc.tail_start - 1, len(doc.blocks) * 2 // 3)
    for index in range(max(start, doc.header_end + 1), len(doc.blocks)):
        if index in labelled or doc.word_counts[index] > MAX_WORDS:
            continue
        reason = doc.cached(note, doc.blocks[index].text)
        if reason:
            labels.append(Label(index, "author-note", f"{reason} after the article", NAME, 0.7))
    return labels
