"""A statute named at the end of its chain of amendments (a repeal clause: 甲日…通过，根据乙日…
第一次修正，根据丙日…第二次修正的《某条例》同时废止) is dated by its adoption, the chain's first
item (ingest/extract/cited_clause.chain_dates). Sentences written for these tests."""

from __future__ import annotations

import pytest
from policykg.graph.store import PolicyStore
from policykg.ingest.extract.citations import find_citations

from policykg.ingestion import Ingestor
from policykg.vocab import ELI


def _dates(text: str) -> dict[str, str | None]:
    works, _ = find_citations(text, 0, len(text), "某县某条例")
    return {w.title: (w.date.lexical() if w.date else None, w.date_role) for w in works}


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (  # two amendments, each by a decision whose title names the statute in 〈〉
            "第五十条 本条例自2019年3月1日起施行。1992年4月6日某县人民代表大会常务委员会第七次会议通过，"
            "根据1999年8月2日某县人民代表大会常务委员会第十一次会议《关于修改〈某县渔业管理条例〉的决定》第一次修正，"
            "根据2006年1月9日某县人民代表大会常务委员会第三次会议《关于修改〈某县渔业管理条例〉的决定》第二次修正的"
            "《某县渔业管理条例》同时废止。",
            "某县渔业管理条例",
            "1992-04-06",
        ),
        (  # amendments adopted as drafts of their own (…修正案), revised rather than amended
            "本办法自2012年7月1日起施行，1988年11月20日某州人民代表大会常务委员会会议通过，根据1996年2月14日"
            "某州人民代表大会常务委员会会议通过的《某州市场管理办法修正案》修订的《某州市场管理办法》同时废止。",
            "某州市场管理办法",
            "1988-11-20",
        ),
        (  # three amendments, Traditional script
            "本條例自2020年5月1日起施行。1994年10月3日某市人民代表大會常務委員會第九次會議通過，"
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
        "1990年3月5日某市人民代表大会常务委员会会议通过，根据1995年6月7日某市人民代表大会常务委员会会议"
        "通过的《某市河道管理条例修正案》第一次修订的《某市河道管理条例》同时废止。"
    )
    found = _dates(text)
    assert found["某市河道管理条例修正案"] == ("1995-06-07", "adopted")
    assert found["某市河道管理条例"] == ("1990-03-05", "adopted")


@pytest.mark.parametrize(
    "text",
    [
        # no adoption item before the amendment: the chain's first day is not written
        "根据2005年4月1日某市人民代表大会常务委员会会议《关于修改〈某市道路条例〉的决定》修正的《某市道路条例》同时废止。",
        # the item before is no adoption (a publication), so nothing says the statute's day
        "2001年3月4日某市人民政府公布，根据2008年5月6日某市人民政府令修正的《某市停车办法》同时废止。",
        # the amended statute is referred to, not closed by a chain: 根据 a statute's article
        "1998年2月3日某县会议通过，根据《某县水利条例》的规定制定本办法。",
    ],
)
def test_no_chain_no_adoption_day(text):
    for title, (date, _) in _dates(text).items():
        assert date not in {"2001-03-04", "1998-02-03"}, title


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
