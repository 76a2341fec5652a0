"""One named system by how the laws write the whole phrase (ingest/extract/named_platforms.py
and its use in platform_reference.py, issue 19, session 23). The sentences are invented
(other bodies, other wording than the gold documents); the phrases are rows of
resources/named_platforms.tsv, built from the laws."""

from __future__ import annotations

import pytest
from policykg.ingest.extract import named_platforms
from policykg.ingest.extract.named_platforms import (
    Writing,
    a_kind_by_the_laws,
    named_by_the_laws,
    writings,
)
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_reference import referenced_platforms

from .builders import load_builder
from .recognised import platforms


def referenced(text: str) -> list[tuple[str, str]]:
    tokens = tokenise(text, 0, len(text))
    return [(text[c.start : c.end], c.rule) for c in referenced_platforms(text, tokens)]


def test_the_table_is_read():
    assert len(writings()) > 500
    assert all(w.documents >= 2 for w in writings().values())


@pytest.mark.parametrize(
    ("writing", "named"),
    [
        # many unrelated documents, never a kind, the object of 纳入/依托
        (Writing(documents=12, issuers=6, uses=20, kind=0, definite=8, modifiers=1), True),
        # said as a kind in a fifth of its uses
        (Writing(documents=12, issuers=6, uses=20, kind=4, definite=8, modifiers=1), False),
        # one issuer's own regulations
        (Writing(documents=12, issuers=1, uses=20, kind=0, definite=8, modifiers=1), False),
        # never the object of a definite act
        (Writing(documents=12, issuers=6, uses=20, kind=0, definite=0, modifiers=1), False),
        # ends many longer phrases: a kind with many modifiers (管理信息平台)
        (Writing(documents=6, issuers=6, uses=20, kind=0, definite=8, modifiers=9), False),
    ],
)
def test_what_names_one_system(writing, named):
    assert writing.names_one_thing() is named


def test_short_phrases_are_never_named():
    # a modifier and a head (在线平台, 应急平台) say a kind however the laws write them
    assert not any(named_by_the_laws(phrase) for phrase in writings() if len(phrase) < 5)


# invented phrases in the table's place: one system the laws would name, one kind
SYSTEM = "港航物流协同系统"
KIND = "仪器共享服务平台"
INVENTED = {
    SYSTEM: Writing(documents=12, issuers=6, uses=20, kind=0, definite=8, modifiers=1),
    KIND: Writing(documents=12, issuers=6, uses=20, kind=8, definite=2, modifiers=3),
}


@pytest.fixture
def invented_table(monkeypatch):
    monkeypatch.setattr(named_platforms, "writings", lambda: INVENTED)


def test_a_national_system_said_once_after_a_frame_of_use(invented_table):
    text = f"申请人可以依托{SYSTEM}提交全部材料。"
    assert (SYSTEM, "rule:recurrent-platform") in referenced(text)
    assert SYSTEM in platforms(text)


def test_a_kind_said_once_stays_unnamed():
    text = "各单位可以通过信息管理平台报送数据。"
    assert referenced(text) == []


def test_the_documents_own_list_of_kinds_wins(invented_table):
    # 甲、乙等…平台: the document lists it among kinds
    text = f"企业可以通过{SYSTEM}、网上办事大厅等平台申报。"
    assert (SYSTEM, "rule:recurrent-platform") not in referenced(text)


def test_a_phrase_the_laws_say_as_a_kind_is_not_named_by_repetition(invented_table):
    assert a_kind_by_the_laws(KIND)
    text = f"县里依托{KIND}引进人才。企业可以通过{KIND}共享仪器。"
    assert referenced(text) == []


def test_a_phrase_after_a_pointer_is_no_row():
    """本市…系统 names this city's system in each document that writes it."""
    builder = load_builder("build_named_platforms")
    texts = [
        (
            f"DLC/甲地方法规/地方性法规/甲/{place}物流条例.md",
            f"数据应当纳入本市{SYSTEM}。企业可以通过{SYSTEM}申报。",
        )
        for place in ("甲市", "乙市", "丙市")
    ]
    phrases = [row[0] for row in builder.rows_of(texts)]
    assert SYSTEM in phrases
    assert not any(phrase.startswith(("本", "该", "各")) for phrase in phrases)


def test_the_builder_counts_documents_issuers_kinds_and_definite_acts():
    builder = load_builder("build_named_platforms")
    texts = [
        (
            "DLC/甲地方法规/地方性法规/甲/甲市物流条例(2020-01-01).md",
            "企业可以通过港航物流协同系统申报。",
        ),
        (
            "DLC/甲地方法规/地方性法规/甲/甲市物流条例(2022-05-01).md",
            "企业可以通过港航物流协同系统申报。",
        ),
        ("DLC/乙地方法规/地方性法规/乙/乙省口岸条例.md", "数据应当纳入港航物流协同系统。"),
        ("LawRefBook-Laws/行政法规/港口条例.md", "各类港航物流协同系统应当互联。"),
    ]
    row = builder.count(texts)["港航物流协同系统"]
    # two versions of one regulation are one document
    assert (len(row.documents), len(row.issuers), row.uses) == (3, 3, 4)
    assert (row.kind, row.definite) == (1, 3)


@pytest.mark.parametrize(
    ("path", "issuer"),
    [
        ("LawRefBook-Laws/部门规章/交通运输部/港口经营管理规定.md", "交通运输部"),
        ("LawRefBook-Laws/行政法规/港口条例.md", "国务院"),
        ("LawRefBook-Laws/经济法/港口法.md", "全国人民代表大会"),
        ("DLC/乙地方法规/地方性法规/乙/临川市港口条例(2020-01-01).md", "临川市"),
        ("DLC/乙地方法规/地方性法规/乙/中国（乙）自由贸易试验区条例.md", "乙"),
    ],
)
def test_the_issuer_of_a_document(path, issuer):
    assert load_builder("build_named_platforms").issuer_of(path, "") == issuer
