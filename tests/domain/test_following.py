"""Reading across three interviews: a speaker followed through all of them, passages filtered by code,
speaker and interview, and the parsed-transcript cache of the library search."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from study_fixtures import HEADER, code, highlight, load_all, write_interviews

from desktop_app.domain.annotations import Color
from desktop_app.domain.codes import COLOR_CODE_IDS
from desktop_app.domain.following import (
    PassageFilter,
    all_passages,
    follow_speaker,
    group_passages,
    speakers_across,
)
from desktop_app.domain.library import TranscriptCache, search_library
from desktop_app.domain.parser import load_transcript
from desktop_app.storage import AnnotationStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AnnotationStore]:
    with AnnotationStore.open(tmp_path / "data") as opened:
        yield opened


def three(store: AnnotationStore, tmp_path: Path):
    paths = write_interviews(tmp_path / "interviews")
    t = load_all(paths)
    for key in "abc":
        store.add_to_library(t[key], paths[key])
    return paths, t, {x.id: x for x in t.values()}, {e.id: e.title for e in store.library()}


def test_the_host_is_followed_through_all_three_interviews_by_title_then_reading_order(
    store: AnnotationStore, tmp_path: Path
) -> None:
    _paths, t, known, titles = three(store, tmp_path)
    work = store.create_code("工作")
    code(store, t["a"], "工具呢", [work.id])  # the host's own words, coded
    code(store, t["a"], "更孤独", [work.id])  # a guest's: not the host's passage

    trail = follow_speaker("主持人", known, titles, store.codings(), store.codes())

    assert [i.title for i in trail.interviews] == ["丙：𠮷野家", "乙：办公室", "甲：远程工作"]
    turns = [(i.transcript_id, q.question_id, turn.text) for i in trail.interviews for q in i.questions
             for turn in q.items]  # fmt: skip
    assert turns == [
        ("study-c", "s1-q1", "𠮷野家的午饭怎么样？"),
        ("study-b", "s1-q1", "你喜欢办公室吗？"),
        ("study-a", "s1-q1", "你怎么看远程工作？"),
        ("study-a", "s2-q1", "工具呢？"),
    ]
    first = trail.interviews[0].questions[0]
    assert first.question_text == "𠮷野家的午饭怎么样？"
    assert first.items[0].paragraph_id == t["c"].questions().__next__().prompt.paragraphs[0].id
    assert trail.turns == 4
    assert [(p.quote, p.speaker, p.code_names) for p in trail.passages] == [("工具呢", "主持人", ("工作",))]


def test_a_guest_is_followed_where_the_same_name_speaks_and_consecutive_paragraphs_make_one_turn(
    store: AnnotationStore, tmp_path: Path
) -> None:
    _paths, t, known, titles = three(store, tmp_path)
    # A fourth interview where 张三 speaks again: two paragraphs in a row are one turn.
    extra = tmp_path / "interviews" / "study-d.md"
    extra.write_text(
        HEADER.format(id="study-d", title="丁：再访", guest="张三")
        + "## 第一部分\n\n主持人:还远程吗？\n\n张三:还在远程。\n\n张三:但每周去一次办公室。\n\n主持人:好。\n",
        encoding="utf-8",
    )
    known["study-d"] = load_transcript(extra)
    highlight(store, t["a"], "更专注", Color.GREEN, note="专注")

    across = speakers_across(known.values())
    assert across["张三"] == ["study-a", "study-d"]
    assert sorted(across["主持人"]) == ["study-a", "study-b", "study-c", "study-d"]
    assert across["李四"] == ["study-b"]

    trail = follow_speaker("张三", known, titles, store.codings(), store.codes())
    turns = [
        (i.transcript_id, [(q.question_id, [(x.text, x.paragraphs) for x in q.items]) for q in i.questions])
        for i in trail.interviews
    ]
    assert turns == [
        ("study-d", [("s1-q1", [("还在远程。\n\n但每周去一次办公室。", 2)])]),
        ("study-a", [("s1-q1", [("远程工作让我更专注，但也更孤独。", 1)]),
                     ("s2-q1", [("工具很重要，会议太多。", 1)])]),
    ]
    assert [(p.quote, p.note) for p in trail.passages] == [("更专注", "专注")]
    assert follow_speaker("没有这个人", known, titles).interviews == []


def test_passages_are_filtered_by_code_speaker_and_interview_and_grouped_by_interview_then_question(
    store: AnnotationStore, tmp_path: Path
) -> None:
    _paths, t, known, titles = three(store, tmp_path)
    feeling = store.create_code("感受")
    lonely = store.create_code("孤独", parent=feeling.id)
    code(store, t["a"], "会议太多", [feeling.id])
    code(store, t["a"], "更孤独", [lonely.id])
    code(store, t["b"], "让人分心", [feeling.id])
    highlight(store, t["c"], "牛肉饭", Color.PINK)
    coded, codes = store.codings(), store.codes()

    def quotes(**keep: str) -> list[str]:
        return [p.quote for p in all_passages(coded, codes, PassageFilter(**keep), known, titles)]

    assert quotes() == ["牛肉饭", "让人分心", "更孤独", "会议太多"]  # every interview, by title
    assert quotes(code=feeling.id) == ["让人分心", "更孤独", "会议太多"]  # its sub-code too
    assert quotes(code=lonely.id) == ["更孤独"]
    assert quotes(code=COLOR_CODE_IDS[Color.PINK]) == ["牛肉饭"]
    assert quotes(speaker="张三") == ["更孤独", "会议太多"]
    assert quotes(interview="study-b") == ["让人分心"]
    assert quotes(code=feeling.id, speaker="李四") == ["让人分心"]
    assert quotes(interview="study-b", speaker="张三") == []

    groups = group_passages(all_passages(coded, codes, PassageFilter(), known, titles), known)
    assert [(g.title, g.count, [(q.question_text, len(q.items)) for q in g.questions]) for g in groups] == [
        ("丙：𠮷野家", 1, [("𠮷野家的午饭怎么样？", 1)]),
        ("乙：办公室", 1, [("你喜欢办公室吗？", 1)]),
        ("甲：远程工作", 2, [("你怎么看远程工作？", 1), ("工具呢？", 1)]),
    ]


def test_the_cache_reads_each_file_once_until_it_changes(store: AnnotationStore, tmp_path: Path) -> None:
    paths, _t, _known, _titles = three(store, tmp_path)
    cache = TranscriptCache(load_transcript)
    entries = store.library()

    first, _ = search_library(entries, "远程工作", cache)
    again, problems = search_library(entries, "办公室", cache)
    assert cache.reads == 3 and problems == []
    assert [(g.entry.id, g.count) for g in first] == [("study-c", 1), ("study-a", 3)]
    assert [(g.entry.id, g.count) for g in again] == [("study-b", 2)]  # the question and the answer

    # Changed on disk: read again, and its new words are found; the others are not read again.
    text = paths["b"].read_text(encoding="utf-8").replace("合作更方便", "合作更方便，远程工作也行")
    paths["b"].write_text(text, encoding="utf-8")
    stat = paths["b"].stat()
    os.utime(paths["b"], ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # however coarse the clock
    found, _ = search_library(entries, "远程工作", cache)
    assert cache.reads == 4
    assert [(g.entry.id, g.count) for g in found] == [("study-c", 1), ("study-b", 1), ("study-a", 3)]

    # Gone: reported as a problem (not raised), and forgotten.
    paths["c"].unlink()
    found, problems = search_library(entries, "远程工作", cache)
    assert [g.entry.id for g in found] == ["study-b", "study-a"]
    assert [e.id for e, _why in problems] == ["study-c"]


def test_a_limit_lists_fewer_hits_but_counts_them_all(store: AnnotationStore, tmp_path: Path) -> None:
    three(store, tmp_path)
    found, _ = search_library(store.library(), "远程", TranscriptCache(load_transcript), limit=2)
    assert [(g.entry.id, g.count, sum(len(q.hits) for q in g.questions)) for g in found] == [
        ("study-c", 1, 1),
        ("study-a", 3, 1),
    ]
