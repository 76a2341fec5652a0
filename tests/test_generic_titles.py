"""A generic title (…关于修改部分行政法规的决定, …关于修改〈某条例〉的决定: one title for
decisions of several years) names a different work each time: its IRI comes from the title and the document date, so the decisions of two
years are two works and no conflict to review; a title that names its subject keeps the
IRI of its title alone (policykg/iris.py)."""

from __future__ import annotations

import pytest
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor
from policykg.iris import IriMinter, is_generic_title
from policykg.vocab import ELI

GENERIC = "国务院关于修改和废止部分行政法规的决定"


@pytest.mark.parametrize(
    ("title", "generic"),
    [
        (GENERIC, True),
        ("國務院關於廢止和修改部分行政法規的決定", True),  # Traditional, other order
        ("交通运输部关于修改部分规章的决定", True),
        ("最高人民法院关于清理若干司法解释的决定", True),
        # one named text amended again in later years under the same title
        ("国务院关于修改〈全国年节及纪念日放假办法〉的决定", True),
        ("全國人民代表大會常務委員會關於修改《中華人民共和國立法法》的決定", True),
        ("国务院关于修改和废止部分行政法规的决定的说明", False),  # about a decision
        ("国务院关于修改农药管理条例的说明", False),
        ("国务院关于部分地区开展试点的决定", False),  # no amendment of texts
        ("关于两市共建科技园区的合作备忘录", False),
    ],
)
def test_which_titles_are_generic(title, generic):
    assert is_generic_title(title) is generic


def test_a_unique_title_keeps_the_iri_of_its_title_alone(settings):
    minter = IriMinter(settings.base_iri)
    title = "关于两市共建科技园区的合作备忘录"
    assert minter.work(title, "2017-01-03") == minter.work(title)
    assert minter.work(GENERIC, "2016-02-06") != minter.work(GENERIC, "2017-03-01")
    # either script, the same work
    assert minter.work("國務院關於修改和廢止部分行政法規的決定", "2016-02-06") == minter.work(
        GENERIC, "2016-02-06"
    )


def _decision(year: int, month: int, day: int, article: str) -> str:
    return (
        f"# {GENERIC}\n\n{year}年{month}月{day}日 中华人民共和国国务院令第{year - 1340}号公布\n\n"
        f"为了依法推进简政放权，国务院对涉及的行政法规进行了清理。经过清理，国务院决定：\n\n"
        f"一、对{article}的部分条款予以修改。\n\n二、本决定自公布之日起施行。\n"
    )


def _regulation(year: int, month: int, day: int) -> str:
    return (
        "# 某某资源保护条例\n\n1997年5月8日 中华人民共和国国务院令第216号发布\n\n"
        f"{year}年{month}月{day}日 《{GENERIC}》第一次修订\n\n"
        "第一条 为了保护某某资源，制定本条例。\n\n第二条 本条例自公布之日起施行。\n"
    )


def test_decisions_of_two_years_are_two_works_and_a_citation_finds_its_own(tmp_path, settings):
    folder = tmp_path / "docs"
    folder.mkdir()
    files = {
        "decision-2016.md": _decision(2016, 2, 6, "《某某条例》"),
        "decision-2017.md": _decision(2017, 3, 1, "《另一条例》"),
        "regulation.md": _regulation(2017, 3, 1),
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    minter = IriMinter(settings.base_iri)
    with PolicyStore.open(tmp_path / "store") as store:
        report = Ingestor(store, settings).ingest([folder])
        assert not report.rejected
        assert not any(outcome.review for outcome in report.outcomes)  # no date conflict
        works = {outcome.document for outcome in report.outcomes}
        first, second = minter.work(GENERIC, "2016-02-06"), minter.work(GENERIC, "2017-03-01")
        assert {first, second} <= works
        for work, date in ((first, "2016-02-06"), (second, "2017-03-01")):
            rows = store.query(f"SELECT DISTINCT ?d WHERE {{ <{work}> <{ELI}date_document> ?d }}")
            assert [row["d"].value for row in rows] == [date]
        # the regulation's header cites the 2017 decision: the same node as the ingested one
        regulation = minter.work("某某资源保护条例")
        cited = store.query(f"ASK {{ <{regulation}> <{ELI}cites> <{second}> }}")
        assert bool(cited)
