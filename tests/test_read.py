"""Stage read: encodings are detected, bad files refused with the file's name."""

from __future__ import annotations

import codecs

import pytest
from policykg.ingest.read import decode, read_source

from policykg.errors import BinaryInputError, EmptyInputError, InputError, UndecodableInputError

from .conftest import seed

TRADITIONAL = "本合作安排由香港特別行政區政府與深圳市人民政府代表簽署，簽署之日起生效。"
SIMPLIFIED = "香港特区政府于 2017 年成立 20 亿港元创科创投基金，以配对形式共同投资。"


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        (TRADITIONAL, "utf-8", "utf-8"),
        (TRADITIONAL, "big5", "cp950"),
        (TRADITIONAL, "big5hkscs", "cp950"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (TRADITIONAL, "gb18030", "gb18030"),
        (SIMPLIFIED, "utf-16-le", "utf-16-le"),
        (SIMPLIFIED, "utf-16-be", "utf-16-be"),
    ],
)
def test_detects_encoding_without_bom(text, encoding, expected):
    decoded, found = decode(text.encode(encoding))
    assert decoded == text
    assert found == expected


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_byte_order_marks_are_honoured_and_removed(bom, encoding):
    decoded, _ = decode(bom + TRADITIONAL.encode(encoding))
    assert decoded == TRADITIONAL


def test_whole_seed_round_trips_through_legacy_encodings():
    text = seed("001").read_text(encoding="utf-8")
    for encoding in ("big5hkscs", "gb18030", "utf-16-le"):
        assert decode(text.encode(encoding))[0] == text


def test_read_source_normalises_line_ends_and_hashes_bytes(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes("第一條\r\n內容。\r\n".encode("big5"))
    source = read_source(path)
    assert source.text == "第一條\n內容。\n"
    assert source.encoding == "cp950"
    assert len(source.sha256) == 64
    assert source.format == "text"


@pytest.mark.parametrize("content", [b"", b"   \n\n\t ", codecs.BOM_UTF8 + b"\n"])
def test_empty_files_are_refused_naming_the_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(EmptyInputError) as caught:
        read_source(path)
    assert "empty.txt" in str(caught.value)


@pytest.mark.parametrize("content", ["20241011\n", "1. 2. 3.\n—— 〇 ——\n"])
def test_files_of_numbers_and_symbols_alone_are_refused_as_having_no_words(tmp_path, content):
    path = tmp_path / "UpdateDate.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EmptyInputError, match="no words") as caught:
        read_source(path)
    assert caught.value.hint


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(BinaryInputError, match=r"image\.txt.*binary"):
        read_source(path)


def test_undecodable_file_is_refused_with_advice(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes([0x80 + (i * 37) % 0x7F for i in range(400)]))
    with pytest.raises((UndecodableInputError, BinaryInputError)) as caught:
        read_source(path)
    assert "noise.txt" in str(caught.value)


def test_missing_folder_and_unsupported_paths(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_source(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="folder"):
        read_source(tmp_path)
    odd = tmp_path / "doc.xyz"
    odd.write_bytes(b"text")
    with pytest.raises(InputError, match="unsupported file type"):
        read_source(odd)


def test_markdown_is_recognised_by_content(tmp_path):
    path = tmp_path / "converted.txt"
    path.write_text("# 標題\n\n## 第一節\n\n內容<sup>1</sup>。\n\n### 第二節\n", encoding="utf-8")
    assert read_source(path).format == "markdown"
    assert read_source(seed("000")).format == "text"
    assert read_source(seed("004")).format == "markdown"
