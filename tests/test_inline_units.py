"""The units an act sets up inline, in the sentence that sets them up (issue 19, session 26):
本局設甲處、乙處及丙室，分別掌理…. Sentences written here, of bodies and units made up."""

from __future__ import annotations

from pathlib import Path

from policykg.ingest.extract import extract
from policykg.ingest.extract.inline_units import read_inline_lists
from policykg.ingest.extract.unit_lists import _subject, pointer_endings
from policykg.ingest.script import to_simplified


def _inline(text: str) -> list[list[str]]:
    """The units of each inline list of `text`, as written."""
    simplified = to_simplified(text)
    found = read_inline_lists(simplified, 0, len(simplified), _subject, pointer_endings())
    return [[text[a:b] for a, b in one.units] for one in found]


def _extraction(text: str):
    from policykg.ingest.pipeline import process_source
    from policykg.ingest.records import SourceText

    text = "某某署組織法\n\n" + text
    source = SourceText(Path("text.txt"), text, "utf-8", "0" * 64, "text")
    return extract(process_source(source))


def _organisations(text: str) -> dict[str, set[str]]:
    return {
        e.name: {m.rule for m in e.mentions}
        for e in _extraction(text).entities
        if e.kind == "Organization"
    }


def test_a_list_parted_by_commas_and_and_is_read_item_by_item():
    assert _inline("本署設森林保育處、野溪治理處、苗圃經營處及林道維護室，分別掌理前條事項。") == [
        ["森林保育處", "野溪治理處", "苗圃經營處", "林道維護室"]
    ]


def test_simplified_units_and_a_last_item_joined_by_he():
    assert _inline("本局设水文监测处、河道疏浚处和堤防养护中心，各处分别办理有关业务。") == [
        ["水文监测处", "河道疏浚处", "堤防养护中心"]
    ]


def test_numbered_units_are_read_and_kept():
    text = "第 5 條\n本院設第一廳、第二廳、第三廳及覆核室，各掌理所定之審核事項。\n"
    assert _inline(text) == [["第一廳", "第二廳", "第三廳", "覆核室"]]
    found = _organisations(text)
    for unit in ("第一廳", "第三廳", "覆核室"):
        assert "rule:unit-list" in found.get(unit, set()), (unit, found)


def test_a_list_after_a_condition_and_de_she():
    assert _inline("本會因業務需要，得設海岸調查中心及濕地研究中心。") == [
        ["海岸調查中心", "濕地研究中心"]
    ]
    assert _inline("本館於必要時得設典藏修護組、展示教育組。") == [["典藏修護組", "展示教育組"]]


def test_things_set_up_that_are_no_units_are_not_read():
    assert _inline("本會設置標準、設施及設備，由主管機關定之。") == []
    assert _inline("本部設諮詢委員會、審議小組，其設置要點另定之。") == []
    assert _inline("各縣市設服務據點、流動車輛，提供諮詢。") == []


def test_one_unit_alone_is_no_list():
    assert _inline("本局設規劃處，掌理業務規劃事項。") == []


def test_a_list_whose_subject_is_no_body_is_not_read():
    assert _inline("學校得設輔導組、衛生組。") == []  # no 本 + body noun, no body's name


def test_the_offices_every_body_has_stay_out_and_the_named_ones_are_organisations():
    found = _organisations(
        "第 3 條\n本署設土石流防治處、邊坡監測處、秘書室及人事室，分別掌理相關事項。\n"
    )
    assert found.get("土石流防治處") == {"rule:unit-list"}, found
    assert found.get("邊坡監測處") == {"rule:unit-list"}, found
    assert "秘書室" not in found and "人事室" not in found


def test_each_unit_is_a_part_of_the_body_the_document_defines():
    text = (
        "第 1 條\n為辦理坡地保育業務，特設海岸資源署（以下簡稱本署）。\n"
        "第 3 條\n本署設土石流防治處、邊坡監測處及崩塌地復育處，分別掌理前條事項。\n"
    )
    parts = {(unit.name, body.name) for unit, body, _ in _extraction(text).part_of}
    assert ("邊坡監測處", "海岸資源署") in parts, parts


def test_a_count_of_units_is_no_unit_and_a_count_after_the_list_is_cut_off():
    assert _inline("本處設五組、稽核室，分別掌理前條事項。") == []
    assert _inline("本中心設氣候模擬組、海流觀測組及資料彙整組三組，分別掌理各該事項。") == [
        ["氣候模擬組", "海流觀測組", "資料彙整組"]
    ]


def test_the_shared_offices_of_a_list_stay_out_when_the_list_is_read_as_a_coordination():
    found = _organisations(
        "第 4 條\n本院設極地調查處、海床測繪處、秘書處、總務處、法制處及政風室，分別掌理前條事項。\n"
    )
    assert {"極地調查處", "海床測繪處"} <= set(found), found
    assert not {"秘書處", "總務處", "法制處", "政風室"} & set(found), found
