"""A system or database the rule's own text says exists: built by a body in a clause before
it, or given a short form where something is done in it (ingest/extract/existing_systems.py;
issue 19, session 30). Every sentence is invented: other systems, other bodies, other
wordings than the gold documents; each named case was unnamed before the module, and each
plan, kind, class, equipment or term stays unnamed."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.existing_systems import existing_systems
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified

from .recognised import platforms


def found(text: str) -> list[tuple[str, str]]:
    simplified = to_simplified(text)
    tokens = tokenise(simplified, 0, len(simplified))
    return [(text[c.start : c.end], c.rule) for c in existing_systems(simplified, tokens)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body, its verb of making and 之: the body's system
        ("申請人應於主管機關建置之漁船動態申報系統填寫航程資料。", "漁船動態申報系統"),
        ("業者應經由財政部所建立之貨物稅電子申報系統傳送申報書。", "貨物稅電子申報系統"),
        ("查核結果，由林業署設置之林產物流向追蹤平臺公開之。", "林產物流向追蹤平臺"),
        ("受訓人員名冊，應登錄於本署建置之海巡人員訓練資料庫。", "海巡人員訓練資料庫"),
        # the body named with its short form before the verb
        (
            "申請人應向經濟部商業發展署（以下簡稱商業署）建置之商業補助線上申辦平臺提出申請。",
            "商業補助線上申辦平臺",
        ),
        # where it is built, between the verb and 之
        (
            "前項資料，應透過司法院建置在電子訴訟服務平臺之刑事附帶民事書狀傳送系統傳送。",
            "刑事附帶民事書狀傳送系統",
        ),
        # a field joined by 及 inside the name, a negation inside it
        (
            "申請人應透過國際貿易署建置之輸出許可證及產地證明書線上作業系統申請。",
            "輸出許可證及產地證明書線上作業系統",
        ),
        ("查詢機關應至中央主管機關建立之不適任托育人員資料庫查詢。", "不適任托育人員資料庫"),
        # Simplified text written the same way
        ("申请人应当通过海关总署建立之跨境包裹申报系统提交清单。", "跨境包裹申报系统"),
    ],
)
def test_a_system_a_body_built_is_named(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "各縣市政府應於中央農業主管機關畜牧場登記系統（以下簡稱本系統）內登錄畜牧場資料。",
            "中央農業主管機關畜牧場登記系統",
        ),
        (
            "抽驗紀錄，業者應傳送至冷凍倉儲溫度監測系統（以下簡稱監測系統）備查。",
            "冷凍倉儲溫度監測系統",
        ),
        ("學校應透過學生健康檢查資料庫（以下簡稱本資料庫）傳送檢查結果。", "學生健康檢查資料庫"),
        (
            "申请人应当向进口食品境外生产企业注册平台（以下简称注册平台）提交材料。",
            "进口食品境外生产企业注册平台",
        ),
    ],
)
def test_a_system_given_a_short_form_where_something_is_done_in_it_is_named(text, name):
    assert name in platforms(text)


def test_the_rules_say_which_reading_found_it():
    assert found("業者應經由財政部所建立之貨物稅電子申報系統傳送申報書。") == [
        ("貨物稅電子申報系統", "rule:built-system")
    ]
    assert found("抽驗紀錄，業者應傳送至冷凍倉儲溫度監測系統（以下簡稱監測系統）備查。") == [
        ("冷凍倉儲溫度監測系統", "rule:short-formed-system")
    ]


def test_a_database_the_document_calls_this_database_is_a_platform():
    # 本資料庫: Taiwan's word for a database is a platform's head, as 数据库 is
    from .recognised import names_of_kind

    text = "國家圖書館建置全國期刊索引資料庫（以下簡稱本資料庫），提供民眾查詢。"
    assert "全國期刊索引資料庫" in platforms(text)
    assert "全國期刊索引資料庫" not in names_of_kind(text, "Organization")


@pytest.mark.parametrize(
    "text",
    [
        "本局應建立船員職能評量資料庫（以下簡稱本資料庫），以供查核。",
        "本署並應建置海岸巡防勤務資料庫（以下簡稱本資料庫）。",
        # an adverb of manner between the modal and the verb (session 31)
        "本處應另行建立林道養護紀錄資料庫（以下簡稱本資料庫）。",
        "各分局並應先行建置漁港設施檢修資料庫（以下簡稱本資料庫）。",
        "本中心將建置溫泉水質監測資料庫（以下簡稱本資料庫），供民眾查詢。",
    ],
)
def test_a_database_the_clause_only_says_is_to_be_built_is_no_name(text):
    from .recognised import names_of_kind

    named = platforms(text) + names_of_kind(text, "Organization")
    assert not any(name.endswith("資料庫") for name in named)


@pytest.mark.parametrize(
    "text",
    [
        # a plan: a modal before the verb of making, or the verb right before the phrase
        "主管機關應建置之林木疫病通報系統，由林業署維護。",
        "主管機關應建置漁業人員訓練資料庫（以下簡稱本資料庫）。",
        "本署得設置之海巡人員訓練資料庫，其管理另定之。",
        "本部應另行建置在電子公文平臺之檔案交換系統，其規格另定之。",  # session 31
        "各局亦得建置之路燈巡查系統，由各局自行維護。",
        # a maker that is no body: a firm's own system, a kind of standard
        "廠商建立之食品衛生管理系統，應經驗證。",
        "用戶設置之太陽能熱水系統，應定期檢查。",
        # equipment built in a place that is no system
        "裝設於倉庫外牆之雨水回收系統，應每半年清洗一次。",
        # a class, a kind
        "各機關建置之各類資訊系統，應定期檢查。",
        "本部建置之資訊系統，應定期備份。",
        "本部建置之相關資料庫，應定期備份。",
        # equipment given a short form: nothing is placed in it or sent through it
        "使用區域冷卻供應系統（以下簡稱冷卻系統）之用戶，應裝置電表。",
        "區域供冷系統（以下簡稱本系統）應每年檢查。",
        "用戶在營業場所內設置區域供冷系統（以下簡稱供冷系統）者，應申報。",
        # a term the rules define
        "本辦法所稱區域供冷系統（以下簡稱本系統），指集中供應冷水之設備。",
        # a short form that keeps no head of the system
        "申請人應於漁船動態申報系統（以下簡稱申報處）登錄。",
    ],
)
def test_a_plan_a_kind_a_class_or_equipment_names_nothing(text):
    assert found(text) == []


def test_a_modal_glued_to_an_adverb_is_a_modal_and_a_verb_ending_in_one_is_not():
    from policykg.ingest.extract.left_boundary import ends_in_modal

    assert all(ends_in_modal(w) for w in ("应", "应当", "并应", "另应", "均应", "应即", "亦得"))
    assert not any(ends_in_modal(w) for w in ("供应", "适应", "取得", "获得", "许可", "即将"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a window: the segmenter tags 窗口 a place word (s), still the head of a service
        ("申請人得於財政部設置之關稅退稅服務窗口申請。", "關稅退稅服務窗口"),
        ("業者得透過交通部建置之港埠作業單一窗口申報。", "港埠作業單一窗口"),
        ("申請人應向財政部建置之報稅服務窗口提出。", "報稅服務窗口"),
        # the 之 after the verb of making glued to the name's first character (之台生, 之新,
        # 之台勞): the clause of making still ends at it
        ("學校應至教育部建立之台生交流資料庫登錄。", "台生交流資料庫"),
        ("申請人應透過內政部建置之新住民服務單一窗口申請。", "新住民服務單一窗口"),
        ("業者得透過勞動部建置之台勞工作資訊系統申報。", "台勞工作資訊系統"),
    ],
)
def test_a_window_or_a_name_glued_to_its_of_is_named(text, name):
    assert found(text) == [(name, "rule:built-system")]


@pytest.mark.parametrize(
    "text",
    [
        # what each body of a kind builds: one window or system per body, a class
        "民眾得向各機關設置之民眾服務窗口陳情。",
        "申請人得向各縣市政府設置之婚姻登記服務窗口申請。",
        "申請人得向所屬機關設置之人事服務窗口申請。",
        "每一分局設置之案件管理系統應每月備份。",
        # a plan of a window; a word the laws write often after the verb (之日, 之後) is no glue
        "本部應建置之海運單一窗口，由各機關共用。",
        "自本部建立之日起，業者之後台管理系統應報備。",
    ],
)
def test_each_bodys_window_a_planned_one_or_a_real_word_after_the_verb_names_nothing(text):
    assert found(text) == []
