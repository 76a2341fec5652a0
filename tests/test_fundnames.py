"""Fund names with a verb or purpose inside, read back from the head (issue 19, session 15).
Sentences of our own wording, not the documents' (both scripts)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.fundnames import fund_name_words, fund_names
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified


def funds(text: str) -> list[str]:
    simplified = to_simplified(text)
    return [c.name_in(text) for c in recognise(simplified, 0, len(text)) if c.kind == "Fund"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("相关费用由农村养老保险基金支付。", "农村养老保险基金"),  # nouns only, after 由
        ("鼓励中小企业融资担保基金分担风险。", "中小企业融资担保基金"),  # a verb inside
        ("设立企业技术创新引导基金。", "企业技术创新引导基金"),  # a class noun, then a name
        ("可从创业补助资金中列支。", None),  # money, not earmarked: none
        ("市政府每年设立文化产业专项扶持资金。", "文化产业专项扶持资金"),  # 设立 governs
        ("统筹安排农村饮水安全专项补助资金。", "农村饮水安全专项补助资金"),
        ("多渠道筹措海洋科技发展基金。", "海洋科技发展基金"),  # 筹措 begins no name
        ("政府出资设立的新能源汽车产业投资引导基金", "新能源汽车产业投资引导基金"),
        ("在分配中央财政专项防汛资金时优先安排。", "中央财政专项防汛资金"),
        ("每噸5元環境治理專項基金", "環境治理專項基金"),  # a sum before it is no part
        ("由漁業轉型升級基金補助。", "漁業轉型升級基金"),  # 升級 is no rank
    ],
)
def test_fund_names_with_a_verb_or_purpose_inside(text, name):
    found = funds(text)
    assert (name in found) if name else not [f for f in found if f.endswith("资金")]


@pytest.mark.parametrize(
    "text",
    [
        "鼓励各类基金参与投资。",
        "引导社会资金投向科技创新。",
        "统筹使用财政资金和专项资金。",
        "政府专项资金按规定使用。",
        "其他基金不得挪用。",
        "将原专项基金并入。",
        "年度补助资金按季度拨付。",  # money of a year, not a fund
        "本研究院創立基金由政府捐助。",  # this body's founding fund
        "合营企业应当提取企业发展基金。",  # the fund each enterprise keeps
    ],
)
def test_classes_of_funds_are_not_names(text):
    assert funds(text) == []


def test_a_fund_inside_a_body_name_is_the_body_s():
    # the organisation, not a fund, is what the phrase names
    text = "表彰融资担保基金运营管理机构等单位。"
    simplified = to_simplified(text)
    assert fund_names(tokenise(simplified, 0, len(simplified))) == []


def test_a_quoted_fund_keeps_its_name_beside_its_short_form():
    # 「…發展基金」（以下簡稱發展基金）: the short form ends the name; the name stays
    from policykg.ingest.extract.run import _named_entities

    class Paragraph:
        def __init__(self, start, end):
            self.start, self.end = start, end

    class Scripts:
        def __init__(self, text):
            self.hans = to_simplified(text)

    class Clean:
        def __init__(self, text):
            self.text = text

    class Document:
        def __init__(self, text):
            self.clean, self.scripts = Clean(text), Scripts(text)
            self.start, self.end = 0, len(text)

    text = "第五條 設立「臺南市科學園區產業發展基金」（以下簡稱發展基金）。發展基金用於補助。"
    entities, _ = _named_entities(Document(text), [Paragraph(0, len(text))])
    names = {e.name: e for e in entities}
    assert "臺南市科學園區產業發展基金" in names
    assert names["臺南市科學園區產業發展基金"].kind == "Fund"


def test_fund_name_words_come_from_the_laws():
    words = fund_name_words()
    assert {"救助", "发展", "保险"} <= words  # 农业天然灾害救助基金, 劳工保险基金
    assert "设置" not in words  # 营利事业设置职工退休基金: a verb, in the title too
    assert "基金" not in words


def test_the_builder_reads_fund_names_from_titles_and_definitions(tmp_path):
    import importlib.util
    import json
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "build_fund_names.py"
    spec = importlib.util.spec_from_file_location("build_fund_names", script)
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    laws = tmp_path / "LawRefBook-Laws"
    laws.mkdir()
    (laws / "a.md").write_text(
        "# 海洋渔业发展基金管理办法\n\n第一条 设立港口设施维护基金（以下简称维护基金）。\n"
        "第二条 基金会登记依照本办法。企业营运周转资金（以下简称周转资金）自筹。\n",
        encoding="utf-8",
    )
    moj = tmp_path / "mojLawSplitJSON"
    moj.mkdir()
    index = [
        {"PCode": "X1", "name": "觀光發展基金收支保管及運用辦法"},
        {"PCode": "X2", "name": "財團法人某某基金會組織章程"},  # a body, not a fund
        {"PCode": "X3", "name": "漁會信用部資金融通辦法"},  # 資金融通 is one word
        {"PCode": "X4", "name": "離島建設專項資金管理辦法"},  # earmarked money: a fund
    ]
    (moj / "index.json").write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    names, titles, read, fund, money = builder.build(tmp_path)
    # not money that is not earmarked (周转资金), nor 资金 cut out of a word
    assert {name for name, _ in names} == {
        "海洋渔业发展基金", "港口设施维护基金", "观光发展基金", "离岛建设专项资金"
    }  # fmt: skip
    assert (titles, read) == (4, 1)
    # the verbs' uses are counted in the same one reading of each law
    assert fund["设立"] == 1 and money["简称"] == 1  # …维护基金 a fund; 周转资金 money


# --- session 16: where a fund's name begins, a level's class, titles, 资金 set up ---


@pytest.mark.parametrize(
    ("text", "name", "glued"),
    [
        # a verbal noun that stands before names and never in one
        ("区政府可以运用海洋产业投资基金支持渔港建设。", "海洋产业投资基金", "运用海洋产业投资基金"),
        # a verb with its preposition glued on (the segmenter calls 隸屬於 a noun)
        ("該中心隸屬於農業作業基金項下。", "農業作業基金", "隸屬於農業作業基金"),
        # a verb of a listed duty, after the item's number
        ("（三）管理文化創意產業基金；", "文化創意產業基金", "管理文化創意產業基金"),
        # two levels share the name: the local one names whose fund it is
        ("可以申请国家或者地方中小企业创新发展基金的资助。", "中小企业创新发展基金",
         "地方中小企业创新发展基金"),
    ],
)  # fmt: skip
def test_a_fund_begins_after_the_clause_s_words(text, name, glued):
    found = funds(text)
    assert name in found
    assert glued not in found


def test_a_modal_glued_to_a_verb_is_no_part_of_a_name():
    # 應審酌 is one word to the segmenter: the modal and a predicate of the laws
    assert not [f for f in funds("醫院應審酌醫療發展基金之收支情形。") if "審酌" in f]


def test_a_term_the_document_defines_is_one_word_of_the_name():
    text = (
        "第二条 本办法所称科研成果的推广与应用（以下简称推广与应用），是指转化活动。"
        "第九条 挪用推广与应用专项资金的，责令归还。"
    )
    simplified = to_simplified(text)
    found = [c.name_in(text) for c in recognise(simplified, 0, len(text)) if c.kind == "Fund"]
    assert "推广与应用专项资金" in found
    assert "应用专项资金" not in found


def test_without_a_definition_the_conjunction_still_ends_the_name():
    found = funds("挪用推广与应用专项资金的，责令归还。")
    assert "推广与应用专项资金" not in found


def test_a_fund_named_only_in_a_law_s_title_is_not_read():
    # the former title of a rule, unquoted: the fund is the title's, not the text's
    assert funds("（原名稱：交通部港務管理局作業基金收支保管辦法；）") == []
    # a rule applied to a fund is no title: 依 stands between
    assert "海洋科技发展基金" in funds("海洋科技发展基金依本办法规定使用。")
    # the fund's rules, not a title's words: nothing between the head and 规定
    assert "海洋科技发展基金" in funds("并依海洋科技发展基金规定")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市政府设立中小学体育设施改造资金，用于场馆建设。", "中小学体育设施改造资金"),
        ("各区应当将结余纳入城市绿化建设资金。", "城市绿化建设资金"),
    ],
)
def test_money_set_up_or_paid_into_is_a_fund(text, name):
    assert name in funds(text)


@pytest.mark.parametrize(
    "text",
    [
        "各区应当统筹安排城市绿化建设资金。",  # money arranged, not set up
        "五年内不得申请市级财政扶持资金项目。",  # the projects are applied for
        "区政府设立文化产业扶持资金和基金。",  # money and funds of a kind
    ],
)
def test_money_only_spent_is_no_fund(text):
    assert not [f for f in funds(text) if f.endswith("资金")]


def test_fund_verbs_come_from_the_laws():
    from policykg.ingest.extract.fundnames import fund_verbs

    verbs = fund_verbs()
    assert "设立" in verbs  # a fund is set up
    assert not {"安排", "使用", "应"} & verbs  # money is arranged and used; a modal


def test_a_fund_the_levels_share_goes_beside_the_national_one():
    from policykg.ingest.extract.fundnames import without_level_shortenings
    from policykg.ingest.extract.records import NamedEntity

    entities = [
        NamedEntity("國家海洋保護基金", "Fund"),
        NamedEntity("海洋保護基金", "Fund"),  # read from 國家和地方海洋保護基金
        NamedEntity("海洋研究院", "Organization"),
        NamedEntity("農業發展基金", "Fund"),  # no national fund of that name: kept
    ]
    kept = [e.name for e in without_level_shortenings(entities)]
    assert kept == ["國家海洋保護基金", "海洋研究院", "農業發展基金"]


def test_the_builder_drops_a_title_s_leading_verb():
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "build_fund_names.py"
    spec = importlib.util.spec_from_file_location("build_fund_names", script)
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    assert builder._title_name("运用渔业平准基金") == "渔业平准基金"
    assert builder._title_name("农业发展基金") == "农业发展基金"


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("省政府设立海岛开发与保护专项资金（以下简称开发与保护）。", {"开发与保护"}),
        (
            "设立绿化基金（下称“绿化基金”），并设联席会议（统称联席会议）。",
            {"绿化基金", "联席会议"},
        ),
        ("依照《森林法》（以下简称本法）。", {"本法"}),
        ("落实（「十四五」规划）和（2020年）。", set()),  # no definition: quoted or a date
    ],
)
def test_defined_terms_are_read_by_the_one_parser_of_definitions(text, terms):
    from policykg.ingest.extract.fundnames import defined_terms

    assert set(defined_terms(text, 0, len(text))) == terms


def test_a_defined_term_cut_at_its_conjunction_stays_one_word_of_the_name():
    text = "县里设立引进与培育专项资金（以下简称引进与培育）。"
    assert funds(text) == ["引进与培育专项资金"]
    assert funds("县里设立引进与培育专项资金。") == ["培育专项资金"]  # undefined: cut at 与


def test_a_shortening_s_mentions_move_to_the_national_fund():
    from policykg.ingest.extract.fundnames import without_level_shortenings
    from policykg.ingest.extract.records import Mention, NamedEntity

    national = NamedEntity("国家森林保险基金", "Fund", [Mention(0, 8)])
    shared = NamedEntity("森林保险基金", "Fund", [Mention(14, 20), Mention(30, 36)])
    kept = without_level_shortenings([shared, national])
    assert kept == [national]
    assert [(m.start, m.end) for m in national.mentions] == [(0, 8), (14, 20), (30, 36)]


def _document_funds(text: str) -> list[str]:
    """The funds of `text` read as one whole document (its evidence: fund_document)."""
    simplified = to_simplified(text)
    found = recognise(simplified, 0, len(simplified), (0, len(simplified)))
    return [c.name_in(text) for c in found if c.kind == "Fund"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 可|再生能源, 可|持续: the segmenter cuts a word the name begins with; the document
        # writes the name after the same character every time
        ("市里设立可再生能源汽车基金。可再生能源汽车基金用于补助。", "可再生能源汽车基金"),
        ("县政府设立可持续发展基金，可持续发展基金由财政局管理。", "可持续发展基金"),
        # 院校|务: the character moves from the word before; the reading goes on from there
        ("國立大學校院校務基金應公開。國立大學校院校務基金之用途如下", "國立大學校院校務基金"),
    ],
)
def test_a_word_the_segmenter_cut_is_mended_from_the_document(text, name):
    assert set(_document_funds(text)) == {name}


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("由可持续发展基金补助；可持续发展基金另计。", "可"),  # the same, twice
        ("由可持续发展基金补助；县持续发展基金另计。", ""),  # two characters
        ("由可持续发展基金补助。", ""),  # once: no evidence
        ("“持续发展基金”与“持续发展基金”", ""),  # punctuation is no glued character
    ],
)
def test_the_character_a_name_always_follows(text, before):
    from policykg.ingest.extract.fund_document import fund_document

    assert fund_document(text, 0, len(text)).always_before("持续发展基金") == before


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a cited title is about the 资金: one fund, not money in general
        ("煤矿安全改造资金按照《煤矿安全改造资金管理办法》使用。", "煤矿安全改造资金"),
        # a short form defined for it
        ("矿山修复资金（以下简称修复资金）由县财政统筹。", "矿山修复资金"),
    ],
)
def test_money_the_document_treats_as_one_fund(text, name):
    assert _document_funds(text) == [name]


def test_money_without_that_evidence_stays_money():
    assert _document_funds("煤矿安全改造资金由县财政统筹。") == []


@pytest.mark.parametrize(
    "text",
    [
        "本基金收入存入银行，利息全部划入基金专户。",  # 划入|基金|专户: the verb's object
        "本基金由受托机构运用基金投资债券。",  # a body, a verb, the bare head
        "本基金的结余，应按规定提存基金余额。",
    ],
)
def test_the_document_s_own_fund_after_a_verb_is_no_name(text):
    assert _document_funds(text) == []


def test_a_verb_the_laws_put_before_a_fund_s_head_stays():
    # 发展: the laws' fund names have it right before the head (农业发展基金)
    assert _document_funds("本基金的收入存入农业发展基金专户。") == ["农业发展基金"]


@pytest.mark.parametrize(
    "text",
    [
        "以促进公众对科学知识及重要科技计划成果的了解。",
        "支持人才培养及重要科技计划实施。",  # an adjective no name of the laws holds
    ],
)
def test_a_class_joined_to_another_thing_is_no_fund(text):
    assert funds(text) == []


def test_a_name_joined_by_a_conjunction_stays():
    assert funds("推动创新及科技基金的运作。") == ["创新及科技基金"]


def test_a_body_using_the_fund_names_none():
    # 受托机构|运用|基金: the body is the verb's subject, whatever the document is about
    assert _document_funds("由受托机构运用基金投资债券。") == []


def test_outside_a_document_about_its_own_fund_a_noun_after_the_head_changes_nothing():
    # no 本基金: 担保 is no verb of the laws' fund names, yet the name stays
    assert _document_funds("存款利息划入融资担保基金专户。") == ["融资担保基金"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 设立 governs the whole phrase: the conjunction joins two modifiers of one fund
        (
            "市政府设立高新区科技创新和成果转化引导基金，采取参股方式。",
            ["高新区科技创新和成果转化引导基金"],
        ),
        ("设立研究中心和发展基金。", []),  # a body before the conjunction: two things
        ("设立科技园区和发展基金。", []),
        ("决定设立国家和地方农业信贷担保基金、", ["农业信贷担保基金"]),  # two levels share it
    ],
)
def test_a_fund_set_up_across_a_conjunction(text, names):
    assert funds(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # a modal the segmenter tags a conjunction, after the clause's end: the verb before
        # the comma sets up something else, and no fund's name holds a comma
        "各级人民政府应当建立农业保险补贴机制，可以设立农业保险风险准备基金，支持保险机构。",
        "市人民政府应当建立文化产业扶持体系，可以设立文化产业发展基金。",
        "省人民政府建立知识产权质押融资制度，可以设立质押融资风险补偿资金，分担风险。",
    ],
)
def test_no_fund_name_runs_back_across_a_comma(text):
    assert not any("，" in name or "," in name for name in funds(text))


def test_a_level_and_its_conjunction_are_not_mended_into_the_name():
    text = "设立国家和地方农业信贷担保基金、完善体系。国家和地方农业信贷担保基金可以分担风险。"
    assert set(_document_funds(text)) == {"农业信贷担保基金"}


# session 18: the whole object of a fund verb; one fund set up; a local level's fund of the
# national fund's name; programmes that qualify projects or name a level's class


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 自主, 战略性: words the laws stop names at, inside the object 设立 governs
        (
            "设立东湖国家自主创新示范区建设专项资金，支持园区企业。",
            "东湖国家自主创新示范区建设专项资金",
        ),
        ("省政府設立戰略性新興產業培育專項資金，用於扶持。", "戰略性新興產業培育專項資金"),
        ("县里设立滨江生态保护修复专项资金。", "滨江生态保护修复专项资金"),
        # the object's leading verb is still the clause's
        ("企业可以申请使用科技发展专项资金，", "科技发展专项资金"),
        # one modifier is enough for a fund the text sets up by name
        ("省人民政府设立生命科学基金，资助基础研究。", "生命科学基金"),
    ],
)
def test_the_object_of_a_fund_verb_is_the_whole_name(text, name):
    assert name in funds(text)


@pytest.mark.parametrize(
    "text",
    [
        "县政府设立科研基金，",  # four characters: a kind
        "市政府设立相应的发展基金，",
        "县政府每年设立各类产业基金，",
        "省生命科学基金资助项目。",  # no national fund of that name in the text
        "鼓励企业承担省级科技计划项目。",  # the programme qualifies projects
        "改革科技计划项目管理方式。",
        "在中央科技计划、重大专项等方面加强合作。",  # areas of work, not funds
        "在省级科技计划和重大工程建设等领域深化合作。",
    ],
)
def test_no_fund_is_read_from_these(text):
    assert funds(text) == []


def test_a_local_level_of_the_national_fund_s_name_is_a_fund():
    found = _document_funds("省生命科学基金可以与国家生命科学基金联合资助项目。")
    assert set(found) == {"省生命科学基金", "国家生命科学基金"}


def test_a_budget_s_programme_stays_a_fund():
    assert funds("鼓励高校承担中央財政科技計劃（專項、基金等）項目。") == ["中央財政科技計劃"]


@pytest.mark.parametrize(
    "text",
    [
        "支持社会资本设立天使投资基金、文化产业投资基金等投资机构。",
        "引导设立绿色发展基金和海洋产业投资基金等股权投资机构，",
    ],
)
def test_items_of_a_list_of_kinds_of_bodies_are_no_funds(text):
    assert funds(text) == []


def test_a_fund_listed_without_a_class_of_bodies_stays():
    assert "文化产业投资基金" in funds("省里设立文化产业投资基金等，支持企业。")


# session 18, review: only a verb that sets a fund up reads its object whole, and a fund
# the law allows or encourages someone to set up is a kind, not one fund


@pytest.mark.parametrize(
    "text",
    [
        "村民委员会可以设立公益事业基金。",  # a modal: what the law allows
        "支持行业协会设立人才培养基金。",  # encouragement
        "引导企业设立职工教育基金。",
        "各乡镇得設立社會福利基金。",  # 得 of the Taiwan statutes: may
        "提取一定比例，建立职业培训基金。",  # no body sets it up: each one's
        "罚没收入一律纳入医疗保险基金。",  # 纳入 adds money to a fund, sets none up
    ],
)
def test_a_fund_with_one_modifier_set_up_by_no_one_body_is_a_kind(text):
    assert funds(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 涉外: a verb by its tag that the laws let begin names, first in 设立's object
        ("县人民政府设立涉外法律援助互助基金。", "涉外法律援助互助基金"),
        ("省政府設立涉外律師服務發展專項資金，", "涉外律師服務發展專項資金"),
    ],
)
def test_a_set_up_fund_keeps_a_first_word_that_begins_names(text, name):
    assert name in funds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中央设立抗灾救灾基金。", "抗灾救灾基金"),  # the nation: one body
        ("第五十一条 国家设立水利建设基金。", "水利建设基金"),  # scale corpus
    ],
)
def test_a_fund_the_nation_sets_up_is_one_fund(text, name):
    assert name in funds(text)


def test_a_fund_set_up_with_one_modifier_by_the_national_fund_s_name():
    text = "市人民政府设立生命科学基金。市生命科学基金可以与国家生命科学基金合作。"
    assert "生命科学基金" in _document_funds(text)
