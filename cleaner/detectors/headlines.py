"""The page's headline standing before the article: its first line, short and not a sentence.

Only a line followed straight away by the article's first paragraph of prose counts, so
that taking it out never makes the next line a headline. Above the page's byline or date line,
though, every line is the page's header (section, kicker, headline, summary): the article
starts under them. On a page of short paragraphs only, a mark near the top ends the header when sentences
follow it, or when the lines above it all read as titles. A run of other stories' headlines above the article
goes too (headline_lists).
"""

from __future__ import annotations

import re

from .. import patterns as pt
from .. import text as tx
from ..document import Document
from ..lazy_regex import compile_later
from ..model import Label
from .headline_lists import headline_list

NAME = "headlines"
KINDS = ("headline", "teaser", "date-header", "byline")
MIN_WORDS, MAX_WORDS = 3, 20
DEK_MAX_WORDS = 40
# A headline may end in "?", "!" or a quotation ('... victim: "We got her!"'), not in a full stop or colon.
# A line going on (ending in a comma) is none: "The snow fell all night,", a poem's first line.
_STOP_OR_COLON = compile_later(r"[.。:：।॥۔։።។။,，;；]\W*$")
# A headline is one phrase: a line ending in hashtags or carrying a web address after its words is a note or a
# fact box ("... All opinions are mine. #sponsored #ad"); a hashtag inside a headline ("Why #MeToo matters") is not.
_NOT_A_TITLE = compile_later(r"(?:\s#\w+)+\W*$|\S\s+(?:https?://|www\.)", re.IGNORECASE)
# The top lines that mark where the page's header ends: its byline and date; not a photo's credit, which a byline's
# form may take too ("Jane Doe/AP", "© AFP") and which stands between the article's paragraphs.
HEADER_MARKS = {"byline", "date-header"}
CREDIT_KINDS = {"caption", "photo-credit"}
MARK_MAX_OTHER_WORDS = 3  # beside a date, on its line: the author's name ("... 2023 da Marco")
PARTIAL_MARK_REASON = "the page's date or byline line under its header, with the few words beside it"
HEADER_MAX_WORDS = 40  # a summary line may be a sentence or two; a longer block is the article's
HEADER_MAX_PROSE = 1  # one summary line reads as prose; two are the article's first paragraphs
# A shorter line ending in a full stop counts as prose too: a header has one summary, not a run of sentences (in
# languages of long words an article's paragraphs may be shorter than a body's 15 words). A question or an
# exclamation may be the headline.
HEADER_SENTENCE_MIN_WORDS = 6
_FULL_STOP = compile_later(r"\w[.。।॥۔។။]\W{0,3}$")
# On a page of short paragraphs only (no prose of body length), a header needs its mark in the first lines and
# sentences under it.
SHORT_PAGE_HEADER_MAX_LINES = 6
SHORT_PAGE_MIN_SENTENCES = 2
SHORT_PAGE_MIN_LINES = 2  # under a header of titles only: lines under its mark, one finished (not a flash's one)


def _is_sentence(doc: Document, index: int) -> bool:
    """A line of six words or more ending in a full stop."""
    return doc.word_counts[index] >= HEADER_SENTENCE_MIN_WORDS and _FULL_STOP.search(doc.blocks[index].text) is not None


def _title_like(doc: Document, index: int) -> bool:
    """A line a header holds: a section's name or a headline, short and not ending as a sentence or a clause."""
    text = doc.blocks[index].text
    return (doc.word_counts[index] <= MAX_WORDS and not tx.ends_with_mark(text) and not _STOP_OR_COLON.search(text)
            and not _NOT_A_TITLE.search(text))


def _sentences_follow(doc: Document, mark: int) -> bool:
    """On a page of short paragraphs only: two sentences under a mark near the top tell that it ends a header."""
    return sum(_is_sentence(doc, i) for i in range(mark + 1, len(doc.blocks))) >= SHORT_PAGE_MIN_SENTENCES


def _titles_above(doc: Document, mark: int, labelled: set[int]) -> bool:
    """In languages of short sentences (or few words to a sentence as counted, Korean, Chinese): lines above the mark
    that all read as titles, with several lines under it one of which ends as a sentence, tell so too. A headline
    over its date and one line stays (a flash)."""
    below = [i for i in range(mark + 1, len(doc.blocks)) if i not in labelled]
    above = [i for i in range(mark) if i not in labelled]
    return (bool(above) and all(_title_like(doc, i) for i in above) and len(below) >= SHORT_PAGE_MIN_LINES
            and any(_finished(doc.blocks[i].text) for i in below))


def _finished(text: str) -> bool:
    """A line ending as a sentence does, or opening the list or quote under it ("These are the measures:")."""
    return tx.ends_sentence(text) or pt.OPENS_LIST.search(text) is not None


def _whole_line(doc: Document, label: Label) -> bool:
    """A label of the whole line, or of all of it but a few words: a date with its author's name after it
    ("Pubblicato il 5 Maggio 2023 da Marco"), not a date opening the article's first paragraph."""
    if label.span is None:
        return True
    text = doc.blocks[label.block].text
    return tx.word_count(text[:label.span[0]] + " " + text[label.span[1]:]) <= MARK_MAX_OTHER_WORDS


def _above_byline(doc: Document, labelled: set[int]) -> list[Label]:
    """The lines above the first byline or date line at the top of the page: its section, kicker, headline and
    summary."""
    credits = {x.block for x in doc.labels if x.kind in CREDIT_KINDS}
    found = [x for x in doc.labels
             if x.kind in HEADER_MARKS and _whole_line(doc, x) and x.block <= doc.byline_end and x.block not in credits]
    # an update's stamp under a paragraph of prose stands where the story was updated, inside it: no header's end
    marks = [x.block for x in found if not (pt.UPDATE_LABEL.match(doc.blocks[x.block].text)
                                            and any(doc.is_prose(i) for i in range(x.block) if i not in labelled))]
    partial = {x.block: x.kind for x in found if x.block not in labelled}  # the words beside the date go with it
    if marks and doc.header_end == len(doc.blocks):
        # no prose of body length: the header is told from the article only when a mark stands in the page's
        # first lines and sentences follow it (a news story of short paragraphs, as Nordic and Ukrainian ones are)
        marks = [mark for mark in marks if mark < SHORT_PAGE_HEADER_MAX_LINES]
        if not marks:
            return []
        if not _sentences_follow(doc, min(marks)):
            if not _titles_above(doc, min(marks), labelled):
                return []
            marks = [min(marks)]  # the lines under it may be a live blog's entries, each under its time
    if not marks:
        return []
    first = min(marks)
    # the last mark whose lines above read as a header; past the first mark, over lines that are no sentence only
    # (a menu's role word read as a byline above the headline: "Newsroom"), not over a lead between two marks
    for mark in sorted(set(marks), reverse=True):
        above = [i for i in range(mark) if i not in labelled]
        sentences = [i for i in above if doc.is_prose(i) or _is_sentence(doc, i)]
        if (all(doc.word_counts[i] <= HEADER_MAX_WORDS for i in above) and len(sentences) <= HEADER_MAX_PROSE
                and (mark == first or not any(tx.ends_sentence(doc.blocks[i].text) for i in above if i > first))):
            rest = [Label(mark, partial[mark], PARTIAL_MARK_REASON, NAME, 0.6)] if above and mark in partial else []
            return [Label(i, "headline", "a line of the page's header, above its byline or date", NAME, 0.6)
                    for i in above] + rest
    return []


def detect(doc: Document) -> list[Label]:
    labelled = doc.whole_labels()
    if listed := headline_list(doc, labelled, _title_like, MIN_WORDS):
        return listed
    if above := _above_byline(doc, labelled):
        return above
    rest = [i for i in range(doc.header_end + 1) if i not in labelled]
    if doc.header_end == len(doc.blocks) or len(rest) not in (2, 3) or rest[-1] != doc.header_end:
        return []
    first = rest[0]
    text = doc.blocks[first].text
    if not (MIN_WORDS <= doc.word_counts[first] <= MAX_WORDS and not _STOP_OR_COLON.search(text)
            and not _NOT_A_TITLE.search(text) and not pt.POST_SIGNATURE.match(text)
            and not pt.INTERVIEW_LABEL.match(text)):
        return []
    labels = [Label(first, "headline", "the page's headline, before the article's first paragraph", NAME, 0.6,
                    found={"title": text})]
    if len(rest) == 3:
        second = rest[1]
        if tx.ends_sentence(doc.blocks[second].text):
            return labels if doc.word_counts[second] >= MIN_WORDS else []  # a short first paragraph
        if doc.word_counts[second] < MIN_WORDS or doc.word_counts[second] > DEK_MAX_WORDS:
            return []
        labels.append(Label(second, "headline", "the summary line under the headline", NAME, 0.6))
    return labels
