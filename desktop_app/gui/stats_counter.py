"""The speakers' shares and the reading time, counted in a worker thread so the window keeps answering.

Counting every character of a 1,000-section transcript takes most of a second (a 50 MB paragraph about
as long); on the GUI thread that froze the window just after it appeared. The thread reads only the
immutable Transcript and hands the plain Summary back through a queued signal. The regular expressions
hold the interpreter lock for one piece of text at a time (stats.PIECE characters), so the GUI thread
gets its turn between pieces. Even so, each Qt call that lets go of the lock waits for the counting
thread to hand it back: the count starts after the window's first paint (``start_after``), not before.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, SignalInstance

from desktop_app.domain.model import Transcript
from desktop_app.domain.stats import Summary, summary
from desktop_app.gui.after_paint import AfterPaint
from desktop_app.gui.slots import Call


class StatsCounter(QObject):
    """Counts one transcript's figures at a time, in the background or (``now``) while the caller waits."""

    counted = Signal(object, object)  # the Transcript counted, its Summary (on the GUI thread)

    def __init__(self, cache_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache_dir = cache_dir
        self._running: tuple[Transcript, threading.Thread, list[Summary]] | None = None
        self._waiting: AfterPaint | None = None
        self._counted: tuple[Transcript, Summary] | None = None  # the last figures counted while waited for

    def start_after(self, painted: SignalInstance, transcript: Transcript) -> None:
        """``start`` once ``painted`` is next emitted (the window's first paint comes first)."""
        if self._waiting is not None:
            self._waiting.cancel()  # a transcript opened before the previous one was painted
        if self._counted is not None and self._counted[0] is not transcript:
            self._counted = None  # the figures of a transcript no longer shown: let it go
        self._waiting = AfterPaint(painted, self, Call(self._start_waited, transcript))

    def _start_waited(self, transcript: Transcript) -> None:
        self._waiting = None
        counted = self._counted
        if counted is None or counted[0] is not transcript:  # not already counted by ``now``
            self.start(transcript)

    def start(self, transcript: Transcript) -> None:
        """Count ``transcript``'s figures in a worker thread; ``counted`` is emitted when they are ready."""
        result: list[Summary] = []
        thread = threading.Thread(
            target=self._count, args=(transcript, result), name="interview-reader-stats", daemon=True
        )
        self._running = (transcript, thread, result)
        thread.start()

    def now(self, transcript: Transcript) -> Summary:
        """``transcript``'s figures at once: the running count's when it is counting this one, waited for."""
        running = self._running
        if running is not None and running[0] is transcript:
            running[1].join()
            if running[2]:
                return running[2][0]
        counted = self._counted
        if counted is None or counted[0] is not transcript:
            counted = self._counted = (transcript, summary(transcript, self._cache_dir))
        return counted[1]

    def _count(self, transcript: Transcript, result: list[Summary]) -> None:
        result.append(summary(transcript, self._cache_dir))
        # Queued to the GUI thread, where the receiver lives; a window deleted meanwhile has no one to tell.
        with contextlib.suppress(RuntimeError):
            self.counted.emit(transcript, result[0])
