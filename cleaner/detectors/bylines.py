"""Bylines and author lines near the top: "By Name / Agency", "Name, AP Auto Writer", "Opinion Columnist"; and a
byline right under the article's last paragraph, above the page's furniture."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import patterns as pt
from .. import text as tx
from ..cues.bylines import WIRE_STAFF_WORDS
from ..document import Document
from ..lazy_regex import compile_later
from ..model import Label
from .dates import find_date, is_stamp

NAME = "bylines"
KINDS = ("byline",)
BYLINE_MAX_WORDS = 16
ROLE_ONLY_MAX_WORDS = 4
WIRE_MAX_WORDS = 7
OUTLET_ALONE_MAX_WORDS = 3
OUTLET_REASON = "an author's name with their agency or outlet"
OUTLET_ALONE_REASON = "an agency's or outlet's name alone (\"NHK\", \"(EFE)\")"
# A Vietnamese reporter's name alone on its line, as VnExpress, Tuổi Trẻ and Dân trí print it under the headline or
# after the last paragraph ("Võ Hải", "MINH HÒA"): two to four capitalised words, one with a Vietnamese letter, on a
# page in Vietnamese (French, Portuguese and Italian write most of those letters too: "São Paulo"). After the
# article it is taken only right below its last sentences.
VI_NAME = compile_later(r"^\s*(?=[^\n]*(?i:[ăâđêôơưàáãèéìíòóõùúýạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]))"
                     r"(?:[^\W\d_][^\W\d_]{0,6})(?:[ \t]+[^\W\d_]{1,7}){1,3}"
                     # where it was written or whose report it retells: "Hoài Phong (từ Bangkok)", "(theo AFP)"
                     r"(?:[ \t]*\((?:từ|theo|tổng hợp)\b[^()\n]{0,40}\))?\s*$")
# A page with no paragraph of prose ends its article at its last finished sentence of this many words or more, when
# it has a few of them.
SHORT_PARAGRAPH_MIN_WORDS = 6
SHORT_PARAGRAPHS_MIN = 3
VI_NAME_AFTER = 3  # how many short closing sentences may stand between the last prose block and the name
# An author's name alone, two to four capitalised words ("Kari Nilsen", "Γιώργος Παπαδόπουλος"), right under the
# page's date line or byline in its header: no other line of the header reads so (a headline in title case stands
# above the date, a section's name is one word).
_NAME_ALONE = compile_later(r"^\s*[^\W\d_][^\W\d_'’.-]*(?:[ \t]+[^\W\d_][^\W\d_'’.-]*){1,3}\s*$")
_NAME_ALONE_MAX_CHARS = 40
# A word in a script without capitals and with spaces between words (Hebrew, Arabic, the Indic scripts, Ethiopic):
# nothing tells a name or a role word from another word ("ক্রীড়া প্রতিবেদক", a sports reporter).
_CASELESS_WORD = compile_later(pt.CASELESS_NAME_WORD)
_CASELESS_NAME_MAX_CHARS = 30
_BESIDE = {"date-header", "byline"}


def authors(names: str) -> list[str]:
    """Split "Jane Doe and John Roe" into names, in title case when written all in capitals."""
    out = []
    for name in pt.NAME_SPLIT.split(names):
        name = name.strip(" .,;")
        if name:
            out.append(name.title() if name.isupper() else name)
    return out


def _match(text: str) -> tuple[str, list[str]] | None:
    """(reason, authors) when ``text`` is a byline, else None."""
    if (m := pt.BY_LINE.match(text)) and not _goes_on_as_a_sentence(text, m.group("rest")):
        return "a byline (\"By\" and the author's name)", authors(m.group("names"))
    # "记者了解到，……。" ("the reporter learned that ..."): a sentence, ended by its full stop, not a byline
    if pt.BY_AGENCY.match(text):
        return "a byline crediting a news agency (\"Von dpa\", \"By AFP\")", []
    if m := pt.CASELESS_BYLINE.match(text):
        return "a byline (\"מאת\", \"लेखक:\" and the author's name)", [m.group("names")]
    if ((m := pt.CJK_BYLINE.match(text) or pt.KO_BYLINE.match(text) or pt.JA_BYLINE.match(text)) and len(text) <= 40
            and not tx.ends_with_mark(text)):
        return "a byline (reporter's name)", re.split(r"\s*[ 、·・ㆍ,]\s*", m.group("names"))
    if (m := pt.NAME_ROLE_LINE.match(text)) and pt.ROLE.search(m.group("role")) and _is_role(m.group("role")):
        return "an author's name with their role", authors(m.group("names"))
    if m and _is_outlet(m.group("role")) and all(len(name.split()) >= 2 for name in authors(m.group("names"))):
        return OUTLET_REASON, authors(m.group("names"))
    words = text.split()
    if (len(words) <= WIRE_MAX_WORDS and (wire := pt.WIRE_BYLINE.match(text)) and not tx.ends_with_mark(text)
            and _wire_lead(wire.group("lead"))):
        return "a byline crediting news agencies (\"Le Monde avec AFP\", \"Staff and agencies\")", []
    if len(words) <= ROLE_ONLY_MAX_WORDS and pt.ROLE.search(text) and _is_role(text):
        return "an author's role line", []
    if len(words) <= OUTLET_ALONE_MAX_WORDS and _is_outlet(text):
        return OUTLET_ALONE_REASON, []
    return None


def _goes_on_as_a_sentence(text: str, rest: str | None) -> bool:
    """A sentence opening with a by-word and a capitalised word, not a byline: "By Monday, officials hope to
    ...", "Par Internet, les usagers peuvent ...", "Di Maio, intanto, ha annunciato ...". It ends as a sentence
    and its rest holds lowercase words of meaning (a byline's rest is an outlet, a role, a place, a date)."""
    if not rest or not tx.ends_with_mark(text):
        return False
    lowercase = [w for w in _LOWERCASE_WORD.findall(rest) if w[0].islower() and not pt.ROLE.fullmatch(w)]
    return len(lowercase) >= _SENTENCE_MIN_LOWERCASE


_LOWERCASE_WORD = compile_later(r"[^\W\d_]{4,}")
_SENTENCE_MIN_LOWERCASE = 2


def _vietnamese_name(text: str) -> bool:
    """Two to four words, each capitalised, one with a Vietnamese letter: "Nguyễn Dương", "MINH HÒA", maybe where
    it was written after them ("Hoài Phong (từ Bangkok)")."""
    name = text.split("(")[0]
    return len(name) <= 40 and bool(VI_NAME.match(text)) and all(w[0].isupper() for w in name.split())


def _wire_lead(lead: str) -> bool:
    """What stands before "and agencies", "avec AFP" names the outlet or its staff: a staff word, two words or more
    ("Le Monde", "The Guardian"), or an acronym ("RFI"); one other word is a subject ("Police and agencies")."""
    words = lead.split()
    return len(words) != 1 or len(words[0]) >= 2 and words[0].isupper() or words[0].lower() in WIRE_STAFF_WORDS


def _name_alone(text: str) -> bool:
    """Two to four words, each capitalised (in a script with capitals), no digit or mark: "Kari Nilsen"."""
    words = text.split()
    return (len(text) <= _NAME_ALONE_MAX_CHARS and bool(_NAME_ALONE.match(text))
            and all(w[0].isupper() for w in words) and not any(pt.ROLE.fullmatch(w) for w in words))


def _caseless_name_alone(text: str) -> bool:
    """Two or three words in a script without capitals and with spaces (Hebrew, Arabic, the Indic scripts): "איתי
    כהן". Nothing tells them from other words: taken only right under the page's date line or byline."""
    words = text.split()
    return (2 <= len(words) <= 3 and len(text) <= _CASELESS_NAME_MAX_CHARS
            and all(_CASELESS_WORD.fullmatch(w) for w in words) and not any(pt.ROLE.fullmatch(w) for w in words))



def _is_role(text: str) -> bool:
    """Short, capitalised and unpunctuated, as a job title is ("AP Auto Writer"), not a sentence; a role word
    may be in lowercase, as languages write them ("корреспондент", "a staff writer at The Atlantic")."""
    words = re.findall(r"[^\W\d_][\w'’\-.\u0900-\u0dff]*", text)  # an Indic word whole, its vowel signs in it
    return 0 < len(words) <= 8 and not text.endswith(".") and all(
        w[0].isupper() or len(w) <= 3 or pt.ROLE.fullmatch(w) or _CASELESS_WORD.fullmatch(w) for w in words)



def _is_outlet(text: str) -> bool:
    """A news agency's name, or an outlet's short name in capitals ("Reuters", "PAP", "CNN")."""
    return bool(pt.AGENCY_ROLE.fullmatch(text.strip(" ()")))


def byline(text: str) -> Label | None:
    """The label of a block that reads as a byline (its index left 0), else None."""
    date = None
    if (dated := find_date(text)) and dated[0].start() > 0 and is_stamp(text[dated[0].start():]):
        text, date = text[: dated[0].start()], dated[1]  # "By Name, Monday, May 4, 2020, 4:05 pm"
        text = pt.WEEKDAY.sub("", text).rstrip(" ,|·/–—-")
    found = _match(text) if len(text.split()) <= BYLINE_MAX_WORDS else None
    if not found:
        return None
    reason, names = found
    # with a date, more sure than the date detector's reading of the line as a stamp; a name and an agency alone
    # may be a photographer's credit ("Alex Wong | Getty Images"), an agency's name alone a picture's ("Getty
    # Images"): then the caption detector's reading wins
    confidence = 0.95 if date else 0.75 if reason in (OUTLET_REASON, OUTLET_ALONE_REASON) else 0.85
    reason += " and the date" if date else ""
    return Label(0, "byline", f"{reason} at the top", NAME, confidence,
                 found={"authors": names, "date": date})


def _tail_byline(doc: Document, taken: set[int]) -> Label | None:
    """A byline right under the article's last paragraph ("Autor: Jan Novák, ČTK", "Szabó Gergely", "TASR"), with
    the page's furniture (share buttons, tags, comments, copyright) right under it: the line closes the article as
    its author's signature."""
    labelled = doc.whole_labels()
    # under the last paragraph of prose no detector has taken (a cookie notice below may read as prose); on a page
    # of short paragraphs only (a wire brief's sentences of ten words), under its last finished sentence
    last = next((i for i in reversed(range(len(doc.blocks))) if i not in labelled and doc.is_prose(i)), None)
    first = doc.header_end
    if last is None:
        short = [i for i in range(len(doc.blocks)) if i not in labelled and _short_paragraph(doc, i)]
        if len(short) < SHORT_PARAGRAPHS_MIN:
            return None
        first, last = short[0], short[-1]
    i = start = last + 1  # past the article's short closing sentences and a credit, if any ("„...“, mondta az edző.")
    while i < min(start + VI_NAME_AFTER, len(doc.blocks)) and (i in labelled or tx.ends_sentence(doc.blocks[i].text)):
        i += 1
    if not first < i < len(doc.blocks) or i in taken or doc.word_counts[i] > BYLINE_MAX_WORDS:
        return None
    text = doc.blocks[i].text
    if i in labelled:
        return None
    if i + 1 >= len(doc.blocks):
        # a line ending the page may be a heading of the article's own ("What Happens Next"); under the date line
        # the page prints after the article, with its by-word ("Published 24 January 2026" / "By Jane Roe"), a byline
        if not (last + 1 < i and i - 1 in labelled and pt.BY_LINE.match(text)):
            return None
    elif i + 1 not in labelled:
        return None
    if found := doc.cached(byline, text):
        return replace(found, block=i, reason=found.reason.replace(" at the top", " under the article"))
    if _name_alone(text):
        return Label(i, "byline", "an author's name alone under the article's last paragraph, above the page's "
                     "furniture", NAME, 0.7, found={"authors": [text.strip()]})
    return None


# A section's or column's label of one word on its line ("Komentář", "Opinion", "मतामत").
_LABEL_WORD = compile_later(r"[^\W\d_][\w\u0900-\u0dff]{2,19}")


def _short_paragraph(doc: Document, index: int) -> bool:
    """A finished sentence of some words, too short for prose: a paragraph of a page of short paragraphs."""
    return doc.word_counts[index] >= SHORT_PARAGRAPH_MIN_WORDS and tx.ends_with_mark(doc.blocks[index].text)


def detect(doc: Document) -> list[Label]:
    labels: list[Label] = []
    vietnamese = doc.language == "vi"  # the letters of a Vietnamese name are French, Portuguese or Italian ones too
    for block in doc.blocks[: doc.byline_end + 1]:
        if found := doc.cached(byline, block.text):
            labels.append(replace(found, block=block.index))
        elif vietnamese and _vietnamese_name(block.text):
            labels.append(Label(block.index, "byline", "a Vietnamese reporter's name alone on its line at the top",
                                NAME, 0.85, found={"authors": [block.text.strip()]}))
    beside = {x.block for x in doc.labels if x.kind in _BESIDE and x.span is None} | {x.block for x in labels}
    for i in range(1, min(doc.byline_end + 1, doc.header_end)):
        # right under the date line or byline, or under a column's one-word label there ("Komentář", "Opinion")
        under = i - 1 in beside or (
            i >= 2 and i - 2 in beside and _LABEL_WORD.fullmatch(doc.blocks[i - 1].text.strip()) is not None)
        if i in beside or not under or (vietnamese and _vietnamese_name(doc.blocks[i].text)):
            continue
        if _name_alone(doc.blocks[i].text) or _caseless_name_alone(doc.blocks[i].text):
            labels.append(Label(i, "byline", "an author's name alone under the page's date line or byline", NAME,
                                0.6, found={"authors": [doc.blocks[i].text.strip()]}))
    if tail := _tail_byline(doc, {x.block for x in labels}):
        labels.append(tail)
    if not vietnamese:
        return labels
    for i in range(max(doc.tail_start, doc.byline_end + 1), min(doc.tail_start + VI_NAME_AFTER, len(doc.blocks))):
        text = doc.blocks[i].text
        if _vietnamese_name(text):
            labels.append(Label(i, "byline", "a Vietnamese reporter's name alone, under the article's last "
                                "sentence", NAME, 0.8, found={"authors": [text.strip()]}))
            break
        if not tx.ends_sentence(text):
            break  # past the article's short closing sentences
    return labels
