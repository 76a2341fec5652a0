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

from policykg.ingest.approvals import adoption_before, amendment_adopted_before, is_approval
from policykg.ingest.dates import find_dates
from policykg.ingest.metadata import SIGNING, classify
from policykg.ingest.records import DateValue
from policykg.ingest.script import to_simplified

from policykg.iris import canonical_title

from .body_classes import has_proper_element
from .catalogue_titles import catalogue_titles, determiner_length
from .joined_things import joined_things
from .kind_titles import kind_titles
from .launched_works import DOC_HEAD, DRAFTING, launched_works
from .law_patterns import LAW_HEADS, laws_cited, two_character_law
from .law_titles import (
    BASED_ON_VERBS,
    cited_law_titles,
    either_script,
    short_law_titles,
)
from .left_boundary import left_cut
from .orgnames import coordinated_names, government_of_place, places_abbreviated, split_names
from .plan_titles import plan_titles
from .pointed_rules import pointed_rules
from .records import CitedWork, Mention, NamedEntity
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
_VERB = re.compile(
    rf"(?P<signed>{SIGNING})|(?P<published>公布|公佈|發布|发布|發佈|印發|印发|頒布|颁布|"
    r"頒佈|推出|推行|實施|实施)|(?P<adopted>通過|通过|審議通過|审议通过|批准)|"
    # a request or report sent up to the body that answers it: 2004年3月24日，某省人民政府报送了《…的请示》
    r"(?P<submitted>報送|报送|呈報|呈报|上報|上报|報來|报来)"
)
# a clause that is only a date leads the next one: 2021 年，深港簽署“一區兩園”合作安排
_DATE_ONLY_CLAUSE = re.compile(r"^\s*(?:於|于|在)?\s*$")
# 從2019年1月1日起，實施…計劃: the day a programme is launched from; a law's is its entry
# into force, not its date
_FROM_DATE_CLAUSE = re.compile(r"^\s*(?:從|从|自)\s*(?:起|開始|开始)\s*$")
# 《2020 年全球金融科技生態系統報告》, 《行政長官2024年施政報告》: the title's own year
_TITLE_YEAR = re.compile(r"^[^\d]{0,4}(?P<year>\d{4})\s*年(?!\s*[-—至])")
_SERIES = 6  # clauses a leading date is carried over, at most (each is read once)
# a later clause with a time of its own leaves the leading date's series (2019年，签署…，此后发布…)
_OWN_TIME = re.compile(
    r"此後|此后|其後|其后|隨後|随后|之後|之后|次年|翌年|目前|今後|今后|將|将|未來|未来|至今|"
    r"去年|今年|明年|現時|现时|現已|现已"
)
_BASED_ON = re.compile("|".join(either_script(BASED_ON_VERBS)))
_RELATIVE = re.compile(r"(?:了)?的")
_DEADLINE = re.compile(r"\s*(?:之前|以前|前)")
_CLAUSE_BREAK = re.compile(r"[，。；：！？\n]")


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
            _amending_act(text, m.start, m.end, work)
        _describe(text, m.start, work, start)
        if not work.parties:
            work.parties = _issuer_in_title(title, m.title_start)
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
    for s, e, name in sorted(set(found)):
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
            _describe(text, s, work, start)
            if not work.parties:
                work.parties = _places_before(text, s, start)
            alias, _ = alias_after(text, e, end)  # 香港澳門關係條例（以下簡稱本條例）
            if alias and _DEFINES.search(text, e, alias[1].start):
                work.aliases.append(alias)
                alias_to_key.setdefault(canonical_title(alias[0]), key)
            if (s, e, name) in catalogues and (cut := determiner_length(name)):
                work.aliases.append((name[cut:], Mention(s + cut, e)))  # 国家|…目录: the State's
                alias_to_key.setdefault(canonical_title(name[cut:]), key)
        work.mentions.append(Mention(s, e))


MIN_SHORT_FORM = 3  # characters of a defined short form read inside a longer name (進修法)


def _defined_suffix(name: str, alias_to_key: dict) -> str:
    """The longest short form the document defined earlier that ends `name` and is shorter
    than it (再任進修法, 進修法 defined for 公教人員進修培訓法: the words before it are
    the clause's, since a defined form is the whole name the text gives), or ""."""
    for cut in range(1, len(name) - MIN_SHORT_FORM + 1):
        if canonical_title(name[cut:]) in alias_to_key:
            return name[cut:]
    return ""


def _places_before(text: str, position: int, floor: int) -> list[NamedEntity]:
    """深港“聯合政策包”: places written as one-character names right before a quoted
    work made it together; their governments are its parties."""
    if text[position : position + 1] not in "“「『":
        return []
    for width in (3, 2):
        at = position - width
        if at < floor:
            continue
        places = places_abbreviated(text[at:position], text[at : position + 40])
        if places:
            return [
                NamedEntity(name, mentions=[Mention(at + offset, at + offset + 1)])
                for offset, name in places
            ]
    return []


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


def _describe(text: str, title_start: int, work: CitedWork, floor: int) -> None:
    """Date, role, parties and 根據 from the clause that leads up to the title."""
    clause_start = title_start
    while clause_start > floor and not _CLAUSE_BREAK.match(text, clause_start - 1):
        clause_start -= 1
    clause = text[clause_start:title_start]
    if clause.count("《") > clause.count("》"):
        return  # a title inside another (…通過的《關於修改〈…《某法》…〉的決定》): the clause is the outer one's
    if _BASED_ON.search(clause):
        work.based_on = True
    verbs = list(_VERB.finditer(clause))
    if not verbs or work.date is not None:
        return
    own_start, hops = clause_start, 0
    if not list(find_dates(clause)):
        # a clause that is only a date leads every clause of its series up to the
        # sentence's end: 2021年，深港簽署…，成立…，發布…: each of them happened in 2021
        previous_end = clause_start - 1
        while previous_end > floor and text[previous_end] in "，," and hops < _SERIES:
            previous_start = previous_end
            while previous_start > floor and not _CLAUSE_BREAK.match(text, previous_start - 1):
                previous_start -= 1
            previous = text[previous_start:previous_end]
            dates = list(find_dates(previous))
            hops += 1
            if not dates:
                previous_end = previous_start - 1
                continue
            rest = previous[: dates[0].start] + previous[dates[0].end :]
            if (
                len(dates) == 1
                and (
                    _DATE_ONLY_CLAUSE.match(rest)
                    or (_FROM_DATE_CLAUSE.match(rest) and work.kind != "Legislation")
                )
                and not (hops > 1 and _OWN_TIME.search(text, previous_end, title_start))
            ):
                clause_start, clause = previous_start, text[previous_start:title_start]
                verbs = list(_VERB.finditer(clause))
            break
    # 各地上报的《…》, 甲省报送的《…请示》: a relative clause says who sent the title up; the
    # clause's own verb comes before it (国务院批准了甲省报送的…)
    verbs = [
        v for v in verbs if not (v.lastgroup == "submitted" and _RELATIVE.match(clause, v.end()))
    ]
    if not verbs:
        return  # 国务院批复同意甲省上报的《…》: the clause's verb is none of ours, its day not the title's
    verb = verbs[-1]
    role = verb.lastgroup
    # 于2020年12月31日前报送: a deadline, not the day it was done
    dates = [
        d
        for d in find_dates(clause)
        if d.end <= verb.start() and not _DEADLINE.match(clause, d.end)
    ]
    if role == "submitted":  # who sends a request up is its author, not a party to it
        if dates:
            work.date, work.date_role = dates[-1].value, role
            work.date_mention = Mention(
                clause_start + dates[-1].start, clause_start + dates[-1].end
            )
        return
    if dates:
        date = dates[-1]
        work.date, work.date_role = date.value, role
        work.date_mention = Mention(clause_start + date.start, clause_start + date.end)
        # 甲日某市…通过，乙日某省…批准的《…》: made on the day the city adopted it
        if is_approval(verb.group()) and (
            adopted := adoption_before(text, clause_start + date.start, floor)
        ):
            work.date = adopted.value
            work.date_mention = Mention(adopted.start, adopted.end)
        subject_end = date.start
        after_date = clause[date.end : verb.start()]
        subject_text, subject_offset = clause[:subject_end], 0
        if hops > 1:  # the series' earlier clauses have subjects of their own: not this one's
            subject_text, subject_offset = (
                clause[own_start - clause_start : verb.start()],
                (own_start - clause_start),
            )
        elif not split_names(_strip_particles(subject_text)) and after_date:
            subject_text, subject_offset = (
                after_date,
                date.end,
            )  # 2017年…香港特區政府與深圳市人民政府簽署
    else:
        subject_text, subject_offset = clause[: verb.start()], 0
    subject_text = _BASED_ON.sub(lambda m: " " * len(m.group()), subject_text)
    cleaned = _strip_particles(subject_text.lstrip("，, "))
    shift = subject_text.index(cleaned) if cleaned else 0
    names = (
        coordinated_names(cleaned) or split_names(cleaned) or places_abbreviated(cleaned, clause)
    )
    for offset, name in names:
        rest = joined_things(to_simplified(name))  # 行政法规和|国务院 (joined_things.py)
        if rest == "":
            continue
        if rest:
            offset, name = offset + len(name) - len(rest), name[len(name) - len(rest) :]
        cut = left_cut(name)  # 五要认真贯彻执行|国务院…: the clause's words (left_boundary.py)
        absolute = clause_start + subject_offset + shift + offset + cut
        name = name[cut:]
        work.parties.append(NamedEntity(name, mentions=[Mention(absolute, absolute + len(name))]))


_TRAILING = re.compile(
    r"(?:[於于在]|[ \u3000]|的|了|共同|分別|分别|正式|聯合|联合|一同|先後|先后|已經|已经|已|亦|也|曾|將|将|"
    r"均|都|各自|同時|同时|再次|於今|于今)+$"
)


_ISSUER = re.compile(r"^(?P<issuer>[^《》]{2,30}?)關於|^(?P<issuer_s>[^《》]{2,30}?)关于")


# what only a government issues, titled with its place: 《2021 年香港施政報告》,
# 《深圳市政府工作報告》, 《澳門特別行政區 2024 年財政年度施政報告》
_GOVERNMENT_GENRE = re.compile(
    r"^(?:\d{4}\s*年度?\s*)?(?P<place>[^\d\s《》]{2,4}?)"
    r"(?:特別行政區|特别行政区|特區|特区)?(?:政府)?\s*"
    r"(?:\d{4}\s*年\s*(?:財政年度|财政年度|度)?\s*)?"
    r"(?:施政報告|施政报告|財政預算案|财政预算案|政府工作報告|政府工作报告|施政綱領|施政纲领)$"
)


def _issuer_in_title(title: str, offset: int) -> list[NamedEntity]:
    """國務院關於…的決定: the body named before 關於 issued it; 香港施政報告: the
    government of the place a policy address, budget or work report is titled with."""
    genre = _GOVERNMENT_GENRE.match(title)
    if genre and (government := government_of_place(genre.group("place"), title)):
        at = offset + genre.start("place")
        return [NamedEntity(government, mentions=[Mention(at, at + len(genre.group("place")))])]
    m = _ISSUER.match(title)
    if not m:
        return []
    issuer = m.group("issuer") or m.group("issuer_s")
    return [
        NamedEntity(name, mentions=[Mention(offset + at, offset + at + len(name))])
        for at, name in split_names(issuer)
    ]


# a line of a statute's header: 2011年1月8日 《國務院關於廢止和修改部分行政法規的決定》第一次修訂
# (the page's closing bracket may follow: …的決定》修正）; two lines joined: …通过根据2021年…)
_AMENDS_AFTER = re.compile(
    r"\s*(?:第[一二三四五六七八九十\d]+次)?(?:修訂|修订|修正|修改)\s*[)）]?\s*"
    # the next item may open with the 根据 that names its act (…第一次修正  根据 / 2011年…)
    r"(?:$|(?=\d{4}\s*年)|(?:根据|根據)\s*$)"
)


_AFTER_ITEM = re.compile(
    r".*(?:修正|修訂|修订|通過|通过|批准|公布|發布|发布)(?:[\s\u3000]*(?:根据|根據))?"
    r"(?=[\s\u3000]*\d{4}\s*年)"
)
_ADOPTED_BY = re.compile(r"[\s\u3000]*[^\s\u3000，。；：、《》“”「」]{0,40}[\s\u3000]*")


HEADER_REACH = 300  # characters of a header line read either side of a title


def _amending_act(text: str, title_start: int, title_end: int, work: CitedWork) -> None:
    """The act named on a header line that opens with a date and ends by saying it revised
    the statute is dated that day (the day it was adopted)."""
    # Only the HEADER_REACH characters either side are read: a header line's date and act
    # are short, and reading the whole line for each title of a one-line document was
    # quadratic (worse with _AFTER_ITEM's backtracking).
    reach_back = max(0, title_start - HEADER_REACH)
    newline = text.rfind("\n", reach_back, title_start)
    line_start = newline + 1 if newline >= 0 else reach_back
    if (joined := _AFTER_ITEM.search(text, line_start, title_start)) is not None:
        line_start = joined.end()  # two header lines the cleaner joined: …第二次修正|2018年…
    line_end = text.find("\n", title_end, title_end + HEADER_REACH + 1)
    after = text[title_end : line_end if line_end >= 0 else title_end + HEADER_REACH + 1]
    amends = _AMENDS_AFTER.match(after.replace("\u3000", " "))
    if amends is None or (line_end < 0 and title_end + len(after) < len(text)
                          and amends.end() == len(after)):  # fmt: skip
        return  # (the line goes on past what was read: its end was not reached)
    before = text[line_start:title_start]
    dates = list(find_dates(before))
    # nothing else on the line but the date and who adopted the act (第十一届…第十次会议)
    if len(dates) == 1 and _ADOPTED_BY.fullmatch(before[: dates[0].start] + before[dates[0].end :]):
        date = dates[0]
        adopted = None  # …会议批准的《…决定》修正: the act is the adopting body's, of its day
        if is_approval(before[date.end :]):
            adopted = amendment_adopted_before(text, line_start + date.start, reach_back)
        start, end = (
            (adopted.start, adopted.end)
            if adopted
            else (line_start + date.start, line_start + date.end)
        )
        work.date, work.date_role = (adopted or date).value, "adopted"
        work.date_mention = Mention(start, end)


def _strip_particles(text: str) -> str:
    return _TRAILING.sub("", text.strip()).strip()
