"""Lists of links: the short lines after a "Related" / "Read next" / "Most read" heading, the tags after "Tags".

The heading itself is site furniture (the boilerplate detector labels it); the headlines listed
under it (short, with no full stop) run until the first line that reads as a sentence or opens a
list of its own ("Here are the highlights:"). A headline asking a question ("Will it rain at the
weekend?") reads as a sentence: it stays in the list when the list goes on under it.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import text as tx
from ..cues.boilerplate import CONTENTS_HEADING, LATEST_HEADING, MORE_ON_TOPIC, TAG_HEADING
from ..document import Document
from ..lazy_regex import compile_later
from ..model import Label
from ..patterns import OPENS_LIST

NAME = "link_lists"
KINDS = ("link-list",)
HEADINGS = {"related-links"}
MAX_WORDS = 25
HEADING_MAX_WORDS = 5  # a heading alone on its line, not a "Related: <headline>" link
_TAG_HEADING = compile_later(TAG_HEADING, re.IGNORECASE)
_CONTENTS_HEADING = compile_later(CONTENTS_HEADING, re.IGNORECASE)
MIN_CONTENTS = 2  # entries of a table of contents, each printed again below it as a subheading
CONTENTS_MAX_WORDS = 12
_MORE_ON_TOPIC = compile_later(f"{MORE_ON_TOPIC}|{LATEST_HEADING}", re.IGNORECASE)
# On a page with no prose block (short paragraphs only), a heading heads a list under this many finished lines.
MIN_FINISHED_ABOVE = 2
LIST_OPENER_MIN_WORDS = 5  # "Estas son sus principales medidas:" is the article's; "Kick-off:" a label
TOPIC_HEADLINE_MIN_WORDS = 4  # a headline under "More tennis"; a list's items are shorter ("Lower fees")
UNSTOPPED_MIN_WORDS = 20  # a paragraph over a topic heading, its full stop missing; a list's items are shorter
TAG_MAX_WORDS = 6
MIN_TAGS = 3
# Tags with no heading ("bmkg", "cuaca ekstrem", "giá vàng"): a run of at least this many short lines after the article,
# each of up to TAG_LINE_MAX_WORDS words, standing between the article's end or its furniture and more furniture.
MIN_TAG_RUN = 2
TAG_LINE_MAX_WORDS = 3
TAG_RUN_ENDS = {"related-links", "share-prompt", "navigation", "notification-prompt", "comments"}
_DIGIT = compile_later(r"\d")
_ASKS = compile_later(r"[?!？！]\W*$")  # a headline asking or exclaiming; one ending in a full stop is a sentence


def is_tag_list(text: str) -> bool:
    """Three or more short items separated by commas or bars, not finished as a sentence: "budget, schools, roads"."""
    items = tx.LIST_SEPARATOR.split(text.strip())
    return (len(items) >= MIN_TAGS and not tx.ends_sentence(text)
            and all(0 < tx.word_count(item) <= TAG_MAX_WORDS for item in items))


def _headings(doc: Document) -> dict[int, bool]:
    """The blocks that head a list, each with whether it heads a tag list (which may stand anywhere)."""
    headings = {}
    for x in doc.labels:
        if x.span is None and doc.word_counts[x.block] <= HEADING_MAX_WORDS:
            if _TAG_HEADING.match(doc.blocks[x.block].text):
                headings[x.block] = True
            elif x.kind in HEADINGS and _past_header(doc, x.block):
                headings.setdefault(x.block, False)
    return headings


def _past_header(doc: Document, index: int) -> bool:
    """After the first prose block; on a page with none, under some finished lines of the article, or under one
    with none below (the article above is a list of short lines: "Estas son sus principales medidas:", then the
    items)."""
    if index > doc.header_end or doc.header_end < len(doc.blocks):
        return index > doc.header_end
    labelled = doc.whole_labels()

    def finished(blocks: range) -> int:  # lines of the article: finished, or a sentence opening its list
        return sum(1 for i in blocks if i not in labelled and (tx.ends_sentence(doc.blocks[i].text) or (
            doc.word_counts[i] >= LIST_OPENER_MIN_WORDS and OPENS_LIST.search(doc.blocks[i].text))))

    above = finished(range(index))
    return above >= MIN_FINISHED_ABOVE or (above > 0 and not finished(range(index + 1, len(doc.blocks))))


def _topic_headings(doc: Document, labelled: set[int]) -> list[int]:
    """Lines after the article's prose reading "More tennis", "Mehr aus Kultur", "Latest": under the article's last
    sentence (or long paragraph, its full stop missing) or furniture (not inside a list of short lines: "New roads",
    "More teachers", "Lower fees") and right over a headline (a listed line of a few words)."""
    found = []
    for i in range(max(doc.tail_start, 1), len(doc.blocks) - 1):
        text = doc.blocks[i].text
        if (i in labelled or i + 1 in labelled or doc.word_counts[i] > HEADING_MAX_WORDS
                or not _MORE_ON_TOPIC.match(text) or tx.ends_sentence(text) or not _past_header(doc, i)):
            continue
        above = doc.blocks[i - 1].text
        if i - 1 not in labelled and not tx.ends_sentence(above) and not _unstopped_paragraph(doc, i - 1):
            continue
        if doc.word_counts[i + 1] >= TOPIC_HEADLINE_MIN_WORDS and (
                _listed(doc.blocks[i + 1].text, doc.word_counts[i + 1], False) or _asks(doc, i + 1)):
            found.append(i)
    return found


def _unstopped_paragraph(doc: Document, index: int) -> bool:
    """A long paragraph missing its full stop (the article's last, as printed), not a line opening a list."""
    return doc.word_counts[index] >= UNSTOPPED_MIN_WORDS and not OPENS_LIST.search(doc.blocks[index].text)


def _listed(text: str, words: int, tags: bool) -> bool:
    """A line that may stand in the list: short (or a list of tags), neither a sentence nor opening a list."""
    short = words <= (TAG_MAX_WORDS if tags else MAX_WORDS) or is_tag_list(text)
    return short and not tx.ends_sentence(text) and not OPENS_LIST.search(text)


def _asks(doc: Document, index: int) -> bool:
    """A short line ending in a question or exclamation mark: a headline, or a sentence."""
    return doc.word_counts[index] <= MAX_WORDS and bool(_ASKS.search(doc.blocks[index].text))


def _list_goes_on(doc: Document, index: int, labelled: set[int], tags: bool) -> bool:
    """After the questions from ``index`` on, the page ends, or another listed or labelled line follows."""
    while index < len(doc.blocks) and index not in labelled and _asks(doc, index):
        index += 1
    return (index == len(doc.blocks) or index in labelled
            or _listed(doc.blocks[index].text, doc.word_counts[index], tags))


# Headlines of other stories listed with no heading at the end of the page: a long run of headline-shaped lines (a
# few words to a sentence's length, opening with a letter or a number, not finished with a full stop) with nothing
# but furniture after it, whose lines share few words with the article above and fewer with each other. A list of
# the article's own (tour dates, products) shares its words or repeats a venue, a brand, a label, or a line opens
# it ("The winners:").
HEADLINE_RUN_MIN = 8
HEADLINE_MIN_WORDS, HEADLINE_MAX_WORDS = 5, 25
HEADLINE_RUN_MAX_SHARED = 0.15  # mean share of a line's terms found in the article above
HEADLINE_RUN_MAX_REPEATED = 0.4  # mean share of a line's terms found in another line of the run (once each)
# "1) Lego", "2. Stir": a numbered list's item; "6 Trends To Watch": a headline
_NUMBERED = compile_later(r"\d+\s*[.)]")
_NOT_A_HEADLINE_END = compile_later(r"[.。:：;；]\W*$")


def _headline_line(doc: Document, index: int) -> bool:
    text = doc.blocks[index].text.lstrip("\"'“‘«„ ")
    return (HEADLINE_MIN_WORDS <= doc.word_counts[index] <= HEADLINE_MAX_WORDS and text[:1].isalnum()
            and not _NUMBERED.match(text) and not _NOT_A_HEADLINE_END.search(text))


def headline_run(doc: Document, labelled: set[int]) -> list[Label]:
    """The trailing run of headlines of other stories (see HEADLINE_RUN_MIN), or nothing. ``labelled``: the blocks
    labelled whole, stepped over."""
    run: list[int] = []
    for index in reversed(range(len(doc.blocks))):
        if index in labelled:
            continue
        if not _headline_line(doc, index):
            break
        run.append(index)
    above = next((i for i in reversed(range(run[-1])) if i not in labelled), None) if run else None
    if len(run) < HEADLINE_RUN_MIN or (above is not None and OPENS_LIST.search(doc.blocks[above].text)):
        return []  # too short, or the article's own list ("The winners:")
    inside = set(run)
    body = set().union(*(doc.terms[i] for i in range(len(doc.blocks)) if i not in labelled and i not in inside))
    distinct = {doc.blocks[i].text: doc.terms[i] for i in run if doc.terms[i]}  # a headline may be listed twice
    frequency: Counter[str] = Counter(term for terms in distinct.values() for term in terms)
    lines = list(distinct.values())
    if not lines:
        return []
    shared = sum(len(terms & body) / len(terms) for terms in lines) / len(lines)
    repeated = sum(sum(frequency[t] > 1 for t in terms) / len(terms) for terms in lines) / len(lines)
    if shared >= HEADLINE_RUN_MAX_SHARED or repeated >= HEADLINE_RUN_MAX_REPEATED:
        return []
    reason = "a run of headlines of other stories at the end of the page, sharing few words with the article"
    return [Label(i, "link-list", reason, NAME, 0.6) for i in sorted(run)]


def detect(doc: Document) -> list[Label]:
    labelled = doc.whole_labels()
    headings = _headings(doc)
    topics = _topic_headings(doc, labelled)
    headings.update(dict.fromkeys(topics, False))
    labels: list[Label] = [Label(i, "link-list", "a heading of more stories on a topic (\"More tennis\") after the "
                                 "article", NAME, 0.6) for i in topics]
    reason, tags = None, False  # set while the blocks read are listed under a heading
    for index, block in enumerate(doc.blocks):
        if index in headings:
            reason, tags = f"a link listed under \"{block.text[:40]}\"", headings[index]
        elif index in labelled or reason is None:
            continue
        elif _listed(block.text, doc.word_counts[index], tags) or (
                not tags and _asks(doc, index) and _list_goes_on(doc, index + 1, labelled, tags)):
            labels.append(Label(index, "link-list", reason, NAME, 0.6))
        else:
            reason = None
    listed = {label.block for label in labels}
    labels += [label for label in tag_runs(doc, labelled) if label.block not in listed]
    listed = {label.block for label in labels}
    labels += [label for label in headline_run(doc, labelled) if label.block not in listed]
    listed = {label.block for label in labels}
    return labels + [label for label in contents(doc, labelled) if label.block not in listed]


def contents(doc: Document, labelled: set[int]) -> list[Label]:
    """A table of contents: its heading ("Contents", "Inhaltsverzeichnis") and the short lines under it that the
    page prints again further down (the article's subheadings, which stay there), MIN_CONTENTS of them or more.
    Only under a paragraph of prose (the article's introduction): at the top of the page, with the contents gone,
    the first subheading would stand where the page's headline stands, and go as one."""
    labels: list[Label] = []
    for index, block in enumerate(doc.blocks):
        if (index in labelled or doc.word_counts[index] > HEADING_MAX_WORDS or not _CONTENTS_HEADING.match(block.text)
                or not any(doc.is_prose(i) for i in range(index) if i not in labelled)):
            continue
        entries: list[int] = []
        for i in range(index + 1, len(doc.blocks)):
            text = doc.blocks[i].text.strip()
            if (i in labelled or doc.word_counts[i] > CONTENTS_MAX_WORDS or doc.is_prose(i)
                    or not any(doc.blocks[j].text.strip() == text for j in range(i + 1, len(doc.blocks)))):
                break
            entries.append(i)
        if len(entries) >= MIN_CONTENTS:
            reason = f"a table of contents under \"{block.text[:40]}\", its entries printed again below"
            labels += [Label(i, "link-list", reason, NAME, 0.6) for i in [index, *entries]]
    return labels


def _tag_line(doc: Document, index: int) -> bool:
    text = doc.blocks[index].text
    return (doc.word_counts[index] <= TAG_LINE_MAX_WORDS and not _DIGIT.search(text)  # "2 cups flour": a list's
            and tx.letter_share(text) > 0.5
            and not tx.ends_sentence(text) and not OPENS_LIST.search(text))


def tag_runs(doc: Document, labelled: set[int]) -> list[Label]:
    """Runs of short lines in the tail zone with furniture labelled whole right after them, and right before them
    the article's last prose block or furniture: the page's tags printed with no heading. ``labelled``: the
    blocks labelled whole."""
    furniture = {label.block for label in doc.labels if label.span is None and label.kind in TAG_RUN_ENDS}
    labels: list[Label] = []
    index = doc.tail_start
    while index < len(doc.blocks):
        end = index
        while end < len(doc.blocks) and end not in labelled and _tag_line(doc, end):
            end += 1
        after_article = index == doc.tail_start or index - 1 in labelled
        if end - index >= MIN_TAG_RUN and end in furniture and after_article:
            labels += [Label(i, "link-list", "a run of tags between the article's end and the site's furniture",
                             NAME, 0.6) for i in range(index, end)]
        index = end + 1
    return labels
