"""International bodies named by their field: 国际 + a field + a membership head (issue 19,
session 26): 国际某某联合会, 国际某某协会, 世界某某联盟.

A national body is anchored by its nation or place (中国某某协会, 上海市某某协会: a proper
noun the segmenter tags), so the head-noun reading keeps it; an international body's scope
word (国际, 世界, 全球) is a common noun to the segmenter, and the rest is a field and a
head that alone name a kind (港口协会, 风筝联合会). The head-noun reading then drops the
phrase as a kind (`name_acceptance.acceptable`: a class noun and fewer than four words), or
never reads it (联合会 and 理事会 are no heads of the vocabulary; the segmenter tags
联合会 an institution by itself, so the reach stops at it). Yet there is one body of each
field at the international scope, as there is one national association of it: the scope
word does for the phrase what the nation does for a national one.

A candidate here is the scope word at a name's start, up to MAX_FIELD_WORDS words of a
field (nouns, verbs, abbreviations and idioms to the segmenter; no adjective,
distinguishing word, determiner or function word, no word of `class_words`, none the
corpus shows qualifying bodies from outside: 国际知名协会, 国际单项体育联合会, 国际相关
协会 and 国际性学术团体 name kinds; no predicate that stops names in the laws: 国际枢纽
机场|建立|货运联盟 is a clause), and a membership head right after. Not 组织,
机构 or 团体: the laws' commonest class heads (国际体育组织, 国际金融机构 are kinds; the
named ones, 国际劳工组织, are in the gazetteers). The word before the scope word must not
continue a name (中国|国际…委员会 is the longer name's, which the head-noun reading finds).
What this proposes passes every check of `name_checks` like any other candidate.

Linear: each token is looked at once as a scope word, then at most MAX_FIELD_WORDS words.
"""

from __future__ import annotations

from .boundary_evidence import load_evidence
from .class_words import UNIT_CLASS_WORDS
from .kinds import is_attributive
from .phrases import Token
from .records import Candidate
from .vocabulary import leading_modifiers

__all__ = ["international_bodies"]

# the scope of a body beyond any nation, as 全国 is a nation's (local_bodies._NATIONAL_MARKER)
SCOPE_WORDS = ("国际", "世界", "全球")
_SCOPES = frozenset(SCOPE_WORDS)
_SCOPE_LENGTH = 2  # every scope word's
# a scope word glued to a suffix that makes it an attribute: 国际性, 国际化, 国际间, 世界级
_ATTRIBUTE_SUFFIXES = ("性", "化", "间", "级", "上")
# the heads of membership bodies: federations, councils, associations, unions, societies
MEMBERSHIP_HEADS = ("联合会", "理事会", "委员会", "协会", "联盟", "学会", "商会", "总会")
MAX_FIELD_WORDS = 5
# the segmenter's tags of a field's words (first letter): nouns, verbs, abbreviations,
# idioms, foreign words; not an adjective, distinguishing word, determiner or function word
_FIELD_TAG_STARTS = frozenset({"n", "v", "j", "l", "i"})
# tags of a word that would continue a name across the scope word (中国|国际…)
_NAME_TAGS = frozenset({"n", "nz", "nt", "ns", "nr", "nrt", "j", "l", "vn", "eng", "a", "b"})


def international_bodies(simplified: str, tokens: list[Token]) -> list[Candidate]:
    """International bodies in the sentence `tokens` of `simplified` (see the module)."""
    found = []
    for index, token in enumerate(tokens):
        scope = _scope_word(token.word)
        if scope is None:
            continue
        if index > 0 and tokens[index - 1].tag in _NAME_TAGS:
            continue  # 中国|国际贸易促进委员会: the scope word is inside a longer name
        # a noun in the field: the rest of a word the dictionary made with the scope word
        # (国际|象棋), or a noun of its own; a verb alone before the head is said of a
        # kind (国际|知名|协会)
        has_noun = token.word != scope
        for k in range(index, min(index + MAX_FIELD_WORDS + 2, len(tokens))):
            head = _head_ending(tokens[k].word)
            if head is not None:
                has_noun = has_noun or tokens[k].word != head  # 国际展览|业协会
                if k > index and has_noun:
                    found.append(Candidate("Organization", token.start, tokens[k].end))
                break
            if k > index:
                if not _field_word(tokens[k]):
                    break
                has_noun = has_noun or tokens[k].tag[:1] != "v"
    return found


def _scope_word(word: str) -> str | None:
    """The scope word `word` begins with, where the rest is not an attribute's suffix
    (国际象棋, 国际展览: a noun the dictionary made with it; not 国际性)."""
    scope = word[:_SCOPE_LENGTH]
    if scope not in _SCOPES or word[_SCOPE_LENGTH:].startswith(_ATTRIBUTE_SUFFIXES):
        return None  # one set look-up for most words: the pass stays cheap per word
    return scope


def _head_ending(word: str) -> str | None:
    return next((head for head in MEMBERSHIP_HEADS if word.endswith(head)), None)


def _field_word(token: Token) -> bool:
    """A word of the matter one body covers: a noun or verb of the sentence (认证, 运动),
    no word that picks out members of a kind (有关, 相关, 知名 by the corpus, 专门), nor a
    word the laws' evidence says stops a name (a predicate: 建立, 成立, 开展)."""
    return (
        (token.tag[:1] in _FIELD_TAG_STARTS or token.tag == "eng")
        and token.word not in UNIT_CLASS_WORDS
        and token.word not in leading_modifiers()
        and not is_attributive(token.word)
        and not load_evidence().stops_name(token.word)  # 国际…机场|建立|货运联盟: a clause
    )
