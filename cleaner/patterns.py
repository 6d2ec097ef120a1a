"""Regular expressions compiled from the cue lists, shared by the detectors."""

from __future__ import annotations

import re
from collections.abc import Callable

from .cues import LOWERCASE, bylines, credits, dates
from .lazy_regex import compile_later
from .prefilter import trie


def _alternation(words: list[str] | str) -> str:
    """One pattern matching any of ``words`` (a list, or a string of words split at "|"), as a trie, a space in a
    word matching any run of spaces; the longest word at a place is tried first."""
    return trie(set(words.split("|") if isinstance(words, str) else words), space=r"\s+")


def _flat_alternation(words: list[str] | str) -> str:
    """The same words as one flat alternation, longest first: slower to match, but a prefilter reads whole words
    from it (a trie splits them at their first letters)."""
    items = words.split("|") if isinstance(words, str) else list(words)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(items), key=len, reverse=True))


MONTH_NUMBER: dict[str, int] = {name: num for months in (dates.MONTHS, dates.MONTHS_WITH_YEAR)
                                for num, names in months.items() for name in names.split()}
_NAMED_MONTHS = [name for names in dates.MONTHS.values() for name in names.split()]
# A day and a year in the digits of Bengali, Devanagari, Persian, Arabic, Thai, Burmese and Khmer pages too ("১২
# মার্চ ২০২৪"): \d reads them. Thai pages count years in the Buddhist era ("25 มกราคม 2567": 2024), 543 years ahead.
_DAY = r"(?P<day>[0-3০-৩०-३۰-۳٠-٣๐-๓၀-၃០-៣]?\d)(?:st|nd|rd|th|er|º|\.)?"
_YEAR = r"(?P<year>(?:19|20|১৯|২০|१९|२०|۱۹|۲۰|١٩|٢٠|๑๙|๒๐|25|๒๕|၁၉|၂၀|១៩|២០)\d\d)"
BUDDHIST_ERA_FROM, BUDDHIST_ERA_OFFSET = 2400, 543
# A year of the Solar Hijri calendar, in a date with its month's name or in figures from the year ("۱۴۰۲/۰۸/۱۵").
SOLAR_MONTH_NUMBER: dict[str, int] = {name: num for num, names in dates.SOLAR_HIJRI_MONTHS.items()
                                      for name in names.split()}
_SOLAR_YEAR = r"(?P<solar_year>(?:13|14|۱۳|۱۴)\d\d)"
ETHIOPIAN_MONTH_NUMBER: dict[str, int] = {name: num for num, names in dates.ETHIOPIAN_MONTHS.items()
                                          for name in names.split()}
_ETHIOPIAN_YEAR = r"(?P<eth_year>(?:19|20)\d\d)(?:\s*ዓ\.?\s*ም\.?)?"  # "ዓ.ም": the Ethiopian era
_BS_YEAR = r"(?P<bs_year>(?:20|२०)[0-9०-९]{2})"
_AFTER_CJK_LABEL = r"(?<=[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff])"  # "송고시간2024-03-14": a label glued to it


def _month(alternation: Callable[[list[str] | str], str]) -> str:
    return rf"(?P<month>{alternation(list(MONTH_NUMBER))})\.?"  # any month name, beside a year


def _date_forms(alternation: Callable[[list[str] | str], str]) -> list[str]:
    """The date forms, each naming its groups year/month/day (a month given by name is in "month")."""
    month = _month(alternation)
    month_alone = rf"(?P<month>{alternation(_NAMED_MONTHS)})\.?"  # a name that is a month even without a year
    return [
        # ISO, "...T08:57" after it
        rf"(?:\b|{_AFTER_CJK_LABEL}){_YEAR}\s*[-/.]\s*(?P<mnum>[01]?\d)\s*[-/.]\s*(?P<day>[0-3]?\d)(?:\b|(?=T\d))",
        rf"\b(?P<day>[0-3]?\d)\s*[./-]\s*(?P<mnum>[01]?\d)\s*[./-]\s*{_YEAR}\b",
        rf"\b(?P<mnum>[01]?\d)/(?P<day>1[3-9]|2\d|3[01])/{_YEAR}\b",  # "1/24/2026": a US date, when the day tells
        rf"(?<!\w){month}\s+{_DAY},?\s+{_YEAR}\b",
        rf"\b{_DAY}\s*(?:de\s+)?{month}(?:\s+de|,)?(?:\s+|(?<=\.)){_YEAR}\b",  # "29.fev.2024" too
        rf"{_YEAR}\s*[年년]\s*(?P<mnum>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]?",
        rf"\b{_YEAR}\.\s*{month}\s+(?P<day>[0-3]?\d)\b\.?",  # Hungarian: "2021. június 26."
        # the year first: Sinhala "2026 ජනවාරි 24", Lithuanian "2026 m. sausio 24 d.", Basque "2026ko urtarrilaren
        # 24a", Latvian "2026. gada 24. janvāris"
        rf"\b{_YEAR}(?:\s+m\.|ko|(?=\s+[\u0d80-\u0dff]))\s+{month}\s+(?P<day>[0-3]?\d)(?:a\b|\s+d\.|\b)",
        rf"\b{_YEAR}\.\s*gada\s+{_DAY}\s*{month}(?!\w)",
        # Khmer: "ទី២៤ ខែមករា ឆ្នាំ២០២៦", the day, month and year each after its word
        rf"(?:ទី)?{_DAY}\s*ខែ\s*{month}\s*ឆ្នាំ\s*{_YEAR}",
        rf"(?<!\w){_DAY}\s+(?P<solar_month>{alternation(list(SOLAR_MONTH_NUMBER))})\s+(?:ماه\s+)?{_SOLAR_YEAR}(?!\w)",
        rf"(?<!\w){_SOLAR_YEAR}/(?P<mnum>[01۰۱]?\d)/(?P<day>[0-3۰-۳]?\d)(?!\w)",  # "۱۴۰۲/۰۸/۱۵": the Solar Hijri order
        # the Ethiopian calendar: "ጥር 16 ቀን 2018 ዓ.ም", "ጥር 16, 2018", "16 ጥር 2018"
        rf"(?<!\w)(?P<eth_month>{alternation(list(ETHIOPIAN_MONTH_NUMBER))})\s+{_DAY}(?:\s*ቀን)?\s*[,/]?\s*"
        rf"{_ETHIOPIAN_YEAR}(?!\d)",
        rf"(?<!\w){_DAY}\s+(?P<eth_month>{alternation(list(ETHIOPIAN_MONTH_NUMBER))})\s+{_ETHIOPIAN_YEAR}(?!\d)",
        # Nepal's Bikram Sambat: "माघ १२, २०८२", "१२ माघ २०८२"
        rf"(?<!\w)(?P<bs_month>{alternation(dates.BIKRAM_SAMBAT_MONTHS.split())})\s+{_DAY},?\s+{_BS_YEAR}(?!\d)",
        rf"(?<!\w){_DAY}\s+(?P<bs_month>{alternation(dates.BIKRAM_SAMBAT_MONTHS.split())})\s+{_BS_YEAR}(?!\d)",
        rf"(?<!\w)(?:ngày\s+)?{_DAY}\s+tháng\s+(?P<mnum>1[0-2]|0?[1-9])(?:\s+năm|,)\s+{_YEAR}\b",  # Vietnamese
        # a year of two digits, as Israeli and some European pages print it, only with the time after it
        # ("24.01.26, 10:32", "25/01/26 08:10"): "2.1.26" alone may be a version or a score
        r"(?<![\d.:/])(?P<day>[0-3]?\d)(?P<sep>[./])(?P<mnum>[01]?\d)(?P=sep)(?P<year2>\d\d)(?![\d.:/])"
        r"(?=\s*[,|–—-]?\s*[0-2]?\d:[0-5]\d(?!\d))",
        r"(?<!\d)(?P<mnum>1[0-2]|0?[1-9])/(?P<day>[0-3]?\d)\s*[(（][月火水木金土日][)）]",  # Japanese "3/14(木)"
        rf"(?<!\w){month_alone}\s+{_DAY}\b",
    ]


DATE_FORMS = _date_forms(_alternation)
DATES = [compile_later(form, re.IGNORECASE) for form in DATE_FORMS]
# The same forms with flat alternations, for the prefilter to read the words they need from (never compiled).
DATES_FLAT = [compile_later(form, re.IGNORECASE) for form in _date_forms(_flat_alternation)]
DATES_WITH_YEAR = DATES[:-2]  # all but the last two forms, month and day alone
# A time of day: "10:32", "10.32 a.m.", "4pm", Thai "10:32 น." (nalika, o'clock)
TIME = compile_later(r"\b[0-2]?\d[:.h][0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?\s?m\.?\b|น\.)?|\b[01]?\d\s*[ap]\.?m\.?\b", re.I)
DATE_LABEL = compile_later(rf"(?<!\w)(?:{_alternation(dates.DATE_LABELS)})(?!\w)", re.IGNORECASE)
UPDATE_LABEL = compile_later(rf"^\W*(?:{_alternation(dates.UPDATE_LABELS)})(?!\w)", re.IGNORECASE)
DATE_PREPOSITION = compile_later(rf"(?<!\w)(?:{_alternation(dates.DATE_PREPOSITIONS)})(?!\w)", re.IGNORECASE)
WEEKDAY = compile_later(rf"(?<!\w)(?:{_alternation(dates.WEEKDAYS)})\.?(?!\w)", re.IGNORECASE)
# A site's name as its address ("Kompas.com"), which may stand beside a date in a stamp.
SITE_NAME = compile_later(
    r"(?<![\w.@])[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co|id|de|fr|es|it|ru|br|uk|in|jp|kr|cn)(?!\w)", re.IGNORECASE
)
STAMP_WORD = compile_later(rf"(?<!\w)(?:{_alternation(dates.STAMP_WORDS)})(?!\w)", re.IGNORECASE)


def _relative_time(alternation: Callable[[list[str] | str], str]) -> str:
    """"vor 2 Stunden", "3 hours ago", "2時間前"; "3 hours" alone is a duration, not a stamp."""
    amount = rf"(?:\d+|an?|one)\s*(?:{alternation(dates.RELATIVE_TIME_UNITS)})"
    before = alternation(dates.RELATIVE_TIME_BEFORE)
    after = alternation(dates.RELATIVE_TIME_AFTER)
    return rf"(?:{before})\s*{amount}|{amount}\s*(?:{after})"


_RELATIVE_TIME = _relative_time(_alternation)
RELATIVE_TIME = compile_later(_RELATIVE_TIME, re.IGNORECASE)  # run it where Prefilter([RELATIVE_TIME_FLAT]) allows
RELATIVE_TIME_FLAT = compile_later(_relative_time(_flat_alternation), re.IGNORECASE)
_RELATIVE_DAY = rf"(?:{_alternation(dates.RELATIVE_DAYS)})"
_DAY_AND_TIME = (  # "Today, 10:32", "Publié aujourd'hui à 10h32", "Сегодня в 10:32"
    rf"(?:(?:{_alternation(dates.DATE_LABELS)})\s*:?\s*)?{_RELATIVE_DAY}\s*,?\s*"
    rf"(?:(?:{_alternation(dates.DATE_PREPOSITIONS)})\s+)?(?:{TIME.pattern})(?:\s*(?:{_alternation(dates.TIME_SUFFIXES)})\b)?"
)
_MACHINE_STAMP = r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?"
_TIME_SUFFIX = rf"(?:\s*(?:{_alternation(dates.TIME_SUFFIXES)})\b)?"
# "Updated at 15:40 GMT": a label and a time, its zone after it
_LABELLED_TIME = (
    rf"(?:{_alternation(dates.DATE_LABELS)})\s*(?:at|on|um|à|às|a las|alle)?\s*(?:{TIME.pattern}){_TIME_SUFFIX}"
)
BARE_STAMP = compile_later(
    rf"^\W*(?:{_MACHINE_STAMP}|{_LABELLED_TIME}|{_RELATIVE_TIME}|{_DAY_AND_TIME})\W*$",
    re.IGNORECASE,
)

# "Juttua päivitetty 11.40: lisätty ekonomistien arvio.": the story's update note, its time or date, a colon and
# what changed.
UPDATE_NOTE = compile_later(
    rf"^\W*(?:{_alternation(dates.UPDATE_NOTE_STORY)})\s+(?:{_alternation(dates.UPDATE_NOTE_WORDS)})\s*"
    rf"(?:(?:{_alternation(dates.DATE_PREPOSITIONS)})\.?\s+)?(?:{TIME.pattern}|[^:：\n]{{0,30}}?\d{{4}})"
    rf"(?:\s*(?:{_alternation(dates.TIME_SUFFIXES)})\b)?\.?\s*[:：]\s*\S",
    re.IGNORECASE,
)
# A match's score between or after the teams' names: "Arsenal 2-1 Chelsea", "Bayern München – Dortmund 3:1" (a
# results table's row; not a time "10:30", a date "2-1-2024" or a range "2-10%").
SCORE = compile_later(r"(?<![\w.,:/-])\d{1,2}\s?[-–:]\s?\d{1,2}(?![\w.,:/%-])(?!\s*(?:uhr|h|am|pm|a\.m|p\.m)\b)", re.I)

# An embedded post's signature: "— Jane Doe (@SenJaneDoe) January 23, 2026", a quoted post's name, handle and date.
POST_SIGNATURE = compile_later(r"^\s*[—–-]\s*[^\n()]{1,80}\(@\w{1,30}\)")

# An interview's question or answer, by its label: "Q: When did you start?", "P. ¿Cuándo empezó?", "Frage: ...",
# "В: ...", "问：...", "질문: ...". A page's headline never opens so.
INTERVIEW_LABEL = compile_later(
    r"^\W*(?:(?:q|a|p|r|f|v|o|в|о)\s*[:：]|(?:q|p)\.|(?:question|answer|pregunta|respuesta|pergunta|resposta|réponse|frage|antwort|domanda|"
    r"risposta|vraag|antwoord|fråga|svar|spørgsmål|spørsmål|pytanie|odpowiedź|вопрос|ответ|питання|відповідь|soru|cevap|"
    r"tanya|jawab|pertanyaan|jawaban|câu hỏi|hỏi|đáp|问|答|問|質問|回答|질문|답변|प्रश्न|सवाल|जवाब|سؤال|جواب|שאלה|תשובה|"
    # a transcript's speaker, by the role: "HOST: ...", "ANIMATEUR : ...", "Moderatorin: ..."
    r"host|co-host|presenter|anchor|interviewer|moderator|moderatorin|moderatore|moderadora?|animateur|animatrice|"
    r"présentateur|présentatrice|presentador|presentadora|apresentador|apresentadora|conduttore|conduttrice|"
    r"presentator|presentatrice|prowadzący|prowadząca|ведущий|ведущая|sunucu)"
    r"\s*[:：])\s*\S",
    re.IGNORECASE,
)

# A title in quotation marks, as a reference list cites one: 'Tax Foundation, " Tracking the ... ," May 31, 2019'.
QUOTED_TITLE = compile_later(r"[\"“«„]\s*[^\"”»]{8,250}?\s*[\"”»]")
# A year ending a block after a comma, with or without a month: ", 2018", ", February 2014", and after a title's
# closing quote when the comma is inside it (' "Title," 2018').
YEAR_ENDING = compile_later(rf",[\"”»]?\s*(?:{_month(_alternation)}\s+)?{_YEAR}\W*$", re.IGNORECASE)

AGENCY = _alternation(credits.AGENCIES)
_CREDIT_WORD = _alternation(credits.CREDIT_WORDS)
# A name of up to 100 characters, ending in no space (a run of spaces after it is tried once, not at each length).
# The Indic and Thai scripts' vowel signs, which \w leaves out, are inside a name ("ছবি: প্রথম আলো", "ภาพ: ไทยรัฐ");
# the dandas are not.
_NAME_CHARS = r"\w\u0900-\u0963\u0966-\u0dff\u0e31-\u0e4e'’\-.,/／&@+、・"
_NAMEISH = rf"[{_NAME_CHARS} ]{{0,99}}?[{_NAME_CHARS}]"
_OPEN = r"[(\[（【［]"
_CLOSE = r"[)\]）】］]"
# Where a credit may start: the block's start, after a space or an East Asian full stop, or at a full-width bracket.
# (Spaces are taken after a bracket only: a search may start after any space of a run, so none is taken before the
# cue word, which would cost the length of the run at each of its places.)
_CREDIT_START = rf"(?:(?:^|(?<=[\s。．！？]))(?:{_OPEN}\s*)?|[（【［]\s*)"
_AGENCY_ALONE = rf"(?-i:{AGENCY})(?:\s*/\s*[\w'’\-. ]{{2,60}})?(?:{_CLOSE})?\s*$"  # "ANSA", "PAP/Jan Kowalski"
_KO_REPORTER = rf"[\uac00-\ud7a3]{{2,4}}\s*(?:기자|특파원)(?:{_CLOSE})?\s*$"  # "(사진=홍길동 기자)": a reporter's photo
# A credit standing at the end of a block (or being the whole block): cue word, joiner, name. The joiner may be
# a colon; "=" before an agency or a reporter ending the block ("사진=연합뉴스"), or with "provided" on either
# side of it ("사진=소속사 제공", "사진 제공=JTBC"); or a full stop or only a space before an agency that ends the
# block ("Foto ANSA", "(Foto Ansa)").
# Each joiner takes the spaces before it itself, and no two runs of spaces meet: split between two, a long run of
# spaces would be tried in every way, quadratic in its length.


def _credit_tail(alternation: Callable[[list[str] | str], str]) -> str:
    return (
        rf"{_CREDIT_START}(?:(?:{AGENCY})\s+)?(?P<word>{alternation(credits.CREDIT_WORDS)})s?"
        rf"(?P<joiner>\s+(?:{_alternation(credits.CREDIT_JOINERS)})\b(?:\s*[:：])?|\s*(?:[:：፡՝]|\.\.\.|…|[/／])"
        rf"|\s+[-–—]\s?|(?:\s*[=＝]|\s*\.\s|\s)(?=\s*{_AGENCY_ALONE})|\s*[=＝](?=\s*{_KO_REPORTER})"
        rf"|(?<=제공)\s*[=＝]|\s*[=＝](?=[^=＝\n]{{1,40}}제공(?:{_CLOSE})?\s*$))\s*"
        rf"(?P<name>{_NAMEISH})(?:\s*{_CLOSE}\.?)?\s*$"  # "(Ảnh: Mạnh Quân)." closing a caption's sentence
    )


CREDIT_TAIL = compile_later(_credit_tail(_alternation), re.IGNORECASE)
CREDIT_TAIL_FLAT = compile_later(_credit_tail(_flat_alternation), re.IGNORECASE)  # for the prefilter: see DATES_FLAT
# A capitalised word of a name ("Jane", "Al", "St."), and two to four of them.
_CAP_WORD = r"[A-ZÀ-ÞА-Я][\w'’\-]{0,24}\.?"
_CAP_WORDS = rf"{_CAP_WORD}(?:[ \t]{_CAP_WORD}){{1,3}}"  # "[ \t]", not " ": the prefilter must look for the "/"
# The agency first: "REUTERS/Name Name", "(AFP/Name)" at the end of a block.
AGENCY_TAIL = compile_later(
    rf"(?:^|(?<=\s))(?:{_OPEN})?(?:{AGENCY})\s*/\s*(?P<name>[\w'’\-. ]{{2,60}})(?:{_CLOSE})?\s*$"
)
# The agency last: "... Jane Doe/AP" after a sentence or a dash ("... São Paulo - Jane Doe/Folhapress"),
# "[Jane Doe/Al Jazeera]", "... /연합뉴스", "[연합뉴스 자료사진]".
AGENCY_LAST_TAIL = compile_later(
    rf"(?:(?:(?<=[.!?]\s)|(?<=\s[-–—]\s))(?P<photographer>{_CAP_WORDS})\s*/\s*(?:{AGENCY})|"
    rf"(?<=[.!?]\s)(?P<staff>{_CAP_WORDS})\s+for\s+The(?:[ \t]{_CAP_WORD}){{1,3}}|"  # "Jane Doe for The Times"
    rf"(?:^|(?<=\s))(?:{_OPEN})(?P<outlet>{_CAP_WORDS}\s*/\s*{_CAP_WORD}(?:[ \t]{_CAP_WORD}){{0,3}})(?:{_CLOSE})|"
    rf"(?<=\s)(?:/\s*(?P<agency>{AGENCY})|(?:{_OPEN})\s*(?P<file_photo>{AGENCY})\s+(?i:{_CREDIT_WORD})\s*(?:{_CLOSE})))"
    rf"\s*$"
)
# "Beeld Jan de Vries", "... in Den Haag. Foto Jan de Vries": a picture word and a photographer's name, with no colon
# between them, alone on a line or ending a caption; the name's words capitalised, two or more.
_PARTICLES = r"(?:de|da|do|dos|van|von|der|den|ter|di|del|la|le|du)"
SPACED_CREDIT = compile_later(
    rf"(?:^|(?<=[.!?]\s))(?:{_OPEN})?(?i:{_alternation(credits.SPACED_CREDIT_WORDS)})\s+"
    rf"(?P<name>{_CAP_WORD}(?:\s+(?:{_PARTICLES}\s+){{0,2}}{_CAP_WORD}){{1,3}})(?:{_CLOSE})?\s*$"
)
# "Jason Roe/ZDNet", "Alex Wong | Getty Images": a photographer's name and their outlet, alone on a line. ("Jane Doe
# for The New York Times" alone is not taken: a heading may read so; after a caption's sentence it is a credit.)
_CAPITALISED = r"[A-ZÀ-ÞА-Я][\w.'’-]+"
NAME_AND_OUTLET = compile_later(
    rf"^\W*{_CAPITALISED}(?: {_CAPITALISED}){{1,3}}\s*[/|]\s*{_CAPITALISED}(?: {_CAPITALISED}){{0,3}}\W*$"
)
# "Reuters", "The Associated Press", "AFP/Name", "연합뉴스 자료사진" (an agency's file photo) alone on a line.
AGENCY_LINE = compile_later(
    rf"^\W*(?:The\s+)?(?:{AGENCY})(?:\s+(?i:{_CREDIT_WORD})|\s*(?:/|\||,|via|for)\s*[\w'’\-. ]{{1,40}})?\W*$"
)
CAPTION_LABEL = compile_later(rf"^\W*(?:{_alternation(credits.CAPTION_LABELS)})\W*$", re.IGNORECASE)
CAPTION_OPENER = compile_later(rf"^\W*(?:{_alternation(credits.CAPTION_OPENERS)})\s*[:：]", re.IGNORECASE)
# A lowercase letter, where a caption's text would begin with a capital: "Caption contests were popular ...",
# "Légende vivante du cyclisme, ...", "1 of 4 bridges will be closed ..." are sentences.
CAPTION_PREFIX = compile_later(
    rf"^\W*(?:{_alternation(credits.CAPTION_PREFIXES)})(?:\s*[:：]\s*|\s+(?!{LOWERCASE}))\w", re.IGNORECASE
)
# "1 of 4 The minister arrives ...": a photo gallery's counter before the caption.
GALLERY_CAPTION = compile_later(
    rf"^\s*\d{{1,3}}\s*(?:{_alternation(credits.GALLERY_COUNTERS)})\s*\d{{1,3}}\s+(?!{LOWERCASE})\w", re.IGNORECASE
)
# A picture label and a sentence after it (a label and a name alone are a credit: "Photo: Jane Roe").
PICTURE_CAPTION = compile_later(
    rf"^\W*(?:{_alternation(credits.PICTURE_LABELS)})\s*[:：]\s*(?:\S+\s+){{5,}}", re.IGNORECASE
)
# An embedded video's title under its label: a title, not a sentence (the caption detector looks at the end).
VIDEO_TITLE = compile_later(rf"^\W*(?:{_alternation(credits.VIDEO_LABELS)})\s*[:：|]\s*\w", re.IGNORECASE)
PHOTO_NOTE = compile_later(rf"(?<!\w)(?:{_alternation(credits.PHOTO_NOTES)})\W*$", re.IGNORECASE)
# "... in Nogales, Ariz. (AP)": a caption credited to an agency in parentheses at its end.
# Also with the photographer and their paper first: "(Jane Roe/The Union via AP)".
AGENCY_IN_PARENS = compile_later(rf"\((?:[^()]{{1,60}}?\svia\s)?(?:{AGENCY})(?:\s*(?:/|via)\s*[^)]{{1,40}})?\)\s*$")
# "記者会見する首相（共同）", "首相＝共同": a caption in an East Asian script credited to an agency at its end.
AGENCY_AFTER_CJK = compile_later(rf"(?:（(?:{AGENCY})）|[=＝]\s*(?:{AGENCY}))\s*$")
# "서울 중구 한국은행 본관 전경. 연합뉴스": a Korean caption closed by a full stop and its agency after it.
AGENCY_AFTER_HANGUL_STOP = compile_later(rf"[\uac00-\ud7a3][.]\s+(?:{AGENCY})\s*$")
# "新华社记者 张三 摄", "（张三 摄）": a Chinese photo credit, the photographer's name before 摄 ("shot by").
CJK_PHOTOGRAPHER = compile_later(
    r"(?:(?:^|(?<=[\s。！？]))[(（]?|[(（])(?:[\u4e00-\u9fff]{1,8}(?:记者|記者|通讯员|通訊員)\s*)?"
    r"[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,3}\s*[摄攝][)）]?\s*$"
)
# "（受访者供图）", "（受訪者提供）", "。新华社发", "（资料图）": a Chinese caption's credit at its end: who
# supplied the picture (供图; 提供 in brackets), the agency that released it (发), or a file or supplied photo's label.
CJK_SUPPLIED = compile_later(
    rf"(?:(?:^|(?<=[\s。！？]))[(（]?|[(（])(?:[\u4e00-\u9fff]{{1,10}}(?:供图|供圖)|[\u4e00-\u9fff]{{1,10}}提供(?=[)）])|(?:{AGENCY})(?:记者|記者)?\s*"
    rf"(?:[\u4e00-\u9fff]{{2,4}}\s*)?[发發]|{_alternation(credits.CJK_FILE_PHOTO_LABELS)})[)）]?\s*$"
)
# "（写真は東京都千代田区）", "（写真はイメージ）": a Japanese note saying what the photo shows, at a block's end.
JA_PHOTO_NOTE = compile_later(r"[(（]\s*(?:写真|画像|上の写真|写真上|写真右|写真左)は[^()（）\n]{1,60}[)）]\s*$")
# "…福井県内、山田太郎撮影", "…＝代表撮影", "（山田太郎撮影）": a Japanese photo credit, the photographer before 撮影
# ("shot by") after a caption's comma or equals sign, or in brackets.
JA_PHOTOGRAPHER = compile_later(r"(?:[、=＝]\s*|[(（]\s*)[\u4e00-\u9fff\u30a0-\u30ff・]{2,10}\s*撮影\s*[)）]?\s*$")
# "開花した靖国神社の標本木（14日午後）", "会見する首相（14日、首相官邸）": a Japanese caption dating the photo in
# brackets at its end.
JA_DATED_CAPTION = compile_later(
    r"[\u3040-\u30ff\u4e00-\u9fff]（[0-3]?\d日(?:[午前後朝夜昼、・\s]|\d|[\u4e00-\u9fff\u30a0-\u30ff]){0,16}）\s*$")
CREDIT_SOURCE = compile_later(credits.CREDIT_SOURCES, re.IGNORECASE)

# A name's capitalised word (Latin, Cyrillic with the Serbian, Macedonian and Kazakh letters, Armenian), or a particle.
_NAME_WORD = (r"(?:[A-ZÀ-ÞĀ-ſА-ЯЁԱ-Ֆ\u0400-\u040fӘҒҚҢӨҰҮҺ][\w'’\-.]*|"
              r"(?:de|da|do|dos|van|von|der|den|di|del|la|le|al|bin|ibn|el)(?=\s))")
NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
_JOIN = rf"(?:\s*,\s*|\s+(?i:{bylines.NAME_JOINERS})\s+)"
_BY = rf"(?i:{_alternation(bylines.BY_WORDS)}\s*[:：՝]?|{_alternation(bylines.BY_LABELS)}\s*[:：])"
BY_LINE = compile_later(
    rf"^\W*{_BY}\s*(?P<names>{NAME}(?:{_JOIN}{NAME})*)"
    rf"\s*(?P<rest>(?:[/|–—•·-]|,|\bfor\b|\bin\b|\(|\bat\b).{{0,80}})?$"
)
# "Von dpa", "By AFP", "Par AFP et Reuters": a by-word and news agencies alone, no author named.
BY_AGENCY = compile_later(
    rf"^\W*{_BY}\s*(?:{AGENCY})(?:\s*(?:,|/|(?i:{bylines.NAME_JOINERS}))\s*(?:{AGENCY}))*\W*$"
)
NAME_ROLE_LINE = compile_later(
    rf"^\W*(?P<names>{NAME}(?:{_JOIN}{NAME})*)\s*(?:[,|/–—-]|\bis\b)\s*(?P<role>.{{0,80}})$"
)
# "Le Monde avec AFP", "Staff and agencies", "From staff and wire reports": a story credited to agencies' reports,
# the outlet's name (capitalised) or its staff before them.
WIRE_BYLINE = compile_later(
    rf"^\W*(?P<lead>(?:(?:[A-ZÀ-ÞА-Я0-9][\w'’.\-]*|(?i:{_alternation(bylines.WIRE_LEAD_WORDS)}))\s+){{0,5}})"
    rf"(?i:{_alternation(bylines.WIRE_JOINERS)})\s+"
    rf"(?:(?:{AGENCY})(?:\s*(?:[,/]|and|et|y|e|und)\s*(?:{AGENCY}))*|(?i:{_alternation(bylines.WIRE_SOURCES)}))\W*$"
)
ROLE = compile_later(rf"(?<!\w)(?:{_alternation(bylines.ROLE_WORDS)})(?!\w)", re.IGNORECASE)
NAME_SPLIT = compile_later(_JOIN, re.IGNORECASE)
CJK_BYLINE = compile_later(  # "记者 张三", "新华社记者 张三", "本报记者 张三 李四", "文/张三", "责任编辑：张三"
    r"^(?!.*[摄攝][)）]?\s*$)"  # not a photographer's credit: "新华社记者 张三 摄"
    r"[(（【\[]?\s*(?:[\u4e00-\u9fff]{0,6}?(?:記者|记者)|文|撰文|作者|(?:责任|責任)?(?:编辑|編輯))\s*[／/:：]?\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4}){0,3})"
    r"(?=$|[\s,，、;；。)）】\]/／|｜]|报道|報道)"  # the name ends there: "記者会見" (a press conference) is none
)
# "מאת דני ברק", "लेखक: राहुल शर्मा", "ዘጋቢ፡ ዮሐንስ ተስፋዬ": a byline in a script without capitals (Hebrew, Arabic,
# the Indic scripts, Georgian, Ethiopic), the label and one to four words of that script.
_CASELESS_LETTERS = r"\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u10d0-\u10ff\u1200-\u137f"
CASELESS_NAME_WORD = rf"[{_CASELESS_LETTERS}][{_CASELESS_LETTERS}'’.-]*"
CASELESS_BYLINE = compile_later(
    rf"^\W*(?:(?:{_alternation(bylines.CASELESS_BY_WORDS)})\s*[:：፡]?|(?:{_alternation(bylines.CASELESS_BY_LABELS)})"
    rf"\s*[:：፡])\s*(?P<names>{CASELESS_NAME_WORD}(?:[ \t]+{CASELESS_NAME_WORD}){{0,3}})\s*$"
)
# "홍길동 기자", "(서울=연합뉴스) 홍길동 기자", "조선일보 홍길동·김철수 기자": Korean reporters' names, after the
# dateline of a wire story or the outlet's name.
KO_BYLINE = compile_later(
    r"^(?:[(\[（【][^)\]）】]{1,20}[)\]）】]\s*|[\[【]\s*)?(?:[\w]{2,10}\s+)?"  # a dateline, or an outlet
    r"(?P<names>[\uac00-\ud7a3]{2,4}(?:[·・ㆍ,]\s*[\uac00-\ud7a3]{2,4}){0,3})\s*(?:기자|특파원)"
    r"(?=\s*(?:$|[=＝\]】)）,]|[(<]?[\w.+-]+@))"  # the line ends, or an e-mail or the story ("= ...") follows
)
# "山田太郎記者": a Japanese reporter's name before 記者, alone on the line.
JA_BYLINE = compile_later(r"^(?P<names>[\u4e00-\u9fff]{2,5})\s*(?:記者|特派員|編集委員)$")
# One word of an agency's name ("dpa", "Getty"), for telling a credit's name part from prose.
AGENCY_WORD = compile_later("|".join(sorted({re.escape(w) for a in credits.AGENCIES.split("|") for w in a.split()})))
# What may follow an author's name as their employer: a news agency, or an outlet's short name ("CNN").
AGENCY_ROLE = compile_later(
    rf"(?:(?i:{_alternation(bylines.AGENCY_WORDS)})\s+)?(?:{AGENCY})|(?:{_alternation(bylines.OUTLET_ACRONYMS)})"
)
# A line that opens what follows it ("The winners:", "Twitter was confused:"): a list or a quote of the article's.
OPENS_LIST = compile_later(r"[:：]\s*$")
# A web address in prose: a block with several is a list of links, not a blurb.
WEB_ADDRESS = compile_later(r"https?://|www\.", re.IGNORECASE)
# A line in brackets from end to end: an aside of the article's ("(Reporting by ...; Editing by ...)").
ASIDE = compile_later(r"^\W*[(\[（【［].*[)\]）】］]\W*$")
# The opening of a sentence, a quote or a dateline in brackets aside ("(CNN) President ..."), not of a numbered item
# ("[2] Joint Commission ...", "3) Stir").
OPENS_SENTENCE = compile_later(r"^[\s\"'“‘«„「『]*(?:[(\[（【［](?=[^\W\d_]))?(?!\d+\s*[.)\]）】］](?!\d))[^\W_]")
