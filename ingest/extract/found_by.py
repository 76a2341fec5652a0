"""The rules and lists that find organisations, platforms and funds in running text.

Each recogniser of `entities.recognise` tags the candidates it makes with one identifier
of RULES, so every mention of an entity keeps the rule or list that found it (`pkg:rule`
on its annotation, beside the stage's `pkg:method "name-in-text"`) and a reviewer can see
why it is there. `list:` names a list file whose entry is the name itself (the gazetteers
built from the scale corpus, the hand-kept lists of resources/); `rule:` a rule that reads
the name from the text, whatever lists its heads or words come from. The identifiers are
stable: queries and reviews rely on them (README, "Provenance").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from policykg.errors import PolicyKGError

from .records import Candidate

__all__ = ["RULES", "SCHEME_SIZED", "SHORT_FORM_MENTION", "describe", "tagged"]

RULES: dict[str, str] = {
    # the head-noun reading of entities.recognise
    "rule:head-noun": "a head noun (…大學, …管理局, …基金) and the words before it that the "
    "boundary evidence lets begin a name",
    "rule:body-head": "a head of the bodies organisation acts set up (…中心, …筹备处: "
    "body_heads.tsv) where the sentence says a body is named: a post after it, a verb of "
    "setting up before it",
    "rule:part-of-named-whole": "a centre of a named park or zone (…工業邨的…中心)",
    "rule:defined-as-this": "a noun the document defines as 本 + its head (以下簡稱本中心)",
    "rule:abbreviated-name": "a name without a head noun whose defined short form keeps its characters (以下簡稱櫃買中心)",
    "rule:quoted-before-head": "quoted names sharing the head after them (“甲”“乙”等創新平台)",
    "rule:two-names": "two names joined by 及/和/與, each with its own head",
    "rule:quoted-name": "a quoted phrase that ends with a head noun (「…學院」)",
    "rule:quoted-platform": "a quoted noun phrase ending in a platform head (“甲乙港”)",
    "rule:quoted-coin-platform": "a quote and the platform head right after it, the places "
    "before it too (“12345”热线, 甲市“乙丙”系统)",
    "rule:pair-zone": "a zone named by two partners joined by a dash (甲国—乙国合作示范区)",
    "rule:phase": "a platform followed by its phase (…第五期)",
    "rule:regional-part": "a system of the nation followed by a place in brackets: the part "
    "of it that place runs (国家…系统（甲省）)",
    # platforms
    "rule:anchored-platform": "a platform whose name begins with a jurisdiction or a "
    "proper word the evidence finds beginning names (國家…平台)",
    "rule:used-platform": "a named system, site or platform where a frame word the laws put "
    "before named services uses it (通過…服務網公布, 依託…平台), or a coined service name "
    "quoted after one",
    "rule:own-jurisdiction-platform": "a system or platform right after a definite act and "
    "the document's own jurisdiction (通过本市…平台): that jurisdiction's one, named without "
    "本市",
    "rule:own-level-destination": "a system or platform after a preposition of destination "
    "or source and the level the document calls its own (向市…平台归集, 从省…系统): that "
    "jurisdiction's one",
    "rule:coordinated-use": "a system or platform after 和/及/、 and another that a frame of use "
    "takes (依托甲平台和乙平台): the frame takes both",
    "rule:used-store": "a record store (专家库, 数据库: resources/store_heads.tsv) of a "
    "jurisdiction's level or a proper name, drawn from, put into or sent to (从省…专家库中抽取, "
    "纳入全国…名单库)",
    "rule:owned-system": "a system, platform or record store whose owner begins its name: "
    "the document's own level and a body, or a central body (使用省人民政府…系统, 公安部…数据库)",
    "rule:unified-platform": "an online system or service after a frame of use and 统一的 "
    "(依托全省统一的…平台): the jurisdiction's one facility",
    "rule:repeated-platform": "an online system or service after a frame of use that the "
    "document names again elsewhere (纳入…平台 … 通过…平台使用)",
    "rule:recurrent-platform": "an online system or service after a frame of use, said "
    "once, that the laws write as one system: whole, in many unrelated documents, rarely "
    "as a kind (resources/named_platforms.tsv)",
    "rule:used-once-platform": "an online system or service said once right after a frame of "
    "use, whose words before its head say which service (platform_reference.says_which_service)",
    "rule:built-system": "a system or database a body has built, in an attributive clause "
    "before it (甲部建置之乙系統, 建置在甲平臺之乙系統)",
    "rule:short-formed-system": "a system or database given a short form that keeps its "
    "head, after a word that places an act in it (於甲系統（以下簡稱本系統）)",
    "rule:numbered-platform": "a service line named by its number (依托12345…热线, 拨打12315平台)",
    "rule:service-number": "a service line named by the number dialled: quoted, after a frame "
    "of dialling or joined to a line's words (拨打“130”, “130”求助电话, “111”、“112”求助平台), "
    "one line per number in a document (resources/service_lines.tsv)",
    "rule:line-without-number": "a line the laws name after its number, written without it "
    "right after a definite act (通过甲乙热线报修; resources/service_lines.tsv)",
    "rule:run-area": "an area the document runs: named before its management body, in "
    "the sentence of the document's scope or after its approval (甲新区管理委员会)",
    "rule:named-port": "a port named by its place or places (甲港, 甲乙港, 甲国际陆港; a "
    "name in brackets after its class word, 港口（甲港）; a "
    "place's 港口 cut to its 港): places the segmenter's dictionary knows as cities or counties",
    "rule:port-area": "a port's area named by its place (甲港区, 乙作业区): after its port or "
    "in a list of such areas every one of which is named",
    "rule:listed-park": "parks listed together by their short names (甲園、乙園)",
    "rule:listed-place": "an item of 甲、乙等 and a sort of platform",
    "rule:listed-zone": "a place and a kind of area listed with 等 and a sort of area, or "
    "beside a zone found by its head (甲金融城、乙商务区等区域)",
    "rule:acted-zone": "a place and a kind of area named once where the document develops it "
    "(加快甲科创港湾建设, 推动甲国家公园总体规划编制)",
    "rule:owned-portal": "the portal or site of a named body (…門戶網站)",
    # funds (fundnames.py, fund_lists.py)
    "rule:fund-head": "a fund read back from its head (…基金, …資金) over the clause's words",
    "rule:fund-set-up": "the object of a verb setting funds up, across 和 (設立甲和乙基金)",
    "list:fund_names": "Taiwan's list of its funds (resources/fund_names.tsv, from the "
    "titles of the Ministry of Justice index)",
    "rule:fund-taught-head": "a fund written as Taiwan's list writes its funds: a "
    "preposition's object ending with a head that list teaches",
    # organisations
    "rule:abbreviation": "a short form of a national body, derived by rule from the "
    "national bodies' list (證監會)",
    "rule:body-in-full": "a body named in full: field words and a head of the national "
    "bodies (部, 局, 委員會) standing as a unit",
    "rule:local-body": "a place and a local body's head (上海海關, 廣東省稅務局)",
    "rule:glued-unit": "a body and a unit of it found glued after it, one name (行政院|文化建設委員會)",
    "rule:session-committee": "a congress's standing committee by its level and session (省十二屆人大常委會)",
    "rule:branch-body": "a body found in the text, a place and a branch head (中國人民銀行|鄭州|分行)",
    "rule:enterprise-name": "an enterprise read back from its form (…集团公司, …（集团）有限公司, "
    "…煤矿, …厂) to a place, a national word or a proper 字号 (企业名称登记管理规定 art. 6)",
    "rule:enterprise-unit": "a numbered mine or works written bare (三矿) in a document that "
    "also writes it after its company's name (…集团公司三矿)",
    "rule:named-group": "a group named by its task (…領導小組), or a branch centre by its place",
    "rule:history-maker": "the body that made a law, between the date and the verb of a "
    "line of its legislative history (…日國民政府制定公布)",
    "rule:board-name": "a board ending with a head of board_heads.tsv, the whole phrase its governing word gives it",
    "rule:roster": "a body named after a space and before its post (a roster of officials)",
    "rule:own-level-body": "a body written with the bare level of the document's own place "
    "(市律师协会 in a regulation of 本市)",
    "rule:international-body": "an international body: 国际/世界/全球, a field and a membership "
    "head (国际某某联合会, 世界某某联盟)",
    "rule:unit-of-body": "a body found in the text, a field and a unit word (交通部|郵電|司)",
    "rule:unit-before-post": "a unit named right before its head's post (…處|處長, …司|司長)",
    "rule:unit-list": "an item of the list of its units a body's own rules introduce "
    "(本部設下列司、處：一、…司)",
    "rule:listed-among-bodies": "a body known by the bodies listed beside it or named after 會同",
    # members of lists beside a name of known kind
    "rule:enumerated-member": "an item of 甲、乙等 and a class noun: a thing of that class",
    "rule:coordinated-member": "a name coordinated (、, 和, 及) with a name of known kind",
    "rule:sibling-kept": "an item of a list dropped as a kind whose siblings, of the same "
    "head, were kept as names (甲委員會、乙委員會、丙委員會)",
    "rule:sibling-read": "an item of a list no rule read, ending in the head its siblings "
    "kept as names share, bounded by the list's separators",
    "rule:sibling-kind": "an item of a list given the kind of its siblings of the same head "
    "(…研究中心、…中心: bodies, not a platform)",
    "rule:parallel-member": "an item of a list whose other items are platforms with its head "
    "(甲片区、乙片区)",
    # names that are entries of lists
    "list:platforms": "the platforms of resources/platforms.txt",
    "list:service_names": "the national online services the laws name "
    "(resources/service_names.tsv)",
    "list:quoted_services": "the services the laws name as one thing: by a field word and a "
    "quoted coin, or by a descriptive phrase many laws use whole (resources/quoted_services.tsv)",
    "list:organisations": "the organisations of resources/organisations.txt",
    "list:gazetteer_courts": "the courts and tribunals of each jurisdiction (gazetteer)",
    "list:gazetteer_organisation_acts": "the bodies that organisation acts name (gazetteer)",
    "list:gazetteer_national_bodies": "the national bodies the laws name (gazetteer)",
    "list:gazetteer_central_bodies": "the PRC's central state bodies (gazetteer)",
    # the document's own title (title_subjects.py)
    "rule:title-body": "the body the document's own organisation act sets up (甲部乙學院組織法), "
    "read whole where its text writes it and a recogniser read it short",
    "rule:title-subject": "the one system, database or fund the document's own title is "
    "about (甲資料庫建置及管理辦法), and where its body writes it whole",
    "rule:title-subject-pointer": "the document's 本 + the head of its title's subject "
    "(本資料庫, 本基金)",
    # identity within the document
    "rule:defined-short-form": "a later mention of a short form the text defines (以下簡稱)",
    "rule:scheme-sized-by-sum": "a quoted scheme named right after a sum (港幣100億元「…計劃」)",
}

SHORT_FORM_MENTION = "rule:defined-short-form"
QUOTED_NAME = "rule:quoted-name"
SCHEME_SIZED = "rule:scheme-sized-by-sum"


def tagged(rule: str, candidates: Iterable[Candidate]) -> list[Candidate]:
    """`candidates` with `rule` where none is set yet (a recogniser's own finer tag, a
    list it names, stays)."""
    if rule not in RULES:
        raise PolicyKGError(f"no such rule in found_by.RULES: {rule}")
    return [c if c.rule else replace(c, rule=rule) for c in candidates]


def describe(rule: str) -> str:
    """The one-line description of `rule`, or "" for an identifier not (or no longer) known."""
    return RULES.get(rule, "")
