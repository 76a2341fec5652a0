"""One named platform or a member of a class, from what the whole document says
(ingest/extract/platform_evidence.py, issue 19). Every sentence here is invented, of other
wording than the gold documents; each class case below was emitted as a platform before
the step, each named case stays."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from policykg.ingest.extract.platform_evidence import (
    LONGEST,
    document_evidence,
    has_proper_element,
    is_combination,
    treated_as_class,
)

from .recognised import platforms


@pytest.mark.parametrize(
    "text",
    [
        # an item of a list closed by 等
        "鼓励建设生物种质资源共享服务平台、农业遥感数据服务平台等公共设施。",
        "鼓勵設立智慧醫療數據共享服務平台、生物樣本資源共享服務平台等研究設施。",
        # an item that ends in a verbal noun (…建设、…等重点项目)
        "加快推进农产品冷链物流公共服务平台建设、乡村道路改造等重点项目。",
        # one side of a 或 choice
        "支持区县建设跨境电子商务综合服务平台或国际物流分拨中心。",
        # counted: a numeral and classifier, or one before the 的-phrase leading to it
        "对新认定的三个生物医药产业协同创新平台给予补助。",
        "支持一家具備條件的國家智慧農業創新中心開展試點。",
    ],
)
def test_a_member_of_a_class_is_no_platform_name(text):
    assert platforms(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a short form wins over a 等 list later in the document
        (
            "本市建设知识产权综合运营服务平台（以下简称运营平台）。"
            "支持知识产权综合运营服务平台、专利导航中心等发展。",
            "知识产权综合运营服务平台",
        ),
        # a later 该 + its head wins over a 等 list
        (
            "本省设立中小企业公共技术服务平台。该平台向企业开放，"
            "并与中小企业公共技术服务平台、高校实验室等互联互通。",
            "中小企业公共技术服务平台",
        ),
        # a document's own facility without a proper word and without class evidence
        (
            "市人民政府设立外商投资企业综合服务中心，为外商投资企业提供咨询服务。",
            "外商投资企业综合服务中心",
        ),
        # (本市建立和完善…平台 without a short form: a planned description since session
        # 18, tests/test_platform_plans.py)
    ],
)
def test_a_platform_the_document_treats_as_one_thing_stays(text, name):
    assert name in platforms(text)


def test_without_the_reference_back_the_list_makes_it_a_class():
    text = "本省设立中小企业公共技术服务平台，并与中小企业公共技术服务平台、高校实验室等互联互通。"
    assert platforms(text) == []


def test_the_subject_of_a_clause_that_lists_things_is_no_item():
    # the list is of services; the platform is the clause's subject before it
    text = "市公共服务平台应当提供信息查询、服务推介、技术培训等服务。"
    assert not treated_as_class(text, "市公共服务平台", 0)
    assert treated_as_class(text, "技术培训", text.index("技术培训"))


@pytest.mark.parametrize(
    "before",
    ["支持三个", "每年新建一批", "支持1家符合条件的"],
)
def test_a_counted_mention_is_a_class(before):
    text = before + "农业科技服务平台开展试点。"
    assert treated_as_class(text, "农业科技服务平台", len(before))


@pytest.mark.parametrize(
    "before",
    # a date or a sum before it speaks of one thing; 首次 is a numeral to the corpus, no count
    ["本市2019年建成的", "市政府投资5000万元的", "支持设立首次", "本市建设的"],
)
def test_dates_and_sums_are_no_count(before):
    text = before + "农业科技服务平台开展试点。"
    assert not treated_as_class(text, "农业科技服务平台", len(before))


@pytest.mark.parametrize("rest", ["开展平等竞争", "联合高等学校", "评定等级"])
def test_a_deng_inside_a_word_closes_no_list(rest):
    text = f"建立农业科技服务平台、{rest}。"
    assert not treated_as_class(text, "农业科技服务平台", 2)
    listed = f"建立农业科技服务平台、{rest}等。"
    assert treated_as_class(listed, "农业科技服务平台", 2)


def test_a_proper_element_keeps_a_listed_platform():
    assert "南沙粤港澳创业基地" in platforms(
        "支持前海深港青年梦工场、南沙粤港澳创业基地等平台发展。"
    )


def test_a_kind_with_ranks_elsewhere_in_the_document_is_a_class():
    text = "推动基础较好的省级农业科技园区升级为国家农业科技园区。"
    assert treated_as_class(text, "国家农业科技园区", text.rindex("国家"))
    alone = "本省建设国家农业科技园区，发展现代农业。"  # no rank of it in this document
    assert not treated_as_class(alone, "国家农业科技园区", alone.index("国家"))


def test_the_evidence_is_of_the_document_not_of_the_mention():
    # the first mention has no class evidence; the list later in the document has
    text = "建设农村电子商务公共服务平台。支持农村电子商务公共服务平台、快递网点等发展。"
    assert treated_as_class(text, "农村电子商务公共服务平台", 2)


@pytest.mark.parametrize(
    ("words", "name", "proper"),
    [
        ([("前海", "x"), ("青年", "t"), ("创业基地", "n")], "前海青年创业基地", True),  # places.txt
        (
            [("深港", "x"), ("科技", "n"), ("合作平台", "n")],
            "深港科技合作平台",
            True,
        ),  # short names
        ([("香港", "ns"), ("科学园", "n")], "香港科学园", True),  # the segmenter's place
        ([("InnoHK", "eng"), ("平台", "n")], "InnoHK平台", True),
        ([("智慧", "nr"), ("物流", "n"), ("服务平台", "n")], "智慧物流服务平台", False),  # nr: no
        ([("中试", "j"), ("基地", "n")], "中试基地", False),  # j: no
        ([("国家", "n"), ("技术", "n"), ("创新中心", "n")], "国家技术创新中心", False),
    ],
)
def test_proper_elements(words, name, proper):
    assert has_proper_element(words, name) is proper


_HAN = st.text(alphabet="农业科技服务平台中心园区基地建设等或级、，。的一个", max_size=80)


@given(before=_HAN, after=_HAN)
def test_a_name_given_a_short_form_is_never_a_class(before, after):
    name = "农业科技服务平台"
    text = f"{before}。{name}（以下简称服务平台）。{after}"
    assert not treated_as_class(text, name, text.index(name))


@given(text=_HAN)
def test_evidence_phrases_are_bounded(text):
    evidence = document_evidence(text)
    for phrases in (evidence.listed, evidence.ranked, evidence.defined):
        assert all(len(p) <= LONGEST for p in phrases)


def test_only_the_document_s_own_text_is_its_evidence():
    # a file of two documents (a gazette's, a main document and its annex): a list in the
    # first says nothing of the platform the second names
    first = "甲、鼓励建设农业遥感数据服务平台、生物种质资源共享服务平台等公共设施。\n"
    second = "乙、本市建成农业遥感数据服务平台，向社会开放。\n"
    text = first + second
    at = len(first) + second.index("农业遥感")
    assert treated_as_class(text, "农业遥感数据服务平台", at)  # the file's evidence
    assert not treated_as_class(text, "农业遥感数据服务平台", at, (len(first), len(text)))
    assert treated_as_class(text, "农业遥感数据服务平台", 3, (0, len(first)))


@pytest.mark.parametrize(
    "text",
    [
        "推广“龙头企业+家庭农场+示范基地”的经营模式。",
        "打造一批“科研院所+孵化器”创新中心。",
        "鼓勵發展「黨支部＋合作社」服務平台。",
    ],
)
def test_parts_joined_by_a_plus_sign_are_a_combination_not_a_platform(text):
    assert not any("+" in n or "＋" in n for n in platforms(text))


def test_is_combination():
    assert is_combination("企业+合作社+基地")
    assert is_combination("研发＋中试基地")
    assert not is_combination("互联网+")
    assert not is_combination("国家农产品质量安全追溯平台")


def test_an_article_heading_is_no_reference_to_its_platform():
    # 第九条 heads a line: the platform after it is still one of a kind the text lists
    document = "第二条鼓励设立中试验证平台、检验检测中心等载体。\n第九条中试验证平台应当开放共享。"
    name = "中试验证平台"
    assert treated_as_class(document, name, document.rindex(name))
    cited = document.replace("\n第九条", "\n企业可以使用第二条")  # inside a sentence
    assert not treated_as_class(cited, name, cited.rindex(name))
