"""A list item beside a name names a body or a platform at all (list_items.py, issue #19)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.list_items import names_nothing
from policykg.ingest.script import to_simplified


def labels(text: str) -> set[str]:
    simplified = to_simplified(text)
    return {c.name_in(text) for c in recognise(simplified, 0, len(simplified))}


@pytest.mark.parametrize(
    "item",
    [
        # a level word last: a head is missing after it
        "淮河流域县级",
        "秦巴山区县级",
        "沿海地区地方",
        "三江源地方",
        # a person the text does not name
        "李某",
        "被告赵某",
        # things
        "养殖网箱",
        "会员年费",
        "管理费用",
        # a people
        "海外侨民",
        "境外旅客",
        # a place and its area word alone
        "新竹地区",
        "嘉义地区",
        # a verb glued on
        "渔民应依",
        "侨团办理",
        "驻外处所核发",
    ],
)
def test_an_item_with_nothing_of_a_body_names_nothing(item):
    assert names_nothing(item)


@pytest.mark.parametrize(
    "item",
    [
        "原任机关",  # a unit of the laws ends with 机关
        "私立中学",  # 中学 ends listed names
        "驻外代表处",
        "外国驻华领事馆",  # 馆 ends units of the laws
        "青山综合保税区",  # 区 ends heads, no unit holds 保税区
        "青山港",
        "海南驻军",  # a place's own: no unit holds 驻军
        "澜途",  # words the laws never use: a company's own
        "翎云科技",
        "大疆创新",
    ],
)
def test_a_body_or_platform_of_a_class_word_the_vocabulary_lacks_is_kept(item):
    assert not names_nothing(item)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (
            "珠江流域管理委员会和珠江流域县级以上地方人民政府共同负责水资源保护。",
            "珠江流域县级",
            "珠江流域管理委员会",
        ),
        (
            "祁连山国家公园管理局、祁连山区县级以上人民政府应当加强巡护。",
            "祁连山区县级",
            "祁连山国家公园管理局",
        ),
        ("青山市财政局、会员年费和捐赠收入分别入账。", "会员年费", "青山市财政局"),
        ("李某、赵某和青山市公安局作为当事人出庭。", "李某", "青山市公安局"),
        ("原告张某与青山县自然资源局发生争议。", "原告张某", "青山县自然资源局"),
        ("交通运输部、新竹地区和苗栗地区的农民可以申请补助。", "新竹地区", "交通运输部"),
        ("台湾省政府、嘉义地区和屏东地区应当配合。", "嘉义地区", "台湾省政府"),
        ("农业委员会、渔民应依前项规定申报。", "渔民应依", "农业委员会"),
        ("前项证明由外交部、驻外领务据点核发。", "驻外领务", "外交部"),
    ],
)
def test_an_item_beside_a_name_that_names_nothing_is_no_label(text, gone, kept):
    found = labels(text)
    assert kept in found
    assert gone not in found


def test_companies_listed_beside_a_company_stay():
    found = labels("華鋒智能、翎雲科技及青山科技園公司聯合成立實驗室")
    assert {"華鋒智能", "翎雲科技", "青山科技園公司"} <= found
