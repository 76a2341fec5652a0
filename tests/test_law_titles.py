"""Laws cited by their bare title (issue 19): titles of the shipped list (built from the
Ministry of Justice index and the Mainland collection), where what follows is what follows
a cited law. Sentences invented here, in both scripts."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.citations import find_citations
from policykg.ingest.extract.law_titles import cited_law_titles, law_titles


def test_the_list_holds_titles_of_both_collections_without_the_state_prefix():
    titles = law_titles()
    assert {"所得税法", "国有财产法", "网络安全法"} <= titles
    assert "宪法" not in titles  # too short to be matched in running text


def _titles(text: str) -> list[str]:
    return [name for _, _, name in cited_law_titles(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("其盈餘分配，依所得稅法第四條辦理。", ["所得稅法"]),
        ("資料之蒐集，準用個人資料保護法及洗錢防制法之規定。", ["個人資料保護法", "洗錢防制法"]),
        ("平台运营者应当遵守网络安全法，", ["网络安全法"]),
        ("其處分依國有財產法施行細則辦理。", ["國有財產法施行細則"]),  # the longest title
        ("其職掌依司法院法規研究委員會組織規程辦理。", ["司法院法規研究委員會組織規程"]),  # 規程
    ],
)
def test_a_listed_title_followed_as_a_law_is_cited(text, expected):
    assert _titles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "有限责任公司法定代表人应当到场。",  # 公司法 runs on into 法定
        "本法自公布之日起施行。",  # 本法 is no title
        "依照刑法规定处罚。",  # two characters: too short to say
    ],
)
def test_what_is_no_cited_title_is_not_read(text):
    assert _titles(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "依國有財產法學界之通說，",  # 法學: the title's 法 begins a word of the dictionary
        "依企業併購法庭之裁定，",  # 法庭
        "依地方制度法人資格之規定，",  # 法人
    ],
)
def test_a_title_whose_fa_begins_a_word_after_yi_is_not_read(text):
    assert _titles(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # from the scale corpus's Taiwan statutes: 法 then a word that begins with 規, 制
        ("應依下水道法規劃設置排水設施。", ["下水道法"]),
        ("各機關依地方制度法制定自治條例。", ["地方制度法"]),
        ("或依企業併購法規\r\n定辦理。", ["企業併購法"]),  # 規定 broken by a line end
    ],
)
def test_a_title_after_yi_followed_by_a_word_of_its_own_is_cited(text, expected):
    assert _titles(text) == expected


def test_a_bare_title_becomes_a_cited_work_and_one_in_brackets_is_not_doubled():
    text = "依《所得稅法》規定申報，並適用所得稅法第十四條。"
    works, _ = find_citations(text, 0, len(text), "")
    assert [(w.title, len(w.mentions)) for w in works] == [("所得稅法", 2)]


def test_every_ending_of_the_list_is_looked_for():
    from policykg.ingest.extract.law_titles import _last_characters

    assert _last_characters() == {title[-1] for title in law_titles()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # three-character titles of the index, in lists and after verbs of applying
        ("違反公司法、商標法或專利法之規定者，處罰鍰。", ["公司法", "商標法", "專利法"]),
        ("依照土地法第十条办理登记。", ["土地法"]),
        ("依關稅法規定免徵。", ["關稅法"]),
    ],
)
def test_a_three_character_title_of_the_index_is_cited(text, expected):
    assert _titles(text) == expected


@pytest.mark.parametrize(
    "text",
    [  # the title's first character belongs to the word before it
        "應依有關稅法之規定辦理。",
        "按照有关税法规定缴纳。",
    ],
)
def test_a_short_title_glued_to_the_word_before_it_is_not_cited(text):
    assert _titles(text) == []


@pytest.mark.parametrize(
    "text",
    [  # a field of law before 法律/法规 names a class of laws, whatever verb cites it
        "施工单位应当遵守安全生产法律、法规，",
        "经营者违反食品安全法律法规的，依法处理。",
        "出版单位应当依照著作权法律、行政法规的规定办理。",
    ],
)
def test_a_title_glued_to_falu_or_fagui_after_a_verb_is_a_class_of_laws(text):
    assert _titles(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("经营者违反食品安全法规定的，依法处理。", ["食品安全法"]),  # 法|规定: its rule
        ("施工单位应当遵守安全生产法，", ["安全生产法"]),
    ],
)
def test_a_title_after_a_verb_followed_by_its_rule_is_still_cited(text, expected):
    assert _titles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "第五条 已按照《某市河道条例》完成整治的地块，地块内符合该条例规定条件的工程可以简化审批。",
        "第六條 依前條所定之辦法辦理者，其費用依上述辦法規定計算。",
        "第七条 已按照《某省节水条例》备案的项目，仍适用此条例第八条的规定。",
    ],
)
def test_a_pointer_at_a_named_law_is_no_title(text):
    from policykg.ingest.extract.law_patterns import laws_cited

    found, _ = laws_cited(text, 0, len(text))
    assert not [name for _, _, name in found if name.endswith(("条例", "辦法"))]
