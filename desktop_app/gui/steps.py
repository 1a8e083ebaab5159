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
from collections.abc import Callable, Generator, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop_app.gui.activity import ReaderActivity

SLICE_MS = 20.0  # as the long paragraph's slices (pane_tail): no turn is a freeze a reader would feel
HELD_MS = 50  # while the reader moves, how often held work looks again whether they stopped


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
        # With a parent, the work ends with it (its timer goes with it); without, it lasts the process.
        super().__init__(parent if parent is not None else QCoreApplication.instance())
        self._steps: Iterator[None] | None = steps
        self._then = then
        self._slice = slice_ms / 1000
        self._activity = activity
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)
        self._timer.start()

    @property
    def done(self) -> bool:
        """Whether every step has run."""
        return self._steps is None

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
        if until is None and self._activity is not None:
            held = not self._activity.idle
            self._timer.setInterval(HELD_MS if held else 0)
            if held:
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
        self._timer.stop()
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
