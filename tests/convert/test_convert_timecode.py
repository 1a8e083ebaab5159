"""Turn times in the transcript format: written by the converter, read back exactly by the parser."""

from __future__ import annotations

import pytest
from convert_helpers import parse
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.convert import Draft, DraftBlock, DraftSpeaker, to_markdown
from desktop_app.domain.export.as_json import document
from desktop_app.domain.model import Role
from desktop_app.domain.parser import load_transcript
from desktop_app.domain.timecode import format_time, parse_clock, split_time
from desktop_app.paths import bundled_transcript

HEAD = (
    "---\nid: t\ntitle: 小访谈\nsource: test\nlanguage: zh-Hans\n"
    "speakers:\n  - {name: 甲, role: host}\n  - {name: 乙, role: guest}\n---\n\n"
)

# Times up to 100 hours, in whole milliseconds (what the format carries).
MILLISECONDS = st.integers(min_value=0, max_value=100 * 3600 * 1000 - 1)
NAMES = st.text(alphabet="甲乙丙丁宋东桓薛彦泽ABCxyz_·", min_size=1, max_size=6).filter(
    lambda n: n[0] not in "_·"
)


@given(MILLISECONDS)
def test_a_written_stamp_reads_back_to_the_millisecond(ms: int) -> None:
    stamp = format_time(ms / 1000)
    assert len(stamp) >= len("[00:00:00.000]")
    start, rest = split_time(stamp + " 文字")
    assert (start, rest) == (ms / 1000, "文字")


@given(
    host=NAMES,
    guest=NAMES,
    times=st.lists(st.one_of(st.none(), MILLISECONDS), min_size=2, max_size=8),
)
def test_converted_times_and_names_round_trip_through_markdown(
    host: str, guest: str, times: list[int | None]
) -> None:
    if host == guest:
        guest += "乙"
    blocks = []
    for i, ms in enumerate(times):
        start = None if ms is None else ms / 1000
        speaker = host if i % 2 == 0 else guest
        # Every third paragraph continues the turn without a label: its time opens the paragraph.
        kind = "continuation" if i % 3 == 2 else "turn"
        blocks.append(DraftBlock(kind, speaker, f"第{i}段?" if speaker == host else f"答{i}。", start))
    draft = Draft(
        "t", "t-1", "test", "zh-Hans", [DraftSpeaker(host, Role.HOST), DraftSpeaker(guest)], blocks
    )
    transcript = parse(to_markdown(draft))
    paragraphs = list(transcript.paragraphs())
    assert [p.start for p in paragraphs] == [b.start for b in blocks]
    assert [p.text for p in paragraphs] == [b.text for b in blocks]


@pytest.mark.parametrize(
    ("stamp", "seconds"),
    [
        ("[00:53]", 53.0),
        ("[1:02:03]", 3723.0),
        ("[01:02:03.35]", 3723.35),
        ("[00:01:02,350]", 62.35),
        ("[59:59.9]", 3599.9),
        ("[123:00:00.001]", 442800.001),
        # As many hours as a JSON transcript may claim: what format_time writes is read back.
        ("[1000000:00:00.000]", 3_600_000_000.0),
    ],
)
def test_shorter_stamps_are_read(stamp: str, seconds: float) -> None:
    transcript = parse(HEAD + f"甲:{stamp} 问?\n\n乙:答。\n")
    question = next(transcript.questions())
    assert question.start == seconds
    assert question.text == "问?"
    assert question.answers[0].start is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "[00:75] 不是时间。",  # seconds past 59
        "[1:60:00] 也不是。",  # minutes past 59 with hours
        "[00:53](https://example.org) 是链接。",
        "[00:53]紧跟文字。",
        "\\[00:53] 转义了。",
    ],
)
def test_brackets_that_are_no_stamp_stay_text(paragraph: str) -> None:
    transcript = parse(HEAD + f"甲:问?\n\n乙:{paragraph}\n")
    answer = next(transcript.questions()).answers[0]
    assert answer.start is None
    # Nothing was taken off the paragraph: it is read as Markdown, as it was before times existed.
    assert answer.paragraphs[0].source == paragraph


def test_the_stamp_is_not_part_of_the_paragraph_text_and_continuations_keep_theirs() -> None:
    transcript = parse(
        HEAD
        + "前言。\n\n甲:[00:00:01.000] 你好**吗**?\n\n乙:[00:00:03.500] 很好。\n\n"
        + "[00:00:20.000] 另一段。\n"
    )
    question = next(transcript.questions())
    assert [p.text for p in question.paragraphs()] == ["你好吗?", "很好。", "另一段。"]
    assert [p.source for p in question.paragraphs()] == ["你好**吗**?", "很好。", "另一段。"]
    assert [p.start for p in question.paragraphs()] == [1.0, 3.5, 20.0]
    assert transcript.preface[0].start is None


def test_the_bundled_interview_has_no_times_and_reads_as_before() -> None:
    transcript = load_transcript(bundled_transcript())
    assert all(p.start is None for p in transcript.paragraphs())
    assert transcript.media == ""
    assert not any(p.text.startswith("[") and "]" in p.text[:16] for p in transcript.paragraphs())


def test_the_json_export_gives_each_question_and_answer_its_start() -> None:
    transcript = parse(
        HEAD + "甲:[00:00:01.250] 问一?\n\n乙:[00:00:03.000] 答一。\n\n甲:问二?\n\n乙:答二。\n"
    )
    sections = document(transcript)["transcript"]["sections"]
    questions = [q for s in sections for q in s["questions"]]
    assert [q["start"] for q in questions] == [1.25, None]
    assert [[a["start"] for a in q["answers"]] for q in questions] == [[3.0], [None]]


def test_clock_times_of_podcast_html() -> None:
    assert [parse_clock(t) for t in ("0:53", " 01:02:03 ", "1:02.5", "12:75", "soon", "")] == [
        53.0,
        3723.0,
        62.5,
        None,
        None,
        None,
    ]
