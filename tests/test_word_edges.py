"""A name never ends inside a word of the dictionary (issue 19): 某某部|门 is a department.
Sentences invented here, and one of the scale corpus."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.word_edges import (
    begins_inside_a_word,
    dictionary_word_starts,
    ends_inside_a_word,
    inside_dictionary_words,
    stranded_characters,
)

from tests.test_local_bodies import _organisations


def _ends_before(text: str, name: str) -> bool:
    inside = inside_dictionary_words(tokenise(text, 0, len(text)))
    return ends_inside_a_word(text, text.index(name) + len(name), inside)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县应急管理部门应当组织演练。", "应急管理部"),  # 部|门
        ("区商务、交通运输等部门按照职责分工负责。", "交通运输等部"),
        ("国家发展改革委员会批准。", "国家发展改革委"),  # 委|员会
    ],
)
def test_a_name_does_not_end_inside_a_word(text, name):
    assert _ends_before(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("国家卫生健康委会同有关部门制定。", "国家卫生健康委"),  # 委|会同, not 委会
        ("张某某　西南大学校长", "西南大学"),  # 大学|校长, not 学校
        ("详见应急管理部门户网站。", "应急管理部"),  # 部|门户网站, not 部门
        ("王某　外交部副部长", "外交部"),  # 部|副部长, not 部副
        ("卫生健康委副主任", "卫生健康委"),  # 委副: the segmenter's glue, no word
        ("由监察院定之。", "监察院"),  # 院定 is listed, but the segmenter reads 院|定之
    ],
)
def test_a_name_ends_where_the_next_word_begins(text, name):
    assert not _ends_before(text, name)


def test_departments_named_by_their_field_are_no_ministry():
    # the scale corpus (LawRefBook-Laws) writes such classes of local departments
    text = "县级以上地方人民政府交通运输、水利、农业农村等部门按照各自职责负责有关工作。"
    names = _organisations(text)
    assert not any(name.endswith("部") for name in names)
    assert _organisations("市民政部门和卫生健康部门负责实施。") == []


def _stranded_end(text: str, name: str) -> bool:
    tokens = tokenise(text, 0, len(text))
    end = text.index(name) + len(name)
    return ends_inside_a_word(
        text, end, inside_dictionary_words(tokens), stranded_characters(tokens)
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the segmenter reads the ministry whole and leaves 门 alone: a class of departments
        ("县级以上人民政府劳动保障部门应当加强监督检查。", "劳动保障部"),
        ("市政府铁道部门批准后实施。", "铁道部"),
        ("国务院对外贸易经济合作部门制定具体办法。", "对外贸易经济合作部"),
    ],
)
def test_a_name_does_not_end_before_a_stranded_character_of_a_word(text, name):
    assert _stranded_end(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("施行日期由考试院定之。", "考试院"),  # 定 is a verb, not the end of 院定
        ("本会经费由互助基金和捐款支应。", "互助基金"),  # 和 joins, whatever 金和 is
        ("财政部会同有关部门制定。", "财政部"),  # 会同 begins after the name
    ],
)
def test_a_lone_verb_or_conjunction_after_a_name_ends_no_word(text, name):
    assert not _stranded_end(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the user dictionary reads the unit whole and the segmenter tags the lone 分 a verb:
        # 部分 (a part) goes on past the unit's 部, so the text names a part, not the unit
        ("检验报告（品管部分）由质量部门出具。", "品管部"),
        ("附件三为品管部分，附件四为财务部分。", "品管部"),
    ],
)
def test_a_name_does_not_end_before_a_lone_verb_that_completes_a_noun(text, name):
    assert _stranded_end(text, name)
    assert name not in _organisations(text)


def test_a_lone_verb_that_begins_a_word_of_its_own_leaves_the_name_whole():
    # 分别 begins after the unit: the unit acts (部|分别), no 部分 is cut
    assert not _stranded_end("品管部分别抽检三批产品。", "品管部")


def _begins_inside(text: str, name: str) -> bool:
    tokens = tokenise(text, 0, len(text))
    start = text.index(name)
    return begins_inside_a_word(text, start, start + len(name), dictionary_word_starts(tokens))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("申请人应当具有管理或者运营创业投资基金的经验。", "理或者运营创业投资基金"),  # 管|理
        ("持证件向中华人民共和国民政部办理登记。", "国民政部"),  # 共和|国
    ],
)
def test_a_name_does_not_begin_inside_a_word(text, name):
    assert _begins_inside(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("由市人民政府批准。", "市人民政府"),  # 由|市: a function character glued on
        ("对外交部的答复不服的，可以申请复议。", "外交部"),
        ("报告完成后应提防制小组审议。", "防制小组"),  # 提防|制 against 提|防制: two readings
    ],
)
def test_a_name_begins_after_a_glued_function_character_or_an_overlap(text, name):
    assert not _begins_inside(text, name)


def test_recognised_names_keep_clear_of_the_words_around_them():
    # a sentence of the scale corpus's kind, other bodies: the departments are a class
    assert not any(
        name.endswith("部") for name in _organisations("县级以上人民政府劳动保障部门负责监督。")
    )
    assert "民政部" in _organisations("由民政部负责解释。")


def test_a_pair_the_laws_do_not_use_is_no_word_across_the_end():
    # 行商 (a pedlar) is a noun of the dictionary; the laws write 商 here as "consult"
    assert not _stranded_end("由中国人民银行商财政部后报国务院批准。", "中国人民银行")
