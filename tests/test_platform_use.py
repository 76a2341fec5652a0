"""Named systems, websites and platforms read where the text uses them as one thing
(ingest/extract/platform_use.py, issue 19, session 19). Every sentence is invented: other
provinces, other systems than the gold documents; each named case was missed before the
step, and each phrase that names a class or a description stays unnamed."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_use import (
    kind_frames,
    offered_as_a_kind,
    run_start,
    use_frames,
    used_platforms,
)
from policykg.ingest.script import to_simplified

from .recognised import platforms, platforms_of_document
from .scaling import growth


def used(text: str) -> list[str]:
    simplified = to_simplified(text)
    tokens = tokenise(simplified, 0, len(simplified))
    return [text[c.start : c.end] for c in used_platforms(simplified, tokens)]


def test_the_frames_are_learnt_from_the_laws():
    frames = use_frames()
    assert {"通过", "依托", "纳入"} <= frames  # prepositions and verbs of use
    assert not frames & {"建立", "完善", "使用"}  # mostly before kinds of system


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place, a service head, a frame of use
        ("申请人可以通过湖南政务服务网提交材料。", "湖南政务服务网"),
        ("有关部门应当通过成都市公共数据共享系统交换信息。", "成都市公共数据共享系统"),
        ("相关数据应当纳入江西省社会信用信息平台。", "江西省社会信用信息平台"),
        ("市场主体可以依托海南国际贸易服务平台办理申报。", "海南国际贸易服务平台"),
        # a coined service name, quoted, right after a frame of use
        ("市民可以通过“渝快办”、线下窗口办理。", "渝快办"),
        ("纳税人可以依托“澜湄快办”申报个人所得税。", "澜湄快办"),
        # in Traditional script, after 透過 (Taiwan's 通过)
        ("民眾可透過「港都好辦」預約戶籍登記。", "港都好辦"),
        # a comma after it, then what is done through it
        ("企业可以通过“滨海企通”，在线办理年度报告。", "滨海企通"),
        # nothing done through it in this clause, but a service head after it elsewhere
        ("依托“澜湄快办”，推进证照互认。“澜湄快办”平台由省大数据局运营。", "澜湄快办"),
        # a quoted part names it
        ("口岸部门依托跨境电商“一站通”平台开展查验。", "跨境电商“一站通”平台"),
        # in Traditional script, after 透過 (Taiwan's 通过) and 通過
        ("申請人得透過新北市政府便民服務網申請。", "新北市政府便民服務網"),
        (
            "申請人得透過新北市政府便民服務網申請，並通過臺中市公共資料系統查詢。",
            "臺中市公共資料系統",
        ),
    ],
)
def test_a_named_service_where_it_is_used(text, name):
    assert name in used(text)
    assert name in platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the province's own platform, in a document that speaks of its own province
        ("本省推行容缺受理。申请人可以提交由省企业信用信息系统出具的证明。", "省企业信用信息系统"),
        (
            "本市推行容缺受理。申请人可以提交由市公共资源交易平台出具的交易凭证。",
            "市公共资源交易平台",
        ),
        ("本省各级部门应当通过省政务服务网公开办事指南。", "省政务服务网"),
        # 本市 before it: the name is what follows
        ("本市的信用信息依法纳入本市公共信用服务平台。", "公共信用服务平台"),
    ],
)
def test_the_jurisdictions_own_platform(text, name):
    assert name in used(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # session 27: 省 in a city's text names the one province the city lies in
        (
            "本市各区人民政府应当依托省政务数据共享交换平台，完善办事功能。",
            "省政务数据共享交换平台",
        ),
        ("本市推行告知承诺。申请人可以通过省电子证照共享系统调取证照。", "省电子证照共享系统"),
        ("本市有关部门应当将检查信息录入省食品安全追溯系统。", "省食品安全追溯系统"),
    ],
)
def test_the_province_of_a_city_text(text, name):
    assert name in used(text)
    assert name in platforms(text)


@pytest.mark.parametrize(
    "text",
    [
        # 市 in a province's text stands for each of its cities: a class
        "本省各地应当加强管理。企业可以通过市食品生产许可审批系统申请延续。",
        # a text of no jurisdiction: the level is a rank
        "有关部门可以通过省电子证照共享系统调取证照。",
    ],
)
def test_a_level_below_or_of_no_text_names_no_one_platform(text):
    assert used(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a level word in a document that never speaks of its own province: a rank
        "各地可以提交由省企业信用信息系统出具的证明。",
        # no proper element: a kind of platform
        "企业可以通过网上政务服务平台提交申请。",
        "有关部门应当依托公共技术服务平台开展检测。",
        # a frame verb that makes the platform, and a verb first
        "企业可以通过建设物流信息平台实现共享。",
        # no frame of use before it
        "支持湖南省建立政务服务网。",
        # a common word of the laws that the segmenter calls a place: a kind of place
        "消防部门应当通过城市消防远程监控系统调取数据。",
        # "and" after a noun: two things, not one name
        "刊登在本会公报和中国人大网上。",
        # the head goes on: a noun after it
        "通过湖南政务服务网站群管理办法。",
        # quoted slogans in a list, a quote that qualifies a noun, a kind of body
        "鼓励企业采取“以奖代补”、“先建后补”等方式。",
        "通过“放管服”改革优化服务。",
        "按照“一企一策”的原则。",
        "为“专精特新企业”发展创造条件。",
        # one character before a quote says too little: a legal term quoted
        "应当认定为“情节特别严重”。",
        # a slogan or policy after an instrument frame: nothing is done through it
        "依托“一核两翼”，带动周边县域协同发展。",
        "通过“以案促改”，健全廉政风险防控制度。",
        # a frame of use that is no instrument: a policy it furthers or applies
        "推动“两业融合”与数字经济协同。",
        "按照“谁审批谁监管”，落实责任。",
    ],
)
def test_no_name_where_nothing_says_one_thing(text):
    assert used(text) == []


def test_a_conjunction_between_a_place_and_the_phrase_is_no_frame():
    # 香港|与|…: "and", so nothing uses the phrase here
    assert used("香港与国家科学数据平台对接。") == []


def test_the_run_crosses_a_quoted_part_and_places_joined():
    words = [("依托", "v"), ("跨境", "n"), ("“", "x"), ("一站", "m"), ("通", "v"), ("”", "x")]
    words.append(("平台", "n"))
    assert run_start(words, len(words) - 1) == 1
    joined = [("通过", "p"), ("香港", "ns"), ("与", "p"), ("澳门", "ns"), ("网络平台", "n")]
    assert run_start(joined, 4) == 1


def test_a_quoted_run_without_its_opening_quote_stops():
    words = [("依托", "v"), ("一站", "m"), ("通", "v"), ("”", "x"), ("平台", "n")]
    assert run_start(words, 4) == 4


def test_each_repeated_sentence_gives_its_one_name():
    sentence = "申请人可以通过湖南政务服务网提交材料，也可以依托公共技术服务平台办理。"
    text = sentence * 400
    assert len(used(text)) == 400


def test_quoted_services_linear_in_the_text():
    # a frame and a quote in every sentence: the word after each quote was looked for in a
    # copy of the rest of the text (16× the time for 4× the text)
    sentence = "办事群众可以依托“闽政通”提交申请，也可以到窗口办理。"

    def make(n: int):
        text = sentence * n
        tokens = tokenise(text, 0, len(text))
        return lambda: used_platforms(text, tokens)

    assert growth(make, 1000) < 8


def test_the_kind_frames_are_learnt_from_the_laws():
    frames = kind_frames()
    assert "提供" in frames  # offered: a kind of service
    assert not frames & use_frames()


@pytest.mark.parametrize(
    "text",
    [
        "为青年科技人员提供交流与合作平台。",
        "鼓励商户安装客流统计系统。",
        # a noun goes on after the head: a word of a longer phrase
        "打造数字贸易先行区、开放平台联动发展区。",
    ],
)
def test_a_kind_offered_or_fitted_is_no_name(text):
    assert platforms(text) == []


def test_a_common_place_word_names_no_platform_after_a_kind_verb():
    # 城市, 海洋: place words the laws use as common words (as in `used_platforms`)
    for text, name in (
        ("向停车场经营者提供城市智慧停车系统。", "城市智慧停车系统"),
        ("鼓励物业企业安装城市燃气泄漏报警系统。", "城市燃气泄漏报警系统"),
    ):
        at = text.index(name)
        assert offered_as_a_kind(text, at, at + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a proper element names it, whatever the verb
        ("为入驻企业提供粤港澳大湾区科技服务平台。", "粤港澳大湾区科技服务平台"),
        # the document gives it a short form: one thing
        ("本区设立创新工场平台（以下简称工场）。区政府为创业者提供创新工场平台。", "创新工场平台"),
    ],
)
def test_a_named_platform_after_a_kind_verb_stays(text, name):
    simplified = to_simplified(text)
    at = simplified.rindex(to_simplified(name))
    assert not offered_as_a_kind(simplified, at, at + len(name))


def test_a_quoted_service_after_a_name_word():
    # a word the segmenter knows as a term (nz), then the quoted service
    assert used("企业可以通过国际贸易“跨境通”提交申报材料。") == ["国际贸易“跨境通”"]
    # two field words: the quote is the service, they are its field (nothing read)
    assert used("推动政务服务“一网通办”。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # invented: 本市 says which one, whatever word stands before it (session 20)
        ("各单位应当将信用信息向本市公共信用信息平台归集。", "公共信用信息平台"),
        ("有关数据应当符合本省政务数据共享平台的接入标准。", "政务数据共享平台"),
        # scale corpus (河南省专利保护条例): the province's system after 本省 (r)
        ("记入侵权行为的档案并纳入本省企业信用信息系统。", "企业信用信息系统"),
        # scale corpus (深圳经济特区学前教育条例): the city's system
        (
            "幼儿园应当安装视频监控系统，并符合本市公共安全视频图像信息系统的建设标准。",
            "公共安全视频图像信息系统",
        ),
    ],
)
def test_the_own_jurisdictions_platform_after_any_word(text, name):
    assert name in platforms(text)


def test_a_kind_within_the_own_jurisdiction_is_no_name():
    # scale corpus (河南省公共安全技术防范管理条例): systems within the province
    assert platforms("本省行政区域内技防系统的设计、安装，适用本条例。") == []


# session 26: a system named by what it does (a verb or two right before its head), from the
# nation or the document's own level, where a frame of use takes it; invented systems
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("施工单位应当通过全国工程质量监督备案系统提交竣工材料。", "全国工程质量监督备案系统"),
        ("检验机构应当将检验结果录入全国船舶检验发证系统。", "全国船舶检验发证系统"),
        ("许可信息应当纳入全国农药生产许可登记系统。", "全国农药生产许可登记系统"),
        (
            "本市各区应当加强管理。企业可以通过市食品生产许可审批系统申请延续。",
            "市食品生产许可审批系统",
        ),
        (
            "本省各地应当加强管理。经营者应当将信息录入省药品经营登记系统。",
            "省药品经营登记系统",
        ),
    ],
)
def test_a_system_named_by_what_it_does(text, name):
    assert used(text) == [name]
    assert platforms(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "企业可以通过国家发布系统查询。",  # the nation and one act: no which
        "机构应当通过全国信息采集登记公示系统报送。",  # three acts: a clause, not a name
        "数据可以通过国家金融系统传输。",  # the nation's sector
        "有关单位应当通过建设管理系统报送。",  # the verbs begin the run: the clause's
    ],
)
def test_verbs_before_a_head_name_nothing_alone(text):
    assert used(text) == []


def test_the_verbs_count_only_after_a_noun():
    words = [("通过", "p"), ("全国", "n"), ("信用", "n"), ("登记", "v"), ("公示", "v")]
    words.append(("系统", "n"))
    assert run_start(words, 5, service_words=True) == 1
    assert run_start(words, 5) == 5  # the builders' run: nouns only, as before
    words[2] = ("采集", "v")  # three verbs: none counts
    assert run_start(words, 5, service_words=True) == 5


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("本市各区应当加强管理。有关部门应当通过本市医疗大数据平台共享病历。", "医疗大数据平台"),
        (
            "本省各地应当加强管理。有关部门应当将数据归集到本省城市管理大数据平台。",
            "城市管理大数据平台",
        ),
    ],
)
def test_an_adjective_the_segmenter_cut_stays_in_the_name(text, name):
    assert used(text) == [name]


def test_an_adjective_after_the_determiner_begins_no_name():
    assert used("本市各区应当加强管理。企业可以通过本市新平台申报。") == []


@pytest.mark.parametrize(
    "text",
    ["排污单位应当按照国家规定设置水质自动监测系统。", "经营者应当按照国家规定设置视频监控系统。"],
)
def test_the_nation_begins_no_name_through_a_predicate(text):
    # 按照|国家|规定|设置|…系统: the nation's rules, then what is to be set up
    assert used(text) == []


def test_a_platform_a_noun_goes_on_after_stays_a_part():
    # 开放平台|协同|创新区: a word of a longer phrase (offered_as_a_kind reads closed_by, not
    # closed_after: 协同 is a predicate to the corpus, yet the phrase goes on)
    assert "开放平台" not in platforms("支持建设开放平台协同创新区。")


# session 27: a service a frame of use takes keeps the verb before its head as what the
# system does; the reading of a body, its verb and its object (body_predicates) no longer
# cuts it to its bare head (甲省企业|登记|服务平台 is no clause). Invented services.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("申请人可以通过江西省企业登记服务平台提交材料。", "江西省企业登记服务平台"),
        ("个体户可以通过湖南省企业登记服务平台在线填报年度报告。", "湖南省企业登记服务平台"),
        ("納稅人得透過臺南市企業登記服務平臺申請變更。", "臺南市企業登記服務平臺"),
    ],
)
def test_a_used_service_keeps_what_it_does(text, name):
    assert platforms(text) == [name]


def test_a_bodys_clause_before_a_platform_stays_a_clause():
    # no frame of use: the body builds a platform, no name
    assert platforms("依托甲省人民政府建设服务平台。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 公开 is "ad" to the segmenter: what the system does, inside the name (session 33)
        (
            "第一条 为加强本省食品安全管理，制定本条例。\n"
            "第二条 生产企业应当在本省食品安全信息公开平台上公布检验结果。",
            "食品安全信息公开平台",
        ),
        (
            "第一條 為加強本省食品安全管理，制定本條例。\n"
            "第二條 生產企業應當在本省食品安全資訊公開平臺上公布檢驗結果。",
            "食品安全資訊公開平臺",
        ),
    ],
)
def test_a_doing_word_tagged_an_adverbial_stays_in_the_name(text, name):
    assert name in platforms_of_document(text)
