"""Funds a list names as members of an earmarked class (甲资金、乙资金等专项资金), a verb of
purpose the document repeats with a fund's name, and money a rule the text makes is named
after (issue 19, session 33: fund_members.py, fund_purposes.keeps_a_repeated_act,
fund_document's rules made). Sentences of our own wording, both scripts."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.fund_document import fund_document
from policykg.ingest.extract.fund_members import listed_item_start, member_of_a_listed_class
from policykg.ingest.extract.fund_purposes import keeps_a_repeated_act
from policykg.ingest.extract.phrases import tokenise

from tests.recognised import funds


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "市财政设立的海洋产业培育资金、港口物流提升资金和航运服务补助资金等专项资金，"
            "由市财政部门管理。",
            {"海洋产业培育资金", "港口物流提升资金", "航运服务补助资金"},
        ),
        (
            "縣政府設立之觀光產業振興資金、農產品行銷推廣資金等專項資金，應專款專用。",
            {"觀光產業振興資金", "農產品行銷推廣資金"},
        ),
        # an item that begins with its verb of purpose keeps it: no clause verb inside a list
        (
            "省级设立的物流枢纽建设资金、扶持小微企业成长资金等专项资金，按年度拨付。",
            {"物流枢纽建设资金", "扶持小微企业成长资金"},
        ),
        (
            "省級設立之物流樞紐建設資金、扶持小微企業成長資金等專項資金，按年度撥付。",
            {"物流樞紐建設資金", "扶持小微企業成長資金"},
        ),
    ],
)
def test_items_of_a_list_closed_by_an_earmarked_class_are_funds(text, names):
    assert names <= set(funds(text))


@pytest.mark.parametrize(
    "text",
    [
        "统筹使用城市维护建设资金、土地出让资金等财政资金。",  # closed by money: money
        "吸引保险资金、养老资金等社会资金参与建设。",
        "統籌使用城市維護建設資金、土地出讓資金等財政資金。",
    ],
)
def test_a_list_closed_by_money_names_money(text):
    assert not [f for f in funds(text) if f.endswith(("资金", "資金"))]


def test_member_of_a_listed_class_reads_the_list_to_its_closing_class():
    text = "甲设立乙港建设资金、丙湾开发资金等专项资金。"
    tokens = tokenise(text, 0, len(text))
    heads = [i for i, t in enumerate(tokens) if t.word.endswith("资金")]
    assert [member_of_a_listed_class(tokens, i) for i in heads] == [True, True, False]
    # the second item begins right after the separator, the first one where the reading puts it
    assert tokens[listed_item_start(tokens, heads[1])].word != "、"
    assert listed_item_start(tokens, heads[0]) is None
    lone = "甲设立乙港建设资金等专项资金。"  # one item is no list
    lone_tokens = tokenise(lone, 0, len(lone))
    first = next(i for i, t in enumerate(lone_tokens) if t.word.endswith("资金"))
    assert not member_of_a_listed_class(lone_tokens, first)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "各级政府应当在预算中安排促进小微企业创业专项资金。"
            "侵占促进小微企业创业专项资金的，依法追究责任。",
            "促进小微企业创业专项资金",
        ),
        (
            "縣政府應編列扶持農村觀光產業專項資金。挪用扶持農村觀光產業專項資金者，依法處理。",
            "扶持農村觀光產業專項資金",
        ),
        (
            "市政府應編列支持偏鄉學校發展專項資金；侵占支持偏鄉學校發展專項資金者，依法處理。",
            "支持偏鄉學校發展專項資金",
        ),
    ],
)
def test_a_verb_of_purpose_the_document_repeats_with_the_name_is_the_name_s(text, name):
    assert set(funds(text)) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # written once: the verb may be the clause's second verb, the name left without it
        ("区政府安排扶持山区果业振兴专项资金，用于补助。", "山区果业振兴专项资金"),
        # the document writes the rest alone too: the verb is not the name's
        (
            "安排扶持山区果业振兴专项资金。山区果业振兴专项资金由农业部门管理。"
            "挪用扶持山区果业振兴专项资金的，依法处理。",
            "山区果业振兴专项资金",
        ),
        ("區政府安排扶持山區果業振興專項資金，用於補助。", "山區果業振興專項資金"),
    ],
)
def test_a_verb_written_once_or_apart_from_the_rest_stays_the_clause_s(text, name):
    assert set(funds(text)) == {name}


def _repeated_act_start(text: str, verb: str) -> tuple[int, int]:
    """keeps_a_repeated_act's answer for the first fund head of `text`, the name read as
    beginning right after `verb`, and the index of the word after `verb`."""
    tokens = tokenise(text, 0, len(text))
    head = next(i for i, t in enumerate(tokens) if t.word.endswith("基金"))
    after = next(i for i, t in enumerate(tokens) if t.word == verb) + 1
    document = fund_document(text, 0, len(text))
    return keeps_a_repeated_act(tokens, 0, after, head, document), after


def test_a_verb_that_treats_what_follows_as_a_fund_stays_the_clause_s():
    # 设立 repeated before every use is still the verb that sets the fund up (fund_verbs.tsv)
    text = "船东申请设立港区疏浚补偿基金；法院受理申请设立港区疏浚补偿基金的案件。"
    kept, after = _repeated_act_start(text, "设立")
    assert kept == after
    # another verb repeated so is the name's own act
    text = "船东申请扶持港区疏浚补偿基金；法院受理申请扶持港区疏浚补偿基金的案件。"
    kept, after = _repeated_act_start(text, "扶持")
    assert kept == after - 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "县政府应当安排茶产业发展补贴资金。县农业部门制定茶产业发展补贴资金使用管理办法。",
            "茶产业发展补贴资金",
        ),
        (
            "縣政府應編列茶產業發展補貼資金。縣農業局制訂茶產業發展補貼資金管理辦法。",
            "茶產業發展補貼資金",
        ),
    ],
)
def test_money_a_rule_the_text_makes_is_named_after_is_one_fund(text, name):
    assert set(funds(text)) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "县政府应当安排茶产业发展补贴资金，列入预算。",  # no rule named after it: money
        "縣政府應編列茶產業發展補貼資金，列入預算。",
        "市财政部门制定财政资金使用管理办法。",  # a rule for money in general
    ],
)
def test_money_without_a_rule_named_after_it_stays_money(text):
    assert funds(text) == []


def test_a_list_closed_by_a_class_of_government_funds():
    """等政府性基金 is three words to the segmenter (政府|性|基金): the class is still read."""
    text = "甲设立乙湖保育基金、丙岭植被修复基金等政府性基金。"
    tokens = tokenise(text, 0, len(text))
    heads = [i for i, t in enumerate(tokens) if t.word.endswith("基金")]
    assert [member_of_a_listed_class(tokens, i) for i in heads][:2] == [True, True]
