"""Whether the article goes on under a block that looks like its end (an author's note, a comment heading).

One line that reads as the article's closing furniture is no proof: a bio sentence ("Jane Roe is a travel
writer based in Lisbon."), a contact line, a share button or a lone "12 Comments" may stand inside the
article. The article goes on when two sentences in a row stand under it, short as a wire story's paragraphs
are, and the blocks no detector has taken under it are mostly such sentences (or a line announcing a list):
the page's own furniture under an article is short and unfinished (lists of headlines, menus, credits), a
teaser trails off ("..."), a box repeats itself, a comment section is long prose or broken up by its names,
dates and buttons.
"""

from __future__ import annotations

from . import text as tx
from .document import BODY_MIN_WORDS, Document

MIN_RUN = 2  # sentences in a row: one may be a line of furniture that ends in a full stop
SENTENCE_MIN_WORDS = 3
# Quotes closing after a space ("« Puis j'ai adoré. »"), spaces and all: the mark before them ends the sentence
_QUOTE_END = "»”\"'’)]）」』】 \u00a0\u202f"
MIN_SENTENCE_SHARE = 0.5  # of the words left under the block that are in sentences (or announce a list)


def _sentence(doc: Document, index: int, seen: set[str]) -> bool:
    """A short finished sentence of its own: not trailing off, not a repeat of a block above."""
    text = doc.blocks[index].text.strip()
    return (SENTENCE_MIN_WORDS <= doc.word_counts[index] < BODY_MIN_WORDS and tx.ends_with_mark(text.rstrip(_QUOTE_END))
            and not text.endswith(("...", "…")) and text not in seen and not _capitalised(text))


def _capitalised(text: str) -> bool:
    """Every word capitalised, in a script that has cases: a name with its initial ("Jean-Pierre D."), a title."""
    letters = (next((c for c in word if c.isalpha()), "") for word in text.split())
    firsts = [c for c in letters if c.lower() != c.upper()]
    return bool(firsts) and all(c.isupper() for c in firsts)


def goes_on(doc: Document, index: int, labelled: set[int]) -> bool:
    """True when the article goes on under block ``index``, blocks in ``labelled`` set aside."""
    seen = {doc.blocks[i].text.strip() for i in range(index + 1)}
    run = longest = words = left = 0
    for i in range(index + 1, len(doc.blocks)):
        if i in labelled:
            run = 0
            continue
        text = doc.blocks[i].text.strip()
        sentence = _sentence(doc, i, seen)
        seen.add(text)
        run = run + 1 if sentence else 0
        longest = max(longest, run)
        left += doc.word_counts[i]
        words += doc.word_counts[i] if sentence or text.endswith((":", "：")) else 0
    return longest >= MIN_RUN and words >= MIN_SENTENCE_SHARE * left
