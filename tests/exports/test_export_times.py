"""Highlights on a timed transcript carry their paragraph's time into the exports."""

from __future__ import annotations

import json
import re
from pathlib import Path

from export_fixtures import EXPORTED_AT, LABELS, REPO_ROOT, highlight, small_fixture
from test_export_w3c import items_of, validate
from test_import_w3c import by_id

from desktop_app.domain.anchoring import place_all
from desktop_app.domain.annotations import Color
from desktop_app.domain.export.as_html import to_html
from desktop_app.domain.export.as_markdown import to_markdown
from desktop_app.domain.export.w3c import to_w3c
from desktop_app.domain.export.w3c_import import read_w3c
from desktop_app.domain.media_times import MEDIA_FRAGMENTS, Timeline, clock, media_fragment
from desktop_app.domain.parser import load_transcript

SAMPLE = REPO_ROOT / "resources" / "samples" / "recording-sample.md"


def timed_args():
    t = load_transcript(SAMPLE)
    highlights = [
        highlight(t, 1, "s1-q2-p2", "导出时带上", Color.YELLOW, "记下时间"),  # 00:05.7, next at 7.1
        highlight(t, 2, "s1-q2-p3", "直接回放", Color.GREEN),  # the last paragraph: no end
    ]
    placements = place_all(((h.id, h.anchor) for h in highlights), t)
    return t, highlights, placements, [], LABELS


def test_clock_and_fragment_values() -> None:
    t = load_transcript(SAMPLE)
    timeline = Timeline(t)
    assert clock(5.7) == "00:05" and clock(3725) == "1:02:05"
    assert media_fragment(timeline.span("s1-q2-p2")) == "t=5.7,7.1"  # type: ignore[arg-type]
    assert media_fragment(timeline.span("s1-q2-p3")) == "t=7.1"  # type: ignore[arg-type]
    assert timeline.paragraph_at(0.5) == "s1-q1-p1"
    assert timeline.paragraph_at(3.1) == "s1-q1-p3"
    assert timeline.paragraph_at(6.0) == "s1-q2-p2"


def test_markdown_writes_the_time_beside_each_quote() -> None:
    text = to_markdown(*timed_args(), exported_at=EXPORTED_AT)
    # Each quote is a link back to its passage, then its time in the recording.
    assert re.search(r"> \[「导出时带上」\]\(interview-reader://[^)]+\) \[00:05\]", text)
    assert re.search(r"> \[「直接回放」\]\(interview-reader://[^)]+\) \[00:07\]", text)
    whole = to_markdown(*timed_args(), whole=True, exported_at=EXPORTED_AT)
    assert re.search(r"「导出时带上」(\]\(interview-reader://[^)]+\))? \[00:05\]", whole)


def test_an_untimed_transcript_writes_no_time() -> None:
    text = to_markdown(*small_fixture().args(), exported_at=EXPORTED_AT)
    assert "」 [" not in text


def test_html_shows_each_quotes_time() -> None:
    page = to_html(*timed_args(), exported_at=EXPORTED_AT)
    assert '<time class="at" datetime="PT5.7S">00:05</time>' in page
    assert '<time class="at" datetime="PT7.1S">00:07</time>' in page
    assert page.count("<time ") == 2  # only the highlighted paragraphs


def test_w3c_adds_a_media_fragment_target_and_stays_valid(tmp_path: Path) -> None:
    collection = to_w3c(*timed_args())
    validate(tmp_path, collection)
    items = items_of(collection)
    first = items["6b1f0e2a-0000-4000-8000-000000000001"]
    text_target, media_target = first["target"]
    assert text_target["source"].endswith("#s1-q2-p2")
    assert media_target == {
        "type": "SpecificResource",
        "source": "urn:x-interview-reader:recording-sample-e69527b1/media/recording-sample.wav",
        "selector": {"type": "FragmentSelector", "conformsTo": MEDIA_FRAGMENTS, "value": "t=5.7,7.1"},
    }
    last = items["6b1f0e2a-0000-4000-8000-000000000002"]
    assert last["target"][1]["selector"]["value"] == "t=7.1"
    based = to_w3c(*timed_args(), base_uri="https://example.org/talks/sample.html")
    validate(tmp_path, based, "based.json")
    assert items_of(based)["6b1f0e2a-0000-4000-8000-000000000001"]["target"][1]["source"] == (
        "https://example.org/talks/recording-sample.wav"
    )


def test_a_w3c_export_with_media_targets_imports_back() -> None:
    t, highlights, placements, notes, labels = timed_args()
    result = read_w3c(json.dumps(to_w3c(t, highlights, placements, notes, labels)).encode(), t)
    assert by_id(result.highlights) == by_id(highlights)
