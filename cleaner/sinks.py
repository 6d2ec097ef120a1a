"""Where cleaned text goes: files written whole or not at all, standard output, JSON Lines records."""

from __future__ import annotations

import errno
import itertools
import json
import os
import secrets
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    from .report import Outcome


# Write errors after which no other output can be written either: the run stops.
FATAL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS})


@contextmanager
def atomic_open(path: Path | str) -> Iterator[BinaryIO]:
    """A binary file that appears at ``path`` (replacing any old one) only if the block completes.

    The data goes to a hidden temporary file beside ``path`` first, then ``os.replace`` puts
    it in place; on any error or interruption the temporary file is removed and ``path`` is
    left as it was. Missing folders on the way are made.
    """
    tmp = _temporaries.beside(os.fspath(path))
    try:
        with _create(tmp) as file:
            yield file
        os.replace(tmp, path)
    except BaseException:  # an interruption too: the temporary file goes
        with suppress(OSError):
            os.unlink(tmp)
        raise


class _Temporaries:
    """Names for hidden temporary files: a random part drawn once per process, then a counter.

    A folder run names one per document; this spares a system call for random bytes each
    time. A forked worker draws its own random part.
    """

    def __init__(self) -> None:
        self.prefix = ""
        self.serial = itertools.count()

    def beside(self, path: str) -> str:
        if not self.prefix:
            self.prefix = f".cleaner-{secrets.token_hex(6)}-"
        return os.path.join(os.path.dirname(path), f"{self.prefix}{next(self.serial)}.tmp")

    def forget(self) -> None:
        self.prefix = ""


_temporaries = _Temporaries()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_temporaries.forget)


def _create(path: str) -> BinaryIO:
    """A new file at ``path``, after making the folders above it if they are missing."""
    try:
        return open(path, "xb")
    except FileNotFoundError:
        makedirs(Path(path).parent)
        return open(path, "xb")


def makedirs(folder: Path) -> None:
    """Make ``folder`` and the folders above it that are missing, however deep (no recursion)."""
    missing: list[Path] = []
    while not folder.is_dir():
        if folder.exists() or folder.is_symlink():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
        missing.append(folder)
        folder = folder.parent
    for each in reversed(missing):
        with suppress(FileExistsError):
            os.mkdir(each)


def write_text(path: Path | str, text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8, whole or not at all."""
    with atomic_open(path) as file:
        file.write(text.encode("utf-8"))


def write_stdout(text: str) -> None:
    """Write ``text`` to standard output as UTF-8, whatever the locale says."""
    stream = sys.stdout.buffer
    stream.write(text.encode("utf-8"))
    stream.flush()


def jsonl_line(data: dict[str, Any]) -> bytes:
    """One JSON Lines line, UTF-8 (escaped to ASCII if the data holds lone surrogates)."""
    try:
        return (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(data) + "\n").encode("ascii")


def cleaned_record(data: dict[str, Any], text_field: str, outcome: Outcome) -> dict[str, Any]:
    """The output record for a JSON Lines input object.

    Every field is kept in its place; ``text_field`` is replaced by the cleaned text and the
    result (metadata, removals, sizes) is added under ``cleaner``. When the record could not
    be cleaned it is passed through unchanged with ``cleaner: {"error": reason}``.
    """
    if outcome.result is None:
        return {**data, "cleaner": {"error": outcome.error}}
    return {**data, text_field: outcome.result.text, "cleaner": outcome.result.to_dict()}
