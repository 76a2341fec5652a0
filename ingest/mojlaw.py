"""Reader for the law records of Taiwan's Ministry of Justice law database (the JSON of
mojLawSplitJSON: 法規名稱, 最新異動日期, 沿革內容, 法規內容 with 編章節 and 條號/條文內容).

A record is rendered as plain text in a fixed layout (title, English title, kind,
category, dates, history, then chapters and articles), which the ordinary stages then
clean, segment (第X章, 第X條) and describe. That rendering is the document's source text:
every offset and quotation points into it.
"""

from __future__ import annotations

import json
import re

from policykg.errors import InputError

_YMD = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
# The field labels render_record writes under the title (法規性質：命令 …): the layout is
# ours, so a text that opens with them is a record rendered here and saved as text.
_FIELD_LABELS = frozenset({"法規性質", "法規類別", "最新異動日期", "生效日期", "廢止註記", "沿革"})


def _date(value: object) -> str | None:
    match = _YMD.match(str(value or "").strip())
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    return f"{year}年{month}月{day}日"


def render_record(data: bytes, path: object) -> str:
    """The record as text. Raises InputError naming the file when it is not one."""
    try:
        record = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(path, f"not valid UTF-8 JSON: {exc}") from None
    if not isinstance(record, dict):
        raise InputError(
            path,
            f"a JSON {type(record).__name__}, not a law record",
            hint="policykg reads one law per JSON file (法規名稱, 法規內容), as in mojLawSplitJSON",
        )
    title = str(record.get("法規名稱") or "").strip()
    articles = record.get("法規內容")
    if not title or not isinstance(articles, list):
        raise InputError(path, "not a law record: it needs 法規名稱 and a 法規內容 list")
    lines = [f"# {title}"]  # a heading: the title stands alone
    if record.get("英文法規名稱"):
        lines.append(str(record["英文法規名稱"]).strip())
    for label, key in (("法規性質", "法規性質"), ("法規類別", "法規類別")):
        if record.get(key):
            lines.append(f"{label}：{str(record[key]).strip()}")
    for label, key in (("最新異動日期", "最新異動日期"), ("生效日期", "生效日期")):
        if _date(record.get(key)):
            lines.append(f"{label}：{_date(record[key])}")
    if record.get("廢止註記"):
        lines.append(f"廢止註記：{str(record['廢止註記']).strip()}")
    if record.get("沿革內容"):
        lines += ["沿革：", str(record["沿革內容"]).strip()]
    for entry in articles:
        if not isinstance(entry, dict):
            continue
        if entry.get("編章節"):
            lines.append(str(entry["編章節"]).strip())
        elif entry.get("條號"):
            lines += [str(entry["條號"]).strip(), str(entry.get("條文內容") or "").strip()]
    text = "\n\n".join(lines)  # blank lines: each field a paragraph, never rejoined
    return text.replace("\r\n", "\n").replace("\r", "\n") + "\n"


def is_rendered_record(text: str) -> bool:
    """Is `text` a record as render_record writes it (`# 標題`, then its field lines), e.g.
    saved as .txt? Then its blank lines end paragraphs, as in the record read from JSON."""
    head = [line.strip() for line in text[:3000].split("\n") if line.strip()][:8]
    if len(head) < 3 or not head[0].startswith("# "):
        return False
    labels = [line.partition("：")[0] for line in head[1:]]
    return sum(label in _FIELD_LABELS for label in labels) >= 2
