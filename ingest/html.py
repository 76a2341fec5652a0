"""Reader for web pages: a page's main text, and the metadata table government pages carry.

The page is parsed by lxml's HTML parser (libxml2: lenient with the broken markup of real
sites). The main block is chosen as readability does it: every paragraph-like element
votes its text length, less the text of its links, for its parent (and half for its
grandparent); the element with the most votes holds the document. Navigation, scripts,
forms and page chrome carry little unlinked text and lose.

gov.cn's metadata table (索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期) is found
by its labels wherever it stands and rendered first, one `label：value` line per field, so
each value has a span in the text the reader produces; the document's text follows.

The text is written as Markdown-like lines (a blank line between paragraphs, `| a | b |`
table rows, `#` for <h1>–<h6>) so that the cleaning stage keeps the paragraphs as the page
has them. `<br>`-broken lines are joined unless the break starts a new unit (a numbered
item, a date line, an indented line, a line after a full stop).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import lxml.html

from policykg.errors import EmptyInputError, InputError, UndecodableInputError

from .chars import TERMINAL, is_cjk
from .dates import parse_date
from .fields import DOCUMENT_NUMBER
from .numbering import parse_annex_marker, parse_marker
from .read import decode
from .records import PageField

# The labels of gov.cn's metadata table (both scripts) → the role of the field.
FIELD_ROLES: dict[str, str] = {
    "索引号": "index",
    "索引號": "index",
    "主题分类": "subject",
    "主題分類": "subject",
    "发文机关": "issuer",
    "發文機關": "issuer",
    "成文日期": "written",
    "标题": "title",
    "標題": "title",
    "发文字号": "number",
    "發文字號": "number",
    "发布日期": "published",
    "發布日期": "published",
    "發佈日期": "published",
    "主题词": "keywords",
    "主題詞": "keywords",
}
MIN_FIELDS = 3  # labels a table needs to count as the page's metadata table
MIN_MAIN_CHARS = 20  # unlinked characters of text the main block must hold

_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_DROPPED = (
    "script", "style", "noscript", "iframe", "object", "embed", "form", "button", "select",
    "input", "textarea", "nav", "header", "footer", "aside", "svg", "canvas", "template",
)  # fmt: skip
_VOTERS = frozenset(("p", "td", "th", "li", "dd", "pre", "blockquote", "div", *_HEADINGS))
_BLOCKS = _VOTERS | {
    "dt", "section", "article", "main", "center", "table", "tr", "tbody", "thead", "tfoot",
    "ul", "ol", "dl", "caption", "figure", "figcaption", "address",
}  # fmt: skip
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_ASCII_SPACE = re.compile(r"[ \t\r\n\f]+")
_INDENT = ("\u3000", "\u00a0", "  ")
_CLOSING_TAG = re.compile(rb"</(?:html|body)\s*>", re.IGNORECASE)
_OPENING_TAG = re.compile(rb"<(?:html|body)[\s>]", re.IGNORECASE)


@dataclass(frozen=True)
class HtmlText:
    """What the HTML reader produces: the text, its encoding and the page's stated fields."""

    text: str
    encoding: str
    fields: tuple[PageField, ...]
    body_start: int  # where the document's own text begins (after the metadata lines)
    elements: tuple[tuple[int, str], ...] = ()  # where each block begins, and its path


def decode_html(data: bytes, path: object = "<bytes>") -> tuple[str, str]:
    """Decode by the page's own <meta charset> (GB2312 read as its superset GB18030),
    falling back to detection when it is missing or wrong."""
    found = _CHARSET.search(data[:4096])
    if found:
        name = found.group(1).decode("ascii").lower()
        name = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "cp950"}.get(name, name)
        try:
            text = data.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            return text.removeprefix("\ufeff"), name
    return decode(data, path)


def read_html(data: bytes, path: object = "<bytes>") -> HtmlText:
    """The page's main text and metadata fields. Raises InputError with the reason."""
    if _OPENING_TAG.search(data[:4096]) and not _CLOSING_TAG.search(data[-4096:]):
        raise InputError(  # checked on the bytes: a cut may fall inside a character
            path,
            "the page is truncated: it opens <html>/<body> but never closes it",
            hint="save or download the whole page again",
        )
    text, encoding = decode_html(data, path)
    try:
        root = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise UndecodableInputError(path, f"not a readable HTML page: {exc}") from None
    lxml.etree.strip_elements(root, lxml.etree.Comment, *_DROPPED, with_tail=False)
    fields, meta_tables = _metadata(root)
    main = _main_block(root, meta_tables)
    if main is None:
        raise EmptyInputError(
            path,
            "no main text found: the page has only navigation, links or page chrome",
            hint="save the page that holds the document itself, not an index or search page",
        )
    blocks = _Renderer(meta_tables).render(main)
    return _assemble(blocks, fields, encoding)


# -- metadata table --------------------------------------------------------------------


def _label(cell) -> str:
    return re.sub(r"[\s\u3000\u00a0:：]+", "", cell.text_content())


def _metadata(root) -> tuple[list[tuple[str, str, str, str]], set]:
    """[(label, role, value, element path)], and the tables that hold them."""
    tables: dict = {}
    tree = root.getroottree()
    for cell in root.iter("td", "th"):
        label = _label(cell)
        role = FIELD_ROLES.get(label)
        value_cell = cell.getnext()
        if role is None or value_cell is None or value_cell.tag not in ("td", "th"):
            continue
        table = next(cell.iterancestors("table"), None)
        tables.setdefault(table, []).append(
            (label, role, _inline_text(value_cell), tree.getpath(value_cell))
        )
    meta_tables = {t for t, rows in tables.items() if len(rows) >= MIN_FIELDS}
    return [row for t, rows in tables.items() if t in meta_tables for row in rows], meta_tables


# -- main block ----------------------------------------------------------------------------


def _main_block(root, meta_tables: set):
    """The element holding the most unlinked text in paragraph-like children."""
    body = root.find("body")
    if body is None:
        body = root
    skip = {e for t in meta_tables for e in t.iter()}  # elements, not id()s: lxml proxies
    scores: dict = {}
    for element in body.iter(*_VOTERS):
        if element in skip or any(child.tag in _BLOCKS for child in element):
            continue  # only innermost blocks vote: a wrapper's text is its children's
        text = _ASCII_SPACE.sub("", element.text_content())
        links = sum(len(_ASCII_SPACE.sub("", a.text_content())) for a in element.iter("a"))
        votes = len(text) - links
        if votes <= 0:
            continue
        for weight, holder in ((1.0, element.getparent()), (0.5, _grandparent(element))):
            if holder is not None:
                scores[holder] = scores.get(holder, 0.0) + weight * votes
    if not scores:
        return None
    best = max(scores, key=lambda e: scores[e])
    return best if scores[best] >= MIN_MAIN_CHARS else None


def _grandparent(element):
    parent = element.getparent()
    return parent.getparent() if parent is not None else None


# -- rendering --------------------------------------------------------------------------


def _squeeze(text: str) -> str:
    """HTML whitespace: runs of ASCII spaces become one space, none between CJK."""
    text = _ASCII_SPACE.sub(" ", text)
    if " " not in text:
        return text
    out = []
    for k, char in enumerate(text):
        if char == " " and 0 < k < len(text) - 1 and (is_cjk(text[k - 1]) or is_cjk(text[k + 1])):
            continue
        out.append(char)
    return "".join(out)


def _inline_text(element) -> str:
    """An element's text on one line: its <br>-broken lines joined."""
    return _join_lines([_squeeze(part).strip() for part in _split_br(element)])


def _split_br(element) -> list[str]:
    lines = [""]

    def walk(node, top: bool) -> None:
        if node.tag == "br":
            lines.append("")
        elif node.text:
            lines[-1] += node.text
        for child in node:
            walk(child, False)
        if not top and node.tail:
            lines[-1] += node.tail

    walk(element, True)
    return lines


def _join_lines(lines: list[str]) -> str:
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and line[0].isascii():
            out += " "
        out += line
    return out


def _starts_unit(previous: str, line: str) -> bool:
    """Does a <br> before `line` end a paragraph, rather than wrap one?"""
    stripped = line.lstrip(" \u3000\u00a0")
    if not stripped:
        return False
    return (
        line.startswith(_INDENT)
        or (bool(previous) and previous.rstrip()[-1:] in TERMINAL)
        or parse_marker(stripped) is not None
        or parse_annex_marker(stripped) is not None
        or parse_date(stripped) is not None
        or DOCUMENT_NUMBER.fullmatch(stripped.rstrip())
        is not None  # 国办函〔2005〕21号 under a title
        or (stripped[0] in "（(" and stripped[-1] in "）)")
    )


@dataclass
class _Block:
    kind: str  # paragraph | heading | row
    text: str
    level: int = 0
    element: str = ""  # the path of the element holding it: /html/body/div[2]/p[3]


class _Renderer:
    """Walks the main block and writes its paragraphs, headings and table rows."""

    def __init__(self, meta_tables: set) -> None:
        self.meta_tables = meta_tables
        self.blocks: list[_Block] = []
        self.lines: list[str] = [""]  # the open paragraph's <br>-separated lines
        self.heading = 0
        self.at = None  # the innermost block element being read: where text comes from

    def render(self, element) -> list[_Block]:
        self._walk(element)
        self._flush()
        return self.blocks

    def _flush(self) -> None:
        raw = [_squeeze(line) for line in self.lines]
        self.lines = [""]
        paragraph: list[str] = []
        previous = ""
        for line in raw:
            if not line.strip():
                continue
            if paragraph and _starts_unit(previous, line):
                self._emit(_join_lines(paragraph))
                paragraph = []
            paragraph.append(line)
            previous = line.strip()
        if paragraph:
            self._emit(_join_lines(paragraph))

    def _emit(self, text: str) -> None:
        text = text.strip(" \u3000\u00a0")
        if text:
            kind = "heading" if self.heading else "paragraph"
            self.blocks.append(_Block(kind, text, self.heading, _path(self.at)))

    def _walk(self, element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "table":
            self._flush()
            if element not in self.meta_tables:
                self._table(element)
            self._tail(element)
            return
        if tag == "br":
            self.lines.append("")
            self._tail(element)
            return
        block = tag in _BLOCKS
        enclosing = self.at
        if block:
            self._flush()
            self.at = element
        if tag in _HEADINGS:
            self.heading = _HEADINGS[tag]
        if element.text:
            self.lines[-1] += element.text
        for child in element:
            self._walk(child)
        if block:
            self._flush()
            self.at = enclosing
        if tag in _HEADINGS:
            self.heading = 0
        self._tail(element)

    def _tail(self, element) -> None:
        if element.tail:
            self.lines[-1] += element.tail

    def _table(self, table) -> None:
        rows = [r for r in table.iter("tr") if next(r.iterancestors("table")) is table]
        cells = [[_inline_text(c) for c in r if c.tag in ("td", "th")] for r in rows]
        if all(sum(1 for c in row if c) <= 1 for row in cells):
            for row in rows:  # a layout table: one block per row, read as text
                for cell in row:
                    self._walk_cell(cell)
            return
        for row, cells_of_row in zip(rows, cells, strict=True):
            if any(cells_of_row):
                text = " | ".join(c.replace("|", "｜") for c in cells_of_row)
                self.blocks.append(_Block("row", f"| {text} |", element=_path(row)))

    def _walk_cell(self, cell) -> None:
        enclosing, self.at = self.at, cell
        tail, cell.tail = cell.tail, None
        self._walk(cell)
        cell.tail = tail
        self._flush()
        self.at = enclosing


def _path(element) -> str:
    """An element's place in the page: /html/body/div[2]/p[3] (XPath, as lxml writes it)."""
    return "" if element is None else element.getroottree().getpath(element)


def _assemble(blocks: list[_Block], fields_found, encoding: str) -> HtmlText:
    parts: list[str] = []
    fields: list[PageField] = []
    elements: list[tuple[int, str]] = []
    position = 0

    def add(line: str, element: str) -> None:
        nonlocal position
        if parts:
            parts.append("\n\n")
            position += 2
        if element:
            elements.append((position, element))
        parts.append(line)
        position += len(line)

    for label, role, value, element in fields_found:
        if not value:
            continue
        add(f"{label}：{value}", element)
        fields.append(PageField(label, role, value, position - len(value), position, element))
    body_start = position + 2 if parts else 0
    previous_row = False
    for block in blocks:
        if block.kind == "row" and previous_row:
            parts.append("\n")  # rows of one table: one line each, no blank between
            if block.element:
                elements.append((position + 1, block.element))
            parts.append(block.text)
            position += 1 + len(block.text)
            continue
        previous_row = block.kind == "row"
        text = f"{'#' * block.level} {block.text}" if block.kind == "heading" else block.text
        add(text, block.element)
    text = "".join(parts) + "\n"
    return HtmlText(text, encoding, tuple(fields), body_start, tuple(elements))
