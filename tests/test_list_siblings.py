"""A list decides together (list_siblings.py, issue 19, session 24): an item of a list whose
siblings of the same head were kept as names is kept, read or given their kind; an item
among classes is not lifted. Sentences written here (other places, other bodies), in both
scripts, and lists of the scale corpus's laws."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.found_by import RULES
from policykg.ingest.extract.list_siblings import (
    SIBLING_KEPT,
    SIBLING_KIND,
    SIBLING_READ,
    decided_by_siblings,
    list_items,
)
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.records import Candidate
from policykg.ingest.script import to_simplified

from tests.scaling import growth


def _names(text: str) -> dict[str, tuple[str, str]]:
    """name → (kind, rule) of what recognise keeps in `text`."""
    simplified = to_simplified(text)
    return {
        text[c.start : c.end]: (c.kind, c.rule) for c in recognise(simplified, 0, len(simplified))
    }


def test_the_rules_are_known_to_provenance():
    assert {SIBLING_KEPT, SIBLING_READ, SIBLING_KIND} <= RULES.keys()


def test_a_list_is_split_at_its_separators_and_not_at_an_enumeration():
    text = "设立甲委员会、乙委员会和丙委员会，一、丁委员会。"
    lists = list_items(text, 0, len(text))
    assert len(lists) == 1  # 一、丁委员会 is an item's number, not a list
    assert [text[i.start : i.end] for i in lists[0]] == ["设立甲委员会", "乙委员会和丙委员会"]
    assert lists[0][0].first and lists[0][-1].last


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # committees of one government, named by their remit alike: the one the gate read
        # as a kind (no proper part) shares its siblings' fate
        ("省政府设立经济协作委员会、投资促进委员会、科学技术委员会，分别负责。", "投资促进委员会"),
        # Traditional
        ("省政府設立經濟協作委員會、投資促進委員會、科學技術委員會，分別負責。", "投資促進委員會"),
        # bureaux of one city government, the last item split at 和
        ("市人民政府设立科技局、教育局、商务局和投资促进局。", "教育局"),
    ],
)
def test_an_item_dropped_as_a_kind_is_kept_beside_named_siblings(text, name):
    kind, rule = _names(text)[name]
    assert (kind, rule) == ("Organization", SIBLING_KEPT)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the siblings are named by their place, the item by nothing: a kind of court
        ("由宁波市中级人民法院、温州市中级人民法院、海事法院审理。", "海事法院"),
        # siblings that are classes lift nothing (…等单位, 有关部门)
        ("由环境监测中心、气象研究中心、水文研究中心等单位负责。", "水文研究中心"),
        ("由财政部、教育部、有关部门和其他部门组成。", "有关部门"),
        # bodies every place has: the list says 当地 before its first
        ("应告知当地区县政府规划局、水务局、公安局及税务机关等有关单位。", "公安局"),
        ("应通知住所地公安局、税务局、民政局和人力资源局。", "税务局"),
        # one kept sibling is no series
        ("会同财政部、投资促进委员会研究。", "投资促进委员会"),
        # the siblings are named by their body (甲大学|研究院), the item by its field only
        ("依托南开大学研究院、东南大学研究院、产业技术研究院共建。", "产业技术研究院"),
        ("依托南開大學研究院、東南大學研究院、產業技術研究院共建。", "產業技術研究院"),
    ],
)
def test_an_item_is_not_lifted_without_named_siblings_of_its_shape(text, absent):
    assert absent not in _names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # airports named by their place, then a kind of airport (外省市: other provinces)
        ("改造南宁吴圩国际机场、桂林两江国际机场、外省市机场。", "外省市机场"),
        # ports named by their place, then kinds of port (by where they lie, what uses them)
        ("优化大连港、营口港、专用港口、长江干线港口、内河港口布局。", "内河港口"),
        ("優化大連港、營口港、專用港口、內河港口和長江幹線港口布局。", "長江幹線港口"),
    ],
)
def test_a_facility_kind_is_not_lifted_beside_named_facilities(text, absent):
    assert absent not in _names(text)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # review offices after courts: the head the items share (复核处) is a body's, the
        # names kept beside them bodies; the last one ends at the clause's end
        (
            "前款所称裁决机关，包括最高法院、高等法院以及渔业复核处、牌照复核处、建筑复核处、"
            "税务复核处。",
            ["渔业复核处", "牌照复核处", "建筑复核处", "税务复核处"],
        ),
        # the scale corpus (mojLawSplitJSON FalVMingLing/J0010046): a fund between funds
        # of Taiwan's list, its name on none
        (
            "設置推廣貿易基金、能源研究發展基金、石油基金、再生能源發展基金及中小企業發展基金"
            "五個基金，編製附屬單位預算之分預算。",
            ["再生能源發展基金"],
        ),
    ],
)
def test_items_no_rule_read_are_read_by_the_head_they_share(text, read):
    names = _names(text)
    assert all(names.get(name, ("", ""))[1] == SIBLING_READ for name in read), names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the scale corpus (奥林匹克标志保护条例 art. 3): a phrase with 的 after two
        # committees shares one character of their head, not a name
        (
            "本条例所称奥林匹克标志权利人，是指国际奥林匹克委员会、中国奥林匹克委员会和中国"
            "境内申请承办奥林匹克运动会的机构、在中国境内举办的奥林匹克运动会的组织机构。",
            "在中国境内举办的奥林匹克运动会",
        ),
        # the scale corpus (海警法 art. 10): ranked classes are no siblings to go by, and
        # one character of a head (局) says too little for an item read alone
        (
            "海警机构包括中国海警局及其海区分局和直属局、省级海警局、市级海警局、海警工作站。",
            "直属局",
        ),
    ],
)
def test_phrases_beside_names_are_not_read(text, absent):
    assert absent not in _names(text)


def test_an_item_no_rule_read_is_read_by_its_siblings_head():
    # the last item reaches the list's closing word; the middle ones are whole items
    text = "（成员单位：滨江新区管理委员会、东湖新区管理委员会、湘湖度假区管理委员会等）"
    simplified = to_simplified(text)
    tokens = tokenise(simplified, 0, len(simplified))
    kept = [
        Candidate("Organization", 6, 15, rule="rule:head-noun"),
        Candidate("Organization", 16, 25, rule="rule:head-noun"),
    ]
    names = {
        text[c.start : c.end]: c.rule
        for c in decided_by_siblings(simplified, tokens, 0, len(text), kept, kept, None)
    }
    assert names.get("湘湖度假区管理委员会") == SIBLING_READ


def test_an_item_of_another_kind_takes_its_siblings_kind():
    text = "本院设气象研究中心、水文研究中心、土壤化学研究中心和分析测试中心。"
    simplified = to_simplified(text)
    tokens = tokenise(simplified, 0, len(simplified))
    kept = [
        Candidate("Organization", 3, 9),
        Candidate("Organization", 10, 16),
        Candidate("Organization", 17, 25),
        Candidate("Platform", 26, 32),
    ]
    decided = decided_by_siblings(simplified, tokens, 0, len(text), kept, kept, None)
    last = next(c for c in decided if c.start == 26)
    assert (last.kind, last.rule) == ("Organization", SIBLING_KIND)


def test_the_pass_is_linear():
    line = "省政府设立经济协作委员会、投资促进委员会、科学技术委员会和外事侨务委员会。"

    def make(n: int):
        text = line * n
        tokens = tokenise(text, 0, len(text))
        kept = [
            Candidate("Organization", k * len(line) + a, k * len(line) + b)
            for k in range(n)
            for a, b in ((5, 12), (21, 28), (29, 36))
        ]
        dropped = [
            Candidate("Organization", k * len(line) + 13, k * len(line) + 20) for k in range(n)
        ]
        found = kept + dropped
        return lambda: decided_by_siblings(text, tokens, 0, len(text), found, kept, None)

    decided = make(2)()
    assert sum(c.rule == SIBLING_KEPT for c in decided) == 2  # 投资促进委员会 of each line
    assert growth(make, 50) < 8
