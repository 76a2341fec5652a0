"""Names found on lists: the gazetteers of platforms and organisations where they are
whole words, and the authority lists' entries read word by word. Moved out of entities.py."""

from __future__ import annotations

from functools import lru_cache

import rjieba

from .act_units import bare_units
from .boundary_evidence import load_evidence
from .gazetteers import GazetteerEntry, load_gazetteer
from .name_acceptance import generic_or_short
from .orgnames import known_bodies, known_platforms, listed_platforms, quoted_services
from .phrases import Token
from .proper_elements import AUTHORITY_LISTS
from .records import Candidate
from .vocabulary import category_of


def known_names(text: str, tokens: list[Token]) -> list[Candidate]:
    """Platforms and organisations of the gazetteers (resources/platforms.txt,
    organisations.txt: 數碼港, 行政院; the courts and the bodies of organisation acts built
    from the scale corpus: 初級法院, 法務部調查局), where they are whole words."""
    if not tokens:
        return []
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    found = [
        Candidate(kind, m.start(), m.end(), rule=_list_of(kind, m.group()))
        for kind, pattern in (("Platform", known_platforms()), ("Organization", known_bodies()))
        for m in pattern.finditer(text, tokens[0].start, tokens[-1].end)
    ]
    found = [c for c in found if c.start in starts and c.end in ends]
    return found + listed_bodies(tokens)


def _list_of(kind: str, name: str) -> str:
    """The list a known name (Simplified) was found on (found_by.RULES)."""
    if kind == "Organization":
        return "list:organisations"
    if name in listed_platforms():
        return "list:platforms"
    return "list:quoted_services" if name in quoted_services() else "list:service_names"


_RULES_FOR_A_KIND = frozenset({"組織通則", "組織準則", "設置辦法"})


def listed_bodies(tokens: list[Token]) -> list[Candidate]:
    """The longest entry of the lists that begins at each word and ends at a word's end;
    words are joined only while some entry begins with them (`listed_prefixes`: linear in
    the text, two or three words joined at each)."""
    prefixes = listed_prefixes()
    found = []
    for i, token in enumerate(tokens):
        name, best = "", None
        for j in range(i, len(tokens)):  # by index: a slice per word copied the rest
            following = tokens[j]
            if j > i and name + following.word not in prefixes:
                # 某委员会|海巡|署应|会同: the segmenter glued the entry's last character to
                # the clause's next one in a word of its own guessing
                best = _entry_ending_in_guessed_word(name, following, token.start) or best
                break  # no entry begins so: no longer join of words is one either
            name += following.word
            if name not in prefixes:
                break
            entry = _listed_entry(name)
            if entry is not None:
                best = Candidate("Organization", token.start, following.end, rule=entry)
        if best is not None:
            found.append(best)
    return found


def _listed_entry(name: str) -> str | None:
    """The rule of the list entry (Simplified) that names one body, if any."""
    entry = next(filter(None, (g.lookup_simplified(name) for g in authority_lists())), None)
    if entry is None or not _names_one_body(entry):
        return None
    return f"list:gazetteer_{entry.source}"


def _entry_ending_in_guessed_word(name: str, word: Token, start: int) -> Candidate | None:
    """An entry that ends inside `word`, the word after `name`, when the segmenter guessed
    that word (none of its dictionary: 署应, 署及, 委已) and what it holds after the entry's
    end stops names in the laws (应, 及, 已, 等: the boundary evidence's STOP). A word of the dictionary
    across the end (部门, 会同) is the text's word: the entry does not end there."""
    if len(word.word) < 2 or rjieba.has_word(word.word):
        return None
    for cut in range(len(word.word) - 1, 0, -1):
        rule = _listed_entry(name + word.word[:cut])
        glued = word.word[cut]
        # a numeral stops names too, but 局二|科, 署九区|分局 go on with a numbered unit
        if rule is not None and not glued.isnumeric() and load_evidence().stops_name(glued):
            return Candidate("Organization", start, word.start + cut, rule=rule)
    return None


@lru_cache(maxsize=1)
def authority_lists() -> tuple:
    """The lists `listed_bodies` reads: the authority lists (proper_elements.py) and the
    acts' bodies written without their ministry (電信總局, act_units.py)."""
    return (*(load_gazetteer(kind) for kind in AUTHORITY_LISTS), bare_units())


@lru_cache(maxsize=1)
def listed_prefixes() -> frozenset[str]:
    """Every beginning of every entry of the lists (Simplified): joining words stops as soon
    as no entry begins with them, so each word is joined with two or three others, not with
    as many as the longest entry could hold (about 20 µs a word before)."""
    return frozenset(
        entry.name_hans[:end]
        for gazetteer in authority_lists()
        for entry in gazetteer
        for end in range(1, len(entry.name_hans) + 1)
    )


@lru_cache(maxsize=4096)
def _names_one_body(entry: GazetteerEntry) -> bool:
    """One body, not a class (經濟部水利署各河川局, 人民法院; what a general rule or a
    measure for setting up institutions of a kind governs: 看守所組織通則, 地方立法機關組織準則,
    托兒所設置辦法) nor a fragment the corpus repeats that begins with a word no name begins
    with."""
    if entry.get("scope") == "class" or entry.get("act_kind") in _RULES_FOR_A_KIND:
        return False
    if generic_or_short(entry.name_hans) or category_of(entry.name_hans):
        return False
    if entry.source in ("courts", "organisation_acts"):
        # the courts' builder read each court back to its start (終審|法院, 原訟|法庭); an
        # act's body is its title's, whole whatever its first word reads as (原住|民族委員會:
        # the segmenter's 原住 is an adverb)
        return True
    words = load_evidence().segment(entry.name_hans)
    return bool(words) and load_evidence().can_begin_name(words[0][0])
