"""The last checks every candidate passes, whichever recogniser found it: clause words cut
off its left, names inside words, kinds and descriptions dropped. Moved out of entities.py."""

from __future__ import annotations

import re
from dataclasses import replace

from .article_residue import article_reference, number_unit_residue
from .body_classes import treated_as_a_kind
from .body_predicates import object_start
from .clause_reading import CLAUSE_WINDOW, clause_start
from .document_edges import document_cut
from .facility_kinds import names_a_facility_kind
from .gate_exemptions import (
    AIMED_AT,
    CLAUSE_WORDS,
    KIND_EXTENDED,
    NO_PROPER_PART,
    PLANNED,
    SAID_AS_A_KIND,
    TREATED_AS_A_KIND,
    exempt,
)
from .glued_clause_words import glued_start
from .kind_extended import extended_kind
from .kind_phrases import said_as_a_kind
from .label_gate import negated_head, quantified_kind
from .left_boundary import left_cut
from .name_acceptance import every_level_has, generic_or_short
from .nature_suffix import qualifies_what_follows
from .orgnames import is_numbered_part
from .phrases import Token
from .platform_aims import described_as_aim
from .platform_evidence import is_combination
from .platform_plans import described_as_planned
from .platform_reference import aimed_at
from .platform_starts import platform_start
from .platform_use import USED_PLATFORM_RULES, offered_as_a_kind
from .proper_part import names_no_one, without_projects
from .quoted_platforms import a_quoted_programme, names_no_quoted_platform
from .records import Candidate
from .region_names import names_a_region
from .run_areas import goal_of_area
from .vocabulary import is_head
from .word_edges import (
    begins_inside_a_word,
    dictionary_word_starts,
    ends_inside_a_word,
    inside_dictionary_words,
    stranded_characters,
)


def checked_names(
    simplified: str, tokens: list[Token], found: list[Candidate], document: tuple[int, int] | None
) -> list[Candidate]:
    """`found` less its clause words on the left, without the names that end or begin inside
    a word, name a kind, a description or a class, whichever recogniser made them."""
    in_words = inside_dictionary_words(tokens)  # 住房城乡建设部|门 (word_edges.py)
    stranded = stranded_characters(tokens)  # 环境保护部|门: the segmenter left 门 alone
    word_starts = dictionary_word_starts(tokens)  # 具有管|理或经营…基金
    words_at = {t.start: t.word for t in tokens}  # 政府|性 against 行政院|性别
    # 促进|…平台, 试验区|…片区: a predicate or the zone's short form before a platform
    found = list(dict.fromkeys(filter(None, (platform_start(simplified, c) for c in found))))
    found = [without_projects(simplified, c) for c in found]  # 甲基金|项目 (proper_part.py)
    platform_ends = frozenset(c.end for c in found if c.kind == "Platform")
    return [
        c
        for c in map(lambda c: without_clause_words(simplified, c, document), found)
        if c is not None
        if NAME_CHARACTER.search(c.name_in(simplified))
        and not ends_inside_a_word(
            simplified, (c.parts or ((c.start, c.end),))[-1][1], in_words, stranded
        )
        and not begins_inside_a_word(simplified, *(c.parts or ((c.start, c.end),))[0], word_starts)
        and not is_numbered_part(simplified, c.start, c.end)  # 第IIA部: an ordinance's Part
        and not qualifies_what_follows(words_at, c.end)  # 政府|性融资 (nature_suffix.py)
        and not negated_head(c.name_in(simplified))  # 學校|非政府: not a government
        and not quantified_kind(c.name_in(simplified))  # 部分|委員會: some of a kind
        and not (  # 企业+基地, not a quoted programme: “互联网+监管”系统
            c.kind == "Platform"
            and is_combination(c.name_in(simplified))
            and not a_quoted_programme(simplified[c.start : c.end], c.rule)  # quotes kept
        )
        and not names_a_facility_kind(simplified, c)  # 进口药品|口岸 (facility_kinds.py)
        # “一站式”服务窗口, “甲”平台|专项行动: a kind, a campaign (quoted_coins.py)
        and not (c.kind == "Platform" and names_no_quoted_platform(simplified, c.start, c.end))
        and not names_a_region(simplified, c)  # 甲乙|经济带: a place (region_names.py)
        and not (  # 建设|优质…产品基地, 等|共性技术研发平台: a description (platform_plans.py)
            c.kind == "Platform"
            and not c.parts
            and (
                (  # 建立|全市统一的…平台: the jurisdiction's one system (gate_exemptions)
                    not exempt(PLANNED, c.rule)
                    and (
                        described_as_planned(simplified, c.start, c.end, document)
                        or offered_as_a_kind(simplified, c.start, c.end, document)  # 提供|…平台
                    )
                )
                or described_as_aim(simplified, c.start, c.end, document)  # 建成…的|…园区
                or goal_of_area(simplified, c.start, c.end, document)  # 甲新区|…示范区
                # 加强…中心|建设, said once
                or (
                    not exempt(AIMED_AT, c.rule)  # 依托|全省统一的…平台|建设…
                    and aimed_at(simplified, c.start, c.end, document, platform_ends)
                )
            )
        )
        and not (  # a 字号 read by the enterprise rule is evidence of one thing
            c.kind == "Organization"
            and not exempt(TREATED_AS_A_KIND, c.rule)
            and treated_as_a_kind(simplified, c.name_in(simplified), document)
        )
        and not _said_as_a_kind(simplified, c, document)  # 群团组织 (kind_phrases.py)
        and not _no_proper_part(simplified, c, document)  # 投资|咨询|公司 (proper_part.py)
        and not _kind_extended(simplified, c, document)  # 自治县|人民政府 (kind_extended.py)
    ]


_BY_PHRASE = frozenset({"Organization", "Platform"})  # funds are judged by fundnames


def _read_from_words(candidate: Candidate, gate: str) -> bool:
    """A candidate the kind gates judge: read from the text's words, not put together from
    parts, nor by a rule the gate exempts (a 字号, a list's entry: gate_exemptions.py)."""
    return not candidate.parts and not exempt(gate, candidate.rule)


def _said_as_a_kind(text: str, candidate: Candidate, document: tuple[int, int] | None) -> bool:
    """An organisation or platform read from the text's words (not a list's entry, a 字号,
    nor put together from parts) whose phrase the laws use as a kind (kind_phrases.py)."""
    return (
        candidate.kind in _BY_PHRASE
        and _read_from_words(candidate, SAID_AS_A_KIND)  # not 全省统一的…平台
        and said_as_a_kind(text, candidate.name_in(text), candidate.kind, document) is not None
    )


def _no_proper_part(text: str, candidate: Candidate, document: tuple[int, int] | None) -> bool:
    """An organisation or fund read from the text's words (not a list's entry, a 字号, nor
    put together from parts) made of generic vocabulary only (proper_part.py)."""
    return _read_from_words(candidate, NO_PROPER_PART) and (
        names_no_one(text, candidate.name_in(text), candidate.kind, document) is not None
    )


def _kind_extended(text: str, candidate: Candidate, document: tuple[int, int] | None) -> bool:
    """An organisation read from the text's words (not a list's entry, a 字号, nor put
    together from parts) that is a kind with levels before it or a unit after it
    (kind_extended.py)."""
    return _read_from_words(candidate, KIND_EXTENDED) and (
        extended_kind(text, candidate.name_in(text), candidate.kind, document) is not None
    )


_CONTEXT = 8  # characters before a name that left_boundary reads (第三十一款, 得)


def without_clause_words(
    text: str, candidate: Candidate, document: tuple[int, int] | None = None
) -> Candidate | None:
    """The candidate less the clause words glued to its left (left_boundary.py: 原列|經濟部,
    由|市人民政府; body_predicates.py: 法院|宣告|證券公司; document_edges.py: 分析|a name
    the document writes free), whichever recogniser made it; None when what is left names
    a class (市人民政府: a body every city has). `document`: the range whose text is the
    evidence of document_edges (the whole text by default)."""
    if candidate.parts or exempt(CLAUSE_WORDS, candidate.rule):
        return candidate  # put together from parts, or begun where the grammar says
    before = text[max(0, candidate.start - _CONTEXT) : candidate.start]
    # 3月1|日|原某某局: the unit of the number before it (article_residue.py)
    cut = number_unit_residue(candidate.name_in(text), before)
    cut = cut or article_reference(candidate.name_in(text))  # 前條|某委員會
    if cut:
        before = text[max(0, candidate.start + cut - _CONTEXT) : candidate.start + cut]
    cut += left_cut(text[candidate.start + cut : candidate.end], before)
    # 人民銀行|委託|當地專業銀行: a body, its verb and its object (body_predicates.py); not
    # in a service a frame of use takes, whose run admits a verb or two after a noun as what
    # the system does (通过|甲省企业|登记|服务平台: platform_use.py), not a body's predicate
    if candidate.rule not in USED_PLATFORM_RULES:
        cut += object_start(text[candidate.start + cut : candidate.end])
        # 某部|委任|所属某局: who does what to whom, the verb read on the laws (clause_reading.py)
        at = candidate.start + cut
        cut += clause_start(text[at : candidate.end], text[max(0, at - CLAUSE_WINDOW) : at])
    # 查扣物經|法院: a clause's preposition glued into a guessed word (glued_clause_words.py)
    cut += glued_start(text[candidate.start + cut : candidate.end])
    # 分析|社会保险基金: the document writes the rest free, a clause word before it
    cut += document_cut(text, candidate.start + cut, candidate.end, document)
    if not cut:
        return candidate
    name = text[candidate.start + cut : candidate.end]
    if generic_or_short(name) or every_level_has(name) or is_head(name):
        return None  # a class, or a head alone (工业区) left after the clause's words
    return replace(candidate, start=candidate.start + cut)


# a name has a Han character or a Latin letter: not 16 (of 16所國家重點實驗室), not 06015
NAME_CHARACTER = re.compile("[A-Za-z\u3400-\u9fff]")
