"""Small text measures shared by the detectors: word counts, terms, sentence ends, letter share."""

from __future__ import annotations

import re

from .cues.stopwords import STOPWORDS

# Combining marks that belong inside a word but that \w leaves out: decomposed accents, Cyrillic, Hebrew and
# Arabic signs, and the vowel signs of the Indic scripts (Devanagari to Sinhala, their dandas "।॥" aside).
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0900-\u0963\u0966-\u0dff"
)
WORD = re.compile(rf"[\w{_MARKS}]+")
_LONG_WORD = re.compile(rf"[\w{_MARKS}]{{3,}}")  # the words of three characters or more, whole
# Scripts written without spaces between words: Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_UNSPACED_RUN = re.compile(UNSPACED.pattern + "+")
# What a finished sentence ends with: terminal punctuation (Latin, CJK, Arabic, Devanagari, Greek, Armenian,
# Ethiopic, Khmer, Burmese), or a closing quote or bracket (after one).
SENTENCE_END = frozenset(".!?…。！？؟।॥۔\u037e։።។៕။»”\"'’)]）」』】")
_CLOSERS = "»”\"'’)]）」』】"
# Thai and Lao end a sentence with a space, not a mark: a paragraph ending in their letters may be finished.
ENDS_UNMARKED = re.compile(r"[\u0e00-\u0eff]\s*$")
_LETTERS = re.compile(r"[^\W\d_]+")
# What separates the items of a list written on one line: "Politics, Courts", "Tag1 | Tag2", "東京・大阪".
LIST_SEPARATOR = re.compile(r"\s*[,;|·•、，]\s*")
# In ASCII text a word is a run of letters, digits and underscores (what \w matches there): with every other byte
# made a space, bytes.split() finds the words some four times faster than a regular expression.
_ASCII_NON_WORD_TO_SPACE = bytes(b if chr(b).isalnum() and b < 128 or b == ord("_") else ord(" ") for b in range(256))
# The characters outside ASCII that most text in English has (curly quotes, dashes, ellipsis, no-break space): no
# word characters, so a space for each changes no count of words, and leaves most such texts ASCII.
_PUNCTUATION_BEYOND_ASCII = "‘’“”–—…«»\xa0•"


def _punctuation_as_spaces(text: str) -> str:
    """``text`` with the punctuation beyond ASCII that English text has made spaces: the same words, often ASCII."""
    if not text.isascii():
        for mark in _PUNCTUATION_BEYOND_ASCII:
            text = text.replace(mark, " ")
    return text


def word_count(text: str) -> int:
    """Words in ``text``, counting two characters of an unspaced script as one word."""
    text = _punctuation_as_spaces(text)
    if text.isascii():  # isascii() costs nothing: no search for English
        return len(text.encode().translate(_ASCII_NON_WORD_TO_SPACE).split())
    if not UNSPACED.search(text):
        return len(WORD.findall(text))
    spaced = len(WORD.findall(_UNSPACED_RUN.sub(" ", text)))
    unspaced = sum(len(run) for run in _UNSPACED_RUN.findall(text))
    return spaced + (unspaced + 1) // 2


def unspaced(text: str) -> bool:
    """Whether ``text`` holds a character of a script written without spaces (no search in ASCII text)."""
    return not text.isascii() and UNSPACED.search(text) is not None


def terms(text: str) -> set[str]:
    """Content terms for vocabulary overlap: lowercased non-stopwords, and bigrams of unspaced runs."""
    text = _punctuation_as_spaces(text)
    if text.isascii():  # the words of three characters or more as _LONG_WORD finds them, without a search
        words = text.lower().encode().translate(_ASCII_NON_WORD_TO_SPACE).decode().split()
        return {word for word in words if len(word) >= 3 and not word.isdigit()} - STOPWORDS
    out: set[str] = set()
    if unspaced(text):
        for run in _UNSPACED_RUN.findall(text):
            out.update(run[i : i + 2] for i in range(max(1, len(run) - 1)))
        text = _UNSPACED_RUN.sub(" ", text)
    out.update(token for token in set(_LONG_WORD.findall(text.lower())) - STOPWORDS if not token.isdigit())
    return out


def ends_with_mark(text: str) -> bool:
    """Stricter than ends_sentence: a closing quote or bracket counts only after an end mark ('."', '?)')."""
    text = text.rstrip().rstrip(_CLOSERS)
    return bool(text) and text[-1] in SENTENCE_END


def ends_sentence_after_a_word(text: str) -> bool:
    """True when ``text`` ends in an end mark straight after a letter ("... 통과시켰다.", not "2026.01.24.")."""
    text = text.rstrip().rstrip(_CLOSERS)
    return len(text) >= 2 and text[-1] in SENTENCE_END and text[-2].isalpha()


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
