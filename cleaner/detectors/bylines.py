"""Stub."""

from __future__ import annotations

from ..document import Document
from ..model import Label


def detect(doc: Document) -> list[Label]:
    return []
