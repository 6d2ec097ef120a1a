"""Regular expressions compiled on first use.

The cue patterns are many and large: compiling them all takes about a third of a second, which
``cleaner --help`` need not pay, nor one short text, which needs a few. A ``LazyPattern`` holds
the pattern's text and flags (all the prefilters read) and compiles on the first call of a
method; after that its methods are the compiled pattern's own, looked up as fast.
"""

from __future__ import annotations

import re
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """``re.compile(pattern, flags)``, done when a method is first called."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:  # called only for what is not set yet: before the first use
        if name.startswith("__"):
            raise AttributeError(name)
        if (compiled := self.__dict__.get("compiled")) is None:
            compiled = self.compiled = re.compile(self.pattern, self.flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}..., {self.flags})"


def compile_later(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern used like ``re.compile(pattern, flags)``'s, compiled on first use."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]
