"""The sample articles come out exactly as expected through every entry point.

samples/scraped/NAME.txt is the scraped article, samples/expected/NAME.txt the cleaned text and
samples/expected/NAME.json the metadata and the removals.
"""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import clean_text
from cleaner.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
NAMES = sorted(p.stem for p in (SAMPLES / "scraped").glob("*.txt"))
# The expected files describe kinds in words; these are the kinds cleaner names them by.
KINDS = {
    "date-header / photo caption and credit": "date-header",
    "date header": "date-header",
    "byline": "byline",
    "photo credit": "photo-credit",
    "teaser": "teaser",
}


def scraped(name: str) -> str:
    return (SAMPLES / "scraped" / f"{name}.txt").read_text(encoding="utf-8")


def expected(name: str) -> str:
    return (SAMPLES / "expected" / f"{name}.txt").read_text(encoding="utf-8")


def test_every_sample_has_its_expectations() -> None:
    assert len(NAMES) >= 2
    for name in NAMES:
        assert (SAMPLES / "expected" / f"{name}.txt").is_file()
        assert (SAMPLES / "expected" / f"{name}.json").is_file()


@pytest.mark.parametrize("name", NAMES)
def test_library(name: str) -> None:
    assert clean_text(scraped(name)).text == expected(name)


@pytest.mark.parametrize("name", NAMES)
def test_metadata_and_removals(name: str) -> None:
    wanted = json.loads((SAMPLES / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    result = clean_text(scraped(name))
    assert result.metadata.date == wanted["date"]
    assert result.metadata.authors == wanted["authors"]
    assert result.metadata.language == wanted["language"]
    assert [(r.kind, r.text) for r in result.removals] == [(KINDS[r["kind"]], r["text"]) for r in wanted["removed"]]
    assert all(r.reason for r in result.removals)


def test_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["clean", str(SAMPLES / "scraped"), "-o", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.output
    assert sorted(p.stem for p in tmp_path.iterdir()) == NAMES
    for name in NAMES:
        assert (tmp_path / f"{name}.txt").read_text(encoding="utf-8") == expected(name)


@pytest.mark.parametrize("name", NAMES)
def test_stdin(name: str) -> None:
    result = CliRunner().invoke(main, ["clean", "-"], input=scraped(name).encode("utf-8"))
    assert result.exit_code == 0
    assert result.stdout == expected(name)


def test_jsonl() -> None:
    lines = "".join(json.dumps({"id": name, "text": scraped(name)}) + "\n" for name in NAMES)
    result = CliRunner().invoke(main, ["clean", "--jsonl", "-", "--quiet"], input=lines.encode("utf-8"))
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["text"]) for r in records] == [(name, expected(name)) for name in NAMES]
