"""Where documents come from: files, folders, standard input and JSON Lines records.

A *document* is an id (the path as the user gave it, or ``<stdin>``; JSON Lines records
add their line number) and its text. Reading a file and decoding its bytes (in whatever
encoding) happen here and only here.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any, BinaryIO

STDIN = "<stdin>"
# Suffixes a folder walk picks up (lower case). A file named on the command line is read whatever its name.
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = (".txt", *HTML_SUFFIXES)
JSONL_SUFFIXES = (".jsonl",)


class SourceError(Exception):
    """A document that cannot be read or decoded; the message is the reason."""


@dataclass(frozen=True)
class Document:
    """One article to clean: where it came from (the path as given, or ``<stdin>``) and its text.

    A JSON Lines record also carries its ``line`` number and its own ``id`` field as ``key``.
    ``html`` says the text is an HTML page.
    """

    id: str
    text: str
    line: int | None = None
    key: str | int | None = None
    html: bool = False


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
    field: str = ""  # the field to clean: the text field, or the HTML field when the text field is missing


# Byte-order marks and their codecs; UTF-32's little-endian mark starts like UTF-16's, so it comes first.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# An HTML page's own declaration: <meta charset="..."> or <meta http-equiv=... content="...; charset=...">.
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
# Declared encodings that browsers read as a superset (WHATWG Encoding): pages that say Latin-1 mean windows-1252.
_SUPERSETS = {"iso8859-1": "cp1252", "ascii": "cp1252", "gb2312": "gb18030", "gbk": "gb18030", "euc_kr": "cp949",
              "shift_jis": "cp932"}
_HTML_START = re.compile(r"\s*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
# charset_normalizer's guesses this close to the best one count as just as good.
_TIE_CHAOS, _TIE_COHERENCE = 0.05, 0.05


def decode(data: bytes, encoding: str | None = None, html: bool = False) -> str:
    """Bytes to text, whatever their encoding; a leading byte-order mark is dropped.

    ``encoding`` forces a codec. Otherwise a byte-order mark decides (UTF-8, UTF-16, UTF-32);
    NUL bytes without one mean a binary file; bytes that are valid UTF-8 are UTF-8; an HTML page's
    ``<meta charset>`` comes next; last, charset_normalizer guesses. Raises SourceError when the
    bytes do not fit the encoding or the encoding cannot be told.
    """
    if encoding is not None:
        return _decode_as(data, encoding).removeprefix("\ufeff")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, codec)
    if b"\0" in data:
        raise SourceError("binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if html and (declared := _declared_charset(data)):
        with suppress(SourceError):
            return _decode_as(data, declared)
    text = _guess(data)
    if text is None:
        raise SourceError("not UTF-8, and the encoding cannot be told for sure; name it with --encoding")
    return text


def _decode_as(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SourceError(f"not valid {encoding} (byte {exc.start})") from None


def _declared_charset(data: bytes) -> str | None:
    """The codec an HTML page names for itself in its first kilobytes, if Python knows it."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return _SUPERSETS.get(name, name)


def _guess(data: bytes) -> str | None:
    """charset_normalizer's reading of ``data``, or None when several readings are as good and differ.

    Among equally good readings windows-1252, the web's most common legacy encoding, wins. Short
    texts often have several; a paragraph or two of real text usually has one.
    """
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    if not results:
        return None
    best = results[0]
    tied = [r for r in results
            if r.chaos <= best.chaos + _TIE_CHAOS and r.coherence >= best.coherence - _TIE_COHERENCE]
    for result in tied:
        if "cp1252" in (result.encoding, *result.could_be_from_charset):
            return str(result)
    return str(best) if len(tied) == 1 else None


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SourceError(exc.strerror or str(exc)) from None


def read_document(path: Path, encoding: str | None = None) -> Document:
    """The document stored at ``path`` (raises SourceError with the reason when it cannot be read).

    ``.html`` and ``.htm`` files are HTML pages.
    """
    html = path.suffix.lower() in HTML_SUFFIXES
    return Document(str(path), decode(read_bytes(path), encoding, html=html), html=html)


def looks_like_html(text: str) -> bool:
    """True when ``text`` opens as an HTML page does: ``<!DOCTYPE html`` or ``<html``."""
    return bool(_HTML_START.match(text))


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


def read_jsonl(stream: BinaryIO, text_field: str, html_field: str | None = None) -> Iterator[Record]:
    """The records of a JSON Lines stream, one per non-blank line, with the line's problem if any.

    A line that is not valid UTF-8 or JSON, or not an object, has ``data=None``. A record's
    ``field`` is ``text_field``, or ``html_field`` when the text field is missing and that one is
    there; an object without either, or whose field is not a string, keeps its data and carries
    the error.
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
            continue
        field = text_field
        if text_field not in data and html_field is not None and html_field in data:
            field = html_field
        if field not in data:
            fields = f"{text_field!r} or {html_field!r} field" if html_field else f"{text_field!r} field"
            yield Record(number, data, f"no {fields}")
        elif not isinstance(data[field], str):
            yield Record(number, data, f"the {field!r} field is not a string", field)
        else:
            yield Record(number, data, field=field)
