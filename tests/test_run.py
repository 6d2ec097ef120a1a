"""The run engine: results in input order and the same whatever the number of jobs, bounded read-ahead,
workers ended when the run stops; through the command on folders, JSON Lines and standard input."""

from __future__ import annotations

import json
import multiprocessing
import os
import time

import pytest
from test_cli import ARTICLE, SAMPLES, as_jsonl, read_jsonl, run, run_process, snapshot

from cleaner import clean_text, cli
from cleaner.run import BATCH_ITEMS, IN_FLIGHT, WorkerDied, default_jobs, ordered_map


def square(n: int) -> int:
    return n * n


def square_or_die(n: int) -> int:
    if n == 40:
        os._exit(3)  # a worker killed in the middle of a run
    return n * n


def no_workers_left(seconds: float = 20) -> bool:
    """Whether the workers are gone (the pool's own thread may be reaping them: give it a moment)."""
    deadline = time.monotonic() + seconds
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    return not multiprocessing.active_children()


def test_results_come_in_input_order_whatever_the_jobs() -> None:
    items = [(f"c{i}", None if i % 7 == 0 else i) for i in range(300)]
    expected = [(c, None if p is None else p * p) for c, p in items]
    for jobs in (1, 2, 3):
        assert list(ordered_map(square, items, jobs)) == expected


def test_items_are_read_ahead_only_a_few_batches() -> None:
    pulled = 0

    def items():
        nonlocal pulled
        for i in range(2_000):
            pulled += 1
            yield i, i

    jobs = 2
    window = (jobs * IN_FLIGHT + 1) * BATCH_ITEMS
    for done, (context, result) in enumerate(ordered_map(square, items(), jobs), start=1):
        assert result == context * context
        assert pulled - done <= window, "the engine read ahead more than its window"
    assert pulled == 2_000


def test_workers_do_the_work_and_one_job_stays_in_this_process() -> None:
    results = list(ordered_map(pid_of, [(i, i) for i in range(3)], jobs=2))
    assert os.getpid() not in {pid for _, pid in results}
    results = list(ordered_map(pid_of, [(i, i) for i in range(3 * BATCH_ITEMS)], jobs=1))
    assert {pid for _, pid in results} == {os.getpid()}


def pid_of(_: int) -> int:
    return os.getpid()


def test_stopping_early_ends_the_workers() -> None:
    results = ordered_map(square, ((i, i) for i in range(10_000)), jobs=2)
    assert next(results) == (0, 0)
    assert multiprocessing.active_children()
    results.close()
    assert no_workers_left()


def test_a_worker_that_dies_stops_the_run_with_a_reason() -> None:
    with pytest.raises(WorkerDied, match="ended unexpectedly"):
        list(ordered_map(square_or_die, [(i, i) for i in range(200)], jobs=2))
    assert no_workers_left()


def test_jobs_must_be_positive() -> None:
    assert run("clean", str(SAMPLES), "-o", "unused", "-j", "0").exit_code == 2


def test_default_jobs_is_the_cpus_this_process_may_use() -> None:
    expected = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert default_jobs() == expected


# Through the command


@pytest.fixture
def corpus(tmp_path):
    """Sixty articles in three folders: enough for several batches and workers."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))] + [ARTICLE]
    root = tmp_path / "corpus"
    for i in range(60):
        folder = root / f"part{i % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        text = texts[i % len(texts)].replace("the", f"the{'' if i % 2 else ' very'}", 1)
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    return root


def test_folders_give_the_same_files_and_report_whatever_the_jobs(corpus, tmp_path) -> None:
    outputs = {}
    for jobs in ("1", "2", "3"):
        out, report = tmp_path / f"out{jobs}", tmp_path / f"report{jobs}.jsonl"
        proc = run_process("clean", str(corpus), "-o", str(out), "--report", str(report), "-j", jobs, script=True)
        assert proc.returncode == 0, proc.stderr
        outputs[jobs] = (snapshot(out), report.read_bytes(), proc.stderr)
    assert outputs["1"] == outputs["2"] == outputs["3"]
    files, report, _ = outputs["1"]
    assert len(files) == 60
    text = (corpus / "part1" / "004.txt").read_text(encoding="utf-8")
    assert files["part1/004.txt"] == clean_text(text).text.encode()
    paths = [json.loads(line)["path"] for line in report.splitlines()]
    assert paths == sorted(paths) and len(paths) == 60


def test_jsonl_keeps_the_input_order_whatever_the_jobs(corpus) -> None:
    records = [{"id": i, "text": path.read_text(encoding="utf-8") * (1 + i % 5)}
               for i, path in enumerate(sorted(corpus.rglob("*.txt")))]
    records.insert(30, {"id": "bad", "text": None})
    outputs = {jobs: run_process("clean", "--jsonl", "-", "-j", jobs, input=as_jsonl(records), script=True)
               for jobs in ("1", "2")}
    assert outputs["1"].returncode == outputs["2"].returncode == 1
    assert outputs["1"].stdout == outputs["2"].stdout
    out = read_jsonl(outputs["1"].stdout)
    assert [r["id"] for r in out] == [r["id"] for r in records]
    assert out[5]["text"] == clean_text(records[5]["text"]).text


def test_workers_see_the_patched_cleaning(monkeypatch, corpus, tmp_path) -> None:
    """Workers are forked from this process: what a test patches in cli, they run too."""
    calls = tmp_path / "calls"

    def counting(text: str, **kwargs):
        with open(calls, "a", encoding="utf-8") as file:
            file.write(f"{os.getpid()}\n")
        return clean_text(text, **kwargs)

    monkeypatch.setattr(cli, "clean_text", counting)
    result = run("clean", str(corpus), "-o", str(tmp_path / "out"), "-j", "2")
    assert result.exit_code == 0, result.output
    pids = calls.read_text().split()
    assert len(pids) == 60 and str(os.getpid()) not in pids
