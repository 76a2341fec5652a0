"""A body's own organisation rules cited through 本 (issue 19, session 24): 本院組織法,
本會組織條例, 本局辦事細則.

Taiwan's records cite the organisation act or office rules of the body they are about by
本 + the body's noun + the rule's words (分別掌理本院組織法、本規程規定; 依本會組織條例第五條
之規定). The law bears the body's name + those words (中央研究院組織法): the citation is
read under that title, its mention the text's 本院組織法, as a defined short form is read
under the title it stands for. The body is the one the document points to with that 本X:

- the body it defines so: 中央研究院（以下簡稱本院）, the name before the definition that
  the organisation acts' gazetteer lists (the longest);
- else the body its own title is a rule of, when that body's name ends with the noun
  (中央研究院處務規程: 本院 is 中央研究院; 本中心 is not; `unit_lists.body_of_title`).

The rule's words are those an organisation rule's title ends with (`unit_lists.RULE_TITLE`:
組織法, 組織條例, 組織規程, 處務規程, 辦事細則, 編制表 …), right after 本X; 本 that ends a
word (日本, 資本) points at nothing. One regular-expression pass over the text, and each
parenthesis read over at most 40 characters for a definition: linear.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..script import to_simplified
from .gazetteers import load_gazetteer
from .this_word import points_with_this
from .unit_lists import RULE_TITLE, body_of_title

__all__ = ["pointed_rules"]

# 本 + a body's noun (one to three characters: 院, 会, 中心, 分局) + the rule's words
_POINTED = re.compile(
    rf"本(?P<noun>[\u4e00-\u9fff]{{1,3}}?)(?P<rule>{RULE_TITLE.pattern.removesuffix('$')})"
)
# its definition: …院（以下简称本院）, （以下称“本会”）, (下稱本部), read by citations.alias_after,
# the one parser of definitions, at each opening parenthesis
_OPENING = re.compile(r"[（(]")
_THIS_NOUN = re.compile(r"本[\u4e00-\u9fff]{1,3}")
MAX_BODY = 24  # characters of a defined body's name (行政院原子能委员会核能研究所)


@lru_cache(maxsize=1)
def _act_bodies() -> frozenset[str]:
    """The bodies the organisation acts name (Simplified)."""
    return frozenset(entry.name_hans for entry in load_gazetteer("organisation_acts"))


def _defined_bodies(text: str, simplified: str) -> dict[str, str]:
    """Each 本X the text defines for a listed body, and that body as written (the first
    definition of each form; `simplified` is `text` in Simplified, character for character)."""
    from .citations import alias_after  # citations imports this module: read when called

    bodies = _act_bodies()
    out: dict[str, str] = {}
    for m in _OPENING.finditer(simplified):
        alias, _ = alias_after(simplified, m.start(), len(simplified), defined_only=True)
        form = alias[0] if alias else None
        if form is None or not _THIS_NOUN.fullmatch(form) or form in out:
            continue
        at = m.start()
        while at > 0 and simplified[at - 1] in " \u3000":  # 僑務委員會 (以下簡稱本會)
            at -= 1
        for begin in range(max(0, at - MAX_BODY), at - 1):  # the longest name first
            if simplified[begin:at] in bodies and simplified[begin:at].endswith(form[1:]):
                out[form] = text[begin:at]
                break
    return out


def pointed_rules(text: str, start: int, end: int, own_title: str) -> list[tuple[int, int, str]]:
    """(start, end, title) of each organisation rule cited as 本X + its words in
    text[start:end], the title under the body's name (in the text's script)."""
    part = text[start:end]
    if "本" not in part:
        return []
    simplified = to_simplified(part)
    found = []
    defined: dict[str, str] | None = None
    titled = body_of_title(to_simplified(own_title))
    for m in _POINTED.finditer(simplified):
        if not points_with_this(simplified[max(0, m.start() - 1) : m.end()]):
            continue  # 日本…: the character of a word
        if defined is None:
            defined = _defined_bodies(part, simplified)
        noun = m.group("noun")
        body = defined.get("本" + noun)
        if body is None and titled.endswith(noun):
            body = own_title[: len(titled)]
        if body:
            title = body + part[m.start("rule") : m.end()]
            found.append((start + m.start(), start + m.end(), title))
    return found
