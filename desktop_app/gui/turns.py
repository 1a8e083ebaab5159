"""One timer that runs a call at a later turn of the event loop: for work queued at module level.

``gui/after_paint.py`` and ``gui/steps.py`` each run one piece of their queued work per turn from such a
timer. It has no parent (it outlives the windows) and is made when first started, once Qt's application
exists; it fires only while something is queued.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer


class NextTurn:
    """Runs ``call`` once at a later turn of the event loop each time it is started."""

    def __init__(self, call: Callable[[], None]) -> None:
        self._call = call
        self._timer: QTimer | None = None

    def start(self, ms: int = 0) -> None:
        """Run ``call`` after ``ms`` milliseconds (0: at the next turn), in place of a start still waiting."""
        if self._timer is None:
            self._timer = QTimer()
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._call)
        self._timer.start(ms)

    def ensure(self) -> None:
        """Run ``call`` at the next turn unless a start is already waiting."""
        if self._timer is None or not self._timer.isActive():
            self.start()
