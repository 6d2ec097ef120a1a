"""The command line: files, folders, stdin, JSON Lines, the report, exit codes, explain.

Expected outputs are computed with clean_text() itself, so these tests check the wiring, not
the detectors. A test detector that removes MARKER lines makes removals certain where a test
needs one.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import Label, clean_text, cli
from cleaner.detectors import DEFAULT_DETECTORS

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "scraped"
SAMPLE_A = SAMPLES / "000_d9dcb421a7aeb5a3.txt"
SAMPLE_B = SAMPLES / "004_c075cc5b8f5e4483.txt"
MARKER = "@@ test marker @@"
ARTICLE = (
    "Updated on: November 19, 2019 / 10:07 AM\n\n"
    "The council voted on Tuesday to approve the new budget for the coming year, after a long debate "
    "that lasted well into the night.\n\n"
    f"{MARKER}\n\n"
    "Members of the public were invited to speak, and many of them raised concerns about the cost of "
    "the plan for local schools.\n"
)
ANSI = re.compile(rb"\x1b\[")
SCRIPT = Path(sys.executable).parent / "cleaner"
ENV = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")}


def marker_detector(doc) -> list[Label]:
    return [Label(b.index, "test-marker", "a test marker line", "test")
            for b in doc.blocks if b.text == MARKER]


def clean_with_marker(text: str, **kwargs):
    return clean_text(text, detectors=(*DEFAULT_DETECTORS, marker_detector), **kwargs)


@pytest.fixture
def marker(monkeypatch: pytest.MonkeyPatch):
    """Make the CLI clean with the marker detector added; returns that cleaning function."""
    monkeypatch.setattr(cli, "clean_text", clean_with_marker)
    return clean_with_marker


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """An input folder: two samples, a nested article, and files a walk must leave alone."""
    root = tmp_path / "in"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    shutil.copy(SAMPLE_A, root / "a.txt")
    shutil.copy(SAMPLE_B, root / "sub" / "b.txt")
    (root / "sub" / "deeper" / "c.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "notes.md").write_text("not an article\n", encoding="utf-8")
    (root / ".hidden" / "x.txt").write_text("hidden\n", encoding="utf-8")
    return root


ARTICLES = {"a.txt", "sub/b.txt", "sub/deeper/c.txt"}


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli.main, list(args), input=input)


def run_process(*args: str, input: bytes | None = None, script: bool = False, env: dict | None = None,
                cwd: Path | None = None):
    command = [str(SCRIPT)] if script else [sys.executable, "-m", "cleaner"]
    return subprocess.run([*command, *args], input=input, capture_output=True, env=env or ENV, timeout=120, cwd=cwd)


def read_jsonl(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def cleaned(path: Path, clean=clean_text) -> str:
    return clean(path.read_text(encoding="utf-8")).text


# Files and folders


def test_folder_to_folder_mirrors_the_tree_and_leaves_inputs_alone(tree: Path, tmp_path: Path) -> None:
    before = snapshot(tree)
    out = tmp_path / "out"
    result = run("clean", str(tree), "-o", str(out))
    assert result.exit_code == 0, result.output
    written = snapshot(out)
    assert set(written) == ARTICLES
    for name in ARTICLES:
        assert written[name] == cleaned(tree / name).encode("utf-8")
    assert snapshot(tree) == before


def test_installed_script_cleans_a_folder_with_a_plain_summary(tree: Path, tmp_path: Path) -> None:
    assert SCRIPT.exists()
    proc = run_process("clean", str(tree), "-o", str(tmp_path / "out"), script=True)
    assert proc.returncode == 0, proc.stderr
    assert set(snapshot(tmp_path / "out")) == ARTICLES
    assert not ANSI.search(proc.stderr)
    assert proc.stderr.decode().startswith("cleaner: 3 documents, 0 errors")
    assert proc.stdout == b""


def test_several_inputs_get_their_own_folders(tree: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "d.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = run("clean", str(tree), str(other), str(SAMPLE_A), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert set(snapshot(out)) == {f"in/{n}" for n in ARTICLES} | {"other/d.txt", SAMPLE_A.name}


def test_two_inputs_with_one_output_path_are_refused(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("clean", str(tmp_path / "x" / "same.txt"), str(tmp_path / "y" / "same.txt"),
                 "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert not (tmp_path / "out").exists()


def test_output_inside_the_input_is_not_cleaned_again(tree: Path, tmp_path: Path) -> None:
    out = tree / "cleaned"
    for _ in range(2):
        report = tmp_path / "report.jsonl"
        result = run("clean", str(tree), "-o", str(out), "--report", str(report))
        assert result.exit_code == 0, result.output
        assert set(snapshot(out)) == ARTICLES
        assert len(read_jsonl(report.read_bytes())) == len(ARTICLES)


def test_symlinks_out_of_the_tree_are_not_followed(tree: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(ARTICLE, encoding="utf-8")
    (tree / "link.txt").symlink_to(outside / "secret.txt")
    (tree / "linkdir").symlink_to(outside, target_is_directory=True)
    result = run("clean", str(tree), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert set(snapshot(tmp_path / "out")) == ARTICLES


def test_single_file_to_stdout(tmp_path: Path) -> None:
    result = run("clean", str(SAMPLE_A))
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == cleaned(SAMPLE_A).encode("utf-8")
    proc = run_process("clean", str(SAMPLE_B))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == cleaned(SAMPLE_B).encode("utf-8")


def test_stdin_to_stdout_strips_a_bom() -> None:
    data = SAMPLE_A.read_bytes()
    proc = run_process("clean", "-", input=data)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == clean_text(data.decode("utf-8")).text.encode("utf-8")
    assert proc.stderr == b""
    prose = ARTICLE.split("\n\n", 1)[1]
    proc = run_process("clean", "-", input=b"\xef\xbb\xbf" + prose.encode("utf-8"))
    assert proc.stdout == clean_text(prose).text.encode("utf-8")
    assert proc.stdout.startswith(b"The council")


def test_stdin_to_a_file(tmp_path: Path) -> None:
    result = run("clean", "-", "-o", str(tmp_path / "one.txt"), input=ARTICLE.encode())
    assert result.exit_code == 0, result.output
    assert (tmp_path / "one.txt").read_text(encoding="utf-8") == clean_text(ARTICLE).text


def test_keep_passes_kinds_through(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    removed = run("clean", str(tmp_path / "a.txt"))
    kept = run("clean", str(tmp_path / "a.txt"), "--keep", "date-header", "--keep", "byline")
    assert "Updated on" not in removed.stdout
    assert kept.stdout == clean_text(ARTICLE, keep=("date-header", "byline")).text
    assert "Updated on" in kept.stdout


def test_keep_rejects_an_unknown_kind(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("clean", str(tmp_path / "a.txt"), "--keep", "bylines")
    assert result.exit_code == 2
    assert "bylines" in result.output


def test_help_names_each_kind_once() -> None:
    listed = " ".join(run("clean", "--help").stdout.split()).split("Kinds: ")[1].split(".")[0]
    kinds = [kind.replace("- ", "-") for kind in listed.split(", ")]
    assert "comments" in kinds and "byline" in kinds
    assert len(kinds) == len(set(kinds))


# JSON Lines


def records() -> list[dict]:
    return [
        {"id": 1, "text": SAMPLE_A.read_text(encoding="utf-8"), "url": "https://a.example/1"},
        {"id": "two", "text": ARTICLE, "tags": ["x", "y"]},
        {"text": SAMPLE_B.read_text(encoding="utf-8"), "n": None},
    ]


def as_jsonl(items: list) -> bytes:
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items).encode("utf-8")


def check_records(out: list[dict], inputs: list[dict], field: str = "text") -> None:
    assert len(out) == len(inputs)
    for got, given in zip(out, inputs, strict=True):
        result = clean_text(given[field])
        assert list(got) == [*given, "cleaner"]
        assert {k: v for k, v in got.items() if k not in (field, "cleaner")} == \
               {k: v for k, v in given.items() if k != field}
        assert got[field] == result.text
        assert got["cleaner"] == result.to_dict()


def test_jsonl_stdin_to_stdout_keeps_order_and_fields() -> None:
    proc = run_process("clean", "--jsonl", "-", input=as_jsonl(records()))
    assert proc.returncode == 0, proc.stderr
    check_records(read_jsonl(proc.stdout), records())
    assert b"1 error" not in proc.stderr and not ANSI.search(proc.stderr)


def test_jsonl_text_field() -> None:
    inputs = [{"body": r["text"], "text": "left alone"} for r in records()]
    result = run("clean", "--jsonl", "-", "--text-field", "body", input=as_jsonl(inputs))
    assert result.exit_code == 0, result.output
    out = read_jsonl(result.stdout_bytes)
    check_records(out, inputs, field="body")
    assert all(r["text"] == "left alone" for r in out)


def test_jsonl_file_to_file_is_detected_by_suffix(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(as_jsonl(records()))
    result = run("clean", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0, result.output
    check_records(read_jsonl((tmp_path / "out.jsonl").read_bytes()), records())
    assert source.read_bytes() == as_jsonl(records())
    assert run("clean", str(source)).stdout_bytes == (tmp_path / "out.jsonl").read_bytes()


def test_jsonl_bad_lines_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    good = {"id": 5, "text": ARTICLE}
    lines = as_jsonl([good]) + b"{not json\n" + as_jsonl([["a list"], {"id": 3}, {"text": 7}]) + b"\n" \
        + as_jsonl([good])
    report = tmp_path / "report.jsonl"
    result = run("clean", "--jsonl", "-", "--report", str(report), input=lines)
    assert result.exit_code == 1
    out = read_jsonl(result.stdout_bytes)
    assert out[1:3] == [{"id": 3, "cleaner": {"error": "no 'text' or 'html' field"}},
                        {"text": 7, "cleaner": {"error": "the 'text' field is not a string"}}]
    check_records([out[0], out[3]], [good, good])
    for line in (2, 3, 4, 5):
        assert f"cleaner: <stdin>:{line}: " in result.stderr
    logged = read_jsonl(report.read_bytes())
    assert [r.get("line") for r in logged] == [1, 2, 3, 4, 5, 7]
    assert [("error" in r) for r in logged] == [False, True, True, True, True, False]
    assert logged[0]["id"] == 5 and logged[3]["id"] == 3


# Report, errors and exit codes


def test_report_has_one_record_per_document(marker, tree: Path, tmp_path: Path) -> None:
    (tree / "bin.txt").write_bytes(b"binary\0data")
    report = tmp_path / "report.jsonl"
    result = run("clean", str(tree), "-o", str(tmp_path / "out"), "--report", str(report))
    assert result.exit_code == 1
    logged = {Path(r["path"]).relative_to(tree).as_posix(): r for r in read_jsonl(report.read_bytes())}
    assert set(logged) == ARTICLES | {"bin.txt"}
    assert logged["bin.txt"] == {"path": str(tree / "bin.txt"), "error": "binary file"}
    for name in ARTICLES:
        assert logged[name] == {"path": str(tree / name), **marker((tree / name).read_text()).to_dict()}
    assert {"kind": "test-marker", "text": MARKER, "reason": "a test marker line"} in \
        logged["sub/deeper/c.txt"]["removals"]


def test_bad_files_are_reported_and_good_ones_written(tree: Path, tmp_path: Path) -> None:
    (tree / "bin.txt").write_bytes(b"binary\0data")
    (tree / "sub" / "short.txt").write_bytes("Привет, мир!\n".encode("cp1251"))  # too short to tell its encoding
    out = tmp_path / "out"
    proc = run_process("clean", str(tree), "-o", str(out), "--quiet")
    assert proc.returncode == 1
    assert set(snapshot(out)) == ARTICLES
    errors = proc.stderr.decode().splitlines()
    assert errors == [f"cleaner: {tree / 'bin.txt'}: binary file",
                      f"cleaner: {tree / 'sub' / 'short.txt'}: not UTF-8, and the encoding cannot be told for sure; "
                      "name it with --encoding"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tree: Path, tmp_path: Path) -> None:
    (tree / "sub" / "b.txt").chmod(0)
    result = run("clean", str(tree), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "b.txt: Permission denied" in result.stderr
    assert set(snapshot(tmp_path / "out")) == ARTICLES - {"sub/b.txt"}


def test_a_failed_write_is_an_error_and_leaves_no_temporary_file(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "a.txt").mkdir(parents=True)  # a folder where a.txt should go: os.replace fails
    result = run("clean", str(tree), "-o", str(out))
    assert result.exit_code == 1
    assert f"cannot write {out / 'a.txt'}" in result.stderr
    assert set(snapshot(out)) == ARTICLES - {"a.txt"}


def test_an_exception_in_clean_text_is_reported_without_traceback(monkeypatch, tree, tmp_path) -> None:
    def broken(text: str, **kwargs):
        if MARKER in text:
            raise ValueError("boom")
        return clean_text(text, **kwargs)

    monkeypatch.setattr(cli, "clean_text", broken)
    result = run("clean", str(tree), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"cleaner: {tree / 'sub' / 'deeper' / 'c.txt'}: cleaning failed: ValueError: boom" in result.stderr
    assert "Traceback" not in result.stderr
    assert set(snapshot(tmp_path / "out")) == ARTICLES - {"sub/deeper/c.txt"}
    debug = run("clean", str(tree), "-o", str(tmp_path / "out2"), "--debug")
    assert "Traceback" in debug.stderr


@pytest.mark.parametrize("args", [
    ["clean", "{in}"],  # a folder needs -o
    ["clean", "{in}/a.txt", "{in}/sub/b.txt"],  # several files need -o
    ["clean", "{in}/missing.txt"],
    ["clean", "{in}", "-o", "{in}"],  # would overwrite the inputs
    ["clean", "{in}/a.txt", "{in}/x.jsonl", "-o", "{tmp}/out"],
    ["clean", "--bogus", "{in}"],
    ["clean"],
])
def test_usage_errors_exit_2(tree: Path, tmp_path: Path, args: list[str]) -> None:
    (tree / "x.jsonl").write_text("{}\n", encoding="utf-8")
    before = snapshot(tree)
    result = run(*(a.format(**{"in": tree, "tmp": tmp_path}) for a in args))
    assert result.exit_code == 2, result.output
    assert snapshot(tree) == before


def test_quiet_success_prints_nothing_on_stderr(tree: Path, tmp_path: Path) -> None:
    proc = run_process("clean", str(tree), "-o", str(tmp_path / "out"), "-q", script=True)
    assert proc.returncode == 0
    assert proc.stderr == b""


def test_version_and_help() -> None:
    from cleaner import __version__

    assert run("--version").output.strip().endswith(__version__)
    proc = run_process("--help")
    assert proc.returncode == 0 and b"clean" in proc.stdout and b"explain" in proc.stdout


# Explain


def test_explain_marks_each_removal_with_kind_and_reason(marker, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("explain", str(tmp_path / "a.txt"))
    assert result.exit_code == 0, result.output
    assert f"[-{MARKER}-] {{test-marker: a test marker line}}" in result.stdout
    assert "Members of the public were invited to speak" in result.stdout
    for removal in marker(ARTICLE).removals:
        assert removal.text in result.stdout and removal.reason in result.stdout
    assert "\x1b[" not in result.stdout


def test_explain_in_a_process_from_stdin() -> None:
    proc = run_process("explain", "-", input=ARTICLE.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    result = clean_text(ARTICLE)
    assert f"language: {result.metadata.language}" in out
    for removal in result.removals:
        assert f"[-{removal.text}-] {{{removal.kind}: {removal.reason}}}" in out
    assert not ANSI.search(proc.stdout + proc.stderr)


def test_explain_of_a_binary_file_fails(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\0\0")
    result = run("explain", str(tmp_path / "bin.txt"))
    assert result.exit_code == 1
    assert f"cleaner: {tmp_path / 'bin.txt'}: binary file" in result.stderr


# Terminal output


def run_on_terminal(*args: str, env: dict[str, str]) -> tuple[int, bytes]:
    """Run the command with stderr on a pseudo-terminal; return its exit status and what stderr showed."""
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "cleaner", *args], stdout=subprocess.DEVNULL,
                            stderr=slave, env={**ENV, **env})
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    return proc.wait(timeout=120), shown


def test_a_terminal_gets_a_summary_table_and_no_colour_with_no_color(tree: Path, tmp_path: Path) -> None:
    (tree / "bin.txt").write_bytes(b"\0")
    status, shown = run_on_terminal("clean", str(tree), "-o", str(tmp_path / "out"), env={"COLUMNS": "100"})
    assert status == 1
    assert b"documents" in shown and b"\x1b[31m" in shown  # the table, errors in red
    status, shown = run_on_terminal("clean", str(tree), "-o", str(tmp_path / "out2"),
                                    env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert status == 1 and b"documents" in shown and b"binary file" in shown
    assert not re.search(rb"\x1b\[[0-9;]*(3[0-7]|9[0-7]|38;)[0-9;]*m", shown)
