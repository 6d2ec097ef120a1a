"""The ``cleaner`` command: parse options, then wire sources -> clean_text -> sinks and the report.

Exit status: 0 when every document was cleaned, 1 when some document (or JSON Lines record)
could not be read, cleaned or written (the others are still done), 2 for a usage error.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
import traceback
from collections.abc import Collection, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import BinaryIO

import click

from . import __version__, clean_text, html, sinks, sources
from .detectors import KINDS
from .report import Outcome, Reporter
from .sources import STDIN, Document, SourceError


def clean_document(doc: Document, keep: Collection[str] = (), languages: Collection[str] = ()) -> Outcome:
    """Clean one document (an HTML page through clean_html). Never raises: an exception becomes the error.

    With ``languages``, a document in another language (or one too short to tell) is marked
    skipped. A pure function of its arguments, so it can run in a worker process.
    """
    try:
        clean = html.clean_html if doc.html else clean_text
        result = clean(doc.text, keep=tuple(keep))
        language = result.metadata.language
        skipped = None
        if languages and not (language and (language in languages or language.split("-")[0] in languages)):
            skipped = f"language {language or 'unknown'} is not one of {', '.join(languages)}"
        return Outcome(doc.id, result, line=doc.line, key=doc.key, skipped=skipped)
    except html.ExtractionError as exc:
        return Outcome(doc.id, error=str(exc), line=doc.line, key=doc.key)
    except Exception as exc:
        reason = f"cleaning failed: {type(exc).__name__}: {exc}"
        return Outcome(doc.id, error=reason, line=doc.line, key=doc.key, trace=traceback.format_exc())


def read_input(path: str, encoding: str | None = None) -> Document:
    """The document at ``path``, or on standard input for ``-`` (raises SourceError).

    Standard input is an HTML page when it opens as one.
    """
    if path == "-":
        text = sources.decode(sys.stdin.buffer.read(), encoding)
        return Document(STDIN, text, html=sources.looks_like_html(text))
    return sources.read_document(Path(path), encoding)


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
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary (errors are still shown).")
@debug_option
def clean(paths: tuple[str, ...], output: Path | None, jsonl: bool, text_field: str, html_field: str,
          report: Path | None, keep: tuple[str, ...], languages: tuple[str, ...], encoding: str | None, quiet: bool,
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
    """
    jsonl = jsonl or all(sources.is_jsonl(p) for p in paths)
    if jsonl and (len(paths) != 1 or Path(paths[0]).is_dir()):
        raise click.UsageError("JSON Lines input takes one file, or - for standard input.")
    if not jsonl and any(sources.is_jsonl(p) for p in paths):
        raise click.UsageError(".jsonl files cannot be mixed with other inputs.")
    if "-" in paths and len(paths) > 1:
        raise click.UsageError("- (standard input) cannot be mixed with other inputs.")
    streamed = jsonl or paths == ("-",)  # one stream in, one stream (stdout or the file -o) out
    if streamed:
        entries: list[sources.Entry] = []
        targets = [] if output is None else [output]
        if output is not None and output.is_dir():
            raise click.UsageError(f"{output} is a folder; with this input -o names a file.")
    else:
        if output is None and (len(paths) > 1 or Path(paths[0]).is_dir()):
            raise click.UsageError("Folders and several inputs need -o OUT (an output folder).")
        if output is not None and output.exists() and not output.is_dir():
            raise click.UsageError(f"{output} exists and is not a folder.")
        entries = sources.plan([Path(p) for p in paths], output)
        targets = [output / e.out for e in entries] if output is not None else []
    _refuse_overwrites([Path(p) for p in paths if p != "-"] + [e.path for e in entries],
                       targets + ([report] if report else []))

    with ExitStack() as stack:
        report_file = stack.enter_context(sinks.atomic_open(report)) if report else None
        reporter = Reporter(quiet=quiet, debug=debug, report=report_file)
        summary = True
        try:
            if jsonl:
                _clean_jsonl(paths[0], output, text_field, html_field, keep, languages, reporter)
            elif output is None:
                outcome = _clean_one(paths[0], keep, languages, encoding)
                if outcome.result is not None and not outcome.skipped:
                    sinks.write_stdout(outcome.result.text)
                reporter.add(outcome)
                summary = False  # one document on stdout: errors only, no summary
            elif paths == ("-",):
                reporter.add(_write(_clean_one("-", keep, languages, encoding), output))
            else:
                folders = any(Path(p).is_dir() for p in paths)
                for entry in reporter.track(entries, total=len(entries), progress=folders):
                    reporter.add(_write(_clean_one(str(entry.path), keep, languages, encoding), output / entry.out))
        except BrokenPipeError:  # the reader went away (| head): stop without a message
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except OSError as exc:
            if debug:
                raise
            where = f"{exc.filename}: " if exc.filename else ""
            raise click.ClickException(f"{where}{exc.strerror or exc}") from None
    if summary:
        reporter.finish()
    sys.exit(1 if reporter.summary.errors else 0)


def _refuse_overwrites(inputs: list[Path], targets: list[Path]) -> None:
    """Usage error when two outputs share a path or an output would replace an input."""
    seen = {p.resolve(): f"input {p}" for p in inputs}
    for target in targets:
        resolved = target.resolve()
        if resolved in seen:
            raise click.UsageError(f"{target} would overwrite {seen[resolved]}.")
        seen[resolved] = f"output {target}"


def _clean_one(path: str, keep: Collection[str], languages: Collection[str] = (),
               encoding: str | None = None) -> Outcome:
    try:
        doc = read_input(path, encoding)
    except SourceError as exc:
        return Outcome(_name(path), error=str(exc))
    return clean_document(doc, keep, languages)


def _name(path: str) -> str:
    return STDIN if path == "-" else path


def _write(outcome: Outcome, target: Path) -> Outcome:
    """Write a cleaned document to ``target``; a failed write turns the outcome into an error."""
    if outcome.result is None or outcome.skipped:
        return outcome
    try:
        sinks.write_text(target, outcome.result.text)
    except OSError as exc:
        return Outcome(outcome.path, error=f"cannot write {target}: {exc.strerror or exc}")
    return outcome


@contextmanager
def _open_stream(path: str, output: Path | None) -> Iterator[tuple[BinaryIO, BinaryIO]]:
    """The JSON Lines input (file or stdin) and output (the -o file, written whole, or stdout)."""
    with ExitStack() as stack:
        stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
        src = stdin if path == "-" else stack.enter_context(open(path, "rb"))
        dst = stdout if output is None else stack.enter_context(sinks.atomic_open(output))
        yield src, dst


def _clean_jsonl(path: str, output: Path | None, text_field: str, html_field: str, keep: Collection[str],
                 languages: Collection[str], reporter: Reporter) -> None:
    name = _name(path)
    with _open_stream(path, output) as (src, dst):
        for record in sources.read_jsonl(src, text_field, html_field):
            if record.data is None:
                reporter.add(Outcome(name, error=record.error, line=record.line))
                continue
            key = record.data.get("id")
            key = key if isinstance(key, (str, int)) else None
            if record.error is not None:
                outcome = Outcome(name, error=record.error, line=record.line, key=key)
            else:
                doc = Document(name, record.data[record.field], record.line, key, html=record.field != text_field)
                outcome = clean_document(doc, keep, languages)
            if not outcome.skipped:
                dst.write(sinks.jsonl_line(sinks.cleaned_record(record.data, text_field, outcome)))
            reporter.add(outcome)
        dst.flush()


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
        doc = read_input(path, encoding)
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
