"""The document's own parties, issuers and signatories, and the parties of works cited
together.

Parties come from the sentence in which the document says it is signed or made (甲與乙…簽署本
安排), from the consultation formula of the Mainland–Hong Kong/Macao arrangements (甲與乙經
協商，…現就…作出如下安排), from a list the text then calls 雙方/各方 and 甲方：/乙方： lines,
and from an agreement's signature block; the signature block (party / office / name / date
lines at the end) gives the signatories. A body that issues the document (國務院關於…的通知;
發布機關：…; a statute's header line or first history item; the names above a notice's
closing date) is its issuer, eli:passed_by, not a party. Works signed 分別 ("respectively")
get each their own pair of parties.
"""

from __future__ import annotations

import re

from policykg.ingest.dates import find_dates, parse_date
from policykg.ingest.metadata import SELF_REFERENCE, SIGNING
from policykg.ingest.records import CleanText, Paragraph

from .order_numbers import body_before_number
from .orgnames import coordinated_names, is_organisation, split_names
from .orgnames import is_party_name as _is_party_name
from .records import CitedWork, Mention, NamedEntity, Signatory

# 香港特別行政區律政司, 澳門特別行政區政府經濟財政司: a region's department (司), a side of
# the arrangements the general suffix rules leave out (司 alone also ends 公司, 上司)
_REGION_DEPARTMENT = re.compile(
    r"^[\u4e00-\u9fff]{2,6}(?:特別行政區|特别行政区)(?:政府)?[\u4e00-\u9fff]{1,8}司$"
)


def is_party_name(name: str) -> bool:
    """A name in a party's slot: what orgnames accepts there, or a region's department."""
    return _is_party_name(name) or bool(_REGION_DEPARTMENT.match(name))


def _is_party_body(name: str) -> bool:
    """An organisation in a party's slot (no bare region)."""
    return is_organisation(name) or bool(_REGION_DEPARTMENT.match(name))


_MAKING = re.compile(rf"{SIGNING}|制定|制訂|制订|訂立|订立|共同發布|共同发布")
_PARENTHETICAL = re.compile(r"[（(][^（）()]{0,30}[）)]|《[^《》]{1,120}》")
_OFFICE = re.compile(
    r"(?:長|长|長官|长官|主任|主席|書記|书记|代表|總裁|总裁|總經理|总经理|大臣|總理|总理|專員|专员|"
    r"秘書|秘书|司長|司长|署長|署长|處長|处长|部長|部长|局長|局长|市長|市长|省長|省长|院長|院长|校長|校长)$"
)
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[A-Z][a-zA-Z.\- ]{2,40}$")


# 經甲與乙協商 / 甲與乙經協商 / 甲与乙经友好协商: the sides that agreed on the text
_CONSULTED = re.compile(r"(?:協商|协商|磋商|商定)(?:一致)?")
# …現就…作出如下安排, 達成如下協議: the text that follows is the document itself
_LAYS_DOWN = re.compile(
    r"(?:作出|達成|达成|訂立|订立|制定|議定|议定)(?:以下|如下)(?:補充|补充)?"
    r"(?:安排|協議|协议|協定|协定|規定|规定|條款|条款)"
    r"|(?:達成|达成)(?:以下|如下)(?:共識|共识|諒解|谅解)"  # a memorandum's wording
    r"|(?:達成|达成|訂立|订立)(?:協議|协议|協定|协定|安排)如下"
    r"|(?:規定|规定|安排)如下"  # 現就…問題規定如下: the judicial arrangements' wording
)
# 甲經與乙協商, 甲经同乙友好协商: 經 opens the consultation, it is no part of 甲's name
_CONSULTED_WITH = re.compile(r"[經经][與与同和](?=\s*[^\s，,。；;])")
_LAYS_DOWN_REACH = 400  # characters: the formula's 現就… sentence follows the consultation


def parties_in_sentence(text: str, start: int, end: int, own_title: str) -> list[NamedEntity]:
    """Parties from sentences that speak of signing or making this very document, or that
    say who consulted to lay it down (經甲與乙協商，…作出如下安排)."""
    found: list[NamedEntity] = []
    own = f"《{own_title}》" if own_title else None
    for s_start, s_end in _sentence_spans(text, start, end):
        sentence = text[s_start:s_end]
        made = _MAKING.search(sentence) and (
            SELF_REFERENCE.search(sentence) or (own and own in sentence)
        )
        consulted = _CONSULTED.search(sentence) and _LAYS_DOWN.search(
            text, s_start, min(end, s_end + _LAYS_DOWN_REACH)
        )
        if not (made or consulted):
            continue
        plain, origin = _without_parentheticals(sentence)
        if consulted:  # 甲經與乙協商: 經 belongs to neither name
            plain = _CONSULTED_WITH.sub(" 与", plain)
        clauses = list(_clause_spans(plain))
        if not made:  # 經甲與乙協商; or 甲與乙…，經平等協商: the clause, else one before it
            at = next(i for i, (a, b) in enumerate(clauses) if _CONSULTED.search(plain[a:b]))
            clauses = [clauses[at], *reversed(clauses[:at])]
        for c_start, c_end in clauses:
            clause = plain[c_start:c_end]
            names = coordinated_names(clause, accept=_is_party_body if made else is_party_name)
            if len(names) >= 2:
                for offset, name in names:
                    first = s_start + origin[c_start + offset]
                    last = s_start + origin[c_start + offset + len(name) - 1] + 1
                    found.append(NamedEntity(name, mentions=[Mention(first, last)]))
                break
        else:
            continue
        if consulted and not made:
            break  # the formula is said once; later 協商 clauses are about disputes
    return _regions_as_governments(text, start, end, found)


# a region's government: 香港特別行政區 → 香港特別行政區政府, 海南省 → 海南省人民政府
_GOVERNMENT = ("政府", "人民政府")
_JOINED = r"\s*(?:與|与|和|及|同)\s*"
_CONSULTING = r"[^，,。；;\n]{0,12}?(?:協商|协商|磋商)"


def _regions_as_governments(
    text: str, start: int, end: int, found: list[NamedEntity]
) -> list[NamedEntity]:
    """A region in a party's slot (最高人民法院與香港特別行政區經協商) acts through its
    government; where the text names that government as the same side, consulting with the
    same other party (…通過最高人民法院與香港特別行政區政府協商解決), the government is the
    party. A region the text never names so stays as written (the Macao arrangements)."""
    if len(found) < 2:
        return found
    refined = []
    for party in found:
        others = [re.escape(p.name) for p in found if p is not party]
        if _is_party_body(party.name) or not others:
            refined.append(party)
            continue
        other = "|".join(others)
        governments = "|".join(re.escape(party.name + suffix) for suffix in _GOVERNMENT)
        said = re.compile(
            rf"(?:{other}){_JOINED}(?P<gov>{governments}){_CONSULTING}"
            rf"|(?P<first>{governments}){_JOINED}(?:{other}){_CONSULTING}"
        ).search(text, start, end)
        if said is None:
            refined.append(_represented_by_body(text, start, end, party, other))
            continue
        name = said.group("gov") or said.group("first")
        at = said.start("gov") if said.group("gov") else said.start("first")
        longest = _longest_body(text[at : at + 40], text, at)
        if longest is not None and len(longest) > len(name):  # 澳門特別行政區政府經濟財政司
            refined.append(_represented_by_body(text, start, end, party, other))
            continue  # a department of the government consults, not the government
        # its first mention spells the name; the formula's own span follows
        mentions = [Mention(at, at + len(name)), *party.mentions]
        refined.append(NamedEntity(name, mentions=mentions))
    return refined


# 經甲與香港特別行政區代表協商: the side is written as its representatives, no body named
_REPRESENTATIVES = re.compile(r"(?:方面)?代表")
_AMENDMENT = re.compile(r"修改|修訂|修订|修正")


def _represented_by_body(
    text: str, start: int, end: int, party: NamedEntity, other: str
) -> NamedEntity:
    """A region whose representatives consulted (經甲與香港特別行政區代表協商) is the body of
    that region the text names consulting with the same other party (…通過甲與香港特別行政區
    高等法院協商解決), the one it consults on amendments first; a region written as itself
    (甲與澳門特別行政區經協商) is left as written."""
    formula = party.mentions[-1]
    if not _REPRESENTATIVES.match(text, formula.end, end):
        return party
    region = re.escape(party.name)
    body_then_other = rf"(?P<first>{region}[^，,。；;\n]{{1,20}}?){_JOINED}(?:{other})"
    other_then_body = rf"(?:{other}){_JOINED}(?P<body>{region}[^，,。；;\n]{{1,32}})"
    bodies: list[tuple[bool, int, str]] = []
    for said in re.finditer(rf"{other_then_body}|{body_then_other}", text[start:end]):
        at = start + (said.start("body") if said.group("body") else said.start("first"))
        phrase = said.group("body") or said.group("first")
        name = _longest_body(phrase, text, at)
        if name is None:
            continue
        sentence_start = max(text.rfind(c, start, at) for c in "。；;\n") + 1
        sentence_end = min(
            (i for i in (text.find(c, at, end) for c in "。；;\n") if i >= 0), default=end
        )
        amends = bool(_AMENDMENT.search(text, sentence_start, sentence_end))
        bodies.append((not amends, at, name))
    if not bodies:
        return party
    _, at, name = min(bodies)
    return NamedEntity(name, mentions=[Mention(at, at + len(name)), *party.mentions])


def _longest_body(phrase: str, text: str, at: int) -> str | None:
    """The longest organisation's name opening `phrase` that a consultation follows (it
    stops before 與/和: 甲政府與乙法院 is two names)."""
    joint = re.search(r"[與与]", phrase[1:])  # 和/及 also stand inside names: 創新及科技局
    phrase = phrase[: joint.start() + 1] if joint else phrase
    for j in range(len(phrase), 1, -1):
        if _is_party_body(phrase[:j]) and _CONSULTS_AFTER.match(text, at + j):
            return phrase[:j]
    return None


_CONSULTS_AFTER = re.compile(_CONSULTING + "|" + _JOINED)


# 甲與乙（以下簡稱雙方）: the bodies listed before the short form of both (or all) sides
_SIDES = re.compile(
    r"[（(]\s*(?:以下|下)?\s*(?:簡稱|简称|合稱|合称|統稱|统称)\s*[「“\"『]?"
    r"(?:締約|缔约)?(?:雙方|双方|各方|三方|兩方|两方)[」”\"』]?\s*[）)]"
)
# 甲方：香港科技園公司 / 乙方：… : the parties of a contract-style agreement, one a line
_SIDE_LINE = re.compile(
    r"^[ \t\u3000]*[甲乙丙丁][ \t\u3000]*方[ \t\u3000]*[：:][ \t\u3000]*(?P<name>[^\n]{2,40}?)[ \t\u3000]*$",
    re.M,
)


# 一方為甲，另一方為乙 / 甲方為…，乙方為…: the two sides named in one sentence
_ONE_SIDE = r"(?:一方|甲方)[ \t\u3000]*(?:為|为|是|[：:])[ \t\u3000]*"
_OTHER_SIDE = r"(?:另一方|乙方)[ \t\u3000]*(?:為|为|是|[：:])[ \t\u3000]*"
_BOTH_SIDES = re.compile(r"雙方|双方|締約|缔约")
_SIDE_NAME = r"[^，,。；;、：:\n（(]{2,40}"
_EACH_SIDE = re.compile(
    rf"{_ONE_SIDE}(?P<one>{_SIDE_NAME})[ \t\u3000]*[，,；;、]?[ \t\u3000]*"
    rf"{_OTHER_SIDE}(?P<other>{_SIDE_NAME})"
)


def defined_sides(text: str, start: int, end: int) -> list[NamedEntity]:
    """Parties named as a list that the text then calls 雙方/各方 (甲與乙（以下簡稱雙方）),
    one a line as 甲方：… 乙方：…, or in one sentence as 一方為甲，另一方為乙."""
    found: list[NamedEntity] = []
    for m in _EACH_SIDE.finditer(text, start, end):
        sides = [(m.start(g), m.group(g).rstrip()) for g in ("one", "other")]
        sentence_start = max(text.rfind(c, start, m.start()) for c in "。；;\n") + 1
        opening = text[sentence_start : m.start()]  # 本備忘錄由以下雙方簽署：一方為…
        about_itself = SELF_REFERENCE.search(opening) or _BOTH_SIDES.search(opening)
        if about_itself and all(is_party_name(name) for _, name in sides):
            found += [NamedEntity(n, mentions=[Mention(at, at + len(n))]) for at, n in sides]
            return found
    for m in _SIDES.finditer(text, start, end):
        clause_start = max(text.rfind(c, start, m.start()) for c in "，。；：\n,") + 1
        clause = text[clause_start : m.start()]
        names = coordinated_names(clause, accept=is_party_name)
        if len(names) >= 2:
            found += _named(names, clause_start, text, m.start())
            break
    lines = [
        (m.start("name"), m.group("name"))
        for m in _SIDE_LINE.finditer(text, start, end)
        if is_party_name(m.group("name"))
    ]
    if len(lines) >= 2:
        found += [NamedEntity(n, mentions=[Mention(at, at + len(n))]) for at, n in lines]
    return found


def _without_parentheticals(sentence: str) -> tuple[str, list[int]]:
    """The sentence with its parentheses and titles cut out (香港特別行政區（以下簡稱香港
    特區）政府 is one name), and for each character kept its offset in the sentence."""
    kept: list[int] = []
    position = 0
    for m in _PARENTHETICAL.finditer(sentence):
        kept.extend(range(position, m.start()))
        if m.group().startswith("《"):
            kept.append(-1)  # a title stands as one space: never part of a name
        position = m.end()
    kept.extend(range(position, len(sentence)))
    plain = "".join(sentence[i] if i >= 0 else " " for i in kept)
    origin = [i if i >= 0 else (kept[k - 1] if k else 0) for k, i in enumerate(kept)]
    return plain, origin


# 甲與乙和丙分別簽署了《A》和《B》: the works listed after one verb, after 分別
_RESPECTIVELY = re.compile(r"分別|分别")
_LISTED_TITLE = re.compile(r"《([^《》\n]{2,120})》")
_LIST_JOIN = re.compile(r"\s*(?:[和及與与、]|以及)\s*")
_MADE_AFTER = re.compile(
    rf"\s*(?:於|于|在)?[^，。；《]{{0,20}}?(?:{SIGNING}|訂立|订立|制定|制訂|制订|發布|发布|印發|印发)(?:了)?\s*"
)


def distribute_respectively(text: str, start: int, end: int, cited: list[CitedWork]) -> None:
    """甲與乙和丙分別簽署《A》和《B》: A is 甲 and 乙's, B is 甲 and 丙's (甲 is the side
    named before 與, the others are shared out in order); 甲、乙分別發布《A》、《B》: one
    each. Only when the counts match; otherwise the works keep what the clause gave them."""
    by_title = {w.title: w for w in cited}
    for m in _RESPECTIVELY.finditer(text, start, end):
        verb = _MADE_AFTER.match(text, m.end(), end)
        if not verb:
            continue
        titles: list[str] = []
        position = verb.end()
        while (title := _LISTED_TITLE.match(text, position, end)) is not None:
            titles.append(title.group(1).strip())
            join = _LIST_JOIN.match(text, title.end(), end)
            if not join:
                break
            position = join.end()
        works = [by_title.get(t) for t in titles]
        if len(works) < 2 or None in works:
            continue
        clause_start = max(text.rfind(c, start, m.start()) for c in "，。；：\n,") + 1
        subject = text[clause_start : m.start()]
        shares = _shares(subject, len(works))
        if shares is None:
            continue
        for work, names in zip(works, shares, strict=True):
            work.parties = [
                NamedEntity(
                    name, mentions=[Mention(clause_start + at, clause_start + at + len(name))]
                )
                for at, name in names
            ]


# 將《安排》序言及第一條修改為：「經甲與乙協商，現就…作出如下安排」: the quoted text is
# the cited work's own, so the consultation formula in it names that work's parties
_REWRITTEN = re.compile(
    r"《(?P<title>[^《》\n]{1,120})》[^《》“「\"。\n]{0,30}?(?:修改|修訂|修订|修正)(?:為|为)\s*[：:]?\s*[“「\"]"
)


def parties_of_rewritten(text: str, start: int, end: int, cited: list[CitedWork]) -> None:
    """A cited work whose preamble the text rewrites (將《甲》序言修改為：「經乙與丙協商，
    現就…作出如下安排」) gets the parties that formula names, beside those it has."""
    by_name: dict[str, CitedWork] = {}
    for work in cited:
        by_name.setdefault(work.title, work)
        for alias, _ in work.aliases:
            by_name.setdefault(alias.strip("《》"), work)
    for m in _REWRITTEN.finditer(text, start, end):
        work = by_name.get(m.group("title").strip())
        if work is None:
            continue
        line_end = text.find("\n", m.end(), end)
        quoted_end = line_end if line_end >= 0 else end
        known = {p.name for p in work.parties}
        for party in parties_in_sentence(text, m.end(), quoted_end, work.title):
            if party.name not in known:
                work.parties.append(party)
                known.add(party.name)


def _shares(subject: str, count: int) -> list[list[tuple[int, str]]] | None:
    """Each work's names in a subject read distributively, or None when it cannot be."""
    lead = len(subject) - len(subject.lstrip())
    names = coordinated_names(subject) or [
        (lead + at, name) for at, name in split_names(subject.strip())
    ]
    if not names:
        return None
    joint = re.search(r"[與与同]", subject)
    common = [n for n in names if joint and n[0] < joint.start()]
    rest = [n for n in names if n not in common]
    if common and len(rest) == count:
        return [[*common, one] for one in rest]
    if not common and len(names) == count:
        return [[one] for one in names]
    return None


def _sentence_spans(text: str, start: int, end: int):
    position = start
    for i in range(start, end):
        if text[i] in "。；;\n":
            yield position, i
            position = i + 1
    if position < end:
        yield position, end


def _clause_spans(sentence: str):
    position = 0
    for i, char in enumerate(sentence):
        if char in "，,：:":
            yield position, i
            position = i + 1
    yield position, len(sentence)


def signature_block(
    clean: CleanText, paragraphs: tuple[Paragraph, ...]
) -> tuple[list[NamedEntity], list[Signatory]]:
    """Parties and signatories from the short lines that end an agreement."""
    lines: list[tuple[str, Paragraph]] = []
    for paragraph in reversed(paragraphs):
        text = clean.paragraph_text(paragraph).strip()
        if len(text) > 40 or not text:
            break
        lines.append((text, paragraph))
    lines.reverse()
    parties: list[NamedEntity] = []
    signatories: list[Signatory] = []
    party: NamedEntity | None = None
    office: tuple[str, Mention] | None = None
    saw_date = False
    for text, paragraph in lines:
        mention = Mention(paragraph.start + clean.paragraph_text(paragraph).index(text), 0)
        mention = Mention(mention.start, mention.start + len(text))
        if parse_date(text):
            saw_date = True
            continue
        name_of_party = text[:-2] if text.endswith("代表") and is_organisation(text[:-2]) else text
        if is_organisation(name_of_party):
            party = NamedEntity(
                name_of_party, mentions=[Mention(mention.start, mention.start + len(name_of_party))]
            )
            parties.append(party)
            office = None
        elif _OFFICE.search(text) and len(text) <= 20:
            office = (text, mention)
        elif _PERSON.match(text) and (party is not None or office is not None):
            signatories.append(
                Signatory(
                    text,
                    mention,
                    office[0] if office else None,
                    office[1] if office else None,
                    party,
                )
            )
            office = None
    if not signatories and not saw_date:
        return [], []
    return parties, signatories


# 發布機關：國務院 (a header line of gov.cn pages), 制定機關：…
_ISSUER_FIELD = re.compile(
    r"(?:發布機關|发布机关|發文機關|发文机关|制定機關|制定机关|頒布機關|颁布机关)\s*[：:]\s*"
    r"(?P<names>[^\n]{2,60})"
)
_ISSUED_BY_TITLE = re.compile(r"^(?P<names>[^《》]{2,40}?)(?:關於|关于)")
# what may follow a closing date: （此件公开发布）, （此件有删减）
_CLOSING_NOTE = re.compile(r"\s*(?:[（(][^（）()\n]{1,20}[）)]\s*)*$")
_CLOSING_REACH = 200  # characters at the end of the document where a closing block stands


# a statute's header line: 2000年4月4日 中国证券监督管理委员会、财政部公布; 1988年5月10日
# 国务院批准; a legislative history's first item: …外交部（81）外條二字第 81304103 號令訂定發布
_HEADER_ISSUED = re.compile(
    r"[ \t\u3000]*(?P<names>[^\s，。；《》（）()]{2,60}?)[ \t\u3000]*"
    r"(?:公布|公佈|發布|发布|頒布|颁布|批准|核准)[ \t\u3000]*$",
    re.M,
)
_ORDER_ISSUED = re.compile(r"[^\n，。；]{2,30}?字\s*第")  # up to the order's number
_ISSUING_ACT = re.compile(r"(?:公告|令(?:第[\d〇一二三四五六七八九十百]+[號号])?)$")
_LINE_OPENING = re.compile(r"[ \t\u3000（(]*(?:\d+\s*[.、])?[ \t\u3000]*(?:中華|中华)?")
_ISSUED_REACH = 1500  # characters: where a statute's header or history ends


def issuers(text: str, start: int, end: int, title: str, title_span) -> list[NamedEntity]:
    """Bodies that issue the document rather than conclude it: the one its title opens with
    (國務院關於…的通知), a header's 發布機關, a statute's header line (…財政部公布,
    國務院批准) or history (外交部…字第…號令訂定), and the names above its closing date."""
    found: list[NamedEntity] = []
    if title_span is not None and (m := _ISSUED_BY_TITLE.match(title)):
        found += _named(split_names(m.group("names")), title_span[0], text, title_span[1])
    for m in _ISSUER_FIELD.finditer(text, start, end):
        found += _named(split_names(m.group("names").strip()), m.start("names"), text, end)
    found += _header_issuers(text, start, min(end, start + _ISSUED_REACH))
    found += closing_issuers(text, start, end)
    return found


def _header_issuers(text: str, start: int, end: int) -> list[NamedEntity]:
    """The bodies a header line or the history's first item says issued the statute: the
    names that follow the date opening the line."""
    found: list[NamedEntity] = []
    dates = list(find_dates(text[start:end]))
    for match in dates:
        line_start = text.rfind("\n", 0, start + match.start) + 1
        if not _LINE_OPENING.fullmatch(text, line_start, start + match.start):
            continue  # the date does not open the line (an item number may)
        after = start + match.end
        if (m := _HEADER_ISSUED.match(text, after, end)) is not None:
            # 最高人民法院公告公布, 国务院令第406号公布, 经国务院批准: the body, not its act
            names = _ISSUING_ACT.sub("", m.group("names"))
            lead = len(names) - len(names.lstrip("經经"))
            found += _named(
                [(lead + at, n) for at, n in _bodies(names[lead:])], m.start("names"), text, end
            )
        elif (m := _ORDER_ISSUED.match(text, after, end)) is not None:
            # the longest body's name the order's number follows: 經濟部（90）經工字第
            head = m.group().lstrip()
            at = m.start() + len(m.group()) - len(head)
            # not the order's number: （81） is its year, 科部產 its word (order_numbers.py)
            name = body_before_number(head, is_organisation)
            if name:
                found.append(NamedEntity(name, mentions=[Mention(at, at + len(name))]))
            break  # the first item of a history is the enactment: later ones amend
    return found


def _bodies(names: str) -> list[tuple[int, str]]:
    """One body's name (經濟部: 經 opens it, no preposition here), or several listed."""
    return [(0, names)] if is_organisation(names) else split_names(names)


def closing_issuers(text: str, start: int, end: int) -> list[NamedEntity]:
    """國務院 / 2018年11月7日 at the end of a notice or reply, on lines of their own or after
    the last sentence of one long line: the names written just before the closing date."""
    floor = max(start, end - _CLOSING_REACH)
    tail = text[floor:end]
    note = _CLOSING_NOTE.search(tail)
    body = tail[: note.start()] if note else tail
    closing = None
    for match in find_dates(body):
        closing = match
    if closing is None or body[closing.end :].strip():
        return []
    before = body[: closing.start]
    cut = max(before.rfind(c) for c in "。；;！：:」”")
    block = before[cut + 1 :]
    names = [(m.start(), m.group()) for m in re.finditer(r"[^\s\u3000]+", block)]
    if not names or not all(is_organisation(name) for _, name in names):
        return []
    offset = floor + cut + 1
    return [
        NamedEntity(n, mentions=[Mention(offset + at, offset + at + len(n))]) for at, n in names
    ]


def _named(names, offset: int, text: str, limit: int) -> list[NamedEntity]:
    return [
        NamedEntity(name, mentions=[Mention(offset + at, offset + at + len(name))])
        for at, name in names
        if text[offset + at : offset + at + len(name)] == name and offset + at + len(name) <= limit
    ]
