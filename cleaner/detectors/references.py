"""The sources a fact-check or report lists after the article: 'Publisher, "Title," Oct. 5, 2019'.

Each entry ends with the date it was published or read and most name a title in quotation
marks; a run of such lines after the first paragraph, two or more of them quoting a title,
is the list. A single line like that stays: it may be a sentence of the article.
"""

from __future__ import annotations

from .. import patterns as pt
from ..document import Document
from ..model import Label
from .dates import find_date

NAME = "references"
KINDS = ("references",)
MAX_WORDS = 60
MIN_TITLED = 2
DATE_TAIL_CHARS = 40  # the date that ends an entry stands in its last characters


def _entry(text: str) -> tuple[bool, bool]:
    """(ends with a date or year, quotes a title) for one line."""
    tail = text[-DATE_TAIL_CHARS:]
    if not tail.rstrip(" .)")[-1:].isdigit():
        return False, False  # every entry ends with a year
    found = find_date(tail)
    dated = bool(found and found[1] and not tail[found[0].end():].strip(" .)")) or bool(pt.YEAR_ENDING.search(tail))
    return dated, dated and bool(pt.QUOTED_TITLE.search(text))


def _listed(run: list[int], titled: int) -> list[Label]:
    if titled < MIN_TITLED:
        return []
    reason = f"a list of {len(run)} sources cited after the article (publication, title, date)"
    return [Label(i, "references", reason, NAME, 0.7) for i in run]


def detect(doc: Document) -> list[Label]:
    labels: list[Label] = []
    run: list[int] = []
    titled = 0
    for index in range(doc.header_end + 1, len(doc.blocks)):
        text, words = doc.blocks[index].text, doc.word_counts[index]
        dated, quoted = doc.cached(_entry, text) if words <= MAX_WORDS else (False, False)
        if dated:
            run.append(index)
            titled += quoted
        else:
            labels += _listed(run, titled)
            run, titled = [], 0
    return labels + _listed(run, titled)
