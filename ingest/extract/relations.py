"""Links between documents stated by the text: this document repeals, amends, is based on,
supersedes, extends or keeps in force a work it cites (issue #20).

Each link comes from one named rule over the clause that states it, in both scripts, and
keeps that clause's span for its provenance:

- based_on: 根據《甲》…，制定本辦法 / 現就…作出如下安排 (the sentence makes this document
  under the work), or 根據《甲》 opening the document's first paragraph;
- repeals: 《甲》同時廢止, 自本辦法施行之日起《甲》廢止, 廢止《甲》 in a sentence about this
  document coming into force;
- amends: 對《甲》作如下修改, 《甲》第三條修改為;
- supersedes: 本安排取代《甲》, 《甲》由本協議取代;
- extends: 延長《甲》的有效期, 《甲》有效期延續至;
- continues_in_force: 《甲》繼續施行 / 繼續有效.

A document's own problems and changes (本安排在執行過程中遇有問題和修改) name no work: no link.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from policykg.ingest.metadata import classify

from policykg.iris import canonical_title

from .records import CitedWork, Mention

_SENTENCE_MARKS = "。；;！？!?\n"
_SENTENCE_END = re.compile(f"[{re.escape(_SENTENCE_MARKS)}]")
_S = r"[ \u3000]*"
# this document, as its own text refers to it: 本辦法, 本安排, 本條例…
_THIS = (
    r"本(?:實施|实施)?(?:法|條例|条例|辦法|办法|規定|规定|解釋|解释|安排|規程|规程|細則|细则|決定|决定|"
    r"通知|意見|意见|協議|协议|協議書|协议书|標準|标准|規則|规则|要點|要点|準則|准则|章程|綱要|纲要|方案|"
    r"備忘錄|备忘录|補充安排|补充安排)"
)
_CUE_BASED = re.compile(r"根據|根据|依據|依据|依照")
_MADE_HERE = re.compile(
    rf"制定{_THIS}|制定{_S}[。，]|特制定|訂定{_THIS}|订定{_THIS}|訂定之|制定之|"
    r"作出如下|達成如下|达成如下|作出以下|達成以下|达成以下|現就|现就|"
    rf"{_THIS}{_S}(?:係|系|是)?{_S}(?:根據|根据|依據|依据|依照)"
)
# what may stand between the basis and the comma: more titles, articles, 的規定
_BASIS = re.compile(
    r"(?:《[^《》]*》|[、和及与與]|以及|第[^，。；《》]{1,20}?[條条款項项]|[的之]?(?:有关|有關|相关|相關)?"
    r"(?:規定|规定)|等|[的之]|基本|(?:有关|有關|相关|相關)|(?:行政)?(?:法律|法規|法规)|精神|原則|原则|[ \u3000])*"
)
_REPEALED_AFTER = re.compile(
    # 《甲》、《乙》和《丙》同時廢止: every title of the list
    rf"^(?:{_S}[、，,和及与與]?{_S}《[^《》]*》)*{_S}"
    rf"(?:同時|同时|即行|亦|也|應|应|予以|均|一併|一并)?{_S}(?:廢止|废止|失效|停止執行|停止执行|停止施行|不再執行|不再执行|不再適用|不再适用)"
)
_REPEAL_BEFORE = re.compile(rf"(?:廢止|废止){_S}$")
_IN_FORCE_HERE = re.compile(
    rf"{_THIS}[^。；]{{0,20}}?(?:施行|生效|實施|实施)|同時廢止|同时废止|同時失效|同时失效"
)
_AMEND_AFTER = re.compile(
    rf"^{_S}(?:第[〇零一二三四五六七八九十百千\d]+[條条款項项][^，。；]{{0,12}}?)?{_S}"
    r"(?:作如下|做如下|作以下|作出如下)?(?:修改|修訂|修订|修正)(?:為|为|如下)"
    rf"|^{_S}作(?:如下|以下|出如下)?(?:修改|修訂|修订|修正)"
)
_AMEND_BEFORE = re.compile(rf"(?:對|对){_S}$")
_MAY = re.compile(r"可以?|得|有權|有权|應當|应当|須|须")
_SUPERSEDE_BEFORE = re.compile(
    rf"{_THIS}[^，。；《》]{{0,6}}?(?:將|将|即)?{_S}取代[^，。；《》]{{0,20}}$"
)  # 本協議取代雙方於 2015 年簽署的《…》
_SUPERSEDE_AFTER = re.compile(rf"^{_S}(?:將|将|即)?{_S}(?:由|被){_S}{_THIS}[^，。；]{{0,4}}?取代")
_EXTEND_BEFORE = re.compile(rf"(?:延長|延长|延續|延续|延展){_S}(?:原|現行|现行)?{_S}$")
_EXTEND_AFTER = re.compile(
    rf"^{_S}(?:的|之)?{_S}(?:有效期|施行期間|施行期间|期限)(?:限)?{_S}(?:將|将|再|予以)?{_S}"
    r"(?:延長|延长|延續|延续|延展|順延|顺延)"
)
_CONTINUES_AFTER = re.compile(
    rf"^{_S}(?:[^，。；《》]{{0,12}}?){_S}(?:繼續施行|继续施行|繼續有效|继续有效|仍然有效|仍繼續有效|仍继续有效|繼續適用|继续适用|仍予適用|仍予适用)"
)


# a reply to what it answers: 你們關於…的請示（文號）收悉。現批覆如下
# the request's title is one clause: no line break, colon or second 关于 inside it (a reply
# printed without punctuation runs its own title, number and addressee (武警总部：) into it)
_REPLY_TO = re.compile(
    r"(?P<title>(?:關於|关于)(?:(?!關於|关于)[^。；，,《》\n：:]){4,80}?的(?:請示|请示|報告|报告|函))"
    r"(?:[（(][^）)]{0,30}[）)])?[ \u3000]*收悉"
)
_REPLY = re.compile(r"批覆如下|批复如下|答覆如下|答复如下|函復如下|函复如下")


@dataclass(frozen=True)
class Relation:
    kind: str  # based_on | repeals | amends | supersedes | extends | continues_in_force
    work: CitedWork
    mention: Mention  # the clause that states it
    rule: str


def replied_to(text: str, start: int, end: int, cited: list[CitedWork]) -> list[Relation]:
    """A reply is based on the request it answers (…的請示收悉。現批覆如下), named without 《》:
    the request becomes a cited work (added to `cited`)."""
    found = []
    for m in _REPLY_TO.finditer(text, start, end):
        if not _REPLY.search(text, m.end(), min(end, m.end() + 40)):
            continue
        title = m.group("title")
        mention = Mention(m.start("title"), m.end("title"))
        work = next((w for w in cited if canonical_title(w.title) == canonical_title(title)), None)
        if work is None:
            work = CitedWork(title=title, kind=classify(title), mentions=[mention])
            cited.append(work)
        found.append(Relation("based_on", work, Mention(m.start(), m.end()), "based_on:reply"))
    return found


def find_relations(
    text: str, start: int, end: int, cited: list[CitedWork], openings: tuple[int, ...] = ()
) -> list[Relation]:
    """The links `text[start:end]` states between itself and the works it cites.
    `openings` are where the document's first paragraphs begin (根據《甲》 opening one of
    them makes the document under 甲)."""
    found: dict[tuple[str, int], Relation] = {}
    # sentence ends by bisection: looking for each mark from each mention (a mark the text
    # lacks is looked for to its end) grew with the square of the document
    marks = [m.start() for m in _SENTENCE_END.finditer(text, start, end)]
    for work in cited:
        for mention in work.mentions:
            for relation in _at(text, start, end, work, mention, openings, marks):
                found.setdefault((relation.kind, id(work)), relation)
    return list(found.values())


def _at(text, start, end, work, m: Mention, openings, marks: list[int]) -> list[Relation]:
    before_mention = bisect_left(marks, m.start)  # marks[:i] end sentences before it
    s_start = marks[before_mention - 1] + 1 if before_mention else start
    after_mention = bisect_left(marks, m.end)
    s_end = marks[after_mention] if after_mention < len(marks) else end
    before, after = text[s_start : m.start], text[m.end : s_end]
    sentence = Mention(s_start, s_end)
    out = []
    cue = list(_CUE_BASED.finditer(before))
    comma = re.search(r"[，,]", after)
    basis = after[: comma.start()] if comma else None
    if (
        cue
        and not re.search(r"[，,：:]", before[cue[-1].end() :])
        and _BASIS.fullmatch("-" if basis is None else basis)
    ):
        # 根據《甲》(和《乙》)…: the cue governs this title
        cue_at = s_start + cue[-1].start()
        paragraph_end = text.find("\n", m.end, end)  # 根據…的規定，經…協商。現就…作出如下安排
        if _MADE_HERE.search(text, m.end, paragraph_end if paragraph_end >= 0 else end):
            out.append(Relation("based_on", work, sentence, "based_on:made_under"))
        elif any(p <= cue_at and not text[p:cue_at].strip() for p in openings):
            out.append(Relation("based_on", work, sentence, "based_on:opening"))
    repealed = _REPEALED_AFTER.match(after) or _REPEAL_BEFORE.search(before)
    if repealed and _IN_FORCE_HERE.search(text, s_start, s_end):
        out.append(Relation("repeals", work, sentence, "repeals"))
    amended = _AMEND_AFTER.match(after) or (
        _AMEND_BEFORE.search(before) and re.match(rf"{_S}(?:作|做)", after)
    )
    if amended and not _MAY.search(before):  # 主管部門可對《甲》作相應修改: a power, not a change
        out.append(Relation("amends", work, sentence, "amends"))
    if _SUPERSEDE_BEFORE.search(before) or _SUPERSEDE_AFTER.match(after):
        out.append(Relation("supersedes", work, sentence, "supersedes"))
    if _EXTEND_BEFORE.search(before) or _EXTEND_AFTER.match(after):
        out.append(Relation("extends", work, sentence, "extends"))
    if _CONTINUES_AFTER.match(after):
        out.append(Relation("continues_in_force", work, sentence, "continues_in_force"))
    return out
