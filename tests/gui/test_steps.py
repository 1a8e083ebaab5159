"""Long work a few steps per turn of the event loop: the window's own events run between the turns."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QTimer

from desktop_app.gui import steps


def counting(log: list[str], count: int) -> Iterator[None]:
    for i in range(count):
        log.append(f"step {i}")
        yield


def test_other_events_run_between_the_turns(qtbot) -> None:
    log: list[str] = []
    work = steps.Steps(counting(log, 4), slice_ms=0)  # one step per turn
    QTimer.singleShot(0, lambda: log.append("the window answers"))
    assert log == []  # nothing runs before the event loop does
    qtbot.waitUntil(lambda: work.done)
    assert log.index("the window answers") < log.index("step 3")
    assert [e for e in log if e.startswith("step")] == [f"step {i}" for i in range(4)]


def test_finish_all_runs_what_is_left_at_once(qapp) -> None:
    log: list[str] = []
    first, second = steps.in_steps(counting(log, 3)), steps.Steps(counting(log, 2), slice_ms=0)
    steps.finish_all()  # what --screenshot does before the process ends without its event loop
    assert first.done and second.done
    assert sorted(log) == ["step 0", "step 0", "step 1", "step 1", "step 2"]


def returning(log: list[str]) -> object:
    log.append("step")
    yield
    return "the figures"


def test_what_the_work_returns_is_handed_on_and_a_cancelled_work_hands_nothing(qtbot) -> None:
    got: list[object] = []
    steps.Steps(returning([]), then=got.append)
    qtbot.waitUntil(lambda: got == ["the figures"])
    log: list[str] = []
    cancelled = steps.Steps(counting(log, 10**9), slice_ms=0, then=got.append)
    qtbot.waitUntil(lambda: len(log) >= 2)
    cancelled.cancel()
    seen = len(log)
    qtbot.wait(30)
    assert len(log) == seen and got == ["the figures"]


def test_no_step_runs_while_the_reader_moves_and_the_work_goes_on_once_they_stop(qtbot) -> None:
    from desktop_app.gui.activity import ReaderActivity

    reader = ReaderActivity()
    reader.touch()  # a question just chosen
    log: list[str] = []
    work = steps.Steps(counting(log, 3), slice_ms=0, activity=reader)
    qtbot.wait(100)  # turns of the event loop while the reader moves: each finds them at work
    assert log == [] and not work.done
    qtbot.waitUntil(lambda: work.done, timeout=3000)  # QUIET_MS after the last move
    assert reader.idle and log == ["step 0", "step 1", "step 2"]


def test_a_held_work_still_finishes_at_once_when_asked(qapp) -> None:
    from desktop_app.gui.activity import ReaderActivity

    reader = ReaderActivity()
    reader.touch()
    log: list[str] = []
    work = steps.Steps(counting(log, 2), activity=reader)
    work.finish()  # --screenshot, or the figures asked for now: the reader waits for them anyway
    assert work.done and log == ["step 0", "step 1"]


def test_works_take_turns_one_slice_per_turn_of_the_event_loop(qtbot) -> None:
    # The search's preparation and the two counts each ran a slice in the same turn after a big
    # transcript opened, and the window waited for their sum: now one slice of one work per turn.
    turns = [0]
    beat = QTimer()
    beat.setInterval(0)
    beat.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    ran: list[tuple[str, int]] = []

    def work(name: str, count: int) -> Iterator[None]:
        for _ in range(count):
            ran.append((name, turns[0]))
            yield

    beat.start()
    first, second = steps.Steps(work("a", 5), slice_ms=0), steps.Steps(work("b", 5), slice_ms=0)
    qtbot.waitUntil(lambda: first.done and second.done)
    beat.stop()
    assert [name for name, _ in ran[:6]] == ["a", "b", "a", "b", "a", "b"]  # in turn
    at = [turn for _, turn in ran]
    assert len(set(at)) == len(at)  # never two slices between two beats of the window's events


def test_a_work_that_fails_ends_and_the_others_go_on(qtbot) -> None:
    def failing() -> Iterator[None]:
        yield
        raise ValueError("a bug in one count")

    log: list[str] = []
    with qtbot.captureExceptions() as raised:
        broken = steps.Steps(failing(), slice_ms=0)
        other = steps.Steps(counting(log, 5), slice_ms=0)
        qtbot.waitUntil(lambda: other.done)
    assert [kind for kind, *_ in raised] == [ValueError]  # said, once
    assert broken.done and len(log) == 5
