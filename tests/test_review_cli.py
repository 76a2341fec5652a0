"""`policykg correct`, `policykg review` and `policykg export --view`."""

from __future__ import annotations

import json

from policykg.cli import main

from .conftest import seed

DOC = "https://w3id.org/policykg/id/work/83802cbc5b8c9c75"
MOST = "https://w3id.org/policykg/id/org/c2ca847a7c31d4ac"
PARTY = "https://w3id.org/policykg/ontology#party"


def test_correct_review_and_export_views(tmp_path, capsys):
    store = ["--store", str(tmp_path / "store")]
    assert main([*store, "ingest", "--quiet", str(seed("000"))]) == 0
    reject = [*store, "correct", "reject", "--document", DOC, "--reviewer", "Chan",
              "--reason", "not a party", "--subject", DOC, "--predicate", PARTY,
              "--object", MOST]  # fmt: skip
    capsys.readouterr()
    assert main(reject) == 0
    assert "stored: https://w3id.org/policykg/id/correction/" in capsys.readouterr().out
    # refused: a malformed IRI, a fact nobody may add, a statement that is not there
    assert main([*reject[:-1], "not an iri"]) == 2
    assert "is not an IRI" in capsys.readouterr().err
    assert main([*reject[:3], "add", *reject[4:]]) == 2
    assert "supports it" in capsys.readouterr().err
    assert main(reject) == 2  # the same statement again: no longer there
    assert "does not apply" in capsys.readouterr().err
    assert main([*store, "review", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["stale_corrections"] == []
    assert [d["document"] for d in listed["needs_review"]] == [DOC]
    line = f"<{DOC}> <{PARTY}> <{MOST}> <{DOC}> ."
    for view, present in (("reviewed", False), ("machine", True), ("corrections", False)):
        out = tmp_path / f"{view}.nq"
        assert main([*store, "export", "--view", view, "--output", str(out)]) == 0
        text = out.read_text("utf-8")
        assert (line in text) is present, view
    corrections = (tmp_path / "corrections.nq").read_text("utf-8").splitlines()
    assert corrections and all("/correction/" in q.rsplit(" ", 2)[-2] for q in corrections)


def test_corrections_exported_from_one_store_load_into_another(tmp_path, capsys):
    first, second = ["--store", str(tmp_path / "a")], ["--store", str(tmp_path / "b")]
    for store in (first, second):
        assert main([*store, "ingest", "--quiet", str(seed("000"))]) == 0
    assert main([*first, "correct", "reject", "--document", DOC, "--reviewer", "Chan",
                 "--reason", "x", "--subject", DOC, "--predicate", PARTY, "--object", MOST]) == 0  # fmt: skip
    shared = tmp_path / "corrections.nq"
    assert main([*first, "export", "--view", "corrections", "--output", str(shared)]) == 0
    capsys.readouterr()
    assert main([*second, "correct", "import", str(shared)]) == 0
    assert "in force: 1, stale: 0" in capsys.readouterr().out
    for store, name in ((first, "a.nq"), (second, "b.nq")):
        assert main([*store, "export", "--output", str(tmp_path / name)]) == 0
    assert (tmp_path / "a.nq").read_bytes() == (tmp_path / "b.nq").read_bytes()
    # a file holding anything else is refused, nothing loaded
    whole = tmp_path / "a.nq"
    assert main([*second, "correct", "import", str(whole)]) == 2
    assert "not in a correction's graph" in capsys.readouterr().err
    assert main([*second, "correct", "import", str(tmp_path / "missing.nq")]) == 2


def test_correct_retype_changes_an_entitys_kind(tmp_path, capsys):
    store = ["--store", str(tmp_path / "store")]
    assert main([*store, "ingest", "--quiet", str(seed("000"))]) == 0
    park = "https://w3id.org/policykg/id/platform/37d7147c9af0f603"
    retype = [*store, "correct", "retype", "--document", DOC, "--reviewer", "Chan",
              "--reason", "a company", "--entity", park, "--type"]  # fmt: skip
    assert main([*retype, "pkg:Event"]) == 2
    assert "cannot be given the class" in capsys.readouterr().err
    assert main([*retype, "not an iri"]) == 2
    assert main([*retype, "org:Organization"]) == 0
    assert "retype" in capsys.readouterr().out
    assert main([*store, "export", "--output", str(tmp_path / "all.nq")]) == 0
    exported = (tmp_path / "all.nq").read_text("utf-8")
    assert (
        "<https://w3id.org/policykg/id/org/37d7147c9af0f603> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/org#Organization>"
        in exported
    )
