"""Work that waits for a widget's first paint: what the first screen does not need comes after it.

A zero-timer is not enough: on X11 (and under ``--screenshot``'s event processing) it can fire before the
window's first expose and paint, so the deferred work would still delay what the reader sees first. The
widget says when it has painted (a signal from its ``paintEvent``; an event filter on it is not safe, since
Qt sends a widget being destroyed events a Python filter would be handed).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, SignalInstance
from shiboken6 import isValid

from desktop_app.gui.turns import NextTurn

FALLBACK_MS = 500  # a widget never painted (a hidden window) gets the work done anyway

# The works whose paint came, in order, each run in a turn of the event loop of its own: run together,
# the first paint's eight (the panel filled, the counts and the search's preparation started, the daily
# backup...) kept the window from answering for their sum (40-130 ms after opening the 1,000× transcript).
_ready: deque[AfterPaint] = deque()


def _next_turn() -> None:
    while _ready:
        work = _ready.popleft()
        if work._call is not None and isValid(work):  # not cancelled, run, nor gone with its owner
            work.run()
            break
    if _ready:
        _turn.start()


_turn = NextTurn(_next_turn)  # runs the next of them


def _queue(work: AfterPaint) -> None:
    _ready.append(work)
    _turn.ensure()


class AfterPaint(QObject):
    """Runs ``call`` once, from the event loop after ``painted`` is next emitted (or after FALLBACK_MS)."""

    def __init__(self, painted: SignalInstance, owner: QObject, call: Callable[[], None]) -> None:
        super().__init__(owner)  # goes with the owner, and with it its timer and its connection
        self._call: Callable[[], None] | None = call
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run)
        self._timer.start(FALLBACK_MS)
        painted.connect(self._on_painted)

    def _on_painted(self) -> None:
        if self._call is not None and self not in _ready:
            self._timer.stop()
            _queue(self)  # once the paint is done: a later turn of the event loop, one work per turn

    def cancel(self) -> None:
        """Not wanted any more (another transcript, or closing): the work is never done."""
        if self._call is not None:
            self._call = None
            self._timer.stop()
            self.deleteLater()

    def run(self) -> None:
        """Do the work now (once): the paint came, the fallback time passed, or a user action needs it."""
        call, self._call = self._call, None
        if call is None:
            return
        self._timer.stop()
        self.deleteLater()
        call()
