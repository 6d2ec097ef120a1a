#!/usr/bin/env python3
"""Speed benchmark: cleaner against jusText, trafilatura and a plain copy, on corpora of N text files.

    pip install '.[fast,bench]' && python benchmarks/speed.py [--sizes 1000 10000] [--large] [-j N]

For each N it writes N text files made from the inputs of ../shared/bench/shb-naive.jsonl (the
181 documents repeated, each copy with one word of its longest line changed so that no two files
are the same), then in the same run:

- copies them folder to folder with one thread and with eight (the floor: reading and writing
  the files, nothing else; on a virtual disk a new file costs more than its bytes);
- cleans them folder to folder with the installed ``cleaner`` command (``-j N`` when the command
  has that option, all cores by default), timing the whole command and sampling the memory of its
  process tree;
- processes the same documents with jusText (each line a <p>, ``justext.justext(html,
  get_stoplist("English"))``) and with trafilatura (``trafilatura.extract(html)`` of the same
  page), each called as a library in this process on one core, on texts already in memory, and
  so does cleaner's own ``clean_text``: the ratio per core, apart from reading and writing files.

It prints documents per second, MB per second (of input), cleaner's peak memory (the larger of
the resident memory of its whole process tree, sampled every 20 ms, and the maximum resident size
of its largest process) and how many times faster cleaner is than each alternative; then the
start-up time of ``cleaner --help`` and of cleaning one short document from standard input
(median of several runs). --large adds N = 100,000.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

# The installed command: beside this Python (a virtual environment not activated), else on PATH.
CLEANER = str(Path(sys.executable).parent / "cleaner") if (Path(sys.executable).parent / "cleaner").exists() \
    else shutil.which("cleaner") or "cleaner"

REPO_ROOT = Path(__file__).resolve().parent.parent
SHORT_TEXT = "The council approved the budget on Tuesday after a long debate, officials said.\n"
ALTERNATIVE_DOCS = 2000  # the alternatives run on at most this many of the corpus's documents


def bench_texts(bench_dir: Path) -> list[str]:
    with (bench_dir / "shb-naive.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line)["input"] for line in lines]


def variant(text: str, copy: int) -> str:
    """``text`` with the middle word of its longest line changed (word -> word2): same shape, other bytes."""
    if copy == 0:
        return text
    lines = text.split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    words = lines[longest].split(" ")
    words[len(words) // 2] += str(copy)
    lines[longest] = " ".join(words)
    return "\n".join(lines)


def build_corpus(texts: list[str], size: int, folder: Path) -> int:
    """Write ``size`` documents as folder/NNNNNN.txt; return their total size in bytes."""
    folder.mkdir(parents=True)
    total = 0
    for i in range(size):
        data = variant(texts[i % len(texts)], i // len(texts)).encode("utf-8")
        (folder / f"{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def descendants_rss(pid: int) -> int:
    """Resident memory, in bytes, of the descendants of process ``pid`` (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))  # fields[1] is the parent's pid
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, list(children.get(pid, []))
    while todo:
        current = todo.pop()
        total += rss.get(current, 0)
        todo.extend(children.get(current, []))
    return total


# Runs a command and prints the largest maximum resident size among its processes. A small process
# runs it, so that the size is the command's own, not that of this process forked before the exec.
MAXRSS_WRAPPER = (
    "import resource, subprocess, sys; code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024); sys.exit(code)"
)


def run_measured(command: list[str]) -> tuple[float, int, int]:
    """Run ``command``; return wall seconds, peak memory of its process tree (sampled), its largest process's peak."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", MAXRSS_WRAPPER, *command], stdout=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.02):
            peak = max(peak, descendants_rss(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    largest, _ = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed with exit status {process.returncode}")
    return seconds, peak, int(largest)


def cleaner_jobs_option(jobs: int) -> list[str]:
    """``-j N`` when the installed cleaner has the option, else nothing (it then runs on one core)."""
    shown = subprocess.run([CLEANER, "clean", "--help"], capture_output=True, text=True, check=True).stdout
    return ["-j", str(jobs)] if "--jobs" in shown else []


def as_page(text: str) -> str:
    """The text as an HTML page, one <p> a line: how the alternatives take it."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><body>\n{paragraphs}</body></html>"


def justext_clean() -> Callable[[str], str]:
    import justext

    stoplist = justext.get_stoplist("English")
    return lambda text: "\n".join(p.text for p in justext.justext(as_page(text), stoplist) if not p.is_boilerplate)


def trafilatura_clean() -> Callable[[str], str]:
    import trafilatura

    return lambda text: trafilatura.extract(as_page(text)) or ""


def time_library(clean: Callable[[str], str], texts: list[str]) -> float:
    """Seconds to process ``texts`` (already in memory) in this process, on one core."""
    start = time.perf_counter()
    for text in texts:
        clean(text)
    return time.perf_counter() - start


def copy_files(files: list[Path], out: Path, threads: int) -> float:
    """Seconds to copy ``files`` into ``out`` with so many threads."""
    out.mkdir(parents=True)
    start = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(lambda path: shutil.copyfile(path, out / path.name), files))
    return time.perf_counter() - start


def median_wall(command: list[str], runs: int, stdin: str | None = None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, input=stdin, capture_output=True, text=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def row(name: str, docs: int, size: int, seconds: float, peak: str = "", ratio: str = "") -> str:
    return f"| {name} | {docs:,} | {docs / seconds:,.0f} | {size / seconds / 1e6:.1f} | {peak} | {ratio} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="corpus sizes N")
    parser.add_argument("--large", action="store_true", help="add N = 100,000")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="cleaner's -j (default: cores)")
    parser.add_argument("--bench-dir", type=Path, default=Path(os.environ.get("CLEANER_BENCH_DIR",
                                                                             REPO_ROOT.parent / "shared" / "bench")))
    parser.add_argument("--work", type=Path, help="folder for the corpora (default: a temporary folder, removed)")
    parser.add_argument("--runs", type=int, default=7, help="runs for each start-up median")
    args = parser.parse_args()

    texts = bench_texts(args.bench_dir)
    jobs = cleaner_jobs_option(args.jobs)
    from cleaner import clean_text

    libraries = {"cleaner library": lambda text: clean_text(text).text,
                 "jusText": justext_clean(), "trafilatura": trafilatura_clean()}
    work = args.work or Path(tempfile.mkdtemp(prefix="cleaner-speed-"))
    print(f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
          f"cleaner command: cleaner clean IN -o OUT -q {' '.join(jobs) or '(no -j option: one core)'}")
    print(f"Libraries (cleaner's clean_text, jusText, trafilatura): called in this process on one core, on the first "
          f"{ALTERNATIVE_DOCS:,} documents of each corpus, already read (no file reading or writing counted); "
          "jusText with the English stop list.")
    print("cleaner: the whole command, folder to folder (start-up, reading, cleaning, writing).\n")
    try:
        for size in args.sizes + ([100_000] if args.large else []):
            folder = work / f"n{size}"
            total = build_corpus(texts, size, folder / "in")
            files = sorted((folder / "in").iterdir())
            sample = [path.read_text(encoding="utf-8") for path in files[:ALTERNATIVE_DOCS]]
            sample_bytes = sum(len(text.encode("utf-8")) for text in sample)
            copies = {threads: copy_files(files, folder / f"copy{threads}", threads) for threads in (1, 8)}
            seconds, peak, largest = run_measured([CLEANER, "clean", str(folder / "in"), "-o",
                                                   str(folder / "cleaned"), "-q", *jobs])
            print(f"N = {size:,} documents, {total / 1e6:.1f} MB")
            print("| tool | documents | docs/s | MB/s | peak memory | cleaner is faster by |")
            print("|---|---|---|---|---|---|")
            for threads, copy_seconds in copies.items():
                print(row(f"copy, {threads} thread{'s' if threads > 1 else ''} (the floor)", size, total, copy_seconds))
            print(row(" ".join(["cleaner command", *jobs]), size, total, seconds, f"{max(peak, largest) / 1e6:.0f} MB"))
            library_seconds = {name: time_library(clean, sample) for name, clean in libraries.items()}
            for name, lib_seconds in library_seconds.items():
                ratio = "" if name == "cleaner library" else (
                    f"{(size / seconds) / (len(sample) / lib_seconds):.1f}x (command), "
                    f"{lib_seconds / library_seconds['cleaner library']:.1f}x (library, 1 core)")
                print(row(f"{name}, 1 core", len(sample), sample_bytes, lib_seconds, ratio=ratio))
            print()
            shutil.rmtree(folder)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    help_seconds = median_wall([CLEANER, "--help"], args.runs)
    stdin_seconds = median_wall([CLEANER, "clean", "-"], args.runs, stdin=SHORT_TEXT)
    print(f"Start-up (median of {args.runs}): cleaner --help {help_seconds:.3f} s; "
          f"one short document on stdin {stdin_seconds:.3f} s")


if __name__ == "__main__":
    main()
