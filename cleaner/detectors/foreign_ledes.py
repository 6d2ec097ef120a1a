"""Finished first paragraphs of other stories that end the page with no heading over them ("foreign ledes").

An article's own last paragraph on a new matter shares few of its words too, but rarely almost none, and names its
subject (one of its most frequent words); a lede of another story does neither. The teaser detector calls
``foreign_ledes`` when its walk finds no blurb cut off mid-sentence.
"""

from __future__ import annotations

import heapq
import itertools
from collections import Counter
from collections.abc import Callable

from .. import text as tx
from ..document import Document
from ..lazy_regex import compile_later
from ..model import Label
from ..patterns import ASIDE, OPENS_SENTENCE
from .teaser_runs import MAX_RUN_BLOCKS, SHORT_MAX_WORDS, cohesive, heads

FOREIGN_MAX_SHARED = 0.15  # of a lede's terms found in the text above it ...
FOREIGN_MAX_SHARED_FIRST = 0.05  # ... and of the first's, next to the article (where the article may end) ...
FOREIGN_MAX_RELATIVE = 0.25  # ... which is at most this part of the median share of the article's last paragraphs
TOPIC_TERMS = 10  # the most frequent terms above a lede (said more than once): a lede naming one is the article's
FOREIGN_MIN_ARTICLE_TERMS = 100
MAX_SHORT_LINES = 2  # in a row between ledes (a headline and a date): more are a list
# Bigrams of an unspaced script holding a kana of grammar (the endings "した", "ます") are shared by any two texts.
_GRAMMAR_BIGRAM = compile_later(r"[\u3040-\u309f]")
FOREIGN_REASON = ("a first paragraph of another story after the article, sharing almost none of its words and none "
                  "of its most frequent ones")


def foreign_ledes(doc: Document, labelled: set[int], unfinished: Callable[[str], bool]) -> list[Label]:
    """The finished first paragraphs of other stories that end the page with no heading over them. Walking back
    from the last block, each is long, opens and ends as a sentence does, shares few of its terms with the text above
    it (its own headline aside) and none of that text's most frequent terms; the walk stops at the first block that
    is not such a lede (the article's own last paragraph names its subject). The first lede of the run, next to a
    long article, must share almost none of its terms, and at most a quarter of what the article's last paragraphs
    share with the text before them; while it does not, the run loses it and starts at the next. Short lines between
    or under the ledes (a headline, a date, a source's name; not a sentence) go with them; the one over the first
    lede only when it is that lede's headline. The cost: one vocabulary of the page, counted down as the walk goes up,
    not pairs of blocks.
    ``labelled``: blocks labelled whole, stepped over; ``unfinished``: whether a block's text stops mid-sentence or
    trails off (a blurb's ending: the teaser walk's)."""
    kept = [i for i in range(len(doc.blocks)) if i not in labelled]
    if not _last_lede_foreign(doc, kept, unfinished):
        return []  # as on most pages: the vocabulary of the page is not needed
    body: Counter[str] = Counter(itertools.chain.from_iterable(_content(doc, i) for i in kept))
    run: list[tuple[int, float | None]] = []  # from the end up: a lede and its share, or a short line and None
    shorts = 0  # short lines in a row
    for position in reversed(range(len(kept))):
        index = kept[position]
        terms = _content(doc, index)
        body.subtract(terms)  # leaves what comes before this block
        if len(run) == MAX_RUN_BLOCKS:
            break
        if _short_line(doc, index):
            shorts += 1
            if shorts > MAX_SHORT_LINES:
                break
            run.append((index, None))
            continue
        shorts = 0
        if not _lede(doc, index) or doc.cached(unfinished, doc.blocks[index].text) or not terms:
            break
        headline: set[str] = set()  # the short lines over the lede: a headline names its story, the lede shares it
        for above in kept[max(0, position - MAX_SHORT_LINES):position]:
            headline = headline | _content(doc, above) if _short_line(doc, above) else set()
        body.subtract(headline)
        share = sum(1 for term in terms if body[term] > 0) / len(terms)
        named = share <= FOREIGN_MAX_SHARED and bool(terms & _topic(body))
        body.update(headline)
        if share > FOREIGN_MAX_SHARED or named:
            break
        run.append((index, share))
    while run:  # the first lede, next to the article, shares the least: far less than the article's paragraphs do
        while run and run[-1][1] is None:
            run.pop()  # short lines over the first lede: the article's last lines, or that lede's headline
        if not run:
            return []
        first, share = run[-1]
        article = [terms for terms in (_content(doc, i) for i in kept if i < first) if terms]
        if share is not None and share <= FOREIGN_MAX_SHARED_FIRST and cohesive(
                article, FOREIGN_MIN_ARTICLE_TERMS, share / FOREIGN_MAX_RELATIVE):
            blocks = [i for i, _ in run] + _headline_lines(doc, kept, first)
            return [Label(i, "teaser", FOREIGN_REASON, "teasers", 0.6) for i in sorted(blocks)]
        run.pop()
    return []


def _last_lede_foreign(doc: Document, kept: list[int], unfinished: Callable[[str], bool]) -> bool:
    """Whether the last long block is a lede sharing at most FOREIGN_MAX_SHARED of its terms with the text above its
    short lines: the walk's first test, made on the blocks above from the nearest up, and stopped as soon as it
    fails (the article's own last paragraph shares words with the ones before it)."""
    position = len(kept) - 1
    while position >= 0 and _short_line(doc, kept[position]):
        position -= 1
    if position < 0 or len(kept) - 1 - position > MAX_SHORT_LINES:
        return False
    index = kept[position]
    if not _lede(doc, index) or doc.cached(unfinished, doc.blocks[index].text):
        return False
    terms = _content(doc, index)  # the terms of the blocks visited only
    above = position
    while above > max(0, position - MAX_SHORT_LINES) and _short_line(doc, kept[above - 1]):
        above -= 1  # its headline and date
    left, most = set(terms), FOREIGN_MAX_SHARED * len(terms)
    if not terms:
        return False
    for i in reversed(kept[:above]):
        left -= _content(doc, i)
        if len(terms) - len(left) > most:
            return False
    return True


def _headline_lines(doc: Document, kept: list[int], lede: int) -> list[int]:
    """The short lines over the first lede from its headline down (a date under it), or none: a short line whose
    words are more the lede's than the article's is the lede's headline; others are the article's last lines."""
    over: list[int] = []
    for index in reversed([i for i in kept if i < lede][-MAX_SHORT_LINES:]):
        if not _short_line(doc, index):
            break
        over.append(index)
        if heads(doc, index, lede, set().union(*(_content(doc, i) for i in kept if i < index))):
            return over
    return []


def _topic(body: Counter[str]) -> set[str]:
    """The TOPIC_TERMS most frequent terms said more than once, ties broken by the term (not by the order the terms
    came in, which follows the hashing of strings: the same page would come out differently from run to run). Found
    once a block of the run, at most MAX_RUN_BLOCKS + 1 times."""
    least = max(2, min(heapq.nlargest(TOPIC_TERMS, body.values()), default=2))  # the tenth count, or 2
    ranked = sorted((-count, term) for term, count in body.items() if count >= least)
    return {term for _, term in ranked[:TOPIC_TERMS]}


def _short_line(doc: Document, index: int) -> bool:
    """A short line that is not a sentence: a headline, a date, a source's name."""
    return 0 < doc.word_counts[index] < SHORT_MAX_WORDS and not tx.ends_sentence(doc.blocks[index].text)


def _content(doc: Document, index: int) -> set[str]:
    """The block's terms, less the bigrams of kana of grammar."""
    terms = doc.terms_of(index)
    if tx.unspaced(doc.blocks[index].text):
        return {term for term in terms if not _GRAMMAR_BIGRAM.search(term)}
    return terms


def _lede(doc: Document, index: int) -> bool:
    """Long and finished, opening as a sentence does: a first paragraph of a story."""
    text = doc.blocks[index].text
    return (doc.word_counts[index] >= SHORT_MAX_WORDS and tx.ends_sentence(text) and bool(OPENS_SENTENCE.match(text))
            and not ASIDE.match(text))
