"""Boundary evidence (issue 19): the shipped data files, their builder, and the API.

The corpus is not rebuilt here: the builder runs on a small fixture corpus of the same two
layouts, and the shipped files are checked against the format the loader reads.
"""

from __future__ import annotations

import gzip
import importlib
import json
import sys
from pathlib import Path

import pytest
from policykg.ingest.extract import boundary_evidence as be

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "ingest" / "resources"


@pytest.fixture(scope="module")
def builder():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        yield importlib.import_module("build_boundary_evidence")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


@pytest.fixture(scope="module")
def evidence():
    return be.load_evidence()


# --- the shipped files ---------------------------------------------------------------------


@pytest.mark.parametrize("name", [be.WORDS_FILE, be.UNITS_FILE])
def test_shipped_file_is_in_the_loaders_format_and_names_its_source(name):
    path = RESOURCES / name
    assert path.stat().st_size < 3_000_000  # "a few MB at most"
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    assert lines[0] == f"# {be.FORMAT}"
    header = "\n".join(line for line in lines if line.startswith("#"))
    assert "scripts/build_boundary_evidence.py" in header
    assert "LawRefBook-Laws" in header and "mojLawSplitJSON" in header
    assert "hk2s" in header and "rjieba" in header


def test_shipped_evidence_loads_with_both_tables(evidence):
    assert len(evidence.words) > 10_000
    assert len(evidence.units) > 10_000
    assert evidence.word("國務院").count > 1_000  # either script: folded to Simplified
    assert evidence.unit(["教育部"]).recurs_as_unit


def test_a_file_in_another_format_is_refused(tmp_path):
    bad = tmp_path / "words.tsv"
    bad.write_text("# some-other-format 1\n#\tword\tcount\n", encoding="utf-8")
    with pytest.raises(be.EvidenceFormatError, match="expected"):
        be.BoundaryEvidence.from_files(bad, RESOURCES / be.UNITS_FILE)
    columns = tmp_path / "columns.tsv"
    columns.write_text(f"# {be.FORMAT}\n#\tword\tcount\n", encoding="utf-8")
    with pytest.raises(be.EvidenceFormatError, match="columns"):
        be.BoundaryEvidence.from_files(columns, RESOURCES / be.UNITS_FILE)


# --- the builder on a fixture corpus ---------------------------------------------------------

_MAINLAND = "\n\n".join(
    [
        "# 中华人民共和国示例法",
        "第一条 本法由国务院教育部负责实施。",
        "第二条 省级人民政府应当报教育部备案，并报国务院批准。",
        "第三条 县级人民政府应当会商财政部，征询教育部意见。",
        "第四条 国家发展和改革委员会、教育部、财政部按照职责分工负责。",
        "第五条 有关部门应当将材料报送教育部，由教育部审核。",
    ]
)
_TAIWAN = {
    "法規名稱": "示例組織法",
    "法規性質": "法律",
    "法規內容": [
        {"條號": "第 1 條", "條文內容": "法務部調查局掌理調查事項，並應會商外交部。"},
        {"條號": "第 2 條", "條文內容": "本局置局長一人，由法務部調查局局長兼任。"},
        {"條號": "第 3 條", "條文內容": "前條事項，送法務部調查局辦理。"},
    ],
}


def _fixture_corpus(root: Path) -> Path:
    mainland = root / "LawRefBook-Laws" / "示例"
    mainland.mkdir(parents=True)
    (mainland / "示例法.md").write_text(_MAINLAND, encoding="utf-8")
    (mainland / "_index.md").write_text("---\nbookCollapseSection: true\n---\n", "utf-8")
    taiwan = root / "mojLawSplitJSON" / "FalVMingLing"
    taiwan.mkdir(parents=True)
    (taiwan / "X0000001.json").write_text(json.dumps(_TAIWAN, ensure_ascii=False), "utf-8")
    (root / "mojLawSplitJSON" / "index.json").write_text("[]", encoding="utf-8")
    return root


def test_builder_writes_what_the_loader_reads(builder, tmp_path):
    corpus = _fixture_corpus(tmp_path / "scale")
    out = tmp_path / "out"
    summary = builder.build(corpus, out)
    assert summary["files"] == 2  # _index.md and index.json are not laws
    loaded = be.BoundaryEvidence.from_files(out / be.WORDS_FILE, out / be.UNITS_FILE)
    assert loaded.words["教育部"].count == summary_count(_MAINLAND, "教育部")
    ministry = loaded.units[("教育部",)]
    assert ministry.count >= 5 and ministry.left_types >= 4
    assert ("法务部", "调查局") in loaded.units  # Traditional text folded to Simplified
    header = gzip.decompress((out / be.UNITS_FILE).read_bytes()).decode().splitlines()
    assert "#   LawRefBook-Laws: 1 files" in "\n".join(header)


def test_builder_output_is_deterministic(builder, tmp_path):
    corpus = _fixture_corpus(tmp_path / "scale")
    builder.build(corpus, tmp_path / "a")
    builder.build(corpus, tmp_path / "b")
    for name in (be.WORDS_FILE, be.UNITS_FILE):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def summary_count(text: str, word: str) -> int:
    return text.count(word)


# --- the API, on wordings of its own ----------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "name"),
    [
        # a predicate or preposition before a body, either script
        ("应当报请国务院", "国务院"),
        ("並應會商經濟部", "經濟部"),
        ("經洽商內政部", "內政部"),
        ("不得征询财政部", "财政部"),
        ("依法征询中国人民银行", "中国人民银行"),
        ("督促財政部", "財政部"),
        ("协助公安机关", "公安机关"),
        ("积极配合海关总署", "海关总署"),
        ("並函請外交部", "外交部"),
        # an adverb and the verb it modifies
        ("積極推動香港科技園公司", "香港科技園公司"),
        ("充分發揮創新及科技局", "創新及科技局"),
        ("大力支持香港生產力促進局", "香港生產力促進局"),
        ("又稱香港數碼港管理有限公司", "香港數碼港管理有限公司"),
        # article numbers and dates
        ("第五條行政院", "行政院"),
        ("第三十二条国家知识产权局", "国家知识产权局"),
        ("二〇二〇年十月科学技术部", "科学技术部"),
        # two names joined by a conjunction
        ("上级公安机关和同级人民政府", "同级人民政府"),
        # two function characters joined into a stock phrase (应|依: rjieba says a person)
        ("應依經濟部", "經濟部"),
        ("须报国家统计局", "国家统计局"),
        # a verb first in the phrase before a place or a coinage heads no name
        ("推动南沙自贸区", "南沙自贸区"),
        ("建设深港科技园", "深港科技园"),
        ("致力推進橫琴粵澳深度合作區", "橫琴粵澳深度合作區"),
        # a predicate before words the laws use whole as a unit (issue 19)
        ("报告省级人民政府", "省级人民政府"),
        ("監督直轄市政府", "直轄市政府"),
        ("指导省级人民政府", "省级人民政府"),
        # 与 after a modal is a preposition
        ("应当与财政部", "财政部"),
        # a function word the segmenter glued to a place's first character (並及|港大)
        ("並及港大醫學院", "港大醫學院"),
    ],
)
def test_glued_words_are_cut_where_the_name_begins(label, name):
    assert be.trim_name(label) == name


@pytest.mark.parametrize(
    "name",
    [
        "工业和信息化部",
        "住房和城乡建设部",
        "国家发展和改革委员会",
        "人力资源和社会保障部",
        "智慧財產及商業法院",
        "香港特別行政區終審法院",
        "澳門特別行政區中級法院",
        "最高人民法院",
        "法務部調查局",
        "由县级以上人民政府"[1:],
        "香港生产力促进局",
        "國家自然科學基金委員會",
        "香港中文大学（深圳）",
        "粮食和储备局",
        "初级法院",
        "自然资源部",
        "农业农村部",
        "深圳市科技创新委员会",
        # 与 between two nouns is "and", inside the name
        "病害與防疫研究中心",
        "材料与器件研发中心",
        # …型, …性: a kind of thing, not a predicate
        "开放型研究平台",
        "综合性服务中心",
        "和平发展基金会",  # 和 and 平: 和平 is a word of names
        "中山应用物理研究所",
        "联合政策研究小组",  # 联合 before 政策, a word that begins no name
        "北京仲裁委员会",
        "金融科技促进办公室",  # a predicate before a bare head stays
        "粤澳协同创新中心",  # 协同 governs no body in the laws  # 应 and 用 stop alone; 应用 is a word of its own
    ],
)
def test_correct_names_are_not_cut(name):
    assert be.trim_name(name) == name


def test_word_questions(evidence):
    assert not evidence.can_begin_name("會商")  # Traditional: folded first
    assert not evidence.can_begin_name("征询")
    assert not evidence.can_begin_name("由")
    assert not evidence.can_begin_name("第十二條")
    assert evidence.can_begin_name("香港")
    assert evidence.can_begin_name("国务院")
    assert ("predicate_position", be.STOP) in evidence.votes("报")
    assert evidence.begin_score("县级") > evidence.begin_score("报")


def test_unit_questions(evidence):
    assert evidence.is_unit(["县级", "以上", "人民政府"])
    assert evidence.is_unit(["法務部", "調查局"])
    # recurs after many words, but begins with a preposition: not where a name starts
    assert evidence.unit(["由", "国务院"]).recurs_as_unit
    assert not evidence.is_unit(["由", "国务院"])


def test_name_start_on_words(evidence):
    assert evidence.name_start(["中央", "高度重视", "河套", "合作", "区"]) == 2
    assert evidence.name_start(["国家", "发展", "和", "改革", "委员会"]) == 0
    assert evidence.name_start([]) == 0
    assert evidence.trim_name("06015") == ""


def test_glued_function_word(evidence):
    assert evidence.glued_function_word("及港") == 1
    assert evidence.glued_function_word("對港") == 1  # either script
    assert evidence.glued_function_word("有助") == 0  # 助 is no place
    assert evidence.glued_function_word("并报") == 0  # a word of its own in the laws
    assert evidence.glued_function_word("香港") == 0


def test_entropy():
    assert be.entropy([1, 1]) == 1.0
    assert be.entropy([5]) == 0.0
    assert be.entropy([]) == 0.0


def test_a_short_form_between_a_place_and_its_head_is_inside_the_name(evidence):
    # abbreviation_after_place: 自贸 (自 reads "from" alone) after a place, before a head
    assert evidence.name_start(["湖北", "自贸", "试验区"]) == 0
    # the same kind of unseen compound at the start of a phrase still begins no name
    assert evidence.name_start(["充分肯定", "特区", "政府"]) == 1


def test_a_compound_ending_in_a_verb_stops_a_name_even_before_a_bare_head(evidence):
    assert evidence.name_start(["全面推广", "口岸"]) == 1
    assert evidence.name_start(["生产力", "促进", "局"]) == 0  # a predicate word of its own stays


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("亚运会期间白云国际机场", "白云国际机场"),
        ("改制以後經濟部", "經濟部"),
        ("合併之前教育部", "教育部"),
        ("當時行政院", "行政院"),
    ],
)
def test_a_phrase_of_time_ends_before_the_name(label, name):
    # time_phrase: a localiser or time word no unit of the laws holds (session 12)
    assert be.trim_name(label) == name


@pytest.mark.parametrize(
    "name",
    # time words that qualify the noun after them, and one-character localisers, stay
    ["前海深港现代服务业合作区", "海峽兩岸經濟合作委員會", "中外合资企业协会", "青年创业学院"],
)
def test_time_words_that_qualify_a_noun_stay_in_names(name):
    assert be.trim_name(name) == name


def test_time_phrase_votes(evidence):
    assert ("time_phrase", be.STOP) in evidence.votes("期間")  # either script
    assert ("time_phrase", be.STOP) not in evidence.votes("现代")
    assert ("time_phrase", be.STOP) not in evidence.votes("后")


# --- session 21: a verb's own phrase is no unit ------------------------------------------------

# a verb after modals before one body, and a preposition before it, each after varied words:
# both recur whole, as names do, but they are a verb or a preposition with its object
_PHRASES = "\n".join(
    [
        "# 示例报送办法",
        *(
            f"第{n}条 {subject}{modal}呈报交通运输部。"
            for n, (subject, modal) in enumerate(
                [
                    ("企业", "应当"),
                    ("学校", "可以"),
                    ("医院", "必须"),
                    ("协会", "应"),
                    ("银行", "须"),
                ],
                start=1,
            )
        ),
        *(
            f"第{n}条 {thing}由交通运输部审核。"
            for n, thing in enumerate(["名单", "方案", "计划", "预算", "章程"], start=6)
        ),
        "第十一条 交通运输部负责组织实施。",
        "第十二条 资料经交通运输部核对，送交通运输部备案。",
    ]
)


def test_builder_counts_no_verb_or_preposition_phrase_as_a_unit(builder, tmp_path):
    corpus = tmp_path / "scale"
    laws = corpus / "LawRefBook-Laws" / "示例"
    laws.mkdir(parents=True)
    (laws / "报送办法.md").write_text(_PHRASES, encoding="utf-8")
    builder.build(corpus, tmp_path / "out")
    out = tmp_path / "out"
    loaded = be.BoundaryEvidence.from_files(out / be.WORDS_FILE, out / be.UNITS_FILE)
    phrase = loaded.units[("呈报", "交通运输", "部")]  # rjieba: 交通运输|部
    assert phrase.after_predicate == phrase.count and phrase.verb_phrase
    assert not phrase.recurs_as_unit  # it recurs after five words, but only after modals
    for verb in ("呈报", "由"):  # they stand before the body, they do not begin it
        assert loaded.words[verb].begin_unit == 0
        assert loaded.words[verb].before_unit >= 5
    assert loaded.units[("交通运输", "部")].recurs_as_unit
    assert loaded.words["交通运输"].begin_unit >= 10


@pytest.mark.parametrize("word", ["由", "向", "报", "经", "报请", "会同", "得"])
def test_shipped_evidence_sees_no_unit_begin_with_a_verb_or_preposition(evidence, word):
    found = evidence.word(word)
    assert found.begin_unit * 100 <= found.before_unit and found.before_unit > found.inside_unit


def test_a_delegating_verb_governs_names_without_a_discount(evidence):
    assert evidence.governs_names("委任")  # 得|委任|所屬|機關 no longer counts it inside
    assert evidence.governs_names("會同")
    assert not evidence.governs_names("國家")  # a noun that begins units
    assert not evidence.governs_names("報")  # one character: a qualifier as often


@pytest.mark.parametrize(
    ("label", "name"),
    [
        # joint action
        ("须会同交通运输部", "交通运输部"),
        ("並應會同內政部", "內政部"),
        # reporting up, either script
        ("并报请国家能源局", "国家能源局"),
        ("得報經經濟部", "經濟部"),
        ("应当抄送审计署", "审计署"),
        # a preposition before the body
        ("应当向商务部", "商务部"),
        ("經由民政部", "民政部"),
    ],
)
def test_verbs_of_other_wording_are_cut_before_the_body(label, name):
    assert be.trim_name(label) == name


@pytest.mark.parametrize(
    "name", ["臺灣地區代表人辦事處", "臺灣省自來水股份有限公司", "臺灣地區金融控股公司"]
)
def test_a_place_before_a_unit_begins_the_name(name):
    # a place stands before units (台湾地区|银行) as their qualifier, not as a verb does
    assert be.trim_name(name) == name
