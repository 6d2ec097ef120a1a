"""The types every part of cleaner shares: blocks, labels, removals, metadata, results."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Block:
    """One paragraph (usually one line) of the input, with its place in the input."""

    index: int
    start: int  # offset of the first non-space character in the input
    end: int  # offset just past the last non-space character
    text: str  # the block's text, as in the input between start and end


@dataclass(frozen=True)
class Label:
    """A detector's verdict on a block, or on a span inside it.

    ``span`` is a (start, end) pair of offsets into ``block.text``; ``None`` means the
    whole block. ``found`` carries metadata the detector read from the removed text
    (``date``, ``authors``).
    """

    block: int
    kind: str
    reason: str
    detector: str
    confidence: float = 1.0
    span: tuple[int, int] | None = None
    found: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Removal:
    """A piece of the input that is not article text, and why."""

    kind: str
    text: str
    reason: str
    start: int  # offsets in the input
    end: int
    detector: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Metadata:
    """What is worth keeping from the removed pieces and the text itself."""

    date: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # title, url, site name... from other sources

    def to_dict(self) -> dict[str, Any]:
        data = {"date": self.date, "authors": list(self.authors), "language": self.language}
        data.update(self.extra)
        return data


@dataclass
class Result:
    """The outcome of cleaning one document: the text, every removal, the metadata."""

    text: str
    removals: list[Removal]
    metadata: Metadata
    chars_in: int
    chars_out: int

    def removed_kinds(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for removal in self.removals:
            counts[removal.kind] = counts.get(removal.kind, 0) + 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view: metadata, removals and sizes (the text is left to the caller)."""
        return {
            "metadata": self.metadata.to_dict(),
            "removals": [{"kind": r.kind, "text": r.text, "reason": r.reason} for r in self.removals],
            "chars_in": self.chars_in,
            "chars_out": self.chars_out,
        }
