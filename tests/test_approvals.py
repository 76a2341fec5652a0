"""A regulation adopted by a city or prefecture and approved by the province: its date and its
version's are the adoption's (ingest/approvals.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from policykg.ingest.approvals import adoption_before, is_approval
from policykg.ingest.extract.citations import find_citations
from policykg.ingest.pipeline import process_source
from policykg.ingest.records import SourceText

_PREFECTURE_HEADER = (
    "# 某某自治州草原保护条例\n\n"
    "2008年3月12日 某某自治州第十二届人民代表大会第三次会议通过\n\n"
    "2008年7月30日 某省第十一届人民代表大会常务委员会第四次会议批准\n\n"
    "2016年11月18日 某某自治州第十四届人民代表大会常务委员会第四次会议通过\n\n"
    "2017年1月6日 某省第十二届人民代表大会常务委员会第三十一次会议批准的"
    "《某某自治州人民代表大会常务委员会关于修改〈某某自治州草原保护条例〉的决定》修正\n\n"
    "第一条 为了保护草原，制定本条例。\n"
)


def _dates(text: str) -> dict[str, str]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    record = process_source(SourceText(Path("regulation.md"), text, "utf-8", digest, "markdown"))
    return {d.role: d.value.lexical() for d in record.dates}


def test_the_version_of_an_approved_amendment_is_the_day_the_prefecture_adopted_it():
    found = _dates(_PREFECTURE_HEADER)
    assert (found["adopted"], found["version"]) == ("2008-03-12", "2016-11-18")


def test_an_amendment_adopted_as_revised_and_then_approved_is_dated_by_its_adoption():
    found = _dates(
        "# 某市养犬管理规定\n\n2003年6月20日 某市第十二届人民代表大会常务委员会第四次会议通过\n\n"
        "2003年8月1日 某省第十届人民代表大会常务委员会第五次会议批准\n\n"
        "2018年4月26日 某市第十五届人民代表大会常务委员会第十二次会议通过修订\n\n"
        "2018年6月1日 某省第十三届人民代表大会常务委员会第三次会议批准修订\n\n"
        "第一条 为了规范养犬行为，制定本规定。\n"
    )
    assert found["version"] == "2018-04-26"


def test_an_amendment_with_no_adoption_before_it_keeps_its_own_date():
    found = _dates(
        "# 乙省水资源条例\n\n2001年5月10日 乙省第九届人民代表大会常务委员会第二十二次会议通过\n\n"
        "2010年9月29日 乙省第十一届人民代表大会常务委员会第十七次会议批准的"
        "《乙省人民代表大会常务委员会关于修改〈乙省河道管理条例〉等六件法规的决定》修正\n\n"
        "第一条 为了合理开发利用水资源，制定本条例。\n"
    )
    assert found["version"] == "2010-09-29"


def test_the_amending_decision_is_dated_by_its_adoption():
    works, _ = find_citations(
        _PREFECTURE_HEADER, 0, len(_PREFECTURE_HEADER), "某某自治州草原保护条例"
    )
    decision = next(w for w in works if w.title.endswith("的决定"))
    assert (decision.date.lexical(), decision.date_role) == ("2016-11-18", "adopted")


def test_a_repealed_regulation_adopted_then_approved_is_dated_by_its_adoption():
    text = (
        "第五十条 本条例自2020年1月1日起施行。2002年4月3日某市第十一届人民代表大会常务委员会"
        "第二十九次会议通过，2002年6月28日某省第九届人民代表大会常务委员会第三十一次会议批准的"
        "《某市城市绿化管理条例》同时废止。\n"
    )
    works, _ = find_citations(text, 0, len(text), "某市园林绿化条例")
    (work,) = works
    assert (work.date.lexical(), work.date_role) == ("2002-04-03", "adopted")


def test_an_approval_alone_keeps_its_date():
    text = "1990年3月5日某市第九届人民代表大会常务委员会第十次会议批准的《某市鼓励外商投资暂行规定》同时废止。"
    works, _ = find_citations(text, 0, len(text), "某市外商投资条例")
    assert works[0].date.lexical() == "1990-03-05"


def test_an_item_before_that_is_no_adoption_gives_nothing():
    text = "2001年3月1日 国务院令第300号公布\n2005年6月2日 某省人民代表大会常务委员会批准"
    assert is_approval("某省人民代表大会常务委员会批准")
    assert adoption_before(text, text.index("2005")) is None
    adopted = "2004年9月8日 某市人民代表大会常务委员会第九次会议通过\n" + text[text.index("2005") :]
    found = adoption_before(adopted, adopted.index("2005"))
    assert found is not None and found.value.lexical() == "2004-09-08"
