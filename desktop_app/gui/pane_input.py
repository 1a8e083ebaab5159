"""What the reader does with the mouse and keys on the answer pane, said as intents.

An event filter on the pane (keys) and its viewport (mouse, tooltips): a drag that selects text says
``selection_finished`` with where the selection is; a click on a highlight says ``highlight_clicked``;
a click elsewhere or Esc says ``dismissed``; Space at the end of a question says ``end_reached``. The
pane itself only lays text out and paints.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QAbstractScrollArea, QTextEdit, QToolTip, QWidget

from desktop_app.gui.pane_marks import PaneMarks
from desktop_app.gui.plain import tooltip


def viewport_of(view: QAbstractScrollArea) -> QWidget:
    """``view.viewport()``, without PySide's look through every class it knows.

    The viewport is an instance of a private Qt class; returned by ``viewport()`` first, PySide builds
    every class it loads lazily (and ~40 enum types) looking for it, ~30 ms of a start-up. Found as a
    QWidget child by the name Qt gives it, it is wrapped as a QWidget, and ``viewport()`` returns that
    wrapper. Should the name change, ``viewport()`` still answers, only slower.
    """
    view.findChild(QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly)
    return view.viewport()


def selection_rect(view: QTextEdit) -> QRect:
    """The viewport rectangle around the view's selection (its first and last character)."""
    cursor = view.textCursor()
    start, end = QTextCursor(cursor), QTextCursor(cursor)
    start.setPosition(cursor.selectionStart())
    end.setPosition(cursor.selectionEnd())
    return view.cursorRect(start).united(view.cursorRect(end))


class PaneInput(QObject):
    """Turns mouse and key events on the pane into the reader's intents."""

    selection_finished = Signal(QRect)  # a selection made with the mouse, and where it is
    highlight_clicked = Signal(str)  # a click (not a drag) on a highlight; '' for plain text
    dismissed = Signal()  # a click elsewhere, or Esc: floating tools go away
    end_reached = Signal()  # Space at the end of what is shown: the reader wants the next question

    def __init__(self, view: QTextEdit, marks: PaneMarks, continuous: object) -> None:
        super().__init__(view)
        self._view = view
        self._viewport = viewport_of(view)  # kept: asking a view being destroyed for it would fail
        self._marks = marks
        self._continuous = continuous  # a callable: is the pane in continuous mode?
        view.installEventFilter(self)
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watch presses, releases, tooltips and keys; never swallow what the pane needs."""
        kind = event.type()
        if watched is self._viewport:
            if kind == QEvent.Type.MouseButtonPress:
                self.dismissed.emit()
            elif kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
                return self._note_tip(event)
        elif watched is self._view and kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return False

    def released(self, point: QPoint) -> None:
        """The left button went up at ``point`` (the pane calls this once it has handled the release)."""
        if self._view.textCursor().hasSelection():
            self.selection_finished.emit(selection_rect(self._view))
        else:
            position = self._view.cursorForPosition(point).position()
            self.highlight_clicked.emit(self._marks.mark_at(position))

    def _note_tip(self, event: QHelpEvent) -> bool:
        position = self._view.cursorForPosition(event.pos()).position()
        note = self._marks.note_at(position)
        if not note:
            return False
        QToolTip.showText(event.globalPos(), tooltip(note), self._viewport)
        return True

    def _key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            self.dismissed.emit()
            return False
        bar = self._view.verticalScrollBar()
        at_end = bar.value() >= bar.maximum()
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if event.key() == Qt.Key.Key_Space and plain and at_end and not self._continuous():  # type: ignore[operator]
            self.end_reached.emit()
            return True
        return False
