"""Bodies named after a place or a parent (issue 19): a place + the local head of a national
administration (上海海关), a found body + a place + a branch head (中国人民银行郑州分行);
national bodies named in full where they stand as a unit (生态环境部、财政部负责); and the
numbered Parts of an ordinance (第IIA部), which are no bodies. Sentences invented here, in
both scripts; none is a sentence of a gold document."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.local_bodies import local_heads
from policykg.ingest.extract.orgnames import is_numbered_part
from policykg.ingest.script import to_simplified


def _organisations(text: str) -> list[str]:
    simplified = to_simplified(text)
    return [
        text[c.start : c.end]
        for c in recognise(simplified, 0, len(simplified))
        if c.kind == "Organization"
    ]


def test_local_heads_come_from_the_national_bodies_headed_zongju_or_zongshu():
    heads = local_heads()
    assert {"海关", "税务局", "市场监督管理局"} <= heads  # 海关总署, 国家税务总局, …总局
    assert not any(head.startswith(("国家", "中国")) for head in heads)  # marker dropped
    assert "局" not in heads  # a head keeps two characters of the name at least


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("进口货物由广州海关负责查验。", ["广州海关"]),  # one word: place + head
        ("天津海关、宁波海关应当互相通报。", ["天津海关", "宁波海关"]),
        ("納稅人向廣東省稅務局申報。", ["廣東省稅務局"]),  # Traditional, place + 税务局
        ("请郑州市市场监督管理局审核。", ["郑州市市场监督管理局"]),
    ],
)
def test_a_place_and_a_local_head_name_a_body(text, expected):
    assert [name for name in _organisations(text) if name in expected] == expected


@pytest.mark.parametrize(
    "text",
    [
        "各地海关应当加强监管。",  # no place: a class
        "货物经海关查验后放行。",  # the head alone
        "出入境海关手续从简。",  # 出入境 is no place
        "由宁波海关关长签发。",  # a title: the body only qualifies it
    ],
)
def test_a_local_head_without_a_place_names_no_body(text):
    assert not any(name.endswith("海关") for name in _organisations(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("交通银行上海分行负责结算。", "交通银行上海分行"),  # 分 + 行 of 银行
        ("向中国银行北京支行申请贷款。", "中国银行北京支行"),  # 支 + 行
        ("中國人民銀行廣州分行依法監督。", "中國人民銀行廣州分行"),  # Traditional
    ],
)
def test_a_body_a_place_and_a_branch_head_name_its_branch(text, expected):
    assert expected in _organisations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word the laws hold inside names qualifies the branch head (session 32)
        ("农业银行温州市中心支行负责代收。", "农业银行温州市中心支行"),
        ("中國人民銀行福州中心支行依法監督。", "中國人民銀行福州中心支行"),  # Traditional
        ("由中国人民银行九江市中心支行汇总上报。", "中国人民银行九江市中心支行"),
        # a city and its district
        ("向中国建设银行杭州市西湖支行申请贷款。", "中国建设银行杭州市西湖支行"),
    ],
)
def test_a_qualified_branch_head_or_a_district_names_the_branch(text, expected):
    assert expected in _organisations(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("中国银行上海各支行应当配合。", "中国银行上海各支行"),  # a determiner: each branch
        ("中国银行深圳拟设立支行的，应当报批。", "中国银行深圳拟设立支行"),  # a verb
    ],
)
def test_a_verb_or_determiner_before_a_branch_head_names_no_branch(text, absent):
    assert absent not in _organisations(text)


def test_a_branch_head_must_fit_the_parent_body():
    # 分局 is no branch of a bank (its head ends in 行), and a place alone after a body
    # adds nothing to it
    names = _organisations("中国人民银行上海分局发布通知，中国人民银行上海办理业务。")
    assert "中国人民银行上海分局" not in names
    assert "中国人民银行上海" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（生态环境部、财政部按职责分工负责）", ["生态环境部", "财政部"]),
        ("（牵头部门：自然资源部）", ["自然资源部"]),
        ("由生態環境部會同有關部門制定。", ["生態環境部"]),  # Traditional, 由 … 会同
        ("本办法由自然资源部负责解释。", ["自然资源部"]),
    ],
)
def test_a_national_body_named_in_full_where_it_stands_as_a_unit(text, expected):
    assert [name for name in _organisations(text) if name in expected] == expected


@pytest.mark.parametrize(
    "text",
    [
        "由市生态环境部门责令改正。",  # 部门: a class of departments
        "工业和信息化部负责。",  # one name with 和: never its half 信息化部
        "加强生态环境部署。",  # 部署 is a verb, not a head
    ],
)
def test_no_half_name_nor_class_is_read_as_a_national_body(text):
    names = _organisations(text)
    assert "生态环境部" not in names and "信息化部" not in names


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("枪支由乡人民武装部统一保管。", "人民武装部"),  # 由乡: a preposition and a level
        ("，指导居民委员会、村民委员会开展工作。", "指导居民委员会"),  # a verb first
        ("（五）调查委员会、监察委员会", "委员会"),  # kinds of committee
    ],
)
def test_a_level_s_body_a_verb_or_a_kind_is_no_national_body(text, wrong):
    assert not any(name.endswith(wrong) for name in _organisations(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [("依照该条例第IIA部作出的命令", "IIA部"), ("该条例第3部所列", "3部"), ("第ii部", "ii部")],
)
def test_a_numbered_part_of_an_ordinance_is_no_body(text, part):
    at = text.index(part)
    assert is_numbered_part(text, at, at + len(part))
    assert part not in _organisations(text)


def test_a_latin_name_without_an_ordinal_is_still_a_body():
    text = "由IBM部负责"
    assert not is_numbered_part(text, 1, 5)


def test_a_list_goes_on_past_an_item_already_found():
    # 微众银行 is found by its head; the list still reaches 腾讯 beyond it
    names = _organisations("腾讯、微众银行及香港科技园公司合办比赛")
    assert names == ["腾讯", "微众银行", "香港科技园公司"]
