"""Decode a text file of unknown encoding: UTF-8, UTF-16 (with or without BOM) or GB18030."""

from __future__ import annotations

import re

from desktop_app.domain.errors import TranscriptError
from desktop_app.domain.messages import Message

UTF8 = "UTF-8"
UTF8_BOM = "UTF-8 (with BOM)"
UTF16LE_BOM = "UTF-16 LE (with BOM)"
UTF16BE_BOM = "UTF-16 BE (with BOM)"
UTF16LE = "UTF-16 LE"
UTF16BE = "UTF-16 BE"
GB18030 = "GB18030"

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8", UTF8_BOM),
    (b"\xff\xfe", "utf-16-le", UTF16LE_BOM),
    (b"\xfe\xff", "utf-16-be", UTF16BE_BOM),
)
# Text files hold tabs and line breaks; any other C0 control character (or DEL) means binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]")
_SAVE_AS_UTF8 = Message(
    "convert.save-utf8",
    "Save the transcript as UTF-8 text in your editor and try again.",
)
_CHOOSE_TEXT = Message("convert.choose-text", "Choose the file that holds the interview text.")


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``, every line break turned into a newline.

    ``encoding`` is the name to show the user, e.g. ``"UTF-8 (with BOM)"`` or ``"GB18030"``.
    Raise TranscriptError for an empty file, binary data or bytes no supported encoding can read.
    """
    if not data:
        raise TranscriptError(name, Message("convert.empty", "The file is empty."), _CHOOSE_TEXT)
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data[len(bom) :], codec, name), label, name)
    if b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess is None:
            raise _binary(name)
        return _checked(guess[0], guess[1], name)
    try:
        return _checked(data.decode("utf-8"), UTF8, name)
    except UnicodeDecodeError as utf8_error:
        try:
            return _checked(data.decode("gb18030"), GB18030, name)
        except UnicodeDecodeError as gb_error:
            # The decoder that read further is the likelier encoding; report where it stopped.
            worst = max(utf8_error, gb_error, key=lambda e: e.start)
            raise _undecodable(data, worst, name) from None


def normalize_newlines(text: str) -> str:
    """Turn Windows (CR LF) and old Mac (CR) line breaks into newlines (LF)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as e:
        raise _undecodable(data, e, name) from None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 recognised by its NUL bytes: ASCII characters put a NUL in every other byte."""
    if len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    # A few NULs on the "wrong" side are real characters (U+4E00 is 00 4E in little endian).
    if odd > 0 and even * 4 <= odd:
        codec, label = "utf-16-le", UTF16LE
    elif even > 0 and odd * 4 <= even:
        codec, label = "utf-16-be", UTF16BE
    else:
        return None
    try:
        return data.decode(codec), label
    except UnicodeDecodeError:
        return None


def _checked(text: str, label: str, name: str) -> tuple[str, str]:
    if _CONTROL.search(text):
        raise _binary(name)
    text = normalize_newlines(text)
    if not text:
        raise TranscriptError(
            name,
            Message("convert.only-bom", "The file is empty (it holds only a byte order mark)."),
            _CHOOSE_TEXT,
        )
    return text, label


def _binary(name: str) -> TranscriptError:
    return TranscriptError(
        name,
        Message(
            "convert.binary",
            "The file cannot be read as UTF-8, UTF-16 or GB18030 text: it holds binary data "
            "(NUL bytes or control characters), not text.",
        ),
        Message(
            "convert.choose-plain",
            "Choose a plain-text transcript (.txt, .md or .vtt) rather than a document, image or archive; "
            "export a Word or PDF file as plain text first.",
        ),
    )


def _undecodable(data: bytes, error: UnicodeDecodeError, name: str) -> TranscriptError:
    line = data[: error.start].decode(error.encoding, errors="replace").count("\n") + 1
    return TranscriptError(
        name,
        Message(
            "convert.undecodable",
            "The file cannot be read as UTF-8, UTF-16 or GB18030 text (byte 0x{byte} cannot be read).",
            byte=f"{data[error.start]:02x}",
        ),
        _SAVE_AS_UTF8,
        line,
    )
