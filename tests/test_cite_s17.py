"""Session 17 of cited documents (issue 19): the annex grammar read once, the verbs a law
takes listed once, titles given as a former or new name. Every sentence is written for the
test, in wordings other than the gold documents'."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policykg.ingest.extract.citations import find_citations
from policykg.ingest.extract.law_titles import (
    APPLYING_VERBS,
    BASED_ON_VERBS,
    applies_a_law,
    either_script,
)
from policykg.ingest.extract.unmarked_titles import annex_titles, renamed_titles
from policykg.ingest.numbering import parse_annex_marker, read_annex_line

from tests.scaling import growth


def _titles(found):
    return [title for _, _, title in found]


def _cited(text: str) -> set[str]:
    works, _ = find_citations(text, 0, len(text), "")
    return {work.title for work in works}


# --- one grammar of annex lines ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "word", "number", "colon", "rest"),
    [
        ("附件 3：甲市河道整治方案", "附件", "3", True, "甲市河道整治方案"),
        ("附表二：经费预算表", "附表", "二", True, "经费预算表"),
        ("附：乙县补助名单", "附", "", True, "乙县补助名单"),
        ("附錄", "附錄", "", False, ""),
        ("　附件", "附件", "", False, ""),
    ],
)
def test_an_annex_line_is_read_into_its_parts(line, word, number, colon, rest):
    read = read_annex_line(line)
    assert (read.word, read.number, read.colon, read.rest) == (word, number, colon, rest)
    assert line[read.rest_start :].rstrip() == rest


def test_a_line_not_opening_with_the_annex_word_is_no_annex_line():
    assert read_annex_line("根据附件所列名单") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("附件 一帶一路科研合作清單", ("1", "一帶一路科研合作清單")),  # the 一 is the title's
        ("附件一 甲省人才名單", ("1", "甲省人才名單")),
        ("附件一覽表", None),  # a word, no annex
        ("附錄：名詞解釋", None),  # an appendix of the text itself
        ("附：乙縣名單", None),  # the segmenter opens an annex at 附件 only
        ("附件三：經費表。", None),  # a sentence
    ],
)
def test_the_segmenter_s_policy_on_the_shared_grammar(text, expected):
    assert parse_annex_marker(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="附件表錄：: 一二1.名單甲乙，", max_size=12))
def test_an_annex_heading_s_title_is_what_follows_its_marker(line):
    parsed = parse_annex_marker(line)
    if parsed is not None:
        label, title = parsed
        assert line.strip().startswith("附件")
        assert line.rstrip().endswith(title)
        assert label.isdigit() or label == "None"


def test_annex_titles_keep_their_lines_with_the_shared_grammar():
    text = "请研究执行。\n附表 2：丙区专项经费明细表\n附录：术语说明\n附件\n丁市科技园区\n建设用地清单\n"
    assert _titles(annex_titles(text, 0, len(text))) == [
        "丙区专项经费明细表",
        "丁市科技园区建设用地清单",
    ]
    ((start, end, _),) = annex_titles(text, 0, len(text))[:1]
    assert text[start:end] == "丙区专项经费明细表"


# --- the verbs a law takes, once -------------------------------------------------------


def test_the_verbs_a_law_takes_are_one_list_in_both_scripts():
    assert set(BASED_ON_VERBS) <= set(APPLYING_VERBS)
    forms = either_script(APPLYING_VERBS)
    assert {"違反", "违反", "適用", "依據", "根據", "參照"} <= set(forms)
    assert [len(form) for form in forms] == sorted((len(form) for form in forms), reverse=True)
    assert all(applies_a_law(verb) for verb in APPLYING_VERBS)
    assert not applies_a_law("促进")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("申請人不受國有財產法第二十條之限制。", "國有財產法"),  # 不受: no 依 before it
        ("各單位應遵守政府採購法第十條規定。", "政府採購法"),
        ("甲公司參照公司法第八條辦理。", "公司法"),
        ("按照森林法第五条的规定执行。", "森林法"),
    ],
)
def test_a_law_after_any_verb_of_the_list_is_cited_without_the_verb(text, title):
    assert title in _cited(text)
    assert not any(cited.startswith(("不受", "遵守", "參照", "按照")) for cited in _cited(text))


def test_a_name_does_not_begin_with_a_verb_of_the_list():
    cited = _cited("本條例，並符合漁業法第三條之規定。")
    assert "漁業法" in cited and not any("符合" in title for title in cited)


# --- titles given as a former or new name ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "（原名稱：甲省水利委員會組織規程；新名稱：甲省水資源局組織規程）",
            ["甲省水利委員會組織規程", "甲省水資源局組織規程"],
        ),
        ("（原名称：乙市科技创新促进条例）", ["乙市科技创新促进条例"]),
        ("该细则更名为《丙县农业补贴发放细则》。", ["丙县农业补贴发放细则"]),
        # a title the page broke over a line, with the page's indent
        ("（原名稱：丁部海洋研究所組織\n    條例；新名稱：丁部海洋研究院組織條例）", None),
    ],
)
def test_a_title_given_as_a_former_or_new_name_is_read_whole(text, titles):
    found = renamed_titles(text, 0, len(text))
    if titles is None:
        assert _titles(found) == ["丁部海洋研究所組織條例", "丁部海洋研究院組織條例"]
        assert "\n" in text[found[0][0] : found[0][1]]
    else:
        assert _titles(found) == titles
        for start, end, title in found:
            assert text[start:end] == title


@pytest.mark.parametrize(
    "text",
    ["本局原名为戊市科学技术委员会，", "本公司原名稱為己山機械公司。", "原名称不详。"],
)
def test_a_body_renamed_is_no_title(text):
    assert renamed_titles(text, 0, len(text)) == []


def test_renamed_titles_linear():
    unit = "（原名稱：甲省水利委員會組織規程；新名稱：甲省水資源局組織規程）第一條 本局掌理水利。\n"

    def run(n):
        text = unit * n
        return lambda: renamed_titles(text, 0, len(text))

    assert growth(run, 500) < 8


# --- when a bare title is a citation -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("退休人員可以參照軍人撫卹條例，給予補助。", "軍人撫卹條例"),
        ("各企业依照劳动合同法、社会保险法执行。", "劳动合同法"),
        ("上述人员按照事业单位工作人员考核办法和有关规定办理。", "事业单位工作人员考核办法"),
    ],
)
def test_a_law_right_after_a_verb_it_takes_and_ending_the_clause_is_cited(text, title):
    assert title in _cited(text)


@pytest.mark.parametrize(
    "text",
    [
        "按照简易计税办法计算缴纳增值税。",  # a method, followed by what is done with it
        "依照规定研究讨论重大事项。",
        "依照公司法设立的公司，应当登记。",  # no clause end after the title: not read here
        "参照本办法，实行补助。",
        "按照有关办法，予以处理。",
    ],
)
def test_no_law_is_read_where_the_clause_does_not_end_with_one(text):
    assert not any(title.endswith(("办法", "规定")) for title in _cited(text))


@pytest.mark.parametrize(
    ("text", "title"),
    [("本案不受刑法第十二條之限制。", "刑法"), ("依照民法第八条规定处理。", "民法")],
)
def test_a_two_character_law_is_cited_with_the_article_it_cites(text, title):
    assert title in _cited(text)


@pytest.mark.parametrize(
    "text",
    [
        "依照刑法的精神处理。",
        "依照办法第三条执行。",
        "依条例第五条办理。",
        "刑法学者认为",
        # a law pointed back at (該法, 本法, 同法), after a verb only a law takes
        "申訴得準用商標法第十條規定，並準用該法第十三條之一規定辦理。",
        "违反本法第十条规定的，适用同法第五条处理。",
    ],
)
def test_a_two_character_name_without_an_article_or_a_bare_kind_word_is_not(text):
    assert not any(len(title) == 2 for title in _cited(text))


def test_a_title_received_may_list_with_a_pause_mark_inside():
    text = "你们提出的关于完善农业、林业保险补贴制度的建议收悉，现答复如下："
    assert "关于完善农业、林业保险补贴制度的建议" in _cited(text)


def test_a_title_received_does_not_reach_back_to_an_earlier_about():
    text = "关于春耕、你们提出的关于加强农机补贴的意见收悉。"
    assert _cited(text) == {"关于加强农机补贴的意见"}


@pytest.mark.parametrize(
    "text",
    [
        "请有关部门加快“城乡互助”方案的研究，尽快试点。",
        "抓紧“沿海防护林”规划的编制工作。",
        "做好“一村一品”计划的论证。",
    ],
)
def test_a_quoted_plan_still_being_worked_out_is_no_cited_work(text):
    assert _cited(text) == set()


def test_a_quoted_plan_already_made_is_still_cited():
    assert "城乡互助方案" in _cited("各地落实“城乡互助”方案的要求。")


def test_a_listed_law_given_as_the_text_s_former_title_is_not_cited():
    # 促進產業升級條例 is listed (a real statute, renamed): here it is the text's former title
    text = "（原名稱：促進產業升級條例；新名稱：某某條例）\n第一條 依所得稅法規定辦理。"
    cited = _cited(text)
    assert "促進產業升級條例" not in cited
    assert "所得稅法" in cited
    assert "促進產業升級條例" in _cited("第二條 違反促進產業升級條例者，處罰鍰。")


def test_a_two_character_rest_of_a_cut_name_is_not_a_law():
    # 幼照法 is a defined short form; the boundary evidence may cut 幼, leaving 照法
    assert not any(len(title) == 2 for title in _cited("有幼照法第二十三條各款情形。"))


@pytest.mark.parametrize("text", ["代表应当遵守议事规则。", "各单位应当参照管理办法，执行。"])
def test_a_short_kind_of_rules_after_a_verb_is_not_a_cited_law(text):
    assert _cited(text) == set()


def test_a_rename_of_a_body_is_not_a_title_and_a_kind_word_ends_one():
    from policykg.ingest.extract.law_titles import ends_a_title

    assert ends_a_title("某某组织条例") and not ends_a_title("深圳市科技局")
    text = "（原名称：关于设立某某示范区的批复）"
    assert _titles(renamed_titles(text, 0, len(text))) == ["关于设立某某示范区的批复"]


# --- the date of an amending act on a statute's header ---------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the page's closing bracket after 修正
        (
            "2019年5月6日 甲省第十三届人民代表大会常务委员会第十次会议"
            "《关于修改〈甲省河道管理条例〉等五件地方性法规的决定》修正）\n第一条 为了…",
            (2019, 5, 6),
        ),
        # two header lines the cleaner joined: …通过根据<date>…《…》修正
        (
            "2001年3月2日 乙市人民代表大会常务委员会第五次会议通过根据2016年7月8日"
            "乙市人民代表大会常务委员会第九次会议《关于修改〈乙市港口条例〉的决定》修正\n第一条",
            (2016, 7, 8),
        ),
    ],
)
def test_an_amending_act_on_a_header_line_is_dated_that_day(text, day):
    ((work,),) = [find_citations(text, 0, len(text), "")[0]]
    assert (work.date.year, work.date.month, work.date.day) == day
    assert work.date_role == "adopted"


def test_a_date_in_the_running_text_is_not_an_amending_act_s():
    text = "2016年7月8日，丙市人民代表大会常务委员会通过了《关于修改〈丙市港口条例〉的决定》，并公布施行。"
    (work,) = find_citations(text, 0, len(text), "")[0]
    assert (work.date.year, work.date_role) == (2016, "adopted")


# A request or report submitted to the body that answers it: the day it was sent up is its
# date (pkg:dateSubmitted), and the body that sent it is its author, not a party.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2011年5月9日，丁省人民政府报送了《关于设立丁省港口物流园区的请示》，国务院进行了研究。", (2011, 5, 9)),
        ("戊市交通局于2009年10月2日呈报《关于调整戊市公交票价的报告》。", (2009, 10, 2)),
        ("2020年6月1日，己縣政府上報《關於修建己縣水庫的請示》。", (2020, 6, 1)),
    ],
)  # fmt: skip
def test_a_submitted_request_is_dated_the_day_it_was_sent_up(text, day):
    (work,) = find_citations(text, 0, len(text), "")[0]
    assert (work.date.year, work.date.month, work.date.day) == day
    assert work.date_role == "submitted"
    assert work.parties == []


def test_a_request_the_text_only_mentions_has_no_date_and_no_party():
    text = "丁省人民政府报送的《关于设立丁省港口物流园区的请示》收悉。"
    (work,) = find_citations(text, 0, len(text), "")[0]
    assert (work.date, work.parties) == (None, [])


@pytest.mark.parametrize(
    ("text", "role", "day"),
    [
        # a relative clause says who sent it up; the clause's verb is the other one
        ("2012年4月5日，国务院批准了甲省报送的《关于设立甲省港口物流园区的请示》。", "adopted", (2012, 4, 5)),
        ("2019年3月1日，国务院印发了各地上报的《甲省国土空间规划》。", "published", (2019, 3, 1)),
        # a verb of the clause that dates nothing of the title's: no date at all
        ("2019年3月1日，国务院批复同意甲省上报的《关于设立甲省物流园区的请示》。", None, None),
    ],
)  # fmt: skip
def test_a_relative_clause_of_submission_leaves_the_clause_its_own_verb(text, role, day):
    (work,) = find_citations(text, 0, len(text), "")[0]
    assert work.date_role == role
    assert (work.date and (work.date.year, work.date.month, work.date.day)) == day


@pytest.mark.parametrize(
    "text",
    [
        "请各省于2020年12月31日前报送《年度科技创新工作总结》。",
        "各部门应于2021年6月30日之前发布《数据开放目录》。",
    ],
)
def test_a_deadline_is_not_the_day_a_document_was_sent_or_published(text):
    (work,) = find_citations(text, 0, len(text), "")[0]
    assert work.date is None
