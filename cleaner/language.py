"""Deterministic language identification on a bounded sample of the text.

The detector is langdetect-rs when it is installed (the ``fast`` extra: langdetect's results,
bit for bit, from a Rust core, some twenty times faster), else langdetect. Either is loaded
on the first detection only, and seeded, so a text gets the same language every run. For the
scripts of Chinese, Japanese and Korean the script decides first: Hangul is Korean, Kana is
Japanese, and text in Han characters alone is Chinese, with the detector telling only
Simplified from Traditional (on its own it takes Traditional Chinese for Korean).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from functools import cache

from . import text as tx

SAMPLE_CHARS = 2000
MIN_LETTERS = 40
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK = re.compile("|".join(script.pattern for script in (_HANGUL, _KANA, _HAN)))  # any of the three

Detect = Callable[..., "str | None"]


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
def detector(backend: str | None = None) -> Detect:
    """A seeded ``detect(text, only=()) -> code or None``: langdetect_rs when installed, else langdetect,
    or ``backend``; ``only`` limits the answer to those languages."""
    if backend is None:
        try:
            return detector("langdetect_rs")
        except ImportError:
            return detector("langdetect")
    module = importlib.import_module(backend)
    profiles = importlib.import_module(f"{backend}.detector_factory")
    factory = profiles.DetectorFactory()
    factory.load_profile(profiles.PROFILES_DIRECTORY)
    factory.seed = 0

    def detect(text: str, only: Sequence[str] = ()) -> str | None:
        found = factory.create()
        if only:
            found.set_prior_map(dict.fromkeys(only, 1.0))
        try:
            found.append(text)
            return found.detect()
        except module.LangDetectException:
            return None

    return detect


def _mostly_alphabetic(chunk: str, letters: int) -> bool:
    """True when ``letters`` (characters that are alphabetic) are half the non-space characters or more.

    letter_share counts those and a few more (numerals such as "½"), so it is then 0.5 or more too:
    this cheaper count spares computing it for most text.
    """
    return 2 * letters >= sum(map(len, chunk.split()))


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (``zh-cn``/``zh-tw`` for Chinese), or None when too short."""
    chunk = sample(text)
    letters = sum(map(str.isalpha, chunk))
    if letters < MIN_LETTERS or (not _mostly_alphabetic(chunk, letters) and tx.letter_share(chunk) < 0.5):
        return None
    hangul = kana = han = 0
    if _CJK.search(chunk):  # most text has none: one scan instead of three
        hangul, kana, han = (len(script.findall(chunk)) for script in (_HANGUL, _KANA, _HAN))
    if hangul > letters / 2:
        return "ko"
    if kana + han > letters / 2:
        return "ja" if kana > (kana + han) / 20 else detector()(chunk, only=("zh-cn", "zh-tw"))
    return detector()(chunk)
