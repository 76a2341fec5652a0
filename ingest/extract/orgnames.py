"""Is a phrase the name of an organisation? Suffix rules plus a gazetteer (data file)."""

from __future__ import annotations

import re
from functools import lru_cache

from policykg.ingest.script import to_simplified, to_traditional

from .this_word import points_with_this
from .vocabulary import ends_with_head, generic_names, lines_of

_SUFFIX = re.compile(
    r"(?:政府|委員會|委员会|部|局|署|辦公室|办公室|辦事處|办事处|院|廳|厅|會|会|公司|大學|大学|"
    r"中心|處|处|小組|小组|工作組|工作组|專組|专组|聯盟|联盟|協會|协会|中央|組織|组织|法院|檢察院|"
    r"检察院|銀行|银行|交易所|研究所|議會|议会|立法會|立法会|委|辦|办)(?:（[^）]{1,6}）)?$"
)
_BAD = re.compile(r"[，。、；：！？「」『』《》“”\s]|^[的之與与和及或等在於于為为]")
_SPLIT_STRONG = re.compile(r"[與与、]")
_SPLIT_WEAK = re.compile(r"[和及]")
_LEADING = re.compile(
    r"^(?:由|經|经|並|并|與|与|和|及|雙方|双方|同意|已|亦|也|而|是|近期|近日|目前|此前|其後|其后|"
    r"同時|同时|另外|此外|其中|隨後|随后|曾|將|将|於|于|在|當時|当时|今年|去年)+"
)
# Collective or generic references, not names: 港深兩地政府, 有關部門, 各區政府
_COLLECTIVE = r"兩地|两地|雙方|双方|各|有關|有关|相關|相关|上述|該|该|其他|這|这|多個|多个"
# a phrase that is only a collective word or 本 (fundnames: the words before a fund's head)
GENERIC = re.compile(_COLLECTIVE + "|本")
_COLLECTIVE_WORDS = re.compile(_COLLECTIVE)


def points_at_some(name: str) -> bool:
    """A collective word in `name` (各, 有关, 上述 …) or 本 as "this" (本会, 由本局; not 日本,
    本溪: this_word.py): the name refers to whichever body the sentence means."""
    return bool(_COLLECTIVE_WORDS.search(name)) or points_with_this(to_simplified(name))


def collective(name: str) -> bool:
    """A collective word in `name` (各, 有关, 上述 …), or 本 as "this" (本市, 由本局). 本
    inside a word (日本, 国有资本: this_word.py) points at nothing in a name with a head
    (日本政府, 基本医疗保险基金); without one (香港资本) the phrase stays unnamed as before."""
    if points_at_some(name):
        return True
    return "本" in name and not ends_with_head(to_simplified(name))


def names_a_class(name: str) -> bool:
    """A class or a collective reference, not a name: a generic name the project lists
    (基金, 有关部门) or a collective word in it (各, 有关, 上述 …)."""
    return name in generic_names() or collective(name)


@lru_cache(maxsize=1)
def gazetteer() -> frozenset[str]:
    """Known organisation names (Simplified), from resources/organisations.txt."""
    return frozenset(to_simplified(line) for line in lines_of("organisations.txt"))


def _any_of(names) -> re.Pattern:
    """One pattern matching any of `names`, the longest first."""
    return re.compile("|".join(map(re.escape, sorted(set(names), key=len, reverse=True))))


@lru_cache(maxsize=1)
def known_platforms() -> re.Pattern:
    """The platforms of resources/platforms.txt (Simplified), as one pattern."""
    return _any_of(platform_names())


@lru_cache(maxsize=1)
def listed_platforms() -> frozenset[str]:
    """The platforms of resources/platforms.txt alone (Simplified): the list a known
    platform was found on, where it is not a national service (found_by.RULES)."""
    return frozenset(to_simplified(line) for line in lines_of("platforms.txt"))


@lru_cache(maxsize=1)
def platform_names() -> frozenset[str]:
    """Known platform names (Simplified), from resources/platforms.txt and the national
    online services and information systems the laws name (service_names.tsv, built by
    scripts/build_service_names.py: 国家企业信用信息公示系统, 中国政府网) and the services
    they name as one thing, by a quoted coin or a phrase many laws use (quoted_services())."""
    services = (line.split("\t")[0] for line in lines_of("service_names.tsv"))
    return frozenset([*listed_platforms(), *services, *quoted_services()])


@lru_cache(maxsize=1)
def quoted_services() -> frozenset[str]:
    """The services the laws name as one thing (Simplified): by a field word and a quoted
    coin, as quoted and as written bare, or by a descriptive phrase many laws of several
    issuers use whole after a frame of use (resources/quoted_services.tsv, built by
    scripts/build_quoted_services.py from the laws)."""
    rows = [line.split("\t") for line in lines_of("quoted_services.tsv")]
    return frozenset(name for row in rows for name in row[:2])


@lru_cache(maxsize=1)
def known_bodies() -> re.Pattern:
    """The organisations of resources/organisations.txt of three characters or more
    (國務院, 行政院; not 中央, which also qualifies things: 中央財政), as one pattern."""
    return _any_of(name for name in gazetteer() if len(name) >= 3)


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    # the official short forms of the central bodies, derived by rule (central_bodies.py);
    # the general-knowledge table below wins where both list a name
    from .central_bodies import short_form_table

    table: dict[str, str] = dict(short_form_table())
    for line in lines_of("organisation_aliases.tsv"):
        preferred, *others = line.split("\t")
        for name in others:
            table[to_simplified(name.strip())] = preferred.strip()
    return table


def preferred_name(name: str) -> str:
    """The name an organisation is filed under: 特區政府 → 香港特別行政區政府."""
    return _aliases().get(to_simplified(name), name)


def body_suffix(name: str) -> str:
    """The head that `name` ends in (局, 委员会, 中央), or "" (its parenthesis left off)."""
    m = _SUFFIX.search(name)
    return re.sub(r"（[^）]*）$", "", m.group()) if m else ""


def has_body_suffix(name: str) -> bool:
    """`name` ends in a head that organisation names end in (局, 委, 委员会, 公司)."""
    return bool(_SUFFIX.search(name))


def is_organisation(name: str) -> bool:
    if not 2 <= len(name) <= 30 or _BAD.search(name) or collective(name):
        return False
    return bool(_SUFFIX.search(name)) or to_simplified(name) in gazetteer()


def split_names(phrase: str) -> list[tuple[int, str]]:
    """Organisation names in a coordinated phrase (甲與乙、丙), with their offsets."""
    out: list[tuple[int, str]] = []
    for start, piece in _pieces(phrase, _SPLIT_STRONG):
        subs = _pieces(piece, _SPLIT_WEAK)
        # 甲和乙 is two names only if both halves are names; 創新及科技局 is one
        if len(subs) > 1 and all(is_organisation(sub) for _, sub in subs):
            out.extend((start + sub_start, sub) for sub_start, sub in subs)
        elif is_organisation(piece):
            out.append((start, piece))
    return out


def _pieces(text: str, separator: re.Pattern) -> list[tuple[int, str]]:
    pieces, position = [], 0
    for m in separator.finditer(text):
        pieces.append((position, text[position : m.start()]))
        position = m.end()
    pieces.append((position, text[position:]))
    cleaned = []
    for start, piece in pieces:
        lead = _LEADING.match(piece)
        cut = lead.end() if lead else 0
        stripped = piece[cut:].rstrip()
        if stripped:
            cleaned.append((start + cut, stripped))
    return cleaned


# A name never runs across these: 本合作安排由|香港…政府
_FUNCTION = re.compile(r".*[由經经在於于與与和及的為为將将把向對对從从以並并 \u3000]")
_FUNCTION_NOT_AND = re.compile(r".*[由經经在於于與与的為为將将把向對对從从以並并 \u3000，,]")
# a place acting as a party where the sentence's form says it is one (甲與澳門特別行政區經協商)
_PLACE_AS_PARTY = re.compile(r"(?:特別行政區|特别行政区|自治區|自治区|省|市)$")


def is_party_name(name: str) -> bool:
    """A name in a party's slot: an organisation, or a region acting for its government."""
    if is_organisation(name):
        return True
    return (
        3 <= len(name) <= 12
        and not _BAD.search(name)
        and not points_at_some(name)
        and bool(_PLACE_AS_PARTY.search(name))
    )


def _first_names(piece: str, accept) -> list[tuple[int, str]]:
    """The names that end the first piece of 甲與乙: 甲, or 甲1和甲2 when both halves are
    names (香港金融管理局和中國人民銀行、澳門金融管理局共同簽署)."""
    cut = _FUNCTION_NOT_AND.match(piece)
    tail_at = cut.end() if cut else 0
    subs = _pieces(piece[tail_at:], _SPLIT_WEAK)
    if len(subs) > 1 and all(accept(sub) for _, sub in subs):
        return [(tail_at + at, sub) for at, sub in subs]
    if len(subs) > 1 and accept(piece[tail_at:]):
        return [(tail_at, piece[tail_at:])]  # 創新及科技局, 國家發展和改革委員會: one name
    cut = _FUNCTION.match(piece)
    best = piece[cut.end() :] if cut else piece
    return [(len(piece) - len(best), best)] if accept(best) else []


def coordinated_names(clause: str, accept=is_organisation) -> list[tuple[int, str]]:
    """甲與乙[…]: the longest name ending the first piece (or the names joined by 和 there),
    names in between, and the longest name starting the last piece. `accept` says what
    counts as a name (is_party_name where the sentence's form makes a slot a party's)."""
    pieces, position = [], 0
    for m in _SPLIT_STRONG.finditer(clause):
        pieces.append((position, clause[position : m.start()]))
        position = m.end()
    pieces.append((position, clause[position:]))
    if len(pieces) < 2:
        return []
    names: list[tuple[int, str]] = []
    for index, (offset, piece) in enumerate(pieces):
        piece_stripped = piece.strip()
        lead = piece.index(piece_stripped) if piece_stripped else 0
        if index == 0:
            first = _first_names(piece_stripped, accept)
            if not first:
                return []
            names.extend((offset + lead + at, name) for at, name in first)
        elif index == len(pieces) - 1:
            found = _leading_names(piece_stripped, accept)
            if not found:
                return []
            names.extend((offset + lead + at, name) for at, name in found)
        elif accept(piece_stripped):
            names.append((offset + lead, piece_stripped))
        else:
            return []
    return names


_NAME_BOUNDARY = re.compile(
    r"和|及|共同|分別|分别|簽|签|制定|制訂|發布|发布|公布|通過|通过|於|于|在|的|為|为|代表|經|经|同意|已"
)


def _leading_names(text: str, accept=is_organisation) -> list[tuple[int, str]]:
    """The names that open `text`: 乙和丙共同簽署… → 乙, 丙. Each name is the longest one
    that stops before a conjunction or a verb, so the verb is never swallowed."""
    found: list[tuple[int, str]] = []
    position = 0
    while position < len(text):
        boundary = _NAME_BOUNDARY.search(text, position + 2)
        window_end = boundary.start() if boundary else len(text)
        best = next(
            (j for j in range(window_end, position + 2, -1) if accept(text[position:j])),
            None,
        )
        if best is None:
            break
        found.append((position, text[position:best]))
        if best < len(text) and text[best] in "和及":
            position = best + 1
            continue
        break
    return found


@lru_cache(maxsize=1)
def place_abbreviations() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in lines_of("place_abbreviations.tsv"):
        short, full = line.split("\t")
        table[short] = table[to_simplified(short)] = full.strip()
    return table


def places_abbreviated(subject: str, context: str) -> list[tuple[int, str]]:
    """深港 → 深圳市人民政府, 香港特別行政區政府: a subject of two or three one-character
    place names stands for the governments of those places, named in the script of the
    `context` (the clause: 深港 alone is written alike in both)."""
    table = place_abbreviations()
    if not 2 <= len(subject) <= 3 or not all(c in table for c in subject):
        return []
    return [(at, _in_script_of(table[c], context)) for at, c in enumerate(subject)]


def government_of_place(place: str, context: str) -> str | None:
    """香港 → 香港特別行政區政府, 深圳市 → 深圳市人民政府: the government of a place written
    in full, for the places of the abbreviation table, named in the script of `context`."""
    place = to_traditional(place.strip())
    if len(place) < 2:
        return None
    government = next((g for g in place_abbreviations().values() if g.startswith(place)), None)
    return _in_script_of(government, context) if government else None


def _in_script_of(name: str, context: str) -> str:
    """A Traditional name of the tables, in Simplified when `context` is written so (text
    written alike in both scripts keeps the table's Traditional)."""
    simplified = to_simplified(context) == context and to_traditional(context) != context
    return to_simplified(name) if simplified else name


# 第II部, 第IIA部, 第3部: a Part of an ordinance, numbered (Roman or Arabic, a letter after)
_PART_NUMBER = re.compile(r"(?:[IVXLivxl]+|[0-9０-９]+)[A-Za-z]?部")


def is_numbered_part(text: str, start: int, end: int) -> bool:
    """text[start:end] numbers a Part of a law after 第 (第II部, 第IIA部), not a body."""
    return text[start - 1 : start] == "第" and bool(_PART_NUMBER.fullmatch(text, start, end))
