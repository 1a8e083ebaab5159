"""Random front matter ends in a transcript or in the project's own error, never another exception."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.errors import ReaderError
from desktop_app.domain.parser import parse_transcript

YAMLISH = st.sampled_from([
    "id", "title", "speakers", "name", "role", "host", "guest", "color", "bio", ":", ": ", "- ", "  ",
    "\n", "&a", "*a", "!!int", "!!str", "!x", "<<", "[", "]", "{", "}", ",", "'", '"', "#", "|", ">",
    "yes", "On", "No", "017", "0x1F", "1e3", "~", "null", ".inf", "2024-02-30", "? ", "---", "...",
    "%YAML 1.1", "主持人", "\t", "\\", "@", "`",
])
SCALAR = st.one_of(
    st.sampled_from(["yes", "no", "On", "off", "017", "15", "0o17", "1_000", "-.inf", ".nan", "~", "null",
                     "2001-01-01 25:00:00", "'q'", '"d"', "&x v", "*x", "!!float 1", "[]", "{}", "a: b"]),
    st.text(max_size=20),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(YAMLISH | st.text(max_size=5), max_size=40))
def test_yamlish_front_matter_gives_a_transcript_or_a_reader_error(pieces: list[str]) -> None:
    text = "---\n" + "".join(pieces) + "\n---\n\n主持人:问?\n"
    with contextlib.suppress(ReaderError):
        parse_transcript(text, "fuzz.md")


@settings(max_examples=300, deadline=None)
@given(SCALAR, SCALAR, SCALAR, SCALAR)
def test_random_scalars_in_id_title_and_speaker_names(id_: str, title: str, host: str, guest: str) -> None:
    text = (
        f"---\nid: {id_}\ntitle: {title}\nsource: s\nlanguage: zh\nspeakers:\n"
        f"  - name: {host}\n    role: host\n  - name: {guest}\n    role: guest\n---\n\n"
        f"{host.strip()}:问?\n\n{guest.strip()}:答。\n"
    )
    try:
        transcript = parse_transcript(text, "fuzz.md")
    except ReaderError:
        return
    # Whatever was accepted is text: ids and names are strings, never YAML's booleans or numbers.
    assert isinstance(transcript.id, str) and isinstance(transcript.title, str)
    assert all(isinstance(s.name, str) for s in transcript.speakers)
