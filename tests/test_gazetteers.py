"""Gazetteers of issue 19: the shipped files, their builder's pieces, and the loader.

The corpus is not rebuilt here: the shipped files are checked against the loader's format
and their stated sources, and the builder's title parsing runs on titles of both scripts.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from policykg.ingest.extract import gazetteers as gz

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "ingest" / "resources"


@pytest.fixture(scope="module")
def builder():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        yield importlib.import_module("build_gazetteers")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


@pytest.mark.parametrize("kind", sorted(gz.GAZETTEERS))
def test_shipped_gazetteer_is_in_the_loaders_format_and_names_its_source(kind):
    path = RESOURCES / gz.GAZETTEERS[kind]
    gazetteer = gz.load_gazetteer(kind)
    assert len(gazetteer) > 10
    header = "\n".join(gazetteer.header)
    builders = {
        "national_bodies": "build_national_bodies",
        "central_bodies": "build_central_bodies",
    }
    assert f"scripts/{builders.get(kind, 'build_gazetteers')}.py" in header
    assert "LawRefBook-Laws" in header
    assert kind in builders or "mojLawSplitJSON" in header  # Mainland bodies only
    assert "# method:" in header
    assert f"# {len(gazetteer)} entries" in header  # the count the header states is the count
    assert gazetteer == gz.load_gazetteer(kind, path)
    for entry in gazetteer:
        assert entry.source == kind
        assert entry.get("source_file")
        assert gz.to_simplified(entry.name) == entry.name_hans


def test_a_file_in_another_format_is_refused(tmp_path):
    bad = tmp_path / "courts.tsv"
    bad.write_text(f"# {gz.FORMAT} courts\n#\tname\tname_hans\n", encoding="utf-8")
    with pytest.raises(gz.GazetteerFormatError, match="columns"):
        gz.load_gazetteer("courts", bad)
    other = tmp_path / "acts.tsv"
    other.write_text(f"# {gz.FORMAT} courts\n", encoding="utf-8")
    with pytest.raises(gz.GazetteerFormatError, match="expected"):
        gz.load_gazetteer("organisation_acts", other)
    with pytest.raises(KeyError):
        gz.load_gazetteer("no-such-list")


def test_small_fixture_round_trip(tmp_path):
    columns = gz.COLUMNS["courts"]
    path = tmp_path / "courts.tsv"
    rows = [
        ("終審法院", "终审法院", "HK", "text", "1", "3", "a.md"),
        ("最高行政法院", "最高行政法院", "TW", "organisation_act", "0", "0", "index.json#X"),
    ]
    lines = [f"# {gz.FORMAT} courts", "# a fixture", "#\t" + "\t".join(columns)]
    lines += ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    courts = gz.load_gazetteer("courts", path)
    assert [e.name for e in courts] == ["終審法院", "最高行政法院"]
    assert courts.lookup("终审法院").get("jurisdiction") == "HK"
    found = courts.find("上訴至最高行政法院或終審法院")
    assert [(s, e, x.name) for s, e, x in found] == [(3, 9, "最高行政法院"), (10, 14, "終審法院")]


def test_organisation_acts_name_their_bodies():
    acts = gz.load_gazetteer("organisation_acts")
    entry = acts.lookup("法務部調查局")
    assert entry.get("act_title") == "法務部調查局組織法"
    assert acts.lookup("法务部调查局") is entry  # either script
    assert acts.lookup("智慧財產及商業法院").get("jurisdiction") == "TW"
    assert acts.lookup("国务院").get("jurisdiction") == "CN"
    assert acts.lookup("农村集体经济") is None  # a law on organisations, not a body's act
    scopes = {e.get("scope") for e in acts}
    assert scopes == {"named", "class"}


def test_courts_of_each_jurisdiction():
    courts = gz.load_gazetteer("courts")
    by = {}
    for entry in courts:
        by.setdefault(entry.get("jurisdiction"), set()).add(entry.name_hans)
    assert {"CN", "HK", "MO", "TW"} <= set(by)
    assert "最高人民法院" in by["CN"]
    assert {"终审法院", "高等法院原讼法庭"} <= by["HK"]
    assert {"终审法院", "中级法院", "初级法院"} <= by["MO"]
    assert {"司法院", "最高法院", "最高行政法院", "智慧财产及商业法院"} <= by["TW"]
    # classes are not names
    assert not {"高级人民法院", "中级人民法院", "人民法院", "地方法院"} & set().union(*by.values())


def test_the_courts_the_basic_law_sets_up_are_listed_with_that_source():
    courts = gz.load_gazetteer("courts")
    from_basic_law = {
        e.name_hans
        for e in courts
        if e.get("jurisdiction") == "HK" and "basic_law" in (e.get("found_by") or "")
    }
    # Article 81: the courts it lists, and the High Court's two divisions, bare and whole
    assert {"终审法院", "高等法院", "区域法院", "上诉法庭", "原讼法庭"} <= from_basic_law
    assert {"高等法院上诉法庭", "高等法院原讼法庭"} <= from_basic_law


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("當事人可向終審法院申請上訴許可，", ["終審法院"]),
        ("案件已由高等法院上訴法庭審理，原訟法庭的判決撤銷。", ["高等法院上訴法庭", "原訟法庭"]),
        ("该判决经上诉法庭维持。", ["上诉法庭"]),
    ],
)
def test_courts_whose_names_begin_with_a_verb_are_found(text, expected):
    from policykg.ingest.extract.entities import recognise

    simplified = gz.to_simplified(text)
    found = recognise(simplified, 0, len(simplified))
    assert [text[c.start : c.end] for c in found if c.kind == "Organization"] == expected


def test_government_bodies_recur_as_units():
    bodies = gz.load_gazetteer("government_bodies")
    names = {e.name_hans for e in bodies}
    assert {"经济部", "教育部", "外交部", "海关总署"} <= names
    assert not {"委员会", "干部", "布局", "内部"} & names
    for entry in bodies:
        assert int(entry.get("files")) >= 3
        assert float(entry.get("left_entropy")) >= 1.5


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("法務部調查局組織法", "法務部調查局"),
        ("國立海洋科技博物館籌備處暫行組織規程", "國立海洋科技博物館籌備處"),
        ("唐榮鐵工廠股份有限公司暫行組織規程（新 90.03.14 訂定）", "唐榮鐵工廠股份有限公司"),
        ("中华人民共和国国务院组织法", "国务院"),
        ("人民调解委员会组织条例", "人民调解委员会"),
        ("中華民國憲法", None),
    ],
)
def test_act_titles_give_their_body(builder, title, body):
    got = builder.act_body(title)
    assert (got[0] if got else None) == body


def test_courts_that_head_titles_of_the_index_are_read(builder):
    """Session 32: a court the corpus names only in the titles of its own rules (the index
    lists them, the corpus holds none of their texts) heads two titles or more."""
    from policykg.ingest.extract.boundary_evidence import load_evidence

    index = [
        ("X1", "家事法庭開庭規則"),
        ("X2", "家事法庭旁聽須知"),
        ("X3", "各級法院辦案期限規則"),  # a determiner: a class
        ("X4", "各級法院書狀規則"),
        ("X5", "行政法院裁判書公開辦法"),  # one title only
        ("X6", "國民大會代表立法院委員選舉辦法"),  # 立法院 is no court
        ("X7", "國民大會代表立法院委員互選規則"),
    ]
    found = builder.index_courts(index, load_evidence())
    assert found == {"家事法庭": ("家事法庭", 2)}


def test_the_constitutional_court_of_taiwan_is_listed_from_the_index():
    courts = {e.name_hans: e for e in gz.load_gazetteer("courts") if e.get("jurisdiction") == "TW"}
    assert "index_titles" in courts["宪法法庭"].get("found_by")
