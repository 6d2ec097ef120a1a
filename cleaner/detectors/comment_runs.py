"""Readers' comments with no heading over them, known by the lines every comment of a thread repeats.

A comment platform prints the same lines around each comment's text: the commenter's name, a time, a
header ("Jane says:"), a line of buttons ("Reply", "Like · Reply · 3h", "Antworten Melden"). Where a
comment's header or buttons come back three times or more after the article's prose, with a few blocks
of text between them each time, the blocks from the first comment to the last are comments. The first
comment starts at its header, or as many blocks over its first lines as the next comment has over the same
lines when they are shaped alike (a name's short line over the text comes with it; the article's last
paragraph, where the first comment has no name, stays). A time alone never makes a run (a live report's
entries each have one), nor do lines the article goes on after (the prose after the run must be shorter than
the article's before it) or introduces ("Here is how residents reacted online:" over posts it quotes).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import patterns as pt
from ..cues.boilerplate import COMMENT_SAYS
from ..cues.comments import ACTION_LINE, REPLY, REPORT
from ..document import Document
from ..lazy_regex import compile_later
from ..model import Label
from ..prefilter import Prefilter
from .dates import find_date, is_stamp

NAME = "comment_runs"
KINDS = ("comments",)
RUN_MIN = 3  # comments' headers or lines of buttons in a run
MAX_BETWEEN = 8  # blocks between two of them: one comment's name, time and paragraphs
LINE_MAX_WORDS = 12
SHORT_WORDS = 5
_ACTION = compile_later(ACTION_LINE, re.IGNORECASE)
# whether a line holds a word to reply or report, which a line of buttons must: its lookahead looks for one at each
# of the line's places, a prefilter's scan far faster
_REPLY_OR_REPORT = Prefilter([compile_later(rf"(?:{REPLY}|{REPORT})", re.IGNORECASE)])
_SAYS = compile_later(COMMENT_SAYS, re.IGNORECASE)


def _line(text: str) -> str:
    """What line of a comment's frame ``text`` is: "buttons", "header" ("stamped" with its date), "time", or ""."""
    if _REPLY_OR_REPORT.candidates(text) and _ACTION.match(text):
        return "buttons"
    if _SAYS.match(text):
        return "stamped" if find_date(text) else "header"
    if (len(text) <= 40 and pt.BARE_STAMP.match(text)) or ((found := find_date(text)) and found[1] and is_stamp(text)):
        return "time"
    return ""


class _Group(NamedTuple):
    """Consecutive lines of a comment's frame: where they start and end, and what lines they are."""

    start: int
    end: int
    lines: tuple[str, ...]

    @property
    def counts(self) -> bool:
        """Lines of one comment's own: its buttons, or its header with the time beside or under it ("The mayor
        said:" alone heads a quote); not a time alone."""
        return "buttons" in self.lines or "stamped" in self.lines or ("header" in self.lines and "time" in self.lines)


def _groups(doc: Document) -> list[_Group]:
    groups: list[_Group] = []
    for i in range(doc.header_end + 1, len(doc.blocks)):
        line = doc.cached(_line, doc.blocks[i].text) if doc.word_counts[i] <= LINE_MAX_WORDS else ""
        if not line:
            continue
        if groups and groups[-1].end == i - 1:
            groups[-1] = _Group(groups[-1].start, i, (*groups[-1].lines, line))
        else:
            groups.append(_Group(i, i, (line,)))
    return groups


def _runs(groups: list[_Group]) -> list[list[_Group]]:
    """Groups a few blocks apart, split where they stand further apart."""
    runs: list[list[_Group]] = []
    for group in groups:
        if runs and group.start - runs[-1][-1].end - 1 <= MAX_BETWEEN:
            runs[-1].append(group)
        else:
            runs.append([group])
    return [run for run in runs if sum(group.counts for group in run) >= RUN_MIN]


def _short(doc: Document, i: int) -> bool:
    """A name's line: a few words."""
    return doc.word_counts[i] <= SHORT_WORDS


def _over_first(doc: Document, run: list[_Group]) -> int:
    """How many blocks the first comment has over its first lines: as many as the next comment has over the same
    lines, when they are shaped as its blocks, line for line from the bottom (a name's short line over the text;
    the article's last paragraph, where the first comment has no name, is no name)."""
    later = next((j for j in range(1, len(run)) if run[j].lines == run[0].lines), None)
    if later is None:
        return 0
    above = range(run[later - 1].end + 1, run[later].start)
    steps = 0
    while steps < len(above) and run[0].start - steps - 1 > doc.header_end and \
            _short(doc, run[0].start - steps - 1) == _short(doc, above[-steps - 1]):
        steps += 1
    return steps


def _prose_words(doc: Document, indexes: range) -> int:
    return sum(doc.word_counts[i] for i in indexes if doc.is_prose(i))


def detect(doc: Document) -> list[Label]:
    runs = _runs(_groups(doc))
    if not runs:
        return []
    run = runs[0]
    first, last = run[0], run[-1]
    if headers := [i for i, line in enumerate(first.lines) if line in ("header", "stamped")]:  # "Jane says:" opens it
        start = first.start + headers[0]
    else:
        start = first.start - _over_first(doc, run)
    below = min(b.start - a.end - 1 for a, b in zip(run, run[1:], strict=False))  # a comment's text under its lines
    end = last.end if last.lines[-1] == "buttons" else min(last.end + below, len(doc.blocks) - 1)
    before = _prose_words(doc, range(start))
    if start <= doc.header_end or _prose_words(doc, range(end + 1, len(doc.blocks))) >= before or \
            pt.OPENS_LIST.search(doc.blocks[start - 1].text):  # "Here is how residents reacted:", its quotes
        return []
    labelled = doc.whole_labels()
    reason = f"a reader's comment (a thread of {len(run)} under \"{doc.blocks[first.start].text[:30]}\")"
    return [Label(i, "comments", reason, NAME, 0.7) for i in range(start, end + 1) if i not in labelled]
