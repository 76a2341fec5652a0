"""Links between documents stated by the text (issue #20): repeals, amends, based on,
supersedes, extends, continues in force, in both scripts, each from its clause."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.citations import find_citations
from policykg.ingest.extract.relations import find_relations


def relations(text, openings=()):
    works, _ = find_citations(text, 0, len(text), "")
    found = find_relations(text, 0, len(text), works, openings)
    return sorted((r.kind, r.work.title) for r in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # repeals
        ("第三十條 本辦法自2021年1月1日起施行，《深圳市科技計劃項目管理辦法》同時廢止。", [("repeals", "深圳市科技計劃項目管理辦法")]),
        ("第五十条 本条例自公布之日起施行。2010年公布的《广州市科技创新促进条例》同时废止。", [("repeals", "广州市科技创新促进条例")]),
        ("自本安排生效之日起，《內地與澳門關於相互委託送達司法文書的安排》廢止。", [("repeals", "內地與澳門關於相互委託送達司法文書的安排")]),
        ("本规定施行后，废止《关于审理涉港澳经济纠纷案件若干问题的解答》。", [("repeals", "关于审理涉港澳经济纠纷案件若干问题的解答")]),
        # amends
        ("國務院決定對《某某管理條例》作如下修改：", [("amends", "某某管理條例")]),
        ("一、将《深圳经济特区科技创新条例》第十二条修改为：", [("amends", "深圳经济特区科技创新条例")]),
        # supersedes
        ("本協議取代雙方於2015年簽署的《科技合作諒解備忘錄》。", [("supersedes", "科技合作諒解備忘錄")]),
        ("原《粤港科技合作协议》由本协议取代。", [("supersedes", "粤港科技合作协议")]),
        # extends
        ("雙方同意延長《內地與香港關於加強創新科技合作的安排》的有效期。", [("extends", "內地與香港關於加強創新科技合作的安排")]),
        ("《粤澳合作框架协议》有效期延续至2030年12月31日。", [("extends", "粤澳合作框架协议")]),
        # continues in force
        ("本条例施行前制定的《珠海市科技奖励办法》继续有效。", [("continues_in_force", "珠海市科技奖励办法")]),
        ("在新辦法公布前，《科研資助計劃實施細則》繼續施行。", [("continues_in_force", "科研資助計劃實施細則")]),
        # based on: made under it
        ("第一條 為促進科技成果轉化，根據《中華人民共和國科學技術進步法》的有關規定，制定本辦法。", [("based_on", "中華人民共和國科學技術進步法")]),
        ("根据《中华人民共和国澳门特别行政区基本法》第九十三条的规定，经双方协商，现就有关事宜作出如下安排：", [("based_on", "中华人民共和国澳门特别行政区基本法")]),
    ],
)  # fmt: skip
def test_a_link_the_clause_states(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "二〇一八年國務院廢止了《某某暫行規定》。",  # a repeal reported, not made by this document
        "依据《中华人民共和国仲裁法》所作出的裁决，可以申请执行。",  # applies a law, not made under it
        "根据世界知识产权组织发布的《全球创新指数报告》，香港排名第十。",  # a source, not a basis
        "对违反《某某条例》的行为作出处理。",  # 对 without a change to the work
        "《粤港合作框架协议》提出，双方共同推进修订工作。",
    ],
)
def test_what_states_no_link(text):
    assert relations(text) == []


def test_a_document_opening_with_its_basis_is_based_on_it():
    text = "根據 2019 年雙方簽署的《深港科技合作備忘錄》，兩地政府同意共建科技園區。"
    assert relations(text, openings=(0,)) == [("based_on", "深港科技合作備忘錄")]
    assert relations("二、" + text) == []  # further on, 根據 only cites


# The closing provisions of the dev gold's two judicial arrangements (shared/gold-dev): they
# state no repeal and no amendment; the arrangement is based on the Basic Law only.
def test_the_dev_arrangements_closing_clauses_state_no_repeal():
    assert (
        relations(
            "十一、本安排在执行过程中遇有问题和修改，应当通过最高人民法院和香港特区政府协商解决。"
        )
        == []
    )
    assert (
        relations(
            "第二十一条 本安排生效前提出的认可和执行请求，不适用本安排。\n"
            "第二十二条 本安排在执行过程中遇有问题或者需要修改，应当由最高人民法院与澳门特别行政区协商解决。\n"
            "第二十四条 本安排自2006年4月1日起生效。"
        )
        == []
    )


def test_the_dev_arrangements_basis_is_the_basic_law_not_the_arbitration_law():
    text = (
        "根据《中华人民共和国香港特别行政区基本法》第九十五条的规定，经最高人民法院与香港特别行政区"
        "（以下简称香港特区）政府协商，香港特区法院同意执行内地仲裁机构依据《中华人民共和国仲裁法》"
        "所作出的裁决，内地人民法院同意执行在香港特区按香港特区《仲裁条例》所作出的裁决。"
        "现就内地与香港特区相互执行仲裁裁决的有关事宜作出如下安排："
    )
    assert relations(text) == [("based_on", "中华人民共和国香港特别行政区基本法")]


def test_every_work_of_a_repealed_list_is_repealed():
    text = "第六十条 本條例自2023年1月1日起施行，《甲市科技獎勵辦法》、《甲市專利資助辦法》和《甲市技術市場條例》同時廢止。"
    assert relations(text) == [
        ("repeals", "甲市專利資助辦法"),
        ("repeals", "甲市技術市場條例"),
        ("repeals", "甲市科技獎勵辦法"),
    ]


def test_a_power_to_amend_is_no_amendment():
    assert relations("國務院主管部門可根據情況變化對《進口設備免稅目錄》作相應修改。") == []
    assert relations("根据本决定，对《某某解释》作相应修改并重新公布。") == [("amends", "某某解释")]


def test_a_reply_is_based_on_the_request_it_answers():
    from policykg.ingest.extract.relations import replied_to

    for text, title in [
        ("廣東省人民政府：你們關於設立珠海高新技術產業開發區的請示（粵府〔2020〕12號）收悉。現批覆如下：一、同意。",
         "關於設立珠海高新技術產業開發區的請示"),
        ("科技部：你部关于支持建设国家新一代人工智能创新发展试验区的函收悉。现批复如下：",
         "关于支持建设国家新一代人工智能创新发展试验区的函"),
    ]:  # fmt: skip
        cited = []
        (relation,) = replied_to(text, 0, len(text), cited)
        assert (relation.kind, relation.work.title, [w.title for w in cited]) == (
            "based_on", title, [title],
        )  # fmt: skip
    assert replied_to("關於加強管理的報告收悉，謝謝。", 0, 14, []) == []  # no reply follows
