"""Language: detected for every document, the same every run, on a bounded sample; --lang keeps only some."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import clean_text, language
from cleaner import text as tx
from cleaner.cli import main
from cleaner.language import SAMPLE_CHARS, detect_language, sample

SCRIPT = Path(sys.executable).parent / "cleaner"
TEXTS = {
    "en": "The council voted on Tuesday to approve the new budget for the coming year, after a long debate that "
          "lasted well into the night. Members of the public raised concerns about the cost of the plan.",
    "de": "Der Stadtrat hat am Dienstag nach einer langen Debatte den Haushalt für das kommende Jahr beschlossen. "
          "Viele Bürger äußerten in der Sitzung ihre Sorge über die Kosten des Plans für die Schulen.",
    "fr": "Le conseil municipal a adopté mardi le budget de l'année prochaine, après un long débat qui s'est "
          "prolongé tard dans la nuit. Plusieurs habitants se sont inquiétés du coût du projet pour les écoles.",
    "es": "El ayuntamiento aprobó el martes el presupuesto del próximo año, tras un largo debate que se prolongó "
          "hasta bien entrada la noche. Varios vecinos expresaron su preocupación por el coste del plan.",
    "pt": "A câmara municipal aprovou na terça-feira o orçamento do próximo ano, depois de um longo debate que se "
          "prolongou pela noite dentro. Vários moradores mostraram preocupação com o custo do plano para as escolas.",
    "it": "Il consiglio comunale ha approvato martedì il bilancio del prossimo anno, dopo un lungo dibattito che è "
          "proseguito fino a notte fonda. Molti cittadini hanno espresso preoccupazione per il costo del piano.",
    "ru": "Городской совет во вторник утвердил бюджет на следующий год после долгих споров, которые продолжались до "
          "глубокой ночи. Многие жители выразили беспокойство по поводу стоимости плана для школ.",
    "zh-cn": "市议会周二在经过一场持续到深夜的长时间辩论后，批准了明年的预算。许多市民在会上对这项计划给学校带来的"
             "费用表示担忧，并要求市政府公开更多细节。",
    "zh-tw": "市議會週二在經過一場持續到深夜的長時間辯論後，通過了明年的預算。許多市民在會上對這項計畫給學校帶來的"
             "費用表示擔憂，並要求市政府公開更多細節。",  # langdetect alone calls this Korean
    "ko": "시의회는 화요일 밤늦게까지 이어진 긴 토론 끝에 내년 예산안을 통과시켰다. 많은 시민들이 회의에서 이 계획이 "
          "학교에 가져올 비용에 대해 우려를 나타냈다.",
    "ja": "市議会は火曜日、深夜まで続いた長い議論の末に来年度の予算を可決した。多くの市民が会合で、この計画が学校に"
          "もたらす費用について懸念を示し、市に詳しい説明を求めた。",
}


@pytest.mark.parametrize("code", list(TEXTS))
def test_the_language_of_a_paragraph(code: str) -> None:
    assert detect_language(TEXTS[code]) == code
    assert clean_text(TEXTS[code]).metadata.language == code


def test_too_short_to_tell_is_none() -> None:
    assert detect_language("Budget approved.") is None
    assert detect_language("市议会批准预算。") is None
    assert detect_language("12:30 — 2024-03-05 — 45,000 € — 3/4") is None


def test_the_same_answer_in_another_process() -> None:
    mixed = TEXTS["en"] + "\n" + TEXTS["de"][:80]
    code = "from cleaner.language import detect_language; import sys; print(detect_language(sys.stdin.read()))"
    answers = {subprocess.run([sys.executable, "-c", code], input=mixed, capture_output=True, text=True, timeout=60,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip() for seed in ("1", "2", "3")}
    assert answers == {detect_language(mixed)}


def test_long_documents_are_read_on_a_bounded_sample() -> None:
    long = "\n".join([TEXTS["fr"]] * 200 + ["Short line.", TEXTS["en"][:60]])
    chunk = sample(long)
    assert len(chunk) <= SAMPLE_CHARS + 20
    assert detect_language(long) == detect_language(chunk) == "fr"


def test_unspaced_scripts_count_words_by_characters() -> None:
    assert tx.word_count("市议会周二批准了明年的预算。") == 7  # 13 characters, two to a word
    assert tx.word_count("Kindleの設定を変更した") == 1 + 4  # the Latin word, then 8 characters
    shared = tx.terms("市议会周二批准了明年的预算") & tx.terms("明年的预算比今年多")
    assert {"明年", "预算"} <= shared


# --lang


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for code in ("en", "de", "fr", "zh-cn"):
        (root / f"{code}.txt").write_text(TEXTS[code] + "\n", encoding="utf-8")
    (root / "short.txt").write_text("Budget approved.\n", encoding="utf-8")
    return root


def test_lang_writes_only_those_languages_and_reports_the_others(corpus: Path, tmp_path: Path) -> None:
    out, report = tmp_path / "out", tmp_path / "report.jsonl"
    proc = subprocess.run([str(SCRIPT), "clean", str(corpus), "-o", str(out), "--lang", "en,zh", "--report",
                           str(report)], capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in out.iterdir()) == ["en.txt", "zh-cn.txt"]
    logged = {Path(r["path"]).name: r for r in map(json.loads, report.read_text(encoding="utf-8").splitlines())}
    assert set(logged) == {"en.txt", "de.txt", "fr.txt", "zh-cn.txt", "short.txt"}
    assert logged["de.txt"]["skipped"] == "language de is not one of en, zh"
    assert logged["de.txt"]["metadata"]["language"] == "de"
    assert logged["short.txt"]["skipped"] == "language unknown is not one of en, zh"
    assert "removals" in logged["en.txt"] and "skipped" not in logged["en.txt"]
    summary = proc.stderr.decode("utf-8")
    assert summary.startswith("cleaner: 5 documents, 0 errors")
    assert "3 skipped for their language (" in summary
    assert all(f"{code} 1" in summary for code in ("de", "fr", "unknown"))


def test_lang_in_json_lines_leaves_the_other_records_out() -> None:
    lines = "".join(json.dumps({"id": code, "text": text}) + "\n" for code, text in TEXTS.items())
    result = CliRunner().invoke(main, ["clean", "--jsonl", "-", "--lang", "de,fr", "--quiet"], input=lines.encode())
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["de", "fr"]


def test_lang_on_a_single_document_to_standard_output(tmp_path: Path) -> None:
    (tmp_path / "de.txt").write_text(TEXTS["de"], encoding="utf-8")
    skipped = CliRunner().invoke(main, ["clean", str(tmp_path / "de.txt"), "--lang", "en"])
    assert (skipped.exit_code, skipped.stdout) == (0, "")
    kept = CliRunner().invoke(main, ["clean", str(tmp_path / "de.txt"), "--lang", "EN, de"])
    assert kept.stdout == clean_text(TEXTS["de"]).text


def test_lang_must_be_language_codes(corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["clean", str(corpus), "-o", str(tmp_path / "out"), "--lang", "english!"])
    assert result.exit_code == 2
    assert "not a comma-separated list of language codes" in result.output


# Backends: langdetect-rs (the ``fast`` extra) gives langdetect's languages; langdetect is the fallback.

BENCH_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
BENCH_FILES = ("shb-naive", "shb-trafilatura", "synthetic-dev")


def bench_inputs() -> list[str]:
    if not all((BENCH_DIR / f"{name}.jsonl").is_file() for name in BENCH_FILES):
        pytest.skip(f"no benchmark files at {BENCH_DIR}")
    return [json.loads(line)["input"] for name in BENCH_FILES
            for line in (BENCH_DIR / f"{name}.jsonl").open(encoding="utf-8")]


def test_both_backends_give_the_same_languages_on_the_benchmark() -> None:
    pytest.importorskip("langdetect_rs")
    fast, slow = language.detector("langdetect_rs"), language.detector("langdetect")
    samples = [language.sample(text) for text in bench_inputs()]
    found = [fast(s) for s in samples]
    assert found == [slow(s) for s in samples]
    assert len(set(found)) >= 5  # several languages, not one answer for everything
    chinese = [TEXTS["zh-cn"], TEXTS["zh-tw"]]
    assert [fast(t, only=("zh-cn", "zh-tw")) for t in chinese] == [slow(t, only=("zh-cn", "zh-tw")) for t in chinese]


def test_langdetect_is_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "langdetect_rs", None)  # as if not installed: importing it fails
    language.detector.cache_clear()
    try:
        assert language.detector() is language.detector("langdetect")
        assert language.detect_language(TEXTS["de"]) == "de"
        assert language.detect_language(TEXTS["zh-tw"]) == "zh-tw"
    finally:
        language.detector.cache_clear()
