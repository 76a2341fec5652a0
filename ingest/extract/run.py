"""The extraction stage put together: one `Extraction` per document (main or annex)."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from policykg.ingest.dates import invalid_dates
from policykg.ingest.records import DocumentRecord
from policykg.ingest.script import to_simplified

from .citations import alias_after, find_citations
from .entities import recognise
from .events import find_events
from .found_by import QUOTED_NAME, SCHEME_SIZED, SHORT_FORM_MENTION
from .fundnames import without_level_shortenings
from .label_gate import merge_glued, unjoin
from .level_governments import without_levels_of_government
from .money import SIZE_GAP, find_amounts, jurisdiction_currency, link_amounts
from .order_numbers import holds_an_order_number
from .orgnames import points_at_some
from .parties import (
    defined_sides,
    distribute_respectively,
    issuers,
    parties_in_sentence,
    parties_of_rewritten,
    signature_block,
)
from .place_words import only_places
from .publication_owners import without_publication_owners
from .quoted_aliases import quoted_name_aliases
from .records import Amount, CitedWork, Extraction, Mention, NamedEntity
from .relations import find_relations, replied_to
from .role_owners import without_role_owners
from .service_numbers import lines_without_number, service_lines
from .spans import Spans
from .title_bodies import named_as_bodies
from .title_body import title_body_forms, with_title_body
from .title_subjects import title_form_alias, with_title_subject
from .unit_lists import units_of_bodies


def extract(document: DocumentRecord) -> Extraction:
    """Everything the extraction stage finds in `document`. Never raises on odd text:
    what cannot be read is left out with a warning."""
    text = document.clean.text
    start, end = document.start, document.end
    result = Extraction()
    result.cited, result.aliases_of_self = find_citations(text, start, end, document.title)
    distribute_respectively(text, start, end, result.cited)
    parties_of_rewritten(text, start, end, result.cited)
    paragraphs = tuple(p for p in document.clean.paragraphs if start <= p.start < end)
    block_parties, result.signatories = signature_block(document.clean, paragraphs)
    block_issuers = []
    if document.kind != "Agreement":  # who signs a notice or a paper off issues it
        block_issuers, block_parties = block_parties, []
        result.signatories = []  # pkg:signatory is an agreement's (contract §1)
    result.parties = _unique(
        parties_in_sentence(text, start, end, document.title)
        + defined_sides(text, start, end)
        + block_parties
    )
    issued = issuers(text, start, end, document.title, document.title_span)
    if document.kind == "Agreement":  # the names above its date are the ones that signed it
        issued = [i for i in issued if not any(p.name == i.name for p in block_parties)]
    result.issuers = _unique(issued + block_issuers)
    if document.issuers:  # a page's 发文机关 wins over what the text suggests
        result.issuers = _stated_issuers(document)
    result.issuers = _without_order_numbers(result.issuers)  # （91）臺會: a number, no body
    currency = jurisdiction_currency(text, document.scripts.original)
    result.amounts = find_amounts(text, start, end, currency)
    result.entities, result.entity_aliases = _named_entities(document, paragraphs)
    result.entities = _without_order_numbers(result.entities)
    result.entities = _not_across_titles(result.entities, result.cited)
    # 国务院|邮政管理部门 only: a role's owner, not a body the text names (role_owners.py)
    result.entities = without_role_owners(document.scripts.hans, result.entities)
    # 中央政府 in a Taiwan law record: the central level, no one body (level_governments.py)
    result.entities = without_levels_of_government(document.source.reader, result.entities)
    # 刊甲府公報第 12 號: the gazette's owner, not a body the text names (publication_owners.py)
    result.entities = without_publication_owners(document.scripts.hans, result.entities)
    result.entities = without_level_shortenings(result.entities)  # 国家和地方融资担保基金
    result.entities = named_as_bodies(
        text, document.scripts.hans, result.entities, result.cited, document.title_span
    )
    # 甲資料庫建置及管理辦法: the one database (or fund) the document's title is about
    result.entities = with_title_subject(
        document.scripts.hans, (start, end), document.title, document.title_span, result.entities
    )
    # 甲部乙學院組織法: the body an organisation act sets up, read whole where its text writes it
    result.entities = with_title_body(text, document.scripts.hans, document.title, result.entities)
    for name, form in title_body_forms(text, result.entities):  # 乙學院 of 甲部乙學院
        result.entity_aliases.setdefault(name, []).append(form)
    if alias := title_form_alias(result.entities, document.title, document.title_span):
        result.entity_aliases.setdefault(alias[0], []).append(alias[1])
    # “130”求助电话, 拨打“130”, 通过甲乙热线: one line per number (service_numbers.py)
    hans = document.scripts.hans
    result.entities, numbered = service_lines(text, hans, start, end, result.entities)
    result.entities, unnumbered = lines_without_number(text, hans, start, end, result.entities)
    for name, alias in numbered + unnumbered:
        result.entity_aliases.setdefault(name, []).append(alias)
    for name, alias in quoted_name_aliases(text, result.entities):  # “甲乙通”平台 → 甲乙通
        if alias[0] not in {a for a, _ in result.entity_aliases.get(name, [])}:
            result.entity_aliases.setdefault(name, []).append(alias)
    _funding_schemes(text, result.entities)
    result.cited = schemes_sized_by_sums(text, result.amounts, result.cited, result.entities)
    result.funded, result.amount_about = link_amounts(
        text, result.amounts, result.entities, start, end
    )
    result.located = _locations(text, result.entities)
    result.run_by = _operators(text, result.entities)
    # 本部設下列司、處：一、甲乙司: each unit a part of the body the document calls 本部
    result.part_of = units_of_bodies(
        document.scripts.hans, start, end, result.entities, to_simplified(document.title)
    )
    taken = {(d.start, d.end) for d in document.dates}
    taken |= {(w.date_mention.start, w.date_mention.end) for w in result.cited if w.date_mention}
    result.events = find_events(text, start, end, taken)
    # the first paragraphs of prose (not the title or dated header lines): 根據《甲》 opening one
    openings = tuple(p.start for p in paragraphs if "，" in text[p.start : p.end])[:2]
    result.relations = replied_to(text, start, end, result.cited)
    result.relations += find_relations(text, start, end, result.cited, openings)
    for bad_start, bad_end in invalid_dates(text[start:end]):
        result.warnings.append(
            f"not a valid date, kept as text: {text[start + bad_start : start + bad_end]}"
        )
    return result


def _stated_issuers(document: DocumentRecord) -> list[NamedEntity]:
    """The issuers the page states, each with its cell and the text's mentions of it."""
    out, text = [], document.clean.text
    for stated in document.issuers:
        mentions = [Mention(stated.start, stated.end)]
        at = text.find(stated.value, document.start, document.end)
        while at >= 0:  # where the text names it: its title block, its closing block
            mentions.append(Mention(at, at + len(stated.value)))
            at = text.find(stated.value, at + len(stated.value), document.end)
        out.append(NamedEntity(stated.value, mentions=mentions))
    return out


_SETTLES = re.compile(
    r"^\s*(?:將|将|已|正|會|会|亦|也)?\s*(?:落戶|落户|位處|位处|位於|位于|設於|设于|坐落於|坐落于|進駐|进驻)\s*$"
)
_MAKE_UP = re.compile(r"^\s*(?:和|及|與|与|、)\s*$")
_FORMED = re.compile(r"^\s*(?:所)?(?:組成|组成|構成|构成)的\s*$")


_RUNS = r"(?:管理|營運|营运|運營|运营|營辦|营办|承辦|承办|負責|负责|經營|经营)"
_BY_AFTER = re.compile(r"^\s*(?:將|将|現|现|亦|也|主要)?\s*由\s*$")  # 基金由 | 署 | 管理
_RUNS_AFTER = re.compile(rf"\s*(?:負責|负责)?\s*{_RUNS}")
_BY_BEFORE = re.compile(
    rf"^\s*(?:承租及|承租和|負責|负责)?\s*{_RUNS}\s*$"
)  # 公司 | 承租及管理 | 園區


def _operators(text: str, entities) -> list:
    """Who runs a platform or manages a fund: 甲基金由乙管理; 由乙管理甲園區."""
    mentions = sorted(((m, e) for e in entities for m in e.mentions), key=lambda p: p[0].start)
    found = []
    for (first, a), (second, b) in itertools.pairwise(mentions):
        between = text[first.end : second.start]
        if a.kind in ("Platform", "Fund") and b.kind == "Organization" and _BY_AFTER.match(between):
            if _RUNS_AFTER.match(text, second.end):
                found.append((a, b, Mention(first.start, second.end)))
        elif a.kind == "Organization" and b.kind == "Platform" and _BY_BEFORE.match(between):
            found.append((b, a, Mention(first.start, second.end)))
    return found


def _locations(text: str, entities) -> list:
    """Platforms inside others: 甲落戶乙 (甲 in 乙); 由甲和乙組成的丙 (甲 and 乙 in 丙)."""
    mentions = sorted(
        ((m, e) for e in entities if e.kind == "Platform" for m in e.mentions),
        key=lambda p: p[0].start,
    )
    found = []
    for i, (mention, entity) in enumerate(mentions):
        if i + 1 >= len(mentions):
            break
        following, other = mentions[i + 1]
        between = text[mention.end : following.start]
        if _SETTLES.match(between) and other is not entity:
            found.append((entity, other, Mention(mention.start, following.end)))
        elif _MAKE_UP.match(between) and i + 2 < len(mentions):
            whole, zone = mentions[i + 2]
            if _FORMED.match(text[following.end : whole.start]) and zone not in (entity, other):
                found.append((entity, zone, Mention(mention.start, whole.end)))
                found.append((other, zone, Mention(following.start, whole.end)))
    return found


_GIVES_MONEY = re.compile(
    r"\s*(?:已|將|将|亦|共|累計|累计)?\s*(?:"
    r"(?:提供|撥出|拨出|批出)[^，。；、]{0,15}?(?:撥款|拨款|資助|资助)"
    r"|(?:資助|资助|撥款|拨款)(?:了|超過|超过|逾|約|约|共)?\s*[\d一二三四五六七八九十百千萬万億亿])"
)  # 提供 4.4 億港元撥款 | 已資助超過 3700 個職位


def _funding_schemes(text: str, entities: list[NamedEntity]) -> None:
    """A platform the text says gives money is a funding scheme: InnoHK 創新香港研發平台提供
    4.4 億港元起始撥款, 研究人才庫已資助超過 3700 個研發職位 (the gold's convention:
    schemes that give money are funds)."""
    for entity in entities:
        if entity.kind == "Platform" and any(
            _GIVES_MONEY.match(text, m.end) for m in entity.mentions
        ):
            entity.kind = "Fund"


# 落實港幣100億元「產學研1+計劃」: a quoted scheme the text gives a size is a funding
# scheme, not a document (a plan is cited by its title, not measured in money)
_SCHEME_HEAD = re.compile(r"(?:計劃|计划|計畫|计画|基金)$")
_QUOTE_OPENS = '「“『"'
_QUOTE_CLOSES = '」”』"'  # the closing marks after a quoted name


def schemes_sized_by_sums(
    text: str, amounts: list[Amount], cited: list[CitedWork], entities: list[NamedEntity]
) -> list[CitedWork]:
    """The cited works left once each quoted scheme named right after a sum (港幣100億元
    「產學研1+計劃」) has become a fund among `entities` (its sum is then its size)."""
    sized = {SIZE_GAP.match(text, a.mention.end).end() for a in amounts}
    kept = []
    for work in cited:
        quoted = [_inside_quotes(text, m) for m in work.mentions]
        quoted = [replace(m, rule=SCHEME_SIZED) for m in quoted if m is not None]
        if not (_SCHEME_HEAD.search(work.title) and any(m.start in sized for m in quoted)):
            kept.append(work)
            continue
        same = next((e for e in entities if e.name == work.title), None)
        if same is None:
            entities.append(NamedEntity(work.title, "Fund", mentions=quoted))
        else:
            same.kind = "Fund"
            same.mentions += [m for m in quoted if m not in same.mentions]
    return kept


def _inside_quotes(text: str, mention: Mention) -> Mention | None:
    """The name of a quoted mention without its opening mark, or None if not quoted."""
    if text[mention.start] in _QUOTE_OPENS:
        return Mention(mention.start + 1, mention.end)
    if mention.start and text[mention.start - 1] in _QUOTE_OPENS:
        return mention
    return None


def _named_entities(document: DocumentRecord, paragraphs) -> tuple[list[NamedEntity], dict]:
    """Organisations, platforms and funds, each once with all its mentions, and the short
    forms the text defines for them (港深創新及科技園（以下簡稱「港深創科園」）)."""
    text, simplified = document.clean.text, document.scripts.hans
    by_name: dict[str, NamedEntity] = {}
    aliases: dict[str, list[tuple[str, Mention]]] = {}
    for paragraph in paragraphs:
        within = (document.start, document.end)  # the document's own evidence, not the file's
        for candidate in recognise(simplified, paragraph.start, paragraph.end, within):
            name = candidate.name_in(text)
            entity = by_name.setdefault(name, NamedEntity(name, candidate.kind))
            entity.mentions.append(Mention(candidate.start, candidate.end, candidate.rule))
            after = candidate.end + (text[candidate.end : candidate.end + 1] in _QUOTE_CLOSES)
            alias, _ = alias_after(text, after, paragraph.end)  # “甲基金”（以下简称乙）
            if alias and points_at_some(alias[0]):
                alias = None  # （以下簡稱“雙方”） names both parties, not this one
            if alias and alias[0] != name and alias[0] not in {a for a, _ in aliases.get(name, [])}:
                aliases.setdefault(name, []).append(alias)
    for name, defined in aliases.items():  # later mentions of a short form are mentions too
        entity = by_name[name]
        for alias, _ in defined:
            same = by_name.pop(alias, None)  # the short form was also found as a name
            if same is not None and same is not entity:
                entity.mentions.extend(same.mentions)
        for alias, definition in defined:
            position = definition.end
            while (found := text.find(alias, position, document.end)) >= 0:
                entity.mentions.append(Mention(found, found + len(alias), SHORT_FORM_MENTION))
                position = found + len(alias)
    for name in _extending_short_forms(text, document.start, document.end, by_name, aliases):
        del by_name[name]
    merge_glued(by_name, text, aliases)  # 纵容|黑社会性质组织 → 黑社会性质组织 (label_gate.py)
    unjoin(by_name, aliases)  # 行政法规和|某院 → 某院; 经济实体和…联盟 goes (joined_things.py)
    for entity in by_name.values():
        entity.mentions = sorted(set(entity.mentions), key=lambda m: m.start)
    return list(by_name.values()), aliases


_OPENING_PARENTHESIS = re.compile("[（(]")


def _extending_short_forms(text: str, start: int, end: int, by_name: dict, aliases: dict) -> list:
    """Names that are a short form the document defines with words glued before it
    (研究學院, defined in 設立國家重點領域研究學院（以下簡稱研究學院）, read as 對外代表研究學院 or
    書面通知國立大學研究學院): the words are the sentence's, not the name's."""
    defined = set()
    for m in _OPENING_PARENTHESIS.finditer(text, start, end):
        alias, _ = alias_after(text, m.start(), end)
        if alias and len(alias[0]) >= 2:
            defined.add(alias[0])
    owners = set(aliases)
    # a name ends with a defined short form when one of its own endings is one: a look-up
    # per ending, not a scan of every short form (both grow with the document)
    return [
        name
        for name in by_name
        if name not in owners
        and name not in defined
        and not _named_apart(by_name[name], by_name)
        and any(name[-k:] in defined and not _place_before(name[:-k]) for k in range(2, len(name)))
    ]


def _named_apart(entity: NamedEntity, by_name: dict) -> bool:
    """A name that is another body's, though it ends with a short form the document defines:
    the defined 委員會 is one committee, 甲院乙委員會 (the name of a body the text names,
    甲院, before it) or a quoted or listed 丙委員會 another. Words of the sentence glued to
    the short form (對外代表|研究學院) begin with no body's name and stand in no quote or list."""
    if any(m.rule == QUOTED_NAME or m.rule.startswith("list:") for m in entity.mentions):
        return True
    # a look-up per beginning of the name, not a scan of every name
    return any(
        (owner := by_name.get(entity.name[:k])) is not None and owner.kind == entity.kind
        for k in range(2, len(entity.name) - 1)
    )


def _place_before(prefix: str) -> bool:
    """A prefix made only of places qualifies a short form instead of being glued to it:
    浙江|自贸试验区 is one zone of the class 自贸试验区 the document defines."""
    return only_places(prefix)


def _not_across_titles(entities: list[NamedEntity], cited: list[CitedWork]) -> list[NamedEntity]:
    """A name never runs across the edge of a cited work's title (應依|政府資訊公開法: 政府
    is the law's first word, not a body): such mentions go, and names left without any."""
    titles = Spans((m.start, m.end) for work in cited for m in work.mentions)
    kept = []
    for entity in entities:
        entity.mentions = [m for m in entity.mentions if not titles.crossed_by(m.start, m.end)]
        if entity.mentions:
            kept.append(entity)
    return kept


def _without_order_numbers(entities: list[NamedEntity]) -> list[NamedEntity]:
    """The entities whose names hold no piece of an order's number (（91）, 字第:
    order_numbers.py): a number names no body, whichever rule read it."""
    return [e for e in entities if not holds_an_order_number(e.name)]


def _unique(entities: list[NamedEntity]) -> list[NamedEntity]:
    """One entity per name, its mentions merged, in order of first mention."""
    merged: dict[str, NamedEntity] = {}
    for entity in entities:
        if entity.name in merged:
            merged[entity.name].mentions.extend(entity.mentions)
        else:
            merged[entity.name] = NamedEntity(entity.name, entity.kind, list(entity.mentions))
    return list(merged.values())
