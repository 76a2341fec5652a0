"""A committee's work word and its field stay in its name; a clause's verb with its own
subject before it stays out (body_work.py). Sentences of our own wording."""

from __future__ import annotations

from unittest import mock

import pytest
from policykg.ingest.extract import body_work
from policykg.ingest.extract.body_work import field_start
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified

from tests.recognised import names_of_kind


def organisations(text: str) -> list[str]:
    return names_of_kind(text, "Organization")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("当事人对裁定有异议的，可以提请园林品种复审委员会处理。", "园林品种复审委员会"),
        ("前項案件由藥物傷害防制委員會處理。", "藥物傷害防制委員會"),
        ("本院設醫學倫理審議委員會。", "醫學倫理審議委員會"),
        ("该公司董事会下设薪酬审计委员会。", "薪酬审计委员会"),
        ("丙市成立优秀作品评选委员会。", "优秀作品评选委员会"),
        ("該部設置海洋資源調處委員會。", "海洋資源調處委員會"),
        ("申請人得向商標爭議覆審委員會聲明不服。", "商標爭議覆審委員會"),
    ],
)
def test_a_work_word_and_its_field_stay_in_the_name(sentence: str, name: str) -> None:
    assert name in organisations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "请委员审议委员会的决定。",  # members review the committee's decision
        "由律師複審委員會之決定。",  # lawyers review the committee's decision
        "由学者审议委员会拟定的方案。",  # scholars review the plan the committee drew up
        "市人民政府审议委员会报送的意见。",  # a body reviews what the committee sent
    ],
)
def test_a_verb_after_its_own_subject_stays_out(sentence: str) -> None:
    names = organisations(sentence)
    assert not any(name.endswith("委员会") or name.endswith("委員會") for name in names), names


def test_no_field_before_the_verb_names_no_body() -> None:
    """设立|审议|委员会: a verb right after another verb has no field; nothing is named."""
    assert organisations("设立审议委员会。") == []


def _start(sentence: str, head: str) -> int | None:
    text = to_simplified(sentence)
    tokens = tokenise(text, 0, len(text))
    index = next(i for i, t in enumerate(tokens) if t.word == head)
    return field_start(tokens, index, index)


def test_the_field_reaches_over_the_work_word() -> None:
    text = "向商标复审委员会申请复审。"
    tokens = tokenise(text, 0, len(text))
    first = _start(text, "委员会")
    assert first is not None and tokens[first].word == "商标"


def test_only_a_collegial_head_takes_a_work_word() -> None:
    """控制|公司 is a unit of the laws too (verb and object); a company is not named for
    a task, so the verb before it is the clause's, whatever the unit table says."""
    sentence = "外国资本控制公司。"
    assert _start(sentence, "公司") is None
    with mock.patch.object(body_work, "COLLEGIAL_ENDINGS", ("会", "组", "司")):
        assert _start(sentence, "公司") is not None


def test_an_agent_before_the_verb_is_its_subject() -> None:
    """The guard itself: without it, 委员|审议|委员会 reads as one committee."""
    assert _start("请委员审议委员会的决定。", "委员会") is None
    with mock.patch.object(body_work, "_agent", lambda token: False):
        assert _start("请委员审议委员会的决定。", "委员会") is not None
