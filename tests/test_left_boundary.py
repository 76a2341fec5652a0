"""The left boundary of every finished name (issue 19, session 18: left_boundary.py).

A clause word glued before a name goes when the name after it is a name by evidence from
outside the sentence (a listed body, one word the dictionary calls a body, a place named
with its level and a head), when the segmenter glued a function character to the name's
first character, or when the sentence puts the first word in a predicate's place (after
得, after an article cited as a subject). Sentences written for these tests from the
statutes' formulas, in both scripts, with other bodies and places than the documents that
showed the need; each extractor case is shown to differ with the step switched off."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.ingest.extract import cited_clause, entities, extract, name_checks
from policykg.ingest.extract.left_boundary import governs_names, left_cut
from policykg.ingest.pipeline import process_source
from policykg.ingest.records import SourceText
from policykg.ingest.script import to_simplified


def names(text: str, *, step: bool = True) -> list[str]:
    """The names `entities.recognise` finds in `text`, as written."""
    simplified = to_simplified(text)
    saved = name_checks.left_cut
    if not step:
        name_checks.left_cut = lambda label, before="": 0
    try:
        return [c.name_in(text) for c in entities.recognise(simplified, 0, len(text))]
    finally:
        name_checks.left_cut = saved


@pytest.mark.parametrize(
    "text, glued, name",
    [
        ("依本條例規定，原列內政部所屬之機構，應予裁撤。", "原列內政部", "內政部"),
        ("关于农村物流体系的建议，经商外交部，现答复如下：", "经商外交部", "外交部"),
        ("关于县域商业体系的建议，经商财政部、教育部，现答复如下：", "经商财政部", "财政部"),
        (
            "观测点西距云南省昆明市人民政府八公里。",
            "观测点西距云南省昆明市人民政府",
            "云南省昆明市人民政府",
        ),
        ("前項案件，得委任管理局核定後公告。", "委任管理局", None),
        ("依第八款規定管理局應辦理之事項，另以辦法定之。", "規定管理局", None),
    ],
)
def test_a_clause_word_before_a_name_goes(text, glued, name):
    found = names(text)
    assert glued not in found
    if name:
        assert name in found
    assert glued in names(text, step=False)  # what the step changes


@pytest.mark.parametrize(
    "text, glued",
    [
        ("担保额度由市人民政府与国家开发银行四川省分行及各保险公司协商确定。", "额度由市人民政府"),
    ],
)
def test_a_glued_preposition_goes_and_the_class_left_with_it(text, glued):
    # the step cuts the label up to the preposition (the recognisers of session 18 no longer
    # offer this one, so the cut is asked of the step itself)
    before = text[: text.index(glued)]
    assert left_cut(glued, before) == glued.index("由") + 1
    found = names(text)
    assert glued not in found
    assert "市人民政府" not in found  # a body every city has: no name


@pytest.mark.parametrize(
    "label",
    [
        "中华人民共和国国务院",  # a place first
        "最高人民法院",  # an adjective qualifies
        "經濟部標準檢驗局",  # a body's own agency
        "人力资源社会保障部",  # a noun the laws use often, not a clause word
        "財團法人國際合作發展基金會",  # a legal form
        "內地與香港科技合作委員會",  # two places joined: clauses.joined_names decides
        "大连双岛湾工业区",  # a place the laws never write alone
        "联合工业研究所",  # 联合 governs names, but 工业研究所 is no listed name
        "医疗科技创新平台",
        "金融科技创新平台",
        "市科委",  # 市|科委: no name after a glued character
        # nouns the laws put after an adverb now and then (predicate_position without a
        # verb tag): a field of the name, not a clause word
        "工厂福利基金",
        "國民福利基金",
        "學者福利基金",
        "國民福利委員會",
    ],
)
def test_whole_names_stay_whole(label):
    assert left_cut(label) == 0


@pytest.mark.parametrize(
    "label, before",
    [
        ("联合工业研究所", "所属"),  # no predicate's place
        ("合作区管理委员会", "第七条　"),  # a heading's article number opens the sentence
        ("省科学院", "得"),  # one character, a level: no verb
        ("科目教學研究委員會", "各該特定"),  # a noun after a word tagged an adverb
        ("體育團體專項委員會", "特定"),  # a verbal noun (vn) is a field of names
        ("分組審議會", "審議大會就"),
    ],
)
def test_a_name_outside_a_predicates_place_stays_whole(label, before):
    assert left_cut(label, before) == 0


def test_verbs_that_take_names_are_read_from_the_laws():
    assert governs_names("委任") and governs_names("规定") and governs_names("指導")
    # 研究 was here: without the gold documents (scripts/held_out.py) it begins no unit of
    # the laws by the evidence's count (162 before, 181 研究學院 in one gold document gone)
    assert not governs_names("仲裁")  # it begins units of the laws more often (仲裁委員會)
    assert not governs_names("失业") and not governs_names("原")


@pytest.mark.parametrize(
    "label, name",
    [
        ("二要认真贯彻执行外交部", "外交部"),  # an enumerator, an adverb, a verb
        ("三要認真貫徹執行財政部", "財政部"),
        ("原列內政部", "內政部"),
    ],
)
def test_the_label_keeps_the_listed_name_after_its_clause(label, name):
    assert label[left_cut(label) :] == name


@pytest.mark.parametrize(
    "text, glued, name",
    [
        (
            "各单位应当做好以下工作：\n（二）要认真贯彻执行外交部发布的《驻外机构安全管理规定》，切实做好安全工作。\n",
            "（二）要认真贯彻执行外交部",
            "外交部",
        ),
        (
            "各地區應當做好下列工作：\n（三）要認真貫徹執行財政部印發的《行政事業單位資產管理辦法》，加強資產管理。\n",
            "（三）要認真貫徹執行財政部",
            "財政部",
        ),
    ],
)
def test_a_cited_works_issuer_loses_the_clause_before_it(text, glued, name):
    record = process_source(SourceText(Path("t.txt"), text, "utf-8", "0" * 64, "text"))
    parties = [p.name for w in extract(record).cited for p in w.parties]
    assert parties == [name]
    saved = cited_clause.left_cut
    cited_clause.left_cut = lambda label, before="": 0
    try:
        assert [p.name for w in extract(record).cited for p in w.parties] == [glued]
    finally:
        cited_clause.left_cut = saved


def test_a_long_label_costs_the_pair_rules_no_more_than_a_short_one(monkeypatch):
    """The pair rules read the words after a boundary; they are asked only where what is
    left can still be a name (phrases.MAX_LENGTH), so a clause of any length costs them the
    same and left_cut stays linear in the label (cited_clause passes party strings whole)."""
    from policykg.ingest.extract import left_boundary

    read: list[int] = []
    pair = left_boundary._clause_word

    def counting(word, rest):
        read.append(len(rest))
        return pair(word, rest)

    monkeypatch.setattr(left_boundary, "_clause_word", counting)
    costs = []
    for repeats in (4, 64):
        read.clear()
        label = "并认真贯彻执行规定的工作" * repeats + "财政部"
        assert label[left_cut(label) :] == "财政部"
        costs.append(sum(read))
    assert costs[0] == costs[1]


@pytest.mark.parametrize(
    ("text", "glued", "name"),
    [
        ("財政部（以下簡稱財部）暨教育部（以下簡稱教部）會同辦理。", "暨教育部", "教育部"),
        (
            "本办法由商务部（以下简称商务部）暨海关总署（以下简称海关）解释。",
            "暨海关总署",
            "海关总署",
        ),
    ],
)
def test_a_conjunction_never_begins_a_name(text, glued, name):
    """conjunction_first (session 19): 暨, 及, 和, 與 as a label's first word join the name
    to one before it."""
    found = names(text)
    assert glued not in found and name in found
    assert left_cut("及" + name) == 1 and left_cut("與香港特別行政區政府") == 1
    assert left_cut("和平基金會") == 0  # 和平: one word, no conjunction


@pytest.mark.parametrize(
    ("text", "fund"),
    [
        ("學校會計報表及就業安定基金收支情形，應公告之。", "就業安定基金"),
        # 校務基金 alone is each school's fund, a kind: nothing is named, nothing glued
        ("學校會計報表及校務基金收支情形，應公告之。", None),
    ],
)
def test_a_thing_joined_to_a_fund_is_no_name(text, fund):
    found = names(text)
    assert not [name for name in found if "報表" in name]
    assert found == ([fund] if fund else [])


@pytest.mark.parametrize(
    "text, glued, name",
    [
        # a place named with its level begins a name of its own after a common word
        (
            "支持高校发展，布局广州市重点实验室，构建创新体系。",
            "布局广州市重点实验室",
            "广州市重点实验室",
        ),
        # a verb of the laws before a describing word and a name of three words or more
        (
            "各区应当加强宣传，运用新型融媒体服务平台，推广全民阅读。",
            "运用新型融媒体服务平台",
            "新型融媒体服务平台",
        ),
        (
            "縣政府應當，運用新型電子政務平台，公開辦事指南。",
            "運用新型電子政務平台",
            "新型電子政務平台",
        ),
        (
            # (the alliance acts in the text: a body, not a kind the text only fosters)
            "鼓励返乡人员创办新型农业服务组织，培育新型农业社会化服务联盟。"
            "新型农业社会化服务联盟负责技术指导。",
            "培育新型农业社会化服务联盟",
            "新型农业社会化服务联盟",
        ),
    ],
)
def test_a_verb_before_its_object_goes(text, glued, name):
    found = names(text)
    assert glued not in found
    assert name in found
    assert glued in names(text, step=False)  # what the step changes


@pytest.mark.parametrize(
    "label",
    [
        "培育长三角产业技术创新联盟",
        "运用滨海新区科技服务平台",
    ],
)
def test_a_verb_before_a_place_the_dictionary_knows_goes(label):
    assert left_cut(label) == 2


@pytest.mark.parametrize(
    "label",
    [
        # words that begin names the laws' unit counts do not see (联合国, 统计局 are one
        # word to the segmenter): a field and a head after them, no name of its own
        "研究开发中心",
        "合作发展基金会",
        "联合执法办公室",
        "聯合評審專組",
        "统计调查队",
        "生产建设兵团",
        "振兴西部办",  # a place, but two words: a field and a bare head
        # a fund is named by its purpose, a verb and its object
        "引进海外青年人才发展专项资金",
        "发展新型农业合作基金",
        "中国上海市人民政府",  # a place before a place: the name reaches back
    ],
)
def test_a_verb_that_begins_a_name_stays(label):
    assert left_cut(label) == 0


# session 26: a relative clause's 所 + verb first (relative_clause_first), and a clause word
# before a name of its own that no list holds (verb_before_a_named_whole). Labels of our own
# wording; each differs at main (009e164), where left_cut gave 0 for every one.
@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("所定課程審議委員會", "課程審議委員會"),  # 本辦法所定|…
        ("所定评鉴小组", "评鉴小组"),
        ("所隸分署", "分署"),  # a word the laws never write: its 所 is still the clause's
    ],
)
def test_a_relative_clause_s_verb_before_a_name_goes(label, name):
    assert label[left_cut(label) :] == name


@pytest.mark.parametrize(
    "label",
    [
        "所属林业工作站",  # 所属 sits in the laws' units (所属机构): a name's word
        "所在地人民政府",  # 所在地: three characters, a word of units
        "所得税稽征处",  # 所得税 is one word
    ],
)
def test_a_word_of_units_that_begins_with_suo_stays(label):
    assert left_cut(label) == 0


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("指导全国供销合作社", "全国供销合作社"),
        ("监督全国证券交易场所", "全国证券交易场所"),
        ("委托全国妇女联合会", "全国妇女联合会"),
        ("管理国家公园", "国家公园"),
    ],
)
def test_a_clause_word_before_a_name_that_begins_as_names_begin_goes(label, name):
    assert label[left_cut(label) :] == name


@pytest.mark.parametrize(
    "label",
    [
        "研究发展基金",  # a field word before a field and a head: no name of its own after it
        "推广教育中心",
        "联合服务中心",
    ],
)
def test_a_field_word_before_a_head_stays(label):
    assert left_cut(label) == 0


@pytest.mark.parametrize(
    "label",
    [
        "化妆品检验检查大湾区工作站",  # named by its task and its region: the verb is inside
        "特种设备检验检查大湾区工作站",
    ],
)
def test_a_verbal_noun_inside_a_name_before_its_region_stays(label):
    """Only a clause word that is the label's first word goes before a name of its own;
    further in, a field and a verbal noun before a place are the name's (a first version
    cut these, and a gold name of that shape, at the verb)."""
    assert left_cut(label) == 0


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("原國家體育運動委員會", "國家體育運動委員會"),  # the former body under its own name
        ("原福建省糧食局", "福建省糧食局"),
        ("前浙江省政府", "浙江省政府"),
        ("原国家经济贸易委员会", "国家经济贸易委员会"),
        ("原邮电部", "邮电部"),  # one word the dictionary calls a body
        ("原澳门政府", "澳门政府"),  # (kept whole before session 30: the gold names it so)
    ],
)
def test_former_before_a_name_goes(label, name):
    assert label[left_cut(label) :] == name


@pytest.mark.parametrize(
    "label",
    [
        "原子能委員會",  # 原子: atomic, a word of its own
        "原平市人民政府",  # 原平, 前锋: places
        "前锋区人民政府",
        "原审人民法院",  # the court of first instance: a role of the laws
        "原单位",  # a former employer: a class, no name after 原
        "原派機關",
    ],
)
def test_names_that_open_with_yuan_or_qian_stay(label):
    assert left_cut(label) == 0


def test_the_extraction_names_the_former_body_by_its_name():
    text = "第九條 本條例施行前，原福建省糧食局所屬人員，由福建省糧食局依規定安置。"
    assert "原福建省糧食局" not in names(text)
    assert "原福建省糧食局" in names(text, step=False)
