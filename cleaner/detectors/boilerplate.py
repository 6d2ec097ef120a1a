"""Site furniture: ads, related links, newsletter and cookie prompts, share buttons, comments, copyright."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from .. import text as tx
from ..continuation import going_on
from ..cues.boilerplate import (
    ADDRESSED,
    ATTRIBUTION,
    FAMILIES,
    LISTS,
    NOT_ADDRESS,
    NOT_SENTENCES,
    PROMPT_OPENING,
    PROMPT_SHORT_WORDS,
    QUOTED_KINDS,
    READER_ADDRESS,
    READER_YOU,
    SPEAKING_KINDS,
)
from ..document import Document
from ..lazy_regex import compile_later
from ..model import Label
from ..prefilter import Prefilter, anchored, first_letters, start_of

NAME = "boilerplate"
KINDS = tuple(dict.fromkeys(kind for kind, _, _ in FAMILIES))
_MAX_WORDS = max(limit for _, limit, _ in FAMILIES)


class Family(NamedTuple):
    kind: str
    most: int  # words a matching block may have
    regex: re.Pattern[str]
    guard: str  # what a block reading as a sentence needs to be the family's (see admits)


def _guard(kind: str, pattern: str) -> str:
    return ("addressed" if pattern in ADDRESSED else "line" if pattern in NOT_SENTENCES
            else "list" if pattern in LISTS else "quoted" if kind in QUOTED_KINDS else "")


def compiled() -> list[Family]:
    """The families, their patterns compiled on first use: importing the detectors stays cheap."""
    return [_family(index) for index in range(len(FAMILIES))]


@cache  # each family when a tier first needs it, its pattern compiled when first tried on a block
def _family(index: int) -> Family:
    kind, limit, pattern = FAMILIES[index]
    return Family(kind, limit, compile_later(pattern, re.IGNORECASE), _guard(kind, pattern))


_READER_ADDRESS = compile_later(READER_ADDRESS, re.IGNORECASE)
_READER_YOU = compile_later(READER_YOU, re.IGNORECASE)
_PROMPT_OPENING = compile_later(PROMPT_OPENING, re.IGNORECASE)
_ATTRIBUTION = compile_later(ATTRIBUTION, re.IGNORECASE)
_NOT_ADDRESS = {language: compile_later(words, re.IGNORECASE) for language, words in NOT_ADDRESS.items()}
_SENTENCE_MIN_WORDS = 5
_LINE_MAX_WORDS = 5  # a longer block ending as a sentence is a sentence, not a button or a heading
_LINK_ROW = compile_later(r"[|©]")
_LIST_MIN_SEPARATORS = 2
COMMENTS_HEADING_MAX_WORDS = 3  # "Your comments", "Leserkommentare": with a count ("12 Comments") it is furniture
_DIGIT = compile_later(r"\d")


def _speaks_to_reader(text: str, words: int, language: str | None) -> bool:
    """Whether the sentence ``text`` of ``words`` words speaks to the reader as a prompt does, in the ``language``
    of the text (None: in any): naming the site or asking consent ("our site", "you agree"), or with a "you" when
    short or opening with it or a prompt's verb ("You must be logged in ...", "Get ... delivered to your inbox");
    not with a word ordinary in the language (Dutch "te", to)."""
    ordinary = _NOT_ADDRESS.get(language or "")

    def found(regex: re.Pattern[str]) -> bool:
        return any(ordinary is None or not ordinary.fullmatch(match.group().strip()) for match in regex.finditer(text))

    if found(_READER_ADDRESS):
        return True
    return found(_READER_YOU) and (words <= PROMPT_SHORT_WORDS or bool(_PROMPT_OPENING.search(text)))


def admits(family: Family, text: str, words: int, language: str | None = None) -> bool:
    """Whether ``family``, matching the block ``text`` of ``words`` words, may take it. Some families' cue words
    an article's sentence may hold too: a block reading as a sentence (ending as one) is taken by a family of
    prompts only when it speaks to the reader or is a row of links ("addressed") and is no quote ("quoted": not
    given to someone after a comma), by a family of lines (buttons, headings, contact lines) never ("line"), by a
    family of lists only when it lists ("list"); a long sentence of a family of SPEAKING_KINDS only speaking to the
    reader. In a text in ``language`` a word that is an ordinary word of it
    (Dutch "te", to) does not speak to the reader."""
    if not family.guard or not tx.ends_with_mark(text):
        return True
    if family.guard in ("addressed", "quoted") and _ATTRIBUTION.search(text):
        return False
    if family.guard == "quoted":
        return (family.kind not in SPEAKING_KINDS or words <= PROMPT_SHORT_WORDS or bool(_PROMPT_OPENING.search(text))
                or _speaks_to_reader(text, words, language))
    if family.guard == "line":
        return words <= _LINE_MAX_WORDS
    if family.guard == "list":
        return words <= _LINE_MAX_WORDS or len(tx.LIST_SEPARATOR.findall(text)) >= _LIST_MIN_SEPARATORS
    return words < _SENTENCE_MIN_WORDS or bool(_LINK_ROW.search(text)) or _speaks_to_reader(text, words, language)


class _AtStart:
    """The families anchored at a block's start ("^\\W*Advertisement\\W*$"), tried at that one place in their order.

    Only those that may go on from the block's first word character as the block does ("sha" in "Share this") are
    tried: most begin otherwise, and ``re`` would try every alternative of each (those that may begin with anything
    always are). Which they are is worked out once for each such start seen.
    """

    def __init__(self, families: list[tuple[int, Family]]) -> None:
        self.families = [(i, family, first_letters(family.regex)) for i, family in families]
        self._by_start: dict[str, list[tuple[int, Family]]] = {}

    def match(self, text: str, words: int, language: str | None, candidates: frozenset[int],
              ) -> tuple[int, re.Match[str]] | None:
        """The first family that matches and takes the block (of ``words`` words, in ``language``), by its index in
        the tier, and its match; only the ``candidates`` (the tier's prefilter) are tried."""
        at = _LEAD.match(text).end()  # type: ignore[union-attr]
        start = start_of(text, at)
        if (chosen := self._by_start.get(start)) is None:
            if len(self._by_start) > _MOST_STARTS:  # text in many scripts: stay bounded
                self._by_start.clear()
            chosen = self._by_start[start] = [(i, family) for i, family, starts in self.families
                                              if starts is None or any(start[:size] in starts
                                                                       for size in range(1, len(start) + 1))]
        for i, family in chosen:
            if i in candidates and (match := family.regex.match(text)) and admits(family, text, words, language):
                return i, match
        return None


_LEAD = compile_later(r"\W*")
_MOST_STARTS = 20000


class _Tier(NamedTuple):
    """The families a block of up to ``most`` words may be, in their order, and how to find them fast."""

    most: int
    families: list[Family]
    prefilter: Prefilter  # which families' cue words are in a block
    anchored: _AtStart | None  # the families anchored at the block's start, tried at that one place
    searched: list[int]  # the others, searched one by one where the prefilter lets them


@cache  # built on first use, each tier when a block first needs it: one short text needs one or two
def _tier(most: int) -> _Tier:
    families = [_family(index) for index, (_, limit, _) in enumerate(FAMILIES) if limit >= most]
    at_start = [i for i, family in enumerate(families) if anchored(family.regex)]
    # one that may begin with any letter ("^\\W*\\S+( \\S+)? needs your (help|support)") is tried on most blocks: it
    # is tried only where the prefilter finds one of its words
    any_start = [i for i in at_start if first_letters(families[i].regex) is None]
    return _Tier(most, families, Prefilter((family.regex for family in families), scan_anchored=any_start),
                 _AtStart([(i, families[i]) for i in at_start]) if at_start else None,
                 [i for i in range(len(families)) if i not in at_start])


# A block may be only a family whose word limit it is within: a long block is scanned for the few words
# of the families that allow it (cookie, ©), which re finds at far fewer places. The anchored families
# need no prefilter: they are tried at the block's start only, and only those that may begin as it does.
_LIMITS = sorted({limit for _, limit, _ in FAMILIES})


def furniture(text: str, words: int, language: str | None = None) -> tuple[str, str] | None:
    """The kind of site furniture a block of ``words`` words (of a text in ``language``) is, and the cue found in
    it; None for none."""
    tier = _tier(next(most for most in _LIMITS if words <= most))
    candidates = tier.prefilter.candidates(text)
    # the first anchored family that matches, in the families' order; a searched family before it goes first
    first = tier.anchored.match(text, words, language, candidates) if tier.anchored else None
    last = first[0] if first else len(tier.families)
    for i in tier.searched:
        if i > last:
            break
        family = tier.families[i]
        if i in candidates and (match := family.regex.search(text)) and admits(family, text, words, language):
            return family.kind, match.group().strip()[:40]
    return (tier.families[last].kind, first[1].group().strip()[:40]) if first else None


def detect(doc: Document) -> list[Label]:
    labels: list[Label] = []
    for block in doc.blocks:
        words = doc.word_counts[block.index]
        if words <= _MAX_WORDS and (found := doc.cached(furniture, block.text, words, doc.language)):
            kind, cue = found
            labels.append(Label(block.index, kind, f"site furniture ({kind.replace('-', ' ')}: \"{cue}\")",
                                NAME, 0.8))
    return _inside_article(doc, labels)


def _inside_article(doc: Document, labels: list[Label]) -> list[Label]:
    """The labels but those of a comments heading with no count ("Your comments") standing under a finished line of
    the article with the story going on under it: a subheading of the story (the readers' views it reports)."""
    headings = [x.block for x in labels if x.kind == "comments" and _uncounted_heading(doc, x.block)]
    if not headings:
        return labels
    labelled = doc.whole_labels() | {x.block for x in labels}
    on = going_on(doc, labelled)
    inside = {i for i in headings if on[i] and i - 1 not in labelled and tx.ends_sentence(doc.blocks[i - 1].text)}
    return [x for x in labels if x.block not in inside]


def _uncounted_heading(doc: Document, index: int) -> bool:
    return index > 0 and doc.word_counts[index] <= COMMENTS_HEADING_MAX_WORDS and not _DIGIT.search(
        doc.blocks[index].text)
