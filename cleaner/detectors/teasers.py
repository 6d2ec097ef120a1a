"""Teasers: blurbs of other stories at the end of the page, cut off mid-sentence.

Walking back from the last block over long blocks, a block is another story's teaser when
it stops mid-sentence (whatever it opens with, a kicker such as "GIVE AND TAKE:" included), or
trails off ("...") after a longer article (a paywall cuts the article's own paragraph so), and
shares less than half its content terms with the article before it (a block with several web
addresses is a list of links, the article's own, not a blurb). One finished block
as foreign between teasers (or after the last one) goes with them; two in a row are the
article's own ending, and the walk stops there, as it does at the first short block, unless
that block is a headline standing between two teasers. The line over the first teaser may be the
article's last line: it goes only when its words are more the blurb's than the article's (a
headline names its story). Short blocks cut off mid-sentence last on the page go with a teaser
above them; alone they may be the article's, unless several stand in a row (teaser_runs). When the walk finds no
teaser, finished first paragraphs of other stories that end the page and share almost none of the article's words
go (foreign_ledes).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from .. import text as tx
from ..document import Document
from ..lazy_regex import compile_later
from ..model import Label
from ..patterns import WEB_ADDRESS
from .foreign_ledes import foreign_ledes
from .teaser_runs import lede_run, pair_run, short_run, trailing_run

NAME = "teasers"
KINDS = ("teaser",)
TEASER_MIN_WORDS = 20
MAX_OVERLAP = 0.5  # a cut-off blurb sharing less than this with the article is another story
MIN_ARTICLE_TERMS = 30  # with less article before it, a cut-off block is the article's own truncated end
TRAILING_MIN_ARTICLE_TERMS = 60  # a block trailing off ("...") may be a paywall's cut: ask for more article
# Endings that are not a cut: a link, a handle or hashtag, an identifier (found from the telling character
# on, not from every start of a long run without spaces: the same blocks, in linear time) ...
_LINK_END = compile_later(r"(?:[/@#_]\S*|(?<=\S)\.\w{2,})\W*$")
# ... or an agency's all-caps sign-off after the last sentence ("... the US. PTI").
_SIGN_OFF = compile_later(r"(?:[.!?]|\s[—–-])\s*(?P<word>[^\W\d_]{2,})\W*$")
_TRAILING_DOTS = compile_later(r"(?:…|\.\.\.)\W{0,3}$")
# A blurb's headline or kicker ("HIGH STAKES:"): a short line not ending in a full stop.
TITLE_MAX_WORDS = 20
HEADLINE_MIN_SHARE = 0.3  # of a headline's words that its blurb holds
SHORT_REASON = "a short blurb of another story at the end of the page, cut off mid-sentence, under another's"
_FULL_STOP = compile_later(r"[.。]\W*$")


def is_cut(text: str) -> bool:
    """True when the block stops mid-sentence (not on a link, handle or all-caps sign-off; a block in a script
    that writes no mark at a sentence's end, Thai or Lao, may be finished wherever it stops)."""
    if tx.ends_with_mark(text) or _LINK_END.search(text) or tx.ENDS_UNMARKED.search(text):
        return False
    sign_off = _SIGN_OFF.search(text)
    return not (sign_off and sign_off.group("word").isupper())


def _trails_off(text: str) -> bool:
    return _TRAILING_DOTS.search(text) is not None


def is_unfinished(text: str) -> bool:
    """Cut off mid-sentence, or trailing off ("..."): how a blurb of another story ends."""
    return is_cut(text) or _trails_off(text)


def _reason(share: float, cut: bool) -> str:
    shape = "cut off mid-sentence" if cut else "between teasers"
    return f"a blurb of another story at the end of the page, {shape}, sharing {share:.0%} of its words"


def detect(doc: Document) -> list[Label]:
    labelled = doc.whole_labels()
    # a run of summaries some trailing off first: the short run would take its last ones and leave the others
    run = (trailing_run(doc, labelled) or short_run(doc, labelled, is_unfinished, is_cut)
           or lede_run(doc, labelled) or pair_run(doc, labelled))
    if run:
        return run
    if not any(doc.cached(is_cut, doc.blocks[i].text) or _trails_off(doc.blocks[i].text) for i in _walk(doc, labelled)):
        return foreign_ledes(doc, labelled, is_unfinished)  # the walk finds nothing without a teaser cut off
    body: Counter[str] = Counter()
    for terms in (terms for i, terms in enumerate(doc.terms) if i not in labelled):
        body.update(terms)
    distinct = len(body)  # terms of the article before the current block
    labels: list[Label] = []
    pending: list[tuple[int, float]] = []  # finished blocks after the last teaser found so far
    trailing: list[int] = []  # short blocks cut off mid-sentence at the page's end, under any teaser found so far
    below_is_teaser = False  # the block under this one is a teaser cut off mid-sentence
    title: int | None = None  # a headline between that teaser and the block above, if that is a teaser too
    topmost: int | None = None  # the topmost teaser found so far
    for index in reversed(range(len(doc.blocks))):
        if index in labelled:
            continue
        terms = doc.terms[index]
        body.subtract(terms)  # leaves what comes before this block
        distinct -= sum(1 for term in terms if body[term] == 0)
        if below_is_teaser and _is_title(doc, index):
            below_is_teaser, title = False, index
            continue
        below_is_teaser = False
        text = doc.blocks[index].text
        if doc.word_counts[index] < TEASER_MIN_WORDS and not (labels or pending or title is not None) and (
                doc.cached(is_cut, text)):
            trailing.append(index)  # a short blurb last on the page: another story's if a teaser stands above it
            continue
        if doc.word_counts[index] < TEASER_MIN_WORDS or not terms or distinct < MIN_ARTICLE_TERMS:
            break
        share = sum(1 for term in terms if body[term] > 0) / len(terms)
        cut = doc.cached(is_cut, text) or (distinct >= TRAILING_MIN_ARTICLE_TERMS and _trails_off(text))
        if cut and share < MAX_OVERLAP and len(WEB_ADDRESS.findall(text)) < 2:
            labels.append(Label(index, "teaser", _reason(share, True), NAME, 0.8))
            labels.extend(Label(i, "teaser", _reason(s, False), NAME, 0.7) for i, s in pending)
            labels.extend(Label(i, "teaser", SHORT_REASON, NAME, 0.7) for i in trailing)
            if title is not None:
                labels.append(Label(title, "teaser", "the headline between two blurbs of other stories", NAME, 0.7))
            pending, trailing, title, below_is_teaser, topmost = [], [], None, True, index
        elif pending or title is not None or share >= MAX_OVERLAP:
            break
        else:
            pending.append((index, share))
    if title is not None and topmost is not None and _heads(doc, title, topmost, labelled):
        labels.append(Label(title, "teaser", "the headline of the first blurb of another story", NAME, 0.6))
    return labels or foreign_ledes(doc, labelled, is_unfinished)


def _heads(doc: Document, title: int, blurb: int, labelled: set[int]) -> bool:
    """Whether the line ``title`` over the topmost teaser is that blurb's headline, not the article's last line:
    its words are the blurb's more than the article's (a headline names its story's people and things)."""
    words = doc.terms[title]
    if not words:
        return False
    article: set[str] = set().union(*(doc.terms[i] for i in range(title) if i not in labelled))
    with_blurb = len(words & doc.terms[blurb]) / len(words)
    return with_blurb >= HEADLINE_MIN_SHARE and with_blurb > len(words & article) / len(words)


def _is_title(doc: Document, index: int) -> bool:
    """A short line that is not a finished statement: the headline or kicker a blurb stands under."""
    return doc.word_counts[index] <= TITLE_MAX_WORDS and not _FULL_STOP.search(doc.blocks[index].text)


def _walk(doc: Document, labelled: set[int]) -> Iterator[int]:
    """The blocks the walk back from the end can reach: unlabelled, long, up to the first short one (short blocks
    cut off mid-sentence at the very end aside)."""
    at_end = True
    for index in reversed(range(len(doc.blocks))):
        if index in labelled:
            continue
        if doc.word_counts[index] < TEASER_MIN_WORDS:
            if at_end and doc.cached(is_cut, doc.blocks[index].text):
                continue
            return
        at_end = False
        yield index
