"""Service lines named by the number dialled (issue 19, session 34).

An emergency or public-service line is named by its number: 拨打“130”求助, “130”求助电话,
接入“111”、“112”求助平台, 拨打96170咨询. The number is the line's name (as written, without
its quotes); where the text joins it to the line's words (…电话, …热线, a platform's head)
that form names it and the bare number is an alias; in a list of numbers sharing one head the
items before the head are named by the number alone. One document, one line per number: its
joined forms, the platforms other rules read from the number (“130”通信网络) or with words
before it (甲市96180燃气服务热线: that longer name names the line, the number its alias) and
its bare mentions are one entity.

A number of three to six digits is a line's number where the document, once at least,
- writes it right after a frame of dialling, calling or reporting that the laws write before
  such numbers (拨打, 通过: role `frame` of resources/service_lines.tsv, built by
  scripts/build_service_lines.py from the scale corpus and the regional laws), or after a
  line head and a label's colon (求助电话：96177),
- or joins it to a line's words ending in a line head (LINE_HEADS: 热线, 电话), or after its
  closing quote to 平台 (96177燃气服务热线, “112”求助平台; 甲863计划…平台 is no line);
then its quoted mentions (“130”) are the line too (实施“863”专项, never dialled nor joined, is
no line). Never a number in a list closed by 等 (“111”、“112”等, 111、112等: examples of a class
of lines), that counts or dates (110元, 120日, 130人, 500部, 2021年: a classifier, a word of
one character, a time or a number after it), an article's (第120条), or part of a longer
number (0755-1234567, 1:500: a dash, a dot or a colon with a digit beyond it, or a digit
beside it; a postcode of six digits is neither framed, quoted nor joined: 邮编 is no frame).

A line the laws name after its number, written without it (通过甲乙热线报修): the laws write
that phrase after a service number in most of its uses (role `line` of the same table), so a
document that writes it alone, right after a definite act (通过, 依托, 拨打), means the existing
line: `rule:line-without-number`; the document's one numbered line ending in it, if any.

One pass over the digit runs and one over the line heads of the document, each segmenting
only its clause: linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from policykg.ingest.script import to_simplified

from .phrases import PHRASE_BREAK_TAGS, Token, tokenise
from .platform_use import DEFINITE_ACTS, closed_after, learnt_frame
from .records import Mention, NamedEntity
from .vocabulary import lines_of

__all__ = [
    "LINE_HEADS",
    "LINE_WITHOUT_NUMBER_RULE",
    "SERVICE_NUMBER_RULE",
    "NumberMention",
    "is_line_head",
    "lines_without_number",
    "number_at",
    "numbered_by",
    "numbered_lines",
    "service_frames",
    "service_lines",
    "service_numbers",
]

SERVICE_NUMBER_RULE = "rule:service-number"
LINE_WITHOUT_NUMBER_RULE = "rule:line-without-number"
# the nouns of a telephone line (grammar: 热线, 电话), which close a line's name
LINE_HEADS = ("热线", "电话")
_PLATFORM_HEAD = "平台"  # “112”报警平台: a line named as a platform, its head kept
NUMBER = re.compile(r"^[0-9]{3,6}$")
_DIGIT_RUN = re.compile(r"[0-9]+")
_OPEN, _CLOSE = frozenset('“「"'), frozenset('”」"')
# after a number that counts or dates: a classifier, a time word, a number (110|元, 120|日内)
_COUNTING_TAGS = frozenset({"m", "mq", "q", "t", "f"})
# a word of one character right after a number is its measure word whatever its tag (500|部,
# 300|路, 800|门, 130|人: grammar, a line's words are written in words of two characters or
# more: 96180|燃气|热线), unless it is a function word or a verb (拨打110|或119, 110|的)
_NOT_MEASURE_TAGS = PHRASE_BREAK_TAGS | {"v"}
_COUNTING_START = re.compile("[年月日天时万亿元]")  # a time or a sum beginning a word: 日内, 万元
# between two digit runs of one longer number: 0755-1234567, 1.5, 3/4, 12,000, 8:30; a label's
# colon or a comma with no digit beyond it joins nothing (电话：96180, 拨打110，)
_JOINED = frozenset("-－—–.．/／,，:：~～×")
_DIGIT = re.compile("[0-9]")
_ARTICLE = "第"
_LISTED = "、"
_OPEN_LIST = "等"  # “111”、“112”等: examples of a class
# the words from a number to its line's head, the head included: the longest line phrase the
# builder reads from the corpus (service_lines.tsv) has four words (政务|服务|便民|热线), and a
# number may stand before one qualifying word more (96180|城管|政务|服务|便民|热线); a test checks
# the built table against it
MAX_LINE_WORDS = 5
# where a line's words cannot go on (rjieba tags): punctuation, prepositions, conjunctions,
# particles, pronouns, numbers
_BREAKS = PHRASE_BREAK_TAGS | {"m"}
_CLAUSE = re.compile(r"[^。；;！？!?\n]+")


@dataclass(frozen=True)
class NumberMention:
    """A service number in the text: the digits, and the line's words joined to it if any
    (“130”急救电话: `form_end` at the end of 电话)."""

    number: str
    start: int  # the digits
    end: int
    form_start: int  # the opening quote, if quoted, else the digits
    form_end: int | None = None  # the end of the joined form, if any


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, tuple[int, ...]]]:
    table: dict[str, dict[str, tuple[int, ...]]] = {"frame": {}, "line": {}}
    for line in lines_of("service_lines.tsv"):
        role, text, *counts = line.split("\t")
        table[role][text] = tuple(map(int, counts))
    return table


@lru_cache(maxsize=1)
def service_frames() -> frozenset[str]:
    """The words the laws write right before service numbers (拨打, 通过)."""
    return frozenset(_table()["frame"])


@lru_cache(maxsize=1)
def numbered_lines() -> frozenset[str]:
    """The line phrases the laws write after a service number in most of their uses."""
    return frozenset(_table()["line"])


def is_line_head(word: str) -> bool:
    return word.endswith(LINE_HEADS)


def _clauses(text: str, start: int, end: int, pattern: re.Pattern[str]) -> Iterator[list[Token]]:
    """The tokens of each clause of text[start:end] that holds a match of `pattern`."""
    for clause in _CLAUSE.finditer(text, start, end):
        if pattern.search(text, clause.start(), clause.end()):
            yield tokenise(text, clause.start(), clause.end())


def number_at(tokens: Sequence[Token], k: int) -> bool:
    """tokens[k] is a number of three to six digits that neither counts, dates nor is a part
    of a longer number or an article's (the grammar of the module docstring)."""
    word = tokens[k].word
    if not NUMBER.match(word):
        return False
    before = tokens[k - 1].word if k > 0 else ""
    after = _after_quote(tokens, k)
    if before.endswith(_ARTICLE) or _joined(tokens, k - 1, -1):
        return False
    if after is not None:
        if _joined(tokens, k + 1, 1) or _COUNTING_START.match(after.word):
            return False
        if len(after.word) == 1 and after.tag not in _NOT_MEASURE_TAGS:
            return False  # 500|部, 130|人 (a measure word)
        if after.tag in _COUNTING_TAGS and not _quoted(tokens, k):
            return False
    return True


def _joined(tokens: Sequence[Token], j: int, step: int) -> bool:
    """tokens[j], beside a number on the side `step` points to, joins it to more digits:
    a joiner (_JOINED) with a digit beyond it (0755-|1234567, 8|:|30), not a label's colon."""
    if not 0 <= j < len(tokens):
        return False
    word = tokens[j].word
    edge = word[-1] if step < 0 else word[0]
    if edge not in _JOINED:
        return False
    rest = word[:-1] if step < 0 else word[1:]
    if rest:
        return bool(_DIGIT.search(rest[-1] if step < 0 else rest[0]))
    beyond = j + step
    if not 0 <= beyond < len(tokens) or not tokens[beyond].word:
        return False
    return bool(_DIGIT.match(tokens[beyond].word[-1] if step < 0 else tokens[beyond].word[0]))


def _quoted(tokens: Sequence[Token], k: int) -> bool:
    return 0 < k < len(tokens) - 1 and tokens[k - 1].word in _OPEN and tokens[k + 1].word in _CLOSE


def _after_quote(tokens: Sequence[Token], k: int) -> Token | None:
    """The token after the number, past its closing quote."""
    j = k + 1 + _quoted(tokens, k)
    return tokens[j] if j < len(tokens) else None


def _frame_before(tokens: Sequence[Token], k: int) -> bool:
    """A frame (拨打, 通过) right before the number, or a line's head labelling it with a
    colon (举报电话：96180; a colon with digits on both sides is a time, 8:30: `_joined`)."""
    j = k - 1 - _quoted(tokens, k)
    if j >= 0 and tokens[j].word in service_frames():
        return True
    return j >= 1 and tokens[j].word in _LABEL_COLONS and is_line_head(tokens[j - 1].word)


_LABEL_COLONS = frozenset(":：")  # grammar: the colon after a label


def _line_end(tokens: Sequence[Token], k: int) -> int | None:
    """The index of the word ending in a line head (or 平台 after a quote) that closes the
    line's words right after the number tokens[k]: “130”|急救|电话, 96110|燃气|服务|热线."""
    quoted = _quoted(tokens, k)
    first = k + 1 + quoted
    for j in range(first, min(len(tokens), first + MAX_LINE_WORDS)):
        token = tokens[j]
        if token.tag in _BREAKS:
            return None
        if is_line_head(token.word) or (token.word.endswith(_PLATFORM_HEAD) and quoted):
            return j
    return None


def _list_items(tokens: Sequence[Token], k: int) -> tuple[list[int], bool]:
    """The numbers of the list tokens[k] begins, quoted or not (“111”、“112”…, 111、112…), and
    whether 等 closes it."""
    items = [k]
    j = k
    while True:
        after = j + 1 + _quoted(tokens, j)  # past the closing quote
        if after >= len(tokens) or tokens[after].word != _LISTED:
            break
        following = after + 1 + (after + 1 < len(tokens) and tokens[after + 1].word in _OPEN)
        if following >= len(tokens) or not number_at(tokens, following):
            break
        j = following
        items.append(j)
    after_last = _after_quote(tokens, j)
    return items, after_last is not None and after_last.word == _OPEN_LIST


def numbered_by(tokens: Sequence[Token], k: int) -> Token | None:
    """The word right before the number tokens[k] (before its opening quote), when the number
    is a service number by its own writing (quoted alone, not in a list 等 closes; or joined to
    a line's words ending in a line head): what the builder counts as a frame."""
    _, open_list = _list_items(tokens, k)
    line_end = _line_end(tokens, k)
    joined = line_end is not None and is_line_head(tokens[line_end].word)
    if open_list or not (_quoted(tokens, k) or joined):
        return None
    j = k - 1 - _quoted(tokens, k)
    return tokens[j] if j >= 0 else None


def service_numbers(text: str, start: int, end: int) -> list[NumberMention]:
    """The service numbers of text[start:end] (Simplified), in order (module docstring): a
    number the document dials, frames or joins to a line's head once is a line wherever it
    stands quoted (实施“863”计划, never framed nor joined, is no line)."""
    said: list[tuple[NumberMention, bool]] = []  # a mention, and whether it says "a line"
    for tokens in _clauses(text, start, end, _DIGIT_RUN):
        k = 0
        while k < len(tokens):
            if not number_at(tokens, k):
                k += 1
                continue
            items, open_list = _list_items(tokens, k)
            last = items[-1]
            k = last + 1
            if open_list:
                continue  # “111”、“112”等: examples of a class of lines
            line_end = _line_end(tokens, last)
            framed = _frame_before(tokens, items[0])
            if not (_quoted(tokens, last) or framed or line_end is not None):
                continue
            evidence = framed or line_end is not None
            said += [(_bare(tokens, item), evidence) for item in items[:-1]]
            form_end = _form_end(tokens[line_end]) if line_end is not None else None
            said.append((replace(_bare(tokens, last), form_end=form_end), evidence))
    lines = {mention.number for mention, evidence in said if evidence}
    return [mention for mention, _ in said if mention.number in lines]


# 热线电话: the telephone of a hotline (grammar: a head and the medium after it); the line
# is the 热线, its name ends there (96177燃气热线|电话)
_MEDIUM = "电话"


def _form_end(head: Token) -> int:
    """Where a line's name ends in its head word: at 热线 of 热线电话, else at the word's end."""
    if head.word.endswith(LINE_HEADS[0] + _MEDIUM):
        return head.end - len(_MEDIUM)
    return head.end


def _bare(tokens: Sequence[Token], k: int) -> NumberMention:
    token = tokens[k]
    form_start = tokens[k - 1].start if _quoted(tokens, k) else token.start
    return NumberMention(token.word, token.start, token.end, form_start)


# a name begun by a number, in quotes or not, and words without a list or a quote in them
_NUMBERED_NAME = re.compile('[“「"]?([0-9]{3,6})(?:[”」"]|(?![0-9]))[^、，,“”「」"]*$')
# a name with words before its one number (甲市96180燃气服务热线): no digit, list or quote
# in them; the name must end in a line's head (_named_as_line)
_INNER_NUMBER = re.compile(
    '[^0-9、，,“”「」"]+[“「"]?([0-9]{3,6})(?:[”」"]|(?![0-9]))[^0-9、，,“”「」"]*$'
)


def _leading_number(name: str) -> str:
    """The number a platform's name begins with (“130”通信网络, 96110燃气服务热线), or "" (and
    "" for a list of numbers sharing a head: “111”、“112”报警平台)."""
    found = _NUMBERED_NAME.match(name)
    return found.group(1) if found else ""


def _line_number(name: str) -> str:
    """The number a platform's name (Simplified) is named by: the number it begins with, or
    its one number after other words where it ends in a line's head (甲市96180民生服务热线:
    the line of 96180 written with its city before the number), else ""."""
    leading = _leading_number(name)
    if leading or not _named_as_line(name):
        return leading
    found = _INNER_NUMBER.match(name)
    return found.group(1) if found else ""


def _named_as_line(form: str) -> bool:
    return form.endswith((*LINE_HEADS, _PLATFORM_HEAD))


def service_lines(
    text: str, simplified: str, start: int, end: int, entities: list[NamedEntity]
) -> tuple[list[NamedEntity], list[tuple[str, tuple[str, Mention]]]]:
    """The entities with the line of each service number of the document made one entity
    (module docstring), and (its name, (an alias, the alias's span)) for its other forms."""
    numbers: dict[str, list[NumberMention]] = {}
    for found in service_numbers(simplified, start, end):
        numbers.setdefault(found.number, []).append(found)
    grouped: dict[str, list[NamedEntity]] = {number: [] for number in numbers}
    kept = []
    for entity in entities:
        number = _line_number(to_simplified(entity.name)) if entity.kind == "Platform" else ""
        if number in numbers:
            grouped[number].append(entity)
        else:
            kept.append(entity)
    aliases: list[tuple[str, tuple[str, Mention]]] = []
    for number, said in numbers.items():
        line, its_aliases = _one_line(text, simplified, number, said, grouped[number])
        kept.append(line)
        aliases += [(line.name, alias) for alias in its_aliases]
    return kept, aliases


def _one_line(
    text: str, simplified: str, number: str, said: list[NumberMention], read: list[NamedEntity]
) -> tuple[NamedEntity, list[tuple[str, Mention]]]:
    """The one entity of a number: named by its first form with words before the number (甲市
    96180民生服务热线), else its first form joined to a line's head (“130”急救电话, “112”报警
    平台), else by the number; its other forms and the bare number aliases. A mention of the
    number inside a longer mention of the line (96180民生服务热线 of 甲市96180民生服务热线) is
    that mention's, not a form of its own."""
    mentions = [
        Mention(m.form_start if m.form_end else m.start, m.form_end or m.end, SERVICE_NUMBER_RULE)
        for m in said
    ]
    # the other rules' mentions named by the number (“130”通信网络, 甲市96180民生服务热线); not
    # the span of a list of numbers sharing a head (“111”、“112”报警平台), whose items are above
    mentions += [
        m
        for entity in read
        for m in entity.mentions
        if _line_number(simplified[m.start : m.end]) == number
    ]
    # one mention a span, the first rule's (Mention's equality leaves the rule out); a span
    # inside another is part of it (sorted by start, the longest first: linear in mentions)
    unique: list[Mention] = []
    reach = -1  # the end of the furthest-reaching mention kept
    for mention in sorted(dict.fromkeys(mentions), key=lambda m: (m.start, -m.end)):
        if mention.end > reach:
            unique.append(mention)
            reach = mention.end
    forms: dict[str, Mention] = {}  # a form as written → its first mention
    for mention in unique:
        hans = simplified[mention.start : mention.end]
        if hans == number or (_named_as_line(hans) and _line_number(hans) == number):
            forms.setdefault(text[mention.start : mention.end], mention)
    joined = [form for form in forms if form != number]
    prefixed = [form for form in joined if not _leading_number(to_simplified(form))]
    name = (prefixed or joined or [number])[0]
    aliases = [(form, mention) for form, mention in forms.items() if form != name]
    if prefixed and number not in forms:  # the bare number, its digits inside the name
        first = min(said, key=lambda m: m.start)
        aliases.append((number, Mention(first.start, first.end, SERVICE_NUMBER_RULE)))
    return NamedEntity(name, "Platform", unique), aliases


def lines_without_number(
    text: str, simplified: str, start: int, end: int, entities: list[NamedEntity]
) -> tuple[list[NamedEntity], list[tuple[str, tuple[str, Mention]]]]:
    """The entities with each line the laws name after its number, written here without it
    right after a definite act or a frame of service numbers (通过|甲乙热线|报修): a mention
    of the document's one numbered line that ends in it (its alias), else a line of its own."""
    acts = DEFINITE_ACTS | service_frames()
    entities = list(entities)
    by_name = {entity.name: entity for entity in entities}
    ending_in = _numbered_lines_by_ending(entities)
    aliases: dict[tuple[str, str], Mention] = {}  # (the line's name, the alias) → its span
    for tokens in _clauses(simplified, start, end, _LINE_HEAD):
        for k, token in enumerate(tokens[:-1]):
            if learnt_frame(token.word) not in acts:
                continue
            last = _known_line(tokens, k + 1)
            if last is None:
                continue
            mention = Mention(tokens[k + 1].start, tokens[last].end, LINE_WITHOUT_NUMBER_RULE)
            written = text[mention.start : mention.end]
            if written not in by_name:
                by_name[written] = NamedEntity(written, "Platform", [])
                entities.append(by_name[written])
            if mention not in by_name[written].mentions:  # a span another rule read keeps it
                by_name[written].mentions.append(mention)
    # 甲市130…热线 … 通过|…热线: the document's one numbered line ending in the phrase is it
    kept = []
    for entity in entities:
        numbered = ending_in.get(entity.name, [])
        if to_simplified(entity.name) in numbered_lines() and len(numbered) == 1:
            numbered[0].mentions += [m for m in entity.mentions if m not in numbered[0].mentions]
            first = min(entity.mentions, key=lambda m: m.start)
            aliases.setdefault((numbered[0].name, entity.name), first)
        else:
            kept.append(entity)
    return kept, [(name, (alias, span)) for (name, alias), span in aliases.items()]


def _numbered_lines_by_ending(entities: list[NamedEntity]) -> dict[str, list[NamedEntity]]:
    """Each ending of at least MIN_ENDING characters of a platform named by a number (less the
    number), with the platforms that end in it: one look-up per line without its number."""
    ending_in: dict[str, list[NamedEntity]] = {}
    for entity in entities:
        number = _line_number(to_simplified(entity.name)) if entity.kind == "Platform" else ""
        if not number:
            continue
        rest = entity.name[entity.name.index(number) + len(number) :].lstrip('”」"')
        for k in range(MIN_ENDING, len(rest) + 1):
            ending_in.setdefault(rest[-k:], []).append(entity)
    return ending_in


MIN_ENDING = 4  # characters: the shortest line phrase of the table (service_lines.tsv)
_LINE_HEAD = re.compile("|".join(LINE_HEADS))
# what goes on after a line's name: a list (、, 和, 等)
_GOES_ON = frozenset({"、", "和", "及", "与", "或", "等", "以及", "或者"})


def _known_line(tokens: Sequence[Token], first: int) -> int | None:
    """The index of the last word of a phrase of `numbered_lines` beginning at tokens[first]
    and standing alone (no list nor noun going on after it), else None."""
    phrase = ""
    for j in range(first, min(len(tokens), first + MAX_LINE_WORDS)):
        phrase += tokens[j].word
        if phrase in numbered_lines():
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            if after is not None and (after.word in _GOES_ON or not closed_after(after)):
                return None  # …热线|和…, …热线|平台; not …热线|报告 (a predicate)
            return j
    return None
