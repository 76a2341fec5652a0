"""Zones named the official way (中国 and a place in brackets), and bodies named after them
(ingest/extract/zone_names.py, issue 19, session 20). Sentences written for these tests,
with places and bodies other than those of the gold documents."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import rjieba
from policykg.ingest.extract import zone_names
from policykg.ingest.extract.dictionary import prepare
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.zone_names import (
    ends_zone_tail,
    holds_together,
    official_prefix,
)
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))


def names_in(text):
    simplified = to_simplified(text)
    return [(c.kind, c.name_in(text)) for c in recognise(simplified, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("推进中国（湖北）自由贸易试验区建设", [("Platform", "中国（湖北）自由贸易试验区")]),
        ("支持中國（福建）自由貿易試驗區深化改革", [("Platform", "中國（福建）自由貿易試驗區")]),
        ("设立中国（宁波）跨境电子商务综合试验区", [("Platform", "中国（宁波）跨境电子商务综合试验区")]),
        # a kind of zone no law of the corpus writes: the official prefix says it is a name
        ("设立中国（宁波）数字经济创新试验区", [("Platform", "中国（宁波）数字经济创新试验区")]),
        # two places in one bracket
        ("支持中国（成都、重庆）跨境电子商务综合试验区发展", [("Platform", "中国（成都、重庆）跨境电子商务综合试验区")]),
        # a part of the zone named after it
        ("加快中国（湖北）自由贸易试验区武汉片区建设", [("Platform", "中国（湖北）自由贸易试验区武汉片区")]),
        # bodies named after the zone
        ("由中国（天津）自由贸易试验区管理委员会负责", [("Organization", "中国（天津）自由贸易试验区管理委员会")]),
        ("中國（陝西）自由貿易試驗區工作領導小組統籌推進", [("Organization", "中國（陝西）自由貿易試驗區工作領導小組")]),
        # the kind of zone inside a longer name, without the official prefix
        ("由国务院跨境电子商务综合试验区工作部际联席会议办公室组织评估", [("Organization", "国务院跨境电子商务综合试验区工作部际联席会议办公室")]),
        ("经国务院自由贸易试验区工作领导小组办公室同意", [("Organization", "国务院自由贸易试验区工作领导小组办公室")]),
        # two names joined by 和: the zone's kind ends the first
        ("支持中国（辽宁）自由贸易试验区和沈阳高新技术产业开发区联动发展", [("Platform", "中国（辽宁）自由贸易试验区"), ("Platform", "沈阳高新技术产业开发区")]),
        # half-width brackets, as some published texts write them: read as full-width
        ("推动中国(云南)自由贸易试验区红河片区建设。", [("Platform", "中国(云南)自由贸易试验区红河片区")]),
        ("支持中国(黑龙江)自由贸易试验区绥芬河片区、哈尔滨新区发展。", [("Platform", "中国(黑龙江)自由贸易试验区绥芬河片区")]),
    ],
)  # fmt: skip
def test_zone_names_and_the_bodies_named_after_them(text, expected):
    assert names_in(text) == expected


def test_the_prefix_does_not_carry_a_name_past_the_zone():
    """After the zone's head the ordinary rules decide: 推进 begins no name."""
    found = names_in("中国（江苏）自由贸易试验区管理委员会推进科技创新中心建设")
    assert ("Organization", "中国（江苏）自由贸易试验区管理委员会") in found
    assert all("推进" not in name for _, name in found)


def test_the_official_prefix():
    words = ["支持", "中国", "（", "郑州", "、", "洛阳", "）", "综合", "试验区"]
    assert official_prefix(words, 1) == 7
    assert official_prefix(["中国", "（", "三", "）"], 0) == 0  # not a place
    assert official_prefix(["中国", "（", "）", "试验区"], 0) == 0
    assert official_prefix(["国家", "（", "湖北", "）"], 0) == 0


def test_which_words_hold_together(monkeypatch):
    # a kind of zone as the builder would write it: built with every gold document left
    # out, the shipped file may hold none (session 27), so the rule is tested on its own
    kinds = frozenset({("自由贸易", "试验区")})
    monkeypatch.setattr(zone_names, "zone_tails", lambda: kinds)
    monkeypatch.setattr(zone_names, "_tail_words", lambda: frozenset({"自由贸易", "试验区"}))
    words = ["中国", "（", "湖北", "）", "自由贸易", "试验区", "工作", "领导小组"]
    assert holds_together(words, 4)  # inside the official tail and a kind of zone
    assert not holds_together(words, 6)  # after the zone's head: the ordinary rules
    assert holds_together(["国务院", "自由贸易", "试验区", "办公室"], 1)
    assert not holds_together(["推进", "自由贸易", "协定"], 1)
    assert ends_zone_tail(["自由贸易", "试验区", "和"], 1)
    assert not ends_zone_tail(["试验区", "和"], 0)


def test_the_shipped_tails_were_written_after_two_places_or_more():
    header = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "zone_tails.tsv"
    lines = header.read_text(encoding="utf-8").splitlines()
    assert any("less" in line and "gold documents" in line for line in lines if line[0] == "#")
    for line in lines:
        if not line.startswith("#"):
            assert len(line.split("\t")[3].split()) >= 2, line


def test_the_builder_reads_tails_after_official_prefixes():
    from build_zone_tails import tails_in

    prepare()
    line = (
        "推动中国（海南）自由贸易试验区和中国（广西）自由贸易试验区钦州港片区建设，中国（北京）发布"
    )
    heads = ("试验区", "片区")
    assert list(tails_in(rjieba.tag(line), heads)) == [
        ("海南", ("自由贸易", "试验区")),
        ("广西", ("自由贸易", "试验区")),
    ]
