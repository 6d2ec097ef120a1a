"""Headlines of other stories listed with how long ago each appeared: "Apple working on new apps ~11 hours ago",
"Inondations dans le sud il y a 3 heures".

A site's list of its latest stories prints each headline with its age at the end of the line, no full stop
between them. An article's sentence saying how long ago something happened ends with a full stop, and one such
line alone may be the article's: two or more on the page go, wherever they stand (around them, the article's own
short lines stay).
"""

from __future__ import annotations

import re

from .. import patterns as pt
from ..cues import dates
from ..document import Document
from ..lazy_regex import compile_later
from ..model import Label
from ..prefilter import Prefilter, fold

NAME = "stamped_links"
KINDS = ("link-list",)
MIN_LINES = 2
MIN_WORDS, MAX_WORDS = 5, 30  # the headline's words and the stamp's
TITLE_MIN_WORDS = 4
# the age at the line's end, after a headline that does not end a sentence, maybe after a mark ("~", "·", "|")
_STAMPED = compile_later(rf"[^.!?。\s]\s*[~·•|–—-]?\s*(?:{pt.RELATIVE_TIME.pattern})\W*$", re.IGNORECASE)
_MAY_BE_STAMPED = Prefilter([pt.RELATIVE_TIME_FLAT])  # its words: "ago", "vor", "назад", ...
# the words a relative time ends with, case-folded as re.IGNORECASE compares them (see _ends_in_age_word)
_AGE_WORDS = tuple(fold(word) for word in (*dates.RELATIVE_TIME_UNITS, *dates.RELATIVE_TIME_AFTER.split("|")))
_AGE_WORD_MOST = max(map(len, _AGE_WORDS))
REASON = "one of several headlines of other stories listed with their age (\"... 3 hours ago\")"


def is_stamped(text: str) -> bool:
    """A headline with its age at the end, no full stop between them."""
    if not _ends_in_age_word(text) or not _MAY_BE_STAMPED.candidates(text) or not pt.OPENS_SENTENCE.match(text):
        return False
    found = _STAMPED.search(text)
    return found is not None and len(text[: found.start() + 1].split()) >= TITLE_MIN_WORDS


def _ends_in_age_word(text: str) -> bool:
    """Whether the text's last word ends as a relative time does (a unit, "ago"): _STAMPED's match ends there, and
    this test reads the text's last characters only, where _STAMPED's search is tried at each of its places."""
    end = len(text)
    while end and not (text[end - 1].isalnum() or text[end - 1] == "_"):  # what \W* takes before the end
        end -= 1
    return fold(text[max(0, end - _AGE_WORD_MOST) : end]).endswith(_AGE_WORDS)


def detect(doc: Document) -> list[Label]:
    labelled = doc.whole_labels()
    lines = [i for i in range(len(doc.blocks)) if i not in labelled and MIN_WORDS <= doc.word_counts[i] <= MAX_WORDS
             and doc.cached(is_stamped, doc.blocks[i].text)]
    if len(lines) < MIN_LINES:
        return []
    return [Label(i, "link-list", REASON, NAME, 0.7) for i in lines]
