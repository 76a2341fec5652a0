"""The reader for Ministry of Justice law records (JSON), and the whole pipeline on one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from policykg.ingest.mojlaw import is_rendered_record
from policykg.ingest.pipeline import process_file
from policykg.ingest.read import read_source

from policykg.errors import InputError

SCALE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "scale" / "mojLawSplitJSON"
RECORD = {
    "法規性質": "法律",
    "法規名稱": "測試科技組織法",
    "法規類別": "行政＞測試部＞組織目",
    "最新異動日期": "20111114",
    "英文法規名稱": "Organization Act of the Test Ministry",
    "沿革內容": "1.中華民國一百年十一月十四日總統令制定公布全文 3 條",
    "法規內容": [
        {"編章節": "第 一 章  總則"},
        {"條號": "第 1 條", "條文內容": "行政院為辦理科技事務，特設測試部（以下簡稱本部）。"},
        {
            "條號": "第 2 條",
            "條文內容": "本部掌理下列事項：\r\n一、科技政策之規劃。\r\n二、其他有關科技事項。",
        },
        {"編章節": "第 二 章  附則"},
        {"條號": "第 3 條", "條文內容": "本法施行日期，由行政院以命令定之。"},
    ],
}


def write(tmp_path: Path, content: object, name: str = "Z0000001.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_record_is_read_as_text_with_its_fields(tmp_path):
    source = read_source(write(tmp_path, RECORD))
    assert source.text.startswith("# 測試科技組織法\n\nOrganization Act of the Test Ministry\n")
    assert "最新異動日期：2011年11月14日" in source.text
    assert "\r" not in source.text and source.encoding == "utf-8"


def test_the_pipeline_segments_chapters_and_articles(tmp_path):
    record = process_file(write(tmp_path, RECORD))
    assert record.title == "測試科技組織法"
    numbers = [n.number.replace(" ", "") for n in record.all_provisions()]
    assert {"第1條", "第2條", "第3條"} <= set(numbers)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ([{"PCode": "A0000001"}], "not a law record"),
        ({"法規名稱": "無條文"}, "法規內容"),
    ],
)
def test_what_is_not_a_law_record_is_refused_with_the_reason(tmp_path, content, reason):
    with pytest.raises(InputError, match=reason):
        read_source(write(tmp_path, content))
    broken = tmp_path / "broken.json"
    broken.write_text('{"法規名稱": ', encoding="utf-8")
    with pytest.raises(InputError, match="not valid UTF-8 JSON"):
        read_source(broken)


@pytest.mark.skipif(not SCALE.exists(), reason="the scale corpus is not beside the project")
def test_real_records_of_the_scale_corpus(tmp_path):
    files = sorted((SCALE / "FalVMingLing").glob("*.json"))[:5]
    for path in files:
        record = process_file(path)
        assert record.title and record.all_provisions(), path.name


def test_a_record_saved_as_text_is_read_as_the_record(tmp_path):
    # a batch's .txt of a rendered record: blank lines end its fields, so the title stands
    # alone (not 測試科技組織法法規性質：法律) and a history item's lines stay one paragraph
    record = {**RECORD, "沿革內容": "1.中華民國一百年十一月十四日總統令制定公布全文\r\n  3 條"}
    as_json = process_file(write(tmp_path, record))
    text = tmp_path / "Z0000001.txt"
    text.write_text(read_source(write(tmp_path, record)).text, encoding="utf-8")
    as_text = process_file(text)
    assert as_text.source.format == "markdown"
    assert as_text.title == as_json.title == "測試科技組織法"

    def texts(doc):
        return [doc.clean.paragraph_text(p) for p in doc.clean.paragraphs]

    assert texts(as_text) == texts(as_json)
    assert "1.中華民國一百年十一月十四日總統令制定公布全文3 條" in texts(as_text)


def test_only_the_renderers_layout_is_taken_for_a_record():
    assert is_rendered_record("# 某法\n\n法規性質：法律\n\n法規類別：行政＞某部\n\n第 1 條\n")
    assert not is_rendered_record("# 某法\n\n第 1 條\n\n本法依某法訂定。\n")
    assert not is_rendered_record("某法\n\n法規性質：法律\n\n法規類別：行政\n")


def _repeating_record() -> dict:
    """A record whose history writes the same words with other figures, far apart (as a
    PDF's running header would be), and whose body repeats an article number's shape."""
    items = [
        f"{k}.中華民國一百年{k}月一日測試部測字第 100000{k}  號令修\r\n  正發布全文 1{k} 條；並自發布日施行"
        for k in range(1, 9)
    ]
    articles = []
    for k in range(1, 21):
        articles.append({"條號": f"第 {k} 條", "條文內容": f"本部辦理第{k}項業務。"})
        if k in (6, 16):  # 第 6-1 條 and 第 16-1 條: twenty lines apart
            articles.append(
                {"條號": f"第 {k}-1 條", "條文內容": f"本部得委託機構辦理第{k}項業務。"}
            )
    return {**RECORD, "沿革內容": "\r\n".join(items), "法規內容": articles}


@pytest.mark.parametrize("suffix", [".json", ".txt"])
def test_a_records_repeated_lines_are_its_own_text_not_running_headers(tmp_path, suffix):
    """A law database's record has no pages: 正發布全文 12 條… twice or 第 6-1 條 and
    第 16-1 條 far apart are the text's own lines, kept, read from JSON or saved as text."""
    path = write(tmp_path, _repeating_record())
    if suffix == ".txt":
        path = tmp_path / "Z0000001.txt"
        path.write_text(read_source(write(tmp_path, _repeating_record())).text, encoding="utf-8")
    record = process_file(path)
    assert record.source.reader == "record"
    assert not [a for a in record.clean.artefacts if a.kind == "running_header"]
    numbers = {n.number.replace(" ", "") for n in record.all_provisions()}
    assert {"第6-1條", "第16-1條"} <= numbers
    versions = {d.role: d.value.lexical() for d in record.dates}
    assert versions["version"] == "2011-08-01"  # the last item, its line kept


def test_plain_text_still_loses_a_pdfs_running_header(tmp_path):
    """The same lines in a text file (a PDF's converted text) are still page furniture."""
    lines = []
    for page in range(1, 4):
        lines += [f"測試部年度報告第 {page} 頁"] + [
            f"第{page}{k}段說明本部業務。" for k in range(14)
        ]
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    record = process_file(path)
    assert record.source.reader == "text"
    assert [a for a in record.clean.artefacts if a.kind == "running_header"]
