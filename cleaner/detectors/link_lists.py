"""Lists of links: the short lines after a "Related" / "Read next" / "Most read" heading, the tags after "Tags".

The heading itself is site furniture (the boilerplate detector labels it); the headlines listed
under it (short, with no full stop) run until the first line that reads as a sentence or opens a
list of its own ("Here are the highlights:").
"""

from __future__ import annotations

import re

from .. import text as tx
from ..cues.boilerplate import TAG_HEADING
from ..document import Document
from ..model import Label

NAME = "link_lists"
KINDS = ("link-list",)
HEADINGS = {"related-links"}
MAX_WORDS = 25
HEADING_MAX_WORDS = 5  # a heading alone on its line, not a "Related: <headline>" link
_OPENS_LIST = re.compile(r"[:：]\s*$")
_TAG_HEADING = re.compile(TAG_HEADING, re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"\s*[,;|·•、，]\s*")
TAG_MAX_WORDS = 6
MIN_TAGS = 3


def is_tag_list(text: str) -> bool:
    """Three or more short items separated by commas or bars, not finished as a sentence: "budget, schools, roads"."""
    items = _LIST_SEPARATOR.split(text.strip())
    return (len(items) >= MIN_TAGS and not tx.ends_sentence(text)
            and all(0 < tx.word_count(item) <= TAG_MAX_WORDS for item in items))


def detect(doc: Document) -> list[Label]:
    labelled = doc.whole_labels()
    headings = {x.block: x.kind for x in doc.labels if x.span is None and doc.word_counts[x.block] <= HEADING_MAX_WORDS
                and ((x.kind in HEADINGS and x.block > doc.header_end)
                     or _TAG_HEADING.match(doc.blocks[x.block].text))}  # a tag list may stand anywhere
    labels: list[Label] = []
    reason, tags = None, False  # set while the blocks read are listed under a heading
    for index, block in enumerate(doc.blocks):
        if index in headings:
            reason, tags = f"a link listed under \"{block.text[:40]}\"", headings[index] not in HEADINGS
        elif index in labelled or reason is None:
            continue
        elif not (is_tag_list(block.text) or doc.word_counts[index] <= (TAG_MAX_WORDS if tags else MAX_WORDS)
                  ) or tx.ends_sentence(block.text) or _OPENS_LIST.search(block.text):
            reason = None
        else:
            labels.append(Label(index, "link-list", reason, NAME, 0.6))
    return labels
