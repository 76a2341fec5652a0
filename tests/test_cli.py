"""The command line, in process: exit codes, outputs and error messages."""

from __future__ import annotations

import json
import shutil

import pytest

from policykg.cli import main

from .conftest import DATA, seed


@pytest.fixture
def store_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("POLICYKG_STORE", raising=False)
    return tmp_path / "store"


@pytest.fixture(scope="module")
def ingested(corpus_store_dir):
    """The session's embedded corpus on disk, shared by this module's tests that only read
    it: query, stats, export and validate open the store read-only. The command's own
    ingest of the corpus is test_ingest_summary_then_unchanged."""
    return corpus_store_dir


def test_ingest_summary_then_unchanged(store_dir, capsys):
    assert main(["--store", str(store_dir), "ingest", str(DATA)]) == 0
    err = capsys.readouterr().err
    assert "5 files: 5 ingested" in err and "README" not in err
    assert main(["--store", str(store_dir), "ingest", str(DATA)]) == 0
    assert "5 unchanged" in capsys.readouterr().err


def test_ingest_rejects_bad_inputs_with_reasons_and_exit_1(store_dir, tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code = main(
        [
            "--store",
            str(store_dir),
            "ingest",
            str(seed("001")),
            str(empty),
            str(tmp_path / "nope.txt"),
        ]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "rejected: " + str(empty) in err and "empty" in err
    assert "nope.txt: no such file" in err
    assert "1 ingested" in err


def test_query_formats(ingested, capsys):
    query = (
        "PREFIX eli: <http://data.europa.eu/eli/ontology#> "
        "SELECT ?doc ?until WHERE { ?doc eli:date_no_longer_in_force ?until }"
    )
    assert main(["--store", str(ingested), "query", query, "--format", "json"]) == 0
    body = json.loads(capsys.readouterr().out)
    (binding,) = body["results"]["bindings"]
    assert binding["until"] == {
        "type": "literal", "value": "2022-06-30",
        "datatype": "http://www.w3.org/2001/XMLSchema#date",
    }  # fmt: skip
    assert main(["--store", str(ingested), "query", query, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1].endswith(",2022-06-30")
    assert main(["--store", str(ingested), "query", query, "--format", "table"]) == 0
    assert "(1 row)" in capsys.readouterr().out
    assert main(["--store", str(ingested), "query", "ASK { ?s ?p ?o }"]) == 0
    assert capsys.readouterr().out.strip() in ("true", '{"head": {}, "boolean": true}')


def test_query_from_file_and_construct(ingested, tmp_path, capsys):
    path = tmp_path / "q.rq"
    path.write_text(
        "PREFIX dct: <http://purl.org/dc/terms/> CONSTRUCT { ?d dct:title ?t } WHERE { ?d dct:title ?t }",
        encoding="utf-8",
    )
    assert main(["--store", str(ingested), "query", "--file", str(path)]) == 0
    out = capsys.readouterr().out
    assert "內地與香港關於加強創新科技合作的安排" in out and "@zh-hans" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "SELEKT * WHERE {}"], "SPARQL syntax error"),
        (["query"], "no query given"),
        (["query", "SELECT * { SERVICE <http://example.org/> { ?s ?p ?o } }"], "refused"),
        (["query", "--file", "/nonexistent/q.rq"], "cannot read"),
        (["query", "SELECT * { ?s ?p ?o }", "--format", "turtle"], "for graphs"),
    ],
)
def test_query_errors_exit_2_with_a_message(ingested, capsys, args, message):
    assert main(["--store", str(ingested), *args]) == 2
    assert message in capsys.readouterr().err


def test_missing_store_is_a_clear_error(store_dir, capsys):
    assert main(["--store", str(store_dir), "stats"]) == 2
    err = capsys.readouterr().err
    assert "no store at" in err and "policykg ingest" in err


def test_stats_and_export(ingested, tmp_path, capsys):
    assert main(["--store", str(ingested), "stats", "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["documents"] == 5  # one graph per file: the annex is in its document's
    assert stats["classes"]["https://w3id.org/policykg/ontology#Agreement"] >= 2
    out = tmp_path / "dump.nq"
    assert main(["--store", str(ingested), "export", "--output", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == stats["triples"]
    assert not (tmp_path / "dump.nq.partial").exists()


def test_export_to_an_unwritable_place_fails_cleanly(ingested, tmp_path, capsys):
    target = tmp_path / "missing-dir" / "dump.nq"
    assert main(["--store", str(ingested), "export", "--output", str(target)]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_environment_selects_the_store(ingested, monkeypatch, capsys):
    monkeypatch.setenv("POLICYKG_STORE", str(ingested))
    assert main(["stats"]) == 0
    assert "documents: 5" in capsys.readouterr().out


def test_bad_settings_are_refused(store_dir, capsys):
    assert main(["--store", str(store_dir), "--base-iri", "not-an-iri", "stats"]) == 2
    assert "base IRI" in capsys.readouterr().err


def test_ingesting_a_single_file_twice_with_a_copy_keeps_one_document(store_dir, tmp_path, capsys):
    copy = tmp_path / "again.txt"
    shutil.copy(seed("002"), copy)
    # the same bytes under another name: skipped as a duplicate, nothing lost (exit 0)
    assert main(["--store", str(store_dir), "ingest", str(seed("002")), str(copy)]) == 0
    err = capsys.readouterr().err
    assert f"duplicate: {copy}: the same bytes as {seed('002').name}, already stored" in err
    assert "1 ingested" in err


def test_a_document_without_structure_ingests_with_a_warning(store_dir, tmp_path, capsys):
    plain = tmp_path / "note.txt"
    plain.write_text("今天天氣很好，我們在2023年2月30日去公園散步。\n", encoding="utf-8")
    assert main(["--store", str(store_dir), "ingest", str(plain)]) == 0
    err = capsys.readouterr().err
    assert "1 ingested" in err
    assert "no numbered structure found" in err
    assert "not a valid date, kept as text: 2023年2月30日" in err


def test_extraction_failure_keeps_the_document(store_dir, monkeypatch, capsys):
    import policykg.graph.build as build

    def broken(document):
        raise RuntimeError("boom")

    monkeypatch.setattr(build, "extract", broken)
    assert main(["--store", str(store_dir), "ingest", str(seed("002")), str(seed("003"))]) == 0
    err = capsys.readouterr().err
    assert "2 ingested" in err and "extraction failed" in err
    # an agreement without the parties extraction would have found is stored, to review…
    assert main(["--store", str(store_dir), "ingest", "--quiet", str(seed("001"))]) == 0
    err = capsys.readouterr().err
    assert "stored with 2 warnings, to review" in err and "fewer than two parties" in err
    assert main(["--store", str(store_dir), "validate"]) == 0  # warnings do not fail it
    assert "[Warning]" in capsys.readouterr().out
    assert main(["--store", str(store_dir), "stats"]) == 0
    assert "to review: 1 " in capsys.readouterr().out
    # …and without the gate nothing is checked, which says so loudly
    assert main(["--store", str(store_dir), "ingest", "--no-validate", str(seed("004"))]) == 0
    err = capsys.readouterr().err
    assert "WARNING: --no-validate" in err and "1 ingested" in err


def test_validate_store_and_files(ingested, tmp_path, capsys):
    assert main(["--store", str(ingested), "validate", "--script", "Hans"]) == 0
    assert "符合所有约束" in capsys.readouterr().out
    broken = tmp_path / "broken.ttl"
    broken.write_text(
        "@prefix eli: <http://data.europa.eu/eli/ontology#> .\n"
        "<https://w3id.org/policykg/id/work/00000000000000cc/prov/1> a eli:LegalResourceSubdivision .\n",
        encoding="utf-8",
    )
    assert main(["validate", "--data", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "條文須有編號" in out and "violation" in out
    assert main(["validate", "--data", str(broken), "--format", "turtle"]) == 1
    assert "sh:ValidationReport" in capsys.readouterr().out
    assert main(["validate", "--data", str(tmp_path / "missing.ttl")]) == 2
    assert "no such file" in capsys.readouterr().err
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("this is not turtle", encoding="utf-8")
    assert main(["validate", "--data", str(garbage)]) == 2
