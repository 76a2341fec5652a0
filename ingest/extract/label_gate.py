"""A gate over finished labels, whatever recogniser made them (issue 19, session 16).

Sessions 12–15 cut a candidate while each recogniser built it, from how its words behave
across the laws; what is left (9–10 % of the labels of a seeded sample) passed because word
statistics alone cannot tell a verb glued before a name from a field word inside one: 存储
(store), 纵容 (connive) and 部分 (some) follow an adverb or modal in 1.3–1.6 % of their uses,
as 中医 and 失业 do, and are as absent from the names and units of the laws. Most of those
labels come from the head path; the fund recogniser (`fundnames`) and the list reader
(`lists.coordinated`) made the others, past the head path's rules.

**`glued_to_a_name`** (`merge_glued`, once per document, from `run._named_entities`): the
document settles what word statistics cannot. When a name found in a document ends with
*another name found in the same document, of the same kind* (纵容|黑社会性质组织 beside
黑社会性质组织, found on its own twelve times; 工作经费和|家属委员会 beside 家属委员会), the
longer label is that name with words glued before it unless those words are name material.
The cut is where the label's own segmentation puts a word boundary (or after a conjunction
the segmenter glued to the next character: 军分区和|县…, 和县 being a word); the shorter name
must not begin with a function word (吸收|与创新…), and the words before, two characters at
least, are glued when they

- end with a conjunction (和, 及, 暨, 与, 或: two things joined), or
- hold a localiser (附近, 以上: 矿区所在地附近|内政部), or
- hold a word that names nothing: no listed name holds it (`name_words`; for a fund, the
  laws' fund names too), no unit of the laws begins or holds it, and it is a predicate (the
  boundary evidence votes it stops a name, or it follows an adverb or modal in ≥ 1 % of its
  uses: 产生, 存储, 纵容, 违规, 视同), or
- end with a role no class list holds (`clauses.role_word`: 主管机关, 税务机关; session 26): the
  document names the body after it alone, so the role is the sentence's, not the name's
  (主管机关|某委员会 beside 某委员会, a body no list holds, which `named_in_role` cannot see).

A place, a proper noun, a numeral or ordinal (第九届), a name's first word (国家, 中央), a
word ending in a head (经济部, 学校), a word the laws never use (a coinage), and a word that
listed names or the laws' units hold (附设, 标准, 所在地) are name material: 中华人民共和国|
国务院, 经济部|标准检验局, 学校|性别平等教育委员会 stay whole. Every mention of the longer
label becomes a mention of the name it ends with.

**`common_word_last`** (`names_a_common_thing`, on the items `lists.coordinated` reads
beside a name, from `entities.recognise`): an item without a head of its own that ends with
a common word of the laws that no unit or listed name holds is a thing, not a name
(公司债券、存托凭证 beside a fund). **`negated_head`** (`negated_head`, on every
candidate): a head negated (國民中小學校|非政府, 普通課程|非|大學) names nothing.

**`role_before_a_name`** (`named_in_role`, session 17, in `merge_glued`): a label that is a
role, a class noun of bodies (…主管部門, …執行機構: `vocabulary.category_of`), followed by a
complete known name (`clauses.known_name`: a gazetteer's body or a unit the laws repeat whole)
is the name with its role glued before it (監督管理執行機構|中國證券監督管理委員會, 國務院水行政
主管部門|黃河水利委員會): the name stays, its mentions less the role. A whole name whose first
part is a body (經濟部|標準檢驗局, 行政院|大陸委員會) does not end its first part in a class noun.
A role no class list holds is one too (session 25: 主管機關, 稅務機關, no class noun of
`category_nouns.tsv`, whose 机关 every caller of `category_of` would read): a word of three
characters or more that ends units of the laws, a common noun ending with no head of ours and
naming no known body (`clauses.role_word`); 經濟部, 行政院 end with a head or are listed bodies.

**`defined_thing`** (`defines_a_body`, session 17, from `head_names._defined_as_this`): a text
that defines 本 + a noun for what it sets up (頒給外交獎章（以下簡稱本獎章）) names a body only
when the noun is a body's: it ends as a head of the vocabulary ends (本中心, 本會, 本基金), or it
is one character, the body's own kind (本館, 本校, 本團). 本獎章, 本保險, 本制度, 本標準 define
an award, an insurance, a rule: no organisation (the 82 nouns the scale corpus defines so are
counted in benchmarks/RESULTS.md, "Labels (issue #19), session 17").

**`quantified_kind`** (`quantified_kind`, session 22, on every candidate): a quantifier in
the label (部分, 若干: "some of") says how many of a kind it means, so what follows names a
kind, not one body (全部或部分委員會, 辦理部分產業園區).

Cost: per name, one segmentation and one look-up per word boundary (bounded by its
length): linear in the number of names, so in the document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..script import to_simplified
from . import conjunctions
from .back_to_back import back_to_back
from .boundary_evidence import NUMERAL_TAGS, PROPER_TAGS, WEAK_PREDICATE_RATE, load_evidence
from .clauses import known_name, role_word, role_words
from .fundnames import fund_name_words
from .joined_modifiers import PlacesJoined, levels_joined, places_joined
from .joined_things import joined_things
from .kind_extended import LEVEL_WORDS
from .name_words import COMMON_USES, load_name_words
from .phrases import NAME_START_WORDS, places
from .place_words import is_place, is_relational_place
from .records import NamedEntity
from .vocabulary import category_of, ends_with_head, heads_by_last_char, is_head

__all__ = [
    "defines_a_body",
    "glued_names",
    "glued_prefix",
    "merge_glued",
    "named_in_role",
    "names_a_common_thing",
    "negated_head",
    "quantified_kind",
    "unjoin",
]

_LOCALISER_TAGS = frozenset({"f"})
_SHORTEST_NAME = 3  # characters of the name the label ends with (教育部)
_CENTRE = "中央"  # the central level, before a role (中央主管机关)


def glued_names(labels: Iterable[tuple[str, str]]) -> dict[str, str]:
    """For (label, kind) pairs of one document's names (Simplified labels), each label
    that is another label of the same kind with glued words before it → that label."""
    by_kind: dict[str, set[str]] = {}
    pairs = list(labels)
    for label, kind in pairs:
        by_kind.setdefault(kind, set()).add(label)
    out = {}
    for label, kind in pairs:
        names = by_kind[kind]
        evidence = load_evidence()
        # where the label's words end, and after a conjunction the segmenter glued to
        # the next character (军分区和|县…: 和县 is a word), longest ending first
        words = evidence.segment(label)
        ends = {end for _, _, end in words[:-1]}
        ends |= {start + 1 for word, start, _ in words[1:-1] if word[0] in conjunctions.AND_OR}
        for end in sorted(ends):
            rest = label[end:]
            if len(rest) >= _SHORTEST_NAME and rest in names:
                if _begins_a_name(rest) and glued_prefix(label[:end], kind):
                    out[label] = rest
                break
    return out


def glued_prefix(prefix: str, kind: str = "Organization") -> bool:
    """Do these words (Simplified), before a name of this kind, name nothing
    (`glued_to_a_name`)?"""
    if len(prefix) < 2:
        return False  # one character: the segmenter's cut inside a word (中|美…)
    if prefix[-1] in conjunctions.AND_OR:
        return True
    segments = load_evidence().segment(prefix)
    if kind == "Organization" and _a_role(segments):
        return True  # 主管机关|某委员会 beside 某委员会 (session 26): a role, then the name
    return any(not _name_material(word, kind) for word, _, _ in segments)


def _a_role(segments: list[tuple[str, int, int]]) -> bool:
    """The words are a role no class list holds (`clauses.role_word`: 主管机关), with at most
    levels or relational places before it (各级, 县级, 当地, 中央): not a body's own unit
    (某部某区管理处|某中心: 管理处 ends units too, after a named parent)."""
    *before, (last, _, _) = segments
    return role_word(last) and all(
        word == _CENTRE or word in LEVEL_WORDS or is_relational_place(word) for word, _, _ in before
    )


def _begins_a_name(rest: str) -> bool:
    """The name the label ends with does not begin with a conjunction or a function word
    (吸收|与创新…: the cut would be inside the name)."""
    words = load_evidence().segment(rest)
    return (
        bool(words)
        and rest[0] not in conjunctions.AND_OR
        and not load_evidence().stops_name(words[0][0])
    )


def _name_material(word: str, kind: str) -> bool:
    """Can the word stand inside a name, by the laws' evidence and the listed names?"""
    evidence = load_evidence()
    if word in NAME_START_WORDS or word in places() or word in evidence.name_final:
        return True
    if kind == "Fund" and word in fund_name_words():
        return True  # a word of the laws' own fund names (救助, 发展)
    if ends_with_head(word):
        return True
    found = evidence.word(word)
    if found is None:
        return len(word) > 1  # a word the laws never use: a coinage or a place (河套)
    if found.tag in _LOCALISER_TAGS:
        return False
    if found.tag in PROPER_TAGS | NUMERAL_TAGS:
        return True
    if load_name_words().holds(word) or found.begin_unit + found.inside_unit:
        return True
    if evidence.stops_name(word):
        return False
    return found.predicate_rate < WEAK_PREDICATE_RATE


def merge_glued(by_name: dict[str, NamedEntity], text: str, aliases: dict) -> None:
    """One document's names (by label, in the document's script): each label that is
    another name with glued words before it goes, its mentions (less the glued words)
    become that name's. Names with a defined short form, or put together from parts,
    are left as they are, but for a role before a known name (`named_in_role`), which no
    definition makes part of the name."""
    simplified = {
        to_simplified(name): name
        for name, entity in by_name.items()
        if name not in aliases and all(text[m.start : m.end] == name for m in entity.mentions)
    }
    glued = glued_names((label, by_name[name].kind) for label, name in simplified.items())
    for label, rest in glued.items():
        while rest in glued:  # 甲|乙|丙: the shortest name of the chain
            rest = glued[rest]
        _fold_into(by_name, simplified[label], len(label) - len(rest), simplified[rest])
    for label, name in simplified.items():
        named = named_in_role(label) if name in by_name else None
        if named:  # 監督管理執行機構|中國證監會: the name, its role left out
            cut = len(label) - len(named)
            _fold_into(by_name, name, cut, name[cut:])
    for name in [name for name in by_name if name in aliases]:
        named = named_in_role(to_simplified(name))
        if named:  # 某執行機構|某某委員會（以下簡稱某會）: the role is no part of what is defined
            _fold_defined(by_name, aliases, text, name, len(name) - len(named))


def _fold_defined(
    by_name: dict[str, NamedEntity], aliases: dict, text: str, name: str, cut: int
) -> None:
    """`_fold_into` for a name the document defines a short form for (session 26: the role
    before such a name passed every gate): the mentions of the long label lose the role,
    those of the short form stay as written, and the short forms become the name's."""
    target = name[cut:]
    entity = by_name.pop(name)
    into = by_name.setdefault(target, NamedEntity(target, entity.kind))
    into.mentions.extend(
        replace(m, start=m.start + cut) if text[m.start : m.end] == name else m
        for m in entity.mentions
    )
    defined = [alias for alias in aliases.pop(name) if alias[0] != target]
    if defined:
        aliases.setdefault(target, []).extend(defined)


def unjoin(by_name: dict[str, NamedEntity], aliases: dict) -> None:
    """`joined_things`: a label that is two things joined (行政法规和|某院) becomes the name
    on the right, its mentions less the left part, or goes when the right part is no name.
    Names with a defined short form, or put together from parts, are left as they are.
    Two modifiers joined before one head (`joined_modifiers`): two levels' go (中央和地方|
    …基金 names a class), two places' split into one body of each (甲省和乙省|人民政府)."""
    for name in list(by_name):
        if name in aliases or name not in by_name:
            continue
        simplified = to_simplified(name)
        if levels_joined(simplified):
            del by_name[name]
            continue
        places = places_joined(simplified)
        if places is not None:
            _split_places(by_name, name, places)
            continue
        if (second := back_to_back(simplified)) is not None:
            _split_back_to_back(by_name, name, second)  # 外交部|教育部: two bodies
            continue
        rest = joined_things(simplified)
        if rest is None:
            continue
        if not rest:
            del by_name[name]
        else:
            _fold_into(by_name, name, len(name) - len(rest), name[len(name) - len(rest) :])


def _split_places(by_name: dict[str, NamedEntity], name: str, places: PlacesJoined) -> None:
    """甲省和乙省人民政府 → 乙省人民政府 (its mentions less the left place and the conjunction)
    and 甲省人民政府, whose words the label holds apart: its mentions are the label's."""
    entity = by_name[name]
    left, right = places.names(name)
    mentions = list(entity.mentions)
    _fold_into(by_name, name, places.right, right)
    by_name.setdefault(left, NamedEntity(left, entity.kind)).mentions.extend(mentions)


def _split_back_to_back(by_name: dict[str, NamedEntity], name: str, second: int) -> None:
    """甲部乙部 → 乙部 (its mentions less the first name) and 甲部 (the mentions' first part)."""
    entity = by_name[name]
    first = name[:second]
    heads = [replace(m, end=m.start + second) for m in entity.mentions]
    _fold_into(by_name, name, second, name[second:])
    by_name.setdefault(first, NamedEntity(first, entity.kind)).mentions.extend(heads)


def _fold_into(by_name: dict[str, NamedEntity], name: str, cut: int, target: str) -> None:
    """`name`'s entity goes; its mentions, less their first `cut` characters, become
    `target`'s (made, of the same kind, when the document does not name it alone)."""
    entity = by_name.pop(name)
    into = by_name.setdefault(target, NamedEntity(target, entity.kind))
    into.mentions.extend(replace(m, start=m.start + cut) for m in entity.mentions)  # same rule


def named_in_role(label: str) -> str | None:
    """`role_before_a_name`: the complete known name that ends `label` (Simplified) after
    a role, a class noun of bodies (监督管理执行机构|中国证券监督管理委员会), or None. The
    longest such name: the role is cut at the first word boundary where both hold. After a
    role word first (`clauses.role_word`: 主管机关, 税务机关), or a role of two words
    (`clauses.role_words`: 上级|机关, session 32), the rest may also be a unit the laws repeat
    whole (session 31: 主管机关|某某审议委员会, each authority's own committee)."""
    evidence = load_evidence()
    words = evidence.segment(label)
    for at, (_, start, _) in enumerate(words[1:], start=1):
        rest = [w for w, s, _ in words if s >= start]
        # a role of two words first (上级|机关|某某委员会), session 32
        first_role = (at == 1 and role_word(words[0][0])) or (
            at == 2 and role_words(words[0][0], words[1][0])
        )
        role = first_role or role_word(words[at - 1][0])
        if (category_of(label[:start]) or role) and known_name(rest):
            return label[start:]
        if first_role and _unit_of_its_own(rest):
            return label[start:]  # 主管机关|某某审议委员会: each authority's, not its name
    return None


def _unit_of_its_own(words: list[str]) -> bool:
    """A unit the laws repeat whole after many different words, ending in a head and no
    bare head (某某审议委员会, 教育局): a body or class named apart from the role before it."""
    name = "".join(words)
    return load_evidence().is_unit(words) and ends_with_head(name) and not is_head(name)


def names_a_common_thing(label: str) -> bool:
    """`common_word_last`, for a list item without a head of its own (lists.coordinated):
    it ends with a word the laws use at least COMMON_USES times that no unit of the laws
    begins or holds and no listed name holds (债券, 凭证, 资格: 公司债券、存托凭证 listed
    beside a fund are securities, not names). A company's name ends in a proper or unseen
    word (阿里巴巴, 中兴通讯) or a field that names hold (商汤|科技, 大疆|创新); after a place
    or a proper noun the common word is that place's own (澳门|驻军)."""
    evidence = load_evidence()
    words = evidence.segment(label)
    if not words or any(is_place(word, or_proper_noun=True) for word, _, _ in words[:-1]):
        return False  # a place's or a name's own (澳门|驻军)
    last = words[-1][0]
    found = evidence.word(last)
    if found is None or found.count < COMMON_USES or found.tag in PROPER_TAGS:
        return False
    return not (found.begin_unit + found.inside_unit) and not load_name_words().holds(last)


def negated_head(label: str) -> bool:
    """`negated_head`: the label's last word is its head negated (…學校|非政府, 課程|非|大學:
    "not a government", "not a university"), which names nothing; a name that begins with
    a negation (非營利組織) is judged elsewhere."""
    words = [word for word, _, _ in load_evidence().segment(label)]
    if len(words) < 2:
        return False
    return (words[-1][0] == "非" and len(words[-1]) > 1) or words[-2] == "非"


def defines_a_body(noun: str) -> bool:
    """`defined_thing`: may 本 + `noun` (Simplified: 中心, 馆, 奖章) stand for a body the
    text sets up? Yes when the noun ends with a head's last character or is one character;
    not for things (奖章, 保险, 制度, 标准)."""
    return len(noun) == 1 or noun[-1:] in heads_by_last_char()


# quantifiers of a kind: they say how many of a kind the phrase means (部分, 若干: "some of");
# a closed set of the grammar
_QUANTIFIERS = frozenset({"部分", "部份", "若干", "一些", "个别", "大部分"})


def quantified_kind(label: str) -> bool:
    """`quantified_kind`: a quantifier among the label's words (Simplified): 部分|委员会,
    办理|部分|产业园区 name some of a kind, no body."""
    return any(word in _QUANTIFIERS for word, _, _ in load_evidence().segment(label))
