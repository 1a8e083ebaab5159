"""Background work waits while the reader is at work: the search's preparation stops at its checkpoints
for QUIET_MS after each move (right after a big transcript opened it slowed question switches down)."""

from __future__ import annotations

import threading

from desktop_app.gui.activity import ReaderActivity


def pausing_thread(activity: ReaderActivity, hurry: threading.Event) -> threading.Thread:
    thread = threading.Thread(target=activity.pause, args=(hurry,), name="worker")
    thread.start()
    return thread


def test_a_worker_waits_while_the_reader_moves_and_goes_on_once_they_stop(qtbot) -> None:
    activity = ReaderActivity()
    assert activity.idle
    pausing_thread(activity, threading.Event()).join(5)  # idle: the checkpoint lets it through
    activity.touch()
    assert not activity.idle
    worker = pausing_thread(activity, threading.Event())
    qtbot.wait(100)
    assert worker.is_alive()  # held while the reader is at work
    activity.touch()  # they move again: still held
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=3000)
    assert activity.idle


def test_a_hurried_worker_is_not_held(qtbot) -> None:
    activity = ReaderActivity()
    activity.touch()
    hurry = threading.Event()
    worker = pausing_thread(activity, hurry)
    qtbot.wait(50)
    assert worker.is_alive()
    hurry.set()  # the window waits for this work now
    worker.join(2)
    assert not worker.is_alive()
    assert not activity.idle


def test_the_windows_own_thread_is_never_held(qtbot) -> None:
    activity = ReaderActivity()
    activity.touch()
    activity.pause(threading.Event())  # returns: nothing on this thread could end the wait
    assert not activity.idle


def test_choosing_a_question_holds_the_search_preparation_a_while(make_window, qtbot) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.search.activity.idle, timeout=3000)
    window.navigation.select_node("s2-q1")
    assert not window.search.activity.idle
    window.pane.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: window.search.activity.idle, timeout=3000)
    window.pane.verticalScrollBar().setValue(window.pane.verticalScrollBar().maximum())  # scrolling too
    assert not window.search.activity.idle


def test_the_preparation_runs_between_events_held_while_the_reader_moves_and_closing_writes_nothing(
    make_window, qtbot, data_dir, scaled_text
) -> None:
    # Its Python work runs as steps of the window's own event loop (a thread of it took the interpreter
    # from the window): held while the reader moves, and dropped, before its index is built, by closing.
    from desktop_app.domain.parser import parse_transcript
    from desktop_app.gui.searching import index_path

    long = parse_transcript(scaled_text(40), "long.md")  # 360 questions: many steps
    window = make_window(transcript=long)
    search = window.search
    before = set(threading.enumerate())
    search.set_transcript(long)  # as opening does: the preparation waits for the paint
    assert search._prepare is not None
    search._prepare.run()  # the first paint came: the steps start at the next turn of the event loop
    preparing = search._preparing
    assert preparing is not None and not preparing.done
    assert set(threading.enumerate()) <= before  # no thread gathers the texts
    window.navigation.select_node("s2-q1")  # the reader moves on: the steps wait
    qtbot.wait(30)
    assert search._preparing is preparing and not preparing.done
    search.close()  # another transcript, or the window closing, while it is held
    assert search._preparing is None
    qtbot.wait(300)
    assert search._index is None
    assert not index_path(data_dir, long).exists()  # nothing was built, nothing written


def test_a_search_after_the_preparation_ended_no_longer_holds_its_build_for_the_reader(
    make_window, qtbot
) -> None:
    # The steps may end before the first search; the index's build in its thread still waits at its
    # checkpoints while the reader moves, until a search asks for the index.
    window = make_window()
    search = window.search
    qtbot.waitUntil(lambda: search._index is not None, timeout=5000)
    assert not search._index._hurry.is_set()
    window.search_panel.field.setText("翻车")
    window.search_panel.emit_query()
    assert search._index._hurry.is_set()


def test_the_preparation_ends_in_an_index_the_next_search_uses(make_window, qtbot, data_dir, bundled) -> None:
    from desktop_app.gui.searching import index_path

    window = make_window()
    search = window.search
    qtbot.waitUntil(lambda: search._index is not None, timeout=5000)  # its steps ran out: the index made
    assert search._index.wait_ready(30) and search._index.cached
    assert index_path(data_dir, bundled).exists()
    window.search_panel.field.setText("翻车")
    qtbot.waitUntil(lambda: search.results is not None and len(search.results) > 0, timeout=3000)
    assert search.results[0].text[search.results[0].start : search.results[0].end] == "翻车"


def test_the_preparation_starts_unheld_after_the_first_paint(make_window) -> None:
    # The transcript's own first question, shown as it opens, is not the reader at work: a search right
    # after opening should find the preparation done, not held for QUIET_MS.
    window = make_window()
    search = window.search
    search.set_transcript(window.transcript)  # as opening does: the preparation waits for the paint
    window.navigation.select_node("s1-q1")  # the opening's own move
    assert not search.activity.idle and search._prepare is not None
    search._prepare.run()  # the first paint came
    assert search.activity.idle and search._preparing is not None
