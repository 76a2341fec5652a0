"""Bulk ingest: a pool of worker processes gives the same store as one process, reports
progress, and resumes where an interrupted load stopped."""

from __future__ import annotations

import io

import pytest
from policykg.graph.store import PolicyStore

from policykg.cli import main
from policykg.ingestion import MIN_FILES_FOR_POOL, Ingestor

SUBJECTS = ["人工智能", "集成电路", "生物医药", "新材料", "量子信息", "金融科技", "智慧城市",
            "新能源汽车", "海洋科技", "航天技术"]  # fmt: skip


@pytest.fixture
def folder(tmp_path):
    """Ten short regulations on different subjects, one of them not text at all."""
    folder = tmp_path / "laws"
    folder.mkdir()
    for number, subject in enumerate(SUBJECTS, start=1):
        (folder / f"{number:02d}.md").write_text(
            f"# 深圳经济特区{subject}产业促进条例\n\n"
            f"第一条 为了促进{subject}产业发展，根据有关法律，结合深圳经济特区实际，制定本条例。\n\n"
            f"第二条 本条例自2023年{number}月1日起施行。\n",
            encoding="utf-8",
        )
    (folder / "11.md").write_bytes(b"\x00\x01\x02binary")
    assert len(SUBJECTS) + 1 >= MIN_FILES_FOR_POOL
    return folder


def export(store) -> bytes:
    out = io.BytesIO()
    store.export(out, "nquads")
    return out.getvalue()


def test_two_workers_make_the_same_store_as_one(folder, tmp_path, settings):
    results = {}
    for workers in (1, 2):
        with PolicyStore.open(tmp_path / f"store{workers}") as store:
            report = Ingestor(store, settings, workers=workers).ingest([folder])
            results[workers] = ([(o.path.name, o.status, o.triples) for o in report.outcomes],
                                export(store))  # fmt: skip
    assert results[1] == results[2]
    statuses = [status for _, status, _ in results[2][0]]
    assert statuses == ["ingested"] * 10 + ["rejected"]


def test_an_interrupted_load_resumes_with_the_files_not_yet_stored(folder, tmp_path, settings):
    first_files = sorted(folder.iterdir())[:4]
    with PolicyStore.open(tmp_path / "store") as store:
        Ingestor(store, settings, workers=2).ingest(first_files)
        report = Ingestor(store, settings, workers=2).ingest([folder])
    assert [o.status for o in report.outcomes] == ["unchanged"] * 4 + ["ingested"] * 6 + [
        "rejected"
    ]
    assert "binary" in report.outcomes[-1].reason


def test_the_command_line_logs_progress_and_a_summary(folder, tmp_path, capsys):
    store = str(tmp_path / "store")
    assert main(["--store", store, "ingest", "--workers", "2", str(folder)]) == 1  # a rejection
    err = capsys.readouterr().err
    assert "progress: 11/11 files (100%)" in err and "MB/s, ETA" in err
    assert "rejected: " in err and "11.md" in err
    assert "11 files: 10 ingested, 0 replaced, 0 unchanged, 1 rejected" in err
    assert main(["--store", store, "ingest", "--quiet", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "progress:" not in err and "10 unchanged" in err


def test_a_worker_count_below_one_is_refused(capsys):
    assert main(["ingest", "--workers", "0", "x"]) == 2
    assert "ingest_workers must be positive" in capsys.readouterr().err


@pytest.mark.parametrize("workers", [1, 2])
def test_files_of_one_name_in_two_folders_are_kept_apart(folder, tmp_path, settings, workers):
    """A copy of a file elsewhere in the tree is unchanged; a namesake with other contents
    is refused (a source is known by its name), so a rerun changes nothing."""
    for sub in ("a", "b"):
        (folder / sub).mkdir()
    (folder / "a" / "01.md").write_bytes((folder / "01.md").read_bytes())
    (folder / "b" / "02.md").write_text(
        "# 另一份条例\n\n第一条 本条例自2024年1月1日起施行。\n", "utf-8"
    )
    with PolicyStore.open(tmp_path / "store") as store:
        first = Ingestor(store, settings, workers=workers).ingest([folder])
        by_path = {o.path.relative_to(folder).as_posix(): o for o in first.outcomes}
        assert by_path["a/01.md"].status == "unchanged"
        assert by_path["b/02.md"].status == "rejected"
        assert "same name with other contents" in by_path["b/02.md"].reason
        assert by_path["02.md"].status == "ingested"
        before = export(store)
        again = Ingestor(store, settings, workers=workers).ingest([folder])
        assert again.count("replaced") == again.count("ingested") == 0
        assert export(store) == before
