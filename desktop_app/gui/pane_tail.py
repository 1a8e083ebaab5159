"""The rest of a very long paragraph, appended to the pane a slice at a time while the window answers.

A 50 MB paragraph is ~5,600 pieces (pane_layout.PIECE_CHARS each); inserting them all took seconds, with
the window frozen. The page is shown with the first pieces (several screenfuls); the others are inserted
in place, a slice per turn of the event loop: as many pieces as take about SLICE_MS here, so that a slow
machine or a font slow to shape gets smaller slices, not longer freezes. Each slice's text goes into an
empty block the previous slice left (see pane_layout.Tail). Blocks after an insertion move down: the
pane's maps from paragraph and node ids to block numbers are moved with them, so marks and scrolling stay
right.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor

from desktop_app.gui.pane_layout import PIECE_CHARS, Tail, Writer

SLICE_MS = 20.0  # the work one turn of the event loop does: the window answers between turns
MAX_SLICE = 16  # pieces per turn at most, however fast they went


class TailFiller(QObject):
    """Appends the tails a Writer left, in slices; ``finished`` is called when the page is whole."""

    def __init__(self, finished: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finished = finished
        self._writer: Writer | None = None
        self._tails: list[Tail] = []
        self._pieces = 1  # pieces per slice: adapted to how long the last slice took
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    @property
    def filling(self) -> bool:
        """Whether some of the page is still to be appended."""
        return bool(self._tails)

    def start(self, writer: Writer, tails: list[Tail]) -> None:
        """Append ``tails`` (left by ``writer``, whose document is now on screen) from the next turn on."""
        self._writer, self._tails = writer, list(tails)
        self._pieces = 1  # the first slice also lays out the first pieces: it starts small
        if self._tails:
            self._timer.start()

    def stop(self) -> None:
        """Forget what was left: the page is being replaced."""
        self._timer.stop()
        self._writer, self._tails = None, []

    def finish(self) -> None:
        """The whole page now, for a caller that needs it."""
        for tail in list(self._tails):
            self._append(tail, len(tail.paragraph.text))

    def finish_for(self, paragraph_id: str, offset: int) -> None:
        """Code point ``offset`` of ``paragraph_id`` on the page now: its piece and those before it.

        What is after it keeps coming in slices. Laying the page out again whole, as this did before,
        left Qt laying the rest out in the background 200,000 characters (a fifth of a second) at a time.
        """
        for tail in list(self._tails):
            if tail.paragraph.id == paragraph_id and tail.start <= offset:
                self._append(tail, min((offset // PIECE_CHARS + 1) * PIECE_CHARS, len(tail.paragraph.text)))

    def _slice(self) -> None:
        if self._writer is None or not self._tails:
            self.stop()
            return
        began = time.perf_counter()
        tail = self._tails[0]
        self._append(tail, min(tail.start + self._pieces * PIECE_CHARS, len(tail.paragraph.text)))
        took = (time.perf_counter() - began) * 1000
        # Pieces cost about the same each: aim the next slice at SLICE_MS, growing at most twofold.
        self._pieces = max(1, min(MAX_SLICE, 2 * self._pieces, int(self._pieces * SLICE_MS / max(took, 1.0))))

    def _append(self, tail: Tail, end: int) -> None:
        """``tail``'s pieces up to code point ``end``, in one change to the document."""
        writer = self._writer
        assert writer is not None
        paragraph, length = tail.paragraph, len(tail.paragraph.text)
        writer.cursor = QTextCursor(writer.cursor.document().findBlockByNumber(tail.block))
        writer.cursor.beginEditBlock()  # one change for the layout to follow, not one per piece
        for start in range(tail.start, end, PIECE_CHARS):
            if start > tail.start:
                writer.piece_block(paragraph, start)
            writer.piece_text(paragraph, start)
        if end < length:
            writer.piece_block(paragraph, end)  # the next slice's, empty until then
        writer.cursor.endEditBlock()
        added = writer.cursor.blockNumber() - tail.block
        self._shift(tail, added)
        tail.block, tail.start = tail.block + added, end
        if end >= length:
            self._tails.remove(tail)
        if not self._tails:
            self.stop()
            self._finished()

    def _shift(self, tail: Tail, added: int) -> None:
        """Blocks after ``tail``'s block moved down by ``added``: so do the maps that point at them."""
        assert self._writer is not None
        for numbers in (self._writer.blocks, self._writer.nodes):  # the pane's own maps
            for key, number in numbers.items():
                if number > tail.block:
                    numbers[key] = number + added
        for other in self._tails:  # other paragraphs' rests, further down
            other.block += added if other.block > tail.block else 0
