"""What a place is to become, said by its qualities, is an aim (platform_aims.py)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.platform_aims import described_as_aim
from policykg.ingest.script import to_simplified

from .recognised import platforms
from .scaling import growth


@pytest.mark.parametrize(
    "text",
    [
        # invented: other places, other qualities
        "到2030年，将临空经济区建设成为产业特色鲜明、开放水平领先、生态环境优美的国际一流航空城。",
        "逐步建成要素集聚、服务完善、辐射带动作用明显的高水平开放型产业园区。",
        "逐步建成要素集聚、服务完善的高水平開放型產業園區。",
        # scale corpus (杭州市跨境电子商务促进条例)
        "建成投资贸易便利、监管服务高效、法治环境优化的全国跨境电子商务创业创新中心。",
    ],
)
def test_what_a_place_is_to_become_is_no_name(text):
    assert platforms(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a place names it: kept, whatever the verb
        ("加快建设成为具有全球影响力的苏州国际科技创新中心。", ["苏州国际科技创新中心"]),
        # a verb of making is platform_plans' to judge; the nation's one network stays
        (
            "国务院有关部门建立统一的国家地下水监测站网，实现信息共享。",
            ["国家地下水监测站网"],
        ),
        # no verb of becoming in the sentence part
        ("依托成为试点的地区，发挥国家级开放型产业园区作用。", []),
    ],
)
def test_named_or_not_an_aim(text, names):
    assert platforms(text) == names


def test_a_short_form_given_makes_it_one_thing():
    text = to_simplified(
        "建成要素集聚、服务完善的高水平开放型产业园区（以下简称产业园区），产业园区应当…"
    )
    start = text.index("高水平")
    assert not described_as_aim(text, start, text.index("（"))


def test_linear_in_the_candidates():
    unit = "逐步建成要素集聚、服务完善的高水平开放型产业园区。"
    at = unit.index("高水平")

    def make(n: int):
        text = unit * n
        spans = [(i * len(unit) + at, (i + 1) * len(unit) - 1) for i in range(n)]
        return lambda: [described_as_aim(text, a, b) for a, b in spans]

    assert growth(make, 300) < 8
