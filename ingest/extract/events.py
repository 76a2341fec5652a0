"""Dated events: a date that is not a document's date, in a clause that says something
happened to someone (成立, 簽署, 落成, 啟用, 開幕, 通過…). The event is labelled by what
happened, subject + verb + object (香港特區政府於 2017 年成立 20 億港元創科創投基金 →
香港特區政府成立20億港元創科創投基金), not by the clause it stands in.

Not events, whatever verb is near: a date in a reference list or beside a URL, statistics
(數量比 2015 年增長 2.6 倍), a heading (「4. 2022 年 7 月」), a time bound (1997 年 7 月 1 日
以後申請…, 截至 2022 年 6 月底). Each refusal is a named rule, kept for measuring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.ingest.dates import DateMatch, find_dates

from .records import Mention
from .spans import Spans

_CLAUSE_MARKS = "，,。；;：:！？!?\n"
_SENTENCE_MARKS = "。；;！？!?\n"
_TITLE = re.compile(r"《[^《》]*》")

# What happened: one verb of the field, in both scripts (longest first within a group).
EVENT_VERB = re.compile(
    r"正式成立|成立|簽署|签署|簽訂|签订|簽約|签约|訂立|订立|落成|建成|竣工|完工|動工|动工|開工|开工|"
    r"啟用|启用|開幕|开幕|開業|开业|開課|开课|開通|开通|揭牌|掛牌|挂牌|啟動|启动|投入服務|投入服务|"
    r"投入使用|開始營運|开始营运|投入營運|投入运营|通過|通过|批准|審議通過|审议通过|推出|公布|公佈|發布|发布|"
    r"發表|发表|印發|印发|頒布|颁布|頒佈|公告|出台|實施|实施|施行|生效|設立|设立|舉行|举行|舉辦|举办|"
    r"召開|召开|上市|重組|重组|合併|合并|更名|改名|宣布|確立|确立|落戶|落户|部署|設置|设置|撤銷|撤销|"
    r"廢止|废止|修訂|修订|修正|修改|到期|屆滿|届满|屆滿|期滿|期满|終止|终止|完成|建立|創辦|创办|創立|创立"
)
# Clauses that are no statement of what happened (named, so each can be measured).
NOT_EVENT = {
    "url": re.compile(r"https?:|www\.|\.(?:gov|com|org|edu|net)\b|\.cn/|\.hk/"),
    "statistic": re.compile(
        r"增長|增长|增加|增至|減少|减少|下降|上升|倍|%|％|百分之|比\s*\d|佔|占比|達到\s*\d|达到\s*\d|排名|位列|指數|指数|數據顯示|数据显示"
    ),
    "as_of": re.compile(r"截至|截止|為止|为止"),
}
# The document's own dates (本條例自… 施行, 本安排自…起生效) are document dates, not events.
_OWN = re.compile(
    r"本(?:實施|实施)?(?:法|條例|条例|辦法|办法|規定|规定|解釋|解释|安排|規程|规程|細則|细则|決定|决定|"
    r"通知|意見|意见|協議|协议|標準|标准|規則|规则|要點|要点|準則|准则|章程|綱要|纲要|方案|備忘錄|备忘录|修正案|修订案|修訂案)"
    r"(?:修正|修訂|修订|條文|条文)?[ \u3000]*(?:自|於|于|在|中華|中华)*[ \u3000]*$"
)
# A date given as a term's value (開工日期為…, 即…) states when, not that something happened.
_STATED = re.compile(
    r"(?:日期|期限|時間|时间|日)[ \u3000]*(?:為|为|是)[ \u3000]*$|(?:即|依|按)[ \u3000]*$"
)  # 依 2012 年 5 月 30 日修正施行前之規定: a version referred to
# A provision's own start (前項規定自…施行, 除第 5 條…施行外, 修正條文自…生效): it enters into
# force with the document, a document date; a cited work's (《…》自…施行) is an event.
_IN_FORCE = re.compile(r"施行|生效")
_CITED_DATE = re.compile(r"[的之][ \u3000]*《")
_EXCEPT = re.compile(r"^[ \u3000並并]*除|除[ \u3000]*(?:中華|中华)?[ \u3000]*$")
# A verb that opens a time bound (修正生效前, 施行之日起, 生效之日) says when a rule applies.
_BOUND_VERB = re.compile(
    r"[ \u3000]*(?:發布|发布|公布|公佈|施行|生效)?[ \u3000]*"
    r"(?:之日|之前|以前|之後|之后|以後|以后|之|的|[前後后](?=[，,。；;之的作提申向 \u3000]|$))"
)
# A date that bounds a period of time (…以後申請, …至本安排生效前) says when a rule applies.
_BOUND_AFTER = re.compile(
    r"\s*(?:以後|以后|以前|之前|之後|之后|前|後|后|至|到|以來|以来|止|期間|期间|內|内|為止|为止)"
)
# A reference-list or heading line: "27. …", "4. 2022 年 7 月", "[3] …".
_LIST_LINE = re.compile(r"^\s*(?:\d{1,3}[.．、]|\[\d+\]|［\d+］|註|注\s*\d|#)")
# Words before the date that are the clause's glue, not its subject.
_LEAD = re.compile(
    r"^(?:\d{1,3}[.．、]\s*|第[一二三四五六七八九十百零〇\d]+[條条]\s*|並|并|亦|另外|此外|其中|而|及|和|同時|同时|隨著|随着|於是|于是|其後|其后|"
    r"及後|及后|至|預期|预期|預計|预计|以期)+"
)
_BEFORE_DATE = re.compile(
    r"(?:已於|已于|已在|將於|将于|預計於|预计于|預期於|预期于|可於|可于|以期於|以期于|"
    r"早於|早于|並於|并于|亦於|亦于|自|於|于|在|由|從|从|已|將|将|預計|预计|預期|预期|以期|可|並|并|亦|"
    r"中華|中华|[ \u3000])+$"
)
_AFTER_DATE = re.compile(
    r"^(?:起|開始|开始|正式|已|先後|先后|陸續|陆续|分階段|分阶段|再|更|將|将|會|会|亦|也|，|,|\s)+"
)
_VERB_THEN_DATE = re.compile(r"[ \u3000]*(?:於|于|在|是|為|为)?[ \u3000]*")
MAX_OBJECT = 24
MAX_LABEL = 60


@dataclass(frozen=True)
class DatedEvent:
    date: DateMatch  # spans index the cleaned text
    clause: Mention  # the clause the event is told in
    parts: tuple[Mention, ...] = ()  # the spans that, joined, are its label: subject, verb, object

    def label(self, text: str) -> str:
        """What happened; a part of the year the date cannot hold (第四季度, 上半年) follows."""
        said = "".join(text[p.start : p.end] for p in self.parts).strip(" \u3000")
        return f"{said}（{self.date.period}）" if self.date.period else said


def find_events(text: str, start: int, end: int, taken: set[tuple[int, int]]) -> list[DatedEvent]:
    """Events in text[start:end]; `taken` holds spans of dates already used as document dates."""
    inside_titles = [(m.start(), m.end()) for m in _TITLE.finditer(text, start, end)]
    covered = Spans(taken | set(inside_titles))
    events = []
    dates = [
        DateMatch(m.value, m.start + start, m.end + start, m.period)
        for m in find_dates(text[start:end])
    ]
    for i, date in enumerate(dates):
        if covered.holds(date.start, date.end):
            continue
        # a clause holds one date: 2007 年 1 月 25 日…修正 2022 年 7 月 28 日…修訂 are two
        after_previous = dates[i - 1].end if i else start
        before_next = dates[i + 1].start if i + 1 < len(dates) else end
        event = _event_at(text, date, after_previous, before_next)
        if event is not None:
            events.append(event)
    return events


def _event_at(text: str, date: DateMatch, start: int, end: int) -> DatedEvent | None:
    """The event told in the clause around `date`, within text[start:end]."""
    # the searches stay within text[start:end]: on a text kept as one line, a search to the
    # text's ends for every date was quadratic. Where the line begins before `start`, only
    # that it does matters (start_of_line < line_start)
    newline = text.rfind("\n", start, date.start)
    if newline >= 0:
        start_of_line = newline + 1
    else:
        start_of_line = start if start == 0 or text[start - 1] == "\n" else start - 1
    line_start = max(start_of_line, start)
    line_end = text.find("\n", date.end, end)
    line_end = end if line_end < 0 else line_end
    if _LIST_LINE.match(text, line_start, line_end) and (
        NOT_EVENT["url"].search(text, line_start, line_end) or line_end - line_start < 40
    ):
        return None  # a reference-list entry or a numbered heading
    if _BOUND_AFTER.match(text, date.end, line_end):
        return None
    clause_start = date.start
    while clause_start > line_start and not _mark(text, clause_start - 1):
        clause_start -= 1
    if line_start > start_of_line and clause_start == line_start:
        clause_start = date.start  # no stop since an earlier date: what stands before is its entry
    clause_end = date.end
    while clause_end < line_end and not _mark(text, clause_end):
        clause_end += 1
    if (
        not _cjk(text[clause_start : date.start] + text[date.end : clause_end])
        and clause_end < line_end
        and text[clause_end] in "，,"
    ):  # 2018 年，港交所推出新上市制度: the event is the next clause
        clause_end += 1
        while clause_end < line_end and not _mark(text, clause_end):
            clause_end += 1
    clause = text[clause_start:clause_end]
    if any(rule.search(clause) for rule in NOT_EVENT.values()):
        return None
    if _OWN.search(text, clause_start, date.start) or _STATED.search(
        text, clause_start, date.start
    ):
        return None
    if _EXCEPT.match(clause) or _EXCEPT.search(text, clause_start, date.start):
        return None
    # a verb before the date belongs to an earlier date on the line (…修正 2022 年…修訂)
    verb = _verb(text, date, clause_start, clause_end, backwards=line_start == start_of_line)
    if verb is None or _BOUND_VERB.match(text, clause_start + verb.end(), clause_end):
        return None
    if _IN_FORCE.fullmatch(verb.group(0)) and "《" not in clause:
        return None
    if _CITED_DATE.search(text, date.end, clause_start + verb.start()):
        return None  # 於 1999 年發布的《…》同時廢止: the date is the cited work's, not this event's
    return _labelled(text, date, Mention(clause_start, clause_end), verb)


def _verb(
    text: str, date: DateMatch, clause_start: int, clause_end: int, *, backwards: bool
) -> re.Match | None:
    """The clause's event verb: the first after the date, else the last before it, never
    one inside a quoted name or title (「大灣區創科飛躍學院」 is no 學院 founded)."""
    masked = _masked(text, clause_start, clause_end)
    after = EVENT_VERB.search(masked, date.end - clause_start)
    if after:
        return after
    before = list(EVENT_VERB.finditer(masked, 0, date.start - clause_start)) if backwards else []
    if before and _VERB_THEN_DATE.fullmatch(masked, before[-1].end(), date.start - clause_start):
        return before[-1]  # 成立於 1997 年; a verb further back belongs to something else
    return None


def _masked(text: str, clause_start: int, clause_end: int) -> str:
    chars = list(text[clause_start:clause_end])
    for m in re.finditer(
        r"《[^《》]*(?:》|$)|「[^「」]*」|“[^“”]*”", text[clause_start:clause_end]
    ):
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def _labelled(text: str, date: DateMatch, clause: Mention, verb: re.Match) -> DatedEvent | None:
    """Subject + verb + object, the date and its glue words left out."""
    base = clause.start
    verb_start, verb_end = base + verb.start(), base + verb.end()
    parts = []
    if verb_start >= date.end:  # 甲於 2017 年成立乙
        subject_end = len(text[clause.start : date.start].rstrip())
        head = text[clause.start : clause.start + subject_end]
        head = head[len(_LEAD.match(head).group(0)) if _LEAD.match(head) else 0 :]
        head_start = clause.start + subject_end - len(head)
        earlier = list(EVENT_VERB.finditer(_masked(text, head_start, head_start + len(head))))
        if earlier:  # 並自發布日施行 | 2012 年…公告: the words before close another entry
            head = head[earlier[-1].end() :]
            head_start = clause.start + subject_end - len(head)
        before = _BEFORE_DATE.search(head)
        head_end = head_start + (before.start() if before else len(head))
        if head_end > head_start:
            parts.append(Mention(head_start, head_end))
        middle_start = date.end
        glue = _AFTER_DATE.match(text[date.end : verb_start])
        if glue:
            middle_start += glue.end()
        if verb_start > middle_start:
            parts.append(Mention(middle_start, verb_start))
        object_end = min(clause.end, verb_end + MAX_OBJECT)
        parts.append(Mention(verb_start, object_end))
    else:  # 國家於…公布的規劃於 2023 年 8 月: the verb before the date
        lead = _LEAD.match(text, clause.start)
        parts.append(Mention(lead.end() if lead else clause.start, date.start))
        rest = _AFTER_DATE.match(text[date.end : clause.end])
        tail_start = date.end + (rest.end() if rest else 0)
        if tail_start < clause.end:
            parts.append(Mention(tail_start, min(clause.end, tail_start + MAX_OBJECT)))
    parts = [p for p in parts if p.end > p.start]
    last = parts[-1]
    if text.endswith(("中華", "中华"), last.start, last.end):  # 中華民國 of the next date
        parts[-1] = Mention(last.start, last.end - 2)
        parts = [p for p in parts if p.end > p.start]
    label = "".join(text[p.start : p.end] for p in parts)
    if _cjk(label) - _cjk(verb.group(0)) < 2:
        return None  # only a verb: who or what it happened to is not in the clause
    return DatedEvent(date, clause, _shortened(text, parts, verb_start, verb_end))


def _shortened(
    text: str, parts: list[Mention], verb_start: int, verb_end: int
) -> tuple[Mention, ...]:
    """At most MAX_LABEL characters, never cutting the verb: the object goes first, then
    the end of the longest other part (…等五部法律的決定》第三次修正 keeps 修正)."""
    parts = list(parts)
    while sum(p.end - p.start for p in parts) > MAX_LABEL:
        cuttable = [
            (p.end - p.start - (verb_end - verb_start if p.start <= verb_start < p.end else 0), i)
            for i, p in enumerate(parts)
        ]
        room, i = max(cuttable)
        if room <= 0:
            break
        p = parts[i]
        if p.start <= verb_start < p.end and p.end > verb_end:  # the object after the verb
            parts[i] = Mention(p.start, p.end - 1)
        elif p.start <= verb_start < p.end:  # the words before the verb, in the same part
            parts[i : i + 1] = [Mention(p.start, verb_start - 1), Mention(verb_start, p.end)]
        else:
            parts[i] = Mention(p.start, p.end - 1)
        parts = [q for q in parts if q.end > q.start]
        if parts[i : i + 1] and parts[i].end < p.end:  # a cut part never ends inside brackets
            q = parts[i]
            opened = max(text.rfind(c, q.start, q.end) for c in "（(「《")
            closed = max(text.rfind(c, q.start, q.end) for c in "）)」》")
            if opened > closed and not (q.start <= verb_start < q.end):
                parts[i] = Mention(q.start, opened)
                parts = [r for r in parts if r.end > r.start]
    return tuple(parts)


def _mark(text: str, i: int) -> bool:
    """A clause ends here: a comma or stop, but not the comma of 181億3,500萬元."""
    if text[i] not in _CLAUSE_MARKS:
        return False
    return not (
        text[i] == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
    )


def _cjk(text: str) -> int:
    return sum("\u4e00" <= c <= "\u9fff" for c in text)
