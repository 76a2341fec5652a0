"""Stage clean: real passages of the seeds, before and after."""

from __future__ import annotations

import hashlib
from pathlib import Path

from policykg.ingest.clean import clean_text
from policykg.ingest.records import SourceText

from .conftest import seed


def source(text: str, fmt: str = "text") -> SourceText:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return SourceText(Path("passage.txt"), text, "utf-8", digest, fmt)  # type: ignore[arg-type]


def paragraphs(text: str, fmt: str = "text") -> list[str]:
    clean = clean_text(source(text, fmt))
    return [clean.paragraph_text(p) for p in clean.paragraphs]


def assert_offsets_hold(text: str, fmt: str = "text") -> None:
    clean = clean_text(source(text, fmt))
    for i, char in enumerate(clean.text):
        if char not in "\n ":
            assert text[clean.offsets[i]] == char


# 000: every line followed by a blank line, trailing space at paragraph ends
SEED_000 = (
    " 內地與香港關於加強創新科技合作的安排 \n \n\n"
    "科技是國家強盛之基，創新是民族進步之魂。香港特別行\n\n"
    "政區（以下簡稱“香港”）具有較雄厚的科技基礎，擁有衆多\n\n"
    "新科技合作的行動指南。 \n\n"
    "一、原則和目標 \n\n"
    "本《安排》於 2018 年 9 月 20 日在香港簽署，一式兩份，\n\n"
    "雙方各執一份，自雙方代表簽署之日起生效，有效期至 2022\n\n"
    "年 6 月 30 日。經雙方同意，本《安排》可進行延期與修訂。\n\n"
    "延期與修訂須通過書面形式進行。 \n"
)


def test_pdf_lines_are_rejoined_without_spaces_between_cjk():
    assert paragraphs(SEED_000) == [
        "內地與香港關於加強創新科技合作的安排",
        "科技是國家強盛之基，創新是民族進步之魂。香港特別行政區（以下簡稱“香港”）"
        "具有較雄厚的科技基礎，擁有衆多新科技合作的行動指南。",
        "一、原則和目標",
        "本《安排》於 2018 年 9 月 20 日在香港簽署，一式兩份，雙方各執一份，自雙方代表"
        "簽署之日起生效，有效期至 2022年 6 月 30 日。經雙方同意，本《安排》可進行延期與"
        "修訂。延期與修訂須通過書面形式進行。",
    ]
    assert_offsets_hold(SEED_000)


# 001: a lone page number between pages (source lines 143-195 of the seed)
SEED_001 = "\n".join(seed("001").read_text(encoding="utf-8").split("\n")[142:195])


def test_page_number_is_dropped_and_recorded():
    clean = clean_text(source(SEED_001))
    assert "4" not in clean.text
    assert [a.kind for a in clean.artefacts] == ["page_number"]
    assert [clean.paragraph_text(p) for p in clean.paragraphs][-2:] == [
        "第五條 簽署與生效",
        "本合作安排由香港特別行政區政府與深圳市人民政府代表簽署，簽署之日起生效。本合作安排一式"
        "四份（繁體版、簡體版各兩份），具有同等效力。香港特別行政區政府與深圳市人民政府保存繁體"
        "版、簡體版各一份。",
    ]
    assert "香港科學園落戶深圳園區和聯合政策的事宜。" in clean.text


# 002: running header inside a paragraph, letter-spaced line, reference markers
SEED_002_LINES = [
    "香港特区政府于 1998 年公布科创发展蓝图，",
    "并据此投资发展各项必要的基础设施，包括成立",
    "创新及科技基金，创办由政府资助的香港应用科",
    "教育，过去 5 年投放超过 1500 亿港元。近期，成",
    "深港科技创新产业深化合作论析",
    " 立香港科技创新联盟，联盟的顾问委员和理事会",
    "成员都是知名学者、科研界和产业界的翘楚。",
    "金由香港创新科技署管理，共有 18 项资助计划，",
    "核 准 项 目 约 3.4 万 个， 累 计 核 准 资 助 资 金 295 亿",
    "港元，涵盖不同产业，包括资讯科技（占总累计",
    "的科学性和生命力。 [1] 当前，深港合作已经进入",
    "更紧密务实合作的新阶段，两地政府越发重视科",
]
FILLER = ["这是一行正文内容，用来撑开页面的宽度和行数。"] * 14


def test_running_header_inside_a_paragraph_is_removed_and_the_sentence_rejoined():
    text = "\n\n".join(
        [*SEED_002_LINES[:4], SEED_002_LINES[4], SEED_002_LINES[5], SEED_002_LINES[6], *FILLER,
         SEED_002_LINES[4], *FILLER[:2]]
    )  # fmt: skip
    clean = clean_text(source(text))
    assert "深港科技创新产业深化合作论析" not in clean.text
    assert "近期，成立香港科技创新联盟" in clean.text
    assert sorted({a.kind for a in clean.artefacts}) == ["running_header"]
    assert clean.artefacts[0].text == "深港科技创新产业深化合作论析"


def test_letter_spaced_cjk_is_collapsed_and_reference_markers_become_structure():
    text = "\n\n".join([*FILLER[:3], *SEED_002_LINES[7:12], *FILLER[:3]])
    clean = clean_text(source(text))
    assert "核准项目约 3.4 万个，累计核准资助资金 295 亿港元" in clean.text
    assert "生命力。当前" in clean.text
    assert [(r.label, clean.text[r.offset : r.offset + 2]) for r in clean.footnote_refs] == [
        ("1", "当前")
    ]
    assert_offsets_hold(text)


def test_latin_words_broken_across_lines_get_one_space():
    wrapped = "本段引述英文原文：The Innovation and Technology Commission runs the"
    text = "\n\n".join([*FILLER[:4], wrapped, "Fund since 1999.", *FILLER[:2]])
    assert "the Fund since 1999." in clean_text(source(text)).text


# 003: Markdown headings, <sup> footnotes, rules, links
SEED_003 = """#### 目的

本文件旨在簡介政府及有關機構在促進粵港澳大灣區（大灣區）創新及科技（創科）發展的最新發展及主要措施。

6. 政府已於 2022 年 12 月 22 日公布《藍圖》<sup>1</sup>，提出四大發展方向，重點如下：

### （一）完善創科生態圈，推進香港「新型工業化」

7. 香港要發展成為國際創新科技中心，必須持續完善本地創科生態圈。

---

<sup>1</sup> 《藍圖》全文已上載至創新科技及工業局網頁（[https://www.itib.gov.hk/a\\_b.pdf](https://www.itib.gov.hk/a_b.pdf)）
"""


def test_markdown_headings_footnotes_and_rules():
    clean = clean_text(source(SEED_003, "markdown"))
    heading_levels = [p.heading_level for p in clean.paragraphs]
    assert heading_levels == [4, None, None, 3, None]
    assert (
        clean.paragraph_text(clean.paragraphs[3]) == "（一）完善創科生態圈，推進香港「新型工業化」"
    )
    assert "<sup>" not in clean.text and "---" not in clean.text and "#" not in clean.text
    assert "公布《藍圖》，提出" in clean.text
    (ref,) = clean.footnote_refs
    (note,) = clean.footnotes
    assert ref.label == note.label == "1"
    assert note.text.startswith(
        "《藍圖》全文已上載至創新科技及工業局網頁（https://www.itib.gov.hk/a"
    )
    assert_offsets_hold(SEED_003, "markdown")


# 004: table of contents, soft line breaks inside a paragraph
SEED_004 = """# 河套深港科技創新合作區 香港園區發展綱要

中華人民共和國\x20\x20
香港特別行政區

# 目錄

●\t前言 .....\t1
●\t第一章 願景與使命 .....\t3
\t2.1 發展歷程\t
◎ 第六章\t匯聚世界創科資源 .....\t35

總體建築效果圖

## 前言

國家高度重視深港河套地區的發展。
"""


def test_table_of_contents_is_dropped_and_soft_breaks_joined():
    clean = clean_text(source(SEED_004, "markdown"))
    texts = [clean.paragraph_text(p) for p in clean.paragraphs]
    assert texts == [
        "河套深港科技創新合作區 香港園區發展綱要",
        "中華人民共和國香港特別行政區",
        "總體建築效果圖",
        "前言",
        "國家高度重視深港河套地區的發展。",
    ]
    assert {a.kind for a in clean.artefacts} == {"toc"}
    assert len(clean.artefacts) == 5


def test_yaml_front_matter_and_html_comments_are_dropped():
    text = "---\nbookCollapseSection: true\n---\n\n# 中华人民共和国专利法\n\n<!-- INFO END -->\n\n## 第一章 总则\n"
    assert paragraphs(text, "markdown") == ["中华人民共和国专利法", "第一章 总则"]


def test_a_column_of_numbers_is_not_taken_for_page_numbers():
    text = "\n".join(["全球排名", "16", "14", "13", "11", "正文。"])
    assert "16" in clean_text(source(text)).text


# a numbered item whose lines the source wrapped, each next line indented to the item's
# text (a hanging indent): the Ministry of Justice's legislative histories, saved as text
HANGING = (
    "甲乙研究院設置條例\n"
    "\n"
    "1.中華民國八十年三月一日總統（80）華總一義字第 1234 號令制定公\n"
    "  布全文 12 條\n"
    "2.中華民國九十五年七月九日行政院丙丁發展委員會（95）丙字第 56 號\n"
    "  令修正第 3 條條文\n"
    "  中華民國一百年一月二日行政院院臺規字第 1000000001 號公告第 4 條\n"
    "  所列屬「行政院丙丁發展委員會」之權責事項，自一百年一月二日起改\n"
    "  由「丙丁部」管轄\n"
    "\n"
    "第1條 為推動甲乙產業之研究及發展，培育研究人才，提升產業技術水準，特設甲乙研究院。\n"
    "第2條 本院為財團法人，其設置依本條例之規定；本條例未規定者，適用其他有關法律之規定。\n"
    "第3條 本院之任務如下：\n"
    "一、研究。\n"
    "二、推廣。\n"
)


def test_a_hanging_indent_continues_its_item():
    assert paragraphs(HANGING) == [
        "甲乙研究院設置條例",
        "1.中華民國八十年三月一日總統（80）華總一義字第 1234 號令制定公布全文 12 條",
        "2.中華民國九十五年七月九日行政院丙丁發展委員會（95）丙字第 56 號令修正第 3 條條文",
        # a short line at the item's column ended its sentence: the next one begins another
        "中華民國一百年一月二日行政院院臺規字第 1000000001 號公告第 4 條所列屬"
        "「行政院丙丁發展委員會」之權責事項，自一百年一月二日起改由「丙丁部」管轄",
        "第1條 為推動甲乙產業之研究及發展，培育研究人才，提升產業技術水準，特設甲乙研究院。",
        "第2條 本院為財團法人，其設置依本條例之規定；本條例未規定者，適用其他有關法律之規定。",
        "第3條 本院之任務如下：",
        "一、研究。",
        "二、推廣。",
    ]
    assert_offsets_hold(HANGING)


def test_a_hanging_indent_of_the_scale_corpus_keeps_a_name_whole():
    # J0000041's history (scale corpus, mojLawSplitJSON): a former name across two lines
    history = (
        "3.中華民國八十二年十一月十七日行政院原子能委員會（82）會人字第\n"
        "  19618 號令修正發布名稱及全文 11  條\n"
        "  （原名稱：行政院原子能委員會法規委員會設置辦法；新名稱：行政院\n"
        "  原子能委員會法規委員會組織規程）\n"
    )
    assert paragraphs(history)[-1] == (
        "（原名稱：行政院原子能委員會法規委員會設置辦法；新名稱：行政院"
        "原子能委員會法規委員會組織規程）"
    )


def test_an_indent_without_a_hanging_item_still_breaks():
    # a first-line indent begins a paragraph; a numbered heading is not wrapped text
    first_line = "　　一、總則\n　　本辦法所稱甲乙，指丙丁戊己庚辛之各項研究計畫\n　　二、申請\n"
    assert paragraphs(first_line) == [
        "一、總則",
        "本辦法所稱甲乙，指丙丁戊己庚辛之各項研究計畫",
        "二、申請",
    ]
    unaligned = "1.中華民國八十年三月一日總統令制定公布全文十二條條文並施行\n      附表一\n"
    assert len(paragraphs(unaligned)) == 2
