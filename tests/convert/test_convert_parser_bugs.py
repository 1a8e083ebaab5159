"""Front matter that once tripped PyYAML: date-like values (now plain text) and deep nesting."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import TranscriptError
from desktop_app.domain.parser import parse_transcript

SPEAKERS = "speakers:\n  - name: 主持人\n    role: host\n"


@pytest.mark.parametrize("value", ["2001-13-01", "2024-02-30", "2001-01-01 25:00:00"])
def test_an_impossible_date_in_the_front_matter_is_text_as_written(value: str) -> None:
    # Front matter scalars are strings, so a date-like id is no date and cannot be an impossible one.
    text = f"---\nid: {value}\ntitle: t\nsource: s\nlanguage: zh\n{SPEAKERS}---\n\n主持人:问?\n"
    assert parse_transcript(text, "date.md").id == value


def test_deeply_nested_front_matter_is_a_transcript_error() -> None:
    text = "---\nid: " + "[" * 5000 + "]" * 5000 + "\n---\n"
    with pytest.raises(TranscriptError, match=r"deep\.md.*nests too deeply"):
        parse_transcript(text, "deep.md")
