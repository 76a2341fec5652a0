"""Scanned PDFs: OCR with Debian's Tesseract (scripts/install-ocr.sh, from `make test`), the
script chosen per page, the quality recorded, and a clear refusal without the engine."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest
from policykg.graph.store import PolicyStore
from policykg.ingest import ocr
from policykg.ingest.pdf_layout import Span
from policykg.ingest.read import read_source

from policykg.cli import main
from policykg.errors import InputError

PDF = Path(__file__).parent / "pdf"
SCAN = PDF / "gwyb198911_p2.pdf"  # State Council Gazette 1989 no. 11, page 2: a page image
TRUTH = PDF / "gwyb198911_p2.truth.txt"
MIN_ACCURACY = 0.95

needs_engine = pytest.mark.skipif(
    ocr.find_engine() is None and not os.environ.get("CI"),
    reason="tesseract is not installed (make ocr)",
)


def characters(text: str) -> str:
    """Text compared by character: width forms folded (，→,), spaces and breaks dropped."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def accuracy(truth: str, text: str) -> float:
    """1 - edit distance / len(truth), aligning `truth` anywhere inside `text`."""
    previous = [0] * (len(text) + 1)  # free start in `text`
    for i, t in enumerate(truth, 1):
        current = [i] + [0] * len(text)
        for j, c in enumerate(text, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (t != c))
        previous = current
    return 1 - min(previous) / len(truth)  # free end in `text`


def truth_lines() -> list[str]:
    lines = TRUTH.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def test_accuracy_measure():
    assert accuracy("甲乙丙丁", "前甲乙丙丁後") == 1.0
    assert accuracy("甲乙丙丁", "甲乙X丁") == 0.75


@needs_engine
def test_a_scanned_page_is_read_by_ocr_with_its_quality_recorded():
    source = read_source(SCAN)
    report = source.ocr
    assert report is not None and report.engine.startswith("tesseract ")
    assert report.languages == ("chi_sim",) and report.pages == (1,)
    assert 0 < report.mean_confidence <= 100
    assert source.page_starts == (0,)
    text = characters(source.text)
    for line in truth_lines()[:2]:  # the title, exactly
        assert characters(line) in text
    body = characters("".join(truth_lines()[2:]))
    measured = accuracy(body, text)
    assert measured >= MIN_ACCURACY, f"character accuracy {measured:.3f}"


def test_without_the_engine_a_scanned_pdf_is_refused_and_nothing_stored(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYKG_TESSERACT", "/nonexistent/tesseract")
    monkeypatch.delenv("POLICYKG_STORE", raising=False)
    with pytest.raises(InputError, match=r"scanned .* OCR is not installed") as caught:
        read_source(SCAN)
    assert "tesseract-ocr-chi-sim" in caught.value.hint
    store_dir = tmp_path / "store"
    assert main(["--store", str(store_dir), "ingest", str(SCAN)]) == 1
    with PolicyStore.open(store_dir, read_only=True) as store:
        assert store.document_graphs() == []


def test_tsv_words_become_line_spans_and_a_confidence():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        header,
        "4\t1\t1\t1\t1\t0\t100\t100\t200\t40\t-1\t",
        "5\t1\t1\t1\t1\t1\t100\t100\t40\t40\t90\t全国",
        "5\t1\t1\t1\t1\t2\t150\t102\t40\t40\t70\t人民",
        "5\t1\t1\t1\t2\t1\t100\t160\t40\t40\t80\tLaw",
        "5\t1\t1\t1\t2\t2\t150\t160\t40\t40\t80\t1989",
    ]
    page = ocr.parse_tsv("\n".join(rows), scale=2.0, height=500.0)
    assert [s.text for s in page.spans] == ["全国人民", "Law 1989"]
    first = page.spans[0]
    assert (first.left, first.right, first.top) == (50.0, 95.0, 450.0)
    assert page.confidence == pytest.approx((90 * 2 + 70 * 2 + 80 * 3 + 80 * 4) / 11)


def test_the_script_is_chosen_per_page(monkeypatch):
    """A page of the other script is read again with that script's model."""
    calls = []
    texts = {
        1: "全国人民代表大会常务委员会关于制止动乱",
        2: "全國人民代表大會常務委員會關於制止動亂",
    }

    class FakePage:
        def __init__(self, number):
            self.number = number

        def close(self):
            pass

        def get_mediabox(self):
            return (0, 0, 400, 600)

    monkeypatch.setattr(ocr, "render", lambda page: (page.number, 1.0, 600.0))

    def recognise(path, engine, image, model, scale, height):
        calls.append((image, model))
        span = Span(texts[image], 50, 500, 350, 510)
        return ocr.PageText([span], 90.0 if image == 1 else 60.0, len(texts[image]))

    monkeypatch.setattr(ocr, "recognise", recognise)
    engine = ocr.Engine("tesseract", "5.3.0", frozenset({"chi_sim", "chi_tra"}))
    document = {0: FakePage(1), 1: FakePage(2)}
    result = ocr.read_pages(Path("x.pdf"), document, [1, 2], engine)
    assert calls == [(1, "chi_sim"), (2, "chi_sim"), (2, "chi_tra")]
    assert result.report.languages == ("chi_sim", "chi_tra")
    assert result.report.low_confidence_pages == (2,)
    assert result.report.mean_confidence == pytest.approx(75.0)
