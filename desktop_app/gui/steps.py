"""Long work done a few steps per turn of the event loop, so the window keeps answering.

The work is a generator that yields between steps (``transcript_cache.Keeping.steps``,
``stats.summary_steps``): each turn runs steps for about SLICE_MS, then lets the event loop paint and take
input. What the generator returns is handed to ``then``. On the GUI thread, not in a worker: a Python
thread counting beside it took the interpreter lock from the window at every call into Python.

Given the window's ReaderActivity, no step runs while the reader moves (a question chosen, the page
scrolled, QUIET_MS after): at 1,000 sections the speakers' count ran a slice in the same turn as each
question switch, and a switch took 24 ms instead of 15.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Generator, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from shiboken6 import isValid

from desktop_app.gui.activity import ReaderActivity
from desktop_app.gui.turns import NextTurn

SLICE_MS = 20.0  # as the long paragraph's slices (pane_tail): no turn is a freeze a reader would feel
HELD_MS = 50  # while the reader moves, how often held work looks again whether they stopped


# The works with steps left, in turn. One timer runs one slice of one of them per turn of the event loop:
# each with a timer of its own, the search's preparation and the two counts ran a slice each in the same
# turn after a 1,000-section transcript opened, and the window did not answer for their sum (60-75 ms).
_active: deque[Steps] = deque()


def _next_turn() -> None:
    """A slice of the next work in turn that the reader's moves do not hold; then the timer again."""
    ran = False
    try:
        for _ in range(len(_active)):
            work = _active.popleft()
            if not isValid(work) or work.done:
                continue  # ended, cancelled, or gone with its parent
            _active.append(work)  # its next slice after the others'
            if work.held:
                continue
            ran = True
            try:
                work._turn()
            except BaseException:
                work.cancel()  # a work that failed does not run again; the others go on
                raise
            break
    finally:
        if any(isValid(work) and not work.done for work in _active):
            _turn.start(0 if ran else HELD_MS)
        else:
            _active.clear()


_turn = NextTurn(_next_turn)  # runs a slice while works have steps left


def _queue(work: Steps) -> None:
    _active.append(work)
    _turn.ensure()


class Steps(QObject):
    """Runs ``steps`` from the event loop, SLICE_MS at a time, until it is exhausted."""

    def __init__(
        self,
        steps: Iterator[None] | Generator[None, None, Any],
        slice_ms: float = SLICE_MS,
        then: Callable[[Any], None] | None = None,
        parent: QObject | None = None,
        activity: ReaderActivity | None = None,
    ) -> None:
        # With a parent, the work ends with it; without, it lasts the process.
        super().__init__(parent if parent is not None else QCoreApplication.instance())
        self._steps: Iterator[None] | None = steps
        self._then = then
        self._slice = slice_ms / 1000
        self._activity = activity
        _queue(self)

    @property
    def done(self) -> bool:
        """Whether every step has run (or the work was cancelled)."""
        return self._steps is None

    @property
    def held(self) -> bool:
        """Whether the reader is moving, so that no step runs now."""
        return self._activity is not None and not self._activity.idle

    def cancel(self) -> None:
        """Not wanted any more: no step runs again, ``then`` is not called."""
        if self._steps is not None:
            self._end()

    def finish(self) -> None:
        """Run every step left now (``then`` is called)."""
        while not self.done:
            self._turn(until=float("inf"))

    def _turn(self, until: float | None = None) -> None:
        steps = self._steps
        if steps is None:
            return
        end = time.perf_counter() + self._slice if until is None else until
        try:
            while True:
                next(steps)
                if time.perf_counter() >= end:
                    return
        except StopIteration as finished:
            result = finished.value
        self._end()
        if self._then is not None:
            self._then(result)

    def _end(self) -> None:
        self._steps = None
        self.deleteLater()


def in_steps(steps: Iterator[None], activity: ReaderActivity | None = None) -> Steps:
    """Start running ``steps`` from the event loop (see Steps), held while ``activity``'s reader moves."""
    return Steps(steps, activity=activity)


def finish_all() -> None:
    """Run what is left of every work started without a parent (a process about to end without its loop)."""
    app = QCoreApplication.instance()
    if app is not None:
        for work in app.findChildren(Steps):
            work.finish()
