"""Stage *detect*: which script a text is written in, and the text in both scripts.

OpenCC's `hk2s` and `s2hk` map character i to character i (FACTS.md), so the converted
text has the same length as the original and every span applies to both. Should a future
OpenCC dictionary break that, the conversion falls back to one character at a time.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

import opencc

from .records import Script, Scripts

# Traditional text: `hk2s` changes 31–35 % of its Han characters; Simplified text: ~0 %.
TRADITIONAL_THRESHOLD = 0.05
DETECTION_SAMPLE = 4_000  # characters; a third of Traditional Han characters differ, so a
# few thousand decide the script with a wide margin


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


@lru_cache(maxsize=1)
def _fixups() -> tuple[tuple[str, str], ...]:
    text = (
        resources.files("policykg.ingest")
        .joinpath("resources/hant_fixups.tsv")
        .read_text(encoding="utf-8")
    )
    pairs = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            source, target = line.split("\t")[:2]
            if len(source) != len(target):
                raise ValueError(f"fix-up {source}→{target} changes length")
            pairs.append((source, target))
    return tuple(pairs)


_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


def _convert(text: str, config: str) -> str:
    converted = _converter(config).convert(text)
    if len(converted) == len(text):
        return converted
    converter = _converter(config)  # keep offsets valid whatever the dictionary does
    out = []
    for char in text:
        one = converter.convert(char)
        out.append(one if len(one) == 1 else char)
    return "".join(out)


def to_simplified(text: str) -> str:
    """Traditional (Hong Kong or Taiwan or standard) → Simplified, same length."""
    return _convert(text, "hk2s")


def to_mainland_terms(text: str) -> str:
    """Taiwan's words as the Mainland's (OpenCC `tw2sp`: 資料庫 → 数据库, 資訊系統 → 信息系统),
    Simplified. The length may change: for looking a word up, never for offsets."""
    return _converter("tw2sp").convert(text)


def to_traditional(text: str) -> str:
    """Simplified → Hong Kong Traditional, same length, with HK usage fix-ups."""
    converted = _convert(text, "s2hk")
    for source, target in _fixups():
        converted = converted.replace(source, target)
    return converted


def changed_ratio(text: str) -> float:
    """Share of the Han characters of `text` that Traditional→Simplified changes."""
    text = text[:DETECTION_SAMPLE]
    simplified = to_simplified(text)
    han = len(_HAN.findall(text))
    # OpenCC changes Han characters only, so every difference is a changed Han character
    changed = sum(1 for a, b in zip(text, simplified, strict=True) if a != b)
    return min(1.0, changed / han) if han else 0.0


def detect_script(text: str) -> Script:
    return "Hant" if changed_ratio(text) >= TRADITIONAL_THRESHOLD else "Hans"


def both_scripts(text: str) -> Scripts:
    """Detect the script of `text` and produce it in both scripts (the original kept as is)."""
    ratio = changed_ratio(text)  # on a sample: the conversions below are of the whole text
    if ratio >= TRADITIONAL_THRESHOLD:
        return Scripts("Hant", hant=text, hans=to_simplified(text), changed_ratio=ratio)
    return Scripts("Hans", hant=to_traditional(text), hans=text, changed_ratio=ratio)


_HANT_QUOTES = str.maketrans("“”‘’", "「」『』")
_HANS_QUOTES = str.maketrans("「」『』", "“”‘’")


def label_pair(text: str, script: Script) -> tuple[str, str]:
    """(Traditional, Simplified) forms of a label written in `script`, each with its
    script's quotation marks (「」 and “”), so that a title quoted either way in different
    documents gets one label per script."""
    if script == "Hant":
        hant, hans = text, to_simplified(text)
    else:
        hant, hans = to_traditional(text), text
    return hant.translate(_HANT_QUOTES), hans.translate(_HANS_QUOTES)
