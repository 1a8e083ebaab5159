"""What the parser says about bad transcript files."""

from __future__ import annotations

from pathlib import Path

import pytest
from parser_helpers import FRONT, FRONT_LINES, SIMPLE_BODY, write

from desktop_app.domain import parser
from desktop_app.domain.errors import TranscriptError
from desktop_app.domain.parser import load_transcript, parse_transcript

# --- errors -------------------------------------------------------------------------------------------


def error_of(tmp_path: Path, content: str | bytes) -> tuple[TranscriptError, Path]:
    path = write(tmp_path, content)
    with pytest.raises(TranscriptError) as info:
        load_transcript(path)
    return info.value, path


def assert_reported(error: TranscriptError, path: Path, line: int | None, *words: str) -> None:
    message = str(error)
    assert message.startswith(str(path)), message
    assert error.path == str(path)
    assert error.line == line, message
    if line is not None:
        assert f"line {line}" in message
    # Every message says what to do about it.
    assert error.fix, message
    assert error.fix in message
    for word in words:
        assert word in message


def doc_with(old: str, new: str) -> str:
    """The test transcript with one change to its front matter."""
    assert old in FRONT
    return FRONT.replace(old, new, 1) + "\n" + SIMPLE_BODY


META = "---\nid: a\ntitle: b\nsource: c\nlanguage: d\n"


BAD_TEXTS = {
    "no front matter": ("# 访谈\n\n主持人:问?\n", 1, ["front matter", "---"]),
    "unclosed front matter": ("---\nid: x\ntitle: y\n\n主持人:问?\n", 1, ["never closed", "---"]),
    "broken yaml": (doc_with("title: 单元测试访谈", "title: a: b"), 3, ["YAML"]),
    "front matter is a list": ("---\n- id\n- title\n---\n\n主持人:问?\n", 2, ["key: value"]),
    "empty front matter": ("---\n---\n\n主持人:问?\n", 2, ["key: value"]),
    "missing id": (doc_with("id: t-unit\n", ""), None, ["'id'"]),
    "missing title": (doc_with("title: 单元测试访谈\n", ""), None, ["'title'"]),
    "blank title": (doc_with("title: 单元测试访谈", "title: '  '"), None, ["'title'"]),
    "missing source": (doc_with("source: unit test\n", ""), None, ["'source'"]),
    "missing language": (doc_with("language: zh-Hans\n", ""), None, ["'language'"]),
    "no speakers": (META + "speakers: []\n---\n\n" + SIMPLE_BODY, 6, ["speakers"]),
    "speakers missing": (META + "---\n\n" + SIMPLE_BODY, None, ["speakers", "role: host"]),
    "speakers not a list": (META + "speakers: 主持人\n---\n\n" + SIMPLE_BODY, 6, ["speakers", "role: host"]),
    "speaker without name": (doc_with("  - name: 王\n", "  - nickname: 王\n"), 6, ["no name", "name:"]),
    "duplicate speaker": (doc_with("  - name: 王小明\n", "  - name: 王\n"), 12, ["'王'", "twice"]),
    "no host": (doc_with("    role: host\n", "    role: guest\n"), 6, ["host"]),
    "bad colour": (
        doc_with("    bio: 长名嘉宾\n", "    bio: 长名嘉宾\n    color: red\n"),
        12,
        ["'red'", "#rrggbb"],
    ),
    "short colour": (
        doc_with("    bio: 短名嘉宾\n", "    bio: 短名嘉宾\n    color: '#fff'\n"),
        9,
        ["'#fff'", "#rrggbb"],
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_TEXTS))
def test_bad_transcripts_are_reported_with_file_line_and_fix(tmp_path: Path, case: str) -> None:
    content, line, words = BAD_TEXTS[case]
    error, path = error_of(tmp_path, content)
    assert_reported(error, path, line, *words)


def test_an_unknown_role_names_the_role_and_the_speakers_line(tmp_path: Path) -> None:
    # The guest's name also appears in the title and in another bio: the line must still be the entry's.
    front = FRONT.replace("title: 单元测试访谈", "title: 对话王小明").replace(
        "    bio: 短名嘉宾", "    bio: 王小明的同事"
    )
    front = front.replace("  - name: 王小明\n    role: guest", "  - name: 王小明\n    role: interviewer")
    error, path = error_of(tmp_path, front + "\n" + SIMPLE_BODY)
    assert_reported(error, path, error.line, "interviewer", "王小明", "role: host", "role: guest")
    assert error.line in (12, 13)


def test_a_body_without_questions_is_reported(tmp_path: Path) -> None:
    error, path = error_of(tmp_path, FRONT + "\n前言。\n\n## 节\n\n王:没有人提问。\n")
    assert_reported(error, path, None, "no questions", "主持人:")


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.md"
    with pytest.raises(TranscriptError) as info:
        load_transcript(path)
    assert_reported(info.value, path, None, "does not exist")


def test_a_folder_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "folder.md"
    folder.mkdir()
    with pytest.raises(TranscriptError) as info:
        load_transcript(folder)
    assert_reported(info.value, folder, None, "folder")


def test_a_file_that_is_not_utf8_is_reported_with_the_line_of_the_bad_byte(tmp_path: Path) -> None:
    data = (FRONT + "\n主持人:问?\n\n王:").encode("utf-8") + "答".encode("gbk") + "。\n".encode()
    bad_line = FRONT_LINES + 4
    error, path = error_of(tmp_path, data)
    assert_reported(error, path, bad_line, "UTF-8", "0xb4")


def test_a_bad_byte_after_a_bom_is_reported_on_its_own_line(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + (FRONT + "\n主持人:问?\n\n").encode("utf-8") + b"\xff\n"
    error, path = error_of(tmp_path, data)
    assert_reported(error, path, FRONT_LINES + 4, "UTF-8", "0xff")


def test_binary_data_is_reported(tmp_path: Path) -> None:
    data = (FRONT + "\n" + SIMPLE_BODY).encode("utf-8") + b"\x00\x00\x01\x02"
    error, path = error_of(tmp_path, data)
    assert_reported(error, path, None, "binary")


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = FRONT + "\n" + SIMPLE_BODY
    path = write(tmp_path, content)
    size = path.stat().st_size
    monkeypatch.setattr(parser, "MAX_BYTES", size - 1)
    with pytest.raises(TranscriptError) as info:
        load_transcript(path)
    assert_reported(info.value, path, None, "MB", "Split")
    monkeypatch.setattr(parser, "MAX_BYTES", size)
    assert load_transcript(path).id == "t-unit"


def test_errors_from_text_without_a_file_name_still_say_where() -> None:
    with pytest.raises(TranscriptError) as info:
        parse_transcript("no front matter")
    assert str(info.value).startswith("<transcript>, line 1:")
