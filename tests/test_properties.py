"""Invariants of clean_text over generated articles and arbitrary text.

The normal run tries a modest number of examples; set HYPOTHESIS_PROFILE=thorough for the
long run (10,000 examples per property), as the README's "Testing" section says.
"""

import os
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import clean_text

settings.register_profile("default", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

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
documents = st.one_of(articles, any_text, st.tuples(articles, separators, any_text).map("".join))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


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


@given(documents)
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
