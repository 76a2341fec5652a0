"""Progress within a long document: the stage each file has reached and the fraction of
it done, from the library (also from worker processes), shown by the command line on the
progress bar and on its plain `progress:` lines once a document has run a few seconds."""

from __future__ import annotations

import sys
import time

import pytest

from policykg import cli, ingestion
from policykg.cli import main
from policykg.ingestion import MIN_FILES_FOR_POOL, STAGE_FRACTIONS, Ingestor
from tests.conftest import seed


def _stages(store, settings, paths, **options):
    seen: list[tuple[str, str, float]] = []
    report = Ingestor(store, settings, **options).ingest(
        paths, within=lambda path, stage, fraction: seen.append((path.name, stage, fraction))
    )
    return report, seen


def test_each_stage_of_a_file_is_reported_with_the_fraction_done(store, settings):
    path = seed("000")
    _, seen = _stages(store, settings, [path])
    assert seen == [(path.name, stage, STAGE_FRACTIONS[stage])
                    for stage in ("read", "clean", "extract", "gate", "write")]  # fmt: skip
    fractions = [fraction for _, _, fraction in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0 and fractions[-1] < 1


def test_without_the_gate_there_is_no_gate_stage(store, settings):
    _, seen = _stages(store, settings, [seed("001")], validate=False)
    assert [stage for _, stage, _ in seen] == ["read", "clean", "extract", "write"]


def test_the_workers_report_their_stages_too(tmp_path, store, settings):
    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(MIN_FILES_FOR_POOL):
        (folder / f"{n}.md").write_text(
            f"# 深圳经济特区第{n}号产业促进条例\n\n第一条 为了促进产业发展，制定本条例。\n\n"
            f"第二条 本条例自2023年{n + 1}月1日起施行。\n",
            encoding="utf-8",
        )
    report, seen = _stages(store, settings, [folder], workers=2)
    assert [o.status for o in report.outcomes] == ["ingested"] * MIN_FILES_FOR_POOL
    for n in range(MIN_FILES_FOR_POOL):
        stages = [stage for name, stage, _ in seen if name == f"{n}.md"]
        # read, clean and extract in a worker; gate and write here
        assert stages == ["read", "clean", "extract", "gate", "write"]


@pytest.fixture
def slow_extraction(monkeypatch):
    """A document that stays a second in extraction, and a progress display that shows a
    document after 0.2 s instead of a few seconds."""
    real = ingestion.build_graphs

    def slow(*args, **kwargs):
        time.sleep(1.0)
        return real(*args, **kwargs)

    monkeypatch.setattr(ingestion, "build_graphs", slow)
    monkeypatch.setattr(cli._Progress, "SHOW_AFTER", 0.2)
    monkeypatch.setattr(cli._Progress, "TICK", 0.05)
    monkeypatch.setattr(cli._Progress, "LINE_EVERY", 0.3)


def test_a_long_document_shows_its_stage_on_the_progress_lines(slow_extraction, tmp_path, capsys):
    assert main(["--store", str(tmp_path / "store"), "ingest", str(seed("001"))]) == 0
    err = capsys.readouterr().err
    shown = f"progress: {seed('001').name}: extract ({100 * STAGE_FRACTIONS['extract']:.0f}% of the document)"
    assert shown in err, err
    assert "0 files done" in err and "progress: 1/1 files (100%)" in err


def test_a_long_document_shows_its_stage_on_the_progress_bar(
    slow_extraction, tmp_path, capsys, monkeypatch
):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["--store", str(tmp_path / "store"), "ingest", str(seed("001"))]) == 0
    err = capsys.readouterr().err
    assert f"] {seed('001').name}: extract (" in err and "\r[" in err
    assert "progress:" not in err


def test_quiet_shows_no_progress(slow_extraction, tmp_path, capsys):
    assert main(["--store", str(tmp_path / "store"), "ingest", "--quiet", str(seed("001"))]) == 0
    assert "progress" not in capsys.readouterr().err
