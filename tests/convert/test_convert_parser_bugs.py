"""Parser inputs found while fuzzing that raise something other than a ReaderError (parser.py is not ours).

Each is a strict xfail: once parser.py catches these, the test passes, xfail turns it into a failure,
and the marker must come off.
"""

from __future__ import annotations

import pytest
from convert_helpers import outcome

from desktop_app.domain.parser import parse_transcript

SPEAKERS = "speakers:\n  - name: 主持人\n    role: host\n"


@pytest.mark.xfail(
    raises=ValueError,
    strict=True,
    reason="parser.py catches only yaml.YAMLError; safe_load raises ValueError for an impossible date",
)
@pytest.mark.parametrize("value", ["2001-13-01", "2024-02-30", "2001-01-01 25:00:00"])
def test_an_impossible_date_in_the_front_matter_is_a_transcript_error(value: str) -> None:
    text = f"---\nid: {value}\ntitle: t\nsource: s\nlanguage: zh\n{SPEAKERS}---\n\n主持人:问?\n"
    outcome(parse_transcript, text, "date.md")


@pytest.mark.xfail(
    raises=RecursionError,
    strict=True,
    reason="parser.py lets the RecursionError of safe_load on deeply nested YAML through",
)
def test_deeply_nested_front_matter_is_a_transcript_error() -> None:
    text = "---\nid: " + "[" * 5000 + "]" * 5000 + "\n---\n"
    outcome(parse_transcript, text, "deep.md")
