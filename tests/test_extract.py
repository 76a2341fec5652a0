"""Stage extract: cited works, aliases, parties, signatories and money."""

from __future__ import annotations

from decimal import Decimal

import pytest
from policykg.ingest.extract import extract
from policykg.ingest.extract.citations import find_citations
from policykg.ingest.extract.money import find_amounts
from policykg.ingest.extract.orgnames import is_organisation, preferred_name, split_names
from policykg.ingest.extract.tidy import standard_title, tidy_name


def cited(text, own=""):
    works, self_aliases = find_citations(text, 0, len(text), own)
    return {w.title: w for w in works}, [a for a, _ in self_aliases]


def test_title_date_role_and_parties_before_the_title():
    works, _ = cited(
        "根據 2017年 1月 3日香港特別行政區政府與深圳市人民政府簽署的《關於港深推進落馬洲河套地區共同發展的合作備忘錄》，"
        "港深兩地政府同意合作。中共中央、國務院於 2019 年 2 月 18 日公布《粵港澳大灣區發展規劃綱要》。"
    )
    memo = works["關於港深推進落馬洲河套地區共同發展的合作備忘錄"]
    assert (memo.kind, memo.date.lexical(), memo.date_role, memo.based_on) == (
        "Agreement", "2017-01-03", "signed", True,
    )  # fmt: skip
    assert [p.name for p in memo.parties] == ["香港特別行政區政府", "深圳市人民政府"]
    outline = works["粵港澳大灣區發展規劃綱要"]
    assert (outline.kind, outline.date.lexical(), outline.date_role, outline.based_on) == (
        "Plan", "2019-02-18", "published", False,
    )  # fmt: skip
    assert [p.name for p in outline.parties] == ["中共中央", "國務院"]


def test_aliases_resolve_later_mentions_and_the_documents_own_alias():
    text = (
        "雙方簽署《甲乙科技合作安排》（以下簡稱《安排》）。在《安排》框架下制定《聯合行動計劃》。"
        "第十三屆全國人民代表大會通過的《國民經濟和社會發展第十四個五年規劃綱要》（以下簡稱「《規劃綱要》」），"
        "《規劃綱要》支持合作。《香港創新科技發展藍圖》（《藍圖》）提出措施；《藍圖》也提出目標。"
    )
    works, self_aliases = cited(text, own="聯合行動計劃")
    assert self_aliases == []
    assert [a for a, _ in works["甲乙科技合作安排"].aliases] == ["安排"]
    assert len(works["甲乙科技合作安排"].mentions) == 2
    outline = works["國民經濟和社會發展第十四個五年規劃綱要"]
    assert [a for a, _ in outline.aliases] == ["規劃綱要"] and len(outline.mentions) == 2
    assert [p.name for p in outline.parties] == ["第十三屆全國人民代表大會"]
    assert len(works["香港創新科技發展藍圖"].mentions) == 2
    assert "聯合行動計劃" not in works  # the document's own title is not a citation


def test_simplified_script_and_coordinated_parties():
    works, _ = cited(
        "香港特区政府与国家发展和改革委员会、广东省政府和澳门特区政府共同签署《深化粤港澳合作推进大湾区建设框架协议》。"
    )
    parties = [p.name for p in works["深化粤港澳合作推进大湾区建设框架协议"].parties]
    assert parties == ["香港特区政府", "国家发展和改革委员会", "广东省政府", "澳门特区政府"]


@pytest.mark.parametrize(
    ("text", "value", "currency", "approximate"),
    [
        ("立法會通過撥款注資181億3,500萬元。", "18135000000", "HKD", False),
        ("撥出 143 億 4,730 萬元予特區政府", "14347300000", "HKD", False),
        ("提供 4.4 亿港元起始拨款", "440000000", "HKD", False),
        ("投资约 6.7 亿元人民币", "670000000", "CNY", True),
        ("撥款港幣60億元資助大學", "6000000000", "HKD", False),
        ("过去 5 年投放超过 1500 亿港元", "150000000000", "HKD", True),
        ("預留三千五百萬元", "35000000", "HKD", False),
        ("新臺幣 2 億元", "200000000", "TWD", False),
        ("HK$29.5 billion approved", "29500000000", "HKD", False),
        ("1,200萬美元", "12000000", "USD", False),
        # US dollars as Taiwan's laws write them: 美金 before or after, 美幣 before, never
        # the bare 元's currency of the document
        ("護照每本收費美金四十五元", "45", "USD", False),
        ("出口金額達美幣十萬元或等值外幣", "100000", "USD", False),
        ("投資金額逾五十萬美金", "500000", "USD", True),
        ("逾 30 萬港元", "300000", "HKD", True),
    ],
)
def test_money(text, value, currency, approximate):
    (amount,) = find_amounts(text, 0, len(text), "HKD")
    assert (format(amount.value.normalize(), "f"), amount.currency, amount.approximate) == (
        value, currency, approximate,
    )  # fmt: skip


def test_no_money_without_a_currency_and_bare_yuan_follows_jurisdiction():
    assert find_amounts("共有 18 項資助計劃，約 3.4 萬個項目", 0, 30, "HKD") == []
    (amount,) = find_amounts("补助 500 万元", 0, 9, "CNY")
    assert amount.currency == "CNY" and amount.value == Decimal(5000000)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("科學技術部", True), ("深圳市人民政府", True), ("香港科技園公司", True), ("國務院", True),
     ("中共中央", True), ("港深兩地政府", False), ("有關部門", False), ("推動合作", False),
     ("香港特別行政區政府 深圳", False)],
)  # fmt: skip
def test_organisation_names(name, expected):
    assert is_organisation(name) is expected


def test_splitting_keeps_names_with_and_inside():
    assert [n for _, n in split_names("創新及科技局與深圳市科技創新委員會")] == [
        "創新及科技局",
        "深圳市科技創新委員會",
    ]
    assert preferred_name("特區政府") == "香港特別行政區政府"
    assert preferred_name("國家科學技術部") == "科學技術部"


def test_tidy_names_drop_pdf_spaces_but_keep_latin_ones():
    assert (
        tidy_name("第十四個五年規劃和 2035 年遠景目標綱要")
        == "第十四個五年規劃和2035年遠景目標綱要"
    )
    assert tidy_name("QS 世界大學排名") == "QS 世界大學排名"


def test_seed_agreements_parties_and_signatories(records):
    arrangement = extract(records["000"])
    assert [p.name for p in arrangement.parties] == ["科學技術部", "香港特別行政區政府"]
    assert [a for a, _ in arrangement.aliases_of_self] == ["安排"]
    annex = extract(records["000"].annexes[0])
    assert [p.name for p in annex.parties] == ["科學技術部", "香港特別行政區政府"]
    assert [w.title for w in annex.cited] == ["內地與香港關於加強創新科技合作的安排"]
    one_zone = extract(records["001"])
    assert [p.name for p in one_zone.parties] == ["香港特別行政區政府", "深圳市人民政府"]
    assert [(s.name, s.office, s.party.name) for s in one_zone.signatories] == [
        ("薛永恒", "創新及科技局局長", "香港特別行政區政府"),
        ("艾學峰", "副市長", "深圳市人民政府"),
    ]
    based_on = [w.title for w in one_zone.cited if w.based_on]
    assert based_on == ["關於港深推進落馬洲河套地區共同發展的合作備忘錄"]


def test_text_without_structure_or_entities_extracts_nothing_and_does_not_fail(records):
    from pathlib import Path

    from policykg.ingest.pipeline import process_source
    from policykg.ingest.records import SourceText

    text = "今天天氣很好，我們去公園散步。"
    record = process_source(SourceText(Path("plain.txt"), text, "utf-8", "0" * 64, "text"))
    result = extract(record)
    assert (result.cited, result.parties, result.amounts) == ([], [], [])
    assert len(list(record.all_provisions())) == 1


def names_in(text):
    from policykg.ingest.extract.entities import recognise
    from policykg.ingest.script import to_simplified

    simplified = to_simplified(text)
    return [(c.kind, c.name_in(text)) for c in recognise(simplified, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("香港科技大學與中科院深圳先進技術研究院共同牽頭建設", [("Organization", "香港科技大學"), ("Organization", "中科院深圳先進技術研究院")]),
        ("政府已成立創新及科技基金。", [("Fund", "創新及科技基金")]),
        ("港深兩地政府同意打造港深創新及科技園。", [("Platform", "港深創新及科技園")]),
        ("阿里巴巴、商湯科技及香港科技園公司聯合成立實驗室", [("Organization", "阿里巴巴"), ("Organization", "商湯科技"), ("Organization", "香港科技園公司")]),
        ("騰訊、微眾銀行及香港科技園公司合辦比賽", [("Organization", "騰訊"), ("Organization", "微眾銀行"), ("Organization", "香港科技園公司")]),
        # an item without a head takes the kind of the nearest item that has one: a company's,
        # not the fund's (the item is still a class the list reader keeps)
        ("引导南山产业投资基金、东湖证券有限公司和金融控股集团参与。", [("Fund", "南山产业投资基金"), ("Organization", "东湖证券有限公司"), ("Organization", "金融控股集团")]),
        ("鼓励北川创业投资基金、西江信托有限公司和科技控股集团参与。", [("Fund", "北川创业投资基金"), ("Organization", "西江信托有限公司"), ("Organization", "科技控股集团")]),
        ("推動上海光源、北京正負電子對撞機等重大科技基礎設施開放", [("Platform", "上海光源"), ("Platform", "北京正負電子對撞機")]),
        ("建設“生物醫藥”“新材料”等創新平台", [("Platform", "生物醫藥創新平台"), ("Platform", "新材料創新平台")]),
        ("在港建設“人工智能”創新平台", [("Platform", "人工智能創新平台")]),
        ("推出「深港創科學院 InnoCampus」", [("Organization", "深港創科學院 InnoCampus")]),
        ("通過內地與澳門科技合作委員會協調", [("Organization", "內地與澳門科技合作委員會")]),
        ("北京師範大學（珠海）已開學", [("Organization", "北京師範大學（珠海）")]),
        ("九十年七月七日教育部核定", [("Organization", "教育部")]),
        ("元朗工業邨的微電子中心已落成", [("Platform", "元朗工業邨"), ("Platform", "微電子中心")]),
        ("現時InnoHK研發平台已有實驗室", [("Platform", "InnoHK研發平台")]),
        ("縣級以上人民政府公安、民政等部門", []),
        ("支持在港國家重點實驗室和科研院所發展", []),
        ("醫療、教育等公共服務平台", []),
        ("圖書館、青少年宮、兒童活動中心應當開放", []),
        ("鼓勵科研機構和科技組織參與", []),
        ("支持香港紡織及成衣研發中心的工作", [("Organization", "香港紡織及成衣研發中心")]),
        ("香港五所大學表現優秀", []),
        ("推動國家重點實驗室建設", []),
        ("設立新型研發平台", []),
        ("將軍澳工業邨的先進製造業中心明年落成", [("Platform", "將軍澳工業邨"), ("Platform", "先進製造業中心")]),
        ("香港大學的學生中心開放", [("Organization", "香港大學")]),
        ("位於市中心的商場", []),
        ("加上大學、數碼港、科學園等", [("Platform", "數碼港")]),
        ("支持中關村科技園區和張江科學城建設", [("Platform", "中關村科技園區"), ("Platform", "張江科學城")]),
        ("廣東省第十三屆人民代表大會常務委員會第三十九次會議通過", [("Organization", "廣東省第十三屆人民代表大會常務委員會")]),
        ("園區管委會向省人民政府推薦", []),  # 向省 is glued by the segmenter, not a name
        # the official zone pattern, 中国 and a place in brackets (zone_names.py)
        ("支持中國（廣東）自由貿易試驗區和廣州高新技術產業開發區聯動發展", [("Platform", "中國（廣東）自由貿易試驗區"), ("Platform", "廣州高新技術產業開發區")]),
        ("管委會設立人才發展專項資金", [("Fund", "人才發展專項資金")]),
        ("由深圳灣科技園區管理委員會負責", [("Organization", "深圳灣科技園區管理委員會")]),
        ("優化產業空間布局", []),
        ("支持非銀行金融機構和新建開發區", []),
        ("設立研究院或者培訓機構", []),
        ("打造高水平對外開放新平台", []),
        ("主管部門推薦申報省重點科技計劃", [("Fund", "省重點科技計劃")]),
        ("中央財政通過國家科技計劃支持基礎研究", [("Fund", "國家科技計劃")]),
        ("由財政部提請行政院核定後實施", [("Organization", "財政部"), ("Organization", "行政院")]),
        ("特設海洋科技發展中心（以下簡稱本中心）", [("Organization", "海洋科技發展中心")]),
        ("海洋法（以下簡稱本法）所定事項", []),  # a law defining itself is no body
        ("舉辦投資推介會、博覽會等活動", []),
        ("形成區域發展新格局", []),
        ("可以在園區內銀行辦理結匯", []),
        ("市、縣人民政府應當組織實施", []),
        ("支持前海深港現代服務業合作區和南沙片區建設", [("Platform", "前海深港現代服務業合作區"), ("Platform", "南沙片區")]),
        ("納入全省檢測設備與儀器開放共享服務平台管理", [("Platform", "檢測設備與儀器開放共享服務平台")]),
        ("鼓勵高等院校與科研機構合作", []),
        ("香港中華總商會今日開會", [("Organization", "香港中華總商會")]),
        ("設立新材料產業開發示範區", [("Platform", "新材料產業開發示範區")]),  # 新 before a field
        ("由廣東省人民政府商國家發展和改革委員會確定", [("Organization", "廣東省人民政府"), ("Organization", "國家發展和改革委員會")]),
        ("依本條例規定設置海洋產業發展基金", [("Fund", "海洋產業發展基金")]),
        ("本辦法所稱主管機關：指財政部。", [("Organization", "財政部")]),  # 指 defines, not names
        ("加強部門間、政府間協調", []),  # between bodies, not a body
        ("依「世界衛生組織」政府衛生支出分類統計", [("Organization", "世界衛生組織")]),
        ("支持上海合作組織成員國開展科技交流", [("Organization", "上海合作組織")]),
        ("由行政院不管部會政務委員召集", [("Organization", "行政院")]),
        ("建設高水平研究平台", []),  # described, not named
        ("設海洋科技發展審議會，負責審議", [("Organization", "海洋科技發展審議會")]),
        # boundary evidence: the words before a name that begin none (issue 19)
        ("本條例草案須會商經濟部後公告。", [("Organization", "經濟部")]),
        ("他們充分肯定衛生署的努力。", [("Organization", "衛生署")]),
        ("雙方同意與海關總署協商。", [("Organization", "海關總署")]),
        ("成立材料與器件研發中心。", [("Organization", "材料與器件研發中心")]),
        ("將由市政府及港大創新研究院合辦。", [("Organization", "港大創新研究院")]),
        # courts and the bodies of organisation acts, from the gazetteers (issue 19)
        ("上訴由澳門特別行政區終審法院審理，初級法院不得受理。", [("Organization", "澳門特別行政區終審法院"), ("Organization", "初級法院")]),
        ("當事人可向最高行政法院提起上訴。", [("Organization", "最高行政法院")]),
        ("案件移送法務部調查局偵辦。", [("Organization", "法務部調查局")]),
        ("由人民法院審理。", []),  # a system of courts, a class in the list
        ("被告羈押於各看守所。", []),  # a kind of body (看守所組織通則 governs them all)
        # the unit of an article number glued to the word after it (第 5 條由…)
        ("第 5 條由外交部辦理。", [("Organization", "外交部")]),
        ("依第3條財政部之規定", [("Organization", "財政部")]),
        # …and the 內 of a time limit glued to the next word (session 12)
        ("應於二十日內報經濟部核定", [("Organization", "經濟部")]),
        ("应当在十日内向县级以上地方人民政府报告", []),
        # …but a short form may end inside a word the segmenter glued to a function word (委|等)
        ("教育部、民政部、卫生健康委等部门要加强指导。", [("Organization", "教育部"), ("Organization", "民政部"), ("Organization", "卫生健康委")]),
        # …also after a number and its measure word (30|天|內向…: session 19)
        ("经营者应当在15天内向所在地市场监督管理局报告。", [("Organization", "所在地市场监督管理局")]),
        # (a place named by its relation, 所在地|警察局, 当地|公安局, is a kind: kind_extended.py)
        ("申請人應於10天內向臺中市警察局申報。", [("Organization", "臺中市警察局")]),
        ("应当在5天内向柳州市公安局报告。", [("Organization", "柳州市公安局")]),
        # two names joined by a conjunction, read as two (issue 19)
        ("由浙江大學計算機學院及阿里巴巴研究院共建", [("Organization", "浙江大學計算機學院"), ("Organization", "阿里巴巴研究院")]),
        ("由衛生署及醫院管理局負責", [("Organization", "衛生署"), ("Organization", "醫院管理局")]),
        ("香港人工智能及數據實驗室成立", [("Organization", "香港人工智能及數據實驗室")]),  # one name
        # a phrase of time before a name ends where the name begins (session 12)
        ("亚运会期间白云国际机场实行临时管制", [("Platform", "白云国际机场")]),
        ("颱風期間桃園國際機場暫停起降", [("Platform", "桃園國際機場")]),
        ("改制以后国家发展和改革委员会负责", [("Organization", "国家发展和改革委员会")]),
        # a kind picked out by its first word (同一, 不同, 公共, 健康), not a name (session 12)
        ("不得同時擔任同一證券商之董事", []),
        ("由不同海事法院分别审理", []),
        ("禁止在公共场所吸烟", []),
        ("推动建设健康科普基地和科普场馆", []),
        ("私立東吳大學辦理招生", [("Organization", "東吳大學")]),
        ("其他澳門特別行政區政府部門協助", [("Organization", "澳門特別行政區政府")]),
        ("連同經濟部提出報告", [("Organization", "經濟部")]),
        # a kind head of the laws after words naming nothing in particular (session 12)
        ("由乡级人民政府组织实施", []),
        ("向內地中級人民法院申請執行", []),
        ("由湛江市人民政府負責", [("Organization", "湛江市人民政府")]),
        ("批准兩個高新技術產業開發區擴區", []),
        # …unless the text defines a short form for it: it means particular ones
        ("批准兩個高新技術產業開發區（以下統稱兩區）擴區", [("Platform", "高新技術產業開發區")]),
        # a body, then 組織 as its verb: the name ends before it (session 12)
        ("由廣州市科技局組織評審", [("Organization", "廣州市科技局")]),
        # two function characters glued to a bare head (应依|政府) name nothing
        ("須依政府採購法辦理", []),
        # a person's title or a class before 和 lists things, even after a place (session 12);
        # a known body after the conjunction is a name of its own (clauses.joined_names)
        ("由澳門海關關長和廉政公署負責", [("Organization", "廉政公署")]),
        ("涉及中华人民共和国公民和组织的", []),
    ],
)  # fmt: skip
def test_named_entities_in_running_text(text, expected):
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "对中国人民政治协商会议各级委员会委员给予处分",
        "中国人民政治协商会议是统一战线组织。",
        "中國人民政治協商會議是愛國統一戰線的組織。",
    ],
)
def test_a_name_ends_where_a_word_the_dictionary_knows_as_a_body_ends(text):
    """Not 中国人民政治协商会|议 (session 19): the head 会 inside the word gives no name that
    ends there; the whole word, a body to the dictionary (nt), is the name."""
    found = [name for kind, name in names_in(text) if kind == "Organization"]
    assert not [name for name in found if name.endswith(("协商会", "協商會"))]
    assert [name for name in found if name.endswith(("协商会议", "協商會議"))]


def test_a_number_is_never_a_name():
    from policykg.ingest.extract.name_checks import NAME_CHARACTER

    assert not NAME_CHARACTER.search("16")
    assert NAME_CHARACTER.search("InnoHK") and NAME_CHARACTER.search("數碼港")
    # a list of counted bodies (甲、12所乙) used to yield the number as an item
    names = [
        n
        for _, n in names_in(
            "園區共有15所研發實驗室、12所國家重點實驗室、三所國家工程技術研究中心分中心"
        )
    ]
    assert names == ["研發實驗室", "國家工程技術研究中心"]


def test_a_list_beside_a_doubtful_name_stays_unnamed():
    # jieba tags 黑社會 as an institution (nt); it is not a name to type its neighbours by
    assert ("Organization", "毒品犯罪") not in names_in("隱瞞毒品犯罪、黑社會性質的組織犯罪")


def test_short_forms_of_entities_resolve(records):
    result = extract(records["001"])
    by_name = {e.name: e for e in result.entities}
    park = by_name["港深創新及科技園"]
    assert [a for a, _ in result.entity_aliases["港深創新及科技園"]] == ["港深創科園"]
    assert len(park.mentions) >= 3  # the full name and later uses of 港深創科園
    assert "深圳園區" not in by_name  # a short form, merged into 深圳科創園區


def test_works_named_without_brackets():
    works, _ = cited(
        "2021 年，深港签署“一区两园”合作安排，成立联合办公室。2018 年 5 月推出科技人才入境计划，"
        "本标准依工厂管理辅导法第三十七条与规费法第十条规定订定之。本法第五条另有规定。"
    )
    arrangement = works["一区两园合作安排"]
    assert (arrangement.kind, arrangement.date.lexical(), arrangement.date_role) == (
        "Agreement",
        "2021",
        "signed",
    )
    programme = works["科技人才入境计划"]
    assert programme.date.lexical() == "2018-05"
    assert {"工厂管理辅导法", "规费法"} <= set(works)
    assert not any(title.startswith("本") for title in works)


def test_a_leading_date_dates_every_clause_of_its_series():
    works, _ = cited(
        "2019年，两市签署《甲乙合作协议》，设立联络小组，印发《联络小组工作规则》。"
        "2020年 3 月，甲市人民政府设立基金，乙市人民政府发布《乙市创新计划》；"
        "丙市将发布《丙市创新计划》。去年，丁市发布《丁市创新计划》，"
        "戊市于2018年公布《戊市条例》，己市实施《己市办法》。"
    )
    assert works["联络小组工作规则"].date.lexical() == "2019"  # two clauses on
    assert works["乙市创新计划"].date.lexical() == "2020-03"
    assert not works["联络小组工作规则"].parties  # the first clause's subject is its own
    assert works["丙市创新计划"].date is None  # after ；, another sentence
    assert works["己市办法"].date is None  # the clause before holds more than a date
    works, _ = cited("2019年，两市签署《甲乙合作协议》，此后每年发布《年度合作计划》。")
    assert works["甲乙合作协议"].date.lexical() == "2019"
    assert works["年度合作计划"].date is None  # a time of its own: not the series' date


def test_laws_cited_as_the_source_of_a_rule():
    works, _ = cited(
        "依專利法之規定辦理，不受國有財產法第七條之限制；違反個人資料保護法之規定者，"
        "依條約或關稅法第三條辦理。指教師法施行細則規定之事項。依第一項辦法規定。"
    )
    # 教師法施行細則 after 指: a law of the Ministry of Justice's list (law_titles.py)
    assert sorted(works) == sorted(
        ["專利法", "國有財產法", "個人資料保護法", "關稅法", "教師法施行細則"]
    )
    listed, _ = cited(
        "應依商標法、公司法、票據法及相關法令規定辦理。依照城乡规划法和有关法律规定。"
    )
    assert sorted(listed) == sorted(["商標法", "公司法", "票據法", "城乡规划法"])


def test_a_method_after_a_verb_of_applying_is_no_law():
    # 方法 is a word: its 法 heads no law's title (计税|方法, 测量|方法)
    works, _ = cited("纳税人应当按照简易计税方法，计算应纳税额；或者参照统一测量方法。")
    assert works == {}
    works, _ = cited("应当参照渔业船舶检验管理办法。")  # 办法: a law's head
    assert list(works) == ["渔业船舶检验管理办法"]


def test_basic_laws_are_cited_but_not_this_law():
    works, _ = cited("依香港特別行政區基本法第十八條，準用環境基本法第六條規定。本法第三條。")
    assert sorted(works) == sorted(["香港特別行政區基本法", "環境基本法"])


def test_a_defined_name_takes_in_a_verb_between_its_nouns():
    text = "為推動防災研究，特設國家地震防治研究中心（以下簡稱本中心）。"
    assert names_in(text) == [("Organization", "國家地震防治研究中心")]


def test_a_body_word_used_as_a_verb_before_a_verb_is_no_head():
    # 組織 organises here: the body is the association before it
    assert names_in("支持海洋產業技術服務協會組織開展培訓。") == [
        ("Organization", "海洋產業技術服務協會")
    ]


def test_a_conjunction_glued_to_a_verb_does_not_begin_a_name():
    names = [name for _, name in names_in("由委員會審議通過，並報校級學術評議委員會審議。")]
    assert names == ["校級學術評議委員會"]


def test_a_verb_listed_beside_a_name_is_no_name():
    # 註記 (a word the segmenter guesses is a verb) is an action listed with the
    # committee's setting up, not a body
    names = [name for _, name in names_in("證書之頒發與註記、海洋科學研究院學術委員會之設置。")]
    assert names == ["海洋科學研究院學術委員會"]


def test_documents_of_a_kind_are_not_cited_works():
    works, _ = cited(
        "市政府每年發布營商環境白皮書。企業應簽訂技術保密協議等措施，或訂立長期供貨協議等方式。"
    )
    assert works == {}
    works, _ = cited("市政府發布營商環境白皮書。")
    assert list(works) == ["營商環境白皮書"]


def test_a_defined_short_form_with_words_glued_before_it_is_no_new_name():
    from pathlib import Path

    from policykg.ingest.pipeline import process_source
    from policykg.ingest.records import SourceText

    text = (
        "第一條 大學得設立海洋能源研究學院（以下簡稱研究學院）。\n"
        "第二條 校長得書面通知研究學院，院長對外代表研究學院。\n"
    )
    record = process_source(SourceText(Path("law.txt"), text, "utf-8", "0" * 64, "text"))
    names = {e.name for e in extract(record).entities}
    assert {name for name in names if name.endswith("研究學院")} == {"海洋能源研究學院"}


def test_a_name_does_not_run_into_a_cited_law():
    from pathlib import Path

    from policykg.ingest.pipeline import process_source
    from policykg.ingest.records import SourceText

    text = "第一條 本中心之資訊，應依政府資訊公開法相關規定公開之。\n"
    record = process_source(SourceText(Path("law.txt"), text, "utf-8", "0" * 64, "text"))
    result = extract(record)
    assert [w.title for w in result.cited] == ["政府資訊公開法"]
    assert not any("政府" in e.name for e in result.entities)


def test_a_title_carries_its_own_year():
    works, _ = cited("根據《2024年全球創新指數報告》，香港排名第二。")
    report = works["2024年全球創新指數報告"]
    assert (report.date.lexical(), report.date_role) == ("2024", "published")


def test_who_runs_a_platform_or_manages_a_fund(records):
    pairs = {(what.name, by.name) for what, by, _ in extract(records["002"]).run_by}
    assert ("创新及科技基金", "香港创新科技署") in pairs
    pairs = {(what.name, by.name) for what, by, _ in extract(records["001"]).run_by}
    assert ("深圳科創園區", "香港科技園公司") in pairs  # 由香港科技園公司承租及管理深圳園區
    located = {(a.name, b.name) for a, b, _ in extract(records["001"]).located}
    assert ("香港科學園", "深圳科創園區") in located  # 香港科學園落戶深圳園區


@pytest.mark.parametrize(
    "variant",
    [
        "最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（三）",
        "最高人民法院关于适用<中华人民共和国婚姻法>若干问题的解释(三)",
        "最高人民法院关于适用〈中华人民共和国婚姻法〉若干问题的解释（三）",
    ],
)
def test_one_title_written_with_other_marks_gets_one_label(variant):
    assert (
        standard_title(variant)
        == "最高人民法院关于适用〈中华人民共和国婚姻法〉若干问题的解释（三）"
    )


def test_latin_titles_keep_their_parentheses():
    assert standard_title("Health@InnoHK (phase 2)") == "Health@InnoHK (phase 2)"


def test_documents_citing_one_work_with_other_marks_both_pass_the_gate(tmp_path, settings):
    from policykg.graph.store import PolicyStore

    from policykg.ingestion import Ingestor

    for name, cited in (("a.txt", "刑法修正案(八)"), ("b.txt", "刑法修正案（八）")):
        (tmp_path / name).write_text(
            f"关于{name[0]}事项的规定\n\n第一条 根据《中华人民共和国{cited}》，制定本规定。\n",
            "utf-8",
        )
    with PolicyStore.open(tmp_path / "store") as store:
        report = Ingestor(store, settings).ingest([tmp_path / "a.txt", tmp_path / "b.txt"])
        assert report.count("ingested") == 2, [o.reason for o in report.rejected]
        labels = {
            row["l"].value
            for row in store.query(
                "SELECT DISTINCT ?l WHERE { ?w <http://www.w3.org/2004/02/skos/core#prefLabel> ?l "
                'FILTER(CONTAINS(STR(?l), "修正案")) }'
            )
        }
        assert labels == {"中華人民共和國刑法修正案（八）", "中华人民共和国刑法修正案（八）"}


def test_a_side_named_by_its_place_is_its_government():
    works, _ = cited("2019年，粵澳簽署《粵澳科技合作協議》。2021 年，深港签署“一区两园”合作安排。")
    assert [p.name for p in works["粵澳科技合作協議"].parties] == [
        "廣東省人民政府",
        "澳門特別行政區政府",
    ]
    assert [p.name for p in works["一区两园合作安排"].parties] == [
        "深圳市人民政府",
        "香港特别行政区政府",
    ]


def test_an_agreement_signed_without_brackets_is_cited_with_its_parties():
    works, _ = cited("香港科技大學與南沙區人民政府簽訂戰略合作協議，共同推動科研合作。")
    agreement = works["戰略合作協議"]
    assert agreement.kind == "Agreement"
    assert [p.name for p in agreement.parties] == ["香港科技大學", "南沙區人民政府"]
    works, _ = cited("政府將推行智慧鄉村先導計劃等措施。")
    assert "智慧鄉村先導計劃" in works


def extracted_from(text):
    from pathlib import Path

    from policykg.ingest.pipeline import process_source
    from policykg.ingest.records import SourceText

    text = "年度報告\n\n" + text  # a title line, then the text as the body
    source = SourceText(Path("text.txt"), text, "utf-8", "0" * 64, "text")
    return extract(process_source(source))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("香港研究人才庫已資助超過 2000 個研究職位。", "Fund"),
        ("深圳科研資源庫累計提供 3 億元撥款。", "Fund"),
        ("香港研究人才庫已收錄超過 2000 名專家。", "Platform"),
    ],
)
def test_a_platform_the_text_says_gives_money_is_a_fund(text, kind):
    kinds = {e.name: e.kind for e in extracted_from(text).entities}
    assert kinds == {text[: text.index("庫") + 1]: kind}


@pytest.mark.parametrize(
    ("text", "title", "parties"),
    [
        ("《2023 年香港施政報告》提出", "2023 年香港施政報告", ["香港特別行政區政府"]),
        ("《澳門特別行政區2024年財政年度施政報告》提出", "澳門特別行政區2024年財政年度施政報告", ["澳門特別行政區政府"]),
        ("会议审议了《深圳市政府工作报告》。", "深圳市政府工作报告", ["深圳市人民政府"]),
        ("《行政長官2024年施政報告》提出", "行政長官2024年施政報告", []),  # not a place
        ("兩地發布粵港“聯合政策包”，推出措施。", "聯合政策包", ["廣東省人民政府", "香港特別行政區政府"]),
        ("在港“科技園計劃”已推出", "科技園計劃", []),  # one character: too common to be a place
    ],
)  # fmt: skip
def test_parties_named_by_their_places(text, title, parties):
    works, _ = cited(text)
    assert [p.name for p in works[title].parties] == parties


def test_the_regions_places_are_whole_words_read_as_places():
    from policykg.ingest.extract.phrases import tokenise

    text = "推进前海蛇口片区、大湾区和北部都会区建设，目前海关已进驻"
    words = {(t.word, t.tag) for t in tokenise(text, 0, len(text))}
    assert {("前海", "ns"), ("蛇口", "ns"), ("大湾区", "ns"), ("北部都会区", "ns")} <= words
    assert ("目前", "t") in words  # a neighbour the dictionary knows better keeps its word


def _record(text: str):
    import hashlib
    from pathlib import Path

    from policykg.ingest.pipeline import process_source
    from policykg.ingest.records import SourceText

    digest = hashlib.sha256(text.encode()).hexdigest()
    return process_source(SourceText(Path("doc.txt"), text, "utf-8", digest, "text"))


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (  # the judicial arrangements' formula, a short form defined inside a name
            "最高人民法院关于内地与澳门特别行政区相互委托送达司法文书的安排\n"
            "经最高人民法院与澳门特别行政区（以下简称澳门特区）政府协商，双方同意相互协助。"
            "现就两地法院相互委托送达司法文书作出如下安排：\n一、本安排适用于民商事案件。\n",
            ["最高人民法院", "澳门特别行政区政府"],
        ),
        (  # Traditional; a region standing for its side, 經 after the names
            "關於兩地相互認可仲裁裁決的安排\n"
            "根據有關規定，廣東省高級人民法院與香港特別行政區經友好協商，達成如下安排：\n"
            "第一條 本安排適用於仲裁裁決。\n",
            ["廣東省高級人民法院", "香港特別行政區"],
        ),
    ],
)
def test_parties_of_the_consultation_formula(text, parties):
    assert [p.name for p in extract(_record(text)).parties] == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (  # the bodies named before the short form of both sides, consultation after
            "海峽兩岸漁業合作協議\n海峽交流基金會與海峽兩岸關係協會（以下簡稱雙方）為維護漁民權益，"
            "就漁業合作事宜，經平等協商，達成協議如下：\n第一條 雙方同意合作。\n",
            ["海峽交流基金會", "海峽兩岸關係協會"],
        ),
        (  # Simplified, three sides, no consultation at all
            "三方科技合作框架协议\n广州市人民政府、深圳市人民政府与珠海市人民政府（以下合称“各方”）"
            "本着互利原则开展合作。\n一、各方同意。\n",
            ["广州市人民政府", "深圳市人民政府", "珠海市人民政府"],
        ),
        (  # a contract's 甲方 / 乙方 lines
            "人才培養合作協議\n甲方：香港理工大學\n乙方：東莞市人民政府\n"
            "雙方經友好協商，就合作事宜達成如下協議：\n一、共同培養人才。\n",
            ["香港理工大學", "東莞市人民政府"],
        ),
        (  # a supplementary arrangement
            "关于两地相互执行仲裁裁决的补充安排\n根据有关规定，最高人民法院与澳门特别行政区政府经协商，"
            "现就仲裁裁决的相互执行问题作出如下补充安排：\n一、适用范围。\n",
            ["最高人民法院", "澳门特别行政区政府"],
        ),
        (  # the judicial arrangements' 規定如下 / 安排如下, a region as a side
            "關於兩地法院相互認可判決的安排\n根據《基本法》的規定，最高人民法院與香港特別行政區"
            "經協商，現就兩地法院相互認可和執行判決的問題安排如下：\n第一條 適用範圍。\n",
            ["最高人民法院", "香港特別行政區"],
        ),
        (
            "关于两地送达文书的安排\n最高人民法院与澳门特别行政区经协商，"
            "现就两地法院相互送达司法文书问题规定如下：\n第一条 送达。\n",
            ["最高人民法院", "澳门特别行政区"],
        ),
    ],
)
def test_parties_defined_as_sides_or_laid_down_otherwise(text, parties):
    result = extract(_record(text))
    assert [p.name for p in result.parties] == parties
    for party in result.parties:
        mention = party.mentions[0]
        assert _record(text).clean.text[mention.start : mention.end] == party.name


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (  # the side's government consulted on amendments: it is the party
            "关于两地法院相互认可调解书的安排\n经最高人民法院与澳门特别行政区协商，"
            "现就两地法院相互认可调解书问题作出如下安排：\n第一条 适用范围。\n"
            "第九条 本安排需要修改的，由最高人民法院和澳门特别行政区政府协商解决。\n",
            ["最高人民法院", "澳门特别行政区政府"],
        ),
        (  # Traditional, the government named first
            "關於兩地法院相互認可離婚判決的安排\n最高人民法院與香港特別行政區經協商，"
            "現就兩地法院相互認可離婚判決問題作出如下安排：\n第一條 適用範圍。\n"
            "第十條 本安排的修改，由香港特別行政區政府與最高人民法院協商確定。\n",
            ["最高人民法院", "香港特別行政區政府"],
        ),
        (  # a province and its people's government
            "关于琼州海峡客运合作的安排\n交通运输部与海南省经协商，就琼州海峡客运合作作出如下安排：\n"
            "一、合作范围。\n二、本安排未尽事宜，由交通运输部和海南省人民政府另行协商。\n",
            ["交通运输部", "海南省人民政府"],
        ),
        (  # the government named, but not as the side that consults
            "关于两地相互委托调取证据的安排\n最高人民法院与香港特别行政区经协商，"
            "现就两地法院相互委托调取证据问题作出如下安排：\n"
            "第二条 香港特别行政区指定香港特别行政区政府律政司为联络机关。\n",
            ["最高人民法院", "香港特别行政区"],
        ),
        (  # another body of the region consults on problems: not its government
            "关于两地相互送达文书的安排\n最高人民法院与澳门特别行政区经协商，"
            "现就两地法院相互送达文书问题作出如下安排：\n"
            "第八条 执行中遇有问题的，由最高人民法院与澳门特别行政区终审法院协商解决。\n",
            ["最高人民法院", "澳门特别行政区"],
        ),
    ],
)
def test_a_region_as_a_side_is_its_government_where_the_text_says_so(text, parties):
    _assert_parties_spelled(text, parties)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (  # representatives of a region consulted; its court is named for amendments
            "关于两地法院相互认可调解书的安排\n根据有关规定，经最高人民法院与澳门特别行政区代表协商，"
            "现就两地法院相互认可调解书问题规定如下：\n一、适用范围。\n"
            "十、本安排在执行中遇有问题或者需要修改，应当通过最高人民法院与澳门特别行政区终审法院协商解决。\n",
            ["最高人民法院", "澳门特别行政区终审法院"],
        ),
        (  # Traditional, the body named first, 方面代表, a court for problems, another for amendments
            "關於兩地法院相互送達文書的安排\n經最高人民法院與香港特別行政區方面代表協商，"
            "現就兩地法院相互送達文書問題規定如下：\n一、適用範圍。\n"
            "七、執行中遇有問題，由最高人民法院與香港特別行政區高等法院協商。\n"
            "八、本安排的修改，由香港特別行政區終審法院與最高人民法院協商確定。\n",
            ["最高人民法院", "香港特別行政區終審法院"],
        ),
        (  # a province's representatives and its government named later
            "关于琼州海峡客运合作的安排\n交通运输部与海南省代表经协商，就琼州海峡客运合作作出如下安排：\n"
            "一、合作范围。\n五、本安排的修改，由交通运输部和海南省人民政府另行协商。\n",
            ["交通运输部", "海南省人民政府"],
        ),
        (  # representatives, but no body of the region is named: the region stays
            "关于两地相互认可判决的安排\n经最高人民法院与澳门特别行政区代表协商，"
            "现就两地相互认可判决问题作出如下安排：\n一、适用范围。\n"
            "十、本安排需要修改的，由双方协商解决。\n",
            ["最高人民法院", "澳门特别行政区"],
        ),
        (  # 甲經與乙協商: 經 stands between the names
            "關於兩地相互執行判決的安排\n最高人民法院經與澳門特別行政區政府協商，"
            "現就兩地相互執行判決作出如下安排：\n第一條 適用範圍。\n",
            ["最高人民法院", "澳門特別行政區政府"],
        ),
        (
            "粤港知识产权合作协议\n广东省人民政府经同香港特别行政区政府友好协商，就知识产权合作达成如下协议：\n"
            "一、合作范围。\n",
            ["广东省人民政府", "香港特别行政区政府"],
        ),
        (  # a memorandum's 达成如下共识
            "閩台農業合作備忘錄\n福建省農業農村廳與臺灣農業交流協會經友好磋商，就兩岸農業合作達成以下共識：\n"
            "一、合作範圍。\n",
            ["福建省農業農村廳", "臺灣農業交流協會"],
        ),
        (  # a region's department (司) as a side
            "关于两地相互法律协助的安排\n最高人民检察院与香港特别行政区律政司经协商，"
            "现就两地刑事司法协助问题作出如下安排：\n一、适用范围。\n",
            ["最高人民检察院", "香港特别行政区律政司"],
        ),
        (  # a department of the region's government consults, not the government itself
            "關於兩地經貿合作的安排\n經商務部與澳門特別行政區代表協商，現就兩地經貿合作問題規定如下：\n"
            "一、範圍。\n十、本安排的修改，由商務部與澳門特別行政區政府經濟財政司協商解決。\n",
            ["商務部", "澳門特別行政區政府經濟財政司"],
        ),
        (  # 一方為…，另一方為…
            "合作备忘录\n本备忘录由以下双方签署：一方为香港特别行政区政府创新科技署，"
            "另一方为深圳市科技创新委员会。\n一、合作范围。\n",
            ["香港特别行政区政府创新科技署", "深圳市科技创新委员会"],
        ),
        (
            "人才交流協議\n締約雙方：甲方為澳門大學，乙方為廣州市人民政府。\n一、合作範圍。\n",
            ["澳門大學", "廣州市人民政府"],
        ),
    ],
)
def test_the_genres_other_ways_of_naming_the_sides(text, parties):
    _assert_parties_spelled(text, parties)


def _assert_parties_spelled(text, parties):
    record = _record(text)
    result = extract(record)
    assert [p.name for p in result.parties] == parties
    for party in result.parties:  # the first mention spells the party's name
        mention = party.mentions[0]
        assert record.clean.text[mention.start : mention.end] == party.name


@pytest.mark.parametrize(
    "text",
    [
        # a rule about the parties of a lawsuit, not the document's sides
        "关于涉港案件管辖的规定\n当事人一方为香港特别行政区公司，另一方为内地公司的，适用本规定。\n",
        # consultation, then no text laid down as agreed
        "某某工作報告\n一、甲局經與乙局協商，同意加強交流。\n二、明年繼續推進。\n",
    ],
)
def test_sides_of_something_else_are_not_the_documents_parties(text):
    assert extract(_record(text)).parties == []


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        (
            "自2020年7月1日起，推行「粵港青年實習計劃」，並擴大資助範圍。",
            "粵港青年實習計劃",
            "2020-07-01",
        ),
        ("从2022年3月起，实施中小企业数字化转型计划；", "中小企业数字化转型计划", "2022-03"),
        # a law put in force from a day: that day is not the law's date
        ("自2021年1月1日起，实施《某市物业管理办法》。", "某市物业管理办法", None),
        # a date that bounds, not one that starts: 截至
        ("截至2019年1月1日，实施三年就业见习计划；", "三年就业见习计划", None),
    ],
)
def test_a_programme_launched_from_a_day_is_dated_by_it(text, title, date):
    works = {w.title: w for w in find_citations(text, 0, len(text), "")[0]}
    work = works[title]
    assert (work.date.lexical() if work.date else None) == date
    if date:
        assert work.date_role == "published"
        assert text[work.date_mention.start : work.date_mention.end].startswith(date[:4])


@pytest.mark.parametrize(
    "text",
    [
        "（根据2021年6月1日某某委员会第12次会议通过的《关于修改〈关于适用《中华人民共和国某某法》"
        "若干问题的意见〉等五件规定的决定》修正）",
        "依據2019年3月5日某某院會議通過的《關於修正〈適用《某某條例》之注意事項〉的決定》修訂",
    ],
)
def test_a_title_inside_another_takes_none_of_the_outer_titles_date(text):
    """The clause before an inner 《title》 whose 《 is still open is the outer title's: its
    date, verb and 根據 are the amending decision's, not the law's it names; the outer
    title, which holds the inner one, is a cited work with that date."""
    outer, inner = find_citations(text, 0, len(text), "")[0]
    assert inner.title.endswith(("某某法", "某某條例"))
    assert (inner.date, inner.date_role, inner.based_on) == (None, None, False)
    assert outer.title.startswith(("关于修改〈", "關於修正〈")) and outer.title.endswith(
        ("决定", "決定")
    )
    assert (outer.date.lexical(), outer.date_role) in {
        ("2021-06-01", "adopted"),
        ("2019-03-05", "adopted"),
    }
    assert [text[m.start : m.end] for m in outer.mentions] == [f"《{outer.title}》"]
    assert text[outer.date_mention.start : outer.date_mention.end].startswith(
        outer.date.lexical()[:4]
    )


def test_consultation_without_the_text_laid_down_names_no_parties():
    text = "某某工作報告\n一、甲局與乙局經協商，同意加強交流。\n二、明年繼續推進。\n"
    assert extract(_record(text)).parties == []


def test_rules_laid_down_after_consulting_unnamed_bodies_name_no_parties():
    text = "某市管理办法\n本市人民政府与有关部门协商后，现将有关事项规定如下：\n第一条 目的。\n"
    assert extract(_record(text)).parties == []


def test_seed_004_respectively_each_agreement_its_own_pair(records):
    works = {w.title: w for w in extract(records["004"]).cited}
    parties = {t: [p.name for p in w.parties] for t, w in works.items()}
    assert parties["內地與香港關於加快建設香港國際創新科技中心的安排"] == [
        "特區政府",
        "國家科學技術部",
    ]
    assert parties["促進粵港澳大灣區數據跨境流動的合作備忘錄"] == [
        "特區政府",
        "國家互聯網信息辦公室",
    ]
    # 甲和乙、丙共同簽署: the first two names are both parties
    assert parties["關於在粵港澳大灣區深化金融科技創新監管合作的諒解備忘錄"] == [
        "香港金融管理局", "中國人民銀行", "澳門金融管理局",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Simplified: one side shared, the others in order
            "2022年，深圳市人民政府与广州市人民政府和珠海市人民政府分别签订了《深穗科技合作协议》及《深珠人才合作协议》。",
            {"深穗科技合作协议": ["深圳市人民政府", "广州市人民政府"],
             "深珠人才合作协议": ["深圳市人民政府", "珠海市人民政府"]},
        ),
        (  # Traditional: each body its own document
            "教育局、勞工及福利局分別於年內發布《學校科技教育指引》、《青年就業支援計劃》。",
            {"學校科技教育指引": ["教育局"], "青年就業支援計劃": ["勞工及福利局"]},
        ),
        (  # counts that do not match: nothing is shared out
            "甲市人民政府與乙市人民政府分別簽署了《甲乙合作協議》和《甲乙丙合作備忘錄》和《丙丁合作協議》。",
            None,
        ),
    ],
)  # fmt: skip
def test_respectively_shares_the_parties_out(text, expected):
    from policykg.ingest.extract.parties import distribute_respectively

    works, _ = find_citations(text, 0, len(text), "")
    before = {w.title: [p.name for p in w.parties] for w in works}
    distribute_respectively(text, 0, len(text), works)
    after = {w.title: [p.name for p in w.parties] for w in works}
    assert after == (expected if expected is not None else before)
    for work in works:
        for party in work.parties:
            assert text[party.mentions[0].start : party.mentions[0].end] == party.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Simplified, an alias, a short form defined inside a name, one party from the title
            "依据《某某局关于甲乙两地相互认可证书的安排》(以下简称《安排》)的规定，经协商，作出如下补充安排：\n"
            "一、将《安排》序言修改为：“经某某局与乙地特别行政区（以下简称乙地特区）政府协商，现就证书的相互认可问题作出如下安排：\n",
            {"某某局关于甲乙两地相互认可证书的安排": ["某某局", "乙地特别行政区政府"]},
        ),
        (  # Traditional, the full title, 「」 quotes, 修訂為, an agreement
            "二、將《甲市與乙市科技合作協議》第一條修訂為：「甲市人民政府與乙市人民政府經友好協商，"
            "達成如下協議：」\n",
            {"甲市與乙市科技合作協議": ["甲市人民政府", "乙市人民政府"]},
        ),
        (  # the quote rewrites an article, not a preamble naming who agreed: nothing added
            "三、將《甲市與乙市科技合作協議》第五條修改為：「雙方應當相互提供有關資料。」\n",
            {"甲市與乙市科技合作協議": []},
        ),
    ],
)  # fmt: skip
def test_a_rewritten_preamble_names_the_cited_works_parties(text, expected):
    from policykg.ingest.extract.parties import parties_of_rewritten

    works, _ = find_citations(text, 0, len(text), "")
    parties_of_rewritten(text, 0, len(text), works)
    assert {w.title: [p.name for p in w.parties] for w in works} == expected
    for work in works:
        for party in work.parties:
            first, last = party.mentions[0].start, party.mentions[0].end
            assert text[first] == party.name[0] and text[last - 1] == party.name[-1]


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        (
            "国务院关于同意设立某某示范区的批复\n某某省人民政府：\n你省请示收悉。现批复如下：同意设立。"
            " 国务院 2018年11月7日 （此件公开发布）\n",
            ["国务院"],
        ),
        (
            "- 發布機關：行政院\n\n行政院函\n一、請依規定辦理。\n二、請查照。\n行政院\n一百零九年七月一日\n",
            ["行政院"],
        ),
    ],
)
def test_issuers_are_not_parties(text, issuers):
    result = extract(_record(text))
    assert sorted({i.name for i in result.issuers}) == issuers
    assert result.parties == []  # an issuer is eli:passed_by, not a party


def test_coordinated_names_keep_both_names_joined_by_and():
    from policykg.ingest.extract.orgnames import coordinated_names

    names = [
        n for _, n in coordinated_names("2023年，香港金融管理局和中國人民銀行、澳門金融管理局")
    ]
    assert names == ["香港金融管理局", "中國人民銀行", "澳門金融管理局"]
    names = [n for _, n in coordinated_names("由创新及科技局与深圳市科技创新委员会")]
    assert names == ["创新及科技局", "深圳市科技创新委员会"]


@pytest.mark.parametrize(
    "line",
    [
        "2013年7月18日 《国务院关于修改部分行政法规的决定》第二次修订\n",
        "2019年3月2日　《國務院關於修改部分行政法規的決定》修正　\n",
    ],
)
def test_an_amending_act_on_a_header_line_is_dated(line):
    text = "某某条例\n\n1999年5月23日 国务院批准\n\n" + line + "\n第一条 为了管理，制定本条例。\n"
    works, _ = cited(text)
    (work,) = works.values()
    assert (work.date.lexical(), work.date_role) == (
        "2013-07-18" if "2013" in line else "2019-03-02",
        "adopted",
    )
    assert text[work.date_mention.start : work.date_mention.end] in line


def test_a_title_in_a_sentence_after_a_date_is_not_an_amending_act():
    works, _ = cited("2013年7月18日，国务院发出《关于推进改革的通知》，要求各地修订\n")
    assert works["关于推进改革的通知"].date_role != "adopted"


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        (  # a statute's header lines: approved by one body, published by two
            "证券公司风险处置条例\n\n2008年3月1日 国务院批准\n\n"
            "2008年4月23日 中国证券监督管理委员会、财政部公布\n\n"
            "第一条 为了控制风险，制定本条例。\n",
            ["中国证券监督管理委员会", "国务院", "财政部"],
        ),
        (  # the first item of a legislative history; the amendments' bodies are not read
            "科學工業園區管理局組織規程\n沿革內容\n"
            "1.中華民國七十一年三月五日經濟部（71）經工字第 07812 號令訂定發布\n"
            "2.中華民國八十年五月二日內政部台內字第 9901 號令修正發布\n"
            "第 1 條\n本規程依法訂定之。\n",
            ["經濟部"],
        ),
    ],
)
def test_issuers_of_a_statute_from_its_header_or_history(text, issuers):
    result = extract(_record(text))
    assert sorted(i.name for i in result.issuers) == sorted(issuers)
    assert result.parties == []


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        ("某某司法解释\n\n2015年1月28日 最高人民法院、最高人民检察院公告公布\n\n第一条 适用范围。\n",
         ["最高人民检察院", "最高人民法院"]),
        ("某某条例\n\n2004年5月1日 中华人民共和国国务院令第406号公布\n\n第一条 目的。\n",
         ["中华人民共和国国务院"]),
        ("某某办法\n\n1994年3月2日 经国务院批准\n\n第一条 目的。\n", ["国务院"]),
    ],
)  # fmt: skip
def test_a_header_names_the_body_not_its_act(text, issuers):
    assert sorted(i.name for i in extract(_record(text)).issuers) == sorted(issuers)


def test_amending_acts_on_header_lines_adopted_by_a_meeting():
    text = (
        "中华人民共和国节约能源法\n\n"
        "2016年7月2日 第十二届全国人民代表大会常务委员会第二十一次会议《关于修改〈中华人民共和国"
        "节约能源法〉等六部法律的决定》第一次修正"
        "2018年10月26日 第十三届全国人民代表大会常务委员会第六次会议《关于修改部分法律的决定》第二次修正\n\n"
        "第一条 为了推动全社会节约能源，制定本法。\n"
    )
    works, _ = cited(text)
    dated = {t: (w.date.lexical(), w.date_role) for t, w in works.items()}
    assert dated == {
        "关于修改〈中华人民共和国节约能源法〉等六部法律的决定": ("2016-07-02", "adopted"),
        "关于修改部分法律的决定": ("2018-10-26", "adopted"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place before the short form of a class the document defines names one of them
        ("為便利通關，設立自由貿易試驗區（以下簡稱自貿試驗區）。支持廣西自貿試驗區先行先試。\n", "廣西自貿試驗區"),
        ("为深化改革，推进自由贸易试验区（以下简称自贸试验区）建设。湖北自贸试验区可以先行。\n", "湖北自贸试验区"),
    ],
)  # fmt: skip
def test_a_place_before_a_defined_short_form_is_part_of_the_name(text, expected):
    from pathlib import Path

    from policykg.ingest.pipeline import process_source
    from policykg.ingest.records import SourceText

    record = process_source(SourceText(Path("notice.txt"), text, "utf-8", "0" * 64, "text"))
    names = {e.name for e in extract(record).entities}
    assert expected in names
    assert not any(
        name.endswith(expected[2:]) and name != expected
        for name in names
        if len(name) > len(expected)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("支持四川自贸试验区开展首台套保险试点", [("Platform", "四川自贸试验区")]),
        ("適用範圍：廣西自貿試驗區。", [("Platform", "廣西自貿試驗區")]),
    ],
)  # fmt: skip
def test_a_short_form_between_a_place_and_a_head_stays_in_the_name(text, expected):
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heads read from the scale corpus (platform_heads.tsv): airports and ports
        ("擬擴建首都國際機場第三航站樓", [("Platform", "首都國際機場")]),
        ("支持钦州口岸开展进口水果检疫", [("Platform", "钦州口岸")]),
        ("旅客经由民用机场入境", []),  # a kind of airport, not one
        ("各口岸应当加强管理", []),
        ("全面推广口岸合作查验模式", []),  # a compound ending in a verb begins no name
        ("全面推廣福田口岸通關經驗", [("Platform", "福田口岸")]),
        ("支持试验区内口岸建设查验场所", []),  # ports within a zone: described, not named
        ("鼓勵園區內實驗平台開放共享", []),
    ],
)  # fmt: skip
def test_airports_and_ports_named_by_a_place(text, expected):
    assert names_in(text) == expected
