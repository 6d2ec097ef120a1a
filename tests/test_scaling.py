"""Very long documents are cleaned whole (benchmarks/scaling.py shows the time grows in proportion to size)."""

import re
from pathlib import Path

from cleaner import clean_text

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "scraped"


def test_a_hundred_thousand_one_word_lines() -> None:
    words = [f"word{i}" for i in range(100_000)]
    result = clean_text("\n".join(words))
    assert result.removals == []
    assert result.text == "\n\n".join(words) + "\n"


def test_a_long_document_gives_back_every_word() -> None:
    article = "\n".join(path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt")))
    text = "\n".join([article] * 300)
    assert len(text) > 1_000_000
    result = clean_text(text)
    assert result.removals
    kept_and_removed = " ".join([result.text, *(removal.text for removal in result.removals)])
    assert sorted(re.findall(r"\w+", kept_and_removed)) == sorted(re.findall(r"\w+", text))


def test_a_long_line_without_spaces() -> None:
    """A last paragraph of an unspaced script, cut off: the teaser walk's look at its ending stays linear."""
    text = "这是一条新闻的开头" * 20 + "\n" + "本文" * 20_000
    result = clean_text(text, language="zh-cn")
    assert result.text.endswith("本文本文\n")


def test_a_credit_word_before_a_long_run_of_spaces() -> None:
    """A credit word, then thousands of spaces: the credit patterns try the run once, not once for each split of
    it (this took 15 s when they were quadratic in its length)."""
    intro = "The council approved the new budget on Tuesday after a debate that lasted well into the night.\n"
    for tail in ("Photo " + "\t" * 6000 + "x", "a" + " " * 5000 + "Photo x", "Photo by" + " " * 3000 + "x" * 300):
        result = clean_text(intro + tail)
        kept_and_removed = " ".join([result.text, *(removal.text for removal in result.removals)])
        assert kept_and_removed.split() == (intro + tail).split()


def test_thousands_of_author_notes_each_with_sentences_under_it() -> None:
    """Whether the story goes on under a note is found in one pass for all of them (one pass for each note took
    over five minutes here; now about two seconds)."""
    intro = "The council approved the new budget on Tuesday after a debate that lasted well into the night.\n" * 20
    notes = "".join(f"Jane{i} Roe is a reporter for The Daily News.\nShe covers the council{i}.\n" for i in range(4000))
    result = clean_text(intro + notes)
    assert result.text.startswith(intro.split("\n")[0])
    kept_and_removed = " ".join([result.text, *(removal.text for removal in result.removals)])
    assert sorted(kept_and_removed.split()) == sorted((intro + notes).split())
