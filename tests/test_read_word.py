"""The Word reader: paragraphs, headings, list numbers written from Word's numbering
definitions (not from the text), tables, footnotes; legacy .doc and broken files refused
with the reason. The files are made by tests/docx_fixtures.py from real text."""

from __future__ import annotations

import sys
import zipfile
from io import BytesIO
from pathlib import Path

import docx
import pytest
from policykg.graph.store import PolicyStore
from policykg.ingest import word
from policykg.ingest.numerals import chinese_counting, format_number
from policykg.ingest.pipeline import process_file
from policykg.ingest.read import read_source
from policykg.ingest.word import read_docx

from policykg.cli import main
from policykg.errors import InputError

from .docx_fixtures import articles_docx, seed_docx
from .test_read_html import PAGES


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "安排.docx"
    path.write_bytes(seed_docx())
    return path


def test_list_numbers_come_from_the_numbering_definitions(seed_file):
    with zipfile.ZipFile(seed_file) as archive:
        body = archive.read("word/document.xml").decode().split("<w:tbl>")[0]  # not the table
    assert "原則和目標" in body and "一、" not in body and "（一）" not in body
    record = process_file(seed_file)
    numbers = [(p.number, p.kind) for p in record.all_provisions()]
    assert numbers[0] == ("內地與香港關於加強創新科技合作的安排", "heading")  # the Title style
    sections = [n for n, kind in numbers if kind == "section"]
    assert sections == ["一、", "二、", "三、", "四、", "五、"]
    clauses = [n for n, kind in numbers if kind == "clause"]
    # （一）…（七） under 二、, then a new list under 四、 starts again at （一）
    assert clauses == [
        "（一）",
        "（二）",
        "（三）",
        "（四）",
        "（五）",
        "（六）",
        "（七）",
        "（一）",
        "（二）",
    ]
    assert record.title == "內地與香港關於加強創新科技合作的安排"
    assert record.kind == "Agreement"
    assert {d.role: d.value.lexical() for d in record.dates}["signed"] == "2018-09-20"


def test_headings_tables_and_footnotes(seed_file):
    source = read_source(seed_file)
    assert source.text.startswith("# 內地與香港關於加強創新科技合作的安排\n\n")
    assert "| 一、 | 原則和目標 |\n| 二、 | 主要合作內容 |" in source.text
    record = process_file(seed_file)
    assert [(f.label, f.text) for f in record.clean.footnotes] == [
        ("1", "以下簡稱《安排》，見正文首段。")
    ]
    assert [r.label for r in record.clean.footnote_refs] == ["1"]
    assert "<sup>" not in record.clean.text


def test_articles_numbered_by_a_legal_list():
    page = read_source(PAGES / "govcn-33.html")
    paragraphs = page.text[page.body_start :].split("\n\n")
    text = read_docx(articles_docx(paragraphs))
    articles = [
        line.split(" ")[0]
        for line in text.split("\n")
        if line.startswith("第") and "条 " in line[:7]
    ]
    assert articles[:3] == ["第一条", "第二条", "第三条"]
    assert articles[-1] == "第三十六条" and len(articles) == 36


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (1, "chineseCounting", "一"),
        (10, "chineseCounting", "十"),
        (11, "chineseCounting", "十一"),
        (20, "chineseCounting", "二十"),
        (105, "chineseCountingThousand", "一百零五"),
        (110, "chineseCounting", "一百一十"),
        (12, "chineseLegalSimplified", "拾贰"),
        (3, "ideographTraditional", "丙"),
        (2020, "ideographDigital", "二〇二〇"),
        (4, "upperRoman", "IV"),
        (28, "lowerLetter", "bb"),
        (3, "decimalEnclosedCircle", "③"),
        (7, "decimal", "7"),
    ],
)
def test_word_number_formats(value, fmt, shown):
    assert format_number(value, fmt) == shown


def test_chinese_counting_beyond_its_range_falls_back_to_digits():
    assert chinese_counting(10000) == "10000"


def test_multi_level_numbers_and_start_overrides():
    document = docx.Document()
    numbering = document.part.numbering_part.element
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    from docx.oxml import parse_xml

    numbering.append(
        parse_xml(
            f'<w:abstractNum {ns} w:abstractNumId="7">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
            "</w:abstractNum>"
        )
    )
    numbering.append(
        parse_xml(
            f'<w:num {ns} w:numId="9"><w:abstractNumId w:val="7"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>'
        )
    )
    for text, level in (("總則", 0), ("目的", 1), ("範圍", 1), ("附則", 0), ("生效", 1)):
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {ns}><w:ilvl w:val="{level}"/><w:numId w:val="9"/></w:numPr>')
        )
    document.add_heading("附錄", level=2)
    out = BytesIO()
    document.save(out)
    lines = [ln for ln in read_docx(out.getvalue()).split("\n") if ln]
    assert lines == ["3. 總則", "3.1 目的", "3.2 範圍", "4. 附則", "4.1 生效", "## 附錄"]


def test_a_docx_that_is_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "報告.docx"
    path.write_text("這不是 Word 檔案", encoding="utf-8")
    with pytest.raises(InputError, match=r"not a readable Word \.docx file") as caught:
        read_source(path)
    assert "save it as .docx again" in str(caught.value)


def test_a_zip_without_a_word_document_is_refused(tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(InputError, match=r"not a readable Word \.docx file"):
        read_source(path)


def test_legacy_doc_is_refused_with_how_to_convert_when_libreoffice_is_missing(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(word.shutil, "which", lambda name: None)
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(InputError, match=r"legacy Word \.doc") as caught:
        read_source(path)
    assert "soffice --headless --convert-to docx" in str(caught.value)
    assert "not installed" in str(caught.value)


DOC_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: what .doc files are


def fake_converter(tmp_path, monkeypatch, body: str) -> Path:
    """A stand-in for LibreOffice's `soffice` (not installed here): a script taking its
    arguments (--headless --convert-to docx --outdir DIR FILE) and running `body`."""
    script = tmp_path / "fake-soffice"
    script.write_text(
        f"#!{sys.executable}\n"
        "import pathlib, shutil, sys\n"
        "args = sys.argv[1:]\n"
        "outdir = pathlib.Path(args[args.index('--outdir') + 1])\n"
        "source = pathlib.Path(args[-1])\n" + body,
        encoding="utf-8",
    )
    script.chmod(0o755)
    monkeypatch.setenv("POLICYKG_SOFFICE", str(script))
    return script


def test_legacy_doc_is_converted_when_libreoffice_is_there(tmp_path, monkeypatch, seed_file):
    fake_converter(
        tmp_path,
        monkeypatch,
        f"assert args[:3] == ['--headless', '--convert-to', 'docx'], args\n"
        f"assert source.read_bytes().startswith({DOC_HEADER!r})\n"
        f"shutil.copy({str(seed_file)!r}, outdir / (source.stem + '.docx'))\n",
    )
    path = tmp_path / "安排.doc"
    path.write_bytes(DOC_HEADER + b"\x00" * 600)
    source = read_source(path)
    assert source.reader == "docx"
    assert source.text == read_source(seed_file).text
    store = tmp_path / "store"
    assert main(["--store", str(store), "ingest", "--quiet", str(path)]) == 0


def test_a_doc_the_converter_fails_on_is_refused_with_its_message(tmp_path, monkeypatch):
    fake_converter(
        tmp_path,
        monkeypatch,
        "sys.stderr.write('Error: source file could not be loaded')\nsys.exit(1)\n",
    )
    path = tmp_path / "broken.doc"
    path.write_bytes(DOC_HEADER + b"\x00" * 600)
    with pytest.raises(InputError, match="source file could not be loaded") as caught:
        read_source(path)
    assert "save it as .docx" in caught.value.hint
    store = tmp_path / "store"
    assert main(["--store", str(store), "ingest", "--quiet", str(path)]) == 1
    with PolicyStore.open(store, read_only=True) as opened:
        assert opened.document_graphs() == []


def test_a_converter_that_writes_nothing_is_a_refusal_too(tmp_path, monkeypatch):
    fake_converter(tmp_path, monkeypatch, "pass\n")  # exit 0, no .docx
    path = tmp_path / "empty.doc"
    path.write_bytes(DOC_HEADER + b"\x00" * 600)
    with pytest.raises(InputError, match="LibreOffice could not convert"):
        read_source(path)


def test_a_broken_docx_is_rejected_by_ingest_and_the_good_one_stored(tmp_path, seed_file, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.docx").write_bytes(seed_file.read_bytes())
    (folder / "broken.docx").write_bytes(seed_file.read_bytes()[:2000])
    code = main(["--store", str(tmp_path / "store"), "ingest", "--workers", "1", str(folder)])
    err = capsys.readouterr().err
    assert code == 1
    assert "broken.docx" in err and "not a readable Word .docx file" in err
    assert "ingested 1" in err or "1 ingested" in err


def test_each_block_keeps_the_element_it_came_from(seed_file):
    """Paragraphs, table rows and footnotes: the path of their element in the package."""
    source = read_source(seed_file)
    text, elements = source.text, dict(source.elements)
    assert source.element_of(0) == "/w:body/w:p[1]"  # the title
    first_section = text.index("一、")
    assert elements[first_section].startswith("/w:body/w:p[")
    row = text.index("| 二、 | 主要合作內容 |")
    assert elements[row] == "/w:body/w:tbl[1]/w:tr[2]"
    assert source.element_of(row + 5) == "/w:body/w:tbl[1]/w:tr[2]"
    note = text.index("<sup>1</sup> 以下簡稱")
    assert elements[note].startswith("/w:footnotes/w:footnote[@w:id=")
    # in order, each a block's start: after a blank line, or a table's row
    offsets = [offset for offset, _ in source.elements]
    assert offsets == sorted(offsets) and offsets[0] == 0
    assert all(text[offset - 1] == "\n" for offset in offsets[1:])


def test_the_reader_shows_the_element_of_each_provision(seed_file, tmp_path):
    from fastapi.testclient import TestClient
    from policykg.api.app import create_app

    from policykg.settings import Settings

    store_dir = tmp_path / "store"
    assert main(["--store", str(store_dir), "ingest", "--quiet", str(seed_file)]) == 0
    with PolicyStore.open(store_dir, read_only=True) as store:
        (document,) = [
            r["d"].value
            for r in store.query(
                "SELECT ?d WHERE { ?d <https://w3id.org/policykg/ontology#elementStarts> ?s }"
            )
        ]
        selectors = list(
            store.query(
                "SELECT ?e WHERE { ?p <https://w3id.org/policykg/ontology#element> ?e } LIMIT 1"
            )
        )
        assert selectors and selectors[0]["e"].value.startswith("/w:body/")
        client = TestClient(create_app(store, Settings(store_path=store_dir)))
        page = client.get("/read/" + document.split("/id/", 1)[1], headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "元素 <code>/w:body/w:p[" in page.text
