"""The identity stage's rules (graph/identity.py) on invented names of other wordings,
and the store-level step (graph/identity_settle.py) on hand-made document graphs: one
IRI per thing, the others redirecting with the rule, whatever the order of ingest, and
undone when a re-ingested document no longer supports a link."""

from __future__ import annotations

import importlib.util
import itertools
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policykg.graph.identity import (
    ABBREVIATION,
    DATED_CITATION,
    DEFINED_SHORT_FORM,
    WITHOUT_QUALIFIER,
    Entity,
    resolve,
)
from policykg.graph.identity_letters import NameIndex, is_subsequence
from policykg.graph.identity_settle import METHOD, OWL_SAME_AS, settle_identity
from policykg.graph.identity_words import keeps_words, words_of
from policykg.graph.store import PolicyStore

from policykg.iris import IriMinter

BASE = "https://w3id.org/policykg/id/"
MINT = IriMinter(BASE)
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def org(name: str, *aliases: str) -> Entity:
    return Entity(MINT.organisation(name), "org", frozenset({name}), frozenset(aliases))


def work(title: str, *, own: bool = False, dates: tuple[str, ...] = ()) -> Entity:
    return Entity(MINT.work(title), "work", frozenset({title}), own=own, dates=frozenset(dates))


def joined(links) -> set[tuple[str, str, str]]:
    return {(link.iri, link.into, link.method) for link in links.values()}


def test_an_abbreviation_keeping_characters_in_order_joins_its_unique_long_name():
    short, long = org("數發局"), org("數碼發展局")
    assert joined(resolve([short, long, org("教育局")])) == {(short.iri, long.iri, ABBREVIATION)}


def test_a_short_name_that_fits_two_long_names_joins_neither():
    entities = [org("數發局"), org("數碼發展局"), org("數據發展局")]
    assert resolve(entities) == {}


def test_the_head_must_be_the_same():
    # the characters stand in order, but a park (园区) is not the cooperation zone (合作区)
    assert resolve([org("海灣合作區"), org("海灣科技合作園區")]) == {}
    park = Entity(MINT.platform("海灣合作區"), "platform", frozenset({"海灣合作區"}))
    zone = Entity(MINT.platform("海灣科技合作區深海園區"), "platform", frozenset({"海灣科技合作區深海園區"}))  # fmt: skip
    assert resolve([park, zone]) == {}


def test_other_kinds_never_join():
    company = Entity(MINT.organisation("灣區數碼港公司"), "org", frozenset({"灣區數碼港公司"}))
    park = Entity(MINT.platform("灣區數碼港"), "platform", frozenset({"灣區數碼港"}))
    assert resolve([company, park]) == {}


def test_a_numbered_session_is_not_the_body():
    assert resolve([org("人民議事會"), org("第五屆人民議事會")]) == {}


def test_a_name_without_its_place_or_issuer_joins_when_unique_in_either_script():
    short = org("海洋研究院")
    long = org("南灣海洋研究院")  # Traditional and Simplified compared folded
    simplified = Entity(MINT.organisation("南湾海洋研究院"), "org", frozenset({"南湾海洋研究院"}))
    assert simplified.iri == long.iri
    # 南灣 is an invented place: a qualifier only once the store knows it as a name
    assert resolve([short, simplified]) == {}
    place = Entity(MINT.platform("南灣"), "platform", frozenset({"南灣"}))
    assert joined(resolve([short, simplified, place])) == {(short.iri, long.iri, WITHOUT_QUALIFIER)}


@pytest.mark.parametrize(
    ("short", "long"),
    [("漁業署", "淡水漁業署"), ("貨運口岸", "深圳新貨運口岸"), ("統計局", "原農業統計局"),
     ("診療所", "牙科診療所"), ("測量處", "土地測量處")],
)  # fmt: skip
def test_a_dropped_leading_word_that_is_no_place_body_or_year_is_another_thing(short, long):
    assert resolve([org(short), org(long)]) == {}


@pytest.mark.parametrize(
    ("short", "long"),
    [("海運法", "內河海運法"), ("規劃條例", "城市規劃條例"), ("租賃條例", "商業租賃條例")],
)
def test_a_title_after_a_word_that_is_no_place_body_or_year_is_another_title(short, long):
    assert resolve([work(short), work(long)]) == {}


@pytest.mark.parametrize(
    ("short", "long"),
    [("漁業署", "香港特別行政區漁業署"), ("貨運口岸", "深圳貨運口岸"), ("診療所", "廣州市診療所"),
     ("測量處", "深港測量處"), ("海運法", "中華人民共和國海運法"), ("檢疫站", "國務院檢疫站")],
)  # fmt: skip
def test_a_leading_place_body_or_year_is_a_qualifier(short, long):
    kind = work if short.endswith("法") else org
    (link,) = resolve([kind(short), kind(long)]).values()
    assert link.method == WITHOUT_QUALIFIER


def test_a_leading_name_of_the_store_is_a_qualifier():
    short, long = org("檢疫站"), org("海港管理署檢疫站")
    assert resolve([short, long]) == {}  # 海港管理署: no list knows it
    issuer = org("海港管理署")
    assert set(resolve([short, long, issuer])) == {short.iri}


def test_a_title_without_its_year_joins_the_one_dated_title_but_two_years_stay_apart():
    bare, dated = work("能源轉型藍圖"), work("2030年能源轉型藍圖")
    assert joined(resolve([bare, dated])) == {(bare.iri, dated.iri, WITHOUT_QUALIFIER)}
    later = work("2040年能源轉型藍圖")
    assert resolve([bare, dated, later]) == {}


def test_works_dated_differently_are_two_works():
    short, long = work("灣區合作備忘錄", dates=("2021",)), work("港灣區合作備忘錄", dates=("2017-01-03",))  # fmt: skip
    assert resolve([short, long]) == {}
    agreeing = work("灣區合作備忘錄", dates=("2017-01",))
    assert joined(resolve([agreeing, long])) == {(agreeing.iri, long.iri, WITHOUT_QUALIFIER)}


def cited(title: str, *dates: str) -> Entity:
    """A title cited with a date (1993年…通過的《…》), minted from both: its year, so one
    node holds every date of that year its citations give."""
    assert len({d[:4] for d in dates}) == 1, "one year"
    return Entity(MINT.cited_work(title, dates[0]), "work", frozenset({title}),
                  dates=frozenset(dates))  # fmt: skip


def test_a_title_cited_with_a_date_is_the_work_of_that_title_when_the_dates_agree():
    law = work("海島防護法", own=True, dates=("2016-05-04",))
    repealed, same, year = cited("海島防護法", "1994-03-01"), cited("海島防護法", "2016-05-04"), cited("海島防護法", "2016")  # fmt: skip
    assert cited("海島防護法", "1994-03-01").iri != law.iri == MINT.cited_work("海島防護法")
    assert joined(resolve([law, repealed, same, year])) == {
        (same.iri, law.iri, DATED_CITATION),
        (year.iri, law.iri, DATED_CITATION),
    }  # the law of 1994 that the new one replaced stays another work


def test_an_undated_work_takes_its_dated_citations_only_when_they_agree():
    undated = work("河川管理條例")  # cited without a date only
    early = cited("河川管理條例", "1988", "1988-07-01")  # one node: the year keys it
    assert early.iri == cited("河川管理條例", "1988-07-01").iri != undated.iri
    assert joined(resolve([undated, early])) == {(early.iri, undated.iri, DATED_CITATION)}
    later = cited("河川管理條例", "2005-01-01")  # two laws of one title: which is the undated?
    assert later.iri != early.iri
    assert resolve([undated, early, later]) == {}
    # no undated citation at all: the one dated work is the work of the title's own IRI
    assert joined(resolve([early])) == {(early.iri, undated.iri, DATED_CITATION)}
    assert resolve([early, later]) == {}


def test_a_short_title_without_a_date_is_the_title_s_work_not_an_older_law_of_that_title():
    law = work("中華人民共和國海島防護法", own=True, dates=("2016-05-04",))
    old = cited("中華人民共和國海島防護法", "1994-03-01")
    short = work("海島防護法")
    assert joined(resolve([law, old, short])) == {(short.iri, law.iri, WITHOUT_QUALIFIER)}


def test_generic_titles_keep_their_dated_keys_and_join_nothing():
    title = "國務院關於修改部分行政法規的決定"
    entities = [work(title), cited(title, "2010-12-29"), cited(title, "2013")]
    assert MINT.cited_work(title, "2013") == MINT.work(title, "2013")
    assert resolve(entities) == {}


def test_dated_citations_resolve_the_same_in_any_order():
    entities = [work("河川管理條例"), cited("河川管理條例", "1988", "1988-07-01"),
                cited("河川管理條例", "1990"), work("海島防護法", own=True, dates=("2016-05-04",)),
                cited("海島防護法", "1994"), cited("海島防護法", "2016-05")]  # fmt: skip
    expected = resolve(entities)
    assert len(expected) == 1  # 2016-05 is the 2016 law; 1988 and 1990 are two laws
    for seed in range(5):
        shuffled = entities[:]
        random.Random(seed).shuffle(shuffled)
        assert resolve(shuffled) == expected


def test_an_ingested_document_keeps_its_iri_and_two_are_never_joined():
    cited = work("雙城合作安排")
    own = work("關於推進南北兩城「雙城」建設的合作安排", own=True)
    assert joined(resolve([cited, own])) == {(cited.iri, own.iri, ABBREVIATION)}
    other = work("雙城合作安排", own=True)
    assert resolve([other, own]) == {}


def test_a_defined_short_form_joins_the_entity_named_by_it():
    long = org("北灣數碼基建管理局", "數基局")
    short = org("數基局")
    assert joined(resolve([long, short])) == {(short.iri, long.iri, DEFINED_SHORT_FORM)}
    # defined for two entities: it names neither
    other = org("北灣數據基礎建設局", "數基局")
    assert resolve([long, short, other]) == {}


# (kind, long name, the short form a document defines for it, another thing whose name
# holds the short form's characters in order too)
DEFINED_AND_ANOTHER = [
    ("org", "北岸东方研究院", "东研院", "东南研究院"),
    ("org", "灣區數碼發展局", "數發局", "數據發展局"),
    ("org", "河口水文观测中心", "水观中心", "水质观测中心"),
    ("org", "山城交通運輸委員會", "交運會", "交流運動委員會"),
    ("platform", "西湾科技创新园", "科创园", "科学创业园"),
    ("platform", "港灣物流資訊平台", "物資平台", "物業資產平台"),
]


def _named(kind: str, name: str, *aliases: str) -> Entity:
    mint = MINT.organisation if kind == "org" else MINT.platform
    return Entity(mint(name), kind, frozenset({name}), frozenset(aliases))


@pytest.mark.parametrize(("kind", "long", "short", "other"), DEFINED_AND_ANOTHER)
def test_a_defined_short_form_never_joins_another_thing_by_its_letters(kind, long, short, other):
    """A short form a document defines names its entity (defined-short-form); that its
    letters stand in another thing's name too does not join that thing: the definition
    settles it, and the other stays its own (session 29: the letters join skipped only
    candidates of the short form's own group, so the other was the one left and joined)."""
    defining, bare, apart = _named(kind, long, short), _named(kind, short), _named(kind, other)
    links = resolve([defining, bare, apart])
    assert joined(links) == {(bare.iri, defining.iri, DEFINED_SHORT_FORM)}
    # without the definition its letters decide, and they never make the two things one
    undefined = resolve([_named(kind, long), bare, apart])
    assert {link.into for link in undefined.values()} <= {apart.iri}


def test_a_bodys_name_with_its_place_cut_to_the_bare_level_defines_no_short_form():
    """市某协会 written in a regulation of 甲市 is 甲市某协会 (own_level, graph/local_names.py),
    and keeps the written form as a label; a bare node of another document is its own
    city's body, not joined by that form."""
    qingzhou = org("青州市会展行业协会", "市会展行业协会")
    bare = org("市会展行业协会")
    assert resolve([qingzhou, bare]) == {}
    county = org("南县律师协会", "县律师协会")
    assert resolve([county, org("县律师协会")]) == {}
    # a short form that is no bare level of the name still joins
    long = org("青州市会展行业协会", "青展协")
    assert joined(resolve([long, org("青展协")])) == {
        (org("青展协").iri, long.iri, DEFINED_SHORT_FORM)
    }


def test_short_names_count_longer_names_already_joined_as_one():
    # 灣科園 fits all three, but the two longer ones are one park (北岸: a place the
    # store names, so it qualifies 灣區科技園)
    names = ["灣區科技園", "北岸灣區科技園", "灣科園", "北岸"]
    entities = [Entity(MINT.platform(n), "platform", frozenset({n})) for n in names]
    links = resolve(entities)
    assert {link.into for link in links.values()} == {MINT.platform("北岸灣區科技園")}
    assert len(links) == 2


def test_the_answer_does_not_depend_on_the_order_of_the_names():
    entities = [org("數發局"), org("數碼發展局"), org("海洋研究院"), org("南灣海洋研究院"),
                org("北灣數碼基建管理局", "數基局"), org("數基局"), work("能源轉型藍圖"),
                work("2030年能源轉型藍圖")]  # fmt: skip
    expected = resolve(entities)
    for seed in range(5):
        shuffled = entities[:]
        random.Random(seed).shuffle(shuffled)
        assert resolve(shuffled) == expected


def test_subsequence_and_the_index():
    assert is_subsequence("數發局", "數碼發展局") and not is_subsequence("發數局", "數碼發展局")
    index = NameIndex()
    index.add("org", "數碼發展局", "a")
    index.add("org", "數碼發展署", "b")
    assert index.containing("org", "數發局") == [("a", "數碼發展局")]
    assert index.containing("platform", "數發局") == []


# -- the store-level step ------------------------------------------------------------------


def _graph(doc: str, title: str, entities: dict[str, tuple[str, ...]]) -> list[str]:
    """A document graph as ingest writes it, reduced to what identity reads: the
    document, its title, and organisations with their labels (first the name)."""
    out = [f'<{doc}> <{SKOS}prefLabel> "{title}"@zh-Hant', f"<{doc}> <{BASE}t> <{doc}>"]
    for name, aliases in entities.items():
        node = MINT.organisation(name)
        out += [
            f"<{node}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/org#Organization>",
            f'<{node}> <{SKOS}prefLabel> "{name}"@zh-Hant',
            f"<{doc}> <https://w3id.org/policykg/ontology#party> <{node}>",
        ]
        out += [f'<{node}> <{SKOS}altLabel> "{alias}"@zh-Hant' for alias in aliases]
    return out


DOC_A, DOC_B, DOC_C = (MINT.work(t) for t in ("甲文件", "乙文件", "丙文件"))
GRAPHS = {
    DOC_A: _graph(DOC_A, "甲文件", {"創新及科技局": ("創科局",)}),
    DOC_B: _graph(DOC_B, "乙文件", {"創科局": ()}),
    DOC_C: _graph(DOC_C, "丙文件", {"海洋研究院": ()}),
}
BUREAU, SHORT = MINT.organisation("創新及科技局"), MINT.organisation("創科局")


def _ingest(store: PolicyStore, graphs: dict[str, list[str]]) -> None:
    for graph, statements in graphs.items():  # one write each, as files are written
        store.replace_graphs(remove=[graph], add={graph: statements})
    settle_identity(store, BASE)


def _parties(store: PolicyStore, doc: str) -> set[str]:
    query = f"SELECT ?o WHERE {{ GRAPH <{doc}> {{ <{doc}> <https://w3id.org/policykg/ontology#party> ?o }} }}"  # fmt: skip
    return {row["o"].value for row in store.query(query)}


def _export(store: PolicyStore) -> list[str]:
    return sorted(str(q) for q in store.quads())


def test_one_iri_with_a_redirect_and_its_rule_whatever_the_order():
    stores = []
    for order in ([DOC_A, DOC_B, DOC_C], [DOC_C, DOC_B, DOC_A]):
        store = PolicyStore.in_memory()
        for doc in order:
            _ingest(store, {doc: GRAPHS[doc]})
        stores.append(store)
        assert _parties(store, DOC_B) == {BUREAU}
        assert store.query(f"ASK {{ GRAPH <{DOC_B}> {{ <{SHORT}> <{OWL_SAME_AS}> <{BUREAU}> ; <{METHOD}> \"defined-short-form\" }} }}")  # fmt: skip
        # the short form is an alternative label of the one node, its name in B's graph
        assert store.query(f'ASK {{ <{BUREAU}> <{SKOS}altLabel> "創科局"@zh-hant }}')
        assert not store.query(f"ASK {{ <{SHORT}> a ?class }}")
    assert _export(stores[0]) == _export(stores[1])


def test_re_ingesting_a_document_that_drops_the_link_moves_the_others_back():
    # 治安署 is 保安局 only because document A defines it so (no abbreviation of it)
    guard, police = MINT.organisation("保安局"), MINT.organisation("治安署")
    graphs = {DOC_A: _graph(DOC_A, "甲文件", {"保安局": ("治安署",)}),
              DOC_B: _graph(DOC_B, "乙文件", {"治安署": ()})}  # fmt: skip
    store = PolicyStore.in_memory()
    _ingest(store, graphs)
    assert _parties(store, DOC_B) == {guard}
    # A again, without the short form: B's 治安署 is its own node again, no redirect left
    again = {DOC_A: _graph(DOC_A, "甲文件", {"保安局": ()})}
    _ingest(store, again)
    assert _parties(store, DOC_B) == {police}
    assert not store.query(f"ASK {{ ?x <{OWL_SAME_AS}> ?y }}")
    assert store.query(f'ASK {{ GRAPH <{DOC_B}> {{ <{police}> <{SKOS}prefLabel> "治安署"@zh-hant }} }}')  # fmt: skip
    # and a fresh store with the same documents says the same
    fresh = PolicyStore.in_memory()
    _ingest(fresh, {**graphs, **again})
    assert _export(fresh) == _export(store)


def test_a_new_long_name_makes_an_abbreviation_ambiguous_and_undoes_it():
    store = PolicyStore.in_memory()
    doc_d, doc_e = MINT.work("丁文件"), MINT.work("戊文件")
    _ingest(store, {doc_d: _graph(doc_d, "丁文件", {"數碼發展局": ()}),
                    doc_e: _graph(doc_e, "戊文件", {"數發局": ()})})  # fmt: skip
    assert _parties(store, doc_e) == {MINT.organisation("數碼發展局")}
    doc_f = MINT.work("己文件")
    _ingest(store, {doc_f: _graph(doc_f, "己文件", {"數據發展局": ()})})
    assert _parties(store, doc_e) == {MINT.organisation("數發局")}


@pytest.mark.parametrize(
    ("kind", "long", "short", "qualified"),
    [("platform", "西湾科技创新园", "科创园", "浦东新区科创园"),
     ("org", "北岸东方研究院", "东研院", "杭州市东研院"),
     ("org", "灣區數碼發展局", "數發局", "經濟部數發局")],
)  # fmt: skip
def test_a_defined_short_form_written_whole_after_a_qualifier_is_still_its_entity(
    kind, long, short, qualified
):
    """A name writing a defined short form whole after a place or a body (浦东新区科创园) is
    that short form qualified, so the entity it is defined for (without-qualifier), as
    before: the definition stops only the letters scattered in another name."""
    defining = _named(kind, long, short)
    links = resolve([defining, _named(kind, short), _named(kind, qualified)])
    assert links[_named(kind, qualified).iri].into == defining.iri


def test_a_short_form_one_document_defines_pulls_no_body_of_another_document_in():
    """Document 甲 defines 北岸东方研究院（以下简称东研院）; 乙 names 东南研究院 and a bare
    东研院. The bare node is 甲's body and 乙's 东南研究院 stays its own node, whatever the
    order; re-ingesting 甲 without the definition, or deleting 甲, leaves the bare 东研院 to
    its letters, which fit 东南研究院 alone (北岸 is no place or body the letters may drop)."""
    long, short, other = "北岸东方研究院", "东研院", "东南研究院"
    doc_a, doc_b = MINT.work("甲通知"), MINT.work("乙通知")
    graphs = {doc_a: _graph(doc_a, "甲通知", {long: (short,)}),
              doc_b: _graph(doc_b, "乙通知", {short: (), other: ()})
              + _mentions(doc_b, {short: "1", other: "2"})}  # fmt: skip
    for order in ([doc_a, doc_b], [doc_b, doc_a]):
        store = PolicyStore.in_memory()
        for doc in order:
            _ingest(store, {doc: graphs[doc]})
        assert _parties(store, doc_b) == {MINT.organisation(long), MINT.organisation(other)}
        assert _parties(store, doc_a) == {MINT.organisation(long)}
    undefined = {doc_a: _graph(doc_a, "甲通知", {long: ()})}
    _ingest(store, undefined)
    assert _parties(store, doc_b) == {MINT.organisation(other)}
    _ingest(store, {doc_a: graphs[doc_a]})
    assert _parties(store, doc_b) == {MINT.organisation(long), MINT.organisation(other)}
    assert_deleting_leaves_one_ingest(store, [doc_a], {doc_b: graphs[doc_b]})
    assert _parties(store, doc_b) == {MINT.organisation(other)}


@pytest.mark.parametrize("names", [("創科局", "創新及科技局")])
def test_the_issue_s_bureau_pair_is_one_iri(names):
    """創科局 / 創新及科技局 (issue 19): not in the embedded corpus, so two graphs here."""
    short, long = names
    store = PolicyStore.in_memory()
    doc_g, doc_h = MINT.work("庚文件"), MINT.work("辛文件")
    _ingest(store, {doc_g: _graph(doc_g, "庚文件", {long: ()}),
                    doc_h: _graph(doc_h, "辛文件", {short: ()})})  # fmt: skip
    assert _parties(store, doc_h) == _parties(store, doc_g) == {MINT.organisation(long)}


class _ByQueries:
    """A store read through SPARQL only, as a store on a server is (no `oxigraph`)."""

    def __init__(self, store: PolicyStore) -> None:
        self._store = store

    def __getattr__(self, name: str):
        if name == "oxigraph":
            raise AttributeError(name)
        return getattr(self._store, name)


def test_a_store_read_by_queries_settles_the_same():
    direct, by_queries = PolicyStore.in_memory(), PolicyStore.in_memory()
    _ingest(direct, GRAPHS)
    for graph, statements in GRAPHS.items():
        by_queries.replace_graphs(remove=[graph], add={graph: statements})
    settle_identity(_ByQueries(by_queries), BASE)
    assert _parties(by_queries, DOC_B) == {BUREAU}
    assert _export(by_queries) == _export(direct)


# -- which words a short name may drop (graph/identity_words.py) ----------------------------


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("海港議事代表大會", "海港居民議事代表大會"),  # 居民 dropped inside: another body
        ("北灣口岸", "北灣支線口岸"),  # 支線: another port
        ("東灣研究所", "東灣海洋漁業研究所"),
    ],
)
def test_a_dropped_inner_word_of_content_is_another_thing(short, long):
    kind = "platform" if long.endswith("口岸") else "org"
    entities = [Entity(getattr(MINT, {"org": "organisation"}.get(kind, kind))(n), kind, frozenset({n}))
                for n in (short, long)]  # fmt: skip
    assert resolve(entities) == {}


def test_a_dropped_function_word_or_qualifier_still_joins():
    assert keeps_words("数科", "数码及科技")  # 及 is a conjunction in the dictionary
    assert keeps_words("海洋", "南湾海洋", {"南湾"})  # a place of the store before it all
    assert not keeps_words("海洋", "南湾海洋")  # no evidence 南湾 is a place
    assert not keeps_words("海港议事", "海港居民议事")
    assert words_of("全国人民代表大会") == ("全国", "人民", "代表", "大会")


def test_a_title_cited_by_its_defined_short_form_and_its_own_ending():
    long = Entity(MINT.work("國家第九個五年發展規劃綱要"), "work",
                  frozenset({"國家第九個五年發展規劃綱要"}), frozenset({"九五規劃"}))  # fmt: skip
    short = work("九五規劃綱要")
    assert joined(resolve([short, long])) == {(short.iri, long.iri, ABBREVIATION)}
    # without the short form, 發展 and the ordinal are dropped: nothing says it is the plan
    assert resolve([short, work("國家第九個五年發展規劃綱要")]) == {}


def test_a_defined_short_form_with_the_place_its_long_name_begins_with():
    long = Entity(MINT.work("海峽兩岸發展規劃綱要"), "work",
                  frozenset({"海峽兩岸發展規劃綱要"}), frozenset({"兩岸規劃綱要"}))  # fmt: skip
    short = work("海峽兩岸規劃綱要")
    assert joined(resolve([short, long])) == {(short.iri, long.iri, DEFINED_SHORT_FORM)}
    assert resolve([short, work("海峽兩岸發展規劃綱要")]) == {}  # 發展 dropped, no evidence


@given(st.text("甲乙丙及和的", max_size=6), st.text("甲乙丙及和的", max_size=10))
def test_kept_words_stand_in_order(short, long):
    if keeps_words(short, long):
        assert is_subsequence(short, long)


def test_a_rewrite_the_shapes_refuse_is_not_stored_and_says_why(monkeypatch):
    """The rewritten graphs pass the ingest gate; here B's rewrite is made to carry a
    person without a name (a violation it did not have), so B stays as it was."""
    from policykg.graph import identity_settle

    nameless = f"<{BASE}person/0123456789abcdef> <{RDF_TYPE}> <https://schema.org/Person>"
    rewritten = identity_settle._rewritten

    def breaking(store, graph, *args):
        out = rewritten(store, graph, *args)
        return [*out, nameless] if graph == DOC_B else out

    monkeypatch.setattr(identity_settle, "_rewritten", breaking)
    store = PolicyStore.in_memory()
    for graph, statements in GRAPHS.items():
        store.replace_graphs(remove=[graph], add={graph: statements})
    before = _export(store)
    report = settle_identity(store, BASE)
    assert list(report.refused) == [DOC_B] and "人物須有姓名" in report.refused[DOC_B]
    assert report.rewritten == [] and _export(store) == before  # nothing written
    assert _parties(store, DOC_B) == {SHORT}
    assert report.messages()[0].startswith(f"{DOC_B} was not rewritten")
    # without the gate (ingest --no-validate) the rewrite is stored
    assert settle_identity(store, BASE, validate=False).rewritten == [DOC_B]


def test_a_run_on_label_is_no_long_name_and_does_not_crash():
    run_on = "數碼發展" * 1000 + "局"  # 2,000 words: deeper than the recursion limit
    assert not keeps_words("數發", run_on[:-1])
    assert resolve([org("數發局"), org(run_on)]) == {}


def test_a_run_of_words_that_is_a_name_of_the_store_is_one_word():
    # 東灣 keeps 東灣南岸現代物流合作區, itself a platform of the store, by its first word
    short, long = org("東灣管理局"), org("深圳市東灣南岸現代物流合作區管理局")
    zone = Entity(MINT.platform("東灣南岸現代物流合作區"), "platform", frozenset({"東灣南岸現代物流合作區"}))  # fmt: skip
    assert joined(resolve([short, long, zone])) == {(short.iri, long.iri, ABBREVIATION)}
    assert resolve([short, long]) == {}  # without it, 南岸現代物流合作區 is dropped content


def _mentions(doc: str, names: dict[str, str]) -> list[str]:
    """Each name mentioned once, in its own provision, and named a party, each by an
    annotation quoting it (as ingest writes them)."""
    oa, pkg = "http://www.w3.org/ns/oa#", "https://w3id.org/policykg/ontology#"
    out = []
    for number, (name, provision) in enumerate(sorted(names.items())):
        node, prov = MINT.organisation(name), f"{doc}/prov/{provision}"
        out.append(f"<{node}> <{pkg}mentionedIn> <{prov}>")
        for note, body, fact, value in (
            (f"{doc}/annotation/m{number}", node, "mentionedIn", prov),
            (f"{doc}/annotation/p{number}", doc, "party", node),
        ):
            out += [
                f"<{note}> <{oa}hasBody> <{body}>",
                f"<{note}> <{pkg}factProperty> <{pkg}{fact}>",
                f"<{note}> <{pkg}factValue> <{value}>",
                f"<{note}> <{oa}hasTarget> <{note}#target>",
                f"<{note}#target> <{oa}hasSelector> <{note}#quote>",
                f'<{note}#quote> <{oa}exact> "{name}"',
            ]
    return out


def test_a_graph_that_minted_both_sides_of_a_link_is_split_again_when_it_breaks():
    """A document naming 數碼發展局 and 數發局, alone in the store, has one node for both;
    a later document's 數據發展局 makes 數發局 ambiguous: the node is split again by what
    its labels and mention annotations quote, as if the two had been ingested together."""
    doc_d, doc_f = MINT.work("丁文件"), MINT.work("己文件")
    long, short = MINT.organisation("數碼發展局"), MINT.organisation("數發局")
    d = _graph(doc_d, "丁文件", {"數碼發展局": (), "數發局": ()})
    d += _mentions(doc_d, {"數碼發展局": "1", "數發局": "2"})
    f = _graph(doc_f, "己文件", {"數據發展局": ()})
    store = PolicyStore.in_memory()
    _ingest(store, {doc_d: d})
    assert _parties(store, doc_d) == {long}  # one node: the graph minted both sides
    _ingest(store, {doc_f: f})
    assert _parties(store, doc_d) == {long, short}
    mentioned = f"SELECT ?p WHERE {{ GRAPH <{doc_d}> {{ <{short}> <https://w3id.org/policykg/ontology#mentionedIn> ?p }} }}"  # fmt: skip
    assert {row["p"].value for row in store.query(mentioned)} == {f"{doc_d}/prov/2"}
    for order in ({doc_f: f, doc_d: d}, {doc_d: d, doc_f: f}):
        fresh = PolicyStore.in_memory()
        for graph, statements in order.items():
            _ingest(fresh, {graph: statements})
        assert _export(fresh) == _export(store)


POOL = ("數碼發展局", "數發局", "數據發展局", "海港管理署", "海港署", "港署")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sets(st.sampled_from(POOL), min_size=1, max_size=3), min_size=2, max_size=4),
    st.randoms(use_true_random=False),
)
def test_any_order_of_ingest_gives_the_store_of_one_ingest(documents, rng):
    """Documents naming look-alike bodies, each name mentioned and a party by an
    annotation quoting it: ingested one by one in any order, the store is the store of
    all of them ingested at once (a graph's own joined node is split again as needed)."""
    graphs = {}
    for number, names in enumerate(documents):
        doc = MINT.work(f"文件{number}")
        provisions = {name: str(at) for at, name in enumerate(sorted(names))}
        graphs[doc] = _graph(doc, f"文件{number}", dict.fromkeys(sorted(names), ())) + _mentions(
            doc, provisions
        )
    assert_any_order_is_one_ingest(graphs, rng)


DEFINING = {"北岸东方研究院": ("东研院",), "灣區數碼發展局": ("數發局",)}
DEFINED_POOL = ("北岸东方研究院", "东研院", "东南研究院", "东方研究院", "灣區數碼發展局",
                "數發局", "數據發展局")  # fmt: skip
LOOK_ALIKES = {"东南研究院", "數據發展局"}  # hold a short form's letters, in no defining name


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sets(st.sampled_from(DEFINED_POOL), min_size=1, max_size=3), min_size=2, max_size=4
    ),
    st.randoms(use_true_random=False),
)
def test_defined_short_forms_beside_look_alike_bodies_in_any_order(documents, rng):
    """Documents defining short forms (东研院, 數發局) beside bodies whose names hold their
    letters too, each name mentioned: any order of ingest gives the store of one ingest,
    deleting a document the store of the others, and a look-alike body keeps its own node
    (no short form pulls it into the body that defines it)."""
    graphs = _defining_graphs(documents)
    store = assert_any_order_is_one_ingest(graphs, rng)
    for doc, names in zip(graphs, documents, strict=True):
        for look_alike in names & LOOK_ALIKES:  # nothing it could be part of: its own node
            assert MINT.organisation(look_alike) in _parties(store, doc)
    first = next(iter(graphs))
    assert_deleting_leaves_one_ingest(
        store, [first], {d: g for d, g in graphs.items() if d != first}
    )


def _defining_graphs(documents: list[set[str]]) -> dict[str, list[str]]:
    graphs = {}
    for number, names in enumerate(documents):
        doc = MINT.work(f"通知{number}")
        # a document defining a short form writes it as its body's label, no node of its own
        names = names - {short for n in names for short in DEFINING.get(n, ())}
        labels = {name: DEFINING.get(name, ()) for name in sorted(names)}
        provisions = {name: str(at) for at, name in enumerate(sorted(names))}
        graphs[doc] = _graph(doc, f"通知{number}", labels) + _mentions(doc, provisions)
    return graphs


def test_a_node_one_graph_keeps_and_another_gives_up_is_rewritten_in_every_order():
    """A short form written alone (东研院) is first joined to a look-alike body (东南研究院);
    a later document naming 东方研究院 makes it ambiguous, and the same settling joins the
    look-alike's document's 數發局 to 數據發展局: the look-alike's node is kept in its own
    graph and renamed in the short form's. Every order must give the store of one ingest
    (the gate once refused the rewrite when one graph's rename was taken for every graph)."""
    documents = [{"东南研究院", "數發局"}, {"东研院"}, {"东方研究院", "东研院", "數據發展局"}]
    graphs = _defining_graphs(documents)
    at_once = PolicyStore.in_memory()
    _ingest(at_once, graphs)
    for order in itertools.permutations(graphs):
        one_by_one = PolicyStore.in_memory()
        for doc in order:
            _ingest(one_by_one, {doc: graphs[doc]})
        assert _export(one_by_one) == _export(at_once), order


def assert_any_order_is_one_ingest(graphs: dict[str, list[str]], rng) -> PolicyStore:
    """Ingest `graphs` at once, and one by one in an order `rng` shuffles: the two stores
    must be the same. Returns the first."""
    at_once = PolicyStore.in_memory()
    _ingest(at_once, graphs)
    order = list(graphs)
    rng.shuffle(order)
    one_by_one = PolicyStore.in_memory()
    for doc in order:
        _ingest(one_by_one, {doc: graphs[doc]})
    assert _export(one_by_one) == _export(at_once)
    return at_once


def assert_deleting_leaves_one_ingest(
    store: PolicyStore, removed: list[str], remaining: dict[str, list[str]]
) -> None:
    """Delete the graphs `removed` from `store` and settle identity: the store must be the
    one an ingest of the `remaining` graphs alone makes."""
    store.replace_graphs(remove=removed, add={})
    settle_identity(store, BASE)
    fresh = PolicyStore.in_memory()
    _ingest(fresh, remaining)
    assert _export(fresh) == _export(store)


def _citing(doc: str, title: str, cites: list[tuple[str, str | None]], date: str = "") -> list[str]:
    """A document graph citing laws by title, each with the date its clause gives (or
    none), as ingest writes them: the work typed and labelled, its adoption date."""
    eli, pkg = "http://data.europa.eu/eli/ontology#", "https://w3id.org/policykg/ontology#"
    xsd = "http://www.w3.org/2001/XMLSchema#"
    out = [f"<{doc}> <{RDF_TYPE}> <{eli}Work>", f'<{doc}> <{SKOS}prefLabel> "{title}"@zh-Hant']
    if date:
        out += [f'<{doc}> <{eli}date_document> "{date}"^^<{xsd}date>']
    for cited_title, cited_date in cites:
        node = MINT.cited_work(cited_title, cited_date)
        out += [f"<{node}> <{RDF_TYPE}> <{eli}Work>", f'<{node}> <{SKOS}prefLabel> "{cited_title}"@zh-Hant',
                f"<{doc}> <{eli}cites> <{node}>"]  # fmt: skip
        if cited_date:
            kind = "date" if len(cited_date) == 10 else "gYear"
            out += [f'<{node}> <{pkg}dateAdopted> "{cited_date}"^^<{xsd}{kind}>',
                    f'<{node}> <{eli}date_document> "{cited_date}"^^<{xsd}{kind}>']  # fmt: skip
    return out


def _cites(store: PolicyStore, doc: str) -> set[str]:
    query = f"SELECT ?o WHERE {{ GRAPH <{doc}> {{ <{doc}> <http://data.europa.eu/eli/ontology#cites> ?o }} }}"  # fmt: skip
    return {row["o"].value for row in store.query(query)}


def test_a_repealed_law_of_the_same_title_stays_its_own_work_in_the_store():
    """The new 海島防護法 (2016) is ingested; one document repeals the law of that title
    of 1994, one cites the new law with its date, one without: the first keeps its own
    work, the other two are the ingested law, whatever the order, and settling again
    changes nothing."""
    title = "中華人民共和國海島防護法"
    law = MINT.work(title)
    docs = {
        law: _citing(law, title, [], date="2016-05-04"),
        MINT.work("反滲透法"): _citing(MINT.work("反滲透法"), "反滲透法", [(title, "1994-03-01")]),
        MINT.work("海岸法"): _citing(MINT.work("海岸法"), "海岸法", [(title, "2016-05-04")]),
        MINT.work("漁港法"): _citing(MINT.work("漁港法"), "漁港法", [(title, None)]),
    }
    exports = []
    for order in (list(docs), list(reversed(docs))):
        store = PolicyStore.in_memory()
        for doc in order:
            _ingest(store, {doc: docs[doc]})
        assert _cites(store, MINT.work("反滲透法")) == {MINT.cited_work(title, "1994-03-01")}
        assert _cites(store, MINT.work("海岸法")) == {law}
        assert _cites(store, MINT.work("漁港法")) == {law}
        redirect = f'ASK {{ GRAPH <{MINT.work("海岸法")}> {{ <{MINT.cited_work(title, "2016-05-04")}> <{OWL_SAME_AS}> <{law}> ; <{METHOD}> "dated-citation" }} }}'  # fmt: skip
        assert store.query(redirect)
        again = settle_identity(store, BASE)
        assert again.rewritten == [] and again.split == []
        exports.append(_export(store))
    assert exports[0] == exports[1]


# -- a whole country's level before a body's name (resources/level_words.tsv) -------------------


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("專利審查局", "國家專利審查局"),
        ("海事協調委員會", "中央海事協調委員會"),
        ("海事協調委員會", "廣東省海事協調委員會"),
    ],
)
def test_a_body_without_its_country_s_level_word_is_the_body(short, long):
    assert joined(resolve([org(short), org(long)])) == {(org(short).iri, org(long).iri, WITHOUT_QUALIFIER)}  # fmt: skip


def test_a_fund_without_its_level_word_joins_but_a_title_keeps_it():
    short, long = (Entity(MINT.fund(n), "fund", frozenset({n})) for n in ("財政創新計劃", "中央財政創新計劃"))  # fmt: skip
    assert set(resolve([short, long])) == {short.iri}
    assert resolve([work("海防條例"), work("國家海防條例")]) == {}  # 國家 is part of a law's title


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("人民議事會", "全國人民議事會"),
        ("人事署", "原勞動人事署"),
        ("專利審查局", "國家專利舊審查局"),
    ],
)
def test_other_leading_words_and_inner_level_words_still_keep_two_bodies_apart(short, long):
    assert resolve([org(short), org(long)]) == {}


def _build_level_words():
    path = Path(__file__).resolve().parent.parent / "scripts" / "build_level_words.py"
    spec = importlib.util.spec_from_file_location("build_level_words", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_level_words_are_learnt_from_laws_and_the_gazetteers(tmp_path):
    """The builder keeps a word the laws set against 地方 often enough that begins bodies'
    names (國家), not a class noun that begins none (部门), nor a word seen too rarely."""
    builder = _build_level_words()
    laws = tmp_path / "LawRefBook-Laws"
    laws.mkdir()
    many, few = builder.MIN_COORDINATED, builder.MIN_COORDINATED - 1
    text = "第一条 国家和地方各级人民政府应当支持。\n" * many
    text += "第二条 有关部门和地方人民政府负责。\n" * many
    text += "第三条 中央与地方共同承担。\n" * few
    (laws / "某法(2020-01-01).md").write_text(text, encoding="utf-8")
    counts = builder.coordinated_with_local(tmp_path)
    assert counts["国家"] == many and counts["部门"] == many and counts["中央"] == few
    begins = builder.beginning_bodies()
    assert begins["国家"] >= builder.MIN_NAMES and begins["部门"] < builder.MIN_NAMES
    output = tmp_path / "level_words.tsv"
    done = subprocess.run(
        [sys.executable, builder.__file__, "--corpus", str(tmp_path), "--output", str(output)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "国家" in done.stdout
    words = [line.split("\t")[0] for line in output.read_text("utf-8").splitlines() if not line.startswith("#")]  # fmt: skip
    assert words == ["国家"]


def test_a_bare_body_the_gazetteers_list_in_two_jurisdictions_joins_no_qualified_name():
    # the courts' gazetteer lists 终审法院 for Hong Kong and for Macao
    court, macao = org("終審法院"), org("澳門特別行政區終審法院")
    assert resolve([court, macao]) == {}
    # a national body whose bare name the laws give local bodies too (bare_local 0.70)
    assert resolve([org("工商行政管理局"), org("國家工商行政管理局")]) == {}
    # a name no list holds in two places still joins its one qualified form
    board, macao_board = org("上訴審議院"), org("澳門特別行政區上訴審議院")
    assert set(resolve([board, macao_board])) == {board.iri}


def test_a_title_does_not_skip_a_name_of_the_store_inside_another_title():
    """Titles quote their words: a body of the store inside the longer title (夜間部 of
    海港學校) is a dropped word of content there, as a body's name it is one word."""
    division = org("海港學校夜間部")
    general, evening = work("海港學校學生評量辦法", own=True), work("海港學校夜間部學生評量辦法")
    assert resolve([general, evening, division]) == {}
