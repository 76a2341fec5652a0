"""Two things joined by a conjunction and read as one label (issue 19, session 22): a left
part complete of its own (a class of norms, a body, a class the laws repeat whole) joins a
second thing; the label becomes the right part when it is a name, else it goes. Names whose
conjunction joins two fields before one head stay whole. Labels written for these tests
(other bodies, other fields) and phrases of the scale corpus (LawRefBook-Laws)."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.extract.joined_things import (
    FUND,
    conjunctions_apart,
    joined_things,
    joins_another_thing,
    stands_alone,
)
from policykg.ingest.pipeline import process_source
from policykg.ingest.records import SourceText


@pytest.mark.parametrize(
    ("label", "rest"),
    [
        ("法律和最高人民法院", "最高人民法院"),  # a class of norms and a body
        ("规章和浙江省人民政府", "浙江省人民政府"),
        ("主管部门和武汉大学", "武汉大学"),  # a class of bodies and a name
        ("商务部和海关总署", "海关总署"),  # two bodies: the right one stays
        ("资产与上海证券交易所", "上海证券交易所"),  # a common thing and a name
    ],
)
def test_a_thing_joined_to_a_name_leaves_the_name(label, rest):
    assert joined_things(label) == rest


@pytest.mark.parametrize(
    "label",
    [
        "法律法规和省人民政府",  # a class of norms and a kind of body
        "上级公安机关和同级人民政府",  # scale corpus: 经上级公安机关和同级人民政府…
        "人民团体和社会组织",  # scale corpus
        "社会团体和民办非企业单位",
        "经济实体和科技创新联盟",  # an entity and a class of alliances
        "全市性和区域性产业联盟",  # attributes before one head name a kind
        # a thing and a bare level with its head: the level opens a body of its own
        "重大工程和市人民政府",
        "科研课题和区人民政府",
        "民生项目和县政府",
        "技术改造项目和省科学技术局",
    ],
)
def test_a_thing_joined_to_no_name_goes(label):
    assert joined_things(label) == ""


@pytest.mark.parametrize(
    ("label", "rest"),
    [
        # a law's title (the laws' list) is a thing of its own before the conjunction
        ("个人所得税法和税务机关", ""),  # and a role: no name
        ("森林法及林业主管部门", ""),
        ("档案法和国家档案局", "国家档案局"),  # and a body
    ],
)
def test_a_law_s_title_joined_to_a_body_is_two_things(label, rest):
    assert joined_things(label) == rest


@pytest.mark.parametrize(
    "label",
    [
        "科学技术和工业委员会",  # two fields before one head: one body
        "农业和农村委员会",
        "发展和改革委员会",
        "人口和计划生育委员会",
        "民政和社会事务委员会",
        "住房和城乡建设部",
        "内地与香港科技合作委员会",
        "创新及科技局",
        "经济和信息化委员会",
        "省发展和改革委员会",  # a level first, a field after the conjunction
        "市工业和信息化局",
        "国有资产和市场监督管理局",  # 市场, a word that opens with a level's character
    ],
)
def test_fields_joined_before_one_head_stay_one_name(label):
    assert joined_things(label) is None


def _labels(text: str) -> set[str]:
    record = process_source(SourceText(Path("t.txt"), text, "utf-8", "0" * 64, "text"))
    return {entity.name for entity in extract(record).entities}


def test_the_extraction_keeps_no_joined_label():
    labels = _labels(
        "第二条 鼓励企业与高等学校采取委托开发、共建经济实体和区域创新战略联盟等方式开展合作。"
        "第三条 鼓励拥有专利技术的单位组建全省性和行业性知识产权联盟。"
    )
    assert not any("和" in label for label in labels)


def test_the_extraction_keeps_no_label_of_two_levels():
    # joined_modifiers: the centre and the localities before one head (session 26)
    labels = _labels(
        "第五条　中央和地方渔业转产基金应当专款专用。\n"
        "第六条　上级和当地防汛抗旱指挥部应当及时通报汛情。\n"
        "第七条　中央和地方林业发展基金由财政部门监督。\n"
    )
    assert not {n for n in labels if "和" in n}


def test_a_cited_work_is_not_issued_by_a_class_of_norms():
    text = "第一条 根据有关法律、行政法规和国务院批准的《某市综合改革试验总体方案》，制定本条例。"
    record = process_source(SourceText(Path("t.txt"), text, "utf-8", "0" * 64, "text"))
    parties = {p.name for work in extract(record).cited for p in work.parties}
    assert "行政法规和国务院" not in parties


def test_joins_another_thing_reads_the_part_before_the_conjunction():
    # moved from test_fund_purposes: a fund's label across a conjunction
    assert joins_another_thing("文化驿站和乡村文化基金")
    assert not joins_another_thing("创新及科技基金")


@pytest.mark.parametrize(
    ("part", "kind", "last_tag", "expected"),
    [
        (["公安机关"], "Organization", "", True),  # a body's word of the laws' units
        (["行政法规"], "Organization", "", True),  # a rank of legal norms
        (["科学技术"], "Organization", "", False),  # a field of the head
        (["慈善", "站点"], FUND, "n", True),  # a noun no fund name holds
        (["创业投资"], FUND, "n", False),  # 投资 ends fund names: a shared modifier
        (["慈善", "站点"], FUND, "v", False),  # not a noun: no thing
        ([], FUND, "", False),
    ],
)
def test_one_answer_to_whether_the_part_before_a_conjunction_stands_alone(
    part, kind, last_tag, expected
):
    assert stands_alone(part, kind, last_tag) is expected


@pytest.mark.parametrize(
    "label",
    [
        "省人民政府及县",  # the segmenter reads 及县 as one word: a body and a cut second one
        "国务院及县",
        "文化中心及县",
    ],
)
def test_a_conjunction_glued_to_the_next_character_still_joins(label):
    """Session 25: the segmenter's guess at an unknown word may swallow the conjunction
    (及县, 或某部); the label is still two things joined."""
    assert joined_things(label) == ""


def test_a_glued_conjunction_is_set_apart_only_outside_the_dictionary():
    assert conjunctions_apart(["园产及", "基金"]) == ["园产", "及", "基金"]
    assert conjunctions_apart(["及县"]) == ["及", "县"]
    for word in ("以及", "涉及", "和县", "共和国", "普及教育", "参与"):  # words of the dictionary
        assert conjunctions_apart([word]) == [word]


# session 31: what each side of the conjunction is. A noun of what bodies do or hold
# (业务, 储备, 储金, 会议: rarely in units of the laws) before a unit the laws repeat whole
# (a kind of zone, a class of governments, a fund, after a former 原 too) is two things.
@pytest.mark.parametrize(
    ("label", "rest"),
    [
        ("承接物流业务和经济开发区", ""),  # an activity's object and a kind of zone
        ("年度工作会议和常务委员会", ""),  # a meeting and a kind of committee
        ("年度会议和村民委员会", ""),
        ("粮食储备和地方人民政府", ""),  # a reserve and a class of governments
        ("市级储备和县级人民政府", ""),
        ("公益储金及原社会保险基金", ""),  # a fund and a former fund
        ("专项储金及原国家计划委员会", "国家计划委员会"),  # and a former body, named
    ],
)
def test_a_thing_beside_a_unit_the_laws_repeat_is_two_things(label, rest):
    assert joined_things(label) == rest


@pytest.mark.parametrize(
    "label",
    [
        "奖励及救助基金",  # the laws write 奖励|基金 too: one head shared
        "评估及培训人才库",  # two activities before one head
        "教育及辅导人才库",
        "国家发展和改革委员会",  # 改革委员会 recurs whole after no words
        "甲市人力资源和社会保障局",
        "乙区文化和旅游局",
        "丙省卫生和计划生育委员会",
    ],
)
def test_modifiers_sharing_one_head_stay_one_name(label):
    assert joined_things(label) is None


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("第三條　工程部：掌理港埠工程業務及工業區之開發事項。", "港埠工程業務及工業區"),
        ("第四条 粮食储备包括国家粮食储备和地方人民政府储备。", "国家粮食储备和地方人民政府"),
        ("第九條　委託銀行辦理公益儲金及原社會保險基金之收支及運用。", "公益儲金及原社會保險基金"),
        ("第九条 委托银行办理职工储金及原社会保险基金的收支。", "职工储金及原社会保险基金"),
    ],
)
def test_the_extraction_keeps_no_thing_joined_to_a_unit(text, joined):
    assert joined not in _labels(text)
