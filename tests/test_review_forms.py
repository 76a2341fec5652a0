"""The review pages' forms as typed corrections (api/review_forms.py), without a store."""

from __future__ import annotations

import pytest
from policykg.api.review_forms import parse_form
from policykg.graph.review import CorrectionError

BASE = "https://w3id.org/policykg/id/"
DOC = BASE + "work/0000000000000001"
OTHER = BASE + "work/0000000000000002"
ELI = "http://data.europa.eu/eli/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
TEXT = "序言。甲方與乙方於2018年簽署本安排。\n\n乙方負責。"
WHO = {"reviewer": "r", "reason": "r"}
ORG = BASE + "platform/00000000000000aa"


def parse(**fields: str):
    return parse_form({**WHO, "document": DOC, **fields}, BASE, lambda _: TEXT)


def test_a_quote_found_once_gives_its_span():
    (added,) = parse(kind="add", predicate=ELI + "cites", object="/id/work/0000000000000002",
                     quote="本安排").corrections  # fmt: skip
    assert (added.anchor.start, added.anchor.end) == (
        TEXT.index("本安排"),
        TEXT.index("本安排") + 3,
    )
    assert added.statement[2].value == OTHER  # an /id/ path names the instance


@pytest.mark.parametrize(
    ("quote", "reason"), [("丙方", "not in the document"), ("乙方", "occurs 2 times")]
)
def test_a_quote_not_found_once_is_refused(quote, reason):
    with pytest.raises(CorrectionError, match=reason):
        parse(kind="add", predicate=ELI + "cites", object=OTHER, quote=quote)


def test_a_quote_sent_by_a_browser_with_crlf_line_breaks_is_the_texts_own():
    start = TEXT.index("本安排")
    end = TEXT.index("負責")
    quote = TEXT[start:end].replace("\n", "\r\n")
    (rejected,) = parse(kind="reject", object=OTHER, start=str(start), end=str(end),
                        quote=quote).corrections  # fmt: skip
    assert rejected.anchor.quote == TEXT[start:end]


@pytest.mark.parametrize(
    ("value", "datatype"),
    [("2018", "gYear"), ("2018-09", "gYearMonth"), ("2018-09-20", "date")],
)
def test_a_corrected_date_adds_the_new_one_and_rejects_the_old(value, datatype):
    added, rejected = parse(kind="date", predicate=ELI + "date_document", value=value,
                            old="2017", quote="2018年").corrections  # fmt: skip
    assert added.kind == "add" and added.statement[2].datatype.value == XSD + datatype
    assert added.anchor.quote == "2018年"
    assert rejected.kind == "reject" and rejected.statement[2].value == "2017"
    assert rejected.anchor.quote is None  # withdrawn where it is stated, not at the new span


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"kind": "date", "predicate": ELI + "date_document", "value": "2018/09"}, "not a date"),
        ({"kind": "reject", "predicate": "http://www.w3.org/2000/01/rdf-schema#label",
          "object": OTHER}, "the page corrects"),
        ({"kind": "reject", "object": "https://example.org/x"}, "not an IRI of this store"),
        ({"kind": "reject", "object": BASE + "work/../../x"}, "not an IRI of this store"),
        ({"kind": "merge", "entity": OTHER, "into": "javascript:alert(1)"}, "into is not"),
        ({"kind": "relabel", "entity": OTHER, "label": "x", "lang": "de"}, "zh-Hant"),
        ({"kind": "reject", "object": OTHER, "graph": DOC}, "unknown form field"),
        ({"kind": "undo"}, "kind is one of"),
        ({"kind": "withdraw"}, "withdraws is not an IRI of this store"),
        ({"kind": "withdraw", "withdraws": "https://example.org/correction/1"}, "withdraws is not"),
        ({"kind": "retype", "entity": ORG, "new_type": "> } DROP ALL #"}, "not an IRI"),
        ({"kind": "retype", "entity": ORG}, "not an IRI"),
        ({"kind": "retype", "entity": "javascript:alert(1)", "new_type": "pkg:Fund"},
         "entity is not"),
        ({"kind": "split", "entity": ORG}, "tick one document"),
        ({"kind": "split", "entity": ORG, "mentions": "https://example.org/x"}, "mentions is not"),
        ({"kind": "split", "entity": ORG, "mentions": "\n".join([DOC] * 101)}, "at most 100"),
    ],
)  # fmt: skip
def test_a_malformed_form_is_refused_with_the_reason(fields, reason):
    with pytest.raises(CorrectionError, match=reason):
        parse(**fields)


def test_retype_split_and_withdraw_forms_give_their_corrections():
    (retype,) = parse(kind="retype", entity="/id/platform/00000000000000aa",
                      new_type="http://www.w3.org/ns/org#Organization").corrections  # fmt: skip
    assert (retype.kind, retype.entity.value, retype.new_type.value, retype.anchor.document) == (
        "retype",
        ORG,
        "http://www.w3.org/ns/org#Organization",
        DOC,
    )
    (split,) = parse(kind="split", entity=ORG, mentions=f"{OTHER}\n{DOC}\n{OTHER}").corrections
    assert [a.document for a in split.selection] == [OTHER, DOC]  # each document once
    assert split.anchor.document == OTHER and split.entity.value == ORG
    withdrawal = BASE + "correction/0123456789abcdef"
    (taken,) = parse(kind="withdraw", withdraws=withdrawal).corrections
    assert (taken.kind, taken.withdraws) == ("withdraw", withdrawal)
