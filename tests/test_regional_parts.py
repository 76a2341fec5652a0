"""The part of a national system a province runs, its place in brackets after the name
(candidate_merge.regional_parts, issue 19, session 30). Sentences written for these tests:
other systems and provinces than any document."""

from __future__ import annotations

import pytest

from tests.recognised import platforms


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("处罚决定应当通过国家药品追溯协同平台（山西）公示。", "国家药品追溯协同平台（山西）"),
        ("有关数据应当推送至国家医保信息平台（广西）。", "国家医保信息平台（广西）"),
        ("医院应当接入国家电子病历共享系统（青海）。", "国家电子病历共享系统（青海）"),
        ("處分應當透過國家藥品追溯協同平台（湖南）公示。", "國家藥品追溯協同平台（湖南）"),
    ],
)
def test_a_national_system_and_a_bracketed_place_name_the_part(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # half-width brackets, read as full-width by the segmenter (session 31)
        ("处罚信息应当在国家药品追溯协同平台(甘肃)公示。", "国家药品追溯协同平台(甘肃)"),
        ("病历数据应当通过国家电子病历共享系统(宁夏)报送。", "国家电子病历共享系统(宁夏)"),
        ("數據應當推送至國家醫保信息平台(貴州)。", "國家醫保信息平台(貴州)"),
    ],
)
def test_a_part_in_half_width_brackets_is_named_too(text, name):
    assert name in platforms(text)


def test_a_half_width_note_is_no_part():
    found = platforms("企业应当通过国家药品追溯协同平台(试行)报送数据。")
    assert "国家药品追溯协同平台" in found
    assert not any(f.startswith("国家药品追溯协同平台(") for f in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # not a place: a note on the text, a short form
        ("企业应当通过国家药品追溯协同平台（试行）报送数据。", "国家药品追溯协同平台"),
        ("企业应当通过国家药品追溯协同平台（以下简称协同平台）报送。", "国家药品追溯协同平台"),
        # not the nation's: a province's own system takes no bracket in
        ("企业应当通过山西省药品追溯系统（太原）报送。", "山西省药品追溯系统"),
    ],
)
def test_no_part_without_the_nation_or_a_place(text, name):
    found = platforms(text)
    assert name in found and not any(f.startswith(name) and f != name for f in found)
