"""Sums of money: 181億3,500萬元, 約 6.7 億元人民幣, 港幣60億元, 超過1500億港元, HK$2 億.

A sum needs a currency, before or after the number. Values are exact (Decimal, in units of
the currency); 約/超過/逾/近 and trailing 多/餘/左右 mark it approximate; a bare 元 takes
the document's jurisdiction (Hong Kong texts: HKD; Mainland: CNY; Taiwan: TWD).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from policykg.ingest.numbering import cn_to_int

from .records import Amount, Mention, NamedEntity
from .spans import Spans

_S = r"[ \u3000]*"
# Chinese numerals, the capital forms of contracts and cheques among them (壹佰萬元)
_CN_NUMERAL = "〇零一二三四五六七八九十百千两兩壹貳贰參叁肆伍陸陆柒捌玖拾佰仟"
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?|[{_CN_NUMERAL}]+"
# 1.5萬億元 (a trillion), 3千億 before the single units they begin with
_UNIT = r"(?:萬億|万亿|千億|千亿|百億|百亿|百萬|百万|千萬|千万|億|亿|萬|万|千)"
# 4200多萬元, 三十餘億元: "more than", written between the number and its unit
_MORE_INSIDE = r"(?:多|餘|余)"
_QUALIFIER = (
    r"(?P<qual>約|约|大約|大约|超過|超过|逾|近|多於|多于|不少於|不少于|高達|高达|達|达|至少)?"
)
_BEFORE = (
    r"(?P<before>HK\$|HKD|US\$|USD|RMB|港幣|港币|人民幣|人民币|新臺幣|新台幣|新台币|美元|美金|美幣|"
    r"美币|澳門元|澳门元|澳門幣|澳门币|歐元|欧元|日元|日圓|日圆|英鎊|英镑)?"
)
_AFTER = (
    r"(?P<after>港元|港幣|港币|元人民幣|元人民币|人民幣|人民币|美元|美金|澳門元|澳门元|澳門幣|澳门币|"
    r"新臺幣|新台幣|新台币|元港幣|元港币|歐元|欧元|日元|日圓|日圆|英鎊|英镑|元)?"
)
_AMOUNT = re.compile(
    rf"{_QUALIFIER}{_S}{_BEFORE}{_S}"
    rf"(?P<number>(?:(?:{_NUM}){_S}{_MORE_INSIDE}?{_S}{_UNIT}{_S})+(?:{_NUM})?|(?:{_NUM}))"
    rf"{_S}(?P<more>多|餘|余)?{_S}(?P<english>billion|million|thousand|bn|mn)?{_S}{_AFTER}"
    rf"(?P<around>左右|以上)?"
)
_NOT_MONEY_AFTER_YUAN = re.compile(r"化|論|论|結構|结构|體|体|次|素|旦")
_PART = re.compile(rf"({_NUM}){_S}{_MORE_INSIDE}?{_S}({_UNIT})?")
_UNITS = {
    "千": 1000, "萬": 10**4, "万": 10**4, "百萬": 10**6, "百万": 10**6,
    "千萬": 10**7, "千万": 10**7, "億": 10**8, "亿": 10**8, "百億": 10**10, "百亿": 10**10,
    "千億": 10**11, "千亿": 10**11, "萬億": 10**12, "万亿": 10**12,
}  # fmt: skip
_CAPITALS = str.maketrans("仟", "千")  # the other capital numerals cn_to_int reads
# 數百萬元, 幾十億元: "several", no number written
_SEVERAL = "數数幾几"
# 2分錢, 5角钱, 3毛錢: a sum in the hundredths or tenths of the currency's unit
_SMALL_COIN = re.compile(
    rf"(?P<number>\d+(?:\.\d+)?|[{_CN_NUMERAL}]+){_S}(?P<coin>分|角|毛)(?:錢|钱)"
)
_COINS = {"分": Decimal("0.01"), "角": Decimal("0.1"), "毛": Decimal("0.1")}
# 擬投資120億，…: a sum in 萬 or 億 right after a word for money, no currency written (the
# jurisdiction's is meant); never before another word (投資120萬人次)
_MONEY_WORD = (
    r"(?:投資|投资|投入|資金|资金|撥款|拨款|預算|预算|經費|经费|總額|总额|營業額|营业额|營收|营收|"
    r"收入|產值|产值|融資|融资|注資|注资|資助|资助|補貼|补贴)"
)
_IMPLIED = re.compile(
    rf"{_MONEY_WORD}(?:總額|总额|總計|总计|合計|合计|共|約|约|達|达|超過|超过|近|逾|為|为|了){{0,2}}{_S}"
    rf"(?P<number>(?:(?:{_NUM}){_S}{_MORE_INSIDE}?{_S}(?:萬億|万亿|千億|千亿|百億|百亿|億|亿|萬|万){_S})+)"
    r"(?=[^\u4e00-\u9fff]|的|左右|以上|$)"
)
# 50萬至200萬元, 10萬以上50萬元以下: a sum that takes its currency (and unit) from the next
_RANGE_TO = re.compile(rf"{_S}(?:至|到|-|－|—|～|~|以上[、，,]?){_S}$")
_BARE_NUMBER = re.compile(rf"(?:{_NUM}){_S}{_MORE_INSIDE}?{_S}(?:{_UNIT})?")
_ENGLISH = {"billion": 10**9, "bn": 10**9, "million": 10**6, "mn": 10**6, "thousand": 1000}
CURRENCIES = {
    "HK$": "HKD", "HKD": "HKD", "港元": "HKD", "港幣": "HKD", "港币": "HKD", "元港幣": "HKD",
    "元港币": "HKD", "US$": "USD", "USD": "USD", "美元": "USD", "美金": "USD", "美幣": "USD",
    "美币": "USD", "RMB": "CNY", "人民幣": "CNY",
    "人民币": "CNY", "元人民幣": "CNY", "元人民币": "CNY", "新臺幣": "TWD", "新台幣": "TWD",
    "新台币": "TWD", "澳門元": "MOP", "澳门元": "MOP", "澳門幣": "MOP", "澳门币": "MOP",
    "歐元": "EUR", "欧元": "EUR", "日元": "JPY", "日圓": "JPY", "日圆": "JPY", "英鎊": "GBP",
    "英镑": "GBP",
}  # fmt: skip


def jurisdiction_currency(text: str, script: str) -> str:
    """The currency of a bare 元 in this document."""
    if "新臺幣" in text or "新台幣" in text or "民國" in text:
        return "TWD"
    return "HKD" if script == "Hant" else "CNY"


def find_amounts(text: str, start: int, end: int, default_currency: str) -> list[Amount]:
    amounts = []
    for m in _AMOUNT.finditer(text, start, end):
        before, after = m.group("before"), m.group("after")
        if not before and not after:
            continue  # a number without a currency is not money
        if after == "元" and not before and _NOT_MONEY_AFTER_YUAN.match(text, m.end()):
            continue  # 一元化審查制度, 二元結構: 元 begins a word, it is no currency
        if before and after and after != "元" and CURRENCIES.get(after) != CURRENCIES.get(before):
            continue
        number = m.group("number")
        if _several_before(number, text, start, m.start("number")):
            continue  # 數百萬元: "several millions", no sum is written
        value = _value(number)
        if value is None:
            continue
        if m.group("english"):
            value *= _ENGLISH[m.group("english")]
        if before:
            currency = CURRENCIES[before]
        else:
            currency = default_currency if after == "元" else CURRENCIES[after]
        approximate = bool(m.group("qual") and m.group("qual") not in ("達", "达")) or bool(
            m.group("more") or m.group("around") or re.search(_MORE_INSIDE, number)
        )
        span_start = (
            m.start("qual")
            if m.group("qual")
            else m.start("before")
            if before
            else m.start("number")
        )
        amounts.append(
            Amount(
                value,
                currency,
                approximate,
                Mention(span_start, m.end()),
                text[span_start : m.end()],
                clause_of(text, Mention(span_start, m.end()), start, end),
            )
        )
    amounts += _coins(text, start, end, default_currency)
    amounts += _implied(text, start, end, default_currency, amounts)
    amounts += table_amounts(text, start, end, default_currency)
    amounts += _range_starts(text, amounts, start)
    return sorted(amounts, key=lambda a: a.mention.start)


def _several_before(number: str, text: str, start: int, at: int) -> bool:
    """Whether 數/幾 ("several") stands right before `number`, written in words, at `at`
    (one character read: a search back from `start` would read the document again for
    every sum). 數百萬元: "several millions", no sum is written."""
    return not number[0].isdigit() and at > start and text[at - 1] in _SEVERAL


def _coins(text: str, start: int, end: int, currency: str) -> list[Amount]:
    """每千瓦時加價2分錢: sums in 分 or 角 of the document's currency."""
    found = []
    for m in _SMALL_COIN.finditer(text, start, end):
        number = m.group("number")
        if _several_before(number, text, start, m.start()):
            continue
        value = _value(number)
        if value is None:
            continue
        mention = Mention(m.start(), m.end())
        value = value * _COINS[m.group("coin")]
        clause = clause_of(text, mention, start, end)
        found.append(Amount(value, currency, False, mention, m.group(), clause))
    return found


# -- sums in tables: a column whose header (or the table's caption) gives the unit -------

_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$", re.M)
_RULE_ROW = re.compile(r"^[\s|:：\-—]*$")
_MONEY_UNIT = (
    r"(?P<unit>(?:萬億|万亿|億|亿|千萬|千万|百萬|百万|萬|万|千)?"
    r"(?:元人民幣|元人民币|港元|美元|歐元|欧元|澳門元|澳门元|元))"
)
# 金額（萬元）, 投資額(億元), 單位：萬元
_HEADER_UNIT = re.compile(
    rf"[（(][ \u3000]*(?:單位|单位)?[：:]?[ \u3000]*{_MONEY_UNIT}[ \u3000]*[）)]"
)
_CAPTION_UNIT = re.compile(
    rf"(?:單位|单位)[ \u3000]*[：:][ \u3000]*{_MONEY_UNIT}(?![\u4e00-\u9fff])"
)
_MONEY_HEADER = re.compile(
    r"金額|金额|資金|资金|經費|经费|投資|投资|預算|预算|補助|补助|資助|资助|獎勵|奖励|補貼|补贴|"
    r"費|费|款|額|额|收入|支出|成本|價|价"
)
_CELL_NUMBER = re.compile(
    r"[ \t\u3000]*(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[ \t\u3000]*$"
)


_CAPTION_REACH = 80  # characters before a table's header where its caption may give a unit


def table_amounts(text: str, start: int, end: int, default_currency: str) -> list[Amount]:
    """Numbers in a table column whose unit is money: a header 金額（萬元）, or the caption
    單位：萬元 over a column headed by a word for money. Each keeps its row as its clause."""
    found: list[Amount] = []
    rows = [m for m in _ROW.finditer(text, start, end)]
    tables: list[list[re.Match]] = []
    for row in rows:
        if (
            tables
            and text.count("\n", tables[-1][-1].end(), row.start()) <= 2
            and not text[tables[-1][-1].end() : row.start()].strip()
        ):
            tables[-1].append(row)
        else:
            tables.append([row])
    for table in tables:
        header, *body = [r for r in table if not _RULE_ROW.match(r.group("cells"))] or [None]
        if header is None or not body:
            continue
        # the caption: the lines just before the table (單位：萬元)
        caption = _CAPTION_UNIT.search(
            text, max(start, header.start() - _CAPTION_REACH), header.start()
        )
        units = {}  # column → its unit as a sum (1 萬元), read once
        for column, (_, cell) in enumerate(_cells(header)):
            if (unit := _HEADER_UNIT.search(cell)) is not None:
                written = unit.group("unit")
            elif caption is not None and _MONEY_HEADER.search(cell):
                written = caption.group("unit")
            else:
                continue
            parsed = find_amounts("1" + written, 0, len(written) + 1, default_currency)
            if len(parsed) == 1:
                units[column] = parsed[0]
        for row in body:
            for column, (at, cell) in enumerate(_cells(row)):
                if column not in units or (number := _CELL_NUMBER.match(cell)) is None:
                    continue
                one = units[column]
                value = Decimal(number.group("number").replace(",", "")) * one.value
                if value <= 0:
                    continue  # an empty line of the table: 0
                first = at + number.start("number")
                mention = Mention(first, first + len(number.group("number")))
                clause = Mention(
                    row.start("cells"), min(row.end("cells"), row.start("cells") + MAX_PURPOSE)
                )
                found.append(
                    Amount(value, one.currency, False, mention, number.group("number"), clause)
                )
    return found


def _cells(row: re.Match) -> list[tuple[int, str]]:
    """A table row's cells with where each starts in the text."""
    cells, at = [], row.start("cells")
    for cell in row.group("cells").split("|"):
        cells.append((at, cell))
        at += len(cell) + 1
    return cells


def _implied(text: str, start: int, end: int, currency: str, found: list[Amount]) -> list[Amount]:
    """投資120億: a sum after a word for money, in the jurisdiction's currency."""
    taken = Spans((a.mention.start, a.mention.end) for a in found)
    implied = []
    for m in _IMPLIED.finditer(text, start, end):
        at, stop = m.start("number"), m.end("number")
        number = m.group("number").strip()
        if taken.overlaps(at, stop) or (value := _value(number)) is None:
            continue
        mention = Mention(at, at + len(number))
        approximate = bool(re.search(_MORE_INSIDE, number))
        clause = clause_of(text, mention, start, end)
        implied.append(Amount(value, currency, approximate, mention, number, clause))
    return implied


def _range_starts(text: str, amounts: list[Amount], start: int) -> list[Amount]:
    """50萬至200萬元, 10萬以上50萬元以下: the range's first number, written without a
    currency (and without a unit: 50-200萬元), is a sum in the second's currency."""
    found = []
    taken = Spans((a.mention.start, a.mention.end) for a in amounts)
    for amount in amounts:
        joint = _RANGE_TO.search(text, max(start, amount.mention.start - 6), amount.mention.start)
        if joint is None:
            continue
        head = text[max(start, joint.start() - 24) : joint.start()]
        first = None
        for m in _BARE_NUMBER.finditer(head):
            if m.end() == len(head):
                first = m
        if first is None:
            continue
        first_start = joint.start() - len(head) + first.start()
        if taken.overlaps(first_start, joint.start()):
            continue  # a sum with its own currency already
        number = first.group().strip()
        if _several_before(number, text, start, first_start):
            continue
        value = _value(number)
        if value is None:
            continue
        if not re.search(_UNIT + "$", number):  # 50-200萬元: the unit is shared too
            unit = re.search(_UNIT + rf"{_S}$", _number_of(amount))
            value *= _UNITS[unit.group().strip()] if unit else 1
        mention = Mention(first_start, joint.start())
        clause = clause_of(
            text, mention, start, amount.clause.end if amount.clause else joint.end()
        )
        found.append(Amount(value, amount.currency, amount.approximate, mention, number, clause))
    return found


def _number_of(amount: Amount) -> str:
    """The number and unit of a sum as written, without its currency or qualifiers."""
    m = _AMOUNT.match(amount.text)
    return m.group("number") if m else amount.text


def _value(number: str) -> Decimal | None:
    total = Decimal(0)
    consumed = 0
    compact = number.replace(" ", "").replace("\u3000", "").translate(_CAPITALS)
    for part in _PART.finditer(compact):
        if part.start() != consumed:
            return None
        consumed = part.end()
        digits, unit = part.group(1), part.group(2)
        try:
            base = (
                Decimal(digits.replace(",", ""))
                if digits[0].isdigit()
                else Decimal(cn_to_int(digits) or 0)
            )
        except InvalidOperation:
            return None
        total += base * (_UNITS[unit] if unit else 1)
    if consumed != len(compact) or total <= 0:
        return None
    return total


# -- what a sum measures ----------------------------------------------------------------

_CLAUSE_MARKS = "，,。；;：:！？!?\n"
_SENTENCE_MARKS = "。；;！？!?\n"
MAX_PURPOSE = 60
# a clause that only bounds or adds to the one before: 處…罰鍰，但最高不得超過五十萬元
_LEANS_BACK = re.compile(r"[ \u3000]*(?:但|且|最高|最低|最多|最少|或者|或)")

# Verbs that say the sum goes to something or is paid out by it. Each pattern is a
# rule with a name, kept on the link, so a bad one can be measured and dropped.
FUNDING_RULES = {
    "grant": re.compile(
        r"撥款|拨款|撥出|拨出|撥予|拨予|撥給|拨给|撥備|拨备|批出|批給|批给|核准|獲批|获批"
    ),
    "inject": re.compile(r"注資|注资|出資|出资|投入"),
    "subsidise": re.compile(r"資助|资助|補助|补助|補貼|补贴|獎勵|奖励|支持"),
    "reserve": re.compile(r"預留|预留|承擔|承担|設立|设立|成立|提供"),
}
# Money others raise, earn, owe or pay: never a fund's budget, whatever else the clause says.
NOT_FUNDING = re.compile(
    r"融資|融资|募集|募資|募资|集資|集资|籌集|筹集|籌得|筹得|上市|市值|估值|營業額|营业额|營收|营收|"
    r"收入|產值|产值|交易額|交易额|出口|進口|进口|罰|罚|稅|税|賠償|赔偿|繳納|缴纳|貸款額度|贷款额度"
)
SIZE_GAP = re.compile(r"[ \u3000的「“『\"]{0,3}")  # 20 億港元「創科創投基金」
_SIZE_BEFORE = re.compile(
    r"[ \u3000]*(?:的|之)?(?:總規模|总规模|規模|规模|總額|总额|資金|资金|基金總額|基金总额|額度|额度)[ \u3000]*"
    r"(?:設定為|设定为|定為|定为|為|为|達|达|約|约|共)?[ \u3000]*"
)  # 創科創投基金規模為 | 20 億港元
_SUBJECT_START = re.compile(r"(?:^|[。；;！？!?])[ \u3000]*(?:該|该|本|此)?[ \u3000]*$")
_THIS_FUND = re.compile(r"本基金|該基金|该基金")
_ACTOR = re.compile(
    r"政府|當局|当局|立法會|立法会|財政司|财政司|特區|特区|主管機關|主管机关|機關|机关|金融機構|金融机构"
)


@dataclass(frozen=True)
class AmountLink:
    amount: Amount
    entity: NamedEntity
    rule: str  # the rule that linked them: size, grant, inject, subsidise, reserve, topic


def clause_of(text: str, mention: Mention, start: int, end: int) -> Mention:
    """The clause a sum stands in (between commas and stops), with the clause before it
    when its own is only the sum and a verb (融資共 980 億港元 → 23 家企業上市，融資共…)."""
    own_start = mention.start
    while own_start > start and text[own_start - 1] not in _CLAUSE_MARKS:
        own_start -= 1
    own_end = mention.end
    while own_end < end and text[own_end] not in _CLAUSE_MARKS:
        own_end += 1
    clause_start = own_start
    words = _cjk(text[own_start : mention.start] + text[mention.end : own_end])
    short = words < 6
    for _ in range(2):  # …罰鍰。但最高不得超過五十萬元，最低不得少於五萬元: back to 罰鍰
        leans_back = _LEANS_BACK.match(text, clause_start, mention.start)
        back_over = (
            "，,。；;" if leans_back else "，,"
        )  # 但 may open a sentence about the one before
        if not (short or leans_back) or clause_start <= start:
            break
        if text[clause_start - 1] not in back_over:
            break
        short = False
        clause_start -= 1
        while clause_start > start and text[clause_start - 1] not in _CLAUSE_MARKS:
            clause_start -= 1
    clause_start = max(clause_start, mention.start - MAX_PURPOSE)
    return Mention(clause_start, min(own_end, max(mention.end, clause_start + MAX_PURPOSE)))


def _cjk(text: str) -> int:
    return sum("\u4e00" <= c <= "\u9fff" for c in text)


def link_amounts(
    text: str, amounts: list[Amount], entities: list[NamedEntity], start: int, end: int
) -> tuple[list[AmountLink], list[tuple[Amount, NamedEntity]]]:
    """Which fund or platform each sum funds (only where its clause says so), and what
    each sum is about (the linked entity, else the one its own clause names)."""
    mentions = [(m, e) for e in entities for m in e.mentions]
    funds = [e for e in entities if e.kind == "Fund"]
    if len(funds) == 1:  # 本基金額度設定為新臺幣三十億元: the one fund the document is about
        mentions += [
            (Mention(m.start(), m.end()), funds[0]) for m in _THIS_FUND.finditer(text, start, end)
        ]
    mentions.sort(key=lambda p: p[0].start)
    # mentions, sentence and paragraph ends found by bisection: scanning them for each sum
    # grew with the square of the document
    index = _Positions(text, mentions)
    links, about = [], []
    for amount in amounts:
        own = _own_clause(text, amount.mention, start, end)
        inside = [(m, e) for m, e in index.starting(own.start, own.end) if m.end <= own.end]
        words = _masked(text, own, inside)
        link = None
        if not NOT_FUNDING.search(words):
            link = _size(text, amount, index) or _funding(text, amount, own, words, inside, index)
        if link:
            links.append(link)
            about.append((amount, link.entity))
        elif objects := _objects(text, own, words, inside):
            nearest = min(objects, key=lambda p: abs(p[0].start - amount.mention.start))
            about.append((amount, nearest[1]))
    return links, about


_TO = re.compile(r"[向給给予為为對对]\s*$")


def _objects(text: str, own: Mention, words: str, inside) -> list:
    """The names a clause's verb is about, not its subject: 立法會撥出 143 億元予特區政府
    is not about 立法會; 向河套香港園區公司注資 is about the company."""
    verbs = [
        m.start() for rule in (*FUNDING_RULES.values(), NOT_FUNDING) for m in rule.finditer(words)
    ]
    if not verbs:
        return inside
    first = own.start + min(verbs)
    return [
        (m, e) for m, e in inside
        if m.start >= first or _TO.search(text, own.start, m.start)
    ]  # fmt: skip


def _own_clause(text: str, mention: Mention, start: int, end: int) -> Mention:
    """The sum's clause, at most MAX_CLAUSE characters either side of it (a text without
    punctuation has no clauses to find)."""
    a, low = mention.start, max(start, mention.start - MAX_CLAUSE)
    while a > low and text[a - 1] not in _CLAUSE_MARKS:
        a -= 1
    b, high = mention.end, min(end, mention.end + MAX_CLAUSE)
    while b < high and text[b] not in _CLAUSE_MARKS:
        b += 1
    return Mention(a, b)


class _Positions:
    """The mentions by where they start, and where sentences and paragraphs end."""

    def __init__(self, text: str, mentions: list) -> None:
        self.mentions = mentions  # sorted by start
        self.starts = [m.start for m, _ in mentions]
        self.longest = max((m.end - m.start for m, _ in mentions), default=0)
        self.sentence_ends = [m.start() for m in _SENTENCE_END.finditer(text)]
        self.line_ends = [m.start() for m in _LINE_END.finditer(text)]

    def starting(self, a: int, b: int) -> list:
        """The (mention, entity) pairs whose mention starts in [a, b)."""
        return self.mentions[bisect_left(self.starts, a) : bisect_left(self.starts, b)]

    @staticmethod
    def _after_last(ends: list[int], before: int) -> int:
        at = bisect_left(ends, before)
        return ends[at - 1] + 1 if at else 0

    def sentence_start(self, at: int) -> int:
        return self._after_last(self.sentence_ends, at)

    def paragraph_start(self, at: int) -> int:
        return self._after_last(self.line_ends, at)


_SENTENCE_END = re.compile(f"[{re.escape(_SENTENCE_MARKS)}]")
_LINE_END = re.compile("\n")
MAX_CLAUSE = 200


def _masked(text: str, clause: Mention, inside) -> str:
    """The clause's words without the names in it (資助 inside 大學科技初創企業資助計劃,
    融資 inside 生物科技公司融資平台 are part of a name, not what the clause says)."""
    chars = list(text[clause.start : clause.end])
    for m, _ in inside:
        chars[m.start - clause.start : m.end - clause.start] = " " * (m.end - m.start)
    return "".join(chars)


def _size(text: str, amount: Amount, index: _Positions) -> AmountLink | None:
    """A fund's or platform's size: 成立 20 億港元創科創投基金; 基金規模為 10 億元."""
    at = amount.mention.start
    # a name ending just before the sum (mentions in order: these come first), else one
    # starting right after it
    for m, entity in index.starting(at - 12 - index.longest, at + 1):
        if (
            entity.kind in ("Fund", "Platform")
            and at - 12 <= m.end <= at
            and _SIZE_BEFORE.fullmatch(text, m.end, at)
        ):
            return AmountLink(amount, entity, "size")
    gap = SIZE_GAP.match(text, amount.mention.end)
    for _, entity in index.starting(gap.end(), gap.end() + 1):
        if entity.kind in ("Fund", "Platform"):
            return AmountLink(amount, entity, "size")
    return None


def _funding(text, amount, own, words, inside, index: _Positions) -> AmountLink | None:
    rule = next((name for name, verb in FUNDING_RULES.items() if verb.search(words)), None)
    if rule is None:
        return None
    for kind in ("Fund", "Platform"):  # a fund or platform the clause names
        near = [(abs(m.start - amount.mention.start), e) for m, e in inside if e.kind == kind]
        if near:
            return AmountLink(amount, min(near, key=lambda p: p[0])[1], rule)
    sentence = index.sentence_start(amount.mention.start)
    named = [e for _, e in index.starting(sentence, amount.mention.start)]
    if any(e.kind == "Organization" for e in named) or _ACTOR.search(text, sentence, own.end):
        return None  # someone else pays (政府撥款 30 億元資助大學): not the topic fund's
    paragraph = index.paragraph_start(amount.mention.start)
    # the last fund the sentence names, or one a sentence of the paragraph opens with
    for m, e in reversed(index.starting(paragraph, own.start)):
        if e.kind == "Fund" and (m.start >= sentence or _opens_sentence(text, paragraph, m.start)):
            return AmountLink(amount, e, "topic")  # 該基金…累計核准資助 295 億
    return None


def _opens_sentence(text: str, paragraph: int, at: int) -> bool:
    """Whether a name at `at` opens a sentence of the paragraph (after 該/本/此 and
    spaces at most): only the few characters before it are read."""
    window = max(paragraph, at - 8)
    if window > paragraph:  # the paragraph's start is out of reach: a mark must be
        return bool(_SUBJECT_AFTER_MARK.search(text, window, at))
    return bool(_SUBJECT_START.search(text[paragraph:at]))


_SUBJECT_AFTER_MARK = re.compile(r"[。；;！？!?][ \u3000]*(?:該|该|本|此)?[ \u3000]*$")
