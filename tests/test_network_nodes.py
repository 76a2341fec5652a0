"""A node or cluster of a national network named whole (network_nodes.py, issue 19, session
24). Sentences written for these tests: other regions' nodes, other places' clusters."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.script import to_simplified


def _platforms(sentence: str) -> list[tuple[str, str]]:
    text = to_simplified(sentence)
    return [
        (c.name_in(text), c.rule) for c in recognise(text, 0, len(text)) if c.kind == "Platform"
    ]


@pytest.mark.parametrize(
    ("sentence", "node"),
    [
        ("积极争取纳入全国一体化算力网络成渝国家枢纽节点。", "全国一体化算力网络成渝国家枢纽节点"),
        ("支持全國一體化算力網絡貴州國家樞紐節點建設。", "全國一體化算力網絡貴州國家樞紐節點"),
        ("推动全国一体化算力网络甘肃枢纽节点建设。", "全国一体化算力网络甘肃枢纽节点"),
        ("加快庆阳数据中心集群建设。", "庆阳数据中心集群"),
        ("支持合作区数据中心集群绿色发展。", "合作区数据中心集群"),  # a zone by its short form
    ],
)
def test_a_node_or_cluster_is_named_whole(sentence: str, node: str) -> None:
    assert (to_simplified(node), "rule:network-node") in _platforms(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "建设全国网络安全节点，完善监测预警。",  # no region, no 枢纽: a kind of node
        "优化数据中心集群布局。",  # no place, no zone: clusters in general
        "各地建设的数据中心集群应当节约能源。",
        "构建全国统一的网络，接入各枢纽节点。",  # a verb between the network and the node
    ],
)
def test_kinds_of_nodes_and_clusters_are_no_names(sentence: str) -> None:
    assert not any(rule == "rule:network-node" for _, rule in _platforms(sentence))
