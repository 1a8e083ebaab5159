"""The parsed transcript kept in the data folder: read back, it is exactly what the parser gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import paths
from desktop_app.domain.errors import TranscriptError
from desktop_app.domain.parser import load_transcript
from desktop_app.storage import transcript_cache
from desktop_app.storage.transcript_cache import KEEP, cache_path, load

ODD_BODY = (
    "\n前言,**粗体**与 <b>标签</b>。\n\n## 第一节 ##\n主持:[00:01:02.5] 问题?\n续行\n\n"
    "甲:  回答\u2028同一行。\n\n- 列表\n- 二\n\n乙:另一个回答。\n\n## 第二节\n\n主持:再问?\n"
)
FRONT = (
    "---\nid: odd\ntitle: 奇怪的访谈\nsource: test\nlanguage: zh-Hans\nmedia: talk.mp3\nspeakers:\n"
    "  - name: 主持\n    role: host\n  - name: 甲\n    role: guest\n    bio: 嘉宾\n"
    "  - name: 乙\n    role: guest\n    color: '#123456'\n---\n"
)


@pytest.fixture
def odd(tmp_path: Path) -> Path:
    path = tmp_path / "odd.md"
    path.write_text(FRONT + ODD_BODY, encoding="utf-8")
    return path


@pytest.mark.parametrize("which", ["bundled", "odd"])
def test_a_kept_transcript_reads_back_equal_to_the_parse(tmp_path: Path, odd: Path, which: str) -> None:
    path = paths.bundled_transcript() if which == "bundled" else odd
    cache = tmp_path / "cache"
    parsed, keep = load(path, cache)
    assert parsed == load_transcript(path)
    assert keep is not None  # parsed this time: nothing kept yet
    keep()
    kept, again = load(path, cache)
    assert again is None  # read from the cache
    assert kept == parsed
    assert kept.path == str(path)
    assert list(kept.paragraphs()) == list(parsed.paragraphs())
    assert [kept.position(p.id) for p in kept.paragraphs()] == list(range(parsed.paragraph_count))
    first = next(parsed.questions())
    assert kept.find(first.id) == first and kept.question_of(first.prompt.paragraphs[0].id) == first


def test_kept_in_steps_nothing_is_written_before_the_last(tmp_path: Path) -> None:
    # The window runs these steps between its events: a section per step, then the file.
    path = paths.bundled_transcript()
    cache = tmp_path / "cache"
    parsed, keep = load(path, cache)
    assert keep is not None
    steps = keep.steps()
    for _ in range(len(parsed.sections) + 2):
        next(steps)
        assert not keep.file.exists()
    assert next(steps, "done") == "done"
    kept, again = load(path, cache)
    assert again is None and kept == parsed


def test_a_copy_elsewhere_reads_back_with_its_own_path(tmp_path: Path, odd: Path) -> None:
    cache = tmp_path / "cache"
    load(odd, cache)[1]()  # type: ignore[misc]
    copy = tmp_path / "copy.md"
    copy.write_bytes(odd.read_bytes())
    kept, keep = load(copy, cache)
    assert keep is None and kept.path == str(copy)


def test_an_edited_file_is_parsed_again(tmp_path: Path, odd: Path) -> None:
    cache = tmp_path / "cache"
    load(odd, cache)[1]()  # type: ignore[misc]
    odd.write_text(FRONT + ODD_BODY.replace("再问?", "改过的问题?"), encoding="utf-8")
    edited, keep = load(odd, cache)
    assert keep is not None
    assert edited.sections[-1].questions[0].text == "改过的问题?"


@pytest.mark.parametrize("damage", ["truncated", "flipped", "foreign", "empty"])
def test_a_damaged_cache_file_is_ignored(tmp_path: Path, odd: Path, damage: str) -> None:
    cache = tmp_path / "cache"
    load(odd, cache)[1]()  # type: ignore[misc]
    file = cache_path(cache, odd.read_bytes())
    blob = file.read_bytes()
    damaged = {
        "truncated": blob[: len(blob) // 2],
        "flipped": blob[:-10] + bytes([blob[-10] ^ 0xFF]) + blob[-9:],
        "foreign": b"interview-reader parsed transcript 0 0.0.0\n" + blob.split(b"\n", 1)[1],
        "empty": b"",
    }[damage]
    file.write_bytes(damaged)
    transcript, keep = load(odd, cache)
    assert keep is not None  # parsed again
    assert transcript == load_transcript(odd)


def test_a_bad_file_still_says_what_to_fix(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("no front matter\n", encoding="utf-8")
    with pytest.raises(TranscriptError, match="front matter"):
        load(bad, tmp_path / "cache")
    assert not (tmp_path / "cache").exists()


def test_only_the_most_recent_transcripts_are_kept(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    for n in range(KEEP + 3):
        path = tmp_path / f"t{n}.md"
        path.write_text(FRONT + ODD_BODY + f"\n主持:第{n}个?\n", encoding="utf-8")
        load(path, cache)[1]()  # type: ignore[misc]
    assert len(list(cache.glob("transcript-*.bin"))) == KEEP
    newest = tmp_path / f"t{KEEP + 2}.md"
    assert load(newest, cache)[1] is None


def test_the_kept_files_stay_under_their_size_limit(tmp_path: Path, odd: Path, monkeypatch) -> None:
    cache = tmp_path / "cache"
    load(odd, cache)[1]()  # type: ignore[misc]
    one = cache_path(cache, odd.read_bytes()).stat().st_size
    monkeypatch.setattr(transcript_cache, "KEEP_BYTES", 2 * one + one // 2)  # room for two
    for n in range(3):
        path = tmp_path / f"t{n}.md"
        path.write_text(FRONT + ODD_BODY + f"\n主持:第{n}个?\n", encoding="utf-8")
        load(path, cache)[1]()  # type: ignore[misc]
    assert len(list(cache.glob("transcript-*.bin"))) == 2
    assert load(tmp_path / "t2.md", cache)[1] is None  # the newest is kept
    monkeypatch.setattr(transcript_cache, "KEEP_BYTES", 1)
    load(odd, cache)[1]()  # type: ignore[misc]
    assert [p.name for p in cache.glob("transcript-*.bin")] == [cache_path(cache, odd.read_bytes()).name]


def test_an_unwritable_cache_folder_only_costs_the_parse(tmp_path: Path, odd: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    transcript, keep = load(odd, blocker)
    assert keep is not None
    keep()  # says nothing, keeps nothing
    assert transcript == load_transcript(odd)
    assert transcript_cache.read(blocker / "x.bin", str(odd)) is None


@pytest.mark.parametrize("made_by", ["slots set directly", "the classes' own __init__"])
def test_both_ways_of_making_the_objects_read_back_the_parse(
    tmp_path: Path, odd: Path, monkeypatch, made_by: str
) -> None:
    if made_by == "the classes' own __init__":  # as for a class whose fields changed
        for name in ("_PARAGRAPH", "_TURN", "_QUESTION"):
            monkeypatch.setattr(transcript_cache, name, None)
    else:
        assert transcript_cache._PARAGRAPH and transcript_cache._TURN and transcript_cache._QUESTION
    cache = tmp_path / "cache"
    load(odd, cache)[1]()  # type: ignore[misc]
    kept, keep = load(odd, cache)
    assert keep is None
    parsed = load_transcript(odd)
    assert kept == parsed and hash(kept.sections[0].questions[0]) == hash(parsed.sections[0].questions[0])
    assert [p.text for p in kept.paragraphs()] == [p.text for p in parsed.paragraphs()]


def test_a_class_whose_fields_changed_is_made_by_its_own_init() -> None:
    from desktop_app.domain.model import Turn

    assert transcript_cache._slot_setters(Turn, ("speaker", "paragraphs")) is not None
    assert transcript_cache._slot_setters(Turn, ("speaker", "paragraphs", "extra")) is None


def test_a_kept_sections_questions_are_made_once_whoever_asks_first(tmp_path: Path) -> None:
    import threading

    path = paths.bundled_transcript()
    cache = tmp_path / "cache"
    load(path, cache)[1]()  # type: ignore[misc]
    kept, _ = load(path, cache)
    parsed = load_transcript(path)
    # Looked up before anything else made them: sizes, lookups, then the questions themselves.
    assert [s.sizes() for s in kept.sections] == [s.sizes() for s in parsed.sections]
    assert kept.paragraph_count == parsed.paragraph_count and kept.question_count == parsed.question_count
    last = list(parsed.paragraphs())[-1]
    assert kept.find(last.id) == last and kept.position(last.id) == parsed.position(last.id)
    made: list[list[object]] = [[], []]
    sections = kept.sections
    def make_all(out: list[object]) -> None:
        out.extend(s.questions for s in sections)

    threads = [threading.Thread(target=make_all, args=(out,)) for out in made]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(a is b for a, b in zip(made[0], made[1], strict=True))
    for mine, theirs in zip(kept.sections, parsed.sections, strict=True):
        assert mine == theirs and theirs == mine and hash(mine) == hash(theirs)
        assert mine.has_questions == theirs.has_questions
    assert {kept.sections[0]: 1}[parsed.sections[0]] == 1
    import copy
    import pickle

    assert copy.deepcopy(kept) == parsed
    assert pickle.loads(pickle.dumps(kept.sections[-1])) == parsed.sections[-1]
