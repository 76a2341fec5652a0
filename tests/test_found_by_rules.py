"""Every organisation, platform and fund found in running text keeps the rule or list that
found it: on its candidate, its mentions, the annotation of each mention (pkg:rule beside
pkg:method "name-in-text") and the entity page. Sentences are the tests' own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.found_by import RULES, describe, tagged
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_places import placed_platforms
from policykg.ingest.extract.proper_elements import AUTHORITY_LISTS
from policykg.ingest.extract.records import Candidate, Mention
from policykg.ingest.script import to_simplified

from policykg.errors import PolicyKGError

ROOT = Path(__file__).parent.parent
PKG = "https://w3id.org/policykg/ontology#"


def rules_of(sentence: str) -> dict[str, str]:
    """The names recognised in `sentence` (either script), each with its rule."""
    text = to_simplified(sentence)
    return {c.name_in(text): c.rule for c in recognise(text, 0, len(text))}


@pytest.mark.parametrize(
    ("sentence", "name", "rule"),
    [
        ("案件移送智慧財產及商業法院審理。", "智慧财产及商业法院", "list:gazetteer_courts"),
        ("由林业草原局、文化和旅游部共同负责。", "林业草原局", "rule:abbreviation"),
        ("由福建省稅務局和有關部門辦理。", "福建省税务局", "rule:local-body"),
        ("宁德市人民政府门户网站公布名单。", "宁德市人民政府门户网站", "rule:owned-portal"),
        ("所需經費由中華發展基金支應。", "中华发展基金", "list:fund_names"),
        ("设立闽江口湿地保育基金。", "湿地保育基金", "rule:fund-head"),
        ("得捐助於促進花蓮縣漁村發展互助保證基金。", "促进花莲县渔村发展互助保证基金",
         "rule:fund-taught-head"),
        ("设立「闽江学院海洋生态研究中心」。", "闽江学院海洋生态研究中心", "rule:quoted-name"),
        ("由南平科技學院負責執行。", "南平科技学院", "rule:head-noun"),
    ],
)  # fmt: skip
def test_each_source_tags_what_it_found(sentence, name, rule):
    assert rules_of(sentence).get(name) == rule


def test_every_candidate_of_a_paragraph_has_a_known_rule():
    found = rules_of(
        "由南平科技學院和宁德市人民政府门户网站、智慧財產及商業法院及福建省稅務局"
        "共同設立「閩江學院海洋生態研究中心」，所需經費由中華發展基金支應。"
    )
    assert found and all(rule in RULES for rule in found.values()), found


def test_the_rule_takes_no_part_in_equality():
    assert Candidate("Fund", 1, 5, rule="rule:fund-head") == Candidate("Fund", 1, 5)
    assert len({Mention(1, 5, "list:organisations"), Mention(1, 5, "rule:head-noun")}) == 1


def test_a_candidate_rebuilt_later_keeps_its_rule():
    text = "湖北省武汉东湖新技术开发区"  # the province before the zone's own place goes
    candidate = Candidate("Platform", 0, len(text), rule="rule:used-platform")
    (rebuilt,) = placed_platforms(tokenise(text, 0, len(text)), [candidate])
    assert rebuilt.name_in(text) == "武汉东湖新技术开发区" and rebuilt.rule == "rule:used-platform"


def test_tagging_keeps_a_finer_rule_and_refuses_an_unknown_one():
    listed = Candidate("Organization", 0, 3, rule="list:organisations")
    plain = Candidate("Organization", 4, 7)
    assert [c.rule for c in tagged("rule:head-noun", [listed, plain])] == [
        "list:organisations",
        "rule:head-noun",
    ]
    with pytest.raises(PolicyKGError):
        tagged("rule:no-such-rule", [plain])


def test_the_table_is_the_one_place_of_the_identifiers():
    """Every identifier written in the recognisers is in the table, and every one is
    written as the SHACL shapes require."""
    written = {
        m.group(1)
        for path in (ROOT / "ingest" / "extract").glob("*.py")
        for m in re.finditer(r'"((?:rule|list):[a-z0-9_-]+)"', path.read_text("utf-8"))
    }
    written |= {f"list:gazetteer_{kind}" for kind in AUTHORITY_LISTS}  # _listed_bodies
    assert written and written <= set(RULES), written - set(RULES)
    shapes = (ROOT / "shapes" / "policykg.shapes.ttl").read_text("utf-8")
    pattern = re.search(r'sh:path pkg:rule ;.*?sh:pattern "([^"]+)"', shapes, re.S).group(1)
    assert all(re.fullmatch(pattern, rule) and describe(rule) for rule in RULES)
    assert describe("rule:retired") == ""


def test_the_vocabulary_declares_pkg_rule():
    ontology = (ROOT / "ontology" / "policykg.ttl").read_text("utf-8")
    context = (ROOT / "ontology" / "context.jsonld").read_text("utf-8")
    assert "pkg:rule a owl:DatatypeProperty" in ontology
    assert '"rule": "pkg:rule"' in context
    readme = (ROOT / "README.md").read_text("utf-8")
    assert all(f"`{rule}`" in readme for rule in RULES), "README: the table of finding rules"


# -- the graph, on the embedded corpus (the page: tests/test_pages.py) ---------------------------------------

NAME_IN_TEXT_ANNOTATIONS = f"""
SELECT (COUNT(DISTINCT ?a) AS ?all) (COUNT(DISTINCT ?ruled) AS ?with_rule) WHERE {{
  ?a <{PKG}method> "name-in-text" .
  OPTIONAL {{ ?a <{PKG}rule> ?r BIND(?a AS ?ruled) }}
}}"""
RULE_WITHOUT_NAME_IN_TEXT = f"""
ASK {{ ?a <{PKG}rule> ?r FILTER NOT EXISTS {{ ?a <{PKG}method> "name-in-text" }} }}"""


def test_each_mention_annotation_has_the_method_and_the_rule(corpus_store):
    (row,) = list(corpus_store.query(NAME_IN_TEXT_ANNOTATIONS))
    assert int(row["all"].value) > 100
    assert row["with_rule"].value == row["all"].value  # pkg:method kept, pkg:rule added
    assert not corpus_store.query(RULE_WITHOUT_NAME_IN_TEXT)
