"""Deterministic language identification on a bounded sample of the text.

The detector is langdetect-rs when it is installed (the ``fast`` extra: langdetect's results,
bit for bit, from a Rust core, some twenty times faster), else langdetect. Either is imported
on the first detection only, and seeded, so a text gets the same language every run.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache

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


@cache
def detector(backend: str | None = None) -> Callable[[str], str | None]:
    """A seeded ``detect(text) -> code or None``: langdetect_rs when installed, else langdetect, or ``backend``."""
    if backend is None:
        try:
            return detector("langdetect_rs")
        except ImportError:
            return detector("langdetect")
    module = importlib.import_module(backend)

    def detect(text: str) -> str | None:
        module.DetectorFactory.seed = 0
        try:
            return module.detect(text)
        except module.LangDetectException:
            return None

    return detect


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (``zh-cn``/``zh-tw`` for Chinese), or None when too short."""
    chunk = sample(text)
    if sum(map(str.isalpha, chunk)) < MIN_LETTERS or tx.letter_share(chunk) < 0.5:
        return None
    return detector()(chunk)
