"""Where documents come from: files, folders, standard input and JSON Lines records.

A *document* is an id (the path as the user gave it, or ``<stdin>``; JSON Lines records
add their line number) and its text. Reading a file and decoding its bytes happen here and
only here, so new input kinds (HTML) and encoding detection have one place to go.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any, BinaryIO

STDIN = "<stdin>"
# Suffixes a folder walk picks up (lower case). A file named on the command line is read whatever its name.
SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl",)


class SourceError(Exception):
    """A document that cannot be read or decoded; the message is the reason."""


@dataclass(frozen=True)
class Document:
    """One article to clean: where it came from (the path as given, or ``<stdin>``) and its text.

    A JSON Lines record also carries its ``line`` number and its own ``id`` field as ``key``.
    """

    id: str
    text: str
    line: int | None = None
    key: str | int | None = None


@dataclass(frozen=True)
class Entry:
    """A file to clean and where its cleaned text goes, relative to the output folder."""

    path: Path
    out: PurePath


@dataclass(frozen=True)
class Record:
    """One JSON Lines input line: its line number, and the object (None when the line is unusable)."""

    line: int
    data: dict[str, Any] | None
    error: str | None = None


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8, a leading BOM dropped. NUL bytes mean a binary file."""
    if b"\0" in data:
        raise SourceError("binary file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"not valid UTF-8 (byte {exc.start})") from None


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SourceError(exc.strerror or str(exc)) from None


def read_document(path: Path) -> Document:
    """The document stored at ``path`` (raises SourceError with the reason when it cannot be read)."""
    return Document(str(path), decode(read_bytes(path)))


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def walk(folder: Path, skip: Path | None = None) -> Iterator[Path]:
    """Files with a known suffix under ``folder``, sorted, recursively.

    Hidden files and folders (``.git``, temporary output files) are left out, and so is the
    folder ``skip`` (the output folder, when it lies inside the input). Symbolic links are
    not followed into folders, and a linked file is taken only if it points inside ``folder``.
    """
    root = folder.resolve()
    skip = skip.resolve() if skip is not None else None
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and (here / d).resolve() != skip
        )
        for name in sorted(filenames):
            path = here / name
            if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                continue
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                continue
            yield path


def plan(inputs: Iterable[Path], out: Path | None) -> list[Entry]:
    """The files to clean and their output paths.

    With one input, a file goes to ``OUT/<name>`` and a folder's files to ``OUT/<path inside
    the folder>``. With several inputs, files still go to ``OUT/<name>`` but each folder's
    files go under ``OUT/<folder name>/`` so that folders do not mix. Outputs always end in
    ``.txt``. Two inputs that would share an output path are the caller's to refuse.
    """
    inputs = list(inputs)
    entries: list[Entry] = []
    for path in inputs:
        if not path.is_dir():
            entries.append(Entry(path, PurePath(path.name).with_suffix(".txt")))
            continue
        prefix = PurePath(path.resolve().name) if len(inputs) > 1 else PurePath()
        for file in walk(path, skip=out):
            entries.append(Entry(file, prefix / file.relative_to(path).with_suffix(".txt")))
    return entries


def read_jsonl(stream: BinaryIO, text_field: str) -> Iterator[Record]:
    """The records of a JSON Lines stream, one per non-blank line, with the line's problem if any.

    A line that is not valid UTF-8 or JSON, or not an object, has ``data=None``; an object
    without a string ``text_field`` keeps its data and carries the error.
    """
    for number, raw in enumerate(stream, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield Record(number, None, f"not valid UTF-8 (byte {exc.start})")
            continue
        except json.JSONDecodeError as exc:
            yield Record(number, None, f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(data, dict):
            yield Record(number, None, "not a JSON object")
        elif text_field not in data:
            yield Record(number, data, f"no {text_field!r} field")
        elif not isinstance(data[text_field], str):
            yield Record(number, data, f"the {text_field!r} field is not a string")
        else:
            yield Record(number, data)
