"""HTML pages through the library: extraction, metadata, structure labels, and hostile or broken pages."""

from __future__ import annotations

import http.server
import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import ExtractionError, clean_html, clean_text
from cleaner.cli import main
from cleaner.html import extract, render

PAGE = Path(__file__).resolve().parent / "data" / "page.html"
SCRIPT = Path(sys.executable).parent / "cleaner"
PARAGRAPHS = [
    "The town council voted on Tuesday evening to rebuild the old wooden pier, which has been closed to the public "
    "since a winter storm damaged its supports two years ago.",
    "The plan, approved by nine votes to two, sets aside four million euros for the work, which is expected to start "
    "in the autumn and take about eighteen months.",
]
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(body: str, head: str = "<title>Pier vote</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}</article></body></html>"


def test_a_news_page_gives_its_article_and_its_metadata() -> None:
    result = clean_html(PAGE.read_bytes())
    assert result.text.startswith(PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1] + "\n\n")
    assert result.text.endswith("before the contract is signed.\n")
    for debris in ("Home", "Related stories", "Ferry timetable", "All rights reserved", "Privacy policy"):
        assert debris not in result.text
    assert result.metadata.to_dict() == {
        "date": "2024-03-05", "authors": ["Maria Jensen"], "language": "en",
        "title": "Harbour town votes to rebuild its old pier", "site_name": "The Coast Gazette",
        "url": "https://gazette.example/news/2024/03/05/pier-vote",
    }
    assert [(r.kind, r.text) for r in result.removals] == [("headline", "Harbour town votes to rebuild its old pier")]
    assert clean_html(PAGE.read_text(encoding="utf-8")).text == result.text


def test_the_page_metadata_wins_over_the_text_for_date_and_authors() -> None:
    head = ('<meta property="article:published_time" content="2024-03-05"><meta name="author" content="Ann Lee">'
            "<title>Pier vote</title>")
    html = page("<p>By Tom Roe</p><p>March 1, 2024</p>" + BODY, head)
    result = clean_html(html)
    assert (result.metadata.date, result.metadata.authors) == ("2024-03-05", ["Ann Lee"])
    assert result.text == clean_text("\n".join(PARAGRAPHS)).text


def test_lines_and_list_entries_that_are_links_go() -> None:
    links = ('<ul><li><a href="/a">Ferry timetable changes for the summer season</a><h4>What changes in May</h4></li>'
             '<li><a href="/b">Lifeboat crew rescue two kayakers</a><h4>Both are safe</h4></li></ul>')
    html = page(BODY + '<p><a href="/c">MORE ON THE PIER AND THE HARBOUR</a></p>' + PARAGRAPHS[0].join(["<p>", "</p>"])
                + links)
    result = clean_html(html)
    assert "MORE ON THE PIER" not in result.text and "Ferry" not in result.text and "Both are safe" not in result.text
    assert result.text.count(PARAGRAPHS[0]) == 2
    assert {r.kind for r in result.removals} <= {"related-links", "after-article"}


def test_render_keeps_one_line_per_block_and_measures_links() -> None:
    from lxml import etree

    body = etree.fromstring('<body><p>Text with <ref target="/x">a link</ref> inside.</p><list><item>'
                            '<ref target="/y">Linked</ref></item></list><p>One<lb/>two</p><table><row>'
                            "<cell>a</cell><cell>b</cell></row></table></body>")
    lines = render(body)
    assert [(line.text, line.tag) for line in lines] == [
        ("Text with a link inside.", "p"), ("Linked", "item"), ("One", "p"), ("two", "p"), ("a | b", "row")]
    assert lines[0].link_share == pytest.approx(len("a link") / len("Text with a link inside."))
    assert lines[1].link_share == 1.0 and lines[1].item is not None
    assert lines[0].item is None


def test_bytes_in_a_legacy_encoding_follow_the_page_declaration() -> None:
    html = page(BODY.replace("euros", "€ — “euros”"), '<meta charset="windows-1252"><title>Pier vote</title>')
    result = clean_html(html.encode("cp1252"))
    assert "four million € — “euros” for the work" in result.text


def test_bytes_whose_encoding_cannot_be_told_are_an_extraction_error() -> None:
    with pytest.raises(ExtractionError, match="the encoding cannot be told"):
        clean_html("<p>Привет, мир!</p>".encode("cp1251"))


def test_entities_are_not_expanded_and_files_are_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE\n", encoding="utf-8")
    doctype = (f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret.as_uri()}">'
               '<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    html = (f"{doctype}<html><head><title>Pier vote</title></head><body><article>"
            f"<p>{PARAGRAPHS[0]} &xxe; &lol2;</p><p>{PARAGRAPHS[1]}</p>"
            f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{secret.as_uri()}" parse="text"/>'
            "</article></body></html>")
    start = time.perf_counter()
    result = clean_html(html)
    assert time.perf_counter() - start < 30
    assert "TOP-SECRET-VALUE" not in result.text
    assert "lollol" not in result.text
    assert PARAGRAPHS[1] in result.text


def test_external_resources_are_not_fetched() -> None:
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY ext "FETCHED-FROM-SERVER">')

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    server.timeout = 5
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        html = (f'<!DOCTYPE html SYSTEM "{base}/doctype.dtd"><html><head><title>Pier vote</title>'
                f'<link rel="stylesheet" href="{base}/style.css"><script src="{base}/app.js"></script>'
                f'<meta http-equiv="refresh" content="0; url={base}/refresh"></head><body><article>'
                f'<p>{PARAGRAPHS[0]} &ext;</p><img src="{base}/photo.jpg"><iframe src="{base}/frame"></iframe>'
                f'<p>{PARAGRAPHS[1]}</p></article></body></html>')
        result = clean_html(html)
    finally:
        server.shutdown()
        server.server_close()
    assert requests == []
    assert "FETCHED-FROM-SERVER" not in result.text
    assert PARAGRAPHS[0] in result.text


def test_a_page_nested_ten_thousand_deep_is_refused_not_crashed() -> None:
    html = "<html><body>" + "<div>" * 10_000 + BODY + "</div>" * 10_000 + "</body></html>"
    with pytest.raises(ExtractionError, match="no article text found in the page"):
        clean_html(html)


@pytest.mark.parametrize("html", [
    "<html><body><div><p>" + PARAGRAPHS[0] + "<p>" + PARAGRAPHS[1] + " <b>which <i>starts</b></i></div></span></td>",
    "<html><body><p class=lead align=left>" + PARAGRAPHS[0] + "<p>" + PARAGRAPHS[1] + " 3 < 4 && 5 > 2",
    "<table><tr><td><p>" + PARAGRAPHS[0] + "<td><p>" + PARAGRAPHS[1] + "</table>",
])
def test_malformed_html_still_gives_the_text(html: str) -> None:
    result = clean_html(html)
    assert PARAGRAPHS[0] in result.text
    assert PARAGRAPHS[1][:60] in result.text


@pytest.mark.parametrize("html", ["", "   \n", "<html><head><title>Nothing here</title></head><body></body></html>"])
def test_a_page_without_text_is_an_extraction_error(html: str) -> None:
    with pytest.raises(ExtractionError):
        clean_html(html)


def test_extract_gives_one_line_per_block_and_the_labels() -> None:
    found = extract(PAGE.read_bytes())
    lines = found.text.splitlines()
    assert lines[0] == "Harbour town votes to rebuild its old pier"
    assert lines[1:3] == PARAGRAPHS
    assert [(label.block, label.kind) for label in found.labels] == [(0, "headline")]


# Through the command line


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_a_folder_of_pages_and_texts_is_mirrored_as_text(tmp_path: Path) -> None:
    source = tmp_path / "in"
    (source / "sub").mkdir(parents=True)
    shutil.copy(PAGE, source / "page.html")
    (source / "sub" / "other.HTM").write_text(page(BODY), encoding="utf-8")
    (source / "note.txt").write_text("\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run("clean", str(source), "-o", str(out), "--quiet")
    assert result.exit_code == 0, result.output
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "note.txt", "page.txt", "sub/other.txt"]
    assert (out / "page.txt").read_text(encoding="utf-8") == clean_html(PAGE.read_bytes()).text
    assert (out / "sub" / "other.txt").read_text(encoding="utf-8") == "\n\n".join(PARAGRAPHS) + "\n"


def test_the_installed_command_reports_bad_pages_and_cleans_the_others(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    shutil.copy(PAGE, source / "good.html")
    (source / "deep.html").write_text("<html><body>" + "<div>" * 10_000 + BODY + "</div>" * 10_000 + "</body></html>",
                                      encoding="utf-8")
    (source / "empty.htm").write_bytes(b"")
    (source / "huge.html").write_text("<html><body>" + "<p>word word word</p>" * 300_000 + "</body></html>",
                                      encoding="utf-8")
    (source / "malformed.html").write_text("<html><body><div><p><b>" + BODY + "</td></span></i>",
                                           encoding="utf-8")
    proc = subprocess.run([str(SCRIPT), "clean", str(source), "-o", str(tmp_path / "out")], capture_output=True,
                          timeout=120)
    assert proc.returncode == 1
    errors = proc.stderr.decode("utf-8").splitlines()
    assert f"cleaner: {source / 'deep.html'}: no article text found in the page" in errors
    assert any(line.startswith(f"cleaner: {source / 'empty.htm'}: not an HTML page") for line in errors)
    assert any(line.startswith(f"cleaner: {source / 'huge.html'}: too large") for line in errors)
    assert "Traceback" not in proc.stderr.decode("utf-8")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["good.txt", "malformed.txt"]
    assert "council" in (tmp_path / "out" / "malformed.txt").read_text(encoding="utf-8")


def test_a_page_and_a_text_of_the_same_name_would_collide(tmp_path: Path) -> None:
    shutil.copy(PAGE, tmp_path / "a.html")
    (tmp_path / "a.txt").write_text("text\n", encoding="utf-8")
    result = run("clean", str(tmp_path / "a.html"), str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2


def test_standard_input_that_opens_as_a_page_is_a_page() -> None:
    result = run("clean", "-", input=PAGE.read_bytes())
    assert result.exit_code == 0, result.output
    assert result.stdout == clean_html(PAGE.read_bytes()).text
    text = run("clean", "-", input=b"<b>Bold</b> claims\n\n" + "\n\n".join(PARAGRAPHS).encode())
    assert text.stdout == clean_text("<b>Bold</b> claims\n\n" + "\n\n".join(PARAGRAPHS)).text


def test_jsonl_records_with_an_html_field(tmp_path: Path) -> None:
    html = PAGE.read_text(encoding="utf-8")
    records = [{"id": 1, "html": html, "url": "https://gazette.example/x"},
               {"id": 2, "text": "\n\n".join(PARAGRAPHS), "html": "<html><body>ignored</body></html>"},
               {"id": 3, "body": html},
               {"id": 4}]
    data = "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")
    result = run("clean", "--jsonl", "-", input=data)
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    expected = clean_html(html)
    assert out[0] == {**records[0], "text": expected.text, "cleaner": expected.to_dict()}
    assert out[1]["text"] == clean_text(records[1]["text"]).text
    assert out[2]["cleaner"] == {"error": "no 'text' or 'html' field"}
    assert out[3]["cleaner"] == {"error": "no 'text' or 'html' field"}
    renamed = run("clean", "--jsonl", "-", "--html-field", "body", input=data)
    assert json.loads(renamed.stdout.splitlines()[2])["text"] == expected.text


def test_explain_shows_the_extracted_text_of_a_page() -> None:
    result = run("explain", str(PAGE))
    assert result.exit_code == 0, result.output
    assert "title: Harbour town votes to rebuild its old pier" in result.stdout
    assert ("[-Harbour town votes to rebuild its old pier-] {headline: the page's title (from its metadata)}"
            in result.stdout)
    assert PARAGRAPHS[0] in result.stdout and "<p>" not in result.stdout


def test_each_list_item_is_told_apart_from_the_others() -> None:
    """Lines of one list item share its number, and no two items share one (an element's id() is reused)."""
    from lxml import etree

    items = "".join(f"<item><p>Entry {n}</p><p>its note</p></item>" for n in range(50))
    lines = render(etree.fromstring(f"<body><list>{items}</list></body>"))
    numbers = [line.item for line in lines]
    assert len(lines) == 100 and numbers[0::2] == numbers[1::2]
    assert len(set(numbers)) == 50
