"""Dated events (issue #20): a date in a clause that says what happened to whom, labelled
subject + verb + object; reference lists, URLs, statistics, headings and time bounds are
not events. Sentences of other wording than the corpus, in both scripts."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.events import find_events


def events(text):
    return [(e.date.value.lexical(), e.label(text)) for e in find_events(text, 0, len(text), set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("數碼港管理公司於 2019 年 6 月成立人工智能實驗室，推動研發。", ("2019-06", "數碼港管理公司成立人工智能實驗室")),
        ("深圳市政府于2021年3月正式启用前海国际人才港。", ("2021-03", "深圳市政府启用前海国际人才港")),
        ("2020 年，港深雙方簽署了合作協議。", ("2020", "港深雙方簽署了合作協議")),
        ("新大楼于2023年底落成", ("2023", "新大楼落成（底）")),
        ("第二期工程於2025年第二季竣工。", ("2025", "第二期工程竣工（第二季）")),
        ("大湾区科学论坛在2024年11月25日开幕", ("2024-11-25", "大湾区科学论坛开幕")),
        ("《某某條例》於2005年通過。", ("2005", "《某某條例》通過")),
    ],
)  # fmt: skip
def test_an_event_is_labelled_by_what_happened(text, expected):
    assert events(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "12.《創新科技發展報告》https://www.example.gov.hk/2021-05/20/report.html",  # a reference
        "3. 2023 年 5 月",  # a heading
        "區內企業數量比 2018 年增長 1.8 倍。",  # a statistic
        "研发投入占比由2019年的1.2%提高到2.5%。",  # a statistic
        "截至 2024 年 3 月底，已有 120 家企業進駐。",  # as of
        "2019 年 7 月 1 日以後申請認可的判決，適用本安排。",  # a time bound
        "两地法院自2001年1月1日以后至本安排生效前作出的判决",  # a time bound
        "本辦法自中華民國一百十年一月一日施行。",  # the document's own date
        "本规定自2022年5月1日起施行。",  # the document's own date
        "前項規定自一百零三年八月一日施行。",  # a provision's own start
        "除第 5 條自一百十二年一月一日施行外，自發布日施行。",  # an exception
        "雙方約定竣工日期為2018年12月31日。",  # a term's value
        "依一百零一年五月三十日修正施行前之規定辦理。",  # a version referred to
        "2017 年，香港的研發總開支為 260 億港元。",  # no verb of what happened
    ],
)
def test_what_is_not_an_event(text):
    assert events(text) == []


def test_each_entry_of_an_amendment_history_is_its_own_event():
    text = (
        "2001年4月28日某省人民代表大会常务委员会第二十次会议通过 "
        "2015年7月30日某省人民代表大会常务委员会第十九次会议修订"
    )
    assert events(text) == [
        ("2001-04-28", "某省人民代表大会常务委员会第二十次会议通过"),
        ("2015-07-30", "某省人民代表大会常务委员会第十九次会议修订"),
    ]


def test_a_verb_inside_a_quoted_name_is_not_what_happened():
    assert events("科技園公司於 2022 年 7 月設立「創科成立支援中心」。") == [
        ("2022-07", "科技園公司設立「創科成立支援中心」")
    ]
