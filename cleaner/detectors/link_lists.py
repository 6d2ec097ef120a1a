"""Lists of links to other stories: the short lines after a "Related" / "Read next" / "Most read" heading.

The heading itself is site furniture (the boilerplate detector labels it); the headlines listed
under it (short, with no full stop) run until the first line that reads as a sentence or opens a
list of its own ("Here are the highlights:").
"""

from __future__ import annotations

import re

from .. import text as tx
from ..document import Document
from ..model import Label

NAME = "link_lists"
KINDS = ("link-list",)
HEADINGS = {"related-links"}
MAX_WORDS = 25
HEADING_MAX_WORDS = 5  # a heading alone on its line, not a "Related: <headline>" link
_OPENS_LIST = re.compile(r"[:：]\s*$")


def detect(doc: Document) -> list[Label]:
    labelled = doc.whole_labels()
    headings = {x.block for x in doc.labels if x.kind in HEADINGS and x.span is None
                and x.block > doc.header_end and doc.word_counts[x.block] <= HEADING_MAX_WORDS}
    labels: list[Label] = []
    reason = None  # set while the blocks read are listed under a heading
    for index, block in enumerate(doc.blocks):
        if index in headings:
            reason = f"a headline listed under \"{block.text[:40]}\""
        elif index in labelled or reason is None:
            continue
        elif tx.ends_sentence(block.text) or _OPENS_LIST.search(block.text) or doc.word_counts[index] > MAX_WORDS:
            reason = None
        else:
            labels.append(Label(index, "link-list", reason, NAME, 0.6))
    return labels
