"""A fund is not named across a verb whose object it is (issue 19, session 27).
Sentences of our own wording, other bodies, means and funds than the texts that showed the
need (both scripts)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.fund_name_start import sets_up_the_head
from policykg.ingest.extract.phrases import Token

from tests.recognised import funds


@pytest.mark.parametrize(
    "text",
    [
        # a verb that sets the fund up right before the head: its means, manner or subject
        # before it are the clause's
        "此外，申请人以银行保函设立基金的，应当提交保函原件。",
        "此外，船东以担保方式设立基金，由法院审查。",
        "此外，该协会以会员捐赠名义成立基金，用于救济。",
        "此外，學會得以會員捐款設置基金，辦理獎助。",
        "此外，本會以自有財產設立基金者，應報請備查。",
        # a verb that raises the fund's money (筹, 募 first): its means before it
        "此外，各鄉鎮得結合地方資源籌設基金，以推行文化活動。",
        "此外，董事會應以捐贈財產籌足基金，存入專戶。",
        # such a verb inside the phrase, a noun between it and the head: still the clause's
        "此外，申請人應按院系數目籌足設校基金。",
        "此外，未经批准擅自发行基金份额募集基金的，依法处罚。",
        "此外，该公司以私募方式募集基金，应当备案。",
        # a body, then the verb and a head that is a class alone
        "此外，县人民政府设立专项资金，扶持特色农业。",
        "此外，區公所設立專項基金，辦理急難救助。",
    ],
)
def test_a_fund_set_up_is_no_name_across_the_verb(text):
    assert funds(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the verb's object is the whole name: the fund stays
        ("此外，市政府设立海洋产业投资引导基金，", "海洋产业投资引导基金"),
        ("此外，縣政府設置農業天然災害救助基金，", "農業天然災害救助基金"),
        # a purpose verb right before the head is the name's (its object before it)
        ("此外，由退役军人关爱基金给予资助。", "退役军人关爱基金"),
        ("此外，由中小企業信用保證基金提供保證。", "中小企業信用保證基金"),
        # 统筹 pools money: its first character is no morpheme of raising
        ("此外，由基本养老保险统筹基金支付。", "基本养老保险统筹基金"),
    ],
)
def test_a_fund_named_after_the_verb_stays(text, name):
    assert name in funds(text)


def test_only_a_verb_that_sets_up_is_read_so():
    assert sets_up_the_head(Token("设立", "v", 0))
    assert sets_up_the_head(Token("成立", "v", 0))
    assert not sets_up_the_head(Token("引导", "v", 0))  # a purpose: 创业投资|引导|基金
    assert not sets_up_the_head(Token("设立", "n", 0))  # not used as a verb here
    assert sets_up_the_head(Token("筹设", "v", 0))
    assert sets_up_the_head(Token("募集", "v", 0))
    assert not sets_up_the_head(Token("统筹", "v", 0))
    assert not sets_up_the_head(Token("筹", "v", 0))  # one character: no compound verb


@pytest.mark.parametrize(
    "text",
    [
        # a role no class list holds, then a verb of the clause, then a bare head
        "此外，由中央主管機關訂定基金之收支辦法。",
        "此外，由主管机关拟订基金的管理办法。",
        "此外，稅務機關運用基金辦理退稅。",
        "此外，地方主管機關審核基金之年度預算。",
    ],
)
def test_a_role_s_verb_governs_a_bare_head(text):
    assert funds(text) == []
