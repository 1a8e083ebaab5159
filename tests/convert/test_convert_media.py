"""The recording named in the front matter's ``media:``: parsed as text, filled in by convert."""

from __future__ import annotations

from pathlib import Path

import pytest
from convert_helpers import parse

from desktop_app import cli
from desktop_app.domain.convert import convert
from desktop_app.domain.convert.media import MEDIA_SUFFIXES
from desktop_app.domain.errors import TranscriptError
from desktop_app.domain.parser import load_transcript

SPEAKERS = "speakers:\n  - {name: 甲, role: host}\n  - {name: 乙, role: guest}\n---\n\n甲:问?\n\n乙:答。\n"
SRT = (
    "1\n00:00:01,000 --> 00:00:02,000\n甲：你好吗？\n\n2\n00:00:02,000 --> 00:00:03,000\n乙：很好。\n\n"
    "3\n00:00:03,000 --> 00:00:04,000\n甲：为什么？\n\n4\n00:00:04,000 --> 00:00:05,000\n乙：因为。\n"
)


def _front(extra: str) -> str:
    return f"---\nid: t\ntitle: x\nsource: s\nlanguage: zh-Hans\n{extra}{SPEAKERS}"


def test_media_is_read_as_text_and_empty_without_it(tmp_path: Path) -> None:
    path = tmp_path / "t.md"
    # The named file does not exist: the parser never opens it.
    path.write_text(_front("media: 录音/interview.m4a\n"), encoding="utf-8")
    assert load_transcript(path).media == "录音/interview.m4a"
    assert parse(_front("")).media == ""


def test_media_that_is_no_text_is_refused() -> None:
    with pytest.raises(TranscriptError, match="'media'"):
        parse(_front("media: [a, b]\n"))


@pytest.mark.parametrize("suffix", [*MEDIA_SUFFIXES, ".M4A"])
def test_convert_names_the_recording_beside_the_input(tmp_path: Path, suffix: str) -> None:
    source = tmp_path / "talk.srt"
    source.write_text(SRT, encoding="utf-8")
    (tmp_path / f"talk{suffix}").write_bytes(b"\x00")
    markdown, draft, _ = convert(source.read_bytes(), str(source))
    assert draft.media == f"talk{suffix}"
    assert parse(markdown).media == f"talk{suffix}"


def test_no_recording_no_media_and_another_stem_does_not_count(tmp_path: Path) -> None:
    source = tmp_path / "talk.srt"
    source.write_text(SRT, encoding="utf-8")
    (tmp_path / "other.mp3").write_bytes(b"\x00")
    (tmp_path / "talk.txt").write_text("not a recording", encoding="utf-8")
    markdown, draft, _ = convert(source.read_bytes(), str(source))
    assert draft.media == ""
    assert "media:" not in markdown


def test_the_cli_writes_media_relative_to_the_output_folder(tmp_path: Path) -> None:
    source = tmp_path / "in" / "talk.vtt"
    source.parent.mkdir()
    source.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v 甲>你好吗？\n\n"
        "00:00:02.000 --> 00:00:03.000\n<v 乙>很好。\n",
        encoding="utf-8",
    )
    (source.parent / "talk.opus").write_bytes(b"\x00")
    output = tmp_path / "out" / "talk.md"
    output.parent.mkdir()
    assert cli.run_command(["convert", str(source), "-o", str(output)]) == 0
    transcript = load_transcript(output)
    assert transcript.media == "../in/talk.opus"
    assert (output.parent / transcript.media).resolve() == (source.parent / "talk.opus").resolve()
    assert next(transcript.questions()).start == 1.0
