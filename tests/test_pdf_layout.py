"""Stage *read*, PDF layout: lines, columns, furniture and paragraphs from placed text runs
(synthetic pages, so each rule is seen on its own)."""

from __future__ import annotations

from policykg.ingest.pdf_layout import (
    Page,
    Span,
    group_lines,
    layout_page,
    paragraphs,
    remove_furniture,
    shape,
)

EM = 10.0  # one character: 10 pt wide and high
LEFT, WIDTH = 50.0, 30  # text block: 30 characters from x = 50


def line(text: str, row: int, indent: int = 0, x: float | None = None) -> Span:
    """A span of `text` on line `row` (0 at the top), one EM per character."""
    left = LEFT + indent * EM if x is None else x
    top = 800 - row * 1.5 * EM
    return Span(text, left, top - EM, left + len(text) * EM, top)


def page(number: int, rows: list[tuple[str, int]], header: str | None = None) -> Page:
    spans = [line(text, i + 2, indent) for i, (text, indent) in enumerate(rows)]
    if header is not None:
        spans.append(line(header, 0))
        spans.append(line(str(100 + number), 60, x=300))  # a page number at the bottom
    return layout_page(number, spans, 600)


FULL = "甲" * (WIDTH - 1) + "，"  # a full line cut mid-sentence


def test_spans_of_one_baseline_make_one_line_in_reading_order():
    spans = [line("乙丙", 1, x=80), line("甲", 1, x=60), line("丁", 2)]
    assert [ln.text for ln in group_lines(spans)] == ["甲乙丙", "丁"]


def test_latin_words_on_one_baseline_keep_their_space():
    spans = [Span("Basic", 50, 790, 75, 800), Span("Law", 78, 790, 93, 800)]
    assert group_lines(spans)[0].text == "Basic Law"


def test_a_gutter_splits_chinese_and_english_columns():
    spans = []
    for row in range(8):
        spans.append(line("第一條為堅定不移並全面準確貫徹", row))
        spans.append(line("Article 1 This Law is enacted", row, x=400))
    result = layout_page(1, spans, 800)
    assert all("Article" not in ln.text for ln in result.lines)
    assert len(result.lines) == 8 and len(result.english) == 8


def test_text_outside_the_crop_box_is_never_the_document():
    spans = [line("第一條　本法自公佈之日起施行。", row) for row in range(3)]
    spans += [line("第一條　本法自公佈之日起施行。", row, x=450) for row in range(3)]  # a copy
    spans += [line("This Law shall come into force", row + 3, x=450) for row in range(3)]
    result = layout_page(1, spans, 800, visible=(0, 400))
    assert [ln.left for ln in result.lines] == [LEFT] * 3
    assert [ln.text for ln in result.english] == ["This Law shall come into force"] * 3


def body(n: int) -> list[tuple[str, int]]:
    """Two lines of text of their own for page `n`."""
    return [(chr(0x4E00 + n) * (WIDTH - 3) + "，", 2), (chr(0x4F00 + n) + "。", 0)]


def test_edge_lines_recurring_on_pages_are_furniture_whatever_their_words():
    pages = [page(n, body(n), header=f"B{2344 + 2 * n}") for n in range(1, 7)]
    remove_furniture(pages)
    kept = [ln.text for p in pages for ln in p.lines]
    assert not any(t.startswith("B23") or t.isdigit() for t in kept)
    assert {shape(ln.text) for p in pages for ln in p.furniture} == {"b#", "#"}


def test_a_title_recurring_at_other_heights_is_text():
    pages = []
    for n in range(1, 7):
        rows = (
            [(chr(0x5000 + n) + "。", 0)] * n + [("中華人民共和國", 0)] + body(n)
        )  # lower on each page
        pages.append(page(n, rows))
    remove_furniture(pages)
    assert sum(ln.text == "中華人民共和國" for p in pages for ln in p.lines) == 6
    assert not any(p.furniture for p in pages)


def test_lines_rejoin_into_paragraphs_by_indent_short_lines_and_numbering():
    body = [
        ("第一條　" + "乙" * (WIDTH - 5) + "。", 0),
        ("乙" * WIDTH, 0),
        ("丙。", 0),  # stops short: the paragraph ends
        ("丁" * (WIDTH - 3) + "。", 2),  # indented: a new paragraph
        ("戊" * WIDTH, 0),
        ("（一）" + "己" * (WIDTH - 3), 0),  # numbered: a new unit
        ("庚" * (WIDTH - 3), 3),  # hanging indent under a full line cut mid-sentence
        ("辛。", 0),
    ]
    text, starts = paragraphs([page(1, body)])
    assert text.split("\n\n") == [
        "第一條　" + "乙" * (WIDTH - 5) + "。" + "乙" * WIDTH + "丙。",
        "丁" * (WIDTH - 3) + "。" + "戊" * WIDTH,
        "（一）" + "己" * (WIDTH - 3) + "庚" * (WIDTH - 3) + "辛。",
    ]
    assert starts == (0,)


def test_a_paragraph_cut_by_the_page_is_whole_and_pages_keep_their_offsets():
    first = page(1, [("甲" * (WIDTH - 3) + "。", 2)] + [(FULL, 0)] * 6)
    second = page(2, [("乙" * WIDTH, 0)] * 5 + [("丙。", 0)])
    empty = Page(3)
    third = page(4, [("丁" * (WIDTH - 3) + "。", 2)] + [("戊。", 0)] * 5)
    text, starts = paragraphs([first, second, empty, third])
    parts = text.split("\n\n")
    assert parts[0] == "甲" * (WIDTH - 3) + "。" + FULL * 6 + "乙" * WIDTH * 5 + "丙。"
    assert text[starts[1]] == "乙" and text[starts[1] - 1] == "，"  # inside the paragraph
    assert starts[2] == starts[3] and text[starts[3]] == "丁"  # an empty page: no text of its own


def test_latin_lines_join_with_a_space():
    rows = [("The Standing Committee of the", 0)] * 6 + [("Region.", 0)]
    text, _ = paragraphs([page(1, rows)], english=True)
    assert "the The" in text and "\n" not in text


def test_a_contents_line_ends_at_its_page_number():
    entries = [
        ("中華人民共和國主席令" + "." * 17 + " 39", 0),
        ("香港特別行政區基本法" + "." * 17 + " 40", 0),
    ]
    text, _ = paragraphs([page(1, entries * 4)])
    assert text.split("\n\n")[:2] == [entries[0][0], entries[1][0]]


def test_a_table_keeps_its_rows_and_cells():
    rows = [("項目", "金額", "年份"), ("創新及科技基金", "100億", "2018"), ("河套", "20億", "2019")]
    spans = []
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            spans.append(line(text, r + 2, x=LEFT + c * 100))
    spans.append(line("表一之後的文字。", 6))
    text, _ = paragraphs([layout_page(1, spans, 600)])
    assert text.split("\n\n") == [
        "| 項目 | 金額 | 年份 |",
        "| 創新及科技基金 | 100億 | 2018 |",
        "| 河套 | 20億 | 2019 |",
        "表一之後的文字。",
    ]


def test_one_line_with_a_far_part_is_not_a_table():
    spans = [line("2020 年第 136 號法律公告", 0), line("B2346", 0, x=400), line("附表", 1)]
    assert [ln.text for ln in layout_page(1, spans, 600).lines] == [
        "2020 年第 136 號法律公告",
        "B2346",
        "附表",
    ]


def test_a_numbered_list_with_its_numbers_in_the_margin_is_not_a_table():
    items = [
        "《中華人民共和國國旗法》；",
        "《中華人民共和國國徽法》；",
        "《中華人民共和國駐軍法》。",
    ]
    spans = []
    for r, item in enumerate(items):
        spans += [line(f"{r + 1}.", r), line(item, r, x=LEFT + 50)]
    lines = layout_page(1, spans, 600).lines
    assert [ln.text for ln in lines] == [f"{r + 1}. {item}" for r, item in enumerate(items)]
    assert not any(ln.table for ln in lines)
