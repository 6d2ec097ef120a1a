"""Other stories' headlines listed above the article, as a site's sidebar or a list of its latest stories stands
before the article on a page kept line by line (the headlines detector's helper)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from .. import patterns as pt
from ..document import Document
from ..lazy_regex import compile_later
from ..model import Label

# Other stories' headlines listed above the article: a run of title lines before its first paragraph of prose, each
# opening with a letter (a list of the article's, dates or a table's rows, opens with figures or signs, and repeats
# its words from line to line), sharing little with the article, and written in title case, as headlines of English
# and Indonesian sites are (a poem's lines or a recipe's ingredients are not; in scripts without case nothing goes),
# and not a results table's rows, most holding a score ("Arsenal 2-1 Chelsea").
LIST_MIN_LINES = 5
LIST_MIN_TITLE_CASE = 0.8  # of the run's lines
TITLE_CASE_MIN_SHARE = 0.75  # of a line's cased words of four letters or more that open with a capital
_CASED_WORD = compile_later(r"\b[^\W\d_]{4,}")
LIST_MAX_SHARED = 0.4  # mean share of a line's terms found in the article below ...
LIST_MAX_REPEATED = 0.3  # ... and found in another line of the run
LIST_REASON = "one of several headlines of other stories listed above the article, sharing few of its words"


def headline_list(doc: Document, labelled: set[int], title_like: Callable[[Document, int], bool],
                  min_words: int) -> list[Label]:
    """Runs of LIST_MIN_LINES title lines or more above the article's first paragraph of prose, none under a line
    opening a list ("The dates:"), that share little with the article and with each other. ``title_like``: whether a
    line reads as a title (the headlines detector's test); ``min_words``: the fewest words of a headline."""
    if doc.header_end == len(doc.blocks) or not _may_hold_a_run(doc, labelled, title_like, min_words):
        return []
    article: set[str] = set().union(*(doc.terms[i] for i in range(doc.header_end, len(doc.blocks))
                                      if i not in labelled))
    labels, run = [], []
    for i in [i for i in range(doc.header_end) if i not in labelled] + [doc.header_end]:
        text = doc.blocks[i].text
        if (i < doc.header_end and title_like(doc, i) and doc.word_counts[i] >= min_words and doc.terms[i]
                and pt.OPENS_SENTENCE.match(text)):
            run.append(i)
            continue
        if len(run) >= LIST_MIN_LINES and _foreign(doc, run, article):
            labels += [Label(j, "teaser", LIST_REASON, "headlines", 0.6) for j in run]
        if pt.OPENS_LIST.search(text):
            break  # what follows a line opening a list is the article's
        run = []
    return labels


def _may_hold_a_run(doc: Document, labelled: set[int], title_like: Callable[[Document, int], bool],
                    min_words: int) -> bool:
    """Whether LIST_MIN_LINES title lines stand in a row above the article, before any word is compared (most pages
    have none, and the words of every block cost more than the rest of the headlines detector)."""
    run = 0
    for i in range(doc.header_end):
        if i in labelled:
            continue
        run = run + 1 if title_like(doc, i) and doc.word_counts[i] >= min_words else 0
        if run >= LIST_MIN_LINES:
            return True
    return False


def _foreign(doc: Document, run: list[int], article: set[str]) -> bool:
    """The lines share little with the article and with each other (a list of the article's repeats its words)."""
    shared = [len(doc.terms[i] & article) / len(doc.terms[i]) for i in run]
    counts = Counter(t for i in run for t in doc.terms[i])
    repeated = [sum(counts[t] > 1 for t in doc.terms[i]) / len(doc.terms[i]) for i in run]
    title_case = sum(_in_title_case(doc.blocks[i].text) for i in run)
    if sum(bool(pt.SCORE.search(doc.blocks[i].text)) for i in run) * 2 >= len(run):
        return False  # a results table: the teams and their scores, row by row
    return (sum(shared) / len(run) < LIST_MAX_SHARED and sum(repeated) / len(run) < LIST_MAX_REPEATED
            and title_case >= LIST_MIN_TITLE_CASE * len(run))


def _in_title_case(text: str) -> bool:
    """Most of the line's cased words of four letters or more open with a capital ("Two Jail Workers Arrested")."""
    words = [w for w in _CASED_WORD.findall(text) if w[0].isupper() or w[0].islower()]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= TITLE_CASE_MIN_SHARE * len(words)
