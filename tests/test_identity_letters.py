"""The letters join of the identity stage (graph/identity.py: abbreviations and names
without a qualifier) reads a short name's candidates only until a second group fits (issue
19, session 28): the same links as reading them all, and a short name that fits many long
ones costs two fits, not one a long name. Invented names."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st
from policykg.graph import identity, identity_letters
from policykg.graph.identity import Entity, resolve, run_steps
from policykg.graph.identity_letters import every_match

from .test_identity import MINT, org

HEADS = ("研究院", "管理局", "委员会")


def links_reading_every_match(entities: list[Entity]):
    """The links of the join as it was: every candidate read, then the groups counted."""
    return run_steps(entities, read_matches=every_match)


WORDS = ("数码", "数据", "发展", "科技", "创新", "东方", "西部")
words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3)


def written(parts: list[str], head: str, short: bool) -> str:
    """The name of `parts` and `head`, or its abbreviation (each word's first character)."""
    return "".join(p[0] if short else p for p in parts) + head


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(words, st.sampled_from(HEADS), st.booleans()), min_size=1, max_size=12),
    st.data(),
)
def test_the_join_stopping_at_a_second_group_gives_the_links_of_reading_all(drawn, data):
    # long names, their abbreviations, and names some document defines a short form for
    names = sorted({written(parts, head, short) for parts, head, short in drawn})
    entities = []
    for name in names:
        alias = data.draw(st.sampled_from(["", *(n for n in names if n != name)]))
        entities.append(org(name, alias) if alias else org(name))
    assert resolve(entities) == links_reading_every_match(entities)


def test_a_name_in_many_long_names_is_read_against_two_of_them():
    # 数发局 may stand for each 数…发…局 (数码发展局, 数据发达局, …): ambiguous after two
    longs = [f"数{a}发{b}局" for a in "码据字值学" for b in "展达现明挥"]
    entities = [org(name) for name in ["数发局", *longs]]
    with mock.patch.object(identity, "compatible", wraps=identity_letters.compatible) as fits:
        links = resolve(entities)
    asked = [call.args[0] for call in fits.call_args_list]
    assert MINT.organisation("数发局") not in links
    assert asked.count("数发局") == 2
    assert links == links_reading_every_match(entities)


def test_one_group_of_many_long_names_still_joins_its_best_name():
    # a short name inside two names of one thing (joined by a defined short form) joins it
    long, short_form = org("东方研究院", "东方研院"), org("东方研院")
    entities = [org("东研院"), long, short_form, org("南北管理局")]
    links = resolve(entities)
    assert links[MINT.organisation("东研院")].into == long.iri
    assert links == links_reading_every_match(entities)
