"""Stage segment: the structure of each seed, checked against the documents themselves."""

from __future__ import annotations

import hashlib
from pathlib import Path

from policykg.ingest.clean import clean_text
from policykg.ingest.records import SourceText
from policykg.ingest.segment import PREAMBLE_NUMBER, segment, split_annexes


def numbered(nodes):
    return [n for n in nodes if n.kind != "preamble"]


def numbers(nodes):
    return [n.number for n in nodes]


def find(nodes, number):
    for root in nodes:
        for node in root.walk():
            if node.number == number:
                return node
    raise AssertionError(f"no provision numbered {number}")


def ancestors(roots, target):
    def walk(nodes, trail):
        for node in nodes:
            if node is target:
                return trail
            found = walk(node.children, [*trail, node])
            if found is not None:
                return found
        return None

    return [n.number for n in walk(roots, [])]


def test_000_arrangement_and_its_annex(records):
    arrangement = records["000"]
    top = numbered(arrangement.provisions)
    assert numbers(top) == ["一、", "二、", "三、", "四、", "五、"]
    assert numbers(top[1].children) == [f"（{n}）" for n in "一二三四五六七"]
    assert numbers(top[3].children) == ["（一）", "（二）"]
    assert [len(n.children) for n in (top[0], top[2], top[4])] == [0, 0, 0]
    (annex,) = arrangement.annexes
    assert annex.annex_label == "1"
    assert annex.title == "內地與香港創新科技合作聯合行動計劃"
    sections = numbered(annex.provisions)
    assert numbers(sections) == ["一、", "二、", "三、", "四、", "五、", "六、", "七、"]
    items = [child.number for section in sections for child in section.children]
    assert items == [f"{n}." for n in range(1, 28)]
    assert [len(s.children) for s in sections] == [6, 5, 5, 5, 2, 2, 2]


def test_001_articles_with_nested_clauses(records):
    top = numbered(records["001"].provisions)
    assert numbers(top) == ["第一條", "第二條", "第三條", "第四條", "第五條"]
    assert [n.heading for n in top] == ["原則和目標", "內容", "執行機制", "補充條款", "簽署與生效"]
    clauses = top[1].children
    assert numbers(clauses) == ["（一）", "（二）", "（三）"]
    assert numbers(clauses[2].children) == ["1.", "2.", "3.", "4."]
    assert [n.heading for n in clauses[2].children] == [
        "支持科研",
        "匯聚人才",
        "完善配套",
        "聯合推廣",
    ]
    assert records["001"].provisions[0].number == PREAMBLE_NUMBER
    assert records["001"].annexes == []


def test_002_six_sections_after_an_unnumbered_introduction(records):
    roots = records["002"].provisions
    assert roots[0].kind == "preamble"
    assert numbers(numbered(roots)) == ["一、", "二、", "三、", "四、", "五、", "六、"]
    assert all(not n.children for n in roots)


def test_003_numbered_paragraphs_nest_under_their_headings(records):
    roots = records["003"].provisions
    for number, expected in {
        "2.": ["促進粵港澳大灣區發展事宜小組委員會",
               "香港有關粵港澳大灣區的創新及科技發展 (包括相關的創業支援措施)", "背景"],
        "7.": ["《香港創新科技發展藍圖》（《藍圖》）概述", "（一）"],
        "8.": ["《香港創新科技發展藍圖》（《藍圖》）概述", "（二）"],
        "29.": ["結語"],
    }.items():  # fmt: skip
        assert ancestors(roots, find(roots, number)) == expected
    paragraph_numbers = [
        int(n.number[:-1]) for root in roots for n in root.walk() if n.kind == "item"
    ]
    assert paragraph_numbers == list(range(2, 31))


def test_004_decimal_paragraphs_nest_under_their_sections(records):
    roots = records["004"].provisions
    assert "2.1" in ancestors(roots, find(roots, "2.1.4"))
    assert ancestors(roots, find(roots, "2.1.1"))[-2:] == ["2.1", "深圳河治理工程"]
    assert ancestors(roots, find(roots, "3.1.2"))[-1] == "3.1"
    assert ancestors(roots, find(roots, "7.2.3"))[-1] == "7.2"
    items = [n.number for root in roots for n in root.walk() if n.number.startswith("4.2.")]
    assert items == ["4.2.1", "4.2.2", "4.2.3", "4.2.4", "4.2.5"]


def test_positions_follow_document_order(records):
    for record in records.values():
        for doc in [record, *record.annexes]:
            nodes = list(doc.all_provisions())
            assert [n.position for n in nodes] == list(range(1, len(nodes) + 1))
            assert [n.start for n in nodes] == sorted(n.start for n in nodes)


def _segmented(text: str):
    source = SourceText(
        Path("x.txt"), text, "utf-8", hashlib.sha256(text.encode()).hexdigest(), "text"
    )
    clean = clean_text(source)
    return [segment(clean, part) for part in split_annexes(clean)]


def test_legal_hierarchy_chapter_section_article_clause():
    text = "\n".join(
        [
            "第一章 總則", "第一條 為了保護權益，制定本法。", "第二條 本法所稱的發明創造是指：",
            "（一）發明；", "（二）實用新型。", "第二章 申請", "第一節 一般規定",
            "第三條 申請應當以書面形式提出。", "第二節 審查", "第四條 審查應當公正。",
        ]
    )  # fmt: skip
    (roots,) = _segmented(text)
    assert numbers(roots) == ["第一章", "第二章"]
    assert numbers(roots[0].children) == ["第一條", "第二條"]
    assert numbers(roots[0].children[1].children) == ["（一）", "（二）"]
    assert numbers(roots[1].children) == ["第一節", "第二節"]
    assert numbers(roots[1].children[1].children) == ["第四條"]


def test_official_document_numbering_and_lettered_items():
    text = "\n".join(
        ["一、總體要求", "（一）指導思想。", "1. 堅持創新。", "（1）加強基礎研究。",
         "①建設實驗室。", "a. 申請資助。", "2. 深化合作。", "二、主要任務", "（一）推進平台。"]
    )  # fmt: skip
    (roots,) = _segmented(text)
    assert numbers(roots) == ["一、", "二、"]
    first = roots[0].children[0]
    assert numbers(first.children) == ["1.", "2."]
    assert numbers(first.children[0].children) == ["（1）"]
    assert numbers(first.children[0].children[0].children) == ["①"]
    assert numbers(first.children[0].children[0].children[0].children) == ["a."]


def test_annexes_become_their_own_documents():
    text = "\n".join(
        ["合作協議", "第一條 雙方同意合作。", "附件一：合作項目清單", "一、人工智能", "二、生物科技",
         "附件二", "資助安排", "1. 每年資助。"]
    )  # fmt: skip
    main, first, second = _segmented(text)
    from policykg.ingest.pipeline import process_source

    source = SourceText(
        Path("x.txt"), text, "utf-8", hashlib.sha256(text.encode()).hexdigest(), "text"
    )
    record = process_source(source)
    assert [a.title for a in record.annexes] == ["合作項目清單", "資助安排"]
    untitled = text.replace("資助安排\n", "")
    source = SourceText(Path("y.txt"), untitled, "utf-8", "0" * 64, "text")
    assert process_source(source).annexes[1].title == "合作協議附件2"
    assert numbers(numbered(main)) == ["第一條"]
    assert numbers(numbered(first)) == ["一、", "二、"]
    assert numbers(numbered(second)) == ["1."]


def _record(text: str, name: str = "notice.txt", fmt: str = "text"):
    from policykg.ingest.pipeline import process_source

    digest = hashlib.sha256(text.encode()).hexdigest()
    return process_source(SourceText(Path(name), text, "utf-8", digest, fmt))


# a notice forwarding a ministry's report whose text follows the notice's closing block with
# no 附件 heading; the title is broken over two centred lines, as gov.cn pages print it
_FORWARDING_NOTICE = [
    "省人民政府办公厅转发省交通运输厅关于农村公路养护工作意见报告的通知",
    "各市、县人民政府：",
    "省交通运输厅《关于加强农村公路养护工作意见的报告》已经省人民政府同意，现转发给你们，请结合实际贯彻执行。",
    "省人民政府办公厅",
    "二〇一五年三月九日",
    "（此件公开发布）",
    "关于加强农村公路养护",
    "工作意见的报告",
    "省人民政府：",
    "一、明确养护责任。各县要落实养护资金。",
    "二、加强养护队伍建设。",
    "省交通运输厅",
    "二〇一五年二月十六日",
]  # fmt: skip


def test_a_forwarded_text_after_the_closing_block_is_an_annex_with_its_own_date():
    record = _record("\n".join(_FORWARDING_NOTICE))
    (annex,) = record.annexes
    assert annex.title == "关于加强农村公路养护工作意见的报告"
    assert annex.annex_label == ""  # no 附件 number to show
    assert [d.value.lexical() for d in annex.dates if d.role == "signed"] == ["2015-02-16"]
    assert [d.value.lexical() for d in record.dates if d.role == "signed"] == ["2015-03-09"]
    assert numbers(numbered(annex.provisions)) == ["一、", "二、"]
    assert not numbered(record.provisions)


def test_a_forwarded_title_ends_where_the_cited_title_ends():
    # the text opens with a decimal heading that reads like one more title line
    lines = [
        *_FORWARDING_NOTICE[:6],
        "关于加强农村公路养护工作意见的报告",
        "1总则",
        "1.1 为加强养护，制定本意见。",
    ]
    (annex,) = _record("\n".join(lines)).annexes
    assert annex.title == "关于加强农村公路养护工作意见的报告"


def test_a_text_the_notice_does_not_forward_stays_in_the_notice():
    # a decree that 公布 a regulation is the regulation: its text is no annex
    decree = [
        "《城市绿化条例》已经国务院常务会议修订通过，现将修订后的《城市绿化条例》公布，自公布之日起施行。",
        "总理 某某",
        "2017年3月1日",
        "城市绿化条例",
        "第一条 为了促进城市绿化事业的发展，制定本条例。",
    ]  # fmt: skip
    assert _record("\n".join(decree)).annexes == []
    # a title the notice never cited is a heading of its own text, not a forwarded one
    other = [
        line.replace("关于加强农村公路养护", "关于做好农村公路养护")
        for line in _FORWARDING_NOTICE[6:8]
    ]
    changed = _FORWARDING_NOTICE[:6] + other + _FORWARDING_NOTICE[8:]
    assert _record("\n".join(changed)).annexes == []
    # a long sentence after the date is the body going on, whatever it says
    body = [*_FORWARDING_NOTICE[:6], "关于加强农村公路养护工作意见的报告，各地要认真学习。"]
    assert _record("\n".join(body)).annexes == []


def test_a_notice_issuing_two_texts_gives_each_its_own_annex():
    lines = [
        "市人民政府关于印发两项管理办法的通知",
        "各区人民政府：",
        "现将《市政设施养护办法》《市容环境卫生办法》印发给你们，请认真执行。",
        "市人民政府",
        "2016年5月3日",
        "市政设施养护办法",
        "第一条 为加强养护，制定本办法。",
        "第二条 本办法自2016年6月1日起施行。",
        "市容环境卫生办法",
        "第一条 为改善市容，制定本办法。",
    ]
    first, second = _record("\n\n".join(lines), "notice.md", "markdown").annexes
    assert (first.title, second.title) == ("市政设施养护办法", "市容环境卫生办法")
    assert numbers(numbered(first.provisions)) == ["第一条", "第二条"]
    assert numbers(numbered(second.provisions)) == ["第一条"]
    assert not any(d.role == "in_force" for d in second.dates)  # the first one's, not its


def test_a_cited_title_repeated_under_the_notice_with_no_text_after_it_is_no_annex():
    # a page's own links after the notice: its title again, an explainer, a picture
    lines = [
        *_FORWARDING_NOTICE[:6],
        "关于加强农村公路养护工作意见的报告",
        "相关解读：专家解读农村公路养护新要求",
        "一图读懂农村公路养护",
    ]
    assert _record("\n\n".join(lines), "notice.md", "markdown").annexes == []
