"""The sample articles come out exactly as expected, with the expected metadata and removals."""

import json
from pathlib import Path

import pytest

from cleaner import clean_text

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CASES = sorted(p.name.removesuffix(".expected.txt") for p in SAMPLES.glob("*.expected.txt"))
# The expected files describe kinds in words; these are the kinds cleaner names them by.
KINDS = {
    "date-header / photo caption and credit": {"date-header"},
    "byline": {"byline"},
    "photo credit": {"photo-credit"},
    "teaser": {"teaser"},
    "caption": {"caption"},
}


def load(name: str) -> tuple[str, str, dict]:
    return (
        (SAMPLES / f"{name}.txt").read_text(encoding="utf-8"),
        (SAMPLES / f"{name}.expected.txt").read_text(encoding="utf-8"),
        json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8")),
    )


@pytest.mark.parametrize("name", CASES)
def test_cleaned_text_is_exact(name: str) -> None:
    source, expected, _ = load(name)
    assert clean_text(source).text == expected


@pytest.mark.parametrize("name", CASES)
def test_metadata_and_removals(name: str) -> None:
    source, _, expected = load(name)
    result = clean_text(source)
    assert result.metadata.date == expected["date"]
    assert result.metadata.authors == expected["authors"]
    assert result.metadata.language == expected["language"]
    assert [r.text for r in result.removals] == [r["text"] for r in expected["removed"]]
    for removal, wanted in zip(result.removals, expected["removed"], strict=True):
        assert removal.kind in KINDS[wanted["kind"]]
        assert removal.reason


def test_samples_are_present() -> None:
    assert len(CASES) >= 2
