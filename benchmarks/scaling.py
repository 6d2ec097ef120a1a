#!/usr/bin/env python3
"""Cleaning time against document size: it must grow in proportion (no step quadratic in lines or length).

    python benchmarks/scaling.py [--lines 25000 50000 100000] [--unspaced 100000 ...] [--mb 12.5 25 50]

Times ``clean_text`` (one core, this process) on documents of one-word lines, on a document ending
in one long paragraph of an unspaced script (Chinese, cut off), and on long documents made of
whole copies of the shb-naive inputs one after the other, at several sizes, and prints seconds
per MB: flat figures mean linear cost.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from cleaner import clean_text

REPO_ROOT = Path(__file__).resolve().parent.parent


def one_word_lines(count: int) -> str:
    return "\n".join(f"word{i}" for i in range(count)) + "\n"


def long_document(bench_dir: Path, megabytes: float) -> str:
    with (bench_dir / "shb-naive.jsonl").open(encoding="utf-8") as lines:
        corpus = "\n".join(json.loads(line)["input"] for line in lines)
    return "\n".join([corpus] * max(1, round(megabytes * 1e6 / len(corpus.encode("utf-8")))))  # whole copies


def timed(name: str, text: str) -> None:
    start = time.process_time()
    result = clean_text(text)
    seconds = time.process_time() - start
    megabytes = len(text.encode("utf-8")) / 1e6
    print(f"| {name} | {megabytes:.1f} | {seconds:.2f} | {seconds / megabytes:.2f} | {len(result.removals):,} |",
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, nargs="*", default=[25_000, 50_000, 100_000])
    parser.add_argument("--unspaced", type=int, nargs="*", default=[100_000, 200_000, 400_000],
                        help="characters of a last paragraph in an unspaced script, cut off")
    parser.add_argument("--mb", type=float, nargs="*", default=[12.5, 25, 50])
    parser.add_argument("--bench-dir", type=Path, default=Path(os.environ.get("CLEANER_BENCH_DIR",
                                                                             REPO_ROOT.parent / "shared" / "bench")))
    args = parser.parse_args()
    print("| document | MB | seconds | seconds per MB | removals |")
    print("|---|---|---|---|---|")
    for count in args.lines:
        timed(f"{count:,} one-word lines", one_word_lines(count))
    for count in args.unspaced:
        timed(f"a line of {count:,} unspaced characters", "这是一条新闻的开头" * 20 + "\n" + "本文" * (count // 2))
    for megabytes in args.mb:
        timed(f"shb-naive inputs, ~{megabytes:g} MB in one document", long_document(args.bench_dir, megabytes))


if __name__ == "__main__":
    main()
