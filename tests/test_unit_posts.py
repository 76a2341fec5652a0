"""Units named right before their head's post (…處|處長, …司|司長): sentences invented here,
with units no gold document has, and lines of the scale corpus (Taiwan's rules of
procedure, the Hong Kong national security law)."""

from __future__ import annotations

from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.unit_posts import units_before_posts
from policykg.ingest.script import to_simplified

from tests.scaling import growth
from tests.test_local_bodies import _organisations


def _units(text: str) -> list[str]:
    simplified = to_simplified(text)
    tokens = tokenise(simplified, 0, len(simplified))
    return [c.name_in(text) for c in units_before_posts(simplified, tokens)]


def test_a_list_of_units_before_their_posts_in_either_script():
    text = "委員如下：海洋資源及漁業發展處處長、農村建設與文化資產處處長為當然委員。"
    assert _units(text) == ["海洋資源及漁業發展處", "農村建設與文化資產處"]
    simplified = "委员如下：海洋资源及渔业发展处处长、农村建设与文化资产处处长为当然委员。"
    assert _units(simplified) == ["海洋资源及渔业发展处", "农村建设与文化资产处"]


def test_a_unit_of_a_named_body_keeps_the_body():
    assert _units("执行秘书由交通运输部公路局局长兼任。") == ["交通运输部公路局"]
    assert _units("由文化部文物保護司司長擔任召集人。") == ["文化部文物保護司"]


def test_units_found_by_recognition():
    assert "內政部國土測繪處" in _organisations("由內政部國土測繪處處長兼任執行秘書。")


def test_one_unit_of_many_or_a_role_names_no_unit():
    assert _units("各處處長、本局局長及管理處處長出席。") == []
    assert _units("由中央主管機關主管業務司司長兼任。") == []
    assert _units("經設區的市、自治州以上稅務局局長批准。") == []


def test_a_place_beginning_with_a_numeral_is_no_count():
    assert _units("会议由九江市商务局局长主持。") == ["九江市商务局"]
    assert _units("由五指山市民政局局長擔任召集人。") == ["五指山市民政局"]
    assert _units("三个司司长与两处处长列席。") == []  # a count of units: none named


def test_a_noun_ending_in_the_former_marker_is_no_pointer():
    # 原 ends 高原, 草原: a field of the unit, not "the former unit"
    assert _units("由生态高原处处长兼任秘书。") == ["生态高原处"]
    assert _units("县林业和草原局局长审定后报送。") == ["县林业和草原局"]
    assert _units("由原处处长移交档案。") == []


def test_the_office_of_a_post_is_not_the_unit():
    assert _units("聯絡機關為甲市政府民政司司長辦公室。") == []


def test_teams_and_sections_are_not_read():
    # 组|组长 names a kind of team in the laws (事故调查组组长), not one unit
    assert _units("未經搜救工作組組長同意，不得離開。") == []


def test_scale_corpus_lines():
    line = "條規定的警務處維護國家安全部門的負責人、入境事務處處長、海關關長"
    assert _units(line) == ["入境事務處"]
    assert _units("八、行政院農業委員會水土保持局局長。") == ["行政院農業委員會水土保持局"]
    assert _units("由教育部部長兼任；執行秘書一人，由體育司司長兼任。") == ["體育司"]


def test_linear_in_the_text():
    line = "由農村建設與文化資產處處長兼任，海洋資源及漁業發展處處長出席。"

    def make(n: int):
        text = to_simplified(line * n)
        tokens = tokenise(text, 0, len(text))
        return lambda: units_before_posts(text, tokens)

    assert growth(make, 200) < 6


def test_the_class_words_of_the_gazetteers_make_a_class_of_units():
    # class_words.py, shared with scripts/build_gazetteers.py: a determiner or level word
    assert _units("由当地生态环境局局长签发。") == []
    assert _units("报同级财政局局长批准。") == []
    # the matters of a kind of court are one office's field
    assert _units("由金融监管处处长兼任。") == ["金融监管处"]
