"""Runs of blurbs of other stories at the end of the page: cut off mid-sentence, short ones among them
(short_run), finished first paragraphs under a "Related" heading (lede_run), summaries of a sentence or two,
several of them trailing off where the page cut them and the others finished (trailing_run), or headlines of other
stories with their deks (pair_run). Finished first paragraphs with no heading: foreign_ledes.

The teaser detector takes a short line cut off mid-sentence last on the page only under a long teaser: alone,
it may be the article's. Several blurbs in a row after a finished block (the article's last paragraph) are
another matter when each opens as a sentence does, is long enough to be one's start, shares little with the
article and little with the other blurbs: a list of the article's own (tour dates, a product's features)
repeats its words or the article's, and a line opens it ("The dates:"), where blurbs follow a finished block.
Short lines between or under the blurbs (a source's name, a date) go with them; over the first blurb they are
the article's last lines (a credit, an aside in brackets) and stay, a headline naming the blurb aside.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable

from .. import text as tx
from ..document import Document
from ..lazy_regex import compile_later
from ..model import Label
from ..patterns import ASIDE, OPENS_LIST, OPENS_SENTENCE, WEB_ADDRESS
from ..prefilter import most_solid, tail_start

SHORT_MAX_WORDS = 20  # from here on a block is a long teaser, the teaser detector's
BLURB_MIN_WORDS = 8  # the least words of a short blurb: fewer are a name, a date, a headline's kicker
MIN_BLURBS = 2
MAX_SHARED = 0.4  # the most of a blurb's terms the article may hold ...
MAX_MEAN_SHARED = 0.25  # ... and on average over the run
MAX_MEAN_REPEATED = 0.4  # mean share of a blurb's terms found in another blurb not next to it (a list repeats)
MIN_ARTICLE_TERMS = 30  # with fewer, an unfinished line is as likely the article's ...
SMALL_ARTICLE_TERMS, SMALL_ARTICLE_MIN_BLURBS = 60, 3  # ... and under a short article two may be
HEADLINE_MIN_SHARE = 0.3  # of a headline's words that its blurb holds
# Finished ledes of other stories under a heading (lede_run): how many, how long the article above, how little
# they share.
LEDE_HEADINGS = {"related-links"}
HEADING_MAX_WORDS = 5  # a heading alone on its line, not a "Related: <headline>" link
MIN_LEDES = 2
MAX_RUN_BLOCKS = 24  # under a heading further up, the blocks are the article's
LEDE_MAX_SHARED = 0.1  # of a lede's terms found in the article, and in another lede
LEDE_MIN_ARTICLE_TERMS = 100
LEDE_MIN_COHESION = 0.2  # median share of the article's last paragraphs' terms found in the text before each
COHESION_PARAGRAPHS = 5
LEDE_REASON = "a first paragraph of another story under a heading after the article, sharing few of its words"
# Summaries of other stories ending the page, some trailing off where the page cut them ("... and what…"), the
# others finished (trailing_run).
TRAILING_MIN = 3  # blurbs trailing off ...
TRAILING_MIN_SHARE = 1 / 3  # ... and their least share of the run
TRAILING_MAX_WORDS = 45  # a summary is a sentence or two
TRAILING_MAX_RUN = 40
_TRAILS_OFF = compile_later(r"\w\s?(?:…|\.\.\.)$")  # cut by the page: no quote or bracket closes it
_QUOTE = compile_later(r"[\"“”„«»「」『』]")
TRAILING_REASON = "one of a run of summaries of other stories ending the page, several trailing off"
# Headlines of other stories with their deks (pair_run).
PAIR_MIN = 3
PAIR_MAX_RUN = 60
PAIR_TITLE_MIN_WORDS = 6  # a headline names a story; a listicle's subheading names a thing ("Nintendo Switch Lite")
PAIR_DEK_MIN_WORDS, PAIR_DEK_MAX_WORDS = 4, 40
KICKER_MAX_WORDS, KICKER_MIN_REPEATS = 3, 3
PAIR_MAX_SHARED = 0.35  # of a pair's terms found in the article ...
PAIR_MAX_MEAN_SHARED = 0.2  # ... and on average
PAIR_MAX_PARALLEL = 0.4  # of the headlines built alike: questions, labelled entries, one first word
_LABELLED = compile_later(r"^\W*(\S+\s+){0,1}\S+\s*[:：]")  # "2004: ...", "Step two: ...", "Q: ..."
PAIR_REASON = "one of several headlines of other stories with their deks after the article"
REASON = "one of several headlines or blurbs of other stories after the article's last paragraph, unfinished"


def short_run(doc: Document, labelled: set[int], unfinished: Callable[[str], bool],
              cut: Callable[[str], bool]) -> list[Label]:
    """The blurbs cut off mid-sentence that end the page, short ones among them (see above), or nothing.
    ``labelled``: the blocks labelled whole, stepped over; ``unfinished``: whether a block's text stops mid-sentence
    or trails off (a short blurb's ending); ``cut``: whether it stops mid-sentence (any blurb's: a long block
    trailing off may be the article's own paragraph, cut by a paywall)."""
    run: list[int] = []
    above = None
    for index in reversed(range(len(doc.blocks))):
        if index in labelled:
            continue
        text = doc.blocks[index].text
        # a short blurb may trail off ("..."); a long block or a line of a few words trailing off is the article's
        trails = BLURB_MIN_WORDS <= doc.word_counts[index] < SHORT_MAX_WORDS and doc.cached(unfinished, text)
        if (trails or doc.cached(cut, text)) and not OPENS_LIST.search(text) and len(WEB_ADDRESS.findall(text)) < 2:
            run.append(index)
            continue
        above = index
        break
    kept = []  # a name or a credit line over the first blurb is the article's last line, unless it heads the blurb
    while run and not _blurb(doc, run[-1]):
        kept.append(run.pop())
    blurbs = [i for i in run if _blurb(doc, i)]
    if (len(blurbs) < MIN_BLURBS or 2 * len(blurbs) < len(run) or above is None or cut(doc.blocks[above].text)
            or all(doc.word_counts[i] >= SHORT_MAX_WORDS for i in blurbs)):
        return []  # a run of long teasers alone is the teaser detector's
    article: set[str] = set().union(*(doc.terms[i] for i in range(above + 1) if i not in labelled))
    small = len(article) < SMALL_ARTICLE_TERMS and len(blurbs) < SMALL_ARTICLE_MIN_BLURBS
    if len(article) < MIN_ARTICLE_TERMS or small:
        return []
    if kept and heads(doc, kept[-1], run[-1], article):
        run.append(kept[-1])
    shared = [len(doc.terms[i] & article) / len(doc.terms[i]) for i in blurbs]
    if max(shared) >= MAX_SHARED or sum(shared) / len(shared) >= MAX_MEAN_SHARED:
        return []
    if sum(_repeated(doc, blurbs)) / len(blurbs) >= MAX_MEAN_REPEATED:
        return []
    return [Label(i, "teaser", REASON, "teasers", 0.7) for i in sorted(run)]


def heads(doc: Document, line: int, blurb: int, article: set[str]) -> bool:
    """Whether the short line over the first blurb is its headline: its words are more the blurb's than the
    article's."""
    words = doc.terms[line]
    with_blurb = len(words & doc.terms[blurb]) / len(words) if words else 0.0
    return with_blurb >= HEADLINE_MIN_SHARE and with_blurb > len(words & article) / len(words)


def _repeated(doc: Document, blurbs: list[int]) -> list[float]:
    """Each blurb's share of terms found in another blurb not next to it (a headline shares its blurb's words)."""
    frequency: Counter[str] = Counter(term for i in blurbs for term in doc.terms[i])
    inside = set(blurbs)
    shares = []
    for i in blurbs:
        neighbours = [doc.terms[j] for j in (i - 1, i + 1) if j in inside]
        others = sum(1 for t in doc.terms[i] if frequency[t] - 1 - sum(t in n for n in neighbours) > 0)
        shares.append(others / len(doc.terms[i]))
    return shares


def _blurb(doc: Document, index: int) -> bool:
    """Long enough to be a sentence's start, and opening as one does (not "(Reporting by ...)")."""
    # the block's own terms: doc.terms works them out for every block, which the article's need only when the run
    # has two blurbs
    return (doc.word_counts[index] >= BLURB_MIN_WORDS and bool(doc.terms_of(index))
            and bool(OPENS_SENTENCE.match(doc.blocks[index].text)) and not ASIDE.match(doc.blocks[index].text))


def lede_run(doc: Document, labelled: set[int]) -> list[Label]:
    """Finished first paragraphs of other stories under a heading such as "Related" or "More from ...", at the
    end of the page: at least MIN_LEDES long finished blocks (headlines, sources' names and dates between them go
    with them; a short sentence stops them), each sharing little with a cohesive article above and with each
    other. Without the heading, an article's own last paragraph on a new matter may share as little: foreign_ledes
    asks for less still.
    ``labelled``: blocks labelled whole (the heading among them)."""
    headings = {x.block for x in doc.labels if x.span is None and x.kind in LEDE_HEADINGS}
    run: list[int] = []
    heading = None
    for index in reversed(range(len(doc.blocks))):
        if index in headings and doc.word_counts[index] <= HEADING_MAX_WORDS:
            heading = index
            break
        if index in labelled:
            continue
        words, text = doc.word_counts[index], doc.blocks[index].text
        if len(run) == MAX_RUN_BLOCKS or (words >= SHORT_MAX_WORDS) != tx.ends_sentence(text):
            return []  # a long block cut off (the teaser walk's), or a short sentence (the article's)
        run.append(index)
    ledes = [i for i in run if doc.word_counts[i] >= SHORT_MAX_WORDS]
    if heading is None or len(ledes) < MIN_LEDES or len(run) > 3 * len(ledes):
        return []
    article = [doc.terms[i] for i in range(heading) if i not in labelled and doc.terms[i]]
    if not _foreign(article, [doc.terms[i] for i in ledes]):
        return []
    return [Label(i, "teaser", LEDE_REASON, "teasers", 0.6) for i in sorted(run)]


def _foreign(article: list[set[str]], ledes: list[set[str]]) -> bool:
    """Whether each lede shares little with a cohesive article and with the other ledes."""
    if not cohesive(article, LEDE_MIN_ARTICLE_TERMS, LEDE_MIN_COHESION):
        return False
    before: set[str] = set().union(*article)
    frequency: Counter[str] = Counter(term for terms in ledes for term in terms)
    return all(len(terms & before) / len(terms) <= LEDE_MAX_SHARED
               and sum(1 for t in terms if frequency[t] > 1) / len(terms) <= LEDE_MAX_SHARED for terms in ledes)


def cohesive(article: list[set[str]], min_terms: int, min_cohesion: float) -> bool:
    """Whether the article is long (``min_terms`` distinct terms) and its last paragraphs share its words (the
    median share of their terms found in the text before each is ``min_cohesion`` or more)."""
    before: set[str] = set()
    cohesion = []
    for index, terms in enumerate(article):
        if index >= len(article) - COHESION_PARAGRAPHS:
            cohesion.append(len(terms & before) / len(terms))
        before |= terms
    return len(before) >= min_terms and bool(cohesion) and statistics.median(cohesion) >= min_cohesion



def trailing_run(doc: Document, labelled: set[int]) -> list[Label]:
    """The summaries of other stories that end the page, a sentence or two each, several of them trailing off
    where the page cut them ("... This article looks at the causes and what…") and the others finished: from the
    topmost one trailing off down to the end, when at least TRAILING_MIN trail off and they are a third of the
    run or more. An article's own paragraph rarely trails off, three among its last short ones hardly ever; the
    finished paragraphs over the topmost blurb trailing off stay the article's. Their words do not tell: the
    stories a page lists under an article are on its subject."""
    run: list[int] = []
    trailing: list[int] = []
    for index in reversed(range(len(doc.blocks))):
        if index in labelled:
            continue
        text = doc.blocks[index].text
        if (len(run) == TRAILING_MAX_RUN or not BLURB_MIN_WORDS <= doc.word_counts[index] <= TRAILING_MAX_WORDS
                or not OPENS_SENTENCE.match(text) or OPENS_LIST.search(text) or _QUOTE.search(text)):
            break  # a paragraph quoting speech trailing off is a story's, told
        if _TRAILS_OFF.search(text, tail_start(text, most_solid(_TRAILS_OFF))):  # searched at the end only
            trailing.append(index)
        elif not tx.ends_sentence(text):
            break
        run.append(index)
    if len(trailing) < TRAILING_MIN:
        return []
    top = trailing[-1]
    run = [i for i in run if i >= top]
    if len(trailing) < TRAILING_MIN_SHARE * len(run):
        return []
    article: set[str] = set().union(*(doc.terms[i] for i in range(top) if i not in labelled))
    above = max((i for i in range(top) if i not in labelled), default=None)
    if above is None or len(article) < LEDE_MIN_ARTICLE_TERMS or not tx.ends_sentence(doc.blocks[above].text):
        return []
    return [Label(i, "teaser", TRAILING_REASON, "teasers", 0.6) for i in sorted(run)]


def pair_run(doc: Document, labelled: set[int]) -> list[Label]:
    """Headlines of other stories, each with its dek under it, that end the page: walking back from the end,
    pairs of a headline (PAIR_TITLE_MIN_WORDS to SHORT_MAX_WORDS words, no full stop) over a finished blurb of a
    sentence or two that repeats a word of it (a dek names its story's people and things again); headlines
    alone and a short label repeated on the page (a section's kicker: "Science") may stand between them. The
    run starts at a pair's headline or a kicker: a line over it (a credit, the author's line) stays the
    article's. At least PAIR_MIN pairs, each sharing few of its terms with a long cohesive article above: a
    listicle's subheadings and paragraphs are on its subject (and its subheadings are short names)."""
    unlabelled = [i for i in range(len(doc.blocks)) if i not in labelled]
    counts = Counter(doc.blocks[i].text for i in unlabelled)
    pairs: list[tuple[int, int]] = []
    run: list[tuple[int, str]] = []  # from the end up: (block, "pair" | "title" | "kicker")
    position = len(unlabelled) - 1
    while position >= 0 and len(run) < PAIR_MAX_RUN:
        index = unlabelled[position]
        above = unlabelled[position - 1] if position else None
        text = doc.blocks[index].text
        if above is not None and _dek(doc, index) and _title(doc, above) and doc.terms_of(index) & doc.terms_of(above):
            pairs.append((above, index))
            run += [(index, "pair"), (above, "pair")]
            position -= 2
        elif _title(doc, index):
            run.append((index, "title"))
            position -= 1
        elif (doc.word_counts[index] <= KICKER_MAX_WORDS and counts[text] >= KICKER_MIN_REPEATS
              and not tx.ends_sentence(text)):
            run.append((index, "kicker"))
            position -= 1
        else:
            break
    while run and run[-1][1] == "title":  # a line over the run (a credit, the author's line) stays the article's
        run.pop()
    if len(pairs) < PAIR_MIN or 2 * sum(kind == "title" for _, kind in run) > len(run) or _parallel(doc, pairs):
        return []
    top = run[-1][0]
    article = [doc.terms[i] for i in range(top) if i not in labelled and doc.terms[i]]
    if not cohesive(article, LEDE_MIN_ARTICLE_TERMS, LEDE_MIN_COHESION):
        return []
    before: set[str] = set().union(*article)
    shared = []
    for title, dek in pairs:
        terms = doc.terms[title] | doc.terms[dek]
        shared.append(len(terms & before) / len(terms) if terms else 1.0)
    if max(shared) > PAIR_MAX_SHARED or sum(shared) / len(shared) > PAIR_MAX_MEAN_SHARED:
        return []
    return [Label(i, "teaser", PAIR_REASON, "teasers", 0.6) for i, _ in sorted(run)]


def _title(doc: Document, index: int) -> bool:
    """A headline: a line of a few words opening as a sentence does, not finished by a full stop."""
    text = doc.blocks[index].text
    return (PAIR_TITLE_MIN_WORDS <= doc.word_counts[index] < SHORT_MAX_WORDS and bool(OPENS_SENTENCE.match(text))
            and not tx.ends_sentence(text.rstrip("?？")) and not OPENS_LIST.search(text))


def _dek(doc: Document, index: int) -> bool:
    """A headline's dek: a finished sentence or two."""
    text = doc.blocks[index].text
    return (PAIR_DEK_MIN_WORDS <= doc.word_counts[index] <= PAIR_DEK_MAX_WORDS and bool(OPENS_SENTENCE.match(text))
            and tx.ends_sentence(text) and bool(doc.terms_of(index)))  # its own terms only: most pages have no run


def _parallel(doc: Document, pairs: list[tuple[int, int]]) -> bool:
    """Whether the headlines are built alike, as the entries of a list of the article's are: questions (an FAQ),
    a year or a number under a label ("2004: ...", "Step two: ..."), or the same first word; other stories'
    headlines each take their own form."""
    titles = [doc.blocks[title].text for title, _ in pairs]
    questions = sum(text.rstrip().endswith(("?", "？")) for text in titles)
    labelled = sum(bool(_LABELLED.match(text)) for text in titles)
    firsts = Counter(text.split()[0].lower() for text in titles)
    return (PAIR_MAX_PARALLEL * len(titles) < max(questions, labelled, firsts.most_common(1)[0][1])
            or sum(text[0].isdigit() for text in titles) > PAIR_MAX_PARALLEL * len(titles))
