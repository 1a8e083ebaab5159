"""Checking speakers is linear: 100,000 declared speakers are read and their labels matched."""

from __future__ import annotations

from hostile_helpers import FRONT

from desktop_app.domain.parser import parse_transcript


def test_a_hundred_thousand_speakers_are_checked_and_their_labels_matched() -> None:
    # Run once, with the loader the app uses (the data tests run every loader).
    count = 100_000
    entries = "".join(f"  - {{name: 嘉宾{i}, role: guest}}\n" for i in range(count))
    front = FRONT.replace("  - name: 嘉宾\n    role: guest\n", entries)
    body = "\n主持人:问?\n\n" + "\n\n".join(f"嘉宾{i}:答{i}。" for i in range(0, count, 997)) + "\n"
    transcript = parse_transcript(front + body)
    assert len(transcript.speakers) == count + 1
    answers = transcript.sections[0].questions[0].answers
    assert [turn.speaker for turn in answers] == [f"嘉宾{i}" for i in range(0, count, 997)]
