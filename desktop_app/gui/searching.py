"""Search in the window: one index per transcript, the results, and stepping through them."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from desktop_app.domain.annotations import EntryKind, Highlight, QuestionNote
from desktop_app.domain.model import PREFACE_ID, Transcript
from desktop_app.domain.search import Hit, Scope, SearchResults, TranscriptIndex
from desktop_app.gui.activity import ReaderActivity
from desktop_app.gui.after_paint import AfterPaint
from desktop_app.gui.answer_pane import AnswerPane
from desktop_app.gui.library_search import LIBRARY_SCOPE
from desktop_app.gui.search_panel import SearchPanel
from desktop_app.gui.steps import Steps


def index_path(data_dir: Path, transcript: Transcript) -> Path:
    """Where the search index of ``transcript`` is cached (rebuilt when its content changes)."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", transcript.id)[:80]
    return data_dir / "search" / f"{safe}.sqlite"


class Search(QObject):
    """Runs the panel's queries against the transcript and the notes; shows the chosen match."""

    def __init__(
        self,
        panel: SearchPanel,
        pane: AnswerPane,
        go_to: Callable[[str], bool],
        data_dir: Path,
        activity: ReaderActivity,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._panel = panel
        self._pane = pane
        self._go_to = go_to  # select a node (question, section, preface) in the window
        self._data_dir = data_dir
        self._transcript: Transcript | None = None
        self._index: TranscriptIndex | None = None
        self._hidden: frozenset[str] = frozenset()
        self._notes: list[Highlight | QuestionNote] = []
        self.results: SearchResults | None = None
        self.current = -1
        self._query = ("", str(Scope.ALL))
        # Counting a scan's matches waits until the first rows are painted.
        self._counter = QTimer(self)
        self._counter.setSingleShot(True)
        self._counter.setInterval(0)
        self._counter.timeout.connect(self._count)
        # The transcript is made searchable once the pane has painted, so that a search soon after
        # opening finds it ready (or waits only for the rest): its Python work in steps between the
        # window's events (TranscriptIndex.making), the SQLite index in a thread. Not sooner: at 1,000
        # sections it is half a second of work the first paint does not need.
        self._preparing: Steps | None = None
        self._prepare: AfterPaint | None = None
        # While the reader moves through the text, that preparation waits (the window's, gui/activity.py).
        self.activity = activity
        panel.query_changed.connect(self.run)
        panel.hit_chosen.connect(self.show_hit)
        panel.step_requested.connect(self.step)

    def set_transcript(self, transcript: Transcript) -> None:
        """Search ``transcript`` from now on (its index is prepared in a thread, soon)."""
        self.close()
        self._transcript = transcript
        self._prepare = AfterPaint(self._pane.painted, self, self._start_preparing)
        self.run(*self._query)

    def _start_preparing(self) -> None:
        self._prepare = None
        if self._transcript is None or self._index is not None or self._preparing is not None:
            return
        path = index_path(self._data_dir, self._transcript)
        # Showing the transcript's first question is not the reader at work: the preparation starts
        # now (a search right after opening waited for all of it otherwise), held only by later moves.
        self.activity.settle()
        making = TranscriptIndex.making(self._transcript, path, pause=self.activity.pause)
        self._preparing = Steps(making, then=self._prepared, parent=self, activity=self.activity)

    def _prepared(self, index: TranscriptIndex) -> None:
        self._preparing = None
        self._index = index

    def set_context(self, hidden: frozenset[str], notes: list[Highlight | QuestionNote]) -> None:
        """The speaker filter and the notes changed: search again."""
        self._hidden = hidden
        self._notes = notes
        if self._query[0].strip():
            self.run(*self._query)

    def _index_now(self) -> TranscriptIndex:
        if self._preparing is not None:
            self._preparing.finish()  # the rest of its steps now (``_prepared`` takes the index)
        if self._index is not None:
            self._index.hurry()  # the window asks it now: its build no longer waits for the reader
        else:
            assert self._transcript is not None
            # The trigram index is built (or its cache file checked) in a thread: until it is ready
            # the searches scan, so a search right after opening does not wait for it.
            path = index_path(self._data_dir, self._transcript)
            pause = self.activity.pause
            self._index = TranscriptIndex.open(self._transcript, path, background=True, pause=pause)
        return self._index

    def run(self, query: str, scope: str) -> None:
        """Search for ``query`` in ``scope`` and list the matches."""
        self._query = (query, scope)
        self.current = -1
        self._counter.stop()
        if self._transcript is None or not query.strip() or scope == LIBRARY_SCOPE:
            self.results = None
            self._panel.show_results(self._transcript, [])
            self._pane.marks.set_search(None, None)
            return
        index = self._index_now()
        self.results = index.search(query, Scope(scope), self._hidden, self._notes)
        self._panel.show_results(self._transcript, self.results, counted=False)
        self._pane.marks.set_search(self.results.spans_in, None)
        if self.results.cheap_to_count() and not self._hidden:
            self._count()
        else:
            self._counter.start()

    def _count(self) -> None:
        """Say how many matches there are, and how many the speaker filter keeps out of the list."""
        results, (query, scope) = self.results, self._query
        if results is None or self._index is None:
            return
        total, hidden = len(results), 0
        if self._hidden:
            hidden = len(self._index.search(query, Scope(scope), frozenset(), self._notes)) - total
        self._panel.set_count(total, hidden)

    def start(self) -> None:
        """Show the search panel with the field ready to type in."""
        self._panel.show()
        self._panel.raise_()
        self._panel.field.setFocus()
        self._panel.field.selectAll()

    def next(self) -> None:
        """Show the next match."""
        self.step(+1)

    def previous(self) -> None:
        """Show the previous match."""
        self.step(-1)

    def step(self, delta: int) -> None:
        """Show the next (+1) or previous (-1) match, wrapping at the ends."""
        if not self.results:
            return
        number = self.current + delta
        if number < 0 or not self._exists(number):  # wrapping: only now is the count needed
            number %= len(self.results)
        self.show_hit(number)

    def _exists(self, number: int) -> bool:
        try:
            return self.results is not None and self.results[number] is not None
        except IndexError:
            return False

    def show_hit(self, number: int) -> None:
        """Go to match ``number``: its question on screen, the match selected and in view."""
        if self.results is None or number < 0 or not self._exists(number):
            return
        self.current = number
        hit: Hit = self.results[number]
        self._go_to(hit.question_id or PREFACE_ID)
        self._panel.set_current(number)
        if hit.kind in ("question", "answer", "preface"):
            current = (hit.paragraph_id, hit.start, hit.end)
            self._pane.marks.set_search(self.results.spans_in, current)
            self._pane.marks.select_passage(*current)
            self._pane.show_selection_whole()
        else:
            self._pane.marks.set_search(self.results.spans_in, None)
            if hit.kind == EntryKind.HIGHLIGHT_NOTE:
                self._pane.marks.reveal(hit.note_id)

    def close(self) -> None:
        """Let go of the index file, and of the preparation of one."""
        if self._prepare is not None:
            self._prepare.cancel()
            self._prepare = None
        if self._preparing is not None:
            self._preparing.cancel()  # its index's build had not started: nothing was written
            self._preparing = None
        if self._index is not None:
            self._index.close()
            self._index = None
