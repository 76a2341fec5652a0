"""A body's or a zone's portal website is a platform named by its owner
(ingest/extract/platform_portals.py, issue 19; the zone's portal and Taiwan's 全球资讯网 since
session 26). Every sentence is invented: other bodies, zones and sites than the gold
documents."""

from __future__ import annotations

import pytest

from .recognised import platforms


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body's portal (session 18)
        ("名单由宁德市人民政府门户网站公布。", "宁德市人民政府门户网站"),
        # Taiwan's word for a body's official site
        ("前項名單應刊登於經濟部全球資訊網。", "經濟部全球資訊網"),
        ("前項資料應公開於行政院農業委員會全球資訊網。", "行政院農業委員會全球資訊網"),
        # a zone's portal: the zone's own site, not the zone
        (
            "入驻企业名录通过青岛前湾综合保税区门户网站向社会发布。",
            "青岛前湾综合保税区门户网站",
        ),
        (
            "園區管理局應將審查結果刊登於屏東農業生物技術園區全球資訊網。",
            "屏東農業生物技術園區全球資訊網",
        ),
        (
            "招商政策同时登载于长沙经济技术开发区门户网站英文版。",
            "长沙经济技术开发区门户网站英文版",
        ),
    ],
)
def test_a_portal_is_named_by_its_owner(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    "text",
    [
        "前項名單應刊登於全球資訊網。",  # no owner: any site
        "前項名單應刊登於主管機關全球資訊網。",  # a role's site: a class
        "名单应当在政府门户网站公布。",  # a kind of government's portal
    ],
)
def test_a_portal_of_no_named_owner_is_no_name(text):
    assert platforms(text) == []


def test_the_zone_inside_its_portal_is_no_mention_there():
    text = "入驻企业名录通过青岛前湾综合保税区门户网站向社会发布。"
    assert platforms(text) == ["青岛前湾综合保税区门户网站"]
