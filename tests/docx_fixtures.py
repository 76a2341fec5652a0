"""Word files for the tests, made with python-docx from real text, numbered by real Word
numbering definitions (numbering.xml): the numbers are not in the paragraphs' text, as in
files colleagues send, so the reader must write them from the definitions.

- `seed_docx()`: the main text of seed 000 (內地與香港關於加強創新科技合作的安排): its
  一、 and （一） items numbered by a two-level list (chineseCounting, `%1、` / `（%2）`), the
  title in the Title style, a table of its parts and a footnote from its own text.
- `articles_docx(paragraphs)`: a statute's 第X条 articles numbered by `第%1条`.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from policykg.ingest.numbering import parse_marker
from policykg.ingest.pipeline import process_file

SEEDS = Path(__file__).resolve().parent.parent / "data"
NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _abstract(abstract_id: int, levels: list[tuple[str, str]], suffix: str) -> str:
    body = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:suff w:val="{suffix}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for k, (fmt, text) in enumerate(levels)
    )
    return f'<w:abstractNum {NS} w:abstractNumId="{abstract_id}">{body}</w:abstractNum>'


def _add_list(document, levels: list[tuple[str, str]], suffix: str = "nothing") -> str:
    """A new list with these levels (numFmt, lvlText); returns its numId."""
    numbering = document.part.numbering_part.element
    ids = [int(n) for n in numbering.xpath("./w:abstractNum/@w:abstractNumId")] or [0]
    num_ids = [int(n) for n in numbering.xpath("./w:num/@w:numId")] or [0]
    abstract_id, num_id = max(ids) + 1, max(num_ids) + 1
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    abstract = parse_xml(_abstract(abstract_id, levels, suffix))
    if first_num is not None:  # abstractNum elements come before num elements
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )
    return str(num_id)


def _number(paragraph, num_id: str, level: int) -> None:
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def _add_footnote(document, paragraph, text: str) -> None:
    blob = (
        f'<w:footnotes {NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
        f'<w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>'
        f"{text}</w:t></w:r></w:p></w:footnote></w:footnotes>"
    ).encode()
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_TYPE, blob, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    paragraph._p.append(parse_xml(f'<w:r {NS}><w:footnoteReference w:id="1"/></w:r>'))


def _save(document) -> bytes:
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def seed_paragraphs() -> list[str]:
    """The paragraphs of seed 000's main document, as the text pipeline cleans them."""
    record = process_file(next(SEEDS.glob("000_*.txt")))
    clean = record.clean
    return [
        clean.paragraph_text(p) for p in clean.paragraphs if record.start <= p.start < record.end
    ]


def seed_docx() -> bytes:
    document = docx.Document()
    num_id = _add_list(document, [("chineseCounting", "%1、"), ("chineseCounting", "（%2）")])
    paragraphs = seed_paragraphs()
    document.add_paragraph(paragraphs[0].strip(), style="Title")
    footnoted = False
    for text in paragraphs[1:]:
        marker = parse_marker(text)
        if marker is not None and marker.style in (("cn-dun",), ("cn-paren",)):
            paragraph = document.add_paragraph(text[marker.end :].strip())
            _number(paragraph, num_id, 0 if marker.style == ("cn-dun",) else 1)
        else:
            paragraph = document.add_paragraph(text.strip())
            if not footnoted and "以下簡稱" in text:
                _add_footnote(document, paragraph, "以下簡稱《安排》，見正文首段。")
                footnoted = True
    table = document.add_table(rows=0, cols=2)
    for number, heading in (("一、", "原則和目標"), ("二、", "主要合作內容")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = number, heading
    return _save(document)


def articles_docx(paragraphs: list[str]) -> bytes:
    """A statute whose 第X条 numbers come from a `第%1条` list."""
    document = docx.Document()
    num_id = _add_list(document, [("chineseCounting", "第%1条")], suffix="space")
    for text in paragraphs:
        marker = parse_marker(text)
        if marker is not None and marker.style == ("legal", "article"):
            _number(document.add_paragraph(text[marker.end :].strip()), num_id, 0)
        else:
            document.add_paragraph(text.strip())
    return _save(document)
