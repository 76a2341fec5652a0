"""What every unit of some sort has is a kind of body (scripts/owned_classes.py, the rows it
gives resources/body_classes.tsv and the government bodies it leaves out of the gazetteer;
issue 19, session 31). Every sentence is invented, of other wording than the documents that
showed the problem."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.body_classes import corpus_classes, treated_as_a_kind
from policykg.ingest.extract.gazetteers import load_gazetteer

from tests.builders import load_builder
from tests.recognised import names_of_kind

owned_classes = load_builder("owned_classes")
build_body_classes = load_builder("build_body_classes")


def _bodies(text: str) -> list[str]:
    return names_of_kind(text, "Organization")


def test_owned_often_and_in_a_share_is_a_class() -> None:
    assert owned_classes.owned_class(8, 61)  # 其|… 8 times of 61
    assert not owned_classes.owned_class(9, 523)  # a named bank after 当地 now and then
    assert not owned_classes.owned_class(3, 20)  # too seldom to count


@pytest.mark.parametrize(
    ("words", "first", "owned"),
    [
        ([("通知", "v"), ("其", "r"), ("托管银行", "n")], 2, True),
        ([("由", "p"), ("当地", "s"), ("社区", "n"), ("服务站", "n")], 2, True),
        ([("本", "r"), ("楼宇", "n"), ("的", "uj"), ("管理委员会", "n")], 3, True),
        # a word of one character is no unit, 其他 opens a list's last item, 原 a former body
        ([("其他", "r"), ("经", "n"), ("外交部", "nt")], 2, False),
        ([("或者", "c"), ("其他", "r"), ("商务部", "nt")], 2, False),
        ([("原", "b"), ("铁道部", "nt")], 1, False),
        ([("报", "v"), ("财政部", "nt")], 1, False),
    ],
)
def test_what_stands_before_an_owned_phrase(words, first, owned) -> None:
    assert build_body_classes._owned(words, first) is owned


def test_person_groups_are_the_words_written_after_all_of() -> None:
    texts = ["章程的修改须经全体会员同意。"] * 5 + ["全体乘客应当系好安全带。"] * 2
    # all of a committee, a plenary: no group of persons
    texts += ["全体审计委员会委员出席。"] * 5 + ["全体会议每年召开一次。"] * 5
    groups = owned_classes.person_groups(texts)
    assert "会员" in groups
    assert "乘客" not in groups  # twice only
    assert not {"审计", "审计委员会", "会议"} & groups


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("会员代表大会", True),
        ("会员大会", True),
        ("会员委员会", True),
        ("某省会员代表大会", False),  # a place before the group: one body
        ("技术委员会", False),  # no group of persons
        ("会员", False),
    ],
)
def test_an_assembly_of_a_group_of_persons(name: str, kind: bool) -> None:
    assert owned_classes.group_assembly(name, frozenset({"会员"})) is kind


# the resources as rebuilt with the owned and group evidence
def test_the_rebuilt_lists() -> None:
    classes = corpus_classes()
    for kind in ("开户银行", "业主委员会", "居民委员会"):
        assert kind in classes
    for body in ("国务院", "外交部", "中国人民银行", "最高人民法院", "行政院", "教育部"):
        assert body not in classes
    listed = {entry.name_hans for entry in load_gazetteer("government_bodies")}
    for kind in ("业主委员会", "债权人委员会"):
        assert kind not in listed
    for body in ("经济部国际贸易局", "国家经济贸易委员会"):
        assert body in listed


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("税务机关可以书面通知欠税人的开户银行暂停支付相当于税款的存款。", "开户银行"),
        (
            "住宅区的业主可以依法选举业主委员会，由业主委员会代表业主与服务企业签订合同。",
            "业主委员会",
        ),
        ("老旧小区改造方案应当征求居民委员会和住户的意见。", "居民委员会"),
    ],
)
def test_what_every_unit_has_is_no_organisation(text: str, kind: str) -> None:
    assert treated_as_a_kind(text, kind)
    assert kind not in _bodies(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("本细则报国务院批准后由外交部负责解释。", "外交部"),
        ("有关统计资料由中国人民银行按季汇总发布。", "中国人民银行"),
        ("案件的审理期限依照最高人民法院的规定执行。", "最高人民法院"),
    ],
)
def test_one_named_body_stays(text: str, body: str) -> None:
    assert not treated_as_a_kind(text, body)
    assert body in _bodies(text)
