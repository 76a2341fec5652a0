"""与 before a list of partners is the preposition "with" (with_partners.py, issue 19).

Sentences of our own wording: a label that runs from a thing across 与 into the first of
several partners, the last after 或, loses the thing; a unit listed among others that joins two fields with 与,
a 与 followed by a verb, and 和 or 及 keep the label whole."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.with_partners import with_before_partners


def _cut(sentence: str, label: str) -> str:
    start = sentence.index(label)
    cut = with_before_partners(sentence, start, start + len(label))
    return label[cut:]


@pytest.mark.parametrize(
    ("sentence", "label", "left"),
    [
        ("甲公司得以其商標權與外國政府、法人或團體訂立授權契約。", "商標權與外國政府", "外國政府"),
        ("本署就出入境業務與監察院、審計部或其他機關聯繫。", "業務與監察院", "監察院"),
        (
            "乙會員得以其專利權與國外研究機構或學校合作開發新產品。",
            "專利權與國外研究機構",
            "國外研究機構",
        ),
        (
            "为防范走私活动与境外犯罪组织、团伙或者个人勾结，海关应当加强检查。",
            "走私活动与境外犯罪组织",
            "境外犯罪组织",
        ),
        (
            "合夥企業或有限合夥事業與國內外大學、研究機構或醫院共同研究者，得申請補助。",
            "有限合夥事業與國內外大學",
            "國內外大學",
        ),
    ],
)
def test_the_first_partner_after_with(sentence: str, label: str, left: str) -> None:
    assert _cut(sentence, label) == left


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a unit listed among others, begun after a list's punctuation
        ("本館設下列各組：研究與典藏組、展示組、推廣組。", "研究與典藏組"),
        ("本局下设规划与建设处、营运处，分别掌理下列事项。", "规划与建设处"),
        # the label begins the text
        ("研究與典藏組、展示組及推廣組之職掌如下。", "研究與典藏組"),
        # no list after the partner: 与 may join two fields of one name
        ("本院設置公共關係與國際交流中心辦理相關事務。", "公共關係與國際交流中心"),
        # 和 and 及 join fields inside names a list then separates
        ("本部设立人事和劳动保障处、财务处。", "人事和劳动保障处"),
        ("由文化部人文及出版司、藝術發展司辦理審查。", "人文及出版司"),
        # the 与 of a word, not a word of its own
        ("依法参与管理委员会、监事会之活动。", "参与管理委员会"),
        # partners joined by "and": 与 may join the last pair of fields of a unit
        ("本署辦理出入境業務與監察院、審計部之聯繫事項。", "業務與監察院"),
        # the 或 of another clause
        ("乙方以其商標權與外國政府、法人簽約，或以其他方式合作。", "商標權與外國政府"),
        # too short a thing before 与
        ("丙与丁国际组织、戊组织签订协议。", "丙与丁国际组织"),
    ],
)
def test_names_that_stay_whole(sentence: str, label: str) -> None:
    assert _cut(sentence, label) == label
