"""HTML pages: trafilatura finds the article, clean_text cleans it, the page's own metadata fills the metadata.

The page is parsed once, by lxml's HTML parser with the network off (libxml2's HTML parser reads no
DTD, so entities are never defined or expanded and nothing outside the page is fetched), then
extracted twice by trafilatura: once in its balanced mode, which gives the text, and once favouring
precision, which is used only as a second opinion on where the article starts and ends.

The text is one line per paragraph, heading, list item or table row, so the detectors see the blocks
the page had. Before they run, the page's structure adds labels that text alone cannot give:
the page's title standing as a line, lines that are only a link, list entries that open with a link,
and what lies outside the precise extraction's article. Settings and figures: see the README.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import text as tx
from .detectors import DEFAULT_DETECTORS
from .model import Label, Result
from .pipeline import Detector, clean_text

if TYPE_CHECKING:
    from lxml.etree import _Element

# trafilatura's settings, chosen on the shb-html benchmark (README, "HTML pages").
EXTRACT = {"include_comments": False, "include_tables": True, "include_links": True, "with_metadata": True}
PRECISE = {**EXTRACT, "with_metadata": False, "favor_precision": True}
# Kinds of removal only the HTML path makes (for --keep).
KINDS = ("before-article",)
NAME = "html"
LINK_SHARE = 0.8  # a line with at least this share of its characters inside links is a link
COVERED = 0.5  # a line is in the precise extraction when this share of its 4-grams is
MIN_PRECISE_SHARE = 0.3  # a precise extraction shorter than this share of the text missed the article
_INLINE = {"ref", "hi", "del", "lb", "graphic"}  # the other tags of trafilatura's output are blocks
_LINK_TAGS = {"p", "head", "item"}  # lines of a table or a quotation are content whatever they link to
_BARE_URL = re.compile(r"^\S*[./@]\S*$")
_TITLE_SEPARATOR = re.compile(r"\s+[-|–—:·•»]\s+|\s*[|｜]\s*")
_SPACE = re.compile(r"\s+")


class ExtractionError(ValueError):
    """A page in which no article text could be found; the message says why."""


@dataclass
class Line:
    """One line of the extracted text and what the page's markup said about it."""

    text: str
    tag: str  # trafilatura's tag of the innermost block: p, head, item, cell, quote...
    link_share: float  # share of the characters inside links
    item: int | None = None  # which list item it belongs to, if any


@dataclass
class Page:
    """An extracted page: its text (a line per block), labels from its structure, and its metadata."""

    text: str
    labels: list[Label] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)  # title, date, authors, site_name, url


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    language: str | None = None,
    detect_lang: bool = True,
    keep: Collection[str] = (),
    detectors: Sequence[Detector] = DEFAULT_DETECTORS,
) -> Result:
    """Extract the article of an HTML page and clean it as ``clean_text`` does.

    ``html`` given as bytes is decoded as a file would be (its BOM, UTF-8, its ``<meta charset>``,
    then detection). The page's title, date, authors, site name and URL fill the metadata; where
    the page's metadata has a date or authors, they win over those read from the text. Raises
    ExtractionError when the page cannot be decoded or holds no article text.
    """
    page = extract(html, url=url)
    return clean_page(page, language=language, detect_lang=detect_lang, keep=keep, detectors=detectors)


def clean_page(page: Page, *, language: str | None = None, detect_lang: bool = True, keep: Collection[str] = (),
               detectors: Sequence[Detector] = DEFAULT_DETECTORS) -> Result:
    """Clean an extracted page's text with its labels, then merge the page's metadata into the result's."""
    result = clean_text(page.text, language=language, detect_lang=detect_lang, keep=keep, detectors=detectors,
                        extra_labels=page.labels)
    meta = result.metadata
    meta.date = page.metadata.get("date") or meta.date
    meta.authors = page.metadata.get("authors") or meta.authors
    for key in ("title", "site_name", "url"):
        if page.metadata.get(key):
            meta.extra[key] = page.metadata[key]
    return result


def extract(html: str | bytes, url: str | None = None) -> Page:
    """The article text of a page, one line per block, with the labels and metadata its markup gives."""
    from trafilatura import bare_extraction

    tree = parse(html)
    found = bare_extraction(tree, url=url, **EXTRACT)
    lines = render(found.body) if found is not None and found.body is not None else []
    if not lines:
        raise ExtractionError("no article text found in the page")
    precise = bare_extraction(tree, url=url, **PRECISE)
    precise_text = precise.text if precise is not None and precise.text else ""
    metadata = _metadata(found)
    labels = _structure_labels(lines, metadata.get("title")) + _outside_labels(lines, precise_text)
    return Page("\n".join(line.text for line in lines) + "\n", labels, metadata)


def parse(html: str | bytes) -> _Element:
    """The page's element tree: lxml's HTML parser, network off, no DTD, comments and PIs dropped."""
    from lxml.etree import ParserError, XMLSyntaxError
    from lxml.html import HTMLParser, fromstring

    if isinstance(html, bytes):
        from .sources import SourceError, decode

        try:
            html = decode(html, html=True)
        except SourceError as exc:
            raise ExtractionError(str(exc)) from None
    parser = HTMLParser(encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True,
                        collect_ids=False, default_doctype=False)
    try:
        return fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (ParserError, XMLSyntaxError) as exc:
        raise ExtractionError(f"not an HTML page ({exc})") from None


def render(body: _Element) -> list[Line]:
    """trafilatura's output tree as lines: one per block (and per line break), spaces collapsed."""
    lines: list[Line] = []
    pieces: list[tuple[str, bool]] = []  # (text, inside a link)
    blocks: list[_Element] = []
    items: list[int] = []  # the list items the walk is in, numbered in document order
    links = 0
    count = 0

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(t for t, _ in pieces)).strip()
        if text:
            linked = sum(len(_SPACE.sub(" ", t).strip()) for t, inside in pieces if inside)
            tag = blocks[-1].tag if blocks else ""
            lines.append(Line(text, tag, min(1.0, linked / len(text)), items[-1] if items else None))
        pieces.clear()

    def add(text: str | None) -> None:
        if text:
            pieces.append((text, links > 0))

    def walk(element: _Element) -> None:
        nonlocal links, count
        tag = element.tag
        if tag == "lb":
            flush()
        elif tag == "cell":
            add(" | " if element.getprevious() is not None else "")
        elif tag not in _INLINE:
            flush()
        if tag not in _INLINE:
            blocks.append(element)
        links += tag == "ref"
        if tag == "item":
            count += 1  # not id(element): lxml frees an element's proxy and reuses its id for a later one
            items.append(count)
        add(element.text)
        for child in element:
            walk(child)
            add(child.tail)
        links -= tag == "ref"
        if tag not in _INLINE:
            if tag != "cell":
                flush()
            blocks.pop()
        if tag == "item":
            items.pop()

    walk(body)
    flush()
    return lines


def _metadata(found: Any) -> dict[str, Any]:
    authors = [a.strip() for a in (found.author or "").split(";") if a.strip()]
    data = {"title": found.title, "date": found.date, "authors": authors, "site_name": found.sitename,
            "url": found.url}
    return {key: value for key, value in data.items() if value}


def _norm(text: str | None) -> str:
    return " ".join(_tokens(text or ""))


def _tokens(text: str) -> list[str]:
    """Lowercase words, and each character of a script written without spaces."""
    return tx.WORD.findall(tx.UNSPACED.sub(lambda m: f" {m.group()} ", text.lower()))


def _titles(title: str | None) -> set[str]:
    """The page's title, and the title without the site's name before or after a separator."""
    if not title:
        return set()
    parts = _TITLE_SEPARATOR.split(title)
    out = {_norm(title)}
    if len(parts) > 1:
        out |= {_norm(" ".join(parts[:-1])), _norm(" ".join(parts[1:]))}
    return out - {""}


def is_link(line: Line) -> bool:
    """A line that is only a link to another page: link text, not a sentence, not a bare address."""
    return (line.tag in _LINK_TAGS and line.link_share >= LINK_SHARE and not tx.ends_sentence(line.text)
            and not _BARE_URL.match(line.text))


def _structure_labels(lines: list[Line], title: str | None) -> list[Label]:
    """Labels the markup gives: the title as a line, link lines, list entries that open with a link."""
    titles = _titles(title)
    first_of_item: dict[int, int] = {}
    for index, line in enumerate(lines):
        if line.item is not None:
            first_of_item.setdefault(line.item, index)
    labels = []
    for index, line in enumerate(lines):
        if _norm(line.text) in titles:
            labels.append(Label(index, "headline", "the page's title (from its metadata)", NAME, 0.9,
                                found={"title": title}))
        elif is_link(line):
            labels.append(Label(index, "related-links", "a line that is only a link to another page", NAME, 0.8))
        elif line.item is not None and (first := first_of_item[line.item]) != index and is_link(lines[first]):
            labels.append(Label(index, "related-links", "part of a list entry that opens with a link to another "
                                "page", NAME, 0.8))
    return labels


def _outside_labels(lines: list[Line], precise_text: str) -> list[Label]:
    """Lines before the first line of the precise extraction, and lines with links after its last.

    Nothing is labelled when the precise extraction is much shorter than the text: then it missed
    the article rather than drew its edges more tightly.
    """
    if len(precise_text) < MIN_PRECISE_SHARE * sum(len(line.text) for line in lines):
        return []
    tokens = _tokens(precise_text)
    grams = {tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)}
    covered = [_covered(line.text, grams) for line in lines]
    first = covered.index(True) if True in covered else len(lines)
    last = len(lines) - 1 - covered[::-1].index(True) if True in covered else -1
    labels = [Label(i, "before-article", "before the article (outside trafilatura's precise extraction)", NAME, 0.7)
              for i in range(first)]
    labels += [Label(i, "after-article", "a line with links after the article (outside trafilatura's precise "
                     "extraction)", NAME, 0.7) for i in range(last + 1, len(lines)) if lines[i].link_share > 0]
    return labels


def _covered(text: str, grams: set[tuple[str, ...]]) -> bool:
    """True when enough of the line's 4-grams are in ``grams``; a line of fewer than 4 words never is."""
    tokens = _tokens(text)
    own = [tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)]
    return bool(own) and sum(gram in grams for gram in own) >= COVERED * len(own)
