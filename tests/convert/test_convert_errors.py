"""Input the converter cannot use is refused with the project's errors, in words that say what to do."""

from __future__ import annotations

import pytest

from desktop_app.domain.convert import (
    ConvertError,
    Draft,
    DraftBlock,
    DraftSpeaker,
    convert,
    detect,
    to_markdown,
)
from desktop_app.domain.errors import ReaderError, TranscriptError
from desktop_app.domain.model import Role

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(TranscriptError) as caught:
        convert(b"", "empty.txt")
    assert caught.value.problem == "The file is empty."
    assert caught.value.fix
    assert caught.value.path == "empty.txt"


def test_a_file_holding_only_a_bom_is_empty() -> None:
    with pytest.raises(TranscriptError, match="empty"):
        convert(b"\xef\xbb\xbf", "bom.txt")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(PNG, id="png"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", id="zip"),
        pytest.param("主持人:你好?\x01\x02".encode(), id="control-characters"),
        pytest.param(b"abc\x00d", id="odd-length-with-nul"),
        pytest.param(b"\x00\x00ab\x00\x00", id="nuls-on-both-sides"),
    ],
)
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(TranscriptError) as caught:
        convert(data, "picture.png")
    assert "cannot be read as UTF-8, UTF-16 or GB18030" in caught.value.problem
    assert "binary" in caught.value.problem
    assert "plain-text" in caught.value.fix


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("这是一段没有说话人的文字。\n第二段文字。\n", id="no-labels"),
        pytest.param("栏目介绍:这是前言。\n正文第一段。\n正文第二段。\n", id="a-label-used-once"),
        pytest.param("http://example.com 是网址?\nhttp://example.org 也是网址?\n", id="urls"),
        pytest.param("2024:第一年?\n2024:还是这一年?\n", id="numbers-are-no-names"),
        pytest.param(
            "这句话很长很长很长很长很长:不是标签?\n这句话很长很长很长很长很长:不是?\n", id="too-long"
        ),
    ],
)
def test_text_without_speaker_labels_is_refused(text: str) -> None:
    with pytest.raises(ConvertError) as caught:
        convert(text.encode(), "notes.txt")
    error = caught.value
    assert isinstance(error, ReaderError)
    # The message says what was found (the lines, the labels seen) and what an interview needs.
    assert error.problem.startswith(f"Found {len(text.splitlines())} lines and these speaker labels: ")
    assert "at least two speakers" in error.problem and "colon" in error.problem
    assert "主持人:" in error.fix
    assert str(error).startswith("notes.txt: ")


def test_labels_without_anyone_asking_are_refused() -> None:
    text = "甲:我今天很好。\n乙:我也很好。\n甲:是的。\n乙:好的。\n"
    with pytest.raises(ConvertError) as caught:
        convert(text.encode(), "chat.txt")
    assert "甲, 乙" in caught.value.problem
    assert "none of them asks questions" in caught.value.problem
    assert "?" in caught.value.fix


def test_webvtt_without_voice_tags_is_refused() -> None:
    vtt = "WEBVTT\n\n00:00.000 --> 00:01.000\n你好?\n\n00:01.000 --> 00:02.000\n你好。\n"
    with pytest.raises(ConvertError) as caught:
        detect(vtt, "captions.vtt")
    assert "voice tags" in caught.value.problem
    assert "<v 主持人>" in caught.value.fix


def draft(**changes: object) -> Draft:
    base = Draft(
        title="标题",
        id="t-1",
        source="unit test",
        language="zh-Hans",
        speakers=[DraftSpeaker("主持人", Role.HOST), DraftSpeaker("嘉宾")],
        blocks=[DraftBlock("turn", "主持人", "问?"), DraftBlock("turn", "嘉宾", "答。")],
    )
    for key, value in changes.items():
        setattr(base, key, value)
    return base


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param(
            {"speakers": [DraftSpeaker("主持人"), DraftSpeaker("嘉宾")]},
            "No speaker is the host",
            id="no-host",
        ),
        pytest.param({"title": "  "}, "no title", id="blank-title"),
        pytest.param({"id": ""}, "no id", id="blank-id"),
        pytest.param(
            {"speakers": [DraftSpeaker("主持人", Role.HOST), DraftSpeaker("主持人")]},
            "listed twice",
            id="twice",
        ),
        pytest.param(
            {"speakers": [DraftSpeaker("主持人", Role.HOST), DraftSpeaker(" ")]}, "no name", id="nameless"
        ),
        pytest.param(
            {"blocks": [DraftBlock("turn", "路人", "我是谁?")]},
            "not among the speakers",
            id="unknown-speaker",
        ),
        pytest.param(
            {
                "speakers": [DraftSpeaker("## 主持人", Role.HOST)],
                "blocks": [DraftBlock("turn", "## 主持人", "?")],
            },
            "starts with '#'",
            id="hash-name",
        ),
        pytest.param({"blocks": [DraftBlock("quote", "", "x")]}, "unknown kind", id="unknown-kind"),  # type: ignore[arg-type]
        pytest.param(
            {"speakers": [DraftSpeaker("主持人", "moderator")]},  # type: ignore[arg-type]
            "unknown role",
            id="unknown-role",
        ),
    ],
)
def test_a_draft_edited_into_something_unreadable_is_refused(
    changes: dict[str, object], message: str
) -> None:
    with pytest.raises(ConvertError, match=message) as caught:
        to_markdown(draft(**changes))
    assert caught.value.fix


def test_speakers_who_each_speak_once_are_an_interview() -> None:
    markdown, draft, _ = convert("甲:你怎么看这件事?\n乙:我觉得很好。\n".encode(), "once.txt")
    assert [s.name for s in draft.speakers] == ["甲", "乙"]
    assert "甲:" in markdown or "甲：" in markdown
