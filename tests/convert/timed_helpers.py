"""Helpers of the timed-transcript tests: convert bytes, parse the result, list its turns."""

from __future__ import annotations

import re

from convert_helpers import parse

from desktop_app.domain.convert import convert
from desktop_app.domain.model import Transcript

# What a cue number, a timing line, a stamp or an entity would look like if one were left in the text.
# The tags are the ones the test inputs use; text may hold a literal '<tag>' that was written '&lt;tag&gt;'.
LEFTOVER = re.compile(
    r"-->|\d+:\d{2}|&(?:amp|lt|gt|nbsp|#\d+);|</?(?:v|c|i|b|u|br|p|cite|time)\b[^>]*>|\{\\an\d\}"
    r"|\balign:|\bline:|^\d+$",
    re.M,
)


def converted(text: str, name: str) -> Transcript:
    """``text`` (UTF-8) converted and read back by the transcript parser."""
    markdown, _draft, _encoding = convert(text.encode("utf-8"), name)
    return parse(markdown)


def turns(transcript: Transcript) -> list[tuple[str, float | None, list[str]]]:
    """``(speaker, start, paragraph texts)`` of every turn, prompts and answers in reading order."""
    out = []
    for question in transcript.questions():
        for turn in (question.prompt, *question.answers):
            out.append((turn.speaker, turn.start, [p.text for p in turn.paragraphs]))
    return out


def assert_times(actual: list[float | None], expected: list[float]) -> None:
    """Each time within a millisecond of the expected one."""
    assert len(actual) == len(expected), (actual, expected)
    for got, want in zip(actual, expected, strict=True):
        assert got is not None and abs(got - want) <= 0.001, (actual, expected)


def assert_clean(transcript: Transcript) -> None:
    """No timing line, cue number, stamp, tag or entity is left in any paragraph's text."""
    for paragraph in transcript.paragraphs():
        assert not LEFTOVER.search(paragraph.text), paragraph.text
