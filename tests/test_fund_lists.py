"""Taiwan's funds from its own list (issue 19, session 19): a fund of the list that
Taiwan's law titles make (…基金收支保管及運用辦法: fund_names.tsv, rows title_tw) is named
with the list's boundaries, and a fund written as the list writes its funds is found
whole. Sentences written for these tests and taken from other records of the scale
corpus (mojLawSplitJSON)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.fund_lists import listed_funds, listed_heads

from tests.recognised import funds


def test_the_list_is_taiwan_s_titles():
    assert {"离岛建设基金", "推广贸易基金", "交通作业基金"} <= listed_funds()
    assert {"作业", "发展", "保证"} <= listed_heads()  # the words before 基金 in its names


@pytest.mark.parametrize(
    ("text", "fund"),
    [
        # written for these tests
        ("本計畫所需經費，由推廣貿易基金支應。", "推廣貿易基金"),
        ("廠商已依其他法律繳交空污費或水污染防治基金者，不再收取。", "水污染防治基金"),
        ("本基金編製附屬單位預算，隸屬於農業特別收入基金項下。", "農業特別收入基金"),
        ("本基金為預算法所定之特種基金，隸屬於交通作業基金項下。", "交通作業基金"),
    ],
)
def test_a_listed_fund_is_named_with_the_list_s_boundaries(text, fund):
    assert fund in funds(text)


@pytest.mark.parametrize(
    ("text", "fund"),
    [
        (
            "五、撥充於臺東縣青年創業貸款保證基金之支出。",
            "臺東縣青年創業貸款保證基金",
        ),
        ("其賸餘應解繳至花蓮縣觀光產業振興發展基金。", "花蓮縣觀光產業振興發展基金"),
    ],
)
def test_a_fund_written_as_the_list_writes_them_is_found_whole(text, fund):
    assert fund in funds(text)


@pytest.mark.parametrize(
    ("text", "fragment", "fund"),
    [
        # a listed name (住宅基金) inside a longer listed one
        ("依規定提撥中央國民住宅基金辦理。", "住宅基金", "中央國民住宅基金"),
        # a class (各該特種基金) beside a listed fund
        ("前項撥款，由離島建設基金對各該特種基金為之。", "各該特種基金", "離島建設基金"),
    ],
)
def test_no_fragment_and_no_class(text, fragment, fund):
    found = funds(text)
    assert fragment not in found and not [n for n in found if n.endswith("特種基金")]
    assert found == [fund]


def test_a_title_about_a_class_of_funds_lists_none():
    """Only the titles of a fund's own rule (…基金設置條例, …基金收支保管及運用辦法, …基金
    管理委員會組織規程) list it: 境外基金管理辦法 and 共同信託基金管理辦法 govern classes of
    funds, which the list must not name as if each were one."""
    assert not {"境外基金", "共同信托基金", "证券投资信托基金"} & listed_funds()
    assert "離島建設基金" in funds("本基金得將賸餘資金存放於離島建設基金。")
    assert "境外基金" not in funds("本基金之閒置資金得投資於境外基金及國內債券。")
    assert "共同信託基金" not in funds("本基金得將賸餘資金存放於共同信託基金。")


def test_one_loader_reads_the_laws_fund_names():
    """fund_names.tsv is read once (fund_words.fund_name_rows), for the list and the words."""
    from policykg.ingest.extract.fund_words import TAIWAN_TITLE, fund_name_rows, fund_names

    rows = fund_name_rows()
    assert all(row.count >= 1 and row.source for row in rows)
    assert listed_funds() == {row.name for row in rows if row.source == TAIWAN_TITLE}
    assert listed_funds() < fund_names()


@pytest.mark.parametrize(
    ("text", "fund"),
    [
        # a noun by its tag (主管, 所管) before a word several listed names begin with
        ("所需款項由國防部主管國軍生產作業基金撥付。", "國軍生產作業基金"),
        ("前項貸款，得向國防部主管國軍官兵購置住宅貸款基金申請。", "國軍官兵購置住宅貸款基金"),
        # a conjunction the segmenter glued to the name's first character (或學產, 及榮)
        ("本項收入得撥入甲基金或學產基金。", "學產基金"),
        ("支應乙基金及榮民醫院醫療作業基金之費用。", "榮民醫院醫療作業基金"),
        ("其餘額與榮民醫院醫療作業基金互相調度。", "榮民醫院醫療作業基金"),
    ],
)
def test_a_listed_fund_keeps_its_first_word_after_a_noun_or_a_glued_conjunction(text, fund):
    found = funds(text)
    assert fund in found
    assert not [f for f in found if f != fund and fund.endswith(f)]  # not cut short
