"""Every word of the web interface, in Traditional and Simplified Chinese, and the names
of the vocabulary's classes and properties as the pages show them."""

from __future__ import annotations

from policykg.vocab import DCT, ELI, ORG, PKG, SCHEMA

SCRIPTS = ("Hant", "Hans")
LANG = {"Hant": "zh-Hant", "Hans": "zh-Hans"}

TEXT = {
    "site": ("政策知識圖譜", "政策知识图谱"),
    "home": ("首頁", "首页"),
    "search": ("搜尋", "搜索"),
    "search_hint": ("名稱、簡稱或標題（繁簡皆可）", "名称、简称或标题（繁简皆可）"),
    "network": ("網絡", "网络"),
    "sparql": ("SPARQL 查詢", "SPARQL 查询"),
    "switch": ("简体", "繁體"),
    "switch_label": ("切換至簡體字", "切换至繁体字"),
    "corpus": ("資料庫內容", "资料库内容"),
    "timeline": ("時間線", "时间线"),
    "most_connected": ("聯繫最多", "联系最多"),
    "results_for": ("搜尋結果：", "搜索结果："),
    "no_results": ("沒有找到相符的項目。", "没有找到相符的项目。"),
    "facts": ("資料", "资料"),
    "other_script": ("另一字體", "另一字体"),
    "english": ("英文名稱", "英文名称"),
    "aliases": ("簡稱及別名", "简称及别名"),
    "in_force_today": ("今日有效", "今日有效"),
    "not_in_force_today": ("今日已失效或未生效", "今日已失效或未生效"),
    "source": ("原文", "原文"),
    "provisions": ("條文", "条文"),
    "read_document": ("閱讀全文", "阅读全文"),
    "named_in": ("相關文件", "相关文件"),
    "mentions": ("提及之處", "提及之处"),
    "mentioned_here": ("文中提及", "文中提及"),
    "linked_from": ("被引用", "被引用"),
    "party": ("締約方", "缔约方"),
    "issuer": ("發出機構", "发出机构"),
    "mention": ("提及", "提及"),
    "chain": ("最短聯繫", "最短联系"),
    "from": ("由", "由"),
    "to": ("至", "至"),
    "find_chain": ("尋找", "寻找"),
    "no_chain": ("兩者之間沒有共同協議的聯繫。", "两者之间没有共同协议的联系。"),
    "partners": ("透過共同協議聯繫的機構", "透过共同协议联系的机构"),
    "not_found": ("找不到此項目", "找不到此项目"),
    "not_found_text": (
        "資料庫內沒有這個識別碼的資料。可嘗試搜尋：",
        "资料库内没有这个识别码的资料。可尝试搜索：",
    ),
    "formats": ("其他格式", "其他格式"),
    "document": ("文件", "文件"),
    "page": ("頁", "页"),
    "previous": ("上一頁", "上一页"),
    "next": ("下一頁", "下一页"),
    "preamble": ("（標題及前文）", "（标题及前文）"),
    "highlighted": ("已標示出處", "已标示出处"),
}

KIND_NAMES = {
    PKG + "Agreement": ("協議", "协议"),
    PKG + "Plan": ("規劃", "规划"),
    PKG + "Paper": ("文件", "文件"),
    PKG + "Legislation": ("法律", "法律"),
    ELI + "Work": ("文件", "文件"),
    ORG + "Organization": ("機構", "机构"),
    PKG + "Platform": ("平台", "平台"),
    PKG + "Fund": ("基金", "基金"),
    PKG + "Event": ("事件", "事件"),
    SCHEMA + "Person": ("人物", "人物"),
    SCHEMA + "MonetaryAmount": ("金額", "金额"),
    ELI + "LegalResourceSubdivision": ("條文", "条文"),
}
LIST_NAMES = {
    "agreements": ("協議", "协议"),
    "documents": ("文件", "文件"),
    "organisations": ("機構", "机构"),
    "platforms": ("平台", "平台"),
    "funds": ("基金", "基金"),
    "events": ("事件", "事件"),
    "people": ("人物", "人物"),
}

# Properties shown on entity pages, in this order, with their names.
PROPERTIES = {
    ELI + "number": ("編號", "编号"),
    PKG + "heading": ("標題", "标题"),
    PKG + "text": ("內容", "内容"),
    ELI + "is_part_of": ("所屬", "所属"),
    ELI + "date_document": ("文件日期", "文件日期"),
    PKG + "dateSigned": ("簽署日期", "签署日期"),
    PKG + "dateAdopted": ("通過日期", "通过日期"),
    PKG + "datePublished": ("發布日期", "发布日期"),
    ELI + "first_date_entry_in_force": ("生效日期", "生效日期"),
    ELI + "date_no_longer_in_force": ("有效期至", "有效期至"),
    PKG + "date": ("日期", "日期"),
    PKG + "signingPlace": ("簽署地點", "签署地点"),
    PKG + "party": ("締約方", "缔约方"),
    PKG + "signatory": ("簽署人", "签署人"),
    ELI + "passed_by": ("發出機構", "发出机构"),
    ELI + "has_annex": ("附件", "附件"),
    ELI + "is_annex_of": ("附件所屬文件", "附件所属文件"),
    ELI + "based_on": ("根據", "根据"),
    ELI + "repeals": ("廢止", "废止"),
    ELI + "amends": ("修訂", "修订"),
    PKG + "supersedes": ("取代", "取代"),
    PKG + "extends": ("延續", "延续"),
    PKG + "continuesInForce": ("保持施行", "保持施行"),
    ELI + "cites": ("引用", "引用"),
    PKG + "operatedBy": ("營運機構", "营运机构"),
    PKG + "locatedIn": ("所在", "所在"),
    PKG + "managedBy": ("管理機構", "管理机构"),
    PKG + "amount": ("金額", "金额"),
    PKG + "about": ("涉及", "涉及"),
    PKG + "purpose": ("用途", "用途"),
    SCHEMA + "jobTitle": ("職銜", "职衔"),
    SCHEMA + "affiliation": ("所屬機構", "所属机构"),
    SCHEMA + "value": ("數額", "数额"),
    SCHEMA + "currency": ("貨幣", "货币"),
    PKG + "sourceFile": ("來源檔案", "来源档案"),
    DCT + "language": ("語言", "语言"),
}
# Incoming links, named from the page's side: "cited by", "parties to"…
INCOMING = {
    ELI + "cites": ("被以下文件引用", "被以下文件引用"),
    ELI + "based_on": ("以此為根據的文件", "以此为根据的文件"),
    ELI + "repeals": ("廢止此文件的文件", "废止此文件的文件"),
    ELI + "amends": ("修訂此文件的文件", "修订此文件的文件"),
    PKG + "supersedes": ("取代此文件的文件", "取代此文件的文件"),
    PKG + "extends": ("延續此文件的文件", "延续此文件的文件"),
    PKG + "continuesInForce": ("使此文件繼續施行的文件", "使此文件继续施行的文件"),
    ELI + "is_annex_of": ("附件", "附件"),
    ELI + "is_part_of": ("細分條文", "细分条文"),
    PKG + "party": ("為締約方的協議", "为缔约方的协议"),
    ELI + "passed_by": ("發出的文件", "发出的文件"),
    PKG + "operatedBy": ("營運的平台", "营运的平台"),
    PKG + "locatedIn": ("位於此處的平台", "位于此处的平台"),
    PKG + "managedBy": ("管理的基金", "管理的基金"),
    PKG + "about": ("相關事件", "相关事件"),
    PKG + "signatory": ("簽署的協議", "签署的协议"),
    SCHEMA + "affiliation": ("成員", "成员"),
}


def pick(pair: tuple[str, str], script: str) -> str:
    return pair[0] if script == "Hant" else pair[1]


def text(key: str, script: str) -> str:
    return pick(TEXT[key], script)
