"""Two modifiers joined before one head (issue 19, session 26): two levels' (中央和地方|…基金)
name a class and go; two proper places' before a head every place has (甲省和乙省|人民政府)
split into one body of each; a real body whose name holds 和 stays. Labels and sentences
written for these tests, in other wordings than the documents that showed the problem."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.joined_modifiers import levels_joined, places_joined
from policykg.ingest.extract.label_gate import unjoin
from policykg.ingest.extract.records import Mention, NamedEntity


@pytest.mark.parametrize(
    "label",
    [
        "中央和地方渔业转产基金",  # the centre and the localities: each one's fund
        "国家与省级科技资源共享平台",
        "上级或者本级安全生产委员会",
        "国家或县人民政府",  # a conjunction the segmenter glues to the level
        "中央及自治区财政专项资金",
        "上级和当地防汛抗旱指挥部",  # a relational place on the right
        "国家和项目所在地人民政府",  # a place named by what is there
        "中央或者申请人所在省人民政府",
        "上级和码头所在城市港口管理机构",
    ],
)
def test_levels_joined_before_one_head_name_a_class(label):
    assert levels_joined(label)


@pytest.mark.parametrize(
    "label",
    [
        "中央和国家机关工作委员会",  # one body: 国家机关 is no level
        "人力资源和社会保障部",  # fields joined before one head
        "中央人民政府",  # no conjunction
        "商务部和海关总署",  # two bodies: joined_things' case
        "科学技术和工业委员会",
        "商务部和所在地海关",  # a body first: no level before the conjunction
    ],
)
def test_a_body_whose_name_holds_a_conjunction_is_no_join_of_levels(label):
    assert not levels_joined(label)


@pytest.mark.parametrize(
    ("label", "left", "right"),
    [
        ("贵州省和云南省人民政府", "贵州省人民政府", "云南省人民政府"),
        (
            "嘉兴市与湖州市人民代表大会常务委员会",
            "嘉兴市人民代表大会常务委员会",
            "湖州市人民代表大会常务委员会",
        ),
        ("江苏省及浙江省人民政府", "江苏省人民政府", "浙江省人民政府"),
    ],
)
def test_proper_places_joined_before_a_kind_split_into_two_bodies(label, left, right):
    found = places_joined(label)
    assert found is not None and found.names(label) == (left, right)


@pytest.mark.parametrize(
    "label",
    [
        "上海与香港金融合作委员会",  # one body of both places
        "长沙和株洲市人民政府",  # the left place without its level: no body of that name
        "香港和澳门特别行政区政府",
        "中央和地方林业补偿基金",  # levels, not places: levels_joined's
        "商务部和海关总署",
    ],
)
def test_no_split_where_the_head_is_one_body_of_both_or_no_places_join(label):
    assert places_joined(label) is None


def test_unjoin_splits_two_places_and_drops_two_levels():
    # the recognisers seldom read two places before one head as one label (the segmenter
    # knows 某省人民政府 whole and stops there), so the gate is fed such labels directly
    label = "绍兴市和天津市人民政府"
    by_name = {
        label: NamedEntity(label, mentions=[Mention(10, 10 + len(label), "rule:head-noun")]),
        "中央和地方渔业转产基金": NamedEntity("中央和地方渔业转产基金", "Fund", [Mention(40, 51)]),
        "中央和国家机关工作委员会": NamedEntity(
            "中央和国家机关工作委员会", mentions=[Mention(60, 72)]
        ),
    }
    unjoin(by_name, {})
    assert set(by_name) == {"绍兴市人民政府", "天津市人民政府", "中央和国家机关工作委员会"}
    assert by_name["天津市人民政府"].mentions == [Mention(14, 21)]
    assert by_name["绍兴市人民政府"].mentions == [Mention(10, 21)]
