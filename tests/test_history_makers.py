"""The body that made a law, named in its legislative history (history_makers.py, issue 19,
session 27). History lines written for these tests, of acts made up."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.extract.history_makers import history_makers
from policykg.ingest.script import to_simplified


def _makers(text: str) -> list[str]:
    simplified = to_simplified(text)
    return [c.name_in(text) for c in history_makers(simplified, 0, len(simplified))]


@pytest.mark.parametrize(
    "line, maker",
    [
        ("1. 中華民國二十二年三月九日國民政府制定公布全文 12 條", "國民政府"),
        ("2. 中華民國三十年七月一日國民政府令修正公布第 4 條條文", "國民政府"),
        ("1. 中華民國十九年十二月二日實業部令訂定發布全文 8 條", "實業部"),
        ("3. 中華民國二十四年五月六日國民政府第二次修正公布全文", "國民政府"),
    ],
)
def test_the_maker_of_a_history_line_is_a_body(line, maker):
    assert _makers(line) == [maker]


@pytest.mark.parametrize(
    "line",
    [
        "2. 中華民國九十一年一月三日總統令修正公布第 3 條條文",  # a post, no body
        "1. 中華民國六十三年九月二十二日總統制定公布全文 17 條",
        "本辦法自中華民國九十年一月一日施行。",  # no maker
        "中華民國八十年一月一日以前設立之公司，應於期限內補正。",
    ],
)
def test_no_body_where_the_maker_is_a_post_or_absent(line):
    assert _makers(line) == []


def test_the_maker_is_an_organisation_of_the_record():
    text = (
        "某某院組織法\n\n1. 中華民國二十二年三月九日國民政府制定公布全文 12 條\n"
        "2. 中華民國九十一年一月三日總統令修正公布第 3 條條文\n\n第 1 條\n本院掌理某某事務。\n"
    )
    from policykg.ingest.pipeline import process_source
    from policykg.ingest.records import SourceText

    source = SourceText(Path("text.txt"), text, "utf-8", "0" * 64, "text")
    found = {
        e.name: {m.rule for m in e.mentions}
        for e in extract(process_source(source)).entities
        if e.kind == "Organization"
    }
    assert found.get("國民政府") == {"rule:history-maker"}, found
    assert "總統" not in found
