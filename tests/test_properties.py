"""Invariants of clean_text over generated articles and arbitrary text.

The normal run tries a modest number of examples; set HYPOTHESIS_PROFILE=thorough for the
long run (10,000 examples per property), as the README's "Testing" section says (profiles in conftest.py).
"""

import re
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from cleaner import clean_text

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "scraped"
PARAGRAPHS = [
    line.strip()
    for path in sorted(SAMPLES.glob("*.txt"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
NOISE = [
    "date 2024-03-05 Mayor Jane Roe visits a school in Lyon on Monday. Photo: Ana Lima, Le Monde",
    "date 2019-11-20",
    "By John Smith / AP",
    "Photo: Reuters",
    "Advertisement",
    "Read more:",
    "Sign up for our newsletter",
    "© 2019 Example News. All rights reserved.",
    "A town council voted on Tuesday to close the old bridge to traffic after engineers found cracks in its",
    "Foto: dpa",
    "Updated on: November 19, 2019 / 10:07 AM",
]
articles = st.lists(st.sampled_from(PARAGRAPHS + NOISE), min_size=0, max_size=25).map(
    lambda parts: "\n".join(parts)
)
separators = st.sampled_from(["\n", "\n\n", "\r\n", "\n \n\t"])
any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
# Control characters, line and paragraph separators, NUL, BOM and zero-width space, among words and cues.
ODD = [chr(c) for c in range(0x20)] + ["\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\u200b", "\xa0"]
odd_text = st.lists(st.one_of(st.sampled_from(ODD), st.sampled_from(NOISE), any_text.map(lambda t: t[:20])),
                    max_size=40).map("".join)
documents = st.one_of(articles, any_text, st.tuples(articles, separators, any_text).map("".join))


def squash(text: str) -> str:
    """The text without whitespace, nor NUL characters (which end a line like a line break)."""
    return re.sub(r"[\s\0]+", "", text)


@given(documents)
def test_kept_and_removed_give_back_the_input(text: str) -> None:
    result = clean_text(text, detect_lang=False)
    cursor, kept = 0, []
    for removal in result.removals:
        assert removal.start >= cursor, "removals are in document order and do not overlap"
        assert squash(text[removal.start : removal.end]) == squash(removal.text)
        kept.append(text[cursor : removal.start])
        cursor = removal.end
    kept.append(text[cursor:])
    assert squash("".join(kept)) == squash(result.text)


REPEATED = ("President William Lai （賴清德） yesterday offered to talk with Ukraine about a crackdown on "
            "sanctions-busting arms after Ukrainian President Volodymyr Zelenskiy named Taiwan as a source of "
            "illicit missile components.")


@given(st.one_of(documents, odd_text))
@example("DATE:2000/0/0:BYA/b")  # a block cut down to a piece is looked at again: here the piece is a byline
# taking out the lines between repeated paragraphs makes a run of three repeats
@example("\n".join([REPEATED] * 3 + ["Read more:", "2026年2月3日 星期二 14:30", REPEATED]))
# a header printed again and again: each pass finds one more, past the three passes real pages need
@example("\n".join([REPEATED, "2026年2月3日 星期二 14:30", REPEATED, "記者陳怡君／台北報導"] * 2))
def test_cleaning_is_idempotent(text: str) -> None:
    once = clean_text(text, detect_lang=False)
    twice = clean_text(once.text, detect_lang=False)
    assert twice.text == once.text
    assert twice.removals == []


@given(documents)
def test_kept_paragraphs_keep_their_order_and_text(text: str) -> None:
    result = clean_text(text, detect_lang=False)
    position = 0
    for paragraph in filter(None, result.text.split("\n\n")):
        for piece in paragraph.strip().split(" "):
            found = text.find(piece, position)
            assert found >= 0, f"kept text {piece!r} is not in the input in order"
            position = found + len(piece)


@given(any_text)
def test_output_is_clean_text(text: str) -> None:
    result = clean_text(text)
    assert all(line == line.rstrip() for line in result.text.split("\n"))
    assert result.text == "" or result.text.endswith("\n")


@given(st.one_of(documents, odd_text))
def test_never_raises_and_gives_utf8_without_nul(text: str) -> None:
    result = clean_text(text)
    result.text.encode("utf-8")  # no lone surrogates
    assert "\0" not in result.text
    for removal in result.removals:
        removal.text.encode("utf-8")
        assert "\0" not in removal.text


@given(st.one_of(documents, odd_text))
def test_kept_text_is_the_input_between_removals(text: str) -> None:
    """Each kept paragraph is an input line, stripped, with the removals inside it cut out and the rest
    joined by a space: nothing else in the kept text is changed."""
    result = clean_text(text, detect_lang=False)
    paragraphs = []
    for line in re.finditer(r"[^\r\n\0]+", text):
        start, end = line.span()
        cuts = [r for r in result.removals if start <= r.start and r.end <= end]
        pieces, cursor = [], start
        for removal in cuts:
            pieces.append(text[cursor:removal.start].strip())
            cursor = removal.end
        pieces.append(text[cursor:end].strip())
        kept = " ".join(piece for piece in pieces if piece)
        if kept:
            paragraphs.append(kept)
    assert result.text == ("\n\n".join(paragraphs) + "\n" if paragraphs else "")
