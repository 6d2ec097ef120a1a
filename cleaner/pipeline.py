"""clean_text(): blocks -> detectors -> one decision -> Result."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence

from .decide import decide
from .detectors import DEFAULT_DETECTORS
from .document import Document
from .language import detect_language
from .model import Label, Result

Detector = Callable[[Document], list[Label]]


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
    for detector in detectors:
        doc.add(detector(doc))
    doc.add(list(extra_labels))
    kept, removals, metadata = decide(doc, keep)
    metadata.language = language
    cleaned = "\n\n".join(kept) + "\n" if kept else ""
    return Result(cleaned, removals, metadata, len(text), len(cleaned))
