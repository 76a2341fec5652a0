"""A platform the text names in quotation marks (quoted_platforms.py), on invented
sentences."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.quoted_platforms import quoted_platform_spans, quoted_platforms

from .recognised import platforms
from .scaling import growth


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a port, a hub, a corridor the text plans: the quoted name whole, not its tail
        ("为了建设“中国泰丰港”，市政府制定本办法。", "中国泰丰港"),
        ("推进“东湖区域航空枢纽”建设。", "东湖区域航空枢纽"),
        ("加快“西江智慧物流港”建设。", "西江智慧物流港"),
        ("打造“南湾科创走廊”，带动周边发展。", "南湾科创走廊"),
        ("规划建设「北岭国际陆港」。", "北岭国际陆港"),
        # a hotline or a counter whose name holds a city and its number
        ("依托“临溪市12345政务服务热线”受理投诉。", "临溪市12345政务服务热线"),
    ],
)
def test_a_quoted_name_ending_in_a_platform_head_is_one_platform(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("纳税人可以通过“12366”热线咨询。", "“12366”热线"),
        ("鼓励市民通过“96811”投诉热线反映问题。", "“96811”投诉热线"),
        ("信息录入“青禾家政”综合受理平台。", "“青禾家政”综合受理平台"),
        ("建立“96120”指挥平台，统一调度车辆。", "“96120”指挥平台"),
        # the place before the quote begins the name
        ("企业可以登录浦东新区“一照通办”申报系统提交材料。", "浦东新区“一照通办”申报系统"),
    ],
)
def test_a_quote_and_the_platform_head_after_it_are_one_platform(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    "text",
    [
        "坚持“科技兴港”，推动产业升级。",  # a slogan: a verb right before the head
        "船舶应当出具「未靠港」证明。",
        "本办法所称“城市信息系统”，是指处理数据的系统。",  # a term the law defines
        "本规定所称“数据交换系统”和“数据共享平台”，由主管部门认定。",  # and one joined to it
        "“甲类设备和乙类设备及其控制系统”的认定由主管部门负责。",  # a list of kinds
        "“工业、交通、能源领域的控制系统”应当备案。",
        "有关部门应当开辟“绿色通道”，优先办理。",  # a fast track, not a passage
        "推行“单一窗口”受理模式。",  # a distinguishing word and a head: a concept
    ],
)
def test_no_platform_in_a_slogan_a_campaign_or_a_defined_term(text):
    assert quoted_platform_spans(text, 0, len(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # a title or an honour (称号, 评选, 之美誉), what a place is to become (建成, 打造成)
        "各单位争创“优秀服务窗口”称号。",
        "开展“十佳文明窗口”评选活动。",
        "该港素有“北方明珠港”之美誉。",
        "把本市建成“全国性综合交通枢纽”。",
        "把本区打造成为“长三角数字枢纽”。",
        # an adjective or a 的-phrase before the head: a quality, not a name
        "打造“对外开放的重要窗口”。",
    ],
)
def test_a_quoted_title_honour_or_aim_names_no_platform(text):
    assert not any("窗口" in n or "枢纽" in n or "港" in n for n in platforms(text)), platforms(
        text
    )


@pytest.mark.parametrize(
    "text",
    [
        "建设一批“智造”孵化基地，培育创新主体。",  # a field's short word and a kind, counted
        "把新区建成“丝路电商”重要枢纽。",  # what the new area is to be, not a name
        "吸引“优质资本”流入香港。",  # a place after the quote, not a port
    ],
)
def test_a_quoted_field_word_before_a_kind_names_no_platform(text):
    assert not any("“" in name for name in platforms(text)), platforms(text)


def test_a_coin_before_two_different_nouns_is_a_field_word():
    # “甲”服务平台 beside “甲”示范活动: the coin qualifies kinds; a number names its line
    # whatever follows it, and a coin with its one head is a name
    field = "支持“智造”服务平台建设，设立“智造”示范基地。"
    assert quoted_platforms(field, 0, len(field)) == []
    number = "开通“96811”服务热线，“96811”平台应当公开。"
    assert len(quoted_platforms(number, 0, len(number))) == 2
    one = "依托“青禾家政”服务平台办理，“青禾家政”服务平台应当公开信息。"
    assert len(quoted_platforms(one, 0, len(one))) == 2
    reform = "推进“一照通办”改革，企业可以登录“一照通办”申报系统。"
    assert len(quoted_platforms(reform, 0, len(reform))) == 1


def test_a_body_after_the_quoted_network_is_no_cut_platform():
    # “甲”急救网络|医院: the hospitals of the network, not the network
    text = "“96120”急救网络医院应当设立急救组。"
    assert "“96120”急救网络" not in platforms(text)


def test_no_cut_piece_beside_the_quoted_name():
    text = "为了建设“中国泰丰港”，市政府制定本办法。"
    assert platforms(text) == ["中国泰丰港"]


def test_a_quoted_combination_before_a_head_stays_a_combination():
    # 甲+乙: a model of working, not one facility (platform_evidence.is_combination)
    assert platforms("扶持一批“高校+园区”服务平台。") == []


def test_quoted_platforms_linear_in_the_text():
    sentence = "依托“青禾家政”综合受理平台办理，推进“东湖区域航空枢纽”建设。"

    def make(n: int):
        text = sentence * n
        return lambda: quoted_platform_spans(text, 0, len(text))

    assert growth(make, 200) < 8
