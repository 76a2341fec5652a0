from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from policykg.ingest.script import both_scripts, detect_script, to_simplified, to_traditional


def test_seed_scripts(records):
    assert {k: r.scripts.original for k, r in records.items()} == {
        "000": "Hant", "001": "Hant", "002": "Hans", "003": "Hant", "004": "Hant",
    }  # fmt: skip


def test_both_scripts_keep_the_original_and_the_length(records):
    for record in records.values():
        scripts = record.scripts
        assert len(scripts.hant) == len(scripts.hans) == len(record.clean.text)
        assert scripts.text(scripts.original) == record.clean.text


def test_conversion_uses_hong_kong_forms():
    assert to_simplified("科學技術部 創新及科技基金 衞生") == "科学技术部 创新及科技基金 卫生"
    assert to_traditional("科学技术部 创新及科技基金") == "科學技術部 創新及科技基金"
    assert to_traditional("了解 周年 公布 户口 税务") == "了解 周年 公布 戶口 稅務"


def test_detection_of_short_labels():
    assert detect_script("香港特別行政區政府") == "Hant"
    assert detect_script("香港特别行政区政府") == "Hans"


cjk = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=80)


@given(cjk)
def test_conversion_never_changes_length(text):
    assert len(to_simplified(text)) == len(text)
    assert len(to_traditional(text)) == len(text)
    scripts = both_scripts(text)
    assert len(scripts.hant) == len(scripts.hans) == len(text)
