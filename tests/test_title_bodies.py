"""Bodies named only inside a title (issue 19): a fragment of a title's subject matter is
no organisation; the title's issuer, the body its organisation act or charter sets up, and a
body named outside the titles stay. Titles written for these tests, in both scripts."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.extract import run as extraction
from policykg.ingest.extract.records import CitedWork, Mention, NamedEntity
from policykg.ingest.extract.title_bodies import named_as_bodies
from policykg.ingest.pipeline import process_source
from policykg.ingest.records import SourceText
from policykg.ingest.script import to_simplified


def entities(text: str, *, rule: bool = True) -> list[str]:
    record = process_source(SourceText(Path("t.txt"), text, "utf-8", "0" * 64, "text"))
    if rule:
        return [e.name for e in extract(record).entities]
    original = extraction.named_as_bodies
    extraction.named_as_bodies = lambda text, simplified, found, cited, own=None: found
    try:
        return [e.name for e in extract(record).entities]
    finally:
        extraction.named_as_bodies = original


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "第一条 根据《中华人民共和国外资保险公司管理条例》，制定本细则。",
            "中华人民共和国外资保险公司",
        ),
        ("第一條 本辦法依《中華民國航空公司營運管理規則》第五條訂定之。", "中華民國航空公司"),
        ("第一條 依《中華民國證券投資信託公司設立標準》辦理。", "中華民國證券投資信託公司"),
        # the document's own title line
        ("中華民國航空公司營運管理規則\n第一條 本規則依民用航空法訂定之。", "中華民國航空公司"),
        # inside the act an amending decision names, after its issuer's 关于
        (
            "第一条 根据《国务院关于修改〈中华人民共和国外资保险公司管理条例〉的决定》，制定本细则。",
            "中华人民共和国外资保险公司",
        ),
    ],
)
def test_a_head_noun_inside_a_title_names_no_body(text, fragment):
    assert fragment in entities(text, rule=False)  # what the recogniser reads
    assert fragment not in entities(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "第一条 根据《国务院关于修改〈中华人民共和国外资保险公司管理条例〉的决定》，制定。",
            "国务院",
        ),
        (
            "第一条 根据《海南省渔业管理局关于加强渔船安全管理的通知》，各渔港应当建立台账。",
            "海南省渔业管理局",
        ),
        (
            "第一條 依《高雄市海洋資源管理委員會關於漁船進出港管理之規定》辦理。",
            "高雄市海洋資源管理委員會",
        ),
        ("第一條 依《海洋資源研究院設置條例》第三條規定，本院置董事會。", "海洋資源研究院"),
        ("第一條 依《海洋資源研究院組織規程》第二條規定，本院置院長。", "海洋資源研究院"),
        ("第一条 根据《海洋资源研究院组织条例》，本院设理事会。", "海洋资源研究院"),
        # named outside the title as well: a body of the document's own
        (
            "第一条 根据《中华人民共和国外资保险公司管理条例》，中华人民共和国外资保险公司应当登记。",
            "中华人民共和国外资保险公司",
        ),
    ],
)
def test_an_issuer_an_act_s_body_or_a_body_named_elsewhere_stays(text, body):
    assert body in entities(text)


def _title_and_name(text: str, title: str, name: str) -> tuple[list[NamedEntity], CitedWork]:
    at, inside = text.index(title), text.index(name)
    work = CitedWork(title=title, kind="Legislation", mentions=[Mention(at, at + len(title))])
    entity = NamedEntity(name, mentions=[Mention(inside, inside + len(name))])
    return [entity], work


def test_a_bare_law_title_of_the_list_holds_no_body_but_a_gazetteer_name_stays():
    text = "第一条 依照中华人民共和国外资保险公司管理条例第五条规定办理。"
    found, work = _title_and_name(
        text, "中华人民共和国外资保险公司管理条例", "中华人民共和国外资保险公司"
    )
    assert named_as_bodies(text, to_simplified(text), found, [work]) == []
    text = "第一條 依行政院主計總處組織法第二條辦理。"  # a body every gazetteer lists
    found, work = _title_and_name(text, "行政院主計總處組織法", "行政院")
    assert [e.name for e in named_as_bodies(text, to_simplified(text), found, [work])] == ["行政院"]


def test_a_title_not_in_the_list_without_marks_is_not_a_title():
    text = "第一條 依海洋資源管理公司營運規則辦理。"  # no 《》, not a listed law
    found, work = _title_and_name(text, "海洋資源管理公司營運規則", "海洋資源管理公司")
    assert named_as_bodies(text, to_simplified(text), found, [work]) == found


def test_the_document_s_own_title_repeated_in_its_text_is_a_title():
    text = (
        "中華民國航空公司營運管理規則\n第一條 本規則依民用航空法訂定之。\n"
        "第二條 本規則原名稱：中華民國航空公司營運管理規則。"
    )
    assert "中華民國航空公司" in entities(text, rule=False)
    assert "中華民國航空公司" not in entities(text)


def test_a_platform_the_text_names_by_a_short_form_it_ends_with_stays():
    title = "《海灣新區濱海科技園區建設規劃》"
    alone = f"第一條 依{title}辦理。"
    with_short_form = alone + "\n第二條 濱海科技園區設管理處。"
    assert "海灣新區濱海科技園區" in entities(alone, rule=False)
    assert "海灣新區濱海科技園區" not in entities(alone)
    assert "濱海科技園區" in entities(with_short_form)
    assert "海灣新區濱海科技園區" in entities(with_short_form)
