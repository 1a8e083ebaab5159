"""The search index's cache file: reused for the same content, rebuilt for new content, never a failure."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.domain import search
from desktop_app.domain.model import Transcript
from desktop_app.domain.parser import load_transcript, parse_transcript
from desktop_app.domain.search import TranscriptIndex
from desktop_app.paths import bundled_transcript

QUERIES = ("小猫推苹果", "sora", "视频生成", "的", "梦境")


@pytest.fixture(scope="module")
def bundled() -> Transcript:
    return load_transcript(bundled_transcript())


@pytest.fixture
def fts_answers(fts_answers: list[bool], monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The shared spy, every query put to the index (none is too common for it)."""
    monkeypatch.setattr(search, "FTS_MAX_ROWS", 10**9)
    return fts_answers


def expected(transcript: Transcript, query: str) -> list[tuple[str, int]]:
    found = []
    for paragraph in transcript.paragraphs():
        text, needle = paragraph.text.lower(), query.lower()
        at = text.find(needle)
        while at >= 0:
            found.append((paragraph.id, at))
            at = text.find(needle, at + len(needle))
    return found


def assert_finds_everything(index: TranscriptIndex, transcript: Transcript) -> None:
    for query in QUERIES:
        assert [(h.paragraph_id, h.start) for h in index.search(query)] == expected(transcript, query)


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as db:
        names = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    db.close()
    return names


def test_the_cache_is_reused_for_the_same_content(
    bundled: Transcript, tmp_path: Path, fts_answers: list[bool]
) -> None:
    cache = tmp_path / "cache" / "search.sqlite"
    with TranscriptIndex.open(bundled, cache) as first:
        assert (first.rebuilt, first.cached) == (True, True)
        assert first.index_size() > 0
    assert cache.is_file()
    with TranscriptIndex.open(bundled, cache) as second:
        assert (second.rebuilt, second.cached) == (False, True)
        assert_finds_everything(second, bundled)
    assert fts_answers and all(fts_answers)


def test_the_cache_stores_the_content_hash(bundled: Transcript, tmp_path: Path) -> None:
    cache = tmp_path / "search.sqlite"
    TranscriptIndex.open(bundled, cache).close()
    with sqlite3.connect(cache) as db:
        stored = dict(db.execute("SELECT key, value FROM search_meta").fetchall())
    db.close()
    assert stored["content_hash"] == bundled.content_hash


def test_the_cache_is_rebuilt_when_the_transcript_changes(
    bundled: Transcript, tmp_path: Path, fts_answers: list[bool]
) -> None:
    cache = tmp_path / "search.sqlite"
    TranscriptIndex.open(bundled, cache).close()
    text = bundled_transcript().read_text(encoding="utf-8")
    changed = parse_transcript(text.replace("小猫推苹果", "小狗推香蕉"), "changed.md")
    assert changed.content_hash != bundled.content_hash
    with TranscriptIndex.open(changed, cache) as index:
        assert (index.rebuilt, index.cached) == (True, True)
        assert len(index.search("小狗推香蕉")) == 1
        assert index.search("小猫推苹果") == []
        assert_finds_everything(index, changed)
    assert fts_answers and all(fts_answers)
    with TranscriptIndex.open(changed, cache) as again:
        assert not again.rebuilt
        assert len(again.search("小狗推香蕉")) == 1
    with TranscriptIndex.open(bundled, cache) as back:
        assert back.rebuilt
        assert back.search("小狗推香蕉") == []
        assert len(back.search("小猫推苹果")) == 1


def test_an_index_of_another_format_is_rebuilt(bundled: Transcript, tmp_path: Path) -> None:
    cache = tmp_path / "search.sqlite"
    TranscriptIndex.open(bundled, cache).close()
    with sqlite3.connect(cache) as db:
        db.execute("UPDATE search_meta SET value = 'interview-reader-search/0' WHERE key = 'format'")
    db.close()
    with TranscriptIndex.open(bundled, cache) as index:
        assert (index.rebuilt, index.cached) == (True, True)
        assert_finds_everything(index, bundled)


def test_a_damaged_cache_file_falls_back_to_memory(bundled: Transcript, tmp_path: Path) -> None:
    cache = tmp_path / "search.sqlite"
    junk = bytes(range(256)) * 64
    cache.write_bytes(junk)
    with TranscriptIndex.open(bundled, cache) as index:
        assert (index.rebuilt, index.cached) == (True, False)
        assert_finds_everything(index, bundled)
    assert cache.read_bytes() == junk


def test_a_cache_damaged_after_it_was_built_still_answers(
    bundled: Transcript, tmp_path: Path, fts_answers: list[bool]
) -> None:
    cache = tmp_path / "search.sqlite"
    TranscriptIndex.open(bundled, cache).close()
    data = bytearray(cache.read_bytes())
    page = 4096
    # Pages 1 and 2 (the schema, search_meta) stay whole: the index looks reusable until it is read.
    for start in range(2 * page, len(data), page):
        data[start + 8 : start + page] = b"\xa5" * (page - 8)
    cache.write_bytes(bytes(data))
    with TranscriptIndex.open(bundled, cache) as index:
        assert not index.rebuilt
        assert_finds_everything(index, bundled)
    assert fts_answers and not any(fts_answers)


@pytest.mark.parametrize("table", ["highlights", "search_meta"])
def test_another_database_is_left_alone(bundled: Transcript, tmp_path: Path, table: str) -> None:
    cache = tmp_path / "annotations.sqlite"
    with sqlite3.connect(cache) as db:
        db.execute(f"CREATE TABLE {table}(key TEXT, value TEXT)")
        db.execute(f"INSERT INTO {table} VALUES ('h1', 'someone else''s')")
    db.close()
    with TranscriptIndex.open(bundled, cache) as index:
        assert (index.rebuilt, index.cached) == (True, False)
        assert_finds_everything(index, bundled)
    assert tables(cache) == {table}
    with sqlite3.connect(cache) as db:
        assert db.execute(f"SELECT * FROM {table}").fetchall() == [("h1", "someone else's")]
    db.close()


def test_an_empty_file_becomes_the_cache(bundled: Transcript, tmp_path: Path) -> None:
    cache = tmp_path / "search.sqlite"
    cache.write_bytes(b"")
    with TranscriptIndex.open(bundled, cache) as index:
        assert (index.rebuilt, index.cached) == (True, True)
    assert "search_meta" in tables(cache)


@pytest.mark.parametrize("where", ["under-a-file", "a-folder"])
def test_an_unwritable_cache_falls_back_to_memory(bundled: Transcript, tmp_path: Path, where: str) -> None:
    blocker = tmp_path / "blocker"
    if where == "under-a-file":
        blocker.write_text("a file, not a folder")
        cache = blocker / "search.sqlite"
    else:
        blocker.mkdir()
        cache = blocker
    with TranscriptIndex.open(bundled, cache) as index:
        assert (index.rebuilt, index.cached) == (True, False)
        assert_finds_everything(index, bundled)


def test_two_indexes_can_share_a_cache_file(bundled: Transcript, tmp_path: Path) -> None:
    cache = tmp_path / "search.sqlite"
    with TranscriptIndex.open(bundled, cache) as first, TranscriptIndex.open(bundled, cache) as second:
        assert (first.rebuilt, second.rebuilt) == (True, False)
        assert second.cached
        assert list(first.search("视频生成")) == list(second.search("视频生成"))


def test_an_index_whose_file_is_rebuilt_for_other_content_stops_using_it(
    bundled: Transcript, tmp_path: Path, fts_answers: list[bool]
) -> None:
    cache = tmp_path / "search.sqlite"
    text = bundled_transcript().read_text(encoding="utf-8")
    changed = parse_transcript(text.replace("小猫推苹果", "小狗推香蕉"), "changed.md")
    with TranscriptIndex.open(bundled, cache) as first:
        assert len(first.search("小猫推苹果")) == 1
        assert fts_answers == [True]
        with TranscriptIndex.open(changed, cache) as second:
            assert second.rebuilt and second.cached
            assert len(second.search("小狗推香蕉")) == 1
        # The file now indexes the other text: the first index notices and scans its own.
        assert len(first.search("小猫推苹果")) == 1
        assert first.search("小狗推香蕉") == []
        assert_finds_everything(first, bundled)
    assert fts_answers[:3] == [True, True, False]


def test_without_a_cache_path_the_index_is_in_memory(bundled: Transcript, tmp_path: Path) -> None:
    with TranscriptIndex.open(bundled) as index:
        assert (index.rebuilt, index.cached) == (True, False)
        assert index.index_size() > 0
        assert_finds_everything(index, bundled)
    assert list(tmp_path.iterdir()) == []


def test_search_still_works_after_close(bundled: Transcript, tmp_path: Path) -> None:
    index = TranscriptIndex.open(bundled, tmp_path / "search.sqlite")
    index.close()
    index.close()
    assert index.index_size() == 0
    assert_finds_everything(index, bundled)
