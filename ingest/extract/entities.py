"""Organisations, platforms and funds named in running text.

A name ends in a head noun that says what it is (…大學, …管理局, …合作區, …科學園, …基金,
…資助計劃); `phrases` finds how far left it reaches. Names without a head of their own are
found by where they stand (`lists`): in a list beside a name of known kind, before 等 and a
class noun (甲、乙等基礎設施), or quoted before a head they share (“醫療科技”創新平台). Every
name is reported as written. Head nouns, class nouns, stop words and generic names are data
files in `resources/`, not code.

`recognise` runs the stages in order, one module each: the names read from their head noun
(head_names.py, judged by name_acceptance.py), the names of the lists (listed_names.py) and
of the other recognisers, merged where they overlap (candidate_merge.py), then the checks
every candidate passes whichever recogniser found it (name_checks.py).
"""

from __future__ import annotations

from dataclasses import replace

from .act_units import units_after_bodies
from .acted_zones import acted_zones
from .board_names import board_names
from .body_lists import listed_among_bodies
from .candidate_merge import longest, phases, regional_parts, within
from .central_bodies import central_bodies
from .enterprise_names import enterprises
from .existing_systems import existing_systems
from .found_by import QUOTED_NAME, tagged
from .fund_document import fund_document
from .fundnames import named, not_read_here, read_funds
from .glued_units import glued_units
from .head_names import head_noun_names, quoted_names
from .history_makers import history_makers
from .international_bodies import international_bodies
from .label_gate import names_a_common_thing
from .list_items import names_nothing
from .list_siblings import decided_by_siblings
from .listed_names import known_names
from .listed_zones import listed_zones
from .lists import coordinated, enumerated
from .local_bodies import branch_bodies, local_bodies
from .name_checks import checked_names
from .named_groups import named_groups
from .owned_systems import owned_systems
from .pair_zones import pair_zones
from .phrases import Token, tokenise
from .platform_anchors import anchored_platforms
from .platform_lists import listed_parks, parallel_members
from .platform_members import listed_places
from .platform_places import placed_platforms
from .platform_portals import owned_portals
from .platform_reference import referenced_platforms
from .platform_use import USED_PLATFORM_RULE, used_platforms
from .port_areas import port_areas
from .port_names import port_names
from .quoted_platforms import quoted_platforms
from .records import Candidate
from .rosters import roster_bodies
from .run_areas import run_areas
from .session_committees import session_committees
from .shortforms import abbreviated_bodies, bodies_named_in_full
from .unit_lists import left_out_units, listed_units
from .unit_posts import units_before_posts
from .used_stores import used_stores
from .vocabulary import head_kind


def recognise(
    simplified: str, start: int, end: int, document: tuple[int, int] | None = None
) -> list[Candidate]:
    """Names in simplified[start:end] (a sentence or paragraph); spans index the full text.
    `document`: the range of the document they belong to, whose evidence decides whether
    a platform is named or a class (platform_evidence.py); the whole text by default."""
    tokens = tokenise(simplified, start, end)
    # 国家融资担保基金, 就业补助资金: funds, read back from their head (fundnames.py)
    funds = read_funds(tokens, fund_document(simplified, *(document or (0, len(simplified)))))
    found = head_noun_names(simplified, tokens, end, document)
    found += tagged(
        "rule:anchored-platform", anchored_platforms(simplified, tokens, found, document)
    )  # 国家…追溯平台
    # 通过|甲省政务服务网|公布
    used = tagged(USED_PLATFORM_RULE, used_platforms(simplified, tokens, document))
    found = [c for c in found if not (c.parts and within(c, used))] + used  # 甲“乙”平台
    found += used_stores(simplified, tokens, document)  # 从|省…专家库|中|抽取
    found += owned_systems(simplified, tokens, document)  # 使用|省人民政府|…系统
    # 依托|全省统一的…平台, 纳入|甲平台 named again (platform_reference.py)
    found += referenced_platforms(simplified, tokens, document)
    # 甲部建置之乙系统, 于甲系统（以下简称本系统）: a system the rule says exists
    found += existing_systems(simplified, tokens, document)
    found += tagged("rule:listed-park", listed_parks(simplified, tokens))  # 海淀园、丰台园
    found = placed_platforms(tokens, found)  # 湖北省|武汉东湖新技术开发区, 安徽省合肥市|大力…
    found = longest(
        not_read_here(found, funds, simplified)  # where the funds' reading decides
        + tagged(QUOTED_NAME, quoted_names(simplified, start, end))
        + quoted_platforms(simplified, start, end, document)  # “甲乙港”, “12345”热线
        + pair_zones(simplified, tokens)  # 甲国—乙国合作示范区
        + tagged("rule:run-area", run_areas(simplified, tokens, document))  # 甲新区管委会
        + known_names(simplified, tokens)  # each tagged with its list
        + tagged("rule:abbreviation", abbreviated_bodies(simplified, start, end))  # 证监会
        + tagged("list:gazetteer_central_bodies", central_bodies(tokens))  # 全国政协, 审计署
        + tagged("rule:local-body", local_bodies(tokens))  # 上海海关
        # 省十二届人大常委会: a standing committee by its session (session_committees.py)
        + tagged("rule:session-committee", session_committees(simplified, tokens))
        # 生态环境部、财政部负责
        + tagged("rule:body-in-full", bodies_named_in_full(simplified, tokens, start, end))
        + tagged("rule:named-group", named_groups(simplified, tokens))  # 中央教育工作领导小组
        # 国际某某联合会: the scope word anchors the field (international_bodies.py)
        + tagged("rule:international-body", international_bodies(simplified, tokens))
        + enterprises(simplified, tokens, document or (0, len(simplified)))  # 大连某某集团
        + tagged("rule:board-name", board_names(tokens))  # 申请|港务纠纷调处审议会
        # 中华民国二十年…日|国民政府|制定公布: the maker of a history line (history_makers.py)
        + tagged("rule:history-maker", history_makers(simplified, start, end))
        + tagged("rule:roster", roster_bodies(simplified, start, end))  # 蔡某某　　安全部副部长
        + tagged("rule:unit-before-post", units_before_posts(simplified, tokens))  # …处|处长
        # 本部设下列司、处：一、甲乙司 (unit_lists.py)
        + tagged("rule:unit-list", listed_units(simplified, start, end, document))
        + named(funds)  # each tagged by its reading (fundnames.py)
    )
    found = longest(
        found
        + tagged("rule:phase", phases(simplified, found, end))
        + tagged("rule:regional-part", regional_parts(simplified, found, end))  # …系统（甲省）
        + tagged("rule:branch-body", branch_bodies(simplified, tokens, found))
        + tagged("rule:unit-of-body", units_after_bodies(simplified, tokens, found))  # …部|…司
        + tagged("rule:glued-unit", glued_units(simplified, tokens, found))  # 行政院|…委员会
        # 中央政府|门户网站: the site, not the body
        + tagged("rule:owned-portal", owned_portals(simplified, found))
    )
    found += tagged("rule:enumerated-member", enumerated(tokens, found))
    listed = [  # 公司债券、存托凭证 beside a fund: things, not names (label_gate.py); a
        # level, a person, a thing or a verb is no body either (list_items.py)
        c
        for c in tagged("rule:coordinated-member", coordinated(tokens, found))
        if _names_a_listed_body(c.name_in(simplified))
    ]
    found = longest(found + listed)
    # 海岳云算等计算平台 (no list reading after it)
    found += tagged("rule:listed-place", listed_places(simplified, tokens, found))
    found += tagged("rule:parallel-member", parallel_members(tokens, found))  # 甲片区、乙片区
    found += listed_zones(simplified, tokens, found)  # 甲金融城、乙商务区等区域
    found += acted_zones(simplified, tokens, found)  # 加快甲金融港湾建设
    found = longest(
        found
        + tagged("rule:listed-among-bodies", listed_among_bodies(simplified, start, end, found))
    )  # 侨务办
    found = longest(_whole_words(simplified, tokens, found))  # not 中國人民政治協商會|議
    kept = checked_names(simplified, tokens, found, document)
    kept = port_names(simplified, tokens, kept)  # 宁波舟山港; 内河|港口 a kind (port_names.py)
    kept = port_areas(simplified, tokens, kept)  # 甲港区、乙港区: a port's named areas
    # 甲委员会、乙委员会、丙委员会: an item shares the fate of its siblings (list_siblings.py)
    decided = decided_by_siblings(simplified, tokens, start, end, found, kept, document)
    # a body's list item left out as an office every body has (甲处、乙处及人事室: unit_lists)
    # stays out whatever reads the list as a coordination or its items as siblings
    shared_offices = left_out_units(simplified, document)
    return [c for c in decided if (c.start, c.end) not in shared_offices]


def _names_a_listed_body(item: str) -> bool:
    """A list item beside a name (Simplified) is a name of its own: a head of the vocabulary,
    or neither a common thing (label_gate) nor an item that names nothing (list_items)."""
    return bool(head_kind(item)) or not (names_a_common_thing(item) or names_nothing(item))


def _whole_words(text: str, tokens: list[Token], found: list[Candidate]) -> list[Candidate]:
    """`found` with no name ending inside a word the dictionary knows whole as an
    organisation (nt: 中國人民政治協商會議, whose 會 is a head): such a name is that whole
    word, the body the dictionary names (its 會議 is no head of ours, so the word's end
    cannot be asked to end with one). Inside other words a name may end, the segmenter
    glued its last character to a function word (發展改革委|已 read 委已, 自然資源部|等)."""
    inside = {offset: t for t in tokens if t.tag == "nt" for offset in range(t.start + 1, t.end)}
    return [
        c
        if (word := None if c.parts else inside.get(c.end)) is None
        else replace(c, kind="Organization", start=word.start, end=word.end)
        for c in found
    ]
