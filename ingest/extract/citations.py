"""Documents cited by title (《…》), their short forms, dates and parties.

For each 《title》: its class from the title's head noun; an alias defined right after it
(（以下簡稱《安排》）, （「十四五」規劃）); the date and its role when the clause says when it
was signed, published or adopted (2017年1月3日…簽署的《…》, 《…》於…公布); the parties or
issuing bodies named as the clause's subject; and whether the citing document is made
under it (根據《…》). Later mentions of a short form resolve to the same work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.ingest.dates import find_dates
from policykg.ingest.metadata import classify
from policykg.ingest.records import DateValue
from policykg.ingest.script import to_simplified

from policykg.iris import canonical_title

from .body_classes import has_proper_element
from .catalogue_titles import catalogue_titles, determiner_length
from .cited_clause import amending_act, describe_clause, issuer_in_title, places_before
from .kind_titles import kind_titles
from .launched_works import DOC_HEAD, DRAFTING, launched_works
from .law_patterns import LAW_HEADS, laws_cited, two_character_law
from .law_titles import (
    cited_law_titles,
    short_law_titles,
)
from .plan_titles import plan_titles
from .pointed_rules import pointed_rules
from .records import CitedWork, Mention
from .repeated_plans import repeated_plans
from .spans import Spans
from .unmarked_titles import annex_titles, received_titles, renamed_titles

_TITLE = re.compile(r"《([^《》\n]{2,120})》")
_TITLE_MARK = re.compile(r"[《》\n]")
MAX_NESTED_TITLE = 300  # characters: an amending decision's title naming the acts it amends


@dataclass(frozen=True)
class _Title:
    """A 《title》 in the text: where it starts and ends (its marks included), its words."""

    start: int
    end: int
    title: str

    @property
    def title_start(self) -> int:
        return self.start + 1


def _titles(text: str, start: int, end: int) -> list[_Title]:
    """Every 《title》, innermost ones and, around them, the titles that hold another
    (《最高人民法院關於修改〈…《某法》…〉等二十七件…的決定》 is itself a cited work), in order."""
    titles = [_Title(m.start(), m.end(), m.group(1)) for m in _TITLE.finditer(text, start, end)]
    opened: list[int] = []  # where each open 《 is
    nested = False
    for m in _TITLE_MARK.finditer(text, start, end):
        if m.group() == "\n":
            opened, nested = [], False
        elif m.group() == "《":
            nested = nested or bool(opened)
            opened.append(m.start())
        elif opened:
            at = opened.pop()
            if not opened and nested:
                inner = text[at + 1 : m.start()].strip()
                if 2 <= len(inner) <= MAX_NESTED_TITLE:
                    titles.append(_Title(at, m.end(), inner))
                nested = False
    return sorted(titles, key=lambda t: t.start)


_ALIAS = re.compile(
    r"\s*[（(]\s*(?:以下|下文|下|後|后)?\s*(?:簡稱|简称|稱|称|統稱|统称)?\s*[:：]?\s*"
    r"(?P<alias>[「“\"『《]{0,2}[^（）()\n，。]{1,24}?[」”\"』》]{0,2})\s*[）)]"
)
_DEFINES = re.compile(r"簡稱|简称|下稱|下称|統稱|统称")
_QUOTES = '「」“”"『』《》〈〉'
# 《2020 年全球金融科技生態系統報告》, 《行政長官2024年施政報告》: the title's own year
_TITLE_YEAR = re.compile(r"^[^\d]{0,4}(?P<year>\d{4})\s*年(?!\s*[-—至])")


def strip_quotes(text: str) -> str:
    return "".join(c for c in text if c not in _QUOTES).strip()


def find_citations(
    text: str, start: int, end: int, own_title: str
) -> tuple[list[CitedWork], list[tuple[str, Mention]]]:
    """Cited works in text[start:end] and the aliases the document defines for itself."""
    own_key = canonical_title(own_title) if own_title else ""
    works: dict[str, CitedWork] = {}
    alias_to_key: dict[str, str] = {}
    self_aliases: list[tuple[str, Mention]] = []
    skip_until = start  # the 《安排》 inside （以下簡稱《安排》） defines, it does not mention
    for m in _titles(text, start, end):
        if m.start < skip_until:
            continue
        title = m.title.strip()
        key = canonical_title(title)
        if not key:
            continue
        mention = Mention(m.start, m.end)
        if key in alias_to_key:  # a short form defined earlier: 《安排》
            resolved = alias_to_key[key]
            if resolved in works:
                works[resolved].mentions.append(mention)
            continue
        alias, definition_end = alias_after(text, m.end, end)
        if alias:  # a title inside the one just read is still read
            skip_until = max(skip_until, definition_end)
        if key == own_key:
            if alias:
                alias_to_key[canonical_title(alias[0])] = own_key
                self_aliases.append(alias)
            continue
        work = works.get(key)
        if work is None:
            work = works[key] = CitedWork(title=title, kind=classify(title))
        work.mentions.append(mention)
        if alias and canonical_title(alias[0]) not in alias_to_key:
            alias_to_key[canonical_title(alias[0])] = key
            work.aliases.append(alias)
        if work.date is None:  # a header line's amending act: its date is certain
            amending_act(text, m.start, m.end, work)
        describe_clause(text, m.start, work, start)
        if not work.parties:
            work.parties = issuer_in_title(title, m.title_start)
        if work.date is None and (year := _TITLE_YEAR.match(title)):
            work.date = DateValue(int(year.group("year")))
            work.date_role = "published"
            work.date_mention = Mention(
                m.title_start + year.start("year"), m.title_start + year.end("year")
            )
    _named_without_brackets(text, start, end, own_key, works, alias_to_key, own_title)
    return list(works.values()), self_aliases


# “一區兩園”合作安排, 「傑出創科學人計劃」
_QUOTED_WORK = re.compile(rf"[“「『](?P<name>[^”」』《》\n]{{2,30}}?)[”」』](?P<head>{DOC_HEAD})?")
_FUNDING_SCHEME = re.compile(r"(?:資助計劃|资助计划|基金)$")
# the classes of legal norms (a closed list: the ranks of the Legislation Law and of Taiwan's
# 中央法規標準法 and 行政程序法); a name that is not a listed title, joined to one of them,
# is a class too (法律、法規命令或行政規則, 法律或自治條例: the scale corpus's 3 of 3), unless
# the name holds a proper element (法规或者某省安全生产条例: a place makes it one law)
_NORM_CLASS_BEFORE = re.compile(
    r"(?:法律|法規命令|法规命令|行政法規|行政法规|地方性法規|地方性法规|法規|法规|規章|规章|法令|命令)"
    r"(?:[、或及和與与]|或者)$"
)
# 将在编制国家“十一五”规划中: a plan being drawn up has no title to cite yet
# (编制的深港“联合政策包”: drawn up already, a work)
_DRAFTING_BEFORE = re.compile(rf"(?:{DRAFTING})[^，。；：的\n“「『]{{0,4}}$")


# 加快“某某”方案的研究, “某某”规划的编制工作: a plan still being worked out, no work yet
_DRAFTING_AFTER = re.compile(rf"的(?:研究)?(?:{DRAFTING}|研究|论证|論證)")


_NOT_A_NAME = re.compile(
    r"的|所|有關|有关|涉及|擬定|拟定|具體|具体|相關|相关|各項|各项|年度|書面|书面"
)


def _named_without_brackets(
    text: str,
    start: int,
    end: int,
    own_key: str,
    works: dict,
    alias_to_key: dict,
    own_title: str = "",
) -> None:
    """Documents and programmes named in quotation marks or after 推出/公布, without 《》."""
    inside_titles = [(m.start, m.end) for m in _titles(text, start, end)]
    found: list[tuple[int, int, str]] = []
    for m in _QUOTED_WORK.finditer(text, start, end):
        name = m.group("name") + (m.group("head") or "")
        if _DRAFTING_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            continue
        if _DRAFTING_AFTER.match(text, m.end()):
            continue
        if m.group("head") or re.search(f"{DOC_HEAD}$", name):
            found.append((m.start(), m.end(), strip_quotes(name)))
    statute = bool(own_title) and classify(own_title) == "Legislation"
    laws, cut_to_known = laws_cited(text, start, end)  # 依预算法第六十二条 (law_patterns.py)
    found += laws
    found += launched_works(text, start, end, statute)  # 推出…计划, 签署…协议 (launched_works.py)
    # 依國內出差旅費報支要點規定: a rule's bare title, read from its kind word (kind_titles.py)
    found += [t for t in kind_titles(text, start, end) if not re.search(f"{LAW_HEADS}$", t[2])]
    found += plan_titles(text, start, end)  # 按照甲市土地利用总体规划 (plan_titles.py)
    found += repeated_plans(text, start, end)  # 根据本市甲发展规划 …, twice (repeated_plans.py)
    listed = cited_law_titles(text, start, end)  # 依所得稅法規定: a law the corpus lists
    listed += short_law_titles(text, start, end)  # 根据宪法和…: its short title, by a citing verb
    # the annexes a document lists and the titles it says it received: the text shows both ends
    shown = annex_titles(text, start, end) + received_titles(text, start, end, own_title)
    shown += pointed_rules(text, start, end, own_title)  # 本院組織法: the body's own act
    catalogues = catalogue_titles(text, start, end)  # 列入国家危险废物名录: scope and head
    shown += catalogues
    known = {(s, e) for s, e, _ in listed + shown + cut_to_known}
    found += listed + shown
    titles = Spans(inside_titles)
    listed_spans = Spans((s, e) for s, e, _ in listed)
    # 原名稱：…條例；新名稱：…: the text's own former or new title, not a work it cites
    own_names = Spans((s, e) for s, e, _ in renamed_titles(text, start, end))
    own_written = _own_title_written(text, start, end, own_title)
    for s, e, name in sorted(set(found)):
        if own_written.get(e, e) < s:
            continue  # 甲市|乙条例 in the document's own title: the title without its place
        if (s, e) not in known and (_FUNDING_SCHEME.search(name) or _NOT_A_NAME.search(name)):
            continue
        if (s, e) not in known and listed_spans.overlaps(s, e):
            continue  # 如符合促進產業升級條例: the listed title knows where the name starts
        if (
            (s, e) not in known
            and _NORM_CLASS_BEFORE.search(text, max(start, s - 6), s)
            and not has_proper_element(to_simplified(name))
        ):
            continue  # 法律、法規命令或行政規則: a class of norms, listed with its peers
        if titles.holds(s, s + 1) or own_names.holds(s, s + 1):  # inside a 《title》 or a rename
            continue
        if (s, e) not in known and (short := _defined_suffix(name, alias_to_key)):
            s, name = e - len(short), short  # 再任|進修法: a verb glued to a defined short form
        key = canonical_title(name)
        key = alias_to_key.get(key, key)  # 「十四五」規劃, defined as the outline's short form
        if not key or key == own_key:
            continue
        if len(key) < 3 and (s, e) not in known and not two_character_law(text, s, e, end):
            continue
        work = works.get(key)
        if work is None:
            work = works[key] = CitedWork(title=name, kind=classify(name))
            describe_clause(text, s, work, start)
            if not work.parties:
                work.parties = places_before(text, s, start)
            alias, _ = alias_after(text, e, end)  # 香港澳門關係條例（以下簡稱本條例）
            if alias and _DEFINES.search(text, e, alias[1].start):
                work.aliases.append(alias)
                alias_to_key.setdefault(canonical_title(alias[0]), key)
            if (s, e, name) in catalogues and (cut := determiner_length(name)):
                work.aliases.append((name[cut:], Mention(s + cut, e)))  # 国家|…目录: the State's
                alias_to_key.setdefault(canonical_title(name[cut:]), key)
        work.mentions.append(Mention(s, e))


def _own_title_written(text: str, start: int, end: int, own_title: str) -> dict[int, int]:
    """Where the document writes its own title whole in text[start:end] (its heading, a
    closing 本条例 line that repeats it): end → start. A title read without 《》 that ends
    where one of them ends and starts inside it is the own title without its first words
    (甲市乙条例 → 乙条例: the national law of that name is another work, which a citation
    elsewhere in the text still names); one that ends earlier is a work the title names
    (甲省实施乙法办法 cites 乙法)."""
    written: dict[int, int] = {}
    if len(own_title) < 2:
        return written
    at = text.find(own_title, start, end)
    while at != -1:
        written[at + len(own_title)] = at
        at = text.find(own_title, at + len(own_title), end)
    return written


MIN_SHORT_FORM = 3  # characters of a defined short form read inside a longer name (進修法)


def _defined_suffix(name: str, alias_to_key: dict) -> str:
    """The longest short form the document defined earlier that ends `name` and is shorter
    than it (再任進修法, 進修法 defined for 公教人員進修培訓法: the words before it are
    the clause's, since a defined form is the whole name the text gives), or ""."""
    for cut in range(1, len(name) - MIN_SHORT_FORM + 1):
        if canonical_title(name[cut:]) in alias_to_key:
            return name[cut:]
    return ""


def alias_after(
    text: str, position: int, end: int, defined_only: bool = False
) -> tuple[tuple[str, Mention] | None, int]:
    """The short form defined right after a title, and where its definition ends.
    `defined_only`: only a form the text says it defines (（以下簡稱甲）), not a quoted
    bare parenthesis (（「十四五」規劃）)."""
    m = _ALIAS.match(text, position, min(end, position + 40))
    if not m:
        return None, position
    raw = m.group("alias")
    alias = strip_quotes(raw)
    explicit = bool(_DEFINES.search(text, position, m.start("alias")))
    if defined_only and not explicit:
        return None, position
    if not alias or next(find_dates(alias), None) is not None:
        return None, position
    if not explicit and (len(alias) > 12 or not any(c in raw for c in _QUOTES)):
        return (
            None,
            position,
        )  # a bare parenthesis is a short form only when quoted: （「十四五」規劃）
    offset = m.start("alias") + raw.index(alias[0])
    return (alias, Mention(offset, offset + len(alias))), m.end()
