"""A document as the detectors see it: its blocks, their measures, and the labels so far."""

from __future__ import annotations

from functools import cached_property

from . import text as tx
from .blocks import split_blocks
from .model import Block, Label

# A block that reads as article prose: long enough and finished as a sentence.
BODY_MIN_WORDS = 15
HEADER_ZONE_MAX = 8


class Document:
    """Blocks of one text plus lazily computed measures; detectors add labels to it."""

    def __init__(self, text: str, language: str | None = None) -> None:
        self.text = text
        self.language = language
        self.blocks: list[Block] = split_blocks(text)
        self.labels: list[Label] = []

    def add(self, labels: list[Label]) -> None:
        self.labels.extend(labels)

    @cached_property
    def word_counts(self) -> list[int]:
        return [tx.word_count(b.text) for b in self.blocks]

    @cached_property
    def terms(self) -> list[set[str]]:
        return [tx.terms(b.text) for b in self.blocks]

    def is_prose(self, index: int) -> bool:
        """A long block that ends as a sentence ends: the shape of an article paragraph."""
        return self.word_counts[index] >= BODY_MIN_WORDS and tx.ends_sentence(self.blocks[index].text)

    @cached_property
    def header_end(self) -> int:
        """Index of the first prose block: blocks before it form the header zone."""
        for i in range(min(len(self.blocks), HEADER_ZONE_MAX)):
            if self.is_prose(i):
                return i
        return min(len(self.blocks), HEADER_ZONE_MAX)

    @cached_property
    def tail_start(self) -> int:
        """Index just past the last prose block: blocks from here on form the tail zone."""
        for i in reversed(range(len(self.blocks))):
            if self.is_prose(i):
                return i + 1
        return 0

    def in_header(self, index: int) -> bool:
        """True for blocks before the first prose block, and for that block when it comes early."""
        return index <= self.header_end and index < HEADER_ZONE_MAX

    def whole_labels(self) -> set[int]:
        """Indexes of blocks some detector has labelled whole."""
        return {label.block for label in self.labels if label.span is None}
