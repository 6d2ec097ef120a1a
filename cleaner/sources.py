"""Where documents come from: files, folders, standard input and JSON Lines records.

A *document* is an id (the path as the user gave it, or ``<stdin>``; JSON Lines records
add their line number) and its text. Reading a file and decoding its bytes (in whatever
encoding) happen here and only here.
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
import stat
from bisect import bisect_left
from collections.abc import Generator, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

STDIN = "<stdin>"
# Suffixes a folder walk picks up (lower case). A file named on the command line is read whatever its name.
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = (".txt", *HTML_SUFFIXES)
JSONL_SUFFIXES = (".jsonl",)
OUTPUT_SUFFIX = ".txt"
MB = 1_000_000
TOP = ""  # the output folder itself
# Signatures of binary formats that turn up under a text name in scraped corpora.
MAGIC = [
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"), (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"), (b"\x7fELF", "a program"),
]


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
    """A file to clean and where its cleaned text goes, relative to the output folder.

    ``problem`` says why a file found in a walk cannot be read (a broken link, say);
    ``walked`` is False for a file named by the user, which may be a pipe. Paths are plain
    strings: pathlib (before Python 3.12) interns every part of every path it parses, and that
    table grows with the number of files walked.
    """

    path: str
    out: str
    problem: str | None = None
    walked: bool = True


@dataclass(frozen=True)
class Record:
    """One JSON Lines input line: its line number, and the object (None when the line is unusable)."""

    line: int
    data: dict[str, Any] | None
    error: str | None = None
    field: str = ""  # the field to clean: the text field, or the HTML field when the text field is missing


def binary_kind(data: bytes) -> str | None:
    """Why ``data`` is a binary file rather than text (its format when known), or None."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return f"binary file ({kind})"
    return "binary file" if b"\0" in data else None


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
    NUL bytes or a known file signature without one mean a binary file; bytes that are valid
    UTF-8 are UTF-8; an HTML page's ``<meta charset>`` comes next; last, charset_normalizer
    guesses. Raises SourceError when the bytes do not fit the encoding or the encoding cannot be told.
    """
    if encoding is not None:
        return _decode_as(data, encoding).removeprefix("\ufeff")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, codec)
    kind = binary_kind(data)
    if kind is not None:
        raise SourceError(kind)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):  # UTF-8 with a few broken bytes: another codec would garble all the rest
            raise SourceError(f"not valid UTF-8 (byte {exc.start})") from None
    if html and (declared := _declared_charset(data)):
        with suppress(SourceError):
            return _decode_as(data, declared)
    text = _guess(data)
    if text is None:
        raise SourceError("not UTF-8, and the encoding cannot be told for sure; name it with --encoding")
    return text


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(data: bytes) -> bool:
    """True when most of the non-ASCII bytes form UTF-8 sequences (legacy encodings rarely do by chance)."""
    non_ascii = sum(1 for byte in data if byte > 0x7F)
    in_sequences = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    return non_ascii > 0 and in_sequences * 2 > non_ascii


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


def too_large(size: int, limit: int) -> str:
    return f"too large: {size / MB:.1f} MB, over the limit of {limit / MB:g} MB (see --max-size)"


def read_bytes(path: Path, limit: int | None = None, regular_only: bool = False) -> bytes:
    """The bytes of the file at ``path``, at most ``limit`` of them (raises SourceError with the reason).

    ``regular_only`` refuses named pipes, sockets and devices without waiting on them (a
    folder walk meets those by accident); a file named by the user may be a pipe.
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | (getattr(os, "O_NONBLOCK", 0) if regular_only else 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise SourceError(os_reason(exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise SourceError("a folder, not a file")
        if regular_only and not stat.S_ISREG(info.st_mode):
            raise SourceError(f"not a regular file ({_file_kind(info.st_mode)})")
        if limit is not None and stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise SourceError(too_large(info.st_size, limit))
        try:
            if stat.S_ISREG(info.st_mode):
                return _read_file(fd, info.st_size, limit)
            with open(fd, "rb", closefd=False) as file:
                return read_stream(file, limit)
        except OSError as exc:
            raise SourceError(os_reason(exc)) from None
    finally:
        os.close(fd)


def _read_file(fd: int, size: int, limit: int | None) -> bytes:
    """A regular file's bytes, straight from its descriptor: one read of its size and a byte more.

    Getting exactly its size back means the end was reached. A buffered file would ask for
    ``limit`` bytes (a buffer that large for every document) and then once more for the end.
    A file that changed size meanwhile, or that one read does not take whole, is read again
    from the start as a stream.
    """
    data = os.read(fd, size + 1)
    if len(data) == size:
        return data
    os.lseek(fd, 0, os.SEEK_SET)
    with open(fd, "rb", closefd=False) as file:
        return read_stream(file, limit)


def read_stream(stream: BinaryIO, limit: int | None = None) -> bytes:
    """All of ``stream``, or SourceError when it holds more than ``limit`` bytes (the rest is counted, not kept)."""
    data = stream.read() if limit is None else stream.read(limit + 1)
    if limit is not None and len(data) > limit:
        size = len(data) + sum(len(chunk) for chunk in iter(lambda: stream.read(MB), b""))
        raise SourceError(too_large(size, limit))
    return data


def read_document(path: Path | str, limit: int | None = None, regular_only: bool = False,
                  encoding: str | None = None) -> Document:
    """The document stored at ``path`` (raises SourceError with the reason when it cannot be read).

    ``.html`` and ``.htm`` files are HTML pages.
    """
    html = os.path.splitext(path)[1].lower() in HTML_SUFFIXES
    return Document(str(path), decode(read_bytes(path, limit, regular_only), encoding, html=html), html=html)


def looks_like_html(text: str) -> bool:
    """True when ``text`` opens as an HTML page does: ``<!DOCTYPE html`` or ``<html``."""
    return bool(_HTML_START.match(text))


def load(entry: Entry, limit: int | None = None, encoding: str | None = None) -> Document:
    """The document an entry of the plan stands for (raises SourceError with the walk's or the reader's reason)."""
    if entry.problem is not None:
        raise SourceError(entry.problem)
    return read_document(entry.path, limit, regular_only=entry.walked, encoding=encoding)


def os_reason(exc: OSError) -> str:
    """A person's reason for an error from the operating system."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    return exc.strerror or str(exc)


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def output_name(name: str) -> str:
    """The name of a file's cleaned output: its suffix replaced by ``.txt``."""
    dot = name.rfind(".")  # as pathlib's with_suffix does, without parsing (and interning) a path
    return (name[:dot] if 0 < dot < len(name) - 1 else name) + OUTPUT_SUFFIX


def walk(folder: Path | str, prefix: str = TOP, skip: Path | None = None, follow: bool = False) -> Iterator[Entry]:
    """The files with a known suffix under ``folder``, as entries of the plan, one at a time.

    Depth first; in each folder the files (sorted by name) come before the subfolders (sorted
    by name). Hidden files and folders (``.git``, temporary output files) are left out, and so
    is the folder ``skip`` (the output folder, when it lies inside the input). Symbolic links
    to folders are followed only with ``follow``, each folder once; a link to a file is taken
    when it points inside ``folder`` (anywhere with ``follow``). What cannot be read comes as
    an entry with its ``problem``: a folder that cannot be listed, a broken link or a link
    loop, a named pipe or device, a file whose output name another file of its folder has.
    Only the names of the folders on the way down are held in memory, and the walk does not
    recurse, whatever the tree's depth.
    """
    root = os.path.realpath(folder)
    skip_id = _identity(skip) if skip is not None else None
    seen: set[tuple[int, int] | None] = set()
    pending: list[Iterator[tuple[str, str]]] = [iter([(os.fspath(folder), prefix)])]
    while pending:
        step = next(pending[-1], None)
        if step is None:
            pending.pop()
            continue
        here, out = step
        if skip_id is not None or follow:
            identity = _identity(here)
            if identity == skip_id or identity in seen:
                continue
            if follow:
                seen.add(identity)
        folders = yield from _files(here, out, root, follow)
        pending.append(_subfolders(here, out, folders))


def _files(here: str, out: str, root: str, follow: bool) -> Generator[Entry, None, list[str]]:
    """The entries of the files in the folder ``here``; returns the names of its subfolders, sorted."""
    files: list[str] = []
    folders: list[str] = []
    problems: dict[str, str] = {}
    try:
        with os.scandir(here) as listing:
            for entry in listing:
                name, kind = entry.name, _kind(entry)
                wanted = name.lower().endswith(SUFFIXES)
                if name.startswith(".") or not (wanted or kind in ("folder", "link")):
                    continue
                problem = None
                if kind == "link":
                    try:
                        kind = "folder" if stat.S_ISDIR(os.stat(entry.path).st_mode) else "file"
                    except OSError as exc:
                        kind, problem = "file", "broken symbolic link" if exc.errno == errno.ENOENT else os_reason(exc)
                    else:
                        if not follow and (kind == "folder" or not _inside(os.path.realpath(entry.path), root)):
                            continue
                elif kind not in ("file", "folder"):
                    problem = f"not a regular file ({kind})"
                if kind == "folder":
                    folders.append(name)
                elif wanted:
                    files.append(name)
                    if problem is not None:
                        problems[name] = problem
    except OSError as exc:
        yield Entry(here, out, problem=f"cannot read the folder: {os_reason(exc)}")
        return []
    files.sort()
    problems.update(_clashes(files))
    names = "\0".join(files) + "\0" if files else ""  # the listing, packed, is held while its files are cleaned
    files.clear()
    start = 0
    while start < len(names):
        end = names.index("\0", start)
        name, start = names[start:end], end + 1
        yield Entry(os.path.join(here, name), os.path.join(out, output_name(name)), problem=problems.get(name))
    folders.sort()
    return folders


def _clashes(files: list[str]) -> dict[str, str]:
    """Why files of one folder (sorted by name) are not cleaned: another of them goes to the same output."""
    clashes: dict[str, str] = {}
    renamed: dict[str, str] = {}  # output name -> the first file with another suffix that has it
    for name in files:
        target = output_name(name)
        if target != name:
            index = bisect_left(files, target)
            other = target if index < len(files) and files[index] == target else renamed.setdefault(target, name)
            if other != name:
                clashes[name] = f"{other} in the same folder goes to the same output, {target}"
    return clashes


def _subfolders(here: str, out: str, names: list[str]) -> Iterator[tuple[str, str]]:
    for name in names:
        yield os.path.join(here, name), os.path.join(out, name)


def _kind(entry: os.DirEntry[str]) -> str:
    try:
        if entry.is_symlink():
            return "link"
        if entry.is_dir(follow_symlinks=False):
            return "folder"
        if entry.is_file(follow_symlinks=False):
            return "file"
        return _file_kind(entry.stat(follow_symlinks=False).st_mode)
    except OSError:
        return "file"  # vanished or unreadable: reading it will tell why


def _identity(path: Path | str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def plan(inputs: Sequence[Path], out: Path | None, follow: bool = False) -> Iterator[Entry]:
    """The files to clean and their output paths, one at a time (folders are walked as they go).

    With one input, a file goes to ``OUT/<name>`` and a folder's files to ``OUT/<path inside
    the folder>``. With several inputs, files still go to ``OUT/<name>`` but each folder's
    files go under ``OUT/<folder name>/`` so that folders do not mix. Outputs always end in
    ``.txt``. ``conflicts`` tells beforehand whether two inputs or an input and an output clash.
    """
    for path in inputs:
        if path.is_dir():
            prefix = _prefix(path) if len(inputs) > 1 else TOP
            yield from walk(path, prefix, skip=out, follow=follow)
        else:
            yield Entry(str(path), output_name(path.name), walked=False)


def _prefix(folder: Path) -> str:
    return folder.resolve().name


def conflicts(inputs: Sequence[Path], out: Path, report: Path | None = None) -> str | None:
    """Why cleaning ``inputs`` into the folder ``out`` would overwrite an input or write an output twice.

    Checked on the inputs as given, before any walk: two inputs with the same output name or
    folder, an output folder that is an input folder, outputs that would replace input
    files, a report that would replace an input or an output or be read as one. Two files of
    one folder with the same output name are the walk's to report.
    """
    out = out.resolve()
    several = len(inputs) > 1
    folders = [(p.resolve(), out / _prefix(p) if several else out) for p in inputs if p.is_dir()]
    files = [(p.resolve(), out / output_name(p.name)) for p in inputs if not p.is_dir()]
    tops = [target.relative_to(out).parts[:1] for _, target in folders + files]
    for index, top in enumerate(tops):
        if top and top in tops[:index]:
            return f"two inputs would write to {out / top[0]}."
    for source, target in files:
        if any(target == other for other, _ in files):
            return f"{target} would overwrite the input {source}."
    for source, _ in folders:
        if source == out:
            return f"the output folder {out} is the input folder {source}."
        for other, other_target in folders:  # other's outputs land in source: would they replace its files?
            if source.is_relative_to(other_target) and \
                    (source == other_target or (other / source.relative_to(other_target)).exists()):
                return f"outputs in {other_target} would overwrite inputs in {source}."
    if report is not None:
        report = report.resolve()
        read = any(report.is_relative_to(source) for source, _ in folders) and not report.is_relative_to(out)
        if any(report == source for source, _ in files) or \
                (report.name.lower().endswith(SUFFIXES) and (read or report.is_relative_to(out))):
            return f"the report {report} would overwrite an input or an output, or be read as an input."
    return None


def read_jsonl(stream: BinaryIO, text_field: str, html_field: str | None = None,
               limit: int | None = None) -> Iterator[Record]:
    """The records of a JSON Lines stream, one per non-blank line, with the line's problem if any.

    A line that is not valid UTF-8 or JSON, or not an object, has ``data=None``. A record's
    ``field`` is ``text_field``, or ``html_field`` when the text field is missing and that one is
    there; an object without either, whose field is not a string, or whose field is over
    ``limit`` bytes in UTF-8, keeps its data and carries the error. Lines are read one at a time.
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
        elif limit is not None and len(data[field]) > limit // 4 and \
                (size := len(data[field].encode("utf-8", "surrogatepass"))) > limit:
            yield Record(number, data, too_large(size, limit), field)
        else:
            yield Record(number, data, field=field)
