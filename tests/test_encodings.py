"""Text files in the common encodings are read right and written as UTF-8, through the installed command.

Each article is a short news text of realistic length (encoding detection needs a paragraph or two;
a line or two is often ambiguous, and then the file is reported rather than guessed).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import clean_text
from cleaner.cli import main
from cleaner.sources import SourceError, decode

SCRIPT = Path(sys.executable).parent / "cleaner"
ARTICLES = {
    "fr": "Le conseil municipal a voté mardi soir, après un long débat, le budget de l’année prochaine. Les élus de "
          "l’opposition ont regretté que les crédits consacrés aux écoles et aux crèches soient en baisse.\n\n"
          "La maire a défendu « un budget responsable » face à la hausse des prix de l’énergie. Plusieurs habitants, "
          "venus nombreux à la séance, ont réclamé davantage de pistes cyclables et d’arbres dans le centre-ville.\n",
    "de": "Die Stadtverwaltung hat am Dienstag die Pläne für den Umbau des Bahnhofsvorplatzes vorgestellt. Künftig "
          "sollen dort mehr Bäume stehen, und der Busbahnhof rückt näher an die Gleise.\n\n"
          "Anwohner äußerten in der Bürgerversammlung vor allem Sorgen über die Bauzeit, die sich über drei Jahre "
          "erstrecken soll. Der Oberbürgermeister versprach, die Geschäfte nicht von der Straße abzuschneiden.\n",
    "es": "El ayuntamiento aprobó el martes, tras un largo debate, el presupuesto del año próximo. Los concejales de "
          "la oposición lamentaron que las partidas destinadas a las escuelas y a las guarderías bajen.\n\n"
          "La alcaldesa defendió «un presupuesto responsable» ante la subida de los precios de la energía. Varios "
          "vecinos pidieron más carriles para bicicletas y más árboles en el centro de la ciudad.\n",
    "zh-tw": "市政府週二宣布，將在明年投入新台幣二十億元改善老舊社區的排水系統。官員表示，過去幾年豪雨頻繁，"
             "許多低窪地區一再淹水，居民生活受到嚴重影響。\n\n"
             "這項計畫預計分三期進行，第一期工程將從河濱地區開始，並同步增設雨水貯留設施。部分議員則質疑預算編列"
             "過於保守，要求市府公開各區的施工順序與評估報告。\n",
    "zh-cn": "市政府周二宣布，将在明年投入二十亿元改善老旧社区的排水系统。官员表示，过去几年暴雨频繁，"
             "许多低洼地区一再被淹，居民生活受到严重影响。\n\n"
             "这项计划预计分三期进行，第一期工程将从河滨地区开始，并同步增设雨水收集设施。部分代表则质疑预算编列"
             "过于保守，要求市政府公开各区的施工顺序与评估报告。\n",
    "ja": "市は火曜日、老朽化した市営住宅の建て替え計画を発表した。計画では今後十年間で約二千戸を順次建て替え、"
          "高齢者向けの見守りサービスや子育て支援施設も併設する。\n\n"
          "市長は記者会見で「誰もが安心して暮らせる街づくりを進めたい」と述べた。一方、住民の間では工事中の"
          "仮住まいや家賃の変化について不安の声も上がっている。\n",
    "ko": "시는 화요일 노후한 시영 주택의 재건축 계획을 발표했다. 계획에 따르면 앞으로 십 년 동안 약 이천 가구를 "
          "차례로 재건축하고, 노인을 위한 돌봄 서비스와 육아 지원 시설도 함께 짓는다.\n\n"
          "시장은 기자회견에서 누구나 안심하고 살 수 있는 도시를 만들겠다고 말했다. 한편 주민들 사이에서는 공사 "
          "기간 동안의 임시 거처와 임대료 변화에 대한 걱정도 나오고 있다.\n",
    "ru": "Городской совет во вторник утвердил план реконструкции набережной, которую обсуждали почти два года. "
          "Проект предусматривает новые пешеходные дорожки, освещение и площадки для детей.\n\n"
          "Жители, пришедшие на заседание, попросили сохранить деревья вдоль реки и не закрывать проход к воде во "
          "время работ. Мэр пообещал, что первые участки откроются уже следующим летом.\n",
}
# (file name, article, how its bytes are made)
CASES = [
    ("utf8", "fr", lambda t: t.encode("utf-8")),
    ("utf8-bom", "ja", lambda t: t.encode("utf-8-sig")),
    ("utf16-le-bom", "ru", lambda t: t.encode("utf-16")),  # Python writes the BOM, little-endian here
    ("utf16-be-bom", "zh-tw", lambda t: b"\xfe\xff" + t.encode("utf-16-be")),
    ("cp1252", "fr", lambda t: t.encode("cp1252")),
    ("latin1-de", "de", lambda t: t.encode("latin-1")),
    ("latin1-es", "es", lambda t: t.encode("latin-1")),
    ("big5", "zh-tw", lambda t: t.encode("big5")),
    ("gb18030", "zh-cn", lambda t: t.encode("gb18030")),
    ("shift-jis", "ja", lambda t: t.encode("shift_jis")),
    ("euc-kr", "ko", lambda t: t.encode("euc-kr")),
    ("windows-1251", "ru", lambda t: t.encode("windows-1251")),
]


def test_every_encoding_comes_out_as_the_utf8_text_would(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for name, lang, encode in CASES:
        (source / f"{name}.txt").write_bytes(encode(ARTICLES[lang]))
    out = tmp_path / "out"
    proc = subprocess.run([str(SCRIPT), "clean", str(source), "-o", str(out), "--quiet"], capture_output=True,
                          timeout=120, env={k: v for k, v in os.environ.items() if k != "FORCE_COLOR"})
    assert proc.returncode == 0, proc.stderr
    for name, lang, _ in CASES:
        expected = clean_text(ARTICLES[lang]).text
        assert expected.startswith(ARTICLES[lang].split("\n")[0])
        assert (out / f"{name}.txt").read_bytes() == expected.encode("utf-8"), name


def test_a_short_line_of_unknown_encoding_is_reported_not_guessed(tmp_path: Path) -> None:
    (tmp_path / "short.txt").write_bytes("Привет, мир!\n".encode("cp1251"))
    result = CliRunner().invoke(main, ["clean", str(tmp_path / "short.txt")])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "the encoding cannot be told for sure; name it with --encoding" in result.stderr


def test_encoding_option_forces_a_codec(tmp_path: Path) -> None:
    (tmp_path / "short.txt").write_bytes("Привет, мир! Это короткая заметка.\n".encode("cp1251"))
    result = CliRunner().invoke(main, ["clean", str(tmp_path / "short.txt"), "--encoding", "windows-1251"])
    assert result.exit_code == 0, result.output
    assert result.stdout == clean_text("Привет, мир! Это короткая заметка.\n").text
    wrong = CliRunner().invoke(main, ["clean", str(tmp_path / "short.txt"), "--encoding", "utf-8"])
    assert wrong.exit_code == 1
    assert "not valid utf-8 (byte 0)" in wrong.stderr
    unknown = CliRunner().invoke(main, ["clean", str(tmp_path / "short.txt"), "--encoding", "klingon"])
    assert unknown.exit_code == 2
    assert "unknown encoding 'klingon'" in unknown.output


def test_stdin_is_decoded_the_same_way() -> None:
    data = ARTICLES["zh-cn"].encode("gb18030")
    result = CliRunner().invoke(main, ["clean", "-"], input=data)
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == clean_text(ARTICLES["zh-cn"]).text.encode("utf-8")


@pytest.mark.parametrize(("data", "html", "text"), [
    (b"\xef\xbb\xbfplain", False, "plain"),
    ("Grüße".encode("utf-32"), False, "Grüße"),
    (b'<meta charset="iso-8859-1"><p>\x93caf\xe9\x94</p>', True, "<meta charset=\"iso-8859-1\"><p>“café”</p>"),
    (b"<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'>" + "日本語の記事".encode("shift_jis"),
     True, "<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'>日本語の記事"),
])
def test_decode(data: bytes, html: bool, text: str) -> None:
    assert decode(data, html=html) == text


def test_binary_is_refused() -> None:
    with pytest.raises(SourceError, match="binary file"):
        decode(b"GIF89a\0\0\x01")
