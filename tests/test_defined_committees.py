"""A committee the text sets up and defines as 本會 where the segmenter cuts the head's last
character off as a verb (管理|會, 評議|會: issue 19, session 27). The definition says the
whole phrase is a body's name, so the word before the cut-off 會 belongs to the head, and a
fund or body inside the name (…基金|管理|會) is no subject whose verb would cut it. Sentences
written for these tests, of bodies made up, in both scripts."""

from __future__ import annotations

import pytest
from policykg.ingest.extract import entities as recogniser
from policykg.ingest.script import to_simplified


def organisations(text: str) -> list[str]:
    simplified = to_simplified(text)
    found = recogniser.recognise(simplified, 0, len(simplified))
    return [c.name_in(text) for c in found if c.kind == "Organization"]


@pytest.mark.parametrize(
    "text, body",
    [
        ("為辦理前條業務，設漁業發展管理會（以下簡稱本會），負責下列事項：", "漁業發展管理會"),
        (
            "為管理本基金，設海洋保育基金管理會（以下簡稱本會），負責下列事項：",
            "海洋保育基金管理會",
        ),
        (
            "本基金之管理機關為某某部，並設置水資源開發基金管理會（以下簡稱本會）。",
            "水資源開發基金管理會",
        ),
        (
            "为统筹使用本资金，设立乡村振兴资金管理会（以下简称本会），其职责如下：",
            "乡村振兴资金管理会",
        ),
        ("某某部應設置山林基金管理會（以下簡稱本會），辦理基金之審議。", "山林基金管理會"),
    ],
)
def test_a_committee_defined_as_ben_hui_is_read_whole(text, body):
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "本會應於每年三月召開會議。",  # 本會 alone, no definition
        "主管機關得設會（以下簡稱本會）。",  # a verb before 會: no name
        "各機關應依法管理會計事務（以下簡稱本事務）。",  # no body defined
    ],
)
def test_no_committee_without_a_name_before_ben_hui(text):
    assert not [name for name in organisations(text) if name.endswith("會")]
