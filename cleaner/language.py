"""Deterministic language identification on a bounded sample of the text."""

from __future__ import annotations

from . import text as tx

SAMPLE_CHARS = 2000
MIN_LETTERS = 40


def sample(text: str, limit: int = SAMPLE_CHARS) -> str:
    """The longest lines first, up to ``limit`` characters: prose says more than furniture."""
    lines = sorted((line.strip() for line in text.splitlines() if line.strip()), key=len, reverse=True)
    out: list[str] = []
    size = 0
    for line in lines:
        if size >= limit:
            break
        out.append(line[: limit - size])
        size += len(out[-1])
    return "\n".join(out)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (``zh-cn``/``zh-tw`` for Chinese), or None when too short."""
    chunk = sample(text)
    if sum(1 for ch in chunk if ch.isalpha()) < MIN_LETTERS or tx.letter_share(chunk) < 0.5:
        return None
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        return detect(chunk)
    except LangDetectException:
        return None
