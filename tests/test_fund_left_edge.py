"""Where a fund's name begins, both ways (fund_left_edge.py, issue 19, session 30).
Sentences of our own wording, invented funds and places, not the documents' (both scripts)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.fund_left_edge import clause_verb_first
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified


def funds(text: str) -> list[str]:
    simplified = to_simplified(text)
    return [c.name_in(text) for c in recognise(simplified, 0, len(text)) if c.kind == "Fund"]


def assert_named_alone(text: str, name: str) -> None:
    """`name` is found, and no longer label ending with it (the clause word glued on)."""
    found = funds(text)
    assert name in found
    assert not [f for f in found if f != name and f.endswith(name)]


@pytest.mark.parametrize(
    "text",
    [
        "各区应当培育市场主体，发展天使投资基金，扩大直接融资。",  # after a comma
        "要推动发展社会公益创业投资基金。",  # the complement of another verb
        "積極發展產業投資基金和併購投資基金。",  # after an adverb, Traditional
        "本县将加快发展农业创业投资基金。",
    ],
)
def test_a_verb_opening_its_clause_fosters_a_kind_of_funds(text):
    assert funds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a verb the laws put inside names (人才培育…) in predicate place here: after an
        # adverb or a modal of this sentence it is the clause's (session 31)
        "各县应当培育私募股权基金，引导社会资本。",
        "要積極培育私募股權基金。",
        "鼓励各区积极培育天使投资基金。",
    ],
)
def test_a_verb_after_an_adverb_or_a_modal_fosters_a_kind_of_funds(text):
    assert funds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # first in its clause, the first item of the list it governs (the next items are
        # read on their own)
        "吸引外资机构来本区设立研发中心，培育私募股权基金、天使投资基金等新业态。",
        "市場開放後，培育天使投資基金及私募股權基金。",
    ],
)
def test_a_verb_first_in_its_clause_is_no_part_of_the_kind_it_fosters(text):
    assert not [f for f in funds(text) if f.startswith("培育")]


def test_the_same_verb_inside_a_fund_s_name_stays():
    assert "人才培育基金" in funds("市政府设立人才培育基金，用于资助青年学者。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市财政设立海洋科技发展基金，用于资助", "海洋科技发展基金"),  # 发展 inside the name
        ("由农业发展基金支付。", "农业发展基金"),  # a fund of the laws' list
    ],
)
def test_a_verb_inside_a_fund_s_name_stays(text, name):
    assert name in funds(text)


@pytest.mark.parametrize(
    "text",
    [
        "，发展中小企业创业投资基金应当依法运作。",  # its clause's subject: a modal follows
        "前款所称基金，包括产业基金、发展创业投资基金。",  # an item after 、
        "设立农业、渔业及生产事业投资基金。",  # an item after a conjunction
    ],
)
def test_the_verb_rule_leaves_subjects_and_list_items(text):
    tokens = tokenise(text, 0, len(text))
    head = max(i for i, t in enumerate(tokens) if t.word.endswith("基金"))
    assert clause_verb_first(tokens, 0, head) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("委员会审议主管机关所提渔业发展基金年度预算。", "渔业发展基金"),
        ("本會審議各縣市所報海岸保育基金分配案。", "海岸保育基金"),
        ("理事会复核执行单位所拟乡村振兴发展基金用途。", "乡村振兴发展基金"),
    ],
)
def test_a_relative_clause_before_a_fund_is_no_part_of_its_name(text, name):
    assert_named_alone(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("业者应缴纳分摊金至观光产业救济基金。", "观光产业救济基金"),
        ("應匯繳提撥金至漁業災害補償基金。", "漁業災害補償基金"),
        ("每年缴付代收金至消费者保护基金", "消费者保护基金"),
        ("应拨付征收金至动物保护基金", "动物保护基金"),
    ],
)
def test_a_sum_glued_to_its_preposition_is_no_part_of_the_fund(text, name):
    assert_named_alone(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "将当年结余款项转入基金。",
        "廠商之賠償款項撥入基金。",  # Traditional
        "当年结余利息划入基金。",
        "每季度将租金收益转入基金。",
    ],
)
def test_a_bare_head_after_a_verb_of_destination_names_no_fund(text):
    assert funds(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市场化运作的福建自由贸易港建设发展基金。", "福建自由贸易港建设发展基金"),
        ("由政府出资的廣西自由貿易港建設投資基金支應。", "廣西自由貿易港建設投資基金"),
        ("省里管理的江西自由贸易港建设引导基金", "江西自由贸易港建设引导基金"),
    ],
)
def test_a_zone_written_with_port_before_a_fund_is_its_proper_element(text, name):
    assert name in funds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("设立临海港口建设发展基金。", "临海港口建设发展基金"),  # 港口: no zone, as before
        ("由特别收入基金及乙类发展基金支应。", "乙类发展基金"),  # no clause word: as before
    ],
)
def test_names_without_a_clause_word_or_zone_read_as_before(text, name):
    assert name in funds(text)


def test_a_set_up_verb_after_an_adverb_keeps_the_fund_it_sets_up():
    found = funds("市财政局逐步建立农业保险基金、巨灾保险基金。")
    assert "农业保险基金" in found
