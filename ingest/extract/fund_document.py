"""What a whole document says about its funds, read once per document (issue 19, session 17).

`fundnames.read_funds` reads one paragraph's words; these facts come from the document:

- the short forms it defines (（以下简称吸收与创新）: `fundnames.defined_terms`);
- the funds its cited titles are about (《黄金地质勘探资金管理暂行办法》: 黄金地质勘探资金 is one
  fund, not money in general, wherever the text names it), and (session 33) the funds a rule
  the text makes is named after without 《》 (制定…资金使用管理办法);
- whether it speaks of its own fund (本基金: a bare 基金 after a verb is then that fund,
  the verb's object: 存款利息全部转入|基金专户);
- the funds it names after a level of the whole country (国家自然科学基金: a one-character
  local level before the same name, 市|自然科学基金, names that level's fund of that name);
- the character a name always follows (可再生能源发展基金, cut 可|再生能源 by the segmenter:
  every time the document writes 再生能源发展基金, 可 stands before it), and whether a word
  stands before every use of a name (session 22: the act a fund's name begins with,
  设立|引进|…专项资金, is the name's when the document never writes the rest alone).

`without_level_shortenings` works on a document's entities (moved here from fundnames.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..chars import is_han
from ..script import to_simplified
from .citations import alias_after
from .vocabulary import level_words

# a title about one fund: 《…资金管理暂行办法》, 《…基金使用管理办法》, 《…基金筹集和使用办法》
_FUND_TITLE = re.compile(
    r"《([\u3400-\u9fff]{4,30}?(?:资金|基金))(?:管理|使用|筹集|征收)[^《》]{0,12}》"
)
# a rule the text makes for one fund, named without 《》 (制定|…扶持资金使用管理办法): the same
# evidence as a cited title, the rule's name beginning right after the verb of making it
_FUND_RULE_MADE = re.compile(
    r"(?:制定|制订)([\u3400-\u9fff]{4,30}?(?:资金|基金))(?:管理|使用|筹集|征收)"
    r"[\u3400-\u9fff]{0,8}?(?:办法|规定|细则)"
)
_OWN_FUND = "本基金"
_OPENING_PARENTHESES = re.compile(r"[（(]")
MIN_USES = 2  # a character that stands before a name every time, at least this many times
MAX_LOOKUPS = 64  # names looked up per document: the cost stays linear in its size


@dataclass
class FundDocument:
    """One document's evidence about its funds (`text` the full Simplified text,
    [start, end) the document's range)."""

    text: str
    start: int
    end: int
    defined: frozenset[str]
    titled: frozenset[str]
    own_fund: bool
    levelled: frozenset[str] = frozenset()  # 自然科学基金, named after 国家 in the document
    _before: dict[str, str] = field(default_factory=dict)
    _after: dict[str, bool] = field(default_factory=dict)

    def always_before(self, name: str) -> str:
        """The Han character that stands before every one of the document's MIN_USES or
        more uses of `name`, or "" (at most MAX_LOOKUPS names a document, each one scan)."""
        if name in self._before:
            return self._before[name]
        found = ""
        if len(self._before) < MAX_LOOKUPS:
            before = set()
            uses = 0
            at = self.text.find(name, self.start, self.end)
            while at >= 0 and len(before) <= 1:
                uses += 1
                before.add(self.text[at - 1] if at > self.start else "")
                at = self.text.find(name, at + len(name), self.end)
            (only,) = before if len(before) == 1 else ("",)
            found = only if uses >= MIN_USES and is_han(only) else ""
        self._before[name] = found
        return found

    def written_after(self, name: str, word: str) -> bool:
        """No use of `name` in the document stands without `word` right before it (the
        document never writes the name apart from that word; at most MAX_LOOKUPS names a
        document, each one scan, then False)."""
        key = f"{word}|{name}"
        if key not in self._after:
            if len(self._after) >= MAX_LOOKUPS:
                return False
            at = self.text.find(name, self.start, self.end)
            while at >= 0 and self.text.startswith(word, at - len(word)):
                at = self.text.find(name, at + len(name), self.end)
            self._after[key] = at < 0
        return self._after[key]

    def one_fund(self, name: str, end: int) -> bool:
        """The document treats `name` (ending at `end`) as one fund: a title it cites is
        about it (《黄金地质勘探资金管理暂行办法》), or it defines a short form for it right
        there (…勘探资金（以下简称勘探资金）)."""
        if any(title.endswith(name) for title in self.titled):
            return True
        return alias_after(self.text, end, self.end, defined_only=True)[0] is not None


NO_DOCUMENT = FundDocument("", 0, 0, frozenset(), frozenset(), False)


@lru_cache(maxsize=4)
def defined_terms(simplified: str, start: int, end: int) -> frozenset[str]:
    """The short forms the document simplified[start:end] defines (（以下简称吸收与创新）,
    read by citations.alias_after, the one parser of definitions; one pass over the
    document, each parenthesis read over at most 40 characters; the last few documents'
    are kept, so each paragraph's call costs a look-up)."""
    terms = set()
    for m in _OPENING_PARENTHESES.finditer(simplified, start, end):
        alias, _ = alias_after(simplified, m.start(), end, defined_only=True)
        if alias is not None:
            terms.add(alias[0])
    return frozenset(terms)


@lru_cache(maxsize=1)
def _after_a_level() -> re.Pattern[str]:
    """A fund's name right after a word of the whole country's level (level_words.tsv)."""
    levels = "|".join(sorted(level_words(), key=len, reverse=True))
    return re.compile(rf"(?:{levels})(?P<stem>[\u3400-\u9fff]{{2,16}}?(?:资金|基金))")


@lru_cache(maxsize=4)
def fund_document(simplified: str, start: int, end: int) -> FundDocument:
    """The evidence of the document simplified[start:end] (one pass for each fact; the
    last few documents' are kept, so each paragraph's call costs a look-up)."""
    titled = frozenset(
        m.group(1)
        for pattern in (_FUND_TITLE, _FUND_RULE_MADE)
        for m in pattern.finditer(simplified, start, end)
    )
    return FundDocument(
        simplified,
        start,
        end,
        defined_terms(simplified, start, end),
        titled,
        simplified.find(_OWN_FUND, start, end) >= 0,
        frozenset(m.group("stem") for m in _after_a_level().finditer(simplified, start, end)),
    )


def without_level_shortenings(entities: list) -> list:
    """The entities with each fund whose name is another fund's of the same document less
    a word of the whole country's level (融资担保基金 beside 国家融资担保基金: read from
    国家和地方融资担保基金, it is the class the two levels share, or the national fund's
    short mention) folded into that longer fund: its mentions move there, so a mention
    stays linked to the fund it stands for (an amount, a manager) and none is lost."""
    levels = level_words()
    funds = {to_simplified(e.name): e for e in entities if e.kind == "Fund"}
    kept = []
    for entity in entities:
        longer = entity.kind == "Fund" and next(
            (
                funds[level + name]
                for level in sorted(levels)
                if (name := to_simplified(entity.name)) and level + name in funds
            ),
            None,
        )
        if not longer:
            kept.append(entity)
            continue
        known = {(m.start, m.end) for m in longer.mentions}
        longer.mentions += [m for m in entity.mentions if (m.start, m.end) not in known]
        longer.mentions.sort(key=lambda m: (m.start, m.end))
    return kept
