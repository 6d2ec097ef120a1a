"""clean_text(): blocks -> detectors -> one decision -> Result."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace

from .decide import decide, what_is_left
from .detectors import DEFAULT_DETECTORS
from .document import Document
from .language import detect_language
from .model import Block, Label, Result

Detector = Callable[[Document], list[Label]]
# Passes until nothing more is found; real pages need three at most (all the benchmarks' inputs do), a page that
# nests its header again and again one more for each time. The bound keeps a page built so from costing a pass
# for each of its blocks.
MAX_PASSES = 25


def clean_text(
    text: str,
    *,
    language: str | None = None,
    detect_lang: bool = True,
    keep: Collection[str] = (),
    detectors: Sequence[Detector] = DEFAULT_DETECTORS,
    extra_labels: Iterable[Label] = (),
) -> Result:
    """Clean one article's text.

    Returns the cleaned text (paragraphs separated by a blank line, final newline), every
    removal with its kind and reason, and the metadata (date, authors, language).

    ``language`` skips detection when known; ``keep`` lists removal kinds to leave in;
    ``extra_labels`` adds labels from outside the document (a corpus-wide pass, say).
    """
    if language is None and detect_lang:
        language = detect_language(text)
    doc = Document(text, language)
    doc.add(list(extra_labels))
    _label(doc, detectors, keep)
    kept, removals, metadata = decide(doc, keep)
    metadata.language = language
    cleaned = "\n\n".join(kept) + "\n" if kept else ""
    return Result(cleaned, removals, metadata, len(text), len(cleaned))


def _label(doc: Document, detectors: Sequence[Detector], keep: Collection[str]) -> None:
    """Run the detectors, then again on what is left while they find more (up to MAX_PASSES in all).

    Taking blocks out can move the header, byline or tail zone, leave a block cut down to a piece,
    or bring together what stood apart (two runs of repeated paragraphs); a look at the rest until
    nothing more is found is what makes cleaning the cleaned text change nothing. The detectors'
    per-block results are cached across passes, so a pass that finds nothing costs little.
    """
    current, origin = doc, list(range(len(doc.blocks)))
    for _ in range(MAX_PASSES):
        before = len(current.labels)
        for detector in detectors:
            current.add(detector(current))
        new = current.labels[before:]
        if current is not doc:
            doc.add([_in_original(label, current, doc.blocks[origin[label.block]]) for label in new])
        if not new:
            return
        removed, pieces = what_is_left(doc, keep)
        current, origin = doc.without(removed, pieces)


def _in_original(label: Label, current: Document, original: Block) -> Label:
    """A label of a later pass, on the block of the original document it stands for.

    A block cut down to a piece: its spans shift, and a whole-block label removes the piece.
    """
    block = current.blocks[label.block]
    shift = block.start - original.start
    if label.span is not None:
        return replace(label, block=original.index, span=(label.span[0] + shift, label.span[1] + shift))
    if (block.start, block.end) != (original.start, original.end):
        return replace(label, block=original.index, span=(shift, shift + len(block.text)))
    return replace(label, block=original.index)
