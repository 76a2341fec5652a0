"""Record stores of a jurisdiction used as one thing (ingest/extract/used_stores.py, issue 19,
session 32). Every sentence is invented: other provinces, other pools and registers than
any gold document; each named case was missed before the step, and each store set up,
planned or said as a class stays unnamed."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.used_stores import store_head, store_heads, used_stores
from policykg.ingest.script import to_simplified

from .recognised import platforms
from .scaling import growth


def stored(text: str) -> list[str]:
    simplified = to_simplified(text)
    tokens = tokenise(simplified, 0, len(simplified))
    return [text[c.start : c.end] for c in used_stores(simplified, tokens)]


def test_the_heads_are_read_from_the_laws():
    heads = store_heads()
    assert {"专家库", "数据库"} <= heads  # pools and databases that entries go into
    assert not heads & {"仓库", "水库", "国库", "火药库"}  # stores of goods and money


def test_a_lone_store_character_takes_its_noun():
    assert store_head([("人员", "n"), ("名录", "n"), ("库", "n")], 2) == "名录库"
    assert store_head([("专家库", "n")], 0) == "专家库"
    assert store_head([("企业名单", "n"), ("库", "n")], 1) == "名单库"
    assert store_head([("的", "uj"), ("库", "n")], 1) == ""


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # drawn from: 从 … 库 中, the province the document calls its own
        (
            "本省推行评审专家随机抽取。评审专家应当从依法组建的省水利工程评审专家库中抽取。",
            "省水利工程评审专家库",
        ),
        # a whole jurisdiction's unified store, drawn from
        ("评审人员应当从全市统一的政府投资项目专家库中随机选取。", "政府投资项目专家库"),
        # put into: a whole level begins it
        ("失信的家政企业应当列入全省家政服务企业名单库。", "全省家政服务企业名单库"),
        # sent to, Taiwan's words: 傳輸至, 中央 begins it
        ("各機關應將查核結果傳輸至中央考核資料庫。", "中央考核資料庫"),
        # the document's own jurisdiction before it: the name is what follows
        ("評審委員應當從本市工程採購專家庫中抽選。", "工程採購專家庫"),
        # set up as the city's unified one, then used bare
        (
            "市人民政府建立全市统一的园林评审专家库。符合条件的专家纳入园林评审专家库管理。",
            "园林评审专家库",
        ),
    ],
)
def test_a_store_of_a_jurisdiction_used_as_one_thing(text, name):
    assert name in stored(text)
    assert name in platforms(text)


@pytest.mark.parametrize(
    "text",
    [
        "市人民政府应当建立评审专家库。",  # set up, no use
        "各类数据库应当定期备份。",  # a class
        "评审专家从各部门专家库中抽取。",  # each body's
        "相关信息应当纳入评审专家库。",  # used, but nothing names which one
        "货物应当存放在保税仓库中。",  # a store of goods
        "评审专家从国家专家库中随机抽取。",  # a level and a bare head: a kind
        "市人民政府建立园林评审专家库。专家纳入园林评审专家库管理。",  # not the unified one
    ],
)
def test_a_store_set_up_or_said_as_a_class_is_no_name(text):
    assert stored(text) == []


def test_linear_in_the_text():
    sentence = "评审人员应当从市政府投资项目专家库中随机选取。本省信息纳入全国养老机构数据库。"

    def make(n: int):
        text = sentence * n
        tokens = tokenise(text, 0, len(text))
        return lambda: used_stores(text, tokens)

    assert growth(make, 200) < 8
