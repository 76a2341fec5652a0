"""The document's own parties and signatories.

Parties come from the sentence in which the document says it is signed or made (甲與乙…簽署本
安排), from a line of party names above the title, and from the signature block; the
signature block (party / office / name / date lines at the end) gives the signatories.
"""

from __future__ import annotations

import re

from policykg.ingest.dates import parse_date
from policykg.ingest.metadata import SELF_REFERENCE, SIGNING
from policykg.ingest.records import CleanText, Paragraph

from .orgnames import coordinated_names, is_organisation
from .records import Mention, NamedEntity, Signatory

_MAKING = re.compile(rf"{SIGNING}|制定|制訂|制订|訂立|订立|共同發布|共同发布")
_PARENTHETICAL = re.compile(r"[（(][^（）()]{0,30}[）)]|《[^《》]{1,120}》")
_OFFICE = re.compile(
    r"(?:長|长|長官|长官|主任|主席|書記|书记|代表|總裁|总裁|總經理|总经理|大臣|總理|总理|專員|专员|"
    r"秘書|秘书|司長|司长|署長|署长|處長|处长|部長|部长|局長|局长|市長|市长|省長|省长|院長|院长|校長|校长)$"
)
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[A-Z][a-zA-Z.\- ]{2,40}$")


def parties_in_sentence(text: str, start: int, end: int, own_title: str) -> list[NamedEntity]:
    """Parties from sentences that speak of signing or making this very document."""
    found: list[NamedEntity] = []
    own = f"《{own_title}》" if own_title else None
    for s_start, s_end in _sentence_spans(text, start, end):
        sentence = text[s_start:s_end]
        if not _MAKING.search(sentence) or not (
            SELF_REFERENCE.search(sentence) or (own and own in sentence)
        ):
            continue
        masked = _PARENTHETICAL.sub(lambda m: " " * len(m.group()), sentence)
        for c_start, c_end in _clause_spans(masked):
            names = coordinated_names(masked[c_start:c_end])
            if len(names) >= 2:
                for offset, name in names:
                    absolute = s_start + c_start + offset
                    found.append(
                        NamedEntity(name, mentions=[Mention(absolute, absolute + len(name))])
                    )
                break
    return found


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
