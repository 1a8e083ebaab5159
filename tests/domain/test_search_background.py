"""A search right after opening scans while the trigram index is built in a thread, then uses the index;
a scan finds its matches only as far as they are read and counts them apart."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.domain import search
from desktop_app.domain.model import Transcript
from desktop_app.domain.parser import load_transcript
from desktop_app.domain.search import TranscriptIndex
from desktop_app.paths import bundled_transcript

QUERIES = ("小猫推苹果", "sora", "视频生成", "的", "梦境", "翻车")


@pytest.fixture(scope="module")
def bundled() -> Transcript:
    return load_transcript(bundled_transcript())


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The background build waits until the test sets the event (so "before ready" is certain)."""
    release = threading.Event()
    original = search.build_apart

    def waiting(*args: object, **kwargs: object) -> object:
        release.wait(30)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(search, "build_apart", waiting)
    yield release
    release.set()


@pytest.fixture
def fts_answers(fts_answers: list[bool], monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The shared spy, every query put to the index (none is too common for it)."""
    monkeypatch.setattr(search, "FTS_MAX_ROWS", 10**9)
    return fts_answers


def located(index: TranscriptIndex, query: str, hidden: frozenset[str] = frozenset()) -> list[tuple]:
    return [(h.paragraph_id, h.start, h.end, h.kind) for h in index.search(query, hidden_speakers=hidden)]


def test_a_search_before_the_index_is_built_scans_and_finds_the_same(
    bundled: Transcript, tmp_path: Path, held: threading.Event, fts_answers: list[bool]
) -> None:
    with TranscriptIndex.open(bundled, None) as built_first:
        expected = {q: located(built_first, q) for q in QUERIES}
        expected_hidden = located(built_first, "sora", frozenset({"薛彦泽"}))
    fts_answers.clear()
    index = TranscriptIndex.open(bundled, tmp_path / "search.sqlite", background=True)
    try:
        assert not index.ready()
        assert {q: located(index, q) for q in QUERIES} == expected
        assert located(index, "sora", frozenset({"薛彦泽"})) == expected_hidden
        assert not any(fts_answers)  # answered by scanning: nothing waited for an index
        held.set()
        assert index.wait_ready(30)
        assert (index.rebuilt, index.cached) == (True, True)
        assert {q: located(index, q) for q in QUERIES} == expected
        assert any(fts_answers)  # now the index answers
    finally:
        index.close()
    again = TranscriptIndex.open(bundled, tmp_path / "search.sqlite", background=True)
    with again:
        assert again.wait_ready(30)
        assert (again.rebuilt, again.cached) == (False, True)  # the file's index is reused
        assert located(again, "sora") == expected["sora"]


def test_an_index_built_apart_in_memory_is_handed_over(bundled: Transcript) -> None:
    with TranscriptIndex.open(bundled, None, background=True) as index:
        assert index.wait_ready(30)
        assert index.index_size() > 0  # the image made in the builder's thread, opened here
        assert index.cached is False
        with TranscriptIndex.open(bundled) as plain:
            assert located(index, "视频生成") == located(plain, "视频生成")


def test_closing_during_the_build_stops_it_and_leaves_a_usable_cache(
    bundled: Transcript, tmp_path: Path, held: threading.Event
) -> None:
    index = TranscriptIndex.open(bundled, tmp_path / "search.sqlite", background=True)
    threading.Timer(0.3, held.set).start()  # the build goes on once close() has asked it to stop
    index.close()  # waits for the build, which stops at its first row
    assert index.ready()
    assert located(index, "翻车")  # a closed index still scans
    with TranscriptIndex.open(bundled, tmp_path / "search.sqlite") as later:
        assert later.cached
        assert located(later, "翻车") == located(index, "翻车")


def test_a_scan_reads_its_first_matches_without_counting_them_all(
    bundled: Transcript, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "FTS_MIN_CHARS", 10**9)
    expected = sum(p.text.count("的") for p in bundled.paragraphs())
    with TranscriptIndex.open(bundled) as index:
        results = index.search("的")
        assert results and not results.counted
        first, later = results[:50], results[60]
        assert not results.counted  # the first rows (and a hit past them) did not need the total
        assert len(results) == expected > 60 and results.counted
        assert first == list(results)[:50] and later == list(results)[60]
        assert results[expected - 1] == list(results)[-1]
        assert not index.search("没有这个词组")
        assert len(index.search("没有这个词组")) == 0


def test_a_query_dense_in_the_first_stretch_is_scanned_with_the_same_hits(
    bundled: Transcript, monkeypatch: pytest.MonkeyPatch, fts_answers: list[bool]
) -> None:
    with TranscriptIndex.open(bundled) as index:
        by_index = {q: located(index, q) for q in ("小猫推苹果", "sora")}
        assert all(fts_answers)
        fts_answers.clear()
        monkeypatch.setattr(search, "PROBE_CHARS", 2000)  # the bundled text is longer than this
        monkeypatch.setattr(search, "PROBE_HITS", 3)
        assert located(index, "sora") == by_index["sora"]  # common at the start: scanned
        assert fts_answers == []
        assert located(index, "小猫推苹果") == by_index["小猫推苹果"]  # rare there: the index answers
        assert fts_answers == [True]


class ReaderAtWork:
    """A Pause that holds the background work while ``busy`` is set (unless hurried), counting its stops."""

    def __init__(self, only_in: str = "") -> None:
        self.busy = threading.Event()
        self.stops = 0
        self.held = threading.Event()  # set once the work has waited at a checkpoint
        self.only_in = only_in  # a thread's name: the work in other threads is never held

    def __call__(self, hurry: threading.Event) -> None:
        self.stops += 1
        if self.only_in and threading.current_thread().name != self.only_in:
            return
        while self.busy.is_set() and not hurry.is_set():
            self.held.set()
            hurry.wait(0.01)


def test_the_background_work_stops_at_its_checkpoints_and_gives_the_same_hits(bundled: Transcript) -> None:
    reader = ReaderAtWork()
    with TranscriptIndex.open(bundled, None, background=True, pause=reader) as index:
        assert index.wait_ready(30)
        with TranscriptIndex.open(bundled) as plain:
            assert {q: located(index, q) for q in QUERIES} == {q: located(plain, q) for q in QUERIES}
    assert reader.stops >= 2  # the texts gathered, then hashed and written: each part has checkpoints


def test_work_held_for_a_reader_goes_on_when_the_window_waits_for_it(
    bundled: Transcript, tmp_path: Path
) -> None:
    reader = ReaderAtWork()
    reader.busy.set()  # the reader never stops: only hurrying lets the build end
    hurry = threading.Event()
    path = tmp_path / "search.sqlite"
    index = TranscriptIndex.open(bundled, path, background=True, pause=reader, hurry=hurry)
    try:
        assert reader.held.wait(30)  # the build waits at a checkpoint
        time.sleep(0.2)
        assert not index.ready()  # and stays there while the reader reads
        hurry.set()  # the window waits for it (a search): it goes on
        assert index.wait_ready(30)
        assert (index.rebuilt, index.cached) == (True, True)
        assert located(index, "翻车")
    finally:
        index.close()


def test_a_build_held_for_a_reader_ends_when_waited_for_or_closed(
    bundled: Transcript, tmp_path: Path
) -> None:
    reader = ReaderAtWork(only_in="search-index")  # the builder's thread is held, the opening is not
    reader.busy.set()
    index = TranscriptIndex.open(bundled, tmp_path / "a.sqlite", background=True, pause=reader)
    assert reader.held.wait(30)
    assert not index.ready()
    assert index.wait_ready(30)  # waiting for it hurries it: no deadlock
    assert located(index, "翻车")
    index.close()
    reader.held.clear()
    held = TranscriptIndex.open(bundled, tmp_path / "b.sqlite", background=True, pause=reader)
    assert reader.held.wait(30)
    held.close()  # returns at once: the held build sees the cancel
    assert held.ready() and located(held, "翻车")  # a closed index still scans


def test_making_yields_between_pieces_and_gives_the_index_open_gives(
    bundled: Transcript, scaled_text, tmp_path: Path
) -> None:
    # The window runs making() between its events: at 40× it must yield often (no piece a freeze), and
    # the index it returns answers as one opened at once.
    from desktop_app.domain.parser import parse_transcript

    long = parse_transcript(scaled_text(40), "long.md")
    making = TranscriptIndex.making(long, tmp_path / "long.sqlite")
    steps = 0
    before = set(threading.enumerate())
    while True:
        try:
            next(making)
        except StopIteration as done:
            index = done.value
            break
        steps += 1
        assert set(threading.enumerate()) <= before  # gathering on the caller's thread; no build begun
    assert steps >= len(list(long.questions())) // search._CHECK_EVERY  # at least every 64 questions
    try:
        assert index.wait_ready(30) and index.cached
        with TranscriptIndex.open(long) as plain:
            assert {q: located(index, q) for q in QUERIES} == {q: located(plain, q) for q in QUERIES}
    finally:
        index.close()


def test_making_dropped_before_its_end_writes_nothing(bundled: Transcript, tmp_path: Path) -> None:
    before = set(threading.enumerate())
    making = TranscriptIndex.making(bundled, tmp_path / "dropped.sqlite")
    next(making)
    making.close()
    assert set(threading.enumerate()) <= before
    assert not (tmp_path / "dropped.sqlite").exists()


