"""Patterns compiled on first use: they match as re's do, and start-up compiles none of them."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from cleaner.lazy_regex import compile_later

CASES = [
    (r"(?P<word>photo)s?:\s*(\w+)", re.IGNORECASE, "Caption. PHOTOS: Jane Roe, photo: x"),
    (r"^\W*share\b", 0, "  share this"),
    (r"\d+", 0, "3 of 14 pictures"),
]


@pytest.mark.parametrize(("pattern", "flags", "text"), CASES)
def test_lazy_pattern_matches_as_re_does(pattern: str, flags: int, text: str) -> None:
    lazy, eager = compile_later(pattern, flags), re.compile(pattern, flags)
    assert (lazy.pattern, lazy.flags) == (pattern, flags)
    for method in ("search", "match", "fullmatch"):
        found, wanted = getattr(lazy, method)(text), getattr(eager, method)(text)
        assert (found and found.group()) == (wanted and wanted.group())
    assert lazy.findall(text) == eager.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.sub("_", text) == eager.sub("_", text)
    assert lazy.split(text) == eager.split(text)
    assert lazy.groups == eager.groups


def test_help_compiles_no_pattern_and_imports_no_extractor() -> None:
    code = (
        "import sys\n"
        "from cleaner import cli, patterns\n"
        "sys.argv = ['cleaner', '--help']\n"
        "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
        "lazy = [*patterns.DATES, patterns.CREDIT_TAIL, patterns.BY_LINE]\n"
        "print('trafilatura' in sys.modules, sum('compiled' in vars(p) for p in lazy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "False 0"
