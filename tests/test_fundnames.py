"""Fund names with a verb or purpose inside, read back from the head (issue 19, session 15).
Sentences of our own wording, not the documents' (both scripts)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.fundnames import fund_name_words, fund_names
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified


def funds(text: str) -> list[str]:
    simplified = to_simplified(text)
    return [c.name_in(text) for c in recognise(simplified, 0, len(text)) if c.kind == "Fund"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("相关费用由农村养老保险基金支付。", "农村养老保险基金"),  # nouns only, after 由
        ("鼓励中小企业融资担保基金分担风险。", "中小企业融资担保基金"),  # a verb inside
        ("可从创业补助资金中列支。", None),  # money, not earmarked: none
        ("市政府每年设立文化产业专项扶持资金。", "文化产业专项扶持资金"),  # 设立 governs
        ("统筹安排农村饮水安全专项补助资金。", "农村饮水安全专项补助资金"),
        ("多渠道筹措海洋科技发展基金。", "海洋科技发展基金"),  # 筹措 begins no name
        ("政府出资设立的新能源汽车产业投资引导基金", "新能源汽车产业投资引导基金"),
        ("在分配中央财政专项防汛资金时优先安排。", "中央财政专项防汛资金"),
        ("每噸5元環境治理專項基金", "環境治理專項基金"),  # a sum before it is no part
        ("由漁業轉型升級基金補助。", "漁業轉型升級基金"),  # 升級 is no rank
    ],
)
def test_fund_names_with_a_verb_or_purpose_inside(text, name):
    found = funds(text)
    assert (name in found) if name else not [f for f in found if f.endswith("资金")]


@pytest.mark.parametrize(
    "text",
    [
        "鼓励各类基金参与投资。",
        "引导社会资金投向科技创新。",
        "统筹使用财政资金和专项资金。",
        "政府专项资金按规定使用。",
        "其他基金不得挪用。",
        "将原专项基金并入。",
        "年度补助资金按季度拨付。",  # money of a year, not a fund
        "本研究院創立基金由政府捐助。",  # this body's founding fund
    ],
)
def test_classes_of_funds_are_not_names(text):
    assert funds(text) == []


def test_a_fund_inside_a_body_name_is_the_body_s():
    # the organisation, not a fund, is what the phrase names
    text = "表彰融资担保基金运营管理机构等单位。"
    simplified = to_simplified(text)
    assert fund_names(tokenise(simplified, 0, len(simplified))) == []


def test_a_quoted_fund_keeps_its_name_beside_its_short_form():
    # 「…發展基金」（以下簡稱發展基金）: the short form ends the name; the name stays
    from policykg.ingest.extract.run import _named_entities

    class Paragraph:
        def __init__(self, start, end):
            self.start, self.end = start, end

    class Scripts:
        def __init__(self, text):
            self.hans = to_simplified(text)

    class Clean:
        def __init__(self, text):
            self.text = text

    class Document:
        def __init__(self, text):
            self.clean, self.scripts = Clean(text), Scripts(text)
            self.start, self.end = 0, len(text)

    text = "第五條 設立「臺南市科學園區產業發展基金」（以下簡稱發展基金）。發展基金用於補助。"
    entities, _ = _named_entities(Document(text), [Paragraph(0, len(text))])
    names = {e.name: e for e in entities}
    assert "臺南市科學園區產業發展基金" in names
    assert names["臺南市科學園區產業發展基金"].kind == "Fund"


def test_fund_name_words_come_from_the_laws():
    words = fund_name_words()
    assert {"救助", "发展", "保险"} <= words  # 农业天然灾害救助基金, 劳工保险基金
    assert "设置" not in words  # 营利事业设置职工退休基金: a verb, in the title too
    assert "基金" not in words


def test_the_builder_reads_fund_names_from_titles_and_definitions(tmp_path):
    import importlib.util
    import json
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "build_fund_names.py"
    spec = importlib.util.spec_from_file_location("build_fund_names", script)
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    laws = tmp_path / "LawRefBook-Laws"
    laws.mkdir()
    (laws / "a.md").write_text(
        "# 海洋渔业发展基金管理办法\n\n第一条 设立港口设施维护基金（以下简称维护基金）。\n"
        "第二条 基金会登记依照本办法。企业营运周转资金（以下简称周转资金）自筹。\n",
        encoding="utf-8",
    )
    moj = tmp_path / "mojLawSplitJSON"
    moj.mkdir()
    index = [
        {"PCode": "X1", "name": "觀光發展基金收支保管及運用辦法"},
        {"PCode": "X2", "name": "財團法人某某基金會組織章程"},  # a body, not a fund
        {"PCode": "X3", "name": "漁會信用部資金融通辦法"},  # 資金融通 is one word
        {"PCode": "X4", "name": "離島建設專項資金管理辦法"},  # earmarked money: a fund
    ]
    (moj / "index.json").write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    names, titles, read = builder.build(tmp_path)
    # not money that is not earmarked (周转资金), nor 资金 cut out of a word
    assert {name for name, _ in names} == {
        "海洋渔业发展基金", "港口设施维护基金", "观光发展基金", "离岛建设专项资金"
    }  # fmt: skip
    assert (titles, read) == (4, 1)
