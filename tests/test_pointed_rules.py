"""A body's own organisation rules cited through 本 (本院組織法): read under the body's name."""

from __future__ import annotations

from policykg.ingest.extract.citations import find_citations
from policykg.ingest.extract.pointed_rules import pointed_rules


def titles(text: str, own_title: str) -> list[str]:
    return [title for _, _, title in pointed_rules(text, 0, len(text), own_title)]


def test_the_body_the_document_defines_as_this_noun():
    # E0000006 (scale corpus, mojLawSplitJSON): a definition with ASCII brackets and spaces
    text = "僑務委員會 (以下簡稱本會) 為適應海外需要，特依本會組織法第十三條之規定，設立學校。"
    assert titles(text, "甲乙學校組織規程") == ["僑務委員會組織法"]
    mine = "教育部（以下簡稱本部）為處理法制業務，依本部組織法第二十四條之規定，設委員會。"
    assert titles(mine, "某某委員會設置要點") == ["教育部組織法"]


def test_the_body_the_own_title_is_a_rule_of():
    text = "院本部設秘書處，分別掌理本院組織法、本規程規定及奉長官交辦之有關事務。"
    assert titles(text, "甲乙研究院處務規程") == ["甲乙研究院組織法"]
    # 本中心 is not 甲乙研究院: a noun the titled body does not end with says nothing
    assert titles("本中心辦事細則另定之。", "甲乙研究院處務規程") == []


def test_what_is_not_a_pointer_or_not_a_rule_is_left():
    assert titles("依日本組織法之規定辦理。", "丙丁辦法") == []  # 日本: a word
    assert titles("本院組織之調整，另以法律定之。", "甲乙研究院處務規程") == []  # no rule's title
    assert titles("本局組織條例另定之。", "某某辦法") == []  # no body says whose


def test_a_citation_under_the_full_title_with_the_pointer_as_its_mention():
    text = "丙丁委員會（以下簡稱本會）依本會組織法第五條規定，訂定本規則。"
    works, _ = find_citations(text, 0, len(text), "丙丁委員會處務規程")
    work = next(w for w in works if w.title == "丙丁委員會組織法")
    assert [text[m.start : m.end] for m in work.mentions] == ["本會組織法"]


def test_spans_index_the_whole_text():
    before = "前一文件。本院組織法。\n"
    text = before + "甲乙研究院（以下簡稱本院）依本院組織法辦理。"
    ((s, e, title),) = pointed_rules(text, len(before), len(text), "甲乙研究院處務規程")
    assert (text[s:e], title) == ("本院組織法", "甲乙研究院組織法")


def test_a_definition_in_the_other_wordings_the_parser_of_definitions_reads():
    # 下稱, 簡稱 with a colon: the wordings citations.alias_after reads for every definition
    text = "教育部（下稱本部）為推動終身學習，依本部組織法第五條之規定，設置審議會。"
    assert titles(text, "某某審議會設置要點") == ["教育部組織法"]
    colon = "教育部（以下簡稱：本部）為推動終身學習，依本部組織法辦理。"
    assert titles(colon, "某某審議會設置要點") == ["教育部組織法"]
