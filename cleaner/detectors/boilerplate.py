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
_MAX_WORDS = max(limit for _, limit, _ in FAMILIES)
# A block may be only a family whose word limit it is within. For each limit, the families a block of
# up to that many words may be, in their order, and their prefilter: a long block is scanned for the
# few words of the families that allow it (cookie, ©), which re finds at far fewer places.
_TIERS = [(most, families, Prefilter(regex for _, _, regex in families))
          for most in sorted({limit for _, limit, _ in FAMILIES})
          for families in [[family for family in _COMPILED if family[1] >= most]]]


def furniture(text: str, words: int) -> tuple[str, str] | None:
    """The kind of site furniture a block of ``words`` words is, and the cue found in it; None for none."""
    _, families, prefilter = next(tier for tier in _TIERS if words <= tier[0])
    candidates = prefilter.candidates(text)  # families whose cue words are in it
    for i, (kind, limit, regex) in enumerate(families):
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
