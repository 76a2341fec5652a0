"""The units a body's own rules list under it (issue 19, session 22): 本部設下列司、處：一、…
Lists written here (other bodies, other unit names, both scripts, both numbering styles)
and a few copied from the Taiwan part of the scale corpus (said so)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.extract.unit_lists import names_one_unit, read_unit_lists, shared_units
from policykg.ingest.script import to_simplified

ROOT = Path(__file__).resolve().parents[1]
# beside the repository, or beside the folder of its worktrees (as scripts/scale_corpus.py)
SCALE = Path("shared") / "corpus" / "scale"
CORPUS = next((b for b in (ROOT.parent, ROOT.parent.parent) if (b / SCALE).is_dir()), ROOT) / SCALE
# the git mirror of kong0107/mojLawSplitJSON the shipped shared_units.tsv was built with
MIRROR = Path(".mirror") / "kong0107+mojLawSplitJSON" / "repo"
MOJ = next((b for b in (ROOT.parent, ROOT.parent.parent) if (b / MIRROR).is_dir()), ROOT) / MIRROR


def _units(text: str) -> list[list[str]]:
    """The head units of each list in `text`, as written, before any class decision."""
    simplified = to_simplified(text)
    return [[text[a:b] for a, b in found.units] for found in read_unit_lists(simplified)]


def _organisations(text: str) -> dict[str, set[str]]:
    """The organisations the whole extraction finds in `text`, with their rules."""
    from policykg.ingest.pipeline import process_source
    from policykg.ingest.records import SourceText

    text = "某某辦事細則\n\n" + text
    source = SourceText(Path("text.txt"), text, "utf-8", "0" * 64, "text")
    return {
        e.name: {m.rule for m in e.mentions}
        for e in extract(process_source(source)).entities
        if e.kind == "Organization"
    }


OFFICE_RULES = """第 1 條
海洋保育研究院（以下簡稱本院）為處理內部單位之分工職掌，特訂定本規程。

第 5 條
本院設下列組、室、中心：
一、潮間帶生態組，分三科辦事。
二、鯨豚救援組：掌理擱淺鯨豚之救援及收容。
三、珊瑚復育中心，分二科辦事。
四、秘書室。
五、人事室。

第 6 條
潮間帶生態組掌理事項如下：
一、潮間帶調查。
二、其他有關潮間帶生態事項。
"""


def test_an_office_rules_list_is_read_item_by_item():
    assert _units(OFFICE_RULES) == [
        ["潮間帶生態組", "鯨豚救援組", "珊瑚復育中心", "秘書室", "人事室"]
    ]


def test_the_listed_units_are_organisations_and_the_shared_offices_are_not():
    found = _organisations(OFFICE_RULES)
    for unit in ("潮間帶生態組", "鯨豚救援組", "珊瑚復育中心"):
        assert found.get(unit) == {"rule:unit-list"}, (unit, found)
    assert "秘書室" not in found and "人事室" not in found  # every body has one


def test_each_unit_is_a_part_of_the_body_the_document_calls_by_the_subject():
    from policykg.ingest.pipeline import process_source
    from policykg.ingest.records import SourceText

    text = "某某辦事細則\n\n" + OFFICE_RULES
    source = SourceText(Path("text.txt"), text, "utf-8", "0" * 64, "text")
    parts = {(unit.name, body.name) for unit, body, _ in extract(process_source(source)).part_of}
    assert ("鯨豚救援組", "海洋保育研究院") in parts and ("珊瑚復育中心", "海洋保育研究院") in parts


def test_an_item_begins_after_its_number_whatever_its_first_word_reads_as():
    # 由 and 和 begin clauses elsewhere; here they begin the units' names (places)
    found = _organisations(
        "本局設下列科、中心：\n一、水政科。\n二、和平溪整治中心。\n三、由仁水庫管理中心。\n"
    )
    assert {"和平溪整治中心", "由仁水庫管理中心"} <= set(found), found


def test_a_mainland_list_of_inner_bodies_numbered_in_parentheses():
    text = (
        "第四条 某某市港航管理局设下列内设机构：（一）办公室。负责文电、会务；"
        "（二）航道养护处。负责航道养护；（三）港口规划处（港口建设处）。负责港口规划。\n"
        "第五条 本局的人员编制另行核定。"
    )
    assert _units(text) == [["办公室", "航道养护处", "港口规划处"]]
    assert not names_one_unit("办公室")  # a head alone: whichever body's office


def test_a_list_in_simplified_lines_with_a_comma_clause_before_the_colon():
    text = "第三条 本中心设左列各组，分别掌理有关事项：\n一、水文测报组：负责水文测报。\n二、防汛调度组。\n"
    assert _units(text) == [["水文测报组", "防汛调度组"]]


def test_a_list_copied_from_the_scale_corpus():
    # mojLawSplitJSON/FalVMingLing/H0000027.json (國立臺灣藝術教育館組織條例, 第2條)
    text = (
        "本館設左列各組：\n"
        "一、研究推廣組：掌理有關藝術教育之研究、設計、調查、出版及推廣事\n"
        "    項。\n"
        "二、展覽演出組：掌理有關藝術之展覽、演出及實驗事項。\n"
        "三、總務組：掌理文書、出納、庶務及不屬其他各組事項。\n"
        "第 3 條 本館置館長一人，職位列第十至第十二職等，綜理館務。"
    )
    assert _units(text) == [["研究推廣組", "展覽演出組", "總務組"]]


def test_a_second_list_copied_from_the_scale_corpus_ends_where_its_numbers_do():
    # mojLawSplitJSON/FalVMingLing/Q0000014.json, 第5條: a sentence after the list
    text = (
        "本處設下列業務組辦事：\n一、服務組。\n二、經濟組。\n三、新聞文化組。\n"
        "本處各組得以個別名稱對外工作。\n一、不是清單之組。"
    )
    assert _units(text) == [["服務組", "經濟組", "新聞文化組"]]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # the list announced after the unit words (设各课、室，分别掌理下列事项), a definition
        # right before the verb, a count of units, a government's 本府
        (
            "第三條 某某縣消防局（以下簡稱本局） 設各課、室，分別掌理下列事項：\n"
            "一、火災預防課：消防安全設備之審查。\n二、救災救護課：救災之指揮。\n三、行政室。",
            ["火災預防課", "救災救護課", "行政室"],
        ),
        (
            "本處分設三組，分別掌理下列事項：\n一、水源保育組：…\n二、集水區治理組：…",
            ["水源保育組", "集水區治理組"],
        ),
        ("本府設下列各局、處：\n一、觀光旅遊局。\n二、城鄉發展處。", ["觀光旅遊局", "城鄉發展處"]),
    ],
)
def test_other_ways_of_introducing_the_list(text, units):
    assert _units(text) == [units]


def test_units_named_in_the_clause_and_a_task_list_are_not_units():
    # 本會設企劃組，辦理左列事項：the items are the unit's tasks
    assert _units("本會設企劃組，辦理左列事項：\n一、年度計畫之研擬。\n二、其他事項。") in (
        [],
        [[]],
    )


@pytest.mark.parametrize(
    "text",
    [
        "第七條 預備役軍官軍銜設下列三等八級：\n一、將官：上將、中將、少將。\n二、校官。",
        "本校設下列各種會議：\n一、校務會議。\n二、行政會議。",  # meetings, not units
        "本校設下列教學科目，並得視實際需要分組教學：\n一、國文科。\n二、英文科。",
        "主任秘書權責如下：\n一、文稿之綜核。\n二、研究組之協調。",  # no body sets units up
    ],
)
def test_lists_of_other_things_are_not_read(text):
    assert _units(text) in ([], [[]])


def test_a_numbers_style_is_kept_and_must_begin_at_one():
    assert _units("本署設下列組：\n二、甲乙組。\n三、丙丁組。") == []
    assert _units("本署設下列組：\n1.甲乙組。\n2.丙丁組。") == [["甲乙組", "丙丁組"]]


def test_a_rank_and_a_bare_unit_word_name_no_unit():
    assert not names_one_unit("第一组")
    assert _units("本會設下列組：\n一、組。\n二、企業輔導組。") == [["企業輔導組"]]


def test_the_shared_units_are_the_offices_many_bodies_list():
    assert {"秘书室", "人事室", "主计室", "政风室", "外科"} <= shared_units()
    assert "潮间带生态组" not in shared_units()


@pytest.mark.skipif(
    not (CORPUS / "mojLawSplitJSON" / "FalVMingLing").is_dir() or not MOJ.is_dir(),
    reason="no scale corpus or no mojLawSplitJSON mirror",
)
def test_the_shipped_shared_units_are_what_the_script_builds(tmp_path):
    """shared_units.tsv is data rebuilt by scripts/build_shared_units.py from the lists of
    the scale corpus and the mojLawSplitJSON mirror (about a minute), never edited by hand:
    a rebuild gives it byte for byte."""
    rebuilt = tmp_path / "shared_units.tsv"
    script = ROOT / "scripts" / "build_shared_units.py"
    options = ["--corpus", CORPUS, "--moj", MOJ, "--output", rebuilt]
    subprocess.run([sys.executable, script, *options], check=True, capture_output=True)
    shipped = ROOT / "ingest" / "resources" / "shared_units.tsv"
    assert rebuilt.read_bytes() == shipped.read_bytes()


PARTS = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?unit ?body WHERE {
  ?u org:subOrganizationOf ?b .
  ?u skos:prefLabel|skos:altLabel ?unit . ?b skos:prefLabel ?body
  FILTER(langMatches(lang(?unit), "zh-Hant") && langMatches(lang(?body), "zh-Hant"))
}"""


def test_the_graph_states_each_unit_a_part_of_its_body(tmp_path, settings):
    from policykg.graph.store import PolicyStore

    from policykg.ingestion import Ingestor

    source = tmp_path / "docs" / "rules.txt"
    source.parent.mkdir()
    source.write_text("海洋保育研究院處務規程\n\n" + OFFICE_RULES, encoding="utf-8")
    with PolicyStore.open(tmp_path / "store") as store:
        Ingestor(store, settings).ingest([source])
        parts = {(row["unit"].value, row["body"].value) for row in store.query(PARTS)}
    assert ("潮間帶生態組", "海洋保育研究院") in parts, parts  # the name written, an altLabel
    # minted within its body (graph/unit_names.py): the full name preferred
    assert ("海洋保育研究院潮間帶生態組", "海洋保育研究院") in parts, parts
    assert not any(unit == "秘書室" for unit, _ in parts)  # not an entity: no part stated


def _parts(unit_text: str, title: str = "") -> set[tuple[str, str]]:
    """(unit, body) (Simplified) for each unit of `unit_text`'s lists, the entities given by
    hand: each list's units and the bodies the text names."""
    from policykg.ingest.extract.records import Mention, NamedEntity
    from policykg.ingest.extract.unit_lists import units_of_bodies

    text = to_simplified(unit_text)
    spans = {(a, b) for found in read_unit_lists(text) for a, b in found.units}
    for name in ("山林防火研究所", "河口濕地管理處", "沿海巡防總隊", "丘陵水土保持局"):
        if (at := text.find(to_simplified(name))) >= 0:
            spans.add((at, at + len(name)))
    entities = [NamedEntity(text[a:b], mentions=[Mention(a, b)]) for a, b in sorted(spans)]
    found = units_of_bodies(text, 0, len(text), entities, to_simplified(title))
    return {(unit.name, body.name) for unit, body, _ in found}


def test_a_short_form_is_defined_once_and_every_list_of_it_finds_its_body():
    from policykg.ingest.extract import unit_lists

    text = (
        "山林防火研究所（以下簡稱「本所」）依法設置。\n"
        "河口濕地管理處（以下簡稱本處）另定之。\n"
        + "".join(
            f"本所設下列組：\n一、林火預警{n}組。\n二、林火撲救{n}組。\n"
            f"本處設下列課：\n一、潮汐監測{n}課。\n二、灘地巡守{n}課。\n"
            for n in "甲乙丙丁"
        )
    )
    unit_lists._definitions.cache_clear()
    parts = _parts(text)
    assert ("林火预警丙组", "山林防火研究所") in parts
    assert ("潮汐监测丁课", "河口湿地管理处") in parts
    # the eight lists cost one scan of the document for its definitions
    assert unit_lists._definitions.cache_info().misses == 1


def test_an_undefined_pointer_is_the_titled_body_only_when_its_name_ends_with_the_noun():
    rules = "丘陵水土保持局處務規程\n丘陵水土保持局為辦理業務，訂定本規程。\n"
    title = "丘陵水土保持局處務規程"
    office = rules + "本局設下列科：\n一、坡地監測科。\n二、野溪整治科。\n"
    assert ("坡地监测科", "丘陵水土保持局") in _parts(office, title)
    # 本中心 is another body (a centre the rules speak of), not the 局 the title names
    centre = rules + "本中心設下列各組：\n一、崩塌預警組。\n二、土石流觀測組。\n"
    assert _parts(centre, title) == set()


def test_the_pointer_is_the_subjects_first_character_not_a_syllable_inside_a_word():
    text = to_simplified("本會駐日本中心設下列組：\n一、僑務聯繫組。\n二、經貿推廣組。\n")
    owners = [text[slice(*found.owner)] for found in read_unit_lists(text)]
    assert "本中心" not in owners, owners


def test_a_mainland_unit_whose_stem_many_taiwan_bodies_list_is_shared_too():
    text = (
        "第四条 某某市水务局设下列内设机构：（一）综合科。负责综合协调；（二）人事科。"
        "负责人事；（三）河湖管理科。负责河湖长制；（四）农村供水科。负责农村饮水。\n"
    )
    units = [text[a:b] for found in read_unit_lists(text) for a, b in found.units]
    assert [unit for unit in units if names_one_unit(unit)] == ["河湖管理科", "农村供水科"]
    assert not names_one_unit("综合处")  # 综合组, 综合课 are shared


def test_a_division_whose_field_many_field_offices_list_as_a_section_is_a_unit():
    # the sections 作物改良科, 動物健康科, 車輛管理科 are in shared_units.tsv (each field
    # office of one body lists them); a bureau's divisions of those fields are its own units
    text = (
        "本署設下列各處、室：\n一、作物改良處：掌理作物育種事項。\n二、動物健康處。\n"
        "三、車輛管理處。\n四、人事室。\n"
    )
    assert _units(text) == [["作物改良處", "動物健康處", "車輛管理處", "人事室"]]
    found = _organisations(text)
    for unit in ("作物改良處", "動物健康處", "車輛管理處"):
        assert found.get(unit) == {"rule:unit-list"}, (unit, found)
    assert "人事室" not in found


def test_a_shared_stem_carries_across_the_same_rank_and_from_an_office_only():
    assert "作物改良科" in shared_units() and "作物改良处" not in shared_units()
    assert names_one_unit("作物改良处")  # a section's stem: not to a division
    assert names_one_unit("游憩服务处") and names_one_unit("就业促进处")
    assert not names_one_unit("保育推广科")  # 保育推广课 is shared: 课 and 科 one rank
    assert not names_one_unit("总务课") and not names_one_unit("统计科")  # offices: 室


@pytest.mark.parametrize(
    "text, units",
    [
        (
            "本會設下列各處、室：\n一、第一處：掌理甲類業務之審議。\n二、第二處：掌理乙類業務。\n"
            "三、第三處：掌理丙類業務。\n四、覆議室：掌理覆議事項。\n",
            ["第一處", "第二處", "第三處", "覆議室"],
        ),
        (
            "本院設下列各廳：\n一、第一廳：掌理中央機關之審核。\n二、第二廳：掌理地方機關之審核。\n",
            ["第一廳", "第二廳"],
        ),
        (
            "第五条 本署设下列各组：\n（一）第一组：负责甲项业务；\n（二）第二组：负责乙项业务。\n",
            ["第一组", "第二组"],
        ),
    ],
)
def test_a_colon_list_of_units_named_by_rank_names_each(text, units):
    # each numbered unit is an item with its own duties, as an inline list's (第一廳、第二廳)
    found = _organisations(text)
    for unit in units:
        assert found.get(unit) == {"rule:unit-list"}, (unit, found)


def test_one_rank_alone_among_named_units_is_left_out():
    found = _organisations(
        "本會設下列各組：\n一、第一組：掌理甲類事項。\n二、海洋資源組：掌理乙類事項。\n"
    )
    assert "海洋資源組" in found and "第一組" not in found
