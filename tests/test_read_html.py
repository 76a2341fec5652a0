"""The HTML reader: main text without page chrome, gov.cn's metadata table as the
document's facts (with the table cell as provenance), tables as rows, <br> lines joined,
encodings, and clear refusals of pages it cannot read. Golden files hold the whole reader
text and outline of two real gov.cn pages (tests/inputs/html): a deliberate change
regenerates them with `POLICYKG_UPDATE_GOLDEN=1 pytest tests/test_read_html.py`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from policykg.graph.store import PolicyStore
from policykg.ingest.extract import extract
from policykg.ingest.html import read_html
from policykg.ingest.pipeline import process_file, process_source
from policykg.ingest.read import read_source

from policykg.cli import main
from policykg.errors import EmptyInputError, InputError

from .test_golden import outline

PAGES = Path(__file__).parent / "inputs" / "html"
GOLDEN = Path(__file__).parent / "golden" / "html"


def page(body: str, head: str = '<meta charset="utf-8">') -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


def describe(path: Path) -> str:
    record = process_file(path)
    source = record.source
    lines = [outline(record).rstrip("\n")]
    lines.append(f"number {record.number.value if record.number else None}")
    lines += [f"issuer {i.value}" for i in record.issuers]
    lines += [
        f"field {f.role} {f.label} {f.value} @{f.source_start}-{f.source_end} {f.element}"
        for f in source.fields
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("name", ["govcn-01", "govcn-33"])
def test_whole_page_matches_golden_files(name):
    path = PAGES / f"{name}.html"
    actual = {"text": read_source(path).text, "outline": describe(path)}
    for kind, text in actual.items():
        golden = GOLDEN / f"{name}.{kind}.txt"
        if os.environ.get("POLICYKG_UPDATE_GOLDEN"):
            golden.parent.mkdir(exist_ok=True)
            golden.write_text(text, encoding="utf-8")
        assert golden.exists(), f"missing {golden}; run with POLICYKG_UPDATE_GOLDEN=1"
        assert text == golden.read_text(encoding="utf-8"), f"{name}.{kind} differs"


def test_main_text_starts_at_the_title_and_leaves_the_page_chrome_out():
    source = read_source(PAGES / "govcn-01.html")
    body = source.text[source.body_start :]
    assert body.startswith("国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见\n")
    assert body.rstrip().endswith("（此件公开发布）")
    for chrome in ("扫一扫在手机打开当前页", "责任编辑", "主 题 词", "window.print"):
        assert chrome not in source.text


def test_metadata_table_becomes_the_documents_facts_with_the_cell_as_provenance():
    record = process_file(PAGES / "govcn-01.html")
    source, clean = record.source, record.clean
    fields = {f.role: f for f in source.fields}
    assert {r: f.value for r, f in fields.items()} == {
        "index": "000014349/2019-00007",
        "subject": "市场监管、安全生产监管\\工商",
        "issuer": "国务院",
        "written": "2019年01月27日",
        "title": "国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见",
        "number": "国发〔2019〕5号",
        "published": "2019年02月15日",
    }
    for f in fields.values():  # each span is the cell's text in the reader's text
        assert source.text[f.source_start : f.source_end] == f.value
        assert f.element.endswith("/td[2]") or f.element.endswith("/td[4]")
    dates = {d.role: d for d in record.dates}
    assert dates["signed"].value.lexical() == "2019-01-27"
    assert dates["published"].value.lexical() == "2019-02-15"
    written = fields["written"]
    signed = dates["signed"]
    assert clean.source_span(signed.start, signed.end) == (written.source_start, written.source_end)
    assert record.number is not None and record.number.value == "国发〔2019〕5号"
    assert clean.source_span(record.number.start, record.number.end) == (
        fields["number"].source_start,
        fields["number"].source_end,
    )
    issuers = extract(record).issuers
    assert [i.name for i in issuers] == ["国务院"]
    first = issuers[0].mentions[0]
    assert clean.source_span(first.start, first.end) == (
        fields["issuer"].source_start,
        fields["issuer"].source_end,
    )
    assert record.title == fields["title"].value  # from the text, and agreeing
    assert not any(p.number.startswith("索引") for p in record.all_provisions())


def test_the_table_wins_over_the_text_for_the_documents_own_date():
    # the closing block says 1 January; the table's 成文日期 says 2 January
    table = (
        "<table><tr><td>发文机关：</td><td>国务院办公厅</td><td>成文日期：</td>"
        "<td>2019年01月02日</td></tr><tr><td>发文字号：</td><td>国办发〔2019〕2号</td>"
        "<td>发布日期：</td><td>2019年01月17日</td></tr></table>"
    )
    body = (
        "<div><p>国务院办公厅关于印发试点方案的通知</p><p>国办发〔2019〕2号</p>"
        "<p>各省、自治区、直辖市人民政府：</p><p>现将方案印发给你们，请认真贯彻执行。</p>"
        "<p>国务院办公厅</p><p>2019年1月1日</p></div>"
    )
    source = _source(page(table + body))
    record = process_source(source)
    assert {d.role: d.value.lexical() for d in record.dates}["signed"] == "2019-01-02"
    without_table = process_source(_replace_fields(source))
    assert {d.role: d.value.lexical() for d in without_table.dates}["signed"] == "2019-01-01"
    assert without_table.number.value == "国办发〔2019〕2号"  # the text's own number line


def test_the_tables_title_names_the_document_when_the_text_opens_with_its_decree():
    # a regulation's page opens with the order that promulgates it; its 标题 is the regulation
    table = (
        "<table><tr><td>标　　题：</td><td colspan='3'>城市绿化管理办法</td></tr>"
        "<tr><td>发文字号：</td><td>国令第12号</td><td>成文日期：</td>"
        "<td>2020年03月04日</td></tr></table>"
    )
    body = (
        "<div><p>中华人民共和国国务院令<br>第12号</p><p>现公布《城市绿化管理办法》，自公布之日起施行。</p>"
        "<p>城市绿化管理办法</p><p>第一条　为了加强城市绿化管理，制定本办法。</p></div>"
    )
    source = _source(page(table + body))
    record = process_source(source)
    assert record.title == "城市绿化管理办法"
    start, end = record.title_span
    assert record.clean.text[start:end] == "城市绿化管理办法"  # the table cell, as provenance
    assert record.kind == "Legislation"
    assert process_source(_replace_fields(source)).title != "城市绿化管理办法"  # the text alone


def test_a_document_number_after_a_br_stays_a_line_of_its_own():
    html = page(
        "<div><p>市政府关于支持园区建设的批复<br> 深府函〔2021〕7号</p><p>你局来文收悉。</p></div>"
    )
    lines = [ln for ln in read_html(html).text.split("\n") if ln]
    assert lines[:2] == ["市政府关于支持园区建设的批复", "深府函〔2021〕7号"]


def test_br_broken_lines_are_joined_unless_a_new_unit_begins():
    html = page(
        "<div><p>国务院关于在市场监管领域全面推行<br>部门联合监管的意见</p>"
        "<p>一、总体要求<br>（一）坚持全面覆盖。<br>将监管作为基本手段，<br>形成常态化管理机制。</p>"
        "<p>国务院<br>2019年1月27日</p><p>Open data<br>portal</p></div>"
    )
    lines = [ln for ln in read_html(html).text.split("\n") if ln]
    assert lines == [
        "国务院关于在市场监管领域全面推行部门联合监管的意见",
        "一、总体要求",
        "（一）坚持全面覆盖。",
        "将监管作为基本手段，形成常态化管理机制。",
        "国务院",
        "2019年1月27日",
        "Open data portal",
    ]


def test_data_tables_are_kept_as_rows_and_layout_tables_read_as_text():
    html = page(
        "<div><p>各地区要按下表报送招生计划，逐级汇总后上报。</p>"
        "<table><tr><th>指标</th><th>1995年</th></tr><tr><td>招生人数</td><td>92.6</td></tr></table>"
        "<table><tr><td><p>以上数据为初步统计，请各地核实。</p></td></tr></table></div>"
    )
    text = read_html(html).text
    assert "| 指标 | 1995年 |\n| 招生人数 | 92.6 |" in text
    assert "\n\n以上数据为初步统计，请各地核实。\n" in text


def test_encoding_from_meta_charset_or_detected():
    body = "<div><p>国务院关于进一步加强质量工作的意见，现印发给你们，请认真贯彻执行。</p></div>"
    declared = page(body, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    result = read_html(declared.decode().encode("gb18030"))
    assert result.encoding == "gb18030" and "质量工作" in result.text
    undeclared = page(body, "").decode().encode("gb18030")
    assert "质量工作" in read_html(undeclared).text
    traditional = "<div><p>國務院關於進一步加強質量工作的意見，現印發給你們。</p></div>"
    big5 = page(traditional, '<meta charset="big5">').decode().encode("cp950")
    assert "國務院關於" in read_html(big5).text


def test_html_is_read_by_content_whatever_the_suffix(tmp_path):
    saved = tmp_path / "notice.txt"
    saved.write_bytes((PAGES / "govcn-01.html").read_bytes())
    source = read_source(saved)
    assert source.fields and "<td" not in source.text


def test_a_truncated_page_is_refused_with_the_reason(tmp_path):
    path = tmp_path / "cut.html"  # cut inside a UTF-8 character, as downloads break off
    path.write_bytes((PAGES / "govcn-01.html").read_bytes()[:6000])
    with pytest.raises(InputError, match="the page is truncated") as caught:
        read_source(path)
    assert "download the whole page again" in str(caught.value)


def test_a_page_without_main_text_is_refused(tmp_path):
    links = "".join(f'<a href="/p{k}">政策{k}</a> ' for k in range(40))
    path = tmp_path / "index.html"
    path.write_bytes(page(f"<nav>{links}</nav><div>{links}</div><script>var a = 1;</script>"))
    with pytest.raises(EmptyInputError, match="no main text"):
        read_source(path)


def test_rejected_pages_leave_the_store_unchanged_and_good_ones_are_stored(tmp_path, capsys):
    bad = tmp_path / "in" / "cut.html"
    bad.parent.mkdir()
    bad.write_bytes((PAGES / "govcn-01.html").read_bytes()[:6000])
    (tmp_path / "in" / "govcn-33.html").write_bytes((PAGES / "govcn-33.html").read_bytes())
    store = tmp_path / "store"
    code = main(["--store", str(store), "ingest", "--workers", "1", str(tmp_path / "in")])
    assert code == 1
    assert "the page is truncated" in capsys.readouterr().err
    with PolicyStore.open(store, read_only=True) as opened:
        rows = opened.query(
            "SELECT ?n ?issuer ?published WHERE { ?d <http://data.europa.eu/eli/ontology#id_local> ?n ;"
            " <http://data.europa.eu/eli/ontology#passed_by> ?issuer ;"
            " <https://w3id.org/policykg/ontology#datePublished> ?published }"
        )
        found = [(str(r[0].value), str(r[2].value)) for r in rows]
    assert found == [("国令第707号", "2018-12-22")]


def _source(html: bytes):
    from tempfile import NamedTemporaryFile

    with NamedTemporaryFile(suffix=".html", delete=False) as handle:
        handle.write(html)
    try:
        return read_source(handle.name)
    finally:
        os.unlink(handle.name)


def _replace_fields(source):
    from dataclasses import replace

    return replace(source, fields=())


def test_each_block_keeps_the_element_it_came_from():
    source = read_source(PAGES / "govcn-01.html")
    fields = {f.role: f for f in source.fields}
    # a field's line: its value cell; the body's blocks: their <p>; in text order
    assert source.element_of(fields["number"].source_start) == fields["number"].element
    title = source.text.index("国务院关于在市场监管领域", source.body_start)
    assert source.element_of(title).endswith("/td/p[1]")
    heading = source.text.index("一、总体要求")
    assert source.element_of(heading).endswith("/td/p[6]")
    assert source.element_of(heading + 3) == source.element_of(heading)
    offsets = [offset for offset, _ in source.elements]
    assert offsets == sorted(offsets)
    assert all(source.text[offset - 2 : offset] == "\n\n" for offset in offsets[1:])
