"""Whether the article goes on under a block that looks like its end (an author's note, a comment heading).

One line that reads as the article's closing furniture is no proof: a bio sentence ("Jane Roe is a travel
writer based in Lisbon."), a contact line, a share button or a lone "12 Comments" may stand inside the
article. The article goes on when two sentences in a row stand under it, short as a wire story's paragraphs
are, and the blocks no detector has taken under it are mostly such sentences (or a line announcing a list):
the page's own furniture under an article is short and unfinished (lists of headlines, menus, credits), a
teaser trails off ("..."), a box is repeated on the page, a comment section is long prose or broken up by its names,
dates and buttons.
"""

from __future__ import annotations

from collections import Counter

from . import text as tx
from .document import BODY_MIN_WORDS, Document

MIN_RUN = 2  # sentences in a row: one may be a line of furniture that ends in a full stop
SENTENCE_MIN_WORDS = 3
# Quotes closing after a space ("« Puis j'ai adoré. »"), spaces and all: the mark before them ends the sentence
_QUOTE_END = "»”\"'’)]）」』】 \u00a0\u202f"
MIN_SENTENCE_SHARE = 0.5  # of the words left under the block that are in sentences (or announce a list)
# A heading of the list of other stories ("Related", "Most read"): the blocks under it are that list, not the article's
LIST_HEADINGS = {"related-links"}


def _sentence(doc: Document, index: int, counts: Counter[str]) -> bool:
    """A short finished sentence of its own: not trailing off, not repeated on the page."""
    text = doc.blocks[index].text.strip()
    return (SENTENCE_MIN_WORDS <= doc.word_counts[index] < BODY_MIN_WORDS and tx.ends_with_mark(text.rstrip(_QUOTE_END))
            and not text.endswith(("...", "…")) and counts[text] == 1 and not _capitalised(text))


def _capitalised(text: str) -> bool:
    """Every word capitalised, in a script that has cases: a name with its initial ("Jean-Pierre D."), a title."""
    letters = (next((c for c in word if c.isalpha()), "") for word in text.split())
    firsts = [c for c in letters if c.lower() != c.upper()]
    return bool(firsts) and all(c.isupper() for c in firsts)


def going_on(doc: Document, labelled: set[int]) -> list[bool]:
    """For each block, whether the article goes on under it, blocks in ``labelled`` set aside (one pass back)."""
    counts = Counter(block.text.strip() for block in doc.blocks)
    out = [False] * len(doc.blocks)
    headings = {x.block for x in doc.labels if x.span is None and x.kind in LIST_HEADINGS}
    run, found, words, left = 0, False, 0, 0  # over the blocks under the current one
    items, item_words = 0, 0  # the list items in a row right under the current one
    for i in reversed(range(len(doc.blocks))):
        out[i] = found and words >= MIN_SENTENCE_SHARE * left
        if i in headings:  # the page's list of other stories starts here: what stands under it is no article's
            run, found, words, left, items, item_words = 0, False, 0, 0, 0, 0
            continue
        if i in labelled:
            run, items, item_words = 0, 0, 0
            continue
        sentence = _sentence(doc, i, counts)
        run = run + 1 if sentence else 0
        found = found or run >= MIN_RUN
        left += doc.word_counts[i]
        opens = doc.blocks[i].text.rstrip().endswith((":", "："))
        words += doc.word_counts[i] if sentence or opens else 0
        if opens and items >= MIN_RUN and doc.word_counts[i] >= SENTENCE_MIN_WORDS:
            found, words = True, words + item_words  # "Residents should bring:" over "the ID card", "photos"
        items, item_words = (items + 1, item_words + doc.word_counts[i]) if _item(doc, i, counts) else (0, 0)
    return out


def _item(doc: Document, index: int, counts: Counter[str]) -> bool:
    """A short unfinished line opening with a lowercase letter, not repeated on the page: an item of a list that a
    sentence of the article opens ("el DNI", "fotos de los daños"); a menu's or the share buttons' lines are
    capitalised names."""
    text = doc.blocks[index].text.strip()
    return (0 < doc.word_counts[index] < BODY_MIN_WORDS and text[:1].islower() and not tx.ends_with_mark(text)
            and counts[text] == 1)


def last_sentence(doc: Document, index: int) -> bool:
    """Block ``index`` is one short finished sentence of its own (not trailing off, not repeated on the page)."""
    return _sentence(doc, index, Counter(block.text.strip() for block in doc.blocks))


def goes_on(doc: Document, index: int, labelled: set[int]) -> bool:
    """True when the article goes on under block ``index``, blocks in ``labelled`` set aside."""
    return going_on(doc, labelled)[index]
