"""A paragraph's stretch of the recording runs to the next later start, whatever order it was written in."""

from __future__ import annotations

from desktop_app.domain.media_times import Span, Timeline
from desktop_app.domain.parser import parse_transcript

FRONT = (
    "---\nid: t\ntitle: T\nsource: test\nlanguage: zh-Hans\n"
    "speakers:\n  - name: 主持\n    role: host\n  - name: 甲\n    role: guest\n---\n"
)


def test_spans_end_at_the_next_later_start_with_equal_and_unordered_times() -> None:
    body = (
        "## 一\n\n主持:[00:00:05.000] 问一\n\n甲:[00:00:01.000] 答一\n\n"
        "甲:[00:00:05.000] 同时开始\n\n甲:无时间\n\n主持:[00:00:09.500] 问二\n\n甲:[00:00:09.500] 答二\n"
    )
    timeline = Timeline(parse_transcript(FRONT + body, "t.md"))
    assert timeline.span("s1-q1-p1") == Span(5.0, 9.5)
    assert timeline.span("s1-q1-p2") == Span(1.0, 5.0)
    assert timeline.span("s1-q1-p3") == Span(5.0, 9.5)  # the same start as the question: to the next later
    assert timeline.span("s1-q1-p4") is None  # no time of its own
    assert timeline.span("s1-q2-p1") == Span(9.5, None) and timeline.span("s1-q2-p2") == Span(9.5, None)
    assert timeline.paragraph_at(6.0) in ("s1-q1-p1", "s1-q1-p3")
