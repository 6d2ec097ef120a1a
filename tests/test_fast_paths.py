"""The detectors' shortcuts give the answers of the full searches they skip, on text built from the cue words."""

from hypothesis import given
from hypothesis import strategies as st

from cleaner import patterns as pt
from cleaner.cues import dates

DATE_WORDS = sorted(pt.MONTH_NUMBER) + list(dates.WEEKDAYS) + ["年", "月", "日", "년", "월", "일", "de", "st", "th"]
SEPARATORS = [" ", ", ", ". ", "-", "/", ".", ": ", " | "]


def joined(words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.tuples(st.sampled_from(words), st.sampled_from(SEPARATORS)), max_size=8).map(
        lambda pairs: "".join(word + sep for word, sep in pairs))


@given(joined(DATE_WORDS))
def test_no_date_form_matches_without_a_digit(text: str) -> None:
    """dates.find_date skips blocks without a digit."""
    assert not any(regex.search(text) for regex in pt.DATES)
