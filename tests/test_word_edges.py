"""A name never ends inside a word of the dictionary (issue 19): 某某部|门 is a department.
Sentences invented here, and one of the scale corpus."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.word_edges import ends_inside_a_word, inside_dictionary_words

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
