"""Stage metadata: titles, kinds and the dates documents state about themselves."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from policykg.graph.build import document_date
from policykg.ingest.metadata import classify
from policykg.ingest.pipeline import process_source
from policykg.ingest.records import SourceText


def dates(record):
    return {d.role: d.value.lexical() for d in record.dates}


def test_seed_titles_and_kinds(records):
    assert [(r.title, r.kind) for r in records.values()] == [
        ("內地與香港關於加強創新科技合作的安排", "Agreement"),
        ("關於推進河套深港科技創新合作區「一區兩園」建設的合作安排", "Agreement"),
        ("深港科技创新产业深化合作论析", "Paper"),  # from the running header
        ("香港有關粵港澳大灣區的創新及科技發展 (包括相關的創業支援措施)", "Paper"),
        ("河套深港科技創新合作區 香港園區發展綱要", "Plan"),
    ]
    assert records["000"].annexes[0].kind == "Plan"


def test_seed_dates(records):
    assert dates(records["000"]) == {
        "signed": "2018-09-20", "in_force": "2018-09-20", "valid_until": "2022-06-30",
    }  # fmt: skip
    assert records["000"].dates[0].place == "香港"
    assert dates(records["001"]) == {"signed": "2021-09-06", "in_force": "2021-09-06"}
    # a paper dated at the top, and closed by its bureau's name over the month
    assert dates(records["003"]) == {"signed": "2023-02", "published": "2023-02-21"}
    assert document_date(records["003"].dates).value.lexical() == "2023-02-21"
    assert dates(records["002"]) == {}


def test_date_spans_point_at_the_date_text(records):
    record = records["000"]
    signed = record.dates[0]
    assert record.clean.text[signed.start : signed.end] == "2018 年 9 月 20 日"


def test_one_document_date_by_role_then_precision():
    from policykg.ingest.records import DatedFact, DateValue

    def fact(role, *ymd):
        return DatedFact(role, DateValue(*ymd), 0, 1)

    # signed wins over adopted and published, whatever the order found
    chosen = document_date([fact("published", 2020, 5, 1), fact("signed", 2020, 3, 2)])
    assert (chosen.role, chosen.value.lexical()) == ("signed", "2020-03-02")
    # a full date within the month of a better role makes it precise
    chosen = document_date([fact("signed", 2017, 1), fact("published", 2017, 1, 3)])
    assert chosen.value.lexical() == "2017-01-03"
    # one outside it does not
    chosen = document_date([fact("signed", 2017, 1), fact("published", 2017, 2, 3)])
    assert chosen.value.lexical() == "2017-01"
    # in force and version dates are never the document date
    assert document_date([fact("in_force", 2020, 1, 1), fact("version", 2021, 1, 1)]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Simplified, the whole body one line, a note after the date
            "国家发展改革委关于做好节能工作的通知\n各省、自治区、直辖市人民政府：\n"
            "一、加强组织领导。请认真贯彻执行。 国家发展改革委 2019年3月5日 （此件公开发布）\n",
            "2019-03-05",
        ),
        (  # Traditional, the issuing body and the date on lines of their own
            "經濟部關於推動產業創新的函\n一、請各單位配合辦理。\n二、請查照。\n經濟部\n一百零九年七月一日\n",
            "2020-07-01",
        ),
        (  # the note on a paragraph of its own
            "国务院办公厅关于印发科技体制改革方案的通知\n各省人民政府：\n方案已经国务院同意，现印发给你们。\n"
            "国务院办公厅\n2015年9月24日\n（此件公开发布）\n",
            "2015-09-24",
        ),
        (  # two issuing bodies side by side
            "教育部 科技部关于加强高校科研管理的意见\n一、总体要求。认真落实。\n教育部 科技部\n2020年12月1日\n",
            "2020-12-01",
        ),
    ],
)
def test_the_closing_block_dates_a_notice(text, expected):
    record = _process(text)
    assert dates(record)["signed"] == expected
    assert document_date(record.dates).value.lexical() == expected


# A reply whose annex list stands before its closing block (the usual layout of an
# official document: body, 附件：…, issuing body, date, note, then the annex), in a
# Markdown file whose lines are not separated by blank lines (a converted web page)
_REPLY_WITH_ANNEX = (
    "# 国务院关于同意设立某某试验区的批复\n\n- 发文字号：国函〔2019〕7号\n\n"
    "国务院关于同意设立某某试验区的批复\n国函〔2019〕7号\n某某省人民政府：\n"
    "你省关于设立某某试验区的请示收悉。现批复如下：\n同意设立某某试验区。\n"
    "附件：某某试验区总体方案\n国务院\n2019年3月4日\n（此件公开发布）\n"
    "附件\n某某试验区总体方案\n为推进改革，制定本方案。\n一、总体要求\n坚持改革创新。\n"
)


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_the_closing_block_after_an_annex_list_dates_the_reply(fmt):
    record = _process(_REPLY_WITH_ANNEX, "reply.md", fmt)
    assert dates(record)["signed"] == "2019-03-04"
    [annex] = record.annexes
    assert annex.title == "某某试验区总体方案"
    assert "2019年3月4日" not in record.clean.text[annex.start : annex.end]


def test_the_closing_block_after_an_annex_list_in_traditional_script():
    text = (
        "# 行政院關於同意設置某某園區的函\n\n行政院關於同意設置某某園區的函\n"
        "主旨：同意設置某某園區，請查照。\n說明：復貴部函。\n附件：某某園區設置計畫\n"
        "行政院\n中華民國一百零八年五月六日\n附件\n某某園區設置計畫\n壹、計畫緣起\n推動產業創新。\n"
    )
    record = _process(text, "letter.md", "markdown")
    assert dates(record)["signed"] == "2019-05-06"
    assert [a.title for a in record.annexes] == ["某某園區設置計畫"]


@pytest.mark.parametrize(
    "tail",
    [
        "国务院办公厅\n2016年7月8日\n（此件有删减）\n\n抄送：国家发展改革委、科技部、财政部。\n",
        "国务院办公厅\n2016年7月8日\n\n国务院办公厅秘书局 2016年7月12日印发\n",
        "国务院办公厅\n2016年7月8日\n\n来源：中国政府网\n\n【我要纠错】 责任编辑：王五\n",
        "**国务院办公厅**\n\n**2016年7月8日**\n",
    ],
    ids=["distribution list", "printing line", "page footer", "emphasis marks"],
)
def test_what_follows_a_closing_block_is_no_part_of_it(tail):
    text = "国务院办公厅关于某某工作的通知\n各省人民政府：\n一、加强领导。请遵照执行。\n" + tail
    for fmt in ("text", "markdown"):
        record = _process(text, "notice", fmt)
        assert dates(record)["signed"] == "2016-07-08", fmt


def test_a_table_attached_after_the_signature_leaves_the_closing_date_to_the_text():
    # one paragraph per line, as a web page's <p> elements are read
    text = "\n\n".join(
        ["关于扩大农业技术培训规模的报告", "国务院：", "一、逐年扩大培训规模。", "附：各省培训人数表",
         "农业部", "一九九八年四月二日", "附：", "各省培训人数表", "| 省 | 人数 |", "| 河北 | 120 |"]
    )  # fmt: skip
    assert dates(_process(text, "report.md", "markdown"))["signed"] == "1998-04-02"
    # a deadline standing before an attached form is no signature
    deadline = "\n\n".join(
        ["关于举办农业技术培训班的通知", "一、培训内容。", "二、报名截止日期：", "2019年5月1日",
         "附：", "报名表", "| 姓名 | 单位 |"]
    )  # fmt: skip
    assert "signed" not in dates(_process(deadline, "notice.md", "markdown"))


def test_a_printing_line_alone_is_no_closing_date():
    record = _process(
        "某某通知\n一、加强领导。请遵照执行。\n\n某某办公室 2016年7月12日印发\n", "notice.txt"
    )
    assert "signed" not in dates(record)


def test_a_date_inside_the_last_sentence_is_no_closing_date():
    record = _process(
        "某某辦法\n第一條 為管理基金，制定本辦法。\n第二條 本辦法自2021年1月1日起施行\n"
    )
    assert "signed" not in dates(record)


def test_latest_amendment_of_a_legislative_history_is_the_version():
    record = _process(
        "科學園區管理條例\n沿革內容\n"
        "1.中華民國八十五年一月十日總統華總一義字第 8500003370 號令制定\n  公布全文 20 條\n"
        "2.中華民國九十年五月二日總統華總一義字第 9000081560 號令\n  修正公布第 3、5 條條文\n"
        "3.中華民國九十九年四月七日總統華總一義字第 09900080961 號\n  令修正公布全文 18 條\n"
        "4.中華民國一百零三年一月八日行政院院臺規字第 1030120001 號令發布廢止\n"
        "法規內容\n第 1 條\n為管理科學園區，特制定本條例。\n"
    )
    found = dates(record)
    assert found["published"] == "1996-01-10"  # the first enactment: eli:date_document
    assert found["version"] == "2010-04-07"  # the latest amendment, not the repeal
    assert document_date(record.dates).value.lexical() == "1996-01-10"


@pytest.mark.parametrize("jointly", ["會銜", "會同", "会衔", " 會 銜"])
def test_a_history_of_rules_two_bodies_issue_together_dates_enactment_and_version(jointly):
    """Two ministries' orders, then 會銜 (or 會同) before the verb: …號令、乙部…號令會銜訂定發布."""
    record = _process(
        "漁船海上補給作業辦法\n沿革：\n"
        "1.中華民國一百零五年三月九日甲部甲字第 1050001234 號令、乙部乙\n"
        f"  字第 10500056780 號令{jointly}訂定發布全文 12 條\n"
        "2.中華民國一百十一年十月五日甲部甲字第 11100098761 號令、乙部乙\n"
        f"  字第 1110004321B 號令{jointly}修正發布第 3、7 條條文\n"
        "第 1 條\n本辦法依漁業法第五條規定訂定之。\n"
    )
    found = dates(record)
    assert found["published"] == "2016-03-09"  # the joint enactment: eli:date_document
    assert found["version"] == "2022-10-05"  # the joint amendment


def test_a_joint_order_adding_articles_is_the_latest_version():
    """…號令會銜增訂發布第 5-1 條條文: an item that only adds articles is a version of the text."""
    record = _process(
        "觀光遊樂船舶檢查規則\n沿革：\n"
        "1.中華民國九十八年五月六日丁部丁字第 0980001111 號令訂定發布全文 20 條；並自\n"
        "  九十八年七月一日施行\n"
        "2.中華民國一百零九年二月三日丁部丁字第 1090002222 號令、戊部戊字第 1090003333\n"
        "  號令會銜增訂發布第 5-1 條條文\n"
        "第 1 條\n本規則依船舶法第三條規定訂定之。\n"
    )
    assert dates(record)["version"] == "2020-02-03"


@pytest.mark.parametrize(
    "named",
    ["會同丁部", "會同丁部戊部", "會\n  同丁部", "會同丁\n  部戊委員會", "會同丁署"],
)
def test_a_joint_order_naming_the_other_bodies_dates_the_text(named):
    """…號令會同丁部戊部訂定發布: 會同 names the bodies the rules are issued with."""
    record = _process(
        "遠洋漁船船員招募辦法\n沿革：\n"
        f"1.中華民國六十一年五月二日甲部甲字第 5678 號令{named}訂定發布\n"
        f"2.中華民國七十年三月四日甲部甲字第 9012 號令{named}修正發布全文 9 條\n"
        "第 1 條\n本辦法依漁業法第五條規定訂定之。\n"
    )
    found = dates(record)
    assert found["published"] == "1972-05-02"
    assert found["version"] == "1981-03-04"


@pytest.mark.parametrize(
    "verb", ["刪除發布第 6 條條文", "刪\n  除發布第 6 條條文", "增列第 4-1 條條文"]
)
def test_an_item_that_only_strikes_or_adds_articles_is_the_latest_version(verb):
    """…號令刪除發布第 6 條條文 and …號令增列第 4-1 條: the text changed on that day."""
    record = _process(
        "青年創業貸款要點\n沿革：\n"
        "1.中華民國一百零四年二月三日丙部丙字第 1040000111 號令訂定發布全文 9 條\n"
        f"2.中華民國一百十年八月九日丙部丙字第 1100000222 號令{verb}\n"
        "第 1 條\n本要點由丙部訂定。\n"
    )
    assert dates(record)["version"] == "2021-08-09"


def test_a_history_longer_than_the_header_reach_is_read_to_its_last_item():
    """A rule amended eighty times: its history runs past 3,000 characters; the version is
    its last item's date, not one from where the reach used to stop."""
    items = "".join(
        f"{k}.中華民國{70 + k // 12}年{k % 12 + 1}月一日丁部丁字第 {k:06d} 號令修正發布第 {k} 條條文\n"
        "  （修正理由另見丁部公報，本項說明僅供查考，不另行文各機關）\n"
        for k in range(2, 80)
    )
    text = (
        "船舶設備規則\n沿革：\n1.中華民國七十年一月一日丁部丁字第 000001 號令訂定發布全文\n"
        + items
        + "第 1 條\n本規則依船舶法訂定之。\n"
    )
    assert text.index("第 1 條") > 3000
    assert dates(_process(text))["version"] == "1987-08-01"  # item 79: 民國 76 年 8 月


def test_a_body_meeting_after_an_order_is_no_joint_line():
    """會 alone after an order (…號令會議…) is no joint issue: no verb of a history follows."""
    record = _process(
        "港區巡查要點\n沿革：\n"
        "1.中華民國一百零二年一月四日丙部丙字第 1020000111 號令會議紀錄通知各機關\n"
        "第 1 條\n本要點由丙部訂定。\n"
    )
    assert "published" not in dates(record)


def test_an_older_history_whose_orders_have_no_number_dates_enactment_and_version():
    """Histories of the 1950s-80s write 總統令 / 行政院令 without an order number."""
    record = _process(
        "漁業發展獎勵辦法\n沿革：\n"
        "1.中華民國四十八年三月五日行政院令訂定發布全文 9 條\n"
        "2.中華民國六十一年十月二十日行政院令修正發布第 4 條條文\n"
        "3.中華民國七十年一月九日總統令修正公布全文 12 條\n"
        "4.中華民國八十八年六月二日總統令發布廢止\n"
        "第 1 條\n為發展漁業，特訂定本辦法。\n"
    )
    found = dates(record)
    assert found["published"] == "1959-03-05"  # 訂定發布: the first enactment
    assert found["version"] == "1981-01-09"  # the latest amendment, not the repeal


def test_the_oldest_history_with_no_order_at_all_dates_enactment_and_version():
    """Histories of the 1960s write 總統制定公布 with no 令; lines break inside the item."""
    record = _process(
        "茶葉外銷輔導條例\n沿革：\n"
        "1.中華民國五十二年四月三日總統制定公布全文 8 條刊總統府公報第 1\n  421 號\n"
        "2.中華民國六十年九月十日總統修正公布第 2、5 條條文刊總統府公報\n  第 2310 號\n"
        "第 1 條\n為輔導茶葉外銷，特制定本條例。\n第 2 條\n本條例由經濟部總統籌辦理。\n"
    )
    found = dates(record)
    assert (found["published"], found["version"]) == ("1963-04-03", "1971-09-10")


@pytest.mark.parametrize(
    ("subtitle", "role", "day"),
    [
        ("（交通运输部 二〇一二年五月七日）", "signed", "2012-05-07"),  # who wrote it, and when
        ("(海关总署、财政部 2015年10月9日)", "signed", "2015-10-09"),
        ("（2016年3月1日）", "published", "2016-03-01"),  # a date alone
    ],
)
def test_a_dated_subtitle_under_the_title_dates_the_text(subtitle, role, day):
    text = "\n\n".join(["关于改进港口收费管理的意见", subtitle, "一、总体要求。", "二、主要措施。"])
    assert dates(_process(text, "opinion.md", "markdown"))[role] == day


def test_a_subtitle_with_words_after_its_date_is_no_signature():
    text = "\n\n".join(["关于改进港口收费管理的意见", "（2016年3月1日起试行）", "一、总体要求。"])
    found = dates(_process(text, "opinion.md", "markdown"))
    assert "signed" not in found and "published" not in found


def test_an_adoption_line_broken_inside_its_parenthesis_dates_the_text():
    text = "\n\n".join(
        [
            "某某委员会工作规则",
            "（二○一三年三月十九日某某委员会",
            "第2次全体会议通过）",
            "一、总则。",
        ]
    )
    assert dates(_process(text, "rules.md", "markdown"))["adopted"] == "2013-03-19"
    # a closed parenthesis does not reach into the next line
    closed = "\n\n".join(["某某委员会工作规则", "（二○一三年三月十九日印）", "会议通过了决议。"])
    assert "adopted" not in dates(_process(closed, "rules.md", "markdown"))


@pytest.mark.parametrize(
    "text",
    [
        "某某計畫核定函\n一、本部於中華民國一百零九年二月二十七日報請總統核定之推動計畫，請查照。\n",
        "某某修法說明\n一、立法院於中華民國一百零八年五月七日三讀通過修正草案，並經總統公布。\n",
    ],
)
def test_the_president_in_running_text_is_no_line_of_a_history(text):
    found = dates(_process(text))
    assert "published" not in found and "version" not in found


def test_a_header_adopting_the_text_again_dates_the_version():
    """A judicial interpretation's header: first adopted, then its amended text adopted."""
    record = _process(
        "最高人民法院关于审理某类案件的规定\n\n"
        "2005年3月2日 最高人民法院审判委员会第1345次会议通过\n\n"
        "2021年6月8日 最高人民法院审判委员会第1840次会议通过\n\n"
        "第一条 为正确审理案件，制定本规定。\n第二条 本规定自2021年7月1日起施行。\n"
    )
    found = dates(record)
    assert found["adopted"] == "2005-03-02"
    assert found["version"] == "2021-06-08"


def test_one_adoption_in_a_header_is_no_version():
    record = _process(
        "某某条例\n\n2016年9月29日 某省第十二届人民代表大会常务委员会第二十八次会议通过\n\n"
        "第一条 为了规范管理，制定本条例。\n"
    )
    assert "version" not in dates(record)


def test_an_amending_decision_in_a_statutes_header_dates_its_version():
    record = _process(
        "科学技术奖励办法\n\n1999年5月23日 国务院批准\n\n"
        "2003年12月20日 《国务院关于修改〈科学技术奖励办法〉的决定》第一次修订\n\n"
        "2013年7月18日 《国务院关于废止和修改部分行政法规的决定》第二次修订\n\n"
        "第一条 为了奖励在科学技术进步活动中做出突出贡献的公民、组织，制定本办法。\n"
        "第二条 2015年，国家修订了有关规定。\n"
    )
    found = dates(record)
    assert found["adopted"] == "1999-05-23"  # 批准: approved
    assert found["version"] == "2013-07-18"  # 廢止 inside the decision's title is no repeal


@pytest.mark.parametrize("according", ["根据", "根據"])
def test_a_header_joined_at_according_to_dates_the_version(according):
    # the adoption and the amendment on one line: …会议通过根据<date>…《…的决定》修正
    record = _process(
        "# 甲省农业机械化促进条例\n\n2012年3月30日 甲省人民代表大会常务委员会第二十九次会议通过"
        f"{according}2019年11月29日甲省人民代表大会常务委员会第十五次会议《关于修改〈甲省农业机械化"
        "促进条例〉等五件地方性法规的决定》修正\n\n第一条 为了促进农业机械化，制定本条例。\n",
        "regulation.md",
        "markdown",
    )
    found = dates(record)
    assert (found["adopted"], found["version"]) == ("2012-03-30", "2019-11-29")


def _process(text: str, name: str = "doc.txt", fmt: str = "text"):
    source = SourceText(Path(name), text, "utf-8", hashlib.sha256(text.encode()).hexdigest(), fmt)
    return process_source(source)


def test_law_adoption_and_commencement_in_simplified_script():
    record = _process(
        "中华人民共和国促进科技成果转化法\n"
        "（1996年5月15日第八届全国人民代表大会常务委员会第十九次会议通过）\n"
        "第一条 为了促进科技成果转化为现实生产力，制定本法。\n"
        "第二条 本法自1996年10月1日起施行。\n"
    )
    assert record.title == "中华人民共和国促进科技成果转化法"
    assert record.kind == "Legislation"
    assert dates(record) == {"adopted": "1996-05-15", "in_force": "1996-10-01"}


def test_commencement_in_a_laws_legislative_history():
    record = _process(
        "海洋研究院設置條例\n"
        "1.中華民國一百十年六月二日總統華總一義字第 11000012345 號令制定公布全文 20 條；"
        "施行日期，由行政院定之\n"
        "中華民國一百十年九月一日行政院院臺規字第 1100012345 號\n"
        "令發布定自一百十一年一月一日施行\n"
        "第1條 為推動海洋研究，特制定本條例。\n"
    )
    assert dates(record)["in_force"] == "2022-01-01"


def test_in_force_on_the_day_of_promulgation_from_the_legislative_history():
    record = _process(
        "海洋研究院設置條例\n"
        "1.中華民國九十五年三月八日總統華總一義字第 09500012345 號令\n"
        "  制定公布全文 12 條\n"
        "2.中華民國一百年五月四日總統華總一義字第 10000054321 號令修正公布第 3 條條文\n"
        "第1條 為推動海洋研究，特制定本條例。\n"
        "第12條 本條例自公布日施行。\n"
    )
    found = dates(record)
    assert (found["published"], found["in_force"]) == ("2006-03-08", "2006-03-08")


def test_commencement_line_broken_before_the_orders_verb():
    # the source broke the line after 號令, so the commencement line starts with 發布
    record = _process(
        "海洋研究院設置條例\n"
        "1.中華民國一百零五年二月三日總統華總一義字第 10500012345 號令制定公布全文 20 條；"
        "施行日期，由行政院定之\n"
        "中華民國一百零五年五月九日行政院院臺規字第 1050012345 號令\n"
        "發布定自一百零五年七月一日施行\n"
        "2.中華民國一百十年六月二日總統華總一義字第 11000012345 號令修正公布第 3 條條文；"
        "施行日期，由行政院定之\n"
        "中華民國一百十年八月一日行政院院臺規字第 1100012345 號\n"
        "令發布定自一百十年九月一日施行\n"
        "第1條 為推動海洋研究，特制定本條例。\n"
    )
    assert dates(record)["in_force"] == "2016-07-01"  # the law's, not the amendment's


def test_a_regulation_approved_into_force_in_its_history():
    record = _process(
        "海洋研究基金收支保管及運用辦法\n"
        "1.中華民國六十五年四月十日行政院（65）台字第 1234 號令核\n"
        "  定施行\n"
        "2.中華民國九十年三月一日行政院（90）台字第 5678 號令核定修正第 3 條條文\n"
        "第1條 為推動海洋研究，訂定本辦法。\n"
        "第9條 本辦法自發布日施行。\n"
    )
    found = dates(record)
    assert (found["published"], found["in_force"]) == ("1976-04-10", "1976-04-10")


def test_memorandum_with_chinese_numeral_dates_and_validity():
    record = _process(
        "關於科技合作的諒解備忘錄\n"
        "第一條 雙方同意加強合作。\n"
        "第二條 本備忘錄於二〇一九年三月一日在深圳簽署，自簽署之日起生效，有效期至二〇二四年二月二十九日。\n"
    )
    assert record.kind == "Agreement"
    assert dates(record) == {
        "signed": "2019-03-01", "in_force": "2019-03-01", "valid_until": "2024-02-29",
    }  # fmt: skip
    assert record.dates[0].place == "深圳"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("粵港澳大灣區發展規劃綱要", "Plan"),
        ("深化粵港澳合作推進大灣區建設框架協議", "Agreement"),
        ("關於港深推進落馬洲河套地區共同發展的合作備忘錄", "Agreement"),
        ("行政長官2024年施政報告", "Paper"),
        ("香港智慧城市藍圖", "Plan"),
        ("中华人民共和国专利法", "Legislation"),
        ("专利法实施细则", "Legislation"),
        ("香港有關粵港澳大灣區的創新及科技發展 (包括相關的創業支援措施)", "Paper"),
    ],
)
def test_kind_from_title(title, kind):
    assert classify(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [  # a case or an article about a contract: a question, a lawsuit, a deed done to it
        ("租户拖欠租金三个月，出租人能否解除租赁合同", "Paper"),
        ("員工拒絕調職，僱主可否解除僱傭合同", "Paper"),
        ("王某訴某科技公司軟件開發合同", "Paper"),
        ("发包人逾期付款时承包人如何终止施工合同", "Paper"),
        ("用人单位单方解除劳动合同", "Paper"),
        # agreements of their own, whatever they do to another
        ("解除勞動合同協議書", "Agreement"),
        ("关于变更租期的补充协议", "Agreement"),
        ("粵港科技合作終止協議", "Agreement"),
        ("技術服務合同", "Agreement"),
        ("商品房买卖合同（示范文本）", "Agreement"),
    ],
)
def test_a_title_about_an_agreement_is_not_one(title, kind):
    assert classify(title) == kind


@pytest.mark.parametrize("marks", ["# ", "## ", "###\t", "  # "])
def test_markdown_heading_marks_are_not_part_of_a_plain_text_title(marks):
    """A .txt file from a converter that begins with `# Title` and has too little other
    Markdown to be read as Markdown: the title is the heading's words."""
    text = f"{marks}粵港科技合作協議\n\n第一條 雙方同意加強科技合作。\n\n第二條 本協議自簽署之日起生效。\n"
    source = SourceText(
        path=Path("a.txt"),
        text=text,
        encoding="utf-8",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        format="text",
    )
    record = process_source(source)
    assert record.title == "粵港科技合作協議"
    assert record.kind == "Agreement"
    start, end = record.title_span
    assert record.clean.text[start:end] == "粵港科技合作協議"


def test_a_hash_that_is_no_heading_mark_stays():
    text = "#5號文件\n\n第一條 雙方同意加強科技合作。\n"
    source = SourceText(Path("b.txt"), text, "utf-8", "0" * 64, "text")
    assert process_source(source).title == "#5號文件"


def test_a_laws_header_with_its_amendments_even_when_lines_were_joined():
    record = _process(
        "中华人民共和国节约能源法\n\n"
        "1997年11月1日 第八届全国人民代表大会常务委员会第二十八次会议通过\n\n"
        "2016年7月2日 第十二届全国人民代表大会常务委员会第二十一次会议《关于修改〈中华人民共和国"
        "节约能源法〉等六部法律的决定》第一次修正"
        "2018年10月26日 第十三届全国人民代表大会常务委员会第六次会议《关于修改部分法律的决定》第二次修正\n\n"
        "第一条 为了推动全社会节约能源，制定本法。\n\n第二条 2020年，国家修订了有关标准。\n"
    )
    found = dates(record)
    assert (found["adopted"], found["version"]) == ("1997-11-01", "2018-10-26")
    assert document_date(record.dates).value.lexical() == "1997-11-01"


def test_an_item_adding_articles_is_a_version():
    record = _process(
        "產業創新條例\n沿革內容\n"
        "1.中華民國九十九年五月十二日總統華總一義字第 09900121861 號令制定公布全文 72 條\n"
        "2.中華民國一百零三年六月四日總統華總一義字第 10300085481 號令增訂公布第 23-1 條條文\n"
        "第 1 條\n為促進產業創新，特制定本條例。\n"
    )
    assert dates(record)["version"] == "2014-06-04"


def test_the_enactment_date_is_the_history_lines_not_a_header_line_above_it():
    record = _process(
        "某某產業管理法\n\n最新異動日期：2024年5月24日\n\n生效日期：2024年8月1日\n\n沿革：\n\n"
        "1.中華民國九十年三月十四日總統（90）華總一義字第 9000046490 號令\n  制定公布全文 36 條\n"
        "2.中華民國一百十三年五月二十四日總統華總一經字第 11300042361 號\n  令修正公布第 31 條條文\n\n"
        "第 1 條\n\n為促進產業發展，特制定本法。\n"
    )
    found = dates(record)
    assert found["published"] == "2001-03-14"  # not 最新異動日期, two lines above
    assert found["version"] == "2024-05-24"


def test_a_line_without_letters_is_no_title():
    record = _process(
        "附表一\n\n┌──────────┐\n\n│ 申請人 │ 地址 │\n\n└──────────┘\n\n一、申請人應填寫本表。\n",
        "form.txt",
    )
    assert record.title and "┌" not in record.title


# LawRefBook names each file after the version it holds; a header that lists no
# amendment (a regulation revised by a decision amending many) gives no version date
_HEADER_WITHOUT_AMENDMENT = (
    "# 中华人民共和国某某安全保卫条例\n\n1996年7月6日 中华人民共和国国务院令第201号发布\n\n"
    "第一条 为了维护某某秩序，制定本条例。\n\n第二条 本条例自发布之日起施行。\n"
)


@pytest.mark.parametrize("name", ["某某安全保卫条例(2011-01-08).md", "某某条例（2011-01-08）.txt"])
def test_the_file_names_date_is_the_version_when_the_text_gives_none(name):
    record = _process(_HEADER_WITHOUT_AMENDMENT, name, "markdown")
    (version,) = [d for d in record.dates if d.role == "version"]
    assert version.value.lexical() == "2011-01-08" and version.from_file_name
    assert document_date(record.dates).value.lexical() == "1996-07-06"  # not the name's
    assert not any(d.from_file_name for a in record.annexes for d in a.dates)


def test_the_texts_version_date_wins_over_the_file_names():
    text = _HEADER_WITHOUT_AMENDMENT.replace(
        "发布\n\n", "发布\n\n2011年1月8日《国务院关于废止和修改部分行政法规的决定》修订\n\n"
    )
    record = _process(text, "某某安全保卫条例(2019-03-02).md", "markdown")
    (version,) = [d for d in record.dates if d.role == "version"]
    assert (version.value.lexical(), version.from_file_name) == ("2011-01-08", False)


@pytest.mark.parametrize(
    "name",
    [
        "某某安全保卫条例(1990-01-01).md",  # before the enactment the text gives: not a version
        "某某安全保卫条例(2011-13-08).md",  # no such month
        "某某安全保卫条例 2011-01-08.md",  # not in brackets at the end of the name
        "某某安全保卫条例(2011-01-08)附件.md",
    ],
)
def test_no_version_from_a_file_name_without_a_plausible_date(name):
    record = _process(_HEADER_WITHOUT_AMENDMENT, name, "markdown")
    assert "version" not in dates(record)


def test_a_commencement_after_the_only_item_is_no_version_whatever_the_body_says():
    """The history's last item ends where the body begins: an article's 檢討修訂 is no
    amendment of the text (mojLaw J0110107 had its commencement date as a version)."""
    record = _process(
        "某某計畫審定辦法\n沿革：\n"
        "1.中華民國一百零八年二月十九日經濟部經水字第 10804600510 號令訂定發布全文 14 條；"
        "並自一百零八年二月一日施行\n"
        "第 1 條\n本辦法依某某法規定訂定之。\n"
        "第 2 條\n審議會之任務如下：一、計畫擬訂、檢討修訂與變更之審議事項。\n"
    )
    assert dates(record) == {"published": "2019-02-19"}  # no version


def test_the_last_amendment_before_the_body_is_the_version_though_the_body_repeals():
    record = _process(
        "某某地質調查辦法\n沿革：\n"
        "1.中華民國一百零一年三月六日經濟部經地字第 10104600660 號令訂定發布全文 13 條；並自發布日施行\n"
        "2.中華民國一百十二年三月七日經濟部經地字第 11259050030 號令修正發布第 4 條條文\n"
        "第 1 條\n本辦法依地質法規定訂定之。\n第 2 條\n原某某要點自本辦法施行之日起廢止。\n"
    )
    assert dates(record)["version"] == "2023-03-07"
