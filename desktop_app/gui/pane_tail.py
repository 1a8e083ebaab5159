"""The rest of a very long paragraph, appended to the pane a slice at a time while the window answers.

A 50 MB paragraph is ~4,000 pieces (pane_layout.PIECE_CHARS each); inserting them all took seconds, with
the window frozen. The page is shown with the first pieces (several screenfuls); the others are inserted
in place, SLICE pieces per turn of the event loop. Blocks after an insertion move down: the pane's maps
from paragraph and node ids to block numbers are moved with them, so marks and scrolling stay right.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor

from desktop_app.gui.pane_layout import PIECE_CHARS, Tail, Writer

SLICE = 10  # pieces per turn of the event loop: a few hundredths of a second at most


class TailFiller(QObject):
    """Appends the tails a Writer left, in slices; ``finished`` is called when the page is whole."""

    def __init__(self, finished: Callable[[], None], whole: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finished = finished
        self._whole = whole  # lays the page out again, whole at once
        self._writer: Writer | None = None
        self._tails: list[Tail] = []
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
        if self._tails:
            self._timer.start()

    def stop(self) -> None:
        """Forget what was left: the page is being replaced."""
        self._timer.stop()
        self._writer, self._tails = None, []

    def finish(self) -> None:
        """The whole page now (for a caller that needs it): laid out again whole, off screen.

        Inserting thousands of pieces into the document on screen took many times as long.
        """
        if self._tails:
            self.stop()
            self._whole()

    def finish_for(self, paragraph_id: str, offset: int) -> None:
        """The whole page now if code point ``offset`` of ``paragraph_id`` has not arrived yet."""
        if any(tail.paragraph.id == paragraph_id and tail.start <= offset for tail in self._tails):
            self.finish()

    def _slice(self, pieces: int = SLICE) -> None:
        writer = self._writer
        if writer is None or not self._tails:
            self.stop()
            return
        tail = self._tails[0]
        text = tail.paragraph.text
        writer.cursor = QTextCursor(writer.cursor.document().findBlockByNumber(tail.after))
        writer.cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        end = min(tail.start + pieces * PIECE_CHARS, len(text))
        added = 0
        writer.cursor.beginEditBlock()  # one change for the layout to follow, not one per piece
        for start in range(tail.start, end, PIECE_CHARS):
            writer.piece(tail.paragraph, start)
            added += 1
        writer.cursor.endEditBlock()
        self._shift(tail.after, added)
        tail.start = end
        if end >= len(text):
            self._tails.pop(0)
        if not self._tails:
            self.stop()
            self._finished()

    def _shift(self, after: int, added: int) -> None:
        """Blocks after block ``after`` moved down by ``added``: so do the maps that point at them."""
        assert self._writer is not None
        for numbers in (self._writer.blocks, self._writer.nodes):  # the pane's own maps
            for key, number in numbers.items():
                if number > after:
                    numbers[key] = number + added
        for tail in self._tails:
            tail.after += added if tail.after >= after else 0
