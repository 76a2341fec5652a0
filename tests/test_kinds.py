"""Kinds picked out by their first word (ingest/extract/kinds.py), learnt from the laws."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.kinds import is_attributive, names_a_kind


@pytest.mark.parametrize("word", ["同一", "不同", "公共", "所定", "其他", "且", "連同"])
def test_words_that_qualify_bodies_from_outside_are_attributive(word):
    assert is_attributive(word)


@pytest.mark.parametrize(
    "word",
    # nouns and verbs are not asked (保险, 医疗 begin names in policy papers); a level word
    # begins units of the laws (县级人民政府); a place; a word the laws never use
    ["保险", "医疗", "合作", "县级", "香港", "深圳市", "河套", "部分"],
)
def test_nouns_levels_and_places_are_not_attributive(word):
    assert not is_attributive(word)


@pytest.mark.parametrize(
    "words",
    [
        ["同一", "证券", "投资", "公司"],
        ["不同", "人民法院"],  # a class in one word, though tagged an organisation
        ["健康", "科普", "基地"],  # 科普: a coinage the dictionary calls a transliterated name
        ["公共場所"],  # one word: 公共 and a word of the laws
        ["公共", "图书馆"],
    ],
)
def test_an_attributive_word_before_plain_words_names_a_kind(words):
    assert names_a_kind(words)


@pytest.mark.parametrize(
    "words",
    [
        ["连同", "财政部"],  # a body's name in one word follows
        ["私立", "东吴", "大学"],  # a place follows
        ["私立", "淡江大学"],  # a whole name in one word the laws never use
        ["国外", "InnoHK", "平台"],
        ["香港", "科技园", "公司"],  # no attributive word first
        ["卫生", "健康", "委"],  # only the first word is asked: 健康 inside a name stays
        ["公司"],
        ["所在地", "外汇管理局"],  # 所在地 is a word of its own, not 所在|地
    ],
)
def test_names_after_an_attributive_word_or_without_one_stay_names(words):
    assert not names_a_kind(words)
