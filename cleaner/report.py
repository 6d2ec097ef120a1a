"""Telling what happened: per-document outcomes, the --report file, stderr messages, the summary, explain.

Rich is imported only when stderr (or, for explain, stdout) is a terminal, so piped runs
stay plain text without escape codes and start quickly.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO

import click

from .model import Result
from .sinks import jsonl_line

if TYPE_CHECKING:
    from rich.table import Table
    from rich.text import Text


@dataclass
class Outcome:
    """What happened to one document: its result, or why it failed.

    ``path`` is the file as given (or ``<stdin>``); JSON Lines records add their ``line``
    number and, when the record has one, its own ``id`` field as ``key``. ``trace`` holds
    the traceback of an unexpected exception, shown with --debug. ``skipped`` says why a
    cleaned document is not written (its language was not asked for); ``note`` tells about a
    document that was cleaned but deserves a look (an empty one).
    """

    path: str
    result: Result | None = None
    error: str | None = None
    line: int | None = None
    key: Any = None
    trace: str | None = None
    skipped: str | None = None
    note: str | None = None

    @property
    def name(self) -> str:
        """Where the document came from, for a message: control characters in the path escaped."""
        path = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in self.path)
        return f"{path}:{self.line}" if self.line is not None else path

    def record(self) -> dict[str, Any]:
        """The --report record: where the document came from, then its result or its error."""
        data: dict[str, Any] = {"path": self.path}
        if self.line is not None:
            data["line"] = self.line
        if self.key is not None:
            data["id"] = self.key
        if self.result is None:
            data["error"] = self.error
        elif self.skipped:
            data.update(skipped=self.skipped, metadata=self.result.metadata.to_dict())
        else:
            data.update(self.result.to_dict())
        if self.note is not None:
            data["note"] = self.note
        return data


@dataclass
class Summary:
    """Counts over a run: documents, errors, removals by kind, languages, documents skipped for their
    language, characters, outputs left as they were."""

    documents: int = 0
    errors: int = 0
    existing: int = 0  # outputs already there, left as they were (--skip-existing)
    removals: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)  # by language
    chars_in: int = 0
    chars_out: int = 0

    def add(self, outcome: Outcome) -> None:
        self.documents += 1
        if outcome.result is None:
            self.errors += 1
            return
        if outcome.skipped:
            self.skipped[outcome.result.metadata.language or "unknown"] += 1
            return
        self.removals.update(outcome.result.removed_kinds())
        self.languages[outcome.result.metadata.language or "unknown"] += 1
        self.chars_in += outcome.result.chars_in
        self.chars_out += outcome.result.chars_out

    def line(self) -> str:
        """The summary as one plain line."""
        parts = [_count(self.documents, "document"), _count(self.errors, "error"),
                 _count(sum(self.removals.values()), "removal") + _counts(self.removals)]
        if self.languages:
            parts.append("languages" + _counts(self.languages))
        if self.skipped:
            parts.append(f"{sum(self.skipped.values())} skipped for their language" + _counts(self.skipped))
        if self.existing:
            parts.append(f"{self.existing} skipped (already written)")
        return "cleaner: " + ", ".join(parts)

    def table(self) -> Table:
        from rich.table import Table

        table = Table(title="cleaner", show_header=False, title_justify="left")
        table.add_column(style="bold")
        table.add_column(justify="right")
        table.add_row("documents", str(self.documents))
        table.add_row("errors", str(self.errors), style="red" if self.errors else None)
        if self.existing:
            table.add_row("skipped (already written)", str(self.existing))
        table.add_row("characters", f"{self.chars_in} → {self.chars_out}")
        for kind, count in self.removals.most_common():
            table.add_row(f"removed: {kind}", str(count))
        for language, count in self.languages.most_common():
            table.add_row(f"language: {language}", str(count))
        for language, count in self.skipped.most_common():
            table.add_row(f"skipped, language: {language}", str(count))
        return table


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _counts(counter: Counter[str]) -> str:
    return f" ({', '.join(f'{key} {n}' for key, n in counter.most_common())})" if counter else ""


class Reporter:
    """Reports each outcome: a line in the --report file, errors on stderr, a summary at the end.

    Errors are always printed (``cleaner: PATH: reason``); notes, the progress bar and the
    summary are not with ``quiet``. On a terminal these go through rich; otherwise as plain lines.
    """

    def __init__(self, *, quiet: bool = False, debug: bool = False, report: BinaryIO | None = None) -> None:
        self.summary = Summary()
        self.quiet = quiet
        self.debug = debug
        self.report = report
        self.console = None
        if sys.stderr.isatty():
            from rich.console import Console

            self.console = Console(stderr=True)

    def add(self, outcome: Outcome) -> None:
        self.summary.add(outcome)
        if self.report is not None:
            self.report.write(jsonl_line(outcome.record()))
        if outcome.error is not None:
            message = f"cleaner: {outcome.name}: {outcome.error}"
            if self.debug and outcome.trace:
                message += "\n" + outcome.trace.rstrip()
            self.say(message, style="red")
        if outcome.note is not None and not self.quiet:
            self.say(f"cleaner: {outcome.name}: note: {outcome.note}", style="yellow")

    def say(self, message: str, style: str | None = None) -> None:
        """One message on stderr (in ``style`` on a terminal)."""
        if self.console is not None:
            self.console.print(message, style=style, markup=False, highlight=False)
        else:
            click.echo(message, err=True)

    def wants_progress(self) -> bool:
        return self.console is not None and not self.quiet

    def track(self, items: Iterable[Any], total: int | None = None) -> Iterator[Any]:
        """Iterate over ``items``, with a progress bar on a terminal (drawn from this thread: workers fork safely)."""
        if not self.wants_progress():
            yield from items
            return
        from rich.progress import Progress

        with Progress(console=self.console, transient=True, auto_refresh=False) as bar:
            task = bar.add_task("cleaning", total=total)
            shown = 0.0
            for item in items:
                yield item
                bar.advance(task)
                if time.monotonic() - shown > 0.1:
                    bar.refresh()
                    shown = time.monotonic()

    def finish(self) -> None:
        """Print the summary: a table on a terminal, one line otherwise; nothing with ``quiet``."""
        if self.quiet:
            return
        if self.console is not None:
            self.console.print(self.summary.table())
        else:
            click.echo(self.summary.line(), err=True)


def explain(text: str, result: Result, styled: bool) -> str | Text:
    """The input with every removed piece marked, metadata on top.

    Plain: removed text as ``[-text-]`` followed by ``{kind: reason}``. Styled (rich, for a
    terminal): removed text struck through in red, its kind and reason in yellow beside it.
    """
    lines = [f"{key}: {_show(value)}" for key, value in result.metadata.to_dict().items()]
    lines.append(f"{_count(len(result.removals), 'removal')}{_counts(Counter(result.removed_kinds()))}, "
                 f"{result.chars_in} → {result.chars_out} characters")
    parts: list[tuple[str, str]] = []  # (text, "kept" | "removed" | "note")
    cursor = 0
    for removal in sorted(result.removals, key=lambda r: r.start):
        if removal.start < cursor:
            continue
        parts += [(text[cursor:removal.start], "kept"), (text[removal.start:removal.end], "removed"),
                  (f"{removal.kind}: {removal.reason}", "note")]
        cursor = removal.end
    parts.append((text[cursor:], "kept"))
    head = "\n".join(lines) + "\n" + "─" * 40 + "\n"
    if not styled:
        marks = {"kept": "{}", "removed": "[-{}-]", "note": " {{{}}}"}
        return head + "".join(marks[kind].format(part) for part, kind in parts)
    from rich.text import Text

    styles = {"kept": "", "removed": "strike red", "note": "yellow"}
    out = Text()
    out.append(head, style="cyan")
    for part, kind in parts:
        out.append(f" [{part}]" if kind == "note" else part, style=styles[kind])
    out.rstrip()
    return out


def _show(value: Any) -> str:
    if value is None or value == []:
        return "-"
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)
