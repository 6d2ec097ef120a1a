#!/usr/bin/env python3
"""Quality benchmark: clean every case of the benchmark files and score the output against the truth.

    python benchmarks/quality.py [--bench-dir DIR] [--files shb-naive synthetic-dev ...]
                                 [--worst N] [--out DIR] [-j N]

Prints, per file, the scores of the input itself and of cleaner's output (the same figures as the
bench folder's score.py), then the worst cases for lost text (lowest recall) and kept debris (lowest
precision) with an excerpt. For HTML pages (records with ``html``) the input column is trafilatura
alone with its default settings, and cleaner's output is clean_html() of the page. The bench folder
is --bench-dir, else $CLEANER_BENCH_DIR, else ../shared/bench next to the repository. --out DIR
writes DIR/<file>.pred.jsonl ({"id", "output"} lines) for cross-checking with
`python score.py BENCH.jsonl PRED.jsonl`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from collections.abc import Sequence
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any

from metric import case_counts, precision, recall, score, tokens  # benchmarks/ is on sys.path

from cleaner import clean_html, clean_text

Case = tuple[str, str, bool]  # (id, text or HTML page, is HTML)
Outcome = tuple[str, str, str | None, str]  # (id, cleaned text, error or None, the baseline: input or trafilatura)
REPO_ROOT = Path(__file__).resolve().parent.parent
EXCERPT_WIDTH = 100


def default_bench_dir() -> Path:
    """$CLEANER_BENCH_DIR, else ../shared/bench relative to the repository root."""
    env = os.environ.get("CLEANER_BENCH_DIR")
    return Path(env) if env else REPO_ROOT.parent / "shared" / "bench"


def case_input(record: dict[str, Any], bench_dir: Path) -> tuple[str, bool]:
    """What to clean for one benchmark record: its ``input`` text, or its ``html`` page (a gzipped file
    whose path is relative to ``bench_dir``), decoded as cleaner decodes pages; and whether it is HTML."""
    if "input" in record:
        return record["input"], False
    from cleaner.sources import decode

    return decode(gzip.decompress((bench_dir / record["html"]).read_bytes()), html=True), True


def clean_case(item: Case) -> Outcome:
    """Clean one case; a case whose cleaning raises gives "" and the error.

    The baseline is the input itself, or for a page trafilatura's extraction with its defaults.
    """
    case_id, content, is_html = item
    baseline = content
    try:
        if not is_html:
            return case_id, clean_text(content).text, None, baseline
        from trafilatura import extract

        baseline = extract(content) or ""
        return case_id, clean_html(content).text, None, baseline
    except Exception as exc:  # reported with the scores, not fatal
        return case_id, "", f"{type(exc).__name__}: {exc}", baseline


def clean_all(items: list[Case], pool: Pool | None, jobs: int) -> list[Outcome]:
    """Clean the (id, text) items, in the pool if one is given; results in the items' order."""
    if pool is None:
        return [clean_case(item) for item in items]
    return list(pool.imap(clean_case, items, chunksize=max(1, len(items) // (jobs * 4))))


def stray_lines(text: str, other: str) -> tuple[list[str], int]:
    """Non-blank lines of ``text`` most of whose 4-shingles are absent from ``other``, and the line count.

    A line shorter than 4 tokens counts as absent when its token sequence does not occur in ``other``.
    """
    other_tokens = tokens(other)
    grams: dict[int, set[tuple[str, ...]]] = {}
    stray, total = [], 0
    for line in text.splitlines():
        tk = tokens(line)
        if not tk:
            continue
        total += 1
        n = min(4, len(tk))
        if n not in grams:
            grams[n] = {tuple(other_tokens[i : i + n]) for i in range(len(other_tokens) - n + 1)}
        own = [tuple(tk[i : i + n]) for i in range(len(tk) - n + 1)]
        if 2 * sum(g not in grams[n] for g in own) > len(own):
            stray.append(line.strip())
    return stray, total


def excerpt(lines: list[str], total: int, width: int = EXCERPT_WIDTH) -> str:
    """'[k/total lines] first line / second line…', cut to about ``width`` characters."""
    if not lines:
        return "(no line mostly off: the difference is spread within lines)"
    text = " / ".join(lines[:3])
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return f"[{len(lines)}/{total} lines] {text}"


def load(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON Lines file, sorted by id."""
    with path.open(encoding="utf-8") as f:
        return sorted((json.loads(line) for line in f if line.strip()), key=lambda r: r["id"])


def resolve_files(bench_dir: Path, names: Sequence[str] | None) -> list[Path]:
    """Benchmark files by name (with or without .jsonl, or a path); default: every *.jsonl in bench_dir."""
    if not names:
        return sorted(bench_dir.glob("*.jsonl"))
    paths = []
    for name in names:
        path = Path(name) if Path(name).is_file() else bench_dir / name
        if not path.is_file():
            path = path.with_name(path.name + ".jsonl")
        if not path.is_file():
            sys.exit(f"no benchmark file {name!r} in {bench_dir}")
        paths.append(path)
    return paths


def fmt(m: dict[str, float]) -> str:
    """P, R, F1 and exact to 3 decimals, as score.py prints them."""
    return f"{m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {m['exact']:6.3f}"


def print_worst(name: str, cases: list[dict[str, Any]], outputs: dict[str, str], errors: dict[str, str],
                n: int) -> None:
    """The n cases with the lowest recall and the n with the lowest precision, with an excerpt each.

    As in the averages, recall leaves out cases with an empty truth and precision those with an empty
    output (such a case shows up as lost text); perfect cases are not listed.
    """
    truths = {c["id"]: c["truth"] for c in cases}
    counts = {i: case_counts(truth, outputs[i]) for i, truth in truths.items()}
    for label, measure, side in (("lost text (lowest recall)", recall, 2),
                                 ("kept debris (lowest precision)", precision, 1)):
        scored = ((measure(k), i) for i, k in counts.items() if k[0] + k[side] > 0)
        worst = sorted(x for x in scored if x[0] < 1)[:n]
        print(f"\n{name}: worst {len(worst)} for {label}")
        for value, i in worst:
            out = outputs[i]
            lines, total = stray_lines(truths[i], out) if measure is recall else stray_lines(out, truths[i])
            note = f"(raised {errors[i][:60]}) " if i in errors else "" if out.strip() else "(empty output) "
            print(f"  {i[:12]}  {value:.2f}  {note}{excerpt(lines, total)}")


def run_file(cases: list[dict[str, Any]], bench_dir: Path, pool: Pool | None,
             jobs: int) -> tuple[dict[str, str], dict[str, str], dict[str, str], bool]:
    """Clean the cases: {id: output}, {id: error} for the cases whose cleaning raised, {id: baseline},
    and whether the file holds HTML pages."""
    inputs = [(c["id"], *case_input(c, bench_dir)) for c in cases]
    results = clean_all(inputs, pool, jobs)
    outputs = {i: out for i, out, _, _ in results}
    return outputs, {i: err for i, _, err, _ in results if err}, {i: b for i, _, _, b in results}, inputs[0][2]


def write_predictions(path: Path, cases: list[dict[str, Any]], outputs: dict[str, str]) -> None:
    """Write {"id", "output"} lines in the cases' order, for the bench folder's score.py."""
    with path.open("w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps({"id": c["id"], "output": outputs[c["id"]]}, ensure_ascii=False) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench-dir", type=Path, help="default: $CLEANER_BENCH_DIR, else ../shared/bench")
    ap.add_argument("--files", nargs="+", metavar="NAME", help="benchmark files (default: every *.jsonl)")
    ap.add_argument("--worst", type=int, default=5, metavar="N", help="list the N worst cases (default 5)")
    ap.add_argument("--out", type=Path, metavar="DIR", help="write DIR/<file>.pred.jsonl")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    args = ap.parse_args(argv)
    bench_dir = args.bench_dir or default_bench_dir()
    if not bench_dir.is_dir():
        sys.exit(f"bench folder not found: {bench_dir} (use --bench-dir or CLEANER_BENCH_DIR)")
    paths = resolve_files(bench_dir, args.files)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)

    rows, reports, n_docs = [], [], 0
    start = time.perf_counter()
    pool = Pool(args.jobs) if args.jobs > 1 else None
    try:
        for path in paths:
            name = path.name.removesuffix(".jsonl")
            cases = load(path)
            outputs, errors, baselines, is_html = run_file(cases, bench_dir, pool, args.jobs)
            n_docs += len(cases)
            before = score((c["truth"], baselines[c["id"]]) for c in cases)
            after = score((c["truth"], outputs[c["id"]]) for c in cases)
            rows.append((name + (" *" if is_html else ""), len(cases), before, after, len(errors)))
            reports.append((name, cases, outputs, errors))
            if args.out:
                write_predictions(args.out / f"{name}.pred.jsonl", cases, outputs)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    elapsed = time.perf_counter() - start

    print(f"{'':22} {'input':^27}  {'cleaner':^27}")
    columns = f"{'P':>6} {'R':>6} {'F1':>6} {'exact':>6}"
    print(f"{'file':16} {'cases':>5} {columns}  {columns}  errors")
    for name, n, before, after, n_errors in rows:
        print(f"{name:16} {n:5d} {fmt(before)}  {fmt(after)}  {n_errors:6d}")
    if any(name.endswith(" *") for name, *_ in rows):
        print("* HTML pages: the input column is trafilatura alone (default settings), cleaner is clean_html()")
    for name, _, _, errors in reports:
        for i, err in errors.items():
            print(f"error {name} {i[:12]}: {err[:200]}")
    if args.worst > 0:
        for name, cases, outputs, errors in reports:
            print_worst(name, cases, outputs, errors, args.worst)
    rate = n_docs / elapsed if elapsed else 0.0
    print(f"\ncleaned {n_docs} documents in {elapsed:.1f} s, {rate:.1f} docs/s ({args.jobs} job(s))")
    return 0


if __name__ == "__main__":
    sys.exit(main())
