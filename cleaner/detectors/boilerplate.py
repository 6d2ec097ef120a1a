"""Site furniture: ads, related links, newsletter and cookie prompts, share buttons, comments, copyright."""

from __future__ import annotations

import re

from ..cues.boilerplate import FAMILIES
from ..document import Document
from ..model import Label
from ..prefilter import Prefilter

NAME = "boilerplate"
KINDS = tuple(kind for kind, _, _ in FAMILIES)
_COMPILED = [(kind, limit, re.compile(pattern, re.IGNORECASE)) for kind, limit, pattern in FAMILIES]
_PREFILTER = Prefilter(regex for _, _, regex in _COMPILED)
_MAX_WORDS = max(limit for _, limit, _ in FAMILIES)


def furniture(text: str, words: int) -> tuple[str, str] | None:
    """The kind of site furniture a block of ``words`` words is, and the cue found in it; None for none."""
    candidates = _PREFILTER.candidates(text)  # families whose cue words are in it
    for i, (kind, limit, regex) in enumerate(_COMPILED):
        if words <= limit and i in candidates and (match := regex.search(text)):
            return kind, match.group().strip()[:40]
    return None


def detect(doc: Document) -> list[Label]:
    labels: list[Label] = []
    for block in doc.blocks:
        words = doc.word_counts[block.index]
        if words <= _MAX_WORDS and (found := doc.cached(furniture, block.text, words)):
            kind, cue = found
            labels.append(Label(block.index, kind, f"site furniture ({kind.replace('-', ' ')}: \"{cue}\")",
                                NAME, 0.8))
    return labels
