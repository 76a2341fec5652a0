"""What the citing clause says of a cited work: its date and role, its parties, whether the
citing text is made under it.

A title's own clause is read backwards to the clause break: the verb (簽署, 公布, 通過, 報送)
gives the role, the date before it the day, the names before the date the parties
(`describe_clause`); a clause that is only a date leads the clauses of its series. A title that
names its issuer (國務院關於…的決定) or a government's genre (香港施政報告) says who made it
(`issuer_in_title`); a statute's header line that dates an amending act dates that act
(`amending_act`); places written as one-character names before a quoted work made it together
(`places_before`). Split from citations.py, which finds the titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from policykg.ingest.approvals import adoption_before, amendment_adopted_before, is_approval
from policykg.ingest.dates import DateMatch, find_dates
from policykg.ingest.metadata import SIGNING
from policykg.ingest.script import to_simplified

from .joined_things import joined_things
from .law_titles import BASED_ON_VERBS, either_script
from .left_boundary import left_cut
from .orgnames import coordinated_names, government_of_place, places_abbreviated, split_names
from .records import CitedWork, Mention, NamedEntity

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


def places_before(text: str, position: int, floor: int) -> list[NamedEntity]:
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


def describe_clause(text: str, title_start: int, work: CitedWork, floor: int) -> None:
    """Date, role, parties and 根據 from the clause that leads up to the title."""
    if (aside := _amendments_aside(text, title_start, floor)) is not None:
        # 甲日某政府令发布（乙日修订…，丙日修订…）的《某办法》: the clause is the one before
        # the aside, and its last amendment the work's version
        opening, last_amendment = aside
        describe_clause(text, opening, work, floor)
        if (
            work.date is not None
            and work.version is None
            and last_amendment.value.lexical() > work.date.lexical()
        ):
            work.version = last_amendment.value
            work.version_mention = Mention(last_amendment.start, last_amendment.end)
        return
    clause_start = _clause_start(text, title_start, floor)
    clause = text[clause_start:title_start]
    if clause.count("《") > clause.count("》"):
        return  # a title inside another (…通過的《關於修改〈…《某法》…〉的決定》): the clause is the outer one's
    if work.date is None and (amending := _amending_act_in_chain(text, title_start, floor)):
        # 根据乙日…会议《…的决定》第一次修正: the decision that made the amendment, of its day
        # (adopted by a session, or 乙日发布的《…决定》: published)
        adopted, role = amending
        work.date, work.date_role = adopted.value, role
        work.date_mention = Mention(adopted.start, adopted.end)
        return
    if work.date is None and (chain := chain_dates(text, floor, title_start)):
        # its 根据 names the amending act, not a basis of this document
        work.date, work.date_role = chain.adopted.value, "adopted"
        work.date_mention = Mention(chain.adopted.start, chain.adopted.end)
        if chain.version is not None:
            work.version = chain.version.value
            work.version_mention = Mention(chain.version.start, chain.version.end)
        return
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
            previous_start = _clause_start(text, previous_end, floor)
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
            )  # 2017年…甲市人民政府與乙市人民政府簽署
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


# a statute's chain of amendments, as a repeal clause names the statute it replaces:
# 甲日某会议通过，(根据)乙日…第一次修正，(根据)丙日…《…的决定》第二次修正的《某条例》同时废止
_CHAIN_NUMBER = r"(?:第\s*[一二三四五六七八九十\d]+\s*次\s*)?"
_CHAIN_ITEM = re.compile(
    rf"^\s*(?:根据|根據)?[^。；]*?{_CHAIN_NUMBER}(?:修正|修订|修訂)\s*(?P<closing>的)?\s*$"
)
_CHAIN_ADOPTED = re.compile(r"(?:通過|通过)\s*$")
_CHAIN_ITEMS = 12  # amendments walked back, at most (each item is read once)
# the title the chain leads to is repealed right after it (…的《某条例》同时废止), or its
# sentence lists more titles and ends so (…的《甲条例》，…发布的《乙办法》同时废止。)
_REPEAL = r"\s*(?:同时|同時|一并|一併)?\s*(?:予以)?\s*(?:废止|廢止)"
_REPEALED_AFTER = re.compile(_REPEAL)
# every item of the list is a title (…的《乙办法》，…《丙规定》): a basis before the document's
# own repeal (…修订的《甲法》，原《乙办法》同时废止) has no title after it in its item
_REPEALED_AT_END = re.compile(rf"(?:[，、；][^，；。]*》)+{_REPEAL}\s*[。；]")
# an act of amending by its title: 关于修改〈某条例〉的决定, 某条例修正案
_AMENDING_TITLE = re.compile(r"修改|修正|修訂|修订|決定|决定")
# the chain's first item is the document's own adoption, not a repealed statute's
_OWN_ADOPTION = re.compile(
    r"^\s*本(?:办法|辦法|条例|條例|规定|規定|细则|細則|法|决定|決定|规则|規則|准则|準則|章程)"
)
_LIST_REACH = 1500  # characters of a list of repealed titles read after the chain's title


def _repealed(text: str, after_title: int) -> bool:
    """The title closed at `after_title` is repealed: right after it, or at the end of the
    list of titles its sentence repeals."""
    return bool(
        _REPEALED_AFTER.match(text, after_title)
        or _REPEALED_AT_END.match(text, after_title, after_title + _LIST_REACH)
    )


# items of a chain may be joined by 、 (…通过、根据乙日…第一次修正、根据丙日…第二次修正的《某条例》)
_CHAIN_BREAK = re.compile(r"、(?=\s*(?:根据|根據))")
# an amending act named in its item: 根据乙日某会议《…的决定》|第一次修正
_AMENDMENT_AFTER = re.compile(rf"》\s*(?:再次)?{_CHAIN_NUMBER}(?:修正|修订|修訂)")
_OPENS_WITH_BASIS = re.compile(r"\s*(?:根据|根據)")


# an aside of amendments between a clause and its title: …发布（乙日修订…，丙日修订…）的《…》
_ASIDE_BEFORE_TITLE = re.compile(r"[）)]\s*[的之]?\s*$")
# an item of the aside that amends this work: its date, then an amending word not followed by
# 的 (乙日修订的某条例: another law's amendment) — 2012年5月1日修订, 2016年7月1日修正發布
_AMENDED_ITEM = re.compile(r"(?:修订|修訂|修正|修改)(?!\s*的)")
_ASIDE_ITEMS = re.compile(r"[，、；,;]")
_ASIDE_REACH = 300  # characters an aside of amendments is read back, at most


def _amendments_aside(text: str, title_start: int, floor: int) -> tuple[int, DateMatch] | None:
    """(where the aside opens, its last dated amendment) when the title right after a closing
    parenthesis is led by an aside whose items date amendments of it (each item read
    apart: a date, then 修订/修正 not followed by 的) and that opens after a dated clause."""
    reach = max(floor, title_start - _ASIDE_REACH)
    closing = _ASIDE_BEFORE_TITLE.search(text[reach:title_start])
    if closing is None:
        return None
    closing_at = reach + closing.start()
    opening = max(text.rfind("（", reach, closing_at), text.rfind("(", reach, closing_at))
    if opening <= reach or any(c in text[opening + 1 : closing_at] for c in "（()《》。"):
        return None
    last = None
    item_start = opening + 1
    for item in [*_ASIDE_ITEMS.finditer(text, opening + 1, closing_at), None]:
        item_end = item.start() if item is not None else closing_at
        dates = list(find_dates(text[item_start:item_end]))
        if dates and _AMENDED_ITEM.search(text, item_start + dates[-1].end, item_end):
            last = replace(
                dates[-1], start=item_start + dates[-1].start, end=item_start + dates[-1].end
            )
        item_start = item_end + 1
    if last is None:
        return None
    if not list(find_dates(text[_clause_start(text, opening, floor) : opening])):
        return None  # no dated clause before the aside: not the chain of one work
    return opening, last


def _clause_start(text: str, end: int, floor: int, *, chain_items: bool = False) -> int:
    """Where the clause that ends at `end` begins: after a clause break, or with
    `chain_items` after the 、 that opens the next item of a chain of amendments (、根据…)."""
    start = end
    while (
        start > floor
        and not _CLAUSE_BREAK.match(text, start - 1)
        and not (chain_items and _CHAIN_BREAK.match(text, start - 1))
    ):
        start -= 1
    return start


def _item_start(text: str, end: int, floor: int) -> int:
    """Where the clause or chain item that ends at `end` begins (_clause_start)."""
    return _clause_start(text, end, floor, chain_items=True)


def _amending_act_in_chain(text: str, title_start: int, floor: int) -> tuple[DateMatch, str] | None:
    """The day of an amending act named in an item of a chain of amendments (根据乙日某会议
    《关于修改〈某条例〉的决定》第一次修正): the item opens with 根据, gives one date before
    the title and goes on with the amendment right after it."""
    clause_start = _item_start(text, title_start, floor)
    clause = text[clause_start:title_start]
    if not _OPENS_WITH_BASIS.match(clause):
        return None
    closing = text.find("》", title_start)
    if closing < 0 or not _AMENDMENT_AFTER.match(text, closing):
        return None
    if not _AMENDING_TITLE.search(text, title_start, closing):
        return None  # 根据乙日修正的《某法》修订本条例: the statute amended, no act of amending
    dates = list(find_dates(clause))
    if len(dates) != 1:
        return None
    verb = _VERB.search(clause, dates[0].end)
    role = verb.lastgroup if verb is not None and verb.lastgroup == "published" else "adopted"
    date = replace(dates[0], start=clause_start + dates[0].start, end=clause_start + dates[0].end)
    return date, role


@dataclass(frozen=True)
class ChainDates:
    adopted: DateMatch  # the first item's date, offsets in the text
    version: DateMatch | None  # the last amendment's, when its item gives one date


def chain_dates(text: str, floor: int, title_start: int) -> ChainDates | None:
    """When a repeal names a statute by its chain of amendments (…第二次修正的《某条例》同时
    废止): the statute was adopted on the first item's day (…通过) and its last version made
    on the day of the clause's amendment; None when the items before it are no such chain or
    the title is not repealed (…通过，根据修订的《某法》制定: a basis, its own day unknown).
    The items are clauses (，) or an enumeration (、根据…)."""
    clause_start = _item_start(text, title_start, floor)
    clause = text[clause_start:title_start]
    last = _CHAIN_ITEM.match(clause)
    if last is None or last.group("closing") is None:
        return None
    closing = text.find("》", title_start)
    if closing < 0 or not _repealed(text, closing + 1):
        return None
    dates = list(find_dates(clause))
    version = (
        replace(dates[0], start=clause_start + dates[0].start, end=clause_start + dates[0].end)
        if len(dates) == 1
        else None
    )
    position = clause_start
    for _ in range(_CHAIN_ITEMS):
        end = position - 1
        if end <= floor or not (text[end] in "，," or _CHAIN_BREAK.match(text, end)):
            return None
        start = _item_start(text, end, floor)
        item = text[start:end]
        match = _CHAIN_ITEM.match(item)
        if match is not None and match.group("closing") is None:
            position = start
            continue
        dates = list(find_dates(item))
        if len(dates) != 1 or not _CHAIN_ADOPTED.search(item) or _OWN_ADOPTION.match(item):
            return None
        adopted = replace(dates[0], start=start + dates[0].start, end=start + dates[0].end)
        return ChainDates(adopted, version)
    return None


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


def issuer_in_title(title: str, offset: int) -> list[NamedEntity]:
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


# a line of a statute's header: 2011年1月8日 《國務院關於修改某某條例的決定》第一次修訂
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


def amending_act(text: str, title_start: int, title_end: int, work: CitedWork) -> None:
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
