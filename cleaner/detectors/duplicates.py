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


def _run(run: list[int]) -> list[Label]:
    if len(run) < MIN_RUN:
        return []
    reason = f"a repeat of {len(run)} paragraphs printed earlier on the page"
    return [Label(i, "duplicate", reason, NAME, 0.8) for i in run]


def detect(doc: Document) -> list[Label]:
    texts = [b.text for b in doc.blocks if doc.word_counts[b.index] >= MIN_WORDS]
    if len(set(texts)) > len(texts) - MIN_RUN:
        return []  # fewer repeated paragraphs than a run needs
    labelled = doc.whole_labels()
    seen: set[str] = set()
    labels: list[Label] = []
    run: list[int] = []
    for index, block in enumerate(doc.blocks):
        if index in labelled or doc.word_counts[index] == 0:
            continue  # an empty or labelled block does not break a run
        long = doc.word_counts[index] >= MIN_WORDS
        if long and block.text in seen:
            run.append(index)
            continue
        labels += _run(run)
        run = []
        if long:
            seen.add(block.text)
    return labels + _run(run)
