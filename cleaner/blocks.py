"""Split text into blocks (one per non-empty line) that remember where they came from."""

from __future__ import annotations

import re

from .model import Block

_LINE = re.compile(r"[^\r\n\0]+")  # a NUL character ends a line too: it never reaches the output


def split_blocks(text: str) -> list[Block]:
    """Return the non-blank lines of ``text`` as blocks, stripped, with their offsets.

    Scraped articles keep one paragraph per line (blank lines between paragraphs are
    optional), so a line is the unit every detector labels.
    """
    blocks: list[Block] = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        blocks.append(Block(len(blocks), start, start + len(stripped), stripped))
    return blocks
