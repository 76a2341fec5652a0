"""A clause's preposition or verb glued inside a label (ingest/extract/glued_clause_words.py,
issue 19, session 21).

Every phrase here is written for the test from the statutes' formulas (本…依…訂定, …物經法院
裁定…, 指經…審定), with other companies, bodies and goods than the scale sample's and the gold
files'.
"""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.glued_clause_words import glued_start, governing_character
from policykg.ingest.script import to_simplified


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("要點依漢寶農畜產企業股份有限公司", "漢寶農畜產企業股份有限公司"),
        ("本規程依欣興電子股份有限公司", "欣興電子股份有限公司"),
        ("人員指經考試委員會", "考試委員會"),
        ("查封物經法院", "法院"),
    ],
)
def test_what_follows_the_glued_character_is_left(label, name):
    assert label[glued_start(label) :] == name


@pytest.mark.parametrize(
    "label",
    [
        "經濟部中小企業處",  # 經濟: a word of the dictionary
        "以色列駐台北經濟文化辦事處",
        "對外貿易發展協會",
        "于都县人民政府",
        "浙江自贸试验区",  # 自: 1 % of its uses before bodies, the abbreviation's first half
        "求是雜誌社",  # 是: 2.5 %
        "雍和園",  # 和: a conjunction
    ],
)
def test_names_with_those_characters_in_words_stay_whole(label):
    assert glued_start(label) == 0


@pytest.mark.parametrize("char", ["经", "由", "依", "报", "向"])
def test_characters_that_take_bodies(char):
    assert governing_character(char)


@pytest.mark.parametrize("char", ["其", "自", "是", "的", "和", "得", "与", "同"])
def test_characters_that_do_not(char):
    assert not governing_character(char)


def test_a_preposition_takes_bodies_at_half_the_share():
    # 至 stands before a unit of the laws in 2.4 % of its uses: a preposition by its tag
    assert governing_character("至")


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("函至镇人民政府", "镇人民政府"),  # a letter sent to the township's government
        ("材料报至省商务厅", "省商务厅"),  # 报 and 至 both glued: the name after the last
    ],
)
def test_a_glued_preposition_of_destination_goes(label, name):
    assert label[glued_start(label) :] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("本規程依欣興電子股份有限公司組織章程訂定。", "欣兴电子股份有限公司"),
        ("本辦法依翔鷹航空股份有限公司設置條例訂定之。", "翔鹰航空股份有限公司"),
        ("前項人員指經甄審委員會審定合格者。", "甄审委员会"),
    ],
)
def test_recognise_keeps_the_name_after_the_glued_character(text, name):
    simplified = to_simplified(text)
    names = {simplified[c.start : c.end] for c in recognise(simplified, 0, len(simplified))}
    assert names == {name}


def test_recognise_drops_a_bare_head_after_the_glued_character():
    text = to_simplified("扣押物經法院判決確定者，應發還之。")
    assert recognise(text, 0, len(text)) == []


# Session 27: a pair of clause words read as one (clause_pair), a range's 內 and its
# preposition (within_then_preposition), a case's 訴 (case_parties). Sentences and labels of
# our own wording, other bodies, funds and places than the scale sample's and the gold files'.
@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("特設礦業資源管理局", "礦業資源管理局"),  # specially sets up
        ("審查結果報經防災委員會", "防災委員會"),  # reported to and approved by
        ("方案報經國土規劃委員會", "國土規劃委員會"),
        ("依限期內向漁港管理處", "漁港管理處"),  # within the time limit, to
        ("申報期間內向環境保護局", "環境保護局"),
        ("趙某訴湖南省株洲市荷塘區城市管理局", "湖南省株洲市荷塘區城市管理局"),
        ("某科技有限公司訴浙江省嘉興市生態環境局", "浙江省嘉興市生態環境局"),
    ],
)
def test_what_follows_a_clause_pair_a_range_or_a_case_is_left(label, name):
    assert label[glued_start(label) :] == name


@pytest.mark.parametrize(
    "label",
    [
        "特殊教育諮詢委員會",  # 特殊: the laws' units begin with it
        "正義促進委員會",
        "上訴審理法庭",  # 上訴: a word of the dictionary
        "勞資申訴評議委員會",
        "國內向陽農業合作社",  # 向陽: a word, the 內 of 國內 no time limit
        "內地與香港經貿合作委員會",  # 內地: 地 an adverb's particle, no preposition
        "特設",  # nothing after the pair
        "自由經濟示範區",  # 自由: an adjective, name material
        "東海自由時報社",
    ],
)
def test_names_with_a_pair_or_a_versus_in_words_stay_whole(label):
    assert glued_start(label) == 0


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("經濟部特設能源資源局，辦理能源業務。", {"能源资源局"}),
        ("為辦理海洋事務，行政院特設海洋資源局。", {"海洋资源局"}),
        ("當事人應在規定期間內向勞資爭議調解委員會提出申請。", {"劳资争议调解委员会"}),
        ("趙某訴湖南省株洲市荷塘區城市管理局行政強制案", {"湖南省株洲市荷塘区城市管理局"}),
        ("某科技有限公司訴浙江省嘉興市生態環境局行政處罰案", {"浙江省嘉兴市生态环境局"}),
    ],
)
def test_recognise_keeps_the_name_after_the_clause_words(text, names):
    simplified = to_simplified(text)
    found = {simplified[c.start : c.end] for c in recognise(simplified, 0, len(simplified))}
    assert found == names


# Session 28: a structural particle first (particle_first) and a clause word that took the
# head's first character (head_in_clause_word). Labels and sentences of our own wording, other
# funds, bodies and goods than the scale sample's and the gold files'.
@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("之校產基金", "校產基金"),  # the particle glued to the fund's first characters
        ("之園產基金", "園產基金"),
        ("之林產基金", "林產基金"),  # the particle a word of its own
        ("的專款基金", "專款基金"),
    ],
)
def test_a_particle_first_goes(label, name):
    assert label[glued_start(label) :] == name


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("鄉公所依法院", "法院"),  # by the court's judgment
        ("社團依法院", "法院"),
        ("協助漁船進出口岸", "口岸"),  # ships going in and out of the port
        ("檢查遊艇進出口岸", "口岸"),
    ],
)
def test_a_head_begun_in_a_clause_word_is_left_bare(label, name):
    assert label[glued_start(label) :] == name


@pytest.mark.parametrize(
    "label",
    [
        "之江文化中心",  # 之江: a word of the dictionary, a place
        "地方漁業發展基金",  # 地方: a word
        "的士運輸公司",
        "嵩山科技產業園區",  # 產業園|區: a noun takes the head's first character
        "屏東生技產業園區",
        "高等法院",
        "依法設立的調解委員會",  # no one-character head last
    ],
)
def test_names_with_a_particle_or_a_split_head_stay_whole(label):
    assert glued_start(label) == 0


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("本處經管之校產基金（以下簡稱本基金）之收支，應專戶存儲。", {"校产基金"}),
        ("由本署經管之園產基金（以下簡稱本基金），每年結算一次。", {"园产基金"}),
        ("公所依法院裁定辦理登記。", set()),  # 法院 alone: any court
        ("由農會依法院裁定辦理。", set()),
        ("海關得檢查貨輪進出口岸之貨物。", set()),  # 口岸 alone: any port
    ],
)
def test_recognise_drops_the_particle_and_a_bare_head(text, names):
    simplified = to_simplified(text)
    found = {simplified[c.start : c.end] for c in recognise(simplified, 0, len(simplified))}
    assert found == names
