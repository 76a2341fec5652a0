"""Progress within a long document: the stage each file has reached and the fraction of
it done, from the library (also from worker processes), shown by the command line on the
progress bar and on its plain `progress:` lines once a document has run a few seconds."""

from __future__ import annotations

import sys
import time
from pathlib import Path

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


@pytest.fixture
def three_page_scan(tmp_path, monkeypatch):
    """A scanned PDF of three pages (the gazette's page image, thrice) and a stand-in for
    Tesseract that takes 0.3 s a page, so that OCR progress can be watched quickly."""
    import pypdfium2 as pdfium
    from policykg.ingest import ocr
    from policykg.ingest.pdf_layout import Span

    scan = pdfium.PdfDocument(Path(__file__).parent / "pdf" / "gwyb198911_p2.pdf")
    combined = pdfium.PdfDocument.new()
    combined.import_pages(scan, [0, 0, 0])
    path = tmp_path / "scan3.pdf"
    combined.save(path)
    combined.close()
    scan.close()
    # each page its own lines: lines recurring on every page would be page furniture
    truth = (Path(__file__).parent / "pdf" / "gwyb198911_p2.truth.txt").read_text("utf-8")
    lines = iter([line for line in truth.splitlines() if line and not line.startswith("#")])

    def recognise(path, engine, image, model, scale, height):
        time.sleep(0.3)
        text = next(lines)
        return ocr.PageText([Span(text, 100, 700, 400, 720)], 90.0, len(text))

    engine = ocr.Engine("tesseract", "5.3.0", frozenset({"chi_sim", "chi_tra"}))
    monkeypatch.setattr(ocr, "find_engine", lambda: engine)
    monkeypatch.setattr(ocr, "recognise", recognise)
    return path


def test_ocr_reports_the_pages_done(store, settings, three_page_scan):
    report, seen = _stages(store, settings, [three_page_scan], validate=False)
    assert report.outcomes[0].status == "ingested", report.outcomes[0].reason
    stages = [(stage, round(fraction, 2)) for _, stage, fraction in seen]
    share = ingestion.OCR_SHARE
    assert stages[:5] == [
        ("read", 0.0),
        ("OCR page 0/3", 0.0),
        ("OCR page 1/3", round(share / 3, 2)),
        ("OCR page 2/3", round(2 * share / 3, 2)),
        ("OCR page 3/3", share),
    ]
    after = stages[5:]  # the other stages come after OCR, not back to the start
    assert [stage for stage, _ in after] == ["clean", "extract", "write"]
    assert all(share <= fraction < 1 for _, fraction in after)


def test_the_command_line_shows_ocr_pages(three_page_scan, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli._Progress, "SHOW_AFTER", 0.2)
    monkeypatch.setattr(cli._Progress, "TICK", 0.05)
    monkeypatch.setattr(cli._Progress, "LINE_EVERY", 0.2)
    store = str(tmp_path / "store")
    main(["--store", store, "ingest", "--no-validate", str(three_page_scan)])
    err = capsys.readouterr().err
    assert "progress: scan3.pdf: OCR page 2/3 (60% of the document)" in err, err
