"""A file of decisions (graph/decisions.py, `policykg review --export-queue / --apply`):
the queue as CSV or JSON, decided rows applied all or nothing, and idempotently."""

from __future__ import annotations

import csv
import json
import re

import pyoxigraph as ox
import pytest
from policykg.graph.bound import StoreQueries
from policykg.graph.corrections import Reviewer
from policykg.graph.decisions import (
    DecisionsError,
    apply_decisions,
    queue_rows,
    read_rows,
    write_queue,
)
from policykg.graph.review import Anchor, Correction, corrections
from policykg.graph.store import PolicyStore

from policykg.cli import main
from policykg.ingestion import Ingestor

from .conftest import seed

DOC = "https://w3id.org/policykg/id/work/83802cbc5b8c9c75"  # seed 000
MOST = "https://w3id.org/policykg/id/org/c2ca847a7c31d4ac"  # 科學技術部
HKSARG = "https://w3id.org/policykg/id/org/fd266a329f5d62e0"
ELI = "http://data.europa.eu/eli/ontology#"
PKG = "https://w3id.org/policykg/ontology#"


@pytest.fixture
def setup(settings):
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("000")])
    return store, Reviewer(store, settings.base_iri)


def snapshot(store) -> list[str]:
    return sorted(map(str, store.quads()))


def decide(rows: list[dict], **by_object) -> list[dict]:
    """Rows with decisions: `object_or_predicate_suffix={column: value}`."""
    out = []
    for row in rows:
        row = dict(row)
        for key, change in by_object.items():
            if row["object"].endswith(key) or row["predicate"].endswith(key):
                row.update(change)
        out.append(row)
    return out


def write_csv(path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def exported(setup, path) -> list[dict]:
    store, reviewer = setup
    write_queue(queue_rows(reviewer, StoreQueries(store)), path)
    return [row for _, row in read_rows(path)]


def test_the_queue_lists_each_fact_of_a_document_to_review_with_its_span(setup, tmp_path):
    rows = exported(setup, tmp_path / "queue.csv")
    items = {(r["item"], r["predicate"].rsplit("#", 1)[-1], r["object"]) for r in rows}
    # a document row carries the version it was exported at: accepting it accepts that one
    (document,) = [r for r in rows if r["item"] == "document"]
    assert re.fullmatch(r'"[0-9a-f]{64}"', document["object"])
    assert ("statement", "party", MOST) in items and ("statement", "party", HKSARG) in items
    (party,) = [r for r in rows if r["object"] == MOST]
    assert party["quote"] == "科學技術部" and int(party["end"]) - int(party["start"]) == 5
    assert "科學技術部" in party["about"] and party["decision"] == ""
    assert len({r["id"] for r in rows}) == len(rows)
    # JSON holds the same rows
    again = exported(setup, tmp_path / "queue.json")
    assert again == rows


def test_decided_rows_are_applied_and_applying_twice_stores_nothing_new(setup, tmp_path):
    store, reviewer = setup
    rows = decide(
        exported(setup, tmp_path / "queue.csv"),
        c2ca847a7c31d4ac={"decision": "reject", "reason": "not a party"},
        date_no_longer_in_force={"decision": "correct", "value": "2023-06-30", "reason": "misread"},
    )  # fmt: skip
    (document,) = [r for r in rows if r["item"] == "document"]
    text = next(iter(store.query(f"SELECT ?t {{ <{DOC}> <https://w3id.org/policykg/ontology#sourceText> ?t }}")))["t"].value  # fmt: skip
    start = text.index("香港特別行政區政府")
    document.update(decision="correct", predicate=ELI + "passed_by", value=HKSARG,
                    start=str(start), end=str(start + 9), quote="香港特別行政區政府",
                    reason="the issuer")  # fmt: skip
    (stale_date,) = [r for r in rows if r["predicate"].endswith("first_date_entry_in_force")]
    stale_date["decision"] = "accept"  # an acceptance: the row leaves the queue
    path = tmp_path / "decided.csv"
    write_csv(path, rows)
    outcome = apply_decisions(reviewer, path, default_reviewer="Chan")
    # a rejection, a correction's rejection + addition, an addition to the document, an
    # acceptance
    assert len(outcome.stored) == 5
    assert outcome.accepted == [] and outcome.undecided == len(rows) - 4
    assert stale_date["id"] not in {r["id"] for r in exported(setup, tmp_path / "again.csv")}
    assert store.query(f"ASK {{ <{DOC}> <{ELI}passed_by> <{HKSARG}> }}")
    assert not store.query(f"ASK {{ <{DOC}> <https://w3id.org/policykg/ontology#party> <{MOST}> }}")
    assert store.query(f'ASK {{ <{DOC}> <{ELI}date_no_longer_in_force> "2023-06-30"^^<http://www.w3.org/2001/XMLSchema#date> }}')  # fmt: skip
    assert {c.reviewer for c in corrections(store)} == {"Chan"}
    before = snapshot(store)
    second = apply_decisions(reviewer, path, default_reviewer="Chan")
    assert second.stored == [] and len(second.already) == 4
    assert snapshot(store) == before


def test_bad_rows_are_named_and_nothing_is_stored(setup, tmp_path):
    store, reviewer = setup
    rows = exported(setup, tmp_path / "queue.csv")
    before = snapshot(store)
    cases = [
        ({"decision": "merge"}, "decision 'merge'"),
        ({"decision": "reject", "object": HKSARG}, "id does not match"),
        ({"decision": "correct"}, "needs the new value"),
        ({"decision": "correct", "value": "2023-6-3"}, "is not"),
        ({"decision": "reject", "reason": ""}, "no reason"),
    ]
    for change, message in cases:
        changed = decide(rows, c2ca847a7c31d4ac={"reason": "x", **change})
        # a good decision on another row: stored only if the whole file is
        changed = decide(changed, fd266a329f5d62e0={"decision": "reject", "reason": "x"})
        path = tmp_path / "bad.csv"
        write_csv(path, changed)
        with pytest.raises(DecisionsError, match=message) as raised:
            apply_decisions(reviewer, path, default_reviewer="Chan")
        row = 2 + [r["object"] for r in rows].index(MOST)  # the spreadsheet's row number
        assert f"row {row}:" in str(raised.value)
        assert snapshot(store) == before
    with pytest.raises(DecisionsError, match=r"\.csv or \.json"):
        apply_decisions(reviewer, tmp_path / "decisions.xlsx")


def test_a_row_refused_by_the_shapes_undoes_the_rows_stored_before_it(setup, tmp_path):
    store, reviewer = setup
    rows = decide(
        exported(setup, tmp_path / "queue.csv"),
        c2ca847a7c31d4ac={"decision": "reject", "reason": "not a party"},
        # 2010-02-30 has the form of a date and no such day: a violation
        date_no_longer_in_force={"decision": "correct", "value": "2010-02-30", "reason": "x"},
    )  # fmt: skip
    path = tmp_path / "decided.json"
    path.write_text(json.dumps({"rows": rows}, ensure_ascii=False), "utf-8")
    before = snapshot(store)
    with pytest.raises(DecisionsError, match=r"row \d+: the correction would break the data"):
        apply_decisions(reviewer, path, default_reviewer="Chan")
    assert snapshot(store) == before and list(corrections(store)) == []


def test_duplicates_merge_and_stale_corrections_withdraw_from_the_file(settings, tmp_path):
    store = PolicyStore.in_memory()
    # seed 003 names 優秀青年科學基金項目 and 青年科學基金項目: a name inside another, a
    # duplicate to decide (000 with 001 offered one only while 全國人民代表大會 was cut out
    # of 第十三屆全國人民代表大會)
    Ingestor(store, settings).ingest([seed("000"), seed("003")])
    reviewer = Reviewer(store, settings.base_iri)
    path = tmp_path / "queue.csv"
    write_queue(queue_rows(reviewer, StoreQueries(store)), path)
    rows = [row for _, row in read_rows(path)]
    (first, *_) = [r for r in rows if r["item"] == "duplicate"]
    first.update(decision="merge", reason="one body")
    write_csv(path, rows)
    outcome = apply_decisions(reviewer, path, default_reviewer="Chan")
    (merge,) = [c for c in corrections(store) if c.kind == "merge"]
    assert outcome.stored == [(2 + rows.index(first), merge.iri)]
    assert (merge.entity.value, merge.into.value) == (first["entity"], first["into"])


def test_the_command_line_exports_and_applies_a_file(tmp_path, capsys):
    store = ["--store", str(tmp_path / "store")]
    assert main([*store, "ingest", "--quiet", str(seed("000"))]) == 0
    queue = tmp_path / "queue.csv"
    assert main([*store, "review", "--export-queue", str(queue)]) == 0
    rows = [row for _, row in read_rows(queue)]
    write_csv(queue, decide(rows, c2ca847a7c31d4ac={"decision": "reject"}))
    capsys.readouterr()
    # no reason anywhere: refused, naming the row, exit 2
    assert main([*store, "review", "--apply", str(queue), "--reviewer", "Chan"]) == 2
    assert "no reason" in capsys.readouterr().err
    apply = [*store, "review", "--apply", str(queue), "--reviewer", "Chan", "--reason", "x"]
    assert main(apply) == 0
    assert "1 corrections stored" in capsys.readouterr().out
    assert main(apply) == 0
    assert "0 corrections stored, 1 rows in force already" in capsys.readouterr().out
    assert main([*store, "review", "--apply", str(tmp_path / "missing.csv")]) == 2


def test_withdrawals_in_a_file_reapply_the_corrections_once(settings, tmp_path, monkeypatch):
    # two additions anchored to text that then changed (stale), a rejection in force: a
    # file withdrawing both stale ones reapplies the corrections once, at its end, not
    # once a withdrawal (W withdrawals over C corrections: O(W + C), not O(W·C))
    path = tmp_path / seed("000").name
    text = seed("000").read_text("utf-8")
    path.write_text(text, "utf-8")
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([path])
    reviewer = Reviewer(store, settings.base_iri)
    party = (_iri(DOC), _iri(PKG + "party"), _iri(MOST))
    reviewer.correct(Correction(kind="reject", anchor=Anchor(DOC), reviewer="Chan",
                                reason="not a party", statement=party))  # fmt: skip
    for quote, value in (("推動內地與香港", HKSARG), ("民族進步之魂", MOST)):
        start = text.index(quote)
        reviewer.correct(
            Correction(kind="add", anchor=Anchor(DOC, start, start + len(quote), quote),
                       reviewer="Chan", reason="named here",
                       statement=(_iri(DOC), _iri(ELI + "passed_by"), _iri(value)))
        )  # fmt: skip
    path.write_text(text.replace("推動內地與香港", "推動內地和香港", 1)
                    .replace("民族進步之魂", "民族進步之本", 1), "utf-8")  # fmt: skip
    Ingestor(store, settings).ingest([path])
    assert sorted(c.status for c in corrections(store)) == ["applied", "stale", "stale"]
    queue = tmp_path / "queue.csv"
    write_queue(queue_rows(reviewer, StoreQueries(store)), queue)
    rows = [row for _, row in read_rows(queue)]
    for row in rows:
        if row["item"] == "stale":
            row.update(decision="reject", reason="the text changed")
    write_csv(queue, rows)
    reapplied = []
    reapply = Reviewer.reapply
    monkeypatch.setattr(Reviewer, "reapply",
                        lambda self, changed=None: reapplied.append(changed) or reapply(self, changed))  # fmt: skip
    outcome = apply_decisions(reviewer, queue, default_reviewer="Wong")
    assert len(outcome.stored) == 2 and len(reapplied) == 1
    kinds = sorted((c.kind, c.status) for c in corrections(store))
    assert kinds == [("add", "withdrawn"), ("add", "withdrawn"), ("reject", "applied"),
                     ("withdraw", "applied"), ("withdraw", "applied")]  # fmt: skip
    assert not store.query(f"ASK {{ <{DOC}> <{PKG}party> <{MOST}> }}")


def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)
