"""International bodies named by their field (issue 19, session 26): 国际 + a field + a
membership head is one body; with a word of a kind in the field it is a kind. Sentences
written for these tests, in both scripts."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.international_bodies import international_bodies
from policykg.ingest.extract.phrases import tokenise

from tests.recognised import names_of_kind


def organisations(text: str) -> list[str]:
    return names_of_kind(text, "Organization")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("第三条 国际冰球联合会每两年在本省举行一次年会。", "国际冰球联合会"),
        ("第七条 经批准，可以邀请国际灯塔协会的专家参加评审。", "国际灯塔协会"),
        ("第九條 本中心得與國際海洋學理事會交換觀測資料。", "國際海洋學理事會"),
        ("第四条 支持本地企业成为国际冷链物流联盟的成员。", "国际冷链物流联盟"),
        # the scope word glued to a noun by the segmenter (国际象棋: chess)
        ("第五条 承办国际象棋联合会主办的比赛，应当报告。", "国际象棋联合会"),
        ("第六条 全球种子储备联盟的标准可以参照适用。", "全球种子储备联盟"),
    ],
)
def test_the_scope_word_and_a_field_name_one_body(text, body):
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        # a word picking out members of a kind between the scope word and the head
        "第八条 鼓励行业组织加入国际知名协会。",
        "第八条 本市商会可以与国际相关学会开展交流。",
        "第八条 运动员参加国际单项体育联合会组织的比赛。",
        # a predicate of the laws in the field: a clause, not a name
        "第八条 鼓励国际航运企业建立港口联盟。",
        "第八条 推动国际物流企业成立冷链联合会。",
        # an attribute's suffix on the scope word
        "第八条 支持设立国际性学术联合会。",
        # no field: the head alone after the scope word
        "第八条 积极参与国际联盟事务。",
    ],
)
def test_a_kind_after_the_scope_word_is_no_body(text):
    simplified = text
    proposed = international_bodies(simplified, tokenise(simplified, 0, len(simplified)))
    assert proposed == []


def test_a_scope_word_inside_a_longer_name_proposes_nothing():
    text = "第二条 甲乙国际仲裁联合会负责调解。"  # 甲乙 a name the scope word continues
    tokens = tokenise(text, 0, len(text))
    assert all(
        text[c.start : c.end] != "国际仲裁联合会" for c in international_bodies(text, tokens)
    )
