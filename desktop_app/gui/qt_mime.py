"""Clipboard data made by Qt, never a QMimeData made in Python.

A QMimeData made in Python and left on the clipboard crashed the process at its exit (PySide6 6.11.3):
the clipboard deletes what it holds as the application ends, and an object made in Python runs its Python
side then, after the interpreter has gone. An object Qt made has no Python side to run. A QTextEdit with
nothing selected makes an empty one (Qt's own class, that it owns), which then takes the text.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QTextEdit, QWidget


class QtMimeMaker:
    """Makes QMimeData through a hidden, empty QTextEdit, a child of ``parent`` (made at the first use)."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._blank: QTextEdit | None = None

    def text(self, text: str) -> QMimeData:
        """``text`` alone (text/plain) in a QMimeData that Qt made."""
        if self._blank is None:
            self._blank = QTextEdit(self._parent)
            self._blank.setObjectName("mimeMaker")
            self._blank.hide()  # never shown, not even when its parent is
        mime = QTextEdit.createMimeDataFromSelection(self._blank)  # nothing selected: no formats yet
        mime.setText(text)
        return mime
