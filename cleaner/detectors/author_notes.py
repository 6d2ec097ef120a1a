"""Author notes closing the article: "Jane Roe contributed reporting.", "Jane Roe is a reporter for ...".

Only the last third of the page (or from the article's last paragraph on) is looked at, and only
short blocks:
inside the article, "X is a reporter for Y" is a fact, not a note; so is one with the story's short
sentences going on under it.
"""

from __future__ import annotations

import re

from ..continuation import going_on
from ..cues import author_notes, bylines
from ..cues.stopwords import STOPWORDS
from ..document import Document
from ..lazy_regex import compile_later
from ..model import Label
from ..prefilter import Prefilter

NAME = "author_notes"
KINDS = ("author-note",)
MAX_WORDS = 70
_ROLE_NOUNS = "|".join(w for w in bylines.ROLE_WORDS.split("|") if w not in bylines.ROLE_MODIFIERS) + "|bureau chief"
_CONTRIBUTOR, _BIO, _CONTACT = "a contributor credit", "an author's bio", "a line to contact or follow the author"
_SELF_BIO = "a note on what the author is"
_NOTES = [
    (_CONTRIBUTOR, compile_later(author_notes.CONTRIBUTOR_NOTES, re.IGNORECASE)),
    (_BIO, compile_later(author_notes.AUTHOR_BIO.replace("ROLES", _ROLE_NOUNS), re.IGNORECASE)),
    (_SELF_BIO, compile_later(author_notes.AUTHOR_SELF_BIO, re.IGNORECASE)),
    (_CONTACT, compile_later(author_notes.CONTACT, re.IGNORECASE)),
]
_PREFILTER = Prefilter(pattern for _, pattern in _NOTES)
# the contributor notes' forms not anchored at the block's start: past the start only those may match
_CONTRIBUTOR_ANYWHERE = compile_later(author_notes.CONTRIBUTOR_NOTES_ANYWHERE, re.IGNORECASE)
_CONTACT_POINT = compile_later(author_notes.CONTACT_POINT, re.IGNORECASE)
_LOWERCASE_WORD = compile_later(r"[^\W\d_]{3,}")
_PROSE_MIN_WORDS = 2  # lowercase words of meaning after a contributor note's cue: a sentence
_BRACKETED = compile_later(r"^\s*[(\[].*[)\]]\W*$", re.DOTALL)


def note(text: str) -> str | None:
    """What kind of note about the author ``text`` is, or None."""
    candidates = _PREFILTER.candidates(text)  # the notes whose cue words are in it
    for i, (reason, pattern) in enumerate(_NOTES):
        if i in candidates and (match := _search(reason, pattern, text)) and _reads_as_note(reason, text, match):
            return reason
    return None


def _search(reason: str, pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``; for the contributor notes, a match at the start (every form tried there in order),
    else a search past it of the forms not anchored there: the same match, without each form tried at each place."""
    if reason != _CONTRIBUTOR:
        return pattern.search(text)
    return pattern.match(text) or _CONTRIBUTOR_ANYWHERE.search(text, 1)


def _reads_as_note(reason: str, text: str, match: re.Match[str]) -> bool:
    """A contributor note names people or agencies after its cue, not a sentence ("D'après l'AFP, le bilan
    s'élève à douze morts", "Con información de la policía, los vecinos organizaron ..."); a line to contact the
    author names where to ("Follow the signs on the motorway", "reach agreement on the budget" name none)."""
    if reason == _CONTACT:
        return bool(_CONTACT_POINT.search(text))
    if reason == _CONTRIBUTOR and not _BRACKETED.match(text):  # "(Reportage ...; version française ...)": a note
        words = [w for w in _LOWERCASE_WORD.findall(text, match.end()) if w[0].islower()
                 and w not in STOPWORDS and w not in author_notes.NOTE_WORDS]
        return len(words) < _PROSE_MIN_WORDS
    return True


def detect(doc: Document) -> list[Label]:
    labels: list[Label] = []
    labelled = doc.whole_labels()
    goes_on: list[bool] | None = None  # whether the story goes on under each block: found once, for a note
    start = min(doc.tail_start - 1, len(doc.blocks) * 2 // 3)
    for index in range(max(start, doc.header_end + 1), len(doc.blocks)):
        if index in labelled or doc.word_counts[index] > MAX_WORDS:
            continue
        reason = doc.cached(note, doc.blocks[index].text)
        if not reason:
            continue
        if goes_on is None:
            goes_on = going_on(doc, labelled)
        if reason == _SELF_BIO and (index + 1 not in labelled or any(
                i not in labelled and doc.is_prose(i) for i in range(index + 1, len(doc.blocks)))):
            continue  # "The author is ..." with a paragraph or nothing under it, not the page's furniture: the story's
        if not goes_on[index]:  # "Jane Roe is a travel writer ..." with the story going on under it: the story's
            labels.append(Label(index, "author-note", f"{reason} after the article", NAME, 0.7))
    return labels
