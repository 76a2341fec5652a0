"""The bodies the laws list as the State Council's peers (党中央、国务院), added to the national
bodies gazetteer by scripts/build_national_bodies.py, and read in running text as one body
where they stand as one. Sentences and names invented here; none is a gold document's."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.gazetteers import load_gazetteer
from policykg.ingest.script import to_simplified

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def build():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        yield importlib.import_module("build_national_bodies")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


LAWS = [  # (path, text): three files list 党中央 beside the State Council, in three ways
    ("a.md", "第一条 本条例经审议，报党中央、国务院批准后施行。"),
    ("b.md", "第二条 在党中央、国务院领导下，统筹推进有关工作。"),
    ("c.md", "第三条 此项工作，由党中央和国务院统一领导，财政部、国务院分别负责。"),
    ("d.md", "第四条 直辖市人民政府、国务院有关部门、国务院财政部门和国务院应当配合。"),
    ("e.md", "第五条 直辖市人民政府、国务院；国务院财政部门、国务院；国务院财政部门和国务院。"),
    ("f.md", "第六条 直辖市人民政府和国务院；财政部、国务院。"),
]


def test_peers_of_the_state_council_in_three_files_or_more(build):
    found = build.peers(LAWS, load_evidence())
    assert "党中央" in found and len(found["党中央"][0]) == 3
    assert "财政部" not in found  # two files: fewer than three
    assert "国务院财政部门" not in found  # a class of departments, in three files
    assert "直辖市人民政府" not in found  # a level's governments, in three files


@pytest.mark.parametrize(
    "name",
    ["国务院有关部门", "直辖市人民政府", "县级人民政府", "国务院", "中央军事委员会批准"],
)
def test_what_is_no_peer(build, name):
    assert not build.is_peer(name, load_evidence())


def test_the_shipped_list_holds_the_peer_and_its_head():
    entry = load_gazetteer("national_bodies").lookup("黨中央")
    assert entry is not None and entry.get("head") == "中央"


def _organisations(text: str) -> list[str]:
    simplified = to_simplified(text)
    return [text[c.start : c.end] for c in recognise(simplified, 0, len(simplified))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各地区要认真贯彻党中央、国务院的部署。", ["党中央", "国务院"]),
        ("實施方案報黨中央批准。", ["黨中央"]),  # Traditional
    ],
)
def test_the_peer_is_read_in_running_text(text, expected):
    assert [name for name in _organisations(text) if name in expected] == expected


def test_central_alone_qualifies_and_names_no_body():
    assert "中央" not in _organisations("中央财政安排专项资金予以支持。")
