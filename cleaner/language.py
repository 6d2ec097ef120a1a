"""Deterministic language identification on a bounded sample of the text.

langdetect, seeded; for the scripts of Chinese, Japanese and Korean the script decides first:
Hangul is Korean, Kana is Japanese, and text in Han characters alone is Chinese, with langdetect
telling only Simplified from Traditional (on its own it takes Traditional Chinese for Korean).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from . import text as tx

SAMPLE_CHARS = 2000
MIN_LETTERS = 40
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


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
    letters = sum(1 for ch in chunk if ch.isalpha())
    if letters < MIN_LETTERS or tx.letter_share(chunk) < 0.5:
        return None
    hangul, kana, han = (len(script.findall(chunk)) for script in (_HANGUL, _KANA, _HAN))
    if hangul > letters / 2:
        return "ko"
    if kana + han > letters / 2:
        return "ja" if kana > (kana + han) / 20 else _langdetect(chunk, only=("zh-cn", "zh-tw"))
    return _langdetect(chunk)


def _langdetect(chunk: str, only: tuple[str, ...] = ()) -> str | None:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory().create()
    if only:
        detector.set_prior_map(dict.fromkeys(only, 1.0))
    try:
        detector.append(chunk)
        return detector.detect()
    except LangDetectException:
        return None


@cache
def _factory() -> Any:
    """langdetect's profiles, loaded once, with a fixed seed so that every run answers the same."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = 0
    return factory
