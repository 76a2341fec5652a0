"""A statute named at the end of its chain of amendments (a repeal clause: 甲日…通过，根据乙日…
第一次修正，根据丙日…第二次修正的《某条例》同时废止) is dated by its adoption, the chain's first
item (ingest/extract/cited_clause.chain_dates). Sentences written for these tests."""

from __future__ import annotations

import pytest
from policykg.graph.store import PolicyStore
from policykg.ingest.extract.citations import find_citations

from policykg.ingestion import Ingestor
from policykg.vocab import ELI


def _cited(text: str) -> list:
    works, _ = find_citations(text, 0, len(text), "某县某条例")
    return works


def _lexical(value) -> str | None:
    return value.lexical() if value else None


def _dates(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {w.title: (_lexical(w.date), w.date_role) for w in _cited(text)}


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (  # amended twice by decisions whose titles name the statute in 〈〉, repealed together
            "自本规定施行之日起，1992年4月6日某县人民代表大会常务委员会第七次会议通过，"
            "根据1999年8月2日某县人民代表大会常务委员会《关于修改〈某县渔业管理条例〉的决定》修正，"
            "根据2006年1月9日某县人民代表大会常务委员会《关于修改〈某县渔业管理条例〉的决定》再次修正的"
            "《某县渔业管理条例》一并废止。",
            "某县渔业管理条例",
            "1992-04-06",
        ),
        (  # one revision, the items without 根据, repealed 予以
            "1988年11月20日某州人民代表大会常务委员会会议通过，1996年2月14日某州人民代表大会常务委员会会议修订的"
            "《某州市场管理办法》予以废止。",
            "某州市场管理办法",
            "1988-11-20",
        ),
        (  # three amendments, Traditional script
            "1994年10月3日某市人民代表大會常務委員會第九次會議通過，"
            "根據2001年6月5日某市人民代表大會常務委員會第二次會議決定第一次修正，"
            "根據2010年9月7日某市人民代表大會常務委員會第八次會議決定第二次修正，"
            "根據2015年3月8日某市人民代表大會常務委員會第十次會議決定第三次修正的《某市港口條例》同時廢止。",
            "某市港口條例",
            "1994-10-03",
        ),
    ],
)
def test_the_statute_a_chain_of_amendments_ends_with_was_adopted_on_its_first_day(
    text, title, date
):
    assert _dates(text)[title] == (date, "adopted")


def test_an_amendment_the_chain_names_keeps_its_own_day():
    text = (
        "2001年7月8日某区人民代表大会常务委员会会议通过，根据2007年9月1日某区人民代表大会常务委员会会议"
        "通过的《某区绿地条例修正案》修正的《某区绿地条例》同时废止。"
    )
    found = _dates(text)
    assert found["某区绿地条例修正案"] == ("2007-09-01", "adopted")
    assert found["某区绿地条例"] == ("2001-07-08", "adopted")


@pytest.mark.parametrize(
    "text",
    [
        # no adoption item before the amendment: the chain's first day is not written
        "根据2005年4月1日某市人民代表大会常务委员会会议《关于修改〈某市道路条例〉的决定》修正的《某市道路条例》同时废止。",
        # the item before is no adoption (a publication), so nothing says the statute's day
        "2001年3月4日某市人民政府公布，根据2008年5月6日某市人民政府令修正的《某市停车办法》同时废止。",
        # the amended statute is referred to, not closed by a chain: 根据 a statute's article
        "1998年2月3日某县会议通过，根据《某县水利条例》的规定制定本办法。",
        # a basis or a rule applied after the document's own adoption: the title is not repealed
        "本办法经2020年3月5日市人民政府常务会议通过，根据2019年修订的《某某法》第十条制定。",
        "本条例于2011年6月7日通过，依据2016年修正的《某某法》，结合本省实际。",
        "本规定于2012年2月3日审议通过，执行2018年修订的《某省价格条例》有关规定。",
    ],
)
def test_no_chain_no_adoption_day(text):
    for title, (date, _) in _dates(text).items():
        assert date not in {"2001-03-04", "1998-02-03", "2020-03-05", "2011-06-07", "2012-02-03"}, (
            title
        )


def test_a_basis_after_an_adoption_stays_a_basis():
    text = "本办法经2020年3月5日市人民政府常务会议通过，根据2019年修订的《某某法》第十条制定。"
    works, _ = find_citations(text, 0, len(text), "")
    (work,) = works
    assert work.based_on and work.date is None


def test_the_chain_s_last_amendment_is_the_statute_s_version():
    text = (
        "2003年5月6日某县人民代表大会常务委员会会议通过，2009年7月8日某县人民代表大会常务委员会会议第一次修正，"
        "2014年2月3日某县人民代表大会常务委员会会议第二次修正的《某县林地保护条例》同时废止。"
    )
    works, _ = find_citations(text, 0, len(text), "")
    (work,) = [w for w in works if w.title == "某县林地保护条例"]
    assert (work.date.lexical(), work.version.lexical()) == ("2003-05-06", "2014-02-03")
    assert text[work.version_mention.start : work.version_mention.end] == "2014年2月3日"


def test_the_store_holds_the_adoption_and_the_version(tmp_path, settings):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "rule.md").write_text(
        "# 某县林地管理办法\n\n第一条 为了保护林地，制定本办法。\n\n"
        "第二条 本办法自2020年1月1日起施行。2003年5月6日某县人民代表大会常务委员会会议通过，"
        "根据2014年2月3日某县人民代表大会常务委员会会议《关于修改〈某县林地保护条例〉的决定》修正的"
        "《某县林地保护条例》同时废止。\n",
        encoding="utf-8",
    )
    with PolicyStore.open(tmp_path / "store") as store:
        report = Ingestor(store, settings).ingest([folder / "rule.md"])
        assert not report.rejected
        rows = store.query(
            "SELECT ?d ?v WHERE { ?w <http://www.w3.org/2004/02/skos/core#prefLabel> ?l ; "
            f"<{ELI}date_document> ?d ; <{ELI}version_date> ?v . "
            'FILTER(STR(?l) = "某县林地保护条例") }'
        )
        assert {(r[0].value, r[1].value) for r in rows} == {("2003-05-06", "2014-02-03")}


# a chain whose items are joined by 、 (…通过、根据…修正、根据…修正的《某条例》同时废止)
_ENUMERATED_CHAIN = (
    "本办法自2019年3月1日起施行。2002年6月3日某镇人民代表大会第四次会议通过、"
    "根据2008年9月5日某镇人民代表大会第九次会议《关于修改〈某镇集市管理办法〉的决定》第一次修正、"
    "根据2016年4月7日某镇人民代表大会第二次会议《关于修改〈某镇道路管理办法〉等五件规定的决定》"
    "第二次修正的《某镇集市管理办法》同时废止。"
)


def test_a_chain_joined_by_enumeration_commas_dates_the_statute_and_its_version():
    works, _ = find_citations(_ENUMERATED_CHAIN, 0, len(_ENUMERATED_CHAIN), "")
    (work,) = [w for w in works if w.title == "某镇集市管理办法"]
    assert (work.date.lexical(), work.version.lexical()) == ("2002-06-03", "2016-04-07")


@pytest.mark.parametrize("joined", ["、", "，"])
def test_each_amending_decision_of_a_chain_is_dated_by_its_own_item(joined):
    text = _ENUMERATED_CHAIN.replace("、根据", joined + "根据")
    found = _dates(text)
    assert found["关于修改〈某镇集市管理办法〉的决定"] == ("2008-09-05", "adopted")
    assert found["关于修改〈某镇道路管理办法〉等五件规定的决定"] == ("2016-04-07", "adopted")


@pytest.mark.parametrize(
    "text",
    [
        # an item that opens with 根据 but cites a statute's article, no amendment after it
        "根据2011年5月2日施行的《某省河道条例》第九条，制定本细则。",
        # an amendment after the title, but the clause does not open with 根据
        "2012年3月4日某会议审议的《某县村道条例》修正案草案未获通过。",
        # two dates in the item: which one is the decision's is not said
        "根据2013年1月2日至2013年1月9日某会议《关于修改〈某县桥梁条例〉的决定》修正。",
    ],
)
def test_no_amending_item_no_day_from_it(text):
    assert all(date is None for date, _ in _dates(text).values())


def test_a_chain_in_a_list_of_repealed_titles_dates_its_statute_and_version():
    text = (
        "2004年5月6日某县人民代表大会常务委员会会议通过、根据2010年8月9日某县人民代表大会常务委员会会议"
        "《关于修改〈某县河道条例〉的决定》修正的《某县河道条例》，2005年3月2日某县人民政府令发布的"
        "《某县河道采砂办法》同时废止。"
    )
    works, _ = find_citations(text, 0, len(text), "")
    by_title = {w.title: w for w in works}
    statute = by_title["某县河道条例"]
    assert (statute.date.lexical(), statute.version.lexical()) == ("2004-05-06", "2010-08-09")
    assert by_title["关于修改〈某县河道条例〉的决定"].date.lexical() == "2010-08-09"
    assert by_title["某县河道采砂办法"].date.lexical() == "2005-03-02"


def test_an_amending_act_published_on_its_day_is_published():
    text = (
        "1999年2月3日某市人民代表大会常务委员会会议通过，根据2006年7月1日发布的"
        "《关于修改〈某市排水条例〉的决定》修正的《某市排水条例》同时废止。"
    )
    assert _dates(text)["关于修改〈某市排水条例〉的决定"] == ("2006-07-01", "published")


@pytest.mark.parametrize(
    "text",
    [
        # the statute amended is named, not an act of amending it: a basis, its adoption unknown
        "根据2015年8月29日修正的《某国大气保护法》修订本条例。",
        # a basis before the document's own repeal: no chain of a repealed title, whatever
        # the sentence repeals after it
        "本办法经2010年3月1日某市人民政府常务会议通过，根据2012年5月6日修订的《某省市容条例》，"
        "原《某市市容办法》同时废止。",
    ],
)
def test_a_basis_is_neither_an_amending_act_nor_a_repealed_statute(text):
    works, _ = find_citations(text, 0, len(text), "")
    basis = works[0]
    assert basis.date is None and basis.version is None and basis.based_on


def _dated(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {w.title: (_lexical(w.date), _lexical(w.version)) for w in _cited(text)}


@pytest.mark.parametrize(
    ("text", "title", "dated"),
    [
        (  # two revisions in the aside, separated by a comma
            "2004年9月1日某省人民政府第31号令发布（2008年5月6日修订某省人民政府第77号令发布，"
            "2013年2月3日修订某省人民政府第120号令发布）的《某省渡口管理办法》同时废止。",
            "某省渡口管理办法",
            ("2004-09-01", "2013-02-03"),
        ),
        (  # one amendment, Traditional script, half-width parentheses
            "2001年3月5日某市政府公布(2005年6月1日修正)的《某市道路養護辦法》同時廢止。",
            "某市道路養護辦法",
            ("2001-03-05", "2005-06-01"),
        ),
        (  # months only
            "某局2019年5月印发（2021年3月修订）的《某类项目评审指南》继续执行。",
            "某类项目评审指南",
            ("2019-05", "2021-03"),
        ),
        (  # Traditional, 之 before the title, the amendment published
            "2011年2月3日某市政府發布(2016年7月1日修正發布)之《某市停車場管理辦法》同時廢止。",
            "某市停車場管理辦法",
            ("2011-02-03", "2016-07-01"),
        ),
        (  # an item of entry into force after the amendment
            "2009年4月5日某省政府发布（2012年5月1日修订，2012年7月1日起施行）的《某省渔港管理办法》同时废止。",
            "某省渔港管理办法",
            ("2009-04-05", "2012-05-01"),
        ),
        (  # another law's amendment named in the aside is none of this work's
            "依照某局2010年3月1日发布（根据2012年5月修订的某条例第八条授权）的《某实施细则》执行。",
            "某实施细则",
            ("2010-03-01", None),
        ),
    ],
)
def test_an_aside_of_amendments_before_a_title_gives_its_version_not_its_date(text, title, dated):
    assert _dated(text)[title] == dated


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # no dated clause before the aside: nothing to date
        ("依照国务院批准（2012年修订）的《某类区域规划》执行。", "某类区域规划"),
        # an aside that is no amendment (a note on who drafted it) leaves the clause as it was
        ("2016年4月2日某部发布（某司起草）的《某类设备目录》同时废止。", "某类设备目录"),
    ],
)
def test_an_aside_without_amendments_or_a_dated_clause_changes_nothing(text, title):
    date, version = _dated(text)[title]
    assert version is None
    if "发布" in text:
        assert date is None or date == "2016-04-02"
