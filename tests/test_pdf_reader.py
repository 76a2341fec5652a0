"""The PDF reader on real published pages (tests/pdf/, cut from ../shared/inputs/pdf by
scripts/make_pdf_fixtures.py): reading order, pages, furniture, paragraphs, the bilingual
gazette, and the refusals; then `policykg ingest` of a PDF with page provenance."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from policykg.graph.store import PolicyStore
from policykg.ingest.read import read_source
from policykg.ingest.readers import reader_for

from policykg.cli import main
from policykg.errors import InputError

PDF = Path(__file__).parent / "pdf"
BOOKLET = PDF / "basiclaw_tc_p30-33.pdf"  # Basic Law booklet (Traditional), pages 30-33
GAZETTE = PDF / "gazette_ln136_p1-4.pdf"  # L.N. 136 of 2020, pages 1-4 (B2344-B2351)


@pytest.fixture(scope="module")
def booklet():
    return read_source(BOOKLET)


@pytest.fixture(scope="module")
def gazette():
    return read_source(GAZETTE)


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def test_booklet_pages_and_their_offsets(booklet):
    assert len(booklet.page_starts) == 4
    assert booklet.format == "markdown" and booklet.encoding == "pdf"
    assert booklet.page_of(booklet.text.index("第六十二條 全國人民代表大會行使下列職權")) == 1
    assert booklet.page_of(booklet.text.index("第六十四條 憲法的修改")) == 2
    assert booklet.page_of(booklet.text.index("(十七) 規定和決定授予國家的勳章")) == 4


def test_booklet_page_numbers_are_furniture(booklet):
    # the booklet prints 18-21 at the foot of these pages; no paragraph is a bare number
    assert not [p for p in paragraphs(booklet.text) if re.fullmatch(r"\s*\d+\s*", p)]
    assert "\n\n19\n\n" not in booklet.text


def test_booklet_paragraphs_are_whole_across_lines_and_pages(booklet):
    parts = paragraphs(booklet.text)
    # one article over three printed lines, one paragraph
    assert (
        "第六十四條 憲法的修改，由全國人民代表大會常務委員會或者五分之一以上的全國人民代表"
        "大會代表提議，並由全國人民代表大會以全體代表的三分之二以上的多數通過。"
    ) in parts
    # an item cut by the page break (page 31 to 32) is one paragraph again
    cut = booklet.text.index("的其他法律；")
    assert "(二) 制定和修改除應當由全國人民代表大會制定的法律以外的其他法律；" in parts
    assert booklet.page_of(cut) == 3
    # hanging indents: an item's second line is not a paragraph of its own
    assert not any(p.startswith("定的法律進行部分補充和修改") for p in parts)


def test_gazette_marks_and_running_heads_are_removed(gazette):
    text = gazette.text
    assert not re.search(r"B23\d\d", text)
    assert "L.N. 136" not in text
    # the running head 《2020 年全國性法律公布》 stays once: as the notice's own title
    assert text.count("《2020 年全國性法律公布》") == 1


def test_gazette_chinese_is_the_document_and_english_is_kept_apart(gazette):
    assert not re.search(r"[A-Za-z]{4,}", gazette.text)
    assert "WHEREAS Article 18 of the Basic Law" in gazette.english
    assert "Promulgation of National Law 2020" in gazette.english
    # the spread's hidden half repeats the Chinese schedule: read once
    assert gazette.text.count("第一條\u3000為堅定不移並全面準確貫徹") == 1
    assert gazette.text.startswith("2020 年第 136 號法律公告\n\n《2020 年全國性法律公布》")


def test_content_decides_the_reader(tmp_path):
    renamed = tmp_path / "notice.txt"
    renamed.write_bytes(GAZETTE.read_bytes())
    assert reader_for(renamed, renamed.read_bytes()[:1024]).name == "PDF"
    assert read_source(renamed).text == read_source(GAZETTE).text


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"%PDF-1.7\n%broken", "not a readable PDF"),
        (b"GIF89a\x01\x00 an image named .pdf", "not a readable PDF"),  # HTML would be read as HTML
        (b"", "not a readable PDF"),
    ],
)
def test_unreadable_pdfs_are_refused_with_the_reason(tmp_path, content, reason):
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    with pytest.raises(InputError, match=reason) as caught:
        read_source(path)
    assert caught.value.hint


def encrypted_pdf() -> bytes:
    """A one-page PDF under the standard security handler whose user password is not
    empty (its /U entry matches no key from the empty password)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <"
        + b"11" * 32
        + b"> /U <"
        + b"22" * 32
        + b"> /P -4 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    file_id = b"<00112233445566778899aabbccddeeff>"
    out += b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [%s %s] >>\n" % (
        len(objects) + 1,
        file_id,
        file_id,
    )
    return bytes(out + b"startxref\n%d\n%%%%EOF\n" % xref)


def test_an_encrypted_pdf_is_refused_with_what_to_do(tmp_path, monkeypatch):
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted_pdf())
    with pytest.raises(InputError, match="encrypted with a password") as caught:
        read_source(path)
    assert "unprotected copy" in caught.value.hint
    monkeypatch.delenv("POLICYKG_STORE", raising=False)
    store_dir = tmp_path / "store"
    assert main(["--store", str(store_dir), "ingest", str(path)]) == 1
    with PolicyStore.open(store_dir, read_only=True) as store:
        assert store.document_graphs() == []


def test_ingest_of_a_pdf_keeps_the_page_of_every_fact(tmp_path, monkeypatch):
    monkeypatch.delenv("POLICYKG_STORE", raising=False)
    store_dir = tmp_path / "store"
    assert main(["--store", str(store_dir), "ingest", "--quiet", str(BOOKLET)]) == 0
    with PolicyStore.open(store_dir, read_only=True) as store:
        rows = store.query(
            """PREFIX pkg: <https://w3id.org/policykg/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT ?count ?starts ?page ?start WHERE {
              ?doc pkg:pageCount ?count ; pkg:pageStarts ?starts ; pkg:sourceText ?text .
              ?selector a oa:TextPositionSelector ; pkg:page ?page ; oa:start ?start }"""
        )
        rows = list(rows)
    assert rows
    starts = [int(s) for s in rows[0]["starts"].value.split()]
    assert int(rows[0]["count"].value) == 4 and starts[0] == 0 and starts == sorted(starts)
    for row in rows:  # each selector's page is the page its offset falls on
        start, page = int(row["start"].value), int(row["page"].value)
        assert starts[page - 1] <= start and (page == 4 or start < starts[page])
    assert {int(row["page"].value) for row in rows} >= {1, 2}


@pytest.fixture(scope="module")
def pdf_client(settings):
    """The web app over an in-memory store holding the booklet pages and a scanned page
    whose OCR is stood in for (the engine's own run is in test_pdf_ocr.py)."""
    from fastapi.testclient import TestClient
    from policykg.api.app import create_app
    from policykg.ingest import ocr
    from policykg.ingest.pdf_layout import Span

    from policykg.ingestion import Ingestor

    def recognise(path, engine, image, model, scale, height):
        lines = [
            "关于科技合作的决定",
            "第一条 为了促进科技合作，制定本决定。",
            "第二条 本决定自公布之日起施行。",
        ]
        spans = [
            Span(t, 50, 500 - 30 * i, 50 + 12 * len(t), 512 - 30 * i) for i, t in enumerate(lines)
        ]
        return ocr.PageText(spans, 62.5, sum(map(len, lines)))

    patch = pytest.MonkeyPatch()
    patch.setattr(
        ocr, "find_engine", lambda: ocr.Engine("tesseract", "5.3.0", frozenset(ocr.MODELS.values()))
    )
    patch.setattr(ocr, "render", lambda page: (b"", 1.0, 600.0))
    patch.setattr(ocr, "recognise", recognise)
    store = PolicyStore.in_memory()
    report = Ingestor(store, settings).ingest([BOOKLET, PDF / "gwyb198911_p2.pdf"])
    patch.undo()
    assert not report.rejected, report.rejected
    return TestClient(create_app(store, settings)), report


def test_the_reader_says_the_page_of_each_provision(pdf_client):
    client, report = pdf_client
    (booklet,) = [o for o in report.outcomes if o.path == BOOKLET]
    page = client.get(
        "/read/" + booklet.document.split("/id/", 1)[1], headers={"Accept": "text/html"}
    )
    assert page.status_code == 200
    html = page.text
    assert "頁碼 1" in html and "頁碼 4" in html
    assert re.search(r"頁碼 2–3</small> \(二\) 制定和修改", html)  # an item over a page break


def test_the_reader_says_the_text_came_from_ocr_and_which_pages_to_check(pdf_client):
    client, report = pdf_client
    (scan,) = [o for o in report.outcomes if o.path.name == "gwyb198911_p2.pdf"]
    assert any("OCR confidence is low on page(s) 1" in w for w in scan.warnings)
    page = client.get("/read/" + scan.document.split("/id/", 1)[1], headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "光學字元辨識（OCR）讀出：tesseract 5.3.0 (chi_sim)，平均信心 62.5" in page.text
    assert "請核對的頁：1" in page.text


def test_a_notice_signed_off_has_no_signatory_but_an_issuer():
    """The gazette notice ends with 行政長官 / 林鄭月娥 / its date: a notice is not an
    agreement, so its signer is not a pkg:signatory (which the shapes keep to agreements)."""
    from policykg.ingest.extract import extract
    from policykg.ingest.pipeline import process_source
    from policykg.ingest.records import SourceText

    text = (
        "《2020 年全國性法律公布》\n\n"
        "因此本人，香港特別行政區行政長官，現公布：列於附表的法律自 2020 年 6 月 30 日起實施。\n\n"
        "第一條\u3000本法自公佈之日起施行。\n\n行政長官\n\n林鄭月娥\n\n2020 年 6 月 30 日"
    )
    record = process_source(SourceText(Path("notice.pdf"), text, "pdf", "0" * 64, "markdown"))
    assert record.kind != "Agreement"
    assert extract(record).signatories == []


def test_the_english_title_is_aligned_by_its_numbers(gazette):
    from policykg.ingest.bilingual import english_title

    assert english_title("2020 年第 136 號法律公告", gazette.english) == "L.N. 136 of 2020"
    assert english_title("《2020 年全國性法律公布》", gazette.english) == (
        "Promulgation of National Law 2020"
    )
    assert english_title("2021 年第 136 號法律公告", gazette.english) is None  # other numbers
    assert english_title("維護國家安全法", gazette.english) is None  # no number: not guessed
    assert english_title("2020 年第 136 號法律公告", "") is None


def test_a_bilingual_gazette_gets_its_english_title_in_the_graph(settings):
    from policykg.graph.build import build_graphs
    from policykg.ingest.pipeline import process_source

    from policykg.iris import IriMinter

    record = process_source(read_source(GAZETTE))
    built = build_graphs(record, IriMinter(settings.base_iri))
    statements = built.graphs[built.main_iri]
    assert any('<http://purl.org/dc/terms/title> "L.N. 136 of 2020"@en' in s for s in statements)
    assert not any("WHEREAS" in s for s in statements if "sourceText" in s)


def test_a_title_the_gazette_translates_gets_its_english_label(gazette, settings):
    """The English of a title the notice cites only in Chinese is stated in its note
    (an English translation of the title “《…》” is “…”): that pair, and only it."""
    from policykg.graph.build import build_graphs
    from policykg.ingest.bilingual import stated_translations
    from policykg.ingest.pipeline import process_source

    from policykg.iris import IriMinter

    english = (
        "Law of the People’s Republic of China on Safeguarding National Security in the "
        "Hong Kong Special Administrative Region"
    )
    law = "中華人民共和國香港特別行政區維護國家安全法"
    assert stated_translations(gazette.english) == [(law, english)]
    assert stated_translations("the term “A” is “B”") == []  # no Chinese: nothing to align
    assert stated_translations("the title “《基本法》” of the Law") == []  # no English given
    minter = IriMinter(settings.base_iri)
    built = build_graphs(process_source(read_source(GAZETTE)), minter)
    node = f"<{minter.work(law)}>"
    label = f'{node} <http://www.w3.org/2004/02/skos/core#prefLabel> "{english}"@en'
    holding = [g for g, statements in built.graphs.items() if label in statements]
    assert len(holding) == 1
    assert all(english not in s for s in built.graphs[built.main_iri] if "sourceText" in s)
