"""Site furniture: ads, related links, newsletter and cookie prompts, share buttons, comments, copyright."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..cues.boilerplate import FAMILIES
from ..document import Document
from ..model import Label
from ..prefilter import Prefilter, anchored

NAME = "boilerplate"
KINDS = tuple(kind for kind, _, _ in FAMILIES)
_COMPILED = [(kind, limit, re.compile(pattern, re.IGNORECASE)) for kind, limit, pattern in FAMILIES]
_MAX_WORDS = max(limit for _, limit, _ in FAMILIES)


class _Tier(NamedTuple):
    """The families a block of up to ``most`` words may be, in their order, and how to find them fast."""

    most: int
    families: list[tuple[str, int, re.Pattern[str]]]
    prefilter: Prefilter  # which families' cue words are in a block
    anchored: re.Pattern[str] | None  # the families anchored at the block's start ("^\W*Advertisement\W*$"), in one
    searched: list[int]  # the others, searched one by one where the prefilter lets them


def _tier(most: int) -> _Tier:
    families = [family for family in _COMPILED if family[1] >= most]
    at_start = [i for i, (_, _, regex) in enumerate(families) if anchored(regex)]
    together = "|".join(f"(?P<f{i}>{families[i][2].pattern})" for i in at_start)
    return _Tier(most, families, Prefilter(regex for _, _, regex in families),
                 re.compile(together, re.IGNORECASE) if together else None,
                 [i for i in range(len(families)) if i not in at_start])


# A block may be only a family whose word limit it is within: a long block is scanned for the few words
# of the families that allow it (cookie, ©), which re finds at far fewer places. The anchored families
# need no prefilter, but one call each on every short block adds up: they are tried together, in one match.
@cache
def _tiers() -> list[_Tier]:
    """Built on first use, so that importing the detectors (``cleaner --help``) stays cheap."""
    return [_tier(most) for most in sorted({limit for _, limit, _ in FAMILIES})]


def furniture(text: str, words: int) -> tuple[str, str] | None:
    """The kind of site furniture a block of ``words`` words is, and the cue found in it; None for none."""
    tier = next(tier for tier in _tiers() if words <= tier.most)
    # the first anchored family that matches, in the families' order; a searched family before it goes first
    first = tier.anchored.match(text) if tier.anchored else None
    last = int(first.lastgroup[1:]) if first else len(tier.families)  # type: ignore[index]
    candidates = tier.prefilter.candidates(text)
    for i in tier.searched:
        if i > last:
            break
        kind, _, regex = tier.families[i]
        if i in candidates and (match := regex.search(text)):
            return kind, match.group().strip()[:40]
    return (tier.families[last][0], first.group().strip()[:40]) if first else None


def detect(doc: Document) -> list[Label]:
    labels: list[Label] = []
    for block in doc.blocks:
        words = doc.word_counts[block.index]
        if words <= _MAX_WORDS and (found := doc.cached(furniture, block.text, words)):
            kind, cue = found
            labels.append(Label(block.index, kind, f"site furniture ({kind.replace('-', ' ')}: \"{cue}\")",
                                NAME, 0.8))
    return labels
