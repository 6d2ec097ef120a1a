"""The ``cleaner`` command: parse options, then wire sources -> clean_text -> sinks and the report.

Exit status: 0 when every document was cleaned; 1 when some document (or JSON Lines record)
could not be read, cleaned or written (the others are still done) or the run had to stop
(no space left for the outputs, say); 2 for a usage error; 130 when interrupted by Ctrl-C
(SIGINT) and 143 by SIGTERM (128 + the signal's number, as shells do).
"""

from __future__ import annotations

import codecs
import os
import re
import sys
import traceback
from collections.abc import Collection, Iterator
from contextlib import ExitStack, closing, contextmanager
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

import click

from . import __version__, clean_text, html, run, sinks, sources
from .detectors import KINDS
from .report import Outcome, Reporter
from .sources import STDIN, Document, Entry, SourceError


class Stopped(Exception):
    """The run cannot go on (no space left for the outputs, say); the message says why."""


def clean_document(doc: Document, keep: Collection[str] = (), languages: Collection[str] = ()) -> Outcome:
    """Clean one document (an HTML page through clean_html). Never raises: an exception becomes the error.

    With ``languages``, a document in another language (or one too short to tell) is marked
    skipped. A pure function of its arguments, so it can run in a worker process.
    """
    try:
        clean = html.clean_html if doc.html else clean_text
        result = clean(doc.text, keep=tuple(keep))
    except html.ExtractionError as exc:
        return Outcome(doc.id, error=str(exc), line=doc.line, key=doc.key)
    except Exception as exc:
        reason = f"cleaning failed: {type(exc).__name__}: {exc}"
        return Outcome(doc.id, error=reason, line=doc.line, key=doc.key, trace=traceback.format_exc())
    language = result.metadata.language
    skipped = None
    if languages and not (language and (language in languages or language.split("-")[0] in languages)):
        skipped = f"language {language or 'unknown'} is not one of {', '.join(languages)}"
    note = "empty" if not doc.text else "nothing but whitespace" if doc.text.isspace() else None
    return Outcome(doc.id, result, line=doc.line, key=doc.key, skipped=skipped, note=note)


def process(item: Document | Entry, keep: Collection[str] = (), limit: int | None = None,
            languages: Collection[str] = (), encoding: str | None = None) -> Outcome:
    """Read (for a file of the plan) and clean one document; what a worker process runs. Never raises."""
    if isinstance(item, Entry):
        try:
            item = sources.load(item, limit, encoding)
        except SourceError as exc:
            return Outcome(item.path, error=str(exc))
        except Exception as exc:  # MemoryError, say
            reason = f"reading failed: {type(exc).__name__}: {exc}"
            return Outcome(item.path, error=reason, trace=traceback.format_exc())
    return clean_document(item, keep, languages)


def read_input(path: str, limit: int | None = None, encoding: str | None = None) -> Document:
    """The document at ``path``, or on standard input for ``-`` (raises SourceError).

    Standard input is an HTML page when it opens as one.
    """
    if path == "-":
        text = sources.decode(sources.read_stream(sys.stdin.buffer, limit), encoding)
        return Document(STDIN, text, html=sources.looks_like_html(text))
    return sources.read_document(Path(path), limit, encoding=encoding)


def _languages(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...]:
    codes = tuple(code.strip().lower() for code in (value or "").split(",") if code.strip())
    if any(not re.fullmatch(r"[a-z]{2,3}(-[a-z]{2,4})?", code) for code in codes):
        raise click.BadParameter(f"{value!r} is not a comma-separated list of language codes (en,de,zh-tw)")
    return codes


def _codec(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise click.BadParameter(f"unknown encoding {value!r}") from None


ALL_KINDS = (*KINDS, *html.KINDS)
keep_option = click.option("--keep", multiple=True, type=click.Choice(ALL_KINDS), metavar="KIND",
                           help=f"Do not remove pieces of this kind; repeatable. Kinds: {', '.join(ALL_KINDS)}.")
debug_option = click.option("--debug", is_flag=True, help="Show tracebacks of unexpected errors.")
encoding_option = click.option("--encoding", metavar="NAME", callback=_codec,
                               help="Read input files in this encoding instead of detecting it (JSON Lines are UTF-8).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="cleaner")
def main() -> None:
    """Turn scraped news article text into clean article text, explaining every removal."""


@main.command()
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, allow_dash=True, path_type=str))
@click.option("-o", "--output", metavar="OUT", type=click.Path(path_type=Path),
              help="Output folder (a file for JSON Lines or standard input). Default: standard output.")
@click.option("--jsonl", is_flag=True, help="Read and write JSON Lines (automatic for .jsonl files).")
@click.option("--text-field", default="text", show_default=True, metavar="NAME",
              help="The JSON Lines field that holds the text.")
@click.option("--html-field", default="html", show_default=True, metavar="NAME",
              help="The JSON Lines field that holds an HTML page, cleaned when a record has no text field.")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path),
              help="Write a JSON Lines record per document: its removals, metadata, sizes or error.")
@keep_option
@click.option("--lang", "languages", metavar="CODES", callback=_languages,
              help="Write only documents in these languages (en,de; zh takes zh-cn and zh-tw); list the others "
                   "in the report and the summary.")
@encoding_option
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Worker processes. Default: one per CPU. 1 cleans in this process.")
@click.option("--skip-existing", is_flag=True,
              help="Leave outputs that already exist as they are: continues an interrupted run.")
@click.option("--follow-symlinks", is_flag=True,
              help="Follow symbolic links to folders, and to files outside the input folder.")
@click.option("--max-size", type=click.FloatRange(min=0), default=5, show_default=True, metavar="MB",
              help="Report a document larger than this instead of cleaning it; 0 for no limit.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, notes or summary (errors are still shown).")
@debug_option
def clean(paths: tuple[str, ...], output: Path | None, jsonl: bool, text_field: str, html_field: str,
          report: Path | None, keep: tuple[str, ...], languages: tuple[str, ...], encoding: str | None,
          jobs: int | None, skip_existing: bool, follow_symlinks: bool, max_size: float, quiet: bool,
          debug: bool) -> None:
    """Clean article text from PATHS (.txt files, .html/.htm pages, folders of them, or - for standard input).

    Folders are walked recursively for .txt, .html and .htm files (hidden folders and the output
    folder are skipped) and need -o OUT: the cleaned files mirror the input tree under OUT, each
    as NAME.txt. A file goes to OUT/NAME.txt. With several inputs each folder gets its own
    OUT/FOLDER-NAME/. A single file or - without -o writes the cleaned text to standard output.
    HTML pages (and standard input that opens with <!DOCTYPE html or <html) are extracted first.

    JSON Lines (.jsonl, or --jsonl): one output record per input object, in order, with the
    text field cleaned (or, for a record with only an HTML field, the page's cleaned text put in
    the text field) and the metadata and removals added under "cleaner". An object that
    cannot be cleaned is passed through with "cleaner": {"error": ...}; a line that is not a
    JSON object is left out. Either way the problem is reported and the exit status is 1.

    With --lang, documents (and records) in other languages are cleaned but not written; the
    report and the summary list them with their language.

    Documents are cleaned in parallel, one worker process per CPU (-j), and the results are
    the same whatever the number. Outputs are written whole or not at all: after Ctrl-C the
    files written are complete, and --skip-existing goes on from there.
    """
    jsonl = jsonl or all(sources.is_jsonl(p) for p in paths)
    streamed = _check_usage(paths, output, jsonl, report)
    if streamed and skip_existing and output is not None and output.exists():
        if not quiet:
            click.echo(f"cleaner: {output} exists; left as it is (--skip-existing)", err=True)
        return
    limit = round(max_size * sources.MB) or None
    work = partial(process, keep=keep, limit=limit, languages=languages, encoding=encoding)
    jobs = jobs or run.default_jobs()
    reporter = Reporter(quiet=quiet, debug=debug)
    summary, status = True, 0
    with run.interruptible():
        try:
            with ExitStack() as stack:
                if report is not None:
                    stack.enter_context(_named_errors(str(report)))  # a report line that cannot be written
                    reporter.report = stack.enter_context(sinks.atomic_open(report))
                if jsonl:
                    _clean_jsonl(paths[0], output, text_field, html_field, limit, work, jobs, reporter)
                elif output is None:
                    summary = False  # one document on stdout: errors only, no summary
                    outcome = _clean_one(paths[0], work, limit, encoding)
                    if outcome.result is not None and not outcome.skipped:
                        with _named_errors("standard output"):
                            sinks.write_stdout(outcome.result.text)
                    reporter.add(outcome)
                elif streamed:
                    reporter.add(_write(_clean_one("-", work, limit, encoding), output))
                else:
                    inputs = [Path(p) for p in paths]
                    _clean_files(inputs, output, skip_existing, follow_symlinks, work, jobs, reporter)
        except BrokenPipeError:  # the reader went away (| head): stop without a message
            _silence_stdout()
            sys.exit(1)
        except run.Interrupted as stop:
            reporter.say(f"cleaner: interrupted by {stop}{_what_is_left(reporter, streamed, output, report)}", "red")
            status = stop.status
        except (Stopped, run.WorkerDied, OSError) as exc:
            if debug:
                raise
            reason = _reason(exc) if isinstance(exc, OSError) else str(exc)
            reporter.say(f"cleaner: stopped: {reason}{_what_is_left(reporter, streamed, output, report)}", "red")
            status = 1
    if summary:
        reporter.finish()
    sys.exit(status or (1 if reporter.summary.errors else 0))


def _check_usage(paths: tuple[str, ...], output: Path | None, jsonl: bool, report: Path | None) -> bool:
    """Usage errors in the inputs and outputs; makes the output folder. Whether the input is one stream."""
    if jsonl and (len(paths) != 1 or Path(paths[0]).is_dir()):
        raise click.UsageError("JSON Lines input takes one file, or - for standard input.")
    if not jsonl and any(sources.is_jsonl(p) for p in paths):
        raise click.UsageError(".jsonl files cannot be mixed with other inputs.")
    if "-" in paths and len(paths) > 1:
        raise click.UsageError("- (standard input) cannot be mixed with other inputs.")
    streamed = jsonl or paths == ("-",)  # one stream in, one stream (stdout or the file -o) out
    inputs = [Path(p) for p in paths if p != "-"]
    if streamed:
        if output is not None and output.is_dir():
            raise click.UsageError(f"{output} is a folder; with this input -o names a file.")
        _refuse_overwrites(inputs, [t for t in (output, report) if t is not None])
        if output is not None:
            _check_writable(output.parent, "-o")
    elif output is None:
        if len(paths) > 1 or Path(paths[0]).is_dir():
            raise click.UsageError("Folders and several inputs need -o OUT (an output folder).")
        _refuse_overwrites(inputs, [report] if report else [])
    else:
        if output.exists() and not output.is_dir():
            raise click.UsageError(f"{output} exists and is not a folder.")
        problem = sources.conflicts(inputs, output, report)
        if problem:
            raise click.UsageError(problem[0].upper() + problem[1:])
        _check_writable(output, "-o")
    if report is not None:
        _check_writable(report.parent, "--report")
    return streamed


def _refuse_overwrites(inputs: list[Path], targets: list[Path]) -> None:
    """Usage error when two outputs share a path or an output would replace an input."""
    seen = {p.resolve(): f"input {p}" for p in inputs}
    for target in targets:
        resolved = target.resolve()
        if resolved in seen:
            raise click.UsageError(f"{target} would overwrite {seen[resolved]}.")
        seen[resolved] = f"output {target}"


def _check_writable(folder: Path, option: str) -> None:
    """Make ``folder`` and make sure files can be created in it: a usage error of ``option`` when not."""
    import tempfile

    try:
        sinks.makedirs(folder)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        reason = sources.os_reason(exc) if exc.filename in (None, str(folder)) else _reason(exc)
        raise click.BadParameter(f"cannot write to {folder}: {reason}.", param_hint=f"'{option}'") from None


def _reason(exc: OSError) -> str:
    return f"{exc.filename}: {sources.os_reason(exc)}" if exc.filename else sources.os_reason(exc)


def _what_is_left(reporter: Reporter, streamed: bool, output: Path | None, report: Path | None) -> str:
    """How far a stopped run got and what it leaves behind, for its last message (nothing for one document)."""
    if output is None and not streamed:
        return ""
    done = reporter.summary
    said = f" after {done.documents} document{'' if done.documents == 1 else 's'} ({done.errors} with errors)"
    if output is not None and not streamed:
        said += "; the files written are complete: run again with --skip-existing to go on"
    elif output is not None:
        said += f"; {output} was not written"
    return said + ("; the report was not written" if report is not None else "")


def _silence_stdout() -> None:
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


@contextmanager
def _named_errors(name: str) -> Iterator[None]:
    """An OSError in the block that names no file (a failed write) is about ``name``."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None and not isinstance(exc, BrokenPipeError):
            exc.filename = name
        raise


def _clean_one(path: str, work: partial[Outcome], limit: int | None, encoding: str | None) -> Outcome:
    """The document at ``path`` (or on standard input for ``-``), cleaned in this process."""
    try:
        doc = read_input(path, limit, encoding)
    except SourceError as exc:
        return Outcome(_name(path), error=str(exc))
    return work(doc)


def _write(outcome: Outcome, target: Path | str) -> Outcome:
    """Write a cleaned document to ``target``; a failed write turns the outcome into an error.

    When nothing more can be written (no space left, a read-only file system) the run stops.
    """
    if outcome.result is None or outcome.skipped:
        return outcome
    try:
        sinks.write_text(target, outcome.result.text)
    except OSError as exc:
        reason = f"cannot write {target}: {sources.os_reason(exc)}"
        if exc.errno in sinks.FATAL_ERRNOS:
            raise Stopped(reason) from None
        return Outcome(outcome.path, error=reason)
    return outcome


def _clean_files(inputs: list[Path], output: Path, skip_existing: bool, follow: bool, work: partial[Outcome],
                 jobs: int, reporter: Reporter) -> None:
    """Clean the files of the plan into the output folder, in parallel, reporting in the plan's order."""

    folder = os.fspath(output)  # the targets as strings: a Path per document costs more than its write's own calls

    def todo() -> Iterator[tuple[Entry, Entry | None]]:
        for entry in sources.plan(inputs, output, follow):
            skip = skip_existing and entry.problem is None and os.path.exists(os.path.join(folder, entry.out))
            yield entry, None if skip or entry.problem else entry

    total = sum(1 for _ in sources.plan(inputs, output, follow)) if reporter.wants_progress() else None
    with closing(run.ordered_map(work, todo(), jobs)) as results:
        for entry, outcome in reporter.track(results, total):
            if outcome is None and entry.problem is None:
                reporter.summary.existing += 1
            else:
                target = os.path.join(folder, entry.out)
                reporter.add(_write(outcome or Outcome(entry.path, error=entry.problem), target))


@contextmanager
def _open_stream(path: str, output: Path | None) -> Iterator[tuple[BinaryIO, BinaryIO]]:
    """The JSON Lines input (file or stdin) and output (the -o file, written whole, or stdout)."""
    with ExitStack() as stack:
        stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
        src = stdin if path == "-" else stack.enter_context(open(path, "rb"))
        dst = stdout if output is None else stack.enter_context(sinks.atomic_open(output))
        yield src, dst


def _clean_jsonl(path: str, output: Path | None, text_field: str, html_field: str, limit: int | None,
                 work: partial[Outcome], jobs: int, reporter: Reporter) -> None:
    """Clean a JSON Lines stream record by record, in parallel, writing the records in their order.

    A record skipped for its language (--lang) is left out of the output.
    """
    name = _name(path)

    def todo() -> Iterator[tuple[sources.Record, Document | None]]:
        for record in sources.read_jsonl(src, text_field, html_field, limit):
            doc = None
            if record.error is None and record.data is not None:
                doc = Document(name, record.data[record.field], record.line, _key(record.data),
                               html=record.field != text_field)
            yield record, doc

    where = str(output) if output else "standard output"
    with _open_stream(path, output) as (src, dst), \
            closing(run.ordered_map(work, todo(), jobs, weight=_text_size)) as results:
        for record, outcome in results:
            if outcome is None:
                outcome = Outcome(name, error=record.error, line=record.line, key=_key(record.data))
            if record.data is not None and not outcome.skipped:
                with _named_errors(where):
                    dst.write(sinks.jsonl_line(sinks.cleaned_record(record.data, text_field, outcome)))
            reporter.add(outcome)
        with _named_errors(where):
            dst.flush()


def _key(data: dict[str, Any] | None) -> str | int | None:
    """A record's own ``id``, when it is a string or a number: it is reported, never used as a path."""
    key = data.get("id") if data is not None else None
    return key if isinstance(key, (str, int)) else None


def _text_size(doc: Document) -> int:
    return len(doc.text)


def _name(path: str) -> str:
    return STDIN if path == "-" else path


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=str))
@keep_option
@encoding_option
@debug_option
def explain(path: str, keep: tuple[str, ...], encoding: str | None, debug: bool) -> None:
    """Show PATH (or - for standard input) with every removed piece marked, and why.

    On a terminal removed text is struck through with its kind and reason beside it;
    otherwise it is marked [-like this-] {kind: reason}. The metadata comes first.
    """
    from .report import explain as render

    try:
        doc = read_input(path, encoding=encoding)
    except SourceError as exc:
        Reporter().add(Outcome(_name(path), error=str(exc)))
        sys.exit(1)
    outcome = clean_document(doc, keep)
    if outcome.result is None:
        Reporter(debug=debug).add(outcome)
        sys.exit(1)
    text = html.extract(doc.text).text if doc.html else doc.text  # a page: the extracted text the removals are in
    if sys.stdout.isatty():
        from rich.console import Console

        Console().print(render(text, outcome.result, styled=True))
    else:
        shown = render(text, outcome.result, styled=False)
        sinks.write_stdout(shown if shown.endswith("\n") else shown + "\n")
