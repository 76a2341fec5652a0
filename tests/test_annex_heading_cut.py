"""An annex heading cut short (issue 19, session 27): the annex's heading broke over two
lines, the second letter-spaced and run into the first paragraph by cleaning, so the title
read at the annex's head is only the start of the title the main text listed for it (a place
or an event after a year, no document). The listed title is the whole one. Texts of our own
wording."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from policykg.ingest.pipeline import process_source
from policykg.ingest.records import SourceText


def _annex_titles(text: str) -> list[str]:
    source = SourceText(
        Path("reply.md"), text, "utf-8", hashlib.sha256(text.encode()).hexdigest(), "markdown"
    )
    return [annex.title for annex in process_source(source).annexes]


def _reply(listed: str, first_line: str, spaced_rest: str) -> str:
    return (
        "某省人民政府关于同意成立某项工作领导小组的批复\n某政函〔2021〕9号\n某市人民政府：\n"
        "你市关于成立领导小组的请示收悉。现批复如下：\n同意成立该领导小组。\n"
        f"附件：{listed}\n某省人民政府\n二〇二一年四月二日\n附件：\n{first_line}\n{spaced_rest}\n"
        "为做好赛事期间的保障工作，经研究，制定本方案。\n一、工作目标\n确保赛事安全有序。\n"
    )


@pytest.mark.parametrize(
    ("listed", "first_line", "spaced_rest"),
    [
        (
            "2030年甲市城市运动会主体育场保障工作方案",
            "2030年甲市城市运动会主体育场",
            "保 障 工 作 方 案",
        ),
        (
            "2027年某某博览会国际会展中心运营组织办法",
            "2027年某某博览会国际会展中心",
            "运 营 组 织 办 法",
        ),
        ("某某大桥通车仪式筹备工作安排", "某某大桥通车仪式", "筹 备 工 作 安 排"),
    ],
)
def test_a_heading_cut_short_takes_the_listed_title(listed, first_line, spaced_rest) -> None:
    assert _annex_titles(_reply(listed, first_line, spaced_rest)) == [listed]


def test_a_heading_read_whole_is_kept() -> None:
    """A title read whole at the annex's head is not replaced by the listing's."""
    text = _reply("甲市运动会保障方案", "甲市运动会保障工作方案", "（试 行）")
    assert _annex_titles(text) != ["甲市运动会保障方案"]
