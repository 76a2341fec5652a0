"""`defined_thing` (issue 19, session 17): 本 + a noun defines a body only when the noun is
a body's (label_gate.defines_a_body). Awards, insurances and rules a text sets up and defines
as 本獎章, 本保險, 本制度 are no organisations; 本館, 本中心, 本會 still are. Sentences
written for these tests from the statutes' formulas, in both scripts; each award case is
shown to differ with the rule switched off."""

from __future__ import annotations

import pytest
from policykg.ingest.extract import entities as recogniser
from policykg.ingest.extract import head_names
from policykg.ingest.extract.label_gate import defines_a_body
from policykg.ingest.extract.vocabulary import kind_of_ending
from policykg.ingest.script import to_simplified


def names(text: str, *, rule: bool = True) -> list[tuple[str, str]]:
    simplified = to_simplified(text)
    saved = head_names.defines_a_body
    if not rule:
        head_names.defines_a_body = lambda noun: True
    try:
        found = recogniser.recognise(simplified, 0, len(simplified))
    finally:
        head_names.defines_a_body = saved
    return [(c.kind, c.name_in(text)) for c in found]


@pytest.mark.parametrize(
    "text, thing",
    [
        ("有下列情形之一者，得頒給環保獎章（以下簡稱本獎章）：", "環保獎章"),
        ("為表揚優良教師，設置師鐸獎章（以下簡稱本獎章），每年頒發一次。", "師鐸獎章"),
        ("为表彰先进集体，设立科技进步奖章（以下简称本奖章）。", "科技进步奖章"),
        ("為辦理學生團體保險（以下簡稱本保險），特訂定本辦法。", "學生團體保險"),
        ("为规范教师资格认证制度（以下简称本制度），制定本规定。", "教师资格认证制度"),
    ],
)
def test_an_award_or_a_scheme_defined_as_this_is_no_body(text, thing):
    assert thing not in [name for _, name in names(text)]
    assert ("Organization", thing) in names(text, rule=False)  # what the rule removes


@pytest.mark.parametrize(
    "text, body",
    [
        ("國立臺灣博物館（以下簡稱本館）掌理下列事項：", "國立臺灣博物館"),
        ("特設海洋科技發展中心（以下簡稱本中心）。", "海洋科技發展中心"),
        ("行政院設客家委員會（以下簡稱本會），掌理客家事務。", "客家委員會"),
        ("为促进就业，设立职业培训基金（以下简称本基金）。", "职业培训基金"),
    ],
)
def test_a_body_defined_as_this_stays(text, body):
    assert body in [name for _, name in names(text)]


@pytest.mark.parametrize(
    "noun, body",
    [
        ("中心", True),
        ("会", True),
        ("馆", True),  # one character: the body's own kind
        ("校", True),
        ("基金", True),
        ("委员会", True),
        ("奖章", False),
        ("保险", False),
        ("制度", False),
        ("标准", False),
    ],
)
def test_defines_a_body(noun, body):
    assert defines_a_body(noun) is body


@pytest.mark.parametrize(
    "text, zone",
    [
        # a zone whose head no list holds (港区), defined as 本 + that head: the document's
        # own zone, a platform as every head ending in 区 names one (session 27)
        (
            "申請進入甲乙海運自由貿易港區（以下簡稱本港區）之事業，應檢具文件。",
            "甲乙海運自由貿易港區",
        ),
        ("丙丁航空自由貿易港區（以下簡稱本港區）之管理機關為交通部。", "丙丁航空自由貿易港區"),
        ("为管理甲乙滨海保税港区（以下简称本港区），制定本办法。", "甲乙滨海保税港区"),
    ],
)
def test_a_zone_defined_as_this_is_a_platform(text, zone):
    assert ("Platform", zone) in names(text)
    assert ("Organization", zone) not in names(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # 台 and 场 end one head each (平台, 机场) and bodies as often: the default stays
        ("國立教育廣播電臺（以下簡稱本臺）掌理廣播業務。", "國立教育廣播電臺"),
        ("國立臺灣交響樂團（以下簡稱本團）掌理演奏事項。", "國立臺灣交響樂團"),
    ],
)
def test_a_body_whose_ending_says_no_kind_stays_a_body(text, body):
    assert ("Organization", body) in names(text)


@pytest.mark.parametrize(
    "noun, kind",
    [
        ("港区", "Platform"),
        ("保税港区", "Platform"),
        ("平台", None),
        ("电台", None),
        ("水库", None),
    ],
)
def test_kind_of_ending(noun, kind):
    assert kind_of_ending(noun) == kind
