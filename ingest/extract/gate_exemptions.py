"""Which rules' candidates each gate of `entities.recognise` lets through, and why (issue 19;
one table since session 23, where entities.py held two sets of its own and asked two
more from enterprise_names and platform_reference at four call sites).

The gates judge a candidate by its text alone (a clause word glued before it, a phrase
the laws say as a kind, a platform named as an aim). Some rules read evidence that
outranks that judgement, and their candidates pass the gate untouched:

| gate | rules let through | why |
|---|---|---|
| `CLAUSE_WORDS` (`name_checks.without_clause_words`) | rule:unit-list | an item's name begins where the list's grammar says (after its number: 二、某某管理中心), not after a clause word the left boundary reads |
| `AIMED_AT` (`platform_reference.aimed_at`) | rule:unified-platform, rule:numbered-platform | the document says it means one thing (全省统一的…平台, a service's number), which outranks a phrase named as an aim |
| `PLANNED` (`platform_plans.described_as_planned`, `platform_use.offered_as_a_kind`, session 26) | rule:unified-platform, rule:numbered-platform | as `AIMED_AT`: the jurisdiction's one system is one thing even where the text is to build it (建立全市统一的…平台; the gold's convention since batches Q and V) or a word the segmenter tags a noun follows it (…系统|办理) |
| `CLAUSE_WORDS`, `PLANNED` | rule:built-system, rule:short-formed-system (session 30) | the name begins where the grammar says (after the 之 of a body's clause of making, after a word that places an act in it), and the clause that made it is in the past (甲部建置之乙系統) or the document refers back to it by a short form: what the text relies on exists (existing_systems.py) |
| `TREATED_AS_A_KIND` (`body_classes.treated_as_a_kind`) | rule:enterprise-name, rule:enterprise-unit | a 字号 the enterprise rule read is evidence of one enterprise |
| `SAID_AS_A_KIND` (`kind_phrases.said_as_a_kind`) | the enterprise rules, the two platform rules above, every `list:` rule | a 字号, the document's own word for one thing, or a list's entry that is the name itself outrank the laws' use of the phrase as a kind |
| `NO_PROPER_PART` (`proper_part.names_no_one`, session 23) | the enterprise rules, every `list:` rule | a 字号 or a list's entry that is the name itself is the proper part the gate looks for |
| `NO_PROPER_PART` | rule:unit-list, rule:roster (session 25) | a body's own rules list its units (本館設下列組：一、某某組), a roster names the body an official serves before the post (某某　某某院院长): each item is one body, whatever common word or short form names it (`proper_part.one_common_word`) |
| `KIND_EXTENDED` (`kind_extended.extended_kind`, session 24) | the enterprise rules, every `list:` rule | as `NO_PROPER_PART`: a 字号 or a list's entry is the proper part |
| `TREATED_AS_A_KIND`, `SAID_AS_A_KIND`, `NO_PROPER_PART`, `KIND_EXTENDED` | rule:own-level-body (session 26) | the bare level of the document's own jurisdiction (市 in a regulation of 本市) names its place, the proper part (own_level.py): 市律师协会 there is one bar association |
| `SAID_AS_A_KIND` | rule:own-jurisdiction-platform (session 30) | a definite act and the document's own jurisdiction (通过本市…平台, 纳入本省…系统) take that jurisdiction's one facility, where the laws write the phrase after the level that runs it (`own_level.each_jurisdiction_has`): their use of the bare phrase as a kind (each province's) does not outrank the determiner |
| `CLAUSE_WORDS` | rule:quoted-platform, rule:quoted-coin-platform (session 28) | the name begins at its opening quote, or at the place words right before it (甲区“乙丙”系统): the quotes are its left edge |
| `AIMED_AT`, `PLANNED`, `SAID_AS_A_KIND` | rule:quoted-platform (session 28) | a quoted name is a proper name, also for a thing the text only plans (建设“甲乙国际港”, 推进“甲乙枢纽”建设): the quotes, not the phrase's use elsewhere, say it names one thing |
| `AIMED_AT`, `PLANNED` | rule:quoted-coin-platform (session 28) | as rule:quoted-platform for a thing planned (建立“96120”指挥平台); the quote may hold a field's short word before a kind (“甲”示范基地), so the laws' use of the phrase as a kind still judges it, and the recogniser leaves out what its document treats as a class |
| `TREATED_AS_A_KIND`, `SAID_AS_A_KIND`, `NO_PROPER_PART` | rule:sibling-kept, rule:sibling-read (session 24) | the item's siblings in one list, of the same head, were kept as names: the list names a series of ones, not a kind (list_siblings.py) |
| `CLAUSE_WORDS` | rule:owned-system (session 33) | the name begins at its owner, the document's own level and a body or a central body (使用|省人民政府…系统): the owner, not a clause word, is its left edge (owned_systems.py) |
| `PLANNED` | rule:used-store (session 32) | an act of entry draws from the store, puts into it or sends to it (从依法组建的省…专家库中抽取): the store exists, whatever verb of making qualifies it (used_stores.py) |

Candidates put together from parts pass every gate as well; name_checks.py asks that of the
candidate (`parts`), not of its rule. The rule sets themselves stay with the recognisers
that name them (`enterprise_names.ENTERPRISE_RULES`, `platform_reference.SAID_AS_ONE_THING`).
"""

from __future__ import annotations

from dataclasses import dataclass

from .enterprise_names import ENTERPRISE_RULES
from .existing_systems import EXISTING_SYSTEM_RULES
from .platform_reference import SAID_AS_ONE_THING

__all__ = [
    "AIMED_AT",
    "CLAUSE_WORDS",
    "EXEMPTIONS",
    "KIND_EXTENDED",
    "LIST_PREFIX",
    "NO_PROPER_PART",
    "PLANNED",
    "SAID_AS_A_KIND",
    "SIBLING_KEPT",
    "SIBLING_READ",
    "TREATED_AS_A_KIND",
    "Exemption",
    "exempt",
]

CLAUSE_WORDS = "clause-words"
AIMED_AT = "aimed-at"
PLANNED = "planned"
TREATED_AS_A_KIND = "treated-as-a-kind"
SAID_AS_A_KIND = "said-as-a-kind"
NO_PROPER_PART = "no-proper-part"
KIND_EXTENDED = "kind-extended"
LIST_PREFIX = "list:"  # found_by.RULES: a list file whose entry is the name itself
UNIT_LIST_RULE = "rule:unit-list"
ROSTER_RULE = "rule:roster"
QUOTED_PLATFORM_RULE = "rule:quoted-platform"  # quoted_platforms.QUOTED_NAME_RULE
QUOTED_COIN_RULE = "rule:quoted-coin-platform"  # quoted_platforms.QUOTED_COIN_RULE
OWN_LEVEL_RULE = "rule:own-level-body"  # own_level.OWN_LEVEL_RULE
OWN_JURISDICTION_RULE = "rule:own-jurisdiction-platform"  # platform_use.OWN_JURISDICTION_RULE
USED_STORE_RULE = "rule:used-store"  # used_stores.USED_STORE_RULE
OWNED_SYSTEM_RULE = "rule:owned-system"  # owned_systems.OWNED_SYSTEM_RULE
# list_siblings.py's rules, named here because name_checks (which list_siblings calls) asks
SIBLING_KEPT = "rule:sibling-kept"
SIBLING_READ = "rule:sibling-read"
SIBLING_RULES = frozenset({SIBLING_KEPT, SIBLING_READ})


@dataclass(frozen=True)
class Exemption:
    """The rules (by identifier, or by the prefix of their identifiers) a gate lets through,
    and why (module docstring)."""

    gate: str
    rules: frozenset[str]
    prefixes: tuple[str, ...] = ()


EXEMPTIONS = {
    e.gate: e
    for e in (
        Exemption(
            CLAUSE_WORDS,
            EXISTING_SYSTEM_RULES
            | {UNIT_LIST_RULE, QUOTED_PLATFORM_RULE, QUOTED_COIN_RULE, OWNED_SYSTEM_RULE},
        ),
        Exemption(AIMED_AT, SAID_AS_ONE_THING | {QUOTED_PLATFORM_RULE, QUOTED_COIN_RULE}),
        Exemption(
            PLANNED,
            SAID_AS_ONE_THING
            | EXISTING_SYSTEM_RULES
            | {QUOTED_PLATFORM_RULE, QUOTED_COIN_RULE, USED_STORE_RULE},
        ),
        Exemption(TREATED_AS_A_KIND, ENTERPRISE_RULES | SIBLING_RULES | {OWN_LEVEL_RULE}),
        Exemption(
            SAID_AS_A_KIND,
            ENTERPRISE_RULES
            | SAID_AS_ONE_THING
            | SIBLING_RULES
            | {OWN_LEVEL_RULE, OWN_JURISDICTION_RULE, QUOTED_PLATFORM_RULE},
            (LIST_PREFIX,),
        ),
        Exemption(
            NO_PROPER_PART,
            ENTERPRISE_RULES | SIBLING_RULES | {UNIT_LIST_RULE, ROSTER_RULE, OWN_LEVEL_RULE},
            (LIST_PREFIX,),
        ),
        Exemption(KIND_EXTENDED, ENTERPRISE_RULES | {OWN_LEVEL_RULE}, (LIST_PREFIX,)),
    )
}


def exempt(gate: str, rule: str) -> bool:
    """Does `gate` let the candidates of `rule` (found_by.RULES' identifier) through?"""
    exemption = EXEMPTIONS[gate]
    return rule in exemption.rules or rule.startswith(exemption.prefixes)
