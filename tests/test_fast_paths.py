"""The detectors' shortcuts give the answers of the full searches they skip, on text built from the cue words."""

import re

from hypothesis import given
from hypothesis import strategies as st

from cleaner import language, prefilter
from cleaner import patterns as pt
from cleaner import text as tx
from cleaner.cues import comments, credits, dates
from cleaner.cues.stopwords import STOPWORDS
from cleaner.detectors import author_notes, boilerplate, captions, comment_runs, stamped_links, teaser_runs, teasers
from cleaner.detectors import dates as dates_detector
from cleaner.document import Document

DATE_WORDS = sorted(pt.MONTH_NUMBER) + list(dates.WEEKDAYS) + ["年", "月", "日", "년", "월", "일", "de", "st", "th"]
SEPARATORS = [" ", ", ", ". ", "-", "/", ".", ": ", " | "]


def joined(words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.tuples(st.sampled_from(words), st.sampled_from(SEPARATORS)), max_size=8).map(
        lambda pairs: "".join(word + sep for word, sep in pairs))


@given(joined(DATE_WORDS))
def test_no_date_form_matches_without_a_digit(text: str) -> None:
    """dates.find_date skips blocks without a digit."""
    assert not any(regex.search(text) for regex in pt.DATES)


def test_fold_gives_one_character_to_each_class_ignorecase_matches() -> None:
    """Folding keeps every case-insensitive match: characters re.IGNORECASE matches fold alike."""
    cased = set()
    for code in range(0x110000):
        ch = chr(code)
        if ch.lower() != ch or ch.upper() != ch or code in prefilter._EXTRA_CASES:
            cased.update(c for c in (ch, ch.lower(), ch.upper()) if len(c) == 1)
    everything = "".join(sorted(cased))
    for ch in cased:
        matched = re.compile(re.escape(ch), re.IGNORECASE).findall(everything)
        assert len({prefilter.fold(m) for m in matched}) == 1, (ch, matched)
        assert len(prefilter.fold(ch)) == 1


def test_first_letters() -> None:
    """How a match at the start goes on from its first word character; None when any text may do."""
    assert prefilter.first_letters(re.compile(r"^\W*(share|like)\W*$", re.I)) == {"sha", "lik"}
    assert prefilter.first_letters(re.compile(r"^\W*[(“]?(x|ad)\b", re.I)) == {"x", "ad"}
    assert prefilter.first_letters(re.compile(r"^\W*a[-+]?(\s+a[-+]?){1,3}\W*$", re.I)) == {"a", "a-", "a+"}
    assert prefilter.first_letters(re.compile(r"^\S+ says", re.I)) is None
    assert prefilter.first_letters(re.compile(r"^\W*(\w+ )?we", re.I)) is None
    assert prefilter.first_letters(re.compile(r"share", re.I)) is None  # not anchored
    assert prefilter.first_letters(re.compile(r"^\W*(\d+ )?(min|top)", re.I)) == {"min", "top", "\1"}
    assert prefilter.start_of("« 12 Min", 2) == "\1\1 "


def test_required_words() -> None:
    assert prefilter.required(r"\bcopyright\b|all rights (reserved|kept)", re.I) == {"copyright", "all rights "}
    assert prefilter.required(r"(?:AP|Reuters)\s*/\s*\w+") == {"/"}
    assert prefilter.required(r"^\W*(share|tweet)\W*$") is None  # anchored: tried at one place only
    assert prefilter.required(r"\d+|photo") is None  # one alternative needs no word
    assert prefilter.needed(r"^\W*\S+ needs your (help|support)", re.I) == {" needs your "}  # anchored too


CUE_PATTERNS = [family.regex for family in boilerplate.compiled()] + [pt.CREDIT_TAIL_FLAT, pt.AGENCY_TAIL,
                                                                        pt.SPACED_CREDIT]
CUE_WORDS = sorted({word for pattern in CUE_PATTERNS for word in prefilter.needed(pattern.pattern) or ()})
CASES = [str.lower, str.upper, str.title, str.swapcase]
FILLER = ["the", "Reuters", "AP", "said", "İstanbul", "ſ", "ı", "Σ", "2020", "", ":", "/", "(", ")", "©", "—"]


TIERS = [boilerplate._tier(most) for most in boilerplate._LIMITS]
PREFILTERED = [*((tier.prefilter, [family.regex for family in tier.families]) for tier in TIERS),
               (captions._TAILS, [pt.CREDIT_TAIL, pt.AGENCY_TAIL, pt.SPACED_CREDIT]), (dates_detector._DATES, pt.DATES)]


def assert_kept(text: str) -> None:
    for detector_prefilter, patterns in PREFILTERED:
        candidates = detector_prefilter.candidates(text)
        assert all(i in candidates for i, pattern in enumerate(patterns) if pattern.search(text)), text


def test_prefilters_keep_every_cue_word_alone_and_in_a_line() -> None:
    for word in CUE_WORDS:
        for case in CASES:
            assert_kept(case(word))
            assert_kept(f"Photo: {case(word)} Reuters/Jane Doe")
            assert_kept(f"Read our {case(word)}: sign up now")
    for word in DATE_WORDS:
        for case in CASES:
            assert_kept(f"Updated {case(word)} 5, 2020")
            assert_kept(f"5. {case(word)} 2020")


@given(joined(DATE_WORDS + ["1", "5", "12", "24", "31", "2020", "1999", "2026年", "3월"]))
def test_date_prefilter_never_rules_out_a_date_form_that_matches(text: str) -> None:
    assert_kept(text)


@given(st.lists(st.tuples(st.sampled_from(CUE_WORDS + FILLER), st.sampled_from(CASES), st.sampled_from(SEPARATORS)),
                max_size=12))
def test_prefilters_never_rule_out_a_pattern_that_matches(parts: list) -> None:
    assert_kept("".join(case(word) + sep for word, case, sep in parts).strip())


def furniture_in_full(text: str, words: int) -> tuple[str, str] | None:
    """What boilerplate.furniture finds, found the slow way: every family in order, searched in full."""
    for family in boilerplate.compiled():
        if words <= family.most and (match := family.regex.search(text)) and boilerplate.admits(family, text, words):
            return family.kind, match.group().strip()[:40]
    return None


# Lines the families anchored at the block's start match, alone or with more words after them.
AT_START = ["Advertisement", "Tags", "12 Comments", "Read more", "Share", "Facebook", "Home", "Contact us",
            "We use cookies", "News > Politics", "Total Voters", "Tell us what you think", "5 min read", "Reply",
            "Name *", "Leggi anche", "Like Loading", "Posted in", "Continue reading", "Print", "A A A", "Audio",
            "Newer Post", "Похожее", "関連", "Nenhum comentário", "Skip Ad", "(Atom)", "Labels:", "Tagged",
            "Click to share on", "Notify me of new posts", "Advertisement - Continue Reading Below",
            "Ähnliche Beiträge"]


@given(st.lists(st.tuples(st.sampled_from(AT_START + CUE_WORDS + FILLER), st.sampled_from(CASES),
                          st.sampled_from(SEPARATORS)), max_size=8))
def test_furniture_finds_what_a_full_search_finds(parts: list) -> None:
    text = "".join(case(word) + sep for word, case, sep in parts).strip()
    words = tx.word_count(text)
    assert boilerplate.furniture(text, words) == furniture_in_full(text, words)


LONGEST = sorted(credits.AGENCIES.split("|"), key=len)[-3:] + sorted(credits.CREDIT_WORDS, key=len)[-3:]
JOINERS = credits.CREDIT_JOINERS.split("|") + [":", "...", "/", " - "]


@given(st.text(alphabet=" \tab.,:(", max_size=400), st.sampled_from(LONGEST), st.sampled_from(LONGEST),
       st.sampled_from(JOINERS), st.text(alphabet=" \t", max_size=4), st.text(alphabet="Ab .-'/,", max_size=160))
def test_end_search_finds_what_a_full_search_finds(prose: str, agency: str, credit: str, joiner: str, space: str,
                                                   name: str) -> None:
    for text in (f"{prose} ({agency}{space} {credit}s{space} {joiner}{space}{name}){space}",
                 f"{prose} {agency}{space}/{space}{name}"):
        for pattern in (pt.CREDIT_TAIL, pt.AGENCY_TAIL):
            fast = pattern.search(text, prefilter.tail_start(text, prefilter.most_solid(pattern)))
            full = pattern.search(text)
            assert (fast and fast.span()) == (full and full.span())


def test_end_search_finds_the_longest_credit() -> None:
    agency, credit = max(credits.AGENCIES.split("|"), key=len), max(credits.CREDIT_WORDS, key=len)
    joiner = max(credits.CREDIT_JOINERS.split("|"), key=len)
    text = "word " * 100 + f"({agency} {credit}s {joiner}: {'A' * 100})"
    full = pt.CREDIT_TAIL.search(text)
    assert full and full.group("name") == "A" * 100
    start = prefilter.tail_start(text, prefilter.most_solid(pt.CREDIT_TAIL))
    assert start > 0 and pt.CREDIT_TAIL.search(text, start).span() == full.span()  # type: ignore[union-attr]


def test_end_search_bound() -> None:
    pattern = re.compile(r"\(?(?:AP|Reuters)\s*/\s*[\w ]{2,60}\)?\s*$")
    assert prefilter.most_solid(pattern) == 70  # ( Reuters / and 60 name characters )
    assert prefilter.most_solid(re.compile(r"photo: \w+$")) is None  # no bound
    assert prefilter.most_solid(re.compile(r"photo: \w")) is None  # not anchored at the end
    assert prefilter.tail_start("a b c d e f", 2) == 6 and prefilter.tail_start("a b c", 2) == 0


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_letter_share_counts_per_character(text: str) -> None:
    """text.letter_share counts in runs what it means per character: letters among the non-space characters."""
    chars = [ch for ch in text if not ch.isspace()]
    letters = sum(1 for ch in chars if re.fullmatch(r"[^\W\d_]", ch))
    assert tx.letter_share(text) == (letters / len(chars) if chars else 0.0)


@given(st.text(alphabet="a中 /@#_.!)-", max_size=30))
def test_link_end_finds_the_endings_of_the_full_pattern(text: str) -> None:
    """teasers._LINK_END starts at the telling character; it finds an ending wherever the pattern it replaced did."""
    full = re.compile(r"(?:\S*[/@#_]\S*|\S+\.\w{2,})\W*$")
    assert bool(teasers._LINK_END.search(text)) == bool(full.search(text))


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_mostly_alphabetic_means_letter_share_is_half_or_more(text: str) -> None:
    """language._mostly_alphabetic spares letter_share only when letter_share would be 0.5 or more."""
    if language._mostly_alphabetic(text, sum(map(str.isalpha, text))):
        assert tx.letter_share(text) >= 0.5 or not text.split()


def test_one_scan_for_the_scripts_finds_each() -> None:
    for sample in ("한국어", "ひらがな", "カタカナ", "漢字", "\u3400", "\uf900"):
        assert language._CJK.search(sample) and not language._CJK.search("Latin text, ½ and ü")


SPACES_AND_OTHERS = [" ", "\n", "\t", "\u3000", "\x1c", "\x85", "a", "中", "-"]


@given(st.text(alphabet=st.sampled_from(sorted(tx.SENTENCE_END) + SPACES_AND_OTHERS), max_size=12))
def test_ends_sentence_is_the_search_for_an_end_mark_before_spaces(text: str) -> None:
    """text.ends_sentence reads the last character that is not a space; it gives what this search gives."""
    search = re.compile("[" + re.escape("".join(sorted(tx.SENTENCE_END))) + r"]\s*$")
    assert tx.ends_sentence(text) == bool(search.search(text))


@given(st.text(alphabet="ab \n\t", max_size=60), st.integers(min_value=0, max_value=20))
def test_tail_start_is_where_the_shortest_tail_holding_one_character_more_than_a_match_starts(
        text: str, most: int) -> None:
    solid = [sum(map(len, text[start:].split())) for start in range(len(text) + 1)]
    assert prefilter.tail_start(text, most) == max([0] + [start for start in range(len(text) + 1)
                                                          if solid[start] > most])


WORD_COUNT_ALPHABET = [*"aZ9_ .,'-\n\t", *tx._PUNCTUATION_BEYOND_ASCII, "é", "д", "中", "한", "\u0301", "\u0915",
                       "\u093e", "½", "\u3000"]


@given(st.text(alphabet=st.sampled_from(WORD_COUNT_ALPHABET), max_size=40))
def test_word_count_is_the_count_of_the_word_pattern(text: str) -> None:
    """word_count's ASCII path (bytes.translate and split, after the punctuation beyond ASCII is made spaces)
    counts what the word pattern finds."""
    unspaced = "".join(tx._UNSPACED_RUN.findall(text))
    expected = len(tx.WORD.findall(tx._UNSPACED_RUN.sub(" ", text))) + (len(unspaced) + 1) // 2
    assert tx.word_count(text) == expected


@given(st.text(alphabet=st.sampled_from(WORD_COUNT_ALPHABET), max_size=40))
def test_terms_ascii_path_finds_what_the_word_pattern_finds(text: str) -> None:
    """terms' ASCII path (bytes.translate and split) gives the terms the long-word pattern finds."""
    out: set[str] = set()
    for run in tx._UNSPACED_RUN.findall(text):
        out.update(run[i : i + 2] for i in range(max(1, len(run) - 1)))
    words = set(tx._LONG_WORD.findall(tx._UNSPACED_RUN.sub(" ", text).lower())) - STOPWORDS
    assert tx.terms(text) == out | {word for word in words if not word.isdigit()}


def test_terms_of_one_block_are_its_terms_in_the_list() -> None:
    """Document.terms_of gives doc.terms[index], before the list is worked out and after."""
    text = "Headline of the story\n\nA first paragraph about the council's budget.\n\n東京で会議が開かれた。\n\nShort"
    before = Document(text, "en")
    one = [before.terms_of(i) for i in range(len(before.blocks))]
    assert "terms" not in before.__dict__
    assert one == before.terms == Document(text, "en").terms
    assert [before.terms_of(i) for i in range(len(before.blocks))] == before.terms


AGE_PARTS = [*dates.RELATIVE_TIME_UNITS[:12], "Stunden", "ore", "時間", *dates.RELATIVE_TIME_AFTER.split("|"),
             *dates.RELATIVE_TIME_BEFORE.split("|"), "3", "an", "one", "Council", "bridge", "the", " ", "  ", "~", "·",
             ".", "!", "_", "\n", "ſ", "İ", "é"]


@given(st.lists(st.sampled_from(AGE_PARTS), max_size=12))
def test_age_word_at_the_end_is_found_where_the_stamp_search_finds_a_stamp(parts: list[str]) -> None:
    """stamped_links asks for a relative time's last word at the text's end before its search: it finds one
    wherever the search finds a stamp."""
    text = "".join(parts)
    assert stamped_links._STAMPED.search(text) is None or stamped_links._ends_in_age_word(text)


def test_age_words_are_word_characters() -> None:
    """_ends_in_age_word reads the end after what \\W* takes: every character of the words must be one \\w takes."""
    assert all(re.fullmatch(r"\w+", word) for word in stamped_links._AGE_WORDS)


@given(st.text(alphabet=st.sampled_from([*"a .…!)\n\t", "\u3000"]), max_size=20))
def test_trailing_off_searched_at_the_end_finds_what_a_full_search_finds(text: str) -> None:
    """trailing_run's pattern for a blurb trailing off ("...") is searched from tail_start on: same answer."""
    pattern = teaser_runs._TRAILS_OFF
    start = prefilter.tail_start(text, prefilter.most_solid(pattern))
    assert (pattern.search(text, start) is None) == (pattern.search(text) is None)


BUTTON_PARTS = [*comments.REPLY.split("|")[:8], *comments.REPORT.split("|")[:8], *comments.OTHER_ACTIONS.split("|")[:8],
                "3h", "12", " ", " · ", " | ", ":", "ſ", "İ", "Council"]


@given(st.lists(st.sampled_from(BUTTON_PARTS), max_size=8))
def test_button_line_prefilter_never_rules_out_a_button_line(parts: list[str]) -> None:
    """comment_runs tries its line of buttons only where a word to reply or report is found: wherever it matches."""
    text = "".join(parts)
    assert comment_runs._ACTION.match(text) is None or comment_runs._REPLY_OR_REPORT.candidates(text)


CONTRIBUTOR_PARTS = ["Weitere Artikel von ", "plus d'articles de ", "More stories by ", "Reporting by ", "Jane Roe",
                     " contributed reporting", " to this report", ".", ", ", " ", "\n", "Mit Material von ", "(AP)"]


@given(st.lists(st.sampled_from(CONTRIBUTOR_PARTS), max_size=8))
def test_contributor_note_search_finds_the_full_search_match(parts: list[str]) -> None:
    """author_notes searches the contributor notes as a match at the start, then the forms not anchored there: the
    span the full search finds."""
    text = "".join(parts)
    pattern = author_notes._NOTES[0][1]
    full, fast = pattern.search(text), author_notes._search(author_notes._CONTRIBUTOR, pattern, text)
    assert (full and full.span()) == (fast and fast.span())


def test_contributor_notes_not_anchored_at_the_start_are_those_searched_past_it() -> None:
    """Every form of the contributor notes begins with "^" (no MULTILINE), but CONTRIBUTOR_NOTES_ANYWHERE's."""
    from cleaner.cues import author_notes as cues

    parsed = prefilter._sre_parse.parse(cues.CONTRIBUTOR_NOTES, re.IGNORECASE)
    [(op, (_, branches))] = list(parsed)
    at_start = [(prefilter._sre.AT, prefilter._sre.AT_BEGINNING)]
    starts_anywhere = [branch for branch in branches if list(branch)[:1] != at_start]
    assert op is prefilter._sre.BRANCH and not parsed.state.flags & re.MULTILINE
    assert len(starts_anywhere) == len(cues.CONTRIBUTOR_NOTES_ANYWHERE.split("|"))
