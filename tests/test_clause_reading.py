"""Who does what to whom in the clause a label came from (ingest/extract/clause_reading.py,
issue 19, session 30).

Every clause here is written for the test from the statutes' formulas (甲得將…委任乙辦理,
甲委任所屬乙, 甲依法委任附屬乙), with other bodies and verbs than the scale sample's and
the gold files'; each label to cut is one the earlier rules (left_boundary.left_cut,
body_predicates.object_start) leave whole or cut short of the name. The names that must
stay whole begin with a character that is also a verb (開發, 招商, 審計, 管理, 審議, 監督).
"""

from __future__ import annotations

import pytest
from policykg.ingest.extract import entities, name_checks
from policykg.ingest.extract.clause_reading import (
    _acts_on,
    body_verbs,
    clause_start,
    reference_words,
)
from policykg.ingest.script import to_simplified


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("中央主管機關委託所屬港務署", "港務署"),  # subject, verb, relative word
        ("縣政府委託所屬衛生局", "衛生局"),
        ("縣政府委任所屬觀光發展局", "觀光發展局"),
        ("市人民政府委托下属城市规划研究院", "城市规划研究院"),
        ("市人民政府委任所属城市管理局", "城市管理局"),
    ],
)
def test_a_subject_and_its_verb_before_the_body_they_act_on_go(label, name):
    assert label[clause_start(label) :] == name


@pytest.mark.parametrize(
    ("before", "label", "name"),
    [
        ("主管機關得將第五條所定之查核事項，", "委任礦務局", "礦務局"),  # the subject far back
        ("前款之業務，主管機關得", "委託所屬水土保持局", "水土保持局"),
        ("區內事務，市政府得", "委託所屬產業發展局", "產業發展局"),
        ("本部依法委任", "所屬標準度量衡局", "標準度量衡局"),  # a relative word after the verb
        ("本會依法委任", "附屬海洋科技研究院", "海洋科技研究院"),
    ],
)
def test_a_verb_whose_subject_stands_before_the_label_goes(before, label, name):
    assert label[clause_start(label, before) :] == name


@pytest.mark.parametrize(
    ("before", "label", "name"),
    [
        # the segmenter glues the body's head to the verb (經濟|部委|任, 海洋|發展|部委|任):
        # the verb is read from the characters (session 31)
        ("前項業務，經濟部委任", "所屬產業發展署", "產業發展署"),
        ("关于标准检验事项，经济部委任", "所属标准检验局", "标准检验局"),
        ("漁業資源之調查，海洋發展部委任", "所屬海洋資源署", "海洋資源署"),
    ],
)
def test_a_verb_glued_to_its_subject_s_head_still_goes(before, label, name):
    assert label[clause_start(label, before) :] == name


@pytest.mark.parametrize(
    ("before", "label"),
    [
        ("", "國家開發銀行"),  # 開發: a word of the laws' names, no verb of the table
        ("", "招商局集團有限公司"),
        ("", "審計署"),
        ("", "市場監督管理局"),
        ("", "經濟技術開發區管理委員會"),
        ("本縣政府設", "管理委員會"),  # a bare head after a verb is left to other rules
        ("", "教育部課程審議委員會"),
        ("", "主管機關設立災害防救基金"),  # a fund: its purpose verb is the fund readings'
        ("", "市政府委任所屬防汛工作小組"),  # a group is named by its task
        ("第七條　", "委任礦務局"),  # a heading's first word opens the sentence
        ("本辦法之規定，", "委任礦務局"),  # no subject before it in the sentence
    ],
)
def test_names_begun_with_a_verb_like_word_stay_whole(before, label):
    assert clause_start(label, before) == 0


def test_the_table_holds_verbs_and_no_field_words():
    verbs = body_verbs()
    assert {"委任", "委托", "会商"} <= verbs
    assert not verbs & {"开发", "招商", "审计", "管理", "审议", "监督", "交通", "产业"}


def _names(text: str, *, step: bool = True) -> set[str]:
    simplified = to_simplified(text)
    saved = name_checks.clause_start
    if not step:
        name_checks.clause_start = lambda label, before="": 0
    try:
        return {simplified[c.start : c.end] for c in entities.recognise(simplified, 0, len(text))}
    finally:
        name_checks.clause_start = saved


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中央主管機關委託所屬港務署辦理船舶檢查。", "港务署"),
        ("主管機關委任所屬礦務局辦理礦業登記。", "矿务局"),
        ("前項業務由經濟部委任所屬產業發展署辦理。", "产业发展署"),  # 經濟|部委|任
    ],
)
def test_recognise_reads_the_clause(text, name):
    found = _names(text)
    assert name in found
    assert not any(n.endswith(name) and n != name for n in found)
    assert _names(text, step=False) != found  # the step is what reads it


# A word of reference, 所 and a verb of saying or setting (所定, 所稱, 所列), inside a label
# (ingest/extract/clause_reading.py, `after_a_reference`; issue 19, session 32).
#
# Every label and sentence is written for the test: other texts, bodies and kinds than the
# scale sample's case (a bureau's list of firms) and the gold files'. The name begins after
# the word whatever stands before it — a text (本條例, 第三款, 某某法) or a body; a bare head
# left after it is dropped by the caller. 所屬 and 所在 make a body's own unit or a place's
# body and stay, and so does a 所 that closes a word of its own (派出所, 事務所).


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("水利署所定河川巡守協會", "河川巡守協會"),  # a body before the word
        ("森林法所定林業保育基金", "林業保育基金"),  # a law's title, a fund: read for funds too
        ("漁業法中所定漁業救助基金", "漁業救助基金"),  # 中|所定: the segmenter's 中所定
        ("第三款所列临川水务集团有限公司", "临川水务集团有限公司"),
        ("前項所稱海港市交通建設基金", "海港市交通建設基金"),
        ("本细则所指江北农业担保公司", "江北农业担保公司"),
        ("所定山城地方文化基金", "山城地方文化基金"),  # the word first (a verb-first label)
        ("本办法所称的湖滨创业扶持基金", "湖滨创业扶持基金"),  # 所称的: the 的 goes too
    ],
)
def test_the_name_begins_after_a_word_of_reference(label, name):
    assert label[clause_start(label) :] == name


@pytest.mark.parametrize(
    "label",
    [
        "經濟部所屬海港加工區管理處",  # a ministry's own unit: 所屬 is a word of names
        "土地所在地鄉鎮公所",  # a place's body
        "甲市派出所定點醫院",  # 派出所 closes a word: no reference
        "山城測量事務所列名委員會",  # 事務所 closes a word
        "海港市政府漁業處",
    ],
)
def test_words_of_names_and_closed_words_stay(label):
    assert clause_start(label) == 0


def test_the_table_holds_words_of_reference_and_no_word_of_names():
    words = reference_words()
    assert {"所定", "所称", "所列"} <= words
    assert not words & {"所属", "所在", "所得", "所有"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("所需經費由漁業法中所定漁業救助基金支應。", "渔业救助基金"),  # a fund's head reader
        ("申請人應委託本部港務署所定船舶檢驗公司辦理檢驗。", None),  # a class of firms: gone
    ],
)
def test_recognise_reads_the_name_after_the_word(text, name):
    found = _names(text)
    assert not any(word in n for n in found for word in reference_words())
    assert name is None or name in found
    without = _names(text, step=False)  # the step is what reads it
    assert any(word in n for n in without for word in reference_words())


# A verb the laws write acting on a zone (ingest/extract/clause_reading.py, `verb_on_a_zone`;
# issue 19, session 34): the laws write the verb apart from the zone's head with 之 or 的
# between (the zone developed, set up), so a label that ends with the verb and the bare head
# is a clause, whatever stands before the verb. Labels and sentences of my own wording: other
# bodies, qualifiers and places than the scale sample's.


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("甲市漁會開發工業區", "工業區"),  # a body, its verb, the bare head (dropped by the caller)
        ("合作社投資開發工業區", "工業區"),  # two verbs: the last one acts on the zone
        ("開發大型工業區", "工業區"),  # a kind of zone: no proper element after the verb
        ("农场设立园区", "园区"),
        ("開發屏東縣臨港工業區", "屏東縣臨港工業區"),  # a place after the verb: the name
    ],
)
def test_a_verb_acting_on_a_zone_goes(label, name):
    assert label[clause_start(label) :] == name


@pytest.mark.parametrize(
    "label",
    [
        "海洋產業開發試驗區",  # no 開發之試驗區 in the laws: a field word of the name
        "乙市海洋科技園區",
        "丙縣綠能產業示範區",
        "丁市濱江開發區",
        "甲縣農業投資公司",  # a body's head, not a zone's
        "甲縣開發基金",
    ],
)
def test_a_zone_named_with_a_field_word_stays(label):
    assert clause_start(label) == 0


def test_the_evidence_reads_the_verb_apart_from_the_head():
    assert _acts_on("开发", "工业区")  # 开发之工业区 beside 开发工业区
    assert not _acts_on("开发", "试验区")
    assert not _acts_on("工业", "园区")  # no verb by the laws' tag


@pytest.mark.parametrize(
    "text",
    [
        "乙縣政府得依法開發小型工業區。",
        "投資開發科技工業區之民營事業應申報。",
        "主管機關委託民間企業開發工業區期間，應查核帳目。",
    ],
)
def test_recognise_keeps_no_verb_before_a_zone(text):
    found = _names(text)
    assert not any("工业区" in n for n in found)
    assert any("开发" in n for n in _names(text, step=False))  # the step is what reads it
