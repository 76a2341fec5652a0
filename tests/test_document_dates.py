"""One eli:date_document per work across the documents that date it
(graph/document_dates.py): whatever the order of ingest, and given back when the document
that held the better date is replaced; dates that disagree are stored for review (a
law's title cited in two years names two laws: tests/test_identity.py)."""

from __future__ import annotations

import io
import itertools

import pytest
from policykg.graph.store import PolicyStore
from policykg.graph.validate import oxigraph_of_quads, validate_store

from policykg.ingestion import Ingestor
from policykg.iris import IriMinter
from policykg.vocab import ELI, PKG

MEMO = "关于两市共建科技园区的合作备忘录"
DOCUMENTS = {
    # a plan that dates the memorandum to its month
    "plan.md": "# 两市科技园区发展规划\n\n一、甲市人民政府与乙市人民政府于2017年1月签署了"
    f"《{MEMO}》。\n\n二、推进园区建设。\n",
    # a report that gives the day
    "report.md": "# 两市合作进展报告\n\n一、甲市人民政府与乙市人民政府于2017年1月3日签署了"
    f"《{MEMO}》。\n\n二、园区建设进展良好。\n",
    # a review that names another day of signing: a conflict
    "review.md": "# 两市合作评估\n\n一、甲市人民政府与乙市人民政府于2017年2月8日签署了"
    f"《{MEMO}》。\n\n二、评估合作成效。\n",
}


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def ingest(store, settings, paths):
    report = Ingestor(store, settings).ingest(paths)
    assert not report.rejected, report.rejected[0].reason
    return report


def values(store, node: str, predicate: str) -> set[str]:
    rows = store.query(f"SELECT DISTINCT ?d WHERE {{ <{node}> <{predicate}> ?d }}")
    return {row["d"].value for row in rows}


def memo(settings) -> str:
    return IriMinter(settings.base_iri).work(MEMO)


@pytest.mark.parametrize("names", [["plan.md", "report.md"], ["report.md", "plan.md"]])
def test_a_month_and_a_day_within_it_give_one_document_date(tmp_path, folder, names, settings):
    with PolicyStore.open(tmp_path / "store") as store:
        for name in names:
            report = ingest(store, settings, [folder / name])
            assert not any(o.review for o in report.outcomes)  # they agree: nothing to review
        assert values(store, memo(settings), ELI + "date_document") == {"2017-01-03"}
        # each document keeps the date it gives, with its role
        assert values(store, memo(settings), PKG + "dateSigned") == {"2017-01", "2017-01-03"}
        assert not validate_store(oxigraph_of_quads(store.quads())).violations


def test_the_store_is_the_same_whatever_the_order(tmp_path, folder, settings):
    exports = set()
    for tag, names in enumerate(itertools.permutations(DOCUMENTS)):
        with PolicyStore.open(tmp_path / f"store-{tag}") as store:
            for name in names:
                ingest(store, settings, [folder / name])
            out = io.BytesIO()
            store.export(out, "nquads")
            assert [len(dates) for dates in dates_of_memos(store).values()] == [1]  # one work
        exports.add(out.getvalue())
    # the review warnings name the document that met the conflict, which depends on the
    # order: compare the dates only
    dated = {
        b"".join(sorted(line for line in e.splitlines() if b"date_document" in line))
        for e in exports
    }
    assert len(dated) == 1


def dates_of_memos(store) -> dict[str, set[str]]:
    """The document dates of each work titled MEMO."""
    query = (
        f"SELECT ?w ?d WHERE {{ ?w <http://www.w3.org/2004/02/skos/core#prefLabel> ?l ; "
        f'<{ELI}date_document> ?d FILTER(str(?l) = "{MEMO}") }}'
    )
    out: dict[str, set[str]] = {}
    for row in store.query(query):
        out.setdefault(row["w"].value, set()).add(row["d"].value)
    return out


def test_dates_that_disagree_are_stored_for_review(tmp_path, folder, settings):
    """Signed on 2017-01-03 in one report and on 2017-02-08 in another: one agreement
    whose sources disagree (only a law's citation is keyed by its year), kept for review."""
    with PolicyStore.open(tmp_path / "store") as store:
        ingest(store, settings, [folder / "report.md"])
        report = ingest(store, settings, [folder / "review.md"])
        (outcome,) = report.outcomes
        assert outcome.status == "ingested" and outcome.review >= 1
        assert any("conflicting document dates" in w for w in outcome.warnings)
        # one document date still: the earlier signing day, by code-point order
        assert values(store, memo(settings), ELI + "date_document") == {"2017-01-03"}


def test_a_replaced_document_gives_the_date_back(tmp_path, folder, settings):
    with PolicyStore.open(tmp_path / "store") as store:
        ingest(store, settings, [folder / "plan.md", folder / "report.md"])
        (folder / "report.md").write_text(
            DOCUMENTS["report.md"].replace(f"签署了《{MEMO}》", "签署了合作文件"), encoding="utf-8"
        )
        ingest(store, settings, [folder / "report.md"])
        assert values(store, memo(settings), ELI + "date_document") == {"2017-01"}


def test_a_law_s_title_cited_in_two_years_names_two_laws(tmp_path, settings):
    """A law's title reused by a later law: each citation keyed by its year (an agreement's
    is not: its dates that disagree are a conflict to review, above)."""
    law = "中华人民共和国海岛警备法"
    folder = tmp_path / "laws"
    folder.mkdir()
    for name, year in (("a.md", "1993年2月22日"), ("b.md", "2015年7月1日")):
        (folder / name).write_text(
            f"# 某某条例{name[0]}\n\n第一条 {year}第十二届全国人民代表大会常务委员会通过的《{law}》"
            "同时废止。\n\n第二条 本条例自公布之日起施行。\n",
            encoding="utf-8",
        )
    with PolicyStore.open(tmp_path / "store") as store:
        report = ingest(store, settings, [folder / "a.md", folder / "b.md"])
        assert not any(o.review for o in report.outcomes)
        query = (
            "SELECT DISTINCT ?w ?d WHERE { ?w <http://www.w3.org/2004/02/skos/core#prefLabel> "
            f'?l ; <{ELI}date_document> ?d FILTER(str(?l) = "{law}") }}'
        )
        dated = sorted((row["d"].value, row["w"].value) for row in store.query(query))
        assert [d for d, _ in dated] == ["1993-02-22", "2015-07-01"]
        assert dated[0][1] != dated[1][1]


REQUEST = "关于设立两市港口物流园区的请示"


def test_a_submission_date_is_the_document_date_only_when_nothing_ranks_higher(tmp_path, settings):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "reply.md").write_text(
        f"# 国务院关于两市港口物流园区的批复\n\n2012年4月5日，甲省人民政府报送了《{REQUEST}》。\n\n"
        "二、同意设立。\n",
        encoding="utf-8",
    )
    (folder / "digest.md").write_text(
        f"# 甲省年度文件汇编\n\n一、甲省人民政府于2012年4月2日签署了《{REQUEST}》。\n",
        encoding="utf-8",
    )
    request = IriMinter(settings.base_iri).work(REQUEST)
    with PolicyStore.open(tmp_path / "store") as store:
        ingest(store, settings, [folder / "reply.md"])
        assert values(store, request, PKG + "dateSubmitted") == {"2012-04-05"}
        assert values(store, request, ELI + "date_document") == {"2012-04-05"}
        assert not any(row for row in store.query(
            f"SELECT ?p WHERE {{ <{request}> <{PKG}party> ?p }}"
        ))  # fmt: skip
        ingest(store, settings, [folder / "digest.md"])
        # a signing date outranks the day it was sent up; both stay, each with its role
        assert values(store, request, ELI + "date_document") == {"2012-04-02"}
        assert values(store, request, PKG + "dateSubmitted") == {"2012-04-05"}
        assert not validate_store(oxigraph_of_quads(store.quads())).violations


def test_a_submission_day_does_not_make_an_adoption_year_precise():
    from policykg.graph.build import document_date
    from policykg.ingest.records import DatedFact, DateValue

    adopted = DatedFact("adopted", DateValue(2019), 0, 4)
    submitted = DatedFact("submitted", DateValue(2019, 3, 1), 10, 20)
    assert document_date([submitted, adopted]) is adopted
    published = DatedFact("published", DateValue(2019, 3, 5), 30, 40)
    assert document_date([submitted, adopted, published]) is published  # a later role may


def test_across_documents_a_submission_day_does_not_refine_an_adoption_year(tmp_path, settings):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.md").write_text(
        f"# 甲省文件汇编\n\n甲省人民代表大会于2012年通过了《{REQUEST}》。\n", encoding="utf-8"
    )
    (folder / "b.md").write_text(
        f"# 国务院批复\n\n2012年4月5日，甲省人民政府报送了《{REQUEST}》。\n", encoding="utf-8"
    )
    request = IriMinter(settings.base_iri).work(REQUEST)
    with PolicyStore.open(tmp_path / "store") as store:
        ingest(store, settings, [folder / "a.md", folder / "b.md"])
        assert values(store, request, PKG + "dateAdopted") == {"2012"}
        assert values(store, request, ELI + "date_document") == {"2012"}


def test_every_module_reads_the_one_list_of_role_dates():
    import re
    from pathlib import Path

    from policykg.api.ui_text import PROPERTIES

    from policykg.vocab import ROLE_DATES

    shapes = (Path(__file__).parents[1] / "shapes" / "policykg.shapes.ttl").read_text("utf-8")
    (listed,) = re.findall(r"VALUES \?role \{([^}]*)\}", shapes)
    assert listed.split() == [f"pkg:{iri.rpartition('#')[2]}" for iri in ROLE_DATES.values()]
    assert all(len(PROPERTIES[iri]) == 2 for iri in ROLE_DATES.values())  # a label in each script
