"""Small text measures shared by the detectors: word counts, terms, sentence ends, letter share."""

from __future__ import annotations

import re

from .cues.stopwords import STOPWORDS

WORD = re.compile(r"\w+")
_LONG_WORD = re.compile(r"\w{3,}")  # the words of three characters or more, whole
# Scripts written without spaces between words: Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_UNSPACED_RUN = re.compile(UNSPACED.pattern + "+")
# What a finished sentence ends with: terminal punctuation, or a closing quote or bracket (after one).
SENTENCE_END = frozenset(".!?…。！？»”\"'’)]）」』】")
_LETTERS = re.compile(r"[^\W\d_]+")


def word_count(text: str) -> int:
    """Words in ``text``, counting two characters of an unspaced script as one word."""
    if text.isascii() or not UNSPACED.search(text):  # isascii() costs nothing: no search for English
        return len(WORD.findall(text))
    spaced = len(WORD.findall(_UNSPACED_RUN.sub(" ", text)))
    unspaced = sum(len(run) for run in _UNSPACED_RUN.findall(text))
    return spaced + (unspaced + 1) // 2


def terms(text: str) -> set[str]:
    """Content terms for vocabulary overlap: lowercased non-stopwords, and bigrams of unspaced runs."""
    out: set[str] = set()
    if UNSPACED.search(text):
        for run in _UNSPACED_RUN.findall(text):
            out.update(run[i : i + 2] for i in range(max(1, len(run) - 1)))
        text = _UNSPACED_RUN.sub(" ", text)
    out.update(token for token in set(_LONG_WORD.findall(text.lower())) - STOPWORDS if not token.isdigit())
    return out


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends as a finished sentence does (or with a closing quote/bracket), spaces aside.

    Read from the last character that is not a space: a regular expression would be tried at each of
    those characters in the text.
    """
    text = text.rstrip()
    return bool(text) and text[-1] in SENTENCE_END


def letter_share(text: str) -> float:
    """Share of the non-space characters that are letters."""
    chars = sum(map(len, text.split()))  # str.split() splits at what str.isspace() calls space
    return sum(map(len, _LETTERS.findall(text))) / chars if chars else 0.0
