"""langdetect-rs (the ``fast`` extra) gives langdetect's languages; langdetect is the fallback."""

import json
import sys
from pathlib import Path

import pytest

from cleaner import language

BENCH_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
BENCH_FILES = ("shb-naive", "shb-trafilatura", "synthetic-dev")


def bench_inputs() -> list[str]:
    if not all((BENCH_DIR / f"{name}.jsonl").is_file() for name in BENCH_FILES):
        pytest.skip(f"no benchmark files at {BENCH_DIR}")
    return [json.loads(line)["input"] for name in BENCH_FILES
            for line in (BENCH_DIR / f"{name}.jsonl").open(encoding="utf-8")]


def test_both_backends_give_the_same_languages_on_the_benchmark() -> None:
    pytest.importorskip("langdetect_rs")
    texts = bench_inputs()
    fast, slow = language.detector("langdetect_rs"), language.detector("langdetect")
    samples = [language.sample(text) for text in texts]
    found = [fast(s) for s in samples]
    assert found == [slow(s) for s in samples]
    assert len(set(found)) >= 5  # several languages, not one answer for everything


def test_langdetect_is_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "langdetect_rs", None)  # as if not installed: importing it fails
    language.detector.cache_clear()
    try:
        assert language.detector() is language.detector("langdetect")
        text = "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen."
        assert language.detect_language(text) == "de"
    finally:
        language.detector.cache_clear()


def test_too_little_text_has_no_language() -> None:
    assert language.detect_language("Photo: AP") is None
    assert language.detect_language("12 345 678 / 2020-01-01 " * 10) is None
