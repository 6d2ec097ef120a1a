"""A passage the page prints again: three or more paragraphs in a row that all stood earlier in it.

Pages that render the article twice (a second template, a print or app version) give a scraper
every paragraph twice. The first copy is kept; a later run of repeated paragraphs goes. A single
repeated paragraph or line stays: a chorus, a recipe step or a question asked again are the
article's own.
"""

from __future__ import annotations

from ..document import Document
from ..model import Label

NAME = "duplicates"
KINDS = ("duplicate",)
MIN_WORDS = 8  # shorter lines repeat for other reasons (menus, captions, list items)
MIN_RUN = 3


def detect(doc: Document) -> list[Label]:
    labelled = doc.whole_labels()
    seen: set[str] = set()
    labels: list[Label] = []
    run: list[int] = []
    for index in [*range(len(doc.blocks)), None]:
        if index is not None and (index in labelled or doc.word_counts[index] == 0):
            continue  # an empty or labelled block does not break a run
        long = index is not None and doc.word_counts[index] >= MIN_WORDS
        key = " ".join(doc.blocks[index].text.split()) if long else ""  # the same words, however spaced
        if long and key in seen:
            run.append(index)
            continue
        if len(run) >= MIN_RUN:
            reason = f"a repeat of {len(run)} paragraphs printed earlier on the page"
            labels.extend(Label(i, "duplicate", reason, NAME, 0.8) for i in run)
        run = []
        if long:
            seen.add(key)
    return labels
