"""Opening a transcript a second time reads its parse from the data folder and shows the same thing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app import paths
from desktop_app.domain.parser import load_transcript
from desktop_app.gui import steps
from desktop_app.gui.launch import build_window
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.tree_model import NodeIdRole
from desktop_app.storage.transcript_cache import cache_path


def first_open(qtbot, tmp_path: Path) -> tuple[MainWindow, Path, list[Callable[[], None]], Path]:
    """A window on a copy of the bundled interview, opened the first time: the window, the copy, the work
    put off until after its first paint, and where its parse is to be kept."""
    path = tmp_path / "interview.md"
    path.write_bytes(paths.bundled_transcript().read_bytes())
    later: list[Callable[[], None]] = []
    window, error = build_window(str(path), tmp_path / "data", later)
    qtbot.addWidget(window)
    assert error is None
    return window, path, later, cache_path(tmp_path / "data" / "cache", path.read_bytes())


def test_the_second_open_shows_the_kept_parse(qtbot, tmp_path: Path) -> None:
    first, path, later, kept = first_open(qtbot, tmp_path)
    data = tmp_path / "data"
    assert not kept.exists()  # kept only after the first paint
    for call in later:
        call()
    assert not kept.exists()  # a section at a time, from the event loop
    qtbot.waitUntil(kept.exists)
    first.close()
    first.store.close()
    second, error = build_window(str(path), data)
    qtbot.addWidget(second)
    assert error is None
    assert second.transcript == load_transcript(path)
    assert second.tree.currentIndex().data(NodeIdRole) == "s1-q1"
    assert "Sora真正厉害在哪里?" in second.pane.toPlainText()
    second.close()
    second.store.close()


def test_file_open_keeps_the_parse_and_reads_it_back(qtbot, make_window, data_dir: Path, tmp_path: Path,
                                                     monkeypatch) -> None:
    from desktop_app.storage import transcript_cache

    path = tmp_path / "interview.md"
    path.write_bytes(paths.bundled_transcript().read_bytes())
    window = make_window()
    kept = cache_path(data_dir / "cache", path.read_bytes())
    assert window.files.open_path(str(path))
    qtbot.waitUntil(kept.exists)  # kept once the window has shown it
    parsed = window.transcript

    def no_parse(*_args: object) -> None:
        raise AssertionError("parsed again although the data folder keeps the parse")

    monkeypatch.setattr(transcript_cache, "parse_transcript", no_parse)
    assert window.files.open_path(str(path))
    assert window.transcript == parsed and window.transcript is not parsed
    assert window.tree.currentIndex().data(NodeIdRole) == "s1-q1"
    assert "Sora真正厉害在哪里?" in window.pane.toPlainText()


def test_the_window_answers_while_the_shares_are_counted(qtbot, make_window, bundled, monkeypatch) -> None:
    from desktop_app.domain import stats  # the counter imports it when a count starts

    release: list[bool] = []
    steps: list[int] = []
    real = stats.summary_steps

    def slow_steps(*args: object, **kwargs: object) -> object:
        while not release:  # a count that goes on until the test lets it finish
            steps.append(1)
            yield
        return (yield from real(*args, **kwargs))  # type: ignore[arg-type]

    monkeypatch.setattr(stats, "summary_steps", slow_steps)
    window = make_window()
    qtbot.waitUntil(lambda: len(steps) > 100)
    # The count is still running, a step at a time, yet the window moves to another question and shows it.
    last = list(bundled.questions())[-1]
    assert window.navigation.select_node(last.id)
    qtbot.wait(50)
    assert last.prompt.paragraphs[0].text[:10] in window.pane.toPlainText()
    assert not window.speaker_filter.bars
    assert "minute" not in window.statusBar().currentMessage()
    counted_before = len(steps)
    qtbot.wait(100)
    assert len(steps) == counted_before  # no step while the reader has just moved (gui/activity.QUIET_MS)
    qtbot.waitUntil(lambda: len(steps) > counted_before, timeout=3000)  # then it goes on between events
    release.append(True)
    qtbot.waitUntil(lambda: bool(window.speaker_filter.bars))
    assert set(window.speaker_filter.bars) == {"T前线", "宋东桓", "薛彦泽"}
    assert "minute" in window.statusBar().currentMessage()


def _record_background_work(monkeypatch, pane_painted: list[bool]) -> list[tuple[str, bool]]:
    """Each start of the speakers' count and of the search's preparation, and whether the pane had painted."""
    from desktop_app.domain import stats  # the counter imports it when a count starts
    from desktop_app.domain.search import TranscriptIndex

    started: list[tuple[str, bool]] = []
    real_steps, real_making = stats.summary_steps, TranscriptIndex.making

    def summary_steps(*args: object, **kwargs: object) -> object:
        started.append(("count", bool(pane_painted)))
        return (yield from real_steps(*args, **kwargs))  # type: ignore[arg-type]

    def making(*args: object, **kwargs: object) -> object:
        started.append(("index", bool(pane_painted)))
        return (yield from real_making(*args, **kwargs))  # type: ignore[arg-type]

    monkeypatch.setattr(stats, "summary_steps", summary_steps)
    monkeypatch.setattr(TranscriptIndex, "making", making)
    return started


def test_the_shares_and_the_search_index_wait_for_the_first_paint(qtbot, tmp_path: Path, monkeypatch) -> None:
    # The count and the index's thread take their time: the first screen must not wait on them.
    painted: list[bool] = []
    started = _record_background_work(monkeypatch, painted)
    window, error = build_window(str(paths.bundled_transcript()), tmp_path / "data", [])
    qtbot.addWidget(window)
    assert error is None
    window.pane.painted.connect(lambda: painted.append(True))
    qtbot.wait(50)
    assert started == []  # not shown yet, so nothing painted: nothing started
    window.show()
    qtbot.waitUntil(lambda: {name for name, _ in started} == {"count", "index"})
    assert all(after_paint for _, after_paint in started)
    qtbot.waitUntil(lambda: bool(window.speaker_filter.bars))
    assert set(window.speaker_filter.bars) == {"T前线", "宋东桓", "薛彦泽"}
    assert "minute" in window.statusBar().currentMessage()
    window.start_search()
    window.search_panel.field.setText("好莱坞")
    window.search_panel.emit_query()
    assert window.search.results is not None and len(window.search.results) > 0
    window.close()
    window.store.close()


def test_shares_counted_for_the_picture_are_not_counted_again(qtbot, tmp_path: Path, monkeypatch) -> None:
    painted: list[bool] = []
    started = _record_background_work(monkeypatch, painted)
    window, _ = build_window(str(paths.bundled_transcript()), tmp_path / "data", [])
    qtbot.addWidget(window)
    window.pane.painted.connect(lambda: painted.append(True))
    window.show_stats()  # as --screenshot does before its picture: counted now, on this thread
    assert set(window.speaker_filter.bars) == {"T前线", "宋东桓", "薛彦泽"}
    window.show()
    qtbot.waitUntil(lambda: any(name == "index" for name, _ in started))
    qtbot.wait(100)
    assert [name for name, _ in started].count("count") == 1
    window.close()
    window.store.close()


def _big_transcript(folder: Path, copies: int = 60) -> Path:
    """The bundled interview with its sections repeated: 360 sections, past the tree's LAZY_ABOVE."""
    text = paths.bundled_transcript().read_text(encoding="utf-8")
    at = text.index("\n## ")
    head, sections = text[:at], text[at:].rstrip("\n") + "\n"
    body = "".join(sections.replace("\n## ", f"\n## ({n}) ") for n in range(1, copies + 1))
    path = folder / "big.md"
    path.write_text(head + body, encoding="utf-8")
    return path


def _what_is_seen(window) -> tuple[int, list[str], str, str]:
    """The tree's top rows (how many, the first titles), the current row's id and the pane's text."""
    model = window.tree.model()
    titles = [model.index(r, 0).data() for r in range(min(model.rowCount(), 4))]
    return model.rowCount(), titles, window.tree.currentIndex().data(NodeIdRole), window.pane.toPlainText()


def test_a_big_transcript_opens_the_same_parsed_from_its_cache_and_with_a_damaged_cache(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from desktop_app.gui.tree_model import LAZY_ABOVE
    from desktop_app.storage import transcript_cache

    path = _big_transcript(tmp_path)
    data = tmp_path / "data"
    parsed = load_transcript(path)
    assert len(parsed.sections) > LAZY_ABOVE
    first = next(parsed.questions())
    answer = first.answers[0].paragraphs[0].text

    def open_window() -> tuple[int, list[str], str, str]:
        later: list[Callable[[], None]] = []
        window, error = build_window(str(path), data, later)
        qtbot.addWidget(window)
        assert error is None
        seen = _what_is_seen(window)
        for call in later:
            call()
        steps.finish_all()  # the parse kept whole before the window closes (as --screenshot does)
        assert window.transcript == parsed
        window.close()
        window.store.close()
        return seen

    rows, titles, current, text = open_window()
    assert rows == 1 + len(parsed.sections)  # the preface, then every section
    assert titles[1:3] == [parsed.sections[0].title, parsed.sections[1].title]
    assert titles[1].startswith("(1) 开篇")
    assert current == first.id == "s1-q1"
    assert first.prompt.paragraphs[0].text[:12] in text and answer[:20] in text

    kept = cache_path(data / "cache", path.read_bytes())
    assert kept.exists()

    def no_parse(*_args: object) -> None:
        raise AssertionError("parsed again although the data folder keeps the parse")

    with monkeypatch.context() as patched:
        patched.setattr(transcript_cache, "parse_transcript", no_parse)
        assert open_window() == (rows, titles, current, text)  # from the cache: the same rows and text

    blob = bytearray(kept.read_bytes())
    blob[len(blob) // 2] ^= 0xFF  # a damaged cache: parsed again, shown the same
    kept.write_bytes(bytes(blob))
    parses: list[object] = []
    real_parse = transcript_cache.parse_transcript
    with monkeypatch.context() as patched:
        patched.setattr(
            transcript_cache, "parse_transcript", lambda *a, **k: parses.append(a) or real_parse(*a, **k)
        )
        assert open_window() == (rows, titles, current, text)
    assert len(parses) == 1


def test_a_long_transcript_opened_the_first_time_shows_its_first_question_and_counts_later(
    qtbot, tmp_path: Path, scaled_text: Callable[[int], str]
) -> None:
    from desktop_app.domain.model import LazySection
    from desktop_app.domain.parser import parse_transcript

    text = scaled_text(60)  # 360 sections: the tree makes its question rows as they are shown
    path = tmp_path / "long.md"
    path.write_text(text, encoding="utf-8")
    data = tmp_path / "data"  # a new data folder: nothing kept, the file is parsed
    later: list[Callable[[], None]] = []
    window, error = build_window(str(path), data, later)
    qtbot.addWidget(window)
    assert error is None
    unmade = [s for s in window.transcript.sections if isinstance(s, LazySection) and not s.made]
    assert len(unmade) > 300  # the first question needed few of them
    assert window.progress_label.text() == ""  # the questions are counted after the first paint
    painted: list[bool] = []
    window.pane.painted.connect(lambda: painted.append(True))
    window.show()
    qtbot.waitUntil(lambda: bool(painted))
    assert window.tree.currentIndex().data(NodeIdRole) == "s1-q1"
    assert "Sora真正厉害在哪里?" in window.pane.toPlainText()
    whole = parse_transcript(text, str(path), lazy=False)
    counted = f"Question 1 of {whole.question_count} · 0% read"
    qtbot.waitUntil(lambda: window.progress_label.text() == counted)
    for call in later:  # after the first paint: the parse kept, a section per step
        call()
    qtbot.waitUntil(cache_path(data / "cache", path.read_bytes()).exists)
    assert window.transcript == whole
    window.close()
    window.store.close()


def test_thousands_of_made_sections_are_summed_in_steps_not_by_the_first_switch(
    qtbot, make_window, scaled_text: Callable[[int], str]
) -> None:
    # Every section made and sized, but 300 of them: summing them all at the first switch took 40-60 ms
    # at 6,000 sections. The window counts in steps after its paint; a switch meanwhile does not sum.
    from desktop_app.domain.parser import parse_transcript

    whole = parse_transcript(scaled_text(50), "long.md", lazy=False)
    assert len(whole.sections) == 300 and not whole.counted
    window = make_window(transcript=whole)
    window.navigation.select_node("s2-q1")
    assert len(whole._before) < len(whole.sections)  # not summed by the switch
    number = [q.id for q in whole.questions()].index("s2-q1") + 1
    counted = f"Question {number} of {len(list(whole.questions()))} · "
    qtbot.waitUntil(lambda: window.progress_label.text().startswith(counted))
    assert whole.counted


def test_a_screenshot_of_a_long_transcript_shows_its_place_counted(
    qtbot, qapp, tmp_path: Path, scaled_text: Callable[[int], str]
) -> None:
    # 300 sections are summed in steps after the paint; the picture shows the place as a reader sees it a
    # moment later ("Question 1 of N"), as it shows the speakers' shares.
    from desktop_app.gui.launch import save_screenshot

    path = tmp_path / "long.md"
    path.write_text(scaled_text(50), encoding="utf-8")
    later: list[Callable[[], None]] = []
    window, error = build_window(str(path), tmp_path / "data", later)
    qtbot.addWidget(window)
    assert error is None and len(window.transcript.sections) == 300
    assert save_screenshot(qapp, window, str(tmp_path / "shot.png")) == 0
    questions = len(list(window.transcript.questions()))
    assert window.progress_label.text() == f"Question 1 of {questions} · 0% read"
    window.close()
    window.store.close()


def test_the_window_takes_the_interpreter_lock_back_from_a_computing_thread_within_1_ms(qapp) -> None:
    """A thread running Python (the search's preparation) kept the lock up to CPython's 5 ms each time the
    window's thread called into Python (a row painted, a slot, a timer): after opening the 1,000× transcript
    the window did not answer for over half a second (benchmarks: "longest the window does not answer")."""
    import gc
    import sys

    from desktop_app.gui.launch import SWITCH_INTERVAL_S, YOUNG_COLLECTION_THRESHOLD, application

    before, thresholds = sys.getswitchinterval(), gc.get_threshold()
    try:
        sys.setswitchinterval(0.005)
        gc.set_threshold(700, 10, 10)  # CPython's
        assert application() is qapp  # the process's window application: the same, set up for a window
        assert sys.getswitchinterval() == SWITCH_INTERVAL_S <= 0.001
        # and fewer collections: a full one walks every object of a 1,000× transcript (40-90 ms)
        assert gc.get_threshold() == (YOUNG_COLLECTION_THRESHOLD, 10, 10)
    finally:
        sys.setswitchinterval(before)
        gc.set_threshold(*thresholds)


def test_the_parse_is_kept_only_while_the_reader_does_not_move(qtbot, tmp_path: Path) -> None:
    """Keeping a 1,000-section parse is three steps of ~60 ms at its end: not in the middle of a switch."""
    window, _path, later, kept = first_open(qtbot, tmp_path)
    window.navigation.select_node("s2-q1")  # the reader moves before the work put off begins
    for call in later:
        call()
    qtbot.wait(150)
    assert not kept.exists()  # held: the reader moved less than gui/activity.QUIET_MS ago
    qtbot.waitUntil(kept.exists, timeout=3000)  # then kept
    assert window.activity.idle
    window.close()
    window.store.close()
