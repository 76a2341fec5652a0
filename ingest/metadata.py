"""Stage *document metadata*: a document's title, its kind, and its own dates.

Only what the text states: the title from the heading block (or, failing that, the
running header the cleaner removed), the kind from the title's head noun, and the dates
of sentences that speak of the document itself (本《安排》於…簽署, 自…起生效, 有效期至…)
or of a signature block.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .dates import DateMatch, find_dates, parse_date
from .fields import DOCUMENT_NUMBER
from .histories import enactment_date, history_line, latest_version
from .numbering import parse_annex_marker, parse_marker, read_annex_line
from .records import CleanText, DatedFact, DateValue, Paragraph

# Head nouns → class (contract §1). Longest first, Traditional and Simplified.
KIND_SUFFIXES: tuple[tuple[str, str], ...] = tuple(
    sorted(
        [
            *((s, "Agreement") for s in (
                "安排", "協議", "协议", "協議書", "协议书", "備忘錄", "备忘录", "協定", "协定",
                "公約", "公约", "議定書", "议定书", "合同", "框架協議", "框架协议", "意向書", "意向书",
                "諒解備忘錄", "谅解备忘录", "聯合聲明", "联合声明",
            )),
            *((s, "Plan") for s in (
                "規劃", "规划", "綱要", "纲要", "藍圖", "蓝图", "方案", "計劃", "计划", "行動計劃",
                "行动计划", "路線圖", "路线图", "戰略", "战略", "規劃綱要", "规划纲要", "發展綱要",
            )),
            *((s, "Legislation") for s in (
                "法", "條例", "条例", "規定", "规定", "辦法", "办法", "細則", "细则", "規則", "规则",
                "決定", "决定", "解釋", "解释", "命令", "令", "規章", "规章", "守則", "守则",
            )),
            *((s, "Paper") for s in (
                "報告", "报告", "文件", "白皮書", "白皮书", "論析", "论析", "研究", "通知", "意見",
                "意见", "講話", "讲话", "施政報告", "施政报告", "公報", "公报", "聲明", "声明",
            )),
        ],
        key=lambda pair: -len(pair[0]),
    )
)  # fmt: skip

_ORG_SUFFIX = re.compile(
    r"(?:政府|人民政府|委員會|委员会|小組委員會|小组委员会|部|局|署|辦公室|办公室|院|廳|厅|會|会|"
    r"公司|大學|大学|中心|處|处)$"
)
_DOC_LABEL = re.compile(
    r"^(?:討論文件|讨论文件|資料文件|资料文件|立法會.*|立法会.*|CB\(.*|LC Paper.*)$"
)
# 本《安排》, 本合作安排, 本法: the document speaking of itself
SELF_REFERENCE = re.compile(
    r"本(?:《[^》]{1,60}》|合作安排|安排|協議書|协议书|協議|协议|備忘錄|备忘录|協定|协定|規劃|规划|"
    r"綱要|纲要|方案|計劃|计划|辦法|办法|條例|条例|規定|规定|細則|细则|決定|决定|法)"
)
# the verbs of signing, in both scripts; the extraction stage uses them too
SIGNING = "簽署|签署|簽訂|签订|簽字|签字|簽定|签定"
_SIGN = re.compile(SIGNING)
_PLACE = re.compile(rf"在([\u4e00-\u9fff]{{2,8}}?)(?:{SIGNING})")
_FROM_SIGNING = re.compile(rf"(?:{SIGNING})之日起(?:生效|施行|實施|实施)")
# 自公布之日起施行, and the shorter 自公布日施行 of Taiwan's laws
_FROM_PUBLISHED = re.compile(r"(?:公布|公佈|發布|发布|印發|印发)之?日起?(?:生效|施行|實施|实施)")
_IN_FORCE = re.compile(r"起?(?:生效|施行|實施|实施)")
_VALID_UNTIL = re.compile(r"有效期(?:至|到|截至)")
_ABOUT_ITSELF = re.compile(r"簽|签|生效|施行|實施|实施|有效期")
_ADOPTED = re.compile(r"通過|通过|批准|核准|公布|公佈|發布|发布|修正|修訂|修订")
# what may follow a closing date: （此件公开发布）
_CLOSING_NOTE = re.compile(r"(?:\s*[（(][^（）()\n]{1,20}[）)])*\s*$")
# between the last sentence and the closing date: the issuing body's name at most
# (in Markdown emphasis marks, **国务院**, kept by a file read as plain text)
_CLOSING_NAMES = re.compile(r"[^\s\d\w]*[\u4e00-\u9fff\s\u3000、*_]{0,60}")
# what a published notice or reply carries after its closing block, none of it the text:
# the distribution list (抄送：…), the printing line (…2018年11月9日印发, whose date is
# the printing's), the page's source, editor and correction lines, links and rules
_CLOSING_TRAILER = re.compile(
    r"\s*(?:(?:抄\s*送|抄\s*報|抄\s*报|主\s*送|來\s*源|来\s*源|責任編輯|责任编辑|"
    r"發布日期|发布日期|發佈日期|【)[^\n]*"
    r"|[^\n]{0,60}(?:印\s*發|印\s*发)[\s\u3000]*"
    r"|[-*_=\s]{3,}"
    r"|(?:\[[^\]\n]*\]\([^)\n]*\)|https?://\S+|\s)+)\s*"
)
_TRAILER_REACH = 6  # paragraphs after the closing block at most


_LETTER = re.compile(r"[^\W_]")  # a title names something: at least one letter or digit

# Markdown heading marks (`# `, `## `) before a title the cleaner left as text (a .txt
# file from a converter, read as plain text)
_HEADING_MARKS = re.compile(r"#{1,6}[ \t]+(?=\S)")


def names_a_document(noun: str) -> bool:
    """Does the noun end like a document's title (法, 條例, 計劃, 協議 …)?"""
    return any(noun.endswith(suffix) for suffix, _ in KIND_SUFFIXES)


# a title that asks (…，用人單位能否解除勞動合同) or tells of a lawsuit (甲訴乙買賣合同) is a
# case's or an article's, about an agreement it names: not the agreement itself
_ASKS = re.compile(r"能否|是否|可否|應否|应否|如何|怎樣|怎样|怎麼|怎么|嗎|吗|[？?]")
_SUES = re.compile(r"[訴诉](?![訟讼])")
# a verb whose object is the head noun: 解除勞動|合同 is a deed done to a contract (but
# 解除勞動合同|協議書, 終止|協議 and 變更租期的補充|協議 are agreements of their own)
_ACTS_ON = re.compile(
    r"(?:解除|終止|终止|履行|變更|变更|撤銷|撤销|違反|违反|續訂|续订)(?P<object>[^，,。、的]{1,6})$"
)


def classify(title: str) -> str:
    """The class of a document from its title's head noun (Agreement, Plan, Paper…)."""
    core = re.sub(r"[（(][^）)]*[）)]\s*$", "", title.strip())
    core = core.strip(' 》」』”"')
    for suffix, kind in KIND_SUFFIXES:
        if core.endswith(suffix):
            if kind == "Agreement" and _about_an_agreement(core[: -len(suffix)]):
                return "Paper"
            return kind
    return "Paper"


def _about_an_agreement(before_head: str) -> bool:
    """The words before an agreement's head noun make the title a question, a lawsuit or
    a deed done to the agreement (…能否解除勞動|合同), not the agreement's own name."""
    return bool(
        _ASKS.search(before_head)
        or _SUES.search(before_head)
        or (
            (deed := _ACTS_ON.search(before_head)) is not None
            and not names_a_document(deed.group("object"))
        )
        or "，" in before_head
    )


def _is_org_list(text: str) -> bool:
    """`香港特別行政區政府 深圳市人民政府`: the parties' names above an agreement's title."""
    names = [n for n in re.split(r"[ \u3000、，,]+", text.strip()) if n]
    return bool(names) and all(_ORG_SUFFIX.search(n) and len(n) <= 20 for n in names)


def find_title(
    clean: CleanText, paragraphs: tuple[Paragraph, ...], fallbacks: tuple[str, ...] = ()
) -> tuple[str, tuple[int, int] | None]:
    """The title and its span: the first heading-like lines before the body begins."""
    pieces: list[tuple[Paragraph, int, str]] = []  # paragraph, where its title begins, text
    for paragraph in paragraphs[:12]:
        raw = clean.paragraph_text(paragraph)
        text = raw.strip()
        if not text:
            continue
        heading = paragraph.heading_level is not None
        begins = paragraph.start
        if marks := _HEADING_MARKS.match(text):
            # `# 標題` in a file read as plain text: the marks are Markdown, not the title's
            begins += len(raw) - len(raw.lstrip()) + marks.end()
            text, heading = text[marks.end() :], True
        titleish = (
            len(text) <= 100
            and _LETTER.search(text) is not None  # ┌────┐, a table's frame: no title
            and text[-1] not in "。；;，,："
            and not parse_date(text)
            and not _DOC_LABEL.match(text)
            and not DOCUMENT_NUMBER.fullmatch(text)  # 国发〔2019〕5号 under the title
            and not _CLOSING_NOTE.fullmatch(text)  # （此件公开发布） after a closing block
            and not text.startswith("|")  # a table row
            and not _is_org_list(text)
            and not parse_annex_marker(text)
            and not re.match(r"^(?:目\s*[錄录]|前言|序言)$", text)
        )
        if pieces:
            if (
                titleish
                and not heading
                and pieces[-1][0].heading_level is None
                and parse_marker(text) is None
                and not text.startswith(("（", "("))
                and next(find_dates(text), None) is None
            ):
                pieces.append((paragraph, begins, text))  # a title broken over centred lines
                continue
            break
        if (
            titleish
            and (parse_marker(text) is None or (heading and len(text) > 12))
            and (heading or paragraph is paragraphs[0] or len(text) <= 60)
        ):
            pieces.append((paragraph, begins, text))
            if heading:
                break
            continue
        if parse_marker(text) is not None or (not heading and len(text) > 100):
            break  # the body has begun
    if pieces:
        title = "".join(text for _, _, text in pieces)
        return title, (pieces[0][1], pieces[-1][0].end)
    for fallback in fallbacks:
        if fallback and _LETTER.search(fallback):
            return fallback, None
    return "", None


def _sentences(text: str, offset: int) -> list[tuple[int, str]]:
    out, start = [], 0
    for m in re.finditer(r"[。；;\n]", text):
        out.append((offset + start, text[start : m.end()]))
        start = m.end()
    if start < len(text):
        out.append((offset + start, text[start:]))
    return out


def find_dates_of_document(
    clean: CleanText, paragraphs: tuple[Paragraph, ...], kind: str
) -> list[DatedFact]:
    """Signed, in-force, valid-until, published or adopted dates the text states."""
    if not paragraphs:
        return []
    start, end = paragraphs[0].start, paragraphs[-1].end
    facts: dict[str, DatedFact] = {}
    in_force_from_signing = in_force_from_publication = False
    enactment = enactment_date(clean.text, start, end)
    if enactment is not None:
        facts["published"] = enactment
    for sentence_start, sentence in _sentences(clean.text[start:end], start):
        if not _ABOUT_ITSELF.search(sentence):
            continue  # only sentences about signing, force or validity carry these dates
        is_self = bool(
            SELF_REFERENCE.search(sentence)
            or history_line(clean.text, sentence_start, sentence_start + len(sentence), start)
        )
        dates = list(find_dates(sentence))
        if is_self and _FROM_SIGNING.search(sentence):
            in_force_from_signing = True
        if is_self and _FROM_PUBLISHED.search(sentence):
            in_force_from_publication = True
        for match in dates:
            after = sentence[match.end : match.end + 12]
            fact_span = (sentence_start + match.start, sentence_start + match.end)
            before = sentence[max(0, match.start - 6) : match.start]
            if is_self and _SIGN.search(after) and "signed" not in facts:
                place = _PLACE.search(after)
                facts["signed"] = DatedFact(
                    "signed", match.value, *fact_span, place=place.group(1) if place else None
                )
            elif _VALID_UNTIL.search(before) and "valid_until" not in facts:
                facts["valid_until"] = DatedFact("valid_until", match.value, *fact_span)
            elif is_self and _IN_FORCE.match(after.lstrip(" 起")) and "in_force" not in facts:
                facts["in_force"] = DatedFact("in_force", match.value, *fact_span)
    # a closing block: 國務院 / 2018年11月7日 at the end of a notice, on lines of its own
    # or after the last sentence of one long line
    if "signed" not in facts and (closing := _closing_date(clean, paragraphs)) is not None:
        facts["signed"] = closing
    # a signature block: dates standing alone at the end of the document
    if "signed" not in facts and kind == "Agreement":
        for paragraph in reversed(paragraphs[-12:]):
            value = parse_date(clean.paragraph_text(paragraph))
            if value is not None and value.precision == "day":
                facts["signed"] = DatedFact("signed", value, paragraph.start, paragraph.end)
                break
    # front matter: a date alone near the top (a paper's date), or a law's adoption line
    for paragraph in paragraphs[:6]:
        text = clean.paragraph_text(paragraph)
        value = parse_date(text)
        if value is not None:
            facts.setdefault(
                "published", DatedFact("published", value, paragraph.start, paragraph.end)
            )
            break
        if (dated := _dated_subtitle(text)) is not None:
            role, match = dated
            span = (paragraph.start + match.start, paragraph.start + match.end)
            facts.setdefault(role, DatedFact(role, match.value, *span))
            break
        first = next(find_dates(text), None)
        opening = len(text) - len(text.lstrip("（( \u3000"))
        # a parenthesis the source broke over two lines goes on in the next paragraph:
        # （二○○四年六月十六日国务院 / 第54次常务会议修订通过）
        reach = paragraph.end if text.count("（") <= text.count("）") else paragraph.end + 40
        if (
            first is not None
            and first.start == opening
            and _ADOPTED.search(clean.text, paragraph.start + first.end, reach)
        ):
            span = (paragraph.start + first.start, paragraph.start + first.end)
            facts.setdefault("adopted", DatedFact("adopted", first.value, *span))
            break
    version = latest_version(clean.text, start, end)
    if version is not None:
        facts["version"] = version
    if "in_force" not in facts:
        source = facts.get("signed") if in_force_from_signing else None
        if in_force_from_publication:
            source = facts.get("published") or facts.get("adopted")
        if source is not None:
            facts["in_force"] = DatedFact("in_force", source.value, source.start, source.end)
    roles = ("signed", "adopted", "published", "version", "in_force", "valid_until")
    return [facts[role] for role in roles if role in facts]


# LawRefBook names each file after the version of the law it holds: 公司法(2023-12-29).md
_FILE_NAME_DATE = re.compile(r"[（(](\d{4})-(\d{2})-(\d{2})[）)]$")


def with_file_name_version(dates: list[DatedFact], file_name: str) -> list[DatedFact]:
    """`dates` with the version date the file's name gives, when the text states none (a
    law whose header lists no amendment, 民用航空安全保卫条例(2011-01-08).md: revised by a
    decision amending many regulations). The name's date is a version, never the document's
    own date, and is not used when it falls before a date the text gives."""
    if any(fact.role == "version" for fact in dates):
        return dates
    match = _FILE_NAME_DATE.search(file_name.rpartition(".")[0] or file_name)
    if match is None:
        return dates
    year, month, day = map(int, match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return dates
    value = DateValue(year, month, day)
    own = ("signed", "adopted", "published")  # a version never precedes the enactment
    if any(f.role in own and f.value.lexical() > value.lexical() for f in dates):
        return dates
    version = DatedFact("version", value, 0, 0, from_file_name=True)
    return [*dates, version]


_PARENTHESISED = re.compile(r"[（(]([^（）()]{4,60})[）)]")


def _dated_subtitle(text: str) -> tuple[str, DateMatch] | None:
    """A line under the title that is only a parenthesis holding a date, after the names of
    who wrote the text at most: （民政部 一九九七年一月二十八日） dates it as signed by them,
    （2019年3月4日） as published. (role, the date's match in `text`) or None."""
    stripped = text.strip()
    whole = _PARENTHESISED.fullmatch(stripped)
    if whole is None:
        return None
    inner = whole.group(1)
    dates = list(find_dates(inner))
    if (
        len(dates) != 1
        or inner[dates[0].end :].strip()
        or not _CLOSING_NAMES.fullmatch(inner[: dates[0].start])
    ):
        return None
    offset = text.index(stripped) + whole.start(1)
    match = replace(dates[0], start=dates[0].start + offset, end=dates[0].end + offset)
    return ("signed" if inner[: dates[0].start].strip() else "published"), match


def _closing_date(clean: CleanText, paragraphs: tuple[Paragraph, ...]) -> DatedFact | None:
    """The date that ends the document, after its last sentence and the names of those who
    issue or sign it, before notes such as （此件公开发布）; or, when an attachment follows the
    signature (… 国家教委 / 一九九六年五月十三日 / 附： / …计划表 / a table), the date that
    ends the text before it."""
    found = _date_closing(clean, paragraphs)
    if found is not None:
        return found
    for index in range(len(paragraphs) - 1, 1, -1):
        line = read_annex_line(clean.paragraph_text(paragraphs[index]).strip())
        if line is None or line.word not in _ATTACHMENT_WORDS or not (line.colon or not line.rest):
            continue  # 附属…, 附注…: words, not an attachment's heading
        found = _date_closing(clean, paragraphs[:index])
        # signed: the issuer's name on the line before the date (not 报名截止日期： / a date)
        signer = clean.paragraph_text(paragraphs[index - 2]).strip()
        if found is not None and signer and _CLOSING_NAMES.fullmatch(signer) and len(signer) <= 30:
            return found
    return None


_ATTACHMENT_WORDS = frozenset({"附", "附件", "附表"})


def _date_closing(clean: CleanText, paragraphs: tuple[Paragraph, ...]) -> DatedFact | None:
    trailers = 0
    for paragraph in reversed(paragraphs):
        text = clean.paragraph_text(paragraph)
        if not text.strip() or _CLOSING_NOTE.fullmatch(text) is not None:
            continue  # blank, or a note alone: （此件公开发布）
        if trailers < _TRAILER_REACH and _CLOSING_TRAILER.fullmatch(text) is not None:
            trailers += 1  # 抄送：…, …印发, 来源：… after the block
            continue
        break  # the last paragraph of the text itself
    else:
        return None
    note = _CLOSING_NOTE.search(text)
    body = text[: note.start()] if note else text
    body = body.rstrip(" \t\u3000*_")  # **2018年11月7日** in a file read as plain text
    last = None
    for match in find_dates(body):
        last = match
    if last is None or body[last.end :].strip():
        return None
    cut = max(body.rfind(c, 0, last.start) for c in "。；;！：:」”\n")
    between = body[cut + 1 : last.start]
    if (cut < 0 and len(body) > 80) or not _CLOSING_NAMES.fullmatch(between):
        return None
    return DatedFact("signed", last.value, paragraph.start + last.start, paragraph.start + last.end)
