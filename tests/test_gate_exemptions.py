"""gate_exemptions: the one table of which rules each gate of entities.recognise lets
through."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.found_by import RULES
from policykg.ingest.extract.gate_exemptions import (
    AIMED_AT,
    CLAUSE_WORDS,
    EXEMPTIONS,
    NO_PROPER_PART,
    SAID_AS_A_KIND,
    TREATED_AS_A_KIND,
    exempt,
)


def test_every_rule_the_table_names_is_a_rule_of_the_recognisers():
    named = {rule for exemption in EXEMPTIONS.values() for rule in exemption.rules}
    assert named and named <= set(RULES)
    prefixes = {p for exemption in EXEMPTIONS.values() for p in exemption.prefixes}
    assert all(any(rule.startswith(p) for rule in RULES) for p in prefixes)


@pytest.mark.parametrize(
    ("gate", "rule", "expected"),
    [
        (CLAUSE_WORDS, "rule:unit-list", True),  # begun where the list's grammar says
        (CLAUSE_WORDS, "rule:head-noun", False),
        (AIMED_AT, "rule:unified-platform", True),
        (AIMED_AT, "list:platforms", False),
        (TREATED_AS_A_KIND, "rule:enterprise-name", True),
        (TREATED_AS_A_KIND, "list:organisations", False),
        (SAID_AS_A_KIND, "rule:enterprise-unit", True),
        (SAID_AS_A_KIND, "rule:numbered-platform", True),
        (SAID_AS_A_KIND, "list:gazetteer_courts", True),  # any list's entry
        (SAID_AS_A_KIND, "rule:head-noun", False),
        (SAID_AS_A_KIND, "", False),
        # a body's own list of its units and a roster's body before its post (session 25)
        (NO_PROPER_PART, "rule:unit-list", True),
        (NO_PROPER_PART, "rule:roster", True),
        (NO_PROPER_PART, "rule:head-noun", False),
    ],
)
def test_which_rules_a_gate_lets_through(gate, rule, expected):
    assert exempt(gate, rule) is expected
