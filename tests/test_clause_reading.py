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
from policykg.ingest.extract.clause_reading import body_verbs, clause_start
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
