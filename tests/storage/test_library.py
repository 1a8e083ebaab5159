"""The library: every interview joins it once, a missing file is marked (notes kept), search across all."""

from __future__ import annotations

from pathlib import Path

from storage_support import FakeClock
from study_fixtures import highlight, load_all, write_interviews

from desktop_app.domain.annotations import Color
from desktop_app.domain.library import search_library
from desktop_app.domain.parser import load_transcript
from desktop_app.storage import AnnotationStore


def test_adding_interviews_lists_them_with_counts_and_updates_in_place(
    store: AnnotationStore, tmp_path: Path, clock: FakeClock
) -> None:
    paths = write_interviews(tmp_path / "interviews")
    t = load_all(paths)
    for key in "abc":
        store.add_to_library(t[key], paths[key])
    highlight(store, t["a"], "更专注", Color.GREEN)
    highlight(store, t["a"], "会议太多", Color.BLUE)
    store.set_question_note(t["a"].id, "s1-q1", "好问题")

    entries = store.library()
    assert [e.title for e in entries] == ["丙：𠮷野家", "乙：办公室", "甲：远程工作"]  # by code point
    a = store.library_entry("study-a")
    assert a is not None
    assert (a.title, a.source, a.speakers, a.path) == (
        "甲：远程工作",
        "测试",
        ("主持人", "张三"),
        str(paths["a"]),
    )
    assert (a.highlights, a.notes, a.missing, a.last_read) == (2, 1, False, None)
    assert a.content_hash == t["a"].content_hash

    # Opening it again updates the entry (no second one) and stamps when it was read.
    clock.advance(hours=1)
    moved = paths["a"].rename(tmp_path / "moved.md")
    again = store.note_opened(load_transcript(moved), moved)
    assert again is not None and again.path == str(moved) and again.last_read is not None
    assert again.added == a.added
    assert len(store.library()) == 3


def test_a_missing_file_is_marked_and_its_notes_are_kept(store: AnnotationStore, tmp_path: Path) -> None:
    paths = write_interviews(tmp_path / "interviews")
    t = load_all(paths)
    for key in "ab":
        store.add_to_library(t[key], paths[key])
    made = highlight(store, t["b"], "合作更方便", Color.PINK, note="要记住")
    paths["b"].unlink()

    assert store.check_library() == ["study-b"]
    b = store.library_entry("study-b")
    assert b is not None and b.missing and b.highlights == 1
    assert store.get(made.id).note == "要记住"  # type: ignore[union-attr]
    assert store.library_entry("study-a").missing is False  # type: ignore[union-attr]

    # The file comes back: so does the entry.
    paths["b"].write_text("placeholder", encoding="utf-8")
    assert store.check_library() == []
    assert store.library_entry("study-b").missing is False  # type: ignore[union-attr]


def test_search_runs_over_every_interview_grouped_by_interview_then_question(
    store: AnnotationStore, tmp_path: Path
) -> None:
    paths = write_interviews(tmp_path / "interviews")
    t = load_all(paths)
    for key in "abc":
        store.add_to_library(t[key], paths[key])
    paths["b"].unlink()
    store.check_library()

    found, problems = search_library(store.library(), "远程工作", load_transcript)
    assert [(e.id, why) for e, why in problems] == [("study-b", "the file is missing")]
    assert [(g.entry.id, g.count) for g in found] == [("study-c", 1), ("study-a", 3)]
    a = found[1]
    assert [
        (q.question_id, [(h.paragraph_id, h.speaker, h.start, h.end) for h in q.hits]) for q in a.questions
    ] == [
        ("", [("pre-p1", "", 6, 10)]),
        ("s1-q1", [("s1-q1-p1", "主持人", 4, 8), ("s1-q1-p2", "张三", 0, 4)]),
    ]
    (c_hit,) = found[0].questions[0].hits
    assert c_hit.text[c_hit.start : c_hit.end] == "远程工作"
