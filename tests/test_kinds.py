"""Kinds picked out by their first word (ingest/extract/kinds.py), learnt from the laws."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.kinds import _describes, is_attributive, names_a_kind


@pytest.mark.parametrize("word", ["同一", "不同", "公共", "所定", "其他", "且", "連同"])
def test_words_that_qualify_bodies_from_outside_are_attributive(word):
    assert is_attributive(word)


@pytest.mark.parametrize(
    "word",
    # nouns and verbs are not asked (保险, 医疗 begin names in policy papers); a level word
    # begins units of the laws (县级人民政府); a place; a word the laws never use
    ["保险", "医疗", "合作", "县级", "香港", "深圳市", "河套", "部分"],
)
def test_nouns_levels_and_places_are_not_attributive(word):
    assert not is_attributive(word)


@pytest.mark.parametrize(
    "words",
    [
        ["同一", "证券", "投资", "公司"],
        ["不同", "人民法院"],  # a class in one word, though tagged an organisation
        ["健康", "科普", "基地"],  # 科普: a coinage the dictionary calls a transliterated name
        ["公共場所"],  # one word: 公共 and a word of the laws
        ["公共", "图书馆"],
    ],
)
def test_an_attributive_word_before_plain_words_names_a_kind(words):
    assert names_a_kind(words)


@pytest.mark.parametrize(
    "words",
    [
        ["连同", "财政部"],  # a body's name in one word follows
        ["私立", "东吴", "大学"],  # a place follows
        ["私立", "淡江大学"],  # a whole name in one word the laws never use
        ["国外", "InnoHK", "平台"],
        ["香港", "科技园", "公司"],  # no attributive word first
        ["卫生", "健康", "委"],  # only the first word is asked: 健康 inside a name stays
        ["公司"],
        ["所在地", "外汇管理局"],  # 所在地 is a word of its own, not 所在|地
    ],
)
def test_names_after_an_attributive_word_or_without_one_stay_names(words):
    assert not names_a_kind(words)


def _names_in(text):
    from policykg.ingest.extract.entities import recognise
    from policykg.ingest.script import to_simplified

    simplified = to_simplified(text)
    return [(c.kind, c.name_in(text)) for c in recognise(simplified, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "鼓勵建設一批新型粵港科研合作平台",  # a describing word before it: a sort of platform
        "推動各地建設市級科技企業孵化基地",  # a rank: every city may have one
        "支持申报省级现代农业产业园区",
        "有关项目纳入政府科技计划管理",  # the class of bodies every place has, and its scheme
        "所需經費由人民政府專項資金安排",
        "发挥前海作为深港合作平台的作用",  # a role the subject takes
        "加快粵港機場協同發展",  # the airports between two places, not one
        "改善京津港口集疏运条件",
        "支持前海、南沙等粤港澳合作平台建设",  # the class a list belongs to
        "推動建設各類博物館、植物園等科普教育基地",
    ],
)
def test_a_described_ranked_role_or_shared_platform_or_fund_is_a_kind(text):
    assert _names_in(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("支持建設南沙科技創新合作平台", [("Platform", "南沙科技創新合作平台")]),
        ("该项目获深圳市政府科技计划资助", [("Fund", "深圳市政府科技计划")]),
        ("設立國家中小企業發展基金", [("Fund", "國家中小企業發展基金")]),
        # one place: one port, named 蛇口港 as the gold writes a place's port (port_names.py)
        ("支持蛇口港口升级", [("Platform", "蛇口港")]),
        ("全面推廣皇崗口岸通關經驗", [("Platform", "皇崗口岸")]),
        ("支持香港科学园、数码港等发展", [("Platform", "香港科学园"), ("Platform", "数码港")]),
        ("支持建设新型研发机构", []),  # organisations are not asked (a kind all the same)
        ("上級人民法院應當指定管轄", []),
    ],
)  # fmt: skip
def test_named_platforms_and_funds_stay_names(text, expected):
    assert _names_in(text) == expected


def test_a_rank_or_a_describing_word_is_asked_of_platforms_and_funds_only():
    from policykg.ingest.extract.kinds import describes_a_facility_or_scheme

    assert describes_a_facility_or_scheme("新型", ["粤港", "合作", "平台"], "粤港合作平台")
    assert describes_a_facility_or_scheme("", ["国家级", "开发区"], "国家级开发区")
    assert describes_a_facility_or_scheme("", ["政府", "专项资金"], "政府专项资金")
    assert not describes_a_facility_or_scheme("建设", ["南沙", "合作", "平台"], "南沙合作平台")
    assert not describes_a_facility_or_scheme(
        "", ["深圳市", "政府", "专项资金"], "深圳市政府专项资金"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("香港科學園第3期工程已於去年完成", [("Platform", "香港科學園第3期")]),
        ("将军澳工业邨第二期预计明年落成", [("Platform", "将军澳工业邨第二期")]),
        ("支持前海深港现代服务业合作区建设，第五期项目另行安排", [("Platform", "前海深港现代服务业合作区")]),
    ],
)  # fmt: skip
def test_a_phase_of_a_platform_is_a_facility_of_its_own(text, expected):
    assert _names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # session 27: an attributive word the laws use as a predicate (after adverbs and
        # modals in 15 % of its uses or more) governs the name after it, it does not describe
        # it: 落实 (an adjective to the corpus). Invented zones.
        ("推动落实国家数字贸易扩大开放综合示范区建设。", "国家数字贸易扩大开放综合示范区"),
        ("本县推动落实国家跨境电商综合示范区政策。", "国家跨境电商综合示范区"),
        ("各区应当落实国家智慧农业创新示范区建设任务。", "国家智慧农业创新示范区"),
    ],
)
def test_a_predicate_before_a_platform_does_not_describe_it(text, name):
    assert ("Platform", name) in _names_in(text)


@pytest.mark.parametrize("word", ["落实", "严重", "自行"])
def test_a_predicate_of_the_laws_describes_nothing(word):
    assert is_attributive(word) and not _describes(word)


@pytest.mark.parametrize("word", ["同一", "公共", "其他"])
def test_attributive_words_that_are_no_predicates_describe(word):
    assert _describes(word)
