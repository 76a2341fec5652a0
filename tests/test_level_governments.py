"""A level of government in a Taiwan law record is no named body (issue 19, session 33).
Every sentence is written here for the test (invented acts and wording)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.extract.level_governments import names_a_level
from policykg.ingest.pipeline import process_file
from policykg.ingest.script import to_simplified


def _record(tmp_path: Path, *articles: str) -> Path:
    """A law record as the Taiwan law database writes it (JSON), with these articles."""
    record = {
        "法規性質": "命令",
        "法規名稱": "示範漁港設施維護辦法",
        "法規類別": "行政＞測試部＞漁業目",
        "最新異動日期": "20190305",
        "沿革內容": "1.中華民國一百零八年三月五日測試部令訂定發布全文 5 條",
        "法規內容": [
            {"條號": f"第 {at} 條", "條文內容": article}
            for at, article in enumerate(articles, start=1)
        ],
    }
    path = tmp_path / "Z0000099.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return path


def _plain(tmp_path: Path, *paragraphs: str) -> Path:
    path = tmp_path / "notice.txt"
    path.write_text("示範漁港設施維護說明\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def _organisations(path: Path) -> set[str]:
    record = process_file(path)
    return {to_simplified(e.name) for e in extract(record).entities if e.kind == "Organization"}


@pytest.mark.parametrize(
    "article",
    [
        "漁港設施之維護經費，由中央政府逐年編列預算支應。",
        "前項補助款之撥付，中央政府得視地方財政狀況酌予調整。",
        "本辦法所定之協定，由中華民國中央政府與締約之他方簽署後生效。",
    ],
)
def test_the_central_level_in_a_record_is_no_body(tmp_path, article):
    found = _organisations(_record(tmp_path, article, "本辦法自發布日施行。"))
    assert "中央政府" not in found and "中华民国中央政府" not in found


def test_a_named_body_beside_the_level_stays(tmp_path):
    found = _organisations(
        _record(
            tmp_path,
            "中央政府應會同中央銀行，就漁港貸款之利率訂定標準。",
            "臺南市政府應每年將維護成果報送測試部備查。",
        )
    )
    assert "中央政府" not in found
    assert {"中央银行", "台南市政府"} <= found


def test_the_same_words_outside_a_record_keep_the_body(tmp_path):
    # a Mainland or Hong Kong text means one body by 中央政府 (the seeds' gold counts it)
    found = _organisations(_plain(tmp_path, "漁港設施之維護經費，由中央政府逐年編列預算支應。"))
    assert "中央政府" in found


@pytest.mark.parametrize(
    "name", ["中央政府", "地方政府", "中央", "中华民国中央政府", "外国中央政府"]
)
def test_a_level_word_with_or_without_government_is_a_level(name):
    assert names_a_level(name)


@pytest.mark.parametrize(
    "name",
    ["中央银行", "中央人民政府", "中华民国政府", "台北市政府", "中央政府总预算", "国家发展委员会"],
)
def test_a_name_of_its_own_is_no_level(name):
    assert not names_a_level(name)
