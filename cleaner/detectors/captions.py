"""Photo captions and credits: "Photo: Name, Paper", "(AP Photo/Name)", "Credit... Name/Agency"."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .. import patterns as pt
from .. import text as tx
from ..cues import credits
from ..document import Document
from ..lazy_regex import compile_later
from ..model import Label
from ..prefilter import Prefilter, most_solid, tail_start

NAME = "captions"
KINDS = ("caption", "photo-credit")
# A caption is a sentence or two; a longer block ending in a credit is a paragraph with a credit glued on.
CAPTION_MAX_WORDS = 60
CREDIT_MAX_WORDS = 14
CAPTION_OPENER_MAX_WORDS = 40
VIDEO_TITLE_MAX_WORDS = 16
PHOTO_NOTE_CHARS = 30  # a note ("Submitted photo") ends the caption: look at its last characters only
# A word in a script without capitals (Han, Kana, Hangul, Arabic) has no sign of a name but its length: up to this
# many characters it may be one ("照片：台北市政府提供", "사진=연합뉴스").
CASELESS_NAME_MAX_CHARS = 12
# Thai writes no space between words: an outlet's name is one run of letters ("ภาพ: ไทยรัฐออนไลน์").
THAI_NAME_MAX_CHARS = 20
# which of CREDIT_TAIL, AGENCY_TAIL and SPACED_CREDIT may match
_TAILS = Prefilter([pt.CREDIT_TAIL_FLAT, pt.AGENCY_TAIL, pt.SPACED_CREDIT])
_CLOSING = tuple(")]）】］")
_POINTS_AT_PICTURE = compile_later(
    rf"^\W*(?:(?:{credits.POINTER_DEMONSTRATIVES})\s+(?:[\w.,’'-]+\s+){{0,5}}?(?:file\s+|handout\s+|undated\s+)?"
    rf"(?:{credits.POINTER_PICTURE_NOUNS})\b(?:\s*,|\s+(?:{credits.POINTER_VERBS})\b"
    rf"|\s+of\s+(?:[^\s.!?]+\s+){{1,12}}?(?:{credits.POINTER_SHOWS})\b)"
    rf"|(?:{credits.PICTURE_POINTERS})\b|(?:{credits.PICTURE_KINDS})\s+(?:of|de|du|des|der|di|del|da|do)\b)",
    re.IGNORECASE,
)
_NAME_GROUPS = ("name", "photographer", "staff", "outlet", "agency", "file_photo")  # the credit tails' name parts
# A Korean caption is a sentence or a noun phrase: more words than this, and a paragraph holds the agency's name.
KO_CAPTION_MAX_WORDS = 30
# A Chinese or Japanese caption is one sentence of up to this many words (two characters a word).
CJK_CAPTION_MAX_WORDS = 40


@cache
def _most() -> int | None:
    """The most non-space characters a credit ending a block holds (read from the patterns once)."""
    most = (most_solid(pt.CREDIT_TAIL), most_solid(pt.AGENCY_TAIL), most_solid(pt.SPACED_CREDIT))
    return None if None in most else max(most)  # type: ignore[type-var]


def _korean_caption(text: str, words: int) -> bool:
    """A short Korean line ending in its agency after a full stop (the agency's name alone after it: "연합뉴스",
    "뉴스1"); a Korean article credits its agency in the dateline, before the story."""
    last = text.rstrip()[-1:]
    return (words <= KO_CAPTION_MAX_WORDS and (last.isdigit() or "\uac00" <= last <= "\ud7a3")
            and pt.AGENCY_AFTER_HANGUL_STOP.search(text) is not None)


def _caseless(word: str) -> bool:
    """A word in a script without capitals (Han, Kana, Hangul, Arabic): no sign of a name but its length."""
    return word[0].isalpha() and word[0].lower() == word[0].upper()


def _caseless_name(word: str) -> bool:
    """A word in a script without capitals, short enough to be a name."""
    most = THAI_NAME_MAX_CHARS if "\u0e00" <= word[0] <= "\u0e7f" else CASELESS_NAME_MAX_CHARS
    return _caseless(word) and len(word) <= most


def _agency_last(text: str) -> re.Match[str] | None:
    """A credit ending ``text`` with the agency or outlet last ("Jane Doe/AP", "Jane Doe for The Times",
    "[연합뉴스 자료사진]"); each form holds a "/" or " for The " or ends in a bracket: most blocks need no search."""
    if not text.rstrip().endswith(_CLOSING) and "/" not in text and " for The " not in text:
        return None
    return pt.AGENCY_LAST_TAIL.search(text, tail_start(text, most_solid(pt.AGENCY_LAST_TAIL)))


def _tails(text: str) -> tuple[int, frozenset[int]]:
    """A place before which no credit ending ``text`` starts (a credit is in the block's last part), and which of
    the credit patterns (_TAILS) may match from there (their words are in that part)."""
    start = tail_start(text, _most())
    return start, _TAILS.candidates(text[start:])


def _spaced_credit(text: str, tails: tuple[int, frozenset[int]]) -> re.Match[str] | None:
    """A picture word and a photographer's name with no colon ending ``text`` ("... Den Haag. Beeld Jan de Vries"),
    given ``_tails(text)``."""
    start, candidates = tails
    return pt.SPACED_CREDIT.search(text, start) if 2 in candidates else None


def credit_at_end(text: str, tails: tuple[int, frozenset[int]] | None = None) -> re.Match[str] | None:
    """A photo credit ending ``text`` whose name part reads as names or agencies, not as prose (``tails``: what
    ``_tails(text)`` gives, when known)."""
    start, candidates = tails or _tails(text)
    match = ((0 in candidates and pt.CREDIT_TAIL.search(text, start))
             or (1 in candidates and pt.AGENCY_TAIL.search(text, start))
             or _agency_last(text))
    if not match:
        return None
    groups = match.groupdict()
    name = next(groups[key] for key in _NAME_GROUPS if groups.get(key) is not None)  # that of the branch matched
    # a source in lowercase ("Фото: пресс-служба", "Foto: privat") only after a picture word and a colon or a
    # slash: "shared the image via social media", "had only one source: social media" are sentences
    sourced = ((groups.get("joiner") or "").strip() in (":", "：", "፡", "՝", "/", "／")
               and groups["word"].lower() not in credits.UNPICTURED_CREDIT_WORDS)
    name_words = [w for w in tx.WORD.findall(name) if not w.isdigit()]
    named = [w for w in name_words if w[0].isupper() or pt.AGENCY_WORD.fullmatch(w)
             or (sourced and pt.CREDIT_SOURCE.fullmatch(w)) or _caseless_name(w)]
    if not name_words or len(name_words) > CREDIT_MAX_WORDS or len(named) * 2 < len(name_words):
        return None
    return match


def caption(text: str, words: int) -> Label | None:
    """The label of a block of ``words`` words when it is a caption or a photo credit (its index left 0), else None."""
    if words <= 6 and pt.CAPTION_LABEL.match(text):
        return Label(0, "caption", "a caption control or label line", NAME, 0.9)
    if words <= 8 and (pt.AGENCY_LINE.match(text) or pt.NAME_AND_OUTLET.match(text)):
        reason = "a line naming only a photo or news agency, or a photographer and their outlet"
        return Label(0, "photo-credit", reason, NAME, 0.8)
    if words <= CAPTION_OPENER_MAX_WORDS and (pt.CAPTION_OPENER.match(text) or pt.CAPTION_PREFIX.match(text)
                                              or pt.PICTURE_CAPTION.match(text)):
        reason = "a caption introduced by a picture cue (\"Above:\", \"Image caption\", \"Image:\")"
        return Label(0, "caption", reason, NAME, 0.7)
    if words <= VIDEO_TITLE_MAX_WORDS and pt.VIDEO_TITLE.match(text) and not tx.ends_sentence(text):
        return Label(0, "caption", "an embedded video's title under its label (\"Watch: ...\")", NAME, 0.7)
    if words <= CAPTION_MAX_WORDS and _POINTS_AT_PICTURE.match(text):
        reason = "a caption pointing at its picture (\"In this file photo, ...\", \"This image shows ...\")"
        return Label(0, "caption", reason, NAME, 0.7)
    if words <= CAPTION_MAX_WORDS and pt.GALLERY_CAPTION.match(text):
        return Label(0, "caption", "a photo gallery's caption, opened by its counter (\"1 of 4\")", NAME, 0.8)
    if words <= CAPTION_MAX_WORDS and pt.PHOTO_NOTE.search(text[-PHOTO_NOTE_CHARS:]):
        return Label(0, "caption", "a caption ending in where the photo came from (\"Submitted photo\")", NAME, 0.8)
    if words <= CAPTION_MAX_WORDS and pt.AGENCY_IN_PARENS.search(text):
        return Label(0, "caption", "a caption credited to an agency in parentheses", NAME, 0.7)
    end = text.rstrip()[-2:]  # both forms end in a bracket, a CJK character or 摄: look only at those lines
    if words <= CAPTION_MAX_WORDS and tx.unspaced(end) and (
            ("。" not in text and pt.AGENCY_AFTER_CJK.search(text))  # "（共同）" may end a wire story's paragraph
            or (("摄" in end or "攝" in end) and pt.CJK_PHOTOGRAPHER.search(text))
            or ("影" in end and "。" not in text and pt.JA_PHOTOGRAPHER.search(text))
            or ("）" in end and "。" not in text and pt.JA_DATED_CAPTION.search(text))):
        reason = ("a caption ending in its agency, photographer or the day it was taken (\"＝共同\", \"张三 摄\", "
                  "\"山田太郎撮影\", \"（14日午後）\")")
        return Label(0, "caption", reason, NAME, 0.7)
    if note := _cjk_note(text, end):
        return note
    if _korean_caption(text, words):
        return Label(0, "caption", "a Korean caption ending in its agency after a full stop (\". 연합뉴스\")", NAME,
                     0.7)
    if words > 400:
        return None
    tails = _tails(text)
    credit = credit_at_end(text, tails) or _spaced_credit(text, tails)
    if not credit:
        return None
    caption = text[: credit.start()].strip()
    if not caption:
        return Label(0, "photo-credit", "a photo credit line", NAME, 0.9)
    if tx.word_count(caption) <= CAPTION_MAX_WORDS:
        return Label(0, "caption", "a photo caption ending in a credit", NAME, 0.8)
    return Label(0, "photo-credit", "a photo credit glued to the end of a paragraph", NAME, 0.8,
                 span=(credit.start(), len(text)))


def _cjk_note(text: str, end: str) -> Label | None:
    """A Chinese credit ("受访者供图", "新华社发", "（资料图）") or a Japanese note on the photo ("（写真は…）") ending
    ``text``: after a caption of one sentence the block is a caption, after more sentences the note is glued on."""
    if not tx.unspaced(end) and not end.endswith((")", "）")):
        return None
    supplied = pt.CJK_SUPPLIED.search(text)
    match = supplied or pt.JA_PHOTO_NOTE.search(text)
    if not match:
        return None
    before = text[: match.start()].strip()
    # a Japanese note after a full sentence may close a one-sentence paragraph: then the note alone goes
    sentences = before.count("。") if supplied else 2 * before.count("。")
    if not before or (sentences <= 1 and tx.word_count(before) <= CJK_CAPTION_MAX_WORDS):
        return Label(0, "caption", "a caption ending in who supplied the photo or what it shows (\"受访者供图\", "
                     "\"（写真は…）\")", NAME, 0.8)
    return Label(0, "photo-credit", "a note on the photo glued to the end of a paragraph", NAME, 0.8,
                 span=(match.start(), len(text)))


def detect(doc: Document) -> list[Label]:
    labels: list[Label] = []
    for block in doc.blocks:
        found = doc.cached(caption, block.text, doc.word_counts[block.index])  # the same in every pass
        if found:
            labels.append(replace(found, block=block.index))
    return labels
