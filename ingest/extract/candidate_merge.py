"""Candidates put together: overlapping names become one (the longest), a platform takes
its phase in (數碼港第五期). Moved out of entities.py."""

from __future__ import annotations

import re
from dataclasses import replace

from .kinds import NATION_WORDS
from .place_words import only_places
from .platform_use import HEADS
from .records import Candidate

# a phase of a facility: 第五期, 第3期 (a number, Chinese or Arabic, then 期)
_PHASE = re.compile("第[〇零一二三四五六七八九十百0-9０-９]{1,4}期")


def phases(text: str, found: list[Candidate], end: int) -> list[Candidate]:
    """A platform followed by its phase is a facility of its own (數碼港第五期, 科學園
    第二期: built apart, funded apart): the name takes the phase in."""
    out = []
    for candidate in found:
        if candidate.kind == "Platform" and not candidate.parts:
            phase = _PHASE.match(text, candidate.end, end)
            if phase:
                out.append(replace(candidate, end=phase.end(), rule=""))
    return out


# a place in brackets right after a name (国家…系统（甲省）), full-width or half-width: the
# segmenter reads (甲省) as （甲省） (phrases.tokenise), so the system before it is found
# either way, and its part must be too (session 31)
_BRACKETED_PLACE = re.compile("[（(]([\u4e00-\u9fff]{2,8})[）)]")


def regional_parts(text: str, found: list[Candidate], end: int) -> list[Candidate]:
    """A system of the nation followed by a place in brackets is the part of it
    that place runs (国家…公示系统（甲省）: each province runs its part of the national
    system, and its regulations name that part so): the name takes the bracket in. Only a
    name that begins with the nation and ends in a service head (a zone's own bracket,
    中国（甲市）…试验区, stands inside its name) and only places inside the brackets (not
    （试行）, （以下简称…））."""
    out = []
    for candidate in found:
        if candidate.kind != "Platform" or candidate.parts:
            continue
        name = text[candidate.start : candidate.end]
        if not (name.startswith(tuple(NATION_WORDS)) and name.endswith(HEADS)):
            continue
        bracket = _BRACKETED_PLACE.match(text, candidate.end, end)
        if bracket and only_places(bracket.group(1)):
            out.append(replace(candidate, end=bracket.end(), rule=""))
    return out


def longest(candidates: list[Candidate]) -> list[Candidate]:
    """Overlapping names become one: the longest of those that start together
    (香港科技園公司 over 香港科技園), and a name that runs on past another one's end takes
    it in (河套區港深創新及科技園 + …科技園發展聯合專責小組 = the working group). Names put
    together from parts (“智慧城市”“金融科技”等創新平台) stand as they are."""
    composed = [c for c in candidates if c.parts]
    kept: list[Candidate] = []
    plain = sorted(
        (c for c in candidates if not c.parts and not within(c, composed)),
        key=lambda c: (c.start, -(c.end - c.start)),
    )
    for candidate in plain:
        if kept and candidate.start < kept[-1].end:
            if candidate.end > kept[-1].end:
                # the name ends with this one's head: its kind and its rule
                kept[-1] = replace(candidate, start=kept[-1].start)
            elif _finer_rule(candidate, kept[-1]):
                kept[-1] = replace(kept[-1], rule=candidate.rule)
            continue
        kept.append(candidate)
    return sorted(kept + list(dict.fromkeys(composed)), key=lambda c: (c.start, c.end))


def _finer_rule(candidate: Candidate, kept: Candidate) -> bool:
    """`candidate` is the name `kept` is (same span, same kind), found by a rule or list of
    its own where the general head-noun reading found `kept`: the finer one is recorded
    (a fund of Taiwan's list, a court of the courts' list), nothing else changes."""
    return (
        kept.rule == HEAD_NOUN_RULE
        and candidate.rule not in ("", HEAD_NOUN_RULE)
        and (candidate.start, candidate.end, candidate.kind) == (kept.start, kept.end, kept.kind)
    )


HEAD_NOUN_RULE = "rule:head-noun"


def within(candidate: Candidate, others: list[Candidate]) -> bool:
    return any(o.start <= candidate.start and candidate.end <= o.end for o in others)
