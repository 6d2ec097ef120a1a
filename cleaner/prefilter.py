"""Cheap literal prefilters for the detectors' case-insensitive patterns.

Python's ``re`` tries a case-insensitive alternation of cue words at every position of a
block, which costs far more than the rest of cleaning. Most cue patterns need one of a few
literal words ("newsletter", "cookie", a credit word): ``required(pattern)`` reads them from
the parsed pattern. ``Prefilter(patterns).candidates(text)`` looks for a telling part of each
of those words in a case-folded copy of the text with case-sensitive searches, which ``re``
runs as fast scans, and returns the patterns that may match. The others cannot match and need
not be run; the candidates run as before, so results never change. Patterns without such words
(``\\d+``, or anchored at the start and so tried at one place only) are always candidates.

Case folding follows ``re.IGNORECASE``: a character and a cue letter match when their simple
lowercase forms are equal or are listed as equivalent by ``re`` (ı and i, ſ and s, ς and σ).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import cache, cached_property
from typing import NamedTuple

try:  # Python 3.11 and later
    from re import _constants as _sre
    from re import _parser as _sre_parse
    from re._casefix import _EXTRA_CASES
except ImportError:  # Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]
    from sre_compile import _ignorecase_fixes as _EXTRA_CASES  # type: ignore[no-redef]


def _representative(code: int, others: tuple[int, ...]) -> int:
    """The member of a class of equivalent lowercase letters that the others fold to: i for ı, s for ſ, σ for ς."""
    usual = chr(code).upper().lower()
    return ord(usual) if len(usual) == 1 and ord(usual) in (code, *others) else min(code, *others)


# The unusual members of the classes re.IGNORECASE adds to simple lowercasing, mapped to the usual one.
_CANONICAL = {code: rep for code, others in _EXTRA_CASES.items() if (rep := _representative(code, others)) != code}
# Space and the letters most frequent in text in Latin script, in rising frequency (any other character is rarer).
_COMMON = "bywgpfmucdlhrsnioate "
_UNUSUAL = re.compile(f"[{''.join(re.escape(chr(c)) for c in _CANONICAL)}]")


def fold(text: str) -> str:
    """``text`` case-folded as re.IGNORECASE compares characters (İ lowercases to i there)."""
    if text.isascii():  # no İ and no unusual letter: nothing to search for
        return text.lower()
    folded = text.replace("İ", "i").lower()
    return folded.translate(_CANONICAL) if _UNUSUAL.search(folded) else folded


_START_SIZE = 3  # characters of a match's start that first_letters gives and start_of reads


class Reading(NamedTuple):
    """What the fast paths need to know of a pattern, read from its parse once (see the functions of the same names)."""

    required: frozenset[str] | None
    needed: frozenset[str] | None
    anchored: bool
    first_letters: frozenset[str] | None
    most_solid: int | None


@cache  # the detectors' tiers share patterns: each is read once, and only the reading is kept, not the parse
def reading(pattern: str, flags: int = 0) -> Reading:
    """``pattern`` (with ``flags``) read from re's parse of it."""
    parsed = _sre_parse.parse(pattern, flags)
    at_start = _at_start(parsed)
    found = _required(parsed)
    needed = frozenset(fold(word) for word in found) if found else None
    starts = {start for start, _ in _starts(list(parsed)[1:], _START_SIZE, True)} if at_start else {""}
    return Reading(
        required=None if at_start else needed,
        needed=needed,
        anchored=at_start,
        first_letters=None if "" in starts else frozenset(starts),
        most_solid=_most_solid(parsed) if list(parsed[-1:]) == [(_sre.AT, _sre.AT_END)] else None,
    )


def required(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Folded literal words one of which every match of ``pattern`` contains, or None when it has none.

    A pattern anchored at the start (``^...``) is tried at one place only: it needs no prefilter, gets None.
    """
    return reading(pattern, flags).required


def needed(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """``required(pattern)``, for a pattern anchored at the start too."""
    return reading(pattern, flags).needed


def anchored(pattern: re.Pattern[str]) -> bool:
    """True when every match of ``pattern`` starts at the start of the text (``^...``): it is tried at one place."""
    return reading(pattern.pattern, pattern.flags).anchored


def _at_start(parsed: Iterable[tuple[object, object]]) -> bool:
    return list(parsed)[:1] == [(_sre.AT, _sre.AT_BEGINNING)]


def _required(items: Iterable[tuple[object, object]]) -> set[str] | None:
    """The best set of literals one of which a match of this sequence must contain."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))  # type: ignore[arg-type]
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        if op is _sre.SUBPATTERN:
            inner = _required(av[-1])  # type: ignore[index]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:  # type: ignore[index]
            inner = _required(av[2])  # type: ignore[index]
        elif op is _sre.BRANCH:
            branches = [_required(branch) for branch in av[1]]  # type: ignore[index]
            inner = set().union(*branches) if all(branches) else None  # type: ignore[arg-type]
        else:
            inner = None
        if inner:
            candidates.append(inner)
    if run:
        candidates.append({"".join(run)})
    # the most telling set: words of three characters or more, then of five or more, spaces not counted (a short
    # word such as " to ", " a " or " your " is in most lines: it would open the pattern, and stop the scan, almost
    # everywhere), then the fewest words, then the longest
    return max(candidates, key=lambda words: (min(map(_solid, words)) >= 3, min(map(_solid, words)) >= 5, -len(words),
                                              min(map(_solid, words))), default=None)


def _solid(word: str) -> int:
    """A word's length without its spaces: a space, the most common character, tells little."""
    return len(word) - word.count(" ")


def trie(words: Iterable[str], space: str | None = None) -> str:
    """One alternation of ``words`` that re scans fast and that matches the longest word starting at a place;
    a space in a word becomes ``space`` when given (a run of spaces, say).

    Written as a trie ("mar(?:ch|zo|s)?"): at each place re tries the few branches for the letter it finds, not
    every word of a long list, which a case-insensitive alternation would (it skips no word by its first letter).
    """
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def piece(ch: str) -> str:
        return space if space is not None and ch == " " else re.escape(ch)

    def build(node: dict[str, dict]) -> str:
        alternatives = [piece(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        group = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{group})?" if "" in node else group  # a longer word first, else the word that ends here

    return build(root)


def _telling_part(word: str, size: int = 8, least: int = 4) -> str:
    """The part of ``word`` (up to ``size`` characters, ``least`` or more) that starts at its least common
    letter: re's scan stops at fewer places, and a long part is found in fewer lines ("your" is in many,
    "your inb" in few), which saves searching for patterns that cannot match."""
    start = min(range(max(1, len(word) - least + 1)), key=lambda i: _COMMON.find(word[i]))
    return word[start : start + size]


class Prefilter:
    """Which of several patterns may match a text, from a scan for the literal words they need.

    The scan is built on first use, so that importing a detector (``cleaner --help``) stays cheap. It is two
    searches, one for the words beginning with a common letter and one for the others: at each place whose letter
    may begin a word re tries the trie's first letters one by one, and in text in Latin script a third of the
    places or more begin with a common letter; a short list of them there saves more than a second pass costs.
    """

    def __init__(self, patterns: Iterable[re.Pattern[str]], scan_anchored: Collection[int] = ()) -> None:
        """``scan_anchored``: indexes of patterns anchored at the start whose words are scanned for too (they are
        candidates only where found); the others anchored so are always candidates."""
        self.patterns = list(patterns)
        self.scan_anchored = frozenset(scan_anchored)

    @cached_property
    def _scan(self) -> tuple[list[re.Pattern[str]], frozenset[int], dict[str, frozenset[int]]]:
        """The searches for the needed words, the patterns that need none, and which patterns each word found opens.
        """
        needs = [(needed if i in self.scan_anchored else required)(pattern.pattern, pattern.flags)
                 for i, pattern in enumerate(self.patterns)]
        needs = [need and {_telling_part(word) for word in need} for need in needs]
        words = set().union(*(need for need in needs if need))
        always = frozenset(i for i, need in enumerate(needs) if need is None)
        # the longest word found at a place stands for every needed word it starts with: those are its prefixes
        by_word: dict[str, set[int]] = {}
        for i, need in enumerate(needs):
            for word in need or ():
                by_word.setdefault(word, set()).add(i)
        opens = {word: frozenset().union(*(by_word.get(word[:size], ()) for size in range(1, len(word) + 1)))
                 for word in words}
        # the words a place may begin share its letter, and so a search: it finds the longest there, as one would
        groups = ([word for word in words if word[0] in _COMMON], [word for word in words if word[0] not in _COMMON])
        return [re.compile(trie(group)) for group in groups if group], always, opens

    def candidates(self, text: str) -> frozenset[int]:
        """Indexes of the patterns that may match ``text``; the others cannot."""
        scans, found, opens = self._scan
        if not scans:
            return found
        folded = fold(text)
        for scan in scans:
            start = 0
            while match := scan.search(folded, start):
                found = found | opens[match.group()]
                start = match.start() + 1
        return found


def first_letters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """How a text ``pattern`` matches at its start (``^\\W*(share|like)``) goes on from its first word character:
    folded strings of up to three characters ({"sha", "lik"}), one of which starts it there (as ``start_of`` gives
    it); a shorter one may go on with anything. None when any text may do (``^\\S+``, ``^\\w+``), or when the
    pattern is not anchored at the start.

    The characters before the first word character are not word characters, and so are what the pattern's leading
    non-word parts (``\\W*``, spaces, punctuation) take: ``^\\W*[(]?share`` gives {"sha"} too.
    """
    return reading(pattern.pattern, pattern.flags).first_letters


# A start of a match: the folded characters taken from the first word character on, and whether the match may go
# on with the next part of the pattern (True), or with anything (False: the start is cut or the part unknown).
_Start = tuple[str, bool]
_ANY: set[_Start] = {("", False)}


def _starts(items: Iterable[tuple[object, object]], size: int, first: bool) -> set[_Start]:
    """The starts of a match of this sequence (see ``first_letters``); ``first``: the sequence may come before the
    match's first word character, where what takes only non-word characters is skipped."""
    starts: set[_Start] = {("", True)}
    for op, av in items:
        if all(len(start) >= size or not more for start, more in starts):
            break
        grown: set[_Start] = set()
        for start, more in starts:
            if len(start) >= size or not more:
                grown.add((start[:size], False))
                continue
            skip = first and not start
            for piece, goes_on in _part(op, av, size, skip):
                if piece == _NON_WORD or (skip and piece and piece[0] != DIGIT and not _WORD.match(piece[0])):
                    grown.add(("", True) if skip else (start, False))
                    continue
                joined = start + piece
                grown.add((joined[:size], goes_on and len(joined) < size))
        starts = grown
    return starts


def _part(op: object, av: object, size: int, first: bool) -> set[_Start]:
    """The starts of one part of a pattern."""
    if op is _sre.LITERAL:
        return {(_folded(chr(av)), True)}  # type: ignore[arg-type]
    if op is _sre.IN:
        members = _members(av)  # type: ignore[arg-type]
        return _ANY if members is None else {(ch, True) for ch in members}
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {("", True)}  # takes no character
    if op is _sre.SUBPATTERN:
        return _starts(av[-1], size, first)  # type: ignore[index]
    if op is _sre.BRANCH:
        return set().union(*(_starts(branch, size, first) for branch in av[1]))  # type: ignore[index]
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, high, body = av  # type: ignore[misc]
        once = _starts(body, size, first)
        if high != 1:  # what a second round adds is not followed: after a first round's characters, anything
            once = {(start, more and not start) for start, more in once}
        return once | ({("", True)} if low == 0 else set())
    return _ANY


_WORD = re.compile(r"\w")
DIGIT = "\1"  # stands for any digit (what \\d matches: Unicode's decimal digits) in a start: see ``start_of``
_NON_WORD = "\0"  # stands for the non-word characters of a class (\\s, \\W): skipped before the first word character
_NON_WORD_CLASSES = {_sre.CATEGORY_SPACE, _sre.CATEGORY_NOT_WORD}


def start_of(text: str, at: int, size: int = _START_SIZE) -> str:
    """The start of ``text`` from ``at`` as ``first_letters`` gives starts: folded, a digit as ``DIGIT``."""
    start = fold(text[at : at + size])
    return "".join(DIGIT if ch.isdecimal() else ch for ch in start) if any(map(str.isdecimal, start)) else start


def _folded(ch: str) -> str:
    return DIGIT if ch.isdecimal() else fold(ch)


def _members(items: list[tuple[object, object]]) -> set[str] | None:
    """The folded characters of a character class made of literals, short ranges, digits (``DIGIT``) and spaces
    or other non-word characters (``\\s``, ``\\W``: ``_NON_WORD``); None for any other class."""
    members: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            members.add(_folded(chr(av)))  # type: ignore[arg-type]
        elif op is _sre.RANGE and av[1] - av[0] < 256:  # type: ignore[index,operator]
            members.update(map(_folded, map(chr, range(av[0], av[1] + 1))))  # type: ignore[index,operator]
        elif (op, av) == (_sre.CATEGORY, _sre.CATEGORY_DIGIT):
            members.add(DIGIT)
        elif op is _sre.CATEGORY and av in _NON_WORD_CLASSES:
            members.add(_NON_WORD)
        else:
            return None
    return members


def most_solid(pattern: re.Pattern[str]) -> int | None:
    """Most non-space characters a match of ``pattern`` holds when it must end at the text's end (``...$``).

    None when there is no bound or the pattern is not anchored at the end.
    """
    return reading(pattern.pattern, pattern.flags).most_solid


def tail_start(text: str, most: int | None) -> int:
    """A place before which no match holding at most ``most`` non-space characters and ending the text starts.

    ``pattern.search(text, tail_start(text, most_solid(pattern)))`` finds what ``pattern.search(text)`` finds.
    """
    if most is None or len(text) <= most + 1:
        return 0
    size = most + 1  # grow the tail until it holds one non-space character more than a match can
    solid = sum(map(len, text[-size:].split()))  # its non-space characters
    while size < len(text) and solid <= most:
        grow = most + 1 - solid  # at least this many characters more: count only those
        solid += sum(map(len, text[-size - grow : -size].split()))
        size += grow
    return max(0, len(text) - size)


def _most_solid(items: Iterable[tuple[object, object]]) -> int | None:
    """Most non-space characters a match of this sequence holds, or None when there is no bound."""
    total = 0
    for op, av in items:
        if op is _sre.LITERAL:
            width: int | None = 0 if chr(av).isspace() else 1  # type: ignore[arg-type]
        elif op is _sre.IN:
            width = 0 if av == [(_sre.CATEGORY, _sre.CATEGORY_SPACE)] else 1
        elif op in (_sre.NOT_LITERAL, _sre.ANY):
            width = 1
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            width = 0
        elif op is _sre.SUBPATTERN:
            width = _most_solid(av[-1])  # type: ignore[index]
        elif op is _sre.BRANCH:
            widths = [_most_solid(branch) for branch in av[1]]  # type: ignore[index]
            width = None if None in widths else max(widths)  # type: ignore[type-var]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            low, high, body = av  # type: ignore[misc]
            inner = _most_solid(body)
            width = None if inner is None else 0 if inner == 0 else None if high == _sre.MAXREPEAT else high * inner
        else:
            width = None
        if width is None:
            return None
        total += width
    return total
