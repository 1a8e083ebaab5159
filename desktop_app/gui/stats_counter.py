"""The speakers' shares and the reading time, counted a piece at a time so the window keeps answering.

Counting every character of a 1,000-section transcript takes most of a second (a 50 MB paragraph about
as long); in one go on the GUI thread that froze the window just after it appeared. In a worker thread
it took the interpreter lock from the window at every call into Python: a question switch took half a
second to over a second while it counted. So it runs on the GUI thread in steps (``stats.summary_steps``
driven by gui/steps.py, ~20 ms per turn of the event loop), from the window's first paint on
(``start_after``).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, SignalInstance

from desktop_app.domain.model import Transcript
from desktop_app.gui.activity import ReaderActivity
from desktop_app.gui.after_paint import AfterPaint
from desktop_app.gui.slots import Call
from desktop_app.gui.steps import Steps

if TYPE_CHECKING:  # the count's module is imported when a count starts, after the first paint
    from desktop_app.domain.stats import Summary

# Shorter turns than the default: the count runs while the reader starts reading, and each turn of it
# delays whatever the reader does meanwhile (a question switch) by up to this long.
SLICE_MS = 8.0


class StatsCounter(QObject):
    """Counts one transcript's figures at a time, in the background or (``now``) while the caller waits."""

    counted = Signal(object, object)  # the Transcript counted, its Summary (on the GUI thread)

    def __init__(
        self, cache_dir: Path, parent: QObject | None = None, activity: ReaderActivity | None = None
    ) -> None:
        super().__init__(parent)
        self._cache_dir = cache_dir
        self._activity = activity  # the count waits while the reader moves
        self._running: tuple[Transcript, Steps] | None = None
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
        """Count ``transcript``'s figures between the window's events; ``counted`` is emitted when ready."""
        if self._running is not None:
            self._running[1].cancel()  # the figures of a transcript no longer shown
        from desktop_app.domain.stats import summary_steps

        counting = summary_steps(transcript, self._cache_dir)
        then = functools.partial(self._counted_now, transcript)
        steps = Steps(counting, SLICE_MS, then, parent=self, activity=self._activity)
        self._running = (transcript, steps)

    def now(self, transcript: Transcript) -> Summary:
        """``transcript``'s figures at once: the running count's when it is counting this one, finished."""
        running = self._running
        if running is not None and running[0] is transcript:
            running[1].finish()  # emits ``counted`` and remembers the figures
        counted = self._counted
        if counted is None or counted[0] is not transcript:
            from desktop_app.domain.stats import summary_steps
            from desktop_app.domain.stepping import run_through

            counted = self._counted = (transcript, run_through(summary_steps(transcript, self._cache_dir)))
        return counted[1]

    def _counted_now(self, transcript: Transcript, figures: Summary) -> None:
        if self._running is not None and self._running[0] is transcript:
            self._running = None
        self._counted = (transcript, figures)
        self.counted.emit(transcript, figures)
