"""A body a party forms for each case is a kind of body (per_case_bodies.py; issue 19,
session 32). Every sentence is invented, of other wording than the documents that showed the
problem: the parties (出租人, 代理人, a road project), the committees and the verbs vary."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.body_classes import treated_as_a_kind
from policykg.ingest.extract.per_case_bodies import (
    formed_for_a_case,
    formed_for_each_case,
    party_of_a_case,
)

from tests.recognised import names_of_kind

_PANEL = "评审专家委员会"


def _bodies(text: str) -> list[str]:
    return names_of_kind(text, "Organization")


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("第八条 出租人应当依法", True),  # a party word, one word of the segmenter
        ("评审由采购人依法", True),  # 采购|人 as the segmenter cuts it
        ("第三条 道路改造工程项目依法", True),  # the case itself
        ("市人民政府应当", False),  # a body of government
        ("为保障申请人的合法权益，市人民政府", False),  # the nearest actor is the government
        ("个人不得擅自", False),  # any person, no party of a case
        ("经国务院批准", False),
    ],
)
def test_the_party_before_the_verb(sentence: str, party: bool) -> None:
    assert party_of_a_case(sentence) is party


def test_what_a_party_forms_and_its_former_one() -> None:
    text = "承包人应当在开工前组建验收工作组、技术审查小组等临时组织。"
    formed = formed_for_each_case(text)
    assert {"验收工作组", "技术审查小组"} <= formed
    assert formed_for_a_case(text, "技术审查小组")
    assert formed_for_a_case(text, "原验收工作组")  # the case's former group
    assert not formed_for_a_case("区人民政府组建技术审查小组。", "技术审查小组")
    # a list longer than one item's reach, each item read
    text = "每个改造项目应当成立居民协商委员会、技术审查小组、造价审核小组、现场监督小组等组织。"
    assert {"居民协商委员会", "现场监督小组"} <= formed_for_each_case(text)


@pytest.mark.parametrize(
    "text",
    [
        f"代理人应当组建{_PANEL}。{_PANEL}应当出具书面意见。",
        f"第十二条 评审由采购人依法组建的{_PANEL}负责。{_PANEL}应当出具书面意见。",
        f"第三条 道路改造工程项目依法成立{_PANEL}、现场踏勘小组等工作组织的，{_PANEL}成员从专家库中抽取。",
        f"第九条 出租人应当组建{_PANEL}。评审结论违法的，责令出租人组织原{_PANEL}重新评审。",
    ],
)
def test_a_committee_a_party_forms_is_a_kind(text: str) -> None:
    assert _bodies(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"市人民政府应当组建{_PANEL}。{_PANEL}应当出具意见。",
        f"为保障申请人的合法权益，市人民政府成立{_PANEL}。{_PANEL}应当出具意见。",
        # 组成 names the members, not who forms the committee
        f"市人民政府设立{_PANEL}，{_PANEL}由采购人代表和有关专家组成。",
        f"个人不得擅自成立{_PANEL}。{_PANEL}应当出具意见。",
        # a party in a clause of purpose or condition before the verb's own clause
        f"为保护投资人的合法权益，本市成立{_PANEL}。{_PANEL}应当出具意见。",
        f"经全体发起人同意，成立{_PANEL}。{_PANEL}应当出具意见。",
        # a standing committee with a proper owner
        "省人民政府成立省安全生产委员会，省安全生产委员会负责全省的安全生产工作。",
        "国家成立国家标准化管理委员会，国家标准化管理委员会统一管理全国标准化工作。",
    ],
)
def test_a_committee_a_body_forms_stays(text: str) -> None:
    assert _bodies(text)


def test_a_proper_element_is_read_first() -> None:
    # a place in the name: one body, whoever forms it
    text = "承租人应当组建南京市评审专家委员会。"
    assert formed_for_a_case(text, "南京市评审专家委员会")
    assert not treated_as_a_kind(text, "南京市评审专家委员会")
