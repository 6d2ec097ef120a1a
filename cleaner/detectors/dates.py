"""Date headers and time stamps: "date 2026-01-24 ...", "Updated on: November 19, 2019 / 10:07 AM"."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import patterns as pt
from .. import text as tx
from ..document import Document
from ..lazy_regex import compile_later
from ..model import Label
from ..prefilter import Prefilter
from .captions import caption, credit_at_end

NAME = "dates"
KINDS = ("date-header", "timestamp")
# A stamp line may carry a few words beside its date ("/ CBS News", "Berlin").
STAMP_MAX_WORDS = 24  # two labelled dates with times: "Mis à jour le 24/01/2026 à 10:32 Publié le ..."
STAMP_MAX_OTHER_WORDS = 4
SIGNATURE_MAX_WORDS = 3  # what may follow a labelled date in lowercase on its line: "… 2023 da Marco", "… par AFP"
_SEPARATORS = compile_later(r"[\s,|·/:–—-]*")
_DIGIT = compile_later(r"\d")
_DATES = Prefilter(pt.DATES_FLAT)  # a month name, or a year's first two digits: which of pt.DATES may match
_RELATIVE = Prefilter([pt.RELATIVE_TIME_FLAT])  # "ago", "vor", "назад", ...


@lru_cache(maxsize=256)  # the bylines detector reads the same header lines, in every pass
def find_date(text: str) -> tuple[re.Match[str], str | None] | None:
    """The earliest date expression in ``text`` and its ISO form (None when the year is missing)."""
    if not _DIGIT.search(text):
        return None  # every date form has a digit (the day or the year): skip the costly search
    candidates = _DATES.candidates(text)
    found = [m for i, regex in enumerate(pt.DATES) if i in candidates and (m := regex.search(text))]
    if not found:
        return None
    match = min(found, key=lambda m: (m.start(), -len(m.group()), to_iso(m) is None))  # "11/19/2019": the US form
    return match, to_iso(match)


def to_iso(match: re.Match[str]) -> str | None:
    """YYYY-MM-DD from a date match, or None when a part is missing or impossible."""
    groups = match.groupdict()
    if groups.get("solar_year"):
        return _from_solar_hijri(groups)
    year, day = groups.get("year") or _full_year(groups.get("year2")), groups.get("day")
    month = pt.MONTH_NUMBER.get((groups.get("month") or "").lower().rstrip(".")) or int(groups.get("mnum") or 0)
    if not (year and day and 1 <= month <= 12 and 1 <= int(day) <= 31):
        return None
    number = int(year)
    if number >= pt.BUDDHIST_ERA_FROM:
        number -= pt.BUDDHIST_ERA_OFFSET
    return f"{number:04d}-{month:02d}-{int(day):02d}"


def _full_year(year2: str | None) -> str | None:
    """A year written with two digits ("26") in full: this century's up to 69, the last one's from 70."""
    return None if year2 is None else f"{(2000 if int(year2) < 70 else 1900) + int(year2)}"


def _from_solar_hijri(groups: dict[str, str | None]) -> str | None:
    """YYYY-MM-DD of a Solar Hijri date (the usual arithmetic of its 33-year cycles, as Iran's calendars give it)."""
    month = pt.SOLAR_MONTH_NUMBER.get(groups.get("solar_month") or "") or int(groups.get("mnum") or 0)
    year, day = int(groups["solar_year"] or 0), int(groups.get("day") or 0)
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    year += 1595
    days = -355668 + 365 * year + year // 33 * 8 + (year % 33 + 3) // 4 + day + \
        ((month - 1) * 31 if month <= 6 else (month - 7) * 30 + 186)
    gyear = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gyear += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gyear += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gyear += (days - 1) // 365
        days = (days - 1) % 365
    leap = gyear % 4 == 0 and (gyear % 100 != 0 or gyear % 400 == 0)
    for gmonth, length in enumerate((31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), 1):
        if days < length:
            return f"{gyear:04d}-{gmonth:02d}-{days + 1:02d}"
        days -= length
    return None


def _other_words(text: str) -> list[str]:
    """Words of ``text`` left once dates, times, relative times, site names, date labels, weekdays and stamp
    words are taken out."""
    if _RELATIVE.candidates(text):
        text = pt.RELATIVE_TIME.sub(" ", text)
    if "." in text:
        text = pt.SITE_NAME.sub(" ", text)
    for regex in (*pt.DATES, pt.TIME, pt.DATE_LABEL, pt.DATE_PREPOSITION, pt.WEEKDAY, pt.STAMP_WORD):
        text = regex.sub(" ", text)
    return tx.WORD.findall(text)


def _date_count(text: str) -> int:
    """How many dates with a year ``text`` holds, a date two forms read ("11/19/2019") counted once."""
    spans = sorted(m.span() for regex in pt.DATES_WITH_YEAR for m in regex.finditer(text))
    count, end = 0, -1
    for start, stop in spans:
        if start >= end:
            count += 1
        end = max(end, stop)
    return count


def is_stamp(text: str) -> bool:
    """Only a date or time stamp: few words beside it, none lowercase prose ("/ CBS News", not "it happened").

    Two dates with no label ("29 November 2018 | 20 January 2019") or a "~" make a range: an event's dates.
    """
    if "~" in text or "。" in text or (_date_count(text) > 1 and not pt.DATE_LABEL.search(pt.TIME.sub(" ", text))):
        return False  # a range, or a sentence ended by an East Asian full stop ("2026年1月24日，市议会通过了预算。")
    others = _other_words(text)
    if len(others) > STAMP_MAX_OTHER_WORDS or any(w[0].islower() for w in others):
        return False
    # in a script without capitals no word tells prose: a full stop after a word does ("..., 시의회는 예산안을
    # 통과시켰다."), where a stamp ends on its date or time ("입력 2026.01.24.")
    return not (tx.ends_sentence_after_a_word(text) and any(_caseless(w) for w in others))


def _caseless(word: str) -> bool:
    """A word in a script without capitals (Hangul, Arabic, Hebrew, Devanagari, Han)."""
    return word[0].isalpha() and word[0].lower() == word[0].upper()


def _leading_date_end(text: str, match: re.Match[str]) -> int | None:
    """Where the stamp opening ``text`` with the date ``match`` ends, or None when words come before the date.

    The stamp runs on over the times, labels and further dates after it, with no other word between them:
    "입력 2026.01.24. 오전 10:32 수정 2026.01.24. 오후 2:05".
    """
    if _other_words(text[: match.start()]):
        return None
    end = match.end()
    ends = sorted({m.end() for regex in (*pt.DATES_WITH_YEAR, pt.TIME) for m in regex.finditer(text, end)})
    for stop in ends:
        if _other_words(text[end:stop]):
            break
        end = stop
    return end


def dated(text: str, words: int, top: bool, header: bool) -> Label | None:
    """The label of a block of ``words`` words that is a date header or a time stamp (its index left 0), else None.

    ``top``: the block is in the header zone or just under a summary line, where a date line is the page's date;
    ``header``: in the header zone, where a date may also open a caption or the first paragraph.
    """
    found = find_date(text)
    if not found or not (top or found[1] or pt.DATE_LABEL.match(text.lstrip())):
        return None  # no date, or a date without a year or label after the article (a tour date)
    iso = found[1] if top else None
    where = "at the top" if top else "at the end"
    kind = "date-header" if top else "timestamp"
    if words <= STAMP_MAX_WORDS and is_stamp(text):
        return Label(0, kind, f"a line that is only a date or time stamp {where}", NAME, 0.9, found={"date": iso})
    end = _leading_date_end(text, found[0]) if header else None
    if end is None:
        return None
    rest = text[end:]
    if words <= 80 and (credit_at_end(rest) or ((label := caption(rest, tx.word_count(rest))) and label.span is None)):
        return Label(0, kind, "a date header glued to a photo caption and its credit", NAME, 0.9,
                     found={"date": iso})
    if pt.DATE_LABEL.match(text.lstrip()):
        span = (0, _SEPARATORS.match(text, end).end())
        rest = text[span[1]:]
        if rest[:1].islower() and tx.word_count(rest) > SIGNATURE_MAX_WORDS and not pt.BY_LINE.match(rest):
            return None  # the sentence goes on: "Published on 12 March 2019, the report found ..." (not "... by Name")
        return Label(0, kind, "a labelled date opening the first paragraph", NAME, 0.8, span=span,
                     found={"date": iso})
    return None


def _labelled_stamp(text: str) -> bool:
    """A line that is only a labelled date with its year ("Published: Monday, November 18th, 2019 at 11:08 a.m.")."""
    if not pt.DATE_LABEL.match(text.lstrip()):
        return False
    found = find_date(text)
    return bool(found and found[1] and is_stamp(text))


def detect(doc: Document) -> list[Label]:
    labels: list[Label] = []
    for block in doc.blocks:
        text, words = block.text, doc.word_counts[block.index]
        if words > 200:
            continue
        header = doc.in_header(block.index)
        top = block.index <= doc.byline_end  # the header zone, or just under a summary line
        if len(text) <= 40 and pt.BARE_STAMP.match(text):  # anywhere; at the top it is the page's date line
            labels.append(Label(block.index, "date-header" if top else "timestamp", "a line that is only a machine "
                                "or relative time stamp (\"3 hours ago\", \"Today, 10:32\")", NAME, 0.9))
            continue
        if not top and block.index < doc.tail_start and words <= STAMP_MAX_WORDS and doc.cached(_labelled_stamp, text):
            labels.append(Label(block.index, "timestamp", "a labelled date line between paragraphs", NAME, 0.85))
            continue
        if not top and (block.index < doc.tail_start or "@" in text or words > STAMP_MAX_WORDS):
            continue  # a date between paragraphs, a tweet's date: the article's own; after it only stamps go
        if "@" in text and pt.POST_SIGNATURE.match(text):
            continue  # a quoted post's signature under a short paragraph at the top: the article's
        if found := doc.cached(dated, text, words, top, header):
            labels.append(replace(found, block=block.index))
    return labels
