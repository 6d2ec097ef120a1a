"""The one place that turns detectors' labels into removals, kept text and metadata."""

from __future__ import annotations

from collections.abc import Collection

from .document import Document
from .model import Label, Metadata, Removal

MIN_CONFIDENCE = 0.5


def _strongest(labels: list[Label]) -> Label | None:
    best = max(labels, key=lambda label: label.confidence, default=None)
    return best if best is not None and best.confidence >= MIN_CONFIDENCE else None


def _spans(labels: list[Label]) -> list[Label]:
    """Span labels that do not overlap, earliest (then strongest) first."""
    chosen: list[Label] = []
    for label in sorted(labels, key=lambda x: (x.span[0], -x.confidence)):  # type: ignore[index]
        if label.confidence >= MIN_CONFIDENCE and (not chosen or label.span[0] >= chosen[-1].span[1]):  # type: ignore[index]
            chosen.append(label)
    return chosen


def removed_blocks(labels: list[Label], keep: Collection[str] = ()) -> set[int]:
    """Indexes of the blocks that ``decide`` removes whole."""
    return {x.block for x in labels if x.span is None and x.confidence >= MIN_CONFIDENCE and x.kind not in keep}


def what_is_left(doc: Document, keep: Collection[str] = ()) -> tuple[set[int], dict[int, tuple[int, int]]]:
    """The blocks ``decide`` removes (whole, or piece by piece), and for a block that keeps one piece
    between its span removals, where that piece starts and ends in the block."""
    removed = removed_blocks(doc.labels, keep)
    spans: dict[int, list[Label]] = {}
    for label in doc.labels:
        if label.span is not None and label.kind not in keep and label.block not in removed:
            spans.setdefault(label.block, []).append(label)
    pieces: dict[int, tuple[int, int]] = {}
    for index, labels in spans.items():
        text, cursor, gaps = doc.blocks[index].text, 0, []
        for label in _spans(labels):
            gaps.append((cursor, label.span[0]))  # type: ignore[index]
            cursor = label.span[1]  # type: ignore[index]
        gaps.append((cursor, len(text)))
        gaps = [(start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip()))
                for start, end in gaps if (piece := text[start:end]).strip()]
        if not gaps:
            removed.add(index)
        elif len(gaps) == 1:
            pieces[index] = gaps[0]
    return removed, pieces


def decide(doc: Document, keep: Collection[str] = ()) -> tuple[list[str], list[Removal], Metadata]:
    """Apply the labels: return the kept paragraphs, the removals in document order, the metadata.

    A whole-block label beats span labels on the same block; among whole-block labels the
    most confident wins. Kinds listed in ``keep`` are never removed.
    """
    by_block: dict[int, list[Label]] = {}
    for label in doc.labels:
        if label.kind not in keep:
            by_block.setdefault(label.block, []).append(label)

    kept: list[str] = []
    removals: list[Removal] = []
    metadata = Metadata()
    for block in doc.blocks:
        labels = by_block.get(block.index)
        if labels is None:  # most blocks: kept as they are
            if rest := block.text.strip():
                kept.append(rest)
            continue
        whole = _strongest([x for x in labels if x.span is None])
        applied = [whole] if whole else _spans([x for x in labels if x.span is not None])
        pieces: list[str] = []
        cursor = 0
        for label in applied:
            start, end = label.span or (0, len(block.text))
            pieces.append(block.text[cursor:start].strip())
            removals.append(
                Removal(label.kind, block.text[start:end].strip(), label.reason,
                        block.start + start, block.start + end, label.detector)
            )
            _collect(metadata, label)
            cursor = end
        pieces.append(block.text[cursor:].strip())
        rest = " ".join(p for p in pieces if p)
        if rest:
            kept.append(rest)
    return kept, removals, metadata


def _collect(metadata: Metadata, label: Label) -> None:
    """Move what a removal carried (a date, authors, a title) into the metadata; the first of each wins."""
    for key, value in label.found.items():
        if key == "date":
            metadata.date = metadata.date or value
        elif key == "authors":
            metadata.authors.extend(a for a in value if a not in metadata.authors)
        elif value:
            metadata.extra.setdefault(key, value)
