"""Bad input, faults and interruptions through the real command (issue 6).

Each case: the good documents are still cleaned, the bad one is reported with its path (or
line number) and a reason, no traceback is shown without --debug, and the exit status says
what happened. Big inputs are generated in tmp_path.
"""

from __future__ import annotations

import errno
import gzip
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_cli import ARTICLE, ENV, SAMPLE_A, SCRIPT, as_jsonl, cleaned, read_jsonl, run, run_process, snapshot

from cleaner import clean_text, cli, sinks

PROSE = ARTICLE.split("\n\n", 1)[1]  # the article without its date header
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
posix = pytest.mark.skipif(os.name != "posix", reason="POSIX file system features")


def folder(root: Path, files: dict[str, str | bytes]) -> Path:
    """A folder holding ``files`` (relative name: text or bytes)."""
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return root


def temporaries(root: Path) -> list[Path]:
    return [p for p in root.rglob(".cleaner-*")]


# Bad files among good ones


def test_empty_and_blank_files_are_written_empty_with_a_note(tmp_path: Path) -> None:
    src = folder(tmp_path / "in", {"good.txt": ARTICLE, "empty.txt": "", "blank.txt": " \n\t\r\n  \n"})
    proc = run_process("clean", str(src), "-o", str(tmp_path / "out"), script=True)
    assert proc.returncode == 0, proc.stderr
    assert snapshot(tmp_path / "out") == {"good.txt": cleaned(src / "good.txt").encode(), "empty.txt": b"",
                                          "blank.txt": b""}
    shown = proc.stderr.decode()
    assert f"cleaner: {src / 'empty.txt'}: note: empty\n" in shown
    assert f"cleaner: {src / 'blank.txt'}: note: nothing but whitespace\n" in shown
    assert "0 errors" in shown
    quiet = run_process("clean", str(src), "-o", str(tmp_path / "out2"), "-q", script=True)
    assert quiet.returncode == 0 and quiet.stderr == b""


def test_binary_files_are_reported_with_their_kind(tmp_path: Path) -> None:
    src = folder(tmp_path / "in", {
        "good.txt": ARTICLE,
        "nul.txt": b"some text\0with a NUL byte\n",
        "image.txt": PNG,
        "archive.txt": gzip.compress(ARTICLE.encode("utf-8"), mtime=1),
    })
    proc = run_process("clean", str(src), "-o", str(tmp_path / "out"), script=True)
    assert proc.returncode == 1
    assert set(snapshot(tmp_path / "out")) == {"good.txt"}
    shown = proc.stderr.decode()
    for name, reason in [("archive.txt", "binary file (gzip-compressed data)"),
                         ("image.txt", "binary file (a PNG image)"), ("nul.txt", "binary file")]:
        assert f"cleaner: {src / name}: {reason}\n" in shown
    assert "4 documents, 3 errors" in shown
    assert "Traceback" not in shown


def test_invalid_utf8_in_the_middle_of_a_file(tmp_path: Path) -> None:
    # UTF-8 (its non-ASCII letters are UTF-8 sequences) with two bytes broken: reported, not read as another codec
    data = (ARTICLE + "The café’s naïve “plan” — in full.\n").encode("utf-8") * 20
    middle = len(data) // 2
    src = folder(tmp_path / "in", {"good.txt": ARTICLE, "bad.txt": data[:middle] + b"\xff\xfe" + data[middle:]})
    result = run("clean", str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"cleaner: {src / 'bad.txt'}: not valid UTF-8 (byte {middle})" in result.stderr
    assert set(snapshot(tmp_path / "out")) == {"good.txt"}


def test_a_50_mb_file_without_line_breaks_is_refused_without_reading_it(tmp_path: Path) -> None:
    src = folder(tmp_path / "in", {"good.txt": ARTICLE})
    with open(src / "huge.txt", "wb") as file:
        for _ in range(50):
            file.write(b"word " * 200_000)
    proc = run_process("clean", str(src), "-o", str(tmp_path / "out"), script=True)
    assert proc.returncode == 1
    assert f"cleaner: {src / 'huge.txt'}: too large: 50.0 MB, over the limit of 5 MB (see --max-size)" \
        in proc.stderr.decode()
    assert set(snapshot(tmp_path / "out")) == {"good.txt"}
    piped = run_process("clean", "-", "--max-size", "1", input=(src / "huge.txt").read_bytes())
    assert piped.returncode == 1 and piped.stdout == b""
    assert b"cleaner: <stdin>: too large: 50.0 MB, over the limit of 1 MB" in piped.stderr


def test_a_line_of_a_million_characters_is_cleaned(tmp_path: Path) -> None:
    line = ("Members of the public spoke about the budget. " * 21_740)[:1_000_000].strip()
    src = folder(tmp_path / "in", {"long.txt": ARTICLE + line + "\n", "good.txt": ARTICLE})
    proc = run_process("clean", str(src), "-o", str(tmp_path / "out"), script=True)
    assert proc.returncode == 0, proc.stderr
    out = (tmp_path / "out" / "long.txt").read_text(encoding="utf-8")
    assert out == clean_text(ARTICLE + line + "\n").text
    assert out.endswith(line + "\n")


def test_ten_thousand_tiny_files(tmp_path: Path) -> None:
    src = tmp_path / "in"
    for shard in range(10):
        (src / f"s{shard}").mkdir(parents=True)
    for i in range(10_000):
        (src / f"s{i % 10}" / f"{i:05d}.txt").write_text(f"Note {i}: the council met today.\n", encoding="utf-8")
    proc = run_process("clean", str(src), "-o", str(tmp_path / "out"), "-j", "2", script=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.decode().startswith("cleaner: 10000 documents, 0 errors")
    written = snapshot(tmp_path / "out")
    assert len(written) == 10_000
    assert written["s7/01237.txt"] == b"Note 1237: the council met today.\n"


def test_deeply_nested_folders(tmp_path: Path) -> None:
    """Deeper than Python's recursion limit: walking and making folders must not recurse."""
    depth = 1_200
    deep = tmp_path / "in"
    for _ in range(depth + 1):
        deep.mkdir()
        deep = deep / "d"
    deep = deep.parent
    (deep / "bottom.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "top.txt").write_text(PROSE, encoding="utf-8")
    try:
        result = run("clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
        assert result.exit_code == 0, result.output
        bottom = Path(tmp_path / "out", *["d"] * depth, "bottom.txt")
        assert bottom.read_text(encoding="utf-8") == clean_text(ARTICLE).text
        assert (tmp_path / "out" / "top.txt").exists()
    finally:  # shutil.rmtree recurses: remove the trees bottom up
        for top in (tmp_path / "in", tmp_path / "out"):
            for level in range(depth, 0, -1):
                here = Path(top, *["d"] * level)
                for child in here.glob("*.txt") if here.is_dir() else ():
                    child.unlink()
                if here.is_dir():
                    here.rmdir()


@posix
def test_odd_file_names(tmp_path: Path) -> None:
    names = ["with space.txt", "new\nline.txt", "çà et là – 東京.txt", "-dash.txt", "--help.txt", "ÄBC.TXT"]
    src = folder(tmp_path / "in", {name: ARTICLE for name in names})
    (src / os.fsdecode(b"latin1-\xe9.txt")).write_bytes(PROSE.encode("utf-8"))  # a name that is not UTF-8
    (src / "bad\nname.txt").write_bytes(b"\0")
    out = tmp_path / "out"
    proc = run_process("clean", str(src), "-o", str(out), script=True)
    assert proc.returncode == 1
    expected = {name[:-4] + ".txt" for name in names} | {os.fsdecode(b"latin1-\xe9.txt")}
    assert {p.name for p in out.iterdir()} == expected
    assert (out / "new\nline.txt").read_text(encoding="utf-8") == clean_text(ARTICLE).text
    assert proc.stderr.decode().splitlines()[0] == f"cleaner: {src}/bad\\nname.txt: binary file"
    # Named on the command line: a leading dash after --, and a name with a newline.
    single = run_process("clean", "--", "-dash.txt", script=True, cwd=src)
    assert single.returncode == 0 and single.stdout == clean_text(ARTICLE).text.encode("utf-8")
    several = run_process("clean", "-o", str(tmp_path / "out2"), "--", "-dash.txt", "--help.txt", "new\nline.txt",
                          script=True, cwd=src)
    assert several.returncode == 0, several.stderr
    assert set(snapshot(tmp_path / "out2")) == {"-dash.txt", "--help.txt", "new\nline.txt"}


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file and folder")
def test_unreadable_files_and_folders_by_permission(tmp_path: Path) -> None:
    src = folder(tmp_path / "in", {"good.txt": ARTICLE, "locked.txt": ARTICLE, "shut/inside.txt": ARTICLE})
    (src / "locked.txt").chmod(0)
    (src / "shut").chmod(0)
    try:
        proc = run_process("clean", str(src), "-o", str(tmp_path / "out"), script=True)
    finally:
        (src / "shut").chmod(0o755)
    assert proc.returncode == 1
    shown = proc.stderr.decode()
    assert f"cleaner: {src / 'locked.txt'}: Permission denied\n" in shown
    assert f"cleaner: {src / 'shut'}: cannot read the folder: Permission denied\n" in shown
    assert set(snapshot(tmp_path / "out")) == {"good.txt"}


def test_a_folder_that_cannot_be_listed(monkeypatch, tmp_path: Path) -> None:
    """The same as a permission problem, in a way that also fails for root (CI runs as root)."""
    src = folder(tmp_path / "in", {"good.txt": ARTICLE, "shut/inside.txt": ARTICLE, "zz/last.txt": ARTICLE})
    scandir = os.scandir

    def refusing(path):
        if Path(path) == src / "shut":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    result = run("clean", str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"cleaner: {src / 'shut'}: cannot read the folder: Permission denied" in result.stderr
    assert set(snapshot(tmp_path / "out")) == {"good.txt", "zz/last.txt"}


def test_a_file_that_cannot_be_read(monkeypatch, tmp_path: Path) -> None:
    src = folder(tmp_path / "in", {"a.txt": ARTICLE, "b.txt": ARTICLE, "c.txt": ARTICLE})
    os_open = os.open

    def refusing(path, flags, *args, **kwargs):
        if Path(path) == src / "b.txt":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    result = run("clean", str(src), "-o", str(tmp_path / "out"), "-j", "1")
    assert result.exit_code == 1
    assert f"cleaner: {src / 'b.txt'}: Permission denied" in result.stderr
    assert set(snapshot(tmp_path / "out")) == {"a.txt", "c.txt"}


@posix
def test_a_named_pipe_in_a_folder_is_not_waited_on(tmp_path: Path) -> None:
    src = folder(tmp_path / "in", {"good.txt": ARTICLE})
    os.mkfifo(src / "pipe.txt")
    proc = run_process("clean", str(src), "-o", str(tmp_path / "out"), script=True)
    assert proc.returncode == 1
    assert f"cleaner: {src / 'pipe.txt'}: not a regular file (a named pipe)" in proc.stderr.decode()
    assert set(snapshot(tmp_path / "out")) == {"good.txt"}


@posix
def test_broken_links_and_link_loops_are_reported(tmp_path: Path) -> None:
    src = folder(tmp_path / "in", {"good.txt": ARTICLE, "sub/x.txt": PROSE})
    (src / "broken.txt").symlink_to(tmp_path / "in" / "nowhere.txt")
    (src / "loop1.txt").symlink_to(src / "loop2.txt")
    (src / "loop2.txt").symlink_to(src / "loop1.txt")
    (src / "sub" / "up").symlink_to(src, target_is_directory=True)  # a folder loop
    (src / "inside.txt").symlink_to(src / "good.txt")
    result = run("clean", str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"cleaner: {src / 'broken.txt'}: broken symbolic link" in result.stderr
    assert f"cleaner: {src / 'loop1.txt'}: symbolic link loop" in result.stderr
    assert f"cleaner: {src / 'loop2.txt'}: symbolic link loop" in result.stderr
    assert set(snapshot(tmp_path / "out")) == {"good.txt", "inside.txt", "sub/x.txt"}
    followed = run("clean", str(src), "-o", str(tmp_path / "out2"), "--follow-symlinks")
    assert followed.exit_code == 1  # the broken links are still broken; the folder loop is walked once
    assert set(snapshot(tmp_path / "out2")) == {"good.txt", "inside.txt", "sub/x.txt"}


@posix
def test_links_out_of_the_tree_are_followed_only_when_asked(tmp_path: Path) -> None:
    src = folder(tmp_path / "in", {"good.txt": ARTICLE})
    outside = folder(tmp_path / "outside", {"secret.txt": PROSE, "deeper/more.txt": PROSE})
    (src / "file.txt").symlink_to(outside / "secret.txt")
    (src / "folder").symlink_to(outside, target_is_directory=True)
    result = run("clean", str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert set(snapshot(tmp_path / "out")) == {"good.txt"}
    result = run("clean", str(src), "-o", str(tmp_path / "out2"), "--follow-symlinks")
    assert result.exit_code == 0, result.output
    assert set(snapshot(tmp_path / "out2")) == {"good.txt", "file.txt", "folder/secret.txt", "folder/deeper/more.txt"}


def test_two_files_with_one_output_name_in_a_folder(tmp_path: Path) -> None:
    src = folder(tmp_path / "in", {"a.txt": ARTICLE, "a.TXT": PROSE, "b.Txt": ARTICLE, "b.TXT": PROSE})
    if len(list(src.iterdir())) < 4:
        pytest.skip("a case-insensitive file system")
    result = run("clean", str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"cleaner: {src / 'a.TXT'}: a.txt in the same folder goes to the same output, a.txt" in result.stderr
    assert f"cleaner: {src / 'b.Txt'}: b.TXT in the same folder goes to the same output, b.txt" in result.stderr
    assert snapshot(tmp_path / "out") == {"a.txt": clean_text(ARTICLE).text.encode(),
                                          "b.txt": clean_text(PROSE).text.encode()}


# Where outputs go


@pytest.mark.parametrize("args", [
    ["{in}", "-o", "{in}"],  # the output folder is the input
    ["{in}/sub", "-o", "{in}"],  # {in}/sub/sub/x.txt would be written to {in}/sub/x.txt, an input
    ["{in}/sub", "{in}/x.txt", "-o", "{in}"],  # the folder sub would go to {in}/sub itself
    ["{in}/x.txt", "-o", "{in}"],  # x.txt would replace itself
    ["{in}", "-o", "{tmp}/out", "--report", "{in}/report.txt"],  # the report would be read as an input
    ["{in}", "-o", "{tmp}/out", "--report", "{tmp}/out/x.txt"],  # ... or overwrite an output
    ["{in}/sub", "{tmp}/other/sub", "-o", "{tmp}/out"],  # two folders called sub
])
def test_outputs_that_would_overwrite_inputs_are_usage_errors(tmp_path: Path, args: list[str]) -> None:
    src = folder(tmp_path / "in", {"x.txt": ARTICLE, "sub/x.txt": ARTICLE, "sub/sub/x.txt": ARTICLE})
    folder(tmp_path / "other", {"sub/y.txt": ARTICLE})
    before = snapshot(tmp_path)
    result = run("clean", *(a.format(**{"in": src, "tmp": tmp_path}) for a in args))
    assert result.exit_code == 2, result.output
    assert snapshot(tmp_path) == before


def test_output_folder_inside_an_input_folder_it_does_not_overwrite(tmp_path: Path) -> None:
    src = folder(tmp_path / "data", {"raw/a.txt": ARTICLE})
    result = run("clean", str(src / "raw"), "-o", str(src))
    assert result.exit_code == 0, result.output
    assert snapshot(src) == {"raw/a.txt": ARTICLE.encode(), "a.txt": clean_text(ARTICLE).text.encode()}


def test_an_output_that_cannot_be_made_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = run("clean", str(SAMPLE_A), "-o", str(tmp_path / "file" / "out"))
    assert result.exit_code == 2
    assert "cannot write to" in result.output and "Not a directory" in result.output
    report = run("clean", str(SAMPLE_A), "-o", str(tmp_path / "out"), "--report", str(tmp_path / "file" / "r.jsonl"))
    assert report.exit_code == 2 and "'--report'" in report.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_output_folder_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out").chmod(0o555)
    result = run("clean", str(SAMPLE_A), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "Permission denied" in result.output


# JSON Lines


def test_jsonl_bad_utf8_and_oversized_records(tmp_path: Path) -> None:
    good = {"id": "g", "text": ARTICLE}
    huge = {"id": "huge", "text": "word " * 2_100_000, "url": "https://a.example/"}
    latin1 = b'{"id": "x", "text": "caf\xe9"}\n'
    data = as_jsonl([good]) + latin1 + as_jsonl([huge, good])
    source = tmp_path / "in.jsonl"
    source.write_bytes(data)
    proc = run_process("clean", str(source), "-o", str(tmp_path / "out.jsonl"), "--max-size", "10", script=True)
    assert proc.returncode == 1
    shown = proc.stderr.decode()
    assert f"cleaner: {source}:2: not valid UTF-8 (byte {latin1.index(0xE9)})" in shown
    assert f"cleaner: {source}:3: too large: 10.5 MB, over the limit of 10 MB (see --max-size)" in shown
    out = read_jsonl((tmp_path / "out.jsonl").read_bytes())
    assert [r["id"] for r in out] == ["g", "huge", "g"]
    assert out[1] == {**huge, "cleaner": {"error": "too large: 10.5 MB, over the limit of 10 MB (see --max-size)"}}
    assert out[0]["text"] == out[2]["text"] == clean_text(ARTICLE).text


def test_jsonl_ids_never_choose_where_output_goes(tmp_path: Path) -> None:
    hostile = ["../../escape", "/tmp/absolute", "sub/../../x", "..", "a\0b", "C:\\windows"]
    records = [{"id": key, "name": key, "path": key, "text": ARTICLE} for key in hostile]
    work = tmp_path / "work"
    work.mkdir()
    report = work / "report.jsonl"
    proc = run_process("clean", "--jsonl", "-", "-o", str(work / "out.jsonl"), "--report", str(report),
                       input=as_jsonl(records), script=True, cwd=work)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["out.jsonl", "report.jsonl", "work"]
    assert [r["id"] for r in read_jsonl((work / "out.jsonl").read_bytes())] == hostile
    assert [r["id"] for r in read_jsonl(report.read_bytes())] == hostile


# Faults


def held_run(tmp_path: Path, *args: str) -> tuple[subprocess.Popen, Path, Path, Path]:
    """Start the installed command on a tree whose middle input is a named pipe nobody writes to.

    The documents before the pipe are cleaned and written; the run then waits on the pipe, so
    a signal is sure to arrive mid-run. Returns the process, the input tree, the pipe and OUT.
    """
    src = tmp_path / "in"
    folder(src / "first", {f"{i:02d}.txt": ARTICLE.replace("budget", f"budget {i}") for i in range(20)})
    folder(src / "last", {f"{i:02d}.txt": PROSE.replace("night", f"night {i}") for i in range(30)})
    pipe = src / "middle.txt"
    os.mkfifo(pipe)
    out = tmp_path / "out"
    command = [str(SCRIPT), "clean", str(src / "first"), str(pipe), str(src / "last"), "-o", str(out), *args]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV, start_new_session=True)
    deadline = time.monotonic() + 60
    while len(list(out.rglob("*.txt"))) < 16 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.5)  # the 16th file is in place before the run counts it: let it count it and block on the pipe
    return proc, src, pipe, out


@posix
@pytest.mark.parametrize(("jobs", "signum", "status"), [
    pytest.param("1", signal.SIGTERM, 143, id="kill-serial"),
    pytest.param("2", signal.SIGINT, 130, id="ctrl-c-workers"),  # to the whole process group, as a terminal does
])
def test_an_interrupted_run_leaves_whole_files_and_skip_existing_finishes_it(
        tmp_path: Path, jobs: str, signum: int, status: int) -> None:
    proc, src, pipe, out = held_run(tmp_path, "-j", jobs, "--report", str(tmp_path / "report.jsonl"))
    assert proc.poll() is None, proc.communicate()
    if signum == signal.SIGINT:
        os.killpg(proc.pid, signum)
    else:
        proc.send_signal(signum)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == status
    shown = stderr.decode()
    assert f"cleaner: interrupted by {signal.Signals(signum).name} after 16 documents (0 with errors); " \
           "the files written are complete: run again with --skip-existing to go on; " \
           "the report was not written" in shown
    assert "Traceback" not in shown
    assert not (tmp_path / "report.jsonl").exists()
    assert temporaries(out) == []
    written = snapshot(out)
    assert len(written) == 16

    pipe.unlink()
    pipe.write_text(ARTICLE, encoding="utf-8")
    whole = tmp_path / "whole"
    uninterrupted = run_process("clean", str(src / "first"), str(pipe), str(src / "last"), "-o", str(whole),
                                script=True)
    assert uninterrupted.returncode == 0, uninterrupted.stderr
    assert all(written[name] == data for name, data in snapshot(whole).items() if name in written)
    resumed = run_process("clean", str(src / "first"), str(pipe), str(src / "last"), "-o", str(out),
                          "--skip-existing", "-j", jobs, script=True)
    assert resumed.returncode == 0, resumed.stderr
    assert "16 skipped (already written)" in resumed.stderr.decode()
    assert snapshot(out) == snapshot(whole)
    assert len(snapshot(whole)) == 51


def test_skip_existing_leaves_an_existing_jsonl_output_alone(tmp_path: Path) -> None:
    (tmp_path / "out.jsonl").write_bytes(b"old\n")
    result = run("clean", "--jsonl", "-", "-o", str(tmp_path / "out.jsonl"), "--skip-existing",
                 input=as_jsonl([{"text": ARTICLE}]))
    assert result.exit_code == 0
    assert (tmp_path / "out.jsonl").read_bytes() == b"old\n"
    assert "left as it is (--skip-existing)" in result.stderr


def test_a_full_disk_stops_the_run_and_leaves_no_partial_file(monkeypatch, tmp_path: Path) -> None:
    src = folder(tmp_path / "in", {f"{i:02d}.txt": ARTICLE.replace("budget", f"budget {i}") for i in range(40)})
    real_create = sinks._create
    made = []

    class Full:
        """A file that takes 10 bytes, then reports the disk full."""

        def __init__(self, path):
            self.file = real_create(path)

        def write(self, data):
            self.file.write(data[:10])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

    def create(path):
        made.append(path)
        return real_create(path) if len(made) <= 26 else Full(path)  # the report's file, then 25 documents

    monkeypatch.setattr(sinks, "_create", create)
    report = tmp_path / "report.jsonl"
    result = run("clean", str(src), "-o", str(tmp_path / "out"), "-j", "2", "--report", str(report))
    assert result.exit_code == 1
    assert f"cleaner: stopped: cannot write {tmp_path / 'out' / '25.txt'}: No space left on device " \
           "after 25 documents (0 with errors); the files written are complete" in result.stderr
    assert temporaries(tmp_path / "out") == [] and not report.exists()
    written = snapshot(tmp_path / "out")
    assert sorted(written) == [f"{i:02d}.txt" for i in range(25)]
    assert all(data == cleaned(src / name).encode() for name, data in written.items())


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["{a}"], ["--jsonl", "-"]])
def test_standard_output_on_a_full_device(tmp_path: Path, args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([str(SCRIPT), "clean", *(a.format(a=SAMPLE_A) for a in args)], stdout=full,
                              stderr=subprocess.PIPE, input=as_jsonl([{"text": ARTICLE}] * 50), env=ENV, timeout=120)
    assert proc.returncode == 1
    assert b"cleaner: stopped: standard output: No space left on device" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_an_exception_in_a_worker_fails_only_its_document(monkeypatch, tmp_path: Path) -> None:
    """Workers are forked, so the patched clean_text is theirs too; 40 files make two batches and more."""
    marker = "@@ boom @@"
    src = folder(tmp_path / "in", {f"{i:02d}.txt": ARTICLE + (marker if i == 33 else "") for i in range(40)})
    pids = tmp_path / "pids"

    def broken(text: str, **kwargs):
        with open(pids, "a", encoding="utf-8") as file:
            file.write(f"{os.getpid()}\n")
        if marker in text:
            raise ValueError("boom")
        return clean_text(text, **kwargs)

    monkeypatch.setattr(cli, "clean_text", broken)
    result = run("clean", str(src), "-o", str(tmp_path / "out"), "-j", "2")
    assert result.exit_code == 1
    assert f"cleaner: {src / '33.txt'}: cleaning failed: ValueError: boom" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(snapshot(tmp_path / "out")) == 39
    workers = set(pids.read_text().split())
    assert 1 <= len(workers) <= 2 and str(os.getpid()) not in workers


def test_an_exception_in_a_worker_of_the_installed_command(tmp_path: Path) -> None:
    src = folder(tmp_path / "in", {f"{i:02d}.txt": ARTICLE + ("@@ boom @@" if i == 7 else "") for i in range(40)})
    code = ("import sys\nfrom cleaner import cli\nreal = cli.clean_text\n"
            "def broken(text, **kw):\n"
            "    if '@@ boom @@' in text: raise ValueError('boom')\n"
            "    return real(text, **kw)\n"
            "cli.clean_text = broken\nsys.argv[0] = 'cleaner'\ncli.main()\n")
    for debug in ([], ["--debug"]):
        proc = subprocess.run([sys.executable, "-c", code, "clean", str(src), "-o", str(tmp_path / "out"), "-j", "2",
                               *debug], capture_output=True, env=ENV, timeout=120)
        assert proc.returncode == 1
        assert f"cleaner: {src / '07.txt'}: cleaning failed: ValueError: boom".encode() in proc.stderr
        assert (b"Traceback" in proc.stderr) == bool(debug)
    assert len(snapshot(tmp_path / "out")) == 39
