"""A document as the detectors see it: its blocks, their measures, and the labels so far."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property
from typing import Any, TypeVar

from . import text as tx
from .blocks import split_blocks
from .model import Block, Label

T = TypeVar("T")
# A block that reads as article prose: long enough and finished as a sentence.
BODY_MIN_WORDS = 15
# Korean is spaced but agglutinative: a sentence has about half the words of its English translation, so a news
# sentence of 8 to 14 words is a whole paragraph (the lead "수도권 지하철 기본요금이 다음 달부터 150원 오른다").
# So are Tamil, Telugu, Kannada and Malayalam: a Tamil news paragraph of 8 to 14 words is a whole one too.
LONG_WORDS_BODY_MIN_WORDS = 8
_LONG_WORD_LETTERS = re.compile(r"[\uac00-\ud7a3\u0b80-\u0d7f]")  # Hangul syllables; the Tamil to Malayalam blocks
_LETTER = re.compile(r"[^\W\d_]")
# A summary line under the headline reads as the first paragraph; the byline and date may stand below it.
SUMMARY_MAX_WORDS = 40
LINE_UNDER_SUMMARY_MAX_WORDS = 16
_MISSING = object()  # what Document.cached has not computed yet (a computed value may be None)


class Document:
    """Blocks of one text plus lazily computed measures; detectors add labels to it."""

    def __init__(self, text: str, language: str | None = None, blocks: list[Block] | None = None) -> None:
        self.text = text
        self.language = language
        self.blocks: list[Block] = split_blocks(text) if blocks is None else blocks
        self.labels: list[Label] = []
        self._cache: dict[tuple[Any, ...], Any] = {}  # shared with the documents of later passes

    def without(self, indexes: set[int], pieces: dict[int, tuple[int, int]] | None = None,
                ) -> tuple[Document, list[int]]:
        """The same text with those blocks taken out, re-indexed, and the blocks in ``pieces`` cut down to
        their (start, end) piece; and each new block's old index."""
        pieces = pieces or {}
        kept = [b for b in self.blocks if b.index not in indexes]
        blocks = []
        for i, b in enumerate(kept):
            start, end = pieces.get(b.index, (0, len(b.text)))
            blocks.append(Block(i, b.start + start, b.start + end, b.text[start:end]))
        rest = Document(self.text, self.language, blocks)
        rest._cache = self._cache
        for measure, function in (("word_counts", tx.word_count), ("terms", tx.terms)):  # computed once, carried
            if measure in self.__dict__:
                values = self.__dict__[measure]
                rest.__dict__[measure] = [function(new.text) if old.index in pieces else values[old.index]
                                          for new, old in zip(blocks, kept, strict=True)]
        return rest, [b.index for b in kept]

    def zones(self) -> tuple[int, int, int]:
        """Where the header zone and the byline zone end and the tail zone starts, as offsets into the text."""

        def offset(i: int) -> int:
            return self.blocks[i].start if i < len(self.blocks) else len(self.text)

        return offset(self.header_end), offset(self.byline_end), offset(self.tail_start)

    def cached(self, function: Callable[..., T], text: str, *args: Any) -> T:
        """``function(text, *args)`` for a pure function, computed once for these arguments in all passes
        over the document (a later pass sees mostly the same blocks)."""
        key = (function, text, *args)
        found = self._cache.get(key, _MISSING)  # one look-up when found, as in most calls of a later pass
        if found is _MISSING:
            found = self._cache[key] = function(text, *args)
        return found

    def add(self, labels: list[Label]) -> None:
        self.labels.extend(labels)

    @cached_property
    def word_counts(self) -> list[int]:
        return [tx.word_count(b.text) for b in self.blocks]

    @cached_property
    def terms(self) -> list[set[str]]:
        return [self.cached(tx.terms, b.text) for b in self.blocks]

    def terms_of(self, index: int) -> set[str]:
        """The terms of one block, without working out every block's (``terms``) when they are not known yet."""
        return self.terms[index] if "terms" in self.__dict__ else self.cached(tx.terms, self.blocks[index].text)

    def is_prose(self, index: int) -> bool:
        """A long block that ends as a sentence ends: the shape of an article paragraph."""
        words, text = self.word_counts[index], self.blocks[index].text
        if words < BODY_MIN_WORDS and not (words >= LONG_WORDS_BODY_MIN_WORDS and _in_long_words(text)):
            return False
        return tx.ends_sentence(text)

    @cached_property
    def header_end(self) -> int:
        """Index of the first prose block (the number of blocks when there is none)."""
        return next((i for i in range(len(self.blocks)) if self.is_prose(i)), len(self.blocks))

    @cached_property
    def tail_start(self) -> int:
        """Index just past the last prose block: blocks from here on form the tail zone."""
        for i in reversed(range(len(self.blocks))):
            if self.is_prose(i):
                return i + 1
        return 0

    def in_header(self, index: int) -> bool:
        """True for the first prose block and the blocks before it: the header zone."""
        return index <= self.header_end

    @cached_property
    def byline_end(self) -> int:
        """Index of the last block where a byline or date line may stand: the header zone's last block, and
        when that block is short enough to be a summary line, the short lines right under it."""
        end = self.header_end
        if end < len(self.blocks) and self.word_counts[end] <= SUMMARY_MAX_WORDS:
            while end + 1 < len(self.blocks) and self.word_counts[end + 1] <= LINE_UNDER_SUMMARY_MAX_WORDS:
                end += 1
        return end

    def whole_labels(self) -> set[int]:
        """Indexes of blocks some detector has labelled whole."""
        return {label.block for label in self.labels if label.span is None}


def _in_long_words(text: str) -> bool:
    """Most of the letters of ``text`` are of a language of long words: Korean, or Dravidian letters and signs."""
    return not text.isascii() and 2 * len(_LONG_WORD_LETTERS.findall(text)) > len(_LETTER.findall(text))
