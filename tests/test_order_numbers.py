"""An order's number is never a body (issue 19, session 19): the body a statute's history
names before 字第 ends before the order's year in brackets and before the body's own word
for its orders. Numbers written for these tests, of other bodies and forms."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.order_numbers import body_before_number, holds_an_order_number
from policykg.ingest.extract.orgnames import is_organisation
from policykg.ingest.extract.parties import issuers


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("內政部（85）台內地字", "內政部"),  # the year in brackets, then 台 and the ministry's word
        ("教育部台（八五）參字", "教育部"),  # 台 before a year in Chinese numerals
        ("交通部民用航空局（93）航字", "交通部民用航空局"),
        ("衛生福利部衛授食字", "衛生福利部"),  # the ministry's first character opens its word
        ("臺北市政府府授法字", "臺北市政府"),  # its head's character opens it
        ("金融監督管理委員會金管銀法字", "金融監督管理委員會"),
        (
            "農業委員會農會字",
            "農業委員會",
        ),  # 農會 alone would end like a body: its characters repeat
        ("交通部交路字", "交通部"),
        ("經濟部工業局工字", "經濟部工業局"),  # a unit of a ministry keeps its whole name
        ("審計部（91）台審部一字", "審計部"),  # not up to the 部 of its word
        ("考試院院台秘字", "考試院"),  # the Yuan's head opens its office's word
        ("考選部部台廳字", "考選部"),  # 部|部台廳: a word ending like a body's head
        ("立法院院台處一字", "立法院"),
        ("農業部農糧署糧字", "農業部農糧署"),  # a unit opening with its ministry's word stays
        ("法務部法醫研究所醫字", "法務部法醫研究所"),
        ("內政部台內部地字", "內政部"),  # the government's 台, then the ministry's own word
        ("國防部臺防部人字", "國防部"),
        ("交通部臺鐵局字", "交通部臺鐵局"),  # 臺 then a word of other characters: a unit
    ],
)
def test_the_body_ends_before_the_order_s_number(head, body):
    assert body_before_number(head, is_organisation) == body


@pytest.mark.parametrize(
    "name",
    [
        "審計部（91）台審部一字",
        "海洋委員會（一一〇）海字",
        "財政部台財稅字第",
        "衛授食字 第",
        "文化部文源字第 1093001234 號",
    ],
)
def test_a_piece_of_an_order_s_number_is_no_body_s_name(name):
    assert holds_an_order_number(name)


@pytest.mark.parametrize(
    "name",
    [
        "經濟部工業局",
        "國家發展委員會",
        "臺北市政府（府會）",
        "數字第一城管理委員會",  # 數字 (digital), then an ordinal: no order's 字第
        "文字第三工作小組",
        "（一）港務發展委員會",  # an item's number, not a year
        "(2)漁業發展基金",
    ],
)
def test_names_without_an_order_s_number(name):
    assert not holds_an_order_number(name)


@pytest.mark.parametrize(
    ("history", "body"),
    [
        (
            "沿革：\n\n1.中華民國八十二年五月三日交通部民用航空局（82）航字\n  第 0123 號令訂定發布全文 9 條\n",
            "交通部民用航空局",
        ),
        (
            "沿革：\n\n1.中華民國一百零五年三月一日衛生福利部衛授食字第 1051300123 號令訂定發布\n",
            "衛生福利部",
        ),
    ],
)
def test_a_history_s_issuer_is_the_body_not_its_number(history, body):
    found = [e.name for e in issuers(history, 0, len(history), "", None)]
    assert found == [body]
