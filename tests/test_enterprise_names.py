"""Enterprises named by the structure the law gives their names (issue 19, session 21):
行政区划 + 字号 + 行业 + 组织形式 (企业名称登记管理规定 art. 6). Sentences invented here
(other places, other companies, other mines) and some taken from the scale corpus's laws."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from policykg.ingest.extract.enterprise_names import (
    enterprise_forms,
    enterprise_names,
    unit_short_forms,
)
from policykg.ingest.extract.phrases import tokenise

from tests.scaling import growth
from tests.test_local_bodies import _organisations

ROOT = Path(__file__).resolve().parents[1]


def _enterprises(text: str) -> list[str]:
    return [text[c.start : c.end] for c in enterprise_names(text, tokenise(text, 0, len(text)))]


def test_the_forms_come_from_the_laws():
    forms = enterprise_forms()
    assert {"有限责任公司", "股份有限公司"} <= forms["form"]  # 公司法: 名称中标明…字样
    assert {"集团", "（集团）"} <= forms["group"]  # 企业名称登记管理规定 art. 14
    assert {"厂", "矿"} <= forms["unit"]  # 厂长（经理）, 矿长对本企业
    assert "事" not in forms["unit"]  # 董事长、经理: a post, not a unit's head
    assert "中国" in forms["national"]
    lines = (ROOT / "ingest/resources/enterprise_forms.tsv").read_text("utf-8").splitlines()
    assert "scripts/build_enterprise_forms.py" in lines[1]
    assert any("LawRefBook" in line for line in lines if line.startswith("#"))


@pytest.fixture(scope="module")
def build():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        yield importlib.import_module("build_enterprise_forms")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def test_a_form_is_read_from_the_clause_that_prescribes_it(build):
    laws = [  # invented clauses in the laws' wording
        "合作企业应当在其名称中标明有限责任公司或者有限公司字样。",
        "控股企业可以在其名称的组织形式之前使用“集团”字样。",
        "企业实行厂长（经理）负责制。董事长、经理由股东会选举。",
        "广告中不得使用“国家级”字样。",  # a word forbidden, no form
    ]
    rows = {(word, role) for word, role in build.count(laws)}
    assert {("有限责任公司", "form"), ("有限公司", "form"), ("集团", "group")} <= rows
    assert ("厂", "unit") in rows
    assert not any(word in ("国家级", "事") for word, _ in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place, a 字号, an industry and a form
        ("2019年3月，贵州省盘江精煤股份有限公司发布公告。", ["贵州省盘江精煤股份有限公司"]),
        ("由黑龙江七台河矿业集团与外方合资。", ["黑龙江七台河矿业集团"]),
        # article 14: the group's marker in brackets before the form
        ("对甘肃酒泉钢铁（集团）有限责任公司进行检查。", ["甘肃酒泉钢铁（集团）有限责任公司"]),
        # a works and a mine; a verb before the name is not in it
        ("支持柳州工程机械厂技术改造。", ["柳州工程机械厂"]),
        ("支持锦州石化厂和抚顺钢铁厂。", ["锦州石化厂", "抚顺钢铁厂"]),  # 厂 alone: a morpheme
        ("要求鹤岗市峻德煤矿立即停产整顿。", ["鹤岗市峻德煤矿"]),
        # article 12: a national word, then an ordinal in the 字号
        ("联合中国第二汽车制造集团公司开展试点。", ["中国第二汽车制造集团公司"]),
        # parts joined by a middle dot
        ("由沈阳机床•数控集团公司牵头。", ["沈阳机床•数控集团公司"]),
        # a company's numbered mine is named with it; its mine after its company alone
        ("淮南矿务集团公司二矿发生透水事故。", ["淮南矿务集团公司二矿"]),
        ("江西省萍乡矿业（集团）公司青山煤矿停产。", ["江西省萍乡矿业（集团）公司", "青山煤矿"]),
    ],
)
def test_an_enterprise_is_read_back_from_its_form(text, expected):
    assert _enterprises(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # classes of enterprises, not names (the words the laws use every day)
        "各地区要依法关闭不具备安全生产条件的小煤矿。",
        "部分煤矿企业盲目扩大生产。",
        "国有企业和外商投资企业应当建立制度。",
        "有关公司应当在十日内报告。",
        "拟设立的上市公司应当披露信息。",  # 上市公司: 上市 576 uses in the laws
        "建设城镇污水处理厂和垃圾处理设施。",
        "保安服务公司应当依法招用保安员。",
        "全国小煤矿整顿工作取得进展。",
        "山西煤矿安全形势严峻。",  # a place and a form, no 字号
        "张某多次联系物业公司和开发商。",
        "原告与某建材贸易公司签订合同。",
        "优先考虑晋北、陕西坑口电厂等。",  # places listed, then a kind of plant in each  # a company the text does not name
        "扩建锦州石化厂二期和抚顺钢铁厂建设项目。",  # a phase or project: the facility
    ],
)
def test_a_class_of_enterprises_is_no_name(text):
    assert _enterprises(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a province and a class of its mines (乡镇煤矿 37 times in the laws as a class)
        "贵州省乡镇煤矿要依法整顿。",
        "河南省地方煤矿安全检查。",
    ],
)
def test_a_province_and_a_class_of_its_mines_is_no_name(text):
    assert _enterprises(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented mines: 鸿源 is no word of the laws; 湖北|村 a village named after a
        # place, whose 村 is no everyday word of a 字号
        ("责令湖南省鸿源煤矿立即停产整顿。", ["湖南省鸿源煤矿"]),
        ("责令四川古蔺县湖北村煤矿停产整顿。", ["四川古蔺县湖北村煤矿"]),
    ],
)
def test_a_mine_named_after_its_province_stays(text, expected):
    assert _enterprises(text) == expected


@pytest.mark.parametrize("marker", ["（集团）", "(集团)"])
def test_the_group_marker_in_either_kind_of_bracket(marker):
    # an invented group, its marker written full-width or in ASCII
    name = f"四川青峰钢铁{marker}有限责任公司"
    assert _enterprises(f"对{name}进行检查。") == [name]
    # a place and the marker, no 字号: the marker is no 字号 in either spelling
    assert _enterprises(f"对贵州{marker}有限公司进行检查。") == []


def test_a_numbered_mine_written_bare_after_its_full_name():
    text = "平顶山煤业集团公司八矿发生事故。八矿矿长被撤职，八矿党委书记受到警告。"
    tokens = tokenise(text, 0, len(text))
    found = [text[c.start : c.end] for c in unit_short_forms(text, tokens, (0, len(text)))]
    assert found == ["八矿", "八矿"]
    alone = "五矿矿长被撤职。"  # whose fifth mine is not said: left alone
    tokens = tokenise(alone, 0, len(alone))
    assert unit_short_forms(alone, tokens, (0, len(alone))) == []


def test_the_recogniser_finds_them_in_running_text():
    names = _organisations("经国家发展改革委核准，宁夏英力特化工股份有限公司与包头钢铁（集团）有限责任公司签订协议。")  # fmt: skip
    assert "宁夏英力特化工股份有限公司" in names
    assert "包头钢铁（集团）有限责任公司" in names


def test_either_script():
    names = _organisations("經濟部委託台灣積體電路製造股份有限公司與高雄硫酸錏廠辦理。")
    assert "台灣積體電路製造股份有限公司" in names
    assert "高雄硫酸錏廠" in names


def test_a_national_company_in_the_scale_corpus_wording():
    # in the wording of the scale corpus's 中央储备粮管理条例 (another company): a national one named with 中国
    text = "中国北方粮油储运总公司具体负责中央储备油的经营管理。"
    assert _enterprises(text) == ["中国北方粮油储运总公司"]


def test_linear_in_the_text():
    sentence = "联合中国第一汽车制造集团公司和芜湖农用柴油机厂，关闭不具备条件的小煤矿。"

    def run(n):
        text = sentence * n
        tokens = tokenise(text, 0, len(text))
        return lambda: enterprise_names(text, tokens)

    assert growth(run, 200) < 6
