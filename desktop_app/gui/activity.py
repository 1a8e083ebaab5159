"""Whether the reader is at work: background threads wait at their checkpoints while they are.

Right after a 13.6 MB transcript opens, the search's preparation (its texts folded, its index built, two
to three seconds in a thread) shared the interpreter and its collector with the window: question switches
took up to 0.4 s instead of 40 ms. The window says when the reader moves or scrolls (``touch``); for
QUIET_MS after that, work that checks ``pause`` (a ``domain.search.Pause``) waits, then goes on.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QTimer

QUIET_MS = 400  # the reader is taken to be idle this long after their last move
MAX_WAIT_S = 2.0  # one checkpoint waits at most this long: under a reader who never stops, work still ends
_POLL_S = 0.02  # how often a waiting worker looks at its hurry flag


class ReaderActivity(QObject):
    """Set busy by ``touch`` (the GUI thread), idle QUIET_MS later; ``pause`` is for worker threads."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = threading.Event()
        self._idle.set()
        self._own_thread = threading.get_ident()  # the window's: it is never held (nothing would end it)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(QUIET_MS)
        self._timer.timeout.connect(self._idle.set)

    @property
    def idle(self) -> bool:
        """True when the reader has not moved for QUIET_MS."""
        return self._idle.is_set()

    def touch(self, *_: object) -> None:
        """The reader moved (a question chosen, the page scrolled): background work waits a while."""
        self._idle.clear()
        self._timer.start()

    def settle(self) -> None:
        """Taken as idle from now on (a transcript just shown: its own first question is no move)."""
        self._timer.stop()
        self._idle.set()

    def pause(self, hurry: threading.Event) -> None:
        """From a worker thread: return once the reader is idle, ``hurry`` is set, or MAX_WAIT_S passed.

        On the window's own thread (an index made there when no preparation was under way) it returns at
        once: the timer that ends the reader's activity runs on that thread.
        """
        if self._idle.is_set() or hurry.is_set() or threading.get_ident() == self._own_thread:
            return
        deadline = time.monotonic() + MAX_WAIT_S
        while not hurry.is_set() and not self._idle.wait(_POLL_S) and time.monotonic() < deadline:
            pass
