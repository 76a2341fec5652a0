"""Service lines named by the number dialled, and lines the laws name after their number
written without it (ingest/extract/service_numbers.py, issue 19, session 34). Every sentence
is invented: made-up numbers (130, 111, 112, 96170) and other wording than any gold document."""

from __future__ import annotations

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.service_numbers import (
    LINE_WITHOUT_NUMBER_RULE,
    MAX_LINE_WORDS,
    SERVICE_NUMBER_RULE,
    lines_without_number,
    numbered_lines,
    service_frames,
    service_numbers,
)
from policykg.ingest.script import to_simplified

from .scaling import growth
from .test_extract import _record


def lines(text: str) -> dict[str, tuple[set[str], set[str]]]:
    """Each platform of the invented document `text`: its name → (its aliases, its rules)."""
    extraction = extract(_record(text))
    return {
        e.name: (
            {alias for alias, _ in extraction.entity_aliases.get(e.name, [])},
            {m.rule for m in e.mentions},
        )
        for e in extraction.entities
        if e.kind == "Platform"
    }


def numbers(sentence: str) -> list[str]:
    text = to_simplified(sentence)
    return [m.number for m in service_numbers(text, 0, len(text))]


# an invented line phrase in place of the table's (the laws' own phrases are the gold's too)
INVENTED_LINE = "燃气抢修热线"


@pytest.fixture
def invented_line(monkeypatch):
    from policykg.ingest.extract import service_numbers as module

    monkeypatch.setattr(module, "numbered_lines", lambda: frozenset({INVENTED_LINE}))


def test_the_table_is_built_from_the_laws():
    assert {"拨打", "通过"} <= service_frames()  # the frames the laws write before numbers
    assert numbered_lines() and all(line.endswith(("热线", "电话")) for line in numbered_lines())


def test_a_number_dialled_in_quotes_and_joined_to_its_line_is_one_line():
    found = lines("第一条 居民遇险时可以拨打“130”求助电话。\n第二条 任何人不得恶意占用“130”线路。")
    assert found == {"“130”求助电话": ({"130"}, {SERVICE_NUMBER_RULE})}


def test_a_number_named_alone_is_the_line():
    found = lines("第一条 本县开通“130”。\n第二条 居民遇险可以拨打“130”。")
    assert found == {"130": (set(), {SERVICE_NUMBER_RULE})}


def test_numbers_sharing_a_head_name_the_first_alone_and_the_last_with_it():
    found = lines("第一条 本县应当接入“111”、“112”求助平台。")
    assert set(found) == {"111", "“112”求助平台"}


def test_a_framed_number_without_quotes_is_a_line():
    assert set(lines("第一条 船舶遇险时可以拨打96170求助。")) == {"96170"}


def test_a_number_joined_to_a_line_head_is_a_line_whatever_stands_before():
    assert set(lines("第一条 用户可以向96177燃气服务热线报修。")) == {"96177燃气服务热线"}


def test_traditional_text_keeps_its_script():
    found = lines("第一條 民眾遇險時得撥打「130」求助電話。")
    assert set(found) == {"「130」求助電話"}


@pytest.mark.parametrize(
    "sentence",
    [
        "违反本办法第120条规定的，罚款110元。",  # an article, an amount
        "申请人应当在120日内补正材料。",  # a time
        "联系电话0755-12345678，邮编518000。",  # an office's number, a postcode
        "本县共有130个服务网点。",  # a count
        "本县共有130人参加演练。",  # a count of people
        "实现与“111”、“112”等应急信息共享。",  # examples of a class of lines
        "2021年度报告应当于次年公布。",  # a year
    ],
)
def test_numbers_that_count_date_or_are_no_line(sentence):
    assert numbers(sentence) == []
    assert lines(f"第一条 {sentence}") == {}


def test_a_quoted_number_never_dialled_nor_joined_is_no_line():
    assert lines("第一条 本省实施“863”专项，支持企业研发。") == {}


def without_number(sentence: str) -> list[tuple[str, str]]:
    """(name, rule) of the lines the stage reads in `sentence` alone (no other rule's)."""
    text = to_simplified(sentence)
    found, _ = lines_without_number(sentence, text, 0, len(text), [])
    return [(e.name, m.rule) for e in found for m in e.mentions]


def test_a_line_the_laws_name_after_its_number_written_alone_after_a_definite_act(invented_line):
    found = without_number("用户发现燃气泄漏的，可以通过燃气抢修热线报告。")
    assert found == [(INVENTED_LINE, LINE_WITHOUT_NUMBER_RULE)]


def test_the_line_without_its_number_is_the_documents_numbered_line(invented_line):
    found = lines(
        "第一条 用户可以拨打96177燃气抢修热线报修。\n第二条 物业单位可以通过燃气抢修热线报告险情。"
    )
    assert set(found) == {"96177燃气抢修热线"}
    aliases, rules = found["96177燃气抢修热线"]
    assert aliases == {INVENTED_LINE} and SERVICE_NUMBER_RULE in rules


def test_a_line_in_a_list_or_going_on_is_not_read_alone(invented_line):
    assert without_number("用户可以通过燃气抢修热线和门户网站报告。") == []
    assert without_number("用户可以通过燃气抢修热线平台报告。") == []
    assert without_number("本市设立燃气抢修热线。") == []  # made, not used


def test_the_reading_is_linear():
    def make(n: int):
        text = to_simplified("第一条 居民可以拨打“130”求助电话，不得占用“130”线路，罚款110元。" * n)
        return lambda: service_numbers(text, 0, len(text))

    assert growth(make, 200) < 6


def test_numbers_listed_before_a_class_without_quotes_are_examples():
    assert numbers("应当通过111、112、113等紧急求助热线处理。") == []
    assert numbers("居民可以拨打111、112求助。") == ["111", "112"]


def test_the_lines_number_written_as_such_is_the_line():
    assert numbers("任何人不得恶意拨打“130”号码。") == ["130"]


def test_a_hotlines_telephone_names_the_hotline():
    assert set(lines("第一条 用户可以拨打96177燃气热线电话报修。")) == {"96177燃气热线"}


def test_a_line_written_with_its_city_before_the_number_is_one_line():
    found = lines("第一条 本市依托“温州市96177燃气服务热线”受理报修，用户也可以拨打96177报修。")
    assert set(found) == {"温州市96177燃气服务热线"}
    assert "96177" in found["温州市96177燃气服务热线"][0]
    found = lines("第一条 用户可以通过舟山市96177燃气服务热线报修。")
    assert set(found) == {"舟山市96177燃气服务热线"}
    assert found["舟山市96177燃气服务热线"][0] == {"96177"}


@pytest.mark.parametrize(
    "sentence",
    [
        "各服务站应当配备600部求助电话。",  # measure words the segmenter tags nouns
        "本县开通400路咨询热线。",
        "机房安装900门电话。",
        "本省建成150处求助电话亭。",
        "依托国家973计划成果共享平台开展合作。",  # 平台 names a line only after a quote
    ],
)
def test_a_number_counted_by_its_measure_word_or_unquoted_before_a_platform_is_no_line(sentence):
    assert numbers(sentence) == []


def test_a_quoted_number_before_a_platform_is_a_line():
    assert numbers("各单位应当接入“112”求助平台。") == ["112"]


def test_the_bound_on_a_lines_words_holds_the_built_phrases_and_one_qualifier():
    longest = max(len(tokenise(phrase, 0, len(phrase))) for phrase in numbered_lines())
    assert longest + 1 == MAX_LINE_WORDS
    assert numbers("居民可以拨打96177城管政务服务便民热线。") == ["96177"]  # five words


def test_a_label_colon_is_no_joint_but_a_colon_between_digits_is():
    assert numbers("设立求助电话：96177，受理报修。") == ["96177"]
    assert numbers("居民可以拨打96177，也可以到现场办理。") == ["96177"]
    assert numbers("图纸比例尺为1:500，求助电话另行公布。") == []
    assert numbers("编号为12-130的求助电话。") == []


def test_a_bare_number_or_a_generic_line_is_its_citys(tmp_path, monkeypatch, invented_line):
    from policykg.graph import entities

    from .test_local_names import _platforms

    monkeypatch.setattr(entities, "numbered_lines", lambda: frozenset({INVENTED_LINE}))

    def document(stem: str, title: str) -> dict[str, str]:
        path = tmp_path / f"{stem}.md"
        path.write_text(
            f"# {title}\n\n第一条 居民可以拨打96177报修。\n\n"
            "第二条 物业单位可以通过燃气抢修热线报告险情。\n",
            encoding="utf-8",
        )
        return _platforms(str(path))

    hangzhou = document("a", "杭州市燃气管理条例")
    hangzhou_again = document("b", "杭州市燃气安全办法")
    chengdu = document("c", "成都市燃气管理条例")
    for name in ("96177", INVENTED_LINE):
        assert name in hangzhou and name in chengdu
        assert hangzhou[name] != chengdu[name]  # two cities, two lines
        assert hangzhou[name] == hangzhou_again[name]  # one city's line, one node


@pytest.mark.parametrize(
    "sentence",
    ["区人民政府开通300路服务热线。", "依托800门咨询电话受理求助。"],
)
def test_a_counted_number_names_no_platform_of_any_rule(sentence):
    """The measure-word test is number_at's, which the numbered platforms of
    platform_reference share: 300|路…热线 is three hundred lines, not one line's name."""
    text = to_simplified(sentence)
    assert not [c for c in recognise(text, 0, len(text)) if c.kind == "Platform"]
