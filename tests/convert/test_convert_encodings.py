"""The seed in every supported encoding and line-break style converts to the same draft."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from convert_helpers import SEED_NAME, seed_bytes

from desktop_app.domain.convert import convert
from desktop_app.domain.convert.encodings import decode_text
from desktop_app.domain.errors import TranscriptError

SEED_TEXT = seed_bytes().decode("utf-8")

ENCODINGS = [
    pytest.param(lambda t: t.encode("utf-8"), "UTF-8", id="utf-8"),
    pytest.param(lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "UTF-8 (with BOM)", id="utf-8-bom"),
    pytest.param(lambda t: b"\xff\xfe" + t.encode("utf-16-le"), "UTF-16 LE (with BOM)", id="utf-16-le-bom"),
    pytest.param(lambda t: b"\xfe\xff" + t.encode("utf-16-be"), "UTF-16 BE (with BOM)", id="utf-16-be-bom"),
    pytest.param(lambda t: t.encode("utf-16-le"), "UTF-16 LE", id="utf-16-le"),
    pytest.param(lambda t: t.encode("utf-16-be"), "UTF-16 BE", id="utf-16-be"),
    pytest.param(lambda t: t.encode("gb18030"), "GB18030", id="gb18030"),
]
NEWLINES = [pytest.param("\n", id="lf"), pytest.param("\r\n", id="crlf"), pytest.param("\r", id="cr")]


@pytest.mark.parametrize("newline", NEWLINES)
@pytest.mark.parametrize(("encode", "label"), ENCODINGS)
def test_every_encoding_gives_the_same_draft(
    encode: Callable[[str], bytes], label: str, newline: str
) -> None:
    reference_markdown, reference_draft, _ = convert(SEED_TEXT.encode("utf-8"), SEED_NAME)
    data = encode(SEED_TEXT.replace("\n", newline))
    markdown, draft, encoding = convert(data, SEED_NAME)
    assert encoding == label
    assert draft == reference_draft
    assert markdown == reference_markdown


@pytest.mark.parametrize(("encode", "label"), ENCODINGS)
def test_decode_text_normalises_line_breaks(encode: Callable[[str], bytes], label: str) -> None:
    text, encoding = decode_text(encode("主持人:第一行?\r\n嘉宾:第二行。\r第三行\n"), "x.txt")
    assert (text, encoding) == ("主持人:第一行?\n嘉宾:第二行。\n第三行\n", label)


def test_gb18030_is_not_mistaken_for_utf8() -> None:
    data = "主持人:你好吗?\n嘉宾:很好。\n".encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_text(data, "x.txt") == ("主持人:你好吗?\n嘉宾:很好。\n", "GB18030")


def test_ascii_utf16_without_bom_is_not_read_as_utf8_with_nuls() -> None:
    assert decode_text("Q: Why?\nA: Because.\n".encode("utf-16-le"), "x.txt") == (
        "Q: Why?\nA: Because.\n",
        "UTF-16 LE",
    )


def test_a_byte_no_encoding_can_read_is_reported_with_its_line() -> None:
    data = "主持人:你好?\n嘉宾:".encode() + b"\xff\xff" + "很好。\n".encode()
    with pytest.raises(TranscriptError) as caught:
        decode_text(data, "bad.txt")
    error = caught.value
    assert error.line == 2
    assert "cannot be read as UTF-8, UTF-16 or GB18030" in error.problem
    assert "0xff" in error.problem
    assert "UTF-8" in error.fix
    assert str(error).startswith("bad.txt, line 2: ")


def test_a_broken_utf16_file_with_a_bom_is_an_error() -> None:
    data = b"\xff\xfe" + "主持人:你好?\n".encode("utf-16-le") + b"\x00\xd8"  # a lone high surrogate
    with pytest.raises(TranscriptError, match="cannot be read as UTF-8, UTF-16 or GB18030"):
        decode_text(data, "x.txt")
