"""Work that waits for a widget's first paint: what the first screen does not need comes after it.

A zero-timer is not enough: on X11 (and under ``--screenshot``'s event processing) it can fire before the
window's first expose and paint, so the deferred work would still delay what the reader sees first. The
widget says when it has painted (a signal from its ``paintEvent``; an event filter on it is not safe, since
Qt sends a widget being destroyed events a Python filter would be handed).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, SignalInstance

FALLBACK_MS = 500  # a widget never painted (a hidden window) gets the work done anyway


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
        if self._call is not None:
            self._timer.start(0)  # once the paint is done: the next turn of the event loop

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
